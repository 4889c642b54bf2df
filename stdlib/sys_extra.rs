//! The less central parts of `sys`: `getsizeof`, `int_info`, `builtin_module_names`, the
//! trace/profile hook slots, `displayhook`/`excepthook`, and constant attributes scripts
//! read (`float_repr_style`, `warnoptions`, ...). `make_sys` in `sys.rs` adds them.

use crate::builtins::native;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

thread_local! {
    /// `sys.settrace` / `sys.setprofile` functions of this thread (stored, never called:
    /// gilpy has no tracing hooks in its eval loop).
    static HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
}

/// Add the extra attributes to the `sys` module's dict.
pub fn add(d: &Dict) {
    let set = |n: &str, v: Value| d.set_str(intern(n), v);
    let fun = |n: &'static str, f| d.set_str(intern(n), native(n, f));
    set("int_info", int_info());
    set(
        "builtin_module_names",
        Value::tuple(
            [
                "_collections",
                "_io",
                "_thread",
                "builtins",
                "itertools",
                "math",
                "posix",
                "sys",
                "time",
            ]
            .iter()
            .map(|s| Value::str(*s))
            .collect(),
        ),
    );
    set("float_repr_style", Value::str("short"));
    set("api_version", Value::Int(1013));
    set("abiflags", Value::str(""));
    set("warnoptions", Value::list(vec![]));
    set(
        "_xoptions",
        Value::obj(crate::object::Payload::Dict(Box::new(Dict::new()))),
    );
    set("meta_path", Value::list(vec![]));
    set("path_hooks", Value::list(vec![]));
    set(
        "path_importer_cache",
        Value::obj(crate::object::Payload::Dict(Box::new(Dict::new()))),
    );
    set("pycache_prefix", Value::None);
    fun("getsizeof", getsizeof);
    fun("getfilesystemencoding", |_, _| Ok(Value::str("utf-8")));
    fun("getfilesystemencodeerrors", |_, _| {
        Ok(Value::str("surrogateescape"))
    });
    fun("is_finalizing", |_, _| Ok(Value::Bool(false)));
    fun("settrace", |vm, a| set_hook(vm, a, 0, "settrace"));
    fun("setprofile", |vm, a| set_hook(vm, a, 1, "setprofile"));
    fun("gettrace", |_, _| Ok(HOOKS.with(|h| h.borrow().0.clone())));
    fun(
        "getprofile",
        |_, _| Ok(HOOKS.with(|h| h.borrow().1.clone())),
    );
    for (name, f) in [
        (
            "displayhook",
            displayhook as crate::objects::function::NativeFnPtr,
        ),
        ("excepthook", excepthook),
    ] {
        let v = native(name, f);
        set(name, v.clone());
        set(&format!("__{name}__"), v);
    }
}

fn set_hook(vm: &mut Vm, a: Args<'_>, slot: usize, name: &str) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let f = a.pos[0].clone();
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if slot == 0 {
            h.0 = f;
        } else {
            h.1 = f;
        }
    });
    Ok(Value::None)
}

/// `sys.getsizeof(obj[, default])`: the object's `__sizeof__` (an estimate in gilpy).
fn getsizeof(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(obj) = a.get(0, "object") else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let r = match vm.call_special(obj, "__sizeof__", &[]) {
        Ok(Some(r)) => r,
        Ok(None) | Err(_) if a.get(1, "default").is_some() => {
            return Ok(a.get(1, "default").cloned().unwrap_or(Value::None))
        }
        Ok(None) => {
            return Err(vm.type_error(format!(
                "Type {} doesn't define __sizeof__",
                type_name_of(obj)
            )))
        }
        Err(e) => return Err(e),
    };
    match r {
        Value::Int(n) if n >= 0 => Ok(Value::Int(n)),
        Value::Int(_) => Err(vm.value_error("__sizeof__() should return >= 0")),
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// `sys.displayhook(value)`: what the REPL does with an expression's value.
fn displayhook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error("displayhook() takes exactly one argument (0 given)"));
    };
    vm.print_expr(v.clone())?;
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: print the exception as an uncaught one.
fn excepthook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let v = &a.pos[1];
    let Some(e) = v
        .as_obj()
        .filter(|o| crate::objects::exception::exc_data(o).is_some())
    else {
        return Err(vm.type_error(format!(
            "TypeError: print_exception(): Exception expected for value, {} found",
            type_name_of(v)
        )));
    };
    let e = PyErr(e.clone());
    crate::stdlib::sys::flush_stdout(vm).ok();
    vm.print_exception(&e);
    Ok(Value::None)
}

/// `sys.int_info`: how ints are stored, as CPython reports it (30-bit digits).
fn int_info() -> Value {
    static T: OnceLock<crate::stdlib::os::structseq::StructSeq> = OnceLock::new();
    const NAMES: &[&str] = &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let t =
        T.get_or_init(|| crate::stdlib::os::structseq::StructSeq::new("int_info", "sys", NAMES, 4));
    t.make(
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
        vec![],
    )
}
