//! Locating CPython 3.11, the oracle, for the checks that run it beside gilpy.
//!
//! What must stay true: CPython runs as in `tests/regen.py` — its real executable (not a
//! pyenv shim), with `-S` (no site import) and `-B` (no `__pycache__` in the corpus), and
//! `PYTHONIOENCODING=utf-8` so its output does not depend on the locale.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;

/// `$GILPY_CPYTHON`, else what `python3` reports as `sys.executable`.
pub fn find() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("GILPY_CPYTHON").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("cannot run python3: {e} (set GILPY_CPYTHON)"))?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || path.is_empty() {
        return Err("python3 did not report sys.executable (set GILPY_CPYTHON)".to_string());
    }
    Ok(PathBuf::from(path))
}

/// Interpreter arguments before the script and its arguments.
pub fn leading_args() -> Vec<OsString> {
    vec!["-S".into(), "-B".into()]
}

/// Environment additions for every CPython run.
pub fn env() -> Vec<(String, String)> {
    vec![("PYTHONIOENCODING".to_string(), "utf-8".to_string())]
}
