//! Statement code generation: bodies, assignments and targets, loops, conditionals,
//! imports, `raise`, `assert`, `del`.
//!
//! Shapes follow CPython 3.11 (`compiler_visit_stmt` and friends); loops only jump backwards
//! with `Jump` (the VM checks its eval breaker there). Exception-handling statements and
//! the unwinding done by `return` / `break` / `continue` live in `unwind.rs`.

use super::symtable::ScopeKind;
use super::unit::FBlockKind;
use super::{Compiler, R};
use crate::bytecode::{Const, Op, INPLACE_FLAG};
use crate::grammar::ast::*;

/// Does the body contain an annotated assignment (outside nested scopes)?
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::If { .. } => {
            // Iterate over `elif` chains rather than recursing into them.
            let mut cur = s;
            while let StmtKind::If { body, orelse, .. } = &cur.kind {
                if find_ann(body) {
                    return true;
                }
                match orelse.as_slice() {
                    [elif @ Stmt {
                        kind: StmtKind::If { .. },
                        ..
                    }] => cur = elif,
                    _ => return find_ann(orelse),
                }
            }
            false
        }
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}

/// The docstring of a body: its first statement, if it is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// Module and class bodies: annotations dict, `__doc__`, then the statements.
    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> R {
        if find_ann(body) {
            if let Some(first) = body.first() {
                self.set_loc(first.span);
            }
            self.emit(Op::SetupAnnotations, 0);
        }
        let mut rest = body;
        if let (Some(doc), Some(first)) = (docstring(body), body.first()) {
            self.set_loc(first.span);
            self.unit().docstring = Some(doc.to_string());
            self.load_const(Const::Str(doc.to_string()));
            self.emit_name(Op::StoreName, "__doc__");
            rest = &body[1..];
        }
        self.stmts(rest)
    }

    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> R {
        self.guard.enter(s.span)?;
        self.set_loc(s.span);
        let r = self.stmt_inner(s);
        self.guard.leave();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.span),
            StmtKind::ClassDef(c) => self.class_def(c, s.span),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s.span),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse, s.span),
            StmtKind::For {
                is_async: true,
                target,
                iter,
                body,
                orelse,
            } => self.async_for(target, iter, body, orelse, s.span),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse, s.span),
            StmtKind::If { .. } => self.if_chain(s),
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(*is_async, items, body, s.span),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.span);
                self.emit(Op::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, s.span)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, s.span)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.set_loc(s.span);
                // No LOAD_ASSERTION_ERROR opcode: a global named AssertionError shadows it.
                self.emit_name(Op::LoadGlobal, "AssertionError");
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(s.span);
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => self.import(names, s.span),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level, s.span),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Break => self.break_stmt(s.span),
            StmtKind::Continue => self.continue_stmt(s.span),
        }
    }

    /// `if` / `elif` / `else`, walking the `elif` chain iteratively (long chains must not
    /// recurse).
    fn if_chain(&mut self, first: &'a Stmt) -> R {
        let end = self.new_label();
        let mut cur = first;
        while let StmtKind::If { test, body, orelse } = &cur.kind {
            self.set_loc(cur.span);
            let next = if orelse.is_empty() {
                end
            } else {
                self.new_label()
            };
            self.jump_if(test, next, false)?;
            self.stmts(body)?;
            if orelse.is_empty() {
                break;
            }
            self.emit_jump(Op::Jump, end);
            self.bind(next);
            match orelse.as_slice() {
                [elif @ Stmt {
                    kind: StmtKind::If { .. },
                    ..
                }] => cur = elif,
                _ => {
                    self.stmts(orelse)?;
                    break;
                }
            }
        }
        self.bind(end);
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> R {
        if self.interactive && self.units.len() == 1 {
            self.expr(e)?;
            self.emit(Op::PrintExpr, 0);
            return Ok(());
        }
        if let ExprKind::Constant(c) = &e.kind {
            // A bare constant does nothing (but must still be a valid constant).
            self.constant_value(c, e.span)?;
            return Ok(());
        }
        self.expr(e)?;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> R {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.set_loc(span);
        self.emit(Op::GetIter, 0);
        self.bind(start);
        let outside = self.handler_depth();
        self.push_fblock(FBlockKind::ForLoop, start, end, outside, span)?;
        self.emit_jump(Op::ForIter, cleanup);
        self.store(target)?;
        self.stmts(body)?;
        self.set_loc(span);
        self.emit_jump(Op::Jump, start);
        self.bind(cleanup);
        self.pop_fblock();
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> R {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let outside = self.handler_depth();
        self.push_fblock(FBlockKind::WhileLoop, start, end, outside, span)?;
        self.jump_if(test, anchor, false)?;
        self.stmts(body)?;
        self.set_loc(span);
        self.emit_jump(Op::Jump, start);
        self.bind(anchor);
        self.pop_fblock();
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Store the value on top of the stack into an assignment target.
    pub(crate) fn store(&mut self, t: &'a Expr) -> R {
        self.guard.enter(t.span)?;
        let r = self.store_inner(t);
        self.guard.leave();
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => {
                self.set_loc(t.span);
                self.forbidden_name(n, false, t.span)?;
                self.nameop(n, NameCtx::Store);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(t.span);
                self.forbidden_name(attr, false, t.span)?;
                let name = self.mangled(attr);
                self.emit_name(Op::StoreAttr, &name);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.span);
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.unpack(elts, t.span)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => self.error(
                "starred assignment target must be in a list or tuple",
                t.span,
            ),
            _ => self.error("cannot assign to expression", t.span),
        }
    }

    fn unpack(&mut self, elts: &[Expr], span: Span) -> R {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return self.error("multiple starred expressions in assignment", span);
                }
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return self.error("too many expressions in star-unpacking assignment", span);
                }
                star = Some((i as u32) | ((after as u32) << 8));
            }
        }
        self.set_loc(span);
        match star {
            Some(arg) => self.emit(Op::UnpackEx, arg),
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => {
                self.set_loc(t.span);
                self.forbidden_name(n, true, t.span)?;
                self.nameop(n, NameCtx::Del);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(t.span);
                let name = self.mangled(attr);
                self.emit_name(Op::DeleteAttr, &name);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.span);
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                elts.iter().try_for_each(|e| self.delete(e))
            }
            ExprKind::Starred(_) => self.error("cannot delete starred", t.span),
            _ => self.error("cannot delete expression", t.span),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        let arg = op as u32 | INPLACE_FLAG;
        match &target.kind {
            ExprKind::Name(n) => {
                self.set_loc(target.span);
                self.forbidden_name(n, false, target.span)?;
                self.nameop(n, NameCtx::Load);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Op::BinaryOp, arg);
                self.nameop(n, NameCtx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.set_loc(target.span);
                let name = self.mangled(attr);
                self.emit(Op::Copy, 1);
                self.emit_name(Op::LoadAttr, &name);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 2);
                self.emit_name(Op::StoreAttr, &name);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.set_loc(target.span);
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => {
                return self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let module_or_class = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                self.forbidden_name(n, false, target.span)?;
                if simple && module_or_class {
                    self.annotation(annotation)?;
                    self.set_loc(target.span);
                    self.emit_name(Op::LoadName, "__annotations__");
                    let key = self.mangled(n);
                    self.load_const(Const::Str(key));
                    self.emit(Op::StoreSubscr, 0);
                    return Ok(());
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop, 0);
                    self.expr(slice)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            _ => return self.error("illegal target for annotation", target.span),
        }
        // Annotations of complex targets are evaluated (and dropped) in modules and classes.
        if !simple && module_or_class && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its source text under the future import.
    pub(crate) fn annotation(&mut self, annotation: &'a Expr) -> R {
        if self.future_annotations {
            let text = super::annotations::unparse(annotation);
            self.load_const(Const::Str(text));
            return Ok(());
        }
        self.expr(annotation)
    }

    fn import(&mut self, names: &'a [Alias], span: Span) -> R {
        for a in names {
            self.set_loc(span);
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            self.emit_name(Op::ImportName, &a.name);
            match &a.asname {
                Some(asname) => {
                    self.forbidden_name(asname, false, span)?;
                    // `import a.b.c as d` binds d to a.b.c: walk the submodules.
                    let mut parts = a.name.split('.').skip(1).peekable();
                    let dotted = parts.peek().is_some();
                    while let Some(part) = parts.next() {
                        self.emit_name(Op::ImportFrom, part);
                        if parts.peek().is_some() {
                            self.emit(Op::Swap, 2);
                            self.emit(Op::PopTop, 0);
                        }
                    }
                    self.nameop(asname, NameCtx::Store);
                    if dotted {
                        self.emit(Op::PopTop, 0);
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or(&a.name);
                    self.forbidden_name(first, false, span)?;
                    self.nameop(first, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
        span: Span,
    ) -> R {
        if module == Some("__future__") && level == 0 && self.units.len() > 1 {
            return self.error(
                "from __future__ imports must occur at the beginning of the file",
                span,
            );
        }
        self.set_loc(span);
        self.load_const(Const::Int(level as i64));
        let fromlist = names
            .iter()
            .map(|a| Const::Str(a.name.to_string()))
            .collect();
        self.load_const(Const::Tuple(fromlist));
        self.emit_name(Op::ImportName, module.unwrap_or(""));
        if names.len() == 1 && &*names[0].name == "*" {
            self.emit(Op::ImportStar, 0);
            return Ok(());
        }
        for a in names {
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.forbidden_name(store, false, span)?;
            self.emit_name(Op::ImportFrom, &a.name);
            self.nameop(store, NameCtx::Store);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// `__debug__` cannot be bound.
    pub(crate) fn forbidden_name(&self, name: &str, delete: bool, span: Span) -> R {
        if name == "__debug__" {
            let what = if delete { "delete" } else { "assign to" };
            return self.error(format!("cannot {what} __debug__"), span);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}
