//! str methods on characters one at a time: case conversion, the `is*` predicates,
//! padding (`ljust`/`rjust`/`center`/`zfill`), `expandtabs`, and `maketrans`/`translate`.
//!
//! The character classes and case mappings live in `str_unicode`; this file does argument
//! handling and building results. `translate` calls the table's `__getitem__` (Python
//! code for user mappings) with no lock held, and caches the answers for ASCII.

use super::args::{
    arg_type, c_int_arg, check_build, int_arg, kw_args, no_args, one_arg, pos_args, pos_args_from,
    str_self,
};
use super::find::is_str_ascii_space;
use super::search::same;
use super::unicode as uc;
use crate::object::Payload;
use crate::objects::dict::Dict;
use crate::objects::str::PyStr;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

macro_rules! case_method {
    ($name:ident, $qual:literal, $f:path) => {
        pub fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = str_self(vm, &a, $qual)?;
            no_args(vm, &a, $qual)?;
            Ok(Value::str($f(s.as_str())))
        }
    };
}

/// `lower`/`upper` of a short ASCII str, mapped inside the new payload: the result is the
/// only allocation (words in a loop are the common case).
fn ascii_case(s: &PyStr, upper: bool) -> Option<Value> {
    s.ascii_case(upper).map(|p| Value::obj(Payload::Str(p)))
}

pub fn upper(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.upper")?;
    no_args(vm, &a, "str.upper")?;
    Ok(ascii_case(s, true).unwrap_or_else(|| Value::str(uc::upper(s.as_str()))))
}

pub fn lower(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.lower")?;
    no_args(vm, &a, "str.lower")?;
    Ok(ascii_case(s, false).unwrap_or_else(|| Value::str(uc::lower(s.as_str()))))
}
case_method!(casefold, "str.casefold", uc::casefold);
case_method!(title, "str.title", uc::title);
case_method!(capitalize, "str.capitalize", uc::capitalize);
case_method!(swapcase, "str.swapcase", uc::swapcase);

fn nonempty_all(t: &str, f: fn(char) -> bool) -> bool {
    !t.is_empty() && t.chars().all(f)
}

fn is_space_str(t: &str) -> bool {
    if t.is_ascii() {
        !t.is_empty() && t.bytes().all(is_str_ascii_space)
    } else {
        nonempty_all(t, uc::is_space)
    }
}

macro_rules! predicate {
    ($name:ident, $qual:literal, $f:expr) => {
        pub fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = str_self(vm, &a, $qual)?;
            no_args(vm, &a, $qual)?;
            let f: fn(&str) -> bool = $f;
            Ok(Value::Bool(f(s.as_str())))
        }
    };
}

predicate!(isspace, "str.isspace", is_space_str);
predicate!(isalpha, "str.isalpha", |t| nonempty_all(t, uc::is_alpha));
predicate!(isalnum, "str.isalnum", |t| nonempty_all(t, uc::is_alnum));
predicate!(isdecimal, "str.isdecimal", |t| nonempty_all(
    t,
    uc::is_decimal
));
predicate!(isdigit, "str.isdigit", |t| nonempty_all(t, uc::is_digit));
predicate!(isnumeric, "str.isnumeric", |t| nonempty_all(
    t,
    uc::is_numeric
));
predicate!(isupper, "str.isupper", |t| uc::is_all_case(t, true));
predicate!(islower, "str.islower", |t| uc::is_all_case(t, false));
predicate!(istitle, "str.istitle", uc::is_title);
predicate!(isidentifier, "str.isidentifier", uc::is_identifier);
predicate!(isprintable, "str.isprintable", |t| t
    .chars()
    .all(uc::is_printable));
predicate!(isascii, "str.isascii", |t| t.is_ascii());

/// How padding is split between the two sides.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad(vm: &mut Vm, a: Args<'_>, qual: &str, align: Align) -> PyResult<Value> {
    let s = str_self(vm, &a, qual)?;
    let args = pos_args(vm, &a, qual, 1, 2)?;
    let width = int_arg(vm, &args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(v) => match v.as_pystr() {
            Some(f) if f.char_len() == 1 => f.char_at(0).unwrap_or(' '),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name_of(v)
                )))
            }
        },
    };
    let len = s.char_len();
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(same(&a.pos[0], s));
    }
    let marg = width - len;
    let left = match align {
        Align::Left => 0,
        Align::Right => marg,
        Align::Center => marg / 2 + (marg & width & 1),
    };
    check_build(vm, marg.saturating_mul(fill.len_utf8()))?;
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(Value::str(out))
}

