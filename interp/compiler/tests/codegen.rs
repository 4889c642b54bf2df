//! Code-generation shapes of the tricky constructs (every compiled object is also run
//! through `verify`, which checks stack depths along all edges including exception ones).

use super::{dis, listing, ops, try_compile};
use crate::bytecode::{flags, Const, Op};
use crate::compiler::Mode;

fn code(src: &str) -> Option<crate::bytecode::CodeObject> {
    try_compile(src, Mode::Exec).map(|r| r.expect("compile error"))
}

fn inner<'c>(
    c: &'c crate::bytecode::CodeObject,
    qualname: &str,
) -> &'c crate::bytecode::CodeObject {
    fn find<'c>(
        c: &'c crate::bytecode::CodeObject,
        q: &str,
    ) -> Option<&'c crate::bytecode::CodeObject> {
        if c.qualname == q {
            return Some(c);
        }
        c.consts.iter().find_map(|k| match k {
            Const::Code(i) => find(i, q),
            _ => None,
        })
    }
    find(c, qualname).unwrap_or_else(|| panic!("no code {qualname}\n{}", listing(c)))
}

#[test]
fn module_assignment_and_call() {
    let Some(c) = code("x = f(1, y=2)\nprint(x)\n") else {
        return;
    };
    assert_eq!(
        ops(&c),
        "LoadName LoadConst LoadConst LoadConst CallKw StoreName LoadName LoadName Call PopTop LoadConst ReturnValue"
    );
    assert_eq!(c.consts[2], Const::Tuple(vec![Const::Str("y".into())]));
}

#[test]
fn function_locals_cells_and_closures() {
    let Some(c) = code("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n")
    else {
        return;
    };
    let f = inner(&c, "f");
    assert_eq!(f.cellvars, vec!["a", "b"]);
    assert_eq!(f.cell2arg, vec![Some(0), None]);
    assert_eq!(f.flags & flags::OPTIMIZED, flags::OPTIMIZED);
    let g = inner(&c, "f.<locals>.g");
    assert_eq!(g.freevars, vec!["a", "b"]);
    assert_eq!(ops(g), "LoadDeref LoadDeref BinaryOp ReturnValue");
    assert!(ops(f).contains("LoadClosure LoadClosure BuildTuple LoadConst MakeFunction StoreFast"));
}

#[test]
fn decorators_defaults_and_qualnames() {
    let Some(c) =
        code("@d1\n@d2\ndef f(a, b=1, *, c=2):\n    '''doc'''\nclass C:\n    def m(self): pass\n")
    else {
        return;
    };
    let f = inner(&c, "f");
    assert_eq!(f.firstlineno, 1);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!((f.argcount, f.kwonlyargcount), (2, 1));
    assert!(ops(&c).starts_with(
        "LoadName LoadName LoadConst BuildTuple LoadConst LoadConst BuildMap LoadConst MakeFunction Call Call StoreName"
    ));
    inner(&c, "C.m");
}

#[test]
fn class_body_and_super() {
    let src = "class A(B, metaclass=M):\n    'doc'\n    def f(self):\n        return super().f()\n";
    let Some(c) = code(src) else { return };
    let a = inner(&c, "A");
    assert_eq!(a.cellvars, vec!["__class__"]);
    let l = listing(a);
    assert!(
        l.contains("LoadName 0 __name__\n  1 StoreName 1 __module__"),
        "{l}"
    );
    assert!(l.contains("StoreName 3 __doc__"), "{l}");
    assert!(ops(a).ends_with("LoadClosure Copy StoreName ReturnValue"));
    let f = inner(&c, "A.f");
    assert_eq!(f.freevars, vec!["__class__"]);
    // super() → super(__class__, self), then the method call.
    assert_eq!(
        ops(f),
        "LoadGlobal LoadDeref LoadFast Call CallMethod ReturnValue"
    );
    assert!(
        ops(&c).starts_with(
            "LoadBuildClass LoadConst MakeFunction LoadConst LoadName LoadName LoadConst CallKw"
        ),
        "{}",
        listing(&c)
    );
}

