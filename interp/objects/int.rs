//! Numbers: int (immediate i64 with big-int promotion) and float arithmetic, comparison and
//! hashing with CPython's semantics (floor division and modulo signs, true division to
//! float, exact int/float comparison, `hash(n) == n mod (2**61 - 1)` shared by equal ints
//! and floats).

use crate::grammar::ast::BinOp;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

const MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let neg = i < 0;
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if neg { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = e.rem_euclid(61) as u32;
    x = ((x << e) & MODULUS) | x >> (61 - e);
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Exact comparison of an int with a float.
pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if f.abs() >= 9.3e18 {
        return false;
    }
    (f as i64) == i && (i as f64) == f
}

/// An int value as a big integer (for ints and bools; `None` otherwise).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
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

/// Is `v` an int (including bool and big ints)?
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

/// An int or float as f64 (`None` for other types); big ints that overflow are an error.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Some(f),
                _ => return Err(vm.overflow_error("int too large to convert to float")),
            },
            _ => None,
        },
        Value::None => None,
    })
}

/// Arithmetic on two ints; `None` when an operand is not an int.
pub fn int_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => (*x, *y),
        (Value::Bool(x), Value::Int(y)) => (*x as i64, *y),
        (Value::Int(x), Value::Bool(y)) => (*x, *y as i64),
        (Value::Bool(x), Value::Bool(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => (x as i64, y as i64),
            }
        }
        _ => {
            let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
                return Ok(None);
            };
            return big_binop(vm, x, y, op).map(Some);
        }
    };
    let r = match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mult => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y)
                .map(|_| Value::Int(Integer::div_floor(&x, &y)))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.checked_rem(y)
                .map(|_| Value::Int(Integer::mod_floor(&x, &y)))
        }
        BinOp::Div => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(Value::Float(int_true_div(x, y))));
        }
        BinOp::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Some(Value::Float((x as f64).powf(y as f64))));
            }
            u32::try_from(y)
                .ok()
                .and_then(|e| x.checked_pow(e))
                .map(Value::Int)
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y < 63 && (x == 0 || (x.unsigned_abs().leading_zeros() as i64) > y + 1) {
                Some(Value::Int(x << y))
            } else if x == 0 {
                Some(Value::Int(0))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        BinOp::MatMult => return Ok(None),
    };
    match r {
        Some(v) => Ok(Some(v)),
        None => big_binop(vm, BigInt::from(x), BigInt::from(y), op).map(Some),
    }
}

/// Correctly rounded int / int.
fn int_true_div(x: i64, y: i64) -> f64 {
    if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
        x as f64 / y as f64
    } else {
        big_true_div(&BigInt::from(x), &BigInt::from(y))
    }
}

fn big_true_div(x: &BigInt, y: &BigInt) -> f64 {
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b)) if a.abs() < 9.0e15 && b.abs() < 9.0e15 => a / b,
        _ => {
            // Scale so the integer quotient has about 55 significant bits, keep a sticky
            // bit for a non-zero remainder, and round once when converting.
            let neg = x.is_negative() != y.is_negative();
            let (xa, ya) = (x.abs(), y.abs());
            let shift = 55 - (xa.bits() as i64 - ya.bits() as i64);
            let (n, d) = if shift > 0 {
                (xa << shift as usize, ya)
            } else {
                (xa, ya << (-shift) as usize)
            };
            let (q, r) = num_integer::Integer::div_rem(&n, &d);
            let q = if r.is_zero() { q } else { q | BigInt::from(1) };
            let Some(f) = crate::fmt::bigint_to_f64(&q) else {
                return if neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                };
            };
            let v = ldexp(f, -shift);
            if neg {
                -v
            } else {
                v
            }
        }
    }
}

/// `f * 2**e` without intermediate overflow or underflow.
fn ldexp(f: f64, e: i64) -> f64 {
    let mut f = f;
    let mut e = e;
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
    }
    f * 2f64.powi(e as i32)
}

fn big_binop(vm: &mut Vm, x: BigInt, y: BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mult => Value::from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            let r = big_true_div(&x, &y);
            if r.is_infinite() {
                return Err(vm.overflow_error("integer division result too large for a float"));
            }
            Value::Float(r)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (a, b) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::NEG_INFINITY),
                );
                if a == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(a.powf(b)));
            }
            let Some(e) = y.to_u32() else {
                if x.abs() <= BigInt::from(1) {
                    let odd = y.is_odd();
                    return Ok(Value::from_bigint(if x.is_negative() && odd {
                        x
                    } else {
                        x.abs()
                    }));
                }
                return Err(vm.overflow_error("exponent too large"));
            };
            if x.bits() as u128 * e as u128 > 64_000_000 {
                return Err(vm.new_error("MemoryError", ""));
            }
            Value::from_bigint(num_traits::pow(x, e as usize))
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = y.to_usize().filter(|s| *s < 1 << 26) else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            Value::from_bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > x.bits() as usize + 1 {
                Value::Int(if x.is_negative() { -1 } else { 0 })
            } else {
                Value::from_bigint(x >> s)
            }
        }
        BinOp::BitAnd => Value::from_bigint(x & y),
        BinOp::BitOr => Value::from_bigint(x | y),
        BinOp::BitXor => Value::from_bigint(x ^ y),
        BinOp::MatMult => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    })
}

/// Arithmetic where at least one operand is a float and both are numbers.
pub fn float_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_f64(vm, a)?, to_f64(vm, b)?) else {
        return Ok(None);
    };
    Ok(Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return crate::builtins::complex::float_pow(vm, x, y).map(Some);
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    })))
}

/// Python's float divmod: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Compare two numbers (int/bool/float/big int); `None` if either is not a number.
pub fn num_compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        _ => {
            let fa = matches!(a, Value::Float(_));
            let fb = matches!(b, Value::Float(_));
            if fa || fb {
                let x = num_as_f64_exactish(a)?;
                let y = num_as_f64_exactish(b)?;
                if x.is_nan() || y.is_nan() {
                    return None;
                }
                // Exact comparison between a big int and a float.
                if let (Some(bi), Value::Float(f)) = (to_bigint(a), b) {
                    return Some(cmp_big_float(&bi, *f));
                }
                if let (Value::Float(f), Some(bi)) = (a, to_bigint(b)) {
                    return Some(cmp_big_float(&bi, *f).reverse());
                }
                x.partial_cmp(&y)
            } else {
                let x = to_bigint(a)?;
                let y = to_bigint(b)?;
                Some(x.cmp(&y))
            }
        }
    }
}

fn num_as_f64_exactish(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.to_f64().unwrap_or(if b.is_negative() {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_big_float(i: &BigInt, f: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        // Huge floats are integers: convert exactly through their bits.
        let (m, e) = frexp(fl);
        let mant = BigInt::from((m * 2f64.powi(53)) as i64);
        if e >= 53 {
            mant << (e - 53) as usize
        } else {
            mant >> (53 - e) as usize
        }
    };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Ordering::Less
            } else {
                Ordering::Equal
            }
        }
        o => o,
    }
}

/// CPython's limit on int-to-decimal conversion (`sys.set_int_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Decimal text of a big int, raising CPython's ValueError past `MAX_STR_DIGITS` digits.
pub fn bigint_to_decimal(vm: &mut Vm, b: &BigInt) -> crate::vm::PyResult<String> {
    let err = |vm: &mut Vm| {
        vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // 14_400 bits are more than 4_334 decimal digits: no need to convert to know.
    if b.bits() > 14_400 {
        return Err(err(vm));
    }
    let s = b.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(err(vm));
    }
    Ok(s)
}
