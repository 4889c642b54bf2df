//! In-memory streams: `io.StringIO` (positions count characters) and `io.BytesIO`.
//!
//! Both are native objects whose buffer sits behind one leaf lock; no Python code runs
//! while it is held. Subclasses work: `__new__` keeps the subclass as the instance's class.

use super::classes;
use super::file::Newline;
use crate::builtins::{add_method, add_staticmethod};
use crate::object::{NativeData, ObjRef, Payload, PyObject};
use crate::objects::seq::bytes_of;
use crate::objects::types::{as_type, type_name_of};
use crate::stdlib::os::util::{add_property, bytes_value, int_arg, this};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;

pub struct StringIo {
    st: Mutex<StrState>,
}

struct StrState {
    buf: String,
    /// Position in characters (may be past the end).
    pos: usize,
    /// Length of `buf` in characters.
    len: usize,
    closed: bool,
    newline: Newline,
}

impl StrState {
    fn byte_at(&self, i: usize) -> usize {
        if self.len == self.buf.len() {
            i.min(self.buf.len())
        } else {
            self.buf
                .char_indices()
                .nth(i)
                .map_or(self.buf.len(), |(b, _)| b)
        }
    }

    fn write(&mut self, s: &str) {
        let n = s.chars().count();
        if self.pos > self.len {
            let pad = self.pos - self.len;
            self.buf.extend(std::iter::repeat_n('\0', pad));
            self.len = self.pos;
        }
        if self.pos == self.len {
            self.buf.push_str(s);
        } else {
            let start = self.byte_at(self.pos);
            let end = self.byte_at(self.pos + n);
            let replaced = self.buf[start..end].chars().count();
            self.buf.replace_range(start..end, s);
            self.len -= replaced;
        }
        self.len += n;
        self.pos += n;
    }

    fn read(&mut self, n: Option<usize>) -> String {
        if self.pos >= self.len {
            return String::new();
        }
        let end = n.map_or(self.len, |n| (self.pos + n).min(self.len));
        let (a, b) = (self.byte_at(self.pos), self.byte_at(end));
        self.pos = end;
        self.buf[a..b].to_string()
    }

    fn readline(&mut self, limit: Option<usize>) -> String {
        if self.pos >= self.len {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let rest = &self.buf[start..];
        let end = match self.newline {
            Newline::Untranslated => rest.find(['\r', '\n']).map(|i| {
                if rest[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                }
            }),
            Newline::Cr => rest.find('\r').map(|i| i + 1),
            Newline::CrLf => rest.find("\r\n").map(|i| i + 2),
            Newline::Universal | Newline::Lf => rest.find('\n').map(|i| i + 1),
        }
        .unwrap_or(rest.len());
        let mut line = &rest[..end];
        if let Some(l) = limit {
            if let Some((b, _)) = line.char_indices().nth(l) {
                line = &line[..b];
            }
        }
        let out = line.to_string();
        self.pos += out.chars().count();
        out
    }
}

impl NativeData for StringIo {
    fn type_obj(&self) -> &'static ObjRef {
        &classes().string_io
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub struct BytesIo {
    st: Mutex<BytesState>,
}

struct BytesState {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

impl NativeData for BytesIo {
    fn type_obj(&self) -> &'static ObjRef {
        &classes().bytes_io
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A native instance of `cls` (which may be a Python subclass of `base`).
fn instance(cls: &Value, base: &ObjRef, data: Box<dyn NativeData>) -> Value {
    match cls {
        Value::Obj(c) if as_type(c).is_some() && !ObjRef::ptr_eq(c, base) => Value::Obj(
            ObjRef::new(PyObject::with_class(Payload::Native(data), c.clone())),
        ),
        _ => Value::obj(Payload::Native(data)),
    }
}

fn sio<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StringIo> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<StringIo>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_io.StringIO' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

fn bio<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a BytesIo> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<BytesIo>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_io.BytesIO' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

/// Lock a StringIO that must be open and run `f` on its state.
fn with_s<T>(vm: &Vm, v: &Value, f: impl FnOnce(&mut StrState) -> T) -> PyResult<T> {
    let s = sio(vm, v)?;
    let mut st = s.st.lock();
    if st.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(f(&mut st))
}

fn with_b<T>(vm: &Vm, v: &Value, f: impl FnOnce(&mut BytesState) -> T) -> PyResult<T> {
    let b = bio(vm, v)?;
    let mut st = b.st.lock();
    if st.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(f(&mut st))
}

fn translate_in(s: &str, nl: Newline) -> String {
    match nl {
        Newline::Universal => s.replace("\r\n", "\n").replace('\r', "\n"),
        Newline::Cr => s.replace('\n', "\r"),
        Newline::CrLf => s.replace('\n', "\r\n"),
        Newline::Lf | Newline::Untranslated => s.to_string(),
    }
}

fn str_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let init = a
        .pos
        .get(1)
        .or_else(|| a.kw("initial_value"))
        .cloned()
        .unwrap_or_default();
    let nl = match a.pos.get(2).or_else(|| a.kw("newline")) {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(v) => match v.as_str() {
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(o) => {
                return Err(vm.value_error(format!(
                    "illegal newline value: {}",
                    crate::objects::str_repr(o)
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "newline must be str or None, not {}",
                    type_name_of(v)
                )))
            }
        },
    };
    let text = match &init {
        Value::None => String::new(),
        v => match v.as_str() {
            Some(s) => translate_in(s, nl),
            None => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    type_name_of(v)
                )))
            }
        },
    };
    let s = sio(vm, this(vm, a.pos)?)?;
    let mut st = s.st.lock();
    st.len = text.chars().count();
    st.buf = text;
    st.pos = 0;
    st.newline = nl;
    st.closed = false;
    Ok(Value::None)
}

