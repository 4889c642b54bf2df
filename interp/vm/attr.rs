//! Attribute access: `getattr`/`setattr`/`delattr` with Python's descriptor protocol, class
//! attribute lookup along the MRO, the built-in special attributes (`__class__`, `__name__`,
//! `__dict__`, ...), and method lookup for the `CallMethod` fast path.

use super::{PyResult, Vm};
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::exception::exc_data;
use crate::objects::str::intern;
use crate::objects::types::{as_type, type_name, type_name_of, type_of, TypeData};
use crate::value::Value;
use std::sync::atomic::AtomicU32;

/// Is `d` a data descriptor (takes precedence over the instance dict)?
pub(crate) fn is_data_descriptor(d: &Value) -> bool {
    match d {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) => true,
            _ => {
                o.cls.is_some()
                    && (TypeData::lookup_in_mro(type_of(d), "__set__").is_some()
                        || TypeData::lookup_in_mro(type_of(d), "__delete__").is_some())
            }
        },
        _ => false,
    }
}

/// An instance of a user class whose payload gets no special attribute handling.
#[inline]
fn plain_instance(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o)
            if o.cls.is_some()
                && !matches!(
                    o.payload,
                    Payload::Module(_)
                        | Payload::Type(_)
                        | Payload::Super { .. }
                        | Payload::Function(_)
                        | Payload::Exception(_)
                ) =>
        {
            Some(o)
        }
        _ => None,
    }
}

/// A user-defined (Python) function, as opposed to a native one.
fn is_py_function(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Function(_)))
}

