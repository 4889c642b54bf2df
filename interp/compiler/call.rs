//! Calls and displays: `f(a, k=v)`, `f(*a, **k)`, `obj.m(a)`, zero-argument `super()`,
//! list / tuple / set / dict displays with `*` and `**` unpacking.
//!
//! Calls pick the cheapest opcode that fits: `CallMethod` for positional method calls,
//! `Call` / `CallKw` without unpacking, otherwise an argument tuple and keyword dict for
//! `CallEx`. Displays of more than `GUARDRAIL` items are built incrementally to bound the
//! stack, as CPython does.

use std::collections::HashSet;

use super::expr::Display;
use super::symtable::SymScope;
use super::{Compiler, R};
use crate::bytecode::{Const, Op};
use crate::grammar::ast::*;

/// Above this many items, displays and calls build their containers incrementally.
const GUARDRAIL: usize = 30;

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl<'a> Compiler<'a> {
    pub(crate) fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        self.validate_keywords(e, keywords)?;
        if let ExprKind::Attribute { value, attr } = &func.kind {
            if keywords.is_empty() && args.len() < 256 && !args.iter().any(is_starred) {
                let index = {
                    let name = self.mangled(attr);
                    self.name_index(&name)
                };
                if index < (1 << 24) {
                    self.expr(value)?;
                    for a in args {
                        self.expr(a)?;
                    }
                    self.set_loc(e.span);
                    self.emit(Op::CallMethod, (index << 8) | args.len() as u32);
                    return Ok(());
                }
            }
        }
        self.expr(func)?;
        if args.is_empty() && keywords.is_empty() && self.zero_arg_super(func)? {
            self.set_loc(e.span);
            self.emit(Op::Call, 2);
            return Ok(());
        }
        self.call_helper(e.span, 0, args, keywords)
    }

    /// For `super()` in a method, push `__class__` and the first argument; false when the
    /// call must stay a plain `super()` (not the builtin, no class cell, no parameter).
    fn zero_arg_super(&mut self, func: &Expr) -> Result<bool, ParseError> {
        let ExprKind::Name(n) = &func.kind else {
            return Ok(false);
        };
        if &**n != "super" {
            return Ok(false);
        }
        let u = self.unit_ref();
        let ste = &self.table.scopes[u.scope];
        let builtin = matches!(
            ste.scope_of("super"),
            Some(SymScope::GlobalImplicit) | Some(SymScope::GlobalExplicit)
        );
        let has_class = ste.scope_of("__class__") == Some(SymScope::Free);
        if !builtin || !has_class || u.argcount == 0 || !u.kind.is_function_like() {
            return Ok(false);
        }
        let Some(first) = ste.params.first().cloned() else {
            return Ok(false);
        };
        let first_scope = ste.scope_of(&first);
        self.nameop("__class__", super::stmt::NameCtx::Load);
        // The parameter is already mangled; as a name it never starts with `__` + class.
        match first_scope {
            Some(SymScope::Cell) => {
                let i = self
                    .unit_ref()
                    .cellvars
                    .iter()
                    .position(|c| **c == *first)
                    .unwrap_or(0);
                self.emit(Op::LoadDeref, i as u32);
            }
            _ => {
                let i = self.unit().varnames.add(&first);
                self.emit(Op::LoadFast, i);
            }
        }
        Ok(true)
    }

    fn validate_keywords(&self, e: &Expr, keywords: &[Keyword]) -> R {
        let mut seen = HashSet::new();
        for k in keywords {
            let Some(name) = &k.arg else { continue };
            if &**name == "__debug__" {
                return self.error("cannot assign to __debug__", e.span);
            }
            if !seen.insert(name.clone()) {
                return self.error(format!("keyword argument repeated: {name}"), k.span);
            }
        }
        Ok(())
    }

    /// Call the callable below `pushed` already-pushed positional arguments.
    pub(crate) fn call_helper(
        &mut self,
        span: Span,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        let unpacking = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        let total = args.len() + keywords.len() + pushed as usize;
        if !unpacking && total < GUARDRAIL * 8 {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.set_loc(span);
                self.emit(Op::Call, total as u32);
                return Ok(());
            }
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Const::Str(k.arg.as_deref().unwrap_or("").to_string()));
            }
            self.set_loc(span);
            self.load_const(Const::Tuple(names));
            self.emit(Op::CallKw, total as u32);
            return Ok(());
        }
        match args {
            // `f(*x)`: pass x itself, as CPython does, so that CallEx converts it and names
            // the function in the error for a non-iterable.
            [Expr {
                kind: ExprKind::Starred(inner),
                ..
            }] if pushed == 0 => self.expr(inner)?,
            _ => self.sequence(args, Display::Tuple, pushed)?,
        }
        if !keywords.is_empty() {
            self.kwargs_dict(keywords)?;
        }
        self.set_loc(span);
        self.emit(Op::CallEx, !keywords.is_empty() as u32);
        Ok(())
    }

    /// The `**kwargs` dict of a `CallEx`: named keywords and `**m` merged in order.
    fn kwargs_dict(&mut self, keywords: &'a [Keyword]) -> R {
        let mut have_dict = false;
        let mut pending: Vec<&'a Keyword> = Vec::new();
        for k in keywords {
            if k.arg.is_some() {
                pending.push(k);
                continue;
            }
            if !pending.is_empty() {
                self.keyword_map(&pending)?;
                pending.clear();
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
                have_dict = true;
            }
            if !have_dict {
                self.emit(Op::BuildMap, 0);
                have_dict = true;
            }
            self.expr(&k.value)?;
            self.emit(Op::DictMerge, 1);
        }
        if !pending.is_empty() {
            self.keyword_map(&pending)?;
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
        }
        Ok(())
    }

    fn keyword_map(&mut self, kws: &[&'a Keyword]) -> R {
        self.emit(Op::BuildMap, 0);
        for k in kws {
            self.load_const(Const::Str(k.arg.as_deref().unwrap_or("").to_string()));
            self.expr(&k.value)?;
            self.emit(Op::MapAdd, 1);
        }
        Ok(())
    }

    /// A list / tuple / set display.
    pub(crate) fn display(&mut self, elts: &'a [Expr], kind: Display, pushed: u32) -> R {
        if pushed == 0 {
            if let Some(consts) = self.constant_elements(elts)? {
                match kind {
                    Display::Tuple => self.load_const(Const::Tuple(consts)),
                    Display::List | Display::Set if elts.len() > 2 => {
                        let (build, extend, arg) = if kind == Display::List {
                            (Op::BuildList, Op::ListExtend, 1)
                        } else {
                            (
                                Op::BuildSet,
                                Op::SetUpdate,
                                1 | crate::bytecode::CONST_SET_FLAG,
                            )
                        };
                        self.emit(build, 0);
                        self.load_const(Const::Tuple(consts));
                        self.emit(extend, arg);
                    }
                    _ => return self.sequence(elts, kind, pushed),
                }
                return Ok(());
            }
        }
        self.sequence(elts, kind, pushed)
    }

    /// All elements as constants, if they all are literals (no unpacking).
    fn constant_elements(&self, elts: &[Expr]) -> Result<Option<Vec<Const>>, ParseError> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            let ExprKind::Constant(c) = &e.kind else {
                return Ok(None);
            };
            out.push(self.constant_value(c, e.span)?);
        }
        Ok(Some(out))
    }

    /// Build a list, tuple or set from `elts` (which may contain `*x`), with `pushed` items
    /// already on the stack becoming its first elements.
    fn sequence(&mut self, elts: &'a [Expr], kind: Display, pushed: u32) -> R {
        let (build, add, extend) = match kind {
            Display::List | Display::Tuple => (Op::BuildList, Op::ListAppend, Op::ListExtend),
            Display::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
        };
        let starred = elts.iter().any(is_starred);
        let big = elts.len() + pushed as usize > GUARDRAIL;
        if !starred && !big {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32 + pushed;
            let op = if kind == Display::Tuple {
                Op::BuildTuple
            } else {
                build
            };
            self.emit(op, n);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(inner) = &e.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(inner)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if !built {
            self.emit(build, elts.len() as u32 + pushed);
        }
        if kind == Display::Tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    pub(crate) fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let mut have_dict = false;
        let mut pending = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    if pending as usize >= GUARDRAIL / 2 {
                        self.flush_pairs(&mut pending, &mut have_dict);
                    }
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    self.flush_pairs(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        self.flush_pairs(&mut pending, &mut have_dict);
        if !have_dict {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    /// Turn the `pending` key/value pairs on the stack into a dict (merged into the one
    /// below when there is one).
    fn flush_pairs(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending == 0 {
            return;
        }
        self.emit(Op::BuildMap, *pending);
        if *have_dict {
            self.emit(Op::DictUpdate, 1);
        }
        *have_dict = true;
        *pending = 0;
    }
}
