//! Class creation and instantiation: `__build_class__`, `type(name, bases, ns)`, calling a
//! class (`__new__` then `__init__`), and the natives of `object` and `type`.

use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::types::{
    as_type, compute_mro, is_subclass, new_class, type_name, type_of, types, Layout, TypeData,
};
use crate::value::Value;
use crate::vm::call::with_prepended;
use crate::vm::{Args, PyResult, Vm};
use std::sync::OnceLock;

/// Is `v` (a class attribute found along an MRO) the one `object` itself defines?
pub fn is_object_native(v: &Option<Value>, name: &str) -> bool {
    match v {
        None => true,
        Some(v) => match name {
            // `object`'s own entries never change: look them up once.
            "__new__" => object_attr(&OBJECT_NEW, name).is_some_and(|o| o.is(v)),
            "__init__" => object_attr(&OBJECT_INIT, name).is_some_and(|o| o.is(v)),
            _ => as_type(&types().object)
                .and_then(|t| t.dict.get_str(name))
                .is_some_and(|o| o.is(v)),
        },
    }
}

static OBJECT_NEW: OnceLock<Option<Value>> = OnceLock::new();
static OBJECT_INIT: OnceLock<Option<Value>> = OnceLock::new();

fn object_attr<'a>(cell: &'a OnceLock<Option<Value>>, name: &str) -> Option<&'a Value> {
    cell.get_or_init(|| as_type(&types().object).and_then(|t| t.dict.get_str(name)))
        .as_ref()
}

