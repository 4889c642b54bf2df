//! The `_thread` module: OS threads running Python code, thread idents, and the handles
//! `threading.Thread` joins on. Locks live in `thread_lock.rs`, `_local` in
//! `thread_local.rs`.
//!
//! A new thread gets its own `Vm` (frame stack, caches, current exception) over the shared
//! `Interp`, takes the GIL, runs its function, reports an escaping exception, drops every
//! Python value it holds while it still has the GIL, then marks its handle done and lets
//! the GIL go. Idents are the pthread ids, so the parent knows the child's ident at once.

use super::thread_local::{forget_thread, local_class};
use super::thread_lock::{lock_class, new_lock, rlock_class, TIMEOUT_MAX};
use crate::builtins::containers::args;
use crate::builtins::{add_method, native};
use crate::gil;
use crate::gil_trace;
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::exception::exc_data;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::{type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, Interp, PyErr, PyResult, Vm};
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Native stack of threads started from Python (0 = this default); the recursion guard
/// keeps deep recursion a `RecursionError` within it.
const DEFAULT_STACK: usize = 64 << 20;
/// The smallest stack we really give a thread, whatever `stack_size()` asked for.
const MIN_STACK: usize = 16 << 20;
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
static MAIN_IDENT: AtomicU64 = AtomicU64::new(0);
/// Track numbers for `--trace` (the main thread is 1).
static NEXT_TRACK: AtomicU64 = AtomicU64::new(2);

/// `get_ident()` of the calling thread.
pub fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

fn native_id() -> u64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as u64 }
}

/// The main thread starts: remember its ident, start its trace track.
pub fn init_main_thread() {
    MAIN_IDENT.store(current_ident(), Ordering::Relaxed);
    gil_trace::thread_begin(1, "MainThread");
}

/// What a thread's handle and its thread share.
struct Shared {
    ident: AtomicU64,
    /// `(done, native id once known)`.
    st: Mutex<(bool, Option<u64>)>,
    cond: Condvar,
}

/// `_thread._ThreadHandle`.
struct Handle(Arc<Shared>);

impl NativeData for Handle {
    fn type_obj(&self) -> &'static ObjRef {
        handle_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A class of the `_thread` module.
pub fn thread_class(name: &str) -> ObjRef {
    crate::stdlib::os::util::new_native_class(name, "_thread", &[types().object.clone()])
}

fn handle_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let c = thread_class("_ThreadHandle");
        register_handle(&c);
        c
    })
}

pub fn init_types() {
    handle_class();
    lock_class();
    rlock_class();
    local_class();
}

fn handle_of<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Shared> {
    let v = args::receiver(vm, a, "_ThreadHandle", name)?;
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Handle>().map(|h| &*h.0),
        _ => None,
    }
    .ok_or_else(|| args::wrong_receiver(vm, v, "_ThreadHandle", name))
}

fn register_handle(c: &ObjRef) {
    add_method(c, "is_done", |vm, a| {
        Ok(Value::Bool(handle_of(vm, &a, "is_done")?.st.lock().0))
    });
    add_method(c, "join", |vm, a| {
        let h = handle_of(vm, &a, "join")?;
        let timeout = match a.get(1, "timeout") {
            None | Some(Value::None) => None,
            Some(v) => match crate::objects::int::to_f64(vm, v)? {
                Some(t) if t < 0.0 => None,
                Some(t) if t.is_finite() => Some(Duration::from_secs_f64(t.min(TIMEOUT_MAX))),
                Some(_) => None,
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name_of(v)
                    )))
                }
            },
        };
        // A joiner has no I/O to get back to: it queues for the GIL like CPython's, so the
        // threads woken at the same time run first (no priority, unlike other waits).
        let done = vm.block_on_with(
            false,
            "join",
            timeout,
            || h.st.lock().0,
            |max| {
                let mut st = h.st.lock();
                if !st.0 {
                    h.cond.wait_for(&mut st, max);
                }
            },
        )?;
        Ok(Value::Bool(done))
    });
    add_method(c, "__getattr__", |vm, a| {
        let h = handle_of(vm, &a, "__getattr__")?;
        match a.pos.get(1).and_then(|n| n.as_str()) {
            Some("ident") => Ok(Value::Int(h.ident.load(Ordering::Relaxed) as i64)),
            Some("native_id") => {
                let mut st = h.st.lock();
                while st.1.is_none() && !st.0 {
                    h.cond.wait_for(&mut st, Duration::from_millis(10));
                }
                Ok(st.1.map_or(Value::None, |n| Value::Int(n as i64)))
            }
            Some(n) => Err(vm.attribute_error(format!(
                "'_thread._ThreadHandle' object has no attribute '{n}'"
            ))),
            None => Err(vm.type_error("attribute name must be string")),
        }
    });
}

