//! The dispatch loop: one `match` over the opcode per instruction.
//!
//! `run_frame` wraps `exec`: `exec` runs instructions until the frame returns, yields or an
//! instruction fails; on failure `run_frame` records the traceback line, looks the failing
//! instruction up in the exception table and either resumes at the handler or propagates.
//! Calls of plain Python functions run inline in the same loop (frames on `InlineFrames`,
//! no Rust recursion); an exception leaves them one at a time, as from nested calls.
//! Hot operations (int/float arithmetic and comparisons, local loads, range/list iteration,
//! instance attributes) are handled inline before falling back to the generic protocol
//! functions. Fused paths never raise: anything unusual runs the instructions one by one.

use super::frame::{Exit, Frame, InlineFrames};
use super::fused::{arith_fast, compare_fast, eval_index_chain, seq_item, store_subscr_fast};
use super::{Args, PyErr, PyResult, Vm};
use crate::bytecode::{Op, INPLACE_FLAG};
use crate::grammar::ast::BinOp;
use crate::object::{ObjRef, Payload};
use crate::objects::exception::{exc_data, TbEntry};
use crate::objects::types::{type_of, types};
use crate::value::Value;
use std::sync::Arc;

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];

pub fn binop_from_arg(arg: u32) -> (BinOp, bool) {
    let inplace = arg & INPLACE_FLAG != 0;
    let idx = (arg & !INPLACE_FLAG) as usize;
    (BINOPS.get(idx).copied().unwrap_or(BinOp::Add), inplace)
}

impl Vm {
    /// Run `frame` until it returns or yields, handling exceptions through its table.
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<Exit> {
        self.run_frame_inner(frame, None)
    }

    /// Resume `frame` by raising `err` at its current instruction (generator `throw`).
    pub fn run_frame_with_error(&mut self, frame: &mut Frame, err: PyErr) -> PyResult<Exit> {
        self.run_frame_inner(frame, Some(err))
    }

    fn run_frame_inner(&mut self, frame: &mut Frame, pending: Option<PyErr>) -> PyResult<Exit> {
        let mut inline = self.frame_pool.pop().unwrap_or_default();
        let r = self.run_frames(frame, &mut inline, pending);
        // Every inline frame has finished by now, unless a plain function yielded (which
        // the compiler never emits); retire any left over all the same.
        while !inline.is_empty() {
            self.pop_inline(&mut inline);
        }
        self.frame_pool.push(inline);
        r
    }

    /// Run `root` and the Python calls it makes inline (innermost last in `inline`). An
    /// exception unwinds inline frames one at a time, each recording its traceback line and
    /// trying its own handlers, as nested calls would.
    fn run_frames(
        &mut self,
        root: &mut Frame,
        inline: &mut InlineFrames,
        mut pending: Option<PyErr>,
    ) -> PyResult<Exit> {
        loop {
            let err = match pending.take() {
                Some(e) => e,
                None => match self.exec(root, inline) {
                    Ok(exit) => return Ok(exit),
                    Err(e) => e,
                },
            };
            let frame = inline.top(root);
            let pc = frame.pc.saturating_sub(1);
            if !std::mem::take(&mut frame.reraise) {
                self.record_traceback(&err, frame, pc);
            }
            let handler = frame
                .code
                .raw
                .exception_table
                .iter()
                .find(|e| (e.start as usize) <= pc && pc < (e.end as usize))
                .copied();
            match handler {
                Some(h) => {
                    frame.stack.truncate(h.depth as usize);
                    frame.stack.push(Value::Obj(err.0));
                    frame.pc = h.target as usize;
                }
                // The caller sees the exception at its call instruction.
                None if !inline.is_empty() => {
                    self.pop_inline(inline);
                    pending = Some(err);
                }
                None => return Err(err),
            }
        }
    }

    fn record_traceback(&mut self, err: &PyErr, frame: &Frame, pc: usize) {
        if let Some(d) = exc_data(&err.0) {
            let mut st = d.state.lock();
            if st.traceback.len() < 10_000 {
                st.traceback.push(TbEntry {
                    code: Arc::clone(&frame.code),
                    pc: pc as u32,
                });
            }
            // Implicit chaining: an exception raised while handling another.
            if st.context.is_none() {
                if let Some(cur) = &self.exc_info {
                    if let Value::Obj(c) = cur {
                        if !ObjRef::ptr_eq(c, &err.0) && !chain_contains(c, &err.0) {
                            st.context = Some(cur.clone());
                        }
                    }
                }
            }
        }
    }