#[test]
fn try_finally_with_return_runs_final_body_inline() {
    let src = "def f():\n    try:\n        return g()\n    finally:\n        h()\n";
    let Some(c) = code(src) else { return };
    let f = inner(&c, "f");
    // Value kept on the stack while the final body runs, then returned.
    assert!(
        ops(f).starts_with("LoadGlobal Call LoadGlobal Call PopTop ReturnValue"),
        "{}",
        listing(f)
    );
    assert!(ops(f).contains("PushExcInfo LoadGlobal Call PopTop Reraise Swap PopExcept Reraise"));
    assert_eq!(f.exception_table.len(), 2, "{}", listing(f));
}

#[test]
fn with_statement_layout() {
    let src = "def f():\n    with a() as b:\n        return b\n";
    let Some(c) = code(src) else { return };
    let f = inner(&c, "f");
    let o = ops(f);
    assert!(o.starts_with("LoadGlobal Call BeforeWith StoreFast LoadFast Swap LoadConst LoadConst LoadConst Call PopTop ReturnValue"), "{}", listing(f));
    assert!(o.contains("PushExcInfo WithExceptStart PopJumpIfTrue Reraise PopTop PopExcept PopTop"));
    // The body's handler keeps only `exit` on the stack.
    assert_eq!(f.exception_table[0].depth, 1, "{}", listing(f));
}

#[test]
fn break_and_continue_inside_try_in_nested_loops() {
    let src = "def f(xs):\n    for x in xs:\n        while x:\n            try:\n                if x: break\n                continue\n            finally:\n                g()\n        else:\n            return 1\n";
    let Some(c) = code(src) else { return };
    let l = listing(inner(&c, "f"));
    assert!(l.contains("Call"), "{l}");
}

#[test]
fn return_inside_for_inside_with_pops_iterator_and_exits() {
    let src = "def f(m, xs):\n    with m:\n        for x in xs:\n            try:\n                return x\n            except E as e:\n                return e\n";
    let Some(c) = code(src) else { return };
    let f = inner(&c, "f");
    let l = listing(f);
    assert!(l.contains("ForIter"), "{l}");
    // return x: pop the iterator (Swap 2; PopTop), then exit(None, None, None).
    assert!(
        ops(f).contains(
            "LoadFast Swap PopTop Swap LoadConst LoadConst LoadConst Call PopTop ReturnValue"
        ),
        "{l}"
    );
}

#[test]
fn try_except_as_name() {
    let src = "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept C:\n    pass\nelse:\n    h()\n";
    let Some(c) = code(src) else { return };
    let o = ops(&c);
    assert!(
        o.contains(
            "PushExcInfo LoadName LoadName BuildTuple CheckExcMatch PopJumpIfFalse StoreName"
        ),
        "{}",
        listing(&c)
    );
    assert!(
        o.contains("LoadConst StoreName DeleteName Reraise"),
        "{}",
        listing(&c)
    );
}

#[test]
fn generators_and_coroutines_flags() {
    let src = "def g():\n    yield 1\n    return 2\nasync def c():\n    await x\nasync def ag():\n    yield 1\ndef y():\n    yield from z\nl = (i for i in r)\n";
    let Some(c) = code(src) else { return };
    assert_ne!(inner(&c, "g").flags & flags::GENERATOR, 0);
    let co = inner(&c, "c");
    assert_ne!(co.flags & flags::COROUTINE, 0);
    assert_eq!(
        ops(co),
        "LoadGlobal GetAwaitable LoadConst YieldFrom PopTop LoadConst ReturnValue"
    );
    assert_ne!(inner(&c, "ag").flags & flags::ASYNC_GENERATOR, 0);
    assert_eq!(
        ops(inner(&c, "y")),
        "LoadGlobal GetYieldFromIter LoadConst YieldFrom PopTop LoadConst ReturnValue"
    );
    assert_ne!(inner(&c, "<genexpr>").flags & flags::GENERATOR, 0);
}

#[test]
fn comprehension_shape() {
    let Some(c) = code("def f(xs):\n    return [x for x in xs if x]\n") else {
        return;
    };
    let f = inner(&c, "f");
    assert_eq!(
        ops(f),
        "LoadConst MakeFunction LoadFast GetIter Call ReturnValue"
    );
    let lc = inner(&c, "f.<locals>.<listcomp>");
    assert_eq!(lc.varnames, vec![".0", "x"]);
    assert_eq!(lc.argcount, 1);
    assert_eq!(
        ops(lc),
        "BuildList LoadFast ForIter StoreFast LoadFast PopJumpIfFalse LoadFast ListAppend Jump ReturnValue"
    );
}

