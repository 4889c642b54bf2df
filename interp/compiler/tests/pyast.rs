//! Test-only front end: CPython's own parser (`python3 tests/pyast.py`) prints the AST as an
//! s-expression, converted here into gilpy's AST. It lets the compiler be tested on real
//! source before (and independently of) gilpy's parser. Tests using it are skipped when
//! `python3` is not installed.

use std::io::Write;
use std::process::{Command, Stdio};
use std::rc::Rc;

use crate::grammar::ast::*;

const SCRIPT: &str = include_str!("pyast.py");

#[derive(Debug, Clone)]
enum S {
    Node(String, Option<Span>, Vec<S>),
    List(Vec<S>),
    Str(String),
    Int(num_bigint::BigInt),
    Float(f64),
    Imag(f64),
    Bytes(Vec<u8>),
    None,
    True,
    False,
    Ellipsis,
}

/// Parse `src` with CPython; `None` when python3 is unavailable; `Err(msg)` on a syntax error.
pub fn parse(src: &str) -> Option<Result<Module, String>> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    if let Some(msg) = text.strip_prefix("ERR ") {
        return Some(Err(msg.trim().to_string()));
    }
    let mut p = Reader {
        s: text.as_bytes(),
        i: 0,
    };
    let tree = p.read();
    Some(Ok(module(&tree)))
}

struct Reader<'s> {
    s: &'s [u8],
    i: usize,
}

impl Reader<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn word(&mut self) -> String {
        let start = self.i;
        while self.i < self.s.len()
            && !self.s[self.i].is_ascii_whitespace()
            && self.s[self.i] != b')'
            && self.s[self.i] != b']'
        {
            self.i += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.i]).into_owned()
    }

    fn read(&mut self) -> S {
        self.skip_ws();
        match self.s[self.i] {
            b'(' => {
                self.i += 1;
                let name = self.word();
                self.skip_ws();
                let mut span = None;
                if self.s[self.i] == b'@' {
                    self.i += 1;
                    let w = self.word();
                    let v: Vec<u32> = w.split(',').map(|x| x.parse().unwrap()).collect();
                    span = Some(Span {
                        line: v[0],
                        col: v[1],
                        end_line: v[2],
                        end_col: v[3],
                    });
                }
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.s[self.i] == b')' {
                        self.i += 1;
                        break;
                    }
                    items.push(self.read());
                }
                S::Node(name, span, items)
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.s[self.i] == b']' {
                        self.i += 1;
                        break;
                    }
                    items.push(self.read());
                }
                S::List(items)
            }
            b'"' => {
                let start = self.i;
                self.i += 1;
                while self.s[self.i] != b'"' {
                    if self.s[self.i] == b'\\' {
                        self.i += 1;
                    }
                    self.i += 1;
                }
                self.i += 1;
                S::Str(unquote(&String::from_utf8_lossy(&self.s[start..self.i])))
            }
            _ => {
                let w = self.word();
                match w.as_bytes()[0] {
                    b'~' => S::None,
                    b'T' => S::True,
                    b'F' => S::False,
                    b'E' => S::Ellipsis,
                    b'i' => S::Int(w[1..].parse().unwrap()),
                    b'f' => S::Float(parse_float(&w[1..])),
                    b'j' => S::Imag(parse_float(&w[1..])),
                    b'b' => S::Bytes(if &w[1..] == "-" {
                        vec![]
                    } else {
                        (1..w.len())
                            .step_by(2)
                            .map(|k| u8::from_str_radix(&w[k..k + 2], 16).unwrap())
                            .collect()
                    }),
                    _ => panic!("bad token {w}"),
                }
            }
        }
    }
}

fn parse_float(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        _ => s.parse().unwrap(),
    }
}

