//! `PyObject`: the heap object behind `Value::Obj`, and `Payload`, the closed set of built-in
//! representations.
//!
//! Every object has a payload; instances of user classes (and of subclasses of built-in
//! types, and every exception) also carry their class in `cls` and their attributes in
//! `dict`. For plain built-in values `cls` is `None` and the type follows from the payload.
//! Immutable payloads (str, tuple, bytes, code, frozenset) have no lock; mutable ones own a
//! `parking_lot` mutex that is a leaf lock: it is never held while Python code runs.

use crate::objects::dict::Dict;
use crate::objects::exception::ExcData;
use crate::objects::function::{Function, NativeFunction};
use crate::objects::set::SetData;
use crate::objects::str::PyStr;
use crate::objects::types::TypeData;
use crate::value::Value;
use num_bigint::BigInt;
use parking_lot::Mutex;
use std::any::Any;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

pub use crate::objref::ObjRef;
use crate::objref::FINALIZED;

#[repr(C)]
pub struct PyObject {
    /// First, so it shares a cache line with the count before it (read on every copy and
    /// drop). `objref::FINALIZED` once `__del__` has run (or been queued), so it runs at most
    /// once; `objref::IMMORTAL` for objects that are never freed.
    pub(crate) flags: AtomicU8,
    /// The class, for instances of user classes, subclasses of built-ins and exceptions.
    pub cls: Option<ObjRef>,
    /// Instance attributes (`__dict__`, a dict object), when the class gives its
    /// instances one.
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

impl PyObject {
    #[inline]
    pub fn new(payload: Payload) -> PyObject {
        PyObject {
            cls: None,
            dict: None,
            payload,
            flags: AtomicU8::new(0),
        }
    }

    /// A new object of class `cls` with an empty instance dict.
    pub fn with_class(payload: Payload, cls: ObjRef) -> PyObject {
        PyObject {
            cls: Some(cls),
            dict: Some(ObjRef::new(PyObject::new(Payload::Dict(Box::new(
                Dict::new(),
            ))))),
            payload,
            flags: AtomicU8::new(0),
        }
    }

