//! `list.sort` and `sorted`: a stable sort that only uses `<` and propagates errors.
//!
//! The list is emptied while it is sorted (as CPython does, so a key function sees `[]` and
//! a mutation is detected as "list modified during sort"); no lock is held while Python
//! runs. Keys that are all ints, all floats without NaN, or all plain strs are sorted with
//! Rust's stable sort and no VM calls. Otherwise a run-based merge sort runs over a
//! permutation: run detection and binary insertion below 64 elements make exactly CPython's
//! sequence of `<` calls for short lists (so which operands a failing `<` names matches),
//! and merging is plain (no galloping); as in CPython, `reverse` reverses before and after.

use crate::object::Payload;
use crate::objects::int::num_compare;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;

/// `key=` and `reverse=` of `sort()`/`sorted()`; other keywords are errors.
pub fn sort_kwargs(vm: &mut Vm, a: &Args<'_>) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match k.as_str() {
            Some("key") => key = (!v.is_none()).then(|| v.clone()),
            Some("reverse") => match crate::objects::seq::index_of(vm, v)? {
                Some(i) => reverse = i != 0,
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        crate::objects::types::type_name_of(v)
                    )))
                }
            },
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    k.as_str().unwrap_or("")
                )))
            }
        }
    }
    Ok((key, reverse))
}

/// Sort a list object's storage in place.
pub fn sort_list(
    vm: &mut Vm,
    l: &Mutex<Vec<Value>>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let items = std::mem::take(&mut *l.lock());
    let (sorted, res) = sort_values(vm, items, key, reverse);
    let meanwhile = std::mem::replace(&mut *l.lock(), sorted);
    let modified = !meanwhile.is_empty();
    drop(meanwhile);
    res?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// Sort `items`; on error the items come back (in some order) with the error.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> (Vec<Value>, PyResult<()>) {
    let n = items.len();
    if n < 2 {
        return (items, Ok(()));
    }
    let keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(n);
            for it in &items {
                match vm.call(f, std::slice::from_ref(it)) {
                    Ok(k) => keys.push(k),
                    Err(e) => return (items, Err(e)),
                }
            }
            Some(keys)
        }
        None => None,
    };
    let mut perm: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    let res = sort_perm(vm, keys.as_deref().unwrap_or(&items), &mut perm);
    drop(keys);
    if reverse {
        perm.reverse();
    }
    let mut src: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let out = perm
        .into_iter()
        .map(|i| src.get_mut(i).and_then(Option::take).unwrap_or_default())
        .collect();
    (out, res)
}

fn plain_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) if o.cls.is_none() => match &o.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn sort_perm(vm: &mut Vm, keys: &[Value], perm: &mut Vec<usize>) -> PyResult<()> {
    if keys
        .iter()
        .all(|k| matches!(k, Value::Int(_) | Value::Bool(_)))
    {
        perm.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            Value::Bool(b) => b as i64,
            _ => 0,
        });
        return Ok(());
    }
    if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        perm.sort_by(|&i, &j| match (&keys[i], &keys[j]) {
            (Value::Float(x), Value::Float(y)) => {
                x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
            }
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    if keys.iter().all(|k| plain_str(k).is_some()) {
        perm.sort_by(|&i, &j| plain_str(&keys[i]).cmp(&plain_str(&keys[j])));
        return Ok(());
    }
    TimSort { keys, perm }.run(vm)
}

/// `a < b` with native shortcuts for numbers and plain strs.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let num = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_));
    if num(a) && num(b) {
        return Ok(num_compare(a, b) == Some(std::cmp::Ordering::Less));
    }
    if let (Some(x), Some(y)) = (plain_str(a), plain_str(b)) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, 0)?;
    vm.truthy(&r)
}

struct TimSort<'k, 'p> {
    keys: &'k [Value],
    perm: &'p mut Vec<usize>,
}

impl TimSort<'_, '_> {
    fn lt(&self, vm: &mut Vm, i: usize, j: usize) -> PyResult<bool> {
        less_than(vm, &self.keys[self.perm[i]], &self.keys[self.perm[j]])
    }

    fn run(&mut self, vm: &mut Vm) -> PyResult<()> {
        let n = self.perm.len();
        let minrun = min_run(n);
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut lo = 0;
        while lo < n {
            let (mut len, descending) = self.count_run(vm, lo, n)?;
            if descending {
                self.perm[lo..lo + len].reverse();
            }
            if len < minrun {
                let force = minrun.min(n - lo);
                self.binary_sort(vm, lo, lo + force, lo + len)?;
                len = force;
            }
            runs.push((lo, len));
            self.collapse(vm, &mut runs, false)?;
            lo += len;
        }
        self.collapse(vm, &mut runs, true)
    }

    fn count_run(&self, vm: &mut Vm, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut k = lo + 1;
        if self.lt(vm, k, k - 1)? {
            k += 1;
            while k < hi && self.lt(vm, k, k - 1)? {
                k += 1;
            }
            Ok((k - lo, true))
        } else {
            k += 1;
            while k < hi && !self.lt(vm, k, k - 1)? {
                k += 1;
            }
            Ok((k - lo, false))
        }
    }

    /// Insert `perm[start..hi]` one by one into the sorted `perm[lo..start]`.
    fn binary_sort(&mut self, vm: &mut Vm, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let start = if lo == start { start + 1 } else { start };
        for s in start..hi {
            let pivot = self.perm[s];
            let (mut l, mut r) = (lo, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if less_than(vm, &self.keys[pivot], &self.keys[self.perm[p]])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.perm.copy_within(l..s, l + 1);
            self.perm[l] = pivot;
        }
        Ok(())
    }

    /// Keep run lengths balanced (timsort's invariants); `all` merges everything.
    fn collapse(&mut self, vm: &mut Vm, runs: &mut Vec<(usize, usize)>, all: bool) -> PyResult<()> {
        while runs.len() > 1 {
            let mut n = runs.len() - 2;
            let len = |i: usize| runs[i].1;
            if all {
                if n > 0 && len(n - 1) < len(n + 1) {
                    n -= 1;
                }
            } else if (n > 0 && len(n - 1) <= len(n) + len(n + 1))
                || (n > 1 && len(n - 2) <= len(n - 1) + len(n))
            {
                if len(n - 1) < len(n + 1) {
                    n -= 1;
                }
            } else if len(n) > len(n + 1) {
                break;
            }
            let (lo, a) = runs[n];
            let b = runs[n + 1].1;
            self.merge(vm, lo, lo + a, lo + a + b)?;
            runs[n].1 = a + b;
            runs.remove(n + 1);
        }
        Ok(())
    }

    /// Stable merge of `perm[lo..mid]` and `perm[mid..hi]`. On error every index is still
    /// present exactly once.
    fn merge(&mut self, vm: &mut Vm, lo: usize, mid: usize, hi: usize) -> PyResult<()> {
        let left: Vec<usize> = self.perm[lo..mid].to_vec();
        let (mut i, mut j, mut k) = (0, mid, lo);
        while i < left.len() && j < hi {
            match less_than(vm, &self.keys[self.perm[j]], &self.keys[left[i]]) {
                Ok(true) => {
                    self.perm[k] = self.perm[j];
                    j += 1;
                }
                Ok(false) => {
                    self.perm[k] = left[i];
                    i += 1;
                }
                Err(e) => {
                    self.perm[k..k + left.len() - i].copy_from_slice(&left[i..]);
                    return Err(e);
                }
            }
            k += 1;
        }
        self.perm[k..k + left.len() - i].copy_from_slice(&left[i..]);
        Ok(())
    }
}

fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}
