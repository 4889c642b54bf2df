//! The `complex` type: a pair of floats with CPython's arithmetic (Smith's division,
//! integer powers by repeated squaring up to 100, the polar formula otherwise), repr,
//! hash and string parsing. Ints, bools and floats mix in through the reflected
//! methods, so `1 + 2j` reaches `complex.__radd__`.

use super::{add_attr, add_method, add_staticmethod, getter_property};
use crate::fmt::{double_to_string, FloatFlags};
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::types::{not_implemented, type_name_of};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl NativeData for Complex {
    fn type_obj(&self) -> &'static ObjRef {
        complex_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn complex_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| super::builtin_class("complex", register))
}

/// A complex value.
pub fn new(re: f64, im: f64) -> Value {
    Value::obj(Payload::Native(Box::new(Complex { re, im })))
}

/// The complex number in `v`, if it is one (not converting other numbers).
pub fn complex_of(v: &Value) -> Option<Complex> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<Complex>().copied(),
        _ => None,
    }
}

/// An operand of mixed arithmetic: complex, int, bool or float.
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = complex_of(v) {
        return Ok(Some(c));
    }
    Ok(crate::objects::int::to_f64(vm, v)?.map(|re| Complex { re, im: 0.0 }))
}

fn mul(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// Smith's algorithm, as CPython's `_Py_c_quot`; `None` for division by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

fn powu(x: Complex, n: u64) -> Complex {
    let mut r = Complex { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` for complex numbers (CPython's `complex_pow`).
pub fn pow(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    let one = Complex { re: 1.0, im: 0.0 };
    let r = if b.re == 0.0 && b.im == 0.0 {
        one
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        Complex { re: 0.0, im: 0.0 }
    } else if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            match quot(one, powu(a, n.unsigned_abs())) {
                Some(c) => c,
                None => return Err(vm.zero_division("0.0 to a negative or complex power")),
            }
        }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Complex {
            re: len * phase.cos(),
            im: len * phase.sin(),
        }
    };
    if !(r.re.is_finite() && r.im.is_finite())
        && a.re.is_finite()
        && a.im.is_finite()
        && b.re.is_finite()
        && b.im.is_finite()
    {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `x ** y` for floats whose result is complex (a negative base, a fractional exponent).
pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    let r = pow(vm, Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })?;
    Ok(new(r.re, r.im))
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr(c: Complex) -> String {
    let plain = FloatFlags::default();
    let signed = FloatFlags {
        sign: true,
        ..FloatFlags::default()
    };
    if c.re == 0.0 && c.re.is_sign_positive() {
        format!("{}j", double_to_string(c.im, 'r', 0, plain))
    } else {
        format!(
            "({}{}j)",
            double_to_string(c.re, 'r', 0, plain),
            double_to_string(c.im, 'r', 0, signed)
        )
    }
}

/// `hash(z)`: CPython's combination of the parts' float hashes.
fn hash(c: Complex) -> i64 {
    let hr = crate::objects::int::hash_f64(c.re) as u64;
    let hi = crate::objects::int::hash_f64(c.im) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Parse `complex(text)`: `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3J)`, `inf+nanj`.
pub fn parse(text: &str) -> Option<Complex> {
    let s = text.trim();
    let s = match s.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => s,
    };
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let num = |t: &str| -> Option<f64> {
        if t.starts_with(['+', '-']) && t[1..].starts_with(['+', '-']) {
            return None;
        }
        super::numbers::parse::parse_float(t)
    };
    let imag_of = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => num(t),
        }
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return num(s).map(|re| Complex { re, im: 0.0 });
    };
    // The imaginary part starts at the last sign not in an exponent and not leading.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(k) => Some(Complex {
            re: num(&body[..k])?,
            im: imag_of(&body[k..])?,
        }),
        None => Some(Complex {
            re: 0.0,
            im: imag_of(body)?,
        }),
    }
}

fn recv(vm: &Vm, a: &Args<'_>) -> PyResult<Complex> {
    a.pos
        .first()
        .and_then(complex_of)
        .ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}

/// A number-ish argument of `complex()`: complex, `__complex__`, or a real number.
fn to_complex(vm: &mut Vm, v: &Value, which: &str) -> PyResult<Complex> {
    if let Some(c) = complex_of(v) {
        return Ok(c);
    }
    if let Some(r) = vm.call_special(v, "__complex__", &[])? {
        return complex_of(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name_of(&r)
            ))
        });
    }
    if let Some(re) = crate::objects::int::to_f64(vm, v)? {
        return Ok(Complex { re, im: 0.0 });
    }
    for hook in ["__float__", "__index__"] {
        if vm.lookup_special(v, hook).is_some() {
            let f = vm.call_special(v, hook, &[])?.unwrap_or(Value::None);
            if let Some(re) = crate::objects::int::to_f64(vm, &f)? {
                return Ok(Complex { re, im: 0.0 });
            }
        }
    }
    Err(vm.type_error(format!(
        "complex() {which} must be a string or a number, not '{}'",
        type_name_of(v)
    )))
}

fn complex_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let real = a.get(1, "real");
    let imag = a.get(2, "imag");
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let c = match (real, imag) {
        (None, None) => Complex { re: 0.0, im: 0.0 },
        (Some(r), None) if r.as_str().is_some() => {
            let s = r.as_str().unwrap_or("");
            parse(s).ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
        }
        (Some(r), _) if r.as_str().is_some() => {
            return Err(vm.type_error("complex() can't take second arg if first is a string"))
        }
        (_, Some(i)) if i.as_str().is_some() => {
            return Err(vm.type_error("complex() second arg can't be a string"))
        }
        (r, i) => {
            // As CPython: the parts combine only where they are complex, so signed zeros
            // survive (`complex(0, -0.0)` is `-0j`).
            let mut c = match r {
                Some(r) => to_complex(vm, r, "first argument")?,
                None => Complex { re: 0.0, im: 0.0 },
            };
            if let Some(i) = i {
                let r_complex = r.is_some_and(|r| complex_of(r).is_some());
                let i_complex = complex_of(i).is_some();
                let iv = to_complex(vm, i, "second argument")?;
                if i_complex {
                    c.re -= iv.im;
                }
                c.im = if r_complex { c.im + iv.re } else { iv.re };
            }
            c
        }
    };
    Ok(super::core::make_with_layout(
        &a.pos[0],
        Payload::Native(Box::new(c)),
    ))
}

/// A binary operator method: `f(self, other)`, or with `swap` the reflected one.
fn binop(
    vm: &mut Vm,
    a: &Args<'_>,
    swap: bool,
    f: fn(&Vm, Complex, Complex) -> PyResult<Complex>,
) -> PyResult<Value> {
    let x = recv(vm, a)?;
    let Some(y) = a.pos.get(1).map(|v| operand(vm, v)).transpose()?.flatten() else {
        return Ok(not_implemented());
    };
    let (l, r) = if swap { (y, x) } else { (x, y) };
    let c = f(vm, l, r)?;
    Ok(new(c.re, c.im))
}

fn add(_: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    Ok(Complex {
        re: a.re + b.re,
        im: a.im + b.im,
    })
}

fn sub(_: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    Ok(Complex {
        re: a.re - b.re,
        im: a.im - b.im,
    })
}

fn mul_op(_: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    Ok(mul(a, b))
}

fn div(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    quot(a, b).ok_or_else(|| vm.zero_division("complex division by zero"))
}

fn register(c: &ObjRef) {
    add_staticmethod(c, "__new__", complex_new);
    add_attr(
        c,
        "real",
        getter_property("real", |vm, a| Ok(Value::Float(recv(vm, &a)?.re))),
    );
    add_attr(
        c,
        "imag",
        getter_property("imag", |vm, a| Ok(Value::Float(recv(vm, &a)?.im))),
    );
    add_method(c, "conjugate", |vm, a| {
        let z = recv(vm, &a)?;
        Ok(new(z.re, -z.im))
    });
    add_method(c, "__repr__", |vm, a| Ok(Value::str(repr(recv(vm, &a)?))));
    add_method(c, "__hash__", |vm, a| Ok(Value::Int(hash(recv(vm, &a)?))));
    add_method(c, "__bool__", |vm, a| {
        let z = recv(vm, &a)?;
        Ok(Value::Bool(z.re != 0.0 || z.im != 0.0))
    });
    add_method(c, "__neg__", |vm, a| {
        let z = recv(vm, &a)?;
        Ok(new(-z.re, -z.im))
    });
    add_method(c, "__pos__", |vm, a| {
        let z = recv(vm, &a)?;
        Ok(new(z.re, z.im))
    });
    add_method(c, "__abs__", |vm, a| {
        let z = recv(vm, &a)?;
        let r = z.re.hypot(z.im);
        if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
            return Err(vm.overflow_error("absolute value too large"));
        }
        Ok(Value::Float(r))
    });
    add_method(c, "__complex__", |vm, a| {
        let z = recv(vm, &a)?;
        Ok(new(z.re, z.im))
    });
    add_method(c, "__getnewargs__", |vm, a| {
        let z = recv(vm, &a)?;
        Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
    });
    add_method(c, "__format__", |vm, a| {
        let z = recv(vm, &a)?;
        let spec = a.pos.get(1).and_then(|s| s.as_str()).unwrap_or("");
        let text = Value::str(repr(z));
        if spec.is_empty() {
            return Ok(text);
        }
        vm.format(&text, spec)
    });
    add_method(c, "__eq__", |vm, a| {
        let z = recv(vm, &a)?;
        let other = a.pos.get(1).cloned().unwrap_or(Value::None);
        Ok(match operand(vm, &other)? {
            Some(o) => Value::Bool(z == o),
            None => not_implemented(),
        })
    });
    add_method(c, "__ne__", |vm, a| {
        let z = recv(vm, &a)?;
        let other = a.pos.get(1).cloned().unwrap_or(Value::None);
        Ok(match operand(vm, &other)? {
            Some(o) => Value::Bool(z != o),
            None => not_implemented(),
        })
    });
    add_method(c, "__add__", |vm, a| binop(vm, &a, false, add));
    add_method(c, "__radd__", |vm, a| binop(vm, &a, true, add));
    add_method(c, "__sub__", |vm, a| binop(vm, &a, false, sub));
    add_method(c, "__rsub__", |vm, a| binop(vm, &a, true, sub));
    add_method(c, "__mul__", |vm, a| binop(vm, &a, false, mul_op));
    add_method(c, "__rmul__", |vm, a| binop(vm, &a, true, mul_op));
    add_method(c, "__truediv__", |vm, a| binop(vm, &a, false, div));
    add_method(c, "__rtruediv__", |vm, a| binop(vm, &a, true, div));
    add_method(c, "__pow__", |vm, a| {
        if a.pos.get(2).is_some_and(|m| !m.is_none()) {
            return Err(vm.value_error("complex modulo"));
        }
        binop(vm, &a, false, pow)
    });
    add_method(c, "__rpow__", |vm, a| binop(vm, &a, true, pow));
}
