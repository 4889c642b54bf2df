//! The global interpreter lock, after CPython's "new GIL" (`Python/ceval_gil.c`), plus a
//! convoy fix.
//!
//! A thread holds the GIL while it runs bytecode. A waiter sleeps on a condition variable for
//! one switch interval; if no switch happened meanwhile it sets `DROP_REQUEST` in the
//! eval-breaker word, which the holder reads (one relaxed load) on backward jumps and at
//! function entry. The holder then drops the GIL and, like CPython's FORCE_SWITCHING, waits
//! until another thread has taken it before queueing again.
//!
//! The convoy fix (bpo-7946): a thread coming back from a blocking call (`allow_threads`)
//! queues as a *priority* waiter. It asks the holder to drop at once, and while a priority
//! waiter queues, ordinary waiters may not take the GIL. So an I/O thread beside a CPU-bound
//! one resumes within microseconds, not a whole interval later. The holder it preempted
//! queues next as a *resume* waiter, ahead of ordinary waiters: it lost its turn out of
//! order (often while holding a Python-level lock the woken thread is about to need), so a
//! third, CPU-bound thread must not slip in between for a whole interval.
//!
//! Must stay true: the GIL is only ever waited for with no object lock held (the eval loop
//! drops it between instructions; natives release it only through `allow_threads`, whose
//! closure must not touch Python objects). Without the GIL (`--no-gil`) every function here
//! is a no-op apart from the bookkeeping of `allow_threads`, and soundness never depends on
//! the GIL: it only serialises.

use crate::gil_trace::{self as trace, Phase};
use parking_lot::{Condvar, Mutex, MutexGuard};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The eval-breaker word: non-zero when the eval loop must look at something.
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);
/// A waiter asks the holder to drop the GIL.
pub const DROP_REQUEST: u32 = 1;
/// A signal (Ctrl-C) or `_thread.interrupt_main` waits for the main thread.
pub const SIGNALS_PENDING: u32 = 2;
/// The interpreter is exiting: threads other than the main one stop where they are.
pub const EXITING: u32 = 4;

static ENABLED: AtomicBool = AtomicBool::new(true);
static INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);
/// Threads that run (or may run) Python code; when it is 1, releasing the GIL around a
/// blocking call is pointless and skipped.
static THREADS: AtomicUsize = AtomicUsize::new(1);
/// Set at interpreter exit: from then on no thread gets the GIL back (daemon threads freeze
/// where they are, as in CPython).
static FINALIZING: AtomicBool = AtomicBool::new(false);

struct State {
    locked: bool,
    /// Incremented at every acquisition, so waiters can tell whether a switch happened.
    switch_number: u64,
    waiters: u32,
    /// Tickets of the resume waiters, in the order they were preempted: the latest goes
    /// first (it was interrupted last, like a stack of interrupted work; the CPU-bound
    /// thread preempted long before waits below the short task preempted just now).
    /// Each with its owner's condition variable, so only the latest is woken.
    resume: Vec<(u64, Arc<Condvar>)>,
    next_ticket: u64,
    prio_waiters: u32,
}

struct Gil {
    state: Mutex<State>,
    /// Ordinary waiters.
    cond: Condvar,
    /// Threads returning from blocking calls.
    prio_cond: Condvar,
    /// The thread that was asked to drop waits here until somebody else took the GIL.
    switch_cond: Condvar,
}

static GIL: Gil = Gil {
    state: Mutex::new(State {
        locked: false,
        switch_number: 0,
        waiters: 0,
        resume: Vec::new(),
        next_ticket: 0,
        prio_waiters: 0,
    }),
    cond: Condvar::new(),
    prio_cond: Condvar::new(),
    switch_cond: Condvar::new(),
};

thread_local! {
    static HOLDING: Cell<bool> = const { Cell::new(false) };
    /// Where this thread waits as a resume waiter.
    static RESUME_COND: Arc<Condvar> = Arc::new(Condvar::new());
}

/// True when the eval loop must call `Vm::eval_breaker` (one relaxed load).
#[inline(always)]
pub fn breaker_pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

/// Choose the mode, once, before any thread starts.
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

pub fn switch_interval() -> Duration {
    Duration::from_nanos(INTERVAL_NS.load(Ordering::Relaxed))
}

