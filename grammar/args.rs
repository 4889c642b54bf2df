//! Parameter lists (`def` / `lambda`) and call argument lists: the grammar accepts a flat
//! list of items and these functions check their order and build the AST, with
//! CPython 3.11's messages ("non-default argument follows default argument",
//! "positional argument follows keyword argument", ...).
//!
//! What must stay true: `Arguments.defaults` belongs to the *last* parameters of
//! `posonlyargs ++ args`; `kw_defaults` has exactly one entry per keyword-only parameter.

use super::actions::{boxed, comprehension, CompKind, Comps, Ctx, Ex};
use super::ast::*;
use super::errors::{fail, Error, PResult};
use super::targets::expr_name;

/// One item of a parameter list; positions are byte offsets of the item's extent.
pub enum ParamItem {
    Plain {
        arg: Arg,
        ann_d: u32,
        default: Option<(usize, Ex)>,
        lo: usize,
        hi: usize,
    },
    Star {
        arg: Option<(Arg, u32)>,
        default: Option<(usize, Ex)>,
        lo: usize,
        hi: usize,
    },
    DStar {
        arg: Arg,
        ann_d: u32,
        default: Option<(usize, Ex)>,
        lo: usize,
        hi: usize,
    },
    Slash {
        lo: usize,
        hi: usize,
    },
}

impl ParamItem {
    fn range(&self) -> (usize, usize) {
        match self {
            ParamItem::Plain { lo, hi, .. }
            | ParamItem::Star { lo, hi, .. }
            | ParamItem::DStar { lo, hi, .. }
            | ParamItem::Slash { lo, hi } => (*lo, *hi),
        }
    }
}

/// A parameter and the depth of its annotation (boxed: it is large and lives on the
/// parser's stack).
pub fn arg(ctx: &Ctx<'_>, name: Ident, ann: Option<Ex>, lo: usize, hi: usize) -> Box<(Arg, u32)> {
    let d = ann.as_ref().map_or(0, |a| a.d);
    let arg = Arg {
        name,
        annotation: ann.map(|a| a.e),
        span: ctx.span(lo, hi),
    };
    Box::new((arg, d))
}

