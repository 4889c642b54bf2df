//! Natives of the exception classes: construction (`args` and the per-class attributes such
//! as `StopIteration.value`, `OSError.errno`, `SystemExit.code`), `__str__` and `__repr__`
//! as CPython formats them.

use crate::object::ObjRef;

use super::{add_method, add_staticmethod};
use crate::object::{Payload, PyObject};
use crate::objects::exception::{exc_args, exc_data, get_exc_attr, set_exc_attr, ExcData};
use crate::objects::types::types;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init() {
    let t = types();
    let be = &t.base_exception;
    add_staticmethod(be, "__new__", |vm, a| {
        let Some(Value::Obj(cls)) = a.pos.first() else {
            return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
        };
        // OSError(errno, strerror) builds the subclass for that errno, as CPython does.
        let mut cls = cls.clone();
        if ObjRef::ptr_eq(&cls, types().exc("OSError")) && a.pos.len() >= 3 {
            if let Value::Int(errno) = a.pos[1] {
                if let Some(sub) = crate::vm::errors::errno_class(errno as i32) {
                    cls = types().exc(sub).clone();
                }
            }
        }
        let cls = &cls;
        Ok(Value::Obj(ObjRef::new(PyObject::with_class(
            Payload::Exception(Box::new(ExcData::new(a.pos[1..].to_vec()))),
            cls.clone(),
        ))))
    });
    add_method(be, "__init__", |_, a| {
        if let Some(d) = a.pos[0].as_obj().and_then(exc_data) {
            d.state.lock().args = Value::tuple(a.pos[1..].to_vec());
        }
        Ok(Value::None)
    });
    add_method(be, "__str__", base_str);
    add_method(be, "__repr__", |vm, a| match a.pos[0].as_obj() {
        Some(o) => crate::objects::exception_repr(vm, o).map(Value::str),
        None => Ok(Value::str("")),
    });
    add_method(be, "with_traceback", |_, a| Ok(a.pos[0].clone()));
    add_method(be, "add_note", |vm, a| {
        let o = a.pos[0].as_obj().cloned();
        if let Some(o) = o {
            let notes = get_exc_attr(&o, "__notes__").unwrap_or_else(|| Value::list(vec![]));
            if let Some(Payload::List(l)) = notes.payload() {
                l.lock().push(a.pos.get(1).cloned().unwrap_or_default());
            }
            set_exc_attr(&o, "__notes__", notes);
        }
        let _ = vm;
        Ok(Value::None)
    });

    add_method(t.exc("KeyError"), "__str__", |vm, a| {
        let args = a.pos[0].as_obj().map(exc_args).unwrap_or_default();
        if args.len() == 1 {
            vm.repr(&args[0])
        } else {
            base_str(vm, a)
        }
    });
    add_method(t.exc("StopIteration"), "__init__", |_, a| {
        set_args(&a);
        if let Some(o) = a.pos[0].as_obj() {
            set_exc_attr(o, "value", a.pos.get(1).cloned().unwrap_or(Value::None));
        }
        Ok(Value::None)
    });
    add_method(t.exc("SystemExit"), "__init__", |_, a| {
        set_args(&a);
        if let Some(o) = a.pos[0].as_obj() {
            let code = match a.pos.len() {
                1 => Value::None,
                2 => a.pos[1].clone(),
                _ => Value::tuple(a.pos[1..].to_vec()),
            };
            set_exc_attr(o, "code", code);
        }
        Ok(Value::None)
    });
    add_method(t.exc("OSError"), "__init__", |_, a| {
        set_args(&a);
        if let Some(o) = a.pos[0].as_obj() {
            let p = &a.pos[1..];
            let (errno, strerror, filename) = if (2..=5).contains(&p.len()) {
                (
                    p[0].clone(),
                    p[1].clone(),
                    p.get(2).cloned().unwrap_or(Value::None),
                )
            } else {
                (Value::None, Value::None, Value::None)
            };
            set_exc_attr(o, "errno", errno);
            set_exc_attr(o, "strerror", strerror);
            set_exc_attr(o, "filename", filename);
            set_exc_attr(o, "filename2", p.get(4).cloned().unwrap_or(Value::None));
            if p.len() >= 2 && p.len() <= 5 {
                if let Some(d) = exc_data(o) {
                    d.state.lock().args = Value::tuple(p[..2].to_vec());
                }
            }
        }
        Ok(Value::None)
    });
    add_method(t.exc("OSError"), "__str__", |vm, a| {
        let Some(o) = a.pos[0].as_obj() else {
            return Ok(Value::str(""));
        };
        let errno = get_exc_attr(o, "errno").unwrap_or_default();
        let strerror = get_exc_attr(o, "strerror").unwrap_or_default();
        let filename = get_exc_attr(o, "filename").unwrap_or_default();
        if !errno.is_none() && !strerror.is_none() {
            let e = vm.str_string(&errno)?;
            let s = vm.str_string(&strerror)?;
            if !filename.is_none() {
                let f = vm.repr_string(&filename)?;
                let f2 = get_exc_attr(o, "filename2").unwrap_or_default();
                if !f2.is_none() {
                    let f2 = vm.repr_string(&f2)?;
                    return Ok(Value::str(format!("[Errno {e}] {s}: {f} -> {f2}")));
                }
                return Ok(Value::str(format!("[Errno {e}] {s}: {f}")));
            }
            return Ok(Value::str(format!("[Errno {e}] {s}")));
        }
        base_str(vm, a)
    });
    for name in ["ImportError", "ModuleNotFoundError"] {
        add_method(t.exc(name), "__init__", |_, a| {
            set_args(&a);
            if let Some(o) = a.pos[0].as_obj() {
                set_exc_attr(o, "name", a.kw("name").cloned().unwrap_or(Value::None));
                set_exc_attr(o, "path", a.kw("path").cloned().unwrap_or(Value::None));
                set_exc_attr(o, "msg", a.pos.get(1).cloned().unwrap_or(Value::None));
            }
            Ok(Value::None)
        });
    }
    for name in ["AttributeError", "NameError"] {
        add_method(t.exc(name), "__init__", |_, a| {
            set_args(&a);
            if let Some(o) = a.pos[0].as_obj() {
                set_exc_attr(o, "name", a.kw("name").cloned().unwrap_or(Value::None));
                if a.kw("obj").is_some() {
                    set_exc_attr(o, "obj", a.kw("obj").cloned().unwrap_or(Value::None));
                }
            }
            Ok(Value::None)
        });
    }
    add_method(t.exc("SyntaxError"), "__init__", |vm, a| {
        set_args(&a);
        if let Some(o) = a.pos[0].as_obj() {
            set_exc_attr(o, "msg", a.pos.get(1).cloned().unwrap_or(Value::None));
            let details = match a.pos.get(2) {
                Some(d) => vm.collect(d)?,
                None => vec![],
            };
            for (i, n) in [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ]
            .iter()
            .enumerate()
            {
                set_exc_attr(o, n, details.get(i).cloned().unwrap_or(Value::None));
            }
            set_exc_attr(o, "print_file_and_line", Value::None);
        }
        Ok(Value::None)
    });
    add_method(t.exc("SyntaxError"), "__str__", |vm, a| {
        let Some(o) = a.pos[0].as_obj() else {
            return Ok(Value::str(""));
        };
        let msg = get_exc_attr(o, "msg").unwrap_or_default();
        let msg = if msg.is_none() {
            return base_str(vm, a);
        } else {
            vm.str_string(&msg)?
        };
        let filename = get_exc_attr(o, "filename").and_then(|f| f.as_str().map(|s| s.to_string()));
        let lineno = get_exc_attr(o, "lineno");
        let base = filename.map(|f| f.rsplit('/').next().unwrap_or(&f).to_string());
        Ok(Value::str(match (base, lineno) {
            (Some(f), Some(Value::Int(l))) => format!("{msg} ({f}, line {l})"),
            (Some(f), _) => format!("{msg} ({f})"),
            (None, Some(Value::Int(l))) => format!("{msg} (line {l})"),
            _ => msg,
        }))
    });
    add_method(t.exc("UnicodeDecodeError"), "__init__", |_, a| {
        set_args(&a);
        if let Some(o) = a.pos[0].as_obj() {
            for (i, n) in ["encoding", "object", "start", "end", "reason"]
                .iter()
                .enumerate()
            {
                set_exc_attr(o, n, a.pos.get(i + 1).cloned().unwrap_or(Value::None));
            }
        }
        Ok(Value::None)
    });
    add_method(t.exc("UnicodeDecodeError"), "__str__", |vm, a| {
        let Some(o) = a.pos[0].as_obj() else {
            return Ok(Value::str(""));
        };
        let g = |n| get_exc_attr(o, n).unwrap_or_default();
        let (enc, obj, start, end, reason) = (
            g("encoding"),
            g("object"),
            g("start"),
            g("end"),
            g("reason"),
        );
        let (Value::Int(s), Value::Int(e)) = (start, end) else {
            return base_str(vm, a);
        };
        let byte = crate::objects::seq::bytes_of(&obj)
            .and_then(|b| b.get(s as usize).copied())
            .unwrap_or(0);
        let enc = vm.str_string(&enc)?;
        let reason = vm.str_string(&reason)?;
        Ok(Value::str(if e == s + 1 {
            format!("'{enc}' codec can't decode byte {byte:#04x} in position {s}: {reason}")
        } else {
            format!(
                "'{enc}' codec can't decode bytes in position {s}-{}: {reason}",
                e - 1
            )
        }))
    });
}

fn set_args(a: &Args<'_>) {
    if let Some(d) = a.pos[0].as_obj().and_then(exc_data) {
        d.state.lock().args = Value::tuple(a.pos[1..].to_vec());
    }
}

/// `BaseException.__str__`: '' for no args, str(arg) for one, repr(args) otherwise.
fn base_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = a.pos[0].as_obj().map(exc_args).unwrap_or_default();
    match args.len() {
        0 => Ok(Value::str("")),
        1 => vm.to_str(&args[0]),
        _ => vm.repr(&Value::tuple(args)),
    }
}
