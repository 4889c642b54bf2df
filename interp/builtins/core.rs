//! Natives of the core types: `object`, `type`, `property`, `staticmethod`, `classmethod`,
//! `super`, `range`, `slice`, generators, and the constructors of list/tuple/dict/set/
//! frozenset.

use crate::object::ObjRef;

use super::{add_classmethod, add_method, add_staticmethod};
use crate::object::{Payload, Property, PyObject};
use crate::objects::dict::Dict;
use crate::objects::set::SetData;
use crate::objects::types::{as_type, is_subclass, type_name_of, type_of, types, TypeData};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn init() {
    let t = types();
    let o = &t.object;
    add_staticmethod(o, "__new__", object_new);
    add_method(o, "__init__", object_init);
    add_method(o, "__repr__", |vm, a| {
        Ok(Value::str(vm.default_repr(&a.pos[0])))
    });
    add_method(o, "__str__", |vm, a| vm.repr(&a.pos[0]));
    add_method(o, "__eq__", |vm, a| {
        arity(vm, &a, 2, "__eq__")?;
        Ok(if a.pos[0].is(&a.pos[1]) {
            Value::Bool(true)
        } else {
            crate::objects::types::not_implemented()
        })
    });
    add_method(o, "__hash__", |vm, a| {
        let v = &a.pos[0];
        match v.as_obj() {
            Some(o) => Ok(Value::Int((ObjRef::as_ptr(o) as usize >> 4) as i64)),
            None => vm.hash(v).map(Value::Int),
        }
    });
    add_method(o, "__setattr__", |vm, a| {
        arity(vm, &a, 3, "__setattr__")?;
        vm.generic_setattr(&a.pos[0], &a.pos[1], a.pos[2].clone())?;
        Ok(Value::None)
    });
    add_method(o, "__getattribute__", |vm, a| {
        arity(vm, &a, 2, "__getattribute__")?;
        let cls = type_of(&a.pos[0]).clone();
        match vm.generic_getattr(&a.pos[0], &a.pos[1], &cls)? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(&a.pos[0], a.pos[1].as_str().unwrap_or(""))),
        }
    });
    add_method(o, "__delattr__", |vm, a| {
        arity(vm, &a, 2, "__delattr__")?;
        vm.generic_delattr(&a.pos[0], &a.pos[1])?;
        Ok(Value::None)
    });
    add_classmethod(o, "__init_subclass__", super::classes::object_init_subclass);
    add_method(o, "__format__", |vm, a| {
        let spec = a.pos.get(1).and_then(|s| s.as_str()).unwrap_or("");
        if !spec.is_empty() {
            return Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name_of(&a.pos[0])
            )));
        }
        vm.to_str(&a.pos[0])
    });
    add_method(o, "__dir__", |vm, a| {
        super::functions::dir_of(vm, &a.pos[0])
    });
    add_method(o, "__reduce_ex__", |vm, _| {
        Err(vm.type_error("cannot pickle object"))
    });

    let ty = &t.type_;
    add_staticmethod(ty, "__new__", super::classes::type_new);
    add_method(ty, "__init__", |_, _| Ok(Value::None));
    add_method(ty, "__call__", |vm, a| match a.pos.first() {
        Some(Value::Obj(c)) => vm.type_call_default(&c.clone(), a.rest()),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    });
    add_method(ty, "mro", |_, a| {
        let c = a.pos[0].as_obj().cloned();
        Ok(Value::list(
            c.map(|c| crate::objects::types::mro_with_self(&c))
                .unwrap_or_default()
                .into_iter()
                .map(Value::Obj)
                .collect(),
        ))
    });
    add_method(ty, "__repr__", |vm, a| {
        Ok(Value::str(vm.default_repr(&a.pos[0])))
    });
    add_method(ty, "__instancecheck__", |vm, a| {
        arity(vm, &a, 2, "__instancecheck__")?;
        Ok(Value::Bool(match a.pos[0].as_obj() {
            Some(c) => is_subclass(type_of(&a.pos[1]), c),
            None => false,
        }))
    });
    add_method(ty, "__subclasscheck__", |vm, a| {
        arity(vm, &a, 2, "__subclasscheck__")?;
        Ok(Value::Bool(match (a.pos[0].as_obj(), a.pos[1].as_obj()) {
            (Some(c), Some(d)) => is_subclass(d, c),
            _ => false,
        }))
    });

    add_staticmethod(&t.property, "__new__", property_new);
    add_method(&t.property, "getter", |vm, a| property_with(vm, a, 0));
    add_method(&t.property, "setter", |vm, a| property_with(vm, a, 1));
    add_method(&t.property, "deleter", |vm, a| property_with(vm, a, 2));
    add_method(&t.property, "__get__", |vm, a| {
        let (Some(p), Some(obj)) = (a.pos.first(), a.pos.get(1)) else {
            return Err(vm.type_error("__get__ needs an instance"));
        };
        if obj.is_none() {
            return Ok(p.clone());
        }
        match p.payload() {
            Some(Payload::Property(p)) if !p.fget.is_none() => {
                let f = p.fget.clone();
                vm.call(&f, std::slice::from_ref(obj))
            }
            _ => Err(vm.attribute_error("unreadable attribute")),
        }
    });
    add_staticmethod(&t.staticmethod, "__new__", |vm, a| {
        let f = one_arg(vm, &a, "staticmethod")?;
        Ok(Value::obj(Payload::StaticMethod(f)))
    });
    add_staticmethod(&t.classmethod, "__new__", |vm, a| {
        let f = one_arg(vm, &a, "classmethod")?;
        Ok(Value::obj(Payload::ClassMethod(f)))
    });
    add_staticmethod(&t.super_, "__new__", super_new);
    add_staticmethod(&t.range, "__new__", range_new);
    add_method(&t.range, "count", |vm, a| {
        Ok(Value::Int(
            vm.contains(&a.pos[0], a.pos.get(1).unwrap_or(&Value::None))? as i64,
        ))
    });
    add_method(&t.range, "index", |vm, a| {
        let (Some(Payload::Range { start, step, .. }), Some(Value::Int(x))) =
            (a.pos[0].payload(), a.pos.get(1))
        else {
            return Err(vm.value_error("value is not in range"));
        };
        if !vm.contains(&a.pos[0], &a.pos[1])? {
            return Err(vm.value_error(format!("{x} is not in range")));
        }
        Ok(Value::Int((x - start) / step))
    });
    add_staticmethod(&t.slice, "__new__", |vm, a| {
        let p = &a.pos[1..];
        let (start, stop, step) = match p.len() {
            1 => (Value::None, p[0].clone(), Value::None),
            2 => (p[0].clone(), p[1].clone(), Value::None),
            3 => (p[0].clone(), p[1].clone(), p[2].clone()),
            n => {
                return Err(vm.type_error(format!(
                    "slice expected at {} 3 arguments, got {n}",
                    if n == 0 { "least 1 argument" } else { "most" }
                )))
            }
        };
        Ok(Value::obj(Payload::Slice { start, stop, step }))
    });
    add_method(&t.slice, "indices", slice_indices);
    add_method(&t.staticmethod, "__call__", |vm, a| {
        match a.pos[0].payload() {
            Some(Payload::StaticMethod(f)) => {
                let f = f.clone();
                vm.call_args(&f, a.rest())
            }
            _ => Err(vm.type_error("descriptor '__call__' requires a 'staticmethod' object")),
        }
    });
    add_method(o, "__sizeof__", |_, a| {
        Ok(Value::Int(match a.pos[0].payload() {
            Some(Payload::Str(s)) => 49 + s.as_str().len() as i64,
            Some(Payload::Tuple(t)) => 24 + 8 * t.len() as i64,
            Some(Payload::List(l)) => 40 + 8 * l.lock().len() as i64,
            Some(Payload::Bytes(b)) => 33 + b.len() as i64,
            Some(_) => 16,
            None => 24,
        }))
    });

    add_staticmethod(&t.list, "__new__", |_, a| {
        Ok(make_with_layout(
            &a.pos[0],
            Payload::List(parking_lot::Mutex::new(vec![])),
        ))
    });
    add_method(&t.list, "__init__", |vm, a| {
        let Some(Payload::List(l)) = a.pos[0].payload() else {
            return Ok(Value::None);
        };
        let items = match a.pos.get(1) {
            Some(it) => vm.collect(it)?,
            None => vec![],
        };
        *l.lock() = items;
        Ok(Value::None)
    });
    add_staticmethod(&t.tuple, "__new__", |vm, a| {
        let items = match a.pos.get(1) {
            Some(it) => vm.collect(it)?,
            None => vec![],
        };
        Ok(make_with_layout(
            &a.pos[0],
            Payload::Tuple(items.into_boxed_slice()),
        ))
    });
    add_staticmethod(&t.dict, "__new__", |_, a| {
        Ok(make_with_layout(
            &a.pos[0],
            Payload::Dict(Box::new(Dict::new())),
        ))
    });
    add_method(&t.dict, "__init__", dict_init);
    add_staticmethod(&t.set, "__new__", |_, a| {
        Ok(make_with_layout(
            &a.pos[0],
            Payload::Set(Box::new(SetData::new())),
        ))
    });
    let g = &t.generator;
    for cls in [g, &t.coroutine] {
        add_method(cls, "send", |vm, a| {
            let Some(o) = a.pos[0].as_obj() else {
                return Err(vm.type_error("send on a non-generator"));
            };
            match vm.gen_send(&o.clone(), a.pos.get(1).cloned().unwrap_or_default())? {
                Ok(v) => Ok(v),
                Err(r) => Err(vm.stop_iteration(r)),
            }
        });
        add_method(cls, "throw", gen_throw);
        add_method(cls, "close", |vm, a| {
            if let Some(o) = a.pos[0].as_obj() {
                vm.gen_close(&o.clone())?;
            }
            Ok(Value::None)
        });
    }
    add_method(g, "__iter__", |_, a| Ok(a.pos[0].clone()));
    add_method(g, "__next__", |vm, a| match vm.next(&a.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    });
    add_method(&t.coroutine, "__await__", |_, a| Ok(a.pos[0].clone()));
    add_method(&t.iterator, "__iter__", |_, a| Ok(a.pos[0].clone()));
    add_method(&t.iterator, "__next__", |vm, a| {
        match vm.next(&a.pos[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        }
    });
}

