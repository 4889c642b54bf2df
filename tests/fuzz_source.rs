//! Robustness fuzzing of the whole binary: random Python-ish sources (token soup, mutated
//! corpus scripts, deep nesting) are written to files and run with `gilpy FILE`. The process
//! must never die by a signal, never exit with 101 (a Rust panic) and never time out.
//!
//! What must stay true:
//! - generation is deterministic for a seed (`GILPY_FUZZ_SEED`, default fixed), so a failure
//!   reproduces; failing sources are saved and their paths printed;
//! - the default run is small (`GILPY_FUZZ_CASES`, default 200 cases, ~30 s); raise it to
//!   fuzz longer;
//! - a timeout is excused only when CPython also times out on the same source (a mutation can
//!   make a genuine infinite loop), and so is a death by SIGINT (an uncaught
//!   `KeyboardInterrupt` from `_thread.interrupt_main()`); other signals and panics are never
//!   excused, so the generators
//!   avoid sources that crash CPython itself (no recursion limits raised above what
//!   CPython survives).

#[path = "common/cpython.rs"]
mod cpython;
#[path = "common/process.rs"]
mod process;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

const DEFAULT_CASES: usize = 200;
const DEFAULT_SEED: u64 = 0x6769_6c70_7966_757a;
const CASE_TIMEOUT_SECS: f64 = 5.0;

/// SplitMix64: small, fast and good enough to pick tokens.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const TOKENS: &[&str] = &[
    "def",
    "class",
    "lambda",
    "return",
    "yield",
    "yield from",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "try",
    "except",
    "finally",
    "raise",
    "from",
    "with",
    "as",
    "import",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "assert",
    "async",
    "await",
    "None",
    "True",
    "False",
    "match",
    "case",
    "_",
    "x",
    "y",
    "f",
    "self",
    "print",
    "len",
    "range",
    "__init__",
    "é",
    "名前",
    "a1",
    "0",
    "1",
    "42",
    "0x",
    "0xFF",
    "0b2",
    "0o8",
    "1_000",
    "1__0",
    "1e",
    "1e5",
    "1.5j",
    ".5",
    "5.",
    "00",
    "09",
    "10**100",
    "'s'",
    "\"d\"",
    "'''t'''",
    "\"\"\"u\"\"\"",
    "'unterminated",
    "\"\"\"open",
    "b'\\xff'",
    "b'é'",
    "r'\\'",
    "f'{x}'",
    "f'{'",
    "f'{x!r:>{y}}'",
    "f'{{}}'",
    "f\"{f'{1}'}\"",
    "u'x'",
    "rb''",
    "'\\N{BAD}'",
    "'\\x'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ";",
    ",",
    ".",
    "...",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "=",
    ":=",
    "+=",
    "-=",
    "**=",
    "//=",
    "@=",
    "->",
    "\\",
    "\\\n",
    "$",
    "?",
    "!",
    "`",
    "#",
    "# comment",
    "\n",
    "\n",
    "\n",
    "    ",
    "\t",
    "  ",
    "\r\n",
    "\r",
    "\x00",
    "\x0c",
    "\u{feff}",
    "😀",
];

fn token_soup(rng: &mut Rng) -> Vec<u8> {
    let mut src = Vec::new();
    let n = 1 + rng.below(120);
    for _ in 0..n {
        src.extend_from_slice(rng.pick(TOKENS).as_bytes());
        if rng.chance(60) {
            src.push(b' ');
        }
        if rng.chance(2) {
            // A byte that is never valid UTF-8.
            src.push(*rng.pick(&[0xff_u8, 0xc3, 0x80, 0xed]));
        }
    }
    src
}

/// Corpus scripts usable as mutation seeds: no argv/stdin headers, no file-system areas.
fn seed_sources() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py");
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(&root) else {
        return out;
    };
    let mut areas: Vec<PathBuf> = areas.filter_map(|e| e.ok().map(|e| e.path())).collect();
    areas.sort();
    for adir in areas {
        let area = adir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if matches!(area.as_str(), "io_open" | "modules_os" | "cli" | "repl") {
            continue;
        }
        let Ok(files) = std::fs::read_dir(&adir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = files.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let name = f
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !name.ends_with(".py") || name.starts_with("mod_") || name == "huge_values.py" {
                continue;
            }
            if let Ok(src) = std::fs::read(&f) {
                let head = String::from_utf8_lossy(&src[..src.len().min(300)]).into_owned();
                if !head.contains("# argv:") && !head.contains("# stdin:") {
                    out.push(src);
                }
            }
        }
    }
    out
}

