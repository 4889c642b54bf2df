//! The `os` module: process information, the environment, file-system and file-descriptor
//! functions, and `os.path` (also registered as `posixpath` in `sys.modules`).
//!
//! The functions live in the `os_*.rs` files declared below; this file builds the module.
//! Errors follow CPython: the `OSError` subclass for the errno, `[Errno N] message: 'path'`.

#[path = "os_environ.rs"]
pub mod environ;
#[path = "os_fd.rs"]
pub mod fd;
#[path = "os_fs.rs"]
pub mod fs;
#[path = "os_helpers.rs"]
mod helpers;
#[path = "os_path.rs"]
pub mod path;
#[path = "os_structseq.rs"]
pub mod structseq;
#[path = "os_sys.rs"]
pub mod sys;
#[path = "os_util.rs"]
pub mod util;

use crate::objects::module::new_module;
use crate::objects::types::types;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::OnceLock;
use structseq::StructSeq;
use util::{bytes_value, int_arg, os_err, parse_args, set_attr, set_fns};

/// Register the native types of `os` (once per process).
pub fn init_types() {
    environ::init_types();
}

fn uname_type() -> &'static StructSeq {
    static T: OnceLock<StructSeq> = OnceLock::new();
    T.get_or_init(|| {
        StructSeq::new(
            "uname_result",
            "posix",
            &["sysname", "nodename", "release", "version", "machine"],
            5,
        )
    })
}

fn terminal_size_type() -> &'static StructSeq {
    static T: OnceLock<StructSeq> = OnceLock::new();
    T.get_or_init(|| StructSeq::new("terminal_size", "os", &["columns", "lines"], 2))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    static TYPES: std::sync::Once = std::sync::Once::new();
    TYPES.call_once(init_types);
    let m = new_module("os");
    set_fns(
        &m,
        &[
            ("getpid", |_, _| Ok(Value::Int(std::process::id() as i64))),
            ("getppid", |_, _| {
                Ok(Value::Int(std::os::unix::process::parent_id() as i64))
            }),
            ("getuid", |_, _| Ok(Value::Int(sys::ids().0 as i64))),
            ("geteuid", |_, _| Ok(Value::Int(sys::ids().1 as i64))),
            ("getgid", |_, _| Ok(Value::Int(sys::ids().2 as i64))),
            ("getegid", |_, _| Ok(Value::Int(sys::ids().3 as i64))),
            ("cpu_count", |_, _| {
                Ok(std::thread::available_parallelism()
                    .map_or(Value::None, |n| Value::from(n.get())))
            }),
            ("getenv", getenv),
            ("putenv", |vm, a| {
                let [k, v] = parse_args(vm, &a, "putenv", ["name", "value"], 2, 2)?;
                environ::put(vm, k.unwrap_or(&Value::None), v.unwrap_or(&Value::None))?;
                Ok(Value::None)
            }),
            ("unsetenv", |vm, a| {
                let [k] = parse_args(vm, &a, "unsetenv", ["name"], 1, 1)?;
                environ::unset(vm, k.unwrap_or(&Value::None))?;
                Ok(Value::None)
            }),
            ("strerror", |vm, a| {
                let [n] = parse_args(vm, &a, "strerror", ["code"], 1, 1)?;
                let n = int_arg(vm, n.unwrap_or(&Value::None))?;
                Ok(Value::str(util::strerror(n as i32)))
            }),
            ("urandom", urandom),
            ("_exit", |vm, a| {
                let [n] = parse_args(vm, &a, "_exit", ["status"], 1, 1)?;
                let n = int_arg(vm, n.unwrap_or(&Value::None))?;
                sys::exit_now(n as i32)
            }),
            ("kill", |vm, a| {
                let [pid, sig] = parse_args(vm, &a, "kill", ["pid", "signal"], 2, 2)?;
                let pid = int_arg(vm, pid.unwrap_or(&Value::None))?;
                let sig = int_arg(vm, sig.unwrap_or(&Value::None))?;
                sys::send_signal(pid, sig).map_err(|e| os_err(vm, &e, None))?;
                Ok(Value::None)
            }),
            ("getloadavg", |vm, _| match sys::load_average() {
                Some(v) => Ok(Value::tuple(v.iter().map(|x| Value::Float(*x)).collect())),
                None => Err(vm.new_error("OSError", "Load averages are unobtainable")),
            }),
            ("get_terminal_size", get_terminal_size),
            ("uname", |vm, _| match sys::uname() {
                Some(f) => Ok(uname_type().make(f.into_iter().map(Value::str).collect(), vec![])),
                None => Err(vm.new_error("OSError", "uname failed")),
            }),
            ("umask", |vm, a| {
                let [mask] = parse_args(vm, &a, "umask", ["mask"], 1, 1)?;
                let mask = int_arg(vm, mask.unwrap_or(&Value::None))?;
                Ok(Value::Int(sys::set_umask(mask as u32) as i64))
            }),
            ("system", system),
            ("fspath", |vm, a| {
                let [p] = parse_args(vm, &a, "fspath", ["path"], 1, 1)?;
                let p = p.cloned().unwrap_or_default();
                if p.as_str().is_some()
                    || matches!(p.payload(), Some(crate::object::Payload::Bytes(_)))
                {
                    return Ok(p);
                }
                util::fspath(vm, &p, None).map(Value::str)
            }),
            ("fsencode", |vm, a| {
                let [p] = parse_args(vm, &a, "fsencode", ["filename"], 1, 1)?;
                let s = util::fspath(vm, p.unwrap_or(&Value::None), None)?;
                Ok(bytes_value(s.into_bytes()))
            }),
            ("fsdecode", |vm, a| {
                let [p] = parse_args(vm, &a, "fsdecode", ["filename"], 1, 1)?;
                util::fspath(vm, p.unwrap_or(&Value::None), None).map(Value::str)
            }),
            ("getcwd", fs::getcwd),
            ("getcwdb", fs::getcwdb),
            ("chdir", fs::chdir),
            ("listdir", fs::listdir),
            ("mkdir", fs::mkdir),
            ("makedirs", fs::makedirs),
            ("remove", fs::remove),
            ("unlink", fs::unlink),
            ("rmdir", fs::rmdir),
            ("removedirs", fs::removedirs),
            ("rename", fs::rename),
            ("replace", fs::replace),
            ("link", fs::link),
            ("symlink", fs::symlink),
            ("readlink", fs::readlink),
            ("stat", fs::stat),
            ("lstat", fs::lstat),
            ("fstat", fs::fstat),
            ("chmod", fs::chmod),
            ("truncate", fs::truncate),
            ("access", fs::access),
            ("open", fd::open),
            ("close", fd::close),
            ("read", fd::read),
            ("write", fd::write),
            ("lseek", fd::lseek),
            ("pipe", fd::pipe),
            ("dup", fd::dup),
            ("dup2", fd::dup2),
            ("isatty", fd::isatty),
        ],
    );
    fd::add_constants(&m);
    for (k, v) in [
        ("name", "posix"),
        ("sep", "/"),
        ("extsep", "."),
        ("pathsep", ":"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ] {
        set_attr(&m, k, Value::str(v));
    }
    set_attr(&m, "altsep", Value::None);
    set_attr(&m, "error", Value::Obj(types().exc("OSError").clone()));
    set_attr(&m, "environ", environ::new_environ());
    set_attr(&m, "stat_result", Value::Obj(fs::stat_result().cls.clone()));
    set_attr(
        &m,
        "terminal_size",
        Value::Obj(terminal_size_type().cls.clone()),
    );
    let pathmod = path::make_module();
    set_attr(&m, "path", pathmod.clone());
    let modules = vm.interp.modules_dict();
    modules.set_str(Value::str("os.path"), pathmod.clone());
    if modules.get_str("posixpath").is_none() {
        modules.set_str(Value::str("posixpath"), pathmod);
    }
    vm.exec_module_source(&m, helpers::SOURCE, "<frozen os>")?;
    Ok(m)
}

