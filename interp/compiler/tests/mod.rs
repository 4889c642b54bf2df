//! Unit tests of the compiler, and the helpers they share: compiling source through the
//! test-only CPython front end (`pyast`), a readable disassembly, and an independent checker
//! of every produced code object (stack depths along all edges, exception-table sanity).

mod codegen;
mod corpus;
mod errors;
mod parser;
mod pyast;
mod symbols;

use super::stackdepth::{effect, is_jump};
use super::{compile, Mode, Source};
use crate::bytecode::{CodeObject, Const, Op};
use crate::grammar::ast::ParseError;

/// Compile `src` (exec mode); `None` when python3 is unavailable to parse it.
pub fn try_compile(src: &str, mode: Mode) -> Option<Result<CodeObject, ParseError>> {
    let module = match pyast::parse(src)? {
        Ok(m) => m,
        Err(msg) => panic!("CPython could not parse test source: {msg}\n{src}"),
    };
    let r = compile(Source::Module(&module), "<test>", mode);
    if let Ok(code) = &r {
        verify(code);
    }
    Some(r)
}

/// Compile and disassemble; "" (and the test passes vacuously) without python3.
pub fn dis(src: &str) -> String {
    match try_compile(src, Mode::Exec) {
        None => String::new(),
        Some(Ok(code)) => listing(&code),
        Some(Err(e)) => panic!("unexpected compile error {e:?}\n{src}"),
    }
}

/// The listing of the code object compiled from `src` and of all nested ones, with names and
/// constants resolved: `Op arg (what)` per line, code objects separated by `== qualname`.
pub fn listing(code: &CodeObject) -> String {
    let mut out = String::new();
    listing_into(code, &mut out);
    out
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(re, im) => format!("complex({re:?}, {im:?})"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Ellipsis => "...".into(),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("({})", inner.join(", "))
        }
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}

fn listing_into(code: &CodeObject, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(out, "== {}", code.qualname);
    let deref = |i: u32| -> String {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i - code.cellvars.len().min(i)))
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    for (i, ins) in code.instrs.iter().enumerate() {
        let a = ins.arg;
        let what = match ins.op {
            Op::LoadConst => const_repr(&code.consts[a as usize]),
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => code.varnames[a as usize].clone(),
            Op::LoadDeref
            | Op::StoreDeref
            | Op::DeleteDeref
            | Op::LoadClosure
            | Op::LoadClassDeref => deref(a),
            Op::LoadName
            | Op::StoreName
            | Op::DeleteName
            | Op::LoadGlobal
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::ImportName
            | Op::ImportFrom => code.names[a as usize].clone(),
            Op::CallMethod => format!("{} {}", code.names[(a >> 8) as usize], a & 0xff),
            op if is_jump(op) => format!("to {a}"),
            _ => String::new(),
        };
        let _ = writeln!(out, "{i:>3} {:?} {a} {what}", ins.op);
    }
    for e in &code.exception_table {
        let _ = writeln!(
            out,
            "  except {}..{} -> {} depth {}",
            e.start, e.end, e.target, e.depth
        );
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            listing_into(inner, out);
        }
    }
}

/// Only the opcode names of `code`'s own instructions, space-separated.
pub fn ops(code: &CodeObject) -> String {
    code.instrs
        .iter()
        .map(|i| format!("{:?}", i.op))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Independent check of a code object (and nested ones): depths agree along every edge
/// including exception edges, nothing pops below the handler depth of its region or below
/// zero, jump targets and table entries are in range, stacksize covers the maximum.
pub fn verify(code: &CodeObject) {
    let n = code.instrs.len();
    assert!(n > 0, "empty code {}", code.qualname);
    assert_eq!(code.positions.len(), n);
    for e in &code.exception_table {
        assert!(
            e.start < e.end && e.end as usize <= n && (e.target as usize) < n,
            "{e:?}"
        );
    }
    for w in code.exception_table.windows(2) {
        assert!(w[0].end <= w[1].start, "overlapping entries {w:?}");
    }
    let handler_of = |i: usize| {
        code.exception_table
            .iter()
            .find(|e| e.start as usize <= i && i < e.end as usize)
    };
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![(0usize, 0u32)];
    let mut max = 0;
    while let Some((i, d)) = work.pop() {
        assert!(i < n, "{}: falls off the end", code.qualname);
        if let Some(seen) = depth[i] {
            assert_eq!(
                seen,
                d,
                "{}: depth mismatch at {i}\n{}",
                code.qualname,
                listing(code)
            );
            continue;
        }
        depth[i] = Some(d);
        max = max.max(d);
        let ins = code.instrs[i];
        let (need, fall, jump) = effect(ins.op, ins.arg);
        assert!(
            d >= need,
            "{}: underflow at {i}\n{}",
            code.qualname,
            listing(code)
        );
        if let Some(e) = handler_of(i) {
            assert!(
                d >= e.depth,
                "{}: depth {d} below handler depth at {i}\n{}",
                code.qualname,
                listing(code)
            );
            work.push((e.target as usize, e.depth + 1));
        }
        if is_jump(ins.op) {
            assert!((ins.arg as usize) < n);
            work.push((ins.arg as usize, (d as i32 + jump) as u32));
        }
        if !matches!(
            ins.op,
            Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
        ) {
            work.push((i + 1, (d as i32 + fall) as u32));
        }
        if matches!(ins.op, Op::Jump) && ins.arg as usize <= i {
            // Backward jumps are the VM's eval-breaker points: only plain Jump goes back.
        } else if is_jump(ins.op) && ins.op != Op::Jump {
            assert!(
                ins.arg as usize > i,
                "{}: conditional backward jump at {i}",
                code.qualname
            );
        }
    }
    assert!(
        max <= code.stacksize,
        "{}: stacksize {} < {max}",
        code.qualname,
        code.stacksize
    );
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner);
        }
    }
}
