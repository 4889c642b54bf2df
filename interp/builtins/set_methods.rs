//! Natives of set and frozenset: methods, special methods (also used by subclasses and
//! explicit calls such as `set.__or__(a, b)`), and the binary-operator entry points the VM's
//! built-in fast paths can call (`set_binop`, `set_inplace`, `set_compare`).
//!
//! Results of set algebra are plain `set` when the left operand is a set (or subclass) and
//! plain `frozenset` otherwise, as CPython's `make_new_set_basetype`.

use crate::object::ObjRef;

use super::containers::args;
use super::{add_attr, add_method, add_staticmethod};
use crate::grammar::ast::BinOp;
use crate::object::Payload;
use crate::objects::function::NativeFnPtr;
use crate::objects::iter::IterState;
use crate::objects::set::{as_set, SetData};
use crate::objects::types::{not_implemented, type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::atomic::AtomicUsize;

pub fn init() {
    let t = types();
    for (cls, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        add_method(
            cls,
            "copy",
            if owner == "set" {
                set_copy
            } else {
                frozenset_copy
            },
        );
        add_method(cls, "union", |vm, a| multi(vm, a, "union", SetData::union));
        add_method(cls, "intersection", |vm, a| {
            multi(vm, a, "intersection", SetData::intersection_multi)
        });
        add_method(cls, "difference", |vm, a| {
            multi(vm, a, "difference", SetData::difference_multi)
        });
        add_method(cls, "symmetric_difference", |vm, a| {
            let (s, o) = recv_one(vm, &a, "symmetric_difference")?;
            let r = s.symmetric_difference(vm, o)?;
            Ok(wrap_like(&a.pos[0], r))
        });
        add_method(cls, "issubset", |vm, a| {
            let (s, o) = recv_one(vm, &a, "issubset")?;
            s.issubset(vm, o).map(Value::Bool)
        });
        add_method(cls, "issuperset", |vm, a| {
            let (s, o) = recv_one(vm, &a, "issuperset")?;
            s.issuperset(vm, o).map(Value::Bool)
        });
        add_method(cls, "isdisjoint", |vm, a| {
            let (s, o) = recv_one(vm, &a, "isdisjoint")?;
            s.isdisjoint(vm, o).map(Value::Bool)
        });
        add_method(cls, "__contains__", |vm, a| {
            let (s, o) = recv_one(vm, &a, "__contains__")?;
            let h = key_hash(vm, o)?;
            s.contains_hashed(vm, o, h).map(Value::Bool)
        });
        add_method(cls, "__len__", |vm, a| {
            let s = recv(vm, &a, "__len__")?;
            Ok(Value::from(s.len()))
        });
        add_method(cls, "__iter__", |vm, a| {
            let s = recv(vm, &a, "__iter__")?;
            let Some(o) = a.pos[0].as_obj() else {
                return Err(vm.type_error("not a set"));
            };
            Ok(Value::obj(Payload::Iter(IterState::Set {
                set: o.clone(),
                pos: AtomicUsize::new(0),
                len: s.len(),
            })))
        });
        add_method(cls, "__repr__", set_repr);
        for (name, op) in [
            ("__or__", BinOp::BitOr),
            ("__and__", BinOp::BitAnd),
            ("__sub__", BinOp::Sub),
            ("__xor__", BinOp::BitXor),
        ] {
            add_method(cls, name, binop_native(op, false));
        }
        for (name, op) in [
            ("__ror__", BinOp::BitOr),
            ("__rand__", BinOp::BitAnd),
            ("__rsub__", BinOp::Sub),
            ("__rxor__", BinOp::BitXor),
        ] {
            add_method(cls, name, binop_native(op, true));
        }
        for (i, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            .iter()
            .enumerate()
        {
            add_method(cls, name, compare_native(i as u8));
        }
    }
    let s = &t.set;
    add_attr(s, "__hash__", Value::None);
    add_method(s, "__init__", set_init);
    add_method(s, "add", |vm, a| {
        let (s, o) = recv_mut_one(vm, &a, "add")?;
        s.add(vm, o.clone())?;
        Ok(Value::None)
    });
    add_method(s, "remove", |vm, a| {
        let (s, o) = recv_mut_one(vm, &a, "remove")?;
        let h = key_hash(vm, o)?;
        if !s.discard_hashed(vm, o, h)? {
            return Err(vm.key_error(o.clone()));
        }
        Ok(Value::None)
    });
    add_method(s, "discard", |vm, a| {
        let (s, o) = recv_mut_one(vm, &a, "discard")?;
        let h = key_hash(vm, o)?;
        s.discard_hashed(vm, o, h)?;
        Ok(Value::None)
    });
    add_method(s, "pop", |vm, a| {
        let s = recv_mut(vm, &a, "pop")?;
        args::none(vm, &a, "set", "pop")?;
        s.pop()
            .ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
    });
    add_method(s, "clear", |vm, a| {
        let s = recv_mut(vm, &a, "clear")?;
        args::none(vm, &a, "set", "clear")?;
        s.clear();
        Ok(Value::None)
    });
    add_method(s, "update", |vm, a| {
        let s = recv_mut(vm, &a, "update")?;
        args::no_kw(vm, &a, "set", "update")?;
        for o in &a.pos[1..] {
            s.update(vm, o)?;
        }
        Ok(Value::None)
    });
    add_method(s, "intersection_update", |vm, a| {
        let s = recv_mut(vm, &a, "intersection_update")?;
        args::no_kw(vm, &a, "set", "intersection_update")?;
        let r = s.intersection_multi(vm, &a.pos[1..])?;
        s.replace_with(r);
        Ok(Value::None)
    });
    add_method(s, "difference_update", |vm, a| {
        let s = recv_mut(vm, &a, "difference_update")?;
        args::no_kw(vm, &a, "set", "difference_update")?;
        for o in &a.pos[1..] {
            s.difference_update(vm, o)?;
        }
        Ok(Value::None)
    });
    add_method(s, "symmetric_difference_update", |vm, a| {
        let (s, o) = recv_mut_one(vm, &a, "symmetric_difference_update")?;
        s.symmetric_difference_update(vm, o)?;
        Ok(Value::None)
    });
    for (name, op) in [
        ("__ior__", BinOp::BitOr),
        ("__iand__", BinOp::BitAnd),
        ("__isub__", BinOp::Sub),
        ("__ixor__", BinOp::BitXor),
    ] {
        add_method(s, name, inplace_native(op));
    }
    let f = &t.frozenset;
    add_staticmethod(f, "__new__", frozenset_new);
    add_method(f, "__hash__", |vm, a| {
        let v = args::receiver(vm, &a, "frozenset", "__hash__")?;
        match v.payload() {
            Some(Payload::FrozenSet(s)) => Ok(Value::Int(s.frozen_hash())),
            _ => Err(args::wrong_receiver(vm, v, "frozenset", "__hash__")),
        }
    });
}

/// The hash of a set element; a `set` used as a key is looked up as the equal frozenset.
fn key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    match crate::objects::dict::key_hash(vm, key) {
        Ok(h) => Ok(h),
        Err(e) => match key.payload() {
            Some(Payload::Set(s)) if vm.exc_matches(&e, "TypeError") => Ok(s.compute_hash()),
            _ => Err(e),
        },
    }
}

fn owner_of(v: &Value) -> &'static str {
    match v.payload() {
        Some(Payload::FrozenSet(_)) => "frozenset",
        _ => "set",
    }
}

