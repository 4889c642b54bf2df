//! Iteration built-ins: `sorted`, `any`, `all`, and the iterator classes `reversed`,
//! `enumerate`, `zip`, `map`, `filter` (real classes, so `isinstance(x, map)` works).
//!
//! The iterators are native (`NativeIter`): each `next` pulls from the underlying iterators
//! through `Vm::next` and calls Python with no lock held.

use super::containers::iterclass::{instance, make_class};
use super::containers::sort;
use super::{add_staticmethod, native};
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::iter::{IterState, NativeIter};
use crate::objects::str::intern;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use std::sync::atomic::{AtomicI64, AtomicUsize};
use std::sync::OnceLock;

pub fn register(d: &Dict) {
    let set = |name: &'static str, f| d.set_str(intern(name), native(name, f));
    set("sorted", sorted);
    set("any", |vm, a| any_all(vm, a, "any", true));
    set("all", |vm, a| any_all(vm, a, "all", false));
    for (name, cls) in [
        ("reversed", reversed_class()),
        ("enumerate", enumerate_class()),
        ("zip", zip_class()),
        ("map", map_class()),
        ("filter", filter_class()),
    ] {
        d.set_str(intern(name), Value::Obj(cls.clone()));
    }
}

macro_rules! iter_class {
    ($fn_name:ident, $name:literal, $new:expr) => {
        fn $fn_name() -> &'static ObjRef {
            static CLS: OnceLock<ObjRef> = OnceLock::new();
            CLS.get_or_init(|| {
                let c = make_class($name, "builtins");
                add_staticmethod(&c, "__new__", $new);
                c
            })
        }
    };
}

iter_class!(reversed_class, "reversed", reversed_new);
iter_class!(enumerate_class, "enumerate", enumerate_new);
iter_class!(zip_class, "zip", zip_new);
iter_class!(map_class, "map", map_new);
iter_class!(filter_class, "filter", filter_new);

fn sorted(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let (key, reverse) = sort::sort_kwargs(vm, &a)?;
    let items = vm.collect(&a.pos[0])?;
    let (items, res) = sort::sort_values(vm, items, key.as_ref(), reverse);
    res?;
    Ok(Value::list(items))
}

fn any_all(vm: &mut Vm, a: Args<'_>, name: &str, want: bool) -> PyResult<Value> {
    let v = super::functions::one(vm, &a, name)?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn no_kw(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn reversed_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "reversed")?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let seq = &a.pos[1];
    if let Value::Obj(o) = seq {
        if o.cls.is_none() {
            match &o.payload {
                Payload::List(l) => {
                    let n = l.lock().len();
                    return Ok(Value::obj(Payload::Iter(IterState::Reversed {
                        seq: seq.clone(),
                        left: AtomicUsize::new(n),
                    })));
                }
                Payload::Tuple(t) => {
                    return Ok(Value::obj(Payload::Iter(IterState::Reversed {
                        seq: seq.clone(),
                        left: AtomicUsize::new(t.len()),
                    })))
                }
                Payload::Range { start, stop, step } => {
                    if let Some(r) = reversed_range(*start, *stop, *step) {
                        return Ok(r);
                    }
                }
                _ => {}
            }
        }
    }
    match vm.lookup_special(seq, "__reversed__") {
        Some(Value::None) => return Err(not_reversible(vm, seq)),
        Some(f) => return vm.call(&f, std::slice::from_ref(seq)),
        None => {}
    }
    let builtin_seq = matches!(
        seq.payload(),
        Some(
            Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. }
                | Payload::List(_)
                | Payload::Tuple(_)
        )
    );
    let is_mapping = matches!(seq.payload(), Some(Payload::Dict(_)));
    if is_mapping || (!builtin_seq && vm.lookup_special(seq, "__getitem__").is_none()) {
        return Err(not_reversible(vm, seq));
    }
    let n = vm.len(seq)?;
    Ok(instance(
        &a.pos[0],
        SeqReversed {
            seq: seq.clone(),
            left: n,
        },
    ))
}

fn not_reversible(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("'{}' object is not reversible", type_name_of(v)))
}

