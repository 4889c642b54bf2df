//! The special methods of int, bool and float as natives (`int.__add__`, `float.__lt__`,
//! `int.__hash__`, ...), so that `int.__add__(3, 4)`, `super().__add__(x)` in a subclass
//! and arithmetic on instances of subclasses work. Each unwraps its operands to plain
//! numbers and delegates to the core (`objects::builtin_binop` / `builtin_compare`),
//! returning `NotImplemented` for operand types the core does not combine.
//!
//! What must stay true: an int slot only accepts ints (and bools) as the other operand and a
//! float slot ints and floats, exactly as CPython's, so the reflected-operand protocol in
//! `vm/ops.rs` gives the same results and error messages.

use super::convert::{float_of, int_of};
use crate::builtins::add_method;
use crate::grammar::ast::BinOp;
use crate::objects::types::{not_implemented, type_name_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

type Slot = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// The receiver of a slot method (`__add__`, ...) of `owner`, read by `get`; CPython's
/// "slot wrapper" errors when it is missing or of the wrong type.
pub fn slot_self<T>(
    vm: &Vm,
    a: &Args<'_>,
    owner: &str,
    name: &str,
    get: fn(&Value) -> Option<T>,
) -> PyResult<T> {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    get(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

/// The receiver of a named method (`bit_length`, `hex`, ...): CPython's "method
/// descriptor" errors.
pub fn method_self<T>(
    vm: &Vm,
    a: &Args<'_>,
    owner: &str,
    name: &str,
    get: fn(&Value) -> Option<T>,
) -> PyResult<T> {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    get(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name_of(v)
        ))
    })
}

/// The single operand of a binary slot.
fn operand<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a Value> {
    match a.pos.get(1) {
        Some(v) if a.pos.len() == 2 => Ok(v),
        _ => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

#[derive(Clone, Copy)]
enum Arith {
    Op(BinOp),
    DivMod,
}

/// `a op b` for two plain numbers the core combines; `None` otherwise.
fn combine(vm: &mut Vm, x: &Value, y: &Value, op: Arith) -> PyResult<Option<Value>> {
    match op {
        Arith::Op(op) => crate::objects::builtin_binop(vm, x, y, op),
        Arith::DivMod => divmod_plain(vm, x, y),
    }
}

/// `divmod(x, y)` for plain ints and floats; `None` when either is not a number.
pub fn divmod_plain(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    if matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)) {
        let (Some(fx), Some(fy)) = (
            crate::objects::int::to_f64(vm, x)?,
            crate::objects::int::to_f64(vm, y)?,
        ) else {
            return Ok(None);
        };
        if fy == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (q, r) = crate::objects::int::float_divmod(fx, fy);
        return Ok(Some(Value::tuple(vec![Value::Float(q), Value::Float(r)])));
    }
    if !crate::objects::int::is_int(x) || !crate::objects::int::is_int(y) {
        return Ok(None);
    }
    if matches!(y, Value::Int(0) | Value::Bool(false)) {
        return Err(vm.zero_division("integer division or modulo by zero"));
    }
    let q = crate::objects::int::int_binop(vm, x, y, BinOp::FloorDiv)?;
    let r = crate::objects::int::int_binop(vm, x, y, BinOp::Mod)?;
    Ok(match (q, r) {
        (Some(q), Some(r)) => Some(Value::tuple(vec![q, r])),
        _ => None,
    })
}

fn int_arith(vm: &mut Vm, a: Args<'_>, name: &str, op: Arith, refl: bool) -> PyResult<Value> {
    let x = slot_self(vm, &a, "int", name, int_of)?;
    if matches!(op, Arith::Op(BinOp::Pow)) && a.pos.len() == 3 {
        return int_pow3(vm, &a, x, refl);
    }
    let other = operand(vm, &a)?;
    let Some(y) = int_of(other) else {
        return Ok(not_implemented());
    };
    let (l, r) = if refl { (y, x) } else { (x, y) };
    Ok(combine(vm, &l, &r, op)?.unwrap_or_else(not_implemented))
}