#[test]
fn chained_comparison() {
    let Some(c) = code("r = a < b < c\nif a < b < c: pass\n") else {
        return;
    };
    let o = ops(&c);
    assert!(o.starts_with("LoadName LoadName Swap Copy CompareOp JumpIfFalseOrPop LoadName CompareOp Jump Swap PopTop StoreName"), "{}", listing(&c));
}

#[test]
fn star_calls_and_displays() {
    let Some(c) = code("f(a, *b, c, k=1, **m)\nx = [1, 2, 3]\ny = (1, 'a')\nz = {**a, 'k': 1}\n")
    else {
        return;
    };
    let l = listing(&c);
    assert!(ops(&c).starts_with(
        "LoadName LoadName BuildList LoadName ListExtend LoadName ListAppend ListToTuple BuildMap LoadConst LoadConst MapAdd LoadName DictMerge CallEx"
    ), "{l}");
    assert!(
        l.contains("LoadConst 3 (1, 2, 3)") || l.contains("(1, 2, 3)"),
        "{l}"
    );
    assert!(l.contains("(1, \"a\")"), "{l}");
}

#[test]
fn unpacking_and_augmented_assignment() {
    let Some(c) = code("a, *b, (c, d) = x\no.at += 1\ns[i] -= 2\n") else {
        return;
    };
    let l = listing(&c);
    assert!(l.contains("UnpackEx 257"), "{l}"); // 1 before, 1 after
    assert!(ops(&c).contains("Copy LoadAttr LoadConst BinaryOp Swap StoreAttr"));
    assert!(ops(&c).contains("Copy Copy BinarySubscr LoadConst BinaryOp Swap Swap StoreSubscr"));
}

#[test]
fn fstrings_and_slices() {
    let Some(c) = code("s = f'a{b!r:>{w}}c'\nt = x[1:2]\nu = x[::3]\n") else {
        return;
    };
    let o = ops(&c);
    assert!(o.starts_with("LoadConst LoadName LoadConst LoadName FormatValue BuildString FormatValue LoadConst BuildString StoreName"), "{}", listing(&c));
    assert!(o.contains("LoadName LoadConst LoadConst BuildSlice BinarySubscr"));
    let l = listing(&c);
    assert!(l.contains("FormatValue 6"), "{l}");
}

#[test]
fn imports() {
    let Some(c) =
        code("import a.b.c\nimport a.b as d\nfrom ..m import x as y, z\nfrom . import *\n")
    else {
        return;
    };
    let l = listing(&c);
    assert!(l.contains("ImportName 0 a.b.c\n  3 StoreName 1 a"), "{l}");
    assert!(
        ops(&c).contains("ImportName ImportFrom StoreName PopTop"),
        "{l}"
    );
    assert!(
        ops(&c).contains("ImportName ImportFrom StoreName ImportFrom StoreName PopTop"),
        "{l}"
    );
    assert!(ops(&c).contains("ImportName ImportStar"), "{l}");
}

#[test]
fn interactive_and_eval_modes() {
    let Some(Ok(c)) = try_compile("1 + 2\nx = 3\n", Mode::Interactive) else {
        return;
    };
    assert!(ops(&c).contains("BinaryOp PrintExpr"), "{}", listing(&c));
    let Some(Ok(e)) = try_compile("a + 1\n", Mode::Eval) else {
        return;
    };
    assert_eq!(ops(&e), "LoadName LoadConst BinaryOp ReturnValue");
}

#[test]
fn annotations_at_module_level() {
    let Some(c) = code("x: int = 1\ny: str\n") else {
        return;
    };
    let o = ops(&c);
    assert!(
        o.starts_with(
            "SetupAnnotations LoadConst StoreName LoadName LoadName LoadConst StoreSubscr"
        ),
        "{}",
        listing(&c)
    );
}

