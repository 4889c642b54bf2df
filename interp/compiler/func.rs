//! Nested code objects: `def`, `class`, `lambda` and comprehensions (CPython 3.11 shapes).
//!
//! Each opens a new `Unit` for its scope (found in the symbol table by AST node), compiles
//! the body into it, assembles it and emits `MakeFunction` (with defaults, keyword-only
//! defaults and the closure tuple) in the enclosing unit. Comprehensions are functions of
//! one argument `.0` (the iterator of the outermost iterable, evaluated by the caller).

use std::rc::Rc;
use std::sync::Arc;

use super::symtable::{CompKind, NodeKey, ScopeId, ScopeKind, SymScope};
use super::symvisit::expr_key;
use super::unit::Unit;
use super::{Compiler, R};
use crate::bytecode::{flags, CodeObject, Const, Op};
use crate::grammar::ast::*;

impl<'a> Compiler<'a> {
    fn scope_for(&self, key: NodeKey, span: Span) -> Result<ScopeId, ParseError> {
        match self.table.by_node.get(&key) {
            Some(id) => Ok(*id),
            None => self.error("internal compiler error: scope not found", span),
        }
    }

    /// CPython's `__qualname__` for a new scope named `name`.
    fn qualname(&self, name: &str, kind: ScopeKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit_ref();
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = super::mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == Some(SymScope::GlobalExplicit)
            {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    fn enter_unit(
        &mut self,
        scope: ScopeId,
        name: &str,
        firstlineno: u32,
        private: Option<Rc<str>>,
    ) {
        let kind = self.table.scopes[scope].kind;
        let qualname = self.qualname(name, kind);
        let mut unit = Unit::new(scope, &self.table, name.to_string(), qualname, private);
        unit.firstlineno = firstlineno;
        let ste = &self.table.scopes[scope];
        if kind.is_function_like() {
            unit.flags |= flags::OPTIMIZED;
            unit.flags |= match (ste.is_generator, ste.is_coroutine) {
                (true, true) => flags::ASYNC_GENERATOR,
                (true, false) => flags::GENERATOR,
                (false, true) => flags::COROUTINE,
                (false, false) => 0,
            };
        }
        self.units.push(unit);
    }

    /// Build the function object for `code` in the current unit: closure, then code.
    /// `extra` are the MakeFunction flag bits for defaults already pushed.
    fn make_function(&mut self, code: CodeObject, extra: u32) {
        let mut arg = extra;
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let u = self.unit_ref();
                // A free variable of the inner code is a cell or free variable here
                // (class bodies pass `__class__` and DEF_FREE_CLASS names on).
                let i = match u.cellvars.iter().position(|c| c == name) {
                    Some(i) => i,
                    None => {
                        u.cellvars.len() + u.freevars.iter().position(|c| c == name).unwrap_or(0)
                    }
                };
                self.emit(Op::LoadClosure, i as u32);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            arg |= 8;
        }
        self.load_const(Const::Code(Arc::new(code)));
        self.emit(Op::MakeFunction, arg);
    }

    /// The `__annotations__` dict of a def (parameter and return annotations, in CPython's
    /// order); returns the MakeFunction flag bit 4 if there are any.
    fn annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u32, ParseError> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        let mut n = 0;
        for a in params {
            if let Some(ann) = &a.annotation {
                let name = self.mangled(&a.name);
                self.load_const(Const::Str(name));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".to_string()));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Op::BuildMap, n);
        Ok(4)
    }

    /// Positional and keyword-only defaults; returns the MakeFunction flag bits.
    fn defaults(&mut self, args: &'a Arguments) -> Result<u32, ParseError> {
        let mut bits = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            bits |= 1;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangled(&arg.name);
                self.load_const(Const::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            bits |= 2;
        }
        Ok(bits)
    }

    fn set_arg_counts(&mut self, args: &Arguments, span: Span) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.forbidden_name(&a.name, false, span)?;
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            self.forbidden_name(&a.name, false, span)?;
        }
        let u = self.unit();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
        Ok(())
    }

