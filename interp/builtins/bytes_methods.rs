//! Natives of bytes and bytearray: constructors, methods and special methods, registered
//! by `init`. Most methods are shared: one native serves both types and builds its result
//! in the receiver's kind. The work is split into the `bytes_*.rs` files declared here;
//! argument parsing, searching and codecs come from the str side (`str_args`, `str_find`,
//! `str_codec`).
//!
//! What must stay true: a bytearray's lock is held only to copy its contents out or to
//! apply a finished change, never while Python code runs (arguments may be the receiver
//! itself, and parking_lot locks are not reentrant); results are exact bytes/bytearray.

#[path = "bytes_case.rs"]
mod case;
#[path = "bytes_mut.rs"]
pub mod mutate;
#[path = "bytes_new.rs"]
mod new;
#[path = "bytes_ops.rs"]
mod ops;

use super::str_methods::args::bad_receiver;
use super::{add_attr, add_classmethod, add_method, add_staticmethod};
use crate::object::Payload;
use crate::objects::function::NativeFnPtr;
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::borrow::Cow;

/// Which of the two types a receiver (and so a result) is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    /// A new exact bytes or bytearray value.
    pub fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => Value::obj(Payload::Bytes(data.into_boxed_slice())),
            Kind::ByteArray => Value::obj(Payload::ByteArray(parking_lot::Mutex::new(data))),
        }
    }
}

/// `"bytes.find"` or `"bytearray.find"` as a static string, for argument messages.
macro_rules! qual {
    ($k:expr, $n:literal) => {
        match $k {
            $crate::builtins::bytes_methods::Kind::Bytes => concat!("bytes.", $n),
            $crate::builtins::bytes_methods::Kind::ByteArray => concat!("bytearray.", $n),
        }
    };
}
pub(crate) use qual;

/// The receiver's contents (borrowed for bytes, copied for bytearray) and kind.
pub fn recv<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(Cow<'a, [u8]>, Kind)> {
    match a.pos.first() {
        Some(v) => match v.payload() {
            Some(Payload::Bytes(b)) => Ok((Cow::Borrowed(&b[..]), Kind::Bytes)),
            Some(Payload::ByteArray(b)) => Ok((Cow::Owned(b.lock().clone()), Kind::ByteArray)),
            _ => Err(bad_receiver(vm, v, &format!("bytes.{name}"))),
        },
        None => Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// A bytes-like value's contents, if it is one.
pub fn buf_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(&b[..])),
        Payload::ByteArray(b) => Some(Cow::Owned(b.lock().clone())),
        Payload::Native(_) => super::memoryview::view_of(v).map(|m| Cow::Owned(m.bytes())),
        _ => None,
    }
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
pub fn buf_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    buf_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))
    })
}

/// The result of a method that may leave its receiver unchanged: exact bytes receivers
/// come back as themselves, as in CPython.
pub fn same_or(a: &Args<'_>, kind: Kind, data: &[u8], out: &[u8]) -> Value {
    if kind == Kind::Bytes && out.len() == data.len() {
        if let Some(Value::Obj(o)) = a.pos.first() {
            if o.cls.is_none() {
                return Value::Obj(o.clone());
            }
        }
    }
    kind.make(out.to_vec())
}

/// An int in range(0, 256): `msg` names the range error CPython uses at that place.
pub fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = super::str_methods::args::index_arg(vm, v)?;
    u8::try_from(i).map_err(|_| vm.value_error(msg.to_string()))
}

/// `repr()` of a bytearray (or subclass `name`): `bytearray(b'...')`. Unlike bytes, it
/// escapes `'` even inside double quotes, as CPython does.
pub fn bytearray_repr(name: &str, data: &[u8]) -> String {
    let r = crate::objects::bytes_repr(data);
    // In a `b"..."` repr every `'` is a data byte, so it can be escaped after the fact.
    let r = match r.strip_prefix("b\"") {
        Some(body) => format!("b\"{}", body.replace('\'', "\\'")),
        None => r,
    };
    format!("{name}({r})")
}

pub fn init() {
    let t = types();
    add_staticmethod(&t.bytes, "__new__", new::bytes_new);
    add_staticmethod(&t.bytearray, "__new__", new::bytearray_new);
    add_method(&t.bytearray, "__init__", new::bytearray_init);
    let shared: &[(&'static str, NativeFnPtr)] = &[
        ("find", ops::find),
        ("rfind", ops::rfind),
        ("index", ops::index),
        ("rindex", ops::rindex),
        ("count", ops::count),
        ("startswith", ops::startswith),
        ("endswith", ops::endswith),
        ("replace", ops::replace),
        ("partition", ops::partition),
        ("rpartition", ops::rpartition),
        ("removeprefix", ops::removeprefix),
        ("removesuffix", ops::removesuffix),
        ("join", ops::join),
        ("split", ops::split),
        ("rsplit", ops::rsplit),
        ("splitlines", ops::splitlines),
        ("strip", ops::strip),
        ("lstrip", ops::lstrip),
        ("rstrip", ops::rstrip),
        ("upper", case::upper),
        ("lower", case::lower),
        ("title", case::title),
        ("capitalize", case::capitalize),
        ("swapcase", case::swapcase),
        ("isspace", case::isspace),
        ("isalpha", case::isalpha),
        ("isalnum", case::isalnum),
        ("isdigit", case::isdigit),
        ("isupper", case::isupper),
        ("islower", case::islower),
        ("istitle", case::istitle),
        ("isascii", case::isascii),
        ("ljust", case::ljust),
        ("rjust", case::rjust),
        ("center", case::center),
        ("zfill", case::zfill),
        ("expandtabs", case::expandtabs),
        ("translate", case::translate),
        ("decode", new::decode),
        ("hex", new::hex),
        ("__len__", new::len),
        ("__getitem__", new::getitem),
        ("__contains__", new::contains),
        ("__add__", new::add),
        ("__mul__", new::mul),
        ("__rmul__", new::mul),
        ("__mod__", new::mod_),
        ("__eq__", new::eq),
        ("__ne__", new::ne),
        ("__lt__", new::lt),
        ("__le__", new::le),
        ("__gt__", new::gt),
        ("__ge__", new::ge),
        ("__iter__", new::iter),
        ("__repr__", new::repr),
    ];
    for cls in [&t.bytes, &t.bytearray] {
        for &(name, f) in shared {
            add_method(cls, name, f);
        }
        add_staticmethod(cls, "maketrans", case::maketrans);
        add_classmethod(cls, "fromhex", new::fromhex);
    }
    add_method(&t.bytes, "__hash__", new::hash);
    add_attr(&t.bytearray, "__hash__", Value::None);
    let mutating: &[(&'static str, NativeFnPtr)] = &[
        ("append", mutate::append),
        ("extend", mutate::extend),
        ("insert", mutate::insert),
        ("pop", mutate::pop),
        ("remove", mutate::remove),
        ("reverse", mutate::reverse),
        ("clear", mutate::clear),
        ("copy", mutate::copy),
        ("__setitem__", mutate::setitem),
        ("__delitem__", mutate::delitem),
        ("__iadd__", mutate::iadd),
        ("__imul__", mutate::imul),
    ];
    for &(name, f) in mutating {
        add_method(&t.bytearray, name, f);
    }
}
