//! Natives of int and bool: constructors (`int(x, base)`, `bool(x)`), the methods of int
//! (`bit_length`, `to_bytes`, `from_bytes`, `__round__`, ...) and its unary and conversion
//! slots. Arithmetic and comparison slots live in `num_ops.rs`, float in `num_float.rs`;
//! shared conversions in `num_convert.rs` and number-text parsing in `num_parse.rs`.
//!
//! What must stay true: instances of int subclasses carry `Payload::BigInt` (whatever the
//! magnitude) so the core's int arithmetic accepts them; plain results are always demoted
//! with `Value::from_bigint`.

use crate::object::ObjRef;

#[path = "num_convert.rs"]
pub mod convert;
#[path = "num_float.rs"]
pub mod float;
#[path = "num_ops.rs"]
pub mod ops;
#[path = "num_parse.rs"]
pub mod parse;

use self::convert::{big_of, float_to_int, index_value, int_of, int_to_f64};
use self::ops::{method_self, slot_self};
use self::parse::{parse_int, IntParseError, MAX_STR_DIGITS};
use super::core::make_with_layout;
use super::{add_classmethod, add_method, add_staticmethod};
use crate::object::Payload;
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

pub fn init() {
    let t = types();
    let i = &t.int;
    add_staticmethod(i, "__new__", int_new);
    add_staticmethod(&t.bool_, "__new__", bool_new);
    add_method(i, "bit_length", |vm, a| {
        let x = int_method_self(vm, &a, "bit_length")?;
        Ok(Value::from(convert::bit_length(&big(&x)) as usize))
    });
    add_method(i, "bit_count", |vm, a| {
        let x = int_method_self(vm, &a, "bit_count")?;
        let n = match x {
            Value::Int(i) => i.unsigned_abs().count_ones() as u64,
            _ => big(&x)
                .magnitude()
                .iter_u64_digits()
                .map(|d| d.count_ones() as u64)
                .sum(),
        };
        Ok(Value::Int(n as i64))
    });
    add_method(i, "to_bytes", int_to_bytes);
    add_classmethod(i, "from_bytes", int_from_bytes);
    add_method(i, "as_integer_ratio", |vm, a| {
        let x = int_method_self(vm, &a, "as_integer_ratio")?;
        Ok(Value::tuple(vec![x, Value::Int(1)]))
    });
    add_method(i, "conjugate", |vm, a| int_method_self(vm, &a, "conjugate"));
    add_method(i, "__round__", int_round);
    for (name, f) in [
        (
            "__int__",
            (|vm: &mut Vm, a: Args<'_>| int_slot_self(vm, &a, "__int__"))
                as crate::objects::function::NativeFnPtr,
        ),
        ("__index__", |vm, a| int_slot_self(vm, &a, "__index__")),
        ("__trunc__", |vm, a| int_method_self(vm, &a, "__trunc__")),
        ("__floor__", |vm, a| int_method_self(vm, &a, "__floor__")),
        ("__ceil__", |vm, a| int_method_self(vm, &a, "__ceil__")),
        ("__pos__", |vm, a| int_slot_self(vm, &a, "__pos__")),
        ("__neg__", |vm, a| {
            let x = int_slot_self(vm, &a, "__neg__")?;
            vm.unary_op(&x, "__neg__")
        }),
        ("__invert__", |vm, a| {
            let x = int_slot_self(vm, &a, "__invert__")?;
            vm.unary_op(&x, "__invert__")
        }),
        ("__abs__", |vm, a| {
            let x = int_slot_self(vm, &a, "__abs__")?;
            Ok(int_abs(&x))
        }),
        ("__bool__", |vm, a| {
            let x = int_slot_self(vm, &a, "__bool__")?;
            Ok(Value::Bool(!matches!(x, Value::Int(0))))
        }),
        ("__float__", |vm, a| {
            let x = int_slot_self(vm, &a, "__float__")?;
            int_to_f64(vm, &x).map(Value::Float)
        }),
        ("__hash__", |vm, a| {
            let x = int_slot_self(vm, &a, "__hash__")?;
            vm.hash(&x).map(Value::Int)
        }),
        ("__repr__", |vm, a| {
            let x = int_slot_self(vm, &a, "__repr__")?;
            vm.repr(&x)
        }),
        ("__getnewargs__", |vm, a| {
            let x = int_method_self(vm, &a, "__getnewargs__")?;
            Ok(Value::tuple(vec![x]))
        }),
        ("__format__", |vm, a| {
            let x = int_method_self(vm, &a, "__format__")?;
            let spec = format_spec_arg(vm, &a)?;
            if spec.is_empty() {
                return vm.to_str(&a.pos[0]);
            }
            crate::objects::builtin_format(vm, &x, &spec).map(|s| Value::str(s.unwrap_or_default()))
        }),
    ] {
        add_method(i, name, f);
    }
    add_method(&t.bool_, "__repr__", |vm, a| {
        let b = slot_self(vm, &a, "bool", "__repr__", |v| match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        })?;
        Ok(Value::str(if b { "True" } else { "False" }))
    });
    ops::init();
    float::init();
}

