//! Compiling source into code objects, and the import system.
//!
//! Lookup order (DESIGN §6): `sys.modules`, native modules, frozen modules written in the
//! language, then `.py` files and packages on `sys.path` (the script's folder first). A module
//! is placed in `sys.modules` before its body runs (so circular imports see the partial
//! module) and removed again if the body raises.

use super::code::PyCode;
use super::{dict_of, PyErr, PyResult, Vm};
use crate::compiler::{self, Mode};
use crate::grammar;
use crate::grammar::ast::ParseError;
use crate::object::{ObjRef, Payload};
use crate::objects::exception::{new_exception, set_exc_attr};
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::value::Value;
use std::sync::Arc;

impl Vm {
    /// Turn a parse/compile error into a `SyntaxError` (or subclass) exception.
    pub fn syntax_error(&self, e: &ParseError, filename: &str, source: &str) -> PyErr {
        let text = source
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .map(|l| format!("{l}\n"));
        let cls = types().exc(e.kind.name());
        let details = Value::tuple(vec![
            Value::str(filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            text.clone().map_or(Value::None, Value::str),
        ]);
        let exc = new_exception(cls, vec![Value::str(e.msg.clone()), details]);
        set_exc_attr(&exc, "msg", Value::str(e.msg.clone()));
        set_exc_attr(&exc, "filename", Value::str(filename));
        set_exc_attr(&exc, "lineno", Value::Int(e.line as i64));
        set_exc_attr(&exc, "offset", Value::Int(e.col as i64));
        set_exc_attr(&exc, "text", text.map_or(Value::None, Value::str));
        set_exc_attr(
            &exc,
            "end_offset",
            e.end_col.map_or(Value::None, |c| Value::Int(c as i64)),
        );
        set_exc_attr(&exc, "print_file_and_line", Value::None);
        PyErr(exc)
    }

    /// Parse and compile `source` into a runtime code object.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Arc<PyCode>> {
        self.interp
            .sources
            .lock()
            .insert(filename.to_string(), Arc::from(source));
        let code = match mode {
            Mode::Eval => grammar::parse_expression(source)
                .and_then(|e| compiler::compile(compiler::Source::Expr(&e), filename, mode)),
            Mode::Exec | Mode::Interactive => {
                let m = if mode == Mode::Interactive {
                    grammar::parse_interactive(source)
                } else {
                    grammar::parse_module(source)
                };
                m.and_then(|m| compiler::compile(compiler::Source::Module(&m), filename, mode))
            }
        };
        match code {
            Ok(c) => Ok(PyCode::new(Arc::new(c))),
            Err(e) => Err(self.syntax_error(&e, filename, source)),
        }
    }

    /// Run `source` as module `name` with `module` as its namespace.
    pub fn exec_module_source(
        &mut self,
        module: &Value,
        source: &str,
        filename: &str,
    ) -> PyResult<()> {
        let code = self.compile_source(source, filename, Mode::Exec)?;
        let Some(Payload::Module(m)) = module.payload() else {
            return Err(self.type_error("not a module"));
        };
        let globals = m.dict.clone();
        self.run_code(code, globals, None)?;
        Ok(())
    }

