//! `memoryview`: a view of the bytes of a `bytes` or `bytearray` (format 'B', one
//! dimension). A view stores its base object and the positions it covers (start, step,
//! length); slicing a view makes a view of the same base. Writes go through to a
//! bytearray base; a bytes base makes the view read-only.
//!
//! CPython forbids resizing a bytearray while views of it exist; gilpy does not track
//! exports, so a view reads what is there and positions past the end read as missing
//! (IndexError) instead.

use super::{add_attr, add_method, add_staticmethod, getter_property};
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::types::{not_implemented, type_name_of};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

pub struct MemView {
    /// The `bytes` or `bytearray` whose memory this is.
    base: Value,
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
    released: AtomicBool,
}

impl NativeData for MemView {
    fn type_obj(&self) -> &'static ObjRef {
        memoryview_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl MemView {
    fn pos(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes, in view order.
    pub fn bytes(&self) -> Vec<u8> {
        let pick = |b: &[u8]| -> Vec<u8> {
            (0..self.len)
                .filter_map(|i| b.get(self.pos(i)).copied())
                .collect()
        };
        match self.base.payload() {
            Some(Payload::Bytes(b)) => pick(b),
            Some(Payload::ByteArray(b)) => pick(&b.lock()),
            _ => vec![],
        }
    }
}

pub fn memoryview_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| super::builtin_class("memoryview", register))
}

/// The view behind a value, if it is a memoryview.
pub fn view_of(v: &Value) -> Option<&MemView> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<MemView>(),
        _ => None,
    }
}

fn live<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a MemView> {
    let m = a
        .pos
        .first()
        .and_then(view_of)
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    if m.released.load(Ordering::Relaxed) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn new_view(base: Value, start: usize, step: isize, len: usize, readonly: bool) -> Value {
    Value::obj(Payload::Native(Box::new(MemView {
        base,
        start,
        step,
        len,
        readonly,
        released: AtomicBool::new(false),
    })))
}

/// `memoryview(obj)`.
pub fn make(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = view_of(obj) {
        if m.released.load(Ordering::Relaxed) {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        }
        return Ok(new_view(m.base.clone(), m.start, m.step, m.len, m.readonly));
    }
    match obj.payload() {
        Some(Payload::Bytes(b)) => Ok(new_view(obj.clone(), 0, 1, b.len(), true)),
        Some(Payload::ByteArray(b)) => {
            let n = b.lock().len();
            Ok(new_view(obj.clone(), 0, 1, n, false))
        }
        _ => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name_of(obj)
        ))),
    }
}

/// An index into a view of `len` items (negative counts from the end).
fn item_index(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Option<usize>> {
    let Some(i) = crate::objects::seq::index_of(vm, key)? else {
        return Ok(None);
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_error("IndexError", "index out of bounds on dimension 1"));
    }
    Ok(Some(j as usize))
}

