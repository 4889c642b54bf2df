//! One code object under construction, and the emission primitives of the code generator.
//!
//! Instructions are appended linearly; jump operands are labels until `assemble` resolves
//! them. Exception handling follows CPython 3.11's zero-cost model, but instead of
//! SETUP/POP_BLOCK pseudo-instructions propagated over a CFG, every instruction records the
//! innermost handler active when it was emitted (`handler_stack`), and a `Setup` pseudo
//! instruction marks the point whose stack depth (minus `below`) becomes the handler's
//! truncation depth. Code generators must keep `handler_stack` lexically balanced.

use std::collections::HashMap;
use std::rc::Rc;

use super::symtable::SymScope;
use super::symtable::{ScopeId, ScopeKind, SymbolTable, DEF_FREE_CLASS};
use super::Compiler;
use crate::bytecode::{Const, Op, Position};
use crate::grammar::ast::{Ident, Span, Stmt};

pub(crate) type Label = u32;
pub(crate) type HandlerId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IKind {
    Op(Op),
    /// Start of a protected region: handler `handler` truncates the stack to the depth here
    /// minus `below`.
    Setup {
        handler: HandlerId,
        below: u32,
    },
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct IInstr {
    pub kind: IKind,
    /// The operand; for jumps, a label until assembly.
    pub arg: u32,
    pub handler: Option<HandlerId>,
    pub pos: Position,
}

/// Frame blocks: what `return` / `break` / `continue` must unwind (CPython's fblocks).
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    /// The iterator is on the stack.
    ForLoop,
    TryExcept,
    /// Inside `try` of a try/finally: leaving runs the final body.
    FinallyTry(&'a [Stmt]),
    /// Inside the exceptional copy of a final body: `prev` and `exc` are on the stack.
    FinallyEnd,
    /// `exit` is on the stack.
    With {
        is_async: bool,
    },
    /// Inside an except handler body: `prev` is on the stack; the name bound by `as`.
    HandlerCleanup(Option<&'a Ident>),
    /// A return value saved on the stack while a final body runs.
    PopValue,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// `continue` target of loops.
    pub start: Label,
    /// `break` target of loops.
    pub exit: Label,
    /// Length of the handler stack outside this block (unwinding pops back to it).
    pub handlers_outside: usize,
}

/// Most frame blocks a code object may nest (CPython's CO_MAXBLOCKS).
const MAX_FBLOCKS: usize = 20;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Big(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    Code(usize),
}

fn const_key(c: &Const, index: usize) -> ConstKey {
    match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::Big(b.to_string()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Tuple(items) => ConstKey::Tuple(items.iter().map(|c| const_key(c, index)).collect()),
        // Code objects are never shared.
        Const::Code(_) => ConstKey::Code(index),
    }
}

/// An index set: values in insertion order, with a reverse map.
#[derive(Default)]
pub(crate) struct Pool {
    pub items: Vec<String>,
    map: HashMap<String, u32>,
}

impl Pool {
    pub fn from(items: Vec<String>) -> Pool {
        let map = items
            .iter()
            .enumerate()
            .map(|(i, s)| (s.clone(), i as u32))
            .collect();
        Pool { items, map }
    }

    pub fn get(&self, s: &str) -> Option<u32> {
        self.map.get(s).copied()
    }

    pub fn add(&mut self, s: &str) -> u32 {
        if let Some(i) = self.map.get(s) {
            return *i;
        }
        let i = self.items.len() as u32;
        self.items.push(s.to_string());
        self.map.insert(s.to_string(), i);
        i
    }
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    /// Class name used for private name mangling.
    pub private: Option<Rc<str>>,
    pub instrs: Vec<IInstr>,
    /// Label → index of the instruction it precedes.
    pub labels: Vec<Option<u32>>,
    pub consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    pub names: Pool,
    pub varnames: Pool,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Handler targets, by handler id.
    pub handlers: Vec<Label>,
    pub handler_stack: Vec<HandlerId>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Position,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub docstring: Option<String>,
}

impl<'a> Unit<'a> {
    pub fn new(
        scope: ScopeId,
        table: &SymbolTable,
        name: String,
        qualname: String,
        private: Option<Rc<str>>,
    ) -> Unit<'a> {
        let ste = &table.scopes[scope];
        let mut cellvars = ste.names_where(|s| s.scope == SymScope::Cell);
        if ste.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars =
            ste.names_where(|s| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0);
        let varnames = if ste.kind.is_function_like() {
            ste.params.iter().map(|p| p.to_string()).collect()
        } else {
            Vec::new()
        };
        Unit {
            scope,
            kind: ste.kind,
            name,
            qualname,
            private,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Pool::default(),
            varnames: Pool::from(varnames),
            cellvars,
            freevars,
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            loc: Position::default(),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
        }
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c, self.consts.len());
        if let Some(i) = self.const_map.get(&key) {
            return *i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_map.insert(key, i);
        i
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn unit(&mut self) -> &mut Unit<'a> {
        // `units` is never empty while code is generated (compile_top pushes the module).
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    pub(crate) fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub(crate) fn set_loc(&mut self, span: Span) {
        self.unit().loc = Position {
            line: span.line,
            end_line: span.end_line,
            col: span.col,
            end_col: span.end_col,
        };
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        self.push_instr(IKind::Op(op), arg);
    }

    fn push_instr(&mut self, kind: IKind, arg: u32) {
        let u = self.unit();
        let ins = IInstr {
            kind,
            arg,
            handler: u.handler_stack.last().copied(),
            pos: u.loc,
        };
        u.instrs.push(ins);
    }

    /// Emit a jump-family instruction to `target`.
    pub(crate) fn emit_jump(&mut self, op: Op, target: Label) {
        self.emit(op, target);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        (u.labels.len() - 1) as Label
    }

    pub(crate) fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label as usize] = Some(u.instrs.len() as u32);
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.unit().add_const(c);
        self.emit(Op::LoadConst, i);
    }

    /// Index of `name` in `co_names` (not mangled here).
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        self.unit().names.add(name)
    }

    pub(crate) fn emit_name(&mut self, op: Op, name: &str) {
        let i = self.name_index(name);
        self.emit(op, i);
    }

    /// Start a region handled at `target`; the handler keeps `depth here - below` items.
    pub(crate) fn push_handler(&mut self, target: Label, below: u32) -> HandlerId {
        let u = self.unit();
        let id = u.handlers.len() as HandlerId;
        u.handlers.push(target);
        self.push_instr(IKind::Setup { handler: id, below }, 0);
        self.unit().handler_stack.push(id);
        id
    }

    pub(crate) fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    pub(crate) fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        start: Label,
        exit: Label,
        handlers_outside: usize,
        span: Span,
    ) -> Result<(), crate::grammar::ast::ParseError> {
        if self.unit_ref().fblocks.len() >= MAX_FBLOCKS {
            return self.error("too many statically nested blocks", span);
        }
        self.unit().fblocks.push(FBlock {
            kind,
            start,
            exit,
            handlers_outside,
        });
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    pub(crate) fn handler_depth(&self) -> usize {
        self.unit_ref().handler_stack.len()
    }

    /// Mangle `name` with the current class's private name.
    pub(crate) fn mangled(&self, name: &str) -> String {
        super::mangle(self.unit_ref().private.as_deref(), name).into_owned()
    }
}
