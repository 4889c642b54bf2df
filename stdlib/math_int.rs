//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`.
//! Arguments go through `__index__` (floats are rejected) and results are exact.
//!
//! What must stay true: large products are built as balanced product trees so that
//! `factorial(10**5)` and `comb(10**5, 5*10**4)` stay fast; nothing here panics on huge
//! inputs (they are reported as CPython reports them).

use crate::builtins::numbers::convert::{big_of, index_big};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product lo * (lo+1) * ... * (hi-1).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(v) => small = v,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn arity(vm: &Vm, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name} expected {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!("{name} expected at most {max} arguments, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn factorial(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "math.factorial() takes exactly one argument ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    let n = index_big(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    if n > 5_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(Value::from_bigint(range_product(2, n as u64 + 1)))
}

pub fn gcd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for v in a.pos {
        let x = index_big(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

pub fn lcm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    let mut zero = false;
    for v in a.pos {
        let x = index_big(vm, v)?;
        if x.is_zero() || zero {
            zero = true;
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(if zero { BigInt::zero() } else { l }))
}

/// n and k as non-negative ints with CPython's messages.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1) for big n and small k.
fn falling(n: &BigInt, k: u64) -> BigInt {
    match n.to_u64().filter(|v| *v < u64::MAX) {
        Some(nn) => range_product(nn - k + 1, nn + 1),
        None => {
            let mut acc = BigInt::one();
            for i in 0..k {
                acc *= n - BigInt::from(i);
            }
            acc
        }
    }
}

pub fn comb(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "comb", 2, 2)?;
    let (n, k) = n_k(vm, &a.pos[0], &a.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    if k > 5_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(Value::from_bigint(falling(&n, k) / range_product(2, k + 1)))
}

pub fn perm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "perm", 1, 2)?;
    let k = match a.pos.get(1) {
        None | Some(Value::None) => {
            let n = index_big(vm, &a.pos[0])?;
            if n.is_negative() {
                return Err(vm.value_error("n must be a non-negative integer"));
            }
            n
        }
        Some(k) => {
            let (n, k) = n_k(vm, &a.pos[0], k)?;
            if k > n {
                return Ok(Value::Int(0));
            }
            let n_v = Value::from_bigint(n);
            return perm_of(vm, &n_v, &k);
        }
    };
    let n_v = Value::from_bigint(k.clone());
    perm_of(vm, &n_v, &k)
}

fn perm_of(vm: &Vm, n: &Value, k: &BigInt) -> PyResult<Value> {
    let n = big_of(n).unwrap_or_default();
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    if k > 5_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(Value::from_bigint(falling(&n, k)))
}

pub fn isqrt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "math.isqrt() takes exactly one argument ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    let n = index_big(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}
