//! Type objects: `TypeData` (the payload of every class, built-in or user-defined), C3 MRO
//! computation, and the process-wide registry of built-in types and exception classes.
//!
//! Built-in types live for the whole process (a `OnceLock`), so finding the type of a
//! built-in value is a match on its payload and never touches a reference count.

use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::value::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What payload instances of a class carry: inherited from the first built-in base that
/// is not `object`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// Types whose instances can only be made natively (function, module, ...).
    Opaque,
}

pub struct TypeData {
    pub name: String,
    pub qualname: parking_lot::Mutex<String>,
    pub bases: Vec<ObjRef>,
    /// The method resolution order without the class itself.
    pub mro: Vec<ObjRef>,
    pub dict: Dict,
    pub layout: Layout,
    /// Built-in types cannot be given new attributes.
    pub builtin: bool,
    /// Instances of user classes carry a `__dict__`.
    pub instance_dict: bool,
    /// The class (or a base) defines `__del__`: instances are finalized (see object.rs).
    pub has_del: std::sync::atomic::AtomicBool,
    /// With `__slots__` all the way up the MRO: the only attribute names instances accept.
    pub slots: OnceLock<Box<[String]>>,
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // The address may be reused by a new class: cached lookups must not survive.
        crate::vm::cache::invalidate_types();
    }
}

impl TypeData {
    /// Look a str payload up along the MRO (cached hash; the class itself first).
    pub fn lookup_pystr(this: &ObjRef, name: &crate::objects::str::PyStr) -> Option<Value> {
        let td = as_type(this)?;
        if let Some(v) = td.dict.get_pystr(name) {
            return Some(v);
        }
        for c in &td.mro {
            if let Some(v) = as_type(c).and_then(|t| t.dict.get_pystr(name)) {
                return Some(v);
            }
        }
        None
    }

    /// Look `name` up along the MRO (the class itself first).
    pub fn lookup_in_mro(this: &ObjRef, name: &str) -> Option<Value> {
        let td = as_type(this)?;
        if let Some(v) = td.dict.get_str(name) {
            return Some(v);
        }
        for c in &td.mro {
            if let Some(v) = as_type(c).and_then(|t| t.dict.get_str(name)) {
                return Some(v);
            }
        }
        None
    }
}

#[inline]
pub fn as_type(o: &ObjRef) -> Option<&TypeData> {
    match &o.payload {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

/// The class of `cls` and all of its MRO, in order (the class first).
pub fn mro_with_self(cls: &ObjRef) -> Vec<ObjRef> {
    let mut v = vec![cls.clone()];
    if let Some(t) = as_type(cls) {
        v.extend(t.mro.iter().cloned());
    }
    v
}

/// `issubclass(a, b)` for classes.
pub fn is_subclass(a: &ObjRef, b: &ObjRef) -> bool {
    if ObjRef::ptr_eq(a, b) {
        return true;
    }
    match as_type(a) {
        Some(t) => t.mro.iter().any(|c| ObjRef::ptr_eq(c, b)),
        None => false,
    }
}

/// C3 linearisation of `bases` (the MRO of a new class, without the class itself).
/// Returns `Err(message)` when no consistent order exists.
pub fn compute_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(mro_with_self).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| ObjRef::ptr_eq(x, cand)));
            if !in_tail {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases.iter().map(|b| type_name(b).to_string()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if ObjRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

pub fn type_name(cls: &ObjRef) -> &str {
    match as_type(cls) {
        Some(t) => &t.name,
        None => "?",
    }
}

/// Make a new class object. `metaclass` is `None` for the plain `type`.
pub fn new_class(
    name: &str,
    bases: Vec<ObjRef>,
    mro: Vec<ObjRef>,
    dict: Dict,
    builtin: bool,
    metaclass: Option<ObjRef>,
) -> ObjRef {
    let layout = bases
        .iter()
        .filter_map(as_type)
        .map(|t| t.layout)
        .find(|l| *l != Layout::Object)
        .unwrap_or(Layout::Object);
    let instance_dict = !builtin;
    let td = TypeData {
        name: name.to_string(),
        qualname: parking_lot::Mutex::new(name.to_string()),
        bases,
        mro,
        dict,
        layout,
        builtin,
        instance_dict,
        has_del: std::sync::atomic::AtomicBool::new(false),
        slots: OnceLock::new(),
    };
    let mut obj = PyObject::new(Payload::Type(Box::new(td)));
    obj.cls = metaclass;
    ObjRef::new(obj)
}

/// The registry of built-in types.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub none_type: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub code: ObjRef,
    pub module: ObjRef,
    pub cell: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub iterator: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub base_exception: ObjRef,
    pub exception: ObjRef,
    /// Every built-in exception class by name.
    pub exceptions: HashMap<&'static str, ObjRef>,
    /// Order in which the exception classes were created (for the builtins module).
    pub exception_names: Vec<&'static str>,
}

static TYPES: OnceLock<Types> = OnceLock::new();
static NOT_IMPLEMENTED: OnceLock<ObjRef> = OnceLock::new();
static ELLIPSIS: OnceLock<ObjRef> = OnceLock::new();

#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(build_types)
}

