//! Runs every script of the corpus (`tests/py/<area>/*.py`) under gilpy, in parallel, and
//! compares stdout, exit code and stderr with the expected files beside each script.
//!
//! What must stay true:
//! - the summary line has the form `N passed, M failed` (then `, K skipped` and
//!   `, X xfailed` when non-zero) and the test fails iff M > 0;
//! - a script listed in `tests/xfail.txt` that fails counts as xfailed; one that passes is a
//!   failure (XPASS), so the list can only shrink; an entry naming no script is a failure;
//! - scripts under `threads/` run twice, with the GIL and with `--no-gil`, against the same
//!   expected files;
//! - output goes straight to the process's stdout (not libtest's capture), one line per
//!   problem, so `cargo test` always shows it.
//!
//! Environment: `GILPY_BIN` (binary to test), `GILPY_EXTRA_FLAGS`, `GILPY_TEST_FILTER`
//! (comma-separated substrings of the relative path), `GILPY_CHECK_CPYTHON=1` (also check the
//! expected files against CPython), `GILPY_TEST_JOBS`, `GILPY_TIMEOUT_SCALE`,
//! `GILPY_TEST_VERBOSE=1` (full stdout/stderr of failures). See tests/README.md.

#[path = "harness/compare.rs"]
mod compare;
#[path = "common/cpython.rs"]
mod cpython;
#[path = "common/process.rs"]
mod process;
#[path = "harness/spec.rs"]
mod spec;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use spec::Script;

/// What happened to one script.
enum Verdict {
    Pass,
    Fail(Vec<String>),
    Skip,
    XFail,
    XPass,
}

struct Report {
    rel: String,
    verdict: Verdict,
    /// Problems of the expected files against CPython (GILPY_CHECK_CPYTHON=1 only).
    cpython: Vec<String>,
    /// Full output of a failed run, for GILPY_TEST_VERBOSE.
    detail: Option<(Vec<u8>, Vec<u8>)>,
}

struct Config {
    gilpy: PathBuf,
    gilpy_flags: Vec<OsString>,
    cpython: Option<PathBuf>,
    xfail: BTreeMap<String, String>,
    differences: Vec<String>,
    verbose: bool,
}

fn out(line: &str) {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = writeln!(lock, "{line}");
    let _ = lock.flush();
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).map(|v| v == "1").unwrap_or(false)
}

fn timeout_for(script: &Script) -> Duration {
    let secs = script.opts.timeout.unwrap_or(spec::DEFAULT_TIMEOUT) * process::timeout_scale();
    Duration::from_secs_f64(secs)
}

/// Runs the script under `program`; the script's own temp dir is `$TMPDIR` for the run.
fn run_script(
    script: &Script,
    program: &Path,
    leading: Vec<OsString>,
    extra_env: Vec<(String, String)>,
) -> Result<process::Outcome, String> {
    let tmp = process::TempDir::new("test").map_err(|e| format!("cannot make temp dir: {e}"))?;
    let mut env = vec![(
        "TMPDIR".to_string(),
        tmp.path().to_string_lossy().into_owned(),
    )];
    env.extend(extra_env);
    env.extend(script.opts.env.iter().cloned());
    let mut args = leading;
    args.extend(script.argv().into_iter().map(OsString::from));
    let run = process::Run {
        program: program.to_path_buf(),
        args,
        cwd: script.dir().to_path_buf(),
        stdin: script.stdin_bytes()?,
        env,
        timeout: timeout_for(script),
    };
    process::run(&run).map_err(|e| format!("cannot run {}: {e}", program.display()))
}

