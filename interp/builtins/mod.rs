//! The `builtins` module and the native methods of built-in types.
//!
//! `init_types` runs once per process and registers the methods of every built-in type in
//! its class dict (types are process-wide); `make_builtins_module` builds the module's
//! namespace for an interpreter. Registration helpers live here; each concern (functions,
//! class machinery, exceptions, per-type methods) has its own file.

pub mod bytes_methods;
pub mod classes;
pub mod complex;
pub mod containers;
pub mod core;
pub mod descr_methods;
pub mod exceptions;
pub mod functions;
pub mod iter_fns;
pub mod memoryview;
pub mod numbers;
pub mod numeric_fns;
pub mod set_methods;
pub mod site_fns;
pub mod str_methods;
pub mod strformat;

use crate::object::{ObjRef, Payload};
use crate::objects::function::{NativeFnPtr, NativeFunction, NativeImpl};
use crate::objects::str::intern;
use crate::objects::types::{as_type, types};
use crate::value::Value;
use std::sync::Once;

/// A native function value.
pub fn native(name: &'static str, f: NativeFnPtr) -> Value {
    Value::obj(Payload::NativeFunction(Box::new(NativeFunction {
        name,
        imp: NativeImpl::Fn(f),
        self_: None,
        wants_frame: false,
        owner: None,
    })))
}

/// A native function that receives the caller's namespaces in `vm.caller`.
pub fn native_with_frame(name: &'static str, f: NativeFnPtr) -> Value {
    Value::obj(Payload::NativeFunction(Box::new(NativeFunction {
        name,
        imp: NativeImpl::Fn(f),
        self_: None,
        wants_frame: true,
        owner: None,
    })))
}

/// Register a method (the receiver is the first positional argument) on a class.
pub fn add_method(cls: &ObjRef, name: &'static str, f: NativeFnPtr) {
    let (Some(t), Some(v)) = (as_type(cls), method_value(cls, name, f)) else {
        return;
    };
    crate::vm::immortal::native_definition(&v);
    t.dict.set_str(intern(name), v);
    crate::vm::cache::invalidate_types();
}

/// A native function of `cls`'s instances. Its owner makes a call without the receiver a
/// TypeError rather than an out-of-range argument.
pub fn method_value(cls: &ObjRef, name: &'static str, f: NativeFnPtr) -> Option<Value> {
    let owner: &'static str = leak_name(&as_type(cls)?.name);
    Some(Value::obj(Payload::NativeFunction(Box::new(
        NativeFunction {
            name,
            imp: NativeImpl::Fn(f),
            self_: None,
            wants_frame: false,
            owner: Some(owner),
        },
    ))))
}

/// Register a classmethod implemented natively (receives the class first).
pub fn add_classmethod(cls: &ObjRef, name: &'static str, f: NativeFnPtr) {
    if let Some(t) = as_type(cls) {
        let v = Value::obj(Payload::ClassMethod(native(name, f)));
        crate::vm::immortal::native_definition(&v);
        t.dict.set_str(intern(name), v);
        crate::vm::cache::invalidate_types();
    }
}

/// Register a staticmethod implemented natively.
pub fn add_staticmethod(cls: &ObjRef, name: &'static str, f: NativeFnPtr) {
    if let Some(t) = as_type(cls) {
        // `__new__` gets an owner, which makes a call with no arguments at all a TypeError
        // (see `call_args`): it always expects `cls`.
        let func = Value::obj(Payload::NativeFunction(Box::new(NativeFunction {
            name,
            imp: NativeImpl::Fn(f),
            self_: None,
            wants_frame: false,
            owner: (name == "__new__").then(|| leak_name(&t.name)),
        })));
        let v = Value::obj(Payload::StaticMethod(func));
        crate::vm::immortal::native_definition(&v);
        t.dict.set_str(intern(name), v);
        crate::vm::cache::invalidate_types();
    }
}

/// A read-only property computed by a native getter.
pub fn getter_property(name: &'static str, f: NativeFnPtr) -> Value {
    Value::obj(Payload::Property(Box::new(crate::object::Property {
        fget: native(name, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })))
}

/// A new built-in class deriving from `object`, its methods added by `register`.
pub fn builtin_class(name: &str, register: fn(&ObjRef)) -> ObjRef {
    let t = types();
    let c = crate::objects::types::new_class(
        name,
        vec![t.object.clone()],
        vec![t.object.clone()],
        crate::objects::dict::Dict::new(),
        true,
        None,
    );
    register(&c);
    c
}

/// Set a plain class attribute.
pub fn add_attr(cls: &ObjRef, name: &str, v: Value) {
    if let Some(t) = as_type(cls) {
        t.dict.set_str(intern(name), v);
        crate::vm::cache::invalidate_types();
    }
}

/// Type names are few and live forever: intern them as `&'static str`.
fn leak_name(s: &str) -> &'static str {
    use parking_lot::Mutex;
    use std::collections::HashMap;
    static NAMES: std::sync::OnceLock<Mutex<HashMap<String, &'static str>>> =
        std::sync::OnceLock::new();
    let mut m = NAMES.get_or_init(|| Mutex::new(HashMap::new())).lock();
    if let Some(n) = m.get(s) {
        return n;
    }
    let n: &'static str = Box::leak(s.to_string().into_boxed_str());
    m.insert(s.to_string(), n);
    n
}

/// Register the native methods of all built-in types (once per process).
pub fn init_types() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        core::init();
        exceptions::init();
        numbers::init();
        str_methods::init();
        bytes_methods::init();
        containers::init();
        set_methods::init();
        site_fns::init();
        descr_methods::init();
        memoryview::memoryview_class();
        complex::complex_class();
        crate::vm::asyncgen::init();
        for init in crate::stdlib::TYPE_INITS {
            init();
        }
    });
}

/// Build the `builtins` module's namespace.
pub fn fill_builtins(d: &crate::objects::dict::Dict) {
    let t = types();
    let set = |name: &str, v: Value| d.set_str(intern(name), v);
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("memoryview", memoryview::memoryview_class()),
        ("complex", complex::complex_class()),
    ] {
        set(name, Value::Obj(cls.clone()));
    }
    for name in &t.exception_names {
        set(name, Value::Obj(t.exceptions[name].clone()));
    }
    set("EnvironmentError", Value::Obj(t.exc("OSError").clone()));
    set("IOError", Value::Obj(t.exc("OSError").clone()));
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set("Ellipsis", crate::objects::types::ellipsis());
    set("NotImplemented", crate::objects::types::not_implemented());
    set("__debug__", Value::Bool(true));
    set(
        "__build_class__",
        native("__build_class__", classes::build_class),
    );
    functions::register(d);
    site_fns::register(d);
}
