//! Command-line behaviour of the gilpy binary that the script corpus cannot express:
//! `--version`, `--help`, usage errors, exit-code conventions, the program read from stdin,
//! and an interactive session on a pseudo-terminal.
//!
//! What must stay true: each test runs the binary from `GILPY_BIN` (or Cargo's) in a fresh
//! temporary directory, with a time limit; assertions are about gilpy's documented CLI, not
//! about CPython's wording where the two differ on purpose (tests/DIFFERENCES.md).

#[path = "common/process.rs"]
mod process;

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

fn gilpy_in(dir: &Path, args: &[&str], stdin: &str) -> process::Outcome {
    let (program, mut leading) = process::gilpy_command();
    leading.extend(args.iter().map(OsString::from));
    let run = process::Run {
        program,
        args: leading,
        cwd: dir.to_path_buf(),
        stdin: stdin.as_bytes().to_vec(),
        env: vec![("TMPDIR".to_string(), dir.to_string_lossy().into_owned())],
        timeout: Duration::from_secs_f64(10.0 * process::timeout_scale()),
    };
    match process::run(&run) {
        Ok(o) => o,
        Err(e) => panic!("cannot run gilpy {args:?}: {e}"),
    }
}

fn gilpy(args: &[&str], stdin: &str) -> process::Outcome {
    let dir = process::TempDir::new("cli").unwrap_or_else(|e| panic!("temp dir: {e}"));
    gilpy_in(dir.path(), args, stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn describe(o: &process::Outcome) -> String {
    format!(
        "exit {:?} {}\n--- stdout:\n{}\n--- stderr:\n{}",
        o.code,
        o.abnormal().unwrap_or_default(),
        text(&o.stdout),
        text(&o.stderr)
    )
}

#[test]
fn version_names_gilpy() {
    let o = gilpy(&["--version"], "");
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert!(text(&o.stdout).starts_with("gilpy "), "{}", describe(&o));
}

#[test]
fn help_exits_zero_with_usage() {
    let o = gilpy(&["--help"], "");
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert!(
        text(&o.stdout).to_lowercase().contains("usage"),
        "{}",
        describe(&o)
    );
}

#[test]
fn unknown_option_is_a_usage_error() {
    let o = gilpy(&["--no-such-option-at-all"], "print('ran')\n");
    assert_eq!(o.code, Some(2), "{}", describe(&o));
    assert!(o.stdout.is_empty(), "{}", describe(&o));
    assert!(!o.stderr.is_empty(), "{}", describe(&o));
}

#[test]
fn exit_codes() {
    let cases: &[(&str, i32, &str)] = &[
        ("pass", 0, ""),
        ("import sys; sys.exit()", 0, ""),
        ("import sys; sys.exit(None)", 0, ""),
        ("import sys; sys.exit(0)", 0, ""),
        ("import sys; sys.exit(5)", 5, ""),
        ("raise SystemExit(300)", 300 & 0xff, ""),
        ("import sys; sys.exit('bye now')", 1, "bye now"),
        ("1 / 0", 1, "ZeroDivisionError: division by zero"),
        ("raise KeyError('k')", 1, "KeyError: 'k'"),
        ("x = (", 1, "SyntaxError: '(' was never closed"),
    ];
    for (code, want, last) in cases {
        let o = gilpy(&["-c", code], "");
        assert_eq!(o.code, Some(*want), "-c {code:?}\n{}", describe(&o));
        let err = text(&o.stderr);
        let got_last = err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        assert_eq!(got_last, *last, "-c {code:?}\n{}", describe(&o));
    }
}

#[test]
fn dash_c_sets_argv() {
    let o = gilpy(&["-c", "import sys; print(sys.argv)", "a", "-x", ""], "");
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert_eq!(
        text(&o.stdout),
        "['-c', 'a', '-x', '']\n",
        "{}",
        describe(&o)
    );
}

#[test]
fn program_from_stdin() {
    let prog = "import sys\nprint(sys.argv)\nfor i in range(2):\n    print(i)\n";
    let o = gilpy(&["-", "arg"], prog);
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert_eq!(text(&o.stdout), "['-', 'arg']\n0\n1\n", "{}", describe(&o));
    let o = gilpy(&[], prog);
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert_eq!(text(&o.stdout), "['']\n0\n1\n", "{}", describe(&o));
}

#[test]
fn missing_script_is_exit_2() {
    let o = gilpy(&["surely_missing_script.py"], "");
    assert_eq!(o.code, Some(2), "{}", describe(&o));
    let err = text(&o.stderr);
    assert!(err.contains("can't open file"), "{}", describe(&o));
    assert!(err.contains("surely_missing_script.py"), "{}", describe(&o));
    assert!(
        err.contains("[Errno 2] No such file or directory"),
        "{}",
        describe(&o)
    );
}

#[test]
fn syntax_error_runs_nothing() {
    let dir = process::TempDir::new("cli").unwrap_or_else(|e| panic!("temp dir: {e}"));
    let src = "print('must not run')\ndef f(:\n    pass\n";
    std::fs::write(dir.path().join("bad.py"), src).unwrap_or_else(|e| panic!("write: {e}"));
    let o = gilpy_in(dir.path(), &["bad.py"], "");
    assert_eq!(o.code, Some(1), "{}", describe(&o));
    assert!(o.stdout.is_empty(), "{}", describe(&o));
    let err = text(&o.stderr);
    assert!(err.contains("bad.py\", line 2"), "{}", describe(&o));
    assert!(
        err.trim_end().ends_with("SyntaxError: invalid syntax"),
        "{}",
        describe(&o)
    );
}

#[test]
fn script_arguments_reach_argv() {
    let dir = process::TempDir::new("cli").unwrap_or_else(|e| panic!("temp dir: {e}"));
    std::fs::write(dir.path().join("a.py"), "import sys\nprint(sys.argv[1:])\n")
        .unwrap_or_else(|e| panic!("write: {e}"));
    // Options after the script name belong to the script, not to gilpy.
    let o = gilpy_in(dir.path(), &["a.py", "--version", "-c", "x y"], "");
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert_eq!(
        text(&o.stdout),
        "['--version', '-c', 'x y']\n",
        "{}",
        describe(&o)
    );
}

/// An interactive session on a real terminal, driven through util-linux `script`; skipped
/// when `script` is not installed.
#[test]
fn interactive_on_a_terminal() {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !has_script {
        println!("skipped: util-linux `script` is not installed");
        return;
    }
    let (program, leading) = process::gilpy_command();
    let mut words: Vec<String> = vec![program.to_string_lossy().into_owned()];
    words.extend(leading.iter().map(|s| s.to_string_lossy().into_owned()));
    words.push("-i".to_string());
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', "'\\''")))
        .collect();
    let dir = process::TempDir::new("pty").unwrap_or_else(|e| panic!("temp dir: {e}"));
    let run = process::Run {
        program: "script".into(),
        args: vec![
            "-q".into(),
            "-e".into(),
            "-c".into(),
            quoted.join(" ").into(),
            "/dev/null".into(),
        ],
        cwd: dir.path().to_path_buf(),
        stdin: b"40 + 2\nprint('hi' * 2)\n".to_vec(),
        env: vec![("TERM".to_string(), "dumb".to_string())],
        timeout: Duration::from_secs_f64(15.0 * process::timeout_scale()),
    };
    let o = process::run(&run).unwrap_or_else(|e| panic!("cannot run script: {e}"));
    let out = text(&o.stdout);
    assert_eq!(o.code, Some(0), "{}", describe(&o));
    assert!(
        out.contains(">>> "),
        "no prompt on the terminal\n{}",
        describe(&o)
    );
    assert!(out.contains("42"), "{}", describe(&o));
    assert!(out.contains("hihi"), "{}", describe(&o));
}

#[test]
fn unbuffered_stdout() {
    // `os._exit` skips the final flush: only write-through output survives it.
    let code = "print('a'); import os; os._exit(0)";
    let o = gilpy(&["-u", "-c", code], "");
    assert_eq!(text(&o.stdout), "a\n", "{}", describe(&o));
    let o = gilpy(&["-c", code], "");
    assert_eq!(text(&o.stdout), "", "{}", describe(&o));
}

#[test]
fn native_property_getter_without_instance_is_a_type_error() {
    // gilpy's std streams expose `name` as a property; its getter needs the stream.
    let o = gilpy(&["-c", "import sys; type(sys.stdout).name.fget()"], "");
    assert_eq!(o.code, Some(1), "{}", describe(&o));
    assert!(text(&o.stderr).contains("TypeError"), "{}", describe(&o));
}
