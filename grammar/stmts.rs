//! Statement builders called from the grammar's actions, including the assignment-target
//! checks that CPython 3.11 performs while parsing.
//!
//! What must stay true: a compound statement's span runs from its first keyword (`async`
//! included, decorators excluded, as in CPython) to the end of its last nested statement
//! (a trailing `;` included); every assignment-like target passes
//! `targets::invalid_target` before a node is built. Statements are boxed while they sit
//! on the parser stack (see `stmt`).

use super::actions::{check_target, exprs, Ctx, Ex};
use super::args::{build_params, CallArgs, ParamItem};
use super::ast::*;
use super::errors::{fail, Error, PResult};
use super::targets::{expr_name, invalid_target, starts_with_bitwise_or, TargetKind};

/// Statements are boxed while on the parser's stack: `Stmt` is large, and every parser
/// symbol is as big as the largest one.
pub fn stmt(ctx: &Ctx<'_>, kind: StmtKind, lo: usize, hi: usize) -> Box<Stmt> {
    Box::new(Stmt {
        span: ctx.span(lo, hi),
        kind,
    })
}

fn is_unparenthesized(x: &Ex, pred: fn(&ExprKind) -> bool) -> bool {
    !x.paren && pred(&x.e.kind)
}

/// `t1 = t2 = value`.
pub fn assign(ctx: &Ctx<'_>, first: Ex, rest: Vec<Ex>, lo: usize, hi: usize) -> PResult<Box<Stmt>> {
    let mut parts = Vec::with_capacity(rest.len() + 1);
    parts.push(first);
    parts.extend(rest);
    let Some(value) = parts.pop() else {
        return fail(Error::syntax("invalid syntax", lo, Some(hi)));
    };
    if let [t] = parts.as_slice() {
        if invalid_target(&t.e, TargetKind::Assign).is_some() {
            let excluded = matches!(
                t.e.kind,
                ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::GeneratorExp { .. }
            ) || (!t.paren
                && matches!(
                    t.e.kind,
                    ExprKind::Constant(Constant::True | Constant::False | Constant::None)
                ));
            let not_bitwise_or = is_unparenthesized(t, |k| {
                matches!(
                    k,
                    ExprKind::Compare { .. }
                        | ExprKind::BoolOp { .. }
                        | ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            ..
                        }
                        | ExprKind::IfExp { .. }
                        | ExprKind::Lambda { .. }
                        | ExprKind::Starred(_)
                        | ExprKind::Yield(_)
                        | ExprKind::YieldFrom(_)
                )
            });
            if !excluded && !not_bitwise_or && starts_with_bitwise_or(&value.e, value.paren) {
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&t.e)
                );
                return fail(ctx.error_at(&t.e, msg));
            }
        }
    }
    for t in &parts {
        if is_unparenthesized(t, |k| {
            matches!(k, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
        }) {
            return fail(ctx.error_at(&t.e, "assignment to yield expression not possible"));
        }
        check_target(ctx, t, TargetKind::Assign)?;
    }
    let kind = StmtKind::Assign {
        targets: exprs(parts),
        value: value.e,
    };
    Ok(stmt(ctx, kind, lo, hi))
}

pub fn aug_assign(
    ctx: &Ctx<'_>,
    target: Ex,
    op: BinOp,
    value: Ex,
    lo: usize,
    hi: usize,
) -> PResult<Box<Stmt>> {
    if !matches!(
        target.e.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(&target.e)
        );
        return fail(ctx.error_at(&target.e, msg));
    }
    let kind = StmtKind::AugAssign {
        target: target.e,
        op,
        value: value.e,
    };
    Ok(stmt(ctx, kind, lo, hi))
}

