//! Natives of the dict views `dict_keys`, `dict_values`, `dict_items` (a child module of
//! `containers.rs`): length, iteration both ways, membership, and for keys and items views
//! the set operations and comparisons, built the way CPython builds them (a set made from
//! the left operand, then updated) so results iterate in CPython's order.

use super::args;
use crate::builtins::{add_attr, add_method};
use crate::object::{DictViewKind, ObjRef, Payload};
use crate::objects::function::NativeFnPtr;
use crate::objects::iter::IterState;
use crate::objects::set::{as_set, SetData};
use crate::objects::types::{not_implemented, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::atomic::AtomicUsize;

pub fn init() {
    let t = types();
    for (cls, setlike) in [
        (&t.dict_keys, true),
        (&t.dict_values, false),
        (&t.dict_items, true),
    ] {
        add_method(cls, "__len__", |vm, a| {
            let (d, _) = recv(vm, &a, "__len__")?;
            Ok(Value::from(crate::vm::dict_of(&d).len()))
        });
        add_method(cls, "__iter__", |vm, a| {
            let (d, kind) = recv(vm, &a, "__iter__")?;
            Ok(Value::obj(Payload::Iter(IterState::Dict {
                len: crate::vm::dict_of(&d).len(),
                dict: d,
                pos: AtomicUsize::new(0),
                kind,
            })))
        });
        add_method(cls, "__reversed__", |vm, a| {
            let (d, kind) = recv(vm, &a, "__reversed__")?;
            Ok(super::dict::reversed_iter(&d, kind))
        });
        add_method(cls, "__contains__", |vm, a| {
            let _ = recv(vm, &a, "__contains__")?;
            let x = args::one(vm, &a, "dict_keys", "__contains__")?;
            let Some(o) = a.pos[0].as_obj() else {
                return Ok(Value::Bool(false));
            };
            Ok(Value::Bool(
                crate::objects::builtin_contains(vm, o, x)?.unwrap_or(false),
            ))
        });
        add_method(cls, "__repr__", |vm, a| {
            let _ = recv(vm, &a, "__repr__")?;
            vm.builtin_repr(&a.pos[0]).map(Value::str)
        });
        if !setlike {
            continue;
        }
        add_attr(cls, "__hash__", Value::None);
        add_method(cls, "isdisjoint", |vm, a| {
            let _ = recv(vm, &a, "isdisjoint")?;
            let other = args::one(vm, &a, "dict_keys", "isdisjoint")?;
            let it = vm.iter(other)?;
            while let Some(x) = vm.next(&it)? {
                if vm.contains(&a.pos[0], &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
        for (name, f) in [
            ("__sub__", op_native(Op::Sub, false)),
            ("__rsub__", op_native(Op::Sub, true)),
            ("__or__", op_native(Op::Or, false)),
            ("__ror__", op_native(Op::Or, true)),
            ("__xor__", op_native(Op::Xor, false)),
            ("__rxor__", op_native(Op::Xor, true)),
            ("__and__", op_native(Op::And, false)),
            ("__rand__", op_native(Op::And, true)),
        ] {
            add_method(cls, name, f);
        }
        for (i, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            .iter()
            .enumerate()
        {
            add_method(cls, name, compare_native(i as u8));
        }
    }
}

fn recv(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<(ObjRef, DictViewKind)> {
    let v = args::receiver(vm, a, "dict_keys", name)?;
    match v.payload() {
        Some(Payload::DictView { dict, kind }) => Ok((dict.clone(), *kind)),
        _ => Err(args::wrong_receiver(vm, v, "dict_keys", name)),
    }
}

fn is_setlike_view(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::DictView {
            kind: DictViewKind::Keys | DictViewKind::Items,
            ..
        })
    )
}

/// CPython's `dictviews_to_set`: a keys view of a plain dict is read straight from the
/// dict (presized, stored hashes); anything else is iterated.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    if let Some(Payload::DictView {
        dict,
        kind: DictViewKind::Keys,
    }) = v.payload()
    {
        if dict.cls.is_none() {
            return SetData::from_iterable(vm, &Value::Obj(dict.clone()));
        }
    }
    SetData::from_iterable(vm, v)
}

#[derive(Clone, Copy)]
enum Op {
    Sub,
    Or,
    Xor,
    And,
}

fn set_op(vm: &mut Vm, left: &Value, right: &Value, op: Op) -> PyResult<Value> {
    let out = match op {
        Op::And => return intersect(vm, left, right),
        Op::Sub => {
            let s = to_set(vm, left)?;
            s.difference_update(vm, right)?;
            s
        }
        Op::Or => {
            let s = to_set(vm, left)?;
            s.update(vm, right)?;
            s
        }
        Op::Xor => {
            let s = to_set(vm, left)?;
            s.symmetric_difference_update(vm, right)?;
            s
        }
    };
    Ok(Value::obj(Payload::Set(Box::new(out))))
}

/// `_PyDictView_Intersect`: reuse set intersection when the other operand is a larger
/// plain set; otherwise probe the larger view with the smaller operand's items.
fn intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_view = vm.len(view)?;
    let plain_set =
        matches!(other, Value::Obj(o) if o.cls.is_none() && matches!(o.payload, Payload::Set(_)));
    if plain_set && len_view <= vm.len(other)? {
        if let Some(s) = as_set(other) {
            let r = s.intersection(vm, view)?;
            return Ok(Value::obj(Payload::Set(Box::new(r))));
        }
    }
    if is_setlike_view(other) && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let out = SetData::new();
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(view, &x)? {
            out.add(vm, x)?;
        }
    }
    Ok(Value::obj(Payload::Set(Box::new(out))))
}

fn op_native(op: Op, reflected: bool) -> NativeFnPtr {
    macro_rules! f {
        ($op:expr, $r:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let _ = recv(vm, &a, "__sub__")?;
                let o = args::one(vm, &a, "dict_keys", "__sub__")?;
                let (l, r) = if $r { (o, &a.pos[0]) } else { (&a.pos[0], o) };
                set_op(vm, l, r, $op)
            }
        };
    }
    match (op, reflected) {
        (Op::Sub, false) => f!(Op::Sub, false),
        (Op::Sub, true) => f!(Op::Sub, true),
        (Op::Or, false) => f!(Op::Or, false),
        (Op::Or, true) => f!(Op::Or, true),
        (Op::Xor, false) => f!(Op::Xor, false),
        (Op::Xor, true) => f!(Op::Xor, true),
        (Op::And, false) => f!(Op::And, false),
        (Op::And, true) => f!(Op::And, true),
    }
}

/// Every item of `a` is in `b`.
fn all_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
    if as_set(b).is_none() && !is_setlike_view(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        0 => la < lb && all_in(vm, a, b)?,
        1 => la <= lb && all_in(vm, a, b)?,
        2 => la == lb && all_in(vm, a, b)?,
        3 => !(la == lb && all_in(vm, a, b)?),
        4 => la > lb && all_in(vm, b, a)?,
        _ => la >= lb && all_in(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}

fn compare_native(op: u8) -> NativeFnPtr {
    macro_rules! f {
        ($op:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let _ = recv(vm, &a, "__eq__")?;
                let o = args::one(vm, &a, "dict_keys", "__eq__")?;
                view_compare(vm, &a.pos[0], o, $op)
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