#[test]
fn async_for_and_async_with() {
    let src = "async def f(a, m):\n    async with m as x:\n        async for i in a:\n            break\n";
    let Some(c) = code(src) else { return };
    let f = inner(&c, "f");
    let o = ops(f);
    assert!(o.starts_with("LoadFast BeforeAsyncWith GetAwaitable LoadConst YieldFrom StoreFast LoadFast GetAIter GetANext GetAwaitable LoadConst YieldFrom StoreFast PopTop"), "{}", listing(f));
    assert!(o.contains("EndAsyncFor PopTop"));
    assert!(o.contains("WithExceptStart GetAwaitable LoadConst YieldFrom PopJumpIfTrue"));
}

#[test]
fn constants_are_deduplicated_by_type() {
    let Some(c) = code("a = 1\nb = 1.0\nc = True\nd = 1\ne = -0.0\nf = 0.0\n") else {
        return;
    };
    let n_ints = c.consts.iter().filter(|k| **k == Const::Int(1)).count();
    assert_eq!(n_ints, 1);
    assert!(c.consts.contains(&Const::Float(1.0)));
    assert!(c.consts.contains(&Const::Bool(true)));
    let zeros = c
        .consts
        .iter()
        .filter(|k| matches!(k, Const::Float(f) if *f == 0.0))
        .count();
    assert_eq!(zeros, 2);
}

#[test]
fn positions_point_at_expressions() {
    let Some(c) = code("x = (a +\n     b)\ny = f(\n  1)\n") else {
        return;
    };
    let i = c.instrs.iter().position(|i| i.op == Op::BinaryOp).unwrap();
    let p = c.positions[i];
    assert_eq!((p.line, p.end_line, p.col, p.end_col), (1, 2, 5, 6));
    let i = c.instrs.iter().position(|i| i.op == Op::Call).unwrap();
    assert_eq!(c.positions[i].line, 3);
}

#[test]
fn whole_programs_verify() {
    for src in [
        "def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint(fib(10))\n",
        "while True:\n    try:\n        x = 1\n    except:\n        continue\n    finally:\n        break\n",
        "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
        "def f():\n    for i in x:\n        try:\n            return i\n        finally:\n            try:\n                continue\n            except E as e:\n                break\n",
        "def f():\n    with a as x, b as y:\n        try:\n            return x\n        except:\n            raise\n",
        "async def f():\n    async with a as x:\n        return await x\n",
        "assert x, 'msg'\nassert y\n",
        "del a, b.c, d[e]\n",
        "async def f(): return [i async for i in a]\n",
        "lambda: (yield)\n",
        "x = lambda a, *b, c=1, **d: (a, b, c, d)\n",
        "class C:\n    x: int = 1\n    def __f(self): return self.__g\n",
        "g = (x for x in range(3) if x for y in x)\n",
        "d = {k: v for k, v in x.items()}\ns = {a for a in b}\n",
        "if not (a and (b or c)): pass\nelif a if b else c: pass\n",
    ] {
        let d = dis(src);
        assert!(src.is_empty() || !d.contains("panicked"), "{d}");
    }
}

#[test]
fn future_annotations_are_strings() {
    let src = "from __future__ import annotations\nclass C:\n    x: Node | None = None\n    y: dict[str, 'int']\n    w: -1 + 2 * (3 + 4) ** 2 - (a - b) - c\n    v: a.b[c:d, ...]\n    e: -(-a) ** -b\n    b: x[1,]\n    l: 1.5e300 + 1e400 + 0.1\n    k: f'{x!r:>10}'\n";
    let Some(c) = code(src) else { return };
    let strs: Vec<String> = inner(&c, "C")
        .consts
        .iter()
        .filter_map(|k| match k {
            Const::Str(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    for want in [
        "Node | None",
        "dict[str, 'int']",
        "-1 + 2 * (3 + 4) ** 2 - (a - b) - c",
        "a.b[c:d, ...]",
        "-(-a) ** (-b)",
        "x[1,]",
        "1.5e+300 + 1e309 + 0.1",
        "f'{x!r:>10}'",
    ] {
        assert!(strs.iter().any(|s| s == want), "{want} not in {strs:?}");
    }
}

/// Debugging aid: `GILPY_SHOW=file.py cargo test show -- --ignored --nocapture` prints the
/// listing of a file.
#[test]
#[ignore]
fn show() {
    let Ok(path) = std::env::var("GILPY_SHOW") else {
        return;
    };
    let src = std::fs::read_to_string(path).expect("GILPY_SHOW file");
    println!("{}", dis(&src));
}
