//! Natives of dict: methods and special methods (a child module of `containers.rs`).
//!
//! They act on the `Dict` payload, so they serve dict subclasses too (`defaultdict`,
//! `Counter`, `OrderedDict` call them explicitly); `__getitem__` honours `__missing__` on
//! subclasses. `Dict` itself keeps Python code out of its lock.

use super::args;
use crate::builtins::{add_attr, add_classmethod, add_method};
use crate::object::{DictViewKind, ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::iter::{IterState, NativeIter};
use crate::objects::types::{not_implemented, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::atomic::AtomicUsize;

pub fn init() {
    let d = &types().dict;
    add_attr(d, "__hash__", Value::None);
    add_method(d, "get", |vm, a| {
        let d = recv(vm, &a, "get")?;
        args::count(vm, &a, "dict", "get", 1, 2)?;
        Ok(d.get(vm, &a.pos[1])?
            .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or_default()))
    });
    add_method(d, "setdefault", |vm, a| {
        let d = recv(vm, &a, "setdefault")?;
        args::count(vm, &a, "dict", "setdefault", 1, 2)?;
        d.setdefault(vm, &a.pos[1], a.pos.get(2).cloned().unwrap_or_default())
    });
    add_method(d, "pop", |vm, a| {
        let d = recv(vm, &a, "pop")?;
        args::count(vm, &a, "dict", "pop", 1, 2)?;
        match d.remove(vm, &a.pos[1])? {
            Some(v) => Ok(v),
            None => match a.pos.get(2) {
                Some(dflt) => Ok(dflt.clone()),
                None => Err(vm.key_error(a.pos[1].clone())),
            },
        }
    });
    add_method(d, "popitem", |vm, a| {
        let d = recv(vm, &a, "popitem")?;
        args::none(vm, &a, "dict", "popitem")?;
        match d.pop_last() {
            Some((k, v)) => Ok(Value::tuple(vec![k, v])),
            None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
        }
    });
    add_method(d, "keys", |vm, a| view(vm, a, "keys", DictViewKind::Keys));
    add_method(d, "values", |vm, a| {
        view(vm, a, "values", DictViewKind::Values)
    });
    add_method(d, "items", |vm, a| {
        view(vm, a, "items", DictViewKind::Items)
    });
    add_method(d, "update", |vm, a| {
        let _ = recv(vm, &a, "update")?;
        if a.pos.len() > 2 {
            return Err(vm.type_error(format!(
                "update expected at most 1 argument, got {}",
                a.pos.len() - 1
            )));
        }
        update(vm, &a.pos[0], a.pos.get(1), a)?;
        Ok(Value::None)
    });
    add_method(d, "copy", |vm, a| {
        let d = recv(vm, &a, "copy")?;
        args::none(vm, &a, "dict", "copy")?;
        Ok(Value::obj(Payload::Dict(Box::new(d.copy()))))
    });
    add_method(d, "clear", |vm, a| {
        let d = recv(vm, &a, "clear")?;
        args::none(vm, &a, "dict", "clear")?;
        d.clear();
        Ok(Value::None)
    });
    add_classmethod(d, "fromkeys", fromkeys);
    add_method(d, "__len__", |vm, a| {
        Ok(Value::from(recv(vm, &a, "__len__")?.len()))
    });
    add_method(d, "__getitem__", |vm, a| {
        let (o, k) = obj_one(vm, &a, "__getitem__")?;
        match crate::objects::seq::getitem(vm, o, k)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(k.clone())),
        }
    });
    add_method(d, "__setitem__", |vm, a| {
        let d = recv(vm, &a, "__setitem__")?;
        args::count(vm, &a, "dict", "__setitem__", 2, 2)?;
        d.set(vm, a.pos[1].clone(), a.pos[2].clone())?;
        Ok(Value::None)
    });
    add_method(d, "__delitem__", |vm, a| {
        let (o, k) = obj_one(vm, &a, "__delitem__")?;
        match crate::vm::dict_of(o).remove(vm, k)? {
            Some(_) => Ok(Value::None),
            None => Err(vm.key_error(k.clone())),
        }
    });
    add_method(d, "__contains__", |vm, a| {
        let (o, k) = obj_one(vm, &a, "__contains__")?;
        crate::vm::dict_of(o).contains(vm, k).map(Value::Bool)
    });
    add_method(d, "__iter__", |vm, a| {
        let d = recv(vm, &a, "__iter__")?;
        let Some(o) = a.pos[0].as_obj() else {
            return Ok(Value::None);
        };
        Ok(Value::obj(Payload::Iter(IterState::Dict {
            dict: o.clone(),
            pos: AtomicUsize::new(0),
            len: d.len(),
            kind: DictViewKind::Keys,
        })))
    });
    add_method(d, "__reversed__", |vm, a| {
        let _ = recv(vm, &a, "__reversed__")?;
        match a.pos[0].as_obj() {
            Some(o) => Ok(reversed_iter(o, DictViewKind::Keys)),
            None => Ok(Value::None),
        }
    });
    add_method(d, "__repr__", |vm, a| {
        let _ = recv(vm, &a, "__repr__")?;
        vm.builtin_repr(&a.pos[0]).map(Value::str)
    });
    add_method(d, "__eq__", |vm, a| dict_eq(vm, a, true));
    add_method(d, "__ne__", |vm, a| dict_eq(vm, a, false));
    add_method(d, "__or__", |vm, a| {
        let (o, other) = obj_one(vm, &a, "__or__")?;
        if !matches!(other.payload(), Some(Payload::Dict(_))) {
            return Ok(not_implemented());
        }
        let out = Value::obj(Payload::Dict(Box::new(crate::vm::dict_of(o).copy())));
        vm.dict_update_op(&out, other, false, None)?;
        Ok(out)
    });
    add_method(d, "__ror__", |vm, a| {
        let (_, other) = obj_one(vm, &a, "__ror__")?;
        let Some(Payload::Dict(od)) = other.payload() else {
            return Ok(not_implemented());
        };
        let out = Value::obj(Payload::Dict(Box::new(od.copy())));
        vm.dict_update_op(&out, &a.pos[0], false, None)?;
        Ok(out)
    });
    add_method(d, "__ior__", |vm, a| {
        let (_, other) = obj_one(vm, &a, "__ior__")?;
        crate::builtins::core::dict_update_from(vm, &a.pos[0], other)?;
        Ok(a.pos[0].clone())
    });
}

