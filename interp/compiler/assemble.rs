//! Assembly: a finished `Unit` becomes a `CodeObject`.
//!
//! Labels are resolved, the stack-depth pass runs, unreachable instructions and `Setup`
//! pseudo-instructions are dropped (jump targets renumbered), and the exception table is
//! built by run-length encoding the per-instruction handlers, so its entries never overlap.

use super::stackdepth::{self, is_jump};
use super::unit::{IKind, Unit};
use crate::bytecode::{CodeObject, ExceptionEntry, Instr};

pub(crate) fn assemble(unit: Unit<'_>, filename: &str) -> CodeObject {
    let len = unit.instrs.len() as u32;
    let resolve = |label: u32| -> u32 {
        unit.labels
            .get(label as usize)
            .copied()
            .flatten()
            .unwrap_or(len)
    };
    let targets: Vec<u32> = unit
        .instrs
        .iter()
        .map(|ins| match ins.kind {
            IKind::Op(op) if is_jump(op) => resolve(ins.arg),
            _ => 0,
        })
        .collect();
    let handler_targets: Vec<u32> = unit.handlers.iter().map(|&l| resolve(l)).collect();
    let depths = stackdepth::compute(&unit.instrs, &targets, &handler_targets);

    // new_index[i]: index in the output of the first kept instruction at or after i.
    let keep: Vec<bool> = unit
        .instrs
        .iter()
        .zip(&depths.at)
        .map(|(ins, d)| d.is_some() && matches!(ins.kind, IKind::Op(_)))
        .collect();
    let mut new_index = Vec::with_capacity(unit.instrs.len() + 1);
    let mut n = 0u32;
    for &k in &keep {
        new_index.push(n);
        n += k as u32;
    }
    new_index.push(n);

    let mut instrs = Vec::with_capacity(n as usize);
    let mut positions = Vec::with_capacity(n as usize);
    let mut exception_table: Vec<ExceptionEntry> = Vec::new();
    for (i, ins) in unit.instrs.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let IKind::Op(op) = ins.kind else { continue };
        let arg = if is_jump(op) {
            new_index[targets[i] as usize]
        } else {
            ins.arg
        };
        let here = instrs.len() as u32;
        instrs.push(Instr { op, arg });
        positions.push(ins.pos);
        let Some(h) = ins.handler else { continue };
        let Some(depth) = depths.handler_depth[h as usize] else {
            continue;
        };
        let target = new_index[handler_targets[h as usize] as usize];
        match exception_table.last_mut() {
            Some(e) if e.end == here && e.target == target && e.depth == depth => e.end += 1,
            _ => exception_table.push(ExceptionEntry {
                start: here,
                end: here + 1,
                target,
                depth,
            }),
        }
    }

    CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.to_string(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        cell2arg: unit
            .cellvars
            .iter()
            .map(|c| {
                if unit.kind.is_function_like() {
                    unit.varnames.get(c)
                } else {
                    None
                }
            })
            .collect(),
        varnames: unit.varnames.items,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        names: unit.names.items,
        consts: unit.consts,
        instrs,
        positions,
        exception_table,
        stacksize: depths.max,
        docstring: unit.docstring,
    }
}