fn recv<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a SetData> {
    let v = args::receiver(vm, a, "set", name)?;
    as_set(v).ok_or_else(|| args::wrong_receiver(vm, v, "set", name))
}

fn recv_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a SetData, &'a Value)> {
    let s = recv(vm, a, name)?;
    let o = args::one(vm, a, owner_of(&a.pos[0]), name)?;
    Ok((s, o))
}

/// The receiver of a mutating method: a `set`, never a `frozenset`.
fn recv_mut<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a SetData> {
    let v = args::receiver(vm, a, "set", name)?;
    match v.payload() {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(args::wrong_receiver(vm, v, "set", name)),
    }
}

fn recv_mut_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a SetData, &'a Value)> {
    let s = recv_mut(vm, a, name)?;
    let o = args::one(vm, a, "set", name)?;
    Ok((s, o))
}

/// A new set of the base kind of `like`: `set` for sets, `frozenset` for frozensets.
pub fn wrap_like(like: &Value, s: SetData) -> Value {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => Value::obj(Payload::FrozenSet(Box::new(s))),
        _ => Value::obj(Payload::Set(Box::new(s))),
    }
}

type Multi = fn(&SetData, &mut Vm, &[Value]) -> PyResult<SetData>;

fn multi(vm: &mut Vm, a: Args<'_>, name: &str, f: Multi) -> PyResult<Value> {
    let s = recv(vm, &a, name)?;
    args::no_kw(vm, &a, owner_of(&a.pos[0]), name)?;
    let r = f(s, vm, &a.pos[1..])?;
    Ok(wrap_like(&a.pos[0], r))
}

fn set_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = recv(vm, &a, "copy")?;
    args::none(vm, &a, "set", "copy")?;
    Ok(wrap_like(&a.pos[0], s.copy()))
}

fn frozenset_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = recv(vm, &a, "copy")?;
    args::none(vm, &a, "frozenset", "copy")?;
    let v = &a.pos[0];
    if matches!(v, Value::Obj(o) if o.cls.is_none()) {
        return Ok(v.clone());
    }
    Ok(wrap_like(v, s.copy()))
}

