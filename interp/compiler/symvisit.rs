//! First symbol-table pass: walk the AST and record how each scope uses each name.
//!
//! Mirrors the visiting order of CPython's symtable (defaults, decorators and the outermost
//! comprehension iterable belong to the enclosing scope; bodies to the new one). Names are
//! mangled (`__x` → `_C__x`) here exactly as the code generator mangles them, so lookups
//! agree. Errors raised here are the ones CPython raises from its symtable pass.

use std::rc::Rc;

use super::symtable::*;
use super::{error_at, mangle, DepthGuard};
use crate::grammar::ast::*;

pub fn build(body: ModuleOrExpr<'_>) -> Result<SymbolTable, ParseError> {
    let mut b = Builder {
        table: SymbolTable::default(),
        stack: Vec::new(),
        private: None,
        guard: DepthGuard::default(),
    };
    b.table
        .scopes
        .push(Scope::new(ScopeKind::Module, Rc::from("top")));
    b.stack.push(0);
    match body {
        ModuleOrExpr::Module(m) => b.stmts(&m.body)?,
        ModuleOrExpr::Expr(e) => b.expr(e)?,
    }
    let mut table = b.table;
    table.analyze()?;
    Ok(table)
}

#[derive(Clone, Copy)]
pub enum ModuleOrExpr<'a> {
    Module(&'a Module),
    Expr(&'a Expr),
}

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<Rc<str>>,
    guard: DepthGuard,
}

type R = Result<(), ParseError>;