pub fn ljust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, a, "str.ljust", Align::Left)
}

pub fn rjust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, a, "str.rjust", Align::Right)
}

pub fn center(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, a, "str.center", Align::Center)
}

pub fn zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.zfill")?;
    let w = one_arg(vm, &a, "str.zfill")?;
    let width = usize::try_from(int_arg(vm, w)?).unwrap_or(0);
    let len = s.char_len();
    if width <= len {
        return Ok(same(&a.pos[0], s));
    }
    check_build(vm, width)?;
    let t = s.as_str();
    let mut out = String::with_capacity(t.len() + width - len);
    let body = match t.as_bytes().first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c as char);
            &t[1..]
        }
        _ => t,
    };
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(body);
    Ok(Value::str(out))
}

pub fn expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.expandtabs")?;
    let [ts] = kw_args(vm, &a, "expandtabs", ["tabsize"], 1)?;
    let tabsize = match ts {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let t = s.as_str();
    if !t.contains('\t') {
        return Ok(same(&a.pos[0], s));
    }
    let mut out = String::with_capacity(t.len() + 8);
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_build(vm, out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

/// A `maketrans` key: an int, or a one-character str as its code point.
fn trans_key(vm: &Vm, k: &Value) -> PyResult<Value> {
    if let Some(p) = k.as_pystr() {
        return match p.char_at(0) {
            Some(c) if p.char_len() == 1 => Ok(Value::Int(c as i64)),
            _ => Err(vm.value_error("string keys in translate table must be of length 1")),
        };
    }
    if crate::objects::int::is_int(k) {
        return Ok(match k {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => k.clone(),
        });
    }
    Err(vm.type_error("keys in translate table must be strings or integers"))
}

pub fn maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = pos_args_from(vm, &a, "str.maketrans", 1, 3, 0)?;
    let out = Dict::new();
    if args.len() == 1 {
        let Some(Payload::Dict(d)) = args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in d.items() {
            let key = trans_key(vm, &k)?;
            out.set(vm, key, v)?;
        }
        return Ok(Value::obj(Payload::Dict(Box::new(out))));
    }
    let strarg = |vm: &Vm, i: usize| {
        args[i].as_pystr().ok_or_else(|| {
            vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                arg_type(&args[i])
            ))
        })
    };
    // As in CPython, the later arguments' types are checked before the first one's.
    let y = strarg(vm, 1)?;
    let z = match args.get(2) {
        Some(_) => Some(strarg(vm, 2)?),
        None => None,
    };
    let Some(x) = args[0].as_pystr() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, d) in x.as_str().chars().zip(y.as_str().chars()) {
        out.set(vm, Value::Int(c as i64), Value::Int(d as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            out.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::obj(Payload::Dict(Box::new(out))))
}

/// What `translate` does with one character.
enum Mapped {
    Keep,
    Drop,
    Char(char),
    Text(String),
}

fn lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let r = match table.payload() {
        Some(Payload::Dict(d)) if table.as_obj().is_some_and(|o| o.cls.is_none()) => {
            d.get(vm, &key)?
        }
        _ => match vm.getitem(table, &key) {
            Ok(v) => Some(v),
            Err(e) if vm.exc_matches(&e, "LookupError") => None,
            Err(e) => return Err(e),
        },
    };
    Ok(match r {
        None => Mapped::Keep,
        Some(Value::None) => Mapped::Drop,
        Some(v) => {
            if let Some(t) = v.as_str() {
                Mapped::Text(t.to_string())
            } else if crate::objects::int::is_int(&v) {
                let n = match v {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => -1,
                };
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(ch) => Mapped::Char(ch),
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"))
                    }
                }
            } else {
                return Err(vm.type_error("character mapping must return integer, None or str"));
            }
        }
    })
}

pub fn translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.translate")?;
    let table = one_arg(vm, &a, "str.translate")?;
    let mut cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let owned;
        let m = match cache.get_mut(c as usize) {
            Some(slot) => {
                if slot.is_none() {
                    *slot = Some(lookup(vm, table, c)?);
                }
                slot.as_ref().unwrap_or(&Mapped::Keep)
            }
            None => {
                owned = lookup(vm, table, c)?;
                &owned
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Drop => {}
            Mapped::Char(ch) => out.push(*ch),
            Mapped::Text(t) => out.push_str(t),
        }
    }
    Ok(Value::str(out))
}
