//! Fused fast paths of the dispatch loop: an instruction that looks at the ones after it
//! and does their work at once when the operands are the common simple kinds, saving
//! dispatches and, above all, the reference-count traffic of copying a local onto the
//! stack only to drop it one instruction later. `push_folded` is the other direction: a
//! value just computed is handed to the simple instructions after it (int/float
//! arithmetic and comparisons, `StoreFast`, conditional jumps, list/tuple subscripts)
//! instead of being pushed for them; `fold_kind` and `index_chain_len` classify the
//! instructions once per code object (`PyCode::fold`, `PyCode::chain`).
//!
//! Must stay true: a fused path never raises and never runs Python code; when anything is
//! unusual it declines and the instructions run one by one, so behaviour (errors, their
//! traceback lines) is exactly that of the unfused sequence.

use super::code::PyCode;
use super::frame::Frame;
use super::Vm;
use crate::bytecode::{Instr, Op, INPLACE_FLAG};
use crate::object::Payload;
use crate::value::Value;

impl Vm {
    /// Reads that start by loading local `v` and need no copy of it (saving a reference
    /// count increment and decrement, and dispatches): `v.name` for a plain instance
    /// attribute, `v[i]` for a list or tuple item with `i` a constant or a local, and
    /// `v is c` / `v is not c` for a constant. The result and the number of instructions
    /// after the load it stands for; `None` when the instructions that follow must run as
    /// usual. Never raises.
    #[inline(always)]
    pub(crate) fn fused_local_read(
        &mut self,
        v: &Value,
        locals: &[Option<Value>],
        code: &super::code::PyCode,
        pc: usize,
    ) -> Option<(Value, usize)> {
        let next = code.raw.instrs.get(pc)?;
        match next.op {
            Op::LoadAttr => {
                let name = code.names.get(next.arg as usize)?;
                let hint = code.hints.get(pc)?;
                self.load_attr_fast(v, name, hint).map(|r| (r, 1))
            }
            Op::LoadConst | Op::LoadFast if code.chain.get(pc).is_some_and(|&n| n > 0) => {
                // `v[index]`, the index a small int expression of locals and constants.
                let n = code.chain[pc] as usize;
                if code.raw.instrs.get(pc + n)?.op != Op::BinarySubscr {
                    return None;
                }
                let key = eval_index_chain(code, locals, pc, n)?;
                seq_item(v, &key).map(|r| (r, n + 1))
            }
            Op::LoadConst => {
                let is = code.raw.instrs.get(pc + 1).filter(|i| i.op == Op::IsOp)?;
                let c = code.consts.get(next.arg as usize)?;
                Some((Value::Bool(v.is(c) != (is.arg == 1)), 2))
            }
            _ => None,
        }
    }
}

/// `fold_kind` values: what instruction `i` (run right after a value was computed) does
/// with that value when it can be folded into the instruction that computed it.
pub(crate) const FOLD_NONE: u8 = 0;
/// `BinaryOp` / `CompareOp` with the value below it on the stack.
const FOLD_WITH_TOS: u8 = 1;
/// `LoadFast` / `LoadConst` followed by `BinaryOp` / `CompareOp` / `IsOp`.
const FOLD_WITH_OPERAND: u8 = 2;
/// `StoreFast`.
const FOLD_STORE: u8 = 3;
/// `PopJumpIfFalse` / `PopJumpIfTrue`.
const FOLD_JUMP: u8 = 4;
/// `BinarySubscr` with the container below the value.
const FOLD_SUBSCR: u8 = 5;
/// `Swap 3; Swap 2; StoreSubscr`: the store of `c[k] op= v` (container and key below).
const FOLD_AUG_STORE: u8 = 6;

/// The length of an index expression starting at instruction `i` that a subscript
/// (`BinarySubscr` or `StoreSubscr`) follows: a local or constant load, then (load,
/// `BinaryOp`) pairs, as in `a[i + j - 1]`; 0 when there is none (see `PyCode::chain`).
pub(crate) fn index_chain_len(instrs: &[Instr], i: usize) -> u8 {
    let op = |j: usize| instrs.get(j).map(|x| x.op);
    let is_load = |j: usize| matches!(op(j), Some(Op::LoadFast | Op::LoadConst));
    if !is_load(i) {
        return 0;
    }
    let mut n = 1;
    while n < 15 && is_load(i + n) && op(i + n + 1) == Some(Op::BinaryOp) {
        n += 2;
    }
    match op(i + n) {
        Some(Op::BinarySubscr | Op::StoreSubscr) => n as u8,
        _ => 0,
    }
}

/// The value of the `n`-instruction index expression at `pc` (`index_chain_len`), when it
/// involves only int/float immediates and no operation that could fail.
#[inline(always)]
pub(crate) fn eval_index_chain(
    code: &PyCode,
    locals: &[Option<Value>],
    pc: usize,
    n: usize,
) -> Option<Value> {
    let instrs = &code.raw.instrs;
    let load = |i: &Instr| match i.op {
        Op::LoadConst => code.consts.get(i.arg as usize),
        _ => locals.get(i.arg as usize)?.as_ref(),
    };
    let mut v = load(instrs.get(pc)?)
        .filter(|v| !matches!(v, Value::Obj(_)))?
        .clone();
    let mut k = 1;
    while k < n {
        let w = load(instrs.get(pc + k)?)?;
        v = arith_fast(&v, w, instrs.get(pc + k + 1)?.arg)?;
        k += 2;
    }
    Some(v)
}

