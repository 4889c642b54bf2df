//! Argument handling shared by the str, bytes and bytearray natives: receiver checks,
//! CPython's argument-count messages for each of its calling conventions, integer
//! arguments, and `start`/`end` bounds as the search methods take them.
//!
//! What must stay true: every message here is the one CPython 3.11 prints for the same
//! call (each function documents the convention it mirrors), and nothing indexes
//! `Args::pos` without checking its length, since natives can be called unbound
//! (`str.upper()`).

use crate::object::Payload;
use crate::objects::seq::index_of;
use crate::objects::str::PyStr;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Largest string or bytes object a method may build before we report `MemoryError`
/// instead of trying to allocate it.
pub const MAX_BUILD: usize = 1 << 34;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The name after the type prefix: `"find"` for `"str.find"`.
fn short(qual: &str) -> &str {
    qual.rsplit('.').next().unwrap_or(qual)
}

/// The receiver of a str method (`qual` is `"str.upper"`).
pub fn str_self<'a>(vm: &Vm, a: &Args<'a>, qual: &str) -> PyResult<&'a PyStr> {
    match a.pos.first() {
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s),
            None => Err(bad_receiver(vm, v, qual)),
        },
        None => Err(vm.type_error(format!("unbound method {qual}() needs an argument"))),
    }
}

/// The error for a method descriptor applied to the wrong type.
pub fn bad_receiver(vm: &Vm, v: &Value, qual: &str) -> PyErr {
    let (tname, name) = qual.split_once('.').unwrap_or(("object", qual));
    if name.starts_with("__") {
        vm.type_error(format!(
            "descriptor '{name}' requires a '{tname}' object but received a '{}'",
            type_name_of(v)
        ))
    } else {
        vm.type_error(format!(
            "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
            type_name_of(v)
        ))
    }
}

fn no_kw(vm: &Vm, a: &Args<'_>, qual: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// The arguments after the receiver.
fn rest<'a>(a: &Args<'a>) -> &'a [Value] {
    a.pos.get(1..).unwrap_or(&[])
}

/// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
pub fn no_args(vm: &Vm, a: &Args<'_>, qual: &str) -> PyResult<()> {
    no_kw(vm, a, qual)?;
    let n = rest(a).len();
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// The count message of a special-method wrapper (`str.__add__` called directly):
/// `expected 1 argument, got 2`. CPython's wrappers for repetition and item assignment
/// print it after an empty function name, hence their leading space.
fn slot_count_error(vm: &Vm, name: &str, want: usize, got: usize) -> Option<PyErr> {
    if !name.starts_with("__") || name == "__format__" {
        return None;
    }
    let lead = if matches!(name, "__mul__" | "__rmul__" | "__imul__" | "__setitem__") {
        " "
    } else {
        ""
    };
    Some(vm.type_error(format!(
        "{lead}expected {want} argument{}, got {got}",
        plural(want)
    )))
}

/// `METH_O`: `str.join() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(vm: &Vm, a: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    no_kw(vm, a, qual)?;
    match rest(a) {
        [v] => Ok(v),
        r => Err(
            slot_count_error(vm, short(qual), 1, r.len()).unwrap_or_else(|| {
                vm.type_error(format!(
                    "{qual}() takes exactly one argument ({} given)",
                    r.len()
                ))
            }),
        ),
    }
}

/// Old-style `METH_VARARGS` parsing: `find() takes at least 1 argument (0 given)`.
pub fn var_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, a, qual)?;
    let r = rest(a);
    let name = short(qual);
    if r.len() < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({} given)",
            plural(min),
            r.len()
        )));
    }
    if r.len() > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({} given)",
            plural(max),
            r.len()
        )));
    }
    Ok(r)
}

/// Argument Clinic positional-only parsing: `center expected at least 1 argument, got 0`.
pub fn pos_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    pos_args_from(vm, a, qual, min, max, 1)
}

/// [`pos_args`] where the first `skip` positional values are not parameters (0 for a
/// static method such as `str.maketrans`).
pub fn pos_args_from<'a>(
    vm: &Vm,
    a: &Args<'a>,
    qual: &str,
    min: usize,
    max: usize,
    skip: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, a, qual)?;
    let r = a.pos.get(skip..).unwrap_or(&[]);
    let name = short(qual);
    let n = r.len();
    if min == max && n != min {
        if let Some(e) = slot_count_error(vm, name, min, n) {
            return Err(e);
        }
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
    Ok(r)
}

/// Argument Clinic parsing with keywords, every parameter optional:
/// `split() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword argument for
/// split()`. `names` are the parameter names in order; `skip` is how many leading
/// positional values are not parameters (1 for a method's receiver, 0 for a constructor).
pub fn kw_args<'a, const N: usize>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    names: [&str; N],
    skip: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let r = a.pos.get(skip..).unwrap_or(&[]);
    let mut out: [Option<&'a Value>; N] = [None; N];
    if r.len() > N {
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} argument{} ({} given)",
            plural(N),
            r.len()
        )));
    }
    for (slot, v) in out.iter_mut().zip(r) {
        *slot = Some(v);
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i < r.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

/// The type name CPython's argument parsers print: `None` rather than `NoneType`.
pub fn arg_type(v: &Value) -> &str {
    match v {
        Value::None => "None",
        _ => type_name_of(v),
    }
}

/// An integer argument (`__index__`) that must fit a C `ssize_t`:
/// `'str' object cannot be interpreted as an integer`.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v.payload(), Some(Payload::BigInt(_))) {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    match index_of(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// An integer argument clamped to the i64 range instead of overflowing: for values whose
/// own range check reports the error (`byte must be in range(0, 256)`).
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_of(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// An integer argument that must fit a C `int` (`expandtabs`, `hex`).
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = match int_arg(vm, v) {
        Err(e) if vm.exc_matches(&e, "OverflowError") => i64::MAX,
        r => r?,
    };
    if i32::try_from(i).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(i)
}

/// A size for a result that is about to be built; huge sizes are `MemoryError`.
pub fn check_build(vm: &Vm, n: usize) -> PyResult<()> {
    if n > MAX_BUILD {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(())
}

/// One `start`/`end` bound: `None` (or absent) gives the default.
fn bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match index_of(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// `start`/`end` resolved against `len` as CPython's search methods do: negative values
/// count from the end and clamp at 0, `end` clamps at `len`; `start` may exceed `len`
/// (then nothing matches, not even an empty needle).
pub fn bounds(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    let s = bound(vm, start)?.map_or(0, fix);
    let e = bound(vm, end)?.map_or(n, |e| fix(e).min(n));
    Ok((s as usize, e as usize))
}

/// Is `v` an instance of exactly `str` (not a subclass)? Such values may be returned
/// unchanged where CPython returns `self`.
pub fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.cls.is_none() && matches!(o.payload, Payload::Str(_)))
}
