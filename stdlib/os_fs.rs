//! File-system functions of `os`: directories (`getcwd`, `chdir`, `listdir`, `mkdir`,
//! `makedirs`, `rmdir`, `removedirs`), files (`remove`, `rename`, `replace`, `stat`,
//! `chmod`, `truncate`, links) and `os.stat_result`.
//!
//! Each OS call sits in its own expression with its error mapped by `os_err` (errno to the
//! CPython exception class and message, with the file name), so that releasing the GIL
//! around them later is a local change.

use super::structseq::StructSeq;
use super::util::{bytes_value, flag, fspath, int_arg, opt, os_err, os_err2, parse_args};
use crate::object::Payload;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::fs;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::sync::OnceLock;

const STAT_FIELDS: &[&str] = &[
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

pub fn stat_result() -> &'static StructSeq {
    static T: OnceLock<StructSeq> = OnceLock::new();
    T.get_or_init(|| StructSeq::new("stat_result", "os", STAT_FIELDS, 10))
}

/// A path argument of an `os` function, checked for NUL bytes.
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    let p = fspath(vm, v, Some((fname, "path")))?;
    if p.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(p)
}

/// Metadata of an open file descriptor (the descriptor stays open).
pub fn fd_metadata(fd: i64) -> std::io::Result<fs::Metadata> {
    let fd = i32::try_from(fd)
        .ok()
        .filter(|fd| *fd >= 0)
        .ok_or_else(|| std::io::Error::from_raw_os_error(9))?;
    // SAFETY: the File is never dropped (ManuallyDrop), so the descriptor is only borrowed;
    // fstat on a descriptor that is not open fails with EBADF.
    let f = ManuallyDrop::new(unsafe { fs::File::from_raw_fd(fd) });
    f.metadata()
}

fn ns(s: i64, n: i64) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n)
}

pub fn stat_value(m: &fs::Metadata) -> Value {
    let u = |x: u64| Value::from(x as usize);
    let visible = vec![
        Value::Int(m.mode() as i64),
        u(m.ino()),
        u(m.dev()),
        u(m.nlink()),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
    ];
    let f = |s: i64, n: i64| Value::Float(s as f64 + n as f64 * 1e-9);
    let extras = vec![
        f(m.atime(), m.atime_nsec()),
        f(m.mtime(), m.mtime_nsec()),
        f(m.ctime(), m.ctime_nsec()),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        u(m.blksize()),
        u(m.blocks()),
        u(m.rdev()),
    ];
    stat_result().make(visible, extras)
}

pub fn stat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, _dir_fd, follow] =
        parse_args(vm, &a, "stat", ["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let p = p.cloned().unwrap_or_default();
    let follow = flag(vm, follow, true)?;
    stat_common(vm, &p, follow, "stat")
}

pub fn lstat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, _dir_fd] = parse_args(vm, &a, "lstat", ["path", "dir_fd"], 1, 1)?;
    let p = p.cloned().unwrap_or_default();
    stat_common(vm, &p, false, "lstat")
}

fn stat_common(vm: &mut Vm, p: &Value, follow: bool, fname: &str) -> PyResult<Value> {
    if let Value::Int(fd) = p {
        return fd_metadata(*fd)
            .map(|m| stat_value(&m))
            .map_err(|e| os_err(vm, &e, None));
    }
    if matches!(p, Value::Float(_) | Value::None | Value::Bool(_)) {
        return Err(vm.type_error(format!(
            "{fname}: path should be string, bytes, os.PathLike or integer, not {}",
            type_name_of(p)
        )));
    }
    let path = path_arg(vm, p, fname)?;
    let r = if follow {
        fs::metadata(&path)
    } else {
        fs::symlink_metadata(&path)
    };
    r.map(|m| stat_value(&m))
        .map_err(|e| os_err(vm, &e, Some(&path)))
}

pub fn fstat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fd] = parse_args(vm, &a, "fstat", ["fd"], 1, 1)?;
    let fd = int_arg(vm, fd.unwrap_or(&Value::None))?;
    fd_metadata(fd)
        .map(|m| stat_value(&m))
        .map_err(|e| os_err(vm, &e, None))
}

pub fn getcwd(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

pub fn getcwdb(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(p) => Ok(bytes_value(p.as_os_str().as_bytes().to_vec())),
        Err(e) => Err(os_err(vm, &e, None)),
    }
}

pub fn chdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p] = parse_args(vm, &a, "chdir", ["path"], 1, 1)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "chdir")?;
    std::env::set_current_dir(&path).map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn listdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    let [p] = parse_args(vm, &a, "listdir", ["path"], 0, 1)?;
    let (path, as_bytes) = match opt(p) {
        None => (".".to_string(), false),
        Some(v) => (
            path_arg(vm, v, "listdir")?,
            matches!(v.payload(), Some(Payload::Bytes(_))),
        ),
    };
    let entries = fs::read_dir(&path).map_err(|e| os_err(vm, &e, Some(&path)))?;
    let mut out = Vec::new();
    for e in entries {
        let e = e.map_err(|e| os_err(vm, &e, Some(&path)))?;
        let name = e.file_name();
        out.push(if as_bytes {
            bytes_value(name.as_bytes().to_vec())
        } else {
            Value::str(name.to_string_lossy().into_owned())
        });
    }
    Ok(Value::list(out))
}

