//! The `sys` module and the standard streams.
//!
//! `sys.stdout`/`sys.stderr` are native text streams over the process's file descriptors.
//! stdout is line-buffered on a terminal and block-buffered otherwise (as CPython); it is
//! flushed at exit, on `flush()`, and before the interpreter prints a traceback.

use crate::builtins::{add_method, native};
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::module::new_module;
use crate::objects::str::intern;
use crate::objects::types::{new_class, types};
use crate::stdlib::os::util::add_property;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

/// `-u` / `PYTHONUNBUFFERED`: stdout is written through at every write, as stderr is.
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Make the standard streams unbuffered (set once at start-up).
pub fn set_unbuffered(on: bool) {
    UNBUFFERED.store(on, Ordering::Relaxed);
}

pub struct StdStream {
    pub fd: i32,
    buf: Mutex<Vec<u8>>,
    tty: bool,
}

fn stream_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_class(
            "TextIOWrapper",
            vec![types().object.clone()],
            vec![types().object.clone()],
            crate::objects::dict::Dict::new(),
            true,
            None,
        );
        if let Some(td) = crate::objects::types::as_type(&t) {
            td.dict.set_str(intern("__module__"), Value::str("_io"));
        }
        t
    })
}

impl NativeData for StdStream {
    fn type_obj(&self) -> &'static ObjRef {
        stream_type()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl StdStream {
    fn new(fd: i32) -> StdStream {
        use std::io::IsTerminal;
        let tty = match fd {
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            _ => std::io::stdin().is_terminal(),
        };
        StdStream {
            fd,
            buf: Mutex::new(Vec::new()),
            tty,
        }
    }

    /// `<stdin>`, `<stdout>` or `<stderr>`.
    fn name(&self) -> &'static str {
        match self.fd {
            0 => "<stdin>",
            1 => "<stdout>",
            _ => "<stderr>",
        }
    }

    pub fn write(&self, s: &str) {
        let mut b = self.buf.lock();
        b.extend_from_slice(s.as_bytes());
        let flush_now = self.fd == 2
            || UNBUFFERED.load(Ordering::Relaxed)
            || (self.tty && s.contains('\n'))
            || b.len() > 1 << 16;
        drop(b);
        if flush_now {
            self.flush();
        }
    }

    /// Write the buffer out, with the GIL released (the pipe may be full).
    pub fn flush(&self) {
        crate::gil::allow_threads("write", || {
            let mut b = self.buf.lock();
            Self::flush_buf(self.fd, &mut b);
        });
    }

    fn flush_buf(fd: i32, b: &mut Vec<u8>) {
        if b.is_empty() {
            return;
        }
        let _ = if fd == 2 {
            std::io::stderr()
                .write_all(b)
                .and_then(|_| std::io::stderr().flush())
        } else {
            std::io::stdout()
                .write_all(b)
                .and_then(|_| std::io::stdout().flush())
        };
        b.clear();
    }
}

/// The standard stream behind a value, if it is one of ours.
pub fn std_stream(v: &Value) -> Option<&StdStream> {
    stream_of(v)
}

fn stream_of(v: &Value) -> Option<&StdStream> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<StdStream>(),
        _ => None,
    }
}

pub fn init_types() {
    let t = stream_type();
    add_method(t, "write", |vm, a| {
        let s = a.pos.get(1).cloned().unwrap_or_default();
        let Some(text) = s.as_str() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                crate::objects::types::type_name_of(&s)
            )));
        };
        if let Some(st) = stream_of(&a.pos[0]) {
            st.write(text);
        }
        Ok(Value::from(text.chars().count()))
    });
    add_method(t, "flush", |_, a| {
        if let Some(st) = stream_of(&a.pos[0]) {
            st.flush();
        }
        Ok(Value::None)
    });
    add_property(t, "name", |_, a| {
        Ok(Value::str(stream_of(&a.pos[0]).map_or("", |s| s.name())))
    });
    add_property(t, "mode", |_, a| {
        let read = stream_of(&a.pos[0]).is_some_and(|s| s.fd == 0);
        Ok(Value::str(if read { "r" } else { "w" }))
    });
    add_property(t, "encoding", |_, _| Ok(Value::str("utf-8")));
    add_method(t, "__repr__", |_, a| {
        let (name, mode) = match stream_of(&a.pos[0]) {
            Some(s) => (s.name(), if s.fd == 0 { "r" } else { "w" }),
            None => ("?", "w"),
        };
        Ok(Value::str(format!(
            "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
        )))
    });
    add_method(t, "fileno", |_, a| {
        Ok(Value::Int(stream_of(&a.pos[0]).map_or(-1, |s| s.fd as i64)))
    });
    add_method(t, "isatty", |_, a| {
        Ok(Value::Bool(stream_of(&a.pos[0]).is_some_and(|s| s.tty)))
    });
    add_method(t, "readline", |vm, _| {
        let mut line = String::new();
        match crate::gil::allow_threads("input", || std::io::stdin().read_line(&mut line)) {
            Ok(_) => Ok(Value::str(line)),
            Err(e) => Err(vm.io_error(&e, None)),
        }
    });
    add_method(t, "read", |vm, _| {
        let mut s = String::new();
        let r = crate::gil::allow_threads("read", || {
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
        });
        match r {
            Ok(_) => Ok(Value::str(s)),
            Err(e) => Err(vm.io_error(&e, None)),
        }
    });
}

