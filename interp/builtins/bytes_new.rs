//! bytes and bytearray construction (`bytes(...)`, `bytearray(...)`, `fromhex`),
//! conversion (`decode`, `hex`, `repr`) and the special methods both types share.
//!
//! Constructors collect everything (which may run Python: `__bytes__`, `__index__`,
//! iterators) before a bytearray's lock is taken to store the result.

use crate::object::ObjRef;

use super::{buf_arg, buf_of, recv, Kind};
use crate::builtins::core::make_with_layout;
use crate::builtins::str_methods::args::{
    arg_type, c_int_arg, check_build, index_arg, kw_args, one_arg,
};
use crate::builtins::str_methods::codec;
use crate::object::Payload;
use crate::objects::int::is_int;
use crate::objects::iter::IterState;
use crate::objects::seq::index_of;
use crate::objects::types::{not_implemented, type_name_of, types};
use crate::value::Value;
use crate::vm::protocol::has_py_override;
use crate::vm::{Args, PyResult, Vm};

fn opt_str<'a>(vm: &Vm, v: Option<&'a Value>, func: &str, name: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => v.as_str().map(Some).ok_or_else(|| {
            vm.type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                arg_type(v)
            ))
        }),
    }
}

/// One item of an iterable source: an int in range(256).
fn item_byte(vm: &mut Vm, v: &Value, kind: Kind) -> PyResult<u8> {
    let i = index_arg(vm, v)?;
    u8::try_from(i).map_err(|_| {
        vm.value_error(match kind {
            Kind::Bytes => "bytes must be in range(0, 256)",
            Kind::ByteArray => "byte must be in range(0, 256)",
        })
    })
}

/// The contents `bytes(source, encoding, errors)` / `bytearray(...)` start with.
fn build(
    vm: &mut Vm,
    src: Option<&Value>,
    enc: Option<&Value>,
    err: Option<&Value>,
    kind: Kind,
) -> PyResult<Vec<u8>> {
    let fname = kind.name();
    if enc.is_some() || err.is_some() {
        let e = opt_str(vm, enc, fname, "encoding")?;
        let r = opt_str(vm, err, fname, "errors")?;
        let Some(s) = src.and_then(|s| s.as_str()) else {
            let what = if e.is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        };
        let c = codec::lookup(vm, e.unwrap_or("utf-8"))?;
        return codec::encode(vm, s, c, r.unwrap_or("strict"));
    }
    let Some(src) = src else {
        return Ok(Vec::new());
    };
    if let Some(b) = buf_of(src) {
        return Ok(b.into_owned());
    }
    if src.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if kind == Kind::Bytes {
        if let Some(r) = vm.call_special(src, "__bytes__", &[])? {
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name_of(&r)
                ))),
            };
        }
    }
    if is_int(src)
        || matches!(src.payload(), Some(Payload::BigInt(_)))
        || vm.lookup_special(src, "__index__").is_some()
    {
        if matches!(src.payload(), Some(Payload::BigInt(_))) {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        let n = index_of(vm, src)?.unwrap_or(0);
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        check_build(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let items = match src.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => vm.collect(src)?,
        _ => {
            let it = match vm.iter(src) {
                Ok(it) => it,
                Err(e) if vm.exc_matches(&e, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "cannot convert '{}' object to {fname}",
                        type_name_of(src)
                    )))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(v) = vm.next(&it)? {
                out.push(item_byte(vm, &v, kind)?);
            }
            return Ok(out);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        out.push(item_byte(vm, v, kind)?);
    }
    Ok(out)
}

pub fn bytes_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(cls) = a.pos.first() else {
        return Err(vm.type_error("bytes.__new__(): not enough arguments"));
    };
    let [src, enc, err] = kw_args(vm, &a, "bytes", ["source", "encoding", "errors"], 1)?;
    let data = build(vm, src, enc, err, Kind::Bytes)?;
    Ok(make_with_layout(
        cls,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

pub fn bytearray_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(cls) = a.pos.first() else {
        return Err(vm.type_error("bytearray.__new__(): not enough arguments"));
    };
    Ok(make_with_layout(
        cls,
        Payload::ByteArray(parking_lot::Mutex::new(Vec::new())),
    ))
}

pub fn bytearray_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [src, enc, err] = kw_args(vm, &a, "bytearray", ["source", "encoding", "errors"], 1)?;
    let data = build(vm, src, enc, err, Kind::ByteArray)?;
    match a.pos.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => *b.lock() = data,
        _ => return Err(vm.type_error("descriptor '__init__' requires a 'bytearray' object")),
    }
    Ok(Value::None)
}

pub fn decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, _) = recv(vm, &a, "decode")?;
    let [enc, err] = kw_args(vm, &a, "decode", ["encoding", "errors"], 1)?;
    let enc = opt_str(vm, enc, "decode", "encoding")?;
    let err = opt_str(vm, err, "decode", "errors")?;
    let c = codec::lookup(vm, enc.unwrap_or("utf-8"))?;
    Ok(Value::str(codec::decode(
        vm,
        &data,
        c,
        err.unwrap_or("strict"),
    )?))
}

