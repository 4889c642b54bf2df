//! Helpers shared by the OS-facing library modules (`os`, `time`, `io`, `json`): keyword-aware
//! argument parsing with CPython's messages, native classes and properties, path arguments,
//! and small value constructors.
//!
//! Nothing here calls into Python while holding an object lock.

use crate::builtins::native;
use crate::object::{ObjRef, Payload, Property};
use crate::objects::dict::Dict;
use crate::objects::function::{NativeFnPtr, NativeFunction, NativeImpl};
use crate::objects::str::intern;
use crate::objects::types::{as_type, compute_mro, new_class, type_name_of};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::Arc;

/// Bind `a` to parameters `names`: the first `npos` may be given by position, all by
/// keyword; the first `required` must be given. Unknown or duplicate keywords raise
/// `TypeError` as CPython's argument parser does.
pub fn parse_args<'a, const N: usize>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    names: [&'static str; N],
    required: usize,
    npos: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let mut out: [Option<&'a Value>; N] = [None; N];
    if a.pos.len() > npos {
        let msg = if npos == 0 {
            format!("{fname}() takes no positional arguments")
        } else if npos == required {
            let plural = if npos == 1 { "" } else { "s" };
            format!(
                "{fname}() takes exactly {npos} positional argument{plural} ({} given)",
                a.pos.len()
            )
        } else {
            format!(
                "{fname}() takes at most {npos} arguments ({} given)",
                a.pos.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for i in 0..required.min(N) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Treat an explicit `None` like a missing argument.
pub fn opt(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_none())
}

/// A native method implemented by a closure (for per-field accessors and the like). It
/// has an owner, so stored on a class it binds like a method.
pub fn native_closure(
    name: &'static str,
    f: impl Fn(&mut Vm, Args<'_>) -> PyResult<Value> + Send + Sync + 'static,
) -> Value {
    Value::obj(Payload::NativeFunction(Box::new(NativeFunction {
        name,
        imp: NativeImpl::Closure(Arc::new(f)),
        self_: None,
        wants_frame: false,
        owner: Some("structseq"),
    })))
}

/// A read-only property whose getter is a native function of the instance.
pub fn property_value(getter: Value) -> Value {
    Value::obj(Payload::Property(Box::new(Property {
        fget: getter,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })))
}

/// Register a read-only native property on a class.
pub fn add_property(cls: &ObjRef, name: &'static str, f: NativeFnPtr) {
    // The getter is a method of the class, so `prop.fget()` without an instance is a
    // TypeError, not a missing receiver.
    if let (Some(t), Some(getter)) = (as_type(cls), crate::builtins::method_value(cls, name, f)) {
        t.dict.set_str(intern(name), property_value(getter));
    }
}

/// A built-in-like class (no new attributes on the class, instances made natively) with the
/// given bases and `__module__`.
pub fn new_native_class(name: &str, module: &str, bases: &[ObjRef]) -> ObjRef {
    let mro = compute_mro(bases).unwrap_or_default();
    let cls = new_class(name, bases.to_vec(), mro, Dict::new(), true, None);
    if let Some(t) = as_type(&cls) {
        t.dict.set_str(intern("__module__"), Value::str(module));
    }
    cls
}

pub fn dict_value(d: Dict) -> Value {
    Value::obj(Payload::Dict(Box::new(d)))
}

pub fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(b.into_boxed_slice()))
}

/// Set `name` in a module's namespace.
pub fn set_attr(m: &Value, name: &str, v: Value) {
    if let Some(d) = crate::objects::module::module_dict(m) {
        d.set_str(intern(name), v);
    }
}

/// Register native functions in a module's namespace.
pub fn set_fns(m: &Value, fns: &[(&'static str, NativeFnPtr)]) {
    for (name, f) in fns {
        set_attr(m, name, native(name, *f));
    }
}

/// A path argument (`str`, `bytes` or an object with `__fspath__`) as a Rust string.
/// `ctx` is `(function, parameter)` for the message of `os` functions; `None` gives the
/// generic message of `os.fspath` / `open`.
pub fn fspath(vm: &mut Vm, v: &Value, ctx: Option<(&str, &str)>) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if let Some(r) = vm.call_special(v, "__fspath__", &[])? {
        if let Some(s) = r.as_str() {
            return Ok(s.to_string());
        }
        if let Some(Payload::Bytes(b)) = r.payload() {
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name_of(v),
            type_name_of(&r)
        )));
    }
    Err(vm.type_error(match ctx {
        Some((fname, arg)) => format!(
            "{fname}: {arg} should be string, bytes or os.PathLike, not {}",
            type_name_of(v)
        ),
        None => format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name_of(v)
        ),
    }))
}

/// An integer argument (int, bool or `__index__`), with CPython's message otherwise.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::objects::seq::index_of(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// A bool-ish flag argument (anything, by truth value); missing means `default`.
pub fn flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

pub use crate::vm::errors::strerror;

/// A Python `OSError` (of the right subclass) for an I/O error on `filename`.
pub fn os_err(vm: &Vm, e: &std::io::Error, filename: Option<&str>) -> crate::vm::PyErr {
    vm.io_error(e, filename)
}

/// Like `os_err`, for two-path operations (`rename`, `link`, ...): sets `filename2`.
pub fn os_err2(vm: &Vm, e: &std::io::Error, src: &str, dst: &str) -> crate::vm::PyErr {
    let err = os_err(vm, e, Some(src));
    crate::objects::exception::set_exc_attr(&err.0, "filename2", Value::str(dst));
    err
}

/// The receiver of a native method (a `TypeError` when an unbound method gets none).
pub fn this<'a>(vm: &Vm, pos: &'a [Value]) -> PyResult<&'a Value> {
    pos.first()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))
}
