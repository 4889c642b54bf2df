//! The object-level halves of `%`-formatting (str and bytes) and `str.format` /
//! `str.format_map`: fetching arguments, converting them (`str`, `repr`, `ascii`,
//! `__index__`, `__float__`, `__bytes__`), and rendering with the pure text routines of
//! `crate::fmt`.
//!
//! What must stay true: errors come out in CPython's order, because templates are parsed
//! lazily while fields are rendered; no lock is held while `__format__`, `__getitem__`,
//! `__str__` or other Python code runs. Bytes templates are handled as Latin-1 text (every
//! byte one character), so both `%` flavours share one engine.

use super::str_methods::args;
use crate::fmt::{
    check_conversion, index_out_of_range_msg, percent_format_float, percent_format_int,
    percent_pad_str, split_field_name, AutoNumber, Conversion, FieldAccessor, FieldKey, FmtError,
    FormatIter, FormatPiece, PercentCount, PercentFlags, PercentIter, PercentKind, PercentPiece,
    PercentSpec, MAX_RECURSION_MSG, POSITIONAL_IN_FORMAT_MAP_MSG,
};
use crate::object::Payload;
use crate::objects::int::{is_int, to_bigint};
use crate::objects::seq::bytes_of;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Which `%` operator is running.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Str,
    Bytes,
}

/// `template % args`.
pub fn percent_format(vm: &mut Vm, template: &str, args: &Value) -> PyResult<Value> {
    percent_core(vm, template, args, Mode::Str).map(Value::str)
}

/// `bytes % args` (also bytearray): the formatted bytes.
pub fn bytes_percent_format(vm: &mut Vm, template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let t: String = template.iter().map(|&b| b as char).collect();
    let out = percent_core(vm, &t, args, Mode::Bytes)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// CPython treats the right operand as a mapping when it supports `__getitem__` and is
/// neither a tuple nor a str (nor, for bytes formatting, a bytes-like object).
fn is_mapping(vm: &Vm, args: &Value, mode: Mode) -> bool {
    match args.payload() {
        None | Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        // bytes formatting does not treat buffers as mappings.
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) if mode == Mode::Bytes => false,
        Some(
            Payload::Dict(_)
            | Payload::List(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. },
        ) => true,
        Some(_) => vm.lookup_special(args, "__getitem__").is_some(),
    }
}

fn latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