impl Builder {
    fn cur_id(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: NodeKey) {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Rc::from(name)));
        let parent = self.cur_id();
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) -> R {
        let scope = self.cur();
        if scope.is_coroutine && scope.is_generator {
            if let Some(span) = scope.returns_value {
                return Err(error_at("'return' with value in async generator", span));
            }
        }
        self.stack.pop();
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u16, span: Span) -> R {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u16, span: Span) -> R {
        let mangled: Rc<str> = Rc::from(mangle(self.private.as_deref(), name).as_ref());
        let scope = &mut self.table.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(error_at(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error_at(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.clone());
        }
        if !scope.symbols.contains_key(&mangled) {
            scope.order.push(mangled.clone());
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: SymScope::GlobalImplicit,
            },
        );
        if flag & DEF_GLOBAL != 0 && id != 0 {
            // A `global` declaration anywhere marks the module-level name as well.
            let module = &mut self.table.scopes[0];
            if !module.symbols.contains_key(&mangled) {
                module.order.push(mangled.clone());
            }
            module
                .symbols
                .entry(mangled)
                .or_insert(Symbol {
                    flags: 0,
                    scope: SymScope::GlobalImplicit,
                })
                .flags |= flag;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.guard.enter(s.span)?;
        let r = self.stmt_inner(s);
        self.guard.leave();
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.span)?;
                self.exprs(&f.args.defaults)?;
                for d in f.args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.exprs(&f.decorators)?;
                let key = NodeKey::Function(&**f as *const FunctionDef as usize);
                self.enter(ScopeKind::Function, &f.name, key);
                if f.is_async {
                    self.cur().is_coroutine = true;
                }
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.exit()?;
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.span)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorators)?;
                let key = NodeKey::Class(&**c as *const ClassDef as usize);
                self.enter(ScopeKind::Class, &c.name, key);
                let saved = self.private.replace(c.name.clone());
                self.stmts(&c.body)?;
                self.private = saved;
                self.exit()?;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    let scope = self.cur();
                    if scope.returns_value.is_none() {
                        scope.returns_value = Some(s.span);
                    }
                }
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t))?,
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.target(t))?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let mangled = mangle(self.private.as_deref(), name).into_owned();
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(error_at(
                            format!("annotated name '{name}' can't be {what}"),
                            s.span,
                        ));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.target(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { .. } => {
                let mut cur = s;
                while let StmtKind::If { test, body, orelse } = &cur.kind {
                    self.expr(test)?;
                    self.stmts(body)?;
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
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(error_at("import * only allowed at module level", a.span));
                        }
                        continue;
                    }
                    let stored = match &a.asname {
                        Some(n) => n.clone(),
                        None => match a.name.split_once('.') {
                            Some((first, _)) => Rc::from(first),
                            None => a.name.clone(),
                        },
                    };
                    self.add_def(&stored, DEF_IMPORT, a.span)?;
                }
            }
            StmtKind::Global(names) => self.declare(names, s.span, DEF_GLOBAL)?,
            StmtKind::Nonlocal(names) => self.declare(names, s.span, DEF_NONLOCAL)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Ident], span: Span, flag: u16) -> R {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let mangled: Rc<str> = Rc::from(mangle(self.private.as_deref(), name).as_ref());
            let cur = self.cur().flags(&mangled);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(error_at(msg, span));
            }
            self.add_def(name, flag, span)?;
            self.cur().directives.entry(mangled).or_insert(span);
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> R {
        let all = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(&a.kwonlyargs)
            .chain(&a.vararg)
            .chain(&a.kwarg);
        for p in all {
            self.add_def(&p.name, DEF_PARAM, p.span)?;
        }
        Ok(())
    }

    /// A store or delete target.
    fn target(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.span),
            ExprKind::Starred(v) => self.target(v),
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                elts.iter().try_for_each(|t| self.target(t))
            }
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.guard.enter(e.span)?;
        let r = self.expr_inner(e);
        self.guard.leave();
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => self.named_expr(e, target, value)?,
            ExprKind::BinOp { .. } => {
                // Walk left-nested chains (`a+b+c+...`) iteratively.
                let mut rights = Vec::new();
                let mut cur = e;
                while let ExprKind::BinOp { left, right, .. } = &cur.kind {
                    rights.push(&**right);
                    cur = left;
                }
                self.expr(cur)?;
                for r in rights.into_iter().rev() {
                    self.expr(r)?;
                }
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter(ScopeKind::Lambda, "lambda", expr_key(e));
                self.params(args)?;
                self.expr(body)?;
                self.exit()?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_seen(e)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_seen(e)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => {
                self.add_def(n, USE, e.span)?;
                // Zero-argument super() needs the class cell.
                if &**n == "super" && self.cur().kind.is_function_like() {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> R {
        for p in parts {
            if let FStringPart::Value {
                value, format_spec, ..
            } = p
            {
                self.expr(value)?;
                self.fstring(format_spec)?;
            }
        }
        Ok(())
    }

    fn yield_seen(&mut self, e: &Expr) -> R {
        let scope = self.cur();
        scope.is_generator = true;
        if let ScopeKind::Comprehension(kind) = scope.kind {
            let what = match kind {
                CompKind::List => "'yield' inside list comprehension",
                CompKind::Set => "'yield' inside set comprehension",
                CompKind::Dict => "'yield' inside dict comprehension",
                CompKind::Generator => "'yield' inside generator expression",
            };
            return Err(error_at(what, e.span));
        }
        Ok(())
    }

    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.cur().comp_iter_expr > 0 {
            return Err(error_at(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.span,
            ));
        }
        let ExprKind::Name(name) = &target.kind else {
            return Err(error_at(
                "cannot use assignment expressions with this target",
                target.span,
            ));
        };
        if matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            self.extend_namedexpr_scope(name, target.span)?;
        }
        self.expr(value)?;
        self.add_def(name, DEF_LOCAL, target.span)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function (or module).
    fn extend_namedexpr_scope(&mut self, name: &Ident, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.table.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags(&mangled) & DEF_COMP_ITER != 0 {
                        return Err(error_at(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            span,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(id, name, DEF_LOCAL, span);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(id, name, DEF_GLOBAL, span);
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled: Rc<str> = Rc::from(mangle(self.private.as_deref(), name).as_ref());
        self.cur().directives.entry(mangled).or_insert(span);
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        };
        self.enter(ScopeKind::Comprehension(kind), name, expr_key(e));
        if outermost.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.comp_target(&outermost.target)?;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.comp_target(&g.target)?;
            self.cur().comp_iter_expr += 1;
            let r = self.expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_gen = kind == CompKind::Generator;
        self.cur().is_generator = is_gen;
        let is_async = self.cur().is_coroutine && !is_gen;
        self.exit()?;
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> R {
        self.cur().comp_iter_target = true;
        let r = self.target(t);
        self.cur().comp_iter_target = false;
        r
    }
}

pub fn expr_key(e: &Expr) -> NodeKey {
    NodeKey::Expr(e as *const Expr as usize)
}
