//! Expression code generation (except calls, displays and nested scopes: `call.rs`,
//! `func.rs`), name resolution to opcodes, constants and conditional jumps.
//!
//! Each expression's instructions carry the expression's own span, so tracebacks point at
//! the operator or call that failed. Left-nested binary-operator chains are compiled
//! iteratively so long `a + b + ...` sums do not recurse per term.

use num_traits::ToPrimitive;

use super::stmt::NameCtx;
use super::symtable::{ScopeKind, SymScope};
use super::{Compiler, R};
use crate::bytecode::{Const, Op};
use crate::grammar::ast::*;

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> R {
        self.guard.enter(e.span)?;
        let saved = self.unit_ref().loc;
        self.set_loc(e.span);
        let r = self.expr_inner(e);
        self.unit().loc = saved;
        self.guard.leave();
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOpKind::And => Op::JumpIfFalseOrPop,
                    BoolOpKind::Or => Op::JumpIfTrueOrPop,
                };
                let (last, init) = values
                    .split_last()
                    .ok_or_else(|| super::error_at("empty boolean operation", e.span))?;
                for v in init {
                    self.expr(v)?;
                    self.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store(target)?;
            }
            ExprKind::BinOp { .. } => self.binop_chain(e)?,
            ExprKind::UnaryOp { op, operand } => {
                if let (UnaryOp::USub, Some(c)) = (op, negated_constant(operand)) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(
                    match op {
                        UnaryOp::Invert => Op::UnaryInvert,
                        UnaryOp::Not => Op::UnaryNot,
                        UnaryOp::UAdd => Op::UnaryPositive,
                        UnaryOp::USub => Op::UnaryNegative,
                    },
                    0,
                );
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(elts) => self.display(elts, Display::Set, 0)?,
            ExprKind::List(elts) => self.display(elts, Display::List, 0)?,
            ExprKind::Tuple(elts) => self.display(elts, Display::Tuple, 0)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await(v) => {
                let u = self.unit_ref();
                if !u.kind.is_function_like() {
                    return self.error("'await' outside function", e.span);
                }
                if !matches!(u.kind, ScopeKind::Comprehension(_)) && !self.in_async_def() {
                    return self.error("'await' outside async function", e.span);
                }
                self.expr(v)?;
                self.set_loc(e.span);
                self.await_top();
            }
            ExprKind::Yield(v) => {
                if !self.unit_ref().kind.is_function_like() {
                    return self.error("'yield' outside function", e.span);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                if !self.unit_ref().kind.is_function_like() {
                    return self.error("'yield' outside function", e.span);
                }
                if self.in_async_def() {
                    return self.error("'yield from' inside async function", e.span);
                }
                self.expr(v)?;
                self.set_loc(e.span);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.emit(Op::YieldFrom, 0);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Constant(c) => {
                let c = self.constant_value(c, e.span)?;
                self.load_const(c);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(e.span);
                let name = self.mangled(attr);
                self.emit_name(Op::LoadAttr, &name);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(e.span);
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Starred(_) => return self.error("can't use starred expression here", e.span),
            ExprKind::Name(n) => {
                if &**n == "__debug__" {
                    self.load_const(Const::Bool(true));
                } else {
                    self.nameop(n, NameCtx::Load);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                let n = if let Some(s) = step {
                    self.expr(s)?;
                    3
                } else {
                    2
                };
                self.emit(Op::BuildSlice, n);
            }
        }
        Ok(())
    }

    /// `<awaitable on top> → its result`.
    pub(crate) fn await_top(&mut self) {
        self.emit(Op::GetAwaitable, 0);
        self.load_const(Const::None);
        self.emit(Op::YieldFrom, 0);
    }

    fn binop_chain(&mut self, e: &'a Expr) -> R {
        let mut chain = Vec::new();
        let mut cur = e;
        while let ExprKind::BinOp { left, op, right } = &cur.kind {
            chain.push((cur, *op, &**right));
            cur = left;
        }
        self.expr(cur)?;
        for (node, op, right) in chain.into_iter().rev() {
            self.expr(right)?;
            self.set_loc(node.span);
            self.emit(Op::BinaryOp, op as u32);
        }
        Ok(())
    }

    /// The constant for a literal.
    pub(crate) fn constant_value(&self, c: &Constant, _span: Span) -> Result<Const, ParseError> {
        Ok(match c {
            Constant::None => Const::None,
            Constant::True => Const::Bool(true),
            Constant::False => Const::Bool(false),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(i) => int_const(i),
            Constant::Float(f) => Const::Float(*f),
            Constant::Imaginary(f) => Const::Complex(0.0, *f),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
        })
    }

    pub(crate) fn nameop(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangled(name);
        let u = self.unit_ref();
        let scope = self.table.scopes[u.scope].scope_of(&mangled);
        let function_like = u.kind.is_function_like();
        enum Kind {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let deref_index = |u: &super::unit::Unit<'_>| -> Option<u32> {
            if let Some(i) = u.cellvars.iter().position(|c| *c == mangled) {
                return Some(i as u32);
            }
            u.freevars
                .iter()
                .position(|c| *c == mangled)
                .map(|i| (u.cellvars.len() + i) as u32)
        };
        let kind = match scope {
            Some(SymScope::Free) | Some(SymScope::Cell) => match deref_index(u) {
                Some(i) => Kind::Deref(i),
                None => Kind::Name,
            },
            Some(SymScope::Local) if function_like => Kind::Fast,
            Some(SymScope::GlobalImplicit) if function_like => Kind::Global,
            Some(SymScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        let in_class = u.kind == ScopeKind::Class;
        match kind {
            Kind::Fast => {
                let i = self.unit().varnames.add(&mangled);
                let op = match ctx {
                    NameCtx::Load => Op::LoadFast,
                    NameCtx::Store => Op::StoreFast,
                    NameCtx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            Kind::Deref(i) => {
                let op = match ctx {
                    NameCtx::Load if in_class => Op::LoadClassDeref,
                    NameCtx::Load => Op::LoadDeref,
                    NameCtx::Store => Op::StoreDeref,
                    NameCtx::Del => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            Kind::Global => {
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Del => Op::DeleteGlobal,
                };
                self.emit_name(op, &mangled);
            }
            Kind::Name => {
                let op = match ctx {
                    NameCtx::Load => Op::LoadName,
                    NameCtx::Store => Op::StoreName,
                    NameCtx::Del => Op::DeleteName,
                };
                self.emit_name(op, &mangled);
            }
        }
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (code, arg) = match op {
            CmpOp::Lt => (Op::CompareOp, 0),
            CmpOp::LtE => (Op::CompareOp, 1),
            CmpOp::Eq => (Op::CompareOp, 2),
            CmpOp::NotEq => (Op::CompareOp, 3),
            CmpOp::Gt => (Op::CompareOp, 4),
            CmpOp::GtE => (Op::CompareOp, 5),
            CmpOp::Is => (Op::IsOp, 0),
            CmpOp::IsNot => (Op::IsOp, 1),
            CmpOp::In => (Op::ContainsOp, 0),
            CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(code, arg);
    }

    fn compare(&mut self, e: &'a Expr, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> R {
        if ops.is_empty() || ops.len() != comps.len() {
            return self.error("invalid comparison", e.span);
        }
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comps[0])?;
            self.set_loc(e.span);
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comps[i])?;
            self.set_loc(e.span);
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comps[n - 1])?;
        self.set_loc(e.span);
        self.compare_op(ops[n - 1]);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `e` is true (`cond`) or false (`!cond`); fall through otherwise.
    /// `not`, `and`, `or`, conditional expressions and chained comparisons become jumps.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: super::unit::Label, cond: bool) -> R {
        self.guard.enter(e.span)?;
        let r = self.jump_if_inner(e, target, cond);
        self.guard.leave();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: super::unit::Label, cond: bool) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == BoolOpKind::Or;
                let next2 = if cond != is_or {
                    self.new_label()
                } else {
                    target
                };
                let (last, init) = values
                    .split_last()
                    .ok_or_else(|| super::error_at("empty boolean operation", e.span))?;
                for v in init {
                    self.jump_if(v, next2, is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && ops.len() == comparators.len() => {
                self.expr(left)?;
                let cleanup = self.new_label();
                let end = self.new_label();
                let n = ops.len();
                for i in 0..n - 1 {
                    self.expr(&comparators[i])?;
                    self.set_loc(e.span);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::Copy, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Op::PopJumpIfFalse, cleanup);
                }
                self.expr(&comparators[n - 1])?;
                self.set_loc(e.span);
                self.compare_op(ops[n - 1]);
                self.emit_jump(jump_op(cond), target);
                self.emit_jump(Op::Jump, end);
                self.bind(cleanup);
                self.emit(Op::PopTop, 0);
                if !cond {
                    self.emit_jump(Op::Jump, target);
                }
                self.bind(end);
                return Ok(());
            }
            ExprKind::Constant(c) => {
                if let Some(truth) = constant_truth(c) {
                    if truth == cond {
                        self.set_loc(e.span);
                        self.emit_jump(Op::Jump, target);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_loc(e.span);
        self.emit_jump(jump_op(cond), target);
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> R {
        if parts.is_empty() {
            self.load_const(Const::Str(String::new()));
            return Ok(());
        }
        for p in parts {
            match p {
                FStringPart::Literal(s) => self.load_const(Const::Str(s.clone())),
                FStringPart::Value {
                    value,
                    conversion,
                    format_spec,
                } => {
                    self.expr(value)?;
                    let mut arg = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if !format_spec.is_empty() {
                        self.fstring(format_spec)?;
                        arg |= 4;
                    }
                    self.emit(Op::FormatValue, arg);
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Op::BuildString, parts.len() as u32);
        }
        Ok(())
    }
}

fn jump_op(cond: bool) -> Op {
    if cond {
        Op::PopJumpIfTrue
    } else {
        Op::PopJumpIfFalse
    }
}

pub(crate) fn int_const(i: &num_bigint::BigInt) -> Const {
    match i.to_i64() {
        Some(v) => Const::Int(v),
        None => Const::BigInt(i.clone()),
    }
}

/// `-<int or float literal>` folded to a constant.
fn negated_constant(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(i)) => Some(int_const(&-i)),
        ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-f)),
        _ => None,
    }
}

/// Truth value of a literal, when known without running code.
fn constant_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None | Constant::False => false,
        Constant::True | Constant::Ellipsis => true,
        Constant::Int(i) => i.sign() != num_bigint::Sign::NoSign,
        Constant::Float(f) => *f != 0.0,
        Constant::Imaginary(_) => return None,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Display {
    List,
    Tuple,
    Set,
}