fn percent_core(vm: &mut Vm, template: &str, args: &Value, mode: Mode) -> PyResult<String> {
    let mapping = is_mapping(vm, args, mode);
    let items: &[Value] = match args.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => std::slice::from_ref(args),
    };
    let mut next = 0usize;
    let mut out = String::with_capacity(template.len() + 16);
    let take = |vm: &Vm, next: &mut usize| -> PyResult<Value> {
        match items.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error(crate::fmt::NOT_ENOUGH_ARGS)),
        }
    };
    for piece in PercentIter::new(template, mapping) {
        let mut spec: PercentSpec = match piece.map_err(|e| vm.fmt_error(e))? {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        let width = match spec.width {
            Some(PercentCount::Star) => match take(vm, &mut next)? {
                Value::Int(w) => Some(spec.star_width(w)),
                Value::Bool(b) => Some(b as usize),
                _ => return Err(vm.type_error(crate::fmt::STAR_WANTS_INT)),
            },
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let prec = match spec.precision {
            Some(PercentCount::Star) => match take(vm, &mut next)? {
                Value::Int(p) => Some(PercentSpec::star_precision(p).map_err(|e| vm.fmt_error(e))?),
                Value::Bool(b) => Some(b as usize),
                _ => return Err(vm.type_error(crate::fmt::STAR_WANTS_INT)),
            },
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let arg = match spec.key.take() {
            Some(k) => {
                let key = match mode {
                    Mode::Str => Value::str(k),
                    Mode::Bytes => Value::obj(Payload::Bytes(latin1(&k).into_boxed_slice())),
                };
                // As in CPython, a keyed value also uses up the one positional slot
                // a mapping offers.
                next = items.len();
                vm.getitem(args, &key)?
            }
            None => take(vm, &mut next)?,
        };
        if width.is_none() && prec.is_none() && spec.flags == PercentFlags::default() {
            // The common `%s` of a str and `%d` of a small int need no padding pass.
            match (spec.conv, &arg) {
                ('s', Value::Obj(o)) if mode == Mode::Str && o.cls.is_none() => {
                    if let Payload::Str(t) = &o.payload {
                        out.push_str(t.as_str());
                        continue;
                    }
                }
                ('d' | 'i' | 'u', Value::Int(i)) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{i}");
                    continue;
                }
                _ => {}
            }
        }
        let text = render_spec(vm, &spec, &arg, width, prec, mode)?;
        out.push_str(&text);
    }
    if next < items.len() && !mapping {
        return Err(vm.type_error(match mode {
            Mode::Str => crate::fmt::NOT_ALL_CONVERTED,
            Mode::Bytes => "not all arguments converted during bytes formatting",
        }));
    }
    Ok(out)
}

/// One `%` conversion of `arg`.
fn render_spec(
    vm: &mut Vm,
    spec: &PercentSpec,
    arg: &Value,
    width: Option<usize>,
    prec: Option<usize>,
    mode: Mode,
) -> PyResult<String> {
    let flags = &spec.flags;
    if mode == Mode::Bytes && matches!(spec.conv, 's' | 'b') {
        let b = bytes_arg(vm, arg)?;
        let s: String = b.iter().map(|&c| c as char).collect();
        return Ok(percent_pad_str(&s, flags, width, prec));
    }
    Ok(match spec.kind() {
        PercentKind::Str => {
            let s = match (spec.conv, mode) {
                ('a', _) | ('r', Mode::Bytes) => {
                    let a = vm.ascii(arg)?;
                    a.as_str().unwrap_or("").to_string()
                }
                ('r', _) => vm.repr_string(arg)?,
                _ => vm.str_string(arg)?,
            };
            percent_pad_str(&s, flags, width, prec)
        }
        PercentKind::Int => match int_arg(vm, arg, spec.conv)? {
            Value::Int(i) => percent_format_int(i, flags, width, prec, spec.conv),
            Value::Bool(b) => percent_format_int(b as i64, flags, width, prec, spec.conv),
            other => {
                let b = to_bigint(&other).unwrap_or_default();
                percent_format_int(&b, flags, width, prec, spec.conv)
            }
        },
        PercentKind::Float => {
            let x = float_arg(vm, arg, mode)?;
            percent_format_float(x, flags, width, prec, spec.conv)
        }
        PercentKind::Char => {
            let c = match mode {
                Mode::Str => str_char(vm, arg)?,
                Mode::Bytes => byte_char(vm, arg)?,
            };
            percent_pad_str(c.encode_utf8(&mut [0; 4]), flags, width, None)
        }
        PercentKind::Unsupported => return Err(vm.fmt_error(spec.unsupported_error())),
    })
}

/// `%c` of a str template: a one-character str or a code point.
fn str_char(vm: &mut Vm, arg: &Value) -> PyResult<char> {
    if let Some(s) = arg.as_pystr() {
        return match s.char_at(0) {
            Some(c) if s.char_len() == 1 => Ok(c),
            _ => Err(vm.type_error(crate::fmt::PERCENT_C_TYPE)),
        };
    }
    if !is_int(arg) && vm.lookup_special(arg, "__index__").is_none() {
        return Err(vm.type_error(crate::fmt::PERCENT_C_TYPE));
    }
    let i = args::index_arg(vm, arg)?;
    u32::try_from(i)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| vm.overflow_error(crate::fmt::PERCENT_C_RANGE))
}

/// `%c` of a bytes template: an int in range(256) or a single byte.
fn byte_char(vm: &mut Vm, arg: &Value) -> PyResult<char> {
    if let Some(b) = bytes_of(arg) {
        if let [c] = b.as_slice() {
            return Ok(*c as char);
        }
    } else if is_int(arg) || vm.lookup_special(arg, "__index__").is_some() {
        let i = args::index_arg(vm, arg)?;
        return match u8::try_from(i) {
            Ok(b) => Ok(b as char),
            Err(_) => Err(vm.overflow_error("%c arg not in range(256)")),
        };
    }
    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
}

/// `%s`/`%b` of a bytes template: a bytes-like object or `__bytes__`.
fn bytes_arg(vm: &mut Vm, arg: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(arg) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(arg, "__bytes__", &[])? {
        if let Some(b) = bytes_of(&r) {
            return Ok(b);
        }
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name_of(&r)
        )));
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name_of(arg)
    )))
}

fn int_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Value> {
    if is_int(v) {
        return Ok(v.clone());
    }
    if let Value::Float(f) = v {
        if matches!(conv, 'd' | 'i' | 'u') {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let b = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f.trunc())
                .unwrap_or_default();
            return Ok(Value::from_bigint(b));
        }
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        return Ok(r);
    }
    if matches!(conv, 'd' | 'i' | 'u') {
        if let Some(r) = vm.call_special(v, "__int__", &[])? {
            return Ok(r);
        }
        return Err(vm.type_error(crate::fmt::percent_needs_real_msg(conv, type_name_of(v))));
    }
    Err(vm.type_error(crate::fmt::percent_needs_int_msg(conv, type_name_of(v))))
}

