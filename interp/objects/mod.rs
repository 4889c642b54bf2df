//! Built-in object kinds and the native halves of the protocols: subscripting,
//! containment, arithmetic, comparison and formatting of built-in values.
//!
//! The VM's protocol functions (`vm/protocol.rs`, `vm/ops.rs`) call these for plain
//! built-in values first; each returns `Ok(None)` when the operand kinds are not its own, so
//! the VM can fall back to special methods and produce CPython's error message.

pub mod dict;
pub mod exception;
pub mod function;
pub mod int;
pub mod iter;
pub mod module;
pub mod seq;
pub mod set;
pub mod str;
pub mod types;

use crate::grammar::ast::BinOp;
use crate::object::{ObjRef, Payload};
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `repr()` of a str: single quotes unless the text contains a single quote and no double
/// quote, with CPython's escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Characters CPython's `str.isprintable()` rejects (escaped by `repr`).
fn is_unprintable(c: char) -> bool {
    !crate::builtins::str_methods::unicode::is_printable(c)
}

/// `repr()` of bytes: `b'...'` with CPython's escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

/// `repr()` of an exception instance: `Name(args...)`.
pub fn exception_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let args = exception::exc_args(o);
    let name = types::type_name(types::type_of(&Value::Obj(o.clone()))).to_string();
    if args.len() == 1 {
        Ok(format!("{name}({})", vm.repr_string(&args[0])?))
    } else {
        let mut parts = Vec::new();
        for a in &args {
            parts.push(vm.repr_string(a)?);
        }
        Ok(format!("{name}({})", parts.join(", ")))
    }
}

/// Attributes of numbers (`real`, `imag`, `numerator`, `denominator`).
pub fn numbers_attr(v: &Value, n: &str) -> Option<Value> {
    let is_int = int::is_int(v);
    match (n, v) {
        ("real", Value::Float(_)) => Some(v.clone()),
        ("imag", Value::Float(_)) => Some(Value::Float(0.0)),
        ("real" | "numerator", _) if is_int => Some(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        }),
        ("imag", _) if is_int => Some(Value::Int(0)),
        ("denominator", _) if is_int => Some(Value::Int(1)),
        _ => None,
    }
}

/// `container[key]` for built-in containers; `None` if not handled here.
pub fn builtin_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    seq::getitem(vm, o, key)
}

/// `container[key] = v`; false if not handled here.
pub fn builtin_setitem(vm: &mut Vm, o: &ObjRef, key: &Value, v: &Value) -> PyResult<bool> {
    seq::setitem(vm, o, key, v)
}

/// `del container[key]`; false if not handled here.
pub fn builtin_delitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<bool> {
    seq::delitem(vm, o, key)
}

/// `item in container` for built-in containers.
pub fn builtin_contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<Option<bool>> {
    Ok(Some(match &o.payload {
        Payload::Dict(d) => d.contains(vm, item)?,
        Payload::Set(s) | Payload::FrozenSet(s) => match s.contains(vm, item) {
            Ok(b) => b,
            Err(e)
                if vm.exc_matches(&e, "TypeError")
                    && matches!(item.payload(), Some(Payload::Set(_))) =>
            {
                let fs = Value::obj(Payload::FrozenSet(Box::new(match item.payload() {
                    Some(Payload::Set(x)) => x.copy(),
                    _ => set::SetData::new(),
                })));
                s.contains(vm, &fs)?
            }
            Err(e) => return Err(e),
        },
        Payload::DictView { dict, kind } => {
            let d = crate::vm::dict_of(dict);
            match kind {
                crate::object::DictViewKind::Keys => d.contains(vm, item)?,
                crate::object::DictViewKind::Values => {
                    let vals = d.values();
                    for v in vals {
                        if v.is(item) || vm.eq(&v, item)? {
                            return Ok(Some(true));
                        }
                    }
                    false
                }
                crate::object::DictViewKind::Items => {
                    let Some(Payload::Tuple(t)) = item.payload() else {
                        return Ok(Some(false));
                    };
                    if t.len() != 2 {
                        return Ok(Some(false));
                    }
                    match d.get(vm, &t[0])? {
                        Some(v) => v.is(&t[1]) || vm.eq(&v, &t[1])?,
                        None => false,
                    }
                }
            }
        }
        Payload::Str(s) => match item.as_str() {
            Some(sub) => s.as_str().contains(sub),
            None => {
                return Err(vm.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name_of(item)
                )))
            }
        },
        Payload::List(_) | Payload::Tuple(_) => {
            let items = match &o.payload {
                Payload::List(l) => l.lock().clone(),
                Payload::Tuple(t) => t.to_vec(),
                _ => vec![],
            };
            for x in &items {
                if x.is(item) || vm.eq(x, item)? {
                    return Ok(Some(true));
                }
            }
            false
        }
        Payload::Range { start, stop, step } => match item {
            Value::Int(i) => {
                let (s, e, st) = (*start, *stop, *step);
                let inr = if st > 0 {
                    s <= *i && *i < e
                } else {
                    e < *i && *i <= s
                };
                inr && (i - s) % st == 0
            }
            Value::Obj(x) if matches!(x.payload, Payload::BigInt(_)) => false,
            Value::Bool(b) => {
                let i = *b as i64;
                let (s, e, st) = (*start, *stop, *step);
                let inr = if st > 0 {
                    s <= i && i < e
                } else {
                    e < i && i <= s
                };
                inr && (i - s) % st == 0
            }
            _ => return Ok(None),
        },
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let hay: Vec<u8> = match &o.payload {
                Payload::Bytes(b) => b.to_vec(),
                Payload::ByteArray(b) => b.lock().clone(),
                _ => vec![],
            };
            if crate::objects::int::is_int(item)
                || vm.lookup_special(item, "__index__").is_some() && seq::bytes_of(item).is_none()
            {
                let byte = crate::builtins::bytes_methods::byte_value(
                    vm,
                    item,
                    "byte must be in range(0, 256)",
                )?;
                hay.contains(&byte)
            } else {
                match seq::bytes_of(item) {
                    Some(needle) => seq::find_bytes(&hay, &needle, 0).is_some(),
                    None => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            type_name_of(item)
                        )))
                    }
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// Binary operators on built-in values; `None` when the kinds don't combine natively.
pub fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let Some(r) = int::int_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if let Some(r) = int::float_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    seq::seq_binop(vm, a, b, op)
}

