//! Frames: the execution state of one code object (value stack, fast locals, cells).
//!
//! Plain calls build their frame on the Rust stack with vectors recycled through the
//! thread's pool, and borrow the function's code and globals instead of cloning the `Arc`s
//! (two atomic increments and decrements per call saved, and no shared refcount cache line
//! bouncing between threads calling the same function). Generators and coroutines keep an
//! owning frame on the heap.

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::code::PyCode;
use std::mem::ManuallyDrop;
use std::sync::Arc;

pub struct Frame {
    /// The code being run. For borrowed frames this handle does not own a count.
    pub code: ManuallyDrop<Arc<PyCode>>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    /// The globals dict object. For borrowed frames this handle does not own a count.
    pub globals: ManuallyDrop<ObjRef>,
    /// The locals mapping of module and class bodies (non-optimized code).
    pub locals_dict: Option<ObjRef>,
    /// Set by `Reraise` so that re-raising adds no traceback line.
    pub reraise: bool,
    /// Whether `code` and `globals` hold counts of their own (and must release them).
    owns_refs: bool,
}

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Frame {
    /// A frame owning its references to `code` and `globals`.
    pub fn owned(
        code: Arc<PyCode>,
        globals: ObjRef,
        stack: Vec<Value>,
        locals: Vec<Option<Value>>,
    ) -> Frame {
        Frame {
            code: ManuallyDrop::new(code),
            pc: 0,
            stack,
            locals,
            cells: Vec::new(),
            globals: ManuallyDrop::new(globals),
            locals_dict: None,
            reraise: false,
            owns_refs: true,
        }
    }

    /// A frame borrowing `code` and `globals`.
    ///
    /// # Safety
    /// The objects behind `code` and `globals` must stay alive for as long as the frame
    /// does (the caller holds the function being called for the duration of the call), and
    /// the frame must become owning (`into_owned`) before it can outlive them.
    pub unsafe fn borrowed(
        code: &Arc<PyCode>,
        globals: &ObjRef,
        stack: Vec<Value>,
        locals: Vec<Option<Value>>,
    ) -> Frame {
        Frame {
            code: ManuallyDrop::new(Arc::from_raw(Arc::as_ptr(code))),
            pc: 0,
            stack,
            locals,
            cells: Vec::new(),
            globals: ManuallyDrop::new(Arc::from_raw(Arc::as_ptr(globals))),
            locals_dict: None,
            reraise: false,
            owns_refs: false,
        }
    }

    /// Make the frame hold counts of its own (a generator frame outlives the call).
    pub fn into_owned(mut self) -> Frame {
        if !self.owns_refs {
            // The borrowed handles are overwritten without dropping: they own nothing.
            self.code = ManuallyDrop::new(Arc::clone(&self.code));
            self.globals = ManuallyDrop::new(Arc::clone(&self.globals));
            self.owns_refs = true;
        }
        self
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if self.owns_refs {
            // SAFETY: owning handles are dropped exactly once, here.
            unsafe {
                ManuallyDrop::drop(&mut self.code);
                ManuallyDrop::drop(&mut self.globals);
            }
        }
    }
}
