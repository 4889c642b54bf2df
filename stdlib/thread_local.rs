//! `_thread._local` (`threading.local`): an object whose attributes are per thread.
//!
//! Each `_local` keeps a map from thread ident to that thread's namespace dict. Attribute
//! hooks look the calling thread's dict up (creating it, and running a subclass's
//! `__init__` with the creation arguments, the first time a thread touches the object) and
//! then do the ordinary descriptor/dict lookup on it. When a thread ends, its dicts are
//! removed from every live `_local` (`forget_thread`), outside any lock.

use crate::builtins::containers::args;
use crate::builtins::{add_method, add_staticmethod};
use crate::object::{NativeData, ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::types::{as_type, type_of};
use crate::value::Value;
use crate::vm::{dict_of, Args, PyResult, Vm};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::{OnceLock, Weak};

struct Local {
    dicts: Mutex<HashMap<u64, ObjRef>>,
    /// The arguments given at creation, for `__init__` in other threads.
    args: Value,
    kwargs: Value,
}

impl NativeData for Local {
    fn type_obj(&self) -> &'static ObjRef {
        local_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Every `_local` created, so a finished thread's dicts can be dropped.
static LIVE: Mutex<Vec<Weak<PyObject>>> = Mutex::new(Vec::new());

pub fn local_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let c = super::thread::thread_class("_local");
        register(&c);
        c
    })
}

/// Drop the namespaces thread `ident` had in every `_local`.
pub fn forget_thread(ident: u64) {
    let live: Vec<ObjRef> = {
        let mut l = LIVE.lock();
        l.retain(|w| w.strong_count() > 0);
        l.iter()
            .filter_map(Weak::upgrade)
            .map(ObjRef::from_arc)
            .collect()
    };
    let mut dropped = Vec::new();
    for o in &live {
        if let Some(loc) = local_data(o) {
            if let Some(d) = loc.dicts.lock().remove(&ident) {
                dropped.push(d);
            }
        }
    }
    drop(dropped);
    drop(live);
}

fn local_data(o: &ObjRef) -> Option<&Local> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<Local>(),
        _ => None,
    }
}

fn recv<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Local)> {
    let v = args::receiver(vm, a, "_thread._local", name)?;
    match v.as_obj().and_then(local_data) {
        Some(l) => Ok((v, l)),
        None => Err(args::wrong_receiver(vm, v, "_thread._local", name)),
    }
}

/// The calling thread's namespace of `obj`, created (and initialised) on first use.
fn thread_dict(vm: &mut Vm, obj: &Value, loc: &Local) -> PyResult<ObjRef> {
    let me = super::thread::current_ident();
    if let Some(d) = loc.dicts.lock().get(&me) {
        return Ok(d.clone());
    }
    let d: ObjRef = ObjRef::new(PyObject::new(Payload::Dict(Box::new(Dict::new()))));
    loc.dicts.lock().insert(me, d.clone());
    let cls = type_of(obj).clone();
    if let Some(init) = vm.type_lookup_str(&cls, "__init__") {
        if !crate::builtins::classes::is_object_native(&Some(init.clone()), "__init__") {
            let mut pos = vec![obj.clone()];
            if let Some(Payload::Tuple(t)) = loc.args.payload() {
                pos.extend(t.iter().cloned());
            }
            vm.call_ex(&init, &Value::tuple(pos), Some(&loc.kwargs))?;
        }
    }
    Ok(d)
}

fn register(c: &ObjRef) {
    add_staticmethod(c, "__new__", |vm, a| {
        let cls = args::receiver(vm, &a, "_local", "__new__")?.clone();
        let has_args = a.pos.len() > 1 || a.has_kw();
        let custom_init = match &cls {
            Value::Obj(c) => {
                let init = vm.type_lookup_str(c, "__init__");
                !crate::builtins::classes::is_object_native(&init, "__init__")
            }
            _ => false,
        };
        if has_args && !custom_init {
            return Err(vm.type_error("Initialization arguments are not supported"));
        }
        let kwargs = Dict::new();
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            kwargs.set_str(k.clone(), v.clone());
        }
        let loc = Local {
            dicts: Mutex::new(HashMap::new()),
            args: Value::tuple(a.pos.get(1..).unwrap_or(&[]).to_vec()),
            kwargs: Value::obj(Payload::Dict(Box::new(kwargs))),
        };
        let me = super::thread::current_ident();
        // The creating thread's namespace exists at once; `__init__` runs there through the
        // normal call of the class.
        loc.dicts.lock().insert(
            me,
            ObjRef::new(PyObject::new(Payload::Dict(Box::new(Dict::new())))),
        );
        let mut o = PyObject::new(Payload::Native(Box::new(loc)));
        if let Value::Obj(c) = &cls {
            if as_type(c).is_some_and(|t| !t.builtin) {
                o.cls = Some(c.clone());
            }
        }
        let o = ObjRef::new(o);
        LIVE.lock().push(ObjRef::downgrade(&o));
        Ok(Value::Obj(o))
    });
    add_method(c, "__getattribute__", |vm, a| {
        let (obj, loc) = recv(vm, &a, "__getattribute__")?;
        let name = args::one(vm, &a, "_local", "__getattribute__")?;
        let d = thread_dict(vm, obj, loc)?;
        if name.as_str() == Some("__dict__") {
            return Ok(Value::Obj(d));
        }
        let cls = type_of(obj).clone();
        match vm.getattr_in_dict(obj, name, &cls, Some(dict_of(&d)))? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(obj, name.as_str().unwrap_or(""))),
        }
    });
    add_method(c, "__setattr__", |vm, a| {
        let (obj, loc) = recv(vm, &a, "__setattr__")?;
        let (Some(name), Some(v)) = (a.pos.get(1), a.pos.get(2)) else {
            return Err(vm.type_error("expected 2 arguments"));
        };
        if name.as_str() == Some("__dict__") {
            return Err(vm.attribute_error(format!(
                "'{}' object attribute '__dict__' is read-only",
                crate::objects::types::type_name_of(obj)
            )));
        }
        let d = thread_dict(vm, obj, loc)?;
        let cls = type_of(obj).clone();
        if let Some(v) = vm.set_by_descriptor(obj, &cls, name, v.clone())? {
            dict_of(&d).set_str(name.clone(), v);
        }
        Ok(Value::None)
    });
    add_method(c, "__delattr__", |vm, a| {
        let (obj, loc) = recv(vm, &a, "__delattr__")?;
        let name = args::one(vm, &a, "_local", "__delattr__")?;
        let n = name.as_str().unwrap_or("");
        let d = thread_dict(vm, obj, loc)?;
        let cls = type_of(obj).clone();
        if vm.delete_by_descriptor(obj, &cls, n)? || dict_of(&d).remove_str(n).is_some() {
            return Ok(Value::None);
        }
        Err(vm.no_attribute(obj, n))
    });
}
