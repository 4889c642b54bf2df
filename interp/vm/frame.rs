//! Frames: the execution state of one code object (value stack, fast locals, cells).
//!
//! Plain calls build their frame on the Rust stack with vectors recycled through the
//! thread's pool; only generators and coroutines keep a frame on the heap.

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::code::PyCode;
use std::sync::Arc;

pub struct Frame {
    pub code: Arc<PyCode>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    /// The globals dict object.
    pub globals: ObjRef,
    /// The locals mapping of module and class bodies (non-optimized code).
    pub locals_dict: Option<ObjRef>,
    /// Set by `Reraise` so that re-raising adds no traceback line.
    pub reraise: bool,
}

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Frame {
    /// Line of the instruction that ran last (the one that raised, after an error).
    pub fn current_line(&self) -> u32 {
        self.code.raw.line_of(self.pc.saturating_sub(1))
    }
}