fn recv<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Dict> {
    let v = args::receiver(vm, a, "dict", name)?;
    match v.payload() {
        Some(Payload::Dict(d)) => Ok(d),
        _ => Err(args::wrong_receiver(vm, v, "dict", name)),
    }
}

fn obj_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a Value)> {
    let _ = recv(vm, a, name)?;
    let o = a.pos[0]
        .as_obj()
        .ok_or_else(|| args::wrong_receiver(vm, &a.pos[0], "dict", name))?;
    let k = args::one(vm, a, "dict", name)?;
    Ok((o, k))
}

fn view(vm: &mut Vm, a: Args<'_>, name: &str, kind: DictViewKind) -> PyResult<Value> {
    let _ = recv(vm, &a, name)?;
    args::none(vm, &a, "dict", name)?;
    match a.pos[0].as_obj() {
        Some(o) => Ok(Value::obj(Payload::DictView {
            dict: o.clone(),
            kind,
        })),
        None => Err(vm.type_error("not a dict")),
    }
}

/// `dict.update(src, **kwargs)` on any dict (or subclass) `target`.
pub fn update(vm: &mut Vm, target: &Value, src: Option<&Value>, a: Args<'_>) -> PyResult<()> {
    if let Some(src) = src {
        crate::builtins::core::dict_update_from(vm, target, src)?;
    }
    if let Some(Payload::Dict(d)) = target.payload() {
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            d.set(vm, k.clone(), v.clone())?;
        }
    }
    Ok(())
}

fn fromkeys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = args::receiver(vm, &a, "dict", "fromkeys")?.clone();
    args::count(vm, &a, "dict", "fromkeys", 1, 2)?;
    let value = a.pos.get(2).cloned().unwrap_or_default();
    let exact = matches!(&cls, Value::Obj(c) if ObjRef::ptr_eq(c, &types().dict));
    let out = if exact {
        Value::obj(Payload::Dict(Box::new(Dict::new())))
    } else {
        vm.call(&cls, &[])?
    };
    let it = vm.iter(&a.pos[1])?;
    while let Some(k) = vm.next(&it)? {
        match out.payload() {
            Some(Payload::Dict(d)) if exact => d.set(vm, k, value.clone())?,
            _ => vm.setitem(&out, k, value.clone())?,
        }
    }
    Ok(out)
}

fn dict_eq(vm: &mut Vm, a: Args<'_>, eq: bool) -> PyResult<Value> {
    let _ = recv(vm, &a, if eq { "__eq__" } else { "__ne__" })?;
    let other = args::one(vm, &a, "dict", if eq { "__eq__" } else { "__ne__" })?;
    if !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(not_implemented());
    }
    let op = if eq { 2 } else { 3 };
    Ok(
        match crate::objects::seq::seq_compare(vm, &a.pos[0], other, op)? {
            Some(b) => Value::Bool(b),
            None => not_implemented(),
        },
    )
}

/// Iterates a dict's live entries from the newest back (`reversed(d)`, `reversed(d.items())`).
struct ReversedDict {
    dict: ObjRef,
    /// Dense position just above the next entry to look at.
    pos: usize,
    len: usize,
    kind: DictViewKind,
}

impl NativeIter for ReversedDict {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let d = crate::vm::dict_of(&self.dict);
        let g = d.lock();
        if g.len() != self.len {
            drop(g);
            self.pos = 0;
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        }
        while self.pos > 0 {
            self.pos -= 1;
            if let Some(Some(e)) = g.entry_at(self.pos) {
                return Ok(Some(match self.kind {
                    DictViewKind::Keys => e.key.clone(),
                    DictViewKind::Values => e.value.clone(),
                    DictViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                }));
            }
        }
        Ok(None)
    }
}

/// A reverse iterator over the dict object `dict`.
pub fn reversed_iter(dict: &ObjRef, kind: DictViewKind) -> Value {
    let d = crate::vm::dict_of(dict);
    let g = d.lock();
    let it = ReversedDict {
        dict: dict.clone(),
        pos: g.capacity_used(),
        len: g.len(),
        kind,
    };
    drop(g);
    Value::obj(Payload::Iter(IterState::native(it)))
}
