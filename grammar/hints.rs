//! CPython's "second pass" error rules, applied to the failing token: they turn a bare
//! "invalid syntax" into the specific messages CPython 3.11 gives for common mistakes
//! ("Perhaps you forgot a comma?", "expected 'else' after 'if' expression", ...).
//!
//! What must stay true: these run only after a parse failed, on a re-lexed token list;
//! every sub-parse is of a bounded slice (at most a few hundred tokens), so error reporting
//! stays fast even for long inputs, and a rule that cannot be sure returns None.

use super::actions::{Ctx, Ex};
use super::ast::ExprKind;
use super::errors::Error;
use super::lexer::Mode;
use super::python;
use super::recover::{expects, Spanned};
use super::targets::{expr_name, invalid_target, TargetKind};
use super::token::Tok;
use super::Top;

fn is_open(t: &Tok) -> bool {
    matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar)
}

fn is_close(t: &Tok) -> bool {
    matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Bracket depth just before token `k` (f-string fields count as one open bracket).
fn depth_before(toks: &[Spanned], k: usize, mode: Mode) -> usize {
    let mut d: usize = if mode == Mode::FStringExpr { 1 } else { 0 };
    for t in &toks[..k.min(toks.len())] {
        if is_open(&t.1) {
            d += 1;
        } else if is_close(&t.1) {
            d = d.saturating_sub(1);
        }
    }
    d
}

/// Parses `toks[a..b]` as one expression; None unless the whole slice is one.
fn parse_slice(ctx: &Ctx<'_>, toks: &[Spanned], a: usize, b: usize) -> Option<Ex> {
    if a >= b || b > toks.len() {
        return None;
    }
    let start = toks[a].0;
    let stream = std::iter::once(Ok((start, Tok::StartExpr, start)))
        .chain(toks[a..b].iter().cloned().map(Ok));
    // Only success matters here: failures inside (e.g. in an f-string field) must not run
    // these rules again, or nested f-strings would multiply the work.
    let was_quiet = ctx.quiet.replace(true);
    let result = python::TopParser::new().parse(ctx, stream);
    ctx.quiet.set(was_quiet);
    match result {
        Ok(Top::Expr(e)) => Some(e),
        _ => None,
    }
}

/// Index one past the longest expression starting at `k` (stopping at a depth-0 comma,
/// newline or unmatched closer), if a complete expression starts there.
fn expr_end_from(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<(usize, Ex)> {
    let mut depth = 0usize;
    let mut limit = toks.len();
    for (i, t) in toks.iter().enumerate().skip(k) {
        if is_open(&t.1) {
            depth += 1;
        } else if is_close(&t.1) {
            if depth == 0 {
                limit = i;
                break;
            }
            depth -= 1;
        } else if depth == 0 && matches!(t.1, Tok::Comma | Tok::Newline | Tok::Semi | Tok::Colon) {
            limit = i;
            break;
        }
    }
    let limit = limit.min(k + 256);
    (k + 1..=limit)
        .rev()
        .find_map(|j| parse_slice(ctx, toks, k, j).map(|e| (j, e)))
}

/// Start index of the longest "disjunction" (no if-else, lambda, tuple, star) ending just
/// before `k`, searching back to the nearest depth-0 boundary.
fn disjunction_start(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut boundary = 0;
    for i in (0..k).rev() {
        let t = &toks[i].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                boundary = i + 1;
                break;
            }
            depth -= 1;
        } else if depth == 0
            && matches!(
                t,
                Tok::Comma
                    | Tok::Colon
                    | Tok::Equal
                    | Tok::ColonEqual
                    | Tok::Newline
                    | Tok::Indent
                    | Tok::Dedent
                    | Tok::StartExpr
                    | Tok::StartModule
                    | Tok::Semi
                    | Tok::If
                    | Tok::Else
                    | Tok::Lambda
                    | Tok::Return
                    | Tok::For
                    | Tok::Yield
            )
        {
            boundary = i + 1;
            break;
        }
    }
    let boundary = boundary.max(k.saturating_sub(64));
    (boundary..k).find(|&a| {
        parse_slice(ctx, toks, a, k).is_some_and(|x| {
            !matches!(
                x.e.kind,
                ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::Starred(_)
                    | ExprKind::NamedExpr { .. }
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
            ) && (x.paren || !matches!(x.e.kind, ExprKind::Tuple(_)))
        })
    })
}

