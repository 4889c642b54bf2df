//! `_thread.lock` (`allocate_lock()`) and `_thread.RLock`: the native locks everything in
//! `threading` and `queue` is built on.
//!
//! Each is a small state behind a parking_lot mutex plus a condition variable. The mutex is
//! a leaf lock held for a few instructions; waiting for the Python-level lock happens in
//! `Vm::block_on`, with the GIL released and (in the main thread) interruptible by Ctrl-C.
//! A plain lock may be released by any thread, as in CPython.

use super::os::util::parse_args;
use super::thread::{current_ident, thread_class};
use crate::builtins::containers::args;
use crate::builtins::numbers::convert::{float_of, index_big};
use crate::builtins::{add_method, add_staticmethod};
use crate::object::{NativeData, ObjRef, Payload, PyObject};
use crate::objects::types::{as_type, type_of};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_traits::ToPrimitive;
use parking_lot::{Condvar, Mutex};
use std::sync::OnceLock;
use std::time::Duration;

/// `_thread.TIMEOUT_MAX`, as CPython on 64-bit Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// Without the GIL, a Python-level lock is usually held for a few bytecodes by a thread
/// running on another core: trying again for a moment is much cheaper than sleeping in the
/// kernel and being woken. With the GIL the holder cannot run while we spin, so we don't.
fn spin_until(mut ready: impl FnMut() -> bool) -> bool {
    if crate::gil::is_enabled() {
        return false;
    }
    for i in 0..64 {
        for _ in 0..(4 << (i / 16)) {
            std::hint::spin_loop();
        }
        if ready() {
            return true;
        }
    }
    false
}

pub struct Lock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl Lock {
    fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        !std::mem::replace(&mut *l, true)
    }

    fn acquire(&self, vm: &mut Vm, blocking: bool, timeout: Option<Duration>) -> PyResult<bool> {
        self.acquire_with(vm, blocking, timeout, true)
    }

    /// `priority` false: after the wait, queue for the GIL behind its holder (see
    /// `gil::allow_threads_queued`).
    fn acquire_with(
        &self,
        vm: &mut Vm,
        blocking: bool,
        timeout: Option<Duration>,
        priority: bool,
    ) -> PyResult<bool> {
        if self.try_acquire() {
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        if spin_until(|| self.try_acquire()) {
            return Ok(true);
        }
        vm.block_on_with(
            priority,
            "Lock.acquire",
            timeout,
            || self.try_acquire(),
            |max| {
                let mut l = self.locked.lock();
                if *l {
                    self.cond.wait_for(&mut l, max);
                }
            },
        )
    }

    fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.cond.notify_one();
        true
    }
}

impl NativeData for Lock {
    fn type_obj(&self) -> &'static ObjRef {
        lock_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Owner ident and recursion count.
pub struct RLock {
    st: Mutex<(u64, u64)>,
    cond: Condvar,
}

impl RLock {
    fn try_acquire(&self, me: u64) -> bool {
        let mut st = self.st.lock();
        if st.1 == 0 {
            *st = (me, 1);
            true
        } else if st.0 == me {
            st.1 += 1;
            true
        } else {
            false
        }
    }

    fn acquire(&self, vm: &mut Vm, blocking: bool, timeout: Option<Duration>) -> PyResult<bool> {
        let me = current_ident();
        if self.try_acquire(me) {
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        if spin_until(|| self.try_acquire(me)) {
            return Ok(true);
        }
        vm.block_on(
            "RLock.acquire",
            timeout,
            || self.try_acquire(me),
            |max| {
                let mut st = self.st.lock();
                if st.1 != 0 {
                    self.cond.wait_for(&mut st, max);
                }
            },
        )
    }

    /// Give the lock up entirely; returns the (count, owner) it had, if the caller owned it.
    fn release_all(&self, me: u64) -> Option<(u64, u64)> {
        let mut st = self.st.lock();
        if st.1 == 0 || st.0 != me {
            return None;
        }
        let old = (st.1, st.0);
        *st = (0, 0);
        drop(st);
        self.cond.notify_one();
        Some(old)
    }
}

impl NativeData for RLock {
    fn type_obj(&self) -> &'static ObjRef {
        rlock_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn lock_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let c = thread_class("lock");
        register_lock(&c);
        c
    })
}

