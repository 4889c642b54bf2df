//! Natives of float: `float(x)`, `hex`/`fromhex`, `as_integer_ratio`, `is_integer`, the
//! rounding slots (`__round__`, `__trunc__`, `__floor__`, `__ceil__`) and the unary and
//! conversion slots; plus the `real`/`imag`/`numerator`/`denominator` properties of int and
//! float (so instances of subclasses answer them too).
//!
//! What must stay true: instances of float subclasses hold a `FloatBox` payload; every
//! method reads its receiver through `float_of`, which accepts both forms.

use crate::object::ObjRef;

use super::convert::{
    float_of, float_ratio, float_to_int, index_value, int_of, int_to_f64, FloatBox,
};
use super::ops::{method_self, slot_self};
use super::parse::parse_float;
use crate::builtins::core::make_with_layout;
use crate::builtins::{add_attr, add_classmethod, add_method, add_staticmethod, native};
use crate::object::{Payload, Property};
use crate::objects::function::NativeFnPtr;
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

pub fn init() {
    let t = types();
    let f = &t.float;
    add_staticmethod(f, "__new__", float_new);
    add_classmethod(f, "fromhex", float_fromhex);
    let methods: [(&'static str, NativeFnPtr); 18] = [
        ("is_integer", |vm, a| {
            let x = fself(vm, &a, "is_integer")?;
            Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
        }),
        ("as_integer_ratio", |vm, a| {
            let x = fself(vm, &a, "as_integer_ratio")?;
            if x.is_nan() {
                return Err(vm.value_error("cannot convert NaN to integer ratio"));
            }
            if x.is_infinite() {
                return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
            }
            let (n, d) = float_ratio(x);
            Ok(Value::tuple(vec![
                Value::from_bigint(n),
                Value::from_bigint(d),
            ]))
        }),
        ("hex", |vm, a| {
            fself(vm, &a, "hex").map(|x| Value::str(float_hex(x)))
        }),
        ("conjugate", |vm, a| {
            fself(vm, &a, "conjugate").map(Value::Float)
        }),
        ("__trunc__", |vm, a| {
            let x = fself(vm, &a, "__trunc__")?;
            float_to_int(vm, x)
        }),
        ("__floor__", |vm, a| {
            let x = fself(vm, &a, "__floor__")?;
            float_to_int(vm, x.floor())
        }),
        ("__ceil__", |vm, a| {
            let x = fself(vm, &a, "__ceil__")?;
            float_to_int(vm, x.ceil())
        }),
        ("__round__", |vm, a| {
            let x = fself(vm, &a, "__round__")?;
            round_float(vm, x, a.pos.get(1))
        }),
        ("__int__", |vm, a| {
            let x = fslot(vm, &a, "__int__")?;
            float_to_int(vm, x)
        }),
        ("__float__", |vm, a| {
            fslot(vm, &a, "__float__").map(Value::Float)
        }),
        ("__abs__", |vm, a| {
            fslot(vm, &a, "__abs__").map(|x| Value::Float(x.abs()))
        }),
        ("__neg__", |vm, a| {
            fslot(vm, &a, "__neg__").map(|x| Value::Float(-x))
        }),
        ("__pos__", |vm, a| {
            fslot(vm, &a, "__pos__").map(Value::Float)
        }),
        ("__bool__", |vm, a| {
            fslot(vm, &a, "__bool__").map(|x| Value::Bool(x != 0.0))
        }),
        ("__hash__", |vm, a| {
            let x = fslot(vm, &a, "__hash__")?;
            Ok(Value::Int(crate::objects::int::hash_f64(x)))
        }),
        ("__repr__", |vm, a| {
            fslot(vm, &a, "__repr__").map(|x| Value::str(crate::fmt::float_repr(x)))
        }),
        ("__getnewargs__", |vm, a| {
            let x = fself(vm, &a, "__getnewargs__")?;
            Ok(Value::tuple(vec![Value::Float(x)]))
        }),
        ("__format__", |vm, a| {
            let x = fself(vm, &a, "__format__")?;
            let spec = super::format_spec_arg(vm, &a)?;
            if spec.is_empty() {
                return vm.to_str(&a.pos[0]);
            }
            crate::fmt::format_float(x, &spec, "float")
                .map(Value::str)
                .map_err(|e| vm.fmt_error(e))
        }),
    ];
    for (name, func) in methods {
        add_method(f, name, func);
    }
    let prop = |get: NativeFnPtr, name: &'static str| {
        Value::obj(Payload::Property(Box::new(Property {
            fget: native(name, get),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })))
    };
    add_attr(
        f,
        "real",
        prop(|vm, a| fself(vm, &a, "real").map(Value::Float), "real"),
    );
    add_attr(
        f,
        "imag",
        prop(
            |vm, a| fself(vm, &a, "imag").map(|_| Value::Float(0.0)),
            "imag",
        ),
    );
    let i = &t.int;
    add_attr(
        i,
        "real",
        prop(|vm, a| method_self(vm, &a, "int", "real", int_of), "real"),
    );
    add_attr(
        i,
        "numerator",
        prop(
            |vm, a| method_self(vm, &a, "int", "numerator", int_of),
            "numerator",
        ),
    );
    add_attr(
        i,
        "imag",
        prop(
            |vm, a| method_self(vm, &a, "int", "imag", int_of).map(|_| Value::Int(0)),
            "imag",
        ),
    );
    add_attr(
        i,
        "denominator",
        prop(
            |vm, a| method_self(vm, &a, "int", "denominator", int_of).map(|_| Value::Int(1)),
            "denominator",
        ),
    );
}