/// The specific message for the failure at token `k`, if a rule recognises it.
pub fn second_pass(
    ctx: &Ctx<'_>,
    toks: &[Spanned],
    k: usize,
    mode: Mode,
    expected: &[String],
) -> Option<Error> {
    let cur = toks.get(k)?;
    let prev = toks.get(k.checked_sub(1)?)?;
    if cur.1 == Tok::Comma {
        if let Some(err) = except_tuple(toks, k) {
            return Some(err);
        }
    }
    if prev.1 == Tok::Arrow {
        return Some(Error::syntax("expected ':'", prev.0, Some(prev.2)));
    }
    if let Some(at) = forced_colon(ctx, toks, k) {
        let t = &toks[at];
        return Some(Error::syntax("expected ':'", t.0, Some(t.2)));
    }
    if cur.1 == Tok::LPar && matches!(prev.1, Tok::LPar | Tok::Comma) {
        if let Some(err) = parenthesized_parameter(toks, k) {
            return Some(err);
        }
    }
    if prev.1 == Tok::Equal {
        if let Some(err) = assignment_without_value(ctx, toks, k) {
            return Some(err);
        }
    }
    if prev.1 == Tok::Equal && matches!(cur.1, Tok::Comma | Tok::RPar) && in_parameter_list(toks, k)
    {
        return Some(Error::syntax(
            "expected default value expression",
            prev.0,
            Some(prev.2),
        ));
    }
    if let Some(err) = dict_key_without_colon(ctx, toks, k) {
        return Some(err);
    }
    if matches!(prev.1, Tok::Name(_)) && k >= 2 && toks[k - 2].1 == Tok::Def && cur.1 != Tok::LPar {
        return Some(Error::syntax("expected '('", cur.0, Some(cur.2)));
    }
    if prev.1 == Tok::Colon && matches!(cur.1, Tok::RBrace | Tok::Comma) {
        if let Some(open) = innermost_open(toks, k) {
            if toks[open].1 == Tok::LBrace {
                return Some(Error::syntax(
                    "expression expected after dictionary key and ':'",
                    prev.0,
                    Some(prev.2),
                ));
            }
        }
    }
    if expects(expected, "else") && cur.1 != Tok::Colon {
        return expected_else(ctx, toks, k);
    }
    if cur.1 == Tok::Equal {
        return assignment_in_expression(ctx, toks, k, mode);
    }
    if !prev.1.ends_expr() || !cur.1.starts_expr() || cur.1 == Tok::Not {
        return None;
    }
    if is_name(&prev.1, &["print", "exec"]) && cur.1 != Tok::LPar {
        return legacy_print(ctx, toks, k);
    }
    if depth_before(toks, k, mode) > 0 && !line_starts_with(toks, k, &[Tok::From, Tok::Import]) {
        return forgot_comma(ctx, toks, k);
    }
    None
}