/// JSON string literal → String (with \uXXXX surrogate pairs).
fn unquote(q: &str) -> String {
    let inner: Vec<char> = q[1..q.len() - 1].chars().collect();
    let mut out = String::new();
    let mut units: Vec<u16> = Vec::new();
    let mut i = 0;
    let flush = |units: &mut Vec<u16>, out: &mut String| {
        out.push_str(&String::from_utf16_lossy(units));
        units.clear();
    };
    while i < inner.len() {
        let c = inner[i];
        if c == '\\' {
            let e = inner[i + 1];
            i += 2;
            if e == 'u' {
                let hex: String = inner[i..i + 4].iter().collect();
                units.push(u16::from_str_radix(&hex, 16).unwrap());
                i += 4;
                continue;
            }
            flush(&mut units, &mut out);
            out.push(match e {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\u{8}',
                'f' => '\u{c}',
                other => other,
            });
        } else {
            flush(&mut units, &mut out);
            out.push(c);
            i += 1;
        }
    }
    flush(&mut units, &mut out);
    out
}

fn items(s: &S) -> &[S] {
    match s {
        S::List(v) => v,
        _ => panic!("expected list, got {s:?}"),
    }
}

fn node(s: &S) -> (&str, Span, &[S]) {
    match s {
        S::Node(n, span, f) => (n, span.unwrap_or_default(), f),
        _ => panic!("expected node, got {s:?}"),
    }
}

fn string(s: &S) -> Rc<str> {
    match s {
        S::Str(x) => Rc::from(x.as_str()),
        _ => panic!("expected str, got {s:?}"),
    }
}

fn opt_string(s: &S) -> Option<Rc<str>> {
    match s {
        S::None => None,
        _ => Some(string(s)),
    }
}

fn opt_expr(s: &S) -> Option<Expr> {
    match s {
        S::None => None,
        _ => Some(expr(s)),
    }
}

fn bexpr(s: &S) -> Box<Expr> {
    Box::new(expr(s))
}

fn module(s: &S) -> Module {
    let (_, _, f) = node(s);
    Module { body: stmts(&f[0]) }
}

fn stmts(s: &S) -> Vec<Stmt> {
    items(s).iter().map(stmt).collect()
}

fn exprs(s: &S) -> Vec<Expr> {
    items(s).iter().map(expr).collect()
}

fn int_of(s: &S) -> i64 {
    match s {
        S::Int(i) => i.try_into().unwrap(),
        _ => 0,
    }
}

fn stmt(s: &S) -> Stmt {
    let (name, span, f) = node(s);
    let kind = match name {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: string(&f[0]),
            args: arguments(&f[1]),
            body: stmts(&f[2]),
            decorators: exprs(&f[3]),
            returns: opt_expr(&f[4]),
            is_async: name == "AsyncFunctionDef",
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: string(&f[0]),
            bases: exprs(&f[1]),
            keywords: items(&f[2]).iter().map(keyword).collect(),
            body: stmts(&f[3]),
            decorators: exprs(&f[4]),
        })),
        "Return" => StmtKind::Return(opt_expr(&f[0])),
        "Delete" => StmtKind::Delete(exprs(&f[0])),
        "Assign" => StmtKind::Assign {
            targets: exprs(&f[0]),
            value: expr(&f[1]),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(&f[0]),
            op: binop(&f[1]),
            value: expr(&f[2]),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(&f[0]),
            annotation: expr(&f[1]),
            value: opt_expr(&f[2]),
            simple: int_of(&f[3]) != 0,
        },
        "For" | "AsyncFor" => StmtKind::For {
            is_async: name == "AsyncFor",
            target: expr(&f[0]),
            iter: expr(&f[1]),
            body: stmts(&f[2]),
            orelse: stmts(&f[3]),
        },
        "While" => StmtKind::While {
            test: expr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "If" => StmtKind::If {
            test: expr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "With" | "AsyncWith" => StmtKind::With {
            is_async: name == "AsyncWith",
            items: items(&f[0])
                .iter()
                .map(|w| {
                    let (_, _, wf) = node(w);
                    WithItem {
                        context_expr: expr(&wf[0]),
                        optional_vars: opt_expr(&wf[1]),
                    }
                })
                .collect(),
            body: stmts(&f[1]),
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(&f[0]),
            cause: opt_expr(&f[1]),
        },
        "Try" => StmtKind::Try {
            body: stmts(&f[0]),
            handlers: items(&f[1])
                .iter()
                .map(|h| {
                    let (_, hspan, hf) = node(h);
                    ExceptHandler {
                        span: hspan,
                        typ: opt_expr(&hf[0]),
                        name: opt_string(&hf[1]),
                        body: stmts(&hf[2]),
                    }
                })
                .collect(),
            orelse: stmts(&f[2]),
            finalbody: stmts(&f[3]),
        },
        "Assert" => StmtKind::Assert {
            test: expr(&f[0]),
            msg: opt_expr(&f[1]),
        },
        "Import" => StmtKind::Import(items(&f[0]).iter().map(alias).collect()),
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_string(&f[0]),
            names: items(&f[1]).iter().map(alias).collect(),
            level: int_of(&f[2]) as u32,
        },
        "Global" => StmtKind::Global(items(&f[0]).iter().map(string).collect()),
        "Nonlocal" => StmtKind::Nonlocal(items(&f[0]).iter().map(string).collect()),
        "Expr" => StmtKind::Expr(expr(&f[0])),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => panic!("unsupported statement {other}"),
    };
    Stmt { span, kind }
}