/// A method slot taking exactly `n` arguments counting the receiver (CPython's wording).
fn arity(vm: &Vm, a: &Args<'_>, n: usize, _name: &str) -> PyResult<()> {
    if a.pos.len() != n {
        let want = n - 1;
        return Err(vm.type_error(format!(
            "expected {want} argument{}, got {}",
            if want == 1 { "" } else { "s" },
            a.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn one_arg(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    match a.pos.get(1) {
        Some(f) if a.pos.len() == 2 => Ok(f.clone()),
        _ => Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

/// An instance of `cls` (the first argument of a `__new__`): a plain built-in value when
/// `cls` is the built-in type itself, else an instance of the subclass.
pub fn make_with_layout(cls: &Value, payload: Payload) -> Value {
    match cls {
        Value::Obj(c) if as_type(c).is_some_and(|t| !t.builtin) => {
            Value::Obj(ObjRef::new(PyObject::with_class(payload, c.clone())))
        }
        _ => Value::obj(payload),
    }
}

fn object_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            if let Some(t) = as_type(c) {
                if t.builtin && !ObjRef::ptr_eq(c, &types().object) {
                    return Err(vm.type_error(format!(
                        "object.__new__({}) is not safe, use {}.__new__()",
                        t.name, t.name
                    )));
                }
            }
            Ok(super::classes::new_instance(c))
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

fn object_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() > 1 || a.has_kw() {
        let cls = type_of(&a.pos[0]).clone();
        let init = TypeData::lookup_in_mro(&cls, "__init__");
        let overridden = matches!(
            init.as_ref().and_then(|i| i.payload()),
            Some(Payload::Function(_))
        );
        if overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let new = TypeData::lookup_in_mro(&cls, "__new__");
        let new_overridden = !super::classes::is_object_native(&new, "__new__");
        if !new_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", type_name_of(&a.pos[0]))));
        }
    }
    Ok(Value::None)
}

fn property_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let get = |i: usize, n: &str| a.get(i, n).cloned().unwrap_or(Value::None);
    let fget = get(1, "fget");
    let mut doc = get(4, "doc");
    if doc.is_none() {
        if let Some(Payload::Function(f)) = fget.payload() {
            doc = f.meta.lock().doc.clone();
        }
    }
    let _ = vm;
    Ok(Value::obj(Payload::Property(Box::new(Property {
        fget,
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc,
    }))))
}

fn property_with(vm: &mut Vm, a: Args<'_>, which: u8) -> PyResult<Value> {
    let Some(Payload::Property(p)) = a.pos[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(Value::obj(Payload::Property(Box::new(Property {
        fget: g,
        fset: s,
        fdel: d,
        doc: p.doc.clone(),
    }))))
}

fn super_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos[1..];
    if p.is_empty() {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let Some(start) = p[0]
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name_of(&p[0])
        )));
    };
    let obj = p.get(1).cloned().unwrap_or(Value::None);
    let obj_type = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && is_subclass(o, &start) => {
            o.clone()
        }
        _ => {
            let t = type_of(&obj).clone();
            if !is_subclass(&t, &start) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    Ok(Value::obj(Payload::Super {
        start,
        obj,
        obj_type,
    }))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    match crate::objects::seq::index_of(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

fn range_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos[1..];
    let (start, stop, step) = match p.len() {
        1 => (0, int_arg(vm, &p[0])?, 1),
        2 => (int_arg(vm, &p[0])?, int_arg(vm, &p[1])?, 1),
        3 => (
            int_arg(vm, &p[0])?,
            int_arg(vm, &p[1])?,
            int_arg(vm, &p[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Payload::Range { start, stop, step }))
}

fn dict_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let target = a.pos[0].clone();
    if let Some(src) = a.pos.get(1) {
        dict_update_from(vm, &target, src)?;
    }
    if let Some(Payload::Dict(d)) = target.payload() {
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            d.set(vm, k.clone(), v.clone())?;
        }
    }
    Ok(Value::None)
}

/// `dict.update(src)`: a mapping (has `keys`) or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, target: &Value, src: &Value) -> PyResult<()> {
    let Some(Payload::Dict(d)) = target.payload() else {
        return Ok(());
    };
    if matches!(src.payload(), Some(Payload::Dict(_))) || vm.lookup_special(src, "keys").is_some() {
        return vm.dict_update_op(target, src, false, None);
    }
    let it = vm.iter(src)?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        let items = match vm.collect(&pair) {
            Ok(items) => items,
            Err(e) if vm.exc_matches(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        if items.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            )));
        }
        let mut it2 = items.into_iter();
        if let (Some(k), Some(v)) = (it2.next(), it2.next()) {
            d.set(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn gen_throw(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(o) = a.pos[0].as_obj().cloned() else {
        return Err(vm.type_error("throw on a non-generator"));
    };
    let typ = a.pos.get(1).cloned().unwrap_or_default();
    let val = a.pos.get(2).cloned().unwrap_or_default();
    let exc: PyErr = if val.is_none() {
        vm.exception_instance(typ)?
    } else if matches!(val.payload(), Some(Payload::Exception(_))) {
        PyErr(val.as_obj().cloned().unwrap_or_else(|| o.clone()))
    } else {
        let inst = vm.call(&typ, &[val])?;
        vm.exception_instance(inst)?
    };
    match vm.gen_throw(&o, exc)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

/// `slice.indices(length)`: start, stop and step clamped the way slicing a sequence of that
/// length would use them (stop is not normalised to the last index reached).
fn slice_indices(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, 2, "indices")?;
    let Some(Payload::Slice { start, stop, step }) = a.pos[0].payload() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = match crate::objects::seq::index_of(vm, &a.pos[1])? {
        Some(n) if n < 0 => return Err(vm.value_error("length should not be negative")),
        Some(n) => n,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&a.pos[1])
            )))
        }
    };
    let mut get = |v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match crate::objects::seq::index_of(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let (start, stop, step) = (get(start)?, get(stop)?, get(step)?.unwrap_or(1));
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let clamp = |i: i64| if i < 0 { (i + n).max(lo) } else { i.min(hi) };
    let start = start.map_or(if step < 0 { hi } else { lo }, clamp);
    let stop = stop.map_or(if step < 0 { lo } else { hi }, clamp);
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}