/// `int.__pow__(x, y, mod)` / `int.__rpow__(y, x, mod)`.
fn int_pow3(vm: &mut Vm, a: &Args<'_>, x: Value, refl: bool) -> PyResult<Value> {
    let (Some(y), m) = (int_of(&a.pos[1]), &a.pos[2]) else {
        return Ok(not_implemented());
    };
    if m.is_none() {
        let (l, r) = if refl { (y, x) } else { (x, y) };
        return Ok(
            crate::objects::builtin_binop(vm, &l, &r, BinOp::Pow)?.unwrap_or_else(not_implemented)
        );
    }
    let Some(m) = int_of(m) else {
        return Ok(not_implemented());
    };
    let (b, e) = if refl { (y, x) } else { (x, y) };
    super::super::numeric_fns::int_pow_mod(vm, &b, &e, &m)
}

/// The other operand of a float slot as a plain number, if it is an int or float.
fn float_operand(v: &Value) -> Option<Value> {
    float_of(v).map(Value::Float).or_else(|| int_of(v))
}

fn float_arith(vm: &mut Vm, a: Args<'_>, name: &str, op: Arith, refl: bool) -> PyResult<Value> {
    let x = Value::Float(slot_self(vm, &a, "float", name, float_of)?);
    if matches!(op, Arith::Op(BinOp::Pow)) && a.pos.len() == 3 {
        if !a.pos[2].is_none() {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
    } else {
        operand(vm, &a)?;
    }
    let Some(y) = float_operand(&a.pos[1]) else {
        return Ok(not_implemented());
    };
    // Make sure the core sees a float on the left or right (int op int never reaches here).
    let (l, r) = if refl { (y, x) } else { (x, y) };
    Ok(combine(vm, &l, &r, op)?.unwrap_or_else(not_implemented))
}

fn compare_with(vm: &mut Vm, x: &Value, y: Option<Value>, op: u8) -> PyResult<Value> {
    let Some(y) = y else {
        return Ok(not_implemented());
    };
    Ok(match crate::objects::builtin_compare(vm, x, &y, op)? {
        Some(b) => Value::Bool(b),
        None => not_implemented(),
    })
}

fn int_cmp(vm: &mut Vm, a: Args<'_>, name: &str, op: u8) -> PyResult<Value> {
    let x = slot_self(vm, &a, "int", name, int_of)?;
    let y = int_of(operand(vm, &a)?);
    compare_with(vm, &x, y, op)
}

fn float_cmp(vm: &mut Vm, a: Args<'_>, name: &str, op: u8) -> PyResult<Value> {
    let x = Value::Float(slot_self(vm, &a, "float", name, float_of)?);
    let y = float_operand(operand(vm, &a)?);
    compare_with(vm, &x, y, op)
}

macro_rules! arith_slots {
    ($f:ident: $($name:literal => $op:expr, $refl:expr;)*) => {
        [$(($name, (|vm: &mut Vm, a: Args<'_>| $f(vm, a, $name, $op, $refl)) as Slot),)*]
    };
}

macro_rules! cmp_slots {
    ($f:ident) => {
        [
            (
                "__lt__",
                (|vm: &mut Vm, a: Args<'_>| $f(vm, a, "__lt__", 0)) as Slot,
            ),
            ("__le__", |vm, a| $f(vm, a, "__le__", 1)),
            ("__eq__", |vm, a| $f(vm, a, "__eq__", 2)),
            ("__ne__", |vm, a| $f(vm, a, "__ne__", 3)),
            ("__gt__", |vm, a| $f(vm, a, "__gt__", 4)),
            ("__ge__", |vm, a| $f(vm, a, "__ge__", 5)),
        ]
    };
}

/// Register the arithmetic and comparison slots of int, bool and float.
pub fn init() {
    use Arith::{DivMod, Op};
    let t = types();
    let int_slots = arith_slots!(int_arith:
        "__add__" => Op(BinOp::Add), false;
        "__radd__" => Op(BinOp::Add), true;
        "__sub__" => Op(BinOp::Sub), false;
        "__rsub__" => Op(BinOp::Sub), true;
        "__mul__" => Op(BinOp::Mult), false;
        "__rmul__" => Op(BinOp::Mult), true;
        "__truediv__" => Op(BinOp::Div), false;
        "__rtruediv__" => Op(BinOp::Div), true;
        "__floordiv__" => Op(BinOp::FloorDiv), false;
        "__rfloordiv__" => Op(BinOp::FloorDiv), true;
        "__mod__" => Op(BinOp::Mod), false;
        "__rmod__" => Op(BinOp::Mod), true;
        "__divmod__" => DivMod, false;
        "__rdivmod__" => DivMod, true;
        "__pow__" => Op(BinOp::Pow), false;
        "__rpow__" => Op(BinOp::Pow), true;
        "__lshift__" => Op(BinOp::LShift), false;
        "__rlshift__" => Op(BinOp::LShift), true;
        "__rshift__" => Op(BinOp::RShift), false;
        "__rrshift__" => Op(BinOp::RShift), true;
        "__and__" => Op(BinOp::BitAnd), false;
        "__rand__" => Op(BinOp::BitAnd), true;
        "__or__" => Op(BinOp::BitOr), false;
        "__ror__" => Op(BinOp::BitOr), true;
        "__xor__" => Op(BinOp::BitXor), false;
        "__rxor__" => Op(BinOp::BitXor), true;
    );
    for (name, f) in int_slots {
        add_method(&t.int, name, f);
    }
    for (name, f) in cmp_slots!(int_cmp) {
        add_method(&t.int, name, f);
    }
    let float_slots = arith_slots!(float_arith:
        "__add__" => Op(BinOp::Add), false;
        "__radd__" => Op(BinOp::Add), true;
        "__sub__" => Op(BinOp::Sub), false;
        "__rsub__" => Op(BinOp::Sub), true;
        "__mul__" => Op(BinOp::Mult), false;
        "__rmul__" => Op(BinOp::Mult), true;
        "__truediv__" => Op(BinOp::Div), false;
        "__rtruediv__" => Op(BinOp::Div), true;
        "__floordiv__" => Op(BinOp::FloorDiv), false;
        "__rfloordiv__" => Op(BinOp::FloorDiv), true;
        "__mod__" => Op(BinOp::Mod), false;
        "__rmod__" => Op(BinOp::Mod), true;
        "__divmod__" => DivMod, false;
        "__rdivmod__" => DivMod, true;
        "__pow__" => Op(BinOp::Pow), false;
        "__rpow__" => Op(BinOp::Pow), true;
    );
    for (name, f) in float_slots {
        add_method(&t.float, name, f);
    }
    for (name, f) in cmp_slots!(float_cmp) {
        add_method(&t.float, name, f);
    }
    // bool keeps bool results for `&`, `|`, `^` between bools.
    let bool_slots: [(&'static str, Slot); 6] = [
        ("__and__", |vm, a| bool_bit(vm, a, "__and__", BinOp::BitAnd)),
        ("__rand__", |vm, a| {
            bool_bit(vm, a, "__rand__", BinOp::BitAnd)
        }),
        ("__or__", |vm, a| bool_bit(vm, a, "__or__", BinOp::BitOr)),
        ("__ror__", |vm, a| bool_bit(vm, a, "__ror__", BinOp::BitOr)),
        ("__xor__", |vm, a| bool_bit(vm, a, "__xor__", BinOp::BitXor)),
        ("__rxor__", |vm, a| {
            bool_bit(vm, a, "__rxor__", BinOp::BitXor)
        }),
    ];
    for (name, f) in bool_slots {
        add_method(&t.bool_, name, f);
    }
}

fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}

fn bool_bit(vm: &mut Vm, a: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let x = slot_self(vm, &a, "bool", name, as_bool)?;
    let other = operand(vm, &a)?;
    if let Value::Bool(y) = other {
        return Ok(Value::Bool(match op {
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            _ => x ^ y,
        }));
    }
    let Some(y) = int_of(other) else {
        return Ok(not_implemented());
    };
    Ok(
        crate::objects::builtin_binop(vm, &Value::Int(x as i64), &y, op)?
            .unwrap_or_else(not_implemented),
    )
}
