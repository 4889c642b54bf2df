//! Runtime code objects: a compiled `CodeObject` plus its constants and names turned into
//! values once (names interned), so the eval loop indexes ready-made values, plus one
//! lookup hint per instruction (shared by all threads: a hint is only ever a guess that the
//! user checks, so racing updates are harmless), and per-instruction tables computed once
//! from the bytecode (which instructions can fold a value computed before them, index
//! expressions feeding a subscript) that are never written afterwards.

use crate::bytecode::{CodeObject, Const};
use crate::object::Payload;
use crate::objects::str::intern;
use crate::objects::types::ellipsis;
use crate::value::Value;
use std::sync::atomic::AtomicU32;
use std::sync::Arc;

pub struct PyCode {
    pub raw: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    /// `raw.names` as interned str values.
    pub names: Box<[Value]>,
    /// `raw.varnames` as interned str values.
    pub varnames: Box<[Value]>,
    pub name: Value,
    pub qualname: Value,
    pub ncells: usize,
    pub nfree: usize,
    /// Per instruction: where the attribute an instruction names was last found in an
    /// instance dict (`Dict::get_str_hinted`).
    pub hints: Box<[AtomicU32]>,
    /// Per instruction: whether it can consume a value computed just before it without a
    /// push (`fused::fold_kind`); fixed when the code object is built.
    pub fold: Box<[u8]>,
    /// Per instruction: the length of the index expression it starts, when a subscript
    /// follows it (`fused::index_chain_len`), else 0.
    pub chain: Box<[u8]>,
    /// The positional argument count when that is the whole signature (no keyword-only
    /// parameters, no `*args`/`**kwargs`): such calls move their arguments straight into
    /// the first local slots. `u32::MAX` otherwise.
    pub simple_argc: u32,
}

impl PyCode {
    pub fn new(raw: Arc<CodeObject>) -> Arc<PyCode> {
        let consts = raw.consts.iter().map(const_value).collect();
        let names = raw.names.iter().map(|n| intern(n)).collect();
        let varnames = raw.varnames.iter().map(|n| intern(n)).collect();
        let simple = raw.kwonlyargcount == 0
            && raw.flags & (crate::bytecode::flags::VARARGS | crate::bytecode::flags::VARKEYWORDS)
                == 0;
        Arc::new(PyCode {
            simple_argc: if simple { raw.argcount } else { u32::MAX },
            name: intern(&raw.name),
            qualname: Value::str(raw.qualname.clone()),
            ncells: raw.cellvars.len(),
            nfree: raw.freevars.len(),
            hints: raw.instrs.iter().map(|_| AtomicU32::new(0)).collect(),
            fold: (0..raw.instrs.len())
                .map(|i| crate::vm::fused::fold_kind(&raw.instrs, i))
                .collect(),
            chain: (0..raw.instrs.len())
                .map(|i| crate::vm::fused::index_chain_len(&raw.instrs, i))
                .collect(),
            consts,
            names,
            varnames,
            raw,
        })
    }

    #[inline]
    pub fn flags(&self) -> u32 {
        self.raw.flags
    }

    /// Name of cell/free variable `i` (cellvars first, then freevars).
    pub fn deref_name(&self, i: usize) -> &str {
        if i < self.ncells {
            &self.raw.cellvars[i]
        } else {
            self.raw
                .freevars
                .get(i - self.ncells)
                .map_or("?", |s| s.as_str())
        }
    }
}

fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::from_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Complex(re, im) => crate::builtins::complex::new(*re, *im),
        Const::Str(s) => {
            // Identifier-like constants are interned, as CPython does.
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                intern(s)
            } else {
                Value::str(s.clone())
            }
        }
        Const::Bytes(b) => Value::obj(Payload::Bytes(b.clone().into_boxed_slice())),
        Const::Ellipsis => ellipsis(),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(code) => Value::obj(Payload::Code(PyCode::new(code.clone()))),
    }
}
