//! Natives of list and tuple (methods and special methods); dict and its views live in
//! `cont_dict.rs` / `cont_views.rs`, sorting in `cont_sort.rs`, argument checks in
//! `cont_args.rs`.
//!
//! Special methods are registered as natives so that subclasses and explicit calls
//! (`list.__getitem__(l, 0)`, `super().__setitem__(...)`) work; they act on the payload
//! directly and never dispatch back through the special method they implement. No Python
//! code runs while a list lock is held: elements are copied out before comparisons.

#[path = "cont_args.rs"]
pub mod args;
#[path = "cont_dict.rs"]
mod dict;
#[path = "cont_iterclass.rs"]
pub mod iterclass;
#[path = "cont_sort.rs"]
pub mod sort;
#[path = "cont_views.rs"]
mod views;

use super::{add_attr, add_method};
use crate::object::{ObjRef, Payload};
use crate::objects::dict::fast_eq;
use crate::objects::function::NativeFnPtr;
use crate::objects::iter::IterState;
use crate::objects::seq;
use crate::objects::types::{not_implemented, type_name_of, types};
use crate::value::Value;
use crate::vm::protocol::has_py_override;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;
use std::sync::atomic::AtomicUsize;

pub fn init() {
    let t = types();
    let l = &t.list;
    add_attr(l, "__hash__", Value::None);
    add_method(l, "append", |vm, a| {
        let (l, x) = list_one(vm, &a, "append")?;
        l.lock().push(x.clone());
        Ok(Value::None)
    });
    add_method(l, "extend", |vm, a| {
        let (l, x) = list_one(vm, &a, "extend")?;
        list_extend(vm, l, x)?;
        Ok(Value::None)
    });
    add_method(l, "insert", list_insert);
    add_method(l, "pop", list_pop);
    add_method(l, "remove", |vm, a| {
        let (l, x) = list_one(vm, &a, "remove")?;
        loop {
            let Some((i, item)) = find(vm, l, x, 0, usize::MAX)? else {
                return Err(vm.value_error("list.remove(x): x not in list"));
            };
            // `==` ran without the lock: remove only if slot `i` still holds what matched
            // (another thread may have changed the list meanwhile), else search again.
            let removed = {
                let mut g = l.lock();
                g.get(i).is_some_and(|v| v.is(&item)).then(|| g.remove(i))
            };
            if removed.is_some() {
                return Ok(Value::None);
            }
        }
    });
    add_method(l, "index", |vm, a| {
        let l = list_recv(vm, &a, "index")?;
        args::count(vm, &a, "list", "index", 1, 3)?;
        let len = l.lock().len();
        let (s, mut e) = args::clamp_range(vm, a.pos.get(2), a.pos.get(3), len)?;
        if a.pos.get(3).is_none() {
            // No stop given: search to the end as it is during the scan (another thread
            // may insert meanwhile, and the length read above would cut the search short).
            e = usize::MAX;
        }
        match find(vm, l, &a.pos[1], s, e)? {
            Some((i, _)) => Ok(Value::from(i)),
            None => {
                let r = vm.repr_string(&a.pos[1])?;
                Err(vm.value_error(format!("{r} is not in list")))
            }
        }
    });
    add_method(l, "count", |vm, a| {
        let (l, x) = list_one(vm, &a, "count")?;
        count_list(vm, l, x).map(Value::from)
    });
    add_method(l, "sort", |vm, a| {
        let l = list_recv(vm, &a, "sort")?;
        if a.pos.len() > 1 {
            return Err(vm.type_error("sort() takes no positional arguments"));
        }
        let (key, reverse) = sort::sort_kwargs(vm, &a)?;
        sort::sort_list(vm, l, key.as_ref(), reverse)?;
        Ok(Value::None)
    });
    add_method(l, "reverse", |vm, a| {
        let l = list_recv(vm, &a, "reverse")?;
        args::none(vm, &a, "list", "reverse")?;
        l.lock().reverse();
        Ok(Value::None)
    });
    add_method(l, "copy", |vm, a| {
        let l = list_recv(vm, &a, "copy")?;
        args::none(vm, &a, "list", "copy")?;
        let items = l.lock().clone();
        Ok(Value::list(items))
    });
    add_method(l, "clear", |vm, a| {
        let l = list_recv(vm, &a, "clear")?;
        args::none(vm, &a, "list", "clear")?;
        let old = std::mem::take(&mut *l.lock());
        drop(old);
        Ok(Value::None)
    });
    add_method(l, "__reversed__", |vm, a| {
        let l = list_recv(vm, &a, "__reversed__")?;
        let n = l.lock().len();
        Ok(Value::obj(Payload::Iter(IterState::Reversed {
            seq: a.pos[0].clone(),
            left: AtomicUsize::new(n),
        })))
    });
    add_method(l, "__iadd__", |vm, a| {
        let (l, x) = list_one(vm, &a, "__iadd__")?;
        list_extend(vm, l, x)?;
        Ok(a.pos[0].clone())
    });
    add_method(l, "__imul__", |vm, a| {
        let (l, x) = list_one(vm, &a, "__imul__")?;
        let Some(n) = repeat_count(vm, x)? else {
            return Ok(not_implemented());
        };
        let mut g = l.lock();
        let items = std::mem::take(&mut *g);
        for _ in 0..n {
            g.extend(items.iter().cloned());
        }
        drop(g);
        Ok(a.pos[0].clone())
    });
    add_method(l, "__add__", |vm, a| {
        let (_, x) = list_one(vm, &a, "__add__")?;
        if !matches!(x.payload(), Some(Payload::List(_))) {
            return concat_error(vm, x, "list");
        }
        Ok(
            seq::seq_binop(vm, &a.pos[0], x, crate::grammar::ast::BinOp::Add)?
                .unwrap_or_else(not_implemented),
        )
    });
    add_common(l, "list");

    let tu = &t.tuple;
    add_method(tu, "index", |vm, a| {
        let v = args::receiver(vm, &a, "tuple", "index")?;
        let Some(Payload::Tuple(items)) = v.payload() else {
            return Err(args::wrong_receiver(vm, v, "tuple", "index"));
        };
        args::count(vm, &a, "tuple", "index", 1, 3)?;
        let (s, e) = args::clamp_range(vm, a.pos.get(2), a.pos.get(3), items.len())?;
        for i in s..e.min(items.len()) {
            if items[i].is(&a.pos[1]) || vm.eq(&items[i], &a.pos[1])? {
                return Ok(Value::from(i));
            }
        }
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    });
    add_method(tu, "count", |vm, a| {
        let v = args::receiver(vm, &a, "tuple", "count")?;
        let Some(Payload::Tuple(items)) = v.payload() else {
            return Err(args::wrong_receiver(vm, v, "tuple", "count"));
        };
        let x = args::one(vm, &a, "tuple", "count")?;
        count_in(vm, |i| items.get(i).cloned(), x).map(Value::from)
    });
    add_method(tu, "__hash__", |vm, a| {
        let v = args::receiver(vm, &a, "tuple", "__hash__")?;
        let Some(Payload::Tuple(items)) = v.payload() else {
            return Err(args::wrong_receiver(vm, v, "tuple", "__hash__"));
        };
        vm.hash(&Value::tuple(items.to_vec())).map(Value::Int)
    });
    add_method(tu, "__getnewargs__", |vm, a| {
        let v = args::receiver(vm, &a, "tuple", "__getnewargs__")?;
        let Some(Payload::Tuple(items)) = v.payload() else {
            return Err(args::wrong_receiver(vm, v, "tuple", "__getnewargs__"));
        };
        Ok(Value::tuple(vec![Value::tuple(items.to_vec())]))
    });
    add_method(tu, "__add__", |vm, a| {
        let v = args::receiver(vm, &a, "tuple", "__add__")?;
        let x = args::one(vm, &a, "tuple", "__add__")?;
        let (Some(Payload::Tuple(p)), Some(Payload::Tuple(q))) = (v.payload(), x.payload()) else {
            return concat_error(vm, x, "tuple");
        };
        let mut items = p.to_vec();
        items.extend(q.iter().cloned());
        Ok(Value::tuple(items))
    });
    add_common(tu, "tuple");
    dict::init();
    views::init();
}