    /// The ImportName opcode: `__import__(name, globals, None, fromlist, level)`.
    pub fn import_name(
        &mut self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
        globals: &ObjRef,
    ) -> PyResult<Value> {
        // A replaced `builtins.__import__` is honoured by the import statement too.
        if let Some(imp) = self.interp.builtins_dict().get_str("__import__") {
            let ours = matches!(imp.payload(), Some(Payload::NativeFunction(nf)) if nf.name == "__import__");
            if !ours {
                let args = [
                    name.clone(),
                    Value::Obj(globals.clone()),
                    Value::None,
                    fromlist.clone(),
                    level.clone(),
                ];
                return self.call(&imp, &args);
            }
        }
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let full = if level > 0 {
            self.resolve_relative(&name, level, globals)?
        } else {
            name.clone()
        };
        let module = self.import_module(&full)?;
        let has_fromlist = match fromlist.payload() {
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.lock().is_empty(),
            _ => !fromlist.is_none(),
        };
        if has_fromlist || !full.contains('.') {
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or(&full).to_string();
        self.import_module(&top)
    }

    fn resolve_relative(&mut self, name: &str, level: usize, globals: &ObjRef) -> PyResult<String> {
        let g = dict_of(globals);
        let package = match g.get_str("__package__") {
            Some(p) if p.as_str().is_some_and(|s| !s.is_empty()) => {
                p.as_str().unwrap_or("").to_string()
            }
            _ => {
                let modname = g
                    .get_str("__name__")
                    .and_then(|n| n.as_str().map(|s| s.to_string()))
                    .unwrap_or_default();
                if g.get_str("__path__").is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Import `fullname` (a dotted name), importing parents first; returns the module.
    pub fn import_module(&mut self, fullname: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.modules_dict().get_str(fullname) {
            if !m.is_none() {
                return Ok(m);
            }
        }
        let mut parent: Option<Value> = None;
        let mut prefix = String::new();
        let mut result = Value::None;
        for part in fullname.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = match self.interp.modules_dict().get_str(&prefix) {
                Some(m) if !m.is_none() => m,
                _ => {
                    let m = self.load_module(&prefix, parent.as_ref())?;
                    if let Some(p) = &parent {
                        if let Some(d) = module_dict(p) {
                            d.set_str(intern(part), m.clone());
                        }
                    }
                    m
                }
            };
            parent = Some(m.clone());
            result = m;
        }
        Ok(result)
    }

    fn load_module(&mut self, fullname: &str, parent: Option<&Value>) -> PyResult<Value> {
        if let Some(init) = crate::stdlib::native_module(fullname) {
            let m = init(self)?;
            if let Some(d) = module_dict(&m) {
                super::immortal::native_namespace(d);
            }
            super::immortal::native_definition(&m);
            self.interp
                .modules_dict()
                .set_str(Value::str(fullname), m.clone());
            return Ok(m);
        }
        if let Some(src) = crate::stdlib::frozen_source(fullname) {
            let filename = format!("<frozen {fullname}>");
            return self.run_new_module(fullname, src, &filename, None);
        }
        let short = fullname.rsplit('.').next().unwrap_or(fullname);
        let search: Vec<String> = match parent {
            Some(p) => match module_dict(p).and_then(|d| d.get_str("__path__")) {
                Some(path) => self
                    .collect(&path)?
                    .iter()
                    .filter_map(|v| v.as_str().map(|s| s.to_string()))
                    .collect(),
                None => {
                    return Err(self.module_not_found(fullname, Some(parent_name(fullname))));
                }
            },
            None => self.sys_path()?,
        };
        for dir in search {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg_init = format!("{base}/{short}/__init__.py");
            if std::path::Path::new(&pkg_init).is_file() {
                let src = self.read_source(&pkg_init)?;
                let pkg_dir = format!("{base}/{short}");
                return self.run_new_module(fullname, &src, &pkg_init, Some(pkg_dir));
            }
            let file = format!("{base}/{short}.py");
            if std::path::Path::new(&file).is_file() {
                let src = self.read_source(&file)?;
                return self.run_new_module(fullname, &src, &file, None);
            }
        }
        Err(self.module_not_found(fullname, None))
    }

    fn module_not_found(&self, fullname: &str, parent: Option<&str>) -> PyErr {
        let msg = match parent {
            Some(p) => format!("No module named '{fullname}'; '{p}' is not a package"),
            None => format!("No module named '{fullname}'"),
        };
        let e = self.new_error("ModuleNotFoundError", msg);
        set_exc_attr(&e.0, "name", Value::str(fullname));
        e
    }

    fn read_source(&mut self, path: &str) -> PyResult<String> {
        let bytes = std::fs::read(path).map_err(|e| self.io_error(&e, Some(path)))?;
        grammar::decode_source(&bytes).map_err(|e| self.syntax_error(&e, path, ""))
    }

    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let path = module_dict(&self.interp.sys).and_then(|d| d.get_str("path"));
        match path {
            Some(p) => Ok(self
                .collect(&p)?
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.to_string()))
                .collect()),
            None => Ok(vec![]),
        }
    }

    fn run_new_module(
        &mut self,
        fullname: &str,
        src: &str,
        filename: &str,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let m = new_module(fullname);
        if let Some(d) = module_dict(&m) {
            d.set_str(intern("__file__"), Value::str(filename));
            d.set_str(intern("__builtins__"), self.interp.builtins.clone());
            match &pkg_dir {
                Some(dir) => {
                    d.set_str(
                        intern("__path__"),
                        Value::list(vec![Value::str(dir.clone())]),
                    );
                    d.set_str(intern("__package__"), Value::str(fullname));
                }
                None => {
                    let pkg = fullname.rsplit_once('.').map_or("", |(p, _)| p);
                    d.set_str(intern("__package__"), Value::str(pkg));
                }
            }
        }
        let key = Value::str(fullname);
        // Imported modules live in sys.modules for good: every `mod.name` in a hot loop
        // would otherwise bounce the module's count (and could not be cached).
        super::immortal::native_definition(&m);
        self.interp.modules_dict().set_str(key, m.clone());
        if let Err(e) = self.exec_module_source(&m, src, filename) {
            self.interp.modules_dict().remove_str(fullname);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.interp.modules_dict().get_str(fullname).unwrap_or(m))
    }

    /// The ImportFrom opcode.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(&e, "AttributeError") => {
                let n = name.as_str().unwrap_or("");
                let modname = module_dict(module)
                    .and_then(|d| d.get_str("__name__"))
                    .and_then(|v| v.as_str().map(|s| s.to_string()))
                    .unwrap_or_default();
                let sub = format!("{modname}.{n}");
                if module_dict(module)
                    .and_then(|d| d.get_str("__path__"))
                    .is_some()
                {
                    if let Ok(m) = self.import_module(&sub) {
                        return Ok(m);
                    }
                }
                let loc = module_dict(module)
                    .and_then(|d| d.get_str("__file__"))
                    .and_then(|v| v.as_str().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown location".to_string());
                let err = self.new_error(
                    "ImportError",
                    format!("cannot import name '{n}' from '{modname}' ({loc})"),
                );
                set_exc_attr(&err.0, "name", Value::str(modname));
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// The ImportStar opcode: copy public names into `target` (a dict object).
    pub fn import_star(&mut self, module: &Value, target: &ObjRef) -> PyResult<()> {
        let Some(src) = module_dict(module) else {
            return Err(self.type_error("import * from a non-module"));
        };
        let t = dict_of(target);
        match src.get_str("__all__") {
            Some(all) => {
                for n in self.collect(&all)? {
                    let v = self.getattr(module, &n)?;
                    t.set_str(n, v);
                }
            }
            None => {
                for (k, v) in src.items() {
                    if k.as_str().is_some_and(|s| !s.starts_with('_')) {
                        t.set_str(k, v);
                    }
                }
            }
        }
        Ok(())
    }
}

fn parent_name(fullname: &str) -> &str {
    fullname.rsplit_once('.').map_or(fullname, |(p, _)| p)
}