/// The fold kind of instruction `i` (see `PyCode::fold`).
pub(crate) fn fold_kind(instrs: &[Instr], i: usize) -> u8 {
    let op = |j: usize| instrs.get(j).map(|x| x.op);
    match op(i) {
        Some(Op::BinaryOp | Op::CompareOp) => FOLD_WITH_TOS,
        Some(Op::LoadFast | Op::LoadConst)
            if matches!(op(i + 1), Some(Op::BinaryOp | Op::CompareOp | Op::IsOp)) =>
        {
            FOLD_WITH_OPERAND
        }
        Some(Op::StoreFast) => FOLD_STORE,
        Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue) => FOLD_JUMP,
        Some(Op::BinarySubscr) => FOLD_SUBSCR,
        Some(Op::Swap)
            if instrs[i].arg == 3
                && instrs
                    .get(i + 1)
                    .is_some_and(|x| x.op == Op::Swap && x.arg == 2)
                && op(i + 2) == Some(Op::StoreSubscr) =>
        {
            FOLD_AUG_STORE
        }
        _ => FOLD_NONE,
    }
}

impl Vm {
    /// Push `r`, the value the instruction before `*pc` computed, unless the simple
    /// instructions that follow can consume it at once: an int/float operation with the
    /// value below it (`BinaryOp`, `CompareOp`) or with a local or constant loaded right
    /// after it, a `StoreFast`, a conditional jump on a bool. Saves their dispatches and
    /// stack traffic; declines (pushes) whenever anything would need the general path.
    #[inline(always)]
    pub(crate) fn push_folded(&mut self, f: &mut Frame, code: &PyCode, pc: &mut usize, r: Value) {
        match code.fold.get(*pc) {
            Some(&FOLD_NONE) | None => f.stack.push(r),
            Some(_) => self.fold_value(f, code, pc, r),
        }
    }

    /// `push_folded` past its first check.
    #[inline(always)]
    fn fold_value(&mut self, f: &mut Frame, code: &PyCode, pc: &mut usize, r: Value) {
        let mut r = r;
        let instrs = &code.raw.instrs[..];
        while let (Some(next), Some(&kind)) = (instrs.get(*pc), code.fold.get(*pc)) {
            let folded = match kind {
                FOLD_WITH_TOS => match f.stack.last() {
                    Some(a) if next.op == Op::BinaryOp => arith_fast(a, &r, next.arg),
                    Some(a) => compare_fast(a, &r, next.arg as usize).map(Value::Bool),
                    None => None,
                },
                FOLD_WITH_OPERAND => {
                    // `r` is the left operand of an op on a local or constant loaded next.
                    let w = if next.op == Op::LoadConst {
                        code.consts.get(next.arg as usize)
                    } else {
                        f.locals.get(next.arg as usize).and_then(|l| l.as_ref())
                    };
                    let v = match (w, instrs.get(*pc + 1)) {
                        (Some(w), Some(op)) if op.op == Op::BinaryOp => arith_fast(&r, w, op.arg),
                        (Some(w), Some(op)) if op.op == Op::CompareOp => {
                            compare_fast(&r, w, op.arg as usize).map(Value::Bool)
                        }
                        (Some(w), Some(op)) if op.op == Op::IsOp => {
                            Some(Value::Bool(r.is(w) != (op.arg == 1)))
                        }
                        _ => None,
                    };
                    match v {
                        Some(v) => {
                            r = v;
                            *pc += 2;
                            continue;
                        }
                        None => break,
                    }
                }
                FOLD_STORE => {
                    if let Some(slot) = f.locals.get_mut(next.arg as usize) {
                        let old = slot.replace(r);
                        *pc += 1;
                        drop(old);
                        // Never fails: finalizer errors are reported, not raised.
                        let _ = self.check_finalizers();
                        return;
                    }
                    None
                }
                FOLD_JUMP => {
                    if let Value::Bool(c) = r {
                        fuse_jump(pc, instrs, c);
                        return;
                    }
                    None
                }
                // The container popped with `r` is dropped: it was no immediate.
                FOLD_SUBSCR => f.stack.last().and_then(|c| seq_item(c, &r)),
                FOLD_AUG_STORE => {
                    let n = f.stack.len();
                    if n >= 2 {
                        match store_subscr_fast(&f.stack[n - 2], &f.stack[n - 1], r) {
                            None => {
                                f.stack.truncate(n - 2);
                                *pc += 3;
                                return;
                            }
                            Some(v) => r = v,
                        }
                    }
                    None
                }
                _ => None,
            };
            match folded {
                Some(v) => {
                    // `r` was an immediate; the operand below it is dropped.
                    f.stack.pop();
                    r = v;
                    *pc += 1;
                }
                None => break,
            }
        }
        f.stack.push(r);
    }
}

