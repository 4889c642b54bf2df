//! Core built-in functions of the `builtins` module: output, introspection, attribute and
//! iteration helpers, and the namespace functions (`globals`, `locals`, `vars`, `dir`,
//! `eval`, `exec`, `compile`, `__import__`). Numeric ones live in `numeric_fns.rs`, iteration ones in `iter_fns.rs`.

use crate::object::ObjRef;

use super::{native, native_with_frame};
use crate::compiler::Mode;
use crate::object::Payload;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use crate::objects::types::{as_type, is_subclass, type_name_of, type_of, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn register(d: &Dict) {
    let set = |name: &'static str, f| d.set_str(intern(name), native(name, f));
    set("print", print);
    set("len", |vm, a| {
        let v = one(vm, &a, "len")?;
        vm.len(v).map(Value::from)
    });
    set("repr", |vm, a| {
        let v = one(vm, &a, "repr")?;
        vm.repr(v)
    });
    set("ascii", |vm, a| {
        let v = one(vm, &a, "ascii")?;
        vm.ascii(v)
    });
    set("isinstance", |vm, a| {
        check_n(vm, &a, 2, "isinstance")?;
        isinstance(vm, &a.pos[0], &a.pos[1]).map(Value::Bool)
    });
    set("issubclass", |vm, a| {
        check_n(vm, &a, 2, "issubclass")?;
        issubclass(vm, &a.pos[0], &a.pos[1]).map(Value::Bool)
    });
    set("iter", |vm, a| match a.pos.len() {
        1 => vm.iter(&a.pos[0]),
        2 => Ok(Value::obj(Payload::Iter(
            crate::objects::iter::IterState::Callable {
                func: a.pos[0].clone(),
                sentinel: a.pos[1].clone(),
                done: std::sync::atomic::AtomicBool::new(false),
            },
        ))),
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {n}"))),
    });
    set("next", |vm, a| {
        let Some(it) = a.pos.first() else {
            return Err(vm.type_error("next expected at least 1 argument, got 0"));
        };
        if vm.lookup_special(it, "__next__").is_none()
            && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        {
            return Err(vm.type_error(format!("'{}' object is not an iterator", type_name_of(it))));
        }
        if let Some(g) = it
            .as_obj()
            .filter(|o| matches!(o.payload, Payload::Generator(_)) && o.cls.is_none())
        {
            return match vm.gen_send(&g.clone(), Value::None)? {
                Ok(v) => Ok(v),
                Err(r) => match a.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(r)),
                },
            };
        }
        match vm.next(it)? {
            Some(v) => Ok(v),
            None => match a.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(Value::None)),
            },
        }
    });
    set("hash", |vm, a| {
        let v = one(vm, &a, "hash")?;
        vm.hash(v).map(Value::Int)
    });
    set("id", |vm, a| {
        let v = one(vm, &a, "id")?;
        Ok(Value::Int(v.id()))
    });
    set("getattr", |vm, a| {
        if a.pos.len() < 2 || a.pos.len() > 3 {
            return Err(vm.type_error(format!(
                "getattr expected 2 or 3 arguments, got {}",
                a.pos.len()
            )));
        }
        let name = attr_name(vm, &a.pos[1], "getattr")?;
        match vm.getattr(&a.pos[0], &name) {
            Ok(v) => Ok(v),
            Err(e) if a.pos.len() == 3 && vm.exc_matches(&e, "AttributeError") => {
                Ok(a.pos[2].clone())
            }
            Err(e) => Err(e),
        }
    });
    set("setattr", |vm, a| {
        check_n(vm, &a, 3, "setattr")?;
        let name = attr_name(vm, &a.pos[1], "setattr")?;
        vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
        Ok(Value::None)
    });
    set("delattr", |vm, a| {
        check_n(vm, &a, 2, "delattr")?;
        let name = attr_name(vm, &a.pos[1], "delattr")?;
        vm.delattr(&a.pos[0], &name)?;
        Ok(Value::None)
    });
    set("hasattr", |vm, a| {
        check_n(vm, &a, 2, "hasattr")?;
        let name = attr_name(vm, &a.pos[1], "hasattr")?;
        match vm.getattr(&a.pos[0], &name) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(e) if vm.exc_matches(&e, "AttributeError") => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    });
    set("callable", |vm, a| {
        let v = one(vm, &a, "callable")?;
        Ok(Value::Bool(is_callable(vm, v)))
    });
    set("format", |vm, a| {
        let v = a.pos.first().cloned().unwrap_or_default();
        let spec = match a.pos.get(1) {
            Some(s) => s
                .as_str()
                .ok_or_else(|| vm.type_error("format() argument 2 must be str"))?
                .to_string(),
            None => String::new(),
        };
        vm.format(&v, &spec)
    });
    let setf = |name: &'static str, f| d.set_str(intern(name), native_with_frame(name, f));
    setf("globals", |vm, _| {
        Ok(vm
            .caller
            .as_ref()
            .map_or(Value::None, |c| Value::Obj(c.globals.clone())))
    });
    setf("locals", |vm, _| {
        Ok(vm.caller.as_ref().map_or(Value::None, |c| c.locals.clone()))
    });
    setf("vars", |vm, a| match a.pos.first() {
        None => Ok(vm.caller.as_ref().map_or(Value::None, |c| c.locals.clone())),
        Some(v) => match v.as_obj().and_then(|o| o.dict.clone()) {
            Some(d) => Ok(Value::Obj(d)),
            None => match v.payload() {
                Some(Payload::Module(m)) => Ok(Value::Obj(m.dict.clone())),
                Some(Payload::Type(t)) => Ok(Value::obj(Payload::Dict(Box::new(t.dict.copy())))),
                _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            },
        },
    });
    setf("dir", |vm, a| match a.pos.first() {
        Some(v) => {
            if let Some(r) = vm.call_special(v, "__dir__", &[])? {
                let mut items = vm.collect(&r)?;
                sort_strs(&mut items);
                return Ok(Value::list(items));
            }
            dir_of(vm, v)
        }
        None => {
            let loc = vm
                .caller
                .as_ref()
                .map(|c| c.locals.clone())
                .unwrap_or_default();
            let mut keys = match loc.payload() {
                Some(Payload::Dict(d)) => d.keys(),
                _ => vec![],
            };
            sort_strs(&mut keys);
            Ok(Value::list(keys))
        }
    });
    setf("eval", |vm, a| eval_exec(vm, a, Mode::Eval));
    setf("exec", |vm, a| eval_exec(vm, a, Mode::Exec));
    set("compile", compile);
    set("open", crate::stdlib::io::open_builtin);
    set("input", crate::stdlib::io::input_builtin);
    setf("__import__", |vm, a| {
        let name = a.get(0, "name").cloned().unwrap_or_default();
        let fromlist = a.get(3, "fromlist").cloned().unwrap_or(Value::None);
        let level = a.get(4, "level").cloned().unwrap_or(Value::Int(0));
        let globals = match a.get(1, "globals").and_then(|g| g.as_obj().cloned()) {
            Some(g) if matches!(g.payload, Payload::Dict(_)) => g,
            _ => match vm.caller.as_ref() {
                Some(c) => c.globals.clone(),
                None => return Err(vm.runtime_error("__import__ without globals")),
            },
        };
        vm.import_name(&name, &fromlist, &level, &globals)
    });
    super::numeric_fns::register(d);
    super::iter_fns::register(d);
}

