//! Module objects: a name and a globals dict object shared with the functions defined in it.

use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::value::Value;

pub struct ModuleData {
    pub name: String,
    /// A dict object (`Payload::Dict`): the module's globals.
    pub dict: ObjRef,
}

impl ModuleData {
    pub fn dict(&self) -> &Dict {
        crate::vm::dict_of(&self.dict)
    }
}

/// A new module object with `__name__` set and a fresh globals dict.
pub fn new_module(name: &str) -> Value {
    let dict = ObjRef::new(crate::object::PyObject::new(Payload::Dict(Box::new(
        Dict::new(),
    ))));
    // Every function defined in the module holds its globals: no count traffic on them.
    dict.make_immortal();
    if let Payload::Dict(d) = &dict.payload {
        d.set_str(intern("__name__"), Value::str(name));
        d.set_str(intern("__doc__"), Value::None);
        d.set_str(intern("__package__"), Value::None);
        d.set_str(intern("__spec__"), Value::None);
        d.set_str(intern("__loader__"), Value::None);
    }
    Value::obj(Payload::Module(ModuleData {
        name: name.to_string(),
        dict,
    }))
}

/// The globals dict of a module value.
pub fn module_dict(m: &Value) -> Option<&Dict> {
    match m.payload()? {
        Payload::Module(md) => Some(md.dict()),
        _ => None,
    }
}
