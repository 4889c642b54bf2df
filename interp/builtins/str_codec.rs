//! Text codecs for `str.encode`, `bytes.decode`, `str(b, encoding)` and `bytes(s,
//! encoding)`: UTF-8, ASCII and Latin-1 with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`.
//!
//! Failures raise `UnicodeDecodeError` / `UnicodeEncodeError` whose `encoding`, `object`,
//! `start`, `end` and `reason` attributes are set, so their `__str__` prints CPython's
//! message. Encoding names are matched as CPython normalises them (case, `-`/`_`/space).
//! Lone surrogates cannot exist in our strings, so `surrogateescape` and
//! `surrogatepass` behave as `strict`.
//!
//! Public API (also for other modules, e.g. file I/O): [`decode`], [`encode`],
//! [`lookup`] and [`Codec`].

use crate::object::Payload;
use crate::objects::exception::set_exc_attr;
use crate::objects::types::types;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A supported text encoding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// The codec for an encoding name: `LookupError: unknown encoding: x` otherwise.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" => Codec::Latin1,
        _ => return Err(vm.new_error("LookupError", format!("unknown encoding: {name}"))),
    })
}

/// An error handler by name; unknown names fail only when an error needs handling.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(vm: &Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(vm.new_error(
                "LookupError",
                format!("unknown error handler name '{errors}'"),
            ))
        }
    })
}

fn codec_error(
    vm: &Vm,
    cls: &str,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let vals = [
        ("encoding", Value::str(codec.name())),
        ("object", object),
        ("start", Value::from(start)),
        ("end", Value::from(end)),
        ("reason", Value::str(reason)),
    ];
    let e = vm.error_with_args(
        types().exc(cls),
        vals.iter().map(|(_, v)| v.clone()).collect(),
    );
    for (n, v) in vals {
        set_exc_attr(&e.0, n, v);
    }
    e
}

fn decode_error(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let obj = Value::obj(Payload::Bytes(data.into()));
    codec_error(vm, "UnicodeDecodeError", codec, obj, start, end, reason)
}

/// The undecodable bytes `[start, end)` per the handler; `Err` for strict.
fn decode_bad(
    vm: &Vm,
    out: &mut String,
    h: PyResult<Handler>,
    codec: Codec,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
) -> PyResult<()> {
    match h? {
        Handler::Strict | Handler::XmlCharRefReplace => {
            return Err(decode_error(vm, codec, data, start, end, reason))
        }
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
    }
    Ok(())
}

/// Decodes `data`: `errors` is the handler name.
pub fn decode(vm: &Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| b as char).collect());
            }
            let h = handler(vm, errors);
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    out.push(b as char);
                } else {
                    decode_bad(
                        vm,
                        &mut out,
                        h.clone(),
                        codec,
                        data,
                        (i, i + 1),
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(s.to_string());
            }
            let mut rest = data;
            let mut out = String::with_capacity(data.len());
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let start = data.len() - rest.len() + good;
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = rest[good];
                                let bad_start = matches!(lead, 0x80..=0xc1 | 0xf5..=0xff);
                                let reason = if n == 1 && bad_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (n, reason)
                            }
                        };
                        decode_bad(
                            vm,
                            &mut out,
                            handler(vm, errors),
                            codec,
                            data,
                            (start, start + len),
                            reason,
                        )?;
                        rest = &rest[good + len..];
                    }
                }
            }
        }
    }
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes `s`: `errors` is the handler name.
pub fn encode(vm: &Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match handler(vm, errors)? {
            Handler::Strict => {
                let obj = Value::str(s);
                return Err(codec_error(
                    vm,
                    "UnicodeEncodeError",
                    codec,
                    obj,
                    i,
                    end,
                    reason,
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `UnicodeEncodeError.__str__`, from the attributes `encode` sets.
pub fn encode_error_str(vm: &mut Vm, a: crate::vm::Args<'_>) -> PyResult<Value> {
    use crate::objects::exception::get_exc_attr;
    let Some(o) = a.pos.first().and_then(|v| v.as_obj()) else {
        return Ok(Value::str(""));
    };
    let g = |n| get_exc_attr(o, n).unwrap_or_default();
    let (enc, obj, start, end, reason) = (
        g("encoding"),
        g("object"),
        g("start"),
        g("end"),
        g("reason"),
    );
    let (Value::Int(s), Value::Int(e), Some(text)) = (start, end, obj.as_pystr()) else {
        let args = crate::objects::exception::exc_args(o);
        return match args.as_slice() {
            [] => Ok(Value::str("")),
            [one] => vm.to_str(one),
            _ => vm.repr(&Value::tuple(args)),
        };
    };
    let enc = vm.str_string(&enc)?;
    let reason = vm.str_string(&reason)?;
    let c = usize::try_from(s).ok().and_then(|i| text.char_at(i));
    Ok(Value::str(match c {
        Some(c) if e == s + 1 => format!(
            "'{enc}' codec can't encode character '{}' in position {s}: {reason}",
            char_escape(c)
        ),
        _ => format!(
            "'{enc}' codec can't encode characters in position {s}-{}: {reason}",
            e - 1
        ),
    }))
}

/// `UnicodeEncodeError.__init__(encoding, object, start, end, reason)`.
pub fn encode_error_init(_vm: &mut Vm, a: crate::vm::Args<'_>) -> PyResult<Value> {
    if let Some(o) = a.pos.first().and_then(|v| v.as_obj()) {
        if let Some(d) = crate::objects::exception::exc_data(o) {
            d.state.lock().args = Value::tuple(a.pos[1..].to_vec());
        }
        for (i, n) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            set_exc_attr(o, n, a.pos.get(i + 1).cloned().unwrap_or(Value::None));
        }
    }
    Ok(Value::None)
}
