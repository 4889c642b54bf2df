//! Low-level file-descriptor functions of `os`: `open`, `close`, `read`, `write`, `lseek`,
//! `pipe`, `dup`, `dup2`, `isatty`, and the `O_*` / `SEEK_*` constants.
//!
//! Descriptors are plain integers owned by the program: a Rust `File` is only ever borrowed
//! around one call (`ManuallyDrop`), never closed behind the program's back. `read` and
//! `write` are the blocking calls that will release the GIL.

use super::sys as csys;
use super::util::{bytes_value, int_arg, os_err, parse_args, set_attr};
use crate::objects::seq::bytes_of;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};
use std::os::unix::fs::OpenOptionsExt;

#[cfg(target_os = "linux")]
const FLAGS: &[(&str, i32)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_CLOEXEC", 0o2000000),
];
#[cfg(not(target_os = "linux"))]
const FLAGS: &[(&str, i32)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_NONBLOCK", 0x4),
    ("O_APPEND", 0x8),
    ("O_CREAT", 0x200),
    ("O_TRUNC", 0x400),
    ("O_EXCL", 0x800),
    ("O_NOCTTY", 0x20000),
    ("O_CLOEXEC", 0x1000000),
];

pub fn add_constants(m: &Value) {
    for (name, v) in FLAGS {
        set_attr(m, name, Value::Int(*v as i64));
    }
    for (name, v) in [
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
    ] {
        set_attr(m, name, Value::Int(v));
    }
}

fn fd_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    let n = int_arg(vm, v.unwrap_or(&Value::None))?;
    i32::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

/// Borrow descriptor `fd` as a `File` for one call.
fn borrow(fd: i32) -> std::io::Result<ManuallyDrop<File>> {
    // std rejects -1 (it panics); every negative descriptor is simply a bad one.
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(9));
    }
    // SAFETY: the File is never dropped, so it never closes `fd`; operations on a
    // descriptor that is not open fail with EBADF.
    Ok(ManuallyDrop::new(unsafe { File::from_raw_fd(fd) }))
}

/// Blocking read of up to `n` bytes.
fn read_fd(fd: i32, n: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let got = borrow(fd)?.read(&mut buf)?;
    buf.truncate(got);
    Ok(buf)
}

/// Blocking write; returns the number of bytes written.
fn write_fd(fd: i32, data: &[u8]) -> std::io::Result<usize> {
    borrow(fd)?.write(data)
}

pub fn open(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, flags, mode, _dir_fd] =
        parse_args(vm, &a, "open", ["path", "flags", "mode", "dir_fd"], 2, 3)?;
    let path = super::fs::path_arg(vm, p.unwrap_or(&Value::None), "open")?;
    let flags = int_arg(vm, flags.unwrap_or(&Value::None))? as i32;
    let mode = match mode {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    let acc = flags & 3;
    let r = std::fs::OpenOptions::new()
        .read(acc == 0 || acc == 2)
        .write(acc == 1 || acc == 2)
        .custom_flags(flags & !3)
        .mode(mode)
        .open(&path);
    match r {
        Ok(f) => Ok(Value::Int(f.into_raw_fd() as i64)),
        Err(e) => Err(os_err(vm, &e, Some(&path))),
    }
}

pub fn close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd] = parse_args(vm, &a, "close", ["fd"], 1, 1)?;
    let fd = fd_arg(vm, fd)?;
    csys::close_fd(fd).map_err(|e| os_err(vm, &e, None))?;
    Ok(Value::None)
}

pub fn read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd, n] = parse_args(vm, &a, "read", ["fd", "length"], 2, 2)?;
    let fd = fd_arg(vm, fd)?;
    let n = int_arg(vm, n.unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in read"));
    }
    match crate::gil::allow_threads("os.read", || read_fd(fd, n as usize)) {
        Ok(b) => Ok(bytes_value(b)),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

pub fn write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd, data] = parse_args(vm, &a, "write", ["fd", "data"], 2, 2)?;
    let fd = fd_arg(vm, fd)?;
    let data = data.cloned().unwrap_or_default();
    let Some(bytes) = bytes_of(&data) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(&data)
        )));
    };
    if fd == 1 {
        // Keep the order of output written through sys.stdout before this call.
        crate::stdlib::sys::flush_stdout(vm)?;
    }
    match crate::gil::allow_threads("os.write", || write_fd(fd, &bytes)) {
        Ok(n) => Ok(Value::from(n)),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

pub fn lseek(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd, pos, how] = parse_args(vm, &a, "lseek", ["fd", "position", "whence"], 3, 3)?;
    let fd = fd_arg(vm, fd)?;
    let pos = int_arg(vm, pos.unwrap_or(&Value::None))?;
    let from = match int_arg(vm, how.unwrap_or(&Value::None))? {
        0 => SeekFrom::Start(pos.max(0) as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(os_err(vm, &std::io::Error::from_raw_os_error(22), None)),
    };
    match borrow(fd).and_then(|mut f| f.seek(from)) {
        Ok(p) => Ok(Value::from(p as usize)),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

pub fn pipe(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    match csys::make_pipe() {
        Ok((r, w)) => Ok(Value::tuple(vec![
            Value::Int(r as i64),
            Value::Int(w as i64),
        ])),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

pub fn dup(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd] = parse_args(vm, &a, "dup", ["fd"], 1, 1)?;
    let fd = fd_arg(vm, fd)?;
    csys::dup_fd(fd)
        .map(|n| Value::Int(n as i64))
        .map_err(|e| os_err(vm, &e, None))
}

pub fn dup2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd, fd2, _inh] = parse_args(vm, &a, "dup2", ["fd", "fd2", "inheritable"], 2, 3)?;
    let (fd, fd2) = (fd_arg(vm, fd)?, fd_arg(vm, fd2)?);
    csys::dup2_fd(fd, fd2)
        .map(|n| Value::Int(n as i64))
        .map_err(|e| os_err(vm, &e, None))
}

pub fn isatty(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd] = parse_args(vm, &a, "isatty", ["fd"], 1, 1)?;
    let fd = fd_arg(vm, fd)?;
    Ok(Value::Bool(csys::is_tty(fd)))
}