fn float_arg(vm: &mut Vm, v: &Value, mode: Mode) -> PyResult<f64> {
    if let Some(f) = crate::objects::int::to_f64(vm, v)? {
        return Ok(f);
    }
    if let Some(Value::Float(f)) = vm.call_special(v, "__float__", &[])? {
        return Ok(f);
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        if let Some(f) = crate::objects::int::to_f64(vm, &r)? {
            return Ok(f);
        }
    }
    Err(vm.type_error(match mode {
        Mode::Str => format!("must be real number, not {}", type_name_of(v)),
        Mode::Bytes => format!("float argument required, not {}", type_name_of(v)),
    }))
}

/// Where `str.format` fields get their values.
enum Source<'a> {
    /// `format(*args, **kwargs)`.
    Args(&'a [Value], &'a [Value], &'a [Value]),
    /// `format_map(mapping)`.
    Map(&'a Value),
}

fn field_value(vm: &mut Vm, src: &Source<'_>, key: FieldKey) -> PyResult<Value> {
    match (key, src) {
        (FieldKey::Index(i), Source::Args(pos, ..)) => match pos.get(i) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error(index_out_of_range_msg(i))),
        },
        (FieldKey::Index(_), Source::Map(_)) => Err(vm.value_error(POSITIONAL_IN_FORMAT_MAP_MSG)),
        (FieldKey::Name(n), Source::Args(_, names, vals)) => {
            match names.iter().position(|k| k.as_str() == Some(n.as_str())) {
                Some(i) => Ok(vals[i].clone()),
                None => Err(vm.key_error(Value::str(n))),
            }
        }
        (FieldKey::Name(n), Source::Map(m)) => vm.getitem(m, &Value::str(n)),
    }
}

/// Renders a `str.format` template into `out`. `depth` starts at 2 and drops by one for
/// each nested spec, as in CPython.
fn render(
    vm: &mut Vm,
    template: &str,
    src: &Source<'_>,
    auto: &mut AutoNumber,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let fe = |vm: &Vm, e: FmtError| vm.fmt_error(e);
    if depth <= 0 {
        return Err(vm.value_error(MAX_RECURSION_MSG));
    }
    for piece in FormatIter::new(template) {
        let field = match piece.map_err(|e| fe(vm, e))? {
            FormatPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            FormatPiece::Field(f) => f,
        };
        let (first, rest) = split_field_name(&field.name).map_err(|e| fe(vm, e))?;
        let key = auto.resolve(first).map_err(|e| fe(vm, e))?;
        let mut obj = field_value(vm, src, key)?;
        for acc in rest {
            obj = match acc.map_err(|e| fe(vm, e))? {
                FieldAccessor::Attr(n) => vm.getattr_str(&obj, &n)?,
                FieldAccessor::Index(i) => vm.getitem(&obj, &Value::from(i))?,
                FieldAccessor::Key(k) => vm.getitem(&obj, &Value::str(k))?,
            };
        }
        if let Some(c) = field.conversion {
            obj = match check_conversion(c).map_err(|e| fe(vm, e))? {
                Conversion::Str => vm.to_str(&obj)?,
                Conversion::Repr => vm.repr(&obj)?,
                Conversion::Ascii => vm.ascii(&obj)?,
            };
        }
        let expanded;
        let spec = if field.spec_needs_expanding {
            let mut s = String::new();
            render(vm, &field.spec, src, auto, depth - 1, &mut s)?;
            expanded = s;
            expanded.as_str()
        } else {
            field.spec.as_str()
        };
        // Plain str and int values with no spec skip the `format()` round trip.
        match &obj {
            Value::Int(i) if spec.is_empty() => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Obj(o)
                if spec.is_empty() && o.cls.is_none() && matches!(o.payload, Payload::Str(_)) =>
            {
                out.push_str(obj.as_str().unwrap_or(""));
            }
            _ => {
                let r = vm.format(&obj, spec)?;
                out.push_str(r.as_str().unwrap_or(""));
            }
        }
    }
    Ok(())
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = args::str_self(vm, &a, "str.format")?;
    let src = Source::Args(a.pos.get(1..).unwrap_or(&[]), a.kwnames, a.kwvals);
    let mut out = String::with_capacity(s.as_str().len() + 16);
    render(vm, s.as_str(), &src, &mut AutoNumber::new(), 2, &mut out)?;
    Ok(Value::str(out))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = args::str_self(vm, &a, "str.format_map")?;
    let m = args::one_arg(vm, &a, "str.format_map")?;
    let mut out = String::with_capacity(s.as_str().len() + 16);
    render(
        vm,
        s.as_str(),
        &Source::Map(m),
        &mut AutoNumber::new(),
        2,
        &mut out,
    )?;
    Ok(Value::str(out))
}