/// Flush `sys.stdout` (whatever object it currently is).
pub fn flush_stdout(vm: &mut Vm) -> PyResult<()> {
    let out = crate::objects::module::module_dict(&vm.interp.sys).and_then(|d| d.get_str("stdout"));
    if let Some(o) = out {
        if let Some(st) = stream_of(&o) {
            st.flush();
        } else {
            vm.call_method(&o, "flush", &[])?;
        }
    }
    Ok(())
}

/// Flush the real standard streams (at exit).
pub fn flush_std_streams(vm: &mut Vm) {
    for name in ["stdout", "stderr", "__stdout__", "__stderr__"] {
        let s = crate::objects::module::module_dict(&vm.interp.sys).and_then(|d| d.get_str(name));
        if let Some(s) = s {
            match stream_of(&s) {
                Some(st) => st.flush(),
                None => {
                    let _ = vm.call_method(&s, "flush", &[]);
                }
            }
        }
    }
}

/// `sys.version_info`: a struct sequence, so `version_info.major` and `>= (3, 8)` both work.
fn version_info() -> Value {
    static T: OnceLock<crate::stdlib::os::structseq::StructSeq> = OnceLock::new();
    let t = T.get_or_init(|| {
        crate::stdlib::os::structseq::StructSeq::new(
            "version_info",
            "sys",
            &["major", "minor", "micro", "releaselevel", "serial"],
            5,
        )
    });
    t.make(
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ],
        vec![],
    )
}

/// `sys.float_info`: the IEEE double's parameters, as a struct sequence.
fn float_info() -> Value {
    static T: OnceLock<crate::stdlib::os::structseq::StructSeq> = OnceLock::new();
    let t = T.get_or_init(|| {
        crate::stdlib::os::structseq::StructSeq::new(
            "float_info",
            "sys",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            11,
        )
    });
    t.make(
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(f64::RADIX as i64),
            Value::Int(1),
        ],
        vec![],
    )
}

/// `sys.flags`: the interpreter's command-line flags (all off in gilpy).
fn flags() -> Value {
    static T: OnceLock<crate::stdlib::os::structseq::StructSeq> = OnceLock::new();
    const NAMES: &[&str] = &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
    ];
    let t =
        T.get_or_init(|| crate::stdlib::os::structseq::StructSeq::new("flags", "sys", NAMES, 17));
    let mut v = vec![Value::Int(0); 17];
    v[14] = Value::Int(1);
    v[16] = Value::Bool(false);
    t.make(v, vec![])
}

/// `sys.hash_info`: the numeric hash parameters (shared with CPython, so equal numbers hash
/// alike); str hashing differs (FNV, not SipHash).
fn hash_info() -> Value {
    static T: OnceLock<crate::stdlib::os::structseq::StructSeq> = OnceLock::new();
    const NAMES: &[&str] = &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let t = T
        .get_or_init(|| crate::stdlib::os::structseq::StructSeq::new("hash_info", "sys", NAMES, 9));
    t.make(
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            Value::str("fnv"),
            Value::Int(64),
            Value::Int(0),
            Value::Int(0),
        ],
        vec![],
    )
}

/// `sys.implementation`: the name scripts test to tell implementations apart.
fn implementation() -> Value {
    static T: OnceLock<crate::stdlib::os::structseq::StructSeq> = OnceLock::new();
    const NAMES: &[&str] = &["name", "cache_tag", "version", "hexversion"];
    let t = T.get_or_init(|| {
        crate::stdlib::os::structseq::StructSeq::new("implementation", "sys", NAMES, 4)
    });
    t.make(
        vec![
            Value::str("gilpy"),
            Value::None,
            version_info(),
            Value::Int(0x030b07f0),
        ],
        vec![],
    )
}