impl Vm {
    /// Call a class object: `cls(*args, **kwargs)`.
    pub fn call_type(&mut self, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
        let cls_v = Value::Obj(cls.clone());
        let t = types();
        if ObjRef::ptr_eq(cls, &t.type_) && args.pos.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(type_of(&args.pos[0]).clone()));
        }
        // A metaclass with its own __call__.
        let meta = type_of(&cls_v).clone();
        if !ObjRef::ptr_eq(&meta, &t.type_) {
            if let Some(call) = TypeData::lookup_in_mro(&meta, "__call__") {
                if matches!(call.payload(), Some(Payload::Function(_))) {
                    let mut v = vec![cls_v.clone()];
                    v.extend_from_slice(args.pos);
                    return self.call_args(&call, Args { pos: &v, ..args });
                }
            }
        }
        self.type_call_default(cls, args)
    }

    /// `type.__call__`: `__new__`, then `__init__` if the result is an instance.
    pub fn type_call_default(&mut self, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
        let cls_v = Value::Obj(cls.clone());
        let names = crate::vm::cache::names();
        let new = self.type_lookup(cls, &names.new);
        let init = self.type_lookup(cls, &names.init);
        let obj = if is_object_native(&new, "__new__") {
            if (!args.pos.is_empty() || !args.kwnames.is_empty())
                && is_object_native(&init, "__init__")
            {
                return Err(self.type_error(format!("{}() takes no arguments", type_name(cls))));
            }
            new_instance(cls)
        } else {
            let new = match new.as_ref().and_then(|n| n.payload()) {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new.unwrap_or(Value::None),
            };
            with_prepended(&cls_v, args.pos, |v| {
                self.call_args(&new, Args { pos: v, ..args })
            })?
        };
        if !is_subclass(type_of(&obj), cls) {
            return Ok(obj);
        }
        if !is_object_native(&init, "__init__") {
            if let Some(init) = init {
                let r = with_prepended(&obj, args.pos, |v| {
                    self.call_args(&init, Args { pos: v, ..args })
                })?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        crate::objects::types::type_name_of(&r)
                    )));
                }
            }
        }
        Ok(obj)
    }

    /// `type.__new__(meta, name, bases, ns)`.
    pub fn make_class(
        &mut self,
        meta: &ObjRef,
        name: &str,
        bases: Vec<ObjRef>,
        ns: &Dict,
        kw: Args<'_>,
    ) -> PyResult<Value> {
        let t = types();
        let bases = if bases.is_empty() {
            vec![t.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if let Some(bt) = as_type(b) {
                if bt.builtin
                    && matches!(bt.layout, Layout::Opaque)
                    && !ObjRef::ptr_eq(b, &t.object)
                {
                    return Err(self
                        .type_error(format!("type '{}' is not an acceptable base type", bt.name)));
                }
            } else {
                return Err(self.type_error("bases must be types"));
            }
        }
        let mro = compute_mro(&bases).map_err(|m| self.type_error(m))?;
        let dict = Dict::new();
        for (h, k, v) in ns.hashed_items() {
            let ks = k.as_str().unwrap_or("").to_string();
            let v = match (ks.as_str(), v.payload()) {
                ("__new__", Some(Payload::Function(_))) => Value::obj(Payload::StaticMethod(v)),
                ("__init_subclass__" | "__class_getitem__", Some(Payload::Function(_))) => {
                    Value::obj(Payload::ClassMethod(v))
                }
                _ => v,
            };
            if ks == "__classcell__" {
                continue;
            }
            dict.insert_hashed_unique(h, k, v);
        }
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str(intern("__hash__"), Value::None);
        }
        if dict.get_str("__doc__").is_none() {
            dict.set_str(intern("__doc__"), Value::None);
        }
        let metaclass = if ObjRef::ptr_eq(meta, &t.type_) {
            None
        } else {
            Some(meta.clone())
        };
        let cls = new_class(name, bases, mro, dict, false, metaclass);
        if let (Some(td), Some(q)) = (as_type(&cls), ns.get_str("__qualname__")) {
            if let Some(q) = q.as_str() {
                *td.qualname.lock() = q.to_string();
            }
        }
        if let Some(slots) = ns.get_str("__slots__") {
            self.set_slots(&cls, &slots)?;
        }
        if let Some(td) = as_type(&cls) {
            if TypeData::lookup_in_mro(&cls, "__del__").is_some() {
                td.has_del.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
        let cls_v = Value::Obj(cls.clone());
        // __set_name__ on descriptors.
        for (k, v) in ns.items() {
            if let Value::Obj(o) = &v {
                if o.cls.is_some() {
                    if let Some(sn) = self.lookup_special(&v, "__set_name__") {
                        self.call(&sn, &[v.clone(), cls_v.clone(), k.clone()])?;
                    }
                }
            }
        }
        // The parent's __init_subclass__.
        if let Some(td) = as_type(&cls) {
            for c in td.mro.iter() {
                if let Some(m) = as_type(c).and_then(|ct| ct.dict.get_str("__init_subclass__")) {
                    if let Some(Payload::ClassMethod(f)) = m.payload() {
                        let f = f.clone();
                        self.call_args(
                            &f,
                            Args {
                                pos: std::slice::from_ref(&cls_v),
                                kwnames: kw.kwnames,
                                kwvals: kw.kwvals,
                            },
                        )?;
                    }
                    break;
                }
            }
        }
        Ok(cls_v)
    }
}

impl Vm {
    /// Record the attribute names a class with `__slots__` accepts, if every base also
    /// restricts them (else instances keep a free `__dict__`, as in CPython).
    fn set_slots(&mut self, cls: &ObjRef, slots: &Value) -> PyResult<()> {
        let names: Vec<String> = match slots.as_str() {
            Some(s) => vec![s.to_string()],
            None => self
                .collect(slots)?
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.to_string()))
                .collect(),
        };
        if names.iter().any(|n| n == "__dict__") {
            return Ok(());
        }
        let Some(td) = as_type(cls) else {
            return Ok(());
        };
        let mut all = names;
        for b in &td.mro {
            let Some(bt) = as_type(b) else { continue };
            if bt.builtin {
                continue;
            }
            match bt.slots.get() {
                Some(s) => all.extend(s.iter().cloned()),
                None => return Ok(()),
            }
        }
        let _ = td.slots.set(all.into_boxed_slice());
        Ok(())
    }
}

