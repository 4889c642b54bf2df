//! Running an interpreter as a child process for the integration tests: bounded time, captured
//! output, stdin fed from memory, and a private temporary directory.
//!
//! What must stay true:
//! - a run never outlives its timeout: the child runs in its own process group and the whole
//!   group is killed when time is up, so grandchildren holding the pipes cannot hang the test;
//! - captured output is bounded (`OUTPUT_LIMIT` per stream) so a runaway child cannot exhaust
//!   memory;
//! - children get the caller's environment minus `PYTHON*` variables (except `PYTHON_GIL`),
//!   so a developer's PYTHONPATH or PYTHONSTARTUP cannot change results.
//!
//! The binary under test is `$GILPY_BIN` when set (any executable works, e.g. a wrapper around
//! CPython for checking the tests themselves), else the `gilpy` binary Cargo built.
//! `$GILPY_EXTRA_FLAGS` (split like a shell word list, without quotes) is put before every
//! gilpy command line, e.g. `GILPY_EXTRA_FLAGS=--no-gil`.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Bytes kept per output stream; the rest is read and dropped.
const OUTPUT_LIMIT: usize = 32 << 20;

/// One child process to run.
pub struct Run {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub cwd: PathBuf,
    pub stdin: Vec<u8>,
    pub env: Vec<(String, String)>,
    pub timeout: Duration,
}

/// How a run ended and what it wrote.
pub struct Outcome {
    /// Exit code when the process exited normally.
    pub code: Option<i32>,
    /// Signal number when the process was killed by a signal (and not by our timeout).
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Outcome {
    /// A short description of an abnormal end, or None for a normal exit.
    pub fn abnormal(&self) -> Option<String> {
        if self.timed_out {
            return Some("timed out".to_string());
        }
        self.signal.map(|sig| format!("killed by signal {sig}"))
    }
}

/// A directory under the system temp dir, removed with its contents on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> std::io::Result<TempDir> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("gilpy-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The gilpy command: program and the flags that precede every command line.
pub fn gilpy_command() -> (PathBuf, Vec<OsString>) {
    let program = match std::env::var_os("GILPY_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_gilpy")),
    };
    let flags = std::env::var("GILPY_EXTRA_FLAGS")
        .unwrap_or_default()
        .split_whitespace()
        .map(OsString::from)
        .collect();
    (program, flags)
}

/// Multiplier for every timeout, from `$GILPY_TIMEOUT_SCALE` (e.g. 5 for a debug build).
pub fn timeout_scale() -> f64 {
    std::env::var("GILPY_TIMEOUT_SCALE")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|x| *x > 0.0)
        .unwrap_or(1.0)
}

fn read_bounded(mut r: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let room = OUTPUT_LIMIT.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
        }
    }
    kept
}

fn kill_group(pid: u32) {
    // The child leads its own process group (process_group(0)), so -pid names the group.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// A reader's bytes. Leftover grandchildren may still hold the pipe open after the child
/// exited: if the reader does not finish soon, kill the group and keep what it got.
fn collect(rx: &mpsc::Receiver<Vec<u8>>, pid: u32) -> Vec<u8> {
    let grace = Duration::from_secs(2);
    rx.recv_timeout(grace).unwrap_or_else(|_| {
        kill_group(pid);
        rx.recv_timeout(grace).unwrap_or_default()
    })
}

/// Runs the command to completion or until its timeout.
pub fn run(r: &Run) -> std::io::Result<Outcome> {
    let mut cmd = Command::new(&r.program);
    cmd.args(&r.args)
        .current_dir(&r.cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for (k, _) in std::env::vars_os() {
        if let Some(name) = k.to_str() {
            if name.starts_with("PYTHON") && name != "PYTHON_GIL" {
                cmd.env_remove(&k);
            }
        }
    }
    for (k, v) in &r.env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn()?;
    let pid = child.id();
    let (tx_out, rx_out) = mpsc::channel();
    let (tx_err, rx_err) = mpsc::channel();
    if let Some(out) = child.stdout.take() {
        thread::spawn(move || tx_out.send(read_bounded(out)));
    }
    if let Some(err) = child.stderr.take() {
        thread::spawn(move || tx_err.send(read_bounded(err)));
    }
    if let Some(mut input) = child.stdin.take() {
        let data = r.stdin.clone();
        // A child that exits without reading its stdin makes this fail with EPIPE: harmless.
        thread::spawn(move || {
            let _ = input.write_all(&data);
        });
    }
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut timed_out = false;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if start.elapsed() >= r.timeout {
            timed_out = true;
            kill_group(pid);
            let _ = child.kill();
            break child.wait()?;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(5));
    };
    let stdout = collect(&rx_out, pid);
    let stderr = collect(&rx_err, pid);
    Ok(Outcome {
        code: status.code(),
        signal: if timed_out { None } else { status.signal() },
        timed_out,
        stdout,
        stderr,
    })
}