/// Special methods shared by list and tuple.
fn add_common(cls: &ObjRef, owner: &'static str) {
    let is_list = owner == "list";
    let len: NativeFnPtr = if is_list {
        |vm, a| seq_len(vm, a, "list")
    } else {
        |vm, a| seq_len(vm, a, "tuple")
    };
    add_method(cls, "__len__", len);
    add_method(cls, "__getitem__", |vm, a| {
        let (o, k) = obj_one(vm, &a, "__getitem__")?;
        match seq::getitem(vm, o, k)? {
            Some(v) => Ok(v),
            None => Err(vm.type_error("object is not subscriptable")),
        }
    });
    if is_list {
        add_method(cls, "__setitem__", |vm, a| {
            let o = list_obj(vm, &a, "__setitem__")?;
            args::count(vm, &a, "list", "__setitem__", 2, 2)?;
            seq::setitem(vm, o, &a.pos[1], &a.pos[2])?;
            Ok(Value::None)
        });
        add_method(cls, "__delitem__", |vm, a| {
            let o = list_obj(vm, &a, "__delitem__")?;
            let k = args::one(vm, &a, "list", "__delitem__")?;
            seq::delitem(vm, o, k)?;
            Ok(Value::None)
        });
    }
    add_method(cls, "__contains__", |vm, a| {
        let (o, k) = obj_one(vm, &a, "__contains__")?;
        Ok(Value::Bool(
            crate::objects::builtin_contains(vm, o, k)?.unwrap_or(false),
        ))
    });
    add_method(cls, "__iter__", |vm, a| {
        let v = args::receiver(vm, &a, "list", "__iter__")?;
        Ok(Value::obj(Payload::Iter(IterState::seq(v.clone()))))
    });
    add_method(cls, "__repr__", |vm, a| {
        let v = a.pos.first().cloned().unwrap_or_default();
        vm.builtin_repr(&v).map(Value::str)
    });
    let mul: NativeFnPtr = |vm, a| {
        let v = args::receiver(vm, &a, "list", "__mul__")?;
        let x = args::one(vm, &a, type_name_of(v), "__mul__")?.clone();
        if repeat_count(vm, &x)?.is_none() {
            if has_py_override(&x, "__rmul__") {
                return Ok(not_implemented());
            }
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name_of(&x)
            )));
        }
        Ok(seq::seq_binop(vm, v, &x, crate::grammar::ast::BinOp::Mult)?
            .unwrap_or_else(not_implemented))
    };
    add_method(cls, "__mul__", mul);
    add_method(cls, "__rmul__", mul);
    for (i, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        .iter()
        .enumerate()
    {
        add_method(cls, name, compare_native(i as u8));
    }
}