impl Vm {
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr(obj, &intern(name))
    }

    /// `getattr(obj, name)`; `name` must be a str value.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let n = name.as_str().unwrap_or("");
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Module(m) => {
                    if let Some(v) = m.dict().get_item_str(name) {
                        return Ok(v);
                    }
                    if n == "__dict__" {
                        return Ok(Value::Obj(m.dict.clone()));
                    }
                    if let Some(ga) = m.dict().get_str("__getattr__") {
                        return self.call(&ga, std::slice::from_ref(name));
                    }
                    return Err(
                        self.attribute_error(format!("module '{}' has no attribute '{n}'", m.name))
                    );
                }
                Payload::Type(_) => return self.type_getattr(o, name),
                Payload::Super { .. } => return self.super_getattr(o, name),
                _ => {}
            }
        }
        let cls = type_of(obj);
        let flags = self.type_flags(cls);
        if flags & super::cache::PY_GETATTRIBUTE != 0 {
            if let Some(ga) = self.type_lookup(cls, &super::cache::names().getattribute) {
                return self.call(&ga, &[obj.clone(), name.clone()]);
            }
        }
        match self.generic_getattr(obj, name, cls)? {
            Some(v) => Ok(v),
            None => {
                if flags & super::cache::HAS_GETATTR != 0 {
                    if let Some(ga) = self.type_lookup(cls, &super::cache::names().getattr) {
                        return self.call(&ga, &[obj.clone(), name.clone()]);
                    }
                }
                Err(self.no_attribute(obj, n))
            }
        }
    }

    /// `obj.name` for an instance of a user class whose attribute `name` is a plain
    /// instance-dict entry (no `__getattribute__` override, no data descriptor on the
    /// class): one cached class check and one dict lookup. `None`: take the general path.
    /// `hint` is the instruction's position hint for the instance dict.
    #[inline(always)]
    pub fn load_attr_fast(&mut self, obj: &Value, name: &Value, hint: &AtomicU32) -> Option<Value> {
        let o = plain_instance(obj)?;
        let d = o.instance_dict()?;
        let cls = o.cls.as_ref()?;
        if self.inst_attr_kind(cls, name) & super::cache::LOAD_PLAIN == 0 {
            return None;
        }
        d.get_str_hinted(name, hint)
    }

    /// `obj.name = v` into the instance dict when the class makes that the whole story (no
    /// `__setattr__` override, no data descriptor, no `__slots__`). Gives `v` back when the
    /// general path must run.
    #[inline(always)]
    pub fn store_attr_fast(
        &mut self,
        obj: &Value,
        name: &Value,
        v: Value,
        hint: &AtomicU32,
    ) -> Option<Value> {
        let Some(o) = plain_instance(obj) else {
            return Some(v);
        };
        let (Some(d), Some(cls)) = (o.instance_dict(), o.cls.as_ref()) else {
            return Some(v);
        };
        if self.inst_attr_kind(cls, name) & super::cache::STORE_PLAIN == 0 {
            return Some(v);
        }
        d.set_str_hinted(name.clone(), v, hint);
        None
    }

    pub fn no_attribute(&self, obj: &Value, n: &str) -> super::PyErr {
        let e = self.attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            type_name_of(obj)
        ));
        crate::objects::exception::set_exc_attr(&e.0, "name", Value::str(n));
        crate::objects::exception::set_exc_attr(&e.0, "obj", obj.clone());
        e
    }

    /// `object.__getattribute__`: descriptors, instance dict, special attributes. `None`
    /// when missing (the caller tries `__getattr__` and raises).
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        name: &Value,
        cls: &ObjRef,
    ) -> PyResult<Option<Value>> {
        let dict = match obj {
            Value::Obj(o) => o.instance_dict(),
            _ => None,
        };
        self.getattr_in_dict(obj, name, cls, dict)
    }

    /// `generic_getattr` with the instance namespace given explicitly (`_thread._local`
    /// keeps one per thread).
    pub fn getattr_in_dict(
        &mut self,
        obj: &Value,
        name: &Value,
        cls: &ObjRef,
        dict: Option<&Dict>,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str().unwrap_or("");
        let descr = self.type_lookup(cls, name);
        if let Some(d) = &descr {
            if is_data_descriptor(d) {
                return self.descr_get(d, obj, cls).map(Some);
            }
        }
        if let Some(dict) = dict {
            if let Some(v) = dict.get_item_str(name) {
                return Ok(Some(v));
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, cls).map(Some);
        }
        self.special_attr(obj, n)
    }

    /// Bind a class attribute found for an instance access.
    fn descr_get(&mut self, d: &Value, obj: &Value, cls: &ObjRef) -> PyResult<Value> {
        let Value::Obj(o) = d else {
            return Ok(d.clone());
        };
        match &o.payload {
            // Built-in functions (not methods of built-in types) have no `__get__`.
            Payload::NativeFunction(nf) if nf.owner.is_none() => Ok(d.clone()),
            Payload::Function(_) | Payload::NativeFunction(_) => {
                Ok(Value::obj(Payload::BoundMethod {
                    func: d.clone(),
                    self_: obj.clone(),
                }))
            }
            Payload::ClassMethod(f) => Ok(Value::obj(Payload::BoundMethod {
                func: f.clone(),
                self_: Value::Obj(cls.clone()),
            })),
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::Property(p) => {
                let fget = &p.fget;
                if fget.is_none() {
                    return Err(self.attribute_error(format!(
                        "property of '{}' object has no getter",
                        type_name(cls)
                    )));
                }
                let fget = fget.clone();
                self.call(&fget, std::slice::from_ref(obj))
            }
            _ if o.cls.is_some() => match TypeData::lookup_in_mro(type_of(d), "__get__") {
                Some(g) => self.call(&g, &[d.clone(), obj.clone(), Value::Obj(cls.clone())]),
                None => Ok(d.clone()),
            },
            _ => Ok(d.clone()),
        }
    }

    /// Attribute access on a class object.
    fn type_getattr(&mut self, cls: &ObjRef, name: &Value) -> PyResult<Value> {
        let n = name.as_str().unwrap_or("");
        let cls_v = Value::Obj(cls.clone());
        let meta = type_of(&cls_v).clone();
        let meta_attr = TypeData::lookup_in_mro(&meta, n);
        if let Some(m) = &meta_attr {
            if is_data_descriptor(m) {
                return self.descr_get(m, &cls_v, &meta);
            }
        }
        if let Some(v) = TypeData::lookup_in_mro(cls, n) {
            return match v.payload() {
                Some(Payload::ClassMethod(f)) => Ok(Value::obj(Payload::BoundMethod {
                    func: f.clone(),
                    self_: cls_v,
                })),
                Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                Some(_) if v.as_obj().is_some_and(|o| o.cls.is_some()) => {
                    match TypeData::lookup_in_mro(type_of(&v), "__get__") {
                        Some(g) => self.call(&g, &[v.clone(), Value::None, cls_v]),
                        None => Ok(v),
                    }
                }
                _ => Ok(v),
            };
        }
        if let Some(v) = self.special_attr(&cls_v, n)? {
            return Ok(v);
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, &cls_v, &meta);
        }
        if let Some(ga) = TypeData::lookup_in_mro(&meta, "__getattr__") {
            if is_py_function(&ga) {
                return self.call(&ga, &[cls_v, name.clone()]);
            }
        }
        Err(self.attribute_error(format!(
            "type object '{}' has no attribute '{n}'",
            type_name(cls)
        )))
    }

    fn super_getattr(&mut self, sup: &ObjRef, name: &Value) -> PyResult<Value> {
        let Payload::Super {
            start,
            obj,
            obj_type,
        } = &sup.payload
        else {
            return Err(self.type_error("bad super"));
        };
        let n = name.as_str().unwrap_or("");
        let mro = crate::objects::types::mro_with_self(obj_type);
        let pos = mro.iter().position(|c| ObjRef::ptr_eq(c, start));
        if let Some(p) = pos {
            for c in &mro[p + 1..] {
                if let Some(v) = as_type(c).and_then(|t| t.dict.get_str(n)) {
                    // Bind: instance access unless obj is the class itself.
                    let is_class = obj.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, obj_type))
                        && matches!(obj.payload(), Some(Payload::Type(_)));
                    if is_class {
                        return match v.payload() {
                            Some(Payload::ClassMethod(f)) => Ok(Value::obj(Payload::BoundMethod {
                                func: f.clone(),
                                self_: obj.clone(),
                            })),
                            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                            _ => Ok(v),
                        };
                    }
                    return self.descr_get(&v, obj, obj_type);
                }
            }
        }
        if let Some(v) = self.special_attr(&Value::Obj(sup.clone()), n)? {
            return Ok(v);
        }
        Err(self.attribute_error(format!("'super' object has no attribute '{n}'")))
    }

    /// Built-in attributes that are not stored in any dict.
    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Obj(type_of(obj).clone())));
        }
        let Value::Obj(o) = obj else {
            return Ok(crate::objects::numbers_attr(obj, n));
        };
        if n == "__dict__" {
            let slotted = o
                .cls
                .as_ref()
                .and_then(as_type)
                .is_some_and(|t| t.slots.get().is_some());
            if let Some(d) = o.dict.as_ref().filter(|_| !slotted) {
                return Ok(Some(Value::Obj(d.clone())));
            }
        }
        Ok(match &o.payload {
            Payload::Type(t) => match n {
                "__name__" => Some(Value::str(t.name.clone())),
                "__qualname__" => Some(Value::str(t.qualname.lock().clone())),
                "__mro__" => {
                    let mut v = vec![obj.clone()];
                    v.extend(t.mro.iter().map(|c| Value::Obj(c.clone())));
                    Some(Value::tuple(v))
                }
                "__bases__" => Some(Value::tuple(
                    t.bases.iter().map(|c| Value::Obj(c.clone())).collect(),
                )),
                "__base__" => Some(
                    t.bases
                        .first()
                        .map_or(Value::None, |b| Value::Obj(b.clone())),
                ),
                "__dict__" => {
                    let d = t.dict.copy();
                    Some(Value::obj(Payload::Dict(Box::new(d))))
                }
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::str("builtins")),
                _ => None,
            },
            Payload::Function(f) => {
                let m = f.meta.lock();
                match n {
                    "__name__" => Some(m.name.clone()),
                    "__qualname__" => Some(m.qualname.clone()),
                    "__doc__" => Some(m.doc.clone()),
                    "__module__" => Some(m.module.clone()),
                    "__code__" => Some(Value::obj(Payload::Code(f.code.clone()))),
                    "__globals__" => Some(Value::Obj(f.globals.clone())),
                    "__defaults__" => Some(
                        f.defaults
                            .lock()
                            .as_ref()
                            .map_or(Value::None, |d| Value::tuple(d.to_vec())),
                    ),
                    "__kwdefaults__" => Some(match f.kwdefaults.lock().as_ref() {
                        Some(kd) => {
                            let d = crate::objects::dict::Dict::new();
                            for (k, v) in kd.iter() {
                                d.set_str(k.clone(), v.clone());
                            }
                            Value::obj(Payload::Dict(Box::new(d)))
                        }
                        None => Value::None,
                    }),
                    "__closure__" => Some(match &f.closure {
                        Some(c) => Value::tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
                        None => Value::None,
                    }),
                    "__annotations__" => Some(Value::obj(Payload::Dict(Box::new(
                        crate::objects::dict::Dict::new(),
                    )))),
                    _ => None,
                }
            }
            Payload::NativeFunction(nf) => match n {
                "__name__" => Some(Value::str(nf.name)),
                "__qualname__" => Some(Value::str(match nf.owner {
                    Some(o) => format!("{o}.{}", nf.name),
                    None => nf.name.to_string(),
                })),
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::None),
                "__self__" => Some(nf.self_.clone().unwrap_or(Value::None)),
                _ => None,
            },
            Payload::BoundMethod { func, self_ } => match n {
                "__self__" => Some(self_.clone()),
                "__func__" => Some(func.clone()),
                _ => {
                    let func = func.clone();
                    return match self.getattr_str(&func, n) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.exc_matches(&e, "AttributeError") => Ok(None),
                        Err(e) => Err(e),
                    };
                }
            },
            Payload::Code(c) => match n {
                "co_name" => Some(c.name.clone()),
                "co_qualname" => Some(c.qualname.clone()),
                "co_filename" => Some(Value::str(c.raw.filename.clone())),
                "co_firstlineno" => Some(Value::Int(c.raw.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(c.raw.argcount as i64)),
                "co_varnames" => Some(Value::tuple(c.varnames.to_vec())),
                "co_flags" => Some(Value::Int(c.raw.flags as i64)),
                _ => None,
            },
            Payload::Exception(_) => self.exception_attr(o, n),
            Payload::Slice { start, stop, step } => match n {
                "start" => Some(start.clone()),
                "stop" => Some(stop.clone()),
                "step" => Some(step.clone()),
                _ => None,
            },
            Payload::Range { start, stop, step } => match n {
                "start" => Some(Value::Int(*start)),
                "stop" => Some(Value::Int(*stop)),
                "step" => Some(Value::Int(*step)),
                _ => None,
            },
            Payload::Property(p) => match n {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                _ => None,
            },
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => match n {
                "__func__" => Some(f.clone()),
                "__wrapped__" => Some(f.clone()),
                _ => None,
            },
            Payload::Cell(c) => match n {
                "cell_contents" => match c.lock().clone() {
                    Some(v) => Some(v),
                    None => return Err(self.value_error("Cell is empty")),
                },
                _ => None,
            },
            Payload::Generator(g) => g.attr(n),
            Payload::BigInt(_) => crate::objects::numbers_attr(obj, n),
            _ => None,
        })
    }

    fn exception_attr(&mut self, o: &ObjRef, n: &str) -> Option<Value> {
        let d = exc_data(o)?;
        let st = d.state.lock();
        match n {
            "args" => Some(st.args.clone()),
            "__cause__" => Some(st.cause.clone().unwrap_or(Value::None)),
            "__context__" => Some(st.context.clone().unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(st.suppress_context)),
            "__traceback__" => {
                drop(st);
                Some(crate::stdlib::traceback::traceback_of(o))
            }
            "__notes__" => None,
            _ => None,
        }
    }

    /// `setattr(obj, name, v)`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        let cls = type_of(obj);
        if self.type_flags(cls) & super::cache::PY_SETATTR != 0 {
            if let Some(sa) = self.type_lookup(cls, &super::cache::names().setattr) {
                self.call(&sa, &[obj.clone(), name.clone(), v])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        let n = name.as_str().unwrap_or("");
        let cls = type_of(obj).clone();
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Type(t) => {
                    if t.builtin {
                        return Err(self.type_error(format!(
                            "cannot set '{n}' attribute of immutable type '{}'",
                            t.name
                        )));
                    }
                    if n == "__qualname__" {
                        *t.qualname.lock() = v.as_str().unwrap_or("").to_string();
                    }
                    if n == "__del__" {
                        t.has_del.store(true, std::sync::atomic::Ordering::Relaxed);
                    }
                    t.dict.set_str(name.clone(), v);
                    super::cache::invalidate_types();
                    return Ok(());
                }
                Payload::Module(m) => {
                    m.dict().set_str(name.clone(), v);
                    return Ok(());
                }
                Payload::Function(f) => {
                    let mut m = f.meta.lock();
                    match n {
                        "__name__" => {
                            m.name = v;
                            return Ok(());
                        }
                        "__qualname__" => {
                            m.qualname = v;
                            return Ok(());
                        }
                        "__doc__" => {
                            m.doc = v;
                            return Ok(());
                        }
                        "__module__" => {
                            m.module = v;
                            return Ok(());
                        }
                        "__defaults__" => {
                            drop(m);
                            *f.defaults.lock() = match v.payload() {
                                Some(Payload::Tuple(t)) => Some(t.to_vec().into()),
                                _ => None,
                            };
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                Payload::Exception(d) => match n {
                    "__cause__" => {
                        let mut st = d.state.lock();
                        st.cause = if v.is_none() { None } else { Some(v) };
                        st.suppress_context = true;
                        return Ok(());
                    }
                    "__context__" => {
                        d.state.lock().context = if v.is_none() { None } else { Some(v) };
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        d.state.lock().suppress_context = matches!(v, Value::Bool(true));
                        return Ok(());
                    }
                    "args" => {
                        let items = self.collect(&v)?;
                        d.state.lock().args = Value::tuple(items);
                        return Ok(());
                    }
                    "__traceback__" => return Ok(()),
                    _ => {}
                },
                _ => {}
            }
            if n == "__dict__" {
                if let Some(d) = o.instance_dict() {
                    // The dict field cannot be swapped: the instance dict takes the new
                    // dict's items (a copy, not the same object as in CPython).
                    let Some(Payload::Dict(src)) = v.payload() else {
                        return Err(self.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            type_name_of(&v)
                        )));
                    };
                    let items = src.hashed_items();
                    d.clear();
                    for (h, k, val) in items {
                        d.set_hashed(self, k, h, val)?;
                    }
                    return Ok(());
                }
            }
            let Some(v) = self.set_by_descriptor(obj, &cls, name, v)? else {
                return Ok(());
            };
            if let Some(slots) = as_type(&cls).and_then(|t| t.slots.get()) {
                if !slots.iter().any(|s| s == n) {
                    return Err(self.no_attribute(obj, n));
                }
            }
            if let Some(d) = o.instance_dict() {
                d.set_str(name.clone(), v);
                return Ok(());
            }
        }
        if TypeData::lookup_in_mro(&cls, n).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{n}' is read-only",
                type_name(&cls)
            )));
        }
        Err(self.no_attribute(obj, n))
    }

    /// Assignment through a data descriptor of the class (a property setter, `__set__`);
    /// gives `v` back when there is none.
    pub fn set_by_descriptor(
        &mut self,
        obj: &Value,
        cls: &ObjRef,
        name: &Value,
        v: Value,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str().unwrap_or("");
        if let Some(descr) = self.type_lookup(cls, name) {
            if let Some(Payload::Property(p)) = descr.payload() {
                let fset = &p.fset;
                if fset.is_none() {
                    let pname = self.property_name(&descr).unwrap_or_else(|| n.to_string());
                    return Err(self.attribute_error(format!(
                        "property '{pname}' of '{}' object has no setter",
                        type_name(cls)
                    )));
                }
                let fset = fset.clone();
                self.call(&fset, &[obj.clone(), v])?;
                return Ok(None);
            }
            if descr.as_obj().is_some_and(|d| d.cls.is_some()) {
                if let Some(set) = TypeData::lookup_in_mro(type_of(&descr), "__set__") {
                    self.call(&set, &[descr.clone(), obj.clone(), v])?;
                    return Ok(None);
                }
            }
        }
        Ok(Some(v))
    }

    fn property_name(&mut self, prop: &Value) -> Option<String> {
        let Some(Payload::Property(p)) = prop.payload() else {
            return None;
        };
        match p.fget.payload() {
            Some(Payload::Function(f)) => f.meta.lock().name.as_str().map(|s| s.to_string()),
            _ => None,
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = type_of(obj).clone();
        if let Some(da) = self.type_lookup_str(&cls, "__delattr__") {
            if is_py_function(&da) {
                self.call(&da, &[obj.clone(), name.clone()])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let n = name.as_str().unwrap_or("");
        let cls = type_of(obj).clone();
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Type(t) => {
                    if t.builtin {
                        return Err(self.type_error(format!(
                            "cannot delete '{n}' attribute of immutable type '{}'",
                            t.name
                        )));
                    }
                    if t.dict.remove_str(n).is_some() {
                        super::cache::invalidate_types();
                        return Ok(());
                    }
                    return Err(self.attribute_error(format!(
                        "type object '{}' has no attribute '{n}'",
                        t.name
                    )));
                }
                Payload::Module(m) => {
                    if m.dict().remove_str(n).is_some() {
                        return Ok(());
                    }
                    return Err(
                        self.attribute_error(format!("module '{}' has no attribute '{n}'", m.name))
                    );
                }
                _ => {}
            }
            if self.delete_by_descriptor(obj, &cls, n)? {
                return Ok(());
            }
            if let Some(d) = o.instance_dict() {
                if d.remove_str(n).is_some() {
                    return Ok(());
                }
            }
        }
        Err(self.no_attribute(obj, n))
    }

    /// Deletion through a data descriptor of the class (a property deleter, `__delete__`);
    /// false when there is none.
    pub fn delete_by_descriptor(&mut self, obj: &Value, cls: &ObjRef, n: &str) -> PyResult<bool> {
        if let Some(descr) = TypeData::lookup_in_mro(cls, n) {
            if let Some(Payload::Property(p)) = descr.payload() {
                let fdel = &p.fdel;
                if fdel.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{n}' of '{}' object has no deleter",
                        type_name(cls)
                    )));
                }
                let fdel = fdel.clone();
                self.call(&fdel, std::slice::from_ref(obj))?;
                return Ok(true);
            }
            if descr.as_obj().is_some_and(|d| d.cls.is_some()) {
                if let Some(del) = TypeData::lookup_in_mro(type_of(&descr), "__delete__") {
                    self.call(&del, &[descr.clone(), obj.clone()])?;
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// For `CallMethod`: a function on the type that can be called with `obj` prepended,
    /// unless the instance dict shadows it. `None` means: use a normal attribute lookup.
    pub fn lookup_method(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if matches!(
                o.payload,
                Payload::Module(_) | Payload::Type(_) | Payload::Super { .. }
            ) {
                return Ok(None);
            }
            if let Some(d) = o.instance_dict() {
                if d.contains_str(name) {
                    return Ok(None);
                }
            }
        }
        let cls = type_of(obj);
        if self.type_flags(cls) & super::cache::PY_GETATTRIBUTE != 0 {
            return Ok(None);
        }
        match self.type_lookup(cls, name) {
            Some(v) => match v.payload() {
                Some(Payload::Function(_)) => Ok(Some(v)),
                // Methods of built-in types bind; built-in functions stored on a class don't.
                Some(Payload::NativeFunction(nf)) if nf.owner.is_some() => Ok(Some(v)),
                _ => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// A special method looked up on the type only (as the interpreter does for operators).
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        TypeData::lookup_in_mro(type_of(obj), name)
    }

    /// Call special method `name` on `obj` if the type defines it: `None` if it does not.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_special(obj, name) else {
            return Ok(None);
        };
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(obj.clone());
        v.extend_from_slice(args);
        let r = match m.payload() {
            Some(Payload::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, args)?
            }
            Some(Payload::ClassMethod(f)) => {
                let f = f.clone();
                v[0] = Value::Obj(type_of(obj).clone());
                self.call(&f, &v)?
            }
            _ => self.call(&m, &v)?,
        };
        Ok(Some(r))
    }
}