fn mode_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        Some(v) => Ok(int_arg(vm, v)? as u32),
        None => Ok(0o777),
    }
}

fn make_dir(path: &str, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new().mode(mode).create(path)
}

pub fn mkdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, mode, _dir_fd] = parse_args(vm, &a, "mkdir", ["path", "mode", "dir_fd"], 1, 2)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "mkdir")?;
    let mode = mode_arg(vm, mode)?;
    make_dir(&path, mode).map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn makedirs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, mode, exist_ok] = parse_args(vm, &a, "makedirs", ["name", "mode", "exist_ok"], 1, 3)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "mkdir")?;
    let mode = mode_arg(vm, mode)?;
    let exist_ok = flag(vm, exist_ok, false)?;
    make_dirs(&path, mode, exist_ok).map_err(|(e, p)| os_err(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

/// CPython's `os.makedirs`: create missing parents, then the leaf.
fn make_dirs(path: &str, mode: u32, exist_ok: bool) -> Result<(), (std::io::Error, String)> {
    let (mut head, mut tail) = super::path::split(path);
    if tail.is_empty() {
        (head, tail) = super::path::split(&head);
    }
    if !head.is_empty() && !tail.is_empty() && fs::metadata(&head).is_err() {
        match make_dirs(&head, mode, exist_ok) {
            Err((e, _)) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
            Ok(()) => {}
        }
        if tail == "." {
            return Ok(());
        }
    }
    match make_dir(path, mode) {
        Ok(()) => Ok(()),
        Err(_) if exist_ok && fs::metadata(path).is_ok_and(|m| m.is_dir()) => Ok(()),
        Err(e) => Err((e, path.to_string())),
    }
}

pub fn remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, _dir_fd] = parse_args(vm, &a, "remove", ["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "remove")?;
    fs::remove_file(&path).map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn unlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, _dir_fd] = parse_args(vm, &a, "unlink", ["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "unlink")?;
    fs::remove_file(&path).map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn rmdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, _dir_fd] = parse_args(vm, &a, "rmdir", ["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "rmdir")?;
    fs::remove_dir(&path).map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn removedirs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p] = parse_args(vm, &a, "removedirs", ["name"], 1, 1)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "rmdir")?;
    fs::remove_dir(&path).map_err(|e| os_err(vm, &e, Some(&path)))?;
    let (mut head, mut tail) = super::path::split(&path);
    if tail.is_empty() {
        (head, tail) = super::path::split(&head);
    }
    while !head.is_empty() && !tail.is_empty() {
        if fs::remove_dir(&head).is_err() {
            break;
        }
        (head, tail) = super::path::split(&head);
    }
    Ok(Value::None)
}

fn two_paths(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<(String, String)> {
    let [s, d, _, _] = parse_args(
        vm,
        a,
        fname,
        ["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
        2,
    )?;
    let src = fspath(vm, s.unwrap_or(&Value::None), Some((fname, "src")))?;
    let dst = fspath(vm, d.unwrap_or(&Value::None), Some((fname, "dst")))?;
    if src.contains('\0') || dst.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok((src, dst))
}

pub fn rename(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, &a, "rename")?;
    fs::rename(&src, &dst).map_err(|e| os_err2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

pub fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, &a, "replace")?;
    fs::rename(&src, &dst).map_err(|e| os_err2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

pub fn link(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, &a, "link")?;
    fs::hard_link(&src, &dst).map_err(|e| os_err2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

pub fn symlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [s, d, _, _] = parse_args(
        vm,
        &a,
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        2,
        3,
    )?;
    let src = fspath(vm, s.unwrap_or(&Value::None), Some(("symlink", "src")))?;
    let dst = fspath(vm, d.unwrap_or(&Value::None), Some(("symlink", "dst")))?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_err2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

pub fn readlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, _dir_fd] = parse_args(vm, &a, "readlink", ["path", "dir_fd"], 1, 1)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "readlink")?;
    match fs::read_link(&path) {
        Ok(t) => Ok(Value::str(t.to_string_lossy().into_owned())),
        Err(e) => Err(os_err(vm, &e, Some(&path))),
    }
}

pub fn chmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, mode, _, _] = parse_args(
        vm,
        &a,
        "chmod",
        ["path", "mode", "dir_fd", "follow_symlinks"],
        2,
        2,
    )?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "chmod")?;
    let mode = int_arg(vm, mode.unwrap_or(&Value::None))? as u32;
    fs::set_permissions(&path, fs::Permissions::from_mode(mode))
        .map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn truncate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, len] = parse_args(vm, &a, "truncate", ["path", "length"], 2, 2)?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "truncate")?;
    let len = int_arg(vm, len.unwrap_or(&Value::None))?;
    let r = fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_len(len.max(0) as u64));
    r.map_err(|e| os_err(vm, &e, Some(&path)))?;
    Ok(Value::None)
}

pub fn access(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [p, mode, _, _, _] = parse_args(
        vm,
        &a,
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2,
    )?;
    let path = path_arg(vm, p.unwrap_or(&Value::None), "access")?;
    let mode = int_arg(vm, mode.unwrap_or(&Value::None))?;
    Ok(Value::Bool(super::sys::access_ok(&path, mode as i32)))
}
