//! Function payloads: Python functions (code + globals + defaults + closure) and native
//! functions (a Rust fn pointer or closure with a name).
//!
//! A function's code, globals and closure never change after creation; the mutable
//! attributes users reassign (`__name__`, `__qualname__`, `__doc__`, `__defaults__`) sit
//! behind a small lock.

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::code::PyCode;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;
use std::sync::Arc;

/// Keyword-only defaults as (name, value) pairs.
pub type KwDefaults = Arc<[(Value, Value)]>;

pub struct Function {
    pub code: Arc<PyCode>,
    /// The module's globals dict object.
    pub globals: ObjRef,
    /// Positional defaults, applying to the last parameters.
    pub defaults: Mutex<Option<Arc<[Value]>>>,
    /// Keyword-only defaults: (name, value).
    pub kwdefaults: Mutex<Option<KwDefaults>>,
    /// Cells for the code's free variables.
    pub closure: Option<Box<[ObjRef]>>,
    pub meta: Mutex<FuncMeta>,
}

pub struct FuncMeta {
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
}

pub type NativeFnPtr = fn(&mut Vm, Args<'_>) -> PyResult<Value>;
pub type NativeClosure = Arc<dyn Fn(&mut Vm, Args<'_>) -> PyResult<Value> + Send + Sync>;

#[derive(Clone)]
pub enum NativeImpl {
    Fn(NativeFnPtr),
    Closure(NativeClosure),
}

pub struct NativeFunction {
    pub name: &'static str,
    pub imp: NativeImpl,
    /// Bound receiver for module-level functions that carry state (rare); methods of
    /// built-in types get `self` as their first positional argument instead.
    pub self_: Option<Value>,
    /// The function needs the calling frame's globals/locals (`globals()`, `locals()`,
    /// `vars()`, `dir()`, `eval`, `exec`): the VM fills `Vm::caller` before the call.
    pub wants_frame: bool,
    /// Qualified owner for the repr (`str.join`), if a method.
    pub owner: Option<&'static str>,
}
