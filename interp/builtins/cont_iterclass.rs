//! Native iterator classes (`map`, `zip`, `itertools.count`, ...): classes made once per
//! process whose instances carry a native iterator (`IterState::Native`) and the class in
//! `cls`, so `type(x)`, `isinstance(x, map)` and the repr (`<map object at ...>`) are right.
//! Iteration goes through the `Payload::Iter` fast path of `Vm::next` regardless of `cls`.

use crate::builtins::{add_attr, add_method};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::iter::{IterState, NativeIter};
use crate::objects::types::{as_type, new_class, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// A new built-in class `module.name` for native iterators, with `__iter__`/`__next__`.
pub fn make_class(name: &str, module: &str) -> ObjRef {
    let t = types();
    let cls = new_class(
        name,
        vec![t.object.clone()],
        vec![t.object.clone()],
        Dict::new(),
        true,
        None,
    );
    add_attr(&cls, "__module__", Value::str(module));
    add_method(&cls, "__iter__", |vm, a| {
        a.pos
            .first()
            .cloned()
            .ok_or_else(|| vm.type_error("__iter__ needs an argument"))
    });
    add_method(&cls, "__next__", |vm, a| {
        let Some(it) = a.pos.first() else {
            return Err(vm.type_error("__next__ needs an argument"));
        };
        match vm.next(it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        }
    });
    cls
}

/// Check that a native `__new__` got its class argument (a direct `X.__new__()` call may
/// omit it).
pub fn need_cls(vm: &Vm, a: &Args<'_>) -> PyResult<()> {
    if a.pos.is_empty() {
        return Err(vm.type_error("__new__(): not enough arguments"));
    }
    Ok(())
}

/// An instance of `cls` (a class made by `make_class`, or a user subclass of one, which
/// also gets an attribute dict) iterating with `it`.
pub fn instance(cls: &Value, it: impl NativeIter + 'static) -> Value {
    let payload = Payload::Iter(IterState::native(it));
    match cls {
        Value::Obj(c) if as_type(c).is_some() => {
            let builtin = as_type(c).is_some_and(|t| t.builtin);
            let dict = (!builtin)
                .then(|| ObjRef::new(PyObject::new(Payload::Dict(Box::new(Dict::new())))));
            let mut o = PyObject::new(payload);
            o.cls = Some(c.clone());
            o.dict = dict;
            Value::Obj(ObjRef::new(o))
        }
        _ => Value::obj(payload),
    }
}