fn alias(s: &S) -> Alias {
    let (_, span, f) = node(s);
    Alias {
        name: string(&f[0]),
        asname: opt_string(&f[1]),
        span,
    }
}

fn keyword(s: &S) -> Keyword {
    let (_, span, f) = node(s);
    Keyword {
        arg: opt_string(&f[0]),
        value: expr(&f[1]),
        span,
    }
}

fn arg(s: &S) -> Arg {
    let (_, span, f) = node(s);
    Arg {
        name: string(&f[0]),
        annotation: opt_expr(&f[1]),
        span,
    }
}

fn opt_arg(s: &S) -> Option<Arg> {
    match s {
        S::None => None,
        _ => Some(arg(s)),
    }
}

fn arguments(s: &S) -> Arguments {
    let (_, _, f) = node(s);
    Arguments {
        posonlyargs: items(&f[0]).iter().map(arg).collect(),
        args: items(&f[1]).iter().map(arg).collect(),
        vararg: opt_arg(&f[2]),
        kwonlyargs: items(&f[3]).iter().map(arg).collect(),
        kw_defaults: items(&f[4]).iter().map(opt_expr).collect(),
        kwarg: opt_arg(&f[5]),
        defaults: exprs(&f[6]),
    }
}

fn binop(s: &S) -> BinOp {
    match node(s).0 {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        "FloorDiv" => BinOp::FloorDiv,
        other => panic!("bad binop {other}"),
    }
}

fn cmpop(s: &S) -> CmpOp {
    match node(s).0 {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        other => panic!("bad cmpop {other}"),
    }
}

fn comprehensions(s: &S) -> Vec<Comprehension> {
    items(s)
        .iter()
        .map(|c| {
            let (_, _, f) = node(c);
            Comprehension {
                target: expr(&f[0]),
                iter: expr(&f[1]),
                ifs: exprs(&f[2]),
                is_async: int_of(&f[3]) != 0,
            }
        })
        .collect()
}

fn fstring_parts(s: &S) -> Vec<FStringPart> {
    items(s)
        .iter()
        .map(|p| {
            let (name, _, f) = node(p);
            match name {
                "Constant" => match &f[0] {
                    S::Str(x) => FStringPart::Literal(x.clone()),
                    other => panic!("bad f-string literal {other:?}"),
                },
                "FormattedValue" => FStringPart::Value {
                    value: bexpr(&f[0]),
                    conversion: match int_of(&f[1]) {
                        115 => Some('s'),
                        114 => Some('r'),
                        97 => Some('a'),
                        _ => None,
                    },
                    format_spec: match &f[2] {
                        S::None => Vec::new(),
                        spec => fstring_parts(&node(spec).2[0]),
                    },
                },
                other => panic!("bad f-string part {other}"),
            }
        })
        .collect()
}

