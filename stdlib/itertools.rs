//! The `itertools` module, native: every iterator is a class of its own (made once per
//! process) whose instances carry a `NativeIter`. Simple iterators live here; the
//! combinatoric ones (`product`, `permutations`, `combinations`, ...) in
//! `builtins/cont_itercomb.rs`, and the ones sharing state between several iterator objects
//! (`groupby`, `tee`) in `builtins/cont_itershare.rs`.
//!
//! What must stay true: no lock is held while Python code runs (each `next` pulls from
//! the underlying iterators through `Vm::next` with plain owned state).

#[path = "../interp/builtins/cont_itercomb.rs"]
mod comb;
#[path = "../interp/builtins/cont_itershare.rs"]
mod share;

use crate::builtins::containers::iterclass::{instance, make_class};
use crate::builtins::iter_fns::Filter;
use crate::builtins::{add_classmethod, add_staticmethod};
use crate::grammar::ast::BinOp;
use crate::object::ObjRef;
use crate::objects::function::NativeFnPtr;
use crate::objects::iter::NativeIter;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::OnceLock;

const CLASSES: &[(&str, NativeFnPtr)] = &[
    ("count", count_new),
    ("cycle", cycle_new),
    ("repeat", repeat_new),
    ("chain", chain_new),
    ("islice", islice_new),
    ("accumulate", accumulate_new),
    ("starmap", starmap_new),
    ("takewhile", |vm, a| while_new(vm, a, "takewhile", true)),
    ("dropwhile", |vm, a| while_new(vm, a, "dropwhile", false)),
    ("compress", compress_new),
    ("filterfalse", filterfalse_new),
    ("zip_longest", zip_longest_new),
    ("pairwise", pairwise_new),
    ("product", comb::product_new),
    ("permutations", comb::permutations_new),
    ("combinations", comb::combinations_new),
    ("combinations_with_replacement", comb::cwr_new),
    ("groupby", share::groupby_new),
    ("_grouper", |vm, _| {
        Err(vm.type_error("cannot create 'itertools._grouper' instances"))
    }),
    ("_tee", |vm, _| {
        Err(vm.type_error("cannot create 'itertools._tee' instances"))
    }),
];

fn classes() -> &'static [(&'static str, ObjRef)] {
    static C: OnceLock<Vec<(&'static str, ObjRef)>> = OnceLock::new();
    C.get_or_init(|| {
        CLASSES
            .iter()
            .map(|(name, new)| {
                let c = make_class(name, "itertools");
                add_staticmethod(&c, "__new__", *new);
                if *name == "chain" {
                    add_classmethod(&c, "from_iterable", chain_from_iterable);
                }
                if *name == "count" || *name == "repeat" {
                    crate::builtins::add_method(&c, "__repr__", state_repr);
                }
                (*name, c)
            })
            .collect()
    })
}

/// One of this module's classes, by name.
fn class(name: &str) -> Value {
    classes()
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Value::None, |(_, c)| Value::Obj(c.clone()))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("itertools");
    if let Some(d) = module_dict(&m) {
        for (name, cls) in classes() {
            d.set_str(intern(name), Value::Obj(cls.clone()));
        }
        d.set_str(intern("tee"), crate::builtins::native("tee", share::tee));
    }
    Ok(m)
}

/// Positional argument `i` (after the class) or keyword `name`.
fn arg<'a>(a: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    a.get(i + 1, name).filter(|v| !v.is_none())
}

fn nargs(a: &Args<'_>) -> usize {
    a.pos.len().saturating_sub(1)
}

fn no_kw(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Reject unknown keywords and too many positionals.
fn check(vm: &Vm, a: &Args<'_>, name: &str, max_pos: usize, kws: &[&str]) -> PyResult<()> {
    for k in a.kwnames {
        let k = k.as_str().unwrap_or("");
        if !kws.contains(&k) {
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    if nargs(a) > max_pos {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max_pos} argument{} ({} given)",
            if max_pos == 1 { "" } else { "s" },
            nargs(a)
        )));
    }
    Ok(())
}

