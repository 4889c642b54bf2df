//! `os.environ`: a mapping of the process environment taken at first import, whose
//! changes are written through to the real environment (so child processes see them).
//!
//! The data is a `Dict` of str to str inside the native object; it is only touched with
//! str keys (no Python `__eq__`/`__hash__` runs under its lock).

use super::util::{dict_value, new_native_class, this};
use crate::builtins::add_method;
use crate::object::{DictViewKind, NativeData, ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::iter::IterState;
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::OnceLock;

pub struct Environ {
    data: Dict,
}

fn environ_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| new_native_class("_Environ", "os", &[types().object.clone()]))
}

impl NativeData for Environ {
    fn type_obj(&self) -> &'static ObjRef {
        environ_type()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A new `os.environ` object holding the current process environment.
pub fn new_environ() -> Value {
    let data = Dict::new();
    for (k, v) in std::env::vars_os() {
        data.set_str(
            Value::str(k.to_string_lossy().into_owned()),
            Value::str(v.to_string_lossy().into_owned()),
        );
    }
    Value::obj(Payload::Native(Box::new(Environ { data })))
}

fn data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Dict> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<Environ>() {
            Some(e) => Ok(&e.data),
            None => Err(vm.type_error("descriptor requires an '_Environ' object")),
        },
        _ => Err(vm.type_error("descriptor requires an '_Environ' object")),
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("str expected, not {}", type_name_of(v))))
}

/// Check a name/value pair the C library would reject (std would panic on them).
fn check_pair(vm: &Vm, k: &str, v: &str) -> PyResult<()> {
    if k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(())
}

/// `os.putenv`: set a variable in the real environment only.
pub fn put(vm: &Vm, k: &Value, v: &Value) -> PyResult<()> {
    let (k, v) = (str_arg(vm, k)?, str_arg(vm, v)?);
    check_pair(vm, k, v)?;
    std::env::set_var(k, v);
    Ok(())
}

/// `os.unsetenv`: remove a variable from the real environment only.
pub fn unset(vm: &Vm, k: &Value) -> PyResult<()> {
    let k = str_arg(vm, k)?;
    check_pair(vm, k, "")?;
    std::env::remove_var(k);
    Ok(())
}

fn set_item(vm: &Vm, d: &Dict, k: &Value, v: &Value) -> PyResult<()> {
    put(vm, k, v)?;
    d.set_str(k.clone(), v.clone());
    Ok(())
}

fn del_item(vm: &Vm, d: &Dict, k: &Value) -> PyResult<Option<Value>> {
    let key = str_arg(vm, k)?;
    let old = d.remove_str(key);
    if old.is_some() && !key.is_empty() && !key.contains(['=', '\0']) {
        std::env::remove_var(key);
    }
    Ok(old)
}

fn view(d: &Dict, kind: DictViewKind) -> Value {
    let Value::Obj(o) = dict_value(d.copy()) else {
        return Value::None;
    };
    Value::obj(Payload::DictView { dict: o, kind })
}

pub fn init_types() {
    let t = environ_type();
    add_method(t, "__getitem__", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        let k = a.pos.get(1).cloned().unwrap_or_default();
        match k.as_str().and_then(|_| d.get_item_str(&k)) {
            Some(v) => Ok(v),
            None => Err(vm.key_error(k)),
        }
    });
    add_method(t, "__setitem__", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        check_n(vm, &a, 3, "__setitem__")?;
        set_item(vm, d, &a.pos[1], &a.pos[2])?;
        Ok(Value::None)
    });
    add_method(t, "__delitem__", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        check_n(vm, &a, 2, "__delitem__")?;
        match del_item(vm, d, &a.pos[1])? {
            Some(_) => Ok(Value::None),
            None => Err(vm.key_error(a.pos[1].clone())),
        }
    });
    add_method(t, "__contains__", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        let k = a.pos.get(1).cloned().unwrap_or_default();
        Ok(Value::Bool(
            k.as_str().is_some() && d.get_item_str(&k).is_some(),
        ))
    });
    add_method(t, "__len__", |vm, a| {
        Ok(Value::from(data(vm, this(vm, a.pos)?)?.len()))
    });
    add_method(t, "__iter__", |vm, a| {
        let keys = data(vm, this(vm, a.pos)?)?.keys();
        Ok(Value::obj(Payload::Iter(IterState::seq(Value::list(keys)))))
    });
    add_method(t, "__repr__", |vm, a| {
        let items = data(vm, this(vm, a.pos)?)?.items();
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            parts.push(format!("{}: {}", vm.repr_string(&k)?, vm.repr_string(&v)?));
        }
        Ok(Value::str(format!("environ({{{}}})", parts.join(", "))))
    });
    add_method(t, "get", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        let k = a.pos.get(1).cloned().unwrap_or_default();
        Ok(k.as_str()
            .and_then(|_| d.get_item_str(&k))
            .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or_default()))
    });
    add_method(t, "keys", |vm, a| {
        Ok(view(data(vm, this(vm, a.pos)?)?, DictViewKind::Keys))
    });
    add_method(t, "values", |vm, a| {
        Ok(view(data(vm, this(vm, a.pos)?)?, DictViewKind::Values))
    });
    add_method(t, "items", |vm, a| {
        Ok(view(data(vm, this(vm, a.pos)?)?, DictViewKind::Items))
    });
    add_method(t, "copy", |vm, a| {
        Ok(dict_value(data(vm, this(vm, a.pos)?)?.copy()))
    });
    add_method(t, "pop", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        let k = a.pos.get(1).cloned().unwrap_or_default();
        match del_item(vm, d, &k)? {
            Some(v) => Ok(v),
            None => match a.pos.get(2) {
                Some(dflt) => Ok(dflt.clone()),
                None => Err(vm.key_error(k)),
            },
        }
    });
    add_method(t, "setdefault", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        let k = a.pos.get(1).cloned().unwrap_or_default();
        if let Some(v) = k.as_str().and_then(|_| d.get_item_str(&k)) {
            return Ok(v);
        }
        let v = a.pos.get(2).cloned().unwrap_or_default();
        set_item(vm, d, &k, &v)?;
        Ok(v)
    });
    add_method(t, "update", update);
    add_method(t, "clear", |vm, a| {
        let d = data(vm, this(vm, a.pos)?)?;
        for k in d.keys() {
            del_item(vm, d, &k)?;
        }
        Ok(Value::None)
    });
}

fn check_n(vm: &Vm, a: &Args<'_>, n: usize, name: &str) -> PyResult<()> {
    if a.pos.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {} arguments, got {}",
            n - 1,
            a.pos.len() - 1
        )));
    }
    Ok(())
}

fn update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut pairs = Vec::new();
    if let Some(src) = a.pos.get(1) {
        if let Some(Payload::Dict(sd)) = src.payload() {
            pairs.extend(sd.items());
        } else if vm.lookup_special(src, "keys").is_some() {
            let keys = vm.call_method(src, "keys", &[])?;
            for k in vm.collect(&keys)? {
                let v = vm.getitem(src, &k)?;
                pairs.push((k, v));
            }
        } else {
            for item in vm.collect(src)? {
                let kv = vm.collect(&item)?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element has length {}; 2 is required",
                        kv.len()
                    )));
                }
                pairs.push((kv[0].clone(), kv[1].clone()));
            }
        }
    }
    pairs.extend(a.kwnames.iter().cloned().zip(a.kwvals.iter().cloned()));
    let d = data(vm, this(vm, a.pos)?)?;
    for (k, v) in pairs {
        set_item(vm, d, &k, &v)?;
    }
    Ok(Value::None)
}
