//! Frames: the execution state of one code object (value stack, fast locals, cells).
//!
//! Plain calls use frames that borrow the function's code and globals instead of cloning
//! the `Arc`s (two atomic increments and decrements per call saved, and no shared refcount
//! cache line bouncing between threads calling the same function): calls from bytecode run
//! in reused `InlineFrames` slots, calls from native code build a frame on the Rust stack
//! with vectors recycled through the thread's pool. Generators and coroutines keep an
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
    /// For a frame run inline by the eval loop (no Rust recursion): the function being
    /// called, kept alive here because `code` and `globals` are borrowed from it.
    pub callee: Option<Value>,
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
            callee: None,
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
            globals: ManuallyDrop::new(ObjRef::from_raw(ObjRef::as_ptr(globals))),
            locals_dict: None,
            reraise: false,
            owns_refs: false,
            callee: None,
        }
    }

    /// Make the frame hold counts of its own (a generator frame outlives the call).
    pub fn into_owned(mut self) -> Frame {
        if !self.owns_refs {
            // The borrowed handles are overwritten without dropping: they own nothing.
            self.code = ManuallyDrop::new(Arc::clone(&self.code));
            self.globals = ManuallyDrop::new(ObjRef::clone(&self.globals));
            self.owns_refs = true;
        }
        self
    }
}

/// Frames of plain Python calls that the eval loop runs inline (no Rust recursion per
/// call), innermost last. Slots from `len` on are retired frames kept for the capacity of
/// their vectors, so a call allocates nothing in steady state; a retired frame holds no
/// values, and its `code` and `globals` handles are stale and never read.
#[derive(Default)]
pub struct InlineFrames {
    pub(crate) slots: Vec<Frame>,
    pub(crate) len: usize,
}

impl InlineFrames {
    /// The innermost running frame: the last inline one, else `root`.
    #[inline(always)]
    pub fn top<'a>(&'a mut self, root: &'a mut Frame) -> &'a mut Frame {
        match self.len.checked_sub(1).and_then(|i| self.slots.get_mut(i)) {
            Some(f) => f,
            None => root,
        }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Add a retired slot (all slots are in use).
    #[cold]
    #[inline(never)]
    pub fn grow(&mut self, code: &Arc<PyCode>, globals: &ObjRef) {
        // SAFETY: a retired slot's handles are never read before `rebind`.
        let blank = unsafe { Frame::borrowed(code, globals, Vec::new(), Vec::new()) };
        self.slots.push(blank);
    }
}

impl Frame {
    /// Point a retired borrowed frame at a new function's code and globals.
    ///
    /// # Safety
    /// As for `Frame::borrowed`: the objects must outlive the frame's use of them (the
    /// inline frame holds the function in `callee`).
    #[inline(always)]
    pub unsafe fn rebind(&mut self, code: &Arc<PyCode>, globals: &ObjRef) {
        debug_assert!(!self.owns_refs);
        // The old handles own nothing: overwrite without dropping.
        self.code = ManuallyDrop::new(Arc::from_raw(Arc::as_ptr(code)));
        self.globals = ManuallyDrop::new(ObjRef::from_raw(ObjRef::as_ptr(globals)));
        self.pc = 0;
    }

    /// Drop everything a finished inline frame holds, keeping its vectors' capacity. The
    /// local slots stay, emptied: the next call of a function with as many locals (a
    /// recursive one, say) needs no resizing.
    #[inline(always)]
    pub fn retire(&mut self) {
        self.stack.clear();
        for slot in &mut self.locals {
            *slot = None;
        }
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        self.callee = None;
        self.reraise = false;
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