fn reversed_range(start: i64, stop: i64, step: i64) -> Option<Value> {
    let n = crate::objects::range_len(start, stop, step) as i64;
    let last = start.checked_add(n.checked_sub(1)?.checked_mul(step)?)?;
    let end = start.checked_sub(step)?;
    let (cur, stop) = if n == 0 { (0, 0) } else { (last, end) };
    Some(Value::obj(Payload::Iter(IterState::Range {
        cur: AtomicI64::new(cur),
        stop,
        step: step.checked_neg()?,
    })))
}

/// `reversed()` over any object with `__len__` and `__getitem__`.
struct SeqReversed {
    seq: Value,
    left: usize,
}

impl NativeIter for SeqReversed {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        match vm.getitem(&self.seq, &Value::from(self.left)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.exc_matches(&e, "IndexError") || vm.exc_matches(&e, "StopIteration") => {
                self.left = 0;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

fn enumerate_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    let iterable = a.get(1, "iterable");
    let start = a.get(2, "start");
    if a.pos.len() > 3
        || a.kwnames
            .iter()
            .any(|k| !matches!(k.as_str(), Some("iterable" | "start")))
    {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.pos.len().saturating_sub(1) + a.kwnames.len()
        )));
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let n = match start {
        None => Value::Int(0),
        Some(v) if crate::objects::int::is_int(v) => match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        },
        Some(v) => match crate::objects::seq::index_of(vm, v)? {
            Some(i) if vm.lookup_special(v, "__index__").is_some() => Value::Int(i),
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(v)
                )))
            }
        },
    };
    let it = vm.iter(iterable)?;
    Ok(instance(&a.pos[0], Enumerate { it, n }))
}

struct Enumerate {
    it: Value,
    n: Value,
}

impl NativeIter for Enumerate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(x) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let next = match &self.n {
            Value::Int(i) => match i.checked_add(1) {
                Some(j) => Value::Int(j),
                None => Value::from_bigint(BigInt::from(*i) + 1),
            },
            v => match crate::objects::int::to_bigint(v) {
                Some(b) => Value::from_bigint(b + 1),
                None => Value::Int(0),
            },
        };
        let i = std::mem::replace(&mut self.n, next);
        Ok(Some(Value::tuple(vec![i, x])))
    }
}

fn zip_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    let mut strict = false;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        if k.as_str() == Some("strict") {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let mut its = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for x in &a.pos[1..] {
        its.push(vm.iter(x)?);
    }
    Ok(instance(
        &a.pos[0],
        Zip {
            its,
            strict,
            done: false,
        },
    ))
}

struct Zip {
    its: Vec<Value>,
    strict: bool,
    done: bool,
}

impl NativeIter for Zip {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done || self.its.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            match vm.next(&self.its[i])? {
                Some(x) => items.push(x),
                None => {
                    self.done = true;
                    if !self.strict {
                        return Ok(None);
                    }
                    let plural = |k: usize| {
                        if k == 1 {
                            " ".to_string()
                        } else {
                            "s 1-".to_string()
                        }
                    };
                    if i > 0 {
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{}{i}",
                            i + 1,
                            plural(i)
                        )));
                    }
                    for j in 1..self.its.len() {
                        if vm.next(&self.its[j])?.is_some() {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{}{j}",
                                j + 1,
                                plural(j)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(items)))
    }
}

fn map_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "map")?;
    if a.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(a.pos.len() - 2);
    for x in &a.pos[2..] {
        its.push(vm.iter(x)?);
    }
    Ok(instance(
        &a.pos[0],
        Map {
            func: a.pos[1].clone(),
            its,
        },
    ))
}

struct Map {
    func: Value,
    its: Vec<Value>,
}

impl NativeIter for Map {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match vm.next(it)? {
                Some(x) => args.push(x),
                None => return Ok(None),
            }
        }
        vm.call(&self.func, &args).map(Some)
    }
}

fn filter_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "filter")?;
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let it = vm.iter(&a.pos[2])?;
    Ok(instance(
        &a.pos[0],
        Filter {
            func: a.pos[1].clone(),
            it,
            keep: true,
        },
    ))
}

/// `filter` (keep items whose predicate is true) and `itertools.filterfalse` (`keep` false).
pub struct Filter {
    pub func: Value,
    pub it: Value,
    pub keep: bool,
}

impl NativeIter for Filter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(x) = vm.next(&self.it)? {
            let ok = if self.func.is_none() {
                vm.truthy(&x)?
            } else {
                let r = vm.call(&self.func, std::slice::from_ref(&x))?;
                vm.truthy(&r)?
            };
            if ok == self.keep {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }
}
