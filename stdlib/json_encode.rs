//! JSON encoding (`json.dumps` and `JSONEncoder.encode`), natively, with CPython's output:
//! separators, indentation, `sort_keys`, `ensure_ascii` escapes, key coercion, `default=`,
//! circular-reference detection and non-finite floats.
//!
//! Containers are snapshotted (items copied out) before their elements are encoded, so no
//! object lock is held while `default` or `repr`-like Python code runs.

use crate::fmt::float_repr;
use crate::object::Payload;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct EncodeOpts {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The indentation unit; `None` puts everything on one line.
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    /// `default(o)` for objects JSON cannot represent.
    pub default: Option<Value>,
}

struct Encoder<'o> {
    opts: &'o EncodeOpts,
    out: String,
    /// Ids of the containers being encoded (for "Circular reference detected").
    markers: Vec<i64>,
    /// Indentation level.
    depth: usize,
    /// Nesting of containers and `default` calls, checked against the recursion limit.
    nest: usize,
    limit: usize,
}

/// Encode `v` as a JSON document.
pub fn encode(vm: &mut Vm, v: &Value, opts: &EncodeOpts) -> PyResult<String> {
    let mut e = Encoder {
        opts,
        out: String::new(),
        markers: Vec::new(),
        depth: 0,
        nest: 0,
        limit: vm.recursion_limit() as usize,
    };
    e.value(vm, v)?;
    Ok(e.out)
}

/// Append `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder<'_> {
    fn float(&self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.opts.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &Vm, v: &Value, what: &str) -> PyResult<()> {
        if self.opts.check_circular {
            let id = v.id();
            if self.markers.contains(&id) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        self.nest += 1;
        if self.nest > self.limit {
            return Err(vm.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded while encoding a JSON {what}"),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.nest -= 1;
        if self.opts.check_circular {
            self.markers.pop();
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) => {
                let s = self.float(vm, *f)?;
                self.out.push_str(&s);
            }
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => write_string(&mut self.out, s.as_str(), self.opts.ensure_ascii),
                Payload::BigInt(b) => self.out.push_str(&b.to_string()),
                Payload::List(l) => {
                    let items = l.lock().clone();
                    self.array(vm, v, &items)?;
                }
                Payload::Tuple(t) => {
                    let items = t.to_vec();
                    self.array(vm, v, &items)?;
                }
                Payload::Dict(d) => {
                    let items = d.items();
                    self.object(vm, v, items)?;
                }
                _ => self.fallback(vm, v)?,
            },
        }
        Ok(())
    }

    fn fallback(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let Some(default) = self.opts.default.clone() else {
            return Err(vm.type_error(format!(
                "Object of type {} is not JSON serializable",
                type_name_of(v)
            )));
        };
        self.enter(vm, v, "object")?;
        let res = vm
            .call(&default, std::slice::from_ref(v))
            .and_then(|r| self.value(vm, &r));
        self.leave();
        res
    }

    fn array(&mut self, vm: &mut Vm, v: &Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, v, "array")?;
        self.out.push('[');
        self.depth += 1;
        self.newline();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.opts.item_sep);
                self.newline();
            }
            self.value(vm, it)?;
        }
        self.depth -= 1;
        self.newline();
        self.out.push(']');
        self.leave();
        Ok(())
    }

    /// A dict key as JSON text, or `None` when it is skipped (`skipkeys`).
    fn key(&self, vm: &Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::None => "null".to_string(),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float(vm, *f)?,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::BigInt(b) => b.to_string(),
                _ if self.opts.skipkeys => return Ok(None),
                _ => {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        type_name_of(k)
                    )))
                }
            },
        }))
    }

    fn object(&mut self, vm: &mut Vm, v: &Value, mut items: Vec<(Value, Value)>) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, v, "object")?;
        if self.opts.sort_keys {
            sort_items(vm, &mut items)?;
        }
        self.out.push('{');
        self.depth += 1;
        self.newline();
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key(vm, k)? else {
                continue;
            };
            if !first {
                self.out.push_str(&self.opts.item_sep);
                self.newline();
            }
            first = false;
            write_string(&mut self.out, &key, self.opts.ensure_ascii);
            self.out.push_str(&self.opts.key_sep);
            self.value(vm, val)?;
        }
        self.depth -= 1;
        self.newline();
        self.out.push('}');
        self.leave();
        Ok(())
    }
}

/// Sort (key, value) pairs by key with Python's `<` (a stable insertion into a sorted run
/// so that a comparison error can be returned).
fn sort_items(vm: &mut Vm, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let mut sorted: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items.drain(..) {
        let (mut lo, mut hi) = (0, sorted.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let lt = vm.compare(&it.0, &sorted[mid].0, 0)?;
            if vm.truthy(&lt)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        sorted.insert(lo, it);
    }
    *items = sorted;
    Ok(())
}