    /// The instance attribute dict, if the object has one.
    #[inline]
    pub fn instance_dict(&self) -> Option<&Dict> {
        match &self.dict.as_ref()?.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

/// A native object kind defined outside the core (stdlib modules: deque, locks, files...).
/// Its Python type is `type_obj()`; data is reached by downcasting through `as_any`.
pub trait NativeData: Any + Send + Sync {
    fn type_obj(&self) -> &'static ObjRef;
    fn as_any(&self) -> &dyn Any;
}

pub enum Payload {
    /// A plain instance (of `object` or a user class that has no built-in base).
    Object,
    Str(PyStr),
    BigInt(BigInt),
    Tuple(Box<[Value]>),
    List(Mutex<Vec<Value>>),
    Dict(Box<Dict>),
    Set(Box<SetData>),
    FrozenSet(Box<SetData>),
    Bytes(Box<[u8]>),
    ByteArray(Mutex<Vec<u8>>),
    Type(Box<TypeData>),
    Function(Box<Function>),
    NativeFunction(Box<NativeFunction>),
    /// A function bound to its first argument (`obj.method`).
    BoundMethod {
        func: Value,
        self_: Value,
    },
    Code(Arc<crate::vm::code::PyCode>),
    Module(crate::objects::module::ModuleData),
    /// A closure cell; `None` when empty.
    Cell(Mutex<Option<Value>>),
    Generator(Box<crate::vm::generator::Generator>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    /// Built-in iterators (over lists, tuples, ranges, strings, dict views, ...).
    Iter(crate::objects::iter::IterState),
    Property(Box<Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        /// The class after which the MRO search starts.
        start: ObjRef,
        obj: Value,
        /// `type(obj)`, or obj itself when obj is a class (super() in a classmethod).
        obj_type: ObjRef,
    },
    Exception(Box<ExcData>),
    /// Views returned by `dict.keys()`, `.values()`, `.items()`.
    DictView {
        dict: ObjRef,
        kind: DictViewKind,
    },
    NotImplemented,
    Ellipsis,
    Native(Box<dyn NativeData>),
}

/// A `property` object's accessors.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl Payload {
    /// Short name for debugging output only.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Object => "object",
            Payload::Str(_) => "str",
            Payload::BigInt(_) => "int",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::NativeFunction(_) => "builtin_function_or_method",
            Payload::BoundMethod { .. } => "method",
            Payload::Code(_) => "code",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Generator(_) => "generator",
            Payload::Range { .. } => "range",
            Payload::Slice { .. } => "slice",
            Payload::Iter(_) => "iterator",
            Payload::Property(_) => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super { .. } => "super",
            Payload::Exception(_) => "exception",
            Payload::DictView { .. } => "dict_view",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::Native(_) => "native",
        }
    }
}

/// Objects whose class defines `__del__` are not freed when their last reference goes:
/// `Drop` moves their contents into a new object queued on this thread, and the VM runs
/// `__del__` on it at its next safe point (`Vm::run_finalizers`). Running Python code inside
/// `drop` itself would be unsound: drops happen while object locks are held.
pub static PENDING_FINALIZERS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

thread_local! {
    static FINALIZE_QUEUE: std::cell::RefCell<Vec<ObjRef>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Take the objects queued for finalization on this thread.
pub fn take_finalizable() -> Vec<ObjRef> {
    let v = FINALIZE_QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if !v.is_empty() {
        PENDING_FINALIZERS.fetch_sub(v.len(), Ordering::Relaxed);
    }
    v
}

thread_local! {
    /// Nesting of container drops on this thread, and the payloads deferred past the limit.
    static DROP_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static DEFERRED_DROPS: std::cell::RefCell<Vec<Payload>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Containers nested deeper than this are freed iteratively (CPython's "trashcan"): a chain
/// of a million nested lists must not overflow the native stack when it dies.
const MAX_DROP_DEPTH: u32 = 2000;

/// Drop a container payload with bounded native recursion.
fn drop_container(payload: Payload) {
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth >= MAX_DROP_DEPTH {
        // During thread teardown the queue may be gone: the payload is then dropped here.
        let _ = DEFERRED_DROPS.try_with(|q| q.borrow_mut().push(payload));
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    drop(payload);
    if depth == 0 {
        // The outermost container drop frees what deeper levels deferred, one at a time.
        while let Some(p) = DEFERRED_DROPS.with(|q| q.borrow_mut().pop()) {
            drop(p);
        }
    }
    DROP_DEPTH.with(|d| d.set(depth));
}

impl Drop for PyObject {
    fn drop(&mut self) {
        self.finalize_or_queue();
        if matches!(
            self.payload,
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
        ) {
            drop_container(std::mem::replace(&mut self.payload, Payload::Object));
        }
    }
}

impl PyObject {
    /// Queue the object for `__del__` if its class defines one (see `take_finalizable`).
    fn finalize_or_queue(&mut self) {
        let Some(cls) = &self.cls else {
            return;
        };
        if self.flags.load(Ordering::Relaxed) & FINALIZED != 0 {
            return;
        }
        let has_del = match &cls.payload {
            Payload::Type(t) => t.has_del.load(Ordering::Relaxed),
            _ => false,
        };
        if !has_del {
            return;
        }
        let revived = PyObject {
            cls: self.cls.take(),
            dict: self.dict.take(),
            payload: std::mem::replace(&mut self.payload, Payload::Object),
            flags: AtomicU8::new(FINALIZED),
        };
        let queued = FINALIZE_QUEUE
            .try_with(|q| {
                if let Ok(mut q) = q.try_borrow_mut() {
                    q.push(ObjRef::new(revived));
                    true
                } else {
                    false
                }
            })
            .unwrap_or(false);
        if queued {
            PENDING_FINALIZERS.fetch_add(1, Ordering::Relaxed);
        }
    }
}
