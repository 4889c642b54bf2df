//! OS threads kept for reuse by later Python threads.
//!
//! Creating an OS thread with a large stack costs tens of microseconds in the kernel
//! (mapping and unmapping the stack, TLB shootdowns on every core). A thread whose Python
//! function has finished therefore waits up to `IDLE_KEEP` for the next one, which makes
//! `Thread(...).start(); join()` cost a handoff instead of a clone/mmap/munmap round trip.
//!
//! Must stay true: a job runs on a thread with exactly the stack size it asked for; an idle
//! worker is either in `IDLE` (anyone may pop it and fill its slot) or has removed itself
//! from it before exiting, so a popped worker always runs the job it is given.

use parking_lot::{Condvar, Mutex};
use std::os::unix::thread::JoinHandleExt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub type Job = Box<dyn FnOnce() + Send>;

/// How long a finished thread waits for new work before it exits.
const IDLE_KEEP: Duration = Duration::from_secs(2);
/// At most this many threads wait idle.
const MAX_IDLE: usize = 16;

struct Worker {
    stack: usize,
    ident: AtomicU64,
    slot: Mutex<Option<Job>>,
    /// Set once a job is in `slot`, so a spinning worker need not take the lock.
    ready: AtomicBool,
    cond: Condvar,
}

/// How long a worker that just finished spins for the next job before it sleeps: programs
/// that start threads one after another (`start(); join()` in a loop) then skip the
/// operating system's wake-up, ~10-15 µs of a ~50 µs thread start on a VM.
const SPIN: Duration = Duration::from_micros(100);

static IDLE: Mutex<Vec<Arc<Worker>>> = Mutex::new(Vec::new());

/// Run `job` on a thread with `stack` bytes of stack; returns the thread's pthread id.
pub fn run(stack: usize, job: Job) -> std::io::Result<u64> {
    let idle = {
        let mut idle = IDLE.lock();
        idle.iter()
            .rposition(|w| w.stack == stack)
            .map(|i| idle.swap_remove(i))
    };
    if let Some(w) = idle {
        *w.slot.lock() = Some(job);
        w.ready.store(true, Ordering::Release);
        w.cond.notify_one();
        return Ok(w.ident.load(Ordering::Relaxed));
    }
    let w = Arc::new(Worker {
        stack,
        ident: AtomicU64::new(0),
        slot: Mutex::new(None),
        ready: AtomicBool::new(false),
        cond: Condvar::new(),
    });
    let me = w.clone();
    let h = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            // SAFETY: pthread_self has no preconditions.
            me.ident
                .store(unsafe { libc::pthread_self() }, Ordering::Relaxed);
            worker_loop(me, job);
        })?;
    // Stored by both sides: whichever runs first, the value is the same.
    w.ident.store(h.as_pthread_t(), Ordering::Relaxed);
    Ok(h.as_pthread_t())
}

fn worker_loop(w: Arc<Worker>, first: Job) {
    let mut job = Some(first);
    while let Some(j) = job.take() {
        j();
        {
            let mut idle = IDLE.lock();
            if idle.len() >= MAX_IDLE {
                return;
            }
            idle.push(w.clone());
        }
        let spin_end = Instant::now() + SPIN;
        'spin: while !w.ready.load(Ordering::Acquire) {
            for _ in 0..64 {
                std::hint::spin_loop();
            }
            if Instant::now() >= spin_end {
                break 'spin;
            }
        }
        let deadline = Instant::now() + IDLE_KEEP;
        let mut slot = w.slot.lock();
        while slot.is_none() {
            if w.cond.wait_until(&mut slot, deadline).timed_out() {
                break;
            }
        }
        if slot.is_none() {
            drop(slot);
            let mut idle = IDLE.lock();
            if let Some(i) = idle.iter().position(|x| Arc::ptr_eq(x, &w)) {
                idle.swap_remove(i);
                return;
            }
            drop(idle);
            // Someone popped us just as we timed out: their job is on its way.
            slot = w.slot.lock();
            while slot.is_none() {
                w.cond.wait(&mut slot);
            }
        }
        job = slot.take();
        w.ready.store(false, Ordering::Relaxed);
    }
}

/// Name the current OS thread (shown by `top -H`, debuggers); at most 15 bytes.
pub fn set_os_thread_name(name: &str) {
    let mut bytes: Vec<u8> = name.bytes().filter(|b| *b != 0).take(15).collect();
    bytes.push(0);
    // SAFETY: `bytes` is NUL-terminated and at most 16 bytes, as pthread_setname_np requires;
    // the thread handle is our own.
    unsafe {
        libc::pthread_setname_np(libc::pthread_self(), bytes.as_ptr().cast());
    }
}