fn lines_of(src: &[u8]) -> Vec<Vec<u8>> {
    src.split(|b| *b == b'\n').map(|l| l.to_vec()).collect()
}

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut lines = lines_of(seed);
    for _ in 0..1 + rng.below(4) {
        if lines.is_empty() {
            break;
        }
        let i = rng.below(lines.len());
        match rng.below(8) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 => {
                let l = &mut lines[i];
                if !l.is_empty() {
                    let a = rng.below(l.len());
                    let b = (a + 1 + rng.below(20)).min(l.len());
                    l.drain(a..b);
                }
            }
            4 => {
                let l = &mut lines[i];
                let at = rng.below(l.len() + 1);
                let tok = rng.pick(TOKENS).as_bytes().to_vec();
                l.splice(at..at, tok);
            }
            5 => {
                let indents: [&[u8]; 3] = [b"    ", b"\t", b" "];
                let indent = *rng.pick(&indents);
                if rng.chance(50) {
                    lines[i].splice(0..0, indent.iter().copied());
                } else {
                    let strip = lines[i].iter().take_while(|b| **b == b' ').count().min(4);
                    lines[i].drain(..strip);
                }
            }
            6 => {
                let brackets = b"()[]{}";
                let l = &mut lines[i];
                if let Some(pos) = l.iter().position(|b| brackets.contains(b)) {
                    l[pos] = brackets[rng.below(brackets.len())];
                }
            }
            _ => lines.truncate(i + 1),
        }
    }
    lines.join(&b'\n')
}

fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}

fn deep(rng: &mut Rng) -> (String, Vec<u8>) {
    let n = *rng.pick(&[10usize, 100, 199, 200, 1_000, 10_000, 100_000]);
    let small = n.min(1_000);
    let (name, src) = match rng.below(18) {
        0 => ("parens", format!("x = {}1{}\nprint(x)\n", repeat("(", n), repeat(")", n))),
        1 => ("lists", format!("x = {}{}\nprint(len(x))\n", repeat("[", n), repeat("]", n))),
        2 => ("braces", format!("x = {}{}\n", repeat("{", n), repeat("}", n))),
        3 => ("unclosed", format!("x = {}1\n", repeat("(", n))),
        4 => ("unary minus", format!("print({}1)\n", repeat("-", n))),
        5 => ("not", format!("print({}True)\n", repeat("not ", n))),
        6 => ("lambda", format!("f = {}0\n", repeat("lambda: ", n))),
        7 => {
            let mut s = String::new();
            for d in 0..small {
                s.push_str(&repeat(" ", d));
                s.push_str("if True:\n");
            }
            s.push_str(&repeat(" ", small));
            s.push_str("print('deep')\n");
            ("nested if", s)
        }
        8 => ("binop chain", format!("x = {}1\nprint(x)\n", repeat("1 + ", n))),
        9 => ("calls", format!("f = abs\nprint({}1{})\n", repeat("f(", n), repeat(")", n))),
        10 => ("attributes", format!("import sys\nx = sys{}\n", repeat(".a", n))),
        11 => ("subscripts", format!("x = [0]\nx[0] = x\nprint(x{} is x)\n", repeat("[0]", n))),
        12 => {
            let mut s = String::new();
            for d in 0..small.min(200) {
                s.push_str(&repeat("  ", d));
                s.push_str(&format!("def f{d}():\n"));
            }
            s.push_str(&repeat("  ", small.min(200)));
            s.push_str("pass\n");
            ("nested def", s)
        }
        13 => (
            "runtime nested list",
            format!("x = []\nfor _ in range({n}):\n    x = [x]\nprint(len(x))\ntry:\n    repr(x)\nexcept RecursionError:\n    print('RecursionError')\ny = x\ndel x\n"),
        ),
        14 => (
            "runtime nested dict and equality",
            format!("a = {{}}\nb = {{}}\nfor _ in range({n}):\n    a = {{'k': a}}\n    b = {{'k': b}}\ntry:\n    print(a == b)\nexcept RecursionError:\n    print('RecursionError')\n"),
        ),
        15 => (
            "pure recursion, raised limit",
            format!("import sys\nsys.setrecursionlimit({})\ndef f(k):\n    return 0 if k == 0 else 1 + f(k - 1)\ntry:\n    print(f({}))\nexcept RecursionError:\n    print('RecursionError')\n", n.min(100_000) + 100, n.min(100_000)),
        ),
        16 => ("long string", format!("s = '{}'\nprint(len(s))\n", repeat("ab\\n", n * 10))),
        _ => (
            "nested comprehension",
            format!("x = {}range(3){}\nprint(list(x))\n", repeat("[v for v in ", small), repeat("]", small)),
        ),
    };
    (format!("deep {name} x{n}"), src.into_bytes())
}

