//! Exception payload: `args`, the traceback collected while unwinding, and the cause/context
//! links. Exception instances are ordinary class instances (`cls` is the exception class,
//! `dict` holds extra attributes such as `StopIteration.value` or `OSError.errno`).

use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::str::intern;
use crate::value::Value;
use crate::vm::code::PyCode;
use parking_lot::Mutex;
use std::sync::Arc;

/// One traceback line: a code object and the index of the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<PyCode>,
    pub pc: u32,
}

#[derive(Default)]
pub struct ExcState {
    /// A tuple value.
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

pub struct ExcData {
    pub state: Mutex<ExcState>,
}

impl ExcData {
    pub fn new(args: Vec<Value>) -> ExcData {
        ExcData {
            state: Mutex::new(ExcState {
                args: Value::tuple(args),
                ..Default::default()
            }),
        }
    }
}

/// The exception payload of an exception instance.
pub fn exc_data(o: &ObjRef) -> Option<&ExcData> {
    match &o.payload {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}

/// A new instance of exception class `cls` with the given args (no `__init__` call).
pub fn new_exception(cls: &ObjRef, args: Vec<Value>) -> ObjRef {
    ObjRef::new(PyObject::with_class(
        Payload::Exception(Box::new(ExcData::new(args))),
        cls.clone(),
    ))
}

/// The `args` tuple items of an exception.
pub fn exc_args(o: &ObjRef) -> Vec<Value> {
    match exc_data(o) {
        Some(e) => match e.state.lock().args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![],
        },
        None => vec![],
    }
}

/// Set an attribute stored in the exception's instance dict.
pub fn set_exc_attr(o: &ObjRef, name: &str, v: Value) {
    if let Some(d) = o.instance_dict() {
        d.set_str(intern(name), v);
    }
}

pub fn get_exc_attr(o: &ObjRef, name: &str) -> Option<Value> {
    o.instance_dict()?.get_str(name)
}