fn required<'a>(vm: &Vm, a: &Args<'a>, i: usize, name: &str, fname: &str) -> PyResult<&'a Value> {
    a.get(i + 1, name).ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() missing required argument '{name}' (pos {})",
            i + 1
        ))
    })
}

/// A non-negative count argument (`r`, `n`).
pub fn size_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<usize> {
    match crate::objects::seq::index_of(vm, v)? {
        Some(i) if i >= 0 => Ok(i as usize),
        Some(_) => Err(vm.value_error(format!("{what} must be non-negative"))),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || crate::objects::int::is_int(v)
}

fn count_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    check(vm, &a, "count", 2, &["start", "step"])?;
    let start = a.get(1, "start").cloned().unwrap_or(Value::Int(0));
    let step = a.get(2, "step").cloned().unwrap_or(Value::Int(1));
    for v in [&start, &step] {
        if !is_number(v) && vm.lookup_special(v, "__add__").is_none() {
            return Err(vm.type_error("a number is required"));
        }
    }
    Ok(instance(&a.pos[0], Count { cur: start, step }))
}

struct Count {
    cur: Value,
    step: Value,
}

/// `count(5)` / `repeat('a', 3)`: the class name and the iterator's current arguments.
fn state_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos[0];
    let args = match v.payload() {
        Some(crate::object::Payload::Iter(crate::objects::iter::IterState::Native(m))) => {
            match m.try_lock() {
                Some(it) => it.repr_args(),
                None => None,
            }
        }
        _ => None,
    };
    let Some(args) = args else {
        return Ok(Value::str(vm.default_repr(v)));
    };
    let mut parts = Vec::with_capacity(args.len());
    for x in &args {
        parts.push(vm.repr_string(x)?);
    }
    Ok(Value::str(format!(
        "{}({})",
        type_name_of(v),
        parts.join(", ")
    )))
}

impl NativeIter for Count {
    fn repr_args(&self) -> Option<Vec<Value>> {
        Some(match &self.step {
            Value::Int(1) => vec![self.cur.clone()],
            s => vec![self.cur.clone(), s.clone()],
        })
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let next = match (&self.cur, &self.step) {
            (Value::Int(x), Value::Int(s)) if x.checked_add(*s).is_some() => Value::Int(x + s),
            _ => vm.binary_op(&self.cur, &self.step, BinOp::Add, false)?,
        };
        Ok(Some(std::mem::replace(&mut self.cur, next)))
    }
}

fn cycle_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "cycle")?;
    if nargs(&a) != 1 {
        return Err(vm.type_error(format!("cycle expected 1 argument, got {}", nargs(&a))));
    }
    let it = vm.iter(&a.pos[1])?;
    Ok(instance(
        &a.pos[0],
        Cycle {
            it: Some(it),
            saved: Vec::new(),
            idx: 0,
        },
    ))
}

struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    idx: usize,
}

impl NativeIter for Cycle {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = &self.it {
            if let Some(x) = vm.next(it)? {
                self.saved.push(x.clone());
                return Ok(Some(x));
            }
            self.it = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let x = self.saved[self.idx % self.saved.len()].clone();
        self.idx = (self.idx + 1) % self.saved.len();
        Ok(Some(x))
    }
}

fn repeat_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    check(vm, &a, "repeat", 2, &["object", "times"])?;
    let obj = required(vm, &a, 0, "object", "repeat")?.clone();
    let times = match a.get(2, "times") {
        Some(t) => match crate::objects::seq::index_of(vm, t)? {
            Some(n) => Some(n.max(0) as u64),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(t)
                )))
            }
        },
        None => None,
    };
    Ok(instance(&a.pos[0], Repeat { obj, times }))
}

struct Repeat {
    obj: Value,
    times: Option<u64>,
}

impl NativeIter for Repeat {
    fn repr_args(&self) -> Option<Vec<Value>> {
        Some(match self.times {
            Some(n) => vec![self.obj.clone(), Value::from(n as usize)],
            None => vec![self.obj.clone()],
        })
    }

    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &mut self.times {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj.clone()))
            }
            None => Ok(Some(self.obj.clone())),
        }
    }
}

