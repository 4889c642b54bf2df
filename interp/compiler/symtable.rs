//! Symbol tables: which scope every name of every code block lives in.
//!
//! Built in two passes, as CPython's `Python/symtable.c`: `symvisit.rs` walks the AST and
//! records, per scope, how each name is used (flags below); `analyze` then resolves each name
//! to local / global (explicit or implicit) / free / cell by passing the sets of names bound
//! in enclosing function scopes down the tree and the sets of free names back up.
//! Invariants: class scopes never make their names visible to nested scopes; a name bound in
//! a function and free in a nested scope becomes a cell; `__class__` is an implicit cell of a
//! class whose methods use `super` or `__class__`.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::error_at;
use crate::grammar::ast::{ParseError, Span};

/// Assigned to (or deleted) in this scope.
pub const DEF_LOCAL: u16 = 1;
/// Declared `global`.
pub const DEF_GLOBAL: u16 = 2;
/// A parameter.
pub const DEF_PARAM: u16 = 4;
/// Declared `nonlocal` (or the target of a walrus in a comprehension).
pub const DEF_NONLOCAL: u16 = 8;
/// Read in this scope.
pub const USE: u16 = 16;
/// Bound by an import.
pub const DEF_IMPORT: u16 = 32;
/// A class-scope name that is also free in a nested function: the class body needs it as a
/// free variable to pass the cell on, while its own uses stay dictionary lookups.
pub const DEF_FREE_CLASS: u16 = 64;
/// Target of a simple annotated assignment.
pub const DEF_ANNOT: u16 = 128;
/// Iteration variable of a comprehension.
pub const DEF_COMP_ITER: u16 = 256;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u16,
    pub scope: SymScope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: fast locals, `return` and `yield` allowed.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

/// Identifies the AST node that opens a scope: its kind and address (the AST is borrowed
/// for the whole compilation, so addresses are stable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKey {
    Function(usize),
    Class(usize),
    Expr(usize),
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The scope's name as CPython's `symtable` reports it (for the tests' comparison).
    #[cfg(test)]
    pub name: Rc<str>,
    pub symbols: HashMap<Rc<str>, Symbol>,
    /// Symbol names in first-seen order (analysis and error reporting follow it).
    pub order: Vec<Rc<str>>,
    /// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
    pub params: Vec<Rc<str>>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Span of the first `return <value>` (for the async-generator check).
    pub returns_value: Option<Span>,
    /// A class whose methods use `super`/`__class__`: its body gets a `__class__` cell.
    pub needs_class_closure: bool,
    /// Span of the first `global`/`nonlocal` statement naming each name.
    pub directives: HashMap<Rc<str>, Span>,
    /// Set while visiting comprehension iteration targets.
    pub comp_iter_target: bool,
    /// Nesting count of comprehension iterable expressions being visited.
    pub comp_iter_expr: u32,
}

impl Scope {
    pub fn new(kind: ScopeKind, _name: Rc<str>) -> Scope {
        Scope {
            kind,
            #[cfg(test)]
            name: _name,
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            returns_value: None,
            needs_class_closure: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn flags(&self, name: &str) -> u16 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    pub fn scope_of(&self, name: &str) -> Option<SymScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    /// Sorted names with the given resolved scope (or, for free variables of classes, the
    /// `DEF_FREE_CLASS` flag), as CPython orders `co_cellvars` / `co_freevars`.
    pub fn names_where(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| pred(s))
            .map(|(n, _)| n.to_string())
            .collect();
        v.sort();
        v
    }
}

#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<NodeKey, ScopeId>,
}

type NameSet = HashSet<Rc<str>>;

impl SymbolTable {
    /// Resolve every name of every scope (the module is scope 0).
    pub fn analyze(&mut self) -> Result<(), ParseError> {
        let mut free = NameSet::new();
        let mut global = NameSet::new();
        self.analyze_block(0, None, &mut free, &mut global)
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<(), ParseError> {
        let kind = self.scopes[id].kind;
        let is_class = kind == ScopeKind::Class;
        let mut local = NameSet::new();
        let mut scopes: HashMap<Rc<str>, SymScope> = HashMap::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();

        // A class namespace is invisible to nested scopes: they see what the class saw.
        if is_class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }
        let order = self.scopes[id].order.clone();
        for name in &order {
            let flags = self.scopes[id].flags(name);
            let sc = self.analyze_name(
                id,
                name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.insert(name.clone(), sc);
        }
        if !is_class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert(Rc::from("__class__"));
        }

        let children = self.scopes[id].children.clone();
        for child in children {
            let mut child_bound = newbound.clone();
            let mut child_global = newglobal.clone();
            let mut child_free = NameSet::new();
            self.analyze_block(
                child,
                Some(&mut child_bound),
                &mut child_free,
                &mut child_global,
            )?;
            newfree.extend(child_free);
        }

        if kind.is_function_like() {
            // Locals captured by nested scopes become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == SymScope::Local && newfree.remove(name) {
                    *sc = SymScope::Cell;
                }
            }
        } else if is_class && newfree.remove("__class__") {
            self.scopes[id].needs_class_closure = true;
        }

        let scope = &mut self.scopes[id];
        for (name, sc) in &scopes {
            if let Some(sym) = scope.symbols.get_mut(name) {
                sym.scope = *sc;
            }
        }
        // Free names of children not bound here pass through this scope as free variables.
        for name in &newfree {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound.as_deref() {
                if !b.contains(name) {
                    continue;
                }
            }
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: SymScope::Free,
                },
            );
            scope.order.push(name.clone());
        }
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: ScopeId,
        name: &Rc<str>,
        flags: u16,
        bound: Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<SymScope, ParseError> {
        let directive_err = |msg: String| {
            let span = self.scopes[id]
                .directives
                .get(name)
                .copied()
                .unwrap_or_default();
            error_at(msg, span)
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(directive_err(format!(
                    "name '{name}' is nonlocal and global"
                )));
            }
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(directive_err(
                    "nonlocal declaration not allowed at module level".into(),
                ));
            };
            if !b.contains(name) {
                return Err(directive_err(format!(
                    "no binding for nonlocal '{name}' found"
                )));
            }
            free.insert(name.clone());
            return Ok(SymScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            return Ok(SymScope::Local);
        }
        if let Some(b) = bound {
            if b.contains(name) {
                free.insert(name.clone());
                return Ok(SymScope::Free);
            }
        }
        Ok(SymScope::GlobalImplicit)
    }
}
