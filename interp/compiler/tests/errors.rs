//! Compile errors: message, line and columns must match CPython's `compile()`.

use std::io::Write;
use std::process::{Command, Stdio};

use super::try_compile;
use crate::compiler::Mode;

const PY_COMPILE: &str = r#"
import sys
src = sys.stdin.read()
try:
    compile(src, "<test>", "exec")
    print("OK")
except SyntaxError as e:
    end = e.end_offset if e.end_lineno == e.lineno else None
    print("%s|%s|%s|%s" % (e.msg, e.lineno, e.offset, end))
"#;

fn python_error(src: &str) -> Option<String> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(PY_COMPILE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}

fn ours(src: &str) -> Option<String> {
    Some(match try_compile(src, Mode::Exec)? {
        Ok(_) => "OK".into(),
        Err(e) => format!(
            "{}|{}|{}|{}",
            e.msg,
            e.line,
            e.col,
            e.end_col.map_or("None".to_string(), |c| c.to_string())
        ),
    })
}

/// Our result for `src` must equal CPython's.
fn same_as_cpython(src: &str) {
    let (Some(expected), Some(got)) = (python_error(src), ours(src)) else {
        return;
    };
    assert_eq!(got, expected, "for source:\n{src}");
}

#[test]
fn scope_declaration_errors() {
    for src in [
        "def f():\n    x = 1\n    global x\n",
        "def f():\n    print(x)\n    global x\n",
        "def f(x):\n    global x\n",
        "def f():\n    x = 1\n    nonlocal x\n",
        "nonlocal x\n",
        "def f():\n  def g():\n    nonlocal x\n",
        "def f():\n  x=1\n  def g():\n    global x\n    nonlocal x\n",
        "def f():\n  x: int\n  global x",
        "def f():\n  global x\n  x: int = 1",
        "def f(x, x): pass",
        "def f(a, *, a): pass",
        "def f():\n  from m import *",
    ] {
        same_as_cpython(src);
    }
}

#[test]
fn misplaced_statement_errors() {
    for src in [
        "return 1",
        "class C:\n  return 1",
        "break",
        "continue",
        "while 1:\n  def f():\n    break",
        "for x in y:\n  pass\nelse:\n  break",
        "yield 1",
        "yield from x",
        "await x",
        "def f():\n  await x",
        "[(yield x) for y in z]",
        "def f(): ((yield x) for y in z)",
        "async def f():\n  yield 1\n  return 2",
        "async def f():\n  return 2\n  yield 1",
        "async def f():\n  yield from x",
        "def f():\n  async with x: pass",
        "def f():\n  async for x in y: pass",
        "def f():\n  [x async for x in y]",
        "def f():\n  [await x for x in y]",
        "[x async for x in y]",
        "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass",
    ] {
        same_as_cpython(src);
    }
}

#[test]
fn target_errors() {
    for src in [
        "*a = 1",
        "*a, *b = 1",
        "a, *b, c, *d = 1",
        "x = *a",
        "__debug__ = 1",
        "del __debug__",
        "f(__debug__=1)",
        "x.__debug__ = 1",
        "for __debug__ in x: pass",
        "f(a=1, a=2)",
        "[x for x in (y:= z)]",
        "[x := 1 for x in z]",
        "class C: [y := 1 for x in z]",
        "[(j := 1) for i in range(3) for j in y]",
        "from __future__ import nope",
        "x = 1\nfrom __future__ import annotations",
        "from __future__ import braces",
        "def f():\n  from __future__ import annotations",
        "'doc'\nfrom __future__ import annotations\nfrom __future__ import division",
    ] {
        same_as_cpython(src);
    }
}

#[test]
fn valid_sources_compile() {
    for src in [
        "x = *a, *b",
        "print(*a)",
        "from m import *\ndef f(): pass",
        "async def f():\n  [x async for x in y]",
        "(x async for x in y)",
        "def f():\n  lambda: (yield)\n",
    ] {
        same_as_cpython(src);
    }
}

/// `-(-(-...x))` nested `depth` deep, as an expression statement module.
fn deep_unary(depth: usize) -> crate::grammar::ast::Module {
    use crate::grammar::ast::*;
    let span = Span {
        line: 1,
        col: 0,
        end_line: 1,
        end_col: 1,
    };
    let mut e = Expr {
        span,
        kind: ExprKind::Name("x".into()),
    };
    for _ in 0..depth {
        e = Expr {
            span,
            kind: ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(e),
            },
        };
    }
    Module {
        body: vec![Stmt {
            span,
            kind: StmtKind::Expr(e),
        }],
    }
}

/// Compile (and drop, which also recurses) a deep tree on a thread with `stack` bytes.
fn compile_deep(depth: usize, stack: usize) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let m = deep_unary(depth);
            let r =
                crate::compiler::compile(crate::compiler::Source::Module(&m), "<deep>", Mode::Exec);
            let out = r.map(|_| ()).map_err(|e| e.msg);
            // Drop iteratively-enough: the AST's own drop recursion is the parser's concern.
            std::mem::forget(m);
            out
        })
        .expect("spawn")
        .join()
        .expect("compiler overflowed its stack")
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    assert_eq!(compile_deep(1000, 8 << 20), Ok(()));
    assert_eq!(
        compile_deep(100_000, 8 << 20),
        Err("maximum recursion depth exceeded during compilation".to_string())
    );
    // Left-nested sums compile iteratively, whatever their length.
    if let Some(r) = try_compile(&vec!["a"; 900].join("+"), Mode::Exec) {
        assert!(r.is_ok());
    }
}

#[test]
fn long_elif_chains_do_not_recurse() {
    use crate::grammar::ast::*;
    let span = Span {
        line: 1,
        col: 0,
        end_line: 1,
        end_col: 1,
    };
    let pass = || {
        vec![Stmt {
            span,
            kind: StmtKind::Pass,
        }]
    };
    let mut stmt = Stmt {
        span,
        kind: StmtKind::Pass,
    };
    for _ in 0..20_000 {
        let test = Expr {
            span,
            kind: ExprKind::Name("x".into()),
        };
        stmt = Stmt {
            span,
            kind: StmtKind::If {
                test,
                body: pass(),
                orelse: vec![stmt],
            },
        };
    }
    let m = Module { body: vec![stmt] };
    let r = crate::compiler::compile(crate::compiler::Source::Module(&m), "<elif>", Mode::Exec);
    let code = r.expect("long elif chain");
    super::verify(&code);
    std::mem::forget(m);
}