/// The `spec` argument of a `__format__` method.
pub fn format_spec_arg(vm: &Vm, a: &Args<'_>) -> PyResult<String> {
    match a.pos.get(1) {
        Some(s) => match s.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                type_name_of(s)
            ))),
        },
        None => Err(vm.type_error("__format__() takes exactly one argument (0 given)")),
    }
}

fn int_method_self(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    method_self(vm, a, "int", name, int_of)
}

fn int_slot_self(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    slot_self(vm, a, "int", name, int_of)
}

/// A plain int value as a big integer.
fn big(v: &Value) -> BigInt {
    big_of(v).unwrap_or_default()
}

/// `abs()` of a plain int.
pub fn int_abs(x: &Value) -> Value {
    match x {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        _ => Value::from_bigint(big(x).abs()),
    }
}

/// An int result for class `cls`: the plain value for `int` itself, else an instance of
/// the subclass carrying the value.
fn int_for_class(cls: &Value, v: Value) -> Value {
    match cls {
        Value::Obj(c) if !ObjRef::ptr_eq(c, &types().int) && !ObjRef::ptr_eq(c, &types().bool_) => {
            make_with_layout(cls, Payload::BigInt(big(&v)))
        }
        _ => v,
    }
}

fn int_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or_default();
    for k in a.kwnames {
        if k.as_str() != Some("base") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    let args = &a.pos[a.pos.len().min(1)..];
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    if a.kw("base").is_some() && args.len() == 2 {
        return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
    }
    let base = args.get(1).or_else(|| a.kw("base"));
    let v = match (args.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, x)?,
        (Some(x), Some(b)) => {
            let b = index_value(vm, b)?;
            let base = match b {
                Value::Int(n) if n == 0 || (2..=36).contains(&n) => n as u32,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            match text_of(x) {
                Some(text) => parse_int_text(vm, x, &text, base)?,
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            }
        }
    };
    Ok(int_for_class(&cls, v))
}

/// The text of a str, bytes or bytearray value (bytes decoded as Latin-1 so that any
/// non-ASCII byte is rejected by the digit checks).
fn text_of(v: &Value) -> Option<String> {
    match v.payload()? {
        Payload::Str(s) => Some(s.as_str().to_string()),
        Payload::Bytes(b) => Some(b.iter().map(|&c| c as char).collect()),
        Payload::ByteArray(b) => Some(b.lock().iter().map(|&c| c as char).collect()),
        _ => None,
    }
}