pub fn not_implemented() -> Value {
    Value::Obj(
        NOT_IMPLEMENTED
            .get_or_init(|| immortal(PyObject::new(Payload::NotImplemented)))
            .clone(),
    )
}

pub fn ellipsis() -> Value {
    Value::Obj(
        ELLIPSIS
            .get_or_init(|| immortal(PyObject::new(Payload::Ellipsis)))
            .clone(),
    )
}

fn builtin(name: &str, bases: &[&ObjRef], layout: Layout) -> ObjRef {
    let bases: Vec<ObjRef> = bases.iter().map(|b| (*b).clone()).collect();
    let mro = compute_mro(&bases).unwrap_or_default();
    let td = TypeData {
        name: name.to_string(),
        qualname: parking_lot::Mutex::new(name.to_string()),
        bases,
        mro,
        dict: Dict::new(),
        layout,
        builtin: true,
        instance_dict: false,
        has_del: std::sync::atomic::AtomicBool::new(false),
        slots: OnceLock::new(),
    };
    immortal(PyObject::new(Payload::Type(Box::new(td))))
}

/// Built-in types and singletons live as long as the process: no count traffic on them.
fn immortal(o: PyObject) -> ObjRef {
    let r = ObjRef::new(o);
    r.make_immortal();
    r
}

/// (name, base) pairs in creation order: every base precedes its subclasses.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

fn build_types() -> Types {
    let object = builtin("object", &[], Layout::Object);
    let o = &object;
    let int = builtin("int", &[o], Layout::Int);
    let base_exception = builtin("BaseException", &[o], Layout::Exception);
    let mut exceptions = HashMap::new();
    let mut exception_names = vec!["BaseException"];
    exceptions.insert("BaseException", base_exception.clone());
    for (name, base) in EXCEPTIONS {
        let b = exceptions[base].clone();
        let t = builtin(name, &[&b], Layout::Exception);
        exceptions.insert(*name, t);
        exception_names.push(*name);
    }
    let exception = exceptions["Exception"].clone();
    Types {
        type_: builtin("type", &[o], Layout::Type),
        bool_: builtin("bool", &[&int], Layout::Int),
        int,
        float: builtin("float", &[o], Layout::Float),
        str_: builtin("str", &[o], Layout::Str),
        bytes: builtin("bytes", &[o], Layout::Bytes),
        bytearray: builtin("bytearray", &[o], Layout::Opaque),
        list: builtin("list", &[o], Layout::List),
        tuple: builtin("tuple", &[o], Layout::Tuple),
        dict: builtin("dict", &[o], Layout::Dict),
        set: builtin("set", &[o], Layout::Set),
        frozenset: builtin("frozenset", &[o], Layout::FrozenSet),
        none_type: builtin("NoneType", &[o], Layout::Opaque),
        function: builtin("function", &[o], Layout::Opaque),
        builtin_function: builtin("builtin_function_or_method", &[o], Layout::Opaque),
        method: builtin("method", &[o], Layout::Opaque),
        code: builtin("code", &[o], Layout::Opaque),
        module: builtin("module", &[o], Layout::Opaque),
        cell: builtin("cell", &[o], Layout::Opaque),
        generator: builtin("generator", &[o], Layout::Opaque),
        coroutine: builtin("coroutine", &[o], Layout::Opaque),
        async_generator: builtin("async_generator", &[o], Layout::Opaque),
        range: builtin("range", &[o], Layout::Opaque),
        slice: builtin("slice", &[o], Layout::Opaque),
        iterator: builtin("iterator", &[o], Layout::Opaque),
        property: builtin("property", &[o], Layout::Opaque),
        staticmethod: builtin("staticmethod", &[o], Layout::Opaque),
        classmethod: builtin("classmethod", &[o], Layout::Opaque),
        super_: builtin("super", &[o], Layout::Opaque),
        dict_keys: builtin("dict_keys", &[o], Layout::Opaque),
        dict_values: builtin("dict_values", &[o], Layout::Opaque),
        dict_items: builtin("dict_items", &[o], Layout::Opaque),
        not_implemented_type: builtin("NotImplementedType", &[o], Layout::Opaque),
        ellipsis_type: builtin("ellipsis", &[o], Layout::Opaque),
        base_exception,
        exception,
        exceptions,
        exception_names,
        object,
    }
}