fn check_against_expected(script: &Script, outcome: &process::Outcome) -> Vec<String> {
    let stdout = match script.expected_stdout() {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    let err = match script.expected_err() {
        Ok(e) => e,
        Err(e) => return vec![e],
    };
    compare::compare(outcome, &stdout, &err, script.dir(), script.opts.skip_check)
}

fn run_one(script: &Script, cfg: &Config) -> Report {
    let mut report = Report {
        rel: script.rel.clone(),
        verdict: Verdict::Skip,
        cpython: Vec::new(),
        detail: None,
    };
    if script.opts.skip.is_some() {
        return report;
    }
    let mut leading = cfg.gilpy_flags.clone();
    leading.extend(script.opts.flags.iter().map(OsString::from));
    let problems = match run_script(script, &cfg.gilpy, leading, Vec::new()) {
        Ok(outcome) => {
            let p = check_against_expected(script, &outcome);
            if !p.is_empty() {
                report.detail = Some((outcome.stdout, outcome.stderr));
            }
            p
        }
        Err(e) => vec![e],
    };
    let listed = cfg.xfail.contains_key(&script.rel);
    report.verdict = match (problems.is_empty(), listed) {
        (true, false) => Verdict::Pass,
        (true, true) => Verdict::XPass,
        (false, true) => Verdict::XFail,
        (false, false) => Verdict::Fail(problems),
    };
    if let Some(cpy) = &cfg.cpython {
        if !cfg.differences.contains(&script.rel) {
            report.cpython = match run_script(script, cpy, cpython::leading_args(), cpython::env())
            {
                Ok(outcome) => check_against_expected(script, &outcome),
                Err(e) => vec![e],
            };
        }
    }
    report
}

fn run_all(scripts: &[Script], cfg: &Config) -> Vec<Report> {
    let jobs = std::env::var("GILPY_TEST_JOBS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        });
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    thread::scope(|s| {
        for _ in 0..jobs.min(scripts.len().max(1)) {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(script) = scripts.get(i) else { break };
                if tx.send((i, run_one(script, cfg))).is_err() {
                    break;
                }
            });
        }
    });
    drop(tx);
    let mut reports: Vec<(usize, Report)> = rx.into_iter().collect();
    reports.sort_by_key(|(i, _)| *i);
    reports.into_iter().map(|(_, r)| r).collect()
}

fn indent(label: &str, bytes: &[u8]) {
    out(&format!("    --- {label}:"));
    for line in String::from_utf8_lossy(bytes).lines() {
        out(&format!("    | {line}"));
    }
}

/// Folders whose scripts also run free-threaded: the same expected output must come out
/// with `--no-gil`. The twin is reported as `<rel> [--no-gil]`.
const BOTH_MODES: &[&str] = &["threads/"];

fn free_threaded_twin(s: &Script) -> Option<Script> {
    if !BOTH_MODES.iter().any(|d| s.rel.starts_with(d)) {
        return None;
    }
    let mut opts = s.opts.clone();
    opts.flags.insert(0, "--no-gil".to_string());
    Some(Script {
        rel: format!("{} [--no-gil]", s.rel),
        path: s.path.clone(),
        opts,
    })
}

fn matches_filter(rel: &str, filters: &[String]) -> bool {
    filters.is_empty() || filters.iter().any(|f| rel.contains(f.as_str()))
}

