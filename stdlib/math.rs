//! The `math` module: constants, the float functions with CPython's error rules ("math
//! domain error" → ValueError, "math range error" → OverflowError), `floor`/`ceil`/`trunc`
//! returning exact ints, logarithms of arbitrarily large ints, `hypot`/`dist`, `fsum`,
//! `prod`, `isclose`, and the integer functions (`math_int.rs`). The numerics themselves
//! live in `math_libm.rs`.
//!
//! What must stay true: arguments are converted like CPython's `PyFloat_AsDouble` (floats,
//! ints, `__float__`, `__index__`) and every error message matches CPython 3.11.

#[path = "math_int.rs"]
mod int_fns;
#[path = "math_libm.rs"]
pub mod libm;

use self::libm::MathError;
use crate::builtins::native;
use crate::builtins::numbers::convert::{big_of, float_to_int, int_of, to_float};
use crate::grammar::ast::BinOp;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::f64::consts::PI;

type Native = crate::objects::function::NativeFnPtr;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("math");
    if let Some(d) = module_dict(&m) {
        for (name, v) in [
            ("pi", PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            d.set_str(intern(name), Value::Float(v));
        }
        for (name, f) in functions() {
            d.set_str(intern(name), native(name, f));
        }
    }
    Ok(m)
}

fn math_error(vm: &Vm, e: MathError) -> crate::vm::PyErr {
    match e {
        MathError::Domain => vm.value_error("math domain error"),
        MathError::Range => vm.overflow_error("math range error"),
    }
}

/// The single argument of a one-argument function.
fn one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

/// The two arguments of a two-argument function.
fn two<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match a.pos {
        [x, y] => Ok((x, y)),
        _ => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.pos.len()))),
    }
}

/// A libm function of one float: NaN from a non-NaN is a domain error, an infinity from a
/// finite argument a range error (`can_overflow`) or a domain error (a singularity).
fn math_1(
    vm: &mut Vm,
    a: Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one(vm, &a, name)?;
    let x = to_float(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        let e = if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        };
        return Err(math_error(vm, e));
    }
    Ok(Value::Float(r))
}

/// A function of one float that reports its own errors.
fn math_1a(
    vm: &mut Vm,
    a: Args<'_>,
    name: &str,
    f: fn(f64) -> Result<f64, MathError>,
) -> PyResult<Value> {
    let x = one(vm, &a, name)?;
    let x = to_float(vm, x)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(e) => Err(math_error(vm, e)),
    }
}

/// A libm function of two floats with CPython's `math_2` error rules.
fn math_2(vm: &mut Vm, a: Args<'_>, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two(vm, &a, name)?;
    let x = to_float(vm, x)?;
    let y = to_float(vm, y)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(math_error(vm, MathError::Range));
    }
    Ok(Value::Float(r))
}