fn set_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = recv_mut(vm, &a, "__init__")?;
    let name = type_name_of(&a.pos[0]).to_string();
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    if s.lock().fill > 0 {
        s.clear();
    }
    if let Some(it) = a.pos.get(1) {
        s.update(vm, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = args::receiver(vm, &a, "frozenset", "__new__")?;
    let exact = matches!(cls, Value::Obj(c) if ObjRef::ptr_eq(c, &types().frozenset));
    let name = match cls.payload() {
        Some(Payload::Type(t)) => t.name.clone(),
        _ => "frozenset".into(),
    };
    if exact && a.has_kw() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let s = match a.pos.get(1) {
        Some(it) => {
            if exact
                && matches!(it, Value::Obj(o) if o.cls.is_none() && matches!(o.payload, Payload::FrozenSet(_)))
            {
                return Ok(it.clone());
            }
            SetData::from_iterable(vm, it)?
        }
        None => SetData::new(),
    };
    Ok(super::core::make_with_layout(
        cls,
        Payload::FrozenSet(Box::new(s)),
    ))
}

fn set_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = args::receiver(vm, &a, "set", "__repr__")?;
    if as_set(v).is_none() {
        return Err(args::wrong_receiver(vm, v, "set", "__repr__"));
    }
    let r = vm.builtin_repr(v)?;
    let name = type_name_of(v).to_string();
    let subclass = matches!(v, Value::Obj(o) if o.cls.is_some());
    Ok(Value::str(if r == "..." {
        format!("{name}(...)")
    } else if subclass && matches!(v.payload(), Some(Payload::Set(_))) && r.starts_with('{') {
        format!("{name}({r})")
    } else {
        r
    }))
}

/// `a op b` for sets: `None` unless both operands are sets or frozensets.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(_)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::BitOr => x.union(vm, std::slice::from_ref(b))?,
        BinOp::BitAnd => x.intersection(vm, b)?,
        BinOp::Sub => x.difference(vm, b)?,
        BinOp::BitXor => x.symmetric_difference(vm, b)?,
        _ => return Ok(None),
    };
    Ok(Some(wrap_like(a, r)))
}

/// `a op= b` for a mutable set `a` and a set or frozenset `b`; `None` otherwise.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(Payload::Set(x)), Some(_)) = (a.payload(), as_set(b)) else {
        return Ok(None);
    };
    match op {
        BinOp::BitOr => x.update(vm, b)?,
        BinOp::BitAnd => {
            let r = x.intersection(vm, b)?;
            x.replace_with(r);
        }
        BinOp::Sub => x.difference_update(vm, b)?,
        BinOp::BitXor => x.symmetric_difference_update(vm, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// Rich comparison of two sets (subset order); `None` unless both are sets.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    x.compare(vm, y, op).map(Some)
}

fn binop_native(op: BinOp, reflected: bool) -> NativeFnPtr {
    macro_rules! f {
        ($op:expr, $r:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let _ = recv(vm, &a, "__or__")?;
                let o = args::one(vm, &a, "set", "__or__")?;
                let (l, r) = if $r { (o, &a.pos[0]) } else { (&a.pos[0], o) };
                Ok(set_binop(vm, l, r, $op)?.unwrap_or_else(not_implemented))
            }
        };
    }
    match (op, reflected) {
        (BinOp::BitOr, false) => f!(BinOp::BitOr, false),
        (BinOp::BitAnd, false) => f!(BinOp::BitAnd, false),
        (BinOp::Sub, false) => f!(BinOp::Sub, false),
        (BinOp::BitXor, false) => f!(BinOp::BitXor, false),
        (BinOp::BitOr, true) => f!(BinOp::BitOr, true),
        (BinOp::BitAnd, true) => f!(BinOp::BitAnd, true),
        (BinOp::Sub, true) => f!(BinOp::Sub, true),
        _ => f!(BinOp::BitXor, true),
    }
}

fn inplace_native(op: BinOp) -> NativeFnPtr {
    macro_rules! f {
        ($op:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let _ = recv_mut(vm, &a, "__ior__")?;
                let o = args::one(vm, &a, "set", "__ior__")?;
                Ok(set_inplace(vm, &a.pos[0], o, $op)?.unwrap_or_else(not_implemented))
            }
        };
    }
    match op {
        BinOp::BitOr => f!(BinOp::BitOr),
        BinOp::BitAnd => f!(BinOp::BitAnd),
        BinOp::Sub => f!(BinOp::Sub),
        _ => f!(BinOp::BitXor),
    }
}

fn compare_native(op: u8) -> NativeFnPtr {
    macro_rules! f {
        ($op:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let _ = recv(vm, &a, "__eq__")?;
                let o = args::one(vm, &a, "set", "__eq__")?;
                Ok(match set_compare(vm, &a.pos[0], o, $op)? {
                    Some(b) => Value::Bool(b),
                    None => not_implemented(),
                })
            }
        };
    }
    match op {
        0 => f!(0),
        1 => f!(1),
        2 => f!(2),
        3 => f!(3),
        4 => f!(4),
        _ => f!(5),
    }
}
