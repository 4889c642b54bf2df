//! The `_re` module: the native regex engine behind `re`.

use crate::objects::module::new_module;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module("_re"))
}
