//! `sum`, `min` and `max`: left-to-right reductions with native fast paths for plain ints
//! and floats (exactly the results of the generic `+` / `<` / `>`, only faster).
//!
//! What must stay true: float sums are plain left-to-right additions (CPython 3.11 has no
//! compensated summation in `sum`); `min`/`max` compare `new op best` and keep the first
//! of equal items, calling `key` once per item.

use crate::builtins::native;
use crate::grammar::ast::BinOp;
use crate::object::Payload;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn register(d: &Dict) {
    let set = |name: &'static str, f| d.set_str(intern(name), native(name, f));
    set("sum", builtin_sum);
    set("min", |vm, a| min_max(vm, a, false));
    set("max", |vm, a| min_max(vm, a, true));
}

/// Walk `iterable`, handing each item to `f`; plain lists and tuples are walked over a
/// snapshot without an iterator object.
fn for_each(
    vm: &mut Vm,
    iterable: &Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    if let Value::Obj(o) = iterable {
        if o.cls.is_none() {
            let snapshot = match &o.payload {
                Payload::List(l) => Some(l.lock().clone()),
                Payload::Tuple(t) => Some(t.to_vec()),
                _ => None,
            };
            if let Some(items) = snapshot {
                for x in items {
                    f(vm, x)?;
                }
                return Ok(());
            }
        }
    }
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        f(vm, x)?;
    }
    Ok(())
}

fn builtin_sum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    for k in a.kwnames {
        if k.as_str() != Some("start") {
            return Err(vm.type_error(format!(
                "sum() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    let n = a.pos.len() + a.kwnames.len();
    if a.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if n > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({n} given)")));
    }
    let start = a
        .pos
        .get(1)
        .or_else(|| a.kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let mut acc = start;
    for_each(vm, &a.pos[0], |vm, x| {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_add(*q) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &x, BinOp::Add, false)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            (Value::Float(p), Value::Int(q)) => Value::Float(p + *q as f64),
            _ => vm.binary_op(&acc, &x, BinOp::Add, false)?,
        };
        Ok(())
    })?;
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: Args<'_>, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    if a.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    for k in a.kwnames {
        if !matches!(k.as_str(), Some("key" | "default")) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    let default = a.kw("default");
    if default.is_some() && a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = a.kw("key").filter(|k| !k.is_none()).cloned();
    let op = if is_max { 4 } else { 0 };
    let mut best: Option<(Value, Value)> = None;
    let mut visit = |vm: &mut Vm, x: Value| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => match (&k, bk) {
                (Value::Int(p), Value::Int(q)) => {
                    if is_max {
                        p > q
                    } else {
                        p < q
                    }
                }
                (Value::Float(p), Value::Float(q)) => {
                    if is_max {
                        p > q
                    } else {
                        p < q
                    }
                }
                _ => {
                    let r = vm.compare(&k, bk, op)?;
                    vm.truthy(&r)?
                }
            },
        };
        if better {
            best = Some((x, k));
        }
        Ok(())
    };
    if a.pos.len() == 1 {
        for_each(vm, &a.pos[0], visit)?;
    } else {
        for x in a.pos {
            visit(vm, x.clone())?;
        }
    }
    match (best, default) {
        (Some((x, _)), _) => Ok(x),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}
