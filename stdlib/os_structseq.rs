//! Struct sequences: the named-tuple-like result types of the OS modules
//! (`time.struct_time`, `os.stat_result`, `os.terminal_size`).
//!
//! An instance is a tuple subclass instance (`Payload::Tuple` with `cls` set) holding the
//! visible fields; fields past the visible ones (`tm_zone`, `st_mtime` as a float, ...) are
//! not part of the tuple and live in the instance dict, as attributes only.
//! Constructors take `(sequence)` like CPython's; the repr names the visible fields.

use super::util::{native_closure, new_native_class, property_value};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::iter::IterState;
use crate::objects::str::intern;
use crate::objects::types::{as_type, types};
use crate::value::Value;

pub struct StructSeq {
    pub cls: ObjRef,
    fields: &'static [&'static str],
    n_visible: usize,
}

impl StructSeq {
    /// A new struct sequence type `module.name` whose first `n_visible` fields form the
    /// tuple.
    pub fn new(
        name: &'static str,
        module: &'static str,
        fields: &'static [&'static str],
        n_visible: usize,
    ) -> StructSeq {
        let cls = new_native_class(name, module, &[types().tuple.clone()]);
        let Some(td) = as_type(&cls) else {
            return StructSeq {
                cls,
                fields,
                n_visible,
            };
        };
        for (i, f) in fields.iter().enumerate().take(n_visible) {
            // A visible field whose name is also an extra one (os.stat_result's integer
            // st_mtime) is reached by index only; the attribute is the extra field.
            if fields[n_visible..].contains(f) {
                continue;
            }
            let getter = native_closure(f, move |_, a| {
                Ok(tuple_items(a.pos.first().unwrap_or(&Value::None))
                    .get(i)
                    .cloned()
                    .unwrap_or_default())
            });
            td.dict.set_str(intern(f), property_value(getter));
        }
        let full = format!("{module}.{name}");
        let repr_name = full.clone();
        td.dict.set_str(
            intern("__repr__"),
            native_closure("__repr__", move |vm, a| {
                let items = tuple_items(a.pos.first().unwrap_or(&Value::None));
                let mut parts = Vec::with_capacity(items.len());
                for (f, v) in fields.iter().zip(items.iter()) {
                    parts.push(format!("{f}={}", vm.repr_string(v)?));
                }
                Ok(Value::str(format!("{repr_name}({})", parts.join(", "))))
            }),
        );
        td.dict.set_str(
            intern("__iter__"),
            native_closure("__iter__", |_, a| {
                let t = Value::tuple(tuple_items(a.pos.first().unwrap_or(&Value::None)));
                Ok(Value::obj(Payload::Iter(IterState::seq(t))))
            }),
        );
        td.dict.set_str(
            intern("__reduce__"),
            native_closure("__reduce__", |_, a| {
                let cls = Value::Obj(
                    crate::objects::types::type_of(a.pos.first().unwrap_or(&Value::None)).clone(),
                );
                let t = Value::tuple(tuple_items(a.pos.first().unwrap_or(&Value::None)));
                Ok(Value::tuple(vec![cls, Value::tuple(vec![t])]))
            }),
        );
        let this_cls = cls.clone();
        let new = native_closure("__new__", move |vm, a| {
            let seq = a
                .pos
                .get(1)
                .or_else(|| a.kw("sequence"))
                .cloned()
                .unwrap_or_default();
            let items = vm.collect(&seq)?;
            let (lo, hi) = (n_visible, fields.len());
            if items.len() < lo || items.len() > hi {
                let msg = if lo == hi {
                    format!(
                        "{full}() takes a {lo}-sequence ({}-sequence given)",
                        items.len()
                    )
                } else if items.len() < lo {
                    format!(
                        "{full}() takes an at least {lo}-sequence ({}-sequence given)",
                        items.len()
                    )
                } else {
                    format!(
                        "{full}() takes an at most {hi}-sequence ({}-sequence given)",
                        items.len()
                    )
                };
                return Err(vm.type_error(msg));
            }
            let mut items = items;
            let extras = items.split_off(lo);
            let mut extras = extras;
            extras.resize(hi - lo, Value::None);
            Ok(build(&this_cls, fields, items, extras))
        });
        td.dict
            .set_str(intern("__new__"), Value::obj(Payload::StaticMethod(new)));
        td.dict
            .set_str(intern("n_sequence_fields"), Value::Int(n_visible as i64));
        td.dict
            .set_str(intern("n_fields"), Value::Int(fields.len() as i64));
        StructSeq {
            cls,
            fields,
            n_visible,
        }
    }

    /// An instance from the visible fields and the extra (attribute-only) fields.
    pub fn make(&self, visible: Vec<Value>, extras: Vec<Value>) -> Value {
        debug_assert_eq!(visible.len(), self.n_visible);
        build(&self.cls, self.fields, visible, extras)
    }
}

fn build(
    cls: &ObjRef,
    fields: &'static [&'static str],
    visible: Vec<Value>,
    extras: Vec<Value>,
) -> Value {
    let n = visible.len();
    let dict = if extras.is_empty() {
        None
    } else {
        let d = Dict::new();
        for (f, v) in fields[n..].iter().zip(extras) {
            d.set_str(intern(f), v);
        }
        Some(ObjRef::new(PyObject::new(Payload::Dict(Box::new(d)))))
    };
    let mut obj = PyObject::with_class(Payload::Tuple(visible.into_boxed_slice()), cls.clone());
    obj.dict = dict;
    Value::Obj(ObjRef::new(obj))
}

/// The tuple items of a struct sequence instance.
pub fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}
