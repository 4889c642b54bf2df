//! The standard library: native modules written in Rust (`sys`, `time`, `math`, ...) and
//! modules written in the language, frozen into the binary with `include_str!`.
//!
//! `native_module` and `frozen_source` are the second and third steps of the import lookup
//! (after `sys.modules`); files on `sys.path` come last.

pub mod _collections;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
#[path = "struct.rs"]
pub mod struct_mod;
pub mod sys;
pub mod sys_extra;
pub mod thread;
pub mod thread_local;
pub mod thread_lock;
pub mod thread_pool;
pub mod time;
pub mod traceback;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// The initialiser of a native module, by name.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::init,
        "math" => math::init,
        "random" => random::init,
        "time" => time::init,
        "os" => os::init,
        "io" => io::init,
        "json" => json::init,
        "itertools" => itertools::init,
        "_collections" => _collections::init,
        "traceback" => traceback::init,
        "posixpath" => os::init_posixpath,
        "_re" => re::init,
        "_thread" => thread::init,
        "struct" => struct_mod::init,
        _ => return None,
    })
}

/// The source of a frozen module written in the language, by name.
pub fn frozen_source(name: &str) -> Option<&'static str> {
    macro_rules! frozen {
        ($($m:literal),*) => {
            match name {
                $($m => Some(include_str!(concat!("py/", $m, ".py"))),)*
                _ => None,
            }
        };
    }
    frozen!(
        "collections",
        "functools",
        "operator",
        "copy",
        "string",
        "abc",
        "types",
        "heapq",
        "bisect",
        "contextlib",
        "enum",
        "dataclasses",
        "typing",
        "warnings",
        "textwrap",
        "keyword",
        "re",
        "fractions",
        "statistics",
        "datetime",
        "threading",
        "queue",
        "logging",
        "atexit",
        "gc",
        "errno",
        "__future__",
        "collections.abc",
        "cmath",
        "_match",
        "numbers",
        "platform"
    )
}

/// Per-process registration of native types defined by library modules.
pub const TYPE_INITS: &[fn()] = &[
    sys::init_types,
    os::init_types,
    io::init_types,
    thread::init_types,
];