/// Checks parameter order and builds `Arguments` plus the depth of its deepest default
/// or annotation. `end` is where a lambda's `:` is (CPython reports the bare-`*` error
/// there for lambdas), or None for `def`.
pub fn build_params(
    ctx: &Ctx<'_>,
    items: Vec<ParamItem>,
    lambda_colon: Option<usize>,
) -> PResult<(Arguments, u32)> {
    let mut a = Arguments::default();
    let mut d = 0u32;
    let mut seen_slash = false;
    let mut seen_default = false;
    let mut star: Option<usize> = None;
    let mut bare_star_pending = false;
    let mut seen_kwarg = false;
    let err = |msg: &str, lo: usize, hi: usize| fail(Error::syntax(msg, lo, Some(hi)));
    for item in items {
        let (lo, hi) = item.range();
        if seen_kwarg {
            return err("arguments cannot follow var-keyword argument", lo, hi);
        }
        match item {
            ParamItem::Slash { lo, hi } => {
                if seen_slash {
                    return err("/ may appear only once", lo, hi);
                }
                if star.is_some() {
                    return err("/ must be ahead of *", lo, hi);
                }
                if a.args.is_empty() {
                    return err("at least one argument must precede /", lo, hi);
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Plain {
                arg,
                ann_d,
                default,
                lo,
                hi,
            } => {
                d = d.max(ann_d);
                if star.is_some() {
                    bare_star_pending = false;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default.map(|(_, x)| {
                        d = d.max(x.d);
                        x.e
                    }));
                    continue;
                }
                match default {
                    Some((_, x)) => {
                        seen_default = true;
                        d = d.max(x.d);
                        a.defaults.push(x.e);
                    }
                    None if seen_default => {
                        return err("non-default argument follows default argument", lo, hi);
                    }
                    None => {}
                }
                a.args.push(arg);
            }
            ParamItem::Star {
                arg, default, lo, ..
            } => {
                if star.is_some() {
                    return err("* argument may appear only once", lo, lo + 1);
                }
                if let Some((eq, _)) = default {
                    return err(
                        "var-positional argument cannot have default value",
                        eq,
                        eq + 1,
                    );
                }
                star = Some(lo);
                match arg {
                    Some((arg, ann_d)) => {
                        d = d.max(ann_d);
                        a.vararg = Some(arg);
                    }
                    None => bare_star_pending = true,
                }
            }
            ParamItem::DStar {
                arg,
                ann_d,
                default,
                ..
            } => {
                if let Some((eq, _)) = default {
                    return err("var-keyword argument cannot have default value", eq, eq + 1);
                }
                if bare_star_pending {
                    return bare_star_error(star.unwrap_or(lo), lambda_colon.map(|_| lo));
                }
                d = d.max(ann_d);
                seen_kwarg = true;
                a.kwarg = Some(arg);
            }
        }
    }
    if bare_star_pending {
        return bare_star_error(star.unwrap_or(0), lambda_colon);
    }
    check_duplicates(ctx, &a)?;
    Ok((a, d))
}

/// `def f(a, a)`: CPython's symbol table reports the second occurrence.
fn check_duplicates(ctx: &Ctx<'_>, a: &Arguments) -> PResult<()> {
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg);
    let mut seen = std::collections::HashSet::new();
    for arg in all {
        if !seen.insert(arg.name.clone()) {
            let pos = ctx.offset(arg.span.line, arg.span.col);
            let msg = format!("duplicate argument '{}' in function definition", arg.name);
            return fail(Error::syntax(msg, pos, Some(pos + arg.name.len())));
        }
    }
    Ok(())
}

fn bare_star_error<T>(star: usize, lambda_pos: Option<usize>) -> PResult<T> {
    let pos = lambda_pos.unwrap_or(star);
    fail(Error::syntax(
        "named arguments must follow bare *",
        pos,
        Some(pos + 1),
    ))
}

/// One item of a call's argument list.
pub enum ArgItem {
    Pos(Ex),
    /// An unparenthesised generator expression; `for_pos` is where its `for` is.
    Genexp {
        elt: Ex,
        comps: Comps,
        for_pos: usize,
        lo: usize,
        hi: usize,
    },
    Kw {
        key: Ex,
        value: Ex,
        eq: usize,
        lo: usize,
        hi: usize,
    },
    Star(Ex, usize, usize),
    DStar(Ex, usize, usize),
}

/// A checked argument list, not yet attached to a call.
pub struct CallArgs {
    pub args: Vec<Ex>,
    pub keywords: Vec<Keyword>,
    pub d: u32,
    /// `f(x for x in y)`: the generator expression (built when the call's parentheses are
    /// known, since CPython gives it their span) and where its `for` is.
    pub genexp: Option<(Ex, Comps, usize)>,
    /// A positional argument after keywords: reported once the `)` is known.
    pub misordered: Option<&'static str>,
}

impl CallArgs {
    /// Raises a deferred ordering error at the closing parenthesis `rpar`.
    pub fn check_order(&self, rpar: usize) -> PResult<()> {
        match self.misordered {
            Some(msg) => fail(Error::syntax(msg, rpar, Some(rpar + 1))),
            None => Ok(()),
        }
    }
}

