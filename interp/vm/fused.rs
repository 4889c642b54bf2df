//! Fused fast paths of the dispatch loop: an instruction that looks at the ones after it
//! and does their work at once when the operands are the common simple kinds, saving
//! dispatches and, above all, the reference-count traffic of copying a local onto the
//! stack only to drop it one instruction later.
//!
//! Must stay true: a fused path never raises and never runs Python code; when anything is
//! unusual it declines and the instructions run one by one, so behaviour (errors, their
//! traceback lines) is exactly that of the unfused sequence.

use super::frame::Frame;
use super::Vm;
use crate::bytecode::{Instr, Op};
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
            Op::LoadConst | Op::LoadFast if code.raw.instrs.get(pc + 1)?.op == Op::BinarySubscr => {
                let key = if next.op == Op::LoadConst {
                    code.consts.get(next.arg as usize)?
                } else {
                    locals.get(next.arg as usize)?.as_ref()?
                };
                seq_item(v, key).map(|r| (r, 2))
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
pub(crate) fn fuse_jump(f: &mut Frame, instrs: &[Instr], c: bool) -> bool {
    let Some(next) = instrs.get(f.pc) else {
        return false;
    };
    let jump = match next.op {
        Op::PopJumpIfFalse => !c,
        Op::PopJumpIfTrue => c,
        _ => return false,
    };
    f.pc = if jump { next.arg as usize } else { f.pc + 1 };
    true
}

/// `container[key] = v` for a list and an in-range int index, inline; gives `v` back
/// otherwise.
#[inline]
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