fn compare_native(op: u8) -> NativeFnPtr {
    macro_rules! f {
        ($op:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
                    return Err(vm.type_error("expected 1 argument, got 0"));
                };
                let same_kind = matches!(
                    (x.payload(), y.payload()),
                    (Some(Payload::List(_)), Some(Payload::List(_)))
                        | (Some(Payload::Tuple(_)), Some(Payload::Tuple(_)))
                );
                if !same_kind {
                    return Ok(not_implemented());
                }
                Ok(match seq::seq_compare(vm, x, y, $op)? {
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

fn concat_error(vm: &Vm, x: &Value, kind: &str) -> PyResult<Value> {
    if has_py_override(x, "__radd__") {
        return Ok(not_implemented());
    }
    Err(vm.type_error(format!(
        "can only concatenate {kind} (not \"{}\") to {kind}",
        type_name_of(x)
    )))
}

fn seq_len(vm: &mut Vm, a: Args<'_>, owner: &str) -> PyResult<Value> {
    let v = args::receiver(vm, &a, owner, "__len__")?;
    match v.payload() {
        Some(Payload::List(l)) => Ok(Value::from(l.lock().len())),
        Some(Payload::Tuple(t)) => Ok(Value::from(t.len())),
        _ => Err(args::wrong_receiver(vm, v, owner, "__len__")),
    }
}

/// Repetition count for `*`: ints and `__index__`; `None` for other types.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if !matches!(n, Value::Int(_) | Value::Bool(_))
        && vm.lookup_special(n, "__index__").is_none()
        && !crate::objects::int::is_int(n)
    {
        return Ok(None);
    }
    Ok(seq::index_of(vm, n)?.map(|i| i.max(0) as usize))
}

fn obj_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a Value)> {
    let v = args::receiver(vm, a, "list", name)?;
    let o = v
        .as_obj()
        .ok_or_else(|| args::wrong_receiver(vm, v, "list", name))?;
    let k = args::one(vm, a, type_name_of(v), name)?;
    Ok((o, k))
}

fn list_obj<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    let v = args::receiver(vm, a, "list", name)?;
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => Ok(o),
        _ => Err(args::wrong_receiver(vm, v, "list", name)),
    }
}

