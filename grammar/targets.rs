//! Assignment-target rules: which expressions may be assigned to or deleted, and how
//! CPython names an expression in its error messages ("function call", "literal", ...).
//!
//! What must stay true: only Name / Attribute / Subscript (and Tuple / List / Starred
//! built from them) are valid targets; `del` rejects Starred. Recursion here only goes
//! through Tuple / List / Starred children, and expression depth is bounded by
//! `actions::MAX_DEPTH`, so it cannot overflow the stack.

use super::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    /// `=` targets and `with ... as` targets.
    Assign,
    /// `for` and comprehension targets (a `Compare` may hide the `in`).
    For,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that makes `e` an
/// invalid target, or None if `e` is a valid one.
pub fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred(v) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(v, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetKind::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Whether an expression starts with something CPython's `bitwise_or` rule would parse
/// (so `target = value` gets the "Maybe you meant '=='" wording): not `not`, `lambda`,
/// `*`, or an unparenthesised `yield`.
pub fn starts_with_bitwise_or(e: &Expr, paren: bool) -> bool {
    if paren {
        return true;
    }
    let mut cur = e;
    // Walk down the leftmost spine (bounded by the tree depth limit); a child that does not
    // start where its parent starts was parenthesised, which makes it an atom.
    loop {
        let next = match &cur.kind {
            ExprKind::Tuple(elts) => elts.first(),
            ExprKind::Compare { left, .. } => Some(&**left),
            ExprKind::BoolOp { values, .. } => values.first(),
            ExprKind::IfExp { body, .. } => Some(&**body),
            ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_) => return false,
            _ => return true,
        };
        match next {
            Some(n) if n.span.line == cur.span.line && n.span.col == cur.span.col => cur = n,
            _ => return true,
        }
    }
}