/// `a op b` for int and float immediates (`arg` a `BinaryOp` operand) when no error, no
/// big int and no special method can be involved; `None` otherwise.
#[inline(always)]
pub(crate) fn arith_fast(a: &Value, b: &Value, arg: u32) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match arg & !INPLACE_FLAG {
                0 => x.checked_add(y).map(Value::Int),
                1 => x.checked_sub(y).map(Value::Int),
                2 => x.checked_mul(y).map(Value::Int),
                // Floor modulo / division; zero and overflow take the slow path.
                5 if y != 0 && !(x == i64::MIN && y == -1) => {
                    let r = x % y;
                    Some(Value::Int(if r != 0 && (r ^ y) < 0 { r + y } else { r }))
                }
                12 if y != 0 && !(x == i64::MIN && y == -1) => {
                    let q = x / y;
                    Some(Value::Int(if (x % y != 0) && ((x ^ y) < 0) {
                        q - 1
                    } else {
                        q
                    }))
                }
                7 if (0..32).contains(&y) && x.unsigned_abs() < (1 << 31) => {
                    Some(Value::Int(x << y))
                }
                8 if (0..64).contains(&y) => Some(Value::Int(x >> y)),
                9 => Some(Value::Int(x | y)),
                10 => Some(Value::Int(x ^ y)),
                11 => Some(Value::Int(x & y)),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => float_arith(*x, *y, arg),
        (Value::Float(x), Value::Int(y)) => match arg & !INPLACE_FLAG {
            0..=2 | 4 => float_arith(*x, *y as f64, arg),
            _ => None,
        },
        (Value::Int(x), Value::Float(y)) => match arg & !INPLACE_FLAG {
            0..=2 | 4 => float_arith(*x as f64, *y, arg),
            _ => None,
        },
        _ => None,
    }
}

#[inline(always)]
fn float_arith(x: f64, y: f64, arg: u32) -> Option<Value> {
    match arg & !INPLACE_FLAG {
        0 => Some(Value::Float(x + y)),
        1 => Some(Value::Float(x - y)),
        2 => Some(Value::Float(x * y)),
        4 if y != 0.0 => Some(Value::Float(x / y)),
        // A positive finite base: no error cases unless the result overflows (then the
        // slow path raises).
        6 if x > 0.0 && x.is_finite() && y.is_finite() => {
            Some(x.powf(y)).filter(|r| r.is_finite()).map(Value::Float)
        }
        _ => None,
    }
}

/// `a cmp b` for two ints or two floats (`arg` a `CompareOp` operand); `None` otherwise.
#[inline(always)]
pub(crate) fn compare_fast(a: &Value, b: &Value, arg: usize) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(ordered(x, y, arg)),
        (Value::Float(x), Value::Float(y)) => Some(ordered(x, y, arg)),
        _ => None,
    }
}

#[inline(always)]
fn ordered<T: PartialOrd>(x: T, y: T, arg: usize) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// `container[key]` for a plain list or tuple and an in-range int index; `None` for
/// anything else (the general path decides, and raises).
#[inline(always)]
pub(crate) fn seq_item(container: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else {
        return None;
    };
    if o.cls.is_some() {
        return None;
    }
    let at = |n: usize| {
        let j = if *i < 0 { i + n as i64 } else { *i };
        (0..n as i64).contains(&j).then_some(j as usize)
    };
    match &o.payload {
        Payload::List(l) => {
            let l = l.lock();
            at(l.len()).map(|j| l[j].clone())
        }
        Payload::Tuple(t) => at(t.len()).map(|j| t[j].clone()),
        _ => None,
    }
}

/// After a test that produced `c`: when the next instruction is a conditional jump on it,
/// take or skip that jump now instead of pushing a bool for it to pop. True when done.
#[inline(always)]
pub(crate) fn fuse_jump(pc: &mut usize, instrs: &[Instr], c: bool) -> bool {
    let Some(next) = instrs.get(*pc) else {
        return false;
    };
    let jump = match next.op {
        Op::PopJumpIfFalse => !c,
        Op::PopJumpIfTrue => c,
        _ => return false,
    };
    *pc = if jump { next.arg as usize } else { *pc + 1 };
    true
}

/// `container[key] = v` for a list and an in-range int index, inline; gives `v` back
/// otherwise.
#[inline(always)]
pub(crate) fn store_subscr_fast(container: &Value, key: &Value, v: Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else {
        return Some(v);
    };
    let Payload::List(l) = &o.payload else {
        return Some(v);
    };
    if o.cls.is_some() {
        return Some(v);
    }
    let mut items = l.lock();
    let n = items.len() as i64;
    let j = if *i < 0 { i + n } else { *i };
    if !(0..n).contains(&j) {
        return Some(v);
    }
    let old = std::mem::replace(&mut items[j as usize], v);
    drop(items);
    drop(old);
    None
}
