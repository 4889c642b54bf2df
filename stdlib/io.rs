//! The `io` module, the built-in `open()` and `input()`.
//!
//! File objects are native (`FileObj`, one Rust type for `TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom` and `FileIO`); their state and all buffering and
//! text handling live in `io_file.rs`, their Python methods in `io_methods.rs`, and
//! `StringIO`/`BytesIO` in `io_memory.rs`. The class hierarchy mirrors CPython's, so
//! `isinstance(f, io.TextIOBase)` works.

#[path = "io_file.rs"]
pub mod file;
#[path = "io_memory.rs"]
pub mod memory;
#[path = "io_methods.rs"]
pub mod methods;

use super::os::util::{opt, os_err, parse_args, set_attr};
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::module::{module_dict, new_module};
use crate::objects::types::{new_class, type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use file::{Encoding, Errors, FileState, IoErr, Newline, TextConfig, Unsupported};
use parking_lot::Mutex;
use std::sync::OnceLock;

/// The kinds of file object `open()` makes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Reader,
    Writer,
    Random,
    Raw,
}

pub struct FileObj {
    pub kind: Kind,
    /// The `file` argument of `open()` (a path or a descriptor number).
    pub name: Value,
    pub mode: String,
    /// The encoding as given (`UTF-8` when defaulted); text files only.
    pub encoding: String,
    pub errors: String,
    pub closefd: bool,
    pub st: Mutex<FileState>,
}

impl NativeData for FileObj {
    fn type_obj(&self) -> &'static ObjRef {
        let c = classes();
        match self.kind {
            Kind::Text => &c.text_wrapper,
            Kind::Reader => &c.reader,
            Kind::Writer => &c.writer,
            Kind::Random => &c.random,
            Kind::Raw => &c.file_io,
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The classes of the `io` module.
pub struct Classes {
    pub io_base: ObjRef,
    pub raw_base: ObjRef,
    pub buffered_base: ObjRef,
    pub text_base: ObjRef,
    pub file_io: ObjRef,
    pub reader: ObjRef,
    pub writer: ObjRef,
    pub random: ObjRef,
    pub text_wrapper: ObjRef,
    pub string_io: ObjRef,
    pub bytes_io: ObjRef,
    pub unsupported: ObjRef,
}

pub fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        use super::os::util::new_native_class as class;
        let io_base = class("IOBase", "io", &[types().object.clone()]);
        let raw_base = class("RawIOBase", "io", std::slice::from_ref(&io_base));
        let buffered_base = class("BufferedIOBase", "io", std::slice::from_ref(&io_base));
        let text_base = class("TextIOBase", "io", std::slice::from_ref(&io_base));
        let t = types();
        let bases = vec![t.exc("OSError").clone(), t.exc("ValueError").clone()];
        let mro = crate::objects::types::compute_mro(&bases).unwrap_or_default();
        let unsupported = new_class(
            "UnsupportedOperation",
            bases,
            mro,
            crate::objects::dict::Dict::new(),
            false,
            None,
        );
        if let Some(td) = crate::objects::types::as_type(&unsupported) {
            td.dict
                .set_str(crate::objects::str::intern("__module__"), Value::str("io"));
        }
        Classes {
            file_io: class("FileIO", "_io", std::slice::from_ref(&raw_base)),
            reader: class(
                "BufferedReader",
                "_io",
                std::slice::from_ref(&buffered_base),
            ),
            writer: class(
                "BufferedWriter",
                "_io",
                std::slice::from_ref(&buffered_base),
            ),
            random: class(
                "BufferedRandom",
                "_io",
                std::slice::from_ref(&buffered_base),
            ),
            text_wrapper: class("TextIOWrapper", "_io", std::slice::from_ref(&text_base)),
            string_io: class("StringIO", "_io", std::slice::from_ref(&text_base)),
            bytes_io: class("BytesIO", "_io", std::slice::from_ref(&buffered_base)),
            io_base,
            raw_base,
            buffered_base,
            text_base,
            unsupported,
        }
    })
}

/// Register the methods of the `io` classes (once per process).
pub fn init_types() {
    methods::init_types();
    memory::init_types();
}