/// Exactly one positional argument.
/// Borrowed, not cloned: `len(x)` and `ord(c)` then cost no reference-count traffic.
pub fn one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if a.pos.len() != 1 || a.has_kw() {
        if a.has_kw() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(&a.pos[0])
}

pub fn check_n(vm: &Vm, a: &Args<'_>, n: usize, name: &str) -> PyResult<()> {
    if a.pos.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    Ok(())
}

fn attr_name(vm: &Vm, v: &Value, _func: &str) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => Ok(intern(s)),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(v)
        ))),
    }
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::BoundMethod { .. }
            | Payload::Type(_),
        ) => true,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }
}

fn print(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let sep = match a.kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    type_name_of(s)
                ))
            })?
            .to_string(),
    };
    let end = match a.kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "end must be None or a string, not {}",
                    type_name_of(s)
                ))
            })?
            .to_string(),
    };
    for k in a.kwnames {
        if !matches!(k.as_str(), Some("sep" | "end" | "file" | "flush")) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for print()",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    let flush = match a.kw("flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let file = match a.kw("file") {
        Some(f) if !f.is_none() => f.clone(),
        _ => match crate::objects::module::module_dict(&vm.interp.sys)
            .and_then(|d| d.get_str("stdout"))
        {
            Some(o) => o,
            None => return Ok(Value::None),
        },
    };
    if let Some(stream) = crate::stdlib::sys::std_stream(&file) {
        // The real stdout/stderr: build the line once.
        let mut out = String::new();
        for (i, v) in a.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match v.as_str() {
                Some(s) if v.as_obj().is_some_and(|o| o.cls.is_none()) => out.push_str(s),
                _ => out.push_str(&vm.str_string(v)?),
            }
        }
        out.push_str(&end);
        stream.write(&out);
        if flush {
            stream.flush();
        }
        return Ok(Value::None);
    }
    // A user file object sees each piece as CPython writes it.
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            vm.call_method(&file, "write", &[Value::str(sep.clone())])?;
        }
        let s = vm.to_str(v)?;
        vm.call_method(&file, "write", &[s])?;
    }
    vm.call_method(&file, "write", &[Value::str(end)])?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