fn size(vm: &mut Vm, a: &Args<'_>) -> PyResult<Option<usize>> {
    super::methods::size_arg(vm, a.pos.get(1).or_else(|| a.kw("size")))
}

fn str_write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or_default();
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "string argument expected, got '{}'",
            type_name_of(&v)
        )));
    };
    let n = s.chars().count();
    with_s(vm, this(vm, a.pos)?, |st| {
        let t = translate_in(s, st.newline);
        st.write(&t);
    })?;
    Ok(Value::from(n))
}

fn str_seek(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let off = int_arg(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    let whence = match a.pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let r = with_s(vm, this(vm, a.pos)?, |st| match whence {
        0 if off < 0 => Err(format!("Negative seek position {off}")),
        0 => {
            st.pos = off as usize;
            Ok(st.pos)
        }
        1 | 2 if off != 0 => Err(String::new()),
        1 => Ok(st.pos),
        2 => {
            st.pos = st.len;
            Ok(st.pos)
        }
        _ => Err(format!("Invalid whence ({whence}, should be 0, 1 or 2)")),
    })?;
    match r {
        Ok(p) => Ok(Value::from(p)),
        Err(m) if m.is_empty() => {
            let which = if whence == 1 { "cur" } else { "end" };
            Err(vm.new_error(
                "OSError",
                format!("Can't do nonzero {which}-relative seeks"),
            ))
        }
        Err(m) => Err(vm.value_error(m)),
    }
}

fn truncate_arg(vm: &mut Vm, a: &Args<'_>) -> PyResult<Option<i64>> {
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = int_arg(vm, v)?;
            if n < 0 {
                return Err(vm.value_error(format!("Negative size value {n}")));
            }
            Ok(Some(n))
        }
    }
}

