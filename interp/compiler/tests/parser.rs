//! End to end with gilpy's own parser: source → `grammar::parse_module` → compiler. Each
//! source is also compiled from CPython's AST (`pyast`); both must give the same code, line
//! numbers and (for ASCII sources) columns, which checks the parser's trees and spans too.
//! Skipped where the crate has no parser or python3 is missing.

use super::{listing, pyast, verify};
use crate::bytecode::CodeObject;
use crate::compiler::{compile, Mode, Source};

/// Compile with gilpy's parser; `None` if this build has none.
fn ours(src: &str) -> Option<Result<CodeObject, String>> {
    match crate::grammar::parse_module(src) {
        Err(e) if e.msg == "no parser in this build" => None,
        Err(e) => Some(Err(format!("parse error {e:?}"))),
        Ok(m) => Some(
            compile(Source::Module(&m), "<test>", Mode::Exec)
                .map_err(|e| format!("compile error {e:?}")),
        ),
    }
}

fn positions(code: &CodeObject, cols: bool, out: &mut Vec<String>) {
    for (i, p) in code.positions.iter().enumerate() {
        let text = if cols {
            format!(
                "{} {i}: {}:{}-{}:{}",
                code.qualname, p.line, p.col, p.end_line, p.end_col
            )
        } else {
            format!("{} {i}: {}", code.qualname, p.line)
        };
        out.push(text);
    }
    for c in &code.consts {
        if let crate::bytecode::Const::Code(inner) = c {
            positions(inner, cols, out);
        }
    }
}

/// `Err(description)` when the two front ends disagree.
pub fn compare(src: &str) -> Result<(), String> {
    let Some(mine) = ours(src) else { return Ok(()) };
    let Some(theirs) = pyast::parse(src) else {
        return Ok(());
    };
    let theirs = match theirs {
        Ok(m) => compile(Source::Module(&m), "<test>", Mode::Exec)
            .map_err(|e| format!("compile error {e:?}")),
        Err(msg) if msg.starts_with("unsupported") => return Ok(()),
        Err(msg) => Err(format!("CPython: {msg}")),
    };
    match (mine, theirs) {
        (Ok(a), Ok(b)) => {
            verify(&a);
            let (la, lb) = (listing(&a), listing(&b));
            if la != lb {
                let first = la
                    .lines()
                    .zip(lb.lines())
                    .position(|(x, y)| x != y)
                    .unwrap_or(0);
                return Err(format!(
                    "code differs at listing line {first}:\n ours:    {:?}\n CPython: {:?}",
                    la.lines().nth(first),
                    lb.lines().nth(first)
                ));
            }
            let (mut pa, mut pb) = (Vec::new(), Vec::new());
            positions(&a, src.is_ascii(), &mut pa);
            positions(&b, src.is_ascii(), &mut pb);
            if let Some((x, y)) = pa.iter().zip(&pb).find(|(x, y)| x != y) {
                return Err(format!("positions differ: ours {x} vs CPython AST {y}"));
            }
            Ok(())
        }
        (Err(a), Err(b)) => {
            let _ = (a, b);
            Ok(())
        }
        (a, b) => Err(format!(
            "ours: {:?}\nCPython AST: {:?}",
            a.map(|_| "ok"),
            b.map(|_| "ok")
        )),
    }
}

#[test]
fn parser_and_cpython_front_ends_agree() {
    let sources = [
        "x = 1\nprint(x + 2 * y, 'a', b'b', 1.5, None, ...)\n",
        "def f(a, /, b=1, *c, d, e=2, **k):\n    '''doc'''\n    return a.b[c:d, ...](*c, **k)\n",
        "class C(B, metaclass=M):\n    x: int = 1\n    def m(self):\n        return super().m() + self.__p\n",
        "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\nelse:\n    pass\n",
        "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept C:\n    pass\nelse:\n    h()\nfinally:\n    k()\n",
        "with open(p) as f, lock:\n    data = f.read()\n",
        "async def f(a):\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in a]\n",
        "s = f'{a!r:>{w}} and {b}'\nt = [x * y for x in r if x for y in x]\nd = {k: v for k, v in m.items()}\n",
        "a, *b, (c, d) = it\no.at += 1\ns[i] -= 2\ndel a, o.at, s[i]\n",
        "import a.b.c\nimport a.b as d\nfrom ..m import x as y, z\nfrom . import *\n",
        "g = (x for x in y)\nl = lambda a, *b, c=1, **d: (a, b, c, d)\nz = a if b else c\nw = not a and b or c < d <= e\n",
        "def gen():\n    x = yield 1\n    yield from x\n    return 2\n",
        "global q\nassert x, 'msg'\nraise E from F\nwhile True:\n    pass\n",
        "def f():\n    v = 1\n    def g():\n        nonlocal v\n        v += 1\n    return g\n",
    ];
    if let Some(r) = ours("x = 1\n") {
        // With a parser in the build, its trees must compile.
        assert!(r.is_ok(), "{r:?}");
    }
    let mut failures = Vec::new();
    for src in sources {
        if let Err(e) = compare(src) {
            failures.push(format!("{e}\nsource:\n{src}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
