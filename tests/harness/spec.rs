//! The script corpus on disk: which files are tests, their header options, their expected
//! results, and the lists `xfail.txt` and `DIFFERENCES.md`.
//!
//! What must stay true: these rules are the same as in `tests/regen.py` (discovery, header
//! keys, word splitting, the `.err` format); change both together. A test is
//! `tests/py/<area>/<name>.py` unless its name starts with `mod_` (helper modules); files in
//! deeper folders are helpers too.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Default per-script time limit in seconds.
pub const DEFAULT_TIMEOUT: f64 = 10.0;

/// How stderr is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StderrMode {
    /// Only the last non-blank line (the exception line).
    Last,
    /// The whole normalised stderr.
    Full,
    /// Not compared.
    Ignore,
}

/// Options from the leading comment lines of a script.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub args: Vec<String>,
    /// Replaces `<script> <args>` on the command line when present.
    pub argv: Option<Vec<String>>,
    /// File (relative to the script's folder) fed to stdin; empty stdin otherwise.
    pub stdin: Option<String>,
    /// Flags for gilpy only (not for CPython), put before the script.
    pub flags: Vec<String>,
    pub env: Vec<(String, String)>,
    pub timeout: Option<f64>,
    pub stderr: Option<StderrMode>,
    /// Reason the script is not run at all.
    pub skip: Option<String>,
    /// Only the exit code is compared.
    pub skip_check: bool,
}

/// Expected exit code and stderr of a script.
#[derive(Debug, PartialEq, Eq)]
pub struct ExpectedErr {
    pub exit: i32,
    pub mode: StderrMode,
    /// The last line (mode Last) or the whole normalised stderr (mode Full).
    pub text: String,
}

/// One test script.
pub struct Script {
    /// Path relative to `tests/py`, with `/` separators, e.g. `numbers/bigint.py`.
    pub rel: String,
    pub path: PathBuf,
    pub opts: Options,
}

