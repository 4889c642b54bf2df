//! `SetData`: the hash set behind `set` and `frozenset`.
//!
//! Built on `Dict` (keys with `None` values), so it follows the same lock discipline: Python
//! `__eq__` never runs under the lock. Iteration is in insertion order for now; CPython
//! iterates in hash-table slot order (so `{3, 1, 2}` prints `{1, 2, 3}`), which the set
//! printer approximates for small ints (see `ordered_items`).

use crate::objects::dict::Dict;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Default)]
pub struct SetData {
    map: Dict,
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }

    pub fn from_values(vm: &mut Vm, items: impl IntoIterator<Item = Value>) -> PyResult<SetData> {
        let s = SetData::new();
        for v in items {
            s.add(vm, v)?;
        }
        Ok(s)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.map.set(vm, v, Value::None)
    }

    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.map.contains(vm, v)
    }

    /// Remove `v`; true if it was present.
    pub fn discard(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        Ok(self.map.remove(vm, v)?.is_some())
    }

    pub fn pop(&self) -> Option<Value> {
        self.map.pop_last().map(|(k, _)| k)
    }

    pub fn clear(&self) {
        self.map.clear()
    }

    pub fn copy(&self) -> SetData {
        SetData {
            map: self.map.copy(),
        }
    }

    /// Snapshot of the elements, in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.map.keys()
    }

    pub fn version(&self) -> u64 {
        self.map.version()
    }

    pub fn next_at(&self, pos: &mut usize) -> Option<Value> {
        self.map.next_at(pos).map(|(k, _)| k)
    }

    /// Hashes with elements, for copying without rehashing.
    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.map
            .hashed_items()
            .into_iter()
            .map(|(h, k, _)| (h, k))
            .collect()
    }

    pub fn insert_hashed(&self, hash: i64, v: Value) {
        self.map.insert_hashed_unique(hash, v, Value::None)
    }
}
