//! Parser tests: every expression and statement form, strings and f-strings, numbers,
//! spans, interactive input, and a sample of the installed CPython standard library.

use super::ast::*;
use super::{parse_expression, parse_interactive, parse_module};

/// A compact S-expression rendering of an expression (no spans).
pub(super) fn sx(e: &Expr) -> String {
    let list = |v: &[Expr]| v.iter().map(sx).collect::<Vec<_>>().join(" ");
    let opt = |o: &Option<Box<Expr>>| o.as_ref().map_or("_".to_string(), |e| sx(e));
    match &e.kind {
        ExprKind::Name(n) => n.to_string(),
        ExprKind::Constant(c) => match c {
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            other => format!("{other:?}"),
        },
        ExprKind::BinOp { left, op, right } => format!("({op:?} {} {})", sx(left), sx(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sx(operand)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", sx(left));
            for (o, c) in ops.iter().zip(comparators) {
                s += &format!(" {o:?} {}", sx(c));
            }
            s + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", sx(func));
            for a in args {
                s += &format!(" {}", sx(a));
            }
            for k in keywords {
                s += &format!(" {}={}", k.arg.as_deref().unwrap_or("**"), sx(&k.value));
            }
            s + ")"
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", sx(value)),
        ExprKind::Subscript { value, slice } => format!("([] {} {})", sx(value), sx(slice)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(: {} {} {})", opt(lower), opt(upper), opt(step))
        }
        ExprKind::Starred(v) => format!("*{}", sx(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::Set(v) => format!("{{{}}}", list(v)),
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sx(k), sx(v)),
                    None => format!("**{}", sx(v)),
                })
                .collect();
            format!("(dict {})", items.join(" "))
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sx(target), sx(value)),
        ExprKind::Lambda { args, body } => format!("(lambda {} {})", sig(args), sx(body)),
        ExprKind::Await(v) => format!("(await {})", sx(v)),
        ExprKind::Yield(v) => format!("(yield {})", opt(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", sx(v)),
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {}{})", sx(elt), gens(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {}{})", sx(elt), gens(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {}{})", sx(elt), gens(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!("(dictcomp {}:{}{})", sx(key), sx(value), gens(generators)),
        ExprKind::JoinedStr(parts) => format!("(f {})", fparts(parts)),
    }
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Value {
                value,
                conversion,
                format_spec,
            } => {
                let conv = conversion.map_or(String::new(), |c| format!("!{c}"));
                let spec = if format_spec.is_empty() {
                    String::new()
                } else {
                    format!(":({})", fparts(format_spec))
                };
                format!("{{{}{conv}{spec}}}", sx(value))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn gens(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let ifs: String = c.ifs.iter().map(|i| format!(" if {}", sx(i))).collect();
            let a = if c.is_async { " async" } else { "" };
            format!("{a} for {} in {}{ifs}", sx(&c.target), sx(&c.iter))
        })
        .collect()
}

/// Parameter list rendering: `a b=1 / c *d e=2 **f`.
fn sig(a: &Arguments) -> String {
    let mut out = Vec::new();
    let n_pos = a.posonlyargs.len() + a.args.len();
    let first_default = n_pos - a.defaults.len();
    for (i, p) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        let mut s = p.name.to_string();
        if let Some(ann) = &p.annotation {
            s += &format!(":{}", sx(ann));
        }
        if i >= first_default {
            s += &format!("={}", sx(&a.defaults[i - first_default]));
        }
        out.push(s);
        if i + 1 == a.posonlyargs.len() {
            out.push("/".into());
        }
    }
    match &a.vararg {
        Some(v) => out.push(format!("*{}", v.name)),
        None if !a.kwonlyargs.is_empty() => out.push("*".into()),
        None => {}
    }
    for (p, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        out.push(match d {
            Some(d) => format!("{}={}", p.name, sx(d)),
            None => p.name.to_string(),
        });
    }
    if let Some(k) = &a.kwarg {
        out.push(format!("**{}", k.name));
    }
    format!("[{}]", out.join(" "))
}