/// `isinstance(v, cls)` with tuples and `__instancecheck__`.
pub fn isinstance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Type(_) => {
                if is_subclass(type_of(v), c) {
                    return Ok(true);
                }
                let meta = type_of(cls);
                if !ObjRef::ptr_eq(meta, &types().type_) {
                    if let Some(chk) =
                        crate::objects::types::TypeData::lookup_in_mro(meta, "__instancecheck__")
                    {
                        if matches!(chk.payload(), Some(Payload::Function(_))) {
                            let r = vm.call(&chk, &[cls.clone(), v.clone()])?;
                            return vm.truthy(&r);
                        }
                    }
                }
                Ok(false)
            }
            Payload::Tuple(items) => {
                for c in items.iter() {
                    if isinstance(vm, v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match check_hook(vm, cls, "__instancecheck__", v)? {
                Some(r) => Ok(r),
                None => Err(bad_cls(vm, "isinstance")),
            },
        },
        _ => Err(bad_cls(vm, "isinstance")),
    }
}

/// `isinstance`/`issubclass` against an object that is not a class (a `types.UnionType`, an
/// object whose class defines the check): the hook of its class decides.
fn check_hook(vm: &mut Vm, cls: &Value, hook: &str, v: &Value) -> PyResult<Option<bool>> {
    let meta = type_of(cls).clone();
    match vm.type_lookup_str(&meta, hook) {
        Some(chk) if matches!(chk.payload(), Some(Payload::Function(_))) => {
            let r = vm.call(&chk, &[cls.clone(), v.clone()])?;
            Ok(Some(vm.truthy(&r)?))
        }
        _ => Ok(None),
    }
}

fn bad_cls(vm: &Vm, f: &str) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{f}() arg 2 must be a type, a tuple of types, or a union"
    ))
}

