//! Expression builders called from the grammar's actions, and the parse context.
//!
//! What must stay true: every expression is built through `Ctx::ex`, which records its
//! nesting depth (`Ex::d`) and rejects trees deeper than `MAX_DEPTH`. That bound is what
//! lets every later pass (target checks here, the compiler, `Drop`) recurse safely: no
//! input can produce a deeper AST, whatever the token stream looks like.

use super::ast::*;
use super::errors::{fail, Error, PResult};
use super::source::LineIndex;
use super::targets::{expr_name, invalid_target, TargetKind};
use std::cell::Cell;

/// Deepest expression nesting accepted (CPython 3.11 stops near 3000 as well).
pub const MAX_DEPTH: u32 = 3000;

/// Shared state of one parse (and of the f-string sub-parses it starts).
pub struct Ctx<'s> {
    pub idx: LineIndex<'s>,
    /// How many f-string sub-parses are active, to bound that recursion too.
    pub fstring_nesting: Cell<u32>,
    /// Set while error rules try trial parses: failures then skip the costly rules.
    pub quiet: Cell<bool>,
    /// Counter for the hidden variables of lowered `match` statements.
    pub match_temps: Cell<u32>,
}

impl<'s> Ctx<'s> {
    pub fn new(src: &'s str) -> Self {
        Ctx {
            idx: LineIndex::new(src),
            fstring_nesting: Cell::new(0),
            quiet: Cell::new(false),
            match_temps: Cell::new(0),
        }
    }