pub fn list_recv<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Mutex<Vec<Value>>> {
    let v = args::receiver(vm, a, "list", name)?;
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(args::wrong_receiver(vm, v, "list", name)),
    }
}

fn list_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Mutex<Vec<Value>>, &'a Value)> {
    let l = list_recv(vm, a, name)?;
    let x = args::one(vm, a, "list", name)?;
    Ok((l, x))
}

/// `list.extend`: a list (possibly the same one) is copied first; anything else iterated.
pub fn list_extend(vm: &mut Vm, l: &Mutex<Vec<Value>>, x: &Value) -> PyResult<()> {
    let items = match x.payload() {
        Some(Payload::List(src)) => src.lock().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vm.collect(x)?,
    };
    l.lock().extend(items);
    Ok(())
}

fn list_insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let l = list_recv(vm, &a, "insert")?;
    args::count(vm, &a, "list", "insert", 2, 2)?;
    let i = args::index_arg(vm, &a.pos[1])?;
    let mut g = l.lock();
    let n = g.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    g.insert(at, a.pos[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let l = list_recv(vm, &a, "pop")?;
    args::count(vm, &a, "list", "pop", 0, 1)?;
    let i = match a.pos.get(1) {
        Some(v) => args::index_arg(vm, v)?,
        None => -1,
    };
    let mut g = l.lock();
    if g.is_empty() {
        drop(g);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = g.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(g);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(g.remove(j as usize))
}

/// First index in `[start, stop)` whose element equals `x`, with that element. Elements are
/// compared without the lock when Python equality is needed; the list may change meanwhile,
/// as in CPython, so a caller that acts on the index re-checks the element under the lock.
fn find(
    vm: &mut Vm,
    l: &Mutex<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<(usize, Value)>> {
    let mut i = start;
    loop {
        let cand = {
            let g = l.lock();
            loop {
                if i >= stop.min(g.len()) {
                    return Ok(None);
                }
                let item = &g[i];
                let eq = if item.is(x) {
                    Some(true)
                } else {
                    fast_eq(item, x)
                };
                match eq {
                    Some(true) => return Ok(Some((i, item.clone()))),
                    Some(false) => i += 1,
                    None => break item.clone(),
                }
            }
        };
        if vm.eq(&cand, x)? {
            return Ok(Some((i, cand)));
        }
        i += 1;
    }
}

/// How many items of list `l` equal `x`. Items compared natively are counted under one
/// hold of the lock (so, as with CPython's GIL, another thread's insertions and removals
/// cannot make the scan skip or repeat one); the lock is dropped only to call Python
/// `__eq__`.
fn count_list(vm: &mut Vm, l: &Mutex<Vec<Value>>, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    loop {
        let cand = {
            let g = l.lock();
            loop {
                let Some(item) = g.get(i) else {
                    return Ok(n);
                };
                let eq = if item.is(x) {
                    Some(true)
                } else {
                    fast_eq(item, x)
                };
                match eq {
                    Some(true) => n += 1,
                    Some(false) => {}
                    None => break item.clone(),
                }
                i += 1;
            }
        };
        if vm.eq(&cand, x)? {
            n += 1;
        }
        i += 1;
    }
}

/// How many elements equal `x`; `get(i)` reads element `i` (None past the end).
fn count_in(vm: &mut Vm, get: impl Fn(usize) -> Option<Value>, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = get(i) {
        if item.is(x) || vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}