/// In-place operators that mutate (list `+=`, set `|=`, dict `|=`, ...).
pub fn inplace_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    seq::inplace_binop(vm, a, b, op)
}

/// Comparisons between built-in values; `None` when not comparable natively.
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    use std::cmp::Ordering;
    let ord_to = |o: Ordering| match op {
        0 => o == Ordering::Less,
        1 => o != Ordering::Greater,
        2 => o == Ordering::Equal,
        3 => o != Ordering::Equal,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    };
    let both_num = (int::is_int(a) || matches!(a, Value::Float(_)))
        && (int::is_int(b) || matches!(b, Value::Float(_)));
    if both_num {
        return Ok(Some(match int::num_compare(a, b) {
            Some(o) => ord_to(o),
            None => op == 3,
        }));
    }
    seq::seq_compare(vm, a, b, op)
}

/// Unary operators on numbers.
pub fn builtin_unary(vm: &mut Vm, a: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match (name, a) {
        ("__neg__", Value::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
        },
        ("__neg__", Value::Bool(b)) => Value::Int(-(*b as i64)),
        ("__neg__", Value::Float(f)) => Value::Float(-f),
        ("__pos__", Value::Int(_) | Value::Float(_)) => a.clone(),
        ("__pos__", Value::Bool(b)) => Value::Int(*b as i64),
        ("__invert__", Value::Int(i)) => Value::Int(!i),
        ("__invert__", Value::Bool(b)) => Value::Int(!(*b as i64)),
        (_, Value::Obj(o)) => match &o.payload {
            Payload::BigInt(b) => match name {
                "__neg__" => Value::from_bigint(-b.clone()),
                "__pos__" => Value::from_bigint(b.clone()),
                _ => Value::from_bigint(!b.clone()),
            },
            _ => return Ok(None),
        },
        _ => {
            let _ = vm;
            return Ok(None);
        }
    }))
}

/// `format(v, spec)` for built-in values; `None` when the type formats itself otherwise.
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    if spec.is_empty() {
        return Ok(Some(vm.str_string(v)?));
    }
    let tn = type_name_of(v);
    let r = match v {
        Value::Bool(b) => crate::fmt::format_int(*b as i64, spec, tn),
        Value::Int(i) => crate::fmt::format_int(*i, spec, tn),
        Value::Float(f) => crate::fmt::format_float(*f, spec, tn),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => crate::fmt::format_int(b, spec, tn),
            Payload::Str(s) => crate::fmt::format_str(s.as_str(), spec, tn),
            _ => {
                if o.cls.is_none() {
                    return Err(vm.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
                return Ok(None);
            }
        },
        Value::None => {
            return Err(vm.type_error("unsupported format string passed to NoneType.__format__"))
        }
    };
    r.map(Some).map_err(|e| vm.fmt_error(e))
}
