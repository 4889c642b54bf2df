//! Set algebra over `SetData` (a child module of `objects/set.rs`): update, union,
//! intersection, difference, symmetric difference and the subset tests, following CPython
//! 3.11's algorithms step for step, because they decide which table (size, insertion order)
//! a result is built in and therefore its iteration order.
//!
//! Another set's elements are always read from a snapshot taken under its own lock; two
//! set locks are never held at once.

use super::SetData;
use crate::object::Payload;
use crate::objects::dict::Dict;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The table of a set or frozenset (or an instance of a subclass).
pub fn as_set(v: &Value) -> Option<&SetData> {
    match v.payload()? {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// A plain `dict` (not a subclass): CPython reads such dicts directly, with stored hashes.
pub fn is_exact_dict(v: &Value) -> Option<&Dict> {
    match v {
        Value::Obj(o) if o.cls.is_none() => match &o.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

impl SetData {
    /// `set_update_internal`: merge a set, presize for a dict, else add item by item.
    pub fn update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            return self.merge(vm, o);
        }
        if let Some(d) = is_exact_dict(other) {
            let items = d.hashed_items();
            self.reserve(items.len());
            for (h, k, _) in items {
                self.add_hashed(vm, k, h)?;
            }
            return Ok(());
        }
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            self.add(vm, k)?;
        }
        Ok(())
    }

    /// `set_merge`: add every element of another set.
    pub fn merge(&self, vm: &mut Vm, other: &SetData) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let snap = other.snapshot();
        if let Some(items) = self.merge_table(&snap) {
            for (h, k) in items {
                self.add_hashed(vm, k, h)?;
            }
        }
        Ok(())
    }

    /// `set.union(*others)` and `|`.
    pub fn union(&self, vm: &mut Vm, others: &[Value]) -> PyResult<SetData> {
        let out = self.copy();
        for o in others {
            if as_set(o).is_some_and(|s| std::ptr::eq(s, self)) {
                continue;
            }
            out.update(vm, o)?;
        }
        Ok(out)
    }

    /// `set_intersection`: iterate the smaller set, probing the larger one.
    pub fn intersection(&self, vm: &mut Vm, other: &Value) -> PyResult<SetData> {
        let out = SetData::new();
        if let Some(o) = as_set(other) {
            if std::ptr::eq(o, self) {
                return Ok(self.copy());
            }
            let (small, big) = if o.len() > self.len() {
                (self, o)
            } else {
                (o, self)
            };
            for (h, k) in small.hashed_items() {
                if big.contains_hashed(vm, &k, h)? {
                    out.add_hashed(vm, k, h)?;
                }
            }
            return Ok(out);
        }
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = crate::objects::dict::key_hash(vm, &k)?;
            if self.contains_hashed(vm, &k, h)? {
                out.add_hashed(vm, k, h)?;
                if out.len() >= self.len() {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// `set.intersection(*others)`: repeated pairwise intersections.
    pub fn intersection_multi(&self, vm: &mut Vm, others: &[Value]) -> PyResult<SetData> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(self.copy());
        };
        let mut out = self.intersection(vm, first)?;
        for o in rest {
            out = out.intersection(vm, o)?;
        }
        Ok(out)
    }

    /// `set_difference`: build from the elements of self not in other, or copy and remove
    /// when self is much larger or other is a plain iterable.
    pub fn difference(&self, vm: &mut Vm, other: &Value) -> PyResult<SetData> {
        let other_size = if let Some(o) = as_set(other) {
            o.len()
        } else if let Some(d) = is_exact_dict(other) {
            d.len()
        } else {
            return self.copy_and_difference(vm, other);
        };
        if (self.len() >> 2) > other_size {
            return self.copy_and_difference(vm, other);
        }
        let out = SetData::new();
        for (h, k) in self.hashed_items() {
            let present = match (as_set(other), is_exact_dict(other)) {
                (Some(o), _) => o.contains_hashed(vm, &k, h)?,
                (None, Some(d)) => d.get_hashed(vm, &k, h)?.is_some(),
                (None, None) => false,
            };
            if !present {
                out.add_hashed(vm, k, h)?;
            }
        }
        Ok(out)
    }

    fn copy_and_difference(&self, vm: &mut Vm, other: &Value) -> PyResult<SetData> {
        let out = self.copy();
        out.difference_update(vm, other)?;
        Ok(out)
    }

    /// `set.difference(*others)`.
    pub fn difference_multi(&self, vm: &mut Vm, others: &[Value]) -> PyResult<SetData> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(self.copy());
        };
        let out = self.difference(vm, first)?;
        for o in rest {
            out.difference_update(vm, o)?;
        }
        Ok(out)
    }

    /// `set_difference_update_internal`.
    pub fn difference_update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            if std::ptr::eq(o, self) {
                self.clear();
                return Ok(());
            }
            let items = if (o.len() >> 3) > self.len() {
                self.intersection(vm, other)?.hashed_items()
            } else {
                o.hashed_items()
            };
            for (h, k) in items {
                self.discard_hashed(vm, &k, h)?;
            }
        } else {
            let it = vm.iter(other)?;
            while let Some(k) = vm.next(&it)? {
                self.discard(vm, &k)?;
            }
        }
        self.shrink_dummies();
        Ok(())
    }

    /// `set.symmetric_difference_update(other)`.
    pub fn symmetric_difference_update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if as_set(other).is_some_and(|o| std::ptr::eq(o, self)) {
            self.clear();
            return Ok(());
        }
        let items: Vec<(i64, Value)> = if let Some(d) = is_exact_dict(other) {
            d.hashed_items()
                .into_iter()
                .map(|(h, k, _)| (h, k))
                .collect()
        } else if let Some(o) = as_set(other) {
            o.hashed_items()
        } else {
            SetData::from_iterable(vm, other)?.hashed_items()
        };
        self.toggle_all(vm, items)
    }

    fn toggle_all(&self, vm: &mut Vm, items: Vec<(i64, Value)>) -> PyResult<()> {
        for (h, k) in items {
            if !self.discard_hashed(vm, &k, h)? {
                self.add_hashed(vm, k, h)?;
            }
        }
        Ok(())
    }

    /// `set.symmetric_difference(other)` and `^`: other's elements first, then toggled by
    /// self's.
    pub fn symmetric_difference(&self, vm: &mut Vm, other: &Value) -> PyResult<SetData> {
        let out = SetData::from_iterable(vm, other)?;
        out.toggle_all(vm, self.hashed_items())?;
        Ok(out)
    }

    /// `set.issubset(other)` (`<=` when other is a set).
    pub fn issubset(&self, vm: &mut Vm, other: &Value) -> PyResult<bool> {
        match as_set(other) {
            Some(o) => self.subset_of(vm, o),
            None => {
                let tmp = SetData::from_iterable(vm, other)?;
                self.subset_of(vm, &tmp)
            }
        }
    }

    pub fn subset_of(&self, vm: &mut Vm, o: &SetData) -> PyResult<bool> {
        if self.len() > o.len() {
            return Ok(false);
        }
        for (h, k) in self.hashed_items() {
            if !o.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set.issuperset(other)` (`>=` when other is a set).
    pub fn issuperset(&self, vm: &mut Vm, other: &Value) -> PyResult<bool> {
        if let Some(o) = as_set(other) {
            return o.subset_of(vm, self);
        }
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            if !self.contains(vm, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set.isdisjoint(other)`.
    pub fn isdisjoint(&self, vm: &mut Vm, other: &Value) -> PyResult<bool> {
        let exact_set =
            matches!(other, Value::Obj(o) if o.cls.is_none()) && as_set(other).is_some();
        if let Some(o) = as_set(other).filter(|_| exact_set) {
            if std::ptr::eq(o, self) {
                return Ok(self.is_empty());
            }
            let (small, big) = if o.len() > self.len() {
                (self, o)
            } else {
                (o, self)
            };
            for (h, k) in small.hashed_items() {
                if big.contains_hashed(vm, &k, h)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            if self.contains(vm, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Rich comparison of two sets (`op` as `Vm::compare`: 0 `<`, 1 `<=`, 2 `==`, 3 `!=`,
    /// 4 `>`, 5 `>=`).
    pub fn compare(&self, vm: &mut Vm, o: &SetData, op: u8) -> PyResult<bool> {
        let (a, b) = (self.len(), o.len());
        Ok(match op {
            0 => a < b && self.subset_of(vm, o)?,
            1 => self.subset_of(vm, o)?,
            2 => a == b && self.subset_of(vm, o)?,
            3 => !(a == b && self.subset_of(vm, o)?),
            4 => a > b && o.subset_of(vm, self)?,
            _ => o.subset_of(vm, self)?,
        })
    }
}
