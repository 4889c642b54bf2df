//! `itertools.groupby` and `itertools.tee` (a child module of `stdlib/itertools.rs`):
//! iterators whose objects share state (a groupby and its current `_grouper`; the tees of
//! one `tee()` call and their common buffer).
//!
//! The shared state sits behind a small mutex that is only held to read or update it: the
//! source iterator, key function and `==` run with it released, as CPython's algorithms run
//! between their own state updates.

use super::class;
use crate::builtins::containers::iterclass::instance;
use crate::objects::iter::NativeIter;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::sync::Arc;

#[derive(Default)]
struct GroupState {
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Which grouper may still yield (each new group bumps it).
    current: u64,
}

struct GroupShared {
    it: Value,
    keyfunc: Value,
    st: Mutex<GroupState>,
}

impl GroupShared {
    /// Advance the source: the next value and its key become current. False at the end.
    fn step(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(v) = vm.next(&self.it)? else {
            return Ok(false);
        };
        let k = if self.keyfunc.is_none() {
            v.clone()
        } else {
            vm.call(&self.keyfunc, std::slice::from_ref(&v))?
        };
        let mut st = self.st.lock();
        st.currvalue = Some(v);
        st.currkey = Some(k);
        Ok(true)
    }
}

pub fn groupby_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    super::check(vm, &a, "groupby", 2, &["iterable", "key"])?;
    let iterable = super::required(vm, &a, 0, "iterable", "groupby")?;
    let keyfunc = a.get(2, "key").cloned().unwrap_or_default();
    let it = vm.iter(iterable)?;
    let shared = Arc::new(GroupShared {
        it,
        keyfunc,
        st: Mutex::new(GroupState::default()),
    });
    Ok(instance(&a.pos[0], GroupBy { shared }))
}

struct GroupBy {
    shared: Arc<GroupShared>,
}

impl NativeIter for GroupBy {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let sh = &self.shared;
        let id = {
            let mut st = sh.st.lock();
            st.current += 1;
            st.current
        };
        // Skip the rest of the current group.
        loop {
            let (curr, tgt) = {
                let st = sh.st.lock();
                (st.currkey.clone(), st.tgtkey.clone())
            };
            match (curr, tgt) {
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !vm.eq(&t, &c)? {
                        break;
                    }
                }
                (None, _) => {}
            }
            if !sh.step(vm)? {
                return Ok(None);
            }
        }
        let key = {
            let mut st = sh.st.lock();
            st.tgtkey = st.currkey.clone();
            st.currkey.clone().unwrap_or_default()
        };
        let grouper = instance(
            &class("_grouper"),
            Grouper {
                shared: sh.clone(),
                id,
                tgtkey: key.clone(),
            },
        );
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
}

struct Grouper {
    shared: Arc<GroupShared>,
    id: u64,
    tgtkey: Value,
}

impl NativeIter for Grouper {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let sh = &self.shared;
        let need_step = {
            let st = sh.st.lock();
            if st.current != self.id {
                return Ok(None);
            }
            st.currvalue.is_none()
        };
        if need_step && !sh.step(vm)? {
            return Ok(None);
        }
        let Some(curr) = sh.st.lock().currkey.clone() else {
            return Ok(None);
        };
        if !vm.eq(&self.tgtkey, &curr)? {
            return Ok(None);
        }
        let mut st = sh.st.lock();
        st.currkey = None;
        Ok(st.currvalue.take())
    }
}

/// The buffer shared by the tees of one `tee()` call: items fetched from the source but not
/// yet seen by every tee. `base` is the absolute index of `buf[0]`.
struct TeeShared {
    it: Value,
    st: Mutex<TeeBuf>,
}

struct TeeBuf {
    buf: VecDeque<Value>,
    base: usize,
    /// Absolute position of each live tee (`None` once dropped).
    pos: Vec<Option<usize>>,
}

impl TeeBuf {
    fn trim(&mut self) {
        let low = self
            .pos
            .iter()
            .flatten()
            .min()
            .copied()
            .unwrap_or(self.base + self.buf.len());
        while self.base < low && self.buf.pop_front().is_some() {
            self.base += 1;
        }
    }
}

struct Tee {
    shared: Arc<TeeShared>,
    me: usize,
}

impl NativeIter for Tee {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            {
                let mut st = self.shared.st.lock();
                let p = st.pos[self.me].unwrap_or(0);
                if p < st.base + st.buf.len() {
                    let item = st.buf[p - st.base].clone();
                    st.pos[self.me] = Some(p + 1);
                    st.trim();
                    return Ok(Some(item));
                }
            }
            let Some(x) = vm.next(&self.shared.it)? else {
                return Ok(None);
            };
            self.shared.st.lock().buf.push_back(x);
        }
    }
}

impl Drop for Tee {
    fn drop(&mut self) {
        let mut st = self.shared.st.lock();
        st.pos[self.me] = None;
        st.trim();
    }
}

/// `itertools.tee(iterable, n=2)`.
pub fn tee(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("tee() takes no keyword arguments"));
    }
    let Some(iterable) = a.pos.first() else {
        return Err(vm.type_error("tee expected at least 1 argument, got 0"));
    };
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tee expected at most 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let n = match a.pos.get(1) {
        Some(v) => match crate::objects::seq::index_of(vm, v)? {
            Some(i) if i >= 0 => i as usize,
            Some(_) => return Err(vm.value_error("n must be >= 0")),
            None => return Err(vm.type_error("an integer is required")),
        },
        None => 2,
    };
    let it = vm.iter(iterable)?;
    let shared = Arc::new(TeeShared {
        it,
        st: Mutex::new(TeeBuf {
            buf: VecDeque::new(),
            base: 0,
            pos: vec![Some(0); n],
        }),
    });
    let cls = class("_tee");
    let tees = (0..n)
        .map(|me| {
            instance(
                &cls,
                Tee {
                    shared: shared.clone(),
                    me,
                },
            )
        })
        .collect();
    Ok(Value::tuple(tees))
}
