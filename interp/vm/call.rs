//! Calling: dispatch on the callee kind, binding arguments to parameters, building frames,
//! and creating function objects.
//!
//! A plain Python call binds positional arguments straight into recycled local slots (no
//! allocation in steady state); keyword binding follows CPython's rules and error messages.
//! Calling a generator or coroutine function builds a heap frame and returns the generator.

use super::code::PyCode;
use super::frame::{Exit, Frame, InlineFrames};
use super::{Args, PyResult, Vm};
use crate::bytecode::flags;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::function::{FuncMeta, Function, NativeImpl};
use crate::objects::types::{type_name_of, type_of};
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::Arc;

impl Vm {
    /// Call with positional arguments only.
    #[inline]
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        if let Value::Obj(o) = f {
            if let Payload::Function(func) = &o.payload {
                return self.call_function(func, Args::new(args));
            }
        }
        self.call_args(f, Args::new(args))
    }

    /// Call with positional and keyword arguments.
    pub fn call_args(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            return Err(self.not_callable(f));
        };
        match &o.payload {
            Payload::Function(func) => self.call_function(func, args),
            Payload::NativeFunction(nf) => {
                // A method of a built-in type called through the class needs its receiver.
                if let (Some(owner), true) = (nf.owner, args.pos.is_empty() && nf.self_.is_none()) {
                    let n = nf.name;
                    return Err(
                        self.type_error(if n.starts_with("__") && n.ends_with("__") {
                            format!("descriptor '{n}' of '{owner}' object needs an argument")
                        } else {
                            format!("unbound method {owner}.{n}() needs an argument")
                        }),
                    );
                }
                if nf.wants_frame && self.caller.is_none() {
                    // Called from native code without a frame: give it the main module's.
                    self.caller = self.main_caller();
                }
                let r = match &nf.imp {
                    NativeImpl::Fn(p) => {
                        if let Some(s) = &nf.self_ {
                            with_prepended(s, args.pos, |v| p(self, Args { pos: v, ..args }))
                        } else {
                            p(self, args)
                        }
                    }
                    NativeImpl::Closure(c) => c(self, args),
                };
                self.caller = None;
                r
            }
            Payload::BoundMethod { func, self_ } => with_prepended(self_, args.pos, |v| {
                self.call_args(func, Args { pos: v, ..args })
            }),
            Payload::Type(_) => self.call_type(o, args),
            _ => {
                let cls = type_of(f).clone();
                match self.type_lookup(&cls, &super::cache::names().call) {
                    Some(call) => with_prepended(f, args.pos, |v| {
                        self.call_args(&call, Args { pos: v, ..args })
                    }),
                    None => Err(self.not_callable(f)),
                }
            }
        }
    }

    fn main_caller(&self) -> Option<super::CallerFrame> {
        let m = self.interp.modules_dict().get_str("__main__")?;
        let d = match m.payload()? {
            Payload::Module(md) => md.dict.clone(),
            _ => return None,
        };
        Some(super::CallerFrame {
            globals: d.clone(),
            locals: Value::Obj(d),
        })
    }

    fn not_callable(&self, f: &Value) -> super::PyErr {
        self.type_error(format!("'{}' object is not callable", type_name_of(f)))
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let pos: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => match self.collect(args) {
                Ok(v) => v,
                Err(e)
                    if self.exc_matches(&e, "TypeError")
                        && self.lookup_special(args, "__iter__").is_none() =>
                {
                    let fname = self.callable_name(f);
                    return Err(self.type_error(format!(
                        "{fname}argument after * must be an iterable, not {}",
                        type_name_of(args)
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let (mut names, mut vals) = (Vec::new(), Vec::new());
        if let Some(kw) = kwargs {
            match kw.payload() {
                Some(Payload::Dict(d)) => {
                    for (k, v) in d.items() {
                        if k.as_str().is_none() {
                            return Err(self.type_error("keywords must be strings"));
                        }
                        names.push(k);
                        vals.push(v);
                    }
                }
                _ => return Err(self.type_error("argument after ** must be a mapping")),
            }
        }
        self.call_args(
            f,
            Args {
                pos: &pos,
                kwnames: &names,
                kwvals: &vals,
            },
        )
    }

    /// `obj.name(*args)` by a Rust string name.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let attr = self.getattr_str(obj, name)?;
        self.call(&attr, args)
    }

    /// Run a Python function.
    pub fn call_function(&mut self, func: &Function, args: Args<'_>) -> PyResult<Value> {
        let code = &func.code;
        if self.depth >= self.recursion_limit() || self.stack_exhausted() {
            return Err(self.recursion_error());
        }
        let mut frame = self.new_frame(func, args)?;
        let fl = code.flags();
        if fl & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            return Ok(super::generator::new_generator(func, frame.into_owned()));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.recycle(frame);
        self.check_finalizers()?;
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error("SystemError", "yield from a plain function")),
        }
    }

    /// Start a call the eval loop runs inline: `callee` is `inlinable` and is called with
    /// the values of the innermost frame's stack from `first` on, which move into the new
    /// frame's locals; the caller's stack is then cut to `keep` values. On error nothing
    /// is pushed (the caller's stack is left to its exception handling).
    #[inline(always)]
    pub(crate) fn push_inline(
        &mut self,
        root: &mut Frame,
        inline: &mut InlineFrames,
        callee: Value,
        first: usize,
        keep: usize,
    ) -> PyResult<()> {
        let Some(Payload::Function(func)) = callee.payload() else {
            return Err(self.new_error("SystemError", "inline call of a non-function"));
        };
        if self.depth >= self.recursion_limit() {
            return Err(self.recursion_error());
        }
        let code = &func.code;
        if inline.len == inline.slots.len() {
            inline.grow(code, &func.globals);
        }
        let (callers, spare) = inline.slots.split_at_mut(inline.len);
        let f = match callers.last_mut() {
            Some(f) => f,
            None => root,
        };
        let nf = &mut spare[0];
        // SAFETY: `nf.callee` keeps the function alive while the frame runs.
        unsafe { nf.rebind(code, &func.globals) };
        nf.stack.reserve(code.raw.stacksize as usize + 1);
        let nargs = f.stack.len() - first;
        let nlocals = code.varnames.len();
        // The retired slot's locals are all empty: only the count may need adjusting.
        if nf.locals.len() != nlocals {
            nf.locals.resize(nlocals, None);
        }
        if nargs == code.simple_argc as usize {
            // Move the arguments, last first, straight into their slots.
            for slot in nf.locals[..nargs].iter_mut().rev() {
                *slot = f.stack.pop();
            }
        } else if let Err(e) = self.bind_args(func, &mut nf.locals, Args::new(&f.stack[first..])) {
            nf.retire();
            return Err(e);
        }
        f.stack.truncate(keep);
        if code.ncells + code.nfree > 0 {
            // The retired slot's cell vector is empty; its capacity is reused.
            fill_cells(func, &mut nf.locals, &mut nf.cells);
        }
        nf.callee = Some(callee);
        inline.len += 1;
        self.depth += 1;
        Ok(())
    }

    /// Retire the innermost inline frame (the bookkeeping `call_function` does after a
    /// call returns or raises).
    #[inline(always)]
    pub(crate) fn pop_inline(&mut self, inline: &mut InlineFrames) {
        inline.len -= 1;
        if let Some(done) = inline.slots.get_mut(inline.len) {
            done.retire();
        }
        self.depth -= 1;
        // Never fails: finalizer errors are reported, not raised.
        let _ = self.check_finalizers();
    }

    #[inline(always)]
    pub(crate) fn recycle(&mut self, mut frame: Frame) {
        let mut s = std::mem::take(&mut frame.stack);
        s.clear();
        self.pool.push(s);
        let mut l = std::mem::take(&mut frame.locals);
        l.clear();
        self.local_pool.push(l);
    }

    /// Build a frame for `func` with its arguments bound.
    #[inline(always)]
    fn new_frame(&mut self, func: &Function, args: Args<'_>) -> PyResult<Frame> {
        let code = &func.code;
        let raw = &code.raw;
        let nlocals = raw.varnames.len();
        let mut locals = self.local_pool.pop().unwrap_or_default();
        locals.resize(nlocals, None);
        let mut stack = self.pool.pop().unwrap_or_default();
        stack.reserve(raw.stacksize as usize + 1);
        if args.kwnames.is_empty() && args.pos.len() == code.simple_argc as usize {
            for (slot, v) in locals.iter_mut().zip(args.pos) {
                *slot = Some(v.clone());
            }
        } else if let Err(e) = self.bind_args(func, &mut locals, args) {
            locals.clear();
            self.local_pool.push(locals);
            self.pool.push(stack);
            return Err(e);
        }
        let mut cells = Vec::new();
        if code.ncells + code.nfree > 0 {
            fill_cells(func, &mut locals, &mut cells);
        }
        // SAFETY: every caller keeps `func` alive while the frame runs (`call_function`,
        // `run_class_body`), and generator frames are made owning before they escape.
        let mut frame = unsafe { Frame::borrowed(code, &func.globals, stack, locals) };
        frame.cells = cells;
        Ok(frame)
    }

    /// General argument binding with CPython's error messages.
    #[inline(never)]
    fn bind_args(
        &mut self,
        func: &Function,
        locals: &mut [Option<Value>],
        args: Args<'_>,
    ) -> PyResult<()> {
        let raw = &func.code.raw;
        let fname = func
            .meta
            .lock()
            .qualname
            .as_str()
            .unwrap_or("?")
            .to_string();
        let argcount = raw.argcount as usize;
        let posonly = raw.posonlyargcount as usize;
        let kwonly = raw.kwonlyargcount as usize;
        let fl = raw.flags;
        let has_varargs = fl & flags::VARARGS != 0;
        let has_varkw = fl & flags::VARKEYWORDS != 0;
        let varargs_slot = argcount + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;

        let npos = args.pos.len();
        for (i, v) in args.pos.iter().take(argcount).enumerate() {
            locals[i] = Some(v.clone());
        }
        if has_varargs {
            let extra = if npos > argcount {
                args.pos[argcount..].to_vec()
            } else {
                vec![]
            };
            locals[varargs_slot] = Some(Value::tuple(extra));
        } else if npos > argcount {
            let defaults_n = func.defaults.lock().as_ref().map_or(0, |d| d.len());
            let given_kw = args
                .kwnames
                .iter()
                .filter(|k| {
                    raw.varnames[..argcount + kwonly]
                        .iter()
                        .any(|n| Some(n.as_str()) == k.as_str())
                })
                .count();
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            let takes = if defaults_n > 0 {
                format!(
                    "from {} to {argcount} positional arguments",
                    argcount - defaults_n
                )
            } else {
                format!("{argcount} positional argument{}", plural(argcount))
            };
            let given = if given_kw > 0 {
                format!(
                    "{npos} positional argument{} (and {given_kw} keyword-only argument{}) were",
                    plural(npos),
                    plural(given_kw)
                )
            } else {
                format!("{npos} {}", if npos == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!("{fname}() takes {takes} but {given} given")));
        }
        let kwdict = if has_varkw { Some(Dict::new()) } else { None };
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            let kname = k.as_str().unwrap_or("");
            let slot = raw.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| n == kname)
                .map(|i| i + posonly);
            match slot {
                Some(s) => {
                    if locals[s].is_some() {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{kname}'"
                        )));
                    }
                    locals[s] = Some(v.clone());
                }
                None => match &kwdict {
                    Some(d) => {
                        if d.get_str(kname).is_some() {
                            return Err(self.type_error(format!(
                                "{fname}() got multiple values for keyword argument '{kname}'"
                            )));
                        }
                        d.set_str(k.clone(), v.clone());
                    }
                    None => {
                        if raw.varnames[..posonly].iter().any(|n| n == kname) {
                            return Err(self.type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{kname}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{kname}'"
                        )));
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            locals[varkw_slot] = Some(Value::obj(Payload::Dict(Box::new(d))));
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.lock().clone();
        let ndef = defaults.as_ref().map_or(0, |d| d.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if locals[i].is_none() {
                if i + ndef >= argcount {
                    if let Some(d) = &defaults {
                        locals[i] = Some(d[i + ndef - argcount].clone());
                        continue;
                    }
                }
                missing.push(raw.varnames[i].clone());
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.lock().clone();
        for (slot, name) in locals[argcount..argcount + kwonly]
            .iter_mut()
            .zip(&raw.varnames[argcount..])
        {
            if slot.is_none() {
                let d = kwdefaults.as_ref().and_then(|kd| {
                    kd.iter()
                        .find(|(k, _)| k.as_str() == Some(name.as_str()))
                        .map(|(_, v)| v.clone())
                });
                match d {
                    Some(v) => *slot = Some(v),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// Create a function object (the MakeFunction opcode).
    pub fn make_function(
        &mut self,
        globals: &ObjRef,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult<Value> {
        let Some(Payload::Code(code)) = code.payload() else {
            return Err(self.new_error("SystemError", "MakeFunction without a code object"));
        };
        let defaults = match defaults.as_ref().and_then(|d| d.payload()) {
            Some(Payload::Tuple(t)) => Some(Arc::from(t.to_vec())),
            _ => None,
        };
        let kwdefaults = match kwdefaults.as_ref().and_then(|d| d.payload()) {
            Some(Payload::Dict(d)) => Some(Arc::from(d.items())),
            _ => None,
        };
        let closure = match closure.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Tuple(t)) => Some(
                t.iter()
                    .filter_map(|c| c.as_obj().cloned())
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            _ => None,
        };
        let module = super::dict_of(globals)
            .get_str("__name__")
            .unwrap_or(Value::None);
        let doc = code
            .raw
            .docstring
            .as_ref()
            .map_or(Value::None, |d| Value::str(d.clone()));
        let func = Function {
            code: code.clone(),
            globals: globals.clone(),
            defaults: Mutex::new(defaults),
            kwdefaults: Mutex::new(kwdefaults),
            closure,
            meta: Mutex::new(FuncMeta {
                name: code.name.clone(),
                qualname: code.qualname.clone(),
                doc,
                module,
            }),
        };
        let mut o = PyObject::new(Payload::Function(Box::new(func)));
        o.dict = Some(ObjRef::new(PyObject::new(Payload::Dict(Box::new(
            Dict::new(),
        )))));
        Ok(Value::Obj(ObjRef::new(o)))
    }

    /// Run a module-level or class-body code object with the given namespaces.
    pub fn run_code(
        &mut self,
        code: Arc<PyCode>,
        globals: ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<Value> {
        if self.depth >= self.recursion_limit() || self.stack_exhausted() {
            return Err(self.recursion_error());
        }
        let mut stack = self.pool.pop().unwrap_or_default();
        stack.reserve(code.raw.stacksize as usize + 1);
        let mut locals_v = self.local_pool.pop().unwrap_or_default();
        locals_v.resize(code.raw.varnames.len(), None);
        let mut frame = Frame::owned(code, globals, stack, locals_v);
        frame.locals_dict = locals;
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.recycle(frame);
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error("SystemError", "yield at module level")),
        }
    }

    /// Run a class body function with `ns` as its locals mapping (for `__build_class__`).
    pub fn run_class_body(&mut self, func: &Function, ns: ObjRef) -> PyResult<Value> {
        if self.depth >= self.recursion_limit() || self.stack_exhausted() {
            return Err(self.recursion_error());
        }
        let mut frame = self.new_frame(func, Args::new(&[]))?;
        frame.locals_dict = Some(ns);
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.recycle(frame);
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error("SystemError", "yield in class body")),
        }
    }
}

/// Run `k` on `first` followed by `rest`, without a heap allocation for a few values
/// (calls that prepend a receiver: bound methods, `__init__`, `__new__`).
#[inline]
pub fn with_prepended<R>(first: &Value, rest: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    const N: usize = 8;
    if rest.len() < N {
        let mut buf: [Value; N] = Default::default();
        buf[0] = first.clone();
        buf[1..=rest.len()].clone_from_slice(rest);
        k(&buf[..=rest.len()])
    } else {
        let mut v = Vec::with_capacity(rest.len() + 1);
        v.push(first.clone());
        v.extend_from_slice(rest);
        k(&v)
    }
}

/// Fill `cells` (empty) with those of a new frame of `func`: fresh cells for its cellvars
/// (initialised from the argument slots they capture, which are emptied), then the
/// function's closure cells.
fn fill_cells(func: &Function, locals: &mut [Option<Value>], cells: &mut Vec<ObjRef>) {
    let code = &func.code;
    cells.reserve(code.ncells + code.nfree);
    for i in 0..code.ncells {
        let init = code
            .raw
            .cell2arg
            .get(i)
            .copied()
            .flatten()
            .and_then(|a| locals.get_mut(a as usize).and_then(|s| s.take()));
        cells.push(ObjRef::new(PyObject::new(Payload::Cell(Mutex::new(init)))));
    }
    if let Some(cl) = &func.closure {
        cells.extend(cl.iter().cloned());
    }
}

/// The function pointer of a built-in function that takes its arguments as they are: no
/// bound receiver, no need for the caller's frame, not a method of a built-in type (whose
/// call through the class checks its receiver). Calling it directly is all `call_args`
/// would do.
#[inline]
pub(crate) fn plain_native(v: &Value) -> Option<crate::objects::function::NativeFnPtr> {
    native_fn(v, false)
}

/// Like `plain_native` for a method of a built-in type, to be called with its receiver
/// as the first argument (which is all the receiver check in `call_args` asks).
#[inline]
pub(crate) fn receiver_native(v: &Value) -> Option<crate::objects::function::NativeFnPtr> {
    native_fn(v, true)
}

#[inline(always)]
fn native_fn(v: &Value, method: bool) -> Option<crate::objects::function::NativeFnPtr> {
    match v.payload() {
        Some(Payload::NativeFunction(nf))
            if nf.self_.is_none() && !nf.wants_frame && nf.owner.is_some() == method =>
        {
            match nf.imp {
                NativeImpl::Fn(p) => Some(p),
                NativeImpl::Closure(_) => None,
            }
        }
        _ => None,
    }
}

/// Whether calling `v` can run inline in the eval loop: a Python function that is not a
/// generator, coroutine or async generator function.
#[inline]
pub(crate) fn inlinable(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(func)) => {
            func.code.flags() & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) == 0
        }
        _ => false,
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
