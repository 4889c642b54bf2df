//! Operators: binary arithmetic with the `__op__`/`__rop__`/`__iop__` protocol, rich
//! comparisons, and unary operators.
//!
//! Built-in operand types are computed natively (`objects::numeric_binop`,
//! `objects::seq_binop`, `objects::builtin_compare`); user classes go through their special
//! methods with CPython's rules: the right operand's reflected method goes first when its
//! type is a proper subclass of the left's, `NotImplemented` falls through, and the error
//! message names both types.

use crate::object::ObjRef;

use super::{PyResult, Vm};
use crate::grammar::ast::BinOp;
use crate::object::Payload;
use crate::objects::types::{is_subclass, type_name_of, type_of};
use crate::value::Value;

pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__", "^"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__", "&"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    }
}

const CMP_NAMES: [(&str, &str, &str); 6] = [
    ("__lt__", "__gt__", "<"),
    ("__le__", "__ge__", "<="),
    ("__eq__", "__eq__", "=="),
    ("__ne__", "__ne__", "!="),
    ("__gt__", "__lt__", ">"),
    ("__ge__", "__le__", ">="),
];

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

fn is_plain(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.cls.is_none(),
        _ => true,
    }
}

impl Vm {
    /// `a op b` (or `a op= b` when `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if is_plain(a) && is_plain(b) {
            if inplace {
                if let Some(r) = crate::objects::inplace_binop(self, a, b, op)? {
                    return Ok(r);
                }
            }
            if let Some(r) = crate::objects::builtin_binop(self, a, b, op)? {
                return Ok(r);
            }
        }
        let (name, rname, iname, sym) = binop_names(op);
        if inplace {
            if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let ta = type_of(a).clone();
        let tb = type_of(b).clone();
        let same = ObjRef::ptr_eq(&ta, &tb);
        // The right operand goes first only if its class (a subclass of the left's)
        // provides its own reflected method, as in CPython.
        let rfirst = !same && is_subclass(&tb, &ta) && {
            let rb = self.type_lookup_str(&tb, rname);
            let ra = self.type_lookup_str(&ta, rname);
            match (rb, ra) {
                (Some(x), Some(y)) => !x.is(&y),
                (Some(_), None) => true,
                _ => false,
            }
        };
        if rfirst {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !same && !rfirst {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // Subclasses of built-ins whose special methods are native.
        if let Some(r) = crate::objects::builtin_binop(self, a, b, op)? {
            return Ok(r);
        }
        if op == BinOp::Add {
            let kind = match a.payload() {
                Some(Payload::Str(_)) => Some("str"),
                Some(Payload::List(_)) => Some("list"),
                Some(Payload::Tuple(_)) => Some("tuple"),
                Some(Payload::Bytes(_)) => Some("bytes"),
                _ => None,
            };
            if let Some(k) = kind {
                if k == "bytes" {
                    return Err(
                        self.type_error(format!("can't concat {} to bytes", type_name_of(b)))
                    );
                }
                return Err(self.type_error(format!(
                    "can only concatenate {k} (not \"{}\") to {k}",
                    type_name_of(b)
                )));
            }
        }
        if op == BinOp::Mult {
            let is_seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(
                        Payload::Str(_)
                            | Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                )
            };
            if is_seq(a) && !crate::objects::int::is_int(b) {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name_of(b)
                )));
            }
            if is_seq(b) && !crate::objects::int::is_int(a) {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name_of(a)
                )));
            }
        }
        let symbol = if inplace && op != BinOp::Pow {
            format!("{sym}=")
        } else if inplace {
            "**=".to_string()
        } else {
            sym.to_string()
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            type_name_of(a),
            type_name_of(b)
        )))
    }

    /// Rich comparison; `op` is 0 `<`, 1 `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        self.enter_native()?;
        let r = self.compare_inner(a, b, op);
        self.depth -= 1;
        r
    }

    fn compare_inner(&mut self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        if is_plain(a) && is_plain(b) {
            if let Some(r) = crate::objects::builtin_compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        let (name, rname, sym) = CMP_NAMES[op as usize % 6];
        let ta = type_of(a).clone();
        let tb = type_of(b).clone();
        let same = ObjRef::ptr_eq(&ta, &tb);
        let rfirst = !same && is_subclass(&tb, &ta) && has_override(b, rname);
        if rfirst {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !rfirst {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = crate::objects::builtin_compare(self, a, b, op)? {
            return Ok(Value::Bool(r));
        }
        match op {
            2 => Ok(Value::Bool(a.is(b))),
            3 => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                type_name_of(a),
                type_name_of(b)
            ))),
        }
    }

    /// Unary `-`, `+`, `~` by special method name.
    pub fn unary_op(&mut self, a: &Value, name: &str) -> PyResult<Value> {
        if is_plain(a) {
            if let Some(r) = crate::objects::builtin_unary(self, a, name)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_special(a, name, &[])? {
            return Ok(r);
        }
        if let Some(r) = crate::objects::builtin_unary(self, a, name)? {
            return Ok(r);
        }
        let sym = match name {
            "__neg__" => "-",
            "__pos__" => "+",
            _ => "~",
        };
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            type_name_of(a)
        )))
    }
}

/// Is `name` defined on v's type other than by `object` itself?
fn has_override(v: &Value, name: &str) -> bool {
    let t = type_of(v);
    let obj = &crate::objects::types::types().object;
    for c in crate::objects::types::mro_with_self(t) {
        if ObjRef::ptr_eq(&c, obj) {
            return false;
        }
        if crate::objects::types::as_type(&c).is_some_and(|td| td.dict.get_str(name).is_some()) {
            return true;
        }
    }
    false
}