fn expr(s: &S) -> Expr {
    let (name, span, f) = node(s);
    let kind = match name {
        "BoolOp" => ExprKind::BoolOp {
            op: if node(&f[0]).0 == "And" {
                BoolOpKind::And
            } else {
                BoolOpKind::Or
            },
            values: exprs(&f[1]),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bexpr(&f[0]),
            value: bexpr(&f[1]),
        },
        "BinOp" => ExprKind::BinOp {
            left: bexpr(&f[0]),
            op: binop(&f[1]),
            right: bexpr(&f[2]),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match node(&f[0]).0 {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bexpr(&f[1]),
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(&f[0])),
            body: bexpr(&f[1]),
        },
        "IfExp" => ExprKind::IfExp {
            test: bexpr(&f[0]),
            body: bexpr(&f[1]),
            orelse: bexpr(&f[2]),
        },
        "Dict" => ExprKind::Dict {
            keys: items(&f[0]).iter().map(opt_expr).collect(),
            values: exprs(&f[1]),
        },
        "Set" => ExprKind::Set(exprs(&f[0])),
        "ListComp" => ExprKind::ListComp {
            elt: bexpr(&f[0]),
            generators: comprehensions(&f[1]),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bexpr(&f[0]),
            generators: comprehensions(&f[1]),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bexpr(&f[0]),
            generators: comprehensions(&f[1]),
        },
        "DictComp" => ExprKind::DictComp {
            key: bexpr(&f[0]),
            value: bexpr(&f[1]),
            generators: comprehensions(&f[2]),
        },
        "Await" => ExprKind::Await(bexpr(&f[0])),
        "Yield" => ExprKind::Yield(opt_expr(&f[0]).map(Box::new)),
        "YieldFrom" => ExprKind::YieldFrom(bexpr(&f[0])),
        "Compare" => ExprKind::Compare {
            left: bexpr(&f[0]),
            ops: items(&f[1]).iter().map(cmpop).collect(),
            comparators: exprs(&f[2]),
        },
        "Call" => ExprKind::Call {
            func: bexpr(&f[0]),
            args: exprs(&f[1]),
            keywords: items(&f[2]).iter().map(keyword).collect(),
        },
        "JoinedStr" => ExprKind::JoinedStr(fstring_parts(&f[0])),
        "Constant" => ExprKind::Constant(match &f[0] {
            S::None => Constant::None,
            S::True => Constant::True,
            S::False => Constant::False,
            S::Ellipsis => Constant::Ellipsis,
            S::Int(i) => Constant::Int(i.clone()),
            S::Float(x) => Constant::Float(*x),
            S::Imag(x) => Constant::Imaginary(*x),
            S::Str(x) => Constant::Str(x.clone()),
            S::Bytes(b) => Constant::Bytes(b.clone()),
            other => panic!("bad constant {other:?}"),
        }),
        "Attribute" => ExprKind::Attribute {
            value: bexpr(&f[0]),
            attr: string(&f[1]),
        },
        "Subscript" => ExprKind::Subscript {
            value: bexpr(&f[0]),
            slice: bexpr(&f[1]),
        },
        "Starred" => ExprKind::Starred(bexpr(&f[0])),
        "Name" => ExprKind::Name(string(&f[0])),
        "List" => ExprKind::List(exprs(&f[0])),
        "Tuple" => ExprKind::Tuple(exprs(&f[0])),
        "Slice" => ExprKind::Slice {
            lower: opt_expr(&f[0]).map(Box::new),
            upper: opt_expr(&f[1]).map(Box::new),
            step: opt_expr(&f[2]).map(Box::new),
        },
        other => panic!("unsupported expression {other}"),
    };
    Expr { span, kind }
}