impl Script {
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Expected stdout (the `.out` file), or an error naming the missing file.
    pub fn expected_stdout(&self) -> Result<Vec<u8>, String> {
        let p = self.path.with_extension("out");
        fs::read(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    }

    /// Expected exit code and stderr (the `.err` file; none means exit 0 and empty stderr).
    pub fn expected_err(&self) -> Result<ExpectedErr, String> {
        let p = self.path.with_extension("err");
        match fs::read_to_string(&p) {
            Ok(text) => parse_err_file(&text).map_err(|e| format!("{}: {e}", p.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ExpectedErr {
                exit: 0,
                mode: StderrMode::Full,
                text: String::new(),
            }),
            Err(e) => Err(format!("cannot read {}: {e}", p.display())),
        }
    }

    /// The stdin bytes for a run.
    pub fn stdin_bytes(&self) -> Result<Vec<u8>, String> {
        match &self.opts.stdin {
            None => Ok(Vec::new()),
            Some(name) => {
                let p = self.dir().join(name);
                fs::read(&p).map_err(|e| format!("cannot read stdin file {}: {e}", p.display()))
            }
        }
    }

    /// Arguments after the interpreter (and its flags).
    pub fn argv(&self) -> Vec<String> {
        match &self.opts.argv {
            Some(a) => a.clone(),
            None => {
                let mut v = vec![self.file_name()];
                v.extend(self.opts.args.iter().cloned());
                v
            }
        }
    }
}

/// The folder holding the corpus.
pub fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

/// The `tests` folder.
pub fn tests_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// All scripts, sorted by relative path; header errors are returned per script.
pub fn discover(root: &Path) -> Result<Vec<Result<Script, String>>, String> {
    let mut found = Vec::new();
    let areas = fs::read_dir(root).map_err(|e| format!("cannot list {}: {e}", root.display()))?;
    let mut area_dirs: Vec<PathBuf> = areas
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    area_dirs.sort();
    for adir in area_dirs {
        let area = adir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files: Vec<PathBuf> = fs::read_dir(&adir)
            .map_err(|e| format!("cannot list {}: {e}", adir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for path in files {
            let name = path
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !name.ends_with(".py") || name.starts_with("mod_") {
                continue;
            }
            let rel = format!("{area}/{name}");
            found.push(match parse_header_file(&path) {
                Ok(opts) => Ok(Script { rel, path, opts }),
                Err(e) => Err(format!("{rel}: {e}")),
            });
        }
    }
    Ok(found)
}

fn parse_header_file(path: &Path) -> Result<Options, String> {
    let raw = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    parse_header(&raw)
}

/// Options from the comment lines at the top of a script. Lines `# key: value` with a known
/// key are options; other comment lines are descriptions; the first non-comment line ends
/// the header.
pub fn parse_header(raw: &[u8]) -> Result<Options, String> {
    let mut o = Options::default();
    for line in raw.split(|b| *b == b'\n') {
        if !line.starts_with(b"#") {
            break;
        }
        let text = String::from_utf8_lossy(line);
        let body = text[1..].trim();
        if body == "skip-check" {
            o.skip_check = true;
            continue;
        }
        let Some((key, value)) = body.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim() {
            "args" => o.args = split_words(value)?,
            "argv" => o.argv = Some(split_words(value)?),
            "stdin" => o.stdin = Some(value.to_string()),
            "flags" => o.flags = split_words(value)?,
            "env" => {
                let (k, v) = value.split_once('=').unwrap_or((value, ""));
                o.env.push((k.trim().to_string(), v.to_string()));
            }
            "timeout" => {
                o.timeout = Some(
                    value
                        .parse()
                        .map_err(|_| format!("bad timeout {value:?}"))?,
                )
            }
            "stderr" => o.stderr = Some(parse_mode(value)?),
            "skip" => o.skip = Some(value.to_string()),
            _ => {}
        }
    }
    Ok(o)
}

fn parse_mode(s: &str) -> Result<StderrMode, String> {
    match s {
        "last" => Ok(StderrMode::Last),
        "full" => Ok(StderrMode::Full),
        "ignore" => Ok(StderrMode::Ignore),
        _ => Err(format!("bad stderr mode {s:?} (last, full or ignore)")),
    }
}

/// Shell-like word splitting: whitespace separates words; `'…'` is literal; `"…"` understands
/// `\n \t \\ \"` (other backslashes stay as they are); outside quotes a backslash takes the
/// next character literally.
pub fn split_words(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut have = false;
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            c if c.is_whitespace() => {
                if have {
                    words.push(std::mem::take(&mut cur));
                    have = false;
                }
            }
            '\'' => {
                have = true;
                loop {
                    match it.next() {
                        Some('\'') => break,
                        Some(ch) => cur.push(ch),
                        None => return Err(format!("unterminated ' in {text:?}")),
                    }
                }
            }
            '"' => {
                have = true;
                loop {
                    match it.next() {
                        Some('"') => break,
                        Some('\\') => match it.next() {
                            Some('n') => cur.push('\n'),
                            Some('t') => cur.push('\t'),
                            Some('\\') => cur.push('\\'),
                            Some('"') => cur.push('"'),
                            Some(other) => {
                                cur.push('\\');
                                cur.push(other);
                            }
                            None => return Err(format!("unterminated \" in {text:?}")),
                        },
                        Some(ch) => cur.push(ch),
                        None => return Err(format!("unterminated \" in {text:?}")),
                    }
                }
            }
            '\\' => {
                have = true;
                match it.next() {
                    Some(ch) => cur.push(ch),
                    None => cur.push('\\'),
                }
            }
            c => {
                have = true;
                cur.push(c);
            }
        }
    }
    if have {
        words.push(cur);
    }
    Ok(words)
}

/// Parses a `.err` file: `exit: N`, `stderr: MODE`, then the text.
pub fn parse_err_file(text: &str) -> Result<ExpectedErr, String> {
    let mut parts = text.splitn(3, '\n');
    let exit_line = parts.next().unwrap_or("");
    let mode_line = parts.next().unwrap_or("");
    let rest = parts.next().unwrap_or("");
    let exit = exit_line
        .strip_prefix("exit:")
        .and_then(|s| s.trim().parse::<i32>().ok())
        .ok_or_else(|| format!("first line must be `exit: N`, got {exit_line:?}"))?;
    let mode = parse_mode(
        mode_line
            .strip_prefix("stderr:")
            .map(str::trim)
            .ok_or_else(|| format!("second line must be `stderr: MODE`, got {mode_line:?}"))?,
    )?;
    let text = match mode {
        StderrMode::Last => rest.lines().next().unwrap_or("").to_string(),
        StderrMode::Full => rest.to_string(),
        StderrMode::Ignore => String::new(),
    };
    Ok(ExpectedErr { exit, mode, text })
}

/// `xfail.txt`: relative path → reason. Blank lines and `#` lines are ignored.
pub fn read_xfail(tests: &Path) -> Result<BTreeMap<String, String>, String> {
    let p = tests.join("xfail.txt");
    let text = match fs::read_to_string(&p) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", p.display())),
    };
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, reason) = line.split_once('#').unwrap_or((line, ""));
        map.insert(path.trim().to_string(), reason.trim().to_string());
    }
    Ok(map)
}

/// Paths listed in `DIFFERENCES.md` as "- `area/name.py`: reason".
pub fn read_differences(tests: &Path) -> Vec<String> {
    let text = fs::read_to_string(tests.join("DIFFERENCES.md")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split_once('`'))
        .map(|(p, _)| p.to_string())
        .filter(|p| p.ends_with(".py"))
        .collect()
}
