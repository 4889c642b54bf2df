//! The `traceback` module (the parts scripts use: `print_exc`, `format_exc`,
//! `print_exception`, `format_exception`, `format_exception_only`) and traceback objects
//! (`e.__traceback__`, `sys.exc_info()[2]`) with `tb_lineno`, `tb_next`, `tb_frame`.

use crate::builtins::native;
use crate::object::{NativeData, ObjRef, Payload, Property};
use crate::objects::exception::{exc_data, TbEntry};
use crate::objects::module::new_module;
use crate::objects::str::intern;
use crate::objects::types::{new_class, types};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::sync::{Arc, OnceLock};

/// One link of a traceback chain: entries outermost first, and the position of this link.
pub struct Traceback {
    entries: Arc<[TbEntry]>,
    idx: usize,
}

impl NativeData for Traceback {
    fn type_obj(&self) -> &'static ObjRef {
        tb_type()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn tb_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_class(
            "traceback",
            vec![types().object.clone()],
            vec![types().object.clone()],
            crate::objects::dict::Dict::new(),
            true,
            None,
        );
        let prop = |f: crate::objects::function::NativeFnPtr| {
            Value::obj(Payload::Property(Box::new(Property {
                fget: native("tb_attr", f),
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            })))
        };
        if let Some(td) = crate::objects::types::as_type(&t) {
            td.dict.set_str(
                intern("tb_lineno"),
                prop(|_, a| {
                    Ok(match tb_of(&a.pos[0]) {
                        Some(tb) => {
                            let e = &tb.entries[tb.idx];
                            Value::Int(e.code.raw.line_of(e.pc as usize) as i64)
                        }
                        None => Value::None,
                    })
                }),
            );
            td.dict.set_str(
                intern("tb_lasti"),
                prop(|_, a| {
                    Ok(tb_of(&a.pos[0]).map_or(Value::None, |tb| {
                        Value::Int(tb.entries[tb.idx].pc as i64 * 2)
                    }))
                }),
            );
            td.dict.set_str(
                intern("tb_next"),
                prop(|_, a| {
                    Ok(match tb_of(&a.pos[0]) {
                        Some(tb) if tb.idx + 1 < tb.entries.len() => {
                            Value::obj(Payload::Native(Box::new(Traceback {
                                entries: tb.entries.clone(),
                                idx: tb.idx + 1,
                            })))
                        }
                        _ => Value::None,
                    })
                }),
            );
            td.dict
                .set_str(intern("tb_frame"), prop(|_, _| Ok(Value::None)));
        }
        t
    })
}

fn tb_of(v: &Value) -> Option<&Traceback> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<Traceback>(),
        _ => None,
    }
}

/// The traceback object of an exception (`None` if it has no entries).
pub fn traceback_of(e: &ObjRef) -> Value {
    let Some(d) = exc_data(e) else {
        return Value::None;
    };
    let mut entries = d.state.lock().traceback.clone();
    if entries.is_empty() {
        return Value::None;
    }
    entries.reverse();
    Value::obj(Payload::Native(Box::new(Traceback {
        entries: entries.into(),
        idx: 0,
    })))
}

fn current_or_arg(vm: &mut Vm, a: &Args<'_>) -> Option<PyErr> {
    let v = a
        .pos
        .iter()
        .find(|v| matches!(v.payload(), Some(Payload::Exception(_))))
        .cloned()
        .or_else(|| vm.exc_info.clone())?;
    v.as_obj().cloned().map(PyErr)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("traceback");
    let Some(d) = crate::objects::module::module_dict(&m) else {
        return Ok(m);
    };
    let set = |n: &'static str, f| d.set_str(intern(n), native(n, f));
    set("format_exc", |vm, a| {
        Ok(Value::str(match current_or_arg(vm, &a) {
            Some(e) => vm.format_exception(&e),
            None => "NoneType: None\n".to_string(),
        }))
    });
    set("print_exc", |vm, a| {
        let text = match current_or_arg(vm, &a) {
            Some(e) => vm.format_exception(&e),
            None => "NoneType: None\n".to_string(),
        };
        // print_exc(limit=None, file=None, chain=True)
        write_to(vm, a.get(1, "file"), text)
    });
    set("print_exception", |vm, a| {
        let text = match current_or_arg(vm, &a) {
            Some(e) => vm.format_exception(&e),
            None => "NoneType: None\n".to_string(),
        };
        // print_exception(exc, value, tb, limit=None, file=None, chain=True)
        write_to(vm, a.get(4, "file"), text)
    });
    set("format_exception", |vm, a| {
        let Some(e) = current_or_arg(vm, &a) else {
            return Ok(Value::list(vec![Value::str("NoneType: None\n")]));
        };
        let text = vm.format_exception(&e);
        Ok(Value::list(split_keep(&text)))
    });
    set("format_exception_only", |vm, a| {
        let Some(e) = current_or_arg(vm, &a) else {
            return Ok(Value::list(vec![Value::str("NoneType: None\n")]));
        };
        let text = vm.format_exception(&e);
        let last = text.lines().last().unwrap_or("").to_string();
        Ok(Value::list(vec![Value::str(format!("{last}\n"))]))
    });
    let _ = vm;
    Ok(m)
}

fn split_keep(text: &str) -> Vec<Value> {
    text.split_inclusive('\n').map(Value::str).collect()
}

/// Write `text` to `file` (its `write` method), or to `sys.stderr` when it is missing or None.
fn write_to(vm: &mut Vm, file: Option<&Value>, text: String) -> PyResult<Value> {
    match file {
        Some(f) if !f.is_none() => {
            vm.call_method(f, "write", &[Value::str(text)])?;
        }
        _ => vm.write_stderr(&text),
    }
    Ok(Value::None)
}
