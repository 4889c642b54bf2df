//! Thread behaviour seen from outside the process, in both modes: Ctrl-C (SIGINT) becomes
//! `KeyboardInterrupt` in the main thread even while it is blocked in `join`, `sleep`, a
//! lock or a queue, or spinning in bytecode; `--gil-stats` and `--trace` write their
//! reports; bad GIL options are usage errors.
//!
//! What must stay true: every child runs with a time limit and is killed if it hangs, so a
//! lost signal fails the test instead of hanging it.

// Only the command lookup, time scaling and temp dirs of the shared helpers are used here.
#[allow(dead_code)]
#[path = "common/process.rs"]
mod process;

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Run `code` with `flags`, send SIGINT after `delay`, and return (exit code, or 128 + the
/// signal that ended it, as a shell shows it; stderr).
fn interrupted(flags: &[&str], code: &str, delay: Duration) -> (Option<i32>, String) {
    let (program, leading) = process::gilpy_command();
    let mut cmd = Command::new(program);
    cmd.args(leading)
        .args(flags)
        .arg("-c")
        .arg(code)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A test run started as a background job inherits an ignored SIGINT (and gilpy, like
    // CPython, keeps an ignored SIGINT ignored): give the child the default disposition.
    // SAFETY: signal(2) is async-signal-safe, as pre_exec requires.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start gilpy: {e}"));
    std::thread::sleep(delay);
    // SAFETY: plain kill(2) on our own child's pid.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let limit = Instant::now() + Duration::from_secs_f64(10.0 * process::timeout_scale());
    let status = loop {
        if let Ok(Some(st)) = child.try_wait() {
            break Some(st);
        }
        if Instant::now() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    match status {
        Some(st) => (st.code().or_else(|| st.signal().map(|s| 128 + s)), err),
        None => panic!("gilpy did not react to SIGINT within the limit; stderr:\n{err}"),
    }
}

const BLOCKERS: &[(&str, &str)] = &[
    (
        "join",
        "import _thread, time\nh = _thread._start(lambda: time.sleep(60), 'sleeper')\nh.join()\n",
    ),
    ("sleep", "import time\ntime.sleep(60)\n"),
    (
        "lock",
        "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()\n",
    ),
    (
        "spin",
        "import _thread\n_thread._start(lambda: [0 for _ in range(10**9)], 'spinner')\nwhile True:\n    pass\n",
    ),
];

#[test]
fn ctrl_c_interrupts_the_main_thread() {
    for mode in [&[][..], &["--no-gil"][..]] {
        for (what, code) in BLOCKERS {
            let (rc, err) = interrupted(mode, code, Duration::from_millis(400));
            let last = err.lines().last().unwrap_or("");
            assert_eq!(
                (rc, last),
                (Some(130), "KeyboardInterrupt"),
                "{what} {mode:?}: stderr:\n{err}"
            );
            assert!(
                err.starts_with("Traceback (most recent call last):"),
                "{what} {mode:?}: no traceback:\n{err}"
            );
        }
    }
}

#[test]
fn queue_get_is_interruptible() {
    let code = "import queue\nqueue.Queue().get()\n";
    let (rc, err) = interrupted(&[], code, Duration::from_millis(400));
    assert_eq!(rc, Some(130), "stderr:\n{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "stderr:\n{err}");
}

fn run(args: &[&str]) -> std::process::Output {
    let (program, leading) = process::gilpy_command();
    Command::new(program)
        .args(leading)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run gilpy: {e}"))
}

#[test]
fn gil_options() {
    let code = "import sys; print(sys._is_gil_enabled(), sys.getswitchinterval())";
    let cases: &[(&[&str], &str)] = &[
        (&[], "True 0.005"),
        (&["--no-gil"], "False 0.005"),
        (&["-X", "gil=0"], "False 0.005"),
        (&["-X", "gil=1"], "True 0.005"),
        (&["--switch-interval", "0.001"], "True 0.001"),
    ];
    for (flags, want) in cases {
        let mut args = flags.to_vec();
        args.extend(["-c", code]);
        let o = run(&args);
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            *want,
            "{flags:?}"
        );
    }
    for bad in [
        &["-X", "gil=2", "-c", "pass"][..],
        &["--switch-interval", "0", "-c", "pass"][..],
        &["--switch-interval", "-1", "-c", "pass"][..],
    ] {
        let o = run(bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?} should be a usage error");
    }
    let (program, leading) = process::gilpy_command();
    let o = Command::new(program)
        .args(leading)
        .args(["-c", code])
        .env("PYTHON_GIL", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run gilpy: {e}"));
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "False 0.005");
}

const TWO_THREADS: &str = "import _thread, time
def spin():
    n = 0
    for i in range(300000):
        n += i
hs = [_thread._start(spin, 'worker-%d' % k) for k in range(2)]
time.sleep(0.01)
for h in hs:
    h.join()
";

#[test]
fn gil_stats_report_every_thread() {
    let o = run(&["--gil-stats", "-c", TWO_THREADS]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("GIL statistics (with the GIL)"), "{err}");
    for name in ["MainThread", "worker-0", "worker-1"] {
        assert!(
            err.lines().any(|l| l.starts_with(name)),
            "{name} missing:\n{err}"
        );
    }
}

#[test]
fn trace_is_chrome_json_with_thread_tracks() {
    let dir = process::TempDir::new("trace").unwrap_or_else(|e| panic!("temp dir: {e}"));
    let file = dir.path().join("t.json");
    let f = file.to_string_lossy().into_owned();
    let o = run(&["--trace", &f, "-c", TWO_THREADS]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("no trace: {e}"));
    assert!(text.starts_with("{\"traceEvents\":["), "{text}");
    assert!(text.trim_end().ends_with('}'));
    for needle in [
        "\"name\":\"thread_name\"",
        "\"name\":\"worker-1\"",
        "\"name\":\"running\"",
        "\"name\":\"released: time.sleep\"",
        "\"name\":\"waiting for the GIL\"",
        "\"ph\":\"X\"",
    ] {
        assert!(text.contains(needle), "{needle} missing from the trace");
    }
    // Balanced brackets and quotes: a cheap well-formedness check without a JSON parser.
    let mut depth = 0i64;
    let mut in_str = false;
    let mut esc = false;
    for c in text.chars() {
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            _ => {}
        }
        assert!(depth >= 0, "unbalanced trace");
    }
    assert_eq!((depth, in_str), (0, false), "unbalanced trace");
}

#[test]
fn ignored_sigint_stays_ignored() {
    // `trap '' INT` makes the shell ignore SIGINT; the ignored disposition survives `exec`,
    // and gilpy, like CPython, leaves it alone.
    let (program, leading) = process::gilpy_command();
    let mut words = vec![program.to_string_lossy().into_owned()];
    words.extend(leading.iter().map(|s| s.to_string_lossy().into_owned()));
    let cmd = format!(
        "trap '' INT; exec {} -c 'import time; time.sleep(0.6); print(\"slept\")'",
        words.join(" ")
    );
    let child = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start sh: {e}"));
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: plain kill(2) on our own child's pid (sh has exec'd gilpy).
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "slept\n");
    assert!(out.status.success());
}