/// Start an OS thread that calls `func(*args, **kwargs)`; returns its shared state.
fn spawn(
    vm: &mut Vm,
    func: Value,
    args: Value,
    kwargs: Option<Value>,
    name: String,
) -> PyResult<Arc<Shared>> {
    let shared = Arc::new(Shared {
        ident: AtomicU64::new(0),
        st: Mutex::new((false, None)),
        cond: Condvar::new(),
    });
    let interp = vm.interp.clone();
    let stack = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n.max(MIN_STACK),
    };
    let track = NEXT_TRACK.fetch_add(1, Ordering::Relaxed);
    gil::thread_started();
    let sh = shared.clone();
    let job = Box::new(move || thread_main(interp, func, args, kwargs, name, sh, stack, track));
    match super::thread_pool::run(stack, job) {
        Ok(ident) => {
            shared.ident.store(ident, Ordering::Relaxed);
            Ok(shared)
        }
        Err(_) => {
            gil::thread_ended();
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn thread_main(
    interp: Arc<Interp>,
    func: Value,
    args: Value,
    kwargs: Option<Value>,
    name: String,
    shared: Arc<Shared>,
    stack: usize,
    track: u64,
) {
    super::thread_pool::set_os_thread_name(&name);
    gil_trace::thread_begin(track, &name);
    {
        let mut st = shared.st.lock();
        st.1 = Some(native_id());
    }
    shared.cond.notify_all();
    gil::acquire(false);
    let mut vm = Vm::new(interp, stack);
    let r = vm.call_ex(&func, &args, kwargs.as_ref());
    if let Err(e) = r {
        report_uncaught(&mut vm, &func, &e);
    }
    drop((func, args, kwargs));
    vm.run_finalizers();
    forget_thread(current_ident());
    vm.run_finalizers();
    drop(vm);
    gil::thread_ended();
    // The record goes in before joiners wake, so an exit right after `join` reports it.
    gil_trace::thread_end();
    shared.st.lock().0 = true;
    shared.cond.notify_all();
    gil::release(false);
}

/// An exception escaped a thread's function: CPython's "Exception ignored in thread started
/// by" report (SystemExit ends the thread quietly).
fn report_uncaught(vm: &mut Vm, func: &Value, e: &PyErr) {
    if vm.exc_matches(e, "SystemExit") {
        return;
    }
    let what = vm
        .repr(func)
        .ok()
        .and_then(|r| r.as_str().map(str::to_string))
        .unwrap_or_else(|| "<object>".into());
    let _ = crate::stdlib::sys::flush_stdout(vm);
    let text = unraisable_text(vm, e);
    vm.write_stderr(&format!(
        "Exception ignored in thread started by: {what}\n{text}"
    ));
}

/// The exception as CPython's default unraisable hook writes it, which differs from an
/// uncaught exception's report: only the exception's own traceback (no chained causes or
/// contexts), and `Type: ` before the message even when the message is empty.
fn unraisable_text(vm: &mut Vm, e: &PyErr) -> String {
    let mut text = vm.format_exception(e);
    let chained = exc_data(&e.0).is_some_and(|d| {
        let st = d.state.lock();
        matches!(st.cause, Some(Value::Obj(_)))
            || (matches!(st.context, Some(Value::Obj(_))) && !st.suppress_context)
    });
    if chained {
        // The chain comes first, each part followed by one of these separators.
        let own = [
            "\nThe above exception was the direct cause of the following exception:\n\n",
            "\nDuring handling of the above exception, another exception occurred:\n\n",
        ]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|i| i + sep.len()))
        .max();
        if let Some(start) = own {
            text.drain(..start);
        }
    }
    let empty = vm
        .str_string(&Value::Obj(e.0.clone()))
        .is_ok_and(|m| m.is_empty());
    if empty && text.ends_with('\n') {
        // The last line is the bare type name.
        text.insert_str(text.len() - 1, ": ");
    }
    text
}