/// The positions (in the base) a slice of the view selects, as (start, step, len).
fn slice_of(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<Option<(usize, isize, usize)>> {
    let Some(Payload::Slice { start, stop, step }) = key.payload() else {
        return Ok(None);
    };
    let s = crate::objects::seq::resolve_slice(vm, start, stop, step, m.len)?;
    let first = if s.len == 0 {
        m.start
    } else {
        m.pos(s.start as usize)
    };
    Ok(Some((first, m.step * s.step as isize, s.len)))
}

fn getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, &a)?;
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Some((start, step, len)) = slice_of(vm, m, &key)? {
        return Ok(new_view(m.base.clone(), start, step, len, m.readonly));
    }
    if matches!(key.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    match item_index(vm, &key, m.len)? {
        Some(i) => {
            let p = m.pos(i);
            let b = match m.base.payload() {
                Some(Payload::Bytes(b)) => b.get(p).copied(),
                Some(Payload::ByteArray(b)) => b.lock().get(p).copied(),
                _ => None,
            };
            b.map(|x| Value::Int(x as i64))
                .ok_or_else(|| vm.new_error("IndexError", "index out of bounds on dimension 1"))
        }
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (key, val) = match a.pos {
        [_, k, v] => (k.clone(), v.clone()),
        _ => return Err(vm.type_error("expected 2 arguments")),
    };
    let Some(Payload::ByteArray(base)) = m.base.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if let Some((start, step, len)) = slice_of(vm, m, &key)? {
        let Some(src) = super::bytes_methods::buf_of(&val) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&val)
            )));
        };
        if src.len() != len {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut b = base.lock();
        for (i, x) in src.iter().enumerate() {
            let p = (start as isize + i as isize * step) as usize;
            if let Some(slot) = b.get_mut(p) {
                *slot = *x;
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = item_index(vm, &key, m.len)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let x = match crate::objects::seq::index_of(vm, &val)? {
        Some(x) if (0..256).contains(&x) => x as u8,
        Some(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        None => {
            return Err(vm.type_error("memoryview: invalid type for format 'B'"));
        }
    };
    if let Some(slot) = base.lock().get_mut(m.pos(i)) {
        *slot = x;
    }
    Ok(Value::None)
}

fn prop(name: &'static str, f: crate::objects::function::NativeFnPtr) -> (&'static str, Value) {
    (name, getter_property(name, f))
}

fn register(c: &ObjRef) {
    add_staticmethod(c, "__new__", |vm, a| {
        let obj = match (a.pos.get(1), a.kw("object")) {
            (Some(o), None) | (None, Some(o)) => o.clone(),
            _ => {
                return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"))
            }
        };
        make(vm, &obj)
    });
    add_method(c, "__len__", |vm, a| Ok(Value::from(live(vm, &a)?.len)));
    add_method(c, "__getitem__", getitem);
    add_method(c, "__setitem__", setitem);
    add_method(c, "__delitem__", |vm, a| {
        live(vm, &a)?;
        Err(vm.type_error("cannot delete memory"))
    });
    add_method(c, "tobytes", |vm, a| {
        Ok(Value::obj(Payload::Bytes(live(vm, &a)?.bytes().into())))
    });
    add_method(c, "tolist", |vm, a| {
        let b = live(vm, &a)?.bytes();
        Ok(Value::list(
            b.into_iter().map(|x| Value::Int(x as i64)).collect(),
        ))
    });
    add_method(c, "__iter__", |vm, a| {
        let b = live(vm, &a)?.bytes();
        let l = Value::list(b.into_iter().map(|x| Value::Int(x as i64)).collect());
        vm.iter(&l)
    });
    add_method(c, "hex", |vm, a| {
        let b = live(vm, &a)?.bytes();
        let bytes = Value::obj(Payload::Bytes(b.into()));
        let f = vm.getattr_str(&bytes, "hex")?;
        vm.call_args(&f, a.rest())
    });
    add_method(c, "toreadonly", |vm, a| {
        let m = live(vm, &a)?;
        Ok(new_view(m.base.clone(), m.start, m.step, m.len, true))
    });
    add_method(c, "release", |_, a| {
        if let Some(m) = a.pos.first().and_then(view_of) {
            m.released.store(true, Ordering::Relaxed);
        }
        Ok(Value::None)
    });
    add_method(c, "__enter__", |vm, a| {
        live(vm, &a)?;
        Ok(a.pos[0].clone())
    });
    add_method(c, "__exit__", |_, a| {
        if let Some(m) = a.pos.first().and_then(view_of) {
            m.released.store(true, Ordering::Relaxed);
        }
        Ok(Value::None)
    });
    add_method(c, "__eq__", |vm, a| {
        let (Some(m), Some(other)) = (a.pos.first().and_then(view_of), a.pos.get(1)) else {
            return Ok(not_implemented());
        };
        if a.pos[0].is(other) {
            return Ok(Value::Bool(true));
        }
        if m.released.load(Ordering::Relaxed) {
            return Ok(Value::Bool(false));
        }
        let _ = vm;
        Ok(match super::bytes_methods::buf_of(other) {
            Some(o) => Value::Bool(m.bytes() == o.as_ref()),
            None => not_implemented(),
        })
    });
    add_method(c, "__hash__", |vm, a| {
        let m = live(vm, &a)?;
        if !m.readonly {
            return Err(vm.value_error("cannot hash writable memoryview object"));
        }
        let b = Value::obj(Payload::Bytes(m.bytes().into()));
        vm.hash(&b).map(Value::Int)
    });
    add_method(c, "__repr__", |vm, a| {
        let released = a
            .pos
            .first()
            .and_then(view_of)
            .is_some_and(|m| m.released.load(Ordering::Relaxed));
        let addr = vm.default_repr(&a.pos[0]);
        let addr = addr
            .rsplit(" at ")
            .next()
            .unwrap_or("")
            .trim_end_matches('>');
        Ok(Value::str(if released {
            format!("<released memory at {addr}>")
        } else {
            format!("<memory at {addr}>")
        }))
    });
    for (name, v) in [
        prop("obj", |vm, a| Ok(live(vm, &a)?.base.clone())),
        prop("nbytes", |vm, a| Ok(Value::from(live(vm, &a)?.len))),
        prop("readonly", |vm, a| Ok(Value::Bool(live(vm, &a)?.readonly))),
        prop("itemsize", |vm, a| {
            live(vm, &a)?;
            Ok(Value::Int(1))
        }),
        prop("format", |vm, a| {
            live(vm, &a)?;
            Ok(Value::str("B"))
        }),
        prop("ndim", |vm, a| {
            live(vm, &a)?;
            Ok(Value::Int(1))
        }),
        prop("shape", |vm, a| {
            Ok(Value::tuple(vec![Value::from(live(vm, &a)?.len)]))
        }),
        prop("strides", |vm, a| {
            Ok(Value::tuple(vec![Value::Int(live(vm, &a)?.step as i64)]))
        }),
        prop("contiguous", |vm, a| {
            let m = live(vm, &a)?;
            Ok(Value::Bool(m.step == 1 || m.len <= 1))
        }),
        prop("c_contiguous", |vm, a| {
            let m = live(vm, &a)?;
            Ok(Value::Bool(m.step == 1 || m.len <= 1))
        }),
        prop("released", |_, a| {
            Ok(Value::Bool(
                a.pos
                    .first()
                    .and_then(view_of)
                    .is_some_and(|m| m.released.load(Ordering::Relaxed)),
            ))
        }),
    ] {
        add_attr(c, name, v);
    }
}