/// Set the switch interval (the caller has checked that it is positive).
pub fn set_switch_interval(d: Duration) {
    INTERVAL_NS.store((d.as_nanos() as u64).max(1), Ordering::Relaxed);
}

/// A thread that may run Python code is starting / has ended.
pub fn thread_started() {
    THREADS.fetch_add(1, Ordering::Relaxed);
}

pub fn thread_ended() {
    THREADS.fetch_sub(1, Ordering::Relaxed);
}

/// Threads started from Python that have not finished (`_thread._count()`).
pub fn started_threads() -> usize {
    THREADS.load(Ordering::Relaxed).saturating_sub(1)
}

/// More than one thread may want the GIL.
#[inline]
pub fn threaded() -> bool {
    THREADS.load(Ordering::Relaxed) > 1
}

/// The interpreter is shutting down: from now on other threads (daemon threads) stop at
/// their next checkpoint or GIL request and never run again, in both modes.
pub fn set_finalizing() {
    FINALIZING.store(true, Ordering::SeqCst);
    EVAL_BREAKER.fetch_or(EXITING, Ordering::SeqCst);
}

/// Park a non-main thread for good once the interpreter is exiting.
pub fn freeze_if_finalizing() {
    if FINALIZING.load(Ordering::Relaxed) && !crate::signals::is_main_thread() {
        trace::enter(Phase::Waiting);
        loop {
            std::thread::park();
        }
    }
}

/// Does this thread hold the GIL (always false without the GIL)?
pub fn holding() -> bool {
    HOLDING.with(|h| h.get())
}

/// How a thread queues for the GIL.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Turn {
    /// Waits its turn; asks the holder to drop after an interval without a switch.
    Ordinary,
    /// Was preempted by a priority waiter (holding this ticket): goes before ordinary
    /// waiters, the most recently preempted first.
    Resume(u64),
    /// Returns from a blocking call: asks the holder to drop at once, goes first.
    Priority,
}

/// Take the GIL for the current thread. `priority`: the thread returns from a blocking call
/// and should get the GIL back at once.
pub fn acquire(priority: bool) {
    acquire_turn(if priority {
        Turn::Priority
    } else {
        Turn::Ordinary
    });
}

fn acquire_turn(turn: Turn) {
    freeze_if_finalizing();
    if !is_enabled() || holding() {
        return;
    }
    take(GIL.state.lock(), turn);
}

/// Wait (state lock held) until `turn` may have the GIL, then take it. A resume waiter's
/// ticket is already on the stack (`drop_request` reserved it before letting go).
fn take(mut st: MutexGuard<'_, State>, turn: Turn) {
    let free = |st: &State| {
        !st.locked
            && match turn {
                Turn::Priority => true,
                Turn::Resume(t) => {
                    st.prio_waiters == 0 && st.resume.last().is_some_and(|(x, _)| *x == t)
                }
                Turn::Ordinary => st.prio_waiters == 0 && st.resume.is_empty(),
            }
    };
    let waited = !free(&st);
    if waited {
        trace::enter(Phase::Waiting);
        if turn == Turn::Priority {
            st.prio_waiters += 1;
            EVAL_BREAKER.fetch_or(DROP_REQUEST, Ordering::Relaxed);
            trace::instant("priority drop request");
            while !free(&st) {
                GIL.prio_cond.wait_for(&mut st, switch_interval());
                if st.locked {
                    EVAL_BREAKER.fetch_or(DROP_REQUEST, Ordering::Relaxed);
                }
            }
            st.prio_waiters -= 1;
        } else {
            let resume = matches!(turn, Turn::Resume(_));
            if !resume {
                st.waiters += 1;
            }
            let own = RESUME_COND.with(Arc::clone);
            let cond = if resume { &*own } else { &GIL.cond };
            while !free(&st) {
                let seen = st.switch_number;
                let timed_out = cond.wait_for(&mut st, switch_interval()).timed_out();
                if timed_out && st.locked && st.switch_number == seen {
                    EVAL_BREAKER.fetch_or(DROP_REQUEST, Ordering::Relaxed);
                    trace::instant("drop request");
                }
            }
            if !resume {
                st.waiters -= 1;
            }
        }
    }
    if let Turn::Resume(t) = turn {
        st.resume.retain(|(x, _)| *x != t);
    }
    if FINALIZING.load(Ordering::Relaxed) && !crate::signals::is_main_thread() {
        drop(st);
        freeze_if_finalizing();
        return;
    }
    if waited {
        trace::switched_in();
    }
    st.locked = true;
    st.switch_number = st.switch_number.wrapping_add(1);
    if st.prio_waiters == 0 {
        EVAL_BREAKER.fetch_and(!DROP_REQUEST, Ordering::Relaxed);
    }
    drop(st);
    GIL.switch_cond.notify_all();
    HOLDING.with(|h| h.set(true));
    trace::enter(Phase::Running);
}

