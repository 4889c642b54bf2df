//! The `match` statement, lowered to ordinary statements while parsing: the subject is
//! stored in a hidden variable and each `case` becomes one test of an `if`/`elif` chain.
//! Patterns are parsed as expressions and turned into boolean expressions here: captures
//! bind with `:=` (as CPython, a failed case may leave bindings from a partial match),
//! literals compare with `==` (`is` for None/True/False), and sequence, mapping and class
//! patterns call the frozen `_match` module, which returns the parts to match further
//! (held in hidden variables) or None.
//!
//! Must stay true: evaluation order and semantics of CPython's pattern matching for the
//! supported pattern forms; every invalid pattern is a SyntaxError, never a panic.

use super::actions::{Ctx, Ex};
use super::ast::*;
use super::errors::{fail, Error, PResult};
use std::rc::Rc;

pub struct MatchCase {
    pub lo: usize,
    pub pattern: Ex,
    pub as_name: Option<Ident>,
    pub guard: Option<Ex>,
    pub body: Vec<Stmt>,
}

struct Lower<'a, 'c> {
    ctx: &'a Ctx<'c>,
    /// Byte offset reported for invalid patterns (the `case` keyword).
    pos: usize,
}

fn node(span: Span, kind: ExprKind) -> Expr {
    Expr { span, kind }
}

fn name(span: Span, id: &str) -> Expr {
    node(span, ExprKind::Name(Rc::from(id)))
}

fn constant(span: Span, c: Constant) -> Expr {
    node(span, ExprKind::Constant(c))
}

fn compare(span: Span, left: Expr, op: CmpOp, right: Expr) -> Expr {
    node(
        span,
        ExprKind::Compare {
            left: Box::new(left),
            ops: vec![op],
            comparators: vec![right],
        },
    )
}

fn all(span: Span, mut parts: Vec<Expr>) -> Expr {
    match parts.len() {
        0 => constant(span, Constant::True),
        1 => parts.remove(0),
        _ => node(
            span,
            ExprKind::BoolOp {
                op: BoolOpKind::And,
                values: parts,
            },
        ),
    }
}

/// `(target := value) is target`: binds and is always true.
fn bind(span: Span, target: &str, value: Expr) -> Expr {
    let named = node(
        span,
        ExprKind::NamedExpr {
            target: Box::new(name(span, target)),
            value: Box::new(value),
        },
    );
    compare(span, named, CmpOp::Is, name(span, target))
}

fn index(span: Span, v: &str, i: i64) -> Expr {
    node(
        span,
        ExprKind::Subscript {
            value: Box::new(name(span, v)),
            slice: Box::new(int(span, i)),
        },
    )
}

fn int(span: Span, i: i64) -> Expr {
    if i < 0 {
        node(
            span,
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(constant(span, Constant::Int((-i).into()))),
            },
        )
    } else {
        constant(span, Constant::Int(i.into()))
    }
}

/// `__import__('_match').<helper>(args...)`.
fn helper(span: Span, f: &str, args: Vec<Expr>) -> Expr {
    let module = node(
        span,
        ExprKind::Call {
            func: Box::new(name(span, "__import__")),
            args: vec![constant(span, Constant::Str("_match".into()))],
            keywords: vec![],
        },
    );
    let func = node(
        span,
        ExprKind::Attribute {
            value: Box::new(module),
            attr: Rc::from(f),
        },
    );
    node(
        span,
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords: vec![],
        },
    )
}

impl Lower<'_, '_> {
    fn temp(&self) -> String {
        let n = self.ctx.match_temps.get();
        self.ctx.match_temps.set(n + 1);
        format!("__match{n}__")
    }

    fn invalid<T>(&self, msg: &str) -> PResult<T> {
        fail(Error::syntax(msg, self.pos, None))
    }

