//! Stack effects of the opcodes and the stack-depth pass over a unit's instructions.
//!
//! The effects restate the `(before -- after)` comments of `bytecode.rs`; keep them in sync.
//! The pass follows fall-through, jump and exception edges (a `Setup` leads to its handler
//! with the handler's depth + 1 for the pushed exception) and records the depth on entry to
//! every reachable instruction; unreachable ones get `None` and are dropped by `assemble`.
//! Inconsistent depths or popping below zero are compiler bugs: debug builds assert.

use super::unit::{IInstr, IKind};
use crate::bytecode::Op;

/// Does `op` take a jump target operand?
pub(crate) fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone
            | Op::ForIter
    )
}

/// Control never falls through to the next instruction.
fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
    )
}

/// (items the instruction needs on the stack, depth change on fall-through, depth change
/// when jumping).
pub(crate) fn effect(op: Op, arg: u32) -> (u32, i32, i32) {
    let n = arg as i32;
    let simple = |need: u32, delta: i32| (need, delta, delta);
    match op {
        Op::Nop | Op::Resume | Op::SetupAnnotations | Op::Jump => simple(0, 0),
        Op::PopTop | Op::PrintExpr | Op::PopExcept | Op::EndAsyncFor | Op::ImportStar => {
            simple(1, -1)
        }
        Op::ReturnValue | Op::Reraise => simple(1, -1),
        Op::Copy => simple(arg, 1),
        Op::Swap => simple(arg, 0),
        Op::LoadConst
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadClassDeref
        | Op::LoadName
        | Op::LoadGlobal
        | Op::LoadBuildClass => simple(0, 1),
        Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal => simple(1, -1),
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteName | Op::DeleteGlobal => simple(0, 0),
        Op::LoadAttr
        | Op::UnaryNegative
        | Op::UnaryPositive
        | Op::UnaryNot
        | Op::UnaryInvert
        | Op::GetIter
        | Op::ListToTuple
        | Op::GetYieldFromIter
        | Op::GetAwaitable
        | Op::GetAIter => simple(1, 0),
        Op::StoreAttr => simple(2, -2),
        Op::DeleteAttr => simple(1, -1),
        Op::BinarySubscr | Op::BinaryOp | Op::CompareOp | Op::IsOp | Op::ContainsOp => {
            simple(2, -1)
        }
        Op::StoreSubscr => simple(3, -3),
        Op::DeleteSubscr => simple(2, -2),
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
            simple(1, -1)
        }
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => (1, -1, 0),
        Op::ForIter => (1, 1, -1),
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => simple(arg, 1 - n),
        Op::BuildMap => simple(2 * arg, 1 - 2 * n),
        Op::BuildSlice => simple(arg, 1 - n),
        Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::DictUpdate | Op::DictMerge => {
            simple(arg + 1, -1)
        }
        Op::SetUpdate => simple((arg & 0xff) + 1, -1),
        Op::MapAdd => simple(arg + 2, -2),
        Op::UnpackSequence => simple(1, n - 1),
        Op::UnpackEx => simple(1, ((arg & 0xff) + (arg >> 8)) as i32),
        Op::FormatValue => {
            if arg & 4 != 0 {
                simple(2, -1)
            } else {
                simple(1, 0)
            }
        }
        Op::Call => simple(arg + 1, -n),
        Op::CallKw => simple(arg + 2, -n - 1),
        Op::CallEx => simple(2 + (arg & 1), -1 - (n & 1)),
        Op::CallMethod => simple((arg & 0xff) + 1, -((arg & 0xff) as i32)),
        Op::MakeFunction => {
            let extra = (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1);
            simple(extra + 1, -(extra as i32))
        }
        Op::YieldValue => simple(1, 0),
        Op::YieldFrom => simple(2, -1),
        Op::ImportName => simple(2, -1),
        Op::ImportFrom => simple(1, 1),
        Op::RaiseVarargs => simple(arg, -n),
        Op::PushExcInfo => simple(1, 1),
        Op::CheckExcMatch => simple(2, 0),
        Op::BeforeWith | Op::BeforeAsyncWith => simple(1, 1),
        Op::WithExceptStart => simple(3, 1),
        Op::GetANext => simple(1, 1),
    }
}

/// Result of the pass: entry depth per instruction (`None` = unreachable), handler depths
/// (`None` = its region is never entered) and the maximum depth.
pub(crate) struct Depths {
    pub at: Vec<Option<u32>>,
    pub handler_depth: Vec<Option<u32>>,
    pub max: u32,
}

/// `targets[i]` is the resolved jump target of instruction `i` (jumps only);
/// `handler_targets[h]` the resolved target of handler `h`.
pub(crate) fn compute(instrs: &[IInstr], targets: &[u32], handler_targets: &[u32]) -> Depths {
    let len = instrs.len();
    let mut at: Vec<Option<u32>> = vec![None; len];
    let mut handler_depth = vec![None; handler_targets.len()];
    let mut max = 0u32;
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    while let Some((start, depth)) = work.pop() {
        let mut i = start;
        let mut d = depth;
        // Follow the fall-through chain from `start`, queueing branch targets.
        while i < len {
            if let Some(seen) = at[i] {
                debug_assert_eq!(seen, d, "inconsistent stack depth at instruction {i}");
                break;
            }
            at[i] = Some(d);
            max = max.max(d);
            let ins = &instrs[i];
            match ins.kind {
                IKind::Setup { handler, below } => {
                    debug_assert!(d >= below, "handler below the stack bottom at {i}");
                    let hd = d.saturating_sub(below);
                    handler_depth[handler as usize] = Some(hd);
                    max = max.max(hd + 1);
                    work.push((handler_targets[handler as usize] as usize, hd + 1));
                }
                IKind::Op(op) => {
                    let (need, fall, jump) = effect(op, ins.arg);
                    debug_assert!(d >= need, "stack underflow at {i}: {op:?} {}", ins.arg);
                    if is_jump(op) {
                        let jd = (d as i32 + jump).max(0) as u32;
                        max = max.max(jd);
                        work.push((targets[i] as usize, jd));
                    }
                    if is_terminal(op) {
                        break;
                    }
                    d = (d as i32 + fall).max(0) as u32;
                    max = max.max(d);
                }
            }
            i += 1;
        }
    }
    Depths {
        at,
        handler_depth,
        max,
    }
}
