//! The object protocols the VM and natives build on: truth value, `repr`/`str`, hashing,
//! equality, iteration, length, subscripting, containment, formatting and unpacking.
//!
//! Each function handles plain built-in values directly and otherwise dispatches to the
//! special method found on the type (which, for subclasses of built-ins, is the built-in's
//! native implementation). Python code is never run while an object lock is held.

use super::{PyErr, PyResult, Vm};
use crate::object::{DictViewKind, ObjRef, Payload};
use crate::objects::iter::IterState;
use crate::objects::types::{is_subclass, type_name_of, type_of, types};
use crate::value::Value;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize};

thread_local! {
    /// Objects whose repr is in progress on this thread (for `[...]` on self-reference).
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                if o.cls.is_none() {
                    if let Some(b) = builtin_truth(&o.payload) {
                        return Ok(b);
                    }
                }
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name_of(&r)
                        ))),
                    };
                }
                if self.lookup_special(v, "__len__").is_some() {
                    return Ok(self.len(v)? != 0);
                }
                Ok(builtin_truth(&o.payload).unwrap_or(true))
            }
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if o.cls.is_some() || matches!(o.payload, Payload::Native(_)) {
                let r = match self.call_special(v, "__repr__", &[])? {
                    Some(r) => r,
                    None => Value::str(self.default_repr(v)),
                };
                if r.as_str().is_none() {
                    return Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name_of(&r)
                    )));
                }
                return Ok(r);
            }
        }
        Ok(Value::str(self.builtin_repr(v)?))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(r.as_str().unwrap_or("").to_string())
    }

    /// Repr of a value by its payload (no user `__repr__`).
    pub fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::fmt::float_repr(*f),
            Value::Obj(o) => {
                let addr = ObjRef::as_ptr(o) as usize;
                match &o.payload {
                    Payload::Str(s) => crate::objects::str_repr(s.as_str()),
                    Payload::BigInt(b) => crate::objects::int::bigint_to_decimal(self, b)?,
                    Payload::Bytes(b) => crate::objects::bytes_repr(b),
                    Payload::ByteArray(b) => {
                        let data = b.lock().clone();
                        crate::builtins::bytes_methods::bytearray_repr("bytearray", &data)
                    }
                    Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::DictView { .. } => {
                        let active = REPR_ACTIVE.with(|r| r.borrow().contains(&addr));
                        if active {
                            return Ok(match &o.payload {
                                Payload::List(_) => "[...]".into(),
                                Payload::Dict(_) => "{...}".into(),
                                _ => "...".into(),
                            });
                        }
                        self.enter_native()?;
                        REPR_ACTIVE.with(|r| r.borrow_mut().push(addr));
                        let r = self.container_repr(v, o);
                        REPR_ACTIVE.with(|r| {
                            r.borrow_mut().retain(|&a| a != addr);
                        });
                        self.depth -= 1;
                        r?
                    }
                    _ => self.default_repr(v),
                }
            }
        })
    }

    fn container_repr(&mut self, v: &Value, o: &ObjRef) -> PyResult<String> {
        let join = |vm: &mut Vm, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for it in items {
                parts.push(vm.repr_string(it)?);
            }
            Ok(parts.join(", "))
        };
        Ok(match &o.payload {
            Payload::List(l) => {
                let items = l.lock().clone();
                format!("[{}]", join(self, &items)?)
            }
            Payload::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr_string(&t[0])?)
                } else {
                    format!("({})", join(self, t)?)
                }
            }
            Payload::Dict(d) => {
                let items = d.items();
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in items {
                    parts.push(format!(
                        "{}: {}",
                        self.repr_string(&k)?,
                        self.repr_string(&val)?
                    ));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                let items = s.items();
                let name = type_name_of(v).to_string();
                let is_frozen = matches!(o.payload, Payload::FrozenSet(_));
                if items.is_empty() {
                    format!("{name}()")
                } else if is_frozen {
                    format!("{name}({{{}}})", join(self, &items)?)
                } else {
                    format!("{{{}}}", join(self, &items)?)
                }
            }
            Payload::DictView { dict, kind } => {
                let Payload::Dict(d) = &dict.payload else {
                    return Ok(String::new());
                };
                let items: Vec<Value> = match kind {
                    DictViewKind::Keys => d.keys(),
                    DictViewKind::Values => d.values(),
                    DictViewKind::Items => d
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                };
                format!("{}([{}])", type_name_of(v), join(self, &items)?)
            }
            _ => self.default_repr(v),
        })
    }

    /// `object.__repr__`: `<module.Class object at 0x...>` and the built-in forms for
    /// functions, classes, modules, ....
    pub fn default_repr(&mut self, v: &Value) -> String {
        let Value::Obj(o) = v else {
            return self.builtin_repr(v).unwrap_or_default();
        };
        let addr = ObjRef::as_ptr(o) as usize;
        match &o.payload {
            Payload::Type(t) => {
                let module = t
                    .dict
                    .get_str("__module__")
                    .and_then(|m| m.as_str().map(|s| s.to_string()));
                match module {
                    Some(m) if m != "builtins" => {
                        format!("<class '{}.{}'>", m, t.qualname.lock())
                    }
                    _ => format!("<class '{}'>", t.name),
                }
            }
            Payload::Function(f) => format!(
                "<function {} at {:#x}>",
                f.meta.lock().qualname.as_str().unwrap_or("?"),
                addr
            ),
            Payload::NativeFunction(nf) => match (&nf.owner, &nf.self_) {
                (Some(owner), _) => format!("<method '{}' of '{}' objects>", nf.name, owner),
                (None, Some(s)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    nf.name,
                    type_name_of(s),
                    s.id()
                ),
                _ => format!("<built-in function {}>", nf.name),
            },
            Payload::BoundMethod { func, self_ } => {
                let fname = match func.payload() {
                    Some(Payload::Function(f)) => {
                        f.meta.lock().qualname.as_str().unwrap_or("?").to_string()
                    }
                    Some(Payload::NativeFunction(nf)) => {
                        return format!(
                            "<built-in method {} of {} object at {:#x}>",
                            nf.name,
                            type_name_of(self_),
                            self_.id()
                        )
                    }
                    _ => "?".into(),
                };
                let srepr = self.repr_string(self_).unwrap_or_default();
                format!("<bound method {fname} of {srepr}>")
            }
            Payload::Module(m) => {
                match m
                    .dict()
                    .get_str("__file__")
                    .and_then(|f| f.as_str().map(|s| s.to_string()))
                {
                    Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                    None => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.raw.name, addr, c.raw.filename, c.raw.firstlineno
            ),
            Payload::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                if g.is_coroutine() {
                    "coroutine"
                } else {
                    "generator"
                },
                g.qualname(),
                addr
            ),
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::Slice { start, stop, step } => {
                let a = self.repr_string(start).unwrap_or_default();
                let b = self.repr_string(stop).unwrap_or_default();
                let c = self.repr_string(step).unwrap_or_default();
                format!("slice({a}, {b}, {c})")
            }
            Payload::Exception(_) => crate::objects::exception_repr(self, o).unwrap_or_default(),
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Cell(_) => format!("<cell at {addr:#x}>"),
            Payload::Property(_) => format!("<property object at {addr:#x}>"),
            Payload::Super { start, obj, .. } => {
                let cls = format!("<class '{}'>", crate::objects::types::type_name(start));
                if obj.is_none() {
                    format!("<super: {cls}, NULL>")
                } else {
                    format!("<super: {cls}, <{} object>>", type_name_of(obj))
                }
            }
            Payload::Str(_)
            | Payload::BigInt(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::DictView { .. }
                if o.cls.is_none() =>
            {
                self.builtin_repr(v).unwrap_or_default()
            }
            Payload::Native(n) => {
                let t = n.type_obj();
                format!(
                    "<{} object at {addr:#x}>",
                    crate::objects::types::type_name(t)
                )
            }
            _ => {
                let cls = type_of(v);
                let module = crate::objects::types::as_type(cls)
                    .and_then(|t| t.dict.get_str("__module__"))
                    .and_then(|m| m.as_str().map(|s| s.to_string()));
                let qual = crate::objects::types::as_type(cls)
                    .map(|t| t.qualname.lock().clone())
                    .unwrap_or_default();
                match module {
                    Some(m) if m != "builtins" => format!("<{m}.{qual} object at {addr:#x}>"),
                    _ => format!("<{qual} object at {addr:#x}>"),
                }
            }
        }
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if let Payload::Str(_) = &o.payload {
                if o.cls.is_none() {
                    return Ok(v.clone());
                }
            }
            if o.cls.is_some() {
                if let Some(r) = self.call_special(v, "__str__", &[])? {
                    if r.as_str().is_none() {
                        return Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            type_name_of(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
        }
        self.repr(v)
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let s = self.to_str(v)?;
        Ok(s.as_str().unwrap_or("").to_string())
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 256 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(Value::str(out))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0x5f3c_a1b2),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(crate::objects::int::hash_i64(*i)),
            Value::Float(f) => Ok(crate::objects::int::hash_f64(*f)),
            Value::Obj(o) => {
                if o.cls.is_none() {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.hash()),
                        Payload::BigInt(b) => return Ok(crate::objects::int::hash_bigint(b)),
                        Payload::Tuple(t) => {
                            let items = t.clone();
                            return self.hash_tuple(&items);
                        }
                        Payload::Bytes(b) => return Ok(crate::objects::str::hash_str_bytes(b)),
                        Payload::FrozenSet(s) => return Ok(s.frozen_hash()),
                        Payload::List(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::ByteArray(_) => {
                            return Err(
                                self.type_error(format!("unhashable type: '{}'", type_name_of(v)))
                            );
                        }
                        _ => {}
                    }
                }
                match self.lookup_special(v, "__hash__") {
                    Some(Value::None) => {
                        Err(self.type_error(format!("unhashable type: '{}'", type_name_of(v))))
                    }
                    Some(h) => {
                        let r = self.call(&h, std::slice::from_ref(v))?;
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
                                if let Payload::BigInt(b) = &o.payload {
                                    Ok(crate::objects::int::hash_bigint(b))
                                } else {
                                    Ok(0)
                                }
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    None => Ok(default_hash(o)),
                }
            }
        }
    }

    fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        self.enter_native()?;
        let r = self.hash_tuple_inner(items);
        self.depth -= 1;
        r
    }

    fn hash_tuple_inner(&mut self, items: &[Value]) -> PyResult<i64> {
        // CPython's xxHash-based tuple hash.
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in items {
            let h = self.hash(it)? as u64;
            acc = acc.wrapping_add(h.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        let h = acc as i64;
        Ok(if h == -1 { 1546275796 } else { h })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::objects::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, 2)?;
        self.truthy(&r)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if o.cls.is_none() {
                let st = match &o.payload {
                    Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_) => Some(IterState::seq(v.clone())),
                    Payload::Range { start, stop, step } => Some(IterState::Range {
                        cur: AtomicI64::new(*start),
                        stop: *stop,
                        step: *step,
                    }),
                    Payload::Dict(d) => Some(IterState::Dict {
                        dict: o.clone(),
                        pos: AtomicUsize::new(0),
                        len: d.len(),
                        kind: DictViewKind::Keys,
                    }),
                    Payload::DictView { dict, kind } => Some(IterState::Dict {
                        dict: dict.clone(),
                        pos: AtomicUsize::new(0),
                        len: crate::vm::dict_of(dict).len(),
                        kind: *kind,
                    }),
                    Payload::Set(s) | Payload::FrozenSet(s) => Some(IterState::Set {
                        set: o.clone(),
                        pos: AtomicUsize::new(0),
                        len: s.len(),
                    }),
                    Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                    _ => None,
                };
                if let Some(st) = st {
                    return Ok(Value::obj(Payload::Iter(st)));
                }
            }
        }
        if let Some(r) = self.call_special(v, "__iter__", &[])? {
            if self.lookup_special(&r, "__next__").is_none()
                && !matches!(r.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
            {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name_of(&r)
                )));
            }
            return Ok(r);
        }
        if self.lookup_special(v, "__getitem__").is_some() {
            return Ok(Value::obj(Payload::Iter(IterState::GetItem {
                obj: v.clone(),
                idx: AtomicUsize::new(0),
                done: AtomicBool::new(false),
            })));
        }
        Err(self.type_error(format!("'{}' object is not iterable", type_name_of(v))))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(st) => return st.next(self),
                Payload::Generator(_) if o.cls.is_none() => {
                    return match self.gen_send(o, Value::None)? {
                        Ok(v) => Ok(Some(v)),
                        Err(_) => Ok(None),
                    };
                }
                _ => {}
            }
        }
        match self.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                Err(self.type_error(format!("'{}' object is not an iterator", type_name_of(it))))
            }
            Err(e) if self.exc_matches(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Iterate `v` to the end into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if o.cls.is_none() {
                match &o.payload {
                    Payload::List(l) => return Ok(l.lock().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    // A range's length is known: refuse absurd ones up front (as CPython's
                    // preallocation does) instead of growing until the allocator aborts.
                    Payload::Range { start, stop, step }
                        if crate::objects::range_len(*start, *stop, *step) > 1 << 32 =>
                    {
                        return Err(self.new_error("MemoryError", ""));
                    }
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if o.cls.is_none() {
                if let Some(n) = builtin_len(&o.payload) {
                    return Ok(n);
                }
            }
        }
        match self.call_special(v, "__len__", &[])? {
            Some(Value::Int(n)) if n >= 0 => Ok(n as usize),
            Some(Value::Bool(b)) => Ok(b as usize),
            Some(Value::Int(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(r) => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&r)
            ))),
            None => {
                if let Value::Obj(o) = v {
                    if let Some(n) = builtin_len(&o.payload) {
                        return Ok(n);
                    }
                }
                Err(self.type_error(format!("object of type '{}' has no len()", type_name_of(v))))
            }
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if o.cls.is_none() || !has_py_override(obj, "__getitem__") {
                if let Some(r) = crate::objects::builtin_getitem(self, o, key)? {
                    return Ok(r);
                }
            }
            if let Payload::Type(_) = &o.payload {
                // A metaclass `__getitem__` (e.g. `Color["RED"]` on an Enum) comes first.
                let meta = type_of(obj).clone();
                if !ObjRef::ptr_eq(&meta, &types().type_) {
                    if let Some(gi) = self.type_lookup_str(&meta, "__getitem__") {
                        if matches!(gi.payload(), Some(Payload::Function(_))) {
                            return self.call(&gi, &[obj.clone(), key.clone()]);
                        }
                    }
                }
                if let Some(cg) =
                    crate::objects::types::TypeData::lookup_in_mro(o, "__class_getitem__")
                {
                    let cg = match cg.payload() {
                        Some(Payload::ClassMethod(f)) => f.clone(),
                        _ => cg,
                    };
                    return self.call(&cg, &[obj.clone(), key.clone()]);
                }
                return Err(self.type_error(format!(
                    "type '{}' is not subscriptable",
                    crate::objects::types::type_name(o)
                )));
            }
        }
        match self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
            Some(v) => Ok(v),
            None => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                type_name_of(obj)
            ))),
        }
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if (o.cls.is_none() || !has_py_override(obj, "__setitem__"))
                && crate::objects::builtin_setitem(self, o, &key, &v)?
            {
                return Ok(());
            }
        }
        match self.call_special(obj, "__setitem__", &[key, v])? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                type_name_of(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if (o.cls.is_none() || !has_py_override(obj, "__delitem__"))
                && crate::objects::builtin_delitem(self, o, key)?
            {
                return Ok(());
            }
        }
        match self.call_special(obj, "__delitem__", std::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item deletion",
                type_name_of(obj)
            ))),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            if o.cls.is_none() || !has_py_override(container, "__contains__") {
                if let Some(r) = crate::objects::builtin_contains(self, o, item)? {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if self.exc_matches(&e, "TypeError") => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name_of(container)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        let has_user =
            matches!(v, Value::Obj(o) if o.cls.is_some()) && has_py_override(v, "__format__");
        if !has_user {
            if let Some(r) = crate::objects::builtin_format(self, v, spec)? {
                return Ok(Value::str(r));
            }
        }
        match self.call_special(v, "__format__", &[Value::str(spec)])? {
            Some(r) if r.as_str().is_some() => Ok(r),
            Some(r) => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                type_name_of(&r)
            ))),
            None => self.to_str(v),
        }
    }

    /// UnpackSequence: push exactly `n` items, first on top.
    pub fn unpack_into(&mut self, seq: &Value, n: usize, stack: &mut Vec<Value>) -> PyResult<()> {
        let items = match seq.payload() {
            Some(Payload::Tuple(t)) if t.len() == n => {
                stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Some(Payload::List(l)) if seq.as_obj().is_some_and(|o| o.cls.is_none()) => {
                let l = l.lock();
                if l.len() == n {
                    stack.extend(l.iter().rev().cloned());
                    return Ok(());
                }
                l.clone()
            }
            _ => {
                let it = self.iter(seq).map_err(|e| self.unpack_error(e, seq))?;
                let mut items = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    items.push(x);
                    if items.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                items
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_error(&self, e: PyErr, seq: &Value) -> PyErr {
        if self.exc_matches(&e, "TypeError") {
            self.type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name_of(seq)
            ))
        } else {
            e
        }
    }

    /// UnpackEx: `before` items, a list of the middle, `after` items; first item on top.
    pub fn unpack_ex_into(
        &mut self,
        seq: &Value,
        before: usize,
        after: usize,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        let it = self.iter(seq).map_err(|e| self.unpack_error(e, seq))?;
        let mut items = Vec::new();
        while let Some(x) = self.next(&it)? {
            items.push(x);
        }
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let mid = items.split_off(before);
        stack.extend(tail.into_iter().rev());
        stack.push(Value::list(mid));
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// DictUpdate / DictMerge.
    pub fn dict_update_op(
        &mut self,
        d: &Value,
        m: &Value,
        merge: bool,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let Some(Payload::Dict(target)) = d.payload() else {
            return Ok(());
        };
        let items: Vec<(Value, Value)> = match m.payload() {
            Some(Payload::Dict(src)) => src.items(),
            _ => {
                if self.lookup_special(m, "keys").is_none() {
                    let msg = if merge {
                        let fname = func.map(|f| self.callable_name(f)).unwrap_or_default();
                        format!(
                            "{fname}argument after ** must be a mapping, not {}",
                            type_name_of(m)
                        )
                    } else {
                        format!("'{}' object is not a mapping", type_name_of(m))
                    };
                    return Err(self.type_error(msg));
                }
                let keys = self.call_method(m, "keys", &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if merge && target.contains(self, &k)? {
                let fname = func.map(|f| self.callable_name(f)).unwrap_or_default();
                return Err(self.type_error(format!(
                    "{fname}got multiple values for keyword argument '{}'",
                    k.as_str().unwrap_or("?")
                )));
            }
            target.set(self, k, v)?;
        }
        Ok(())
    }

    /// `f() ` prefix for call error messages.
    pub fn callable_name(&mut self, f: &Value) -> String {
        match f.payload() {
            Some(Payload::Function(func)) => {
                let m = func.meta.lock();
                let q = m.qualname.as_str().unwrap_or("?");
                match m.module.as_str() {
                    Some(module) if module != "builtins" => format!("{module}.{q}() "),
                    _ => format!("{q}() "),
                }
            }
            Some(Payload::NativeFunction(nf)) => format!("{}() ", nf.name),
            Some(Payload::Type(t)) => format!("{}() ", t.name),
            _ => String::new(),
        }
    }

    /// Does exception `exc` match `typ` (a class or a tuple of classes)?
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let be = &types().base_exception;
        let check = |vm: &mut Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(c) if matches!(c.payload, Payload::Type(_)) && is_subclass(c, be) => {
                    Ok(is_subclass(type_of(exc), c))
                }
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        match typ.payload() {
            Some(Payload::Tuple(ts)) => {
                let ts = ts.to_vec();
                for t in &ts {
                    if check(self, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => check(self, typ),
        }
    }

    /// BeforeWith / BeforeAsyncWith: (exit, enter result).
    pub fn enter_context(&mut self, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (en, ex) = if is_async {
            ("__aenter__", "__aexit__")
        } else {
            ("__enter__", "__exit__")
        };
        let (Some(enter), Some(exit)) =
            (self.lookup_special(mgr, en), self.lookup_special(mgr, ex))
        else {
            return Err(self.type_error(format!(
                "'{}' object does not support the {}context manager protocol",
                type_name_of(mgr),
                if is_async { "asynchronous " } else { "" }
            )));
        };
        let exit_bound = Value::obj(Payload::BoundMethod {
            func: exit,
            self_: mgr.clone(),
        });
        let res = self.call(&enter, std::slice::from_ref(mgr))?;
        Ok((exit_bound, res))
    }

    /// REPL echo: print repr(v) unless None, and bind `builtins._`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr_string(&v)?;
        self.write_stdout(&format!("{r}\n"))?;
        self.interp
            .builtins_dict()
            .set_str(crate::objects::str::intern("_"), v);
        Ok(())
    }

    /// Write to `sys.stdout` (through its `write` method if replaced).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let out =
            crate::objects::module::module_dict(&self.interp.sys).and_then(|d| d.get_str("stdout"));
        match out {
            Some(o) => {
                self.call_method(&o, "write", &[Value::str(s)])?;
                Ok(())
            }
            None => {
                use std::io::Write;
                let _ = std::io::stdout().write_all(s.as_bytes());
                Ok(())
            }
        }
    }
}

/// Does the type of `v` define `name` in Python (not a built-in native)?
pub fn has_py_override(v: &Value, name: &str) -> bool {
    matches!(
        crate::objects::types::TypeData::lookup_in_mro(type_of(v), name)
            .as_ref()
            .and_then(|m| m.payload()),
        Some(Payload::Function(_))
    )
}

fn builtin_truth(p: &Payload) -> Option<bool> {
    match p {
        Payload::Object => None,
        Payload::BigInt(_) => Some(true),
        Payload::Type(_)
        | Payload::Function(_)
        | Payload::NativeFunction(_)
        | Payload::Module(_) => Some(true),
        Payload::NotImplemented | Payload::Ellipsis => Some(true),
        _ => builtin_len(p).map(|n| n != 0),
    }
}

fn builtin_len(p: &Payload) -> Option<usize> {
    Some(match p {
        Payload::Str(s) => s.char_len(),
        Payload::List(l) => l.lock().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.len(),
        Payload::Set(s) | Payload::FrozenSet(s) => s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.lock().len(),
        Payload::Range { start, stop, step } => crate::objects::range_len(*start, *stop, *step),
        Payload::DictView { dict, .. } => crate::vm::dict_of(dict).len(),
        _ => return None,
    })
}

/// `object.__hash__`: derived from the address, as CPython does.
fn default_hash(o: &ObjRef) -> i64 {
    let a = ObjRef::as_ptr(o) as usize;
    (a >> 4 | a << (usize::BITS - 4)) as i64
}