    /// Run instructions of the innermost frame (the last of `inline`, else `root`). A call
    /// of a plain Python function pushes its frame on `inline` and goes on with it; its
    /// return pops it and resumes the caller: no Rust recursion per Python call.
    fn exec(&mut self, root: &mut Frame, inline: &mut InlineFrames) -> PyResult<Exit> {
        let mut f: &mut Frame = inline.top(root);
        // SAFETY: `f.code` is never reassigned while the frame runs, so the code object it
        // points to outlives this call; borrowing it through the pointer (instead of cloning
        // the Arc) saves two atomic operations per call and keeps the borrow apart from `f`.
        let mut code: &super::code::PyCode = unsafe { &*Arc::as_ptr(&f.code) };
        let mut instrs = &code.raw.instrs[..];
        // The index of the next instruction lives in a register; `f.pc` gets a copy at
        // every dispatch, so it is current wherever a handler fails, yields or calls.
        let mut pc = f.pc;
        // Go on with the innermost frame after a call pushed or a return popped one: function
        // entry for inline calls, so the eval breaker is checked here as well.
        macro_rules! switch_frame {
            () => {{
                f = inline.top(root);
                // SAFETY: as above.
                code = unsafe { &*Arc::as_ptr(&f.code) };
                instrs = &code.raw.instrs[..];
                pc = f.pc;
                // Function entry and return: a GIL and Ctrl-C checkpoint.
                if crate::gil::breaker_pending() {
                    self.eval_breaker()?;
                }
                continue;
            }};
        }
        // A call that ran native code has returned (its result is pushed): a checkpoint, as
        // CPython checks its eval breaker at the end of CALL, so a KeyboardInterrupt that the
        // call itself raised (`_thread.interrupt_main()`, `os.kill(os.getpid(), SIGINT)`)
        // comes out of that call, inside an enclosing `try`.
        macro_rules! call_returned {
            () => {{
                if crate::gil::breaker_pending() {
                    self.eval_breaker()?;
                }
            }};
        }
        // Entry (and every resumption): the first GIL and Ctrl-C checkpoint.
        if crate::gil::breaker_pending() {
            self.eval_breaker()?;
        }
        loop {
            let Some(&ins) = instrs.get(pc) else {
                return Err(self.new_error("SystemError", "fell off the end of the bytecode"));
            };
            pc += 1;
            f.pc = pc;
            let arg = ins.arg as usize;
            match ins.op {
                Op::Nop | Op::Resume => {}
                Op::PopTop => {
                    f.stack.pop();
                    self.check_finalizers()?;
                }
                Op::Copy => {
                    let v = f.stack[f.stack.len() - arg].clone();
                    f.stack.push(v);
                }
                Op::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg);
                }
                Op::LoadConst => {
                    let c = code.consts[arg].clone();
                    self.push_folded(f, code, &mut pc, c);
                }
                Op::LoadFast => match &f.locals[arg] {
                    Some(v) if !matches!(v, Value::Obj(_)) => {
                        // An immediate: copying it costs nothing, and what follows may
                        // consume it at once.
                        let v = v.clone();
                        self.push_folded(f, code, &mut pc, v);
                    }
                    Some(v) => {
                        if let Some(next) = instrs.get(pc).filter(|n| n.op == Op::StoreAttr) {
                            // `local.name = value` through the local, without a copy of it.
                            let name = &code.names[next.arg as usize];
                            let value = f.stack.pop().unwrap_or_default();
                            match self.store_attr_fast(v, name, value, &code.hints[pc]) {
                                None => {
                                    pc += 1;
                                    continue;
                                }
                                Some(value) => f.stack.push(value),
                            }
                        }
                        if let Some(&n) = code.chain.get(pc).filter(|&&n| n > 0) {
                            // `local[index] = value` through the local, without a copy of it.
                            let n = n as usize;
                            if instrs.get(pc + n).is_some_and(|i| i.op == Op::StoreSubscr) {
                                if let Some(key) = eval_index_chain(code, &f.locals, pc, n) {
                                    let value = f.stack.pop().unwrap_or_default();
                                    match store_subscr_fast(v, &key, value) {
                                        None => {
                                            pc += n + 1;
                                            continue;
                                        }
                                        Some(value) => f.stack.push(value),
                                    }
                                }
                            }
                        }
                        match self.fused_local_read(v, &f.locals, code, pc) {
                            Some((r, covered)) => {
                                pc += covered;
                                self.push_folded(f, code, &mut pc, r);
                            }
                            None => f.stack.push(v.clone()),
                        }
                    }
                    None => return Err(self.unbound_local(&code.raw.varnames[arg])),
                },
                Op::StoreFast => {
                    f.locals[arg] = f.stack.pop();
                    self.check_finalizers()?;
                }
                Op::DeleteFast => {
                    if f.locals[arg].take().is_none() {
                        return Err(self.unbound_local(&code.raw.varnames[arg]));
                    }
                    self.check_finalizers()?;
                }
                Op::LoadDeref => {
                    let v = cell_get(&f.cells[arg]);
                    match v {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.unbound_deref(code, arg)),
                    }
                }
                Op::StoreDeref => {
                    let v = pop(f);
                    cell_set(&f.cells[arg], Some(v));
                }
                Op::DeleteDeref => {
                    if cell_get(&f.cells[arg]).is_none() {
                        return Err(self.unbound_deref(code, arg));
                    }
                    cell_set(&f.cells[arg], None);
                }
                Op::LoadClosure => f.stack.push(Value::Obj(f.cells[arg].clone())),
                Op::LoadClassDeref => {
                    let name = code.deref_name(arg).to_string();
                    let from_locals = f
                        .locals_dict
                        .as_ref()
                        .and_then(|d| super::dict_of(d).get_str(&name));
                    match from_locals.or_else(|| cell_get(&f.cells[arg])) {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.unbound_deref(code, arg)),
                    }
                }
                Op::LoadName => {
                    let name = &code.names[arg];
                    let v = self.load_name(f, name)?;
                    f.stack.push(v);
                }
                Op::StoreName => {
                    let v = pop(f);
                    let name = code.names[arg].clone();
                    match &f.locals_dict {
                        Some(d) => self.store_mapping(d, name, v)?,
                        None => {
                            super::immortal::module_binding(&name, &v);
                            super::dict_of(&f.globals).set_str(name, v)
                        }
                    }
                    self.check_finalizers()?;
                }
                Op::DeleteName => {
                    let name = &code.names[arg];
                    let d = f.locals_dict.as_ref().unwrap_or(&f.globals).clone();
                    self.delete_mapping_name(&d, name)?;
                    self.check_finalizers()?;
                }
                Op::LoadGlobal => {
                    let name = &code.names[arg];
                    match self.load_global_cached(&f.globals, name) {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.name_error(name.as_str().unwrap_or("?"))),
                    }
                }
                Op::StoreGlobal => {
                    let v = pop(f);
                    super::dict_of(&f.globals).set_str(code.names[arg].clone(), v);
                    self.check_finalizers()?;
                }
                Op::DeleteGlobal => {
                    let name = code.names[arg].as_str().unwrap_or("?");
                    if super::dict_of(&f.globals).remove_str(name).is_none() {
                        return Err(self.name_error(name));
                    }
                    self.check_finalizers()?;
                }
                Op::LoadAttr => {
                    let obj = pop(f);
                    let name = &code.names[arg];
                    let hint = &code.hints[pc - 1];
                    let v = match self.load_attr_fast(&obj, name, hint) {
                        Some(v) => v,
                        None => self.getattr(&obj, name)?,
                    };
                    f.stack.push(v);
                }
                Op::StoreAttr => {
                    let obj = pop(f);
                    let v = pop(f);
                    let name = &code.names[arg];
                    let hint = &code.hints[pc - 1];
                    if let Some(v) = self.store_attr_fast(&obj, name, v, hint) {
                        self.setattr(&obj, name, v)?;
                    }
                }
                Op::DeleteAttr => {
                    let obj = pop(f);
                    self.delattr(&obj, &code.names[arg])?;
                    drop(obj);
                    self.check_finalizers()?;
                }
                Op::BinarySubscr => {
                    let key = pop(f);
                    let container = pop(f);
                    let v = self.subscr_fast(&container, &key)?;
                    f.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = pop(f);
                    let container = pop(f);
                    let v = pop(f);
                    if let Some(v) = store_subscr_fast(&container, &key, v) {
                        self.setitem(&container, key, v)?;
                    }
                }
                Op::DeleteSubscr => {
                    let key = pop(f);
                    let container = pop(f);
                    self.delitem(&container, &key)?;
                    drop(container);
                    self.check_finalizers()?;
                }
                Op::BinaryOp => {
                    let b = pop(f);
                    if arg as u32 == INPLACE_FLAG {
                        if let Some(r) = self.str_iadd_in_place(f, instrs, &b) {
                            f.stack.push(r);
                            continue;
                        }
                    }
                    let a = pop(f);
                    let r = arith_fast(&a, &b, arg as u32);
                    let r = match r {
                        Some(r) => r,
                        None => {
                            let (op, inplace) = binop_from_arg(arg as u32);
                            self.binary_op(&a, &b, op, inplace)?
                        }
                    };
                    drop((a, b));
                    self.push_folded(f, code, &mut pc, r);
                }
                Op::UnaryNegative => {
                    let a = pop(f);
                    let r = self.unary_op(&a, "__neg__")?;
                    f.stack.push(r);
                }
                Op::UnaryPositive => {
                    let a = pop(f);
                    let r = self.unary_op(&a, "__pos__")?;
                    f.stack.push(r);
                }
                Op::UnaryInvert => {
                    let a = pop(f);
                    let r = self.unary_op(&a, "__invert__")?;
                    f.stack.push(r);
                }
                Op::UnaryNot => {
                    let a = pop(f);
                    let t = self.truthy(&a)?;
                    f.stack.push(Value::Bool(!t));
                }
                Op::CompareOp => {
                    let b = pop(f);
                    let a = pop(f);
                    let Some(c) = compare_fast(&a, &b, arg) else {
                        let r = self.compare(&a, &b, arg as u8)?;
                        f.stack.push(r);
                        continue;
                    };
                    self.push_folded(f, code, &mut pc, Value::Bool(c));
                }
                Op::IsOp => {
                    let b = pop(f);
                    let a = pop(f);
                    let c = a.is(&b) != (arg == 1);
                    drop((a, b));
                    self.push_folded(f, code, &mut pc, Value::Bool(c));
                }
                Op::ContainsOp => {
                    let b = pop(f);
                    let a = pop(f);
                    let r = self.contains(&b, &a)?;
                    f.stack.push(Value::Bool(r != (arg == 1)));
                }
                Op::Jump => {
                    // Only loops jump backwards: the GIL and Ctrl-C checkpoint.
                    if arg < pc && crate::gil::breaker_pending() {
                        self.eval_breaker()?;
                    }
                    pc = arg;
                }
                Op::PopJumpIfFalse => {
                    let v = pop(f);
                    if !self.truthy_fast(&v)? {
                        pc = arg;
                    }
                }
                Op::PopJumpIfTrue => {
                    let v = pop(f);
                    if self.truthy_fast(&v)? {
                        pc = arg;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    let v = f.stack.last().cloned().unwrap_or_default();
                    if !self.truthy_fast(&v)? {
                        pc = arg;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop => {
                    let v = f.stack.last().cloned().unwrap_or_default();
                    if self.truthy_fast(&v)? {
                        pc = arg;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::PopJumpIfNone => {
                    if pop(f).is_none() {
                        pc = arg;
                    }
                }
                Op::PopJumpIfNotNone => {
                    if !pop(f).is_none() {
                        pc = arg;
                    }
                }
                Op::GetIter => {
                    let v = pop(f);
                    let it = self.iter(&v)?;
                    f.stack.push(it);
                }
                Op::ForIter => {
                    let next = {
                        let it = f.stack.last().unwrap_or(&Value::None);
                        self.next_fast(it)?
                    };
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            pc = arg;
                        }
                    }
                }
                Op::BuildTuple => {
                    let items = f.stack.split_off(f.stack.len() - arg);
                    f.stack.push(Value::tuple(items));
                }
                Op::BuildList => {
                    let items = f.stack.split_off(f.stack.len() - arg);
                    f.stack.push(Value::list(items));
                }
                Op::BuildSet => {
                    let items = f.stack.split_off(f.stack.len() - arg);
                    let s = crate::objects::set::SetData::from_values(self, items)?;
                    f.stack.push(Value::obj(Payload::Set(Box::new(s))));
                }
                Op::BuildMap => {
                    let items = f.stack.split_off(f.stack.len() - 2 * arg);
                    let d = crate::objects::dict::Dict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.set(self, k, v)?;
                    }
                    f.stack.push(Value::obj(Payload::Dict(Box::new(d))));
                }
                Op::BuildString => {
                    let items = f.stack.split_off(f.stack.len() - arg);
                    let mut s = String::new();
                    for v in &items {
                        s.push_str(v.as_str().unwrap_or(""));
                    }
                    f.stack.push(Value::str(s));
                }
                Op::BuildSlice => {
                    let step = if arg == 3 { pop(f) } else { Value::None };
                    let stop = pop(f);
                    let start = pop(f);
                    f.stack
                        .push(Value::obj(Payload::Slice { start, stop, step }));
                }
                Op::ListToTuple => {
                    let l = pop(f);
                    let items = match l.payload() {
                        Some(Payload::List(l)) => std::mem::take(&mut *l.lock()),
                        _ => vec![],
                    };
                    f.stack.push(Value::tuple(items));
                }
                Op::ListAppend => {
                    let v = pop(f);
                    let l = &f.stack[f.stack.len() - arg];
                    if let Some(Payload::List(l)) = l.payload() {
                        l.lock().push(v);
                    }
                }
                Op::SetAdd => {
                    let v = pop(f);
                    let s = f.stack[f.stack.len() - arg].clone();
                    if let Some(Payload::Set(s)) = s.payload() {
                        s.add(self, v)?;
                    }
                }
                Op::MapAdd => {
                    let v = pop(f);
                    let k = pop(f);
                    let d = f.stack[f.stack.len() - arg].clone();
                    if let Some(Payload::Dict(d)) = d.payload() {
                        d.set(self, k, v)?;
                    }
                }
                Op::ListExtend => {
                    let it = pop(f);
                    let items = self.collect(&it)?;
                    let l = &f.stack[f.stack.len() - arg];
                    if let Some(Payload::List(l)) = l.payload() {
                        l.lock().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let it = pop(f);
                    let depth = arg & 0xff;
                    let s = f.stack[f.stack.len() - depth].clone();
                    if let Some(Payload::Set(s)) = s.payload() {
                        match it.payload() {
                            Some(Payload::Tuple(t))
                                if arg as u32 & crate::bytecode::CONST_SET_FLAG != 0 =>
                            {
                                let tmp =
                                    crate::objects::set::SetData::from_constants(self, t.to_vec())?;
                                s.merge(self, &tmp)?;
                            }
                            _ => s.update(self, &it)?,
                        }
                    }
                }
                Op::DictUpdate | Op::DictMerge => {
                    let m = pop(f);
                    let d = f.stack[f.stack.len() - arg].clone();
                    let merge = ins.op == Op::DictMerge;
                    let func = if merge {
                        f.stack.get(f.stack.len().wrapping_sub(arg + 2)).cloned()
                    } else {
                        None
                    };
                    self.dict_update_op(&d, &m, merge, func.as_ref())?;
                }
                Op::UnpackSequence => {
                    let seq = pop(f);
                    self.unpack_into(&seq, arg, &mut f.stack)?;
                }
                Op::UnpackEx => {
                    let seq = pop(f);
                    self.unpack_ex_into(&seq, arg & 0xff, arg >> 8, &mut f.stack)?;
                }
                Op::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(pop(f)) } else { None };
                    let v = pop(f);
                    let v = match arg & 3 {
                        1 => self.to_str(&v)?,
                        2 => self.repr(&v)?,
                        3 => self.ascii(&v)?,
                        _ => v,
                    };
                    let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
                    let r = if spec.is_empty()
                        && v.as_pystr().is_some()
                        && v.as_obj().is_some_and(|o| o.cls.is_none())
                    {
                        v
                    } else {
                        self.format(&v, spec)?
                    };
                    f.stack.push(r);
                }
                Op::Call => {
                    let base = f.stack.len() - arg - 1;
                    if super::call::inlinable(&f.stack[base]) {
                        let callee = std::mem::take(&mut f.stack[base]);
                        self.push_inline(root, inline, callee, base + 1, base)?;
                        switch_frame!()
                    }
                    if let Some(p) = super::call::plain_native(&f.stack[base]) {
                        let r = p(self, Args::new(&f.stack[base + 1..]))?;
                        f.stack.truncate(base);
                        f.stack.push(r);
                        call_returned!();
                        continue;
                    }
                    self.offer_frame(f, base);
                    let r = self.call(&f.stack[base], &f.stack[base + 1..])?;
                    f.stack.truncate(base);
                    f.stack.push(r);
                    call_returned!();
                }
                Op::CallKw => {
                    let names = pop(f);
                    let Some(Payload::Tuple(names)) = names.payload() else {
                        return Err(self.new_error("SystemError", "bad keyword names"));
                    };
                    let base = f.stack.len() - arg - 1;
                    self.offer_frame(f, base);
                    let npos = arg - names.len();
                    let args = Args {
                        pos: &f.stack[base + 1..base + 1 + npos],
                        kwnames: names,
                        kwvals: &f.stack[base + 1 + npos..],
                    };
                    let r = self.call_args(&f.stack[base], args)?;
                    f.stack.truncate(base);
                    f.stack.push(r);
                    call_returned!();
                }
                Op::CallEx => {
                    let kwargs = if arg & 1 != 0 { Some(pop(f)) } else { None };
                    let args = pop(f);
                    let func = pop(f);
                    f.stack.push(func);
                    self.offer_frame(f, f.stack.len() - 1);
                    let func = pop(f);
                    let r = self.call_ex(&func, &args, kwargs.as_ref())?;
                    f.stack.push(r);
                    call_returned!();
                }
                Op::CallMethod => {
                    let n = arg & 0xff;
                    let name = &code.names[arg >> 8];
                    let base = f.stack.len() - n - 1;
                    let Some(m) = self.lookup_method(&f.stack[base], name)? else {
                        let attr = self.getattr(&f.stack[base], name)?;
                        let r = self.call(&attr, &f.stack[base + 1..])?;
                        f.stack.truncate(base);
                        f.stack.push(r);
                        call_returned!();
                        continue;
                    };
                    if super::call::inlinable(&m) {
                        self.push_inline(root, inline, m, base, base)?;
                        switch_frame!()
                    }
                    // A method of a built-in type: the receiver is its first argument.
                    let r = match super::call::receiver_native(&m) {
                        Some(p) => p(self, Args::new(&f.stack[base..]))?,
                        None => self.call(&m, &f.stack[base..])?,
                    };
                    f.stack.truncate(base);
                    f.stack.push(r);
                    call_returned!();
                }
                Op::MakeFunction => {
                    let code_v = pop(f);
                    let closure = if arg & 8 != 0 { Some(pop(f)) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop(f)) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop(f)) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop(f)) } else { None };
                    let func =
                        self.make_function(&f.globals, code_v, defaults, kwdefaults, closure)?;
                    if let (Some(ann), Some(d)) =
                        (annotations, func.as_obj().and_then(|o| o.instance_dict()))
                    {
                        d.set_str(crate::objects::str::intern("__annotations__"), ann);
                    }
                    f.stack.push(func);
                }
                Op::ReturnValue => {
                    let v = pop(f);
                    if inline.is_empty() {
                        return Ok(Exit::Return(v));
                    }
                    self.pop_inline(inline);
                    inline.top(root).stack.push(v);
                    switch_frame!()
                }
                Op::YieldValue => {
                    let v = pop(f);
                    if !inline.is_empty() {
                        return Err(self.new_error("SystemError", "yield from a plain function"));
                    }
                    return Ok(Exit::Yield(v));
                }
                Op::YieldFrom => {
                    let v = pop(f);
                    let it = f.stack.last().cloned().unwrap_or_default();
                    match self.send_into(&it, v)? {
                        Ok(y) => {
                            f.pc = pc - 1;
                            return Ok(Exit::Yield(y));
                        }
                        Err(r) => {
                            f.stack.pop();
                            f.stack.push(r);
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = pop(f);
                    let it = match v.payload() {
                        Some(Payload::Generator(_)) => v,
                        _ => self.iter(&v)?,
                    };
                    f.stack.push(it);
                }
                Op::GetAwaitable => {
                    let v = pop(f);
                    let it = self.get_awaitable(v)?;
                    f.stack.push(it);
                }
                Op::LoadBuildClass => {
                    let v = self
                        .interp
                        .builtins_dict()
                        .get_str("__build_class__")
                        .ok_or_else(|| self.name_error("__build_class__"))?;
                    f.stack.push(v);
                }
                Op::ImportName => {
                    let fromlist = pop(f);
                    let level = pop(f);
                    let name = code.names[arg].clone();
                    let m = self.import_name(&name, &fromlist, &level, &f.globals)?;
                    f.stack.push(m);
                }
                Op::ImportFrom => {
                    let m = f.stack.last().cloned().unwrap_or_default();
                    let v = self.import_from(&m, &code.names[arg])?;
                    f.stack.push(v);
                }
                Op::ImportStar => {
                    let m = pop(f);
                    let target = f.locals_dict.as_ref().unwrap_or(&f.globals).clone();
                    self.import_star(&m, &target)?;
                }
                Op::RaiseVarargs => {
                    let err = match arg {
                        0 => {
                            f.reraise = true;
                            match self.exc_info.clone() {
                                Some(Value::Obj(o)) => PyErr(o),
                                _ => self.runtime_error("No active exception to reraise"),
                            }
                        }
                        1 => {
                            let e = pop(f);
                            make_raise(self, e, None)
                        }
                        _ => {
                            let cause = pop(f);
                            let e = pop(f);
                            make_raise(self, e, Some(cause))
                        }
                    };
                    return Err(err);
                }
                Op::Reraise => {
                    let e = pop(f);
                    f.reraise = true;
                    return Err(match e {
                        Value::Obj(o) => PyErr(o),
                        _ => self.new_error("SystemError", "reraise of a non-exception"),
                    });
                }
                Op::PushExcInfo => {
                    let exc = pop(f);
                    let prev = self.exc_info.replace(exc.clone()).unwrap_or(Value::None);
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Op::PopExcept => {
                    let prev = pop(f);
                    self.exc_info = if prev.is_none() { None } else { Some(prev) };
                }
                Op::CheckExcMatch => {
                    let typ = pop(f);
                    let exc = f.stack.last().cloned().unwrap_or_default();
                    let m = self.exception_matches(&exc, &typ)?;
                    f.stack.push(Value::Bool(m));
                }
                Op::BeforeWith => {
                    let mgr = pop(f);
                    let (exit, res) = self.enter_context(&mgr, false)?;
                    f.stack.push(exit);
                    f.stack.push(res);
                }
                Op::BeforeAsyncWith => {
                    let mgr = pop(f);
                    let (exit, res) = self.enter_context(&mgr, true)?;
                    f.stack.push(exit);
                    f.stack.push(res);
                }
                Op::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1].clone();
                    let exit = f.stack[n - 3].clone();
                    let typ = Value::Obj(type_of(&exc).clone());
                    let tb = exc
                        .as_obj()
                        .map_or(Value::None, crate::stdlib::traceback::traceback_of);
                    let r = self.call(&exit, &[typ, exc, tb])?;
                    f.stack.push(r);
                }
                Op::GetAIter => {
                    let v = pop(f);
                    let r = self.call_method(&v, "__aiter__", &[])?;
                    f.stack.push(r);
                }
                Op::GetANext => {
                    let it = f.stack.last().cloned().unwrap_or_default();
                    let aw = self.call_method(&it, "__anext__", &[])?;
                    let aw = self.get_awaitable(aw)?;
                    f.stack.push(aw);
                }
                Op::EndAsyncFor => {
                    let exc = pop(f);
                    let is_stop = matches!(&exc, Value::Obj(o) if crate::objects::types::is_subclass(type_of(&Value::Obj(o.clone())), types().exc("StopAsyncIteration")));
                    if !is_stop {
                        f.reraise = true;
                        if let Value::Obj(o) = exc {
                            return Err(PyErr(o));
                        }
                    }
                }
                Op::SetupAnnotations => {
                    let d = f.locals_dict.as_ref().unwrap_or(&f.globals).clone();
                    if super::dict_of(&d).get_str("__annotations__").is_none() {
                        super::dict_of(&d).set_str(
                            crate::objects::str::intern("__annotations__"),
                            Value::obj(Payload::Dict(Box::new(crate::objects::dict::Dict::new()))),
                        );
                    }
                }
                Op::PrintExpr => {
                    let v = pop(f);
                    self.print_expr(v)?;
                }
            }
        }
    }

    /// `s += t` on str where `s` is a local about to be rebound (the next instruction
    /// stores into the same slot): drop the local's reference first, so the str is unshared
    /// and can grow in place instead of being copied (CPython does the same). `None` when
    /// the fast path does not apply; the operands are then untouched.
    #[inline]
    fn str_iadd_in_place(
        &mut self,
        f: &mut Frame,
        instrs: &[crate::bytecode::Instr],
        b: &Value,
    ) -> Option<Value> {
        if b.as_obj()?.cls.is_some() {
            return None;
        }
        let rhs = b.as_pystr()?;
        let next = instrs.get(f.pc)?;
        let Some(Value::Obj(top)) = f.stack.last() else {
            return None;
        };
        if top.cls.is_some() || !matches!(top.payload, Payload::Str(_)) {
            return None;
        }
        match next.op {
            Op::StoreFast => {
                let slot = next.arg as usize;
                match f.locals.get(slot) {
                    Some(Some(Value::Obj(l))) if ObjRef::ptr_eq(l, top) => {}
                    _ => return None,
                }
                f.locals[slot] = None;
            }
            // Module-level `s += t`: the namespace entry is about to be rebound too.
            Op::StoreName if f.locals_dict.is_none() => {
                let name = f.code.names.get(next.arg as usize)?.clone();
                let d = super::dict_of(&f.globals);
                match d.get_item_str(&name) {
                    Some(Value::Obj(l)) if ObjRef::ptr_eq(&l, top) => {}
                    _ => return None,
                }
                d.set_str(name, Value::None);
            }
            _ => return None,
        }
        let mut a = f.stack.pop()?;
        if let Value::Obj(o) = &mut a {
            if let Some(obj) = ObjRef::get_mut(o) {
                if let Payload::Str(s) = &mut obj.payload {
                    s.append(rhs);
                    return Some(a);
                }
            }
        }
        // Still shared: concatenate into a new str (str + str cannot fail).
        let mut s = String::with_capacity(a.as_str()?.len() + rhs.as_str().len());
        s.push_str(a.as_str()?);
        s.push_str(rhs.as_str());
        Some(Value::str(s))
    }

    /// If the callee at `f.stack[idx]` is a native that needs the caller's namespaces
    /// (`globals()`, `locals()`, `eval`, ...), hand them over in `self.caller`.
    #[inline]
    fn offer_frame(&mut self, f: &Frame, idx: usize) {
        if let Some(Value::Obj(o)) = f.stack.get(idx) {
            if let Payload::NativeFunction(nf) = &o.payload {
                if nf.wants_frame {
                    let optimized = f.code.flags() & crate::bytecode::flags::OPTIMIZED != 0;
                    let locals = match &f.locals_dict {
                        Some(d) => Value::Obj(d.clone()),
                        None if !optimized => Value::Obj(ObjRef::clone(&f.globals)),
                        None => self.fast_locals_dict(f),
                    };
                    self.caller = Some(super::CallerFrame {
                        globals: ObjRef::clone(&f.globals),
                        locals,
                    });
                }
            }
        }
    }

    /// A snapshot dict of a function frame's local variables (`locals()`).
    fn fast_locals_dict(&mut self, f: &Frame) -> Value {
        let d = crate::objects::dict::Dict::new();
        let code = &f.code;
        for (i, v) in f.locals.iter().enumerate() {
            if let (Some(v), Some(name)) = (v, code.varnames.get(i)) {
                d.set_str(name.clone(), v.clone());
            }
        }
        for (i, c) in f.cells.iter().enumerate() {
            if let Some(v) = cell_get(c) {
                d.set_str(crate::objects::str::intern(code.deref_name(i)), v);
            }
        }
        Value::obj(Payload::Dict(Box::new(d)))
    }

    /// Run queued `__del__` methods, if any (a relaxed load when there are none).
    #[inline]
    pub fn check_finalizers(&mut self) -> PyResult<()> {
        if crate::object::PENDING_FINALIZERS.load(std::sync::atomic::Ordering::Relaxed) != 0 {
            self.run_finalizers();
        }
        Ok(())
    }

    /// Call `__del__` on every object queued on this thread; errors are reported as
    /// "Exception ignored in", as CPython does.
    pub fn run_finalizers(&mut self) {
        for _ in 0..100 {
            let objs = crate::object::take_finalizable();
            if objs.is_empty() {
                return;
            }
            for o in objs {
                let v = Value::Obj(o);
                let Some(del) = self.lookup_special(&v, "__del__") else {
                    continue;
                };
                let saved = self.exc_info.take();
                if let Err(e) = self.call(&del, std::slice::from_ref(&v)) {
                    let what = self.repr_string(&del).unwrap_or_default();
                    self.write_stderr(&format!("Exception ignored in: {what}\n"));
                    self.print_exception(&e);
                }
                self.exc_info = saved;
            }
        }
    }

    fn load_name(&mut self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(d) = &f.locals_dict {
            if let Some(v) = self.mapping_get(d, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = super::dict_of(&f.globals).get_item_str(name) {
            return Ok(v);
        }
        if let Some(v) = self.interp.builtins_dict().get_item_str(name) {
            return Ok(v);
        }
        Err(self.name_error(name.as_str().unwrap_or("?")))
    }

    /// Lookup in a locals mapping: a dict fast, any other mapping by `__getitem__`.
    fn mapping_get(&mut self, d: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
        if let Payload::Dict(dd) = &d.payload {
            if d.cls.is_none() {
                return Ok(dd.get_item_str(name));
            }
        }
        match self.getitem(&Value::Obj(d.clone()), name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn store_mapping(&mut self, d: &ObjRef, name: Value, v: Value) -> PyResult<()> {
        if let Payload::Dict(dd) = &d.payload {
            if d.cls.is_none() {
                dd.set_str(name, v);
                return Ok(());
            }
        }
        self.setitem(&Value::Obj(d.clone()), name, v)
    }

    fn delete_mapping_name(&mut self, d: &ObjRef, name: &Value) -> PyResult<()> {
        let s = name.as_str().unwrap_or("?");
        if let Payload::Dict(dd) = &d.payload {
            if dd.remove_str(s).is_some() {
                return Ok(());
            }
            return Err(self.name_error(s));
        }
        self.delitem(&Value::Obj(d.clone()), name)
    }

    fn unbound_local(&self, name: &str) -> PyErr {
        self.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&self, code: &super::code::PyCode, i: usize) -> PyErr {
        let name = code.deref_name(i);
        if i < code.ncells {
            self.unbound_local(name)
        } else {
            self.new_error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// Truthiness with the immediate cases inline.
    #[inline]
    fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            _ => self.truthy(v),
        }
    }

    /// `next()` for the ForIter opcode: ranges and lists inline.
    #[inline]
    fn next_fast(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if let Payload::Iter(st) = &o.payload {
                return st.next(self);
            }
        }
        self.next(it)
    }

    /// `container[key]` with list/tuple indexing inline.
    #[inline]
    fn subscr_fast(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match seq_item(container, key) {
            Some(v) => Ok(v),
            None => self.getitem(container, key),
        }
    }
}

#[inline]
fn pop(f: &mut Frame) -> Value {
    f.stack.pop().unwrap_or_default()
}

pub fn cell_get(c: &ObjRef) -> Option<Value> {
    match &c.payload {
        Payload::Cell(m) => m.lock().clone(),
        _ => None,
    }
}

pub fn cell_set(c: &ObjRef, v: Option<Value>) {
    if let Payload::Cell(m) = &c.payload {
        let old = std::mem::replace(&mut *m.lock(), v);
        drop(old);
    }
}

/// Does the context/cause chain starting at `start` contain `target`? (Prevents cycles
/// when chaining.)
fn chain_contains(start: &ObjRef, target: &ObjRef) -> bool {
    let mut cur = start.clone();
    for _ in 0..1000 {
        let next = match exc_data(&cur) {
            Some(d) => d.state.lock().context.clone(),
            None => None,
        };
        match next {
            Some(Value::Obj(n)) => {
                if ObjRef::ptr_eq(&n, target) {
                    return true;
                }
                cur = n;
            }
            _ => return false,
        }
    }
    false
}

/// Build the raising of `raise exc [from cause]`: exc may be a class or an instance.
pub fn make_raise(vm: &mut Vm, exc: Value, cause: Option<Value>) -> PyErr {
    let inst = match vm.exception_instance(exc) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if let Some(cause) = cause {
        let is_exc_class = matches!(cause.payload(), Some(Payload::Type(_)))
            && crate::objects::types::is_subclass(
                cause.as_obj().unwrap_or(&types().object),
                &types().base_exception,
            );
        let cause = if cause.is_none() {
            Ok(None)
        } else if !is_exc_class && !matches!(cause.payload(), Some(Payload::Exception(_))) {
            Err(vm.type_error("exception causes must derive from BaseException"))
        } else {
            vm.exception_instance(cause).map(|c| Some(Value::Obj(c.0)))
        };
        match cause {
            Ok(c) => {
                if let Some(d) = exc_data(&inst.0) {
                    let mut st = d.state.lock();
                    st.cause = c;
                    st.suppress_context = true;
                }
            }
            Err(e) => return e,
        }
    }
    inst
}

impl Vm {
    /// Normalise a raised value to an exception instance (instantiating classes).
    pub fn exception_instance(&mut self, exc: Value) -> PyResult<PyErr> {
        let be = &types().base_exception;
        if let Value::Obj(o) = &exc {
            if let Payload::Type(_) = &o.payload {
                if crate::objects::types::is_subclass(o, be) {
                    let inst_v = self.call(&exc, &[])?;
                    if let Value::Obj(i) = &inst_v {
                        if exc_data(i).is_some() {
                            return Ok(PyErr(i.clone()));
                        }
                    }
                    let what = self.default_repr(&exc);
                    return Err(self.type_error(format!(
                        "calling {what} should have returned an instance of BaseException, not {}",
                        crate::objects::types::type_name_of(&inst_v)
                    )));
                }
            } else if exc_data(o).is_some() {
                return Ok(PyErr(o.clone()));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }
}
