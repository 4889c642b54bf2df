//! The Python methods of file objects made by `open()` (text and binary).
//!
//! Each method converts its arguments, then locks the file state for exactly one operation
//! of `io_file.rs` (no Python code runs under the lock), then converts the result.

use super::file::{FileState, IoErr};
use super::{classes, io_err, FileObj, Kind};
use crate::builtins::add_method;
use crate::object::{ObjRef, Payload};
use crate::objects::seq::bytes_of;
use crate::objects::str_repr;
use crate::objects::types::type_name_of;
use crate::stdlib::os::util::{add_property, bytes_value, int_arg, this};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn file_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a FileObj> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<FileObj>().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a file object, not '{}'",
                type_name_of(v)
            ))
        }),
        _ => Err(vm.type_error(format!(
            "descriptor requires a file object, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// Lock the file of the receiver, run `op` (blocking OS calls, no Python objects) with the
/// GIL released, convert an error.
fn with<T>(
    vm: &Vm,
    a: &Args<'_>,
    op: impl FnOnce(&mut FileState) -> Result<T, IoErr>,
) -> PyResult<T> {
    let f = file_of(vm, this(vm, a.pos)?)?;
    // The file's lock is taken and dropped with the GIL released (see gil::allow_threads).
    let r = crate::gil::allow_threads("file I/O", || op(&mut f.st.lock()));
    r.map_err(|e| io_err(vm, e))
}

fn is_text(vm: &Vm, a: &Args<'_>) -> PyResult<bool> {
    Ok(file_of(vm, this(vm, a.pos)?)?.kind == Kind::Text)
}

/// A size argument: `None` or negative means "all".
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = int_arg(vm, v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        Some(v) => {
            if crate::objects::int::is_int(v) || vm.lookup_special(v, "__index__").is_some() {
                let n = int_arg(vm, v)?;
                return Ok((n >= 0).then_some(n as usize));
            }
            Err(vm.type_error(format!(
                "argument should be integer or None, not '{}'",
                type_name_of(v)
            )))
        }
    }
}

fn closed_no_period(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("I/O operation on closed file")
}

fn check_open(vm: &Vm, a: &Args<'_>) -> PyResult<()> {
    if file_of(vm, this(vm, a.pos)?)?.st.lock().is_closed() {
        return Err(io_err(vm, IoErr::Closed));
    }
    Ok(())
}

fn read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = size_arg(vm, a.pos.get(1).or_else(|| a.kw("size")))?;
    if is_text(vm, &a)? {
        with(vm, &a, |st| st.read_text(n)).map(Value::str)
    } else {
        with(vm, &a, |st| st.read(n)).map(bytes_value)
    }
}

fn readline(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = size_arg(vm, a.pos.get(1).or_else(|| a.kw("size")))?;
    readline_value(vm, &a, n)
}

fn readline_value(vm: &mut Vm, a: &Args<'_>, n: Option<usize>) -> PyResult<Value> {
    if is_text(vm, a)? {
        with(vm, a, |st| st.readline_text(n)).map(Value::str)
    } else {
        with(vm, a, |st| st.readline(n)).map(bytes_value)
    }
}

fn line_is_empty(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    }
}

fn readlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let hint = size_arg(vm, a.pos.get(1).or_else(|| a.kw("hint")))?.filter(|h| *h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = readline_value(vm, &a, None)?;
        if line_is_empty(&line) {
            break;
        }
        total += vm.len(&line)?;
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(out))
}

fn write_one(vm: &mut Vm, a: &Args<'_>, v: &Value) -> PyResult<Value> {
    if is_text(vm, a)? {
        let Some(s) = v.as_str() else {
            check_open(vm, a)?;
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                type_name_of(v)
            )));
        };
        with(vm, a, |st| st.write_text(s)).map(Value::from)
    } else {
        let Some(b) = bytes_of(v) else {
            check_open(vm, a)?;
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(v)
            )));
        };
        with(vm, a, |st| st.write(&b)).map(Value::from)
    }
}

fn write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(v) = a.pos.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    write_one(vm, &a, v)
}

fn writelines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(lines) = a.pos.get(1) else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    check_open(vm, &a)?;
    let it = vm.iter(lines)?;
    while let Some(line) = vm.next(&it)? {
        write_one(vm, &a, &line)?;
    }
    Ok(Value::None)
}

fn seek(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(off) = a.pos.get(1) else {
        return Err(vm.type_error("seek expected at least 1 argument, got 0"));
    };
    let off = int_arg(vm, off)?;
    let whence = match a.pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let r = if is_text(vm, &a)? {
        with(vm, &a, |st| st.seek_text(off, whence))?
    } else {
        with(vm, &a, |st| st.seek(off, whence))?
    };
    Ok(Value::from(r as usize))
}

fn truncate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let size = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?.max(0) as u64),
    };
    with(vm, &a, |st| st.truncate(size)).map(|n| Value::from(n as usize))
}