fn register_common(t: &ObjRef) {
    add_method(t, "readable", |_, _| Ok(Value::Bool(true)));
    add_method(t, "writable", |_, _| Ok(Value::Bool(true)));
    add_method(t, "seekable", |_, _| Ok(Value::Bool(true)));
    add_method(t, "isatty", |_, _| Ok(Value::Bool(false)));
    add_method(t, "flush", |_, _| Ok(Value::None));
    add_method(t, "__enter__", |vm, a| {
        let closed = vm.getattr_str(this(vm, a.pos)?, "closed")?;
        if vm.truthy(&closed)? {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(this(vm, a.pos)?.clone())
    });
    add_method(t, "__exit__", |vm, a| {
        vm.call_method(this(vm, a.pos)?, "close", &[])?;
        Ok(Value::None)
    });
    add_method(t, "__iter__", |vm, a| Ok(this(vm, a.pos)?.clone()));
    add_method(t, "__next__", |vm, a| {
        let line = vm.call_method(this(vm, a.pos)?, "readline", &[])?;
        if vm.len(&line)? == 0 {
            return Err(vm.stop_iteration(Value::None));
        }
        Ok(line)
    });
    add_method(t, "readlines", |vm, a| {
        let mut out = Vec::new();
        loop {
            let line = vm.call_method(this(vm, a.pos)?, "readline", &[])?;
            if vm.len(&line)? == 0 {
                return Ok(Value::list(out));
            }
            out.push(line);
        }
    });
    add_method(t, "writelines", |vm, a| {
        let it = vm.iter(a.pos.get(1).unwrap_or(&Value::None))?;
        while let Some(line) = vm.next(&it)? {
            vm.call_method(this(vm, a.pos)?, "write", &[line])?;
        }
        Ok(Value::None)
    });
}

pub fn init_types() {
    let c = classes();
    let t = &c.string_io;
    register_common(t);
    add_staticmethod(t, "__new__", |_, a| {
        let data = StringIo {
            st: Mutex::new(StrState {
                buf: String::new(),
                pos: 0,
                len: 0,
                closed: false,
                newline: Newline::Lf,
            }),
        };
        Ok(instance(
            a.pos.first().unwrap_or(&Value::None),
            &classes().string_io,
            Box::new(data),
        ))
    });
    add_method(t, "__init__", str_init);
    add_method(t, "getvalue", |vm, a| {
        with_s(vm, this(vm, a.pos)?, |st| Value::str(st.buf.clone()))
    });
    add_method(t, "read", |vm, a| {
        let n = size(vm, &a)?;
        with_s(vm, this(vm, a.pos)?, |st| Value::str(st.read(n)))
    });
    add_method(t, "readline", |vm, a| {
        let n = size(vm, &a)?;
        with_s(vm, this(vm, a.pos)?, |st| Value::str(st.readline(n)))
    });
    add_method(t, "write", str_write);
    add_method(t, "seek", str_seek);
    add_method(t, "tell", |vm, a| {
        with_s(vm, this(vm, a.pos)?, |st| Value::from(st.pos))
    });
    add_method(t, "truncate", |vm, a| {
        let n = truncate_arg(vm, &a)?;
        with_s(vm, this(vm, a.pos)?, |st| {
            let n = n.map_or(st.pos, |n| n as usize);
            if n < st.len {
                let b = st.byte_at(n);
                st.buf.truncate(b);
                st.len = n;
            }
            Value::from(n)
        })
    });
    add_method(t, "close", |vm, a| {
        sio(vm, this(vm, a.pos)?)?.st.lock().closed = true;
        Ok(Value::None)
    });
    add_property(t, "closed", |vm, a| {
        Ok(Value::Bool(sio(vm, this(vm, a.pos)?)?.st.lock().closed))
    });
    add_property(t, "line_buffering", |_, _| Ok(Value::Bool(false)));
    add_property(t, "newlines", |_, _| Ok(Value::None));

    let t = &c.bytes_io;
    register_common(t);
    add_staticmethod(t, "__new__", |_, a| {
        let data = BytesIo {
            st: Mutex::new(BytesState {
                buf: Vec::new(),
                pos: 0,
                closed: false,
            }),
        };
        Ok(instance(
            a.pos.first().unwrap_or(&Value::None),
            &classes().bytes_io,
            Box::new(data),
        ))
    });
    add_method(t, "__init__", |vm, a| {
        let init = a
            .pos
            .get(1)
            .or_else(|| a.kw("initial_bytes"))
            .cloned()
            .unwrap_or_default();
        let data = match &init {
            Value::None => Vec::new(),
            v => bytes_of(v).ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(v)
                ))
            })?,
        };
        let b = bio(vm, this(vm, a.pos)?)?;
        let mut st = b.st.lock();
        st.buf = data;
        st.pos = 0;
        st.closed = false;
        Ok(Value::None)
    });
    add_method(t, "getvalue", |vm, a| {
        with_b(vm, this(vm, a.pos)?, |st| bytes_value(st.buf.clone()))
    });
    add_method(t, "read", bytes_read);
    add_method(t, "read1", bytes_read);
    add_method(t, "readline", |vm, a| {
        let n = size(vm, &a)?;
        with_b(vm, this(vm, a.pos)?, |st| {
            let start = st.pos.min(st.buf.len());
            let rest = &st.buf[start..];
            let mut end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |i| i + 1);
            if let Some(n) = n {
                end = end.min(n);
            }
            let out = rest[..end].to_vec();
            st.pos = start + end;
            bytes_value(out)
        })
    });
    add_method(t, "readinto", |vm, a| {
        let Some(Payload::ByteArray(target)) = a.pos.get(1).and_then(|v| v.payload()) else {
            return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
        };
        let n = target.lock().len();
        let data = with_b(vm, this(vm, a.pos)?, |st| {
            let start = st.pos.min(st.buf.len());
            let end = (start + n).min(st.buf.len());
            st.pos = end;
            st.buf[start..end].to_vec()
        })?;
        target.lock()[..data.len()].copy_from_slice(&data);
        Ok(Value::from(data.len()))
    });
    add_method(t, "write", |vm, a| {
        let v = a.pos.get(1).cloned().unwrap_or_default();
        let Some(data) = bytes_of(&v) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&v)
            )));
        };
        with_b(vm, this(vm, a.pos)?, |st| {
            let end = st.pos + data.len();
            if st.buf.len() < end {
                st.buf.resize(end, 0);
            }
            let p = st.pos;
            st.buf[p..end].copy_from_slice(&data);
            st.pos = end;
            Value::from(data.len())
        })
    });
    add_method(t, "seek", |vm, a| {
        let off = int_arg(vm, a.pos.get(1).unwrap_or(&Value::None))?;
        let whence = match a.pos.get(2) {
            Some(w) => int_arg(vm, w)?,
            None => 0,
        };
        let r = with_b(vm, this(vm, a.pos)?, |st| {
            let base = match whence {
                0 if off < 0 => return Err(format!("negative seek value {off}")),
                0 => 0,
                1 => st.pos as i64,
                2 => st.buf.len() as i64,
                _ => return Err(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
            };
            st.pos = base.saturating_add(off).max(0) as usize;
            Ok(st.pos)
        })?;
        r.map(Value::from).map_err(|m| vm.value_error(m))
    });
    add_method(t, "tell", |vm, a| {
        with_b(vm, this(vm, a.pos)?, |st| Value::from(st.pos))
    });
    add_method(t, "truncate", |vm, a| {
        let n = truncate_arg(vm, &a)?;
        with_b(vm, this(vm, a.pos)?, |st| {
            let n = n.map_or(st.pos, |n| n as usize);
            st.buf.truncate(n);
            Value::from(n)
        })
    });
    add_method(t, "close", |vm, a| {
        bio(vm, this(vm, a.pos)?)?.st.lock().closed = true;
        Ok(Value::None)
    });
    add_property(t, "closed", |vm, a| {
        Ok(Value::Bool(bio(vm, this(vm, a.pos)?)?.st.lock().closed))
    });
}

fn bytes_read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = size(vm, &a)?;
    with_b(vm, this(vm, a.pos)?, |st| {
        let start = st.pos.min(st.buf.len());
        let end = n.map_or(st.buf.len(), |n| (start + n).min(st.buf.len()));
        st.pos = end.max(st.pos);
        bytes_value(st.buf[start..end].to_vec())
    })
}