fn chain_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "chain")?;
    let sources = Value::tuple(a.pos[1..].to_vec());
    let sources = vm.iter(&sources)?;
    Ok(instance(
        &a.pos[0],
        Chain {
            sources: Some(sources),
            cur: None,
        },
    ))
}

fn chain_from_iterable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    no_kw(vm, &a, "from_iterable")?;
    if nargs(&a) != 1 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            nargs(&a)
        )));
    }
    let sources = vm.iter(&a.pos[1])?;
    Ok(instance(
        &a.pos[0],
        Chain {
            sources: Some(sources),
            cur: None,
        },
    ))
}

struct Chain {
    sources: Option<Value>,
    cur: Option<Value>,
}

impl NativeIter for Chain {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(it) = &self.cur {
                if let Some(x) = vm.next(it)? {
                    return Ok(Some(x));
                }
                self.cur = None;
            }
            let Some(src) = &self.sources else {
                return Ok(None);
            };
            match vm.next(src)? {
                Some(s) => self.cur = Some(vm.iter(&s)?),
                None => {
                    self.sources = None;
                    return Ok(None);
                }
            }
        }
    }
}

fn islice_index(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    match crate::objects::seq::index_of(vm, v) {
        Ok(Some(i)) if i >= 0 => Ok(Some(i as usize)),
        _ => Err(vm.value_error(msg.to_string())),
    }
}

fn islice_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "islice")?;
    let n = nargs(&a);
    if !(2..=4).contains(&n) {
        return Err(vm.type_error(format!(
            "islice expected {} arguments, got {n}",
            if n < 2 { "at least 2" } else { "at most 4" }
        )));
    }
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const IDX: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop) = if n == 2 {
        (0, islice_index(vm, &a.pos[2], STOP)?)
    } else {
        let s = islice_index(vm, &a.pos[2], IDX)?.unwrap_or(0);
        (s, islice_index(vm, &a.pos[3], IDX)?)
    };
    let step = match a.pos.get(4) {
        Some(v) if !v.is_none() => match crate::objects::seq::index_of(vm, v) {
            Ok(Some(i)) if i >= 1 => i as usize,
            _ => {
                return Err(vm.value_error("Step for islice() must be a positive integer or None."))
            }
        },
        _ => 1,
    };
    let it = vm.iter(&a.pos[1])?;
    Ok(instance(
        &a.pos[0],
        ISlice {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    ))
}

struct ISlice {
    it: Option<Value>,
    next: usize,
    stop: Option<usize>,
    step: usize,
    cnt: usize,
}

impl NativeIter for ISlice {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        while self.cnt < self.next {
            if vm.next(&it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.cnt += 1;
        }
        if self.stop.is_some_and(|s| self.cnt >= s) {
            self.it = None;
            return Ok(None);
        }
        let Some(x) = vm.next(&it)? else {
            self.it = None;
            return Ok(None);
        };
        self.cnt += 1;
        self.next = self.next.saturating_add(self.step);
        if let Some(s) = self.stop {
            self.next = self.next.min(s);
        }
        Ok(Some(x))
    }
}

fn accumulate_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    check(vm, &a, "accumulate", 2, &["iterable", "func", "initial"])?;
    let iterable = required(vm, &a, 0, "iterable", "accumulate")?;
    let func = arg(&a, 1, "func").cloned();
    let initial = a.kw("initial").filter(|v| !v.is_none()).cloned();
    let it = vm.iter(iterable)?;
    Ok(instance(
        &a.pos[0],
        Accumulate {
            it,
            func,
            total: None,
            initial,
        },
    ))
}

struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: Option<Value>,
    initial: Option<Value>,
}

impl NativeIter for Accumulate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.take() {
            self.total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(x) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let total = match self.total.take() {
            None => x,
            Some(t) => match &self.func {
                Some(f) => vm.call(f, &[t, x])?,
                None => vm.binary_op(&t, &x, BinOp::Add, false)?,
            },
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

fn starmap_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "starmap")?;
    if nargs(&a) != 2 {
        return Err(vm.type_error(format!("starmap expected 2 arguments, got {}", nargs(&a))));
    }
    let it = vm.iter(&a.pos[2])?;
    Ok(instance(
        &a.pos[0],
        Starmap {
            func: a.pos[1].clone(),
            it,
        },
    ))
}