pub fn issubclass(vm: &mut Vm, a: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(Payload::Type(_)) = cls.payload() {
        let meta = type_of(cls).clone();
        if !ObjRef::ptr_eq(&meta, &types().type_) {
            if let Some(chk) = vm.type_lookup_str(&meta, "__subclasscheck__") {
                if matches!(chk.payload(), Some(Payload::Function(_))) {
                    let r = vm.call(&chk, &[cls.clone(), a.clone()])?;
                    return vm.truthy(&r);
                }
            }
        }
    }
    let Some(ao) = a.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match cls.payload() {
        Some(Payload::Type(_)) => Ok(is_subclass(ao, cls.as_obj().unwrap_or(ao))),
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if issubclass(vm, a, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match check_hook(vm, cls, "__subclasscheck__", a)? {
            Some(r) => Ok(r),
            None => Err(bad_cls(vm, "issubclass")),
        },
    }
}

fn sort_strs(items: &mut [Value]) {
    items.sort_by(|x, y| x.as_str().unwrap_or("").cmp(y.as_str().unwrap_or("")));
}

/// `object.__dir__`: instance dict keys plus the class's attributes, sorted.
pub fn dir_of(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |k: Value| {
        if let Some(s) = k.as_str() {
            if seen.insert(s.to_string()) {
                names.push(k);
            }
        }
    };
    match v.payload() {
        Some(Payload::Module(m)) => m.dict().keys().into_iter().for_each(&mut add),
        Some(Payload::Type(_)) => {
            if let Some(o) = v.as_obj() {
                for c in crate::objects::types::mro_with_self(o) {
                    if let Some(t) = as_type(&c) {
                        t.dict.keys().into_iter().for_each(&mut add);
                    }
                }
            }
        }
        _ => {
            if let Some(d) = v.as_obj().and_then(|o| o.instance_dict()) {
                d.keys().into_iter().for_each(&mut add);
            }
            for c in crate::objects::types::mro_with_self(type_of(v)) {
                if let Some(t) = as_type(&c) {
                    t.dict.keys().into_iter().for_each(&mut add);
                }
            }
        }
    }
    sort_strs(&mut names);
    Ok(Value::list(names))
}

fn eval_exec(vm: &mut Vm, a: Args<'_>, mode: Mode) -> PyResult<Value> {
    let fname = if mode == Mode::Eval { "eval" } else { "exec" };
    let caller = vm.caller.take();
    let Some(src) = a.pos.first() else {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    };
    let globals = match a.get(1, "globals") {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        Some(Value::None) | None => match &caller {
            Some(c) => c.globals.clone(),
            None => return Err(vm.runtime_error("no frame")),
        },
        Some(g) => {
            return Err(vm.type_error(format!(
                "{fname}() globals must be a dict, not {}",
                type_name_of(g)
            )))
        }
    };
    let locals = match a.get(2, "locals") {
        Some(Value::Obj(l)) => Some(l.clone()),
        Some(Value::None) | None => match (&caller, a.get(1, "globals")) {
            (Some(c), None | Some(Value::None)) => c.locals.as_obj().cloned(),
            _ => Some(globals.clone()),
        },
        Some(_) => None,
    };
    let dict = crate::vm::dict_of(&globals);
    if dict.get_str("__builtins__").is_none() {
        dict.set_str(intern("__builtins__"), vm.interp.builtins.clone());
    }
    let code = match src.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(_) | Payload::Bytes(_)) => {
            let text = source_text(vm, src, "<string>")?;
            let text = if mode == Mode::Eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            vm.compile_source(&text, "<string>", mode)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            )))
        }
    };
    let r = vm.run_code(code, globals, locals)?;
    Ok(if mode == Mode::Eval { r } else { Value::None })
}

fn compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let src = a.get(0, "source").cloned().unwrap_or_default();
    let filename = a
        .get(1, "filename")
        .and_then(|f| f.as_str().map(|s| s.to_string()))
        .unwrap_or_else(|| "<string>".into());
    let mode = match a.get(2, "mode").and_then(|m| m.as_str()) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Interactive,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = source_text(vm, &src, &filename)?;
    let code = vm.compile_source(&text, &filename, mode)?;
    Ok(Value::obj(Payload::Code(code)))
}

/// The text of a source argument (str, or bytes decoded as a source file), rejecting null
/// bytes as CPython does.
fn source_text(vm: &mut Vm, src: &Value, filename: &str) -> PyResult<String> {
    let text = match src.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => match crate::grammar::decode_source(b) {
            Ok(t) => t,
            Err(e) => return Err(vm.syntax_error(&e, filename, "")),
        },
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    if text.contains('\0') {
        return Err(vm.plain_syntax_error("source code string cannot contain null bytes"));
    }
    Ok(text)
}
