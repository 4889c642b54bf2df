//! Generators and coroutines: a heap frame resumed by `send`/`throw`/`close`, and the
//! delegation used by `yield from` and `await`.
//!
//! While a generator runs its frame is moved out of the object, so no lock is held while
//! Python code executes; a second resume meanwhile (re-entrant or from another thread) sees
//! the `running` flag and gets CPython's `ValueError: generator already executing`.

use super::frame::{Exit, Frame};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{flags, Op};
use crate::object::{ObjRef, Payload};
use crate::objects::exception::{exc_data, get_exc_attr};
use crate::objects::function::Function;
use crate::objects::types::type_name_of;
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    frame: Mutex<Option<Box<Frame>>>,
    running: AtomicBool,
    started: AtomicBool,
    pub kind: GenKind,
    name: Value,
    qualname: Value,
}

/// What resuming produced: a yielded value, or the return value (generator finished).
pub type Resumed = Result<Value, Value>;

pub fn new_generator(func: &Function, frame: Frame) -> Value {
    let fl = func.code.flags();
    let kind = if fl & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else if fl & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else {
        GenKind::Generator
    };
    let meta = func.meta.lock();
    Value::obj(Payload::Generator(Box::new(Generator {
        frame: Mutex::new(Some(Box::new(frame))),
        running: AtomicBool::new(false),
        started: AtomicBool::new(false),
        kind,
        name: meta.name.clone(),
        qualname: meta.qualname.clone(),
    })))
}

impl Generator {
    pub fn is_coroutine(&self) -> bool {
        self.kind == GenKind::Coroutine
    }

    /// Is the (suspended) frame stopped at a `yield` (rather than inside an `await`)? An
    /// async generator hands such values to `__anext__`'s awaiter.
    pub fn suspended_at_yield(&self) -> bool {
        match self.frame.lock().as_ref() {
            Some(f) => {
                f.pc.checked_sub(1)
                    .and_then(|i| f.code.raw.instrs.get(i))
                    .is_some_and(|ins| ins.op == Op::YieldValue)
            }
            None => false,
        }
    }

    pub fn qualname(&self) -> String {
        self.qualname.as_str().unwrap_or("?").to_string()
    }

    pub fn attr(&self, n: &str) -> Option<Value> {
        match n {
            "__name__" => Some(self.name.clone()),
            "__qualname__" => Some(self.qualname.clone()),
            "gi_running" | "cr_running" => Some(Value::Bool(self.running.load(Ordering::Relaxed))),
            "gi_frame" | "cr_frame" => Some(if self.frame.lock().is_some() {
                Value::Bool(true)
            } else {
                Value::None
            }),
            _ => None,
        }
    }

    fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

enum Resume {
    Send(Value),
    Throw(PyErr),
}

fn gen_of(o: &ObjRef) -> Option<&Generator> {
    match &o.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

impl Vm {
    /// `gen.send(v)`: Ok(Ok(yielded)) or Ok(Err(returned)).
    pub fn gen_send(&mut self, o: &ObjRef, v: Value) -> PyResult<Resumed> {
        self.gen_resume(o, Resume::Send(v))
    }

    /// `gen.throw(exc)`.
    pub fn gen_throw(&mut self, o: &ObjRef, exc: PyErr) -> PyResult<Resumed> {
        self.gen_resume(o, Resume::Throw(exc))
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, o: &ObjRef) -> PyResult<()> {
        let Some(g) = gen_of(o) else {
            return Ok(());
        };
        if !g.started.load(Ordering::Relaxed) {
            g.frame.lock().take();
            return Ok(());
        }
        if g.frame.lock().is_none() {
            return Ok(());
        }
        let exit = PyErr(crate::objects::exception::new_exception(
            crate::objects::types::types().exc("GeneratorExit"),
            vec![],
        ));
        match self.gen_resume(o, Resume::Throw(exit)) {
            Ok(Ok(_)) => {
                Err(self.runtime_error(format!("{} ignored GeneratorExit", g.kind_name())))
            }
            Ok(Err(_)) => Ok(()),
            Err(e)
                if self.exc_matches(&e, "GeneratorExit")
                    || self.exc_matches(&e, "StopIteration") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn gen_resume(&mut self, o: &ObjRef, how: Resume) -> PyResult<Resumed> {
        let Some(g) = gen_of(o) else {
            return Err(self.type_error("not a generator"));
        };
        if g.running.swap(true, Ordering::Acquire) {
            return Err(self.value_error(format!("{} already executing", g.kind_name())));
        }
        let frame = g.frame.lock().take();
        let Some(mut frame) = frame else {
            g.running.store(false, Ordering::Release);
            return match how {
                Resume::Send(_) => {
                    if g.kind == GenKind::Coroutine {
                        Err(self.runtime_error("cannot reuse already awaited coroutine"))
                    } else {
                        Ok(Err(Value::None))
                    }
                }
                Resume::Throw(e) => Err(e),
            };
        };
        if let Resume::Send(v) = &how {
            if !g.started.load(Ordering::Relaxed) && !v.is_none() {
                // Refused before running: the generator stays unstarted.
                *g.frame.lock() = Some(frame);
                g.running.store(false, Ordering::Release);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    g.kind_name()
                )));
            }
        }
        // Only the thread that set `running` writes `started`: a load and a store (no
        // read-modify-write per resume).
        let started = g.started.load(Ordering::Relaxed);
        if !started {
            g.started.store(true, Ordering::Relaxed);
        }
        if self.depth >= self.recursion_limit() || self.stack_exhausted() {
            *g.frame.lock() = Some(frame);
            g.running.store(false, Ordering::Release);
            return Err(self.recursion_error());
        }
        self.depth += 1;
        let saved_exc = self.exc_info.take();
        let r = match how {
            Resume::Send(v) => {
                if !started && !v.is_none() {
                    Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        g.kind_name()
                    )))
                } else {
                    if started {
                        frame.stack.push(v);
                    }
                    self.run_frame(&mut frame)
                }
            }
            Resume::Throw(e) => self.throw_into(&mut frame, e),
        };
        self.exc_info = saved_exc;
        self.depth -= 1;
        let out = match r {
            Ok(Exit::Yield(v)) => {
                *g.frame.lock() = Some(frame);
                Ok(Ok(v))
            }
            Ok(Exit::Return(v)) => Ok(Err(v)),
            Err(e) => {
                if self.exc_matches(&e, "StopIteration") {
                    let msg = match g.kind {
                        GenKind::Generator => "generator raised StopIteration",
                        GenKind::Coroutine => "coroutine raised StopIteration",
                        GenKind::AsyncGenerator => "async generator raised StopIteration",
                    };
                    let re = self.runtime_error(msg);
                    if let Some(d) = exc_data(&re.0) {
                        let mut st = d.state.lock();
                        st.cause = Some(Value::Obj(e.0.clone()));
                        st.suppress_context = true;
                    }
                    Err(re)
                } else {
                    Err(e)
                }
            }
        };
        g.running.store(false, Ordering::Release);
        out
    }

    /// Raise `e` inside a suspended frame (forwarding to a delegate of `yield from` first).
    fn throw_into(&mut self, frame: &mut Frame, e: PyErr) -> PyResult<Exit> {
        let at_yield_from = frame
            .code
            .raw
            .instrs
            .get(frame.pc)
            .is_some_and(|i| i.op == Op::YieldFrom);
        let mut err = e;
        if at_yield_from {
            let sub = frame.stack.last().cloned().unwrap_or_default();
            if self.exc_matches(&err, "GeneratorExit") {
                if let Some(so) = sub.as_obj() {
                    if gen_of(so).is_some() {
                        self.gen_close(so)?;
                    } else if self.lookup_special(&sub, "close").is_some() {
                        self.call_method(&sub, "close", &[])?;
                    }
                }
            } else {
                let r = match sub.as_obj().filter(|so| gen_of(so).is_some()) {
                    Some(so) => self.gen_throw(&so.clone(), err.clone()).map(Some),
                    None => {
                        if self.lookup_special(&sub, "throw").is_some() {
                            match self.call_method(&sub, "throw", &[Value::Obj(err.0.clone())]) {
                                Ok(y) => Ok(Some(Ok(y))),
                                Err(se) if self.exc_matches(&se, "StopIteration") => {
                                    let v = get_exc_attr(&se.0, "value").unwrap_or(Value::None);
                                    Ok(Some(Err(v)))
                                }
                                Err(se) => Err(se),
                            }
                        } else {
                            Ok(None)
                        }
                    }
                };
                match r {
                    Ok(Some(Ok(y))) => return Ok(Exit::Yield(y)),
                    Ok(Some(Err(v))) => {
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.pc += 1;
                        return self.run_frame(frame);
                    }
                    Ok(None) => {}
                    Err(se) => err = se,
                }
            }
            frame.pc += 1;
        }
        self.run_frame_with_error(frame, err)
    }

    /// The YieldFrom opcode's step: send `v` into `it`.
    pub fn send_into(&mut self, it: &Value, v: Value) -> PyResult<Resumed> {
        if let Value::Obj(o) = it {
            if gen_of(o).is_some() {
                return self.gen_send(o, v);
            }
        }
        if v.is_none() {
            if let Value::Obj(o) = it {
                if let Payload::Iter(st) = &o.payload {
                    return Ok(match st.next(self)? {
                        Some(y) => Ok(y),
                        None => Err(Value::None),
                    });
                }
            }
            return match self.call_special(it, "__next__", &[]) {
                Ok(Some(y)) => Ok(Ok(y)),
                Ok(None) => {
                    Err(self
                        .type_error(format!("'{}' object is not an iterator", type_name_of(it))))
                }
                Err(e) if self.exc_matches(&e, "StopIteration") => {
                    Ok(Err(get_exc_attr(&e.0, "value").unwrap_or(Value::None)))
                }
                Err(e) => Err(e),
            };
        }
        match self.call_method(it, "send", &[v]) {
            Ok(y) => Ok(Ok(y)),
            Err(e) if self.exc_matches(&e, "StopIteration") => {
                Ok(Err(get_exc_attr(&e.0, "value").unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }

    /// GetAwaitable: a coroutine as is, else the iterator from `__await__`.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.kind == GenKind::Coroutine {
                return Ok(v);
            }
        }
        match self.call_special(&v, "__await__", &[])? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name_of(&v)
            ))),
        }
    }
}