/// `import posixpath` (for the lead's native module table): the `os.path` module.
pub fn init_posixpath(vm: &mut Vm) -> PyResult<Value> {
    let os = vm.import_module("os")?;
    vm.getattr_str(&os, "path")
}

fn getenv(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [k, dflt] = parse_args(vm, &a, "getenv", ["key", "default"], 1, 2)?;
    let k = k.cloned().unwrap_or_default();
    if k.as_str().is_none() {
        return Err(vm.type_error(format!(
            "str expected, not {}",
            crate::objects::types::type_name_of(&k)
        )));
    }
    let os = vm.import_module("os")?;
    let env = vm.getattr_str(&os, "environ")?;
    let d = dflt.cloned().unwrap_or_default();
    vm.call_method(&env, "get", &[k, d])
}

fn urandom(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    let [n] = parse_args(vm, &a, "urandom", ["size"], 1, 1)?;
    let n = int_arg(vm, n.unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.new_error("MemoryError", ""));
    }
    buf.resize(n as usize, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_err(vm, &e, None))?;
    Ok(bytes_value(buf))
}

fn get_terminal_size(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd] = parse_args(vm, &a, "get_terminal_size", ["fd"], 0, 1)?;
    let fd = match fd {
        Some(v) => int_arg(vm, v)? as i32,
        None => 1,
    };
    match sys::terminal_size(fd) {
        Ok((cols, rows)) => Ok(terminal_size_type().make(
            vec![Value::Int(cols as i64), Value::Int(rows as i64)],
            vec![],
        )),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

/// `os.system`: run a shell command and wait for it (a blocking call).
fn system(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::os::unix::process::ExitStatusExt;
    let [cmd] = parse_args(vm, &a, "system", ["command"], 1, 1)?;
    let cmd = util::fspath(vm, cmd.unwrap_or(&Value::None), None)?;
    crate::stdlib::sys::flush_stdout(vm)?;
    match std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(&cmd)
        .status()
    {
        Ok(st) => Ok(Value::Int(st.into_raw() as i64)),
        Err(_) => Ok(Value::Int(127 << 8)),
    }
}
