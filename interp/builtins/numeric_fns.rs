//! Numeric built-in functions: abs, round, divmod, pow, hex, oct, bin, chr, ord (here) and
//! sum, min, max (`num_reduce.rs`).
//!
//! What must stay true: plain ints and floats take native fast paths; everything else goes
//! through the special-method protocol with CPython's argument checks and messages.

use crate::object::ObjRef;

#[path = "num_reduce.rs"]
mod reduce;

use super::functions::one;
use super::native;
use super::numbers::convert::{big_of, float_of, index_value, int_of};
use super::numbers::float::round_float;
use super::numbers::ops::divmod_plain;
use super::numbers::{int_abs, round_int};
use crate::grammar::ast::BinOp;
use crate::object::Payload;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::types::{is_subclass, type_name_of, type_of};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

pub fn register(d: &Dict) {
    let set = |name: &'static str, f| d.set_str(intern(name), native(name, f));
    set("abs", builtin_abs);
    set("round", builtin_round);
    set("divmod", builtin_divmod);
    set("pow", builtin_pow);
    set("hex", |vm, a| radix_text(vm, a, "hex", 16));
    set("oct", |vm, a| radix_text(vm, a, "oct", 8));
    set("bin", |vm, a| radix_text(vm, a, "bin", 2));
    set("chr", builtin_chr);
    set("ord", builtin_ord);
    reduce::register(d);
}

fn is_plain(v: &Value) -> bool {
    v.as_obj().is_none_or(|o| o.cls.is_none())
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

fn builtin_abs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &a, "abs")?;
    if is_plain(x) {
        if let Some(i) = int_of(x) {
            return Ok(int_abs(&i));
        }
        if let Value::Float(f) = *x {
            return Ok(Value::Float(f.abs()));
        }
    }
    match vm.call_special(x, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", type_name_of(x)))),
    }
}

/// Positional-or-keyword arguments `names` (all optional after `required`), CPython's
/// messages for missing and extra ones.
fn params<'a>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    if a.pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            a.pos.len()
        )));
    }
    for k in a.kwnames {
        let k = k.as_str().unwrap_or("?");
        match names.iter().position(|n| *n == k) {
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
            Some(i) if i < a.pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            _ => {}
        }
    }
    let vals: Vec<Option<&Value>> = names.iter().enumerate().map(|(i, n)| a.get(i, n)).collect();
    for (i, v) in vals.iter().enumerate().take(required) {
        if v.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(vals)
}

fn builtin_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &a, "round", &["number", "ndigits"], 1)?;
    let x = p[0].cloned().unwrap_or_default();
    let nd = p[1].filter(|v| !v.is_none());
    if is_plain(&x) {
        if let Value::Float(f) = x {
            return round_float(vm, f, nd);
        }
        if let Some(i) = int_of(&x) {
            return match nd {
                None => Ok(i),
                Some(n) => {
                    let n = index_value(vm, n)?;
                    round_int(vm, &i, &n)
                }
            };
        }
    }
    let args: Vec<Value> = nd.cloned().into_iter().collect();
    match vm.call_special(&x, "__round__", &args)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            type_name_of(&x)
        ))),
    }
}

fn builtin_divmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    super::functions::check_n(vm, &a, 2, "divmod")?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    if is_plain(x) && is_plain(y) {
        if let Some(r) = divmod_plain(vm, x, y)? {
            return Ok(r);
        }
    }
    binary_special(vm, x, y, "__divmod__", "__rdivmod__", "divmod()")
}

/// `x op y` through `__op__` / `__rop__` with the reflected-first rule for subclasses.
fn binary_special(
    vm: &mut Vm,
    x: &Value,
    y: &Value,
    name: &str,
    rname: &str,
    sym: &str,
) -> PyResult<Value> {
    let tx = type_of(x).clone();
    let ty = type_of(y).clone();
    let same = ObjRef::ptr_eq(&tx, &ty);
    let rfirst = !same && is_subclass(&ty, &tx) && vm.lookup_special(y, rname).is_some();
    if rfirst {
        if let Some(r) = vm.call_special(y, rname, std::slice::from_ref(x))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = vm.call_special(x, name, std::slice::from_ref(y))? {
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !same && !rfirst {
        if let Some(r) = vm.call_special(y, rname, std::slice::from_ref(x))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name_of(x),
        type_name_of(y)
    )))
}