struct Starmap {
    func: Value,
    it: Value,
}

impl NativeIter for Starmap {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(x) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let args = vm.collect(&x)?;
        vm.call(&self.func, &args).map(Some)
    }
}

fn while_new(vm: &mut Vm, a: Args<'_>, name: &str, take: bool) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, name)?;
    if nargs(&a) != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", nargs(&a))));
    }
    let it = vm.iter(&a.pos[2])?;
    Ok(instance(
        &a.pos[0],
        While {
            pred: a.pos[1].clone(),
            it,
            take,
            done: false,
        },
    ))
}

/// `takewhile` (`take`) and `dropwhile`; `done` means "stopped taking" / "stopped dropping".
struct While {
    pred: Value,
    it: Value,
    take: bool,
    done: bool,
}

impl NativeIter for While {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.take && self.done {
            return Ok(None);
        }
        loop {
            let Some(x) = vm.next(&self.it)? else {
                return Ok(None);
            };
            if !self.take && self.done {
                return Ok(Some(x));
            }
            let r = vm.call(&self.pred, std::slice::from_ref(&x))?;
            let ok = vm.truthy(&r)?;
            if self.take {
                if ok {
                    return Ok(Some(x));
                }
                self.done = true;
                return Ok(None);
            }
            if !ok {
                self.done = true;
                return Ok(Some(x));
            }
        }
    }
}

fn compress_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    check(vm, &a, "compress", 2, &["data", "selectors"])?;
    let data = required(vm, &a, 0, "data", "compress")?;
    let sel = required(vm, &a, 1, "selectors", "compress")?;
    let data = vm.iter(data)?;
    let sel = vm.iter(sel)?;
    Ok(instance(&a.pos[0], Compress { data, sel }))
}

struct Compress {
    data: Value,
    sel: Value,
}

impl NativeIter for Compress {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&self.data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&self.sel)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn filterfalse_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "filterfalse")?;
    if nargs(&a) != 2 {
        return Err(vm.type_error(format!(
            "filterfalse expected 2 arguments, got {}",
            nargs(&a)
        )));
    }
    let it = vm.iter(&a.pos[2])?;
    Ok(instance(
        &a.pos[0],
        Filter {
            func: a.pos[1].clone(),
            it,
            keep: false,
        },
    ))
}

fn zip_longest_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    check(vm, &a, "zip_longest", usize::MAX, &["fillvalue"])?;
    let fill = a.kw("fillvalue").cloned().unwrap_or_default();
    let mut its = Vec::new();
    for x in &a.pos[1..] {
        its.push(Some(vm.iter(x)?));
    }
    let active = its.len();
    Ok(instance(&a.pos[0], ZipLongest { its, fill, active }))
}

struct ZipLongest {
    its: Vec<Option<Value>>,
    fill: Value,
    active: usize,
}

impl NativeIter for ZipLongest {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for slot in self.its.iter_mut() {
            let item = match slot {
                Some(it) => match vm.next(it)? {
                    Some(x) => x,
                    None => {
                        *slot = None;
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                        self.fill.clone()
                    }
                },
                None => self.fill.clone(),
            };
            out.push(item);
        }
        Ok(Some(Value::tuple(out)))
    }
}

fn pairwise_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    no_kw(vm, &a, "pairwise")?;
    if nargs(&a) != 1 {
        return Err(vm.type_error(format!("pairwise expected 1 argument, got {}", nargs(&a))));
    }
    let it = vm.iter(&a.pos[1])?;
    Ok(instance(
        &a.pos[0],
        Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}

struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}

impl NativeIter for Pairwise {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = &self.it else {
            return Ok(None);
        };
        let old = match self.old.take() {
            Some(o) => o,
            None => match vm.next(it)? {
                Some(o) => o,
                None => {
                    self.it = None;
                    return Ok(None);
                }
            },
        };
        match vm.next(it)? {
            Some(new) => {
                self.old = Some(new.clone());
                Ok(Some(Value::tuple(vec![old, new])))
            }
            None => {
                self.it = None;
                Ok(None)
            }
        }
    }
}
