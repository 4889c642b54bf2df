//! The `json` module: `dumps`/`dump`/`loads`/`load`, `JSONDecodeError`, and the
//! `JSONEncoder`/`JSONDecoder` classes (thin Python classes over the native codec, so they
//! can be subclassed as in CPython). Also registers `json.decoder` and `json.encoder`.
//!
//! Encoding lives in `json_encode.rs`, decoding in `json_decode.rs`.

#[path = "json_decode.rs"]
mod decode;
#[path = "json_encode.rs"]
mod encode;

use super::os::util::{flag, opt, set_attr, set_fns};
use crate::builtins::add_method;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::exception::{exc_data, set_exc_attr};
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::{as_type, compute_mro, new_class, type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use decode::{DecodeOpts, Fail, Scanner};
use encode::EncodeOpts;
use std::sync::OnceLock;

const CLASSES: &str = r#"
class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type ' + type(o).__name__ + ' is not JSON serializable')

    def encode(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                       self.sort_keys, self.indent, self.item_separator, self.key_separator,
                       self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _decode(s, 0, False, self.object_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, self.object_pairs_hook)

    def raw_decode(self, s, idx=0):
        return _decode(s, idx, True, self.object_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, self.object_pairs_hook)
"#;

fn decode_error_class() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let bases = vec![types().exc("ValueError").clone()];
        let mro = compute_mro(&bases).unwrap_or_default();
        let cls = new_class("JSONDecodeError", bases, mro, Dict::new(), false, None);
        if let Some(t) = as_type(&cls) {
            t.dict
                .set_str(intern("__module__"), Value::str("json.decoder"));
        }
        add_method(&cls, "__init__", decode_error_init);
        cls
    })
}

/// Fill a JSONDecodeError's attributes: `msg`, `doc`, `pos` (a character index), `lineno`,
/// `colno`, and its one argument, the full message.
fn fill_decode_error(o: &ObjRef, msg: &str, doc: &Value, pos: usize) {
    let text = doc.as_str().unwrap_or("");
    let before: String = text.chars().take(pos).collect();
    let lineno = before.matches('\n').count() + 1;
    let colno = match before.rfind('\n') {
        Some(nl) => before[nl + 1..].chars().count() + 1,
        None => pos + 1,
    };
    let full = format!("{msg}: line {lineno} column {colno} (char {pos})");
    if let Some(d) = exc_data(o) {
        d.state.lock().args = Value::tuple(vec![Value::str(full)]);
    }
    set_exc_attr(o, "msg", Value::str(msg));
    set_exc_attr(o, "doc", doc.clone());
    set_exc_attr(o, "pos", Value::from(pos));
    set_exc_attr(o, "lineno", Value::from(lineno));
    set_exc_attr(o, "colno", Value::from(colno));
}

