//! `from __future__ import annotations`: future-statement checks and the unparser that turns
//! an annotation expression into the string CPython stores instead of its value.
//!
//! The text must equal CPython 3.11's (`Python/ast_unparse.c`): minimal parentheses by
//! operator precedence, Python reprs for literals. Exotic nodes inside annotations render
//! reasonably but are not guaranteed to match character for character.

use std::fmt::Write;

use super::error_at;
use crate::grammar::ast::*;

const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Validate `from __future__` imports of a module body; true when `annotations` is on.
pub(crate) fn future_annotations(body: &[Stmt]) -> Result<bool, ParseError> {
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if &**m == "__future__" => {
                if !at_start {
                    return Err(error_at(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span,
                    ));
                }
                for a in names {
                    match &*a.name {
                        "annotations" => annotations = true,
                        "braces" => return Err(future_error("not a chance", s.span)),
                        n if FEATURES.contains(&n) => {}
                        n => {
                            let msg = format!("future feature {n} is not defined");
                            return Err(future_error(&msg, s.span));
                        }
                    }
                }
            }
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(_)),
                ..
            }) if i == 0 => {}
            _ => at_start = false,
        }
    }
    Ok(annotations)
}

/// CPython reports these at the statement start without an end column.
fn future_error(msg: &str, span: Span) -> ParseError {
    let mut e = error_at(msg, span);
    e.end_col = None;
    e
}

// Precedence levels of the unparser.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The source text of an annotation, as stored under `from __future__ import annotations`.
pub(crate) fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn binop_info(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", ARITH),
        BinOp::Sub => ("-", ARITH),
        BinOp::Mult => ("*", TERM),
        BinOp::MatMult => ("@", TERM),
        BinOp::Div => ("/", TERM),
        BinOp::Mod => ("%", TERM),
        BinOp::FloorDiv => ("//", TERM),
        BinOp::Pow => ("**", POWER),
        BinOp::LShift => ("<<", SHIFT),
        BinOp::RShift => (">>", SHIFT),
        BinOp::BitOr => ("|", BOR),
        BinOp::BitXor => ("^", BXOR),
        BinOp::BitAnd => ("&", BAND),
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn seq(out: &mut String, items: &[Expr], level: u8) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    let paren = |out: &mut String, open: bool, s: &str| {
        if open {
            out.push_str(s);
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = match op {
                BoolOpKind::And => (" and ", AND),
                BoolOpKind::Or => (" or ", OR),
            };
            paren(out, level > pr, "(");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                expr(out, v, pr + 1);
            }
            paren(out, level > pr, ")");
        }
        ExprKind::NamedExpr { target, value } => {
            paren(out, level > TUPLE, "(");
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
            paren(out, level > TUPLE, ")");
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = binop_info(*op);
            let rassoc = u8::from(*op == BinOp::Pow);
            paren(out, level > pr, "(");
            expr(out, left, pr + rassoc);
            let _ = write!(out, " {s} ");
            expr(out, right, pr + 1 - rassoc);
            paren(out, level > pr, ")");
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            paren(out, level > pr, "(");
            out.push_str(s);
            expr(out, operand, pr);
            paren(out, level > pr, ")");
        }
        ExprKind::Lambda { args, body } => {
            paren(out, level > TEST, "(");
            out.push_str("lambda");
            let names: Vec<&str> = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .map(|a| &*a.name)
                .collect();
            if !names.is_empty() || args.vararg.is_some() || args.kwarg.is_some() {
                out.push(' ');
            }
            let mut parts: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            if let Some(v) = &args.vararg {
                parts.push(format!("*{}", v.name));
            }
            if let Some(k) = &args.kwarg {
                parts.push(format!("**{}", k.name));
            }
            out.push_str(&parts.join(", "));
            out.push_str(": ");
            expr(out, body, TEST);
            paren(out, level > TEST, ")");
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren(out, level > TEST, "(");
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            paren(out, level > TEST, ")");
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) if elts.is_empty() => out.push_str("{*()}"),
        ExprKind::Set(elts) => {
            out.push('{');
            seq(out, elts, TEST);
            out.push('}');
        }
        ExprKind::List(elts) => {
            out.push('[');
            seq(out, elts, TEST);
            out.push(']');
        }
        ExprKind::Tuple(elts) => {
            let open = level > TUPLE || elts.is_empty();
            paren(out, open, "(");
            seq(out, elts, TEST);
            if elts.len() == 1 {
                out.push(',');
            }
            paren(out, open, ")");
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Await(v) => {
            paren(out, level > AWAIT, "(");
            out.push_str("await ");
            expr(out, v, ATOM);
            paren(out, level > AWAIT, ")");
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            paren(out, level > CMP, "(");
            expr(out, left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                let _ = write!(out, " {} ", cmp_str(*op));
                expr(out, c, CMP + 1);
            }
            paren(out, level > CMP, ")");
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, ATOM);
            if let (
                [g @ Expr {
                    kind: ExprKind::GeneratorExp { .. },
                    ..
                }],
                true,
            ) = (args.as_slice(), keywords.is_empty())
            {
                expr(out, g, TEST);
                return;
            }
            out.push('(');
            seq(out, args, TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        let _ = write!(out, "{name}=");
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        ExprKind::JoinedStr(parts) => {
            out.push('f');
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            let _ = write!(out, ".{attr}");
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(elts) if !elts.is_empty() => {
                    seq(out, elts, TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, BOR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, TEST + 1);
        }
    }
}

fn fstring_body(out: &mut String, parts: &[FStringPart]) {
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Value {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = String::new();
                expr(&mut inner, value, TEST + 1);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Some(c) = conversion {
                    let _ = write!(out, "!{c}");
                }
                if !format_spec.is_empty() {
                    out.push(':');
                    fstring_body(out, format_spec);
                }
                out.push('}');
            }
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Imaginary(f) => {
            let _ = write!(out, "{}j", float_repr(*f));
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => {
            out.push('b');
            let text: String = b.iter().map(|&x| x as char).collect();
            out.push_str(&quote(&text, true));
        }
    }
}

/// Python's `repr(float)`, with infinity spelled `1e309` as the unparser does.
fn float_repr(f: f64) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..16).contains(&exp) {
        let s = format!("{f}");
        if s.contains('.') {
            s
        } else {
            s + ".0"
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    }
}

fn str_repr(s: &str) -> String {
    quote(s, false)
}

/// Python's repr quoting: single quotes unless the text has `'` and no `"`.
fn quote(s: &str, bytes: bool) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f || (bytes && c as u32 >= 0x80) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if !bytes && (0x80..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
