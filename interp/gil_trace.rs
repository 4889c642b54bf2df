//! What each thread does with the GIL over time, for `--gil-stats` (totals per thread) and
//! `--trace FILE` (Chrome trace-event JSON: one track per thread with "running", "waiting
//! for the GIL" and "released: <call>" slices, and instant events for drop requests and
//! forced switches; it opens in Perfetto or chrome://tracing).
//!
//! Must stay true: when neither option is on, every entry point costs one relaxed load.
//! Recording is per thread (a thread-local record) and only merged into the shared list
//! when the thread ends or the interpreter exits.

use parking_lot::Mutex;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// What a thread is doing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Holding the GIL (or, without the GIL, running bytecode).
    Running,
    /// Waiting to take the GIL.
    Waiting,
    /// Inside a blocking call with the GIL released.
    Released(&'static str),
}

static RECORDING: AtomicBool = AtomicBool::new(false);
static TRACING: AtomicBool = AtomicBool::new(false);
static START: OnceLock<Instant> = OnceLock::new();
static FINISHED: Mutex<Vec<Record>> = Mutex::new(Vec::new());
/// Cap on events per thread, so a long run cannot exhaust memory.
const MAX_EVENTS: usize = 2_000_000;

struct Event {
    name: &'static str,
    /// Microseconds since start.
    ts: f64,
    /// `Some(duration)` for a slice, `None` for an instant event.
    dur: Option<f64>,
}

struct Record {
    tid: u64,
    name: String,
    phase: Phase,
    since: Instant,
    running: Duration,
    waiting: Duration,
    released: Duration,
    switches: u64,
    events: Vec<Event>,
}

thread_local! {
    static REC: RefCell<Option<Record>> = const { RefCell::new(None) };
}

/// Turn recording on (at start-up, before any thread runs).
pub fn start(stats: bool, trace: bool) {
    if stats || trace {
        START.get_or_init(Instant::now);
        TRACING.store(trace, Ordering::Relaxed);
        RECORDING.store(true, Ordering::Relaxed);
    }
}

#[inline]
pub fn recording() -> bool {
    RECORDING.load(Ordering::Relaxed)
}

fn micros(t: Instant) -> f64 {
    let start = *START.get_or_init(Instant::now);
    t.saturating_duration_since(start).as_secs_f64() * 1e6
}

/// The current thread starts being recorded under `name`, as thread number `tid`.
pub fn thread_begin(tid: u64, name: &str) {
    if !recording() {
        return;
    }
    REC.with(|r| {
        *r.borrow_mut() = Some(Record {
            tid,
            name: name.to_string(),
            phase: Phase::Waiting,
            since: Instant::now(),
            running: Duration::ZERO,
            waiting: Duration::ZERO,
            released: Duration::ZERO,
            switches: 0,
            events: Vec::new(),
        });
    });
}

/// The current thread ends: close its last slice and keep its record for the report.
pub fn thread_end() {
    if !recording() {
        return;
    }
    enter(Phase::Waiting);
    if let Some(rec) = REC.with(|r| r.borrow_mut().take()) {
        FINISHED.lock().push(rec);
    }
}

/// The current thread moves to `phase`.
#[inline]
pub fn enter(phase: Phase) {
    if recording() {
        enter_slow(phase);
    }
}

#[cold]
fn enter_slow(phase: Phase) {
    REC.with(|r| {
        let mut r = r.borrow_mut();
        let Some(rec) = r.as_mut() else { return };
        if rec.phase == phase {
            return;
        }
        let now = Instant::now();
        let d = now.saturating_duration_since(rec.since);
        match rec.phase {
            Phase::Running => rec.running += d,
            Phase::Waiting => rec.waiting += d,
            Phase::Released(_) => rec.released += d,
        }
        if TRACING.load(Ordering::Relaxed) && rec.events.len() < MAX_EVENTS {
            let name = match rec.phase {
                Phase::Running => "running",
                Phase::Waiting => "waiting for the GIL",
                Phase::Released(what) => what,
            };
            rec.events.push(Event {
                name,
                ts: micros(rec.since),
                dur: Some(d.as_secs_f64() * 1e6),
            });
        }
        rec.phase = phase;
        rec.since = now;
    });
}