impl Types {
    /// A built-in exception class by name (must exist).
    pub fn exc(&self, name: &str) -> &ObjRef {
        self.exceptions.get(name).unwrap_or(&self.exception)
    }
}

/// The class of any value, borrowed from the value or from the static registry.
#[inline]
pub fn type_of(v: &Value) -> &ObjRef {
    let t = types();
    match v {
        Value::None => &t.none_type,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Obj(o) => match &o.cls {
            Some(c) => c,
            None => payload_type(&o.payload),
        },
    }
}

fn payload_type(p: &Payload) -> &'static ObjRef {
    let t = types();
    match p {
        Payload::Object => &t.object,
        Payload::Str(_) => &t.str_,
        Payload::BigInt(_) => &t.int,
        Payload::Tuple(_) => &t.tuple,
        Payload::List(_) => &t.list,
        Payload::Dict(_) => &t.dict,
        Payload::Set(_) => &t.set,
        Payload::FrozenSet(_) => &t.frozenset,
        Payload::Bytes(_) => &t.bytes,
        Payload::ByteArray(_) => &t.bytearray,
        Payload::Type(_) => &t.type_,
        Payload::Function(_) => &t.function,
        Payload::NativeFunction(_) => &t.builtin_function,
        Payload::BoundMethod { .. } => &t.method,
        Payload::Code(_) => &t.code,
        Payload::Module(_) => &t.module,
        Payload::Cell(_) => &t.cell,
        Payload::Generator(g) => match g.kind {
            crate::vm::generator::GenKind::Coroutine => &t.coroutine,
            crate::vm::generator::GenKind::AsyncGenerator => &t.async_generator,
            crate::vm::generator::GenKind::Generator => &t.generator,
        },
        Payload::Range { .. } => &t.range,
        Payload::Slice { .. } => &t.slice,
        Payload::Iter(_) => &t.iterator,
        Payload::Property(_) => &t.property,
        Payload::StaticMethod(_) => &t.staticmethod,
        Payload::ClassMethod(_) => &t.classmethod,
        Payload::Super { .. } => &t.super_,
        Payload::Exception(_) => &t.base_exception,
        Payload::DictView { kind, .. } => match kind {
            crate::object::DictViewKind::Keys => &t.dict_keys,
            crate::object::DictViewKind::Values => &t.dict_values,
            crate::object::DictViewKind::Items => &t.dict_items,
        },
        Payload::NotImplemented => &t.not_implemented_type,
        Payload::Ellipsis => &t.ellipsis_type,
        Payload::Native(n) => n.type_obj(),
    }
}

/// The name of a value's type, as error messages print it.
pub fn type_name_of(v: &Value) -> &str {
    type_name(type_of(v))
}

/// Is `v` an instance of `cls` (by MRO; no `__instancecheck__`)?
pub fn isinstance(v: &Value, cls: &ObjRef) -> bool {
    is_subclass(type_of(v), cls)
}
