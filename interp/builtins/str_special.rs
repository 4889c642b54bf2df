//! The str constructor, `encode`, and str's special methods as natives, so that
//! subclasses of str and explicit calls (`str.__add__(a, b)`) behave like the operators.
//!
//! The VM computes operators on plain str values itself (`objects::seq`); these natives
//! serve subclass instances and direct calls. Where CPython's str raises at once for a
//! wrong operand (`'a' + 1`) these do too, unless the other operand's class defines the
//! reflected method in Python, so that its `__radd__`/`__rmul__` still gets its turn.

use crate::object::ObjRef;

use super::args::{arg_type, bad_receiver, check_build, kw_args, one_arg, str_self};
use super::codec;
use super::search::same;
use crate::object::Payload;
use crate::objects::iter::IterState;
use crate::objects::seq::{bytes_of, index_of};
use crate::objects::str::PyStr;
use crate::objects::types::{not_implemented, type_name_of, types};
use crate::value::Value;
use crate::vm::protocol::has_py_override;
use crate::vm::{Args, PyResult, Vm};

/// A str argument of a constructor or codec method: `str() argument 'encoding' must be
/// str, not int`.
fn opt_str<'a>(vm: &Vm, v: Option<&'a Value>, func: &str, name: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                arg_type(v)
            ))),
        },
    }
}

/// `str(object='', encoding='utf-8', errors='strict')`.
pub fn str_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(cls) = a.pos.first() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    let [obj, enc, err] = kw_args(vm, &a, "str", ["object", "encoding", "errors"], 1)?;
    let text = if enc.is_none() && err.is_none() {
        match obj {
            None => Value::str(""),
            Some(o) => vm.to_str(o)?,
        }
    } else {
        let enc = opt_str(vm, enc, "str", "encoding")?;
        let err = opt_str(vm, err, "str", "errors")?;
        let data = match obj {
            None => Vec::new(),
            Some(o) if o.as_str().is_some() => {
                return Err(vm.type_error("decoding str is not supported"))
            }
            Some(o) => bytes_of(o).ok_or_else(|| {
                vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_name_of(o)
                ))
            })?,
        };
        let c = codec::lookup(vm, enc.unwrap_or("utf-8"))?;
        Value::str(codec::decode(vm, &data, c, err.unwrap_or("strict"))?)
    };
    match cls {
        Value::Obj(c) if ObjRef::ptr_eq(c, &types().str_) => Ok(text),
        _ => {
            let s = text.as_str().unwrap_or("").to_string();
            Ok(crate::builtins::core::make_with_layout(
                cls,
                Payload::Str(PyStr::new(s)),
            ))
        }
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.encode")?;
    let [enc, err] = kw_args(vm, &a, "encode", ["encoding", "errors"], 1)?;
    let enc = opt_str(vm, enc, "encode", "encoding")?;
    let err = opt_str(vm, err, "encode", "errors")?;
    let out = match enc {
        None => s.as_str().as_bytes().to_vec(),
        Some(e) => {
            let c = codec::lookup(vm, e)?;
            codec::encode(vm, s.as_str(), c, err.unwrap_or("strict"))?
        }
    };
    Ok(Value::obj(Payload::Bytes(out.into_boxed_slice())))
}

pub fn len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__len__")?;
    Ok(Value::from(s.char_len()))
}

pub fn getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    str_self(vm, &a, "str.__getitem__")?;
    let key = one_arg(vm, &a, "str.__getitem__")?;
    match a.pos[0].as_obj() {
        Some(o) => match crate::objects::seq::getitem(vm, &o.clone(), key)? {
            Some(v) => Ok(v),
            None => Err(vm.type_error("string indices must be integers")),
        },
        None => Err(bad_receiver(vm, &a.pos[0], "str.__getitem__")),
    }
}

pub fn contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__contains__")?;
    let item = one_arg(vm, &a, "str.__contains__")?;
    match item.as_str() {
        Some(sub) => Ok(Value::Bool(s.as_str().contains(sub))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name_of(item)
        ))),
    }
}

pub fn add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__add__")?;
    let other = one_arg(vm, &a, "str.__add__")?;
    match other.as_str() {
        Some(o) => {
            let mut out = String::with_capacity(s.as_str().len() + o.len());
            out.push_str(s.as_str());
            out.push_str(o);
            Ok(Value::str(out))
        }
        None if has_py_override(other, "__radd__") => Ok(not_implemented()),
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name_of(other)
        ))),
    }
}

fn repeat(vm: &mut Vm, a: Args<'_>, qual: &str) -> PyResult<Value> {
    let s = str_self(vm, &a, qual)?;
    let n = one_arg(vm, &a, qual)?;
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
    if n == 1 {
        return Ok(same(&a.pos[0], s));
    }
    check_build(vm, s.as_str().len().saturating_mul(n))?;
    Ok(Value::str(s.as_str().repeat(n)))
}

pub fn mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    repeat(vm, a, "str.__mul__")
}

pub fn rmul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    repeat(vm, a, "str.__rmul__")
}

pub fn mod_(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__mod__")?;
    let args = one_arg(vm, &a, "str.__mod__")?;
    crate::builtins::strformat::percent_format(vm, s.as_str(), args)
}

macro_rules! compare {
    ($name:ident, $qual:literal, $op:tt) => {
        pub fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = str_self(vm, &a, $qual)?;
            let other = one_arg(vm, &a, $qual)?;
            Ok(match other.as_str() {
                Some(o) => Value::Bool(s.as_str() $op o),
                None => not_implemented(),
            })
        }
    };
}

compare!(eq, "str.__eq__", ==);
compare!(ne, "str.__ne__", !=);
compare!(lt, "str.__lt__", <);
compare!(le, "str.__le__", <=);
compare!(gt, "str.__gt__", >);
compare!(ge, "str.__ge__", >=);

pub fn hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__hash__")?;
    Ok(Value::Int(s.hash()))
}

pub fn iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    str_self(vm, &a, "str.__iter__")?;
    Ok(Value::obj(Payload::Iter(IterState::seq(a.pos[0].clone()))))
}

pub fn repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__repr__")?;
    Ok(Value::str(crate::objects::str_repr(s.as_str())))
}

pub fn str_(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.__str__")?;
    Ok(same(&a.pos[0], s))
}

pub fn format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    str_self(vm, &a, "str.__format__")?;
    let spec = one_arg(vm, &a, "str.__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type(spec)
        )));
    };
    match crate::objects::builtin_format(vm, &a.pos[0], spec)? {
        Some(s) => Ok(Value::str(s)),
        None => vm.to_str(&a.pos[0]),
    }
}
