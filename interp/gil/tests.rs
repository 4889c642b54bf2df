//! The GIL's handoff rules, on real threads: a waiter's drop request is honoured within a
//! few switch intervals, a forced switch hands the GIL to the waiter, and a thread coming
//! back from a blocking call gets the GIL promptly (priority).
//!
//! One test function, because the GIL is process-wide state.

use super::*;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Instant;

/// A CPU-bound "holder": spins, honouring drop requests like the eval loop, until `stop`.
fn spin_holder(stop: Arc<AtomicBool>, switches: Arc<AtomicUsize>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        thread_started();
        acquire(false);
        while !stop.load(Ordering::Relaxed) {
            if breaker_pending() && EVAL_BREAKER.load(Ordering::Relaxed) & DROP_REQUEST != 0 {
                switches.fetch_add(1, Ordering::Relaxed);
                drop_request();
            }
            std::hint::spin_loop();
        }
        thread_ended();
        release(false);
    })
}

#[test]
fn handoff() {
    set_enabled(true);
    set_switch_interval(Duration::from_millis(5));
    let stop = Arc::new(AtomicBool::new(false));
    let switches = Arc::new(AtomicUsize::new(0));
    let holder = spin_holder(stop.clone(), switches.clone());
    std::thread::sleep(Duration::from_millis(20));

    // An ordinary waiter gets the GIL after about one interval (a drop request).
    thread_started();
    let t0 = Instant::now();
    acquire(false);
    let waited = t0.elapsed();
    assert!(holding());
    assert!(waited < Duration::from_millis(100), "waited {waited:?}");
    assert!(
        switches.load(Ordering::Relaxed) >= 1,
        "holder never dropped"
    );

    // While we hold it, the holder (forced to switch) is waiting: releasing with `forced`
    // hands it over, and it asks for it back within a few intervals.
    let before = switches.load(Ordering::Relaxed);
    let t0 = Instant::now();
    let mut got_request = false;
    while t0.elapsed() < Duration::from_millis(200) {
        if EVAL_BREAKER.load(Ordering::Relaxed) & DROP_REQUEST != 0 {
            got_request = true;
            break;
        }
        std::hint::spin_loop();
    }
    assert!(got_request, "the waiting holder never asked for the GIL");
    drop_request();
    assert!(holding());
    assert!(
        switches.load(Ordering::Relaxed) > before,
        "no switch happened"
    );

    // Priority: coming back from a blocking call, the GIL returns within far less than an
    // interval even though a CPU-bound thread holds it. A long interval keeps the check
    // meaningful on a loaded machine: without priority the wait would be ~50 ms.
    set_switch_interval(Duration::from_millis(50));
    let mut waits: Vec<Duration> = (0..21)
        .map(|_| {
            let back = allow_threads("test sleep", || {
                std::thread::sleep(Duration::from_millis(1));
                Instant::now()
            });
            back.elapsed()
        })
        .collect();
    waits.sort();
    assert!(
        waits[10] < Duration::from_millis(10),
        "priority wake-up median {:?}",
        waits[10]
    );
    set_switch_interval(Duration::from_millis(5));

    stop.store(true, Ordering::Relaxed);
    thread_ended();
    release(false);
    holder.join().unwrap();

    resume_goes_before_ordinary();
}

/// A holder preempted by a priority waiter gets the GIL back before an ordinary waiter
/// that queued earlier. The interval is long, so no timed drop request interferes.
fn resume_goes_before_ordinary() {
    set_switch_interval(Duration::from_secs(2));
    let order = Arc::new(parking_lot::Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let holding_a = Arc::new(AtomicBool::new(false));
    let a = {
        let (order, stop, holding_a) = (order.clone(), stop.clone(), holding_a.clone());
        std::thread::spawn(move || {
            thread_started();
            acquire(false);
            holding_a.store(true, Ordering::Relaxed);
            while !stop.load(Ordering::Relaxed) {
                if EVAL_BREAKER.load(Ordering::Relaxed) & DROP_REQUEST != 0 {
                    drop_request();
                    order.lock().push("A");
                }
                std::hint::spin_loop();
            }
            thread_ended();
            release(false);
        })
    };
    while !holding_a.load(Ordering::Relaxed) {
        std::thread::yield_now();
    }
    let o = {
        let order = order.clone();
        std::thread::spawn(move || {
            thread_started();
            acquire(false);
            order.lock().push("O");
            thread_ended();
            release(false);
        })
    };
    // Let O queue as an ordinary waiter, then come in with priority.
    std::thread::sleep(Duration::from_millis(50));
    thread_started();
    acquire(true);
    order.lock().push("P");
    thread_ended();
    release(false);
    std::thread::sleep(Duration::from_millis(50));
    stop.store(true, Ordering::Relaxed);
    a.join().unwrap();
    o.join().unwrap();
    set_switch_interval(Duration::from_millis(5));
    assert_eq!(*order.lock(), ["P", "A", "O"]);
}
