//! Builtins that CPython's `site` adds or that sit at the edge of the core: `exit`/`quit`,
//! `aiter`/`anext`, and the typing hooks of built-in classes: `list[int]` (a
//! `types.GenericAlias`) and `int | str` (a `types.UnionType`). The alias and union classes
//! are written in the frozen `types` module; the natives here only hand over to it, so the
//! module is imported the first time a script subscripts a built-in class or unions types.

use super::{add_classmethod, add_method, native};
use crate::object::Payload;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn register(d: &Dict) {
    let set = |name: &'static str, f| d.set_str(intern(name), native(name, f));
    set("exit", site_exit);
    set("quit", site_exit);
    set("aiter", |vm, a| {
        async_step(vm, a, "aiter", "__aiter__", "iterable")
    });
    set("anext", |vm, a| {
        async_step(vm, a, "anext", "__anext__", "iterator")
    });
}

/// `aiter(x)` / `anext(x)`: the async protocol method of the one argument.
fn async_step(vm: &mut Vm, a: Args<'_>, f: &str, dunder: &str, what: &str) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("{f} expected 1 argument, got {}", a.pos.len())));
    }
    match vm.call_special(&a.pos[0], dunder, &[])? {
        Some(it) => Ok(it),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async {what}",
            type_name_of(&a.pos[0])
        ))),
    }
}

/// `exit(code=None)` / `quit(code=None)`: raise SystemExit, as the `site` helpers do.
fn site_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let code = a.get(0, "code").cloned().unwrap_or(Value::None);
    let args = if code.is_none() {
        vec![]
    } else {
        vec![code.clone()]
    };
    let e = crate::objects::exception::new_exception(types().exc("SystemExit"), args);
    crate::objects::exception::set_exc_attr(&e, "code", code);
    let _ = vm;
    Err(PyErr(e))
}

/// `types.<name>(args...)`, the classes the typing hooks hand over to.
fn call_types(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.import_module("types")?;
    let f = vm.getattr_str(&m, name)?;
    vm.call(&f, args)
}

/// Can `v` be an operand of `|` between types (a class, None, an alias or a union)?
fn union_operand(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.is_none() || matches!(v.payload(), Some(Payload::Type(_))) {
        return Ok(true);
    }
    let m = vm.import_module("types")?;
    for n in ["GenericAlias", "UnionType"] {
        let c = vm.getattr_str(&m, n)?;
        if super::functions::isinstance(vm, v, &c)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn type_or(vm: &mut Vm, a: Args<'_>, swap: bool) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    if !union_operand(vm, &a.pos[1])? {
        return Ok(crate::objects::types::not_implemented());
    }
    let (l, r) = if swap {
        (&a.pos[1], &a.pos[0])
    } else {
        (&a.pos[0], &a.pos[1])
    };
    call_types(vm, "_union", &[l.clone(), r.clone()])
}

/// The typing hooks of built-in classes (run once, from `init_types`).
pub fn init() {
    let t = types();
    add_method(&t.type_, "__or__", |vm, a| type_or(vm, a, false));
    add_method(&t.type_, "__ror__", |vm, a| type_or(vm, a, true));
    for cls in [&t.list, &t.tuple, &t.dict, &t.set, &t.frozenset, &t.type_] {
        add_classmethod(cls, "__class_getitem__", class_getitem);
    }
}

/// `cls[item]` for a generic built-in class: `types.GenericAlias(cls, item)`.
pub fn class_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    call_types(vm, "GenericAlias", a.pos)
}
