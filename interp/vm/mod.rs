//! The virtual machine: per-thread `Vm` state, the shared `Interp`, the error type and the
//! native calling convention.
//!
//! One `Vm` exists per OS thread running Python code and is never shared; everything it
//! points to that other threads can reach is `Send + Sync` by construction. Native functions
//! have the signature `fn(&mut Vm, Args) -> PyResult<Value>` and raise by returning
//! `Err(PyErr)`, which carries a real Python exception object.

pub mod asyncgen;
pub mod attr;
pub mod breaker;
pub mod cache;
pub mod call;
pub mod code;
pub mod errors;
pub mod eval;
pub mod frame;
pub mod fused;
pub mod generator;
pub mod immortal;
pub mod import;
pub mod ops;
pub mod protocol;
pub mod traceback;

use crate::object::ObjRef;
use crate::objects::dict::Dict;
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

/// A raised Python exception: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PyErr({})",
            crate::objects::types::type_name_of(&Value::Obj(self.0.clone()))
        )
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// Arguments of a native call: positional values, then keyword names (str values) with
/// their values, in call order.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    #[inline]
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The value of keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames
            .iter()
            .position(|k| k.as_str() == Some(name))
            .map(|i| &self.kwvals[i])
    }

    /// Positional argument `i`, or keyword `name`.
    pub fn get(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos.get(i).or_else(|| self.kw(name))
    }

    /// The arguments without the first positional one (the receiver of a method).
    pub fn rest(&self) -> Args<'a> {
        Args {
            pos: self.pos.get(1..).unwrap_or(&[]),
            kwnames: self.kwnames,
            kwvals: self.kwvals,
        }
    }
}

/// The calling frame's namespaces, handed to natives that ask for them (`globals()`,
/// `locals()`, `eval`, ...).
#[derive(Clone)]
pub struct CallerFrame {
    pub globals: ObjRef,
    /// The locals mapping: the frame's locals dict, or a snapshot of fast locals.
    pub locals: Value,
}

/// Interpreter-wide state shared by all threads.
pub struct Interp {
    /// `sys.modules` (a dict object).
    pub modules: ObjRef,
    pub builtins: Value,
    /// The builtins module's dict object.
    pub builtins_dict: ObjRef,
    pub sys: Value,
    pub recursion_limit: AtomicU32,
    /// Source text per filename, for traceback lines (CPython's linecache).
    pub sources: Mutex<HashMap<String, Arc<str>>>,
}

impl Interp {
    pub fn modules_dict(&self) -> &Dict {
        dict_of(&self.modules)
    }

    pub fn builtins_dict(&self) -> &Dict {
        dict_of(&self.builtins_dict)
    }

    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        // Like CPython's linecache: pseudo-files (`<string>`, `<stdin>`) have no lines.
        if filename.starts_with('<') {
            return None;
        }
        let src = self.sources.lock().get(filename).cloned().or_else(|| {
            let text: Arc<str> = std::fs::read_to_string(filename).ok()?.into();
            self.sources
                .lock()
                .insert(filename.to_string(), text.clone());
            Some(text)
        })?;
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(|s| s.to_string())
    }
}

/// The dict of a dict object (`Payload::Dict`). Only for objects known to be dicts.
pub fn dict_of(o: &ObjRef) -> &Dict {
    match &o.payload {
        crate::object::Payload::Dict(d) => d,
        _ => empty_dict(),
    }
}

fn empty_dict() -> &'static Dict {
    static EMPTY: std::sync::OnceLock<Dict> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Dict::new)
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Arc<Interp>,
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<Value>,
    /// Python call depth, checked against the recursion limit.
    pub depth: u32,
    /// Reusable value vectors for frames (no allocation per call in steady state).
    pub(crate) pool: Vec<Vec<Value>>,
    pub(crate) local_pool: Vec<Vec<Option<Value>>>,
    /// Reusable stacks of inline frames (Python functions called by the eval loop without
    /// Rust recursion; one stack per nested `run_frame`).
    pub(crate) frame_pool: Vec<frame::InlineFrames>,
    /// Set just before calling a native that wants the caller's namespaces.
    pub caller: Option<CallerFrame>,
    /// Lowest safe native stack address: below it, calls raise RecursionError.
    stack_floor: usize,
    /// Per-thread lookup caches (see cache.rs); handed on to the next thread at exit.
    pub(crate) caches: std::mem::ManuallyDrop<Box<cache::Caches>>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        // SAFETY: `caches` is not used again; this is the only place that takes it.
        let caches = unsafe { std::mem::ManuallyDrop::take(&mut self.caches) };
        cache::Caches::recycle(*caches);
    }
}

/// Native stack reserved for each interpreter thread.
pub const THREAD_STACK_SIZE: usize = 256 << 20;
/// Stay this far from the end of the native stack.
const STACK_MARGIN: usize = 1 << 20;

impl Vm {
    /// A Vm for the current thread, which must have been started with
    /// `THREAD_STACK_SIZE` bytes of stack (`stack_size` says how much it has).
    pub fn new(interp: Arc<Interp>, stack_size: usize) -> Vm {
        let here = stack_address();
        let floor = here.saturating_sub(stack_size.saturating_sub(STACK_MARGIN));
        Vm {
            interp,
            exc_info: None,
            depth: 0,
            pool: Vec::new(),
            local_pool: Vec::new(),
            frame_pool: Vec::new(),
            caller: None,
            stack_floor: floor,
            caches: std::mem::ManuallyDrop::new(cache::Caches::recycled()),
        }
    }

    pub fn recursion_limit(&self) -> u32 {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// Enter a native recursion (container repr, comparison, hashing of nested data): counts
    /// toward the recursion limit like a Python call. The caller decrements `depth` after.
    #[inline]
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit() || self.stack_exhausted() {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        Ok(())
    }

    /// True when the native stack is nearly exhausted.
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        stack_address() < self.stack_floor
    }

    /// A one-character str (shared and immortal for ASCII).
    pub fn char_str(&self, c: char) -> Value {
        static ASCII: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
        if (c as u32) < 128 {
            let chars = ASCII.get_or_init(|| {
                (0u8..128)
                    .map(|b| crate::objects::str::intern(&(b as char).to_string()))
                    .collect()
            });
            chars[c as usize].clone()
        } else {
            Value::str(c.to_string())
        }
    }
}

#[inline(never)]
fn stack_address() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}