fn start_new_thread(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if !(2..=3).contains(&n) {
        let bound = if n < 2 { "at least 2" } else { "at most 3" };
        return Err(vm.type_error(format!(
            "start_new_thread expected {bound} arguments, got {n}"
        )));
    }
    let func = a.pos[0].clone();
    if !crate::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(a.pos[1].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = match a.pos.get(2) {
        None => None,
        Some(k) if matches!(k.payload(), Some(Payload::Dict(_))) => Some(k.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let n = NEXT_TRACK.load(Ordering::Relaxed);
    let sh = spawn(vm, func, a.pos[1].clone(), kwargs, format!("Thread-{n}"))?;
    Ok(Value::Int(sh.ident.load(Ordering::Relaxed) as i64))
}

/// `_start(function, name)`: what `threading.Thread.start` uses.
fn start(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let func = match a.get(0, "function") {
        Some(f) if crate::builtins::functions::is_callable(vm, f) => f.clone(),
        _ => return Err(vm.type_error("_start() argument 'function' must be callable")),
    };
    let name = match a.get(1, "name") {
        Some(n) => n.as_str().unwrap_or("Thread").to_string(),
        None => "Thread".to_string(),
    };
    let sh = spawn(vm, func, Value::tuple(vec![]), None, name)?;
    Ok(Value::obj(Payload::Native(Box::new(Handle(sh)))))
}

/// The one optional positional int argument of `stack_size`/`interrupt_main`. `name` is
/// the function's for the keyword error, `counted` the one CPython names in the count error.
fn optional_int(
    vm: &mut Vm,
    a: &Args<'_>,
    name: &str,
    counted: &str,
    default: i64,
) -> PyResult<i64> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{counted}() takes at most 1 argument ({} given)",
            a.pos.len()
        )));
    }
    match a.pos.first() {
        Some(v) => crate::stdlib::os::util::int_arg(vm, v),
        None => Ok(default),
    }
}

fn stack_size(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // As CPython: no argument means 0, which also resets the size to the default.
    let n = optional_int(vm, &a, "stack_size", "stack_size", 0)?;
    if n < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if n != 0 && n < 32768 {
        return Err(vm.value_error(format!("size not valid: {n} bytes")));
    }
    Ok(Value::Int(
        STACK_SIZE.swap(n as usize, Ordering::Relaxed) as i64
    ))
}

/// `interrupt_main(signum=SIGINT, /)`. Only SIGINT has a Python-level handler here (there is
/// no `signal` module), so like CPython with a default-handled signal any other valid number
/// does nothing.
fn interrupt_main(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // CPython 3.11's count error names the argument, not the function.
    let signum = optional_int(vm, &a, "interrupt_main", "signum", i64::from(libc::SIGINT))?;
    // Linux's NSIG (65): signal numbers run 1..=64.
    if !(1..65).contains(&signum) {
        return Err(vm.value_error("signal number out of range"));
    }
    if signum == i64::from(libc::SIGINT) {
        // Called on the main thread, the eval loop raises it as this call returns.
        crate::signals::interrupt_main();
    }
    Ok(Value::None)
}

/// `allocate_lock()` (alias `allocate()`), which takes no arguments.
fn allocate(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("_thread.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len();
    if n > 0 {
        return Err(vm.type_error(format!("_thread.{name}() takes no arguments ({n} given)")));
    }
    Ok(new_lock())
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_thread");
    let Some(d) = module_dict(&m) else {
        return Ok(m);
    };
    let set = |name: &str, v: Value| d.set_str(intern(name), v);
    set(
        "start_new_thread",
        native("start_new_thread", start_new_thread),
    );
    set("start_new", native("start_new", start_new_thread));
    set("_start", native("_start", start));
    set(
        "allocate_lock",
        native("allocate_lock", |vm, a| allocate(vm, &a, "allocate_lock")),
    );
    set(
        "allocate",
        native("allocate", |vm, a| allocate(vm, &a, "allocate")),
    );
    set("LockType", Value::Obj(lock_class().clone()));
    set("lock", Value::Obj(lock_class().clone()));
    set("RLock", Value::Obj(rlock_class().clone()));
    set("_local", Value::Obj(local_class().clone()));
    set("_ThreadHandle", Value::Obj(handle_class().clone()));
    set(
        "get_ident",
        native("get_ident", |_, _| Ok(Value::Int(current_ident() as i64))),
    );
    set(
        "get_native_id",
        native("get_native_id", |_, _| Ok(Value::Int(native_id() as i64))),
    );
    set(
        "_main_thread_ident",
        native("_main_thread_ident", |_, _| {
            Ok(Value::Int(MAIN_IDENT.load(Ordering::Relaxed) as i64))
        }),
    );
    set(
        "_is_main_thread",
        native("_is_main_thread", |_, _| {
            Ok(Value::Bool(crate::signals::is_main_thread()))
        }),
    );
    set(
        "_count",
        native("_count", |_, _| {
            Ok(Value::Int(gil::started_threads() as i64))
        }),
    );
    set("stack_size", native("stack_size", stack_size));
    // Made by calling the class, so that it has its `code` (None) as a raised one does.
    let exit = native("exit", |vm, _| {
        match vm.call(&Value::Obj(types().exc("SystemExit").clone()), &[])? {
            Value::Obj(e) => Err(PyErr(e)),
            _ => Err(vm.type_error("exceptions must derive from BaseException")),
        }
    });
    set("exit_thread", exit.clone());
    set("exit", exit);
    set("interrupt_main", native("interrupt_main", interrupt_main));
    set("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    set("error", Value::Obj(types().exc("RuntimeError").clone()));
    Ok(m)
}
