//! The `struct` module: `pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`,
//! `iter_unpack`, the `Struct` class and the `struct.error` exception.
//!
//! Format parsing and byte codecs live in `struct_fmt.rs`; this file converts between
//! Python values and those codecs, with CPython's messages. `Struct` and `iter_unpack` are
//! thin Python over the native functions. The bytearray lock in `pack_into` is held only
//! while copying bytes, never while calling into Python.

#[path = "struct_fmt.rs"]
mod fmt;

use super::os::util::{set_attr, set_fns};
use crate::builtins::numbers::convert::{big_of, float_of, int_of, to_float};
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::module::new_module;
use crate::objects::seq::bytes_of;
use crate::objects::str::intern;
use crate::objects::types::{as_type, compute_mro, new_class, type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use fmt::{Item, Layout, Order};
use num_traits::ToPrimitive;
use std::sync::OnceLock;

const CLASSES: &str = r#"
class Struct:
    __module__ = '_struct'

    def __init__(self, format):
        size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        self.format = format
        self.size = size

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    n = len(buffer)
    if n % size:
        raise error('iterative unpacking requires a buffer of a multiple of '
                    + str(size) + ' bytes')
    return iter([unpack_from(format, buffer, i) for i in range(0, n, size)])
"#;

fn error_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let bases = vec![types().exc("Exception").clone()];
        let mro = compute_mro(&bases).unwrap_or_default();
        let cls = new_class("error", bases, mro, Dict::new(), false, None);
        if let Some(t) = as_type(&cls) {
            t.dict.set_str(intern("__module__"), Value::str("struct"));
        }
        cls
    })
}

fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.error_with_args(error_class(), vec![Value::str(msg.into())])
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("struct");
    set_fns(
        &m,
        &[
            ("pack", pack),
            ("unpack", unpack),
            ("calcsize", calcsize),
            ("pack_into", pack_into),
            ("unpack_from", unpack_from),
        ],
    );
    set_attr(&m, "error", Value::Obj(error_class().clone()));
    vm.exec_module_source(&m, CLASSES, "<frozen struct>")?;
    Ok(m)
}

fn layout(vm: &Vm, f: &Value) -> PyResult<Layout> {
    let text = match f.payload() {
        Some(Payload::Bytes(b)) => b.iter().map(|&c| char::from(c)).collect(),
        _ => match f.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    type_name_of(f)
                )))
            }
        },
    };
    fmt::parse(&text).map_err(|e| error(vm, e.0))
}

fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))
    })
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(b.into_boxed_slice()))
}

fn nargs_error(vm: &Vm, a: &Args<'_>, fname: &str, min: usize) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    if a.pos.len() < min {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument 'format' (pos 1)"
        )));
    }
    Ok(())
}

fn calcsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs_error(vm, &a, "calcsize", 1)?;
    Ok(Value::from(layout(vm, &a.pos[0])?.size))
}

fn pack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs_error(vm, &a, "pack", 1)?;
    let l = layout(vm, &a.pos[0])?;
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, &a.pos[1..], &mut out, "pack")?;
    Ok(bytes_value(out))
}

fn pack_into(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs_error(vm, &a, "pack_into", 1)?;
    if a.pos.len() < 3 {
        let msg = if a.pos.len() < 2 {
            "not enough arguments"
        } else {
            "pack_into expected offset argument"
        };
        return Err(vm.type_error(msg));
    }
    let l = layout(vm, &a.pos[0])?;
    let target = &a.pos[1];
    let Some(Payload::ByteArray(_)) = target.payload() else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name_of(target)
        )));
    };
    let mut data = vec![0u8; l.size];
    pack_values(vm, &l, &a.pos[3..], &mut data, "pack_into")?;
    let offset = super::os::util::int_arg(vm, &a.pos[2])?;
    let Some(Payload::ByteArray(buf)) = target.payload() else {
        return Ok(Value::None);
    };
    let mut buf = buf.lock();
    let n = buf.len();
    let start = resolve_offset(vm, offset, n, "pack_into", "packing", l.size)?;
    buf[start..start + l.size].copy_from_slice(&data);
    Ok(Value::None)
}

/// Where an `offset` (negative counts from the end) lands in an `n`-byte buffer, checking
/// that `size` bytes fit there.
fn resolve_offset(
    vm: &Vm,
    offset: i64,
    n: usize,
    fname: &str,
    verb: &str,
    size: usize,
) -> PyResult<usize> {
    let mut off = offset as i128;
    if off < 0 {
        if off + (n as i128) < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {n}-byte buffer"),
            ));
        }
        off += n as i128;
    }
    if off as usize > n || (n - off as usize) < size {
        let need = off + size as i128;
        return Err(error(
            vm,
            format!(
                "{fname} requires a buffer of at least {need} bytes for {verb} {size} \
                 bytes at offset {off} (actual buffer size is {n})"
            ),
        ));
    }
    Ok(off as usize)
}

fn unpack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs_error(vm, &a, "unpack", 1)?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("unpack expected 2 arguments, got {}", a.pos.len())));
    }
    let l = layout(vm, &a.pos[0])?;
    let data = buffer(vm, &a.pos[1])?;
    if data.len() != l.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(unpack_values(&l, &data))
}

fn unpack_from(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [f, buf, off] =
        super::os::util::parse_args(vm, &a, "unpack_from", ["format", "buffer", "offset"], 2, 3)?;
    let (Some(f), Some(buf)) = (f, buf) else {
        return Ok(Value::None);
    };
    let l = layout(vm, f)?;
    let data = buffer(vm, buf)?;
    let offset = match off {
        Some(o) => super::os::util::int_arg(vm, o)?,
        None => 0,
    };
    let start = resolve_offset(vm, offset, data.len(), "unpack_from", "unpacking", l.size)?;
    Ok(unpack_values(&l, &data[start..start + l.size]))
}