pub fn ann_assign(
    ctx: &Ctx<'_>,
    target: Ex,
    colon: usize,
    annotation: Ex,
    value: Option<Ex>,
    lo: usize,
    hi: usize,
) -> PResult<Box<Stmt>> {
    match &target.e.kind {
        ExprKind::Tuple(elts) => {
            let msg = "only single target (not tuple) can be annotated";
            return fail(match elts.first() {
                Some(first) if !target.paren => ctx.error_at(first, msg),
                _ => ctx.error_at(&target.e, msg),
            });
        }
        ExprKind::List(_) => {
            return fail(ctx.error_at(&target.e, "only single target (not list) can be annotated"))
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        // `*a: int` is not an expression statement CPython can even start to parse.
        ExprKind::Starred(_) if !target.paren => {
            return fail(Error::syntax("invalid syntax", colon, Some(colon + 1)))
        }
        _ => return fail(ctx.error_at(&target.e, "illegal target for annotation")),
    }
    let simple = matches!(target.e.kind, ExprKind::Name(_)) && !target.paren;
    let kind = StmtKind::AnnAssign {
        target: target.e,
        annotation: annotation.e,
        value: value.map(|v| v.e),
        simple,
    };
    Ok(stmt(ctx, kind, lo, hi))
}

pub fn delete(ctx: &Ctx<'_>, t: Ex, lo: usize, hi: usize) -> PResult<Box<Stmt>> {
    check_target(ctx, &t, TargetKind::Del)?;
    let targets = match t.e.kind {
        ExprKind::Tuple(elts) if !t.paren => elts,
        _ => vec![t.e],
    };
    Ok(stmt(ctx, StmtKind::Delete(targets), lo, hi))
}

pub fn if_stmt(
    ctx: &Ctx<'_>,
    lo: usize,
    test: Ex,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Ex, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Box<Stmt> {
    // Build the elif chain from the end: each `elif` is an `If` in the previous orelse.
    let mut tail = orelse.unwrap_or_default();
    for (elo, etest, ebody) in elifs.into_iter().rev() {
        let last = if tail.is_empty() { &ebody } else { &tail };
        let span = ctx.block_span(elo, last);
        let kind = StmtKind::If {
            test: etest.e,
            body: ebody,
            orelse: tail,
        };
        tail = vec![Stmt { span, kind }];
    }
    let last = if tail.is_empty() { &body } else { &tail };
    let span = ctx.block_span(lo, last);
    Box::new(Stmt {
        span,
        kind: StmtKind::If {
            test: test.e,
            body,
            orelse: tail,
        },
    })
}

pub fn while_stmt(
    ctx: &Ctx<'_>,
    lo: usize,
    test: Ex,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Box<Stmt> {
    let orelse = orelse.unwrap_or_default();
    let span = ctx.block_span(lo, if orelse.is_empty() { &body } else { &orelse });
    Box::new(Stmt {
        span,
        kind: StmtKind::While {
            test: test.e,
            body,
            orelse,
        },
    })
}

pub fn for_stmt(
    ctx: &Ctx<'_>,
    lo: usize,
    target: Ex,
    iter: Ex,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> PResult<Box<Stmt>> {
    check_target(ctx, &target, TargetKind::For)?;
    let orelse = orelse.unwrap_or_default();
    let span = ctx.block_span(lo, if orelse.is_empty() { &body } else { &orelse });
    Ok(Box::new(Stmt {
        span,
        kind: StmtKind::For {
            is_async: false,
            target: target.e,
            iter: iter.e,
            body,
            orelse,
        },
    }))
}

pub fn handler(
    ctx: &Ctx<'_>,
    lo: usize,
    typ: Option<(Ex, Option<Ident>)>,
    body: Vec<Stmt>,
) -> Box<ExceptHandler> {
    let (typ, name) = match typ {
        Some((t, n)) => (Some(t.e), n),
        None => (None, None),
    };
    Box::new(ExceptHandler {
        span: ctx.block_span(lo, &body),
        typ,
        name,
        body,
    })
}

pub fn try_stmt(
    ctx: &Ctx<'_>,
    lo: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Box<Stmt> {
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let (line, col) = ctx.idx.pos(lo);
    let end = if !finalbody.is_empty() || !orelse.is_empty() {
        let last = if finalbody.is_empty() {
            &orelse
        } else {
            &finalbody
        };
        ctx.stmts_end(last).unwrap_or((line, col))
    } else if let Some(h) = handlers.last() {
        (h.span.end_line, h.span.end_col)
    } else {
        ctx.stmts_end(&body).unwrap_or((line, col))
    };
    Box::new(Stmt {
        span: Span {
            line,
            col,
            end_line: end.0,
            end_col: end.1,
        },
        kind: StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
    })
}

pub fn with_item(ctx: &Ctx<'_>, e: Ex, vars: Option<Ex>) -> PResult<Box<WithItem>> {
    if let Some(v) = &vars {
        check_target(ctx, v, TargetKind::Assign)?;
    }
    Ok(Box::new(WithItem {
        context_expr: e.e,
        optional_vars: vars.map(|v| v.e),
    }))
}

pub fn with_stmt(ctx: &Ctx<'_>, lo: usize, items: Vec<WithItem>, body: Vec<Stmt>) -> Box<Stmt> {
    Box::new(Stmt {
        span: ctx.block_span(lo, &body),
        kind: StmtKind::With {
            is_async: false,
            items,
            body,
        },
    })
}

pub fn funcdef(
    ctx: &Ctx<'_>,
    lo: usize,
    name: Ident,
    params: Option<Vec<ParamItem>>,
    returns: Option<Ex>,
    body: Vec<Stmt>,
) -> PResult<Box<Stmt>> {
    let args = match params {
        Some(items) => build_params(ctx, items, None)?.0,
        None => Arguments::default(),
    };
    let def = FunctionDef {
        name,
        args,
        body,
        decorators: vec![],
        returns: returns.map(|r| r.e),
        is_async: false,
    };
    Ok(Box::new(Stmt {
        span: ctx.block_span(lo, &def.body),
        kind: StmtKind::FunctionDef(Box::new(def)),
    }))
}

pub fn classdef(
    ctx: &Ctx<'_>,
    lo: usize,
    name: Ident,
    args: Option<(Option<Box<CallArgs>>, usize)>,
    body: Vec<Stmt>,
) -> PResult<Box<Stmt>> {
    let (bases, keywords) = match args {
        Some((Some(a), rpar)) => {
            a.check_order(rpar)?;
            if let Some((_, _, for_pos)) = a.genexp {
                return fail(Error::syntax("invalid syntax", for_pos, Some(for_pos + 3)));
            }
            (exprs(a.args), a.keywords)
        }
        _ => (vec![], vec![]),
    };
    let def = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators: vec![],
    };
    Ok(Box::new(Stmt {
        span: ctx.block_span(lo, &def.body),
        kind: StmtKind::ClassDef(Box::new(def)),
    }))
}

pub fn decorated(decorators: Vec<Ex>, mut s: Box<Stmt>) -> Box<Stmt> {
    let decos = exprs(decorators);
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decos,
        StmtKind::ClassDef(c) => c.decorators = decos,
        _ => {}
    }
    s
}

/// `async def` / `async for` / `async with`: the statement starts at `async`.
pub fn make_async(ctx: &Ctx<'_>, lo: usize, mut s: Box<Stmt>) -> Box<Stmt> {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => {}
    }
    let (line, col) = ctx.idx.pos(lo);
    s.span.line = line;
    s.span.col = col;
    s
}

pub fn alias(ctx: &Ctx<'_>, name: Ident, asname: Option<Ident>, lo: usize, hi: usize) -> Alias {
    Alias {
        name,
        asname,
        span: ctx.span(lo, hi),
    }
}

pub fn dotted(first: Ident, rest: Vec<Ident>) -> Ident {
    if rest.is_empty() {
        return first;
    }
    let mut s = first.to_string();
    for part in rest {
        s.push('.');
        s.push_str(&part);
    }
    s.into()
}