    pub fn src(&self) -> &'s str {
        self.idx.src()
    }

    pub fn span(&self, lo: usize, hi: usize) -> Span {
        let (line, col) = self.idx.pos(lo);
        let (end_line, end_col) = self.idx.pos(hi.max(lo));
        Span {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// A span from `lo` to the end of the last statement of a block.
    pub fn block_span(&self, lo: usize, last: &[Stmt]) -> Span {
        let (line, col) = self.idx.pos(lo);
        let (end_line, end_col) = self.stmts_end(last).unwrap_or((line, col));
        Span {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// Where a block ends: its last statement, plus a trailing `;` if there is one
    /// (CPython counts it as part of the enclosing compound statement).
    pub fn stmts_end(&self, stmts: &[Stmt]) -> Option<(u32, u32)> {
        let s = stmts.last()?;
        let end = self.offset(s.span.end_line, s.span.end_col);
        let rest = self.src().get(end..).unwrap_or("");
        let after = rest.trim_start_matches([' ', '\t', '\x0c']);
        if after.starts_with(';') {
            let semi = end + (rest.len() - after.len());
            return Some(self.idx.pos(semi + 1));
        }
        Some((s.span.end_line, s.span.end_col))
    }

    pub fn ex(&self, kind: ExprKind, lo: usize, hi: usize, d: u32) -> PResult<Ex> {
        if d > MAX_DEPTH {
            return fail(Error::syntax("expression nested too deeply", lo, None));
        }
        Ok(Ex {
            e: Expr {
                span: self.span(lo, hi),
                kind,
            },
            d,
            paren: false,
        })
    }

    pub fn leaf(&self, kind: ExprKind, lo: usize, hi: usize) -> Ex {
        Ex {
            e: Expr {
                span: self.span(lo, hi),
                kind,
            },
            d: 1,
            paren: false,
        }
    }

    /// Byte offset of a node's start (for errors that point at an existing node).
    pub fn offset(&self, line: u32, col: u32) -> usize {
        let idx = (line.max(1) - 1) as usize;
        let start = self.idx.line_start(idx.min(self.idx.line_count() - 1));
        let text = &self.src()[start..];
        start
            + text
                .char_indices()
                .nth(col as usize)
                .map_or(text.len(), |(i, _)| i)
    }

    /// Error pointing at the whole of `e` (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
    pub fn error_at(&self, e: &Expr, msg: impl Into<String>) -> Error {
        let pos = self.offset(e.span.line, e.span.col);
        let end = self.offset(e.span.end_line, e.span.end_col);
        Error::syntax(msg, pos, Some(end))
    }
}

/// The extent of the NEWLINE token after byte `pos` as CPython sees it: a comment
/// before the line break belongs to it.
pub fn newline_token_at(ctx: &Ctx<'_>, pos: usize) -> (usize, usize) {
    let rest = ctx.src().get(pos..).unwrap_or("");
    let after = rest.trim_start_matches([' ', '\t', '\x0c']);
    let start = pos + (rest.len() - after.len());
    if after.starts_with('#') {
        return (
            start,
            start + after.find(['\n', '\r']).unwrap_or(after.len()),
        );
    }
    (start, start)
}

/// An expression under construction: its nesting depth, and whether it was written in
/// parentheses (several CPython messages depend on that).
#[derive(Clone, Debug)]
pub struct Ex {
    pub e: Expr,
    pub d: u32,
    pub paren: bool,
}

pub fn depth(xs: &[Ex]) -> u32 {
    xs.iter().map(|x| x.d).max().unwrap_or(0)
}

pub fn exprs(xs: Vec<Ex>) -> Vec<Expr> {
    xs.into_iter().map(|x| x.e).collect()
}

pub fn boxed(x: Ex) -> Box<Expr> {
    Box::new(x.e)
}

pub fn name(ctx: &Ctx<'_>, id: Ident, lo: usize, hi: usize) -> Ex {
    ctx.leaf(ExprKind::Name(id), lo, hi)
}

pub fn constant(ctx: &Ctx<'_>, c: Constant, lo: usize, hi: usize) -> Ex {
    ctx.leaf(ExprKind::Constant(c), lo, hi)
}

pub fn binop(ctx: &Ctx<'_>, l: Ex, op: BinOp, r: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = l.d.max(r.d) + 1;
    let kind = ExprKind::BinOp {
        left: boxed(l),
        op,
        right: boxed(r),
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn unary(ctx: &Ctx<'_>, op: UnaryOp, e: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = e.d + 1;
    let kind = ExprKind::UnaryOp {
        op,
        operand: boxed(e),
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn boolop(
    ctx: &Ctx<'_>,
    op: BoolOpKind,
    first: Ex,
    rest: Vec<Ex>,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    let d = first.d.max(depth(&rest)) + 1;
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first.e);
    values.extend(exprs(rest));
    ctx.ex(ExprKind::BoolOp { op, values }, lo, hi, d)
}

pub fn compare(
    ctx: &Ctx<'_>,
    left: Ex,
    rest: Vec<(CmpOp, Ex)>,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    let d = rest.iter().map(|(_, x)| x.d).max().unwrap_or(0).max(left.d) + 1;
    let (ops, comparators) = rest.into_iter().map(|(op, x)| (op, x.e)).unzip();
    let kind = ExprKind::Compare {
        left: boxed(left),
        ops,
        comparators,
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn if_exp(ctx: &Ctx<'_>, body: Ex, test: Ex, orelse: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = body.d.max(test.d).max(orelse.d) + 1;
    let kind = ExprKind::IfExp {
        test: boxed(test),
        body: boxed(body),
        orelse: boxed(orelse),
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn named(ctx: &Ctx<'_>, target: Ex, value: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    if !matches!(target.e.kind, ExprKind::Name(_)) || target.paren {
        let what = expr_name(&target.e);
        return fail(ctx.error_at(
            &target.e,
            format!("cannot use assignment expressions with {what}"),
        ));
    }
    let d = target.d.max(value.d) + 1;
    let kind = ExprKind::NamedExpr {
        target: boxed(target),
        value: boxed(value),
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn starred(ctx: &Ctx<'_>, e: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = e.d + 1;
    ctx.ex(ExprKind::Starred(boxed(e)), lo, hi, d)
}

pub fn await_(ctx: &Ctx<'_>, e: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = e.d + 1;
    ctx.ex(ExprKind::Await(boxed(e)), lo, hi, d)
}

pub fn yield_(ctx: &Ctx<'_>, e: Option<Ex>, lo: usize, hi: usize) -> PResult<Ex> {
    let d = e.as_ref().map_or(0, |x| x.d) + 1;
    ctx.ex(ExprKind::Yield(e.map(boxed)), lo, hi, d)
}

pub fn yield_from(ctx: &Ctx<'_>, e: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = e.d + 1;
    ctx.ex(ExprKind::YieldFrom(boxed(e)), lo, hi, d)
}

pub fn attribute(ctx: &Ctx<'_>, v: Ex, attr: Ident, lo: usize, hi: usize) -> PResult<Ex> {
    let d = v.d + 1;
    let kind = ExprKind::Attribute {
        value: boxed(v),
        attr,
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn subscript(ctx: &Ctx<'_>, v: Ex, s: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    let d = v.d.max(s.d) + 1;
    let kind = ExprKind::Subscript {
        value: boxed(v),
        slice: boxed(s),
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn slice(
    ctx: &Ctx<'_>,
    lower: Option<Ex>,
    upper: Option<Ex>,
    step: Option<Option<Ex>>,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    let step = step.flatten();
    let d = [&lower, &upper, &step]
        .iter()
        .filter_map(|x| x.as_ref().map(|x| x.d))
        .max()
        .unwrap_or(0)
        + 1;
    let kind = ExprKind::Slice {
        lower: lower.map(boxed),
        upper: upper.map(boxed),
        step: step.map(boxed),
    };
    ctx.ex(kind, lo, hi, d)
}

/// `a, b` / `a,` make a tuple; a single element without a comma stays itself.
pub fn tuple_or_single(
    ctx: &Ctx<'_>,
    mut v: Vec<Ex>,
    trailing_comma: bool,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    if v.len() == 1 && !trailing_comma {
        if let Some(x) = v.pop() {
            return Ok(x);
        }
    }
    let d = depth(&v) + 1;
    ctx.ex(ExprKind::Tuple(exprs(v)), lo, hi, d)
}

/// `( ... )`: a parenthesised expression keeps its own span; tuples get the parens'.
pub fn paren(ctx: &Ctx<'_>, mut x: Ex, lo: usize, hi: usize) -> PResult<Ex> {
    match x.e.kind {
        ExprKind::Tuple(_) if !x.paren => {
            x.e.span = ctx.span(lo, hi);
        }
        ExprKind::Starred(_) => {
            return fail(ctx.error_at(&x.e, "cannot use starred expression here"));
        }
        _ => {}
    }
    x.paren = true;
    Ok(x)
}

pub fn list(ctx: &Ctx<'_>, v: Vec<Ex>, lo: usize, hi: usize) -> PResult<Ex> {
    let d = depth(&v) + 1;
    ctx.ex(ExprKind::List(exprs(v)), lo, hi, d)
}

pub fn set(ctx: &Ctx<'_>, v: Vec<Ex>, lo: usize, hi: usize) -> PResult<Ex> {
    let d = depth(&v) + 1;
    ctx.ex(ExprKind::Set(exprs(v)), lo, hi, d)
}

pub fn dict(ctx: &Ctx<'_>, items: Vec<(Option<Ex>, Ex)>, lo: usize, hi: usize) -> PResult<Ex> {
    let mut d = 0;
    let mut keys = Vec::with_capacity(items.len());
    let mut values = Vec::with_capacity(items.len());
    for (k, v) in items {
        d = d.max(v.d).max(k.as_ref().map_or(0, |k| k.d));
        keys.push(k.map(|k| k.e));
        values.push(v.e);
    }
    ctx.ex(ExprKind::Dict { keys, values }, lo, hi, d + 1)
}

/// Comprehension clauses with the depth of their deepest part.
pub struct Comps {
    pub v: Vec<Comprehension>,
    pub d: u32,
}

/// One `for ... in ... if ...` clause.
pub fn comp_clause(
    ctx: &Ctx<'_>,
    is_async: bool,
    target: Ex,
    iter: Ex,
    ifs: Vec<Ex>,
) -> PResult<Comps> {
    check_target(ctx, &target, TargetKind::For)?;
    let d = target.d.max(iter.d).max(depth(&ifs));
    let clause = Comprehension {
        target: target.e,
        iter: iter.e,
        ifs: exprs(ifs),
        is_async,
    };
    Ok(Comps { v: vec![clause], d })
}

pub fn comps_push(mut c: Comps, next: Comps) -> Comps {
    c.d = c.d.max(next.d);
    c.v.extend(next.v);
    c
}

#[derive(Clone, Copy)]
pub enum CompKind {
    List,
    Set,
    Gen,
}

pub fn comprehension(
    ctx: &Ctx<'_>,
    kind: CompKind,
    elt: Ex,
    gens: Comps,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    if let ExprKind::Starred(_) = elt.e.kind {
        return fail(ctx.error_at(&elt.e, "iterable unpacking cannot be used in comprehension"));
    }
    let d = elt.d.max(gens.d) + 1;
    let elt = boxed(elt);
    let generators = gens.v;
    let kind = match kind {
        CompKind::List => ExprKind::ListComp { elt, generators },
        CompKind::Set => ExprKind::SetComp { elt, generators },
        CompKind::Gen => ExprKind::GeneratorExp { elt, generators },
    };
    ctx.ex(kind, lo, hi, d)
}

pub fn dict_comp(
    ctx: &Ctx<'_>,
    key: Ex,
    value: Ex,
    gens: Comps,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    let d = key.d.max(value.d).max(gens.d) + 1;
    let kind = ExprKind::DictComp {
        key: boxed(key),
        value: boxed(value),
        generators: gens.v,
    };
    ctx.ex(kind, lo, hi, d)
}

/// Checks an assignment-like target (`for` targets, `with ... as`, comprehension
/// targets, `del`), reporting the first invalid part as CPython does.
pub fn check_target(ctx: &Ctx<'_>, t: &Ex, kind: TargetKind) -> PResult<()> {
    if let Some(bad) = invalid_target(&t.e, kind) {
        let what = expr_name(bad);
        let msg = match kind {
            TargetKind::Del => format!("cannot delete {what}"),
            _ => format!("cannot assign to {what}"),
        };
        return fail(ctx.error_at(bad, msg));
    }
    Ok(())
}
