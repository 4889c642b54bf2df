//! Comparing a run with a script's expected results, and describing differences compactly.
//!
//! What must stay true: `normalise_stderr` does exactly what `normalise_stderr` in
//! `tests/regen.py` does, and is idempotent (expected files are stored normalised and are
//! normalised again before comparing).

use crate::process::Outcome;
use crate::spec::{ExpectedErr, StderrMode};
use std::path::Path;

/// Longest excerpt of a line shown in a one-line diff.
const EXCERPT: usize = 100;

fn is_caret_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().all(|c| c == '^' || c == '~')
}

fn is_frame_line(line: &str) -> bool {
    // `  File "x.py", line 3, in f` (a SyntaxError location has no ", in ").
    let t = line.trim_start();
    let Some(rest) = t.strip_prefix("File \"") else {
        return false;
    };
    let Some(q) = rest.rfind("\", line ") else {
        return false;
    };
    let after = &rest[q + "\", line ".len()..];
    let digits = after.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && after[digits..].starts_with(", in ")
}

/// `/path/to/gilpy: msg` → `gilpy: msg`: the program name in usage and can't-open messages
/// may be argv[0] or the bare name.
fn strip_program_dir(line: &str) -> &str {
    match line.find("/gilpy: ") {
        Some(pos) if !line[..pos].contains(char::is_whitespace) => &line[pos + 1..],
        _ => line,
    }
}

/// Makes stderr comparable: removes "<script dir>/" everywhere, shortens a leading program
/// path to `gilpy: `, drops the PEP 657 position line (only `^` and `~`) that may follow the
/// source line of a traceback frame, and turns CRLF into LF. SyntaxError carets are kept.
pub fn normalise_stderr(text: &str, script_dir: &Path) -> String {
    let mut text = text.replace("\r\n", "\n");
    let mut dirs = vec![script_dir.to_path_buf()];
    if let Ok(real) = script_dir.canonicalize() {
        dirs.push(real);
    }
    for d in dirs {
        let prefix = format!("{}/", d.to_string_lossy().trim_end_matches('/'));
        text = text.replace(&prefix, "");
    }
    let lines: Vec<&str> = text.split('\n').map(strip_program_dir).collect();
    let mut out: Vec<&str> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push(line);
        i += 1;
        if is_frame_line(line)
            && i < lines.len()
            && lines[i].starts_with("    ")
            && !is_frame_line(lines[i])
            && !is_caret_line(lines[i])
        {
            out.push(lines[i]);
            i += 1;
            if i < lines.len() && is_caret_line(lines[i]) {
                i += 1;
            }
        }
    }
    out.join("\n")
}

/// The last non-blank line.
pub fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

fn excerpt(s: &str) -> String {
    let shown: String = s.chars().take(EXCERPT).collect();
    if shown.len() < s.len() {
        format!("{shown:?}…")
    } else {
        format!("{shown:?}")
    }
}

/// One-line description of the first difference between two texts.
pub fn first_difference(what: &str, expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let n = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let el = e.get(n).copied();
    let al = a.get(n).copied();
    let counts = if e.len() != a.len() {
        format!(" ({} lines expected, {} got)", e.len(), a.len())
    } else {
        String::new()
    };
    match (el, al) {
        (Some(x), Some(y)) => format!(
            "{what} line {}: expected {} got {}{counts}",
            n + 1,
            excerpt(x),
            excerpt(y)
        ),
        (Some(x), None) => format!(
            "{what} line {}: expected {} got end{counts}",
            n + 1,
            excerpt(x)
        ),
        (None, Some(y)) => format!("{what} line {}: unexpected {}{counts}", n + 1, excerpt(y)),
        (None, None) => format!("{what} differs only in line endings or the final newline"),
    }
}

/// Differences between a run and the expectation; empty when it passes.
pub fn compare(
    out: &Outcome,
    expected_stdout: &[u8],
    expected: &ExpectedErr,
    script_dir: &Path,
    skip_check: bool,
) -> Vec<String> {
    let mut problems = Vec::new();
    let actual_err = normalise_stderr(&String::from_utf8_lossy(&out.stderr), script_dir);
    if let Some(how) = out.abnormal() {
        problems.push(how);
        let last = last_line(&actual_err);
        if !last.is_empty() {
            problems.push(format!("stderr ends {}", excerpt(last)));
        }
        return problems;
    }
    let code = out.code.unwrap_or(-1);
    if code != expected.exit {
        // Exit code 101 is what a Rust panic gives.
        let panic = if code == 101 { ", a Rust panic?" } else { "" };
        problems.push(format!("exit {code} (expected {}{panic})", expected.exit));
    }
    if skip_check {
        return problems;
    }
    if out.stdout != expected_stdout {
        let e = String::from_utf8_lossy(expected_stdout);
        let a = String::from_utf8_lossy(&out.stdout);
        problems.push(first_difference("stdout", &e, &a));
    }
    match expected.mode {
        StderrMode::Ignore => {}
        StderrMode::Last => {
            let got = last_line(&actual_err);
            if got != expected.text.trim_end() {
                problems.push(format!(
                    "stderr last line: expected {} got {}",
                    excerpt(&expected.text),
                    excerpt(got)
                ));
            }
        }
        StderrMode::Full => {
            let want = normalise_stderr(&expected.text, script_dir);
            if actual_err != want {
                problems.push(first_difference("stderr", &want, &actual_err));
            }
        }
    }
    // An unexpected exit usually comes with a traceback that explains it: show its end.
    if code != expected.exit && !problems.iter().any(|p| p.starts_with("stderr")) {
        let last = last_line(&actual_err);
        if !last.is_empty() {
            problems.push(format!("stderr ends {}", excerpt(last)));
        }
    }
    problems
}