fn ex(src: &str) -> String {
    match parse_expression(src) {
        Ok(e) => sx(&e),
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn body(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn one(src: &str) -> StmtKind {
    let mut b = body(src);
    assert_eq!(b.len(), 1, "{src}");
    b.remove(0).kind
}

#[test]
fn precedence_and_operators() {
    assert_eq!(ex("a + b * c ** -d"), "(Add a (Mult b (Pow c (USub d))))");
    assert_eq!(ex("-a ** b"), "(USub (Pow a b))");
    assert_eq!(ex("a ** b ** c"), "(Pow a (Pow b c))");
    assert_eq!(ex("a - b - c"), "(Sub (Sub a b) c)");
    assert_eq!(
        ex("a | b ^ c & d << e >> f"),
        "(BitOr a (BitXor b (BitAnd c (RShift (LShift d e) f))))"
    );
    assert_eq!(
        ex("a @ b // c % d / e"),
        "(Div (Mod (FloorDiv (MatMult a b) c) d) e)"
    );
    assert_eq!(ex("not a and b or c"), "(Or (And (Not a) b) c)");
    assert_eq!(ex("a or b or c"), "(Or a b c)");
    assert_eq!(ex("(a or b) or c"), "(Or (Or a b) c)");
    assert_eq!(
        ex("a < b <= c is not d not in e in f != g"),
        "(cmp a Lt b LtE c IsNot d NotIn e In f NotEq g)"
    );
    assert_eq!(ex("~a + +b"), "(Add (Invert a) (UAdd b))");
    assert_eq!(ex("await a ** b"), "(Pow (await a) b)");
    assert_eq!(ex("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(ex("lambda: a if b else c"), "(lambda [] (if b a c))");
    assert_eq!(ex("(x := 1 + 2)"), "(:= x (Add 1 2))");
}

#[test]
fn atoms_and_trailers() {
    assert_eq!(ex("a.b[c](d)"), "(call ([] (. a b) c) d)");
    assert_eq!(
        ex("f(a, *b, c=1, *d, **e, f=2)"),
        "(call f a *b *d c=1 **=e f=2)"
    );
    assert_eq!(ex("f(x for x in y)"), "(call f (genexp x for x in y))");
    assert_eq!(ex("f(a,)"), "(call f a)");
    assert_eq!(ex("f(x := 1)"), "(call f (:= x 1))");
    assert_eq!(ex("a[1:2, ::3]"), "([] a (tuple (: 1 2 _) (: _ _ 3)))");
    assert_eq!(ex("a[:]"), "([] a (: _ _ _))");
    assert_eq!(ex("a[1:]"), "([] a (: 1 _ _))");
    assert_eq!(ex("a[::]"), "([] a (: _ _ _))");
    assert_eq!(ex("a[1,]"), "([] a (tuple 1))");
    assert_eq!(ex("a[*b]"), "([] a (tuple *b))");
    assert_eq!(ex("a[x:=1]"), "([] a (:= x 1))");
    assert_eq!(ex("()"), "(tuple )");
    assert_eq!(ex("(1,)"), "(tuple 1)");
    assert_eq!(ex("(1)"), "1");
    assert_eq!(ex("1, 2"), "(tuple 1 2)");
    assert_eq!(ex("[1, *a, 2,]"), "[1 *a 2]");
    assert_eq!(ex("{1, 2}"), "{1 2}");
    assert_eq!(ex("{}"), "(dict )");
    assert_eq!(ex("{a: 1, **b}"), "(dict a:1 **b)");
    assert_eq!(ex("..."), "Ellipsis");
    assert_eq!(ex("None, True, False"), "(tuple None True False)");
    assert_eq!(ex("(yield)"), "(yield _)");
    assert_eq!(ex("  1"), "1");
    assert_eq!(ex("1\n\n"), "1");
    assert_eq!(ex("\n1"), "1");
    for bad in ["*a", "a, *b", "yield x", "x = 1", "1; 2", ""] {
        assert!(parse_expression(bad).is_err(), "{bad:?}");
    }
    assert_eq!(parse_expression("a, *b").unwrap_err().col, 4);
}

#[test]
fn comprehensions() {
    assert_eq!(
        ex("[x for x in y if x if z for w in v]"),
        "(listcomp x for x in y if x if z for w in v)"
    );
    assert_eq!(
        ex("{k: v for k, v in d}"),
        "(dictcomp k:v for (tuple k v) in d)"
    );
    assert_eq!(ex("{x for x in y}"), "(setcomp x for x in y)");
    assert_eq!(ex("(x async for x in y)"), "(genexp x async for x in y)");
    assert_eq!(
        ex("[x for x in a if b or c]"),
        "(listcomp x for x in a if (Or b c))"
    );
    assert_eq!(
        ex("[a if b else c for x in y]"),
        "(listcomp (if b a c) for x in y)"
    );
}

#[test]
fn lambdas_and_parameters() {
    assert_eq!(
        ex("lambda a, b=1, /, c=2, *d, e, f=3, **g: 0"),
        "(lambda [a b=1 / c=2 *d e f=3 **g] 0)"
    );
    assert_eq!(ex("lambda *, a: a"), "(lambda [* a] a)");
    assert_eq!(ex("lambda *a, **k: a"), "(lambda [*a **k] a)");
    assert_eq!(ex("lambda: lambda: 1"), "(lambda [] (lambda [] 1))");
    let StmtKind::FunctionDef(f) = one("def f(a: int, b: str = 'x', *, c, **k) -> bool:\n  pass")
    else {
        panic!()
    };
    assert_eq!(sig(&f.args), "[a:int b:str=\"x\" * c **k]");
    assert_eq!(f.returns.as_ref().map(sx).as_deref(), Some("bool"));
}

#[test]
fn numbers() {
    assert_eq!(
        ex("0x_1f + 0o17 + 0b1_01 + 1_000"),
        "(Add (Add (Add 31 15) 5) 1000)"
    );
    assert_eq!(ex("1.5e3"), "1500.0");
    assert_eq!(ex(".5"), "0.5");
    assert_eq!(ex("2j"), "2.0j");
    assert_eq!(ex("1.e5J"), "100000.0j");
    assert_eq!(
        ex("123456789012345678901234567890"),
        "123456789012345678901234567890"
    );
    assert_eq!(ex("0"), "0");
}

#[test]
fn string_literals() {
    assert_eq!(ex(r#"'a' "b" '''c''' """d""""#), "\"abcd\"");
    assert_eq!(ex(r"r'\n' R'\t' u'x' U'y'"), r#""\\n\\txy""#);
    assert_eq!(ex(r"b'\x41' rb'\x' Br'q' bR'r'"), r#"b"A\\xqr""#);
}

#[test]
fn fstrings() {
    assert_eq!(ex("f'a{b}c'"), "(f \"a\" {b} \"c\")");
    assert_eq!(ex("f'{a!r:>{w}}'"), "(f {a!r:(\">\" {w})})");
    assert_eq!(ex("f'{a:>10}'"), "(f {a:(\">10\")})");
    assert_eq!(ex("f'{{}}{x}'"), "(f \"{}\" {x})");
    assert_eq!(ex("f'{x=}'"), "(f \"x=\" {x!r})");
    assert_eq!(ex("f'{x = !s}'"), "(f \"x = \" {x!s})");
    assert_eq!(ex("f'{x=:>4}'"), "(f \"x=\" {x:(\">4\")})");
    assert_eq!(ex("'a' f'{b}' 'c'"), "(f \"a\" {b} \"c\")");
    assert_eq!(ex("f''"), "(f )");
    assert_eq!(ex("f'{\"q\"}'"), "(f {\"q\"})");
    assert_eq!(ex("f'''{'q'}'''"), "(f {\"q\"})");
    assert_eq!(ex("f'{a[\"k\"]!a}'"), "(f {([] a \"k\")!a})");
    assert_eq!(ex("f'{a!=b}'"), "(f {(cmp a NotEq b)})");
    assert_eq!(ex("f'{(lambda: 1)()}'"), "(f {(call (lambda [] 1))})");
    assert_eq!(ex("f'{x:{y}.{z}f}'"), "(f {x:({y} \".\" {z} \"f\")})");
    assert_eq!(ex("f'\\n{x}\\t'"), "(f \"\\n\" {x} \"\\t\")");
    assert_eq!(ex("rf'\\n{x}'"), "(f \"\\\\n\" {x})");
    assert_eq!(ex("f'{f\"{x}\"}'"), "(f {(f {x})})");
    assert_eq!(ex("f'{a, b}'"), "(f {(tuple a b)})");
    assert_eq!(ex("f'{yield}'"), "(f {(yield _)})");
}

#[test]
fn fstring_spans_point_into_the_source() {
    let e = parse_expression("f'ab{xyz}'").unwrap();
    let ExprKind::JoinedStr(parts) = &e.kind else {
        panic!()
    };
    let FStringPart::Value { value, .. } = &parts[1] else {
        panic!()
    };
    assert_eq!(
        (value.span.line, value.span.col, value.span.end_col),
        (1, 5, 8)
    );
    let m = parse_module("x = 1\ny = f'''\n{a +\n b}'''").unwrap();
    let StmtKind::Assign { value, .. } = &m.body[1].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Value { value, .. } = &parts[1] else {
        panic!()
    };
    assert_eq!(
        (
            value.span.line,
            value.span.col,
            value.span.end_line,
            value.span.end_col
        ),
        (3, 1, 4, 2)
    );
}

#[test]
fn spans() {
    let m = parse_module("if x:\n    y = a + b\nelse:\n    pass\n").unwrap();
    let s = &m.body[0];
    assert_eq!(
        (s.span.line, s.span.col, s.span.end_line, s.span.end_col),
        (1, 0, 4, 8)
    );
    let StmtKind::If { body, .. } = &s.kind else {
        panic!()
    };
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!(
        (value.span.line, value.span.col, value.span.end_col),
        (2, 8, 13)
    );
    let e = parse_expression("(a, b)").unwrap();
    assert_eq!((e.span.col, e.span.end_col), (0, 6));
    let e = parse_expression("(a + b)").unwrap();
    assert_eq!((e.span.col, e.span.end_col), (1, 6));
    let e = parse_expression("é + b").unwrap();
    assert_eq!((e.span.col, e.span.end_col), (0, 5));
    let m = parse_module("@d\nasync def f(): pass").unwrap();
    assert_eq!(m.body[0].span.line, 2);
}

#[test]
fn statements() {
    assert!(matches!(
        one("x: int = 3"),
        StmtKind::AnnAssign { simple: true, .. }
    ));
    assert!(matches!(
        one("(x): int"),
        StmtKind::AnnAssign {
            simple: false,
            value: None,
            ..
        }
    ));
    assert!(matches!(one("a = b = c"), StmtKind::Assign { targets, .. } if targets.len() == 2));
    assert!(matches!(
        one("a += 1"),
        StmtKind::AugAssign { op: BinOp::Add, .. }
    ));
    assert!(matches!(
        one("x **= 2"),
        StmtKind::AugAssign { op: BinOp::Pow, .. }
    ));
    assert!(matches!(one("del a, b[1], c.d"), StmtKind::Delete(t) if t.len() == 3));
    assert!(matches!(one("del (a, b)"), StmtKind::Delete(t) if t.len() == 1));
    assert!(matches!(
        one("raise X from e"),
        StmtKind::Raise { cause: Some(_), .. }
    ));
    assert!(matches!(one("raise"), StmtKind::Raise { exc: None, .. }));
    assert!(matches!(
        one("assert x, 'm'"),
        StmtKind::Assert { msg: Some(_), .. }
    ));
    assert!(matches!(one("global a, b"), StmtKind::Global(n) if n.len() == 2));
    assert!(matches!(one("nonlocal a"), StmtKind::Nonlocal(_)));
    assert!(matches!(one("return *a, b"), StmtKind::Return(Some(_))));
    assert!(matches!(one("for x in *a, b: pass"), StmtKind::For { .. }));
    assert_eq!(body("a; b; c;\nd").len(), 4);
    let StmtKind::Import(names) = one("import a.b.c as d, e") else {
        panic!()
    };
    assert_eq!(
        (&*names[0].name, names[0].asname.as_deref()),
        ("a.b.c", Some("d"))
    );
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = one("from ..x.y import (a, b as c,)")
    else {
        panic!()
    };
    assert_eq!((module.as_deref(), names.len(), level), (Some("x.y"), 2, 2));
    let StmtKind::ImportFrom { module, level, .. } = one("from .... import z") else {
        panic!()
    };
    assert_eq!((module, level), (None, 4));
    let StmtKind::ImportFrom { names, .. } = one("from m import *") else {
        panic!()
    };
    assert_eq!(&*names[0].name, "*");
}

#[test]
fn compound_statements() {
    let StmtKind::If { orelse, .. } =
        one("if a:\n  pass\nelif b:\n  pass\nelif c: pass\nelse:\n  pass")
    else {
        panic!()
    };
    let StmtKind::If { orelse, .. } = &orelse[0].kind else {
        panic!()
    };
    assert!(matches!(&orelse[0].kind, StmtKind::If { orelse, .. } if orelse.len() == 1));
    let StmtKind::Try { handlers, orelse, finalbody, .. } =
        one("try:\n  pass\nexcept (A, B) as e:\n  pass\nexcept C:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass")
    else {
        panic!()
    };
    assert_eq!((handlers.len(), orelse.len(), finalbody.len()), (3, 1, 1));
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    let StmtKind::With { items, .. } = one("with a as b, c as (d, e), f: pass") else {
        panic!()
    };
    assert_eq!(items.len(), 3);
    let StmtKind::With { items, .. } = one("with (open(x) as f, g as h,):\n  pass") else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one("with (a, b) as c: pass") else {
        panic!()
    };
    assert_eq!(items.len(), 1);
    let StmtKind::ClassDef(c) = one("@d1\n@d2(x)\nclass C(B, metaclass=M):\n  x = 1") else {
        panic!()
    };
    assert_eq!(
        (c.bases.len(), c.keywords.len(), c.decorators.len()),
        (1, 1, 2)
    );
    assert!(matches!(one("async def f():\n  await x"), StmtKind::FunctionDef(f) if f.is_async));
    assert!(matches!(
        one("async def f():\n  async for a in b: pass"),
        StmtKind::FunctionDef(_)
    ));
    assert!(
        matches!(one("while x:\n  break\nelse:\n  pass"), StmtKind::While { orelse, .. } if orelse.len() == 1)
    );
}

#[test]
fn interactive_input() {
    let inc = |s: &str| parse_interactive(s).map_err(|e| e.incomplete);
    assert!(inc("x = 1\n").is_ok());
    assert!(inc("if x:\n").unwrap_err());
    assert!(inc("if x:\n  pass\n").unwrap_err());
    assert!(inc("if x:\n  pass\n\n").is_ok());
    assert!(inc("if 1: pass\n").unwrap_err());
    assert!(inc("x = (1,\n").unwrap_err());
    assert!(inc("x = (1,\n\n").unwrap_err());
    assert!(inc("s = '''abc\n").unwrap_err());
    assert!(inc("x = 1 + \\\n").unwrap_err());
    assert!(inc("@dec\n").unwrap_err());
    assert!(inc("class A:\n  def f(self):\n").unwrap_err());
    assert!(!inc("x = 1 +\n").unwrap_err());
    assert!(!inc("x = 'abc\n").unwrap_err());
    assert!(!inc("if x:\n  1 +* 2\n").unwrap_err());
    assert!(!inc("try:\n  pass\n\n").unwrap_err());
    assert!(!inc("if x:\n\n").unwrap_err());
    assert!(inc("").is_ok());
    assert!(inc("# just a comment\n").is_ok());
}

/// Parses a sample of the installed CPython library; files using syntax we do not
/// support (`match`, `except*`, `type` statements, `\N{...}`) are skipped.
#[test]
fn stdlib_sample_parses() {
    let roots = [
        "/root/.pyenv/versions/3.11.7/lib/python3.11",
        "/usr/lib/python3.11",
    ];
    let Some(root) = roots.iter().find(|r| std::path::Path::new(r).is_dir()) else {
        return;
    };
    let mut files = Vec::new();
    collect_py(std::path::Path::new(root), &mut files, 0);
    files.sort();
    let step = (files.len() / 200).max(1);
    let (mut ok, mut skipped, mut failed) = (0, 0, Vec::new());
    // Test data that is not valid Python 3 on purpose.
    let invalid_on_purpose = ["/tests/data/", "badsyntax", "bad_coding", "/lib2to3/"];
    for path in files.iter().step_by(step).take(200) {
        if invalid_on_purpose
            .iter()
            .any(|p| path.to_string_lossy().contains(p))
        {
            continue;
        }
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let Ok(src) = super::decode_source(&bytes) else {
            skipped += 1;
            continue;
        };
        match parse_module(&src) {
            Ok(_) => ok += 1,
            Err(e) => {
                let unsupported = ["match ", "case ", "except*", "type ", "\\N{"];
                if unsupported.iter().any(|u| src.contains(u)) {
                    skipped += 1;
                } else {
                    failed.push(format!("{}: {e:?}", path.display()));
                }
            }
        }
    }
    eprintln!(
        "stdlib sample: {ok} parsed, {skipped} skipped, {} failed",
        failed.len()
    );
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(ok >= 150, "too few files parsed: {ok}");
}

fn collect_py(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>, depth: u32) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && depth < 6 {
            collect_py(&path, out, depth + 1);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}