fn builtin_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &a, "pow", &["base", "exp", "mod"], 2)?;
    let base = p[0].cloned().unwrap_or_default();
    let exp = p[1].cloned().unwrap_or_default();
    let m = match p[2] {
        None | Some(Value::None) => return vm.binary_op(&base, &exp, BinOp::Pow, false),
        Some(m) => m.clone(),
    };
    if let (Some(b), Some(e), Some(mv)) = (int_of(&base), int_of(&exp), int_of(&m)) {
        if is_plain(&base) && is_plain(&exp) {
            return int_pow_mod(vm, &b, &e, &mv);
        }
    }
    if float_of(&base).is_some() || float_of(&exp).is_some() || float_of(&m).is_some() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if let Some(r) = vm.call_special(&base, "__pow__", &[exp.clone(), m.clone()])? {
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !ObjRef::ptr_eq(type_of(&base), type_of(&exp)) {
        if let Some(r) = vm.call_special(&exp, "__rpow__", &[base.clone(), m.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name_of(&base),
        type_name_of(&exp),
        type_name_of(&m)
    )))
}

/// `pow(b, e, m)` for plain ints, with a modular inverse for negative `e`.
pub fn int_pow_mod(vm: &Vm, b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
    if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (b, e, m) {
        if *e >= 0 && *m > 0 {
            return Ok(Value::Int(small_pow_mod(*b, *e as u64, *m as u64) as i64));
        }
    }
    let (b, e, m) = (
        big_of(b).unwrap_or_default(),
        big_of(e).unwrap_or_default(),
        big_of(m).unwrap_or_default(),
    );
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let ma = m.abs();
    if ma.is_one() {
        return Ok(Value::Int(0));
    }
    let base = b.mod_floor(&ma);
    let r = if e.is_negative() {
        let g = base.extended_gcd(&ma);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        g.x.mod_floor(&ma).modpow(&-e, &ma)
    } else {
        base.modpow(&e, &ma)
    };
    let r = if m.is_negative() && !r.is_zero() {
        r - ma
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

fn small_pow_mod(b: i64, mut e: u64, m: u64) -> u64 {
    let m128 = m as u128;
    let mut base = (b as i128).rem_euclid(m as i128) as u128;
    let mut acc: u128 = 1 % m128;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * base % m128;
        }
        base = base * base % m128;
        e >>= 1;
    }
    acc as u64
}

fn radix_text(vm: &mut Vm, a: Args<'_>, name: &str, radix: u32) -> PyResult<Value> {
    let x = one(vm, &a, name)?;
    let i = index_value(vm, x)?;
    Ok(Value::str(match &i {
        Value::Int(n) => crate::fmt::int_to_str_radix(*n, radix, true),
        _ => {
            let b: BigInt = big_of(&i).unwrap_or_default();
            crate::fmt::int_to_str_radix(&b, radix, true)
        }
    }))
}

fn builtin_chr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &a, "chr")?;
    let i = index_value(vm, x)?;
    let n = match i {
        Value::Int(n) if i32::try_from(n).is_ok() => n,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if !(0..0x110000).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    // Deliberate difference: strings are UTF-8 and cannot hold lone surrogates.
    match char::from_u32(n as u32) {
        Some(c) => Ok(vm.char_str(c)),
        None => Err(vm.value_error("surrogates not allowed")),
    }
}

fn builtin_ord(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &a, "ord")?;
    let (code, len) = match x.payload() {
        Some(Payload::Str(s)) => {
            let mut it = s.as_str().chars();
            (it.next().map(|c| c as i64), s.char_len())
        }
        Some(Payload::Bytes(b)) => (b.first().map(|&c| c as i64), b.len()),
        Some(Payload::ByteArray(b)) => {
            let b = b.lock();
            (b.first().map(|&c| c as i64), b.len())
        }
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                type_name_of(x)
            )))
        }
    };
    match code {
        Some(c) if len == 1 => Ok(Value::Int(c)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}
