//! Exception-handling statements and the unwinding of `return` / `break` / `continue`.
//!
//! Layouts are CPython 3.11's, on our opcodes (see `bytecode.rs` for PushExcInfo,
//! WithExceptStart, EndAsyncFor):
//! - try/except: body protected by the handler; the handler runs `PushExcInfo`, tests each
//!   clause (`CheckExcMatch`), and is itself protected by a cleanup handler
//!   (`Swap 2; PopExcept; Reraise`) that restores the previous exception;
//! - try/finally: the final body is emitted twice, inline for the normal path and under
//!   `PushExcInfo ... Reraise` for the exceptional one;
//! - with: `exit(None, None, None)` on the normal path, `WithExceptStart` on the exceptional.
//!
//! Leaving a block early unwinds the frame blocks it crosses (`unwind_fblock`): pop loop
//! iterators, run final bodies inline, call `__exit__`, pop handled exceptions. A returned
//! value stays on top of the stack while that happens (`Swap 2` moves it above what is
//! popped); exception-table depths stay valid because it sits above every handler's depth.

use super::stmt::NameCtx;
use super::unit::{FBlock, FBlockKind};
use super::{Compiler, R};
use crate::bytecode::{flags, Const, Op};
use crate::grammar::ast::*;

impl<'a> Compiler<'a> {
    pub(crate) fn in_async_def(&self) -> bool {
        let u = self.unit_ref();
        u.kind == super::symtable::ScopeKind::Function
            && u.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    pub(crate) fn return_stmt(&mut self, value: Option<&'a Expr>, span: Span) -> R {
        if !self.unit_ref().kind.is_function_like() {
            return self.error("'return' outside function", span);
        }
        let constant = match value.map(|v| (&v.kind, v.span)) {
            Some((ExprKind::Constant(c), s)) => Some(self.constant_value(c, s)?),
            _ => None,
        };
        let preserve = value.is_some() && constant.is_none();
        if let (true, Some(v)) = (preserve, value) {
            self.expr(v)?;
        }
        self.set_loc(span);
        let saved = self.unit_ref().handler_stack.clone();
        self.unwind_stack(preserve, false, span)?;
        match (value, constant) {
            (None, _) => self.load_const(Const::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.emit(Op::ReturnValue, 0);
        self.unit().handler_stack = saved;
        Ok(())
    }

    pub(crate) fn break_stmt(&mut self, span: Span) -> R {
        let saved = self.unit_ref().handler_stack.clone();
        let Some(lp) = self.unwind_stack(false, true, span)? else {
            return self.error("'break' outside loop", span);
        };
        self.unwind_fblock(lp, false, span)?;
        self.emit_jump(Op::Jump, lp.exit);
        self.unit().handler_stack = saved;
        Ok(())
    }

    pub(crate) fn continue_stmt(&mut self, span: Span) -> R {
        let saved = self.unit_ref().handler_stack.clone();
        let Some(lp) = self.unwind_stack(false, true, span)? else {
            return self.error("'continue' not properly in loop", span);
        };
        self.emit_jump(Op::Jump, lp.start);
        self.unit().handler_stack = saved;
        Ok(())
    }

    /// Unwind frame blocks from the innermost outwards, stopping at (and returning) the
    /// innermost loop when `to_loop`. The caller restores the handler stack afterwards.
    fn unwind_stack(
        &mut self,
        preserve: bool,
        to_loop: bool,
        span: Span,
    ) -> Result<Option<FBlock<'a>>, ParseError> {
        let saved = self.unit_ref().fblocks.clone();
        let mut found = None;
        while let Some(top) = self.unit_ref().fblocks.last().copied() {
            if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
                found = Some(top);
                break;
            }
            self.unit().fblocks.pop();
            self.unwind_fblock(top, preserve, span)?;
        }
        self.unit().fblocks = saved;
        Ok(found)
    }

    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve: bool, span: Span) -> R {
        self.unit().handler_stack.truncate(fb.handlers_outside);
        match fb.kind {
            FBlockKind::WhileLoop | FBlockKind::TryExcept => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlockKind::FinallyTry(finalbody) => {
                if preserve {
                    let outside = self.handler_depth();
                    self.push_fblock(FBlockKind::PopValue, 0, 0, outside, span)?;
                }
                self.stmts(finalbody)?;
                if preserve {
                    self.pop_fblock();
                }
                self.set_loc(span);
            }
            FBlockKind::FinallyEnd => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
            }
            FBlockKind::With { is_async } => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones(is_async);
            }
            FBlockKind::HandlerCleanup(name) => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
        Ok(())
    }

    /// `(exit -- )`: call `exit(None, None, None)` (awaiting it for `async with`).
    fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Op::Call, 3);
        if is_async {
            self.await_top();
        }
        self.emit(Op::PopTop, 0);
    }

    /// `name = None; del name` (end of an `except ... as name` clause).
    fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.nameop(name, NameCtx::Store);
        self.nameop(name, NameCtx::Del);
    }

    /// `(prev exc -- )`: restore the previous exception and re-raise.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
    }

    pub(crate) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        span: Span,
    ) -> R {
        let except = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let outside = self.handler_depth();
        self.push_handler(except, 0);
        self.push_fblock(FBlockKind::TryExcept, 0, 0, outside, span)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_loc(span);
        self.emit_jump(Op::Jump, orelse_label);

        self.bind(except);
        self.push_handler(cleanup, 0);
        let in_cleanup = self.unit_ref().handler_stack.clone();
        self.emit(Op::PushExcInfo, 0);
        for (i, h) in handlers.iter().enumerate() {
            self.unit().handler_stack = in_cleanup.clone();
            self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return self.error("default 'except:' must be last", h.span);
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.set_loc(h.span);
                self.emit(Op::CheckExcMatch, 0);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    self.forbidden_name(name, false, h.span)?;
                    self.nameop(name, NameCtx::Store);
                    let cleanup_end = self.new_label();
                    self.push_handler(cleanup_end, 0);
                    self.push_fblock(
                        FBlockKind::HandlerCleanup(Some(name)),
                        0,
                        0,
                        outside,
                        h.span,
                    )?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.unit().handler_stack.truncate(outside);
                    self.set_loc(h.span);
                    self.emit(Op::PopExcept, 0);
                    self.clear_name(name);
                    self.emit_jump(Op::Jump, end);
                    // The body raised: clear the name, re-raise into the cleanup handler.
                    self.unit().handler_stack = in_cleanup.clone();
                    self.bind(cleanup_end);
                    self.clear_name(name);
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.push_fblock(FBlockKind::HandlerCleanup(None), 0, 0, outside, h.span)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.unit().handler_stack.truncate(outside);
                    self.set_loc(h.span);
                    self.emit(Op::PopExcept, 0);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        // No clause matched: re-raise (through the cleanup handler).
        self.unit().handler_stack = in_cleanup;
        self.emit(Op::Reraise, 0);
        self.unit().handler_stack.truncate(outside);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse_label);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(crate) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        span: Span,
    ) -> R {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let outside = self.handler_depth();
        self.push_handler(end, 0);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), 0, 0, outside, span)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, span)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.set_loc(span);
        self.emit_jump(Op::Jump, exit);

        // Exceptional path: (exc) → (prev exc), run the final body, re-raise.
        self.bind(end);
        self.push_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        self.push_fblock(FBlockKind::FinallyEnd, 0, 0, outside, span)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.set_loc(span);
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn with_stmt(
        &mut self,
        is_async: bool,
        items: &'a [WithItem],
        body: &'a [Stmt],
        span: Span,
    ) -> R {
        if is_async && !self.in_async_def() {
            return self.error("'async with' outside async function", span);
        }
        self.with_item(is_async, items, 0, body, span)
    }

    fn with_item(
        &mut self,
        is_async: bool,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
        span: Span,
    ) -> R {
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        self.guard.enter(item.context_expr.span)?;
        let r = self.with_item_inner(is_async, item, items, pos, body, span);
        self.guard.leave();
        r
    }

    fn with_item_inner(
        &mut self,
        is_async: bool,
        item: &'a WithItem,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
        span: Span,
    ) -> R {
        let final_label = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(span);
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.await_top();
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        let outside = self.handler_depth();
        // The handler keeps `exit` and drops the enter result.
        self.push_handler(final_label, 1);
        self.push_fblock(FBlockKind::With { is_async }, 0, 0, outside, span)?;
        match &item.optional_vars {
            Some(target) => self.store(target)?,
            None => self.emit(Op::PopTop, 0),
        }
        self.with_item(is_async, items, pos + 1, body, span)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_loc(span);
        self.call_exit_with_nones(is_async);
        self.emit_jump(Op::Jump, exit);

        // Exceptional path: (exit exc) → (exit prev exc), ask exit whether to suppress.
        self.bind(final_label);
        self.push_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.await_top();
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.pop_handler();
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, exit);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> R {
        if !self.in_async_def() {
            return self.error("'async for' outside async function", span);
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.set_loc(span);
        self.emit(Op::GetAIter, 0);
        self.bind(start);
        let outside = self.handler_depth();
        self.push_fblock(FBlockKind::ForLoop, start, end, outside, span)?;
        // StopAsyncIteration from __anext__ ends the loop (EndAsyncFor).
        self.push_handler(except, 0);
        self.emit(Op::GetANext, 0);
        self.await_top();
        self.pop_handler();
        self.store(target)?;
        self.stmts(body)?;
        self.set_loc(span);
        self.emit_jump(Op::Jump, start);
        self.pop_fblock();
        self.bind(except);
        self.emit(Op::EndAsyncFor, 0);
        self.emit(Op::PopTop, 0);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }
}