struct Case {
    id: usize,
    kind: String,
    src: Vec<u8>,
}

fn generate(seed: u64, count: usize) -> Vec<Case> {
    let mut rng = Rng(seed);
    let seeds = seed_sources();
    (0..count)
        .map(|id| {
            let (kind, src) = match rng.below(10) {
                0..=2 => ("token soup".to_string(), token_soup(&mut rng)),
                3..=6 if !seeds.is_empty() => {
                    let s = rng.below(seeds.len());
                    (
                        format!("mutated corpus script #{s}"),
                        mutate(&mut rng, &seeds[s]),
                    )
                }
                _ => deep(&mut rng),
            };
            Case { id, kind, src }
        })
        .collect()
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn run_case(
    program: &Path,
    leading: &[OsString],
    extra_env: Vec<(String, String)>,
    dir: &Path,
    file: &Path,
) -> process::Outcome {
    let mut args = leading.to_vec();
    args.push(file.as_os_str().to_os_string());
    let mut env = vec![("TMPDIR".to_string(), dir.to_string_lossy().into_owned())];
    env.extend(extra_env);
    let run = process::Run {
        program: program.to_path_buf(),
        args,
        cwd: dir.to_path_buf(),
        stdin: Vec::new(),
        env,
        timeout: Duration::from_secs_f64(CASE_TIMEOUT_SECS * process::timeout_scale()),
    };
    match process::run(&run) {
        Ok(o) => o,
        Err(e) => panic!("cannot run {}: {e}", program.display()),
    }
}

/// None when the case is fine, else why it failed.
fn judge(
    case: &Case,
    dir: &Path,
    gilpy: &(PathBuf, Vec<OsString>),
    cpy: Option<&Path>,
) -> Option<String> {
    let file = dir.join(format!("case_{:05}.py", case.id));
    if let Err(e) = std::fs::write(&file, &case.src) {
        return Some(format!("cannot write {}: {e}", file.display()));
    }
    let o = run_case(&gilpy.0, &gilpy.1, Vec::new(), dir, &file);
    let problem = if o.code == Some(101) {
        let err = String::from_utf8_lossy(&o.stderr);
        let panic_line = err
            .lines()
            .find(|l| l.contains("panicked"))
            .unwrap_or("")
            .to_string();
        Some(format!("exit 101 (Rust panic) {panic_line}"))
    } else {
        o.abnormal()
            .map(|how| format!("{how} after {} bytes of stdout", o.stdout.len()))
    };
    // An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does (a mutated
    // script may call `_thread.interrupt_main()`): excused when CPython dies the same way.
    let sigint = o.signal == Some(2);
    if o.timed_out || sigint {
        if let Some(cpy) = cpy {
            let c = run_case(cpy, &cpython::leading_args(), cpython::env(), dir, &file);
            if (o.timed_out && c.timed_out) || (sigint && c.signal == Some(2)) {
                return None;
            }
        }
    }
    problem
}

fn save_failure(case: &Case) -> String {
    let dir = std::env::temp_dir().join(format!("gilpy-fuzz-failures-{}", std::process::id()));
    let path = dir.join(format!("case_{:05}.py", case.id));
    match std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, &case.src)) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("(not saved: {e})"),
    }
}

#[test]
fn random_sources_never_crash() {
    let count = env_usize("GILPY_FUZZ_CASES", DEFAULT_CASES);
    let seed = std::env::var("GILPY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let gilpy = process::gilpy_command();
    assert!(
        gilpy.0.exists(),
        "binary under test {} does not exist",
        gilpy.0.display()
    );
    let cpy = cpython::find().ok();
    let cases = generate(seed, count);
    let work = process::TempDir::new("fuzz").unwrap_or_else(|e| panic!("temp dir: {e}"));
    let jobs = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    thread::scope(|s| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, cases, gilpy, cpy, dir) =
                (&next, &cases, &gilpy, cpy.as_deref(), work.path());
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                if let Some(why) = judge(case, dir, gilpy, cpy) {
                    if tx.send((i, why)).is_err() {
                        break;
                    }
                }
            });
        }
    });
    drop(tx);
    let mut failures: Vec<(usize, String)> = rx.into_iter().collect();
    failures.sort();
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    for (i, why) in &failures {
        let case = &cases[*i];
        let saved = save_failure(case);
        let _ = writeln!(
            o,
            "FUZZ case {} ({}): {why}; source saved to {saved}",
            case.id, case.kind
        );
    }
    let summary = format!(
        "fuzz: {count} cases (seed {seed}), {} failed",
        failures.len()
    );
    let _ = writeln!(o, "{summary}");
    let _ = o.flush();
    assert!(failures.is_empty(), "{summary}");
}
