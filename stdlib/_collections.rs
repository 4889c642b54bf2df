//! The `_collections` module: the native `deque` (`collections.deque`).
//!
//! A deque is a `VecDeque` behind one leaf lock, so `append`/`popleft` from different
//! threads are atomic without the GIL. Operations that compare elements (`count`, `index`,
//! `remove`, `in`, `==`) work on a snapshot taken under the lock and run Python `==` after
//! releasing it; a mutation counter detects changes made meanwhile, as CPython does
//! ("deque mutated during iteration").

use crate::builtins::containers::args;
use crate::builtins::{add_attr, add_method, add_staticmethod, native};
use crate::object::{NativeData, ObjRef, Payload, Property, PyObject};
use crate::objects::dict::Dict;
use crate::objects::iter::{IterState, NativeIter};
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::{as_type, new_class, not_implemented, type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::OnceLock;

#[derive(Default)]
struct Inner {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every mutation; iterators and comparisons check it.
    state: u64,
}

impl Inner {
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_back(v);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_front(),
            _ => None,
        }
    }

    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_front(v);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_back(),
            _ => None,
        }
    }
}

pub struct Deque {
    inner: Mutex<Inner>,
}

impl NativeData for Deque {
    fn type_obj(&self) -> &'static ObjRef {
        deque_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn deque_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let c = new_class(
            "deque",
            vec![t.object.clone()],
            vec![t.object.clone()],
            Dict::new(),
            true,
            None,
        );
        add_attr(&c, "__module__", Value::str("collections"));
        register(&c);
        c
    })
}

/// Register `deque` (for `stdlib::TYPE_INITS`; the module also creates it on first import).
pub fn init_types() {
    deque_class();
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_collections");
    if let Some(d) = module_dict(&m) {
        d.set_str(intern("deque"), Value::Obj(deque_class().clone()));
    }
    Ok(m)
}

fn deque_of(v: &Value) -> Option<&Deque> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<Deque>(),
        _ => None,
    }
}

fn recv<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Deque> {
    let v = args::receiver(vm, a, "deque", name)?;
    deque_of(v).ok_or_else(|| args::wrong_receiver(vm, v, "deque", name))
}

fn recv_one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Deque, &'a Value)> {
    let d = recv(vm, a, name)?;
    Ok((d, args::one(vm, a, "deque", name)?))
}

fn snapshot(d: &Deque) -> (Vec<Value>, u64) {
    let g = d.inner.lock();
    (g.items.iter().cloned().collect(), g.state)
}

fn mutated(vm: &Vm, d: &Deque, state: u64) -> PyResult<()> {
    if d.inner.lock().state != state {
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    Ok(())
}

/// A deque of the same class as `like` (for `copy`, `+`, `*`).
fn new_like(like: &Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let payload = Payload::Native(Box::new(Deque {
        inner: Mutex::new(Inner {
            items,
            maxlen,
            state: 0,
        }),
    }));
    match like {
        Value::Obj(o)
            if o.cls
                .as_ref()
                .is_some_and(|c| as_type(c).is_some_and(|t| !t.builtin)) =>
        {
            Value::Obj(ObjRef::new(PyObject::with_class(
                payload,
                o.cls.clone().unwrap_or_else(|| deque_class().clone()),
            )))
        }
        _ => plain(payload),
    }
}

/// An instance of `deque` itself (no attribute dict).
fn plain(payload: Payload) -> Value {
    let mut o = PyObject::new(payload);
    o.cls = Some(deque_class().clone());
    Value::Obj(ObjRef::new(o))
}

fn maxlen_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match crate::objects::seq::index_of(vm, v)? {
            Some(i) if i >= 0 => Ok(Some(i as usize)),
            Some(_) => Err(vm.value_error("maxlen must be non-negative")),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(v)
            ))),
        },
    }
}