/// Build the `sys` module (called once per interpreter at start-up).
pub fn make_sys(argv: &[String], path0: &str) -> Value {
    let m = new_module("sys");
    let Some(d) = crate::objects::module::module_dict(&m) else {
        return m;
    };
    let set = |n: &str, v: Value| d.set_str(intern(n), v);
    set(
        "argv",
        Value::list(argv.iter().map(|a| Value::str(a.clone())).collect()),
    );
    let mut path = vec![Value::str(path0)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(Value::str));
    }
    set("path", Value::list(path));
    set(
        "version",
        Value::str(format!("3.11.7 (gilpy {})", env!("CARGO_PKG_VERSION"))),
    );
    set("version_info", version_info());
    set("float_info", float_info());
    set("flags", flags());
    set("hash_info", hash_info());
    set("implementation", implementation());
    set("hexversion", Value::Int(0x030b07f0));
    set(
        "platform",
        Value::str(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    set(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set(
        "executable",
        Value::str(
            std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set("implementation_name", Value::str("gilpy"));
    set("copyright", Value::str("gilpy"));
    set("dont_write_bytecode", Value::Bool(true));
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = Value::obj(Payload::Native(Box::new(StdStream::new(fd))));
        set(name, s.clone());
        set(&format!("__{name}__"), s);
    }
    set(
        "exit",
        native("exit", |vm, a| {
            let code = a.pos.first().cloned();
            let cls = types().exc("SystemExit");
            let args = match &code {
                None | Some(Value::None) => vec![],
                Some(c) => match c.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => vec![c.clone()],
                },
            };
            let e = crate::objects::exception::new_exception(cls, args);
            crate::objects::exception::set_exc_attr(&e, "code", code.unwrap_or(Value::None));
            let _ = vm;
            Err(crate::vm::PyErr(e))
        }),
    );
    set(
        "getrecursionlimit",
        native("getrecursionlimit", |vm, _| {
            Ok(Value::Int(vm.recursion_limit() as i64))
        }),
    );
    set(
        "setrecursionlimit",
        native("setrecursionlimit", set_recursion_limit),
    );
    set(
        "getswitchinterval",
        native("getswitchinterval", |_, _| {
            Ok(Value::Float(crate::gil::switch_interval().as_secs_f64()))
        }),
    );
    set(
        "setswitchinterval",
        native("setswitchinterval", set_switch_interval),
    );
    set(
        "_is_gil_enabled",
        native("_is_gil_enabled", |_, _| {
            Ok(Value::Bool(crate::gil::is_enabled()))
        }),
    );
    set(
        "getrefcount",
        native("getrefcount", |_, a| {
            Ok(Value::Int(match a.pos.first() {
                Some(Value::Obj(o)) => ObjRef::strong_count(o) as i64,
                _ => 1 << 30,
            }))
        }),
    );
    set(
        "exc_info",
        native("exc_info", |vm, _| {
            Ok(match vm.exc_info.clone() {
                Some(e) => Value::tuple(vec![
                    Value::Obj(crate::objects::types::type_of(&e).clone()),
                    e.clone(),
                    e.as_obj()
                        .map_or(Value::None, crate::stdlib::traceback::traceback_of),
                ]),
                None => Value::tuple(vec![Value::None, Value::None, Value::None]),
            })
        }),
    );
    set(
        "exception",
        native("exception", |vm, _| {
            Ok(vm.exc_info.clone().unwrap_or(Value::None))
        }),
    );
    set(
        "intern",
        native("intern", |vm, a| {
            match a.pos.first().and_then(|s| s.as_str()) {
                Some(s) => Ok(intern(s)),
                None => Err(vm.type_error("intern() argument must be str")),
            }
        }),
    );
    set(
        "getdefaultencoding",
        native("getdefaultencoding", |_, _| Ok(Value::str("utf-8"))),
    );
    crate::stdlib::sys_extra::add(d);
    m
}

fn set_recursion_limit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            if (*n as u32) <= vm.depth {
                return Err(vm.new_error(
                    "RecursionError",
                    format!(
                        "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                        vm.depth
                    ),
                ));
            }
            vm.interp
                .recursion_limit
                .store((*n).min(u32::MAX as i64) as u32, Ordering::Relaxed);
            Ok(Value::None)
        }
        Some(Value::Int(_)) => {
            Err(vm.value_error("recursion limit must be greater or equal than 1"))
        }
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::types::type_name_of(v)
        ))),
        None => Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")),
    }
}

/// `import sys` returns the interpreter's sys module.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.interp.sys.clone())
}

/// `sys.setswitchinterval(seconds)`: how long a thread may hold the GIL while others wait.
fn set_switch_interval(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "sys.setswitchinterval() takes exactly one argument ({} given)",
            a.pos.len() + a.kwvals.len()
        )));
    }
    let v = &a.pos[0];
    let secs = match crate::objects::int::to_f64(vm, v)? {
        Some(s) => s,
        None => {
            return Err(vm.type_error(format!(
                "must be real number, not {}",
                crate::objects::types::type_name_of(v)
            )))
        }
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let secs = secs.min(u64::MAX as f64 / 1e9 / 2.0);
    crate::gil::set_switch_interval(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}