    pub(crate) fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> R {
        self.forbidden_name(&f.name, false, span)?;
        for d in &f.decorators {
            self.expr(d)?;
        }
        let firstlineno = f.decorators.first().map_or(span.line, |d| d.span.line);
        self.set_loc(span);
        let bits = self.defaults(&f.args)? | self.annotations(&f.args, f.returns.as_ref())?;
        let scope = self.scope_for(NodeKey::Function(f as *const FunctionDef as usize), span)?;
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, &f.name, firstlineno, private);
        if !f.is_async {
            // `await` in a plain def marks the scope as a coroutine only to report errors.
            let u = self.unit();
            u.flags &= !(flags::COROUTINE | flags::ASYNC_GENERATOR);
            if self.table.scopes[scope].is_generator {
                self.unit().flags |= flags::GENERATOR;
            }
        }
        self.set_arg_counts(&f.args, span)?;
        let mut body: &'a [Stmt] = &f.body;
        if let Some(doc) = super::stmt::docstring(body) {
            self.unit().docstring = Some(doc.to_string());
            body = &body[1..];
        }
        self.stmts(body)?;
        self.return_none();
        let code = self.finish_unit()?;
        self.set_loc(span);
        self.make_function(code, bits);
        for d in f.decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Op::Call, 1);
        }
        self.set_loc(span);
        self.nameop(&f.name, super::stmt::NameCtx::Store);
        Ok(())
    }

    pub(crate) fn class_def(&mut self, c: &'a ClassDef, span: Span) -> R {
        self.forbidden_name(&c.name, false, span)?;
        for d in &c.decorators {
            self.expr(d)?;
        }
        let firstlineno = c.decorators.first().map_or(span.line, |d| d.span.line);
        let scope = self.scope_for(NodeKey::Class(c as *const ClassDef as usize), span)?;
        self.enter_unit(scope, &c.name, firstlineno, Some(c.name.clone()));
        self.set_loc(span);
        self.emit_name(Op::LoadName, "__name__");
        self.emit_name(Op::StoreName, "__module__");
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Const::Str(qualname));
        self.emit_name(Op::StoreName, "__qualname__");
        self.body(&c.body)?;
        self.set_loc(span);
        if self.table.scopes[scope].needs_class_closure {
            // `__class__` is cell 0 of a class body.
            self.emit(Op::LoadClosure, 0);
            self.emit(Op::Copy, 1);
            self.emit_name(Op::StoreName, "__classcell__");
            self.emit(Op::ReturnValue, 0);
        } else {
            self.return_none();
        }
        let code = self.finish_unit()?;
        self.set_loc(span);
        self.emit(Op::LoadBuildClass, 0);
        self.make_function(code, 0);
        self.load_const(Const::Str(c.name.to_string()));
        self.call_helper(span, 2, &c.bases, &c.keywords)?;
        for d in c.decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Op::Call, 1);
        }
        self.set_loc(span);
        self.nameop(&c.name, super::stmt::NameCtx::Store);
        Ok(())
    }

    pub(crate) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let bits = self.defaults(args)?;
        let scope = self.scope_for(expr_key(e), e.span)?;
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, "<lambda>", e.span.line, private);
        self.unit().flags &= !(flags::COROUTINE | flags::ASYNC_GENERATOR);
        if self.table.scopes[scope].is_generator {
            self.unit().flags |= flags::GENERATOR;
        }
        self.set_arg_counts(args, e.span)?;
        self.expr(body)?;
        self.set_loc(body.span);
        self.emit(Op::ReturnValue, 0);
        let code = self.finish_unit()?;
        self.set_loc(e.span);
        self.make_function(code, bits);
        Ok(())
    }

    pub(crate) fn comprehension(&mut self, e: &'a Expr) -> R {
        let (kind, elt, value, generators) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, &**elt, None, generators),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, &**elt, None, generators),
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Generator, &**elt, None, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, &**key, Some(&**value), generators),
            _ => return self.error("internal compiler error: not a comprehension", e.span),
        };
        let Some(outermost) = generators.first() else {
            return self.error("comprehension without generators", e.span);
        };
        let outer_kind = self.unit_ref().kind;
        let outer_is_async_def = outer_kind == ScopeKind::Function
            && self.unit_ref().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0;
        let scope = self.scope_for(expr_key(e), e.span)?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async
            && kind != CompKind::Generator
            && !outer_is_async_def
            && !matches!(outer_kind, ScopeKind::Comprehension(_))
        {
            return self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, name, e.span.line, private);
        self.unit().argcount = 1;
        self.set_loc(e.span);
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            CompKind::Dict => self.emit(Op::BuildMap, 0),
            CompKind::Generator => {}
        }
        self.comp_generator(generators, 0, 0, elt, value, kind)?;
        self.set_loc(e.span);
        if kind == CompKind::Generator {
            self.return_none();
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.finish_unit()?;
        self.set_loc(e.span);
        self.make_function(code, 0);
        self.expr(&outermost.iter)?;
        self.set_loc(e.span);
        self.emit(
            if outermost.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        self.emit(Op::Call, 1);
        if is_async && kind != CompKind::Generator {
            self.await_top();
        }
        Ok(())
    }

    /// One `for` clause of a comprehension (recursing into the next); `depth` counts the
    /// iterators between the result container and the top of the stack.
    fn comp_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let gen = &generators[index];
        self.guard.enter(gen.iter.span)?;
        let r = self.comp_generator_inner(generators, index, depth, elt, value, kind);
        self.guard.leave();
        r
    }

    fn comp_generator_inner(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let gen = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&gen.iter)?;
            self.set_loc(gen.iter.span);
            self.emit(
                if gen.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        self.bind(start);
        if gen.is_async {
            let handler = anchor;
            self.push_handler(handler, 0);
            self.emit(Op::GetANext, 0);
            self.await_top();
            self.pop_handler();
        } else {
            self.emit_jump(Op::ForIter, anchor);
        }
        self.store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let depth = depth + 1;
        if index + 1 < generators.len() {
            self.comp_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth + 1);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth + 1);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Op::Jump, start);
        self.bind(anchor);
        if gen.is_async {
            self.emit(Op::EndAsyncFor, 0);
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }
}