fn register(c: &ObjRef) {
    add_attr(c, "__hash__", Value::None);
    crate::builtins::add_classmethod(
        c,
        "__class_getitem__",
        crate::builtins::site_fns::class_getitem,
    );
    add_staticmethod(c, "__new__", |vm, a| {
        let cls = args::receiver(vm, &a, "deque", "__new__")?;
        let payload = Payload::Native(Box::new(Deque {
            inner: Mutex::new(Inner::default()),
        }));
        match cls {
            Value::Obj(c) if as_type(c).is_some_and(|t| !t.builtin) => Ok(Value::Obj(ObjRef::new(
                PyObject::with_class(payload, c.clone()),
            ))),
            _ => Ok(plain(payload)),
        }
    });
    add_method(c, "__init__", |vm, a| {
        let d = recv(vm, &a, "__init__")?;
        if a.pos.len() > 3 {
            return Err(vm.type_error(format!(
                "deque() takes at most 2 arguments ({} given)",
                a.pos.len() - 1
            )));
        }
        let maxlen = maxlen_arg(vm, a.get(2, "maxlen"))?;
        let items = match a.get(1, "iterable") {
            Some(it) => vm.collect(it)?,
            None => vec![],
        };
        let mut g = d.inner.lock();
        g.items.clear();
        g.maxlen = maxlen;
        let mut dropped = Vec::new();
        for v in items {
            dropped.extend(g.push_back(v));
        }
        drop(g);
        Ok(Value::None)
    });
    let maxlen = Property {
        fget: native("maxlen", |vm, a| {
            let d = recv(vm, &a, "maxlen")?;
            Ok(d.inner.lock().maxlen.map_or(Value::None, Value::from))
        }),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    add_attr(c, "maxlen", Value::obj(Payload::Property(Box::new(maxlen))));
    add_method(c, "append", |vm, a| {
        let (d, x) = recv_one(vm, &a, "append")?;
        let old = d.inner.lock().push_back(x.clone());
        drop(old);
        Ok(Value::None)
    });
    add_method(c, "appendleft", |vm, a| {
        let (d, x) = recv_one(vm, &a, "appendleft")?;
        let old = d.inner.lock().push_front(x.clone());
        drop(old);
        Ok(Value::None)
    });
    add_method(c, "pop", |vm, a| {
        let d = recv(vm, &a, "pop")?;
        args::none(vm, &a, "deque", "pop")?;
        let mut g = d.inner.lock();
        g.state = g.state.wrapping_add(1);
        let v = g.items.pop_back();
        drop(g);
        v.ok_or_else(|| vm.index_error("pop from an empty deque"))
    });
    add_method(c, "popleft", |vm, a| {
        let d = recv(vm, &a, "popleft")?;
        args::none(vm, &a, "deque", "popleft")?;
        let mut g = d.inner.lock();
        g.state = g.state.wrapping_add(1);
        let v = g.items.pop_front();
        drop(g);
        v.ok_or_else(|| vm.index_error("pop from an empty deque"))
    });
    add_method(c, "extend", |vm, a| {
        let (d, x) = recv_one(vm, &a, "extend")?;
        extend(vm, d, x, false)?;
        Ok(Value::None)
    });
    add_method(c, "extendleft", |vm, a| {
        let (d, x) = recv_one(vm, &a, "extendleft")?;
        extend(vm, d, x, true)?;
        Ok(Value::None)
    });
    add_method(c, "rotate", |vm, a| {
        let d = recv(vm, &a, "rotate")?;
        args::count(vm, &a, "deque", "rotate", 0, 1)?;
        let n = match a.pos.get(1) {
            Some(v) => args::index_arg(vm, v)?,
            None => 1,
        };
        let mut g = d.inner.lock();
        let len = g.items.len() as i64;
        if len > 1 {
            g.state = g.state.wrapping_add(1);
            let k = n.rem_euclid(len) as usize;
            g.items.rotate_right(k);
        }
        Ok(Value::None)
    });
    add_method(c, "clear", |vm, a| {
        let d = recv(vm, &a, "clear")?;
        args::none(vm, &a, "deque", "clear")?;
        let old = {
            let mut g = d.inner.lock();
            g.state = g.state.wrapping_add(1);
            std::mem::take(&mut g.items)
        };
        drop(old);
        Ok(Value::None)
    });
    add_method(c, "reverse", |vm, a| {
        let d = recv(vm, &a, "reverse")?;
        args::none(vm, &a, "deque", "reverse")?;
        let mut g = d.inner.lock();
        g.state = g.state.wrapping_add(1);
        g.items.make_contiguous().reverse();
        Ok(Value::None)
    });
    add_method(c, "count", |vm, a| {
        let (d, x) = recv_one(vm, &a, "count")?;
        let (items, state) = snapshot(d);
        let mut n = 0usize;
        for it in &items {
            if it.is(x) || vm.eq(it, x)? {
                n += 1;
            }
            mutated(vm, d, state)?;
        }
        Ok(Value::from(n))
    });
    add_method(c, "index", |vm, a| {
        let d = recv(vm, &a, "index")?;
        args::count(vm, &a, "deque", "index", 1, 3)?;
        let (items, state) = snapshot(d);
        let (s, e) = args::clamp_range(vm, a.pos.get(2), a.pos.get(3), items.len())?;
        for (i, it) in items.iter().enumerate().take(e).skip(s) {
            if it.is(&a.pos[1]) || vm.eq(it, &a.pos[1])? {
                return Ok(Value::from(i));
            }
            mutated(vm, d, state)?;
        }
        let r = vm.repr_string(&a.pos[1])?;
        Err(vm.value_error(format!("{r} is not in deque")))
    });
    add_method(c, "remove", |vm, a| {
        let (d, x) = recv_one(vm, &a, "remove")?;
        let (items, state) = snapshot(d);
        for (i, it) in items.iter().enumerate() {
            if it.is(x) || vm.eq(it, x)? {
                let mut g = d.inner.lock();
                if g.state != state {
                    drop(g);
                    return Err(vm.index_error("deque mutated during remove()."));
                }
                g.state = g.state.wrapping_add(1);
                let old = g.items.remove(i);
                drop(g);
                drop(old);
                return Ok(Value::None);
            }
        }
        let r = vm.repr_string(x)?;
        Err(vm.value_error(format!("{r} is not in deque")))
    });
    add_method(c, "insert", |vm, a| {
        let d = recv(vm, &a, "insert")?;
        args::count(vm, &a, "deque", "insert", 2, 2)?;
        let i = args::index_arg(vm, &a.pos[1])?;
        let mut g = d.inner.lock();
        if g.maxlen == Some(g.items.len()) {
            drop(g);
            return Err(vm.index_error("deque already at its maximum size"));
        }
        let n = g.items.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        g.state = g.state.wrapping_add(1);
        g.items.insert(at, a.pos[2].clone());
        Ok(Value::None)
    });
    let copy: crate::objects::function::NativeFnPtr = |vm, a| {
        let d = recv(vm, &a, "copy")?;
        let g = d.inner.lock();
        let (items, maxlen) = (g.items.clone(), g.maxlen);
        drop(g);
        Ok(new_like(&a.pos[0], items, maxlen))
    };
    add_method(c, "copy", copy);
    add_method(c, "__reduce__", |vm, a| {
        let d = recv(vm, &a, "__reduce__")?;
        let (items, _) = snapshot(d);
        let maxlen = d.inner.lock().maxlen.map_or(Value::None, Value::from);
        let cls = Value::Obj(crate::objects::types::type_of(&a.pos[0]).clone());
        Ok(Value::tuple(vec![
            cls,
            Value::tuple(vec![Value::list(items), maxlen]),
        ]))
    });
    add_method(c, "__copy__", copy);
    add_method(c, "__len__", |vm, a| {
        Ok(Value::from(
            recv(vm, &a, "__len__")?.inner.lock().items.len(),
        ))
    });
    add_method(c, "__bool__", |vm, a| {
        Ok(Value::Bool(
            !recv(vm, &a, "__bool__")?.inner.lock().items.is_empty(),
        ))
    });
    add_method(c, "__getitem__", |vm, a| {
        let (d, k) = recv_one(vm, &a, "__getitem__")?;
        let i = item_index(vm, d, k)?;
        let v = d.inner.lock().items.get(i).cloned();
        v.ok_or_else(|| vm.index_error("deque index out of range"))
    });
    add_method(c, "__setitem__", |vm, a| {
        let d = recv(vm, &a, "__setitem__")?;
        args::count(vm, &a, "deque", "__setitem__", 2, 2)?;
        let i = item_index(vm, d, &a.pos[1])?;
        let old = d
            .inner
            .lock()
            .items
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, a.pos[2].clone()));
        match old {
            Some(_) => Ok(Value::None),
            None => Err(vm.index_error("deque index out of range")),
        }
    });
    add_method(c, "__delitem__", |vm, a| {
        let (d, k) = recv_one(vm, &a, "__delitem__")?;
        let i = item_index(vm, d, k)?;
        let mut g = d.inner.lock();
        g.state = g.state.wrapping_add(1);
        let old = g.items.remove(i);
        drop(g);
        match old {
            Some(_) => Ok(Value::None),
            None => Err(vm.index_error("deque index out of range")),
        }
    });
    add_method(c, "__contains__", |vm, a| {
        let (d, x) = recv_one(vm, &a, "__contains__")?;
        let (items, state) = snapshot(d);
        for it in &items {
            if it.is(x) || vm.eq(it, x)? {
                return Ok(Value::Bool(true));
            }
            mutated(vm, d, state)?;
        }
        Ok(Value::Bool(false))
    });
    add_method(c, "__iter__", |vm, a| {
        let d = recv(vm, &a, "__iter__")?;
        let state = d.inner.lock().state;
        let it = DequeIter {
            deque: a.pos[0].clone(),
            idx: 0,
            state,
            reverse: false,
        };
        Ok(Value::obj(Payload::Iter(IterState::native(it))))
    });
    add_method(c, "__reversed__", |vm, a| {
        let d = recv(vm, &a, "__reversed__")?;
        let state = d.inner.lock().state;
        let it = DequeIter {
            deque: a.pos[0].clone(),
            idx: 0,
            state,
            reverse: true,
        };
        Ok(Value::obj(Payload::Iter(IterState::native(it))))
    });
    add_method(c, "__repr__", deque_repr);
    for (i, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        .iter()
        .enumerate()
    {
        add_method(c, name, compare_native(i as u8));
    }
    add_method(c, "__add__", |vm, a| {
        let (d, x) = recv_one(vm, &a, "__add__")?;
        let Some(o) = deque_of(x) else {
            return Err(vm.type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                type_name_of(x)
            )));
        };
        let g = d.inner.lock();
        let (mut items, maxlen) = (g.items.clone(), g.maxlen);
        drop(g);
        let more: Vec<Value> = o.inner.lock().items.iter().cloned().collect();
        let out = new_like(&a.pos[0], VecDeque::new(), maxlen);
        if let Some(nd) = deque_of(&out) {
            let mut g = nd.inner.lock();
            let mut dropped = Vec::new();
            for v in items.drain(..).chain(more) {
                dropped.extend(g.push_back(v));
            }
        }
        Ok(out)
    });
    add_method(c, "__iadd__", |vm, a| {
        let (d, x) = recv_one(vm, &a, "__iadd__")?;
        extend(vm, d, x, false)?;
        Ok(a.pos[0].clone())
    });
    add_method(c, "__mul__", |vm, a| {
        let (d, x) = recv_one(vm, &a, "__mul__")?;
        let n = args::index_arg(vm, x)?.max(0) as usize;
        let g = d.inner.lock();
        let (items, maxlen) = (g.items.clone(), g.maxlen);
        drop(g);
        let out = new_like(&a.pos[0], VecDeque::new(), maxlen);
        if let Some(nd) = deque_of(&out) {
            let mut g = nd.inner.lock();
            let mut dropped = Vec::new();
            for _ in 0..n {
                for v in items.iter() {
                    dropped.extend(g.push_back(v.clone()));
                }
            }
        }
        Ok(out)
    });
    add_method(c, "__imul__", |vm, a| {
        let (d, x) = recv_one(vm, &a, "__imul__")?;
        let n = args::index_arg(vm, x)?.max(0) as usize;
        let mut g = d.inner.lock();
        let items: Vec<Value> = std::mem::take(&mut g.items).into_iter().collect();
        g.state = g.state.wrapping_add(1);
        let mut dropped = Vec::new();
        for _ in 0..n {
            for v in &items {
                dropped.extend(g.push_back(v.clone()));
            }
        }
        drop(g);
        Ok(a.pos[0].clone())
    });
}