pub fn rlock_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let c = thread_class("RLock");
        register_rlock(&c);
        c
    })
}

pub fn new_lock() -> Value {
    Value::obj(Payload::Native(Box::new(Lock {
        locked: Mutex::new(false),
        cond: Condvar::new(),
    })))
}

fn lock_of<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Lock> {
    let v = args::receiver(vm, a, "lock", name)?;
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Lock>(),
        _ => None,
    }
    .ok_or_else(|| args::wrong_receiver(vm, v, "lock", name))
}

fn rlock_of<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a RLock> {
    let v = args::receiver(vm, a, "_thread.RLock", name)?;
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<RLock>(),
        _ => None,
    }
    .ok_or_else(|| args::wrong_receiver(vm, v, "_thread.RLock", name))
}

/// `acquire`'s default timeout (-1 s, "forever") in nanoseconds.
const UNSET_NS: i64 = -1_000_000_000;

/// A timeout in seconds converted to signed 64-bit nanoseconds, rounding away from zero, as
/// CPython converts timeouts before looking at them: a float out of range and an int out of
/// range fail with different messages, and anything else must have `__index__`.
fn timeout_ns(vm: &mut Vm, t: &Value) -> PyResult<i64> {
    if let Some(f) = float_of(t) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        let ns = if ns >= 0.0 { ns.ceil() } else { ns.floor() };
        // i64::MIN as f64 is exact; i64::MAX as f64 rounds up to 2**63 (excluded).
        if !(i64::MIN as f64 <= ns && ns < -(i64::MIN as f64)) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(ns as i64);
    }
    index_big(vm, t)?
        .to_i64()
        .and_then(|s| s.checked_mul(1_000_000_000))
        .ok_or_else(|| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))
}

/// `blocking`, a C `int` as CPython parses it (not any truthy object).
fn blocking_arg(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let Some(i) = index_big(vm, v)?.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    if i > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if i < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(i != 0)
}

