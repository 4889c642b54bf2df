//! Conversions shared by the number natives, `math` and `random`: reading ints and floats
//! out of values (plain, bool, big, and instances of int/float subclasses), the
//! `__index__` / `__float__` protocols, and exact float-to-int conversion.
//!
//! What must stay true: instances of float subclasses keep their value in a [`FloatBox`]
//! payload (there is no float payload in the core), and every helper here that reads a float
//! accepts both that and `Value::Float`; nothing here calls Python while a lock is held.

use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::any::Any;

/// The value of an instance of a float subclass.
pub struct FloatBox(pub f64);

impl NativeData for FloatBox {
    fn type_obj(&self) -> &'static ObjRef {
        &types().float
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The float value of `v` if it is a float or an instance of a float subclass.
pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<FloatBox>().map(|b| b.0),
            _ => None,
        },
        _ => None,
    }
}

/// The plain int value (`Value::Int` or a plain big int) of an int, bool or int-subclass
/// instance; `None` for anything else.
pub fn int_of(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if o.cls.is_none() => Some(v.clone()),
            Payload::BigInt(b) => Some(Value::from_bigint(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// The int as a big integer.
pub fn big_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `operator.index(v)`: ints as they are, else `__index__` (which must return an int).
/// The result is a plain int value.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = int_of(v) {
        return Ok(i);
    }
    match vm.call_special(v, "__index__", &[])? {
        Some(r) => match int_of(&r) {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                type_name_of(&r)
            ))),
        },
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// `index_value` as a big integer.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = index_value(vm, v)?;
    Ok(big_of(&i).unwrap_or_default())
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, then `__index__`. The error names
/// `what` ("must be real number, not str").
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        return Ok(f);
    }
    if let Some(i) = int_of(v) {
        return int_to_f64(vm, &i);
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        return match float_of(&r) {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(v),
                type_name_of(&r)
            ))),
        };
    }
    if vm.lookup_special(v, "__index__").is_some() {
        let i = index_value(vm, v)?;
        return int_to_f64(vm, &i);
    }
    Err(vm.type_error(format!("must be real number, not {}", type_name_of(v))))
}

/// `float(i)` for an int value, correctly rounded.
pub fn int_to_f64(vm: &Vm, i: &Value) -> PyResult<f64> {
    match i {
        Value::Int(n) => Ok(*n as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => match big_of(i).as_ref().and_then(crate::fmt::bigint_to_f64) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
    }
}

/// The exact integer value of a finite float with no fractional part, or of its truncation.
pub fn f64_to_bigint(f: f64) -> BigInt {
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return BigInt::from(t as i64);
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let m = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if t < 0.0 {
        -m
    } else {
        m
    }
}

/// `int(f)` for a float: truncation, with CPython's errors for NaN and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    Ok(Value::from_bigint(f64_to_bigint(f)))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let n = BigInt::from(mant);
    let n = if f < 0.0 { -n } else { n };
    if exp >= 0 {
        (n << exp as usize, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-exp) as usize)
    }
}

/// The number of bits of `|b|` (`int.bit_length`).
pub fn bit_length(b: &BigInt) -> u64 {
    b.abs().bits()
}
