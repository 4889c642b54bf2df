//! Corpus test: every `.py` file of a directory (default: CPython's own library) must
//! compile without internal errors, pass `verify`, and give CPython's symbol tables.
//! Slow: run with `cargo test corpus -- --ignored` (`GILPY_CORPUS=dir` to pick the files).

use super::symbols::check_symbols;
use super::try_compile;
use crate::compiler::Mode;

#[test]
#[ignore]
fn compile_python_library() {
    let dir = std::env::var("GILPY_CORPUS").unwrap_or_else(|_| "/usr/lib/python3.11".into());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let mut compiled = 0;
    let mut failures = Vec::new();
    let mut parser_diffs = Vec::new();
    for path in files {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Some(Ok(module)) = super::pyast::parse(&src) else {
            continue;
        };
        drop(module);
        match try_compile(&src, Mode::Exec) {
            Some(Ok(_)) => compiled += 1,
            Some(Err(e)) => panic!("{}: {e:?}", path.display()),
            None => return,
        }
        let r = std::panic::catch_unwind(|| check_symbols(&src));
        if r.is_err() {
            failures.push(path.display().to_string());
        }
        if let Err(e) = super::parser::compare(&src) {
            parser_diffs.push(format!("{}: {e}", path.display()));
        }
    }
    eprintln!("compiled {compiled} files from {dir}");
    for d in &parser_diffs {
        eprintln!("front ends differ: {d}");
    }
    assert!(failures.is_empty(), "symbol table mismatches: {failures:?}");
}