#[test]
fn python_scripts() {
    let tests = spec::tests_root();
    let filters: Vec<String> = std::env::var("GILPY_TEST_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let (gilpy, gilpy_flags) = process::gilpy_command();
    assert!(
        gilpy.exists(),
        "binary under test {} does not exist (build it, or set GILPY_BIN)",
        gilpy.display()
    );
    let cpython = if env_flag("GILPY_CHECK_CPYTHON") {
        match cpython::find() {
            Ok(p) => Some(p),
            Err(e) => panic!("GILPY_CHECK_CPYTHON=1: {e}"),
        }
    } else {
        None
    };
    let xfail = spec::read_xfail(&tests).unwrap_or_else(|e| panic!("{e}"));
    let cfg = Config {
        gilpy,
        gilpy_flags,
        cpython,
        xfail,
        differences: spec::read_differences(&tests),
        verbose: env_flag("GILPY_TEST_VERBOSE"),
    };
    let discovered = spec::discover(&spec::corpus_root()).unwrap_or_else(|e| panic!("{e}"));
    let mut failed = 0usize;
    let mut scripts = Vec::new();
    for d in discovered {
        match d {
            Ok(s) if matches_filter(&s.rel, &filters) => {
                if let Some(twin) = free_threaded_twin(&s) {
                    scripts.push(twin);
                }
                scripts.push(s);
            }
            Ok(_) => {}
            Err(e) => {
                failed += 1;
                out(&format!("FAIL  bad header: {e}"));
            }
        }
    }
    for (listed, reason) in &cfg.xfail {
        if matches_filter(listed, &filters) && !scripts.iter().any(|s| &s.rel == listed) {
            failed += 1;
            out(&format!(
                "FAIL  tests/xfail.txt lists {listed} ({reason}), which is not a test script"
            ));
        }
    }
    let reports = run_all(&scripts, &cfg);
    let (mut passed, mut skipped, mut xfailed) = (0usize, 0usize, 0usize);
    for r in &reports {
        match &r.verdict {
            Verdict::Pass => passed += 1,
            Verdict::Skip => skipped += 1,
            Verdict::XFail => xfailed += 1,
            Verdict::XPass => {
                failed += 1;
                out(&format!(
                    "XPASS {}: passes now, remove it from tests/xfail.txt",
                    r.rel
                ));
            }
            Verdict::Fail(problems) => {
                failed += 1;
                out(&format!("FAIL  {}: {}", r.rel, problems.join("; ")));
                if cfg.verbose {
                    if let Some((so, se)) = &r.detail {
                        indent("stdout", so);
                        indent("stderr", se);
                    }
                }
            }
        }
        if !r.cpython.is_empty() {
            failed += 1;
            out(&format!(
                "CPYTHON {}: expected files do not match CPython: {} (run tests/regen.py)",
                r.rel,
                r.cpython.join("; ")
            ));
        }
    }
    let mut summary = format!("{passed} passed, {failed} failed");
    if skipped > 0 {
        summary.push_str(&format!(", {skipped} skipped"));
    }
    if xfailed > 0 {
        summary.push_str(&format!(", {xfailed} xfailed"));
    }
    out(&summary);
    assert!(failed == 0, "{summary}");
}

/// The harness's own rules (header parsing, word splitting, stderr normalisation) on fixed
/// inputs; `GILPY_CHECK_CPYTHON=1` cross-checks them with regen.py's on the whole corpus.
#[test]
fn harness_rules() {
    let words = spec::split_words(r#"a "b c" 'd e' f\ g "x\ny" '' "q\"" "\d""#);
    assert_eq!(
        words.as_deref(),
        Ok(&["a", "b c", "d e", "f g", "x\ny", "", "q\"", "\\d"].map(String::from)[..])
    );
    assert!(spec::split_words("'open").is_err());

    let header = b"# args: x 'y z'\n# A description: not an option\n# stderr: full\n# skip-check\n# env: K=v=w\nprint(1)\n# args: ignored\n";
    let o = spec::parse_header(header).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.args, ["x", "y z"]);
    assert_eq!(o.stderr, Some(spec::StderrMode::Full));
    assert!(o.skip_check);
    assert_eq!(o.env, [("K".to_string(), "v=w".to_string())]);
    assert!(spec::parse_header(b"# stderr: sometimes\n").is_err());

    let e = spec::parse_err_file("exit: 1\nstderr: last\nKeyError: 'k'\n");
    assert_eq!(
        e,
        Ok(spec::ExpectedErr {
            exit: 1,
            mode: spec::StderrMode::Last,
            text: "KeyError: 'k'".to_string()
        })
    );
    assert!(spec::parse_err_file("exit: x\nstderr: last\n").is_err());

    let dir = Path::new("/nonexistent/gilpy-test-dir");
    let raw = "Traceback (most recent call last):\n  File \"/nonexistent/gilpy-test-dir/a.py\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n";
    let norm = compare::normalise_stderr(raw, dir);
    assert_eq!(
        norm,
        "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    1/0\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(compare::normalise_stderr(&norm, dir), norm);
    let syntax =
        "  File \"b.py\", line 2\n    x = (\n        ^\nSyntaxError: '(' was never closed\n";
    assert_eq!(compare::normalise_stderr(syntax, dir), syntax);
    assert_eq!(
        compare::normalise_stderr("/usr/local/bin/gilpy: can't open file 'x.py'", dir),
        "gilpy: can't open file 'x.py'"
    );
    assert_eq!(compare::last_line("a\nb\n\n  \n"), "b");
}