/// `acquire(blocking=True, timeout=-1)` arguments, checked in CPython's order: both
/// conversions first, then a timeout given to a non-blocking call, then a negative one.
fn acquire_args(vm: &mut Vm, a: &Args<'_>) -> PyResult<(bool, Option<Duration>)> {
    let [b, t] = parse_args(vm, &a.rest(), "acquire", ["blocking", "timeout"], 0, 2)?;
    let blocking = match b {
        Some(v) => blocking_arg(vm, v)?,
        None => true,
    };
    let ns = match t {
        Some(t) => timeout_ns(vm, t)?,
        None => UNSET_NS,
    };
    if !blocking && ns != UNSET_NS {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if ns < 0 && ns != UNSET_NS {
        return Err(vm.value_error("timeout value must be positive"));
    }
    let timeout = u64::try_from(ns).ok().map(Duration::from_nanos);
    Ok((blocking, timeout))
}

/// `<locked _thread.lock object at 0x...>`; subclasses show their bare name, as CPython.
fn state_repr(v: &Value, locked: bool, extra: &str) -> Value {
    let state = if locked { "locked" } else { "unlocked" };
    let cls = type_of(v);
    let name = match as_type(cls) {
        Some(t) if t.builtin => format!("_thread.{}", t.name),
        Some(t) => t.name.to_string(),
        None => String::from("?"),
    };
    Value::str(format!("<{state} {name} object{extra} at {:#x}>", v.id()))
}

fn register_lock(c: &ObjRef) {
    // As CPython 3.11: locks come only from `allocate_lock()`.
    add_staticmethod(c, "__new__", |vm, _| {
        Err(vm.type_error("cannot create '_thread.lock' instances"))
    });
    fn acquire(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        let l = lock_of(vm, &a, "acquire")?;
        let (blocking, timeout) = acquire_args(vm, &a)?;
        Ok(Value::Bool(l.acquire(vm, blocking, timeout)?))
    }
    fn release(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        if !lock_of(vm, &a, "release")?.release() {
            return Err(vm.runtime_error("release unlocked lock"));
        }
        Ok(Value::None)
    }
    fn locked(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        Ok(Value::Bool(*lock_of(vm, &a, "locked")?.locked.lock()))
    }
    add_method(c, "acquire", acquire);
    add_method(c, "acquire_lock", acquire);
    add_method(c, "__enter__", acquire);
    add_method(c, "release", release);
    add_method(c, "release_lock", release);
    add_method(c, "__exit__", release);
    add_method(c, "locked", locked);
    // gilpy-specific, for `Thread.start()`: a blocking acquire after which the thread waits
    // its turn for the GIL, so that the thread that released the lock keeps running.
    add_method(c, "_acquire_queued", |vm, a| {
        let l = lock_of(vm, &a, "_acquire_queued")?;
        Ok(Value::Bool(l.acquire_with(vm, true, None, false)?))
    });
    add_method(c, "locked_lock", locked);
    add_method(c, "__repr__", |vm, a| {
        let l = lock_of(vm, &a, "__repr__")?;
        let locked = *l.locked.lock();
        Ok(state_repr(&a.pos[0], locked, ""))
    });
    add_method(c, "_at_fork_reinit", |vm, a| {
        let l = lock_of(vm, &a, "_at_fork_reinit")?;
        *l.locked.lock() = false;
        Ok(Value::None)
    });
}

fn register_rlock(c: &ObjRef) {
    add_staticmethod(c, "__new__", |vm, a| {
        let cls = args::receiver(vm, &a, "RLock", "__new__")?;
        let payload = Payload::Native(Box::new(RLock {
            st: Mutex::new((0, 0)),
            cond: Condvar::new(),
        }));
        match cls {
            Value::Obj(c) if as_type(c).is_some_and(|t| !t.builtin) => Ok(Value::Obj(ObjRef::new(
                PyObject::with_class(payload, c.clone()),
            ))),
            _ => Ok(Value::obj(payload)),
        }
    });
    fn acquire(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        let l = rlock_of(vm, &a, "acquire")?;
        let (blocking, timeout) = acquire_args(vm, &a)?;
        Ok(Value::Bool(l.acquire(vm, blocking, timeout)?))
    }
    fn release(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        let l = rlock_of(vm, &a, "release")?;
        let me = current_ident();
        let mut st = l.st.lock();
        if st.1 == 0 || st.0 != me {
            drop(st);
            return Err(vm.runtime_error("cannot release un-acquired lock"));
        }
        st.1 -= 1;
        if st.1 == 0 {
            st.0 = 0;
            drop(st);
            l.cond.notify_one();
        }
        Ok(Value::None)
    }
    add_method(c, "acquire", acquire);
    add_method(c, "__enter__", acquire);
    add_method(c, "release", release);
    add_method(c, "__exit__", release);
    add_method(c, "_is_owned", |vm, a| {
        let st = *rlock_of(vm, &a, "_is_owned")?.st.lock();
        Ok(Value::Bool(st.1 > 0 && st.0 == current_ident()))
    });
    add_method(c, "_recursion_count", |vm, a| {
        let st = *rlock_of(vm, &a, "_recursion_count")?.st.lock();
        Ok(Value::Int(if st.0 == current_ident() {
            st.1 as i64
        } else {
            0
        }))
    });
    add_method(c, "_release_save", |vm, a| {
        let l = rlock_of(vm, &a, "_release_save")?;
        match l.release_all(current_ident()) {
            Some((count, owner)) => Ok(Value::tuple(vec![
                Value::Int(count as i64),
                Value::Int(owner as i64),
            ])),
            None => Err(vm.runtime_error("cannot release un-acquired lock")),
        }
    });
    add_method(c, "_acquire_restore", |vm, a| {
        let l = rlock_of(vm, &a, "_acquire_restore")?;
        let state = args::one(vm, &a, "RLock", "_acquire_restore")?;
        let count = match state.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => match t[0] {
                Value::Int(n) if n > 0 => n as u64,
                _ => 1,
            },
            _ => return Err(vm.type_error("_acquire_restore() argument must be a 2-tuple")),
        };
        l.acquire(vm, true, None)?;
        l.st.lock().1 = count;
        Ok(Value::None)
    });
    add_method(c, "__repr__", |vm, a| {
        let st = *rlock_of(vm, &a, "__repr__")?.st.lock();
        let extra = format!(" owner={} count={}", st.0, st.1);
        Ok(state_repr(&a.pos[0], st.1 > 0, &extra))
    });
}
