//! The object-level halves of `%`-formatting and `str.format`: fetching arguments,
//! converting them (`str`, `repr`, `__index__`, `__float__`), and rendering with the pure
//! text routines of `crate::fmt`.

use crate::fmt::{
    percent_format_float, percent_format_int, percent_pad_str, FmtError, PercentCount, PercentIter,
    PercentKind, PercentPiece, PercentSpec,
};
use crate::object::Payload;
use crate::objects::int::{is_int, to_bigint};
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `template % args`.
pub fn percent_format(vm: &mut Vm, template: &str, args: &Value) -> PyResult<Value> {
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)))
        && args.as_obj().is_some_and(|o| o.cls.is_none());
    let is_mapping = !is_tuple
        && args.payload().is_some()
        && !matches!(args.payload(), Some(Payload::Str(_)))
        && vm.lookup_special(args, "__getitem__").is_some();
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) if is_tuple => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out = String::with_capacity(template.len() + 16);
    let fe = |vm: &Vm, e: FmtError| vm.fmt_error(e);
    for piece in PercentIter::new(template, is_mapping) {
        let piece = piece.map_err(|e| fe(vm, e))?;
        let mut spec: PercentSpec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            if next < items.len() {
                next += 1;
                Ok(items[next - 1].clone())
            } else {
                Err(vm.type_error(crate::fmt::NOT_ENOUGH_ARGS))
            }
        };
        let width = match spec.width {
            Some(PercentCount::Star) => {
                let w = take(vm)?;
                match w {
                    Value::Int(w) => Some(spec.star_width(w)),
                    _ => return Err(vm.type_error(crate::fmt::STAR_WANTS_INT)),
                }
            }
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let prec = match spec.precision {
            Some(PercentCount::Star) => match take(vm)? {
                Value::Int(p) => Some(PercentSpec::star_precision(p).map_err(|e| fe(vm, e))?),
                _ => return Err(vm.type_error(crate::fmt::STAR_WANTS_INT)),
            },
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let arg = match &spec.key {
            Some(k) => {
                used_mapping = true;
                vm.getitem(args, &Value::str(k.clone()))?
            }
            None => take(vm)?,
        };
        let text = match spec.kind() {
            PercentKind::Str => {
                let s = match spec.conv {
                    'r' => vm.repr_string(&arg)?,
                    'a' => {
                        let a = vm.ascii(&arg)?;
                        a.as_str().unwrap_or("").to_string()
                    }
                    _ => vm.str_string(&arg)?,
                };
                percent_pad_str(&s, &spec.flags, width, prec)
            }
            PercentKind::Int => {
                let v = int_arg(vm, &arg, spec.conv)?;
                match v {
                    Value::Int(i) => percent_format_int(i, &spec.flags, width, prec, spec.conv),
                    other => {
                        let b = to_bigint(&other).unwrap_or_default();
                        percent_format_int(&b, &spec.flags, width, prec, spec.conv)
                    }
                }
            }
            PercentKind::Float => {
                let x = float_arg(vm, &arg, spec.conv)?;
                percent_format_float(x, &spec.flags, width, prec, spec.conv)
            }
            PercentKind::Char => {
                let c = match (&arg, arg.as_str()) {
                    (_, Some(s)) if s.chars().count() == 1 => s.to_string(),
                    (Value::Int(i), _) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => return Err(vm.overflow_error(crate::fmt::PERCENT_C_RANGE)),
                    },
                    _ => return Err(vm.type_error(crate::fmt::PERCENT_C_TYPE)),
                };
                percent_pad_str(&c, &spec.flags, width, None)
            }
            PercentKind::Unsupported => return Err(fe(vm, spec.unsupported_error())),
        };
        spec.index = 0;
        out.push_str(&text);
    }
    if !used_mapping && next < items.len() && !is_mapping {
        return Err(vm.type_error(crate::fmt::NOT_ALL_CONVERTED));
    }
    Ok(Value::str(out))
}

fn int_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Value> {
    if is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        });
    }
    if let Value::Float(f) = v {
        if matches!(conv, 'd' | 'i' | 'u') {
            if !f.is_finite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(Value::from_bigint(num_bigint::BigInt::from(
                f.trunc() as i128
            )));
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

fn float_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<f64> {
    if let Some(f) = crate::objects::int::to_f64(vm, v)? {
        return Ok(f);
    }
    if let Some(Value::Float(f)) = vm.call_special(v, "__float__", &[])? {
        return Ok(f);
    }
    Err(vm.type_error(crate::fmt::percent_needs_real_msg(conv, type_name_of(v))))
}
