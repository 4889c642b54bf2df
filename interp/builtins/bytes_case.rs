//! bytes/bytearray methods on single bytes: ASCII case conversion, the `is*` predicates,
//! padding (`ljust`/`rjust`/`center`/`zfill`), `expandtabs`, and `translate`/`maketrans`.
//!
//! Everything here is ASCII-only, as in CPython: bytes outside `A-Z`/`a-z` have no case.

use super::{buf_arg, buf_of, qual, recv, same_or, Kind};
use crate::builtins::str_methods::args::{
    arg_type, c_int_arg, check_build, int_arg, kw_args, no_args, one_arg, pos_args, pos_args_from,
};
use crate::builtins::str_methods::find::is_bytes_space;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

macro_rules! case_method {
    ($name:ident, $lit:literal, $f:expr) => {
        pub fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let (d, kind) = recv(vm, &a, $lit)?;
            no_args(vm, &a, qual!(kind, $lit))?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(kind.make(f(&d)))
        }
    };
}

case_method!(upper, "upper", |d| d.to_ascii_uppercase());
case_method!(lower, "lower", |d| d.to_ascii_lowercase());
case_method!(title, "title", title_bytes);
case_method!(capitalize, "capitalize", capitalize_bytes);
case_method!(swapcase, "swapcase", swapcase_bytes);

/// `isupper` (`upper == true`) or `islower` on ASCII letters.
fn all_case(d: &[u8], upper: bool) -> bool {
    let mut cased = false;
    for &b in d {
        if (upper && b.is_ascii_lowercase()) || (!upper && b.is_ascii_uppercase()) {
            return false;
        }
        cased |= b.is_ascii_alphabetic();
    }
    cased
}

fn is_title(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

macro_rules! predicate {
    ($name:ident, $lit:literal, $f:expr) => {
        pub fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let (d, kind) = recv(vm, &a, $lit)?;
            no_args(vm, &a, qual!(kind, $lit))?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::Bool(f(&d)))
        }
    };
}

predicate!(isspace, "isspace", |d| !d.is_empty()
    && d.iter().all(|&b| is_bytes_space(b)));
predicate!(isalpha, "isalpha", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphabetic));
predicate!(isalnum, "isalnum", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphanumeric));
predicate!(isdigit, "isdigit", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_digit));
predicate!(isupper, "isupper", |d| all_case(d, true));
predicate!(islower, "islower", |d| all_case(d, false));
predicate!(istitle, "istitle", is_title);
predicate!(isascii, "isascii", |d| d.is_ascii());

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad(vm: &mut Vm, a: Args<'_>, align: Align) -> PyResult<Value> {
    let name = match align {
        Align::Left => "ljust",
        Align::Right => "rjust",
        Align::Center => "center",
    };
    let (d, kind) = recv(vm, &a, name)?;
    let q = match align {
        Align::Left => qual!(kind, "ljust"),
        Align::Right => qual!(kind, "rjust"),
        Align::Center => qual!(kind, "center"),
    };
    let args = pos_args(vm, &a, q, 1, 2)?;
    let width = usize::try_from(int_arg(vm, &args[0])?).unwrap_or(0);
    let fill = match args.get(1) {
        None => b' ',
        Some(v) => match buf_of(v).as_deref() {
            Some([b]) => *b,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    arg_type(v)
                )))
            }
        },
    };
    if width <= d.len() {
        return Ok(same_or(&a, kind, &d, &d));
    }
    check_build(vm, width)?;
    let marg = width - d.len();
    let left = match align {
        Align::Left => 0,
        Align::Right => marg,
        Align::Center => marg / 2 + (marg & width & 1),
    };
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(&d);
    out.resize(width, fill);
    Ok(kind.make(out))
}

pub fn ljust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, a, Align::Left)
}

pub fn rjust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, a, Align::Right)
}

pub fn center(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, a, Align::Center)
}

pub fn zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (d, kind) = recv(vm, &a, "zfill")?;
    let w = one_arg(vm, &a, qual!(kind, "zfill"))?;
    let width = usize::try_from(int_arg(vm, w)?).unwrap_or(0);
    if width <= d.len() {
        return Ok(same_or(&a, kind, &d, &d));
    }
    check_build(vm, width)?;
    let mut out = Vec::with_capacity(width);
    let body = match d.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &d[1..]
        }
        _ => &d[..],
    };
    out.resize(out.len() + width - d.len(), b'0');
    out.extend_from_slice(body);
    Ok(kind.make(out))
}

pub fn expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (d, kind) = recv(vm, &a, "expandtabs")?;
    let [ts] = kw_args(vm, &a, "expandtabs", ["tabsize"], 1)?;
    let tabsize = match ts {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len() + 8);
    let mut col: i64 = 0;
    for &b in d.iter() {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_build(vm, out.len().saturating_add(n as usize))?;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(kind.make(out))
}

pub fn translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (d, kind) = recv(vm, &a, "translate")?;
    if a.pos.len() < 2 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete] = kw_args(vm, &a, "translate", ["table", "delete"], 1)?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buf_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let mut del = [false; 256];
    if let Some(v) = delete {
        for &b in buf_arg(vm, v)?.iter() {
            del[b as usize] = true;
        }
    }
    let out: Vec<u8> = d
        .iter()
        .filter(|&&b| !del[b as usize])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    if table.is_none() && out.len() == d.len() {
        return Ok(same_or(&a, kind, &d, &d));
    }
    Ok(kind.make(out))
}

pub fn maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = pos_args_from(vm, &a, "bytes.maketrans", 2, 2, 0)?;
    let from = buf_arg(vm, &args[0])?;
    let to = buf_arg(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&f, &x) in from.iter().zip(to.iter()) {
        t[f as usize] = x;
    }
    Ok(Kind::Bytes.make(t))
}