fn next_line(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let line = readline_value(vm, &a, None)?;
    if line_is_empty(&line) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = file_of(vm, this(vm, a.pos)?)?;
    let closed = f.st.lock().is_closed();
    let name = vm.repr_string(&f.name)?;
    let cls = match f.kind {
        Kind::Text => "TextIOWrapper",
        Kind::Reader => "BufferedReader",
        Kind::Writer => "BufferedWriter",
        Kind::Random => "BufferedRandom",
        Kind::Raw => "FileIO",
    };
    Ok(Value::str(match f.kind {
        Kind::Text => format!(
            "<_io.TextIOWrapper name={name} mode={} encoding={}>",
            str_repr(&f.mode),
            str_repr(&f.encoding)
        ),
        Kind::Raw if closed => "<_io.FileIO [closed]>".to_string(),
        Kind::Raw => format!(
            "<_io.FileIO name={name} mode={} closefd={}>",
            str_repr(&f.mode),
            if f.closefd { "True" } else { "False" }
        ),
        _ => format!("<_io.{cls} name={name}>"),
    }))
}

fn register(t: &ObjRef) {
    add_method(t, "read", read);
    add_method(t, "readline", readline);
    add_method(t, "readlines", readlines);
    add_method(t, "write", write);
    add_method(t, "writelines", writelines);
    add_method(t, "seek", seek);
    add_method(t, "tell", |vm, a| {
        with(vm, &a, |st| st.tell()).map(|n| Value::from(n as usize))
    });
    add_method(t, "truncate", truncate);
    add_method(t, "flush", |vm, a| {
        with(vm, &a, |st| st.flush()).map(|_| Value::None)
    });
    add_method(t, "close", |vm, a| {
        with(vm, &a, |st| st.close()).map(|_| Value::None)
    });
    add_method(t, "fileno", |vm, a| {
        let f = file_of(vm, this(vm, a.pos)?)?;
        let r = f.st.lock().fileno();
        r.map(|fd| Value::Int(fd as i64))
            .map_err(|_| closed_no_period(vm))
    });
    add_method(t, "isatty", |vm, a| {
        let f = file_of(vm, this(vm, a.pos)?)?;
        let r = f.st.lock().fileno();
        r.map(|fd| Value::Bool(crate::stdlib::os::sys::is_tty(fd)))
            .map_err(|_| closed_no_period(vm))
    });
    add_method(t, "readable", |vm, a| {
        let f = file_of(vm, this(vm, a.pos)?)?;
        let st = f.st.lock();
        if st.is_closed() {
            return Err(closed_no_period(vm));
        }
        Ok(Value::Bool(st.readable))
    });
    add_method(t, "writable", |vm, a| {
        let f = file_of(vm, this(vm, a.pos)?)?;
        let st = f.st.lock();
        if st.is_closed() {
            return Err(closed_no_period(vm));
        }
        Ok(Value::Bool(st.writable))
    });
    add_method(t, "seekable", |vm, a| {
        let f = file_of(vm, this(vm, a.pos)?)?;
        let r = f.st.lock().seekable();
        r.map(Value::Bool).map_err(|_| closed_no_period(vm))
    });
    add_method(t, "__enter__", |vm, a| {
        check_open(vm, &a)?;
        Ok(this(vm, a.pos)?.clone())
    });
    add_method(t, "__exit__", |vm, a| {
        with(vm, &a, |st| st.close()).map(|_| Value::None)
    });
    add_method(t, "__iter__", |vm, a| {
        check_open(vm, &a)?;
        Ok(this(vm, a.pos)?.clone())
    });
    add_method(t, "__next__", next_line);
    add_method(t, "__repr__", repr);
    add_property(t, "closed", |vm, a| {
        Ok(Value::Bool(
            file_of(vm, this(vm, a.pos)?)?.st.lock().is_closed(),
        ))
    });
    add_property(t, "name", |vm, a| {
        Ok(file_of(vm, this(vm, a.pos)?)?.name.clone())
    });
    add_property(t, "mode", |vm, a| {
        Ok(Value::str(file_of(vm, this(vm, a.pos)?)?.mode.clone()))
    });
}

fn readinto(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::ByteArray(target)) = a.pos.get(1).and_then(|v| v.payload()) else {
        let t = a.pos.get(1).cloned().unwrap_or_default();
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name_of(&t)
        )));
    };
    let n = target.lock().len();
    let data = with(vm, &a, |st| st.read(Some(n)))?;
    let mut t = target.lock();
    let k = data.len().min(t.len());
    t[..k].copy_from_slice(&data[..k]);
    Ok(Value::from(k))
}

pub fn init_types() {
    let c = classes();
    for t in [&c.text_wrapper, &c.reader, &c.writer, &c.random, &c.file_io] {
        register(t);
    }
    for t in [&c.reader, &c.writer, &c.random, &c.file_io] {
        add_method(t, "readinto", readinto);
        add_method(t, "read1", read);
    }
    add_property(&c.file_io, "closefd", |vm, a| {
        Ok(Value::Bool(file_of(vm, this(vm, a.pos)?)?.closefd))
    });
    let t = &c.text_wrapper;
    add_property(t, "encoding", |vm, a| {
        Ok(Value::str(file_of(vm, this(vm, a.pos)?)?.encoding.clone()))
    });
    add_property(t, "errors", |vm, a| {
        Ok(Value::str(file_of(vm, this(vm, a.pos)?)?.errors.clone()))
    });
    add_property(t, "newlines", |_, _| Ok(Value::None));
    add_property(t, "line_buffering", |vm, a| {
        let f = file_of(vm, this(vm, a.pos)?)?;
        let lb = f.st.lock().text.as_ref().is_some_and(|t| t.line_buffering);
        Ok(Value::Bool(lb))
    });
}
