//! Which objects become immortal (the mechanism is in `objref.rs`).
//!
//! Free-threaded CPython stops counting references to functions, code, classes and modules
//! because they are shared by every thread that calls them. gilpy makes the objects that live
//! as long as the interpreter anyway immortal: built-in types and their methods, the
//! functions of native modules, interned names, imported modules and their namespaces, and
//! the functions and classes a module binds at its top level (and their methods).
//!
//! What must stay true: only definitions reached from a module namespace are made immortal,
//! and a Python function or class only when it is bound under its own name (`def f`,
//! `class C`, a decorator that keeps the name): never values created per call (closures,
//! lambdas, instances, bound methods), so a loop creating objects does not leak. The cost of the rule is that a module-level function or class that is
//! rebound is not freed (nor is what its defaults and class attributes reference): the price
//! CPython's free-threaded build pays until its cycle collector runs, paid for good here.

use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::value::Value;

/// `name = v` at module level: make `v` immortal if it is a definition of that name.
#[inline]
pub fn module_binding(name: &Value, v: &Value) {
    let Value::Obj(o) = v else {
        return;
    };
    if o.is_immortal() {
        return;
    }
    let own_name = match &o.payload {
        Payload::Function(f) => f.meta.lock().name.as_str() == name.as_str(),
        Payload::Type(t) => Some(t.name.as_str()) == name.as_str(),
        _ => false,
    };
    if own_name {
        definition(o, 0);
    }
}

/// Every definition in a native module's namespace (its functions and types).
pub fn native_namespace(d: &Dict) {
    for v in d.values() {
        native_definition(&v);
    }
}

/// A native function, type or method wrapper registered at start-up, or a module.
pub fn native_definition(v: &Value) {
    if let Value::Obj(o) = v {
        definition(o, 0);
    }
}

/// Nested classes deeper than this are left counted (a bound on the walk, not a rule).
const MAX_NESTING: u32 = 8;

fn definition(o: &ObjRef, depth: u32) {
    match &o.payload {
        Payload::Function(_) | Payload::NativeFunction(_) | Payload::Module(_) => o.make_immortal(),
        Payload::StaticMethod(Value::Obj(f)) | Payload::ClassMethod(Value::Obj(f)) => {
            o.make_immortal();
            definition(f, depth);
        }
        Payload::Property(p) => {
            o.make_immortal();
            for f in [&p.fget, &p.fset, &p.fdel] {
                if let Value::Obj(f) = f {
                    definition(f, depth);
                }
            }
        }
        Payload::Type(t) if depth < MAX_NESTING => {
            if o.is_immortal() {
                return;
            }
            o.make_immortal();
            for v in t.dict.values() {
                if let Value::Obj(m) = &v {
                    definition(m, depth + 1);
                }
            }
        }
        _ => {}
    }
}
