//! Argument checks shared by the container natives, with CPython 3.11's messages for
//! built-in methods (`list.append() takes exactly one argument (0 given)`, `pop expected at
//! most 1 argument, got 2`, `descriptor 'add' for 'set' objects doesn't apply to a 'int'
//! object`).

use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The receiver of a native method, or the "needs an argument" error.
pub fn receiver<'a>(vm: &Vm, a: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a Value> {
    a.pos.first().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        ))
    })
}

/// The error for a method called on a receiver of the wrong type.
pub fn wrong_receiver(vm: &Vm, v: &Value, owner: &str, name: &str) -> PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        type_name_of(v)
    ))
}

pub fn no_kw(vm: &Vm, a: &Args<'_>, owner: &str, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// A METH_O method: exactly one argument after the receiver.
pub fn one<'a>(vm: &Vm, a: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a Value> {
    no_kw(vm, a, owner, name)?;
    match a.pos {
        [_, x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

/// A METH_NOARGS method.
pub fn none(vm: &Vm, a: &Args<'_>, owner: &str, name: &str) -> PyResult<()> {
    no_kw(vm, a, owner, name)?;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(())
}

/// Positional-only arguments between `min` and `max` (receiver excluded), reported with the
/// bare method name as CPython's argument clinic does.
pub fn count(
    vm: &Vm,
    a: &Args<'_>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, a, owner, name)?;
    let n = a.pos.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(vm.type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// An index argument (`int` or `__index__`), as a clamped i64.
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::objects::seq::index_of(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// `start`/`stop` of `index()`: slice-style clamping against `len`.
pub fn clamp_range(
    vm: &mut Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + n).max(0) as usize
        } else {
            i.min(n) as usize
        }
    };
    let slice_idx = |vm: &mut Vm, v: &Value| -> PyResult<i64> {
        match crate::objects::seq::index_of(vm, v)? {
            Some(i) => Ok(i),
            None => {
                Err(vm.type_error("slice indices must be integers or have an __index__ method"))
            }
        }
    };
    let s = match start {
        Some(v) if !v.is_none() => norm(slice_idx(vm, v)?),
        _ => 0,
    };
    let e = match stop {
        Some(v) if !v.is_none() => norm(slice_idx(vm, v)?),
        _ => len,
    };
    Ok((s, e))
}