/// CPython insists on `:` right after `try`, `else`, `finally` and a complete `def`
/// header (after the longest return annotation), whatever comes instead. Returns the
/// index of the token to report.
fn forced_colon(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<usize> {
    let start = line_start(toks, k);
    match toks[start].1 {
        Tok::Try | Tok::Else | Tok::Finally => {
            (k == start + 1 && toks[k].1 != Tok::Colon).then_some(k)
        }
        Tok::Def | Tok::Async => {
            let def = if toks[start].1 == Tok::Async {
                start + 1
            } else {
                start
            };
            if toks.get(def).map(|t| &t.1) != Some(&Tok::Def)
                || toks.get(def + 2).map(|t| &t.1) != Some(&Tok::LPar)
            {
                return None;
            }
            let close = matching_close(toks, def + 2)?;
            if k <= close {
                return None;
            }
            if toks[close + 1].1 != Tok::Arrow {
                return (k == close + 1 && toks[k].1 != Tok::Colon).then_some(k);
            }
            let (j, _) = expr_end_from(ctx, toks, close + 2)?;
            (j <= k && toks.get(j).is_some_and(|t| t.1 != Tok::Colon)).then_some(j)
        }
        _ => None,
    }
}

/// `def f(a, (b, c))` → Function parameters cannot be parenthesized.
fn parenthesized_parameter(toks: &[Spanned], k: usize) -> Option<Error> {
    if !in_parameter_list(toks, k) {
        return None;
    }
    let close = matching_close(toks, k)?;
    Some(Error::syntax(
        "Function parameters cannot be parenthesized",
        toks[k].0,
        Some(toks[close].2),
    ))
}

/// `x = f() =` (value missing) still reports the bad target, and `f(1=)` the bad keyword.
fn assignment_without_value(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<Error> {
    let eq = k - 1;
    if let Some(open) = innermost_open(toks, eq) {
        // A keyword argument whose name is an expression.
        let is_call = toks[open].1 == Tok::LPar && open > 0 && toks[open - 1].1.ends_expr();
        let a = disjunction_start(ctx, toks, eq)?;
        let key = parse_slice(ctx, toks, a, eq)?;
        if !is_call || matches!(key.e.kind, ExprKind::Name(_)) && !key.paren {
            return None;
        }
        let msg = match toks[a].1 {
            Tok::True | Tok::False | Tok::None if a + 1 == eq => {
                format!("cannot assign to {}", expr_name(&key.e))
            }
            _ => "expression cannot contain assignment, perhaps you meant \"==\"?".into(),
        };
        return Some(Error::syntax(msg, toks[a].0, Some(toks[eq].2)));
    }
    // Statement level: check every `=`-separated target before the missing value.
    let start = line_start(toks, eq);
    let mut part = start;
    let mut depth = 0usize;
    for i in start..=eq {
        let t = &toks[i].1;
        if is_open(t) {
            depth += 1;
        } else if is_close(t) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && *t == Tok::Equal {
            let target = parse_slice(ctx, toks, part, i)?;
            if let Some(bad) = invalid_target(&target.e, TargetKind::Assign) {
                let msg = format!("cannot assign to {}", expr_name(bad));
                return Some(ctx.error_at(bad, msg));
            }
            part = i + 1;
        }
    }
    None
}

/// Index of the bracket closing the one opened at `open`.
fn matching_close(toks: &[Spanned], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(open) {
        if is_open(&t.1) {
            depth += 1;
        } else if is_close(&t.1) {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// `{1: 2, 3 4}` → ':' expected after dictionary key (at the key's last character).
fn dict_key_without_colon(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<Error> {
    let open = innermost_open(toks, k)?;
    if toks[open].1 != Tok::LBrace {
        return None;
    }
    // Items of this display: a dict only if an earlier item has a depth-0 `:`.
    let mut depth = 0usize;
    let mut item_start = open + 1;
    let mut is_dict = false;
    let mut item_has_colon = false;
    for (i, t) in toks.iter().enumerate().take(k).skip(open + 1) {
        if is_open(&t.1) {
            depth += 1;
        } else if is_close(&t.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && t.1 == Tok::Comma {
            item_start = i + 1;
            item_has_colon = false;
        } else if depth == 0 && t.1 == Tok::Colon {
            is_dict = true;
            item_has_colon = true;
        }
    }
    if !is_dict || item_has_colon || item_start >= k || toks[item_start].1 == Tok::DoubleStar {
        return None;
    }
    let (j, _) = expr_end_from(ctx, toks, item_start)?;
    if toks.get(j).map(|t| &t.1) == Some(&Tok::Colon) {
        return None;
    }
    let key_end = toks[j - 1].2;
    Some(Error::syntax(
        "':' expected after dictionary key",
        key_end - 1,
        None,
    ))
}

/// `x = 1 if y` → expected 'else' after 'if' expression.
fn expected_else(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<Error> {
    let mut depth = 0usize;
    let if_at = (0..k).rev().find(|&i| {
        let t = &toks[i].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            depth = depth.saturating_sub(1);
        }
        depth == 0 && *t == Tok::If
    })?;
    let a = disjunction_start(ctx, toks, if_at)?;
    Some(Error::syntax(
        "expected 'else' after 'if' expression",
        toks[a].0,
        Some(toks[k - 1].2),
    ))
}

/// `print "x"` → Missing parentheses in call to 'print'. Did you mean print(...)?
fn legacy_print(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<Error> {
    let (j, _) = expr_end_from(ctx, toks, k)?;
    let Tok::Name(n) = &toks[k - 1].1 else {
        return None;
    };
    Some(Error::syntax(
        format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
        toks[k - 1].0,
        Some(toks[j - 1].2),
    ))
}

/// `[a b]` → invalid syntax. Perhaps you forgot a comma?
fn forgot_comma(ctx: &Ctx<'_>, toks: &[Spanned], k: usize) -> Option<Error> {
    let a = disjunction_start(ctx, toks, k)?;
    let first = &toks[a].1;
    let second = toks.get(a + 1).map(|t| &t.1);
    // CPython skips `name "string"` (a likely prefix typo) and soft keywords.
    if is_name(first, &["match", "case", "_", "print", "exec"]) && a + 1 == k
        || (matches!(first, Tok::Name(_)) && matches!(second, Some(Tok::Str(_))))
    {
        return None;
    }
    // In `def f(a b)` the names are parameters, not expressions (defaults are).
    let before = a.checked_sub(1).map(|i| &toks[i].1);
    if in_parameter_list(toks, k) && !matches!(before, Some(Tok::Equal | Tok::Colon)) {
        return None;
    }
    let (j, _) = expr_end_from(ctx, toks, k)?;
    Some(Error::syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        toks[a].0,
        Some(toks[j - 1].2),
    ))
}

/// `if x = 1:` / `[a = 1]`: an `=` where CPython parses a named expression.
fn assignment_in_expression(
    ctx: &Ctx<'_>,
    toks: &[Spanned],
    k: usize,
    mode: Mode,
) -> Option<Error> {
    let named_context = match innermost_open(toks, k) {
        Some(open) => {
            let before = open.checked_sub(1).map(|i| &toks[i].1);
            // A group, display or subscript; a call has its own keyword-argument rule.
            toks[open].1 != Tok::LPar || !before.is_some_and(Tok::ends_expr)
        }
        None => {
            mode == Mode::Module && line_starts_with(toks, k, &[Tok::If, Tok::Elif, Tok::While])
        }
    };
    if !named_context {
        return None;
    }
    let a = disjunction_start(ctx, toks, k)?;
    let target = parse_slice(ctx, toks, a, k)?;
    let (j, _) = expr_end_from(ctx, toks, k + 1)?;
    if matches!(
        toks.get(j).map(|t| &t.1),
        Some(Tok::Equal | Tok::ColonEqual)
    ) {
        return None;
    }
    if matches!(target.e.kind, ExprKind::Name(_)) && a + 1 == k {
        return Some(Error::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            toks[a].0,
            Some(toks[j - 1].2),
        ));
    }
    let excluded = matches!(
        target.e.kind,
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::GeneratorExp { .. }
    ) || matches!(toks[a].1, Tok::True | Tok::False | Tok::None);
    let bitwise_or = target.paren
        || !matches!(
            target.e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: super::ast::UnaryOp::Not,
                    ..
                }
        );
    if excluded || !bitwise_or {
        return None;
    }
    let msg = format!(
        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
        expr_name(&target.e)
    );
    Some(Error::syntax(msg, toks[a].0, Some(toks[k - 1].2)))
}

fn is_name(t: &Tok, names: &[&str]) -> bool {
    matches!(t, Tok::Name(n) if names.contains(&&**n))
}

/// Index of the logical line's first token.
fn line_start(toks: &[Spanned], k: usize) -> usize {
    toks[..k.min(toks.len())]
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::Semi
            )
        })
        .map_or(0, |p| p + 1)
}

fn line_starts_with(toks: &[Spanned], k: usize, kws: &[Tok]) -> bool {
    toks.get(line_start(toks, k))
        .is_some_and(|t| kws.contains(&t.1))
}

/// Index of the innermost bracket still open before token `k`.
fn innermost_open(toks: &[Spanned], k: usize) -> Option<usize> {
    let mut depth = 0usize;
    for i in (0..k).rev() {
        let t = &toks[i].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
    }
    None
}

/// Whether token `k` is inside the parentheses of a `def`.
fn in_parameter_list(toks: &[Spanned], k: usize) -> bool {
    innermost_open(toks, k).is_some_and(|open| {
        open >= 2 && matches!(toks[open - 1].1, Tok::Name(_)) && toks[open - 2].1 == Tok::Def
    })
}

/// `except A, B:` → multiple exception types must be parenthesized (A to the last name).
fn except_tuple(toks: &[Spanned], k: usize) -> Option<Error> {
    let start = toks[..k]
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
            )
        })
        .map_or(0, |p| p + 1);
    if toks.get(start)?.1 != Tok::Except || start + 1 >= k {
        return None;
    }
    let colon = (k..toks.len()).find(|&i| matches!(toks[i].1, Tok::Colon | Tok::Newline))?;
    if toks[colon].1 != Tok::Colon {
        return None;
    }
    Some(Error::syntax(
        "multiple exception types must be parenthesized",
        toks[start + 1].0,
        Some(toks[colon - 1].2),
    ))
}