/// Drop the GIL. `forced`: the holder was asked to drop; it then waits until another thread
/// has taken the GIL (FORCE_SWITCHING), so it cannot grab it straight back.
pub fn release(forced: bool) {
    if is_enabled() && holding() {
        drop(release_locked(forced, false));
    }
}

/// `release`, returning the state lock still held and whether a priority waiter was
/// queued (the holder was preempted for it). `reserve`: if preempted, count the caller
/// among the resume waiters before the GIL is free, so no ordinary waiter can slip in
/// while it wakes from the switch wait.
fn release_locked(forced: bool, reserve: bool) -> (MutexGuard<'static, State>, Option<u64>) {
    HOLDING.with(|h| h.set(false));
    let mut st = GIL.state.lock();
    st.locked = false;
    let preempted = st.prio_waiters > 0;
    let ticket = (preempted && reserve).then(|| {
        let t = st.next_ticket;
        st.next_ticket = t.wrapping_add(1);
        st.resume.push((t, RESUME_COND.with(Arc::clone)));
        t
    });
    if preempted {
        GIL.prio_cond.notify_one();
    } else if let Some((_, c)) = st.resume.last() {
        // Only the latest ticket may go: wake just its owner (no herd of resume waiters).
        c.notify_one();
    } else if st.waiters > 0 {
        GIL.cond.notify_one();
    } else {
        EVAL_BREAKER.fetch_and(!DROP_REQUEST, Ordering::Relaxed);
    }
    if forced && st.waiters as usize + st.resume.len() + st.prio_waiters as usize > 0 {
        trace::instant("forced switch");
        trace::enter(Phase::Waiting);
        let seen = st.switch_number;
        // Bounded, so a waiter that never comes (it froze at exit) cannot hang us.
        for _ in 0..20 {
            if st.switch_number != seen {
                break;
            }
            GIL.switch_cond.wait_for(&mut st, switch_interval());
        }
    }
    (st, ticket)
}

/// Honour a drop request: called by the eval loop between instructions. A holder preempted
/// for a priority waiter comes back as a resume waiter, one asked by an ordinary waiter
/// queues like one.
pub fn drop_request() {
    if !holding() {
        return;
    }
    let (st, ticket) = release_locked(true, true);
    if let Some(t) = ticket {
        take(st, Turn::Resume(t));
    } else {
        drop(st);
        acquire_turn(Turn::Ordinary);
    }
}

/// Let other threads run: `time.sleep(0)`. Without waiters it costs two lock operations.
pub fn yield_now() {
    if !holding() || !threaded() {
        return;
    }
    release(true);
    acquire(false);
}

/// Run `f`, a blocking call that touches no Python object, with the GIL released; `what`
/// names it in the trace (`time.sleep`, `Lock.acquire`, ...). The thread then takes the
/// GIL back with priority (the convoy fix).
///
/// A lock taken inside `f` must be released inside `f` too: then its other users, which may
/// hold the GIL while they wait for it, never wait for a thread that waits for the GIL.
pub fn allow_threads<T>(what: &'static str, f: impl FnOnce() -> T) -> T {
    release_while(what, true, f)
}

/// `allow_threads` for a wait whose waker should go on running: the thread then queues for
/// the GIL like any waiter, without priority (CPython's `Thread.start()` order: the new
/// thread runs until it blocks or its switch interval ends).
pub fn allow_threads_queued<T>(what: &'static str, f: impl FnOnce() -> T) -> T {
    release_while(what, false, f)
}

fn release_while<T>(what: &'static str, priority: bool, f: impl FnOnce() -> T) -> T {
    if !holding() || !threaded() {
        if trace::recording() {
            trace::enter(Phase::Released(what));
            let r = f();
            trace::enter(Phase::Running);
            return r;
        }
        return f();
    }
    release(false);
    trace::enter(Phase::Released(what));
    let r = f();
    acquire(priority);
    r
}

#[cfg(test)]
mod tests;