macro_rules! f1 {
    ($name:literal, $f:expr, $over:expr) => {
        (
            $name,
            (|vm: &mut Vm, a: Args<'_>| math_1(vm, a, $name, $f, $over)) as Native,
        )
    };
}

fn functions() -> Vec<(&'static str, Native)> {
    use libm as m;
    vec![
        f1!("sqrt", f64::sqrt, false),
        f1!("exp", m::exp, true),
        f1!("exp2", m::exp2, true),
        f1!("expm1", m::expm1, true),
        f1!("log1p", |x| if x == 0.0 { x } else { m::log1p(x) }, false),
        f1!("sin", m::sin, false),
        f1!("cos", m::cos, false),
        f1!("tan", m::tan, false),
        f1!("asin", m::asin, false),
        f1!("acos", m::acos, false),
        f1!("atan", m::atan, false),
        f1!("sinh", m::sinh, true),
        f1!("cosh", m::cosh, true),
        f1!("tanh", m::tanh, false),
        f1!("asinh", m::asinh, false),
        f1!("acosh", m::acosh, false),
        f1!("atanh", m::atanh, false),
        f1!("cbrt", m::cbrt, false),
        f1!("fabs", f64::abs, false),
        ("erf", |vm, a| math_1a(vm, a, "erf", |x| Ok(m::erf(x)))),
        ("erfc", |vm, a| math_1a(vm, a, "erfc", |x| Ok(m::erfc(x)))),
        ("gamma", |vm, a| math_1a(vm, a, "gamma", m::gamma)),
        ("lgamma", |vm, a| math_1a(vm, a, "lgamma", m::lgamma)),
        ("atan2", |vm, a| math_2(vm, a, "atan2", atan2)),
        ("copysign", |vm, a| math_2(vm, a, "copysign", f64::copysign)),
        ("remainder", |vm, a| {
            math_2(vm, a, "remainder", m::remainder)
        }),
        ("fmod", fmod),
        ("pow", pow),
        ("log", log),
        ("log2", |vm, a| {
            let x = one(vm, &a, "log2")?.clone();
            loghelper(vm, &x, log2).map(Value::Float)
        }),
        ("log10", |vm, a| {
            let x = one(vm, &a, "log10")?.clone();
            loghelper(vm, &x, log10).map(Value::Float)
        }),
        ("floor", |vm, a| {
            round_to_int(vm, a, "floor", "__floor__", f64::floor)
        }),
        ("ceil", |vm, a| {
            round_to_int(vm, a, "ceil", "__ceil__", f64::ceil)
        }),
        ("trunc", trunc),
        ("isfinite", |vm, a| {
            float_pred(vm, a, "isfinite", f64::is_finite)
        }),
        ("isinf", |vm, a| {
            float_pred(vm, a, "isinf", f64::is_infinite)
        }),
        ("isnan", |vm, a| float_pred(vm, a, "isnan", f64::is_nan)),
        ("degrees", |vm, a| {
            let x = one(vm, &a, "degrees")?;
            Ok(Value::Float(to_float(vm, x)? * (180.0 / PI)))
        }),
        ("radians", |vm, a| {
            let x = one(vm, &a, "radians")?;
            Ok(Value::Float(to_float(vm, x)? * (PI / 180.0)))
        }),
        ("frexp", |vm, a| {
            let x = one(vm, &a, "frexp")?;
            let (mant, e) = m::frexp(to_float(vm, x)?);
            Ok(Value::tuple(vec![Value::Float(mant), Value::Int(e as i64)]))
        }),
        ("ldexp", ldexp),
        ("modf", |vm, a| {
            let x = one(vm, &a, "modf")?;
            let x = to_float(vm, x)?;
            let (frac, int) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else if x.is_nan() {
                (x, x)
            } else {
                let t = x.trunc();
                ((x - t).copysign(x), t)
            };
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
        }),
        ("hypot", hypot),
        ("dist", dist),
        ("fsum", fsum),
        ("prod", prod),
        ("isclose", isclose),
        ("nextafter", |vm, a| {
            let (x, y) = two(vm, &a, "nextafter")?;
            let (x, y) = (to_float(vm, x)?, to_float(vm, y)?);
            Ok(Value::Float(next_after(x, y)))
        }),
        ("ulp", |vm, a| {
            let x = one(vm, &a, "ulp")?;
            Ok(Value::Float(ulp(to_float(vm, x)?)))
        }),
        ("factorial", int_fns::factorial),
        ("gcd", int_fns::gcd),
        ("lcm", int_fns::lcm),
        ("comb", int_fns::comb),
        ("perm", int_fns::perm),
        ("isqrt", int_fns::isqrt),
    ]
}

/// `atan2` with C99 Annex F special values handled before libm.
fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

fn log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return x;
        }
        return f64::NAN;
    }
    if x > 0.0 {
        libm::log2(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return libm::log10(x);
        }
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn ln(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return libm::log(x);
        }
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// A logarithm of any number; ints too large for a float are split as m * 2**e.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_of(v) {
        let b = big_of(&i).unwrap_or_default();
        if b.sign() != num_bigint::Sign::Plus {
            return Err(math_error(vm, MathError::Domain));
        }
        return Ok(match crate::fmt::bigint_to_f64(&b) {
            Some(x) => f(x),
            None => {
                let (m, e) = big_frexp(&b);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = to_float(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(math_error(vm, MathError::Domain));
    }
    Ok(r)
}

/// (m, e) with b = m * 2**e, 0.5 <= m < 1, m rounded half to even to 53 bits (b > 0).
fn big_frexp(b: &num_bigint::BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let mag = b.magnitude();
    let top = (mag >> shift).iter_u64_digits().next().unwrap_or(0);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    // The u64 → f64 conversion rounds half to even; the sticky bit breaks false ties.
    let m = (top | u64::from(sticky)) as f64;
    let top_bits = bits - shift;
    let m = m / f64::from_bits((1023 + top_bits) << 52);
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() || a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &a.pos[0], ln)?;
    let Some(base) = a.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = loghelper(vm, base, ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn fmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &a, "fmod")?;
    let (x, y) = (to_float(vm, x)?, to_float(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &a, "pow")?;
    let (x, y) = (to_float(vm, x)?, to_float(vm, y)?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(math_error(vm, MathError::Domain));
        }
        if r.is_infinite() {
            return Err(math_error(vm, MathError::Range));
        }
        r
    };
    Ok(Value::Float(r))
}

/// `floor`/`ceil`: plain floats directly, else the type's `__floor__`/`__ceil__`, else
/// the float value.
fn round_to_int(
    vm: &mut Vm,
    a: Args<'_>,
    name: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one(vm, &a, name)?;
    if let Value::Float(v) = x {
        return float_to_int(vm, f(*v));
    }
    if let Some(r) = vm.call_special(x, special, &[])? {
        return Ok(r);
    }
    let v = to_float(vm, x)?;
    float_to_int(vm, f(v))
}

fn trunc(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &a, "trunc")?;
    if let Value::Float(v) = x {
        return float_to_int(vm, *v);
    }
    match vm.call_special(x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name_of(x)
        ))),
    }
}