fn decode_error_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 4 {
        return Err(vm.type_error(format!(
            "JSONDecodeError.__init__() takes 4 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let msg = vm.str_string(&a.pos[1])?;
    let pos = super::os::util::int_arg(vm, &a.pos[3])?.max(0) as usize;
    if let Some(o) = a.pos[0].as_obj() {
        fill_decode_error(o, &msg, &a.pos[2], pos);
    }
    Ok(Value::None)
}

fn decode_error(vm: &Vm, msg: &str, doc: &Value, byte_pos: usize) -> PyErr {
    let text = doc.as_str().unwrap_or("");
    let pos = text.get(..byte_pos).map_or(byte_pos, |s| s.chars().count());
    let e = vm.error_with_args(decode_error_class(), vec![]);
    fill_decode_error(&e.0, msg, doc, pos);
    e
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("json");
    set_fns(
        &m,
        &[
            ("dumps", dumps),
            ("dump", dump),
            ("loads", loads),
            ("load", load),
            ("_encode", encode_native),
            ("_decode", decode_native),
        ],
    );
    set_attr(
        &m,
        "JSONDecodeError",
        Value::Obj(decode_error_class().clone()),
    );
    vm.exec_module_source(&m, CLASSES, "<frozen json>")?;
    let get = |n: &str| {
        module_dict(&m)
            .and_then(|d| d.get_str(n))
            .unwrap_or_default()
    };
    let decoder = new_module("json.decoder");
    set_attr(&decoder, "JSONDecodeError", get("JSONDecodeError"));
    set_attr(&decoder, "JSONDecoder", get("JSONDecoder"));
    let encoder = new_module("json.encoder");
    set_attr(&encoder, "JSONEncoder", get("JSONEncoder"));
    set_attr(&m, "decoder", decoder.clone());
    set_attr(&m, "encoder", encoder.clone());
    let modules = vm.interp.modules_dict();
    modules.set_str(Value::str("json.decoder"), decoder);
    modules.set_str(Value::str("json.encoder"), encoder);
    Ok(m)
}

/// Options from the keyword arguments of `dumps`/`dump` (everything but `cls`).
fn encode_opts(vm: &mut Vm, kw: &[(Value, Value)]) -> PyResult<EncodeOpts> {
    let mut o = EncodeOpts {
        skipkeys: false,
        ensure_ascii: true,
        check_circular: true,
        allow_nan: true,
        sort_keys: false,
        indent: None,
        item_sep: ", ".into(),
        key_sep: ": ".into(),
        default: None,
    };
    let mut separators = None;
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        match name {
            "skipkeys" => o.skipkeys = vm.truthy(v)?,
            "ensure_ascii" => o.ensure_ascii = vm.truthy(v)?,
            "check_circular" => o.check_circular = vm.truthy(v)?,
            "allow_nan" => o.allow_nan = vm.truthy(v)?,
            "sort_keys" => o.sort_keys = vm.truthy(v)?,
            "indent" => o.indent = indent_arg(vm, v)?,
            "separators" => separators = opt(Some(v)).cloned(),
            "default" => o.default = opt(Some(v)).cloned(),
            _ => {
                return Err(vm.type_error(format!(
                    "JSONEncoder.__init__() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    match separators {
        Some(s) => (o.item_sep, o.key_sep) = separators_arg(vm, &s)?,
        None if o.indent.is_some() => o.item_sep = ",".into(),
        None => {}
    }
    Ok(o)
}

fn indent_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    Ok(match v {
        Value::None => None,
        v => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => Some(" ".repeat(super::os::util::int_arg(vm, v)?.max(0) as usize)),
        },
    })
}

fn separators_arg(vm: &mut Vm, v: &Value) -> PyResult<(String, String)> {
    let items = vm.collect(v)?;
    match items.as_slice() {
        [a, b] => Ok((vm.str_string(a)?, vm.str_string(b)?)),
        _ => Err(vm.value_error(format!(
            "too many values to unpack (expected 2, got {})",
            items.len()
        ))),
    }
}

fn kw_pairs(a: &Args<'_>) -> Vec<(Value, Value)> {
    a.kwnames
        .iter()
        .cloned()
        .zip(a.kwvals.iter().cloned())
        .collect()
}

/// `cls(**kw)` for a user-supplied encoder/decoder class.
fn make_with_cls(vm: &mut Vm, cls: &Value, kw: &[(Value, Value)]) -> PyResult<Value> {
    let (names, vals): (Vec<Value>, Vec<Value>) = kw.iter().cloned().unzip();
    vm.call_args(
        cls,
        Args {
            pos: &[],
            kwnames: &names,
            kwvals: &vals,
        },
    )
}

fn dumps_common(vm: &mut Vm, obj: &Value, a: &Args<'_>) -> PyResult<Value> {
    let mut kw = kw_pairs(a);
    let cls = kw
        .iter()
        .position(|(k, _)| k.as_str() == Some("cls"))
        .map(|i| kw.remove(i).1);
    if let Some(cls) = cls.filter(|c| !c.is_none()) {
        let enc = make_with_cls(vm, &cls, &kw)?;
        return vm.call_method(&enc, "encode", std::slice::from_ref(obj));
    }
    let opts = encode_opts(vm, &kw)?;
    encode::encode(vm, obj, &opts).map(Value::str)
}

fn dumps(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos {
        [obj] => dumps_common(vm, obj, &a),
        _ => Err(vm.type_error(format!(
            "dumps() takes 1 positional argument but {} were given",
            a.pos.len()
        ))),
    }
}

fn dump(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [obj, fp] = a.pos else {
        return Err(vm.type_error(format!(
            "dump() takes 2 positional arguments but {} were given",
            a.pos.len()
        )));
    };
    let s = dumps_common(vm, obj, &a)?;
    vm.call_method(fp, "write", &[s])?;
    Ok(Value::None)
}

/// `JSONEncoder.encode` support: `_encode(o, skipkeys, ensure_ascii, check_circular,
/// allow_nan, sort_keys, indent, item_separator, key_separator, default)`.
fn encode_native(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep, default] =
        a.pos
    else {
        return Err(vm.type_error("_encode() takes 10 arguments"));
    };
    let opts = EncodeOpts {
        skipkeys: vm.truthy(skipkeys)?,
        ensure_ascii: vm.truthy(ensure_ascii)?,
        check_circular: vm.truthy(check_circular)?,
        allow_nan: vm.truthy(allow_nan)?,
        sort_keys: vm.truthy(sort_keys)?,
        indent: indent_arg(vm, indent)?,
        item_sep: vm.str_string(item_sep)?,
        key_sep: vm.str_string(key_sep)?,
        default: opt(Some(default)).cloned(),
    };
    encode::encode(vm, obj, &opts).map(Value::str)
}

/// The document as text: str as is, bytes as UTF-8 (a leading BOM skipped).
fn doc_text(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    if s.as_str().is_some() {
        return Ok(s.clone());
    }
    if let Some(b) = crate::objects::seq::bytes_of(s) {
        let b = b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(&b);
        return match std::str::from_utf8(b) {
            Ok(t) => Ok(Value::str(t)),
            Err(e) => Err(vm.new_error(
                "UnicodeDecodeError",
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b[e.valid_up_to()],
                    e.valid_up_to()
                ),
            )),
        };
    }
    Err(vm.type_error(format!(
        "the JSON object must be str, bytes or bytearray, not {}",
        type_name_of(s)
    )))
}

/// Decode the document `doc` (a str value) from character `idx`; with `raw`, return
/// `(value, end)` and allow trailing data, as `raw_decode` does.
fn run_decode(
    vm: &mut Vm,
    doc: &Value,
    idx: usize,
    raw: bool,
    opts: &DecodeOpts,
) -> PyResult<Value> {
    let text = doc.as_str().unwrap_or("");
    let start = text.char_indices().nth(idx).map_or(text.len(), |(b, _)| b);
    if !raw && text.starts_with('\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            doc,
            0,
        ));
    }
    let mut sc = Scanner::new(vm, text, opts);
    let i = if raw { start } else { sc.skip_ws(start) };
    let r = sc.value(vm, i).and_then(|(v, end)| {
        if raw {
            return Ok((v, end));
        }
        let end2 = sc.skip_ws(end);
        if end2 != text.len() {
            return Err(Fail::At("Extra data", end2));
        }
        Ok((v, end2))
    });
    match r {
        Ok((v, end)) if raw => Ok(Value::tuple(vec![
            v,
            Value::from(text[..end].chars().count()),
        ])),
        Ok((v, _)) => Ok(v),
        Err(Fail::At(msg, pos)) => Err(decode_error(vm, msg, doc, pos)),
        Err(Fail::Py(e)) => Err(e),
    }
}

fn decode_opts(vm: &mut Vm, kw: &[(Value, Value)]) -> PyResult<DecodeOpts> {
    let mut o = DecodeOpts {
        strict: true,
        ..Default::default()
    };
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        let val = opt(Some(v)).cloned();
        match name {
            "object_hook" => o.object_hook = val,
            "object_pairs_hook" => o.object_pairs_hook = val,
            "parse_float" => o.parse_float = val,
            "parse_int" => o.parse_int = val,
            "parse_constant" => o.parse_constant = val,
            "strict" => o.strict = vm.truthy(v)?,
            _ => {
                return Err(vm.type_error(format!(
                    "JSONDecoder.__init__() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    Ok(o)
}

fn loads_common(vm: &mut Vm, s: &Value, a: &Args<'_>) -> PyResult<Value> {
    let doc = doc_text(vm, s)?;
    let mut kw = kw_pairs(a);
    let cls = kw
        .iter()
        .position(|(k, _)| k.as_str() == Some("cls"))
        .map(|i| kw.remove(i).1);
    if let Some(cls) = cls.filter(|c| !c.is_none()) {
        let dec = make_with_cls(vm, &cls, &kw)?;
        return vm.call_method(&dec, "decode", &[doc]);
    }
    let opts = decode_opts(vm, &kw)?;
    run_decode(vm, &doc, 0, false, &opts)
}

fn loads(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos {
        [s] => loads_common(vm, s, &a),
        [] => match a.kw("s") {
            Some(s) => {
                let rest: Vec<(Value, Value)> = kw_pairs(&a)
                    .into_iter()
                    .filter(|(k, _)| k.as_str() != Some("s"))
                    .collect();
                let (names, vals): (Vec<Value>, Vec<Value>) = rest.into_iter().unzip();
                loads_common(
                    vm,
                    s,
                    &Args {
                        pos: &[],
                        kwnames: &names,
                        kwvals: &vals,
                    },
                )
            }
            None => Err(vm.type_error("loads() missing 1 required positional argument: 's'")),
        },
        _ => Err(vm.type_error(format!(
            "loads() takes 1 positional argument but {} were given",
            a.pos.len()
        ))),
    }
}

fn load(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [fp] = a.pos else {
        return Err(vm.type_error(format!(
            "load() takes 1 positional argument but {} were given",
            a.pos.len()
        )));
    };
    let s = vm.call_method(fp, "read", &[])?;
    loads_common(vm, &s, &a)
}

/// `JSONDecoder.decode`/`raw_decode` support: `_decode(s, idx, raw, object_hook,
/// parse_float, parse_int, parse_constant, strict, object_pairs_hook)`.
fn decode_native(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [s, idx, raw, object_hook, parse_float, parse_int, parse_constant, strict, pairs_hook] =
        a.pos
    else {
        return Err(vm.type_error("_decode() takes 9 arguments"));
    };
    let raw = flag(vm, Some(raw), false)?;
    if raw && s.as_str().is_none() {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            type_name_of(s)
        )));
    }
    let doc = doc_text(vm, s)?;
    let idx = super::os::util::int_arg(vm, idx)?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let opts = DecodeOpts {
        object_hook: opt(Some(object_hook)).cloned(),
        object_pairs_hook: opt(Some(pairs_hook)).cloned(),
        parse_float: opt(Some(parse_float)).cloned(),
        parse_int: opt(Some(parse_int)).cloned(),
        parse_constant: opt(Some(parse_constant)).cloned(),
        strict: vm.truthy(strict)?,
    };
    if let Some(Payload::Str(_)) = doc.payload() {
        return run_decode(vm, &doc, idx as usize, raw, &opts);
    }
    Err(vm.type_error("the JSON object must be str"))
}
