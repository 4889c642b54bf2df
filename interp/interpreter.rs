//! Start-up and shutdown: building the interpreter state (builtins, sys, `__main__`),
//! running the main program on a thread with a large native stack, and turning the outcome
//! (return, uncaught exception, `SystemExit`) into a process exit code.

use crate::compiler::Mode;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::exception::get_exc_attr;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::value::Value;
use crate::vm::{Interp, PyErr, Vm, THREAD_STACK_SIZE};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;

/// The exit code `handle_uncaught` gives for an uncaught `KeyboardInterrupt`: `main` turns
/// it into a death by SIGINT.
pub const EXIT_BY_SIGINT: i32 = 130;

/// Whether the last uncaught exception was a `KeyboardInterrupt`.
static DIED_OF_SIGINT: AtomicBool = AtomicBool::new(false);

pub fn died_of_sigint() -> bool {
    DIED_OF_SIGINT.load(Ordering::Relaxed)
}

/// Build a fresh interpreter: `sys.argv = argv`, `sys.path[0] = path0`.
pub fn new_interp(argv: &[String], path0: &str) -> Arc<Interp> {
    crate::builtins::init_types();
    let builtins = new_module("builtins");
    let builtins_dict = match builtins.payload() {
        Some(Payload::Module(m)) => m.dict.clone(),
        _ => ObjRef::new(crate::object::PyObject::new(Payload::Dict(Box::new(
            Dict::new(),
        )))),
    };
    crate::builtins::fill_builtins(crate::vm::dict_of(&builtins_dict));
    let sys = crate::stdlib::sys::make_sys(argv, path0);
    let modules: ObjRef = ObjRef::new(crate::object::PyObject::new(Payload::Dict(Box::new(
        Dict::new(),
    ))));
    for m in [&builtins, &sys] {
        crate::vm::immortal::native_definition(m);
        if let Some(d) = module_dict(m) {
            crate::vm::immortal::native_namespace(d);
        }
    }
    let md = crate::vm::dict_of(&modules);
    md.set_str(intern("builtins"), builtins.clone());
    md.set_str(intern("sys"), sys.clone());
    if let Some(d) = module_dict(&sys) {
        d.set_str(intern("modules"), Value::Obj(modules.clone()));
    }
    Arc::new(Interp {
        modules,
        builtins,
        builtins_dict,
        sys,
        recursion_limit: AtomicU32::new(1000),
        sources: Mutex::new(HashMap::new()),
    })
}

/// Run `f` on a new thread with the interpreter's native stack size and return its result.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(THREAD_STACK_SIZE)
        .spawn(f);
    // The process's first thread only waits from here on: let SIGINT go to a thread that
    // runs Python, so `os.kill(os.getpid(), SIGINT)` from the main thread is handled as its
    // system call returns, before the next instruction (Linux prefers the first thread).
    // SAFETY: plain signal-mask calls on this thread, with a local, initialised set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
    match h {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(p) => std::panic::resume_unwind(p),
        },
        Err(e) => {
            eprintln!("gilpy: cannot start the main thread: {e}");
            std::process::exit(1)
        }
    }
}

/// Create the `__main__` module and register it.
pub fn main_module(vm: &mut Vm, filename: Option<&str>) -> Value {
    let m = new_module("__main__");
    if let Some(d) = module_dict(&m) {
        d.set_str(intern("__builtins__"), vm.interp.builtins.clone());
        if let Some(f) = filename {
            d.set_str(intern("__file__"), Value::str(f));
        }
    }
    vm.interp
        .modules_dict()
        .set_str(intern("__main__"), m.clone());
    m
}

/// Compile and run `source` in module `m`; returns the exit code, printing any uncaught
/// exception.
pub fn run_in_module(vm: &mut Vm, m: &Value, source: &str, filename: &str) -> i32 {
    let r = vm
        .compile_source(source, filename, Mode::Exec)
        .and_then(|code| {
            let globals = match m.payload() {
                Some(Payload::Module(md)) => md.dict.clone(),
                _ => return Err(vm.runtime_error("no __main__")),
            };
            vm.run_code(code, globals, None)
        });
    match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    }
}

/// Exit code for an uncaught exception, printing it as CPython does (`SystemExit` is quiet
/// unless its code is not an int).
pub fn handle_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    DIED_OF_SIGINT.store(false, Ordering::Relaxed);
    if vm.exc_matches(e, "SystemExit") {
        let code = get_exc_attr(&e.0, "code").unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                crate::stdlib::sys::flush_stdout(vm).ok();
                let s = vm.str_string(&other).unwrap_or_default();
                vm.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    crate::stdlib::sys::flush_stdout(vm).ok();
    vm.print_exception(e);
    // CPython dies by SIGINT after an uncaught KeyboardInterrupt (main() does it at exit).
    if vm.exc_matches(e, "KeyboardInterrupt") {
        DIED_OF_SIGINT.store(true, Ordering::Relaxed);
        return EXIT_BY_SIGINT;
    }
    1
}

/// The thread about to run `__main__` becomes the main thread: it takes the GIL and
/// receives Ctrl-C.
pub fn enter_main_thread() {
    crate::signals::init_main_thread();
    crate::stdlib::thread::init_main_thread();
    crate::gil::acquire(false);
}

/// Shutdown: wait for non-daemon threads (`threading._shutdown`), freeze daemon threads,
/// finalize what `__main__` still holds (so `__del__` runs, as in CPython), then flush the
/// standard streams.
pub fn finalize(vm: &mut Vm) {
    let threading = vm.interp.modules_dict().get_str("threading");
    if let Some(t) = threading {
        if let Err(e) = vm
            .getattr_str(&t, "_shutdown")
            .and_then(|f| vm.call(&f, &[]))
        {
            // CPython reports it and still exits with the program's status.
            crate::stdlib::sys::flush_stdout(vm).ok();
            let what = vm.repr(&t).ok();
            let what = what
                .as_ref()
                .and_then(|v| v.as_str())
                .unwrap_or("threading");
            let line = format!("Exception ignored in: {what}\n");
            vm.write_stderr(&line);
            vm.print_exception(&e);
        }
    }
    // atexit callbacks run after the non-daemon threads are joined, as in CPython; they
    // report their own errors.
    if let Some(a) = vm.interp.modules_dict().get_str("atexit") {
        if let Ok(f) = vm.getattr_str(&a, "_run_exitfuncs") {
            let _ = vm.call(&f, &[]);
        }
    }
    crate::gil::set_finalizing();
    vm.run_finalizers();
    if let Some(m) = vm.interp.modules_dict().get_str("__main__") {
        if let Some(d) = module_dict(&m) {
            let items = d.items();
            for (k, v) in items {
                if k.as_str().is_some_and(|s| !s.starts_with("__")) {
                    d.remove_str(k.as_str().unwrap_or(""));
                    drop(v);
                    vm.run_finalizers();
                }
            }
        }
    }
    crate::stdlib::sys::flush_std_streams(vm);
}