/// A deque index: ints only (no slices), negative from the end.
fn item_index(vm: &mut Vm, d: &Deque, k: &Value) -> PyResult<usize> {
    let Some(i) = crate::objects::seq::index_of(vm, k)? else {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            type_name_of(k)
        )));
    };
    let n = d.inner.lock().items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn extend(vm: &mut Vm, d: &Deque, x: &Value, left: bool) -> PyResult<()> {
    let items = match deque_of(x) {
        Some(o) => o.inner.lock().items.iter().cloned().collect(),
        None => vm.collect(x)?,
    };
    let mut g = d.inner.lock();
    let mut dropped = Vec::new();
    for v in items {
        dropped.extend(if left {
            g.push_front(v)
        } else {
            g.push_back(v)
        });
    }
    drop(g);
    Ok(())
}

thread_local! {
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn deque_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = recv(vm, &a, "__repr__")?;
    let v = &a.pos[0];
    let addr = v.id() as usize;
    if REPR_ACTIVE.with(|r| r.borrow().contains(&addr)) {
        return Ok(Value::str("[...]"));
    }
    let (items, _) = snapshot(d);
    let maxlen = d.inner.lock().maxlen;
    REPR_ACTIVE.with(|r| r.borrow_mut().push(addr));
    let list = vm.repr_string(&Value::list(items));
    REPR_ACTIVE.with(|r| r.borrow_mut().retain(|&x| x != addr));
    let list = list?;
    let name = type_name_of(v);
    Ok(Value::str(match maxlen {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    }))
}

fn compare_native(op: u8) -> crate::objects::function::NativeFnPtr {
    macro_rules! f {
        ($op:expr) => {
            |vm: &mut Vm, a: Args<'_>| -> PyResult<Value> {
                let (d, x) = recv_one(vm, &a, "__eq__")?;
                let Some(o) = deque_of(x) else {
                    return Ok(not_implemented());
                };
                let (p, _) = snapshot(d);
                let (q, _) = snapshot(o);
                let r =
                    crate::objects::seq::seq_compare(vm, &Value::list(p), &Value::list(q), $op)?;
                Ok(r.map_or_else(not_implemented, Value::Bool))
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

struct DequeIter {
    deque: Value,
    idx: usize,
    state: u64,
    reverse: bool,
}

impl NativeIter for DequeIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(d) = deque_of(&self.deque) else {
            return Ok(None);
        };
        let g = d.inner.lock();
        if g.state != self.state {
            drop(g);
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        let n = g.items.len();
        if self.idx >= n {
            return Ok(None);
        }
        let i = if self.reverse {
            n - 1 - self.idx
        } else {
            self.idx
        };
        self.idx += 1;
        Ok(g.items.get(i).cloned())
    }
}