/// Until the lead lists `init_types` in `stdlib::TYPE_INITS`, the first use registers them.
fn ensure_types() {
    static TYPES: std::sync::Once = std::sync::Once::new();
    TYPES.call_once(init_types);
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    ensure_types();
    let c = classes();
    let m = new_module("io");
    for (name, cls) in [
        ("IOBase", &c.io_base),
        ("RawIOBase", &c.raw_base),
        ("BufferedIOBase", &c.buffered_base),
        ("TextIOBase", &c.text_base),
        ("FileIO", &c.file_io),
        ("BufferedReader", &c.reader),
        ("BufferedWriter", &c.writer),
        ("BufferedRandom", &c.random),
        ("TextIOWrapper", &c.text_wrapper),
        ("StringIO", &c.string_io),
        ("BytesIO", &c.bytes_io),
        ("UnsupportedOperation", &c.unsupported),
    ] {
        set_attr(&m, name, Value::Obj(cls.clone()));
    }
    set_attr(&m, "open", crate::builtins::native("open", open_builtin));
    set_attr(&m, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    for (name, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        set_attr(&m, name, Value::Int(v));
    }
    Ok(m)
}

/// The exception for a failed file operation.
pub fn io_err(vm: &Vm, e: IoErr) -> PyErr {
    match e {
        IoErr::Os(e) => os_err(vm, &e, None),
        IoErr::Closed => vm.value_error("I/O operation on closed file."),
        IoErr::Unsupported(m) => unsupported(vm, m),
        IoErr::Value(m) => vm.value_error(m),
        IoErr::Decode(m) => vm.new_error("UnicodeDecodeError", m),
        IoErr::Encode(m) => vm.new_error("UnicodeEncodeError", m),
    }
}

pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    vm.error_with_args(&classes().unsupported, vec![Value::str(msg)])
}

/// A parsed `mode` argument of `open()`.
struct Mode {
    read: bool,
    write: bool,
    create_new: bool,
    append: bool,
    truncate: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let invalid = || vm.value_error(format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxa+tb".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let kinds = ['r', 'w', 'x', 'a'].iter().filter(|c| has(**c)).count();
    if has('t') && has('b') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let plus = has('+');
    Ok(Mode {
        read: has('r') || plus,
        write: !has('r') || plus,
        create_new: has('x'),
        append: has('a'),
        truncate: has('w'),
        plus,
        binary: has('b'),
    })
}

/// `FileIO.mode` as CPython normalises it.
fn raw_mode(m: &Mode) -> String {
    let base = if m.create_new {
        "xb"
    } else if m.append {
        "ab"
    } else if m.read {
        "rb"
    } else {
        "wb"
    };
    if m.plus {
        format!("{base}+")
    } else {
        base.to_string()
    }
}

fn str_or_none<'a>(vm: &Vm, v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match opt(v) {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                type_name_of(v)
            ))),
        },
    }
}

/// The OS-level open (a blocking call): the file, or the error.
fn open_path(path: &str, m: &Mode) -> std::io::Result<std::fs::File> {
    use std::io::Seek;
    let f = std::fs::OpenOptions::new()
        .read(m.read)
        .write(m.write && !m.append)
        .append(m.append)
        .truncate(m.truncate)
        .create(m.truncate || m.append)
        .create_new(m.create_new)
        .open(path)?;
    if f.metadata()?.is_dir() {
        return Err(std::io::Error::from_raw_os_error(21));
    }
    let mut f = f;
    if m.append {
        f.seek(std::io::SeekFrom::End(0))?;
    }
    Ok(f)
}