/// The current thread took the GIL after waiting for it.
pub fn switched_in() {
    if recording() {
        REC.with(|r| {
            if let Some(rec) = r.borrow_mut().as_mut() {
                rec.switches += 1;
            }
        });
    }
}

/// An instant event on the current thread's track.
pub fn instant(name: &'static str) {
    if !TRACING.load(Ordering::Relaxed) {
        return;
    }
    REC.with(|r| {
        if let Some(rec) = r.borrow_mut().as_mut() {
            if rec.events.len() < MAX_EVENTS {
                rec.events.push(Event {
                    name,
                    ts: micros(Instant::now()),
                    dur: None,
                });
            }
        }
    });
}

/// At exit: end the current (main) thread's record, print the statistics if asked, write
/// the trace if asked. Returns an error message if the trace file cannot be written.
pub fn finish(stats: bool, trace_file: Option<&str>) -> Result<(), String> {
    if !recording() {
        return Ok(());
    }
    thread_end();
    let mut recs = std::mem::take(&mut *FINISHED.lock());
    recs.sort_by_key(|r| r.tid);
    if stats {
        eprint!("{}", stats_table(&recs));
    }
    if let Some(path) = trace_file {
        std::fs::write(path, trace_json(&recs))
            .map_err(|e| format!("gilpy: cannot write trace file '{path}': {e}"))?;
    }
    Ok(())
}

fn stats_table(recs: &[Record]) -> String {
    let mode = if crate::gil::is_enabled() {
        "with the GIL"
    } else {
        "without the GIL (free-threaded)"
    };
    let mut s = format!(
        "GIL statistics ({mode}):\n{:<24} {:>12} {:>12} {:>12} {:>9}\n",
        "thread", "holding ms", "waiting ms", "released ms", "switches"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    for r in recs {
        let _ = writeln!(
            s,
            "{:<24} {:>12.1} {:>12.1} {:>12.1} {:>9}",
            r.name,
            ms(r.running),
            ms(r.waiting),
            ms(r.released),
            r.switches
        );
    }
    s
}

fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn trace_json(recs: &[Record]) -> String {
    let pid = std::process::id();
    let mut o = String::from("{\"traceEvents\":[\n");
    let mut first = true;
    let mut sep = |o: &mut String| {
        if !first {
            o.push_str(",\n");
        }
        first = false;
    };
    sep(&mut o);
    let _ = write!(
        o,
        "{{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":{pid},\"tid\":0,\"args\":{{\"name\":\"gilpy {pid}\"}}}}"
    );
    for r in recs {
        sep(&mut o);
        let _ = write!(
            o,
            "{{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":{pid},\"tid\":{},\"args\":{{\"name\":{}}}}}",
            r.tid,
            json_str(&r.name)
        );
        sep(&mut o);
        let _ = write!(
            o,
            "{{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":{pid},\"tid\":{},\"args\":{{\"sort_index\":{}}}}}",
            r.tid, r.tid
        );
        for e in &r.events {
            sep(&mut o);
            match e.dur {
                Some(d) => {
                    let gil = e.name == "running" || e.name == "waiting for the GIL";
                    let (cat, name) = if gil {
                        ("gil", e.name.to_string())
                    } else {
                        ("blocking", format!("released: {}", e.name))
                    };
                    let _ = write!(
                        o,
                        "{{\"name\":{},\"cat\":\"{cat}\",\"ph\":\"X\",\"ts\":{:.3},\"dur\":{:.3},\"pid\":{pid},\"tid\":{}}}",
                        json_str(&name),
                        e.ts,
                        d,
                        r.tid
                    );
                }
                None => {
                    let _ = write!(
                        o,
                        "{{\"name\":{},\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"t\",\"ts\":{:.3},\"pid\":{pid},\"tid\":{}}}",
                        json_str(e.name),
                        e.ts,
                        r.tid
                    );
                }
            }
        }
    }
    o.push_str("\n],\"displayTimeUnit\":\"ms\"}\n");
    o
}
