//! Ctrl-C: the SIGINT handler and the interruptible waits built on it.
//!
//! The handler only sets an atomic flag and the `SIGNALS_PENDING` bit of the eval breaker
//! (both async-signal-safe). The main thread raises `KeyboardInterrupt` at its next
//! eval-breaker check; while it is blocked (sleep, lock, join) it waits in short slices and
//! notices the flag within `SLICE`. Other threads never see `KeyboardInterrupt`, as in
//! CPython.

use crate::gil::{EVAL_BREAKER, SIGNALS_PENDING};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

static SIGINT: AtomicBool = AtomicBool::new(false);

/// How long a blocked main thread may take to notice Ctrl-C.
pub const SLICE: Duration = Duration::from_millis(20);

thread_local! {
    static IS_MAIN: Cell<bool> = const { Cell::new(false) };
}

extern "C" fn on_sigint(_: libc::c_int) {
    SIGINT.store(true, Ordering::SeqCst);
    EVAL_BREAKER.fetch_or(SIGNALS_PENDING, Ordering::SeqCst);
}

/// Mark the current thread as the main thread and install the SIGINT handler (CPython's
/// `default_int_handler`), unless SIGINT is ignored (`nohup`, `cmd &`): then it stays
/// ignored, as in CPython.
pub fn init_main_thread() {
    IS_MAIN.with(|m| m.set(true));
    // SAFETY: `sigaction` with a zeroed struct plus a handler address and an empty mask is
    // the documented way to install a handler (and, with a null new action, to read the
    // current one); the handler only touches atomics.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old);
        if old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// End the process the way CPython does after an uncaught `KeyboardInterrupt`: by SIGINT
/// with the default action, so the parent sees a death by signal (a shell shows 130).
pub fn exit_by_sigint() -> ! {
    // SAFETY: resetting a disposition and signalling our own process; no memory involved.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

pub fn is_main_thread() -> bool {
    IS_MAIN.with(|m| m.get())
}

/// `_thread.interrupt_main()`: as if Ctrl-C had been pressed.
pub fn interrupt_main() {
    on_sigint(libc::SIGINT);
}

/// For the main thread: is a Ctrl-C waiting to be raised?
pub fn sigint_pending() -> bool {
    is_main_thread() && SIGINT.load(Ordering::Relaxed)
}

/// For the main thread: consume a pending Ctrl-C (true if there was one).
pub fn take_sigint() -> bool {
    if !is_main_thread() {
        return false;
    }
    EVAL_BREAKER.fetch_and(!SIGNALS_PENDING, Ordering::SeqCst);
    SIGINT.swap(false, Ordering::SeqCst)
}

/// Why a wait ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wait {
    Done,
    TimedOut,
    Interrupted,
}

/// Wait until `ready` says so or `timeout` passes, calling `block(max)` to sleep at most
/// `max` at a time (it may return early). In the main thread the sleeps are cut into
/// `SLICE`s so Ctrl-C interrupts the wait.
pub fn wait_until(
    timeout: Option<Duration>,
    mut ready: impl FnMut() -> bool,
    mut block: impl FnMut(Duration),
) -> Wait {
    let deadline = timeout.map(|t| Instant::now() + t);
    let main = is_main_thread();
    loop {
        if ready() {
            return Wait::Done;
        }
        if main && SIGINT.load(Ordering::Relaxed) {
            return Wait::Interrupted;
        }
        let mut max = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Wait::TimedOut;
                }
                d - now
            }
            None => Duration::from_secs(3600),
        };
        if main {
            max = max.min(SLICE);
        }
        block(max);
    }
}