pub fn hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let (data, _) = recv(vm, &a, "hex")?;
    let [sep, per] = kw_args(vm, &a, "hex", ["sep", "bytes_per_sep"], 1)?;
    // CPython converts `bytes_per_sep` before it looks at `sep`.
    let per = match per {
        Some(p) => c_int_arg(vm, p)?,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(v) => {
            let chars: Vec<char> = match (v.as_str(), buf_of(v)) {
                (Some(s), _) => s.chars().collect(),
                (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
                // CPython takes the length of any object first.
                (None, None) => match vm.len(v)? {
                    1 => return Err(vm.type_error("sep must be str or bytes.")),
                    _ => return Err(vm.value_error("sep must be length 1.")),
                },
            };
            match chars.as_slice() {
                [c] if c.is_ascii() => Some(*c),
                [_] => return Err(vm.value_error("sep must be ASCII.")),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| i > 0 && group > 0) {
            // Groups are counted from the right for a positive `bytes_per_sep`.
            let boundary = if per > 0 {
                (data.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(Value::str(out))
}

pub fn fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or_default();
    let is_bytearray =
        matches!(&cls, Value::Obj(c) if crate::objects::types::is_subclass(c, &types().bytearray));
    let q = if is_bytearray {
        "bytearray.fromhex"
    } else {
        "bytes.fromhex"
    };
    let arg = one_arg(vm, &a, q)?;
    let Some(s) = arg.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name_of(arg)
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let bad = |vm: &Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let t = types();
    match &cls {
        Value::Obj(c) if ObjRef::ptr_eq(c, &t.bytes) => Ok(Kind::Bytes.make(out)),
        Value::Obj(c) if ObjRef::ptr_eq(c, &t.bytearray) => Ok(Kind::ByteArray.make(out)),
        _ => vm.call(&cls, &[Kind::Bytes.make(out)]),
    }
}

pub fn len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => Ok(Value::from(b.len())),
        Some(Payload::ByteArray(b)) => Ok(Value::from(b.lock().len())),
        _ => recv(vm, &a, "__len__").map(|(d, _)| Value::from(d.len())),
    }
}

pub fn getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, kind) = recv(vm, &a, "__getitem__")?;
    let key = one_arg(
        vm,
        &a,
        if kind == Kind::Bytes {
            "bytes.__getitem__"
        } else {
            "bytearray.__getitem__"
        },
    )?;
    let o = a.pos[0].as_obj().cloned();
    match o {
        Some(o) => Ok(crate::objects::seq::getitem(vm, &o, key)?.unwrap_or_default()),
        None => Ok(Value::None),
    }
}

pub fn contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, _) = recv(vm, &a, "__contains__")?;
    let item = one_arg(vm, &a, "bytes.__contains__")?;
    if is_int(item) {
        let b = item_byte(vm, item, Kind::ByteArray)?;
        return Ok(Value::Bool(data.contains(&b)));
    }
    let sub = buf_arg(vm, item)?;
    Ok(Value::Bool(
        crate::builtins::str_methods::find::find(&data, &sub).is_some(),
    ))
}

pub fn add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "__add__")?;
    let other = one_arg(vm, &a, "bytes.__add__")?;
    match buf_of(other) {
        Some(o) => {
            let mut out = Vec::with_capacity(data.len() + o.len());
            out.extend_from_slice(&data);
            out.extend_from_slice(&o);
            Ok(kind.make(out))
        }
        None if has_py_override(other, "__radd__") => Ok(not_implemented()),
        None => Err(vm.type_error(format!(
            "can't concat {} to {}",
            type_name_of(other),
            type_name_of(&a.pos[0])
        ))),
    }
}

pub fn mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "__mul__")?;
    let n = one_arg(vm, &a, "bytes.__mul__")?;
    if matches!(n.payload(), Some(Payload::BigInt(_))) {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let Some(n) = index_of(vm, n)? else {
        if has_py_override(n, "__rmul__") {
            return Ok(not_implemented());
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(n)
        )));
    };
    let n = usize::try_from(n).unwrap_or(0);
    check_build(vm, data.len().saturating_mul(n))?;
    Ok(kind.make(data.repeat(n)))
}

pub fn mod_(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "__mod__")?;
    let args = one_arg(vm, &a, "bytes.__mod__")?;
    let out = crate::builtins::strformat::bytes_percent_format(vm, &data, args)?;
    Ok(kind.make(out))
}

macro_rules! compare {
    ($name:ident, $op:tt) => {
        pub fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let (data, _) = recv(vm, &a, stringify!($name))?;
            let other = one_arg(vm, &a, "bytes.__eq__")?;
            Ok(match buf_of(other) {
                Some(o) => Value::Bool(&data[..] $op &o[..]),
                None => not_implemented(),
            })
        }
    };
}

compare!(eq, ==);
compare!(ne, !=);
compare!(lt, <);
compare!(le, <=);
compare!(gt, >);
compare!(ge, >=);

pub fn hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, _) = recv(vm, &a, "__hash__")?;
    Ok(Value::Int(crate::objects::str::hash_str_bytes(&data)))
}

pub fn iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    recv(vm, &a, "__iter__")?;
    Ok(Value::obj(Payload::Iter(IterState::seq(a.pos[0].clone()))))
}

pub fn repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "__repr__")?;
    Ok(Value::str(match kind {
        Kind::Bytes => crate::objects::bytes_repr(&data),
        Kind::ByteArray => super::bytearray_repr(type_name_of(&a.pos[0]), &data),
    }))
}