    /// The test for `pattern` against the value of `subject` (a name).
    fn cond(&self, p: &Expr, subject: &str) -> PResult<Expr> {
        let sp = p.span;
        let s = || name(sp, subject);
        Ok(match &p.kind {
            ExprKind::Name(id) if &**id == "_" => constant(sp, Constant::True),
            ExprKind::Name(id) => bind(sp, id, s()),
            ExprKind::Constant(Constant::None | Constant::True | Constant::False) => {
                compare(sp, s(), CmpOp::Is, p.clone())
            }
            ExprKind::Constant(Constant::Ellipsis) => return self.invalid("invalid syntax"),
            ExprKind::Constant(_) | ExprKind::Attribute { .. } => {
                compare(sp, s(), CmpOp::Eq, p.clone())
            }
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } if matches!(operand.kind, ExprKind::Constant(_)) => {
                compare(sp, s(), CmpOp::Eq, p.clone())
            }
            ExprKind::BinOp {
                left,
                op: BinOp::Add | BinOp::Sub,
                right,
            } if matches!(right.kind, ExprKind::Constant(Constant::Imaginary(_)))
                && !matches!(left.kind, ExprKind::BinOp { .. }) =>
            {
                compare(sp, s(), CmpOp::Eq, p.clone())
            }
            ExprKind::BinOp {
                op: BinOp::BitOr, ..
            } => {
                let mut alts = Vec::new();
                flatten_or(p, &mut alts);
                let values = alts
                    .into_iter()
                    .map(|a| self.cond(a, subject))
                    .collect::<PResult<Vec<_>>>()?;
                node(
                    sp,
                    ExprKind::BoolOp {
                        op: BoolOpKind::Or,
                        values,
                    },
                )
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => self.sequence(sp, items, subject)?,
            ExprKind::Dict { keys, values } => self.mapping(sp, keys, values, subject)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.class(sp, func, args, keywords, subject)?,
            _ => return self.invalid("invalid pattern"),
        })
    }

    fn sequence(&self, sp: Span, items: &[Expr], subject: &str) -> PResult<Expr> {
        let stars: Vec<usize> = (0..items.len())
            .filter(|&i| matches!(items[i].kind, ExprKind::Starred(_)))
            .collect();
        if stars.len() > 1 {
            return self.invalid("multiple starred names in sequence pattern");
        }
        let n = items.len() as i64;
        let t = self.temp();
        let got = helper(
            sp,
            "seq",
            vec![
                name(sp, subject),
                int(sp, n),
                constant(
                    sp,
                    if stars.is_empty() {
                        Constant::False
                    } else {
                        Constant::True
                    },
                ),
            ],
        );
        let mut parts = vec![self.not_none(sp, &t, got)];
        let star = stars.first().copied();
        for (i, item) in items.iter().enumerate() {
            let i = i as i64;
            if let ExprKind::Starred(inner) = &item.kind {
                let ExprKind::Name(id) = &inner.kind else {
                    return self.invalid("invalid pattern");
                };
                if &**id != "_" {
                    let after = n - i - 1;
                    let slice = node(
                        sp,
                        ExprKind::Slice {
                            lower: Some(Box::new(int(sp, i))),
                            upper: (after > 0).then(|| Box::new(int(sp, -after))),
                            step: None,
                        },
                    );
                    let value = node(
                        sp,
                        ExprKind::Subscript {
                            value: Box::new(name(sp, &t)),
                            slice: Box::new(slice),
                        },
                    );
                    parts.push(bind(sp, id, value));
                }
                continue;
            }
            let at = match star {
                Some(k) if i as usize > k => i - n,
                _ => i,
            };
            self.sub_tests(sp, &t, std::iter::once((at, item)), &mut parts)?;
        }
        Ok(all(sp, parts))
    }

    /// For each (index, sub-pattern): bind a hidden name to `t[index]` and test it.
    fn sub_tests<'e>(
        &self,
        sp: Span,
        t: &str,
        subs: impl Iterator<Item = (i64, &'e Expr)>,
        parts: &mut Vec<Expr>,
    ) -> PResult<()> {
        for (i, p) in subs {
            let e = self.temp();
            parts.push(bind(sp, &e, index(sp, t, i)));
            parts.push(self.cond(p, &e)?);
        }
        Ok(())
    }

    /// `(t := value) is not None`.
    fn not_none(&self, sp: Span, t: &str, value: Expr) -> Expr {
        let named = node(
            sp,
            ExprKind::NamedExpr {
                target: Box::new(name(sp, t)),
                value: Box::new(value),
            },
        );
        compare(sp, named, CmpOp::IsNot, constant(sp, Constant::None))
    }

