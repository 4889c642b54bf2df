//! Built-in iterator objects: over sequences, ranges, dicts and sets, `iter(f, sentinel)`,
//! the `__getitem__` protocol, reversed sequences, and native Rust iterators (map, zip,
//! itertools, ...).
//!
//! Positions are atomics so that sharing an iterator between threads is a Python-level race
//! (items may be skipped or repeated by the program's own design), never memory unsafety.
//! Native iterators run Python callbacks, so their state lock is taken with `try_lock`:
//! re-entering the same iterator from its own callback is a `ValueError`, not a deadlock.

use crate::object::{DictViewKind, ObjRef, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};

pub trait NativeIter: Send {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>>;

    /// The constructor arguments that recreate the current state, for iterators whose
    /// repr shows them (`count(5)`, `repeat('a', 3)`); formatted outside the lock.
    fn repr_args(&self) -> Option<Vec<Value>> {
        None
    }
}

pub enum IterState {
    /// list, tuple, bytes, bytearray by index (a list iterator sees appends); for str the
    /// position is a byte offset.
    Seq {
        seq: Value,
        idx: AtomicUsize,
    },
    Range {
        cur: AtomicI64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: ObjRef,
        pos: AtomicUsize,
        len: usize,
        kind: DictViewKind,
    },
    Set {
        set: ObjRef,
        pos: AtomicUsize,
        len: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
        done: AtomicBool,
    },
    /// Objects with `__getitem__` but no `__iter__`.
    GetItem {
        obj: Value,
        idx: AtomicUsize,
        done: AtomicBool,
    },
    /// reversed(list/tuple): the number of items still to yield.
    Reversed {
        seq: Value,
        left: AtomicUsize,
    },
    Native(Mutex<Box<dyn NativeIter>>),
}

impl IterState {
    pub fn seq(seq: Value) -> IterState {
        IterState::Seq {
            seq,
            idx: AtomicUsize::new(0),
        }
    }

    pub fn native(it: impl NativeIter + 'static) -> IterState {
        IterState::Native(Mutex::new(Box::new(it)))
    }

    /// The next item. Ranges and sequences are handled here, small enough to be inlined
    /// into the eval loop's `for`; the other kinds in `next_other`.
    #[inline]
    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self {
            IterState::Range { cur, stop, step } => {
                // A relaxed load and store, not a CAS: two threads sharing one range iterator
                // is a Python-level race (items may repeat), and the common unshared case
                // then costs two plain moves.
                let v = cur.load(Ordering::Relaxed);
                let more = if *step > 0 { v < *stop } else { v > *stop };
                if !more {
                    return Ok(None);
                }
                cur.store(v.checked_add(*step).unwrap_or(*stop), Ordering::Relaxed);
                Ok(Some(Value::Int(v)))
            }
            IterState::Seq { seq, idx } => Ok(seq_next(vm, seq, idx)),
            _ => self.next_other(vm),
        }
    }

    #[inline(never)]
    fn next_other(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self {
            IterState::Seq { .. } | IterState::Range { .. } => self.next(vm),
            IterState::Dict {
                dict,
                pos,
                len,
                kind,
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    return Ok(None);
                };
                if d.len() != *len {
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
                let mut p = pos.load(Ordering::Relaxed);
                let item = d.next_at(&mut p);
                pos.store(p, Ordering::Relaxed);
                Ok(item.map(|(k, v)| match kind {
                    DictViewKind::Keys => k,
                    DictViewKind::Values => v,
                    DictViewKind::Items => Value::tuple(vec![k, v]),
                }))
            }
            IterState::Set { set, pos, len } => {
                let (Payload::Set(s) | Payload::FrozenSet(s)) = &set.payload else {
                    return Ok(None);
                };
                if s.len() != *len {
                    return Err(vm.runtime_error("Set changed size during iteration"));
                }
                let mut p = pos.load(Ordering::Relaxed);
                let item = s.next_at(&mut p);
                pos.store(p, Ordering::Relaxed);
                Ok(item)
            }
            IterState::Callable {
                func,
                sentinel,
                done,
            } => {
                if done.load(Ordering::Relaxed) {
                    return Ok(None);
                }
                let v = vm.call(func, &[])?;
                if vm.eq(&v, sentinel)? {
                    done.store(true, Ordering::Relaxed);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { obj, idx, done } => {
                if done.load(Ordering::Relaxed) {
                    return Ok(None);
                }
                let i = idx.fetch_add(1, Ordering::Relaxed);
                match vm.getitem(obj, &Value::from(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if vm.exc_matches(&e, "IndexError")
                            || vm.exc_matches(&e, "StopIteration") =>
                    {
                        done.store(true, Ordering::Relaxed);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Reversed { seq, left } => {
                let n = left.load(Ordering::Relaxed);
                if n == 0 {
                    return Ok(None);
                }
                left.store(n - 1, Ordering::Relaxed);
                let item = match seq.payload() {
                    Some(Payload::List(l)) => l.lock().get(n - 1).cloned(),
                    Some(Payload::Tuple(t)) => t.get(n - 1).cloned(),
                    _ => Some(vm.getitem(seq, &Value::from(n - 1))?),
                };
                if item.is_none() {
                    left.store(0, Ordering::Relaxed);
                }
                Ok(item)
            }
            IterState::Native(m) => {
                let Some(mut it) = m.try_lock() else {
                    return Err(vm.value_error("generator already executing"));
                };
                // A StopIteration escaping a callback (map's function, ...) ends the
                // iteration, as it does for CPython's C iterators.
                match it.next(vm) {
                    Err(e) if vm.exc_matches(&e, "StopIteration") => Ok(None),
                    r => r,
                }
            }
        }
    }
}

#[inline]
fn seq_next(vm: &mut Vm, seq: &Value, idx: &AtomicUsize) -> Option<Value> {
    let p = seq.payload()?;
    let i = idx.load(Ordering::Relaxed);
    let item = match p {
        Payload::List(l) => l.lock().get(i).cloned(),
        Payload::Tuple(t) => t.get(i).cloned(),
        Payload::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
        Payload::ByteArray(b) => b.lock().get(i).map(|&x| Value::Int(x as i64)),
        Payload::Str(s) => {
            let c = s.as_str().get(i..)?.chars().next()?;
            idx.store(i + c.len_utf8(), Ordering::Relaxed);
            return Some(vm.char_str(c));
        }
        _ => None,
    };
    if item.is_some() {
        idx.store(i + 1, Ordering::Relaxed);
    }
    item
}
