//! Special methods that the VM implements natively (binding, calling, rich-comparison
//! defaults, range protocol) but that scripts can also call or look up by name:
//! `f.__get__`, `f.__call__`, `staticmethod.__get__`, `property.__set__`,
//! `range.__len__`, `object.__lt__`, `object.__subclasshook__`, `exc.__reduce__`, ...
//! Each one goes through the same VM operation the interpreter uses, so explicit calls
//! agree with the syntax.

use super::{add_attr, add_classmethod, add_method, getter_property};
use crate::object::Payload;
use crate::objects::types::{not_implemented, type_name_of, type_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn bound(func: Value, self_: Value) -> Value {
    Value::obj(Payload::BoundMethod { func, self_ })
}

fn need(vm: &Vm, a: &Args<'_>, n: usize, name: &str) -> PyResult<()> {
    if a.pos.len() < n {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            a.pos.len().saturating_sub(1)
        )));
    }
    let _ = name;
    Ok(())
}

/// `obj.__isabstractmethod__` of a wrapper: that of the wrapped function(s).
fn abstract_of(vm: &mut Vm, parts: &[Value]) -> PyResult<Value> {
    for p in parts {
        if p.is_none() {
            continue;
        }
        if let Ok(v) = vm.getattr_str(p, "__isabstractmethod__") {
            if vm.truthy(&v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

pub fn init() {
    let t = types();
    // Functions bind to an instance; calling goes through the ordinary call path.
    for cls in [&t.function, &t.builtin_function, &t.method] {
        add_method(cls, "__call__", |vm, a| {
            need(vm, &a, 1, "__call__")?;
            let f = a.pos[0].clone();
            vm.call_args(&f, a.rest())
        });
    }
    add_method(&t.function, "__get__", |vm, a| {
        need(vm, &a, 2, "__get__")?;
        Ok(if a.pos[1].is_none() {
            a.pos[0].clone()
        } else {
            bound(a.pos[0].clone(), a.pos[1].clone())
        })
    });
    add_method(&t.staticmethod, "__get__", |vm, a| {
        need(vm, &a, 2, "__get__")?;
        match a.pos[0].payload() {
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
        }
    });
    add_method(&t.classmethod, "__get__", |vm, a| {
        need(vm, &a, 2, "__get__")?;
        let Some(Payload::ClassMethod(f)) = a.pos[0].payload() else {
            return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
        };
        let owner = match a.pos.get(2) {
            Some(c) if !c.is_none() => c.clone(),
            _ => Value::Obj(type_of(&a.pos[1]).clone()),
        };
        Ok(bound(f.clone(), owner))
    });
    for cls in [&t.staticmethod, &t.classmethod] {
        add_attr(
            cls,
            "__isabstractmethod__",
            getter_property("__isabstractmethod__", |vm, a| match a.pos[0].payload() {
                Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => {
                    let f = f.clone();
                    abstract_of(vm, &[f])
                }
                _ => Ok(Value::Bool(false)),
            }),
        );
    }
    add_attr(
        &t.property,
        "__isabstractmethod__",
        getter_property("__isabstractmethod__", |vm, a| match a.pos[0].payload() {
            Some(Payload::Property(p)) => {
                let parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
                abstract_of(vm, &parts)
            }
            _ => Ok(Value::Bool(false)),
        }),
    );
    add_method(&t.property, "__set__", |vm, a| {
        need(vm, &a, 3, "__set__")?;
        let Some(Payload::Property(p)) = a.pos[0].payload() else {
            return Err(vm.type_error("descriptor '__set__' requires a 'property' object"));
        };
        if p.fset.is_none() {
            return Err(vm.attribute_error(format!(
                "property of '{}' object has no setter",
                type_name_of(&a.pos[1])
            )));
        }
        let f = p.fset.clone();
        vm.call(&f, &[a.pos[1].clone(), a.pos[2].clone()])?;
        Ok(Value::None)
    });
    add_method(&t.property, "__delete__", |vm, a| {
        need(vm, &a, 2, "__delete__")?;
        let Some(Payload::Property(p)) = a.pos[0].payload() else {
            return Err(vm.type_error("descriptor '__delete__' requires a 'property' object"));
        };
        if p.fdel.is_none() {
            return Err(vm.attribute_error(format!(
                "property of '{}' object has no deleter",
                type_name_of(&a.pos[1])
            )));
        }
        let f = p.fdel.clone();
        vm.call(&f, std::slice::from_ref(&a.pos[1]))?;
        Ok(Value::None)
    });

    let r = &t.range;
    add_method(r, "__len__", |vm, a| vm.len(&a.pos[0]).map(Value::from));
    add_method(r, "__bool__", |vm, a| {
        Ok(Value::Bool(vm.len(&a.pos[0])? != 0))
    });
    add_method(r, "__iter__", |vm, a| vm.iter(&a.pos[0]));
    add_method(r, "__getitem__", |vm, a| {
        need(vm, &a, 2, "__getitem__")?;
        vm.getitem(&a.pos[0], &a.pos[1])
    });
    add_method(r, "__contains__", |vm, a| {
        need(vm, &a, 2, "__contains__")?;
        vm.contains(&a.pos[0], &a.pos[1]).map(Value::Bool)
    });
    add_method(r, "__reversed__", |vm, a| {
        let Some(f) = vm.interp.builtins_dict().get_str("reversed") else {
            return Err(vm.type_error("reversed is missing"));
        };
        vm.call(&f, std::slice::from_ref(&a.pos[0]))
    });

    let o = &t.object;
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(o, name, |_, _| Ok(not_implemented()));
    }
    add_method(o, "__ne__", |vm, a| {
        need(vm, &a, 2, "__ne__")?;
        let cls = type_of(&a.pos[0]).clone();
        let r = match vm.type_lookup_str(&cls, "__eq__") {
            Some(eq) => vm.call(&eq, &[a.pos[0].clone(), a.pos[1].clone()])?,
            None => not_implemented(),
        };
        if r.is(&not_implemented()) {
            return Ok(r);
        }
        Ok(Value::Bool(!vm.truthy(&r)?))
    });
    add_classmethod(o, "__subclasshook__", |_, _| Ok(not_implemented()));
    add_method(o, "__getstate__", |_, a| {
        Ok(match a.pos[0].as_obj().and_then(|o| o.instance_dict()) {
            Some(d) if !d.is_empty() => Value::obj(Payload::Dict(Box::new(d.copy()))),
            _ => Value::None,
        })
    });
    add_method(&t.none_type, "__bool__", |_, _| Ok(Value::Bool(false)));
    add_classmethod(&t.type_, "__prepare__", |_, _| {
        Ok(Value::obj(Payload::Dict(Box::default())))
    });

    let e = &t.base_exception;
    add_method(e, "__reduce__", |vm, a| {
        let v = &a.pos[0];
        let args = vm.getattr_str(v, "args")?;
        let cls = Value::Obj(type_of(v).clone());
        Ok(match v.as_obj().and_then(|o| o.instance_dict()) {
            Some(d) if !d.is_empty() => Value::tuple(vec![
                cls,
                args,
                Value::obj(Payload::Dict(Box::new(d.copy()))),
            ]),
            _ => Value::tuple(vec![cls, args]),
        })
    });
    add_method(e, "__setstate__", |vm, a| {
        need(vm, &a, 2, "__setstate__")?;
        if let Some(Payload::Dict(d)) = a.pos[1].payload() {
            for (k, v) in d.items() {
                vm.setattr(&a.pos[0], &k, v)?;
            }
        }
        Ok(Value::None)
    });
    add_method(&t.bytes, "__bytes__", |_, a| match a.pos[0].payload() {
        Some(Payload::Bytes(b)) if a.pos[0].as_obj().is_some_and(|o| o.cls.is_none()) => {
            let _ = b;
            Ok(a.pos[0].clone())
        }
        Some(Payload::Bytes(b)) => Ok(Value::obj(Payload::Bytes(b.clone()))),
        _ => Ok(a.pos[0].clone()),
    });
    add_method(&t.str_, "__getnewargs__", |vm, a| match a.pos[0].as_str() {
        Some(s) => Ok(Value::tuple(vec![Value::str(s)])),
        None => Err(vm.type_error("descriptor '__getnewargs__' requires a 'str' object")),
    });
}
