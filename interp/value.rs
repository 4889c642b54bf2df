//! `Value`: the 16-byte handle every Python value is passed around as.
//!
//! `None`, `bool`, `int` that fits in i64 and `float` are immediates: creating, copying and
//! dropping them never touches the heap or a reference count. Everything else is an
//! `Arc<PyObject>`; cloning it is one atomic increment, so hot paths borrow instead of
//! cloning where they can. `Value` is `Send + Sync` because every mutable payload behind the
//! `Arc` carries its own lock: soundness never depends on the GIL.

use crate::object::{ObjRef, Payload, PyObject};
use num_bigint::BigInt;

/// `repr(u64)`: a full-word tag, so building a value writes two whole words (a byte-sized
/// tag plus padding made copies of freshly built values stall on store forwarding).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    /// One test and a 16-byte copy: a derived `clone` dispatches on the tag through a jump
    /// table, a second indirect branch in every instruction that copies a value.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(ObjRef::clone(o)),
            // SAFETY: the other variants hold plain data (no pointers, no `Drop`), so a
            // bitwise copy is an independent, valid value.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl Value {
    #[inline]
    pub fn obj(p: Payload) -> Value {
        Value::Obj(ObjRef::new(PyObject::new(p)))
    }

    /// A str value (not interned).
    pub fn str(s: impl Into<String>) -> Value {
        Value::obj(Payload::Str(crate::objects::str::PyStr::new(s.into())))
    }

    /// An int from a big integer, demoted to the immediate form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(Payload::BigInt(b)),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::obj(Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::obj(Payload::List(parking_lot::Mutex::new(items)))
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The str payload, if this is a str (or a str subclass instance).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_pystr(&self) -> Option<&crate::objects::str::PyStr> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// Identity (`is`): immediates compare by value and kind, objects by address.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    /// `id()`: the address for objects, a stable synthetic number for immediates.
    pub fn id(&self) -> i64 {
        match self {
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as i64,
            Value::Int(i) => (*i).wrapping_mul(2).wrapping_add(1),
            Value::Float(f) => f.to_bits() as i64 | 1,
            Value::Obj(o) => ObjRef::as_ptr(o) as i64,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Self {
        match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(BigInt::from(i)),
        }
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::str(s)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::str(s)
    }
}
impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Self {
        Value::Obj(o)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "<{}>", o.payload.kind_name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