/// A fresh instance of `cls` with the payload its layout needs.
pub fn new_instance(cls: &ObjRef) -> Value {
    if as_type(cls).is_some_and(|t| t.builtin) {
        // `object()` and friends: no class pointer, no attribute dict.
        return Value::obj(Payload::Object);
    }
    let layout = as_type(cls).map_or(Layout::Object, |t| t.layout);
    let payload = match layout {
        Layout::List => Payload::List(parking_lot::Mutex::new(Vec::new())),
        Layout::Dict => Payload::Dict(Box::new(Dict::new())),
        Layout::Set => Payload::Set(Box::new(crate::objects::set::SetData::new())),
        Layout::Exception => {
            Payload::Exception(Box::new(crate::objects::exception::ExcData::new(vec![])))
        }
        _ => Payload::Object,
    };
    Value::Obj(ObjRef::new(PyObject::with_class(payload, cls.clone())))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(Payload::Function(body)) = args.pos[0].payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = args.pos[1].as_str().unwrap_or("?").to_string();
    let mut bases = Vec::new();
    let mut resolved = false;
    for b in &args.pos[2..] {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o.clone()),
            _ => {
                if let Some(mro_entries) = vm.lookup_special(b, "__mro_entries__") {
                    let r = vm.call(
                        &mro_entries,
                        &[b.clone(), Value::tuple(args.pos[2..].to_vec())],
                    )?;
                    for x in vm.collect(&r)? {
                        if let Value::Obj(o) = x {
                            bases.push(o);
                        }
                    }
                    resolved = true;
                    continue;
                }
                return Err(vm.type_error("bases must be types"));
            }
        }
    }
    let mut meta: Option<ObjRef> = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if k.as_str() == Some("metaclass") {
            if let Value::Obj(o) = v {
                meta = Some(o.clone());
            }
        } else {
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => {
            // The most derived metaclass among the bases.
            let mut m = types().type_.clone();
            for b in &bases {
                let bm = type_of(&Value::Obj(b.clone())).clone();
                if is_subclass(&bm, &m) {
                    m = bm;
                }
            }
            m
        }
    };
    let meta_v = Value::Obj(meta.clone());
    let ns_v = match TypeData::lookup_in_mro(&meta, "__prepare__") {
        Some(p) => {
            let p = match p.payload() {
                Some(Payload::ClassMethod(f)) => f.clone(),
                _ => p,
            };
            vm.call(
                &p,
                &[
                    meta_v.clone(),
                    args.pos[1].clone(),
                    Value::tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect()),
                ],
            )?
        }
        None => Value::obj(Payload::Dict(Box::new(Dict::new()))),
    };
    let Value::Obj(ns) = ns_v.clone() else {
        return Err(vm.type_error("__prepare__() must return a mapping"));
    };
    let cell = vm.run_class_body(body, ns.clone())?;
    if resolved {
        if let Payload::Dict(d) = &ns.payload {
            d.set_str(
                crate::objects::str::intern("__orig_bases__"),
                Value::tuple(args.pos[2..].to_vec()),
            );
        }
    }
    let bases_t = Value::tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let cls = vm.call_args(
        &meta_v,
        Args {
            pos: &[Value::str(name), bases_t, ns_v],
            kwnames: &kwnames,
            kwvals: &kwvals,
        },
    )?;
    if let Value::Obj(c) = &cell {
        if let Payload::Cell(_) = &c.payload {
            crate::vm::eval::cell_set(c, Some(cls.clone()));
        }
    }
    Ok(cls)
}

/// `type.__new__` / `type(...)` as a native: one argument gives the type, three make a class.
pub fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos;
    if pos.len() == 2 {
        return Ok(Value::Obj(type_of(&pos[1]).clone()));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Obj(meta) = &pos[0] else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let name = pos[1]
        .as_str()
        .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?
        .to_string();
    let bases: Vec<ObjRef> = vm
        .collect(&pos[2])?
        .into_iter()
        .filter_map(|b| b.as_obj().cloned())
        .collect();
    let ns = match pos[3].payload() {
        Some(Payload::Dict(d)) => d.copy(),
        _ => return Err(vm.type_error("type.__new__() argument 3 must be dict")),
    };
    vm.make_class(meta, &name, bases, &ns, args)
}

/// `object.__init_subclass__` etc. accept nothing beyond the class.
pub fn object_init_subclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            args.pos
                .first()
                .map_or("object".to_string(), |c| match c.payload() {
                    Some(Payload::Type(t)) => t.name.clone(),
                    _ => "object".into(),
                })
        )));
    }
    Ok(Value::None)
}