fn fself(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<f64> {
    method_self(vm, a, "float", name, float_of)
}

fn fslot(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<f64> {
    slot_self(vm, a, "float", name, float_of)
}

/// `round(x)` / `round(x, ndigits)` for a float.
pub fn round_float(vm: &mut Vm, x: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    match ndigits {
        None | Some(Value::None) => float_to_int(vm, x.round_ties_even()),
        Some(n) => {
            let n = index_value(vm, n)?;
            let n = match n {
                Value::Int(i) => i,
                _ => {
                    // Huge ndigits: positive leaves x alone, negative gives a signed zero.
                    let neg = super::convert::big_of(&n)
                        .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                    return Ok(Value::Float(if neg { 0.0 * x } else { x }));
                }
            };
            crate::fmt::round_half_even(x, n)
                .map(Value::Float)
                .map_err(|e| vm.fmt_error(e))
        }
    }
}

fn float_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let cls = a.pos.first().cloned().unwrap_or_default();
    let x = match a.pos.len() {
        0 | 1 => 0.0,
        2 => float_from_value(vm, &a.pos[1])?,
        n => return Err(vm.type_error(format!("float expected at most 1 argument, got {}", n - 1))),
    };
    Ok(float_for_class(&cls, x))
}

/// A float result for class `cls`: plain for `float` itself, else a subclass instance.
fn float_for_class(cls: &Value, x: f64) -> Value {
    match cls {
        Value::Obj(c) if !ObjRef::ptr_eq(c, &types().float) => {
            make_with_layout(cls, Payload::Native(Box::new(FloatBox(x))))
        }
        _ => Value::Float(x),
    }
}

/// `float(x)`: floats, ints, text, `__float__`, `__index__`.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    let plain = x.as_obj().is_none_or(|o| o.cls.is_none());
    if plain {
        if let Value::Float(f) = x {
            return Ok(*f);
        }
        if let Some(i) = int_of(x) {
            return int_to_f64(vm, &i);
        }
    }
    if !plain
        || !matches!(
            x.payload(),
            Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
        )
    {
        if let Some(r) = vm.call_special(x, "__float__", &[])? {
            return match float_of(&r) {
                Some(f) => Ok(f),
                None => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name_of(x),
                    type_name_of(&r)
                ))),
            };
        }
        if vm.lookup_special(x, "__index__").is_some() {
            let i = index_value(vm, x)?;
            return int_to_f64(vm, &i);
        }
    }
    let text = match x.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Some(b.iter().map(|&c| c as char).collect()),
        Some(Payload::ByteArray(b)) => {
            Some(b.lock().iter().map(|&c| c as char).collect::<String>())
        }
        _ => None,
    };
    match text {
        Some(t) => match parse_float(&t) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        },
        None => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name_of(x)
        ))),
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (subnormals `0x0.…p-1022`).
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

fn float_fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or_default();
    let Some(s) = a.pos.get(1).and_then(|s| s.as_str()) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = match parse_hex_float(s) {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    match &cls {
        Value::Obj(c) if !ObjRef::ptr_eq(c, &types().float) => vm.call(&cls, &[Value::Float(x)]),
        _ => Ok(Value::Float(x)),
    }
}

enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex` text: `[sign][0x]hexdigits[.hexdigits][p[sign]digits]`, `inf`, `nan`;
/// rounded half to even to the nearest double.
fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let s = text.trim_matches(super::parse::is_py_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match s.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(sign * f64::NAN),
        _ => {}
    }
    let b = s.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        i = 2;
    }
    let mut mant = BigInt::zero();
    let mut ndigits = 0usize;
    let mut frac_digits = 0i64;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4usize) + d;
            ndigits += 1;
            if seen_dot {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let start = i;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let digits_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == digits_start {
            return Err(HexError::Invalid);
        }
        // Exponents beyond this bound saturate: the result is 0 or an overflow anyway.
        let txt = &s[start..i];
        exp = txt.parse::<i64>().unwrap_or(if txt.starts_with('-') {
            -1 << 40
        } else {
            1 << 40
        });
    }
    if i != b.len() {
        return Err(HexError::Invalid);
    }
    Ok(sign * scale_exact(mant, exp - 4 * frac_digits)?)
}

/// `mant * 2**exp` rounded half to even to a double.
fn scale_exact(mant: BigInt, exp: i64) -> Result<f64, HexError> {
    if mant.is_zero() {
        return Ok(0.0);
    }
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + exp;
    if top > 1024 {
        return Err(HexError::Overflow);
    }
    if top < -1080 {
        return Ok(0.0);
    }
    // Exponent of the last kept bit: 53 significant bits, or fewer for subnormals.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let mut q = if shift <= 0 {
        mant << (-shift) as usize
    } else {
        let s = shift as usize;
        let q = &mant >> s;
        let rem = &mant - (&q << s);
        let half = BigInt::from(1) << (s - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1
        } else {
            q
        }
    };
    let mut lsb = lsb;
    if q.bits() > 53 {
        q >>= 1usize;
        lsb += 1;
    }
    let qf = q.to_u64().unwrap_or(0) as f64;
    if lsb + q.bits() as i64 - 1 > 1023 {
        return Err(HexError::Overflow);
    }
    // Exact: qf has at most 53 bits and the result is representable.
    Ok(if lsb >= -1022 {
        qf * f64::from_bits(((lsb + 1023) as u64) << 52)
    } else {
        qf * f64::from_bits(((lsb + 1023 + 64) as u64) << 52) / 18446744073709551616.0
    })
}
