//! Constructors for the exceptions native code raises, with CPython's messages in mind.

use super::{PyErr, Vm};
use crate::object::ObjRef;
use crate::objects::exception::{new_exception, set_exc_attr};
use crate::objects::types::{is_subclass, type_of, types};
use crate::value::Value;

impl Vm {
    /// A new exception of built-in class `name` with one message argument.
    pub fn new_error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        PyErr(new_exception(
            types().exc(name),
            vec![Value::str(msg.into())],
        ))
    }

    pub fn error_with_args(&self, cls: &ObjRef, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(cls, args))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("AttributeError", msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error("NameError", format!("name '{name}' is not defined"));
        set_exc_attr(&e.0, "name", Value::str(name));
        e
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("NotImplementedError", msg)
    }
    pub fn os_error(
        &self,
        name: &str,
        errno: i32,
        strerror: &str,
        filename: Option<&str>,
    ) -> PyErr {
        let args = vec![Value::Int(errno as i64), Value::str(strerror)];
        let e = PyErr(new_exception(types().exc(name), args));
        set_exc_attr(&e.0, "errno", Value::Int(errno as i64));
        set_exc_attr(&e.0, "strerror", Value::str(strerror));
        set_exc_attr(&e.0, "filename", filename.map_or(Value::None, Value::str));
        e
    }

    /// An OSError subclass from a Rust I/O error, as CPython maps errno values.
    pub fn io_error(&self, err: &std::io::Error, filename: Option<&str>) -> PyErr {
        let Some(errno) = err.raw_os_error() else {
            return self.new_error("OSError", err.to_string());
        };
        let name = errno_class(errno).unwrap_or("OSError");
        self.os_error(name, errno, &strerror(errno), filename)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(new_exception(types().exc("KeyError"), vec![key]))
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let e = PyErr(new_exception(
            types().exc("StopIteration"),
            if value.is_none() {
                vec![]
            } else {
                vec![value.clone()]
            },
        ));
        set_exc_attr(&e.0, "value", value);
        e
    }

    pub fn recursion_error(&self) -> PyErr {
        self.new_error("RecursionError", "maximum recursion depth exceeded")
    }

    /// A `SyntaxError` with a message and no location (as CPython raises for undecodable
    /// scripts and null bytes), built through its constructor so `msg` is set.
    pub fn plain_syntax_error(&mut self, msg: &str) -> PyErr {
        let cls = Value::Obj(types().exc("SyntaxError").clone());
        match self.call(&cls, &[Value::str(msg)]) {
            Ok(Value::Obj(o)) => PyErr(o),
            Ok(_) => self.new_error("SyntaxError", msg),
            Err(e) => e,
        }
    }

    /// The exception for a formatting-library error.
    pub fn fmt_error(&self, e: crate::fmt::FmtError) -> PyErr {
        let name = match e.kind {
            crate::fmt::FmtErrorKind::Value => "ValueError",
            crate::fmt::FmtErrorKind::Overflow => "OverflowError",
            crate::fmt::FmtErrorKind::Type => "TypeError",
        };
        self.new_error(name, e.msg)
    }

    /// Is `e` an instance of the built-in exception class `name` (or a subclass)?
    pub fn exc_matches(&self, e: &PyErr, name: &str) -> bool {
        is_subclass(type_of(&Value::Obj(e.0.clone())), types().exc(name))
    }
}

/// The OSError subclass CPython uses for an errno value.
pub fn errno_class(errno: i32) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

/// The C library's message for an errno, as CPython prints it (Rust's text without its
/// " (os error N)" suffix).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