fn float_pred(vm: &mut Vm, a: Args<'_>, name: &str, p: fn(f64) -> bool) -> PyResult<Value> {
    let x = one(vm, &a, name)?;
    Ok(Value::Bool(p(to_float(vm, x)?)))
}

fn ldexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, i) = two(vm, &a, "ldexp")?;
    let x = to_float(vm, x)?;
    let Some(i) = int_of(i) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = match i {
        Value::Int(e) => e,
        _ if big_of(&i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) => i64::MIN,
        _ => i64::MAX,
    };
    if e > i32::MAX as i64 {
        return Err(math_error(vm, MathError::Range));
    }
    if e < i32::MIN as i64 {
        return Ok(Value::Float(0.0f64.copysign(x)));
    }
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(math_error(vm, MathError::Range));
    }
    Ok(Value::Float(r))
}

/// Absolute values of `items` as floats, their maximum and whether any is a NaN.
fn abs_coords(vm: &mut Vm, items: &[Value]) -> PyResult<(Vec<f64>, f64, bool)> {
    let mut out = Vec::with_capacity(items.len());
    let (mut max, mut nan) = (0.0f64, false);
    for v in items {
        let x = to_float(vm, v)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        out.push(x);
    }
    Ok((out, max, nan))
}

fn hypot(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let (mut v, max, nan) = abs_coords(vm, a.pos)?;
    Ok(Value::Float(libm::vector_norm(&mut v, max, nan)))
}

fn dist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (p, q) = two(vm, &a, "dist")?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(&q) {
        let d = (to_float(vm, x)? - to_float(vm, y)?).abs();
        nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::Float(libm::vector_norm(&mut diffs, max, nan)))
}

fn fsum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &a, "fsum")?;
    let it = vm.iter(x)?;
    let mut acc = libm::Fsum::default();
    while let Some(v) = vm.next(&it)? {
        let f = to_float(vm, &v)?;
        if acc.add(f).is_err() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
    }
    match acc.result() {
        Ok(r) => Ok(Value::Float(r)),
        Err(libm::FsumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(libm::FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

fn prod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    for k in a.kwnames {
        if k.as_str() != Some("start") {
            return Err(vm.type_error(format!(
                "prod() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    let [iterable] = a.pos else {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    };
    let mut acc = a.kw("start").cloned().unwrap_or(Value::Int(1));
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_mul(*q).is_some() => Value::Int(p * q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p * q),
            _ => vm.binary_op(&acc, &x, BinOp::Mult, false)?,
        };
    }
    Ok(acc)
}

fn isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    for k in a.kwnames {
        if !matches!(k.as_str(), Some("a" | "b" | "rel_tol" | "abs_tol")) {
            return Err(vm.type_error(format!(
                "isclose() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(x) = a.get(0, "a") else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(y) = a.get(1, "b") else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let x = to_float(vm, x)?;
    let y = to_float(vm, y)?;
    let rel = match a.kw("rel_tol") {
        Some(v) => to_float(vm, v)?,
        None => 1e-9,
    };
    let abs = match a.kw("abs_tol") {
        Some(v) => to_float(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

/// C `nextafter`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - next_after(x, f64::NEG_INFINITY);
    }
    x2 - x
}