    fn mapping(
        &self,
        sp: Span,
        keys: &[Option<Expr>],
        values: &[Expr],
        subject: &str,
    ) -> PResult<Expr> {
        let mut key_exprs = Vec::new();
        let mut subpatterns = Vec::new();
        let mut rest = None;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    key_exprs.push(k.clone());
                    subpatterns.push(v);
                }
                None => match &v.kind {
                    ExprKind::Name(id) if &**id != "_" && rest.is_none() => rest = Some(id.clone()),
                    _ => return self.invalid("invalid pattern"),
                },
            }
        }
        let t = self.temp();
        let got = helper(
            sp,
            "mapping",
            vec![
                name(sp, subject),
                node(sp, ExprKind::Tuple(key_exprs)),
                constant(
                    sp,
                    if rest.is_some() {
                        Constant::True
                    } else {
                        Constant::False
                    },
                ),
            ],
        );
        let mut parts = vec![self.not_none(sp, &t, got)];
        let subs = subpatterns.into_iter().enumerate();
        self.sub_tests(sp, &t, subs.map(|(i, v)| (i as i64, v)), &mut parts)?;
        if let Some(r) = rest {
            parts.push(bind(sp, &r, index(sp, &t, -1)));
        }
        Ok(all(sp, parts))
    }

    fn class(
        &self,
        sp: Span,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
        subject: &str,
    ) -> PResult<Expr> {
        if !matches!(func.kind, ExprKind::Name(_) | ExprKind::Attribute { .. }) {
            return self.invalid("invalid pattern");
        }
        let mut names = Vec::new();
        for k in keywords {
            match &k.arg {
                Some(a) => names.push(constant(sp, Constant::Str(a.to_string()))),
                None => return self.invalid("invalid pattern"),
            }
        }
        let t = self.temp();
        let got = helper(
            sp,
            "cls",
            vec![
                name(sp, subject),
                func.clone(),
                int(sp, args.len() as i64),
                node(sp, ExprKind::Tuple(names)),
            ],
        );
        let mut parts = vec![self.not_none(sp, &t, got)];
        let subs = args.iter().chain(keywords.iter().map(|k| &k.value));
        self.sub_tests(
            sp,
            &t,
            subs.enumerate().map(|(i, p)| (i as i64, p)),
            &mut parts,
        )?;
        Ok(all(sp, parts))
    }
}

fn flatten_or<'e>(p: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &p.kind {
        ExprKind::BinOp {
            left,
            op: BinOp::BitOr,
            right,
        } => {
            flatten_or(left, out);
            flatten_or(right, out);
        }
        _ => out.push(p),
    }
}

/// `match subject: case ...` as `tmp = subject; if <case 1>: ... elif <case 2>: ...`.
pub fn match_stmt(
    ctx: &Ctx<'_>,
    lo: usize,
    subject: Ex,
    cases: Vec<MatchCase>,
    hi: usize,
) -> PResult<Vec<Stmt>> {
    let _ = hi;
    let low = Lower { ctx, pos: lo };
    let subj = low.temp();
    let assign = Stmt {
        span: subject.e.span,
        kind: StmtKind::Assign {
            targets: vec![name(subject.e.span, &subj)],
            value: subject.e,
        },
    };
    let mut tests = Vec::new();
    for c in cases {
        let low = Lower { ctx, pos: c.lo };
        let sp = c.pattern.e.span;
        let mut parts = vec![low.cond(&c.pattern.e, &subj)?];
        if let Some(n) = &c.as_name {
            parts.push(bind(sp, n, name(sp, &subj)));
        }
        if let Some(g) = c.guard {
            parts.push(g.e);
        }
        tests.push((ctx.span(c.lo, c.lo), all(sp, parts), c.body));
    }
    let mut tail: Vec<Stmt> = vec![];
    for (sp, test, body) in tests.into_iter().rev() {
        tail = vec![Stmt {
            span: sp,
            kind: StmtKind::If {
                test,
                body,
                orelse: tail,
            },
        }];
    }
    let mut out = vec![assign];
    out.extend(tail);
    Ok(out)
}