fn pack_values(
    vm: &mut Vm,
    l: &Layout,
    vals: &[Value],
    out: &mut [u8],
    fname: &str,
) -> PyResult<()> {
    if vals.len() != l.nargs {
        return Err(error(
            vm,
            format!(
                "{fname} expected {} items for packing (got {})",
                l.nargs,
                vals.len()
            ),
        ));
    }
    for (item, v) in l.items.iter().zip(vals) {
        let dst = &mut out[item.offset..item.offset + item.size];
        pack_one(vm, item, l.order, v, dst)?;
    }
    Ok(())
}

fn pack_one(vm: &mut Vm, it: &Item, order: Order, v: &Value, dst: &mut [u8]) -> PyResult<()> {
    match it.code {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => dst[0] = b[0],
            Some(Payload::ByteArray(b)) if b.lock().len() == 1 => dst[0] = b.lock()[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let Some(b) = bytes_of(v) else {
                let c = char::from(it.code);
                return Err(error(
                    vm,
                    format!("argument for '{c}' must be a bytes object"),
                ));
            };
            if it.code == b's' {
                let n = b.len().min(it.size);
                dst[..n].copy_from_slice(&b[..n]);
            } else if it.size > 0 {
                let n = b.len().min(it.size - 1);
                dst[1..=n].copy_from_slice(&b[..n]);
                dst[0] = n.min(255) as u8;
            }
        }
        b'?' => dst[0] = u8::from(vm.truthy(v)?),
        b'e' | b'f' | b'd' => pack_float(vm, it.code, order, v, dst)?,
        _ => pack_int(vm, it.code, order, v, dst)?,
    }
    Ok(())
}

fn pack_float(vm: &mut Vm, code: u8, order: Order, v: &Value, dst: &mut [u8]) -> PyResult<()> {
    let convertible = float_of(v).is_some()
        || int_of(v).is_some()
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some();
    if !convertible {
        return Err(error(vm, "required argument is not a float"));
    }
    let x = to_float(vm, v)?;
    match code {
        b'e' => {
            let bits = fmt::f16_bits(x)
                .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
            fmt::put_bytes(dst, &bits.to_le_bytes(), order);
        }
        b'f' => {
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            fmt::put_bytes(dst, &y.to_le_bytes(), order);
        }
        _ => fmt::put_bytes(dst, &x.to_le_bytes(), order),
    }
    Ok(())
}

fn pack_int(vm: &mut Vm, code: u8, order: Order, v: &Value, dst: &mut [u8]) -> PyResult<()> {
    let iv = match int_of(v) {
        Some(i) => i,
        None if vm.lookup_special(v, "__index__").is_some() => {
            crate::builtins::numbers::convert::index_value(vm, v)?
        }
        None => return Err(error(vm, "required argument is not an integer")),
    };
    let size = dst.len();
    let n = big_of(&iv).and_then(|b| b.to_i128());
    let huge = |vm: &Vm| {
        let too_large = (order == Order::Big && matches!(code, b'q' | b'Q'))
            || (order == Order::Native && code == b'P');
        error(
            vm,
            if too_large {
                "int too large to convert"
            } else {
                "argument out of range"
            },
        )
    };
    let n = match n {
        Some(n) if n >= i128::from(i64::MIN) && n <= i128::from(u64::MAX) => n,
        _ => return Err(huge(vm)),
    };
    let (lo, hi) = if code == b'P' {
        (i128::from(i64::MIN), i128::from(u64::MAX))
    } else {
        fmt::int_range(code, size)
    };
    if n < lo || n > hi {
        let c = char::from(code);
        let msg = match code {
            b'b' => "byte format requires -128 <= number <= 127".to_string(),
            b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
            b'h' if order != Order::Big => {
                "short format requires -32768 <= number <= 32767".to_string()
            }
            b'H' if order != Order::Big => {
                "ushort format requires 0 <= number <= 65535".to_string()
            }

            _ if size == 8 || n < 0 && lo == 0 => return Err(huge(vm)),
            _ => format!("'{c}' format requires {lo} <= number <= {hi}"),
        };
        return Err(error(vm, msg));
    }
    fmt::put_int(dst, n, order);
    Ok(())
}

fn unpack_values(l: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(l.nargs);
    for it in &l.items {
        let src = &data[it.offset..it.offset + it.size];
        out.push(unpack_one(it, l.order, src));
    }
    Value::tuple(out)
}

fn unpack_one(it: &Item, order: Order, src: &[u8]) -> Value {
    match it.code {
        b'c' | b's' => bytes_value(src.to_vec()),
        b'p' => {
            let n = src
                .first()
                .map_or(0, |&n| usize::from(n).min(it.size.saturating_sub(1)));
            bytes_value(src.get(1..=n).unwrap_or(&[]).to_vec())
        }
        b'?' => Value::Bool(src[0] != 0),
        b'e' => Value::Float(fmt::f16_value(u16::from_le_bytes(fmt::le_bytes(
            src, order,
        )))),
        b'f' => Value::Float(f64::from(f32::from_le_bytes(fmt::le_bytes(src, order)))),
        b'd' => Value::Float(f64::from_le_bytes(fmt::le_bytes(src, order))),
        c => {
            let n = fmt::get_int(src, c.is_ascii_lowercase(), order);
            Value::from_bigint(n.into())
        }
    }
}