pub fn build_call_args(
    ctx: &Ctx<'_>,
    items: Vec<ArgItem>,
    trailing: bool,
) -> PResult<Box<CallArgs>> {
    let n = items.len();
    let mut out = CallArgs {
        args: Vec::new(),
        keywords: Vec::new(),
        d: 0,
        genexp: None,
        misordered: None,
    };
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            ArgItem::Genexp {
                elt,
                comps,
                for_pos,
                lo,
                hi,
            } => {
                if n > 1 || trailing {
                    return fail(Error::syntax(
                        "Generator expression must be parenthesized",
                        lo,
                        Some(hi),
                    ));
                }
                out.d = elt.d.max(comps.d) + 1;
                out.genexp = Some((elt, comps, for_pos));
            }
            ArgItem::Pos(x) => {
                if (seen_dstar || seen_kw) && out.misordered.is_none() {
                    // CPython reports this at the token after the arguments (the `)`).
                    out.misordered = Some(if seen_dstar {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    });
                }
                out.d = out.d.max(x.d);
                out.args.push(x);
            }
            ArgItem::Star(x, lo, hi) => {
                if seen_dstar {
                    return fail(Error::syntax(
                        "iterable argument unpacking follows keyword argument unpacking",
                        lo,
                        Some(lo + 1),
                    ));
                }
                out.d = out.d.max(x.d + 1);
                let d = x.d + 1;
                out.args
                    .push(ctx.ex(ExprKind::Starred(boxed(x)), lo, hi, d)?);
            }
            ArgItem::Kw {
                key,
                value,
                eq,
                lo,
                hi,
            } => {
                let name = match &key.e.kind {
                    ExprKind::Name(id) if !key.paren => id.clone(),
                    ExprKind::Constant(Constant::True | Constant::False | Constant::None) => {
                        let msg = format!("cannot assign to {}", expr_name(&key.e));
                        return fail(Error::syntax(msg, lo, Some(eq + 1)));
                    }
                    _ => {
                        return fail(Error::syntax(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            lo,
                            Some(eq + 1),
                        ))
                    }
                };
                seen_kw = true;
                out.d = out.d.max(value.d);
                out.keywords.push(Keyword {
                    arg: Some(name),
                    value: value.e,
                    span: ctx.span(lo, hi),
                });
            }
            ArgItem::DStar(x, lo, hi) => {
                seen_dstar = true;
                out.d = out.d.max(x.d);
                out.keywords.push(Keyword {
                    arg: None,
                    value: x.e,
                    span: ctx.span(lo, hi),
                });
            }
        }
    }
    Ok(Box::new(out))
}

/// `f(args)`: `parens` are the offsets of the call's `(` and `)`.
pub fn call(
    ctx: &Ctx<'_>,
    func: Ex,
    args: Option<Box<CallArgs>>,
    (lpar, rpar): (usize, usize),
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    let Some(args) = args else {
        let d = func.d + 1;
        let kind = ExprKind::Call {
            func: boxed(func),
            args: vec![],
            keywords: vec![],
        };
        return ctx.ex(kind, lo, hi, d);
    };
    args.check_order(rpar)?;
    let args = *args;
    let mut positional: Vec<Expr> = args.args.into_iter().map(|x| x.e).collect();
    if let Some((elt, comps, _)) = args.genexp {
        positional.push(comprehension(ctx, CompKind::Gen, elt, comps, lpar, hi)?.e);
    }
    let d = func.d.max(args.d) + 1;
    let kind = ExprKind::Call {
        func: boxed(func),
        args: positional,
        keywords: args.keywords,
    };
    ctx.ex(kind, lo, hi, d)
}

/// `lambda params: body`; `colon` is where the `:` is.
pub fn lambda(
    ctx: &Ctx<'_>,
    params: Option<Vec<ParamItem>>,
    colon: usize,
    body: Ex,
    lo: usize,
    hi: usize,
) -> PResult<Ex> {
    let (args, d) = match params {
        Some(items) => build_params(ctx, items, Some(colon))?,
        None => (Arguments::default(), 0),
    };
    let d = d.max(body.d) + 1;
    let kind = ExprKind::Lambda {
        args: Box::new(args),
        body: boxed(body),
    };
    ctx.ex(kind, lo, hi, d)
}
