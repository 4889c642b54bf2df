//! Async generators (`async def` with `yield`): `__aiter__`/`__anext__`/`asend`/`athrow`/
//! `aclose`, and the awaitable each of them returns.
//!
//! The async generator's frame suspends both at its own `yield`s and inside `await`s. The
//! awaitable tells them apart by where the frame stopped (`Generator::suspended_at_yield`):
//! a `yield` completes the awaitable (StopIteration carrying the value), an `await`
//! suspension is passed on to whoever drives the awaitable (the event loop).

use super::generator::Resumed;
use super::{Args, PyErr, PyResult, Vm};
use crate::builtins::add_method;
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::exception::new_exception;
use crate::objects::types::{new_class, types};
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::OnceLock;

/// What the awaitable does on its first step.
#[derive(Clone)]
enum Start {
    Send(Value),
    Throw(Value),
    Close,
}

/// The awaitable returned by `__anext__`, `asend`, `athrow` and `aclose`.
pub struct AsyncGenAwaitable {
    agen: ObjRef,
    state: Mutex<Option<Start>>,
}

impl NativeData for AsyncGenAwaitable {
    fn type_obj(&self) -> &'static ObjRef {
        awaitable_type()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn awaitable_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let o = types().object.clone();
        new_class(
            "async_generator_asend",
            vec![o.clone()],
            vec![o],
            crate::objects::dict::Dict::new(),
            true,
            None,
        )
    })
}

fn awaitable_of(v: &Value) -> Option<&AsyncGenAwaitable> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<AsyncGenAwaitable>(),
        _ => None,
    }
}

fn new_awaitable(agen: &Value, start: Start) -> Value {
    Value::obj(Payload::Native(Box::new(AsyncGenAwaitable {
        agen: agen
            .as_obj()
            .cloned()
            .unwrap_or_else(|| types().object.clone()),
        state: Mutex::new(Some(start)),
    })))
}

fn exc(name: &str, args: Vec<Value>) -> PyErr {
    PyErr(new_exception(types().exc(name), args))
}

impl Vm {
    /// One step of an async-generator awaitable: `value` is what the driver sends in (or
    /// the exception it throws in).
    fn agen_step(
        &mut self,
        aw: &AsyncGenAwaitable,
        input: Result<Value, PyErr>,
    ) -> PyResult<Value> {
        let start = aw.state.lock().take();
        let closing = matches!(start, Some(Start::Close));
        let r: PyResult<Resumed> = match (start, input) {
            (Some(Start::Send(v)), Ok(_)) => self.gen_send(&aw.agen, v),
            (Some(Start::Throw(e)), Ok(_)) => {
                let err = self.exception_instance(e)?;
                self.gen_throw(&aw.agen, err)
            }
            (Some(Start::Close), Ok(_)) => self.gen_throw(&aw.agen, exc("GeneratorExit", vec![])),
            (_, Err(e)) => self.gen_throw(&aw.agen, e),
            (None, Ok(v)) => self.gen_send(&aw.agen, v),
        };
        let at_yield = match &aw.agen.payload {
            Payload::Generator(g) => g.suspended_at_yield(),
            _ => false,
        };
        match r {
            Ok(Ok(y)) if at_yield => {
                if closing {
                    return Err(self.runtime_error("async generator ignored GeneratorExit"));
                }
                Err(self.stop_iteration(y))
            }
            Ok(Ok(y)) => {
                // Suspended inside an `await`: keep going on the next send.
                Ok(y)
            }
            Ok(Err(_)) => Err(if closing {
                self.stop_iteration(Value::None)
            } else {
                exc("StopAsyncIteration", vec![])
            }),
            Err(e)
                if closing
                    && (self.exc_matches(&e, "GeneratorExit")
                        || self.exc_matches(&e, "StopAsyncIteration")) =>
            {
                Err(self.stop_iteration(Value::None))
            }
            Err(e) => Err(e),
        }
    }
}

fn aw_arg<'a>(vm: &Vm, a: &'a Args<'_>) -> PyResult<&'a AsyncGenAwaitable> {
    a.pos
        .first()
        .and_then(awaitable_of)
        .ok_or_else(|| vm.type_error("expected an async generator awaitable"))
}

/// Register the async generator's methods and its awaitable type.
pub fn init() {
    let t = &types().async_generator;
    add_method(t, "__aiter__", |_, a| Ok(a.pos[0].clone()));
    add_method(t, "__anext__", |_, a| {
        Ok(new_awaitable(&a.pos[0], Start::Send(Value::None)))
    });
    add_method(t, "asend", |_, a| {
        Ok(new_awaitable(
            &a.pos[0],
            Start::Send(a.pos.get(1).cloned().unwrap_or_default()),
        ))
    });
    add_method(t, "athrow", |_, a| {
        Ok(new_awaitable(
            &a.pos[0],
            Start::Throw(a.pos.get(1).cloned().unwrap_or_default()),
        ))
    });
    add_method(t, "aclose", |_, a| {
        Ok(new_awaitable(&a.pos[0], Start::Close))
    });
    let w = awaitable_type();
    add_method(w, "__await__", |_, a| Ok(a.pos[0].clone()));
    add_method(w, "__iter__", |_, a| Ok(a.pos[0].clone()));
    add_method(w, "__next__", |vm, a| {
        let aw = aw_arg(vm, &a)?;
        vm.agen_step(aw, Ok(Value::None))
    });
    add_method(w, "send", |vm, a| {
        let aw = aw_arg(vm, &a)?;
        vm.agen_step(aw, Ok(a.pos.get(1).cloned().unwrap_or_default()))
    });
    add_method(w, "throw", |vm, a| {
        let aw = aw_arg(vm, &a)?;
        let e = vm.exception_instance(a.pos.get(1).cloned().unwrap_or_default())?;
        vm.agen_step(aw, Err(e))
    });
    add_method(w, "close", |_, _| Ok(Value::None));
}