/// `int(text, base)` with CPython's error messages (the repr of the original object).
fn parse_int_text(vm: &mut Vm, orig: &Value, text: &str, base: u32) -> PyResult<Value> {
    match parse_int(text, base) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(IntParseError::TooManyDigits(n)) => Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(IntParseError::Invalid) => {
            let shown = match orig.payload() {
                Some(Payload::ByteArray(b)) => Value::obj(Payload::Bytes(b.lock().clone().into_boxed_slice())),
                _ => orig.clone(),
            };
            let r: String = vm.repr_string(&shown)?.chars().take(200).collect();
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `int(x)` for one argument: ints, floats, `__int__`, `__index__`, `__trunc__`, text.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let plain = x.as_obj().is_none_or(|o| o.cls.is_none());
    if plain {
        if let Some(i) = int_of(x) {
            return Ok(i);
        }
        if let Value::Float(f) = x {
            return float_to_int(vm, *f);
        }
        if let Some(text) = text_of(x) {
            return parse_int_text(vm, x, &text, 10);
        }
    }
    for (name, what) in [("__int__", "__int__"), ("__index__", "__index__")] {
        if let Some(r) = vm.call_special(x, name, &[])? {
            return match int_of(&r) {
                Some(i) => Ok(i),
                None => Err(vm.type_error(format!(
                    "{what} returned non-int (type {})",
                    type_name_of(&r)
                ))),
            };
        }
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        if let Some(i) = int_of(&r) {
            return Ok(i);
        }
        if vm.lookup_special(&r, "__index__").is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name_of(&r)
            )));
        }
        return index_value(vm, &r);
    }
    if let Some(text) = text_of(x) {
        return parse_int_text(vm, x, &text, 10);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name_of(x)
    )))
}

fn bool_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match a.pos.len() {
        0 | 1 => Ok(Value::Bool(false)),
        2 => vm.truthy(&a.pos[1]).map(Value::Bool),
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", n - 1))),
    }
}

/// `int.__round__(ndigits)`: ints round to themselves unless `ndigits` is negative, then
/// to the nearest multiple of `10**-ndigits`, ties to even.
fn int_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = int_method_self(vm, &a, "__round__")?;
    let nd = match a.pos.get(1) {
        None | Some(Value::None) => return Ok(x),
        Some(n) => index_value(vm, n)?,
    };
    round_int(vm, &x, &nd)
}

/// `round(x, nd)` for int `x` and int `nd`.
pub fn round_int(vm: &Vm, x: &Value, nd: &Value) -> PyResult<Value> {
    let nd = big(nd);
    if !nd.is_negative() {
        return Ok(x.clone());
    }
    let Ok(k) = u32::try_from(-nd) else {
        return Ok(Value::Int(0));
    };
    if k > 100_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = big(x).div_mod_floor(&p);
    let twice: BigInt = r << 1usize;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    Ok(Value::from_bigint(q * p))
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(s) => match s.as_str() {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                type_name_of(s)
            ))),
        },
    }
}

fn int_to_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = int_method_self(vm, &a, "to_bytes")?;
    let length = match a.get(1, "length") {
        Some(l) => match index_value(vm, l)? {
            Value::Int(n) if n >= 0 => n as usize,
            Value::Int(_) => return Err(vm.value_error("length argument must be non-negative")),
            _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => 1,
    };
    let big_endian = byteorder_arg(vm, a.get(2, "byteorder"))?;
    let signed = match a.kw("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let b = big(&x);
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = b.to_signed_bytes_le();
    // to_signed_bytes_le keeps a sign byte; unsigned values may drop a leading zero.
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > 1 << 34 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(Value::obj(Payload::Bytes(bytes.into_boxed_slice())))
}

fn int_from_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or_default();
    let Some(src) = a.get(1, "bytes") else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big_endian = byteorder_arg(vm, a.get(2, "byteorder"))?;
    let signed = match a.kw("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut bytes = match src.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.lock().clone(),
        Some(Payload::Str(_)) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        _ => {
            let items = match vm.collect(src) {
                Ok(items) => items,
                Err(e) if vm.exc_matches(&e, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "cannot convert '{}' object to bytes",
                        type_name_of(src)
                    )))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                match index_value(vm, it)? {
                    Value::Int(n) if (0..256).contains(&n) => out.push(n as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    if big_endian {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let v = Value::from_bigint(v);
    match &cls {
        Value::Obj(c) if !ObjRef::ptr_eq(c, &types().int) => vm.call(&cls, &[v]),
        _ => Ok(v),
    }
}