/// The built-in `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True)`.
pub fn open_builtin(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ensure_types();
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
    ];
    let [file, mode, buffering, encoding, errors, newline, closefd] =
        parse_args(vm, &a, "open", names, 1, 7)?;
    let file = file.cloned().unwrap_or_default();
    let mode_s = match mode {
        None => "r",
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name_of(v)
            ))
        })?,
    };
    let m = parse_mode(vm, mode_s)?;
    let buffering = match opt(buffering) {
        Some(b) => super::os::util::int_arg(vm, b)?,
        None => -1,
    };
    let encoding = str_or_none(vm, encoding, "encoding")?;
    let errors = str_or_none(vm, errors, "errors")?;
    let newline = str_or_none(vm, newline, "newline")?;
    let closefd = super::os::util::flag(vm, closefd, true)?;
    if m.binary {
        for (v, what) in [
            (encoding, "an encoding"),
            (errors, "an errors"),
            (newline, "a newline"),
        ] {
            if v.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let nl = match newline {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return Err(vm.value_error(format!("illegal newline value: {other}"))),
    };
    let enc = match encoding {
        None => Encoding::Utf8,
        Some(e) => Encoding::lookup(e)
            .ok_or_else(|| vm.new_error("LookupError", format!("unknown encoding: {e}")))?,
    };
    let errs = match errors {
        None => Errors::Strict,
        Some(e) => Errors::lookup(e).ok_or_else(|| {
            vm.new_error("LookupError", format!("unknown error handler name '{e}'"))
        })?,
    };
    let f = open_file(vm, &file, &m, closefd)?;
    let kind = if m.binary {
        if buffering == 0 {
            Kind::Raw
        } else if m.plus {
            Kind::Random
        } else if m.read {
            Kind::Reader
        } else {
            Kind::Writer
        }
    } else {
        Kind::Text
    };
    let text = (!m.binary).then_some(TextConfig {
        encoding: enc,
        errors: errs,
        newline: nl,
        line_buffering: buffering == 1,
    });
    let msgs = match kind {
        Kind::Text => Unsupported {
            read: "not readable",
            write: "not writable",
            truncate: "truncate",
        },
        Kind::Raw => Unsupported {
            read: "File not open for reading",
            write: "File not open for writing",
            truncate: "File not open for writing",
        },
        _ => Unsupported {
            read: "read",
            write: "write",
            truncate: "truncate",
        },
    };
    let st = FileState::new(f, msgs, closefd, (m.read, m.write), kind == Kind::Raw, text);
    let obj = FileObj {
        kind,
        name: file,
        mode: if m.binary {
            raw_mode(&m)
        } else {
            mode_s.to_string()
        },
        encoding: encoding.unwrap_or("UTF-8").to_string(),
        errors: errors.unwrap_or("strict").to_string(),
        closefd,
        st: Mutex::new(st),
    };
    Ok(Value::obj(Payload::Native(Box::new(obj))))
}

fn open_file(vm: &mut Vm, file: &Value, m: &Mode, closefd: bool) -> PyResult<std::fs::File> {
    use std::os::fd::FromRawFd;
    if let Value::Int(fd) = file {
        let fd = i32::try_from(*fd)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        super::os::fs::fd_metadata(fd as i64).map_err(|e| os_err(vm, &e, None))?;
        // SAFETY: the descriptor is open (fstat succeeded); the file object owns it from
        // here on, or gives it back without closing when closefd is false.
        return Ok(unsafe { std::fs::File::from_raw_fd(fd) });
    }
    if matches!(file, Value::Bool(_)) {
        return Err(vm.type_error("expected str, bytes or os.PathLike object, not bool"));
    }
    let path = super::os::util::fspath(vm, file, None)?;
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    open_path(&path, m).map_err(|e| os_err(vm, &e, Some(&path)))
}

/// The built-in `input(prompt='')`: the prompt goes to `sys.stdout` (flushed), the line
/// comes from `sys.stdin` without its newline; end of input is `EOFError`.
pub fn input_builtin(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    let sys = module_dict(&vm.interp.sys);
    let get = |n: &str| sys.and_then(|d| d.get_str(n)).filter(|v| !v.is_none());
    let (Some(stdin), Some(stdout)) = (get("stdin"), get("stdout")) else {
        return Err(vm.runtime_error("input(): lost sys.stdin"));
    };
    if let Some(err) = get("stderr") {
        vm.call_method(&err, "flush", &[])?;
    }
    if let Some(p) = a.pos.first() {
        let s = vm.to_str(p)?;
        vm.call_method(&stdout, "write", &[s])?;
    }
    vm.call_method(&stdout, "flush", &[])?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let Some(s) = line.as_str() else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    Ok(Value::str(s.strip_suffix('\n').unwrap_or(s)))
}
