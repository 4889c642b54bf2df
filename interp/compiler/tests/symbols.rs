//! Symbol-table tests: our classification of every name in every scope must equal CPython's
//! (`symtable` module), on targeted snippets and (in `corpus.rs`) on real files.

use std::fmt::Write;
use std::io::Write as _;
use std::process::{Command, Stdio};

use super::super::symtable::{ScopeKind, SymScope, SymbolTable};
use super::super::symvisit::{build, ModuleOrExpr};
use super::pyast;

/// Prints each scope as `kind name: sym=SCOPE ...` (sorted), children depth-first.
const PY_SYMTABLE: &str = r#"
import symtable, sys
NAMES = {1: "Local", 2: "GlobalExplicit", 3: "GlobalImplicit", 4: "Free", 5: "Cell"}
def walk(t, out):
    syms = []
    for s in t.get_symbols():
        sc = s._Symbol__scope
        syms.append("%s=%s" % (s.get_name(), NAMES.get(sc, "None")))
    out.append("%s %s: %s" % (t.get_type(), t.get_name(), " ".join(sorted(syms))))
    for c in t.get_children():
        walk(c, out)
out = []
walk(symtable.symtable(sys.stdin.read(), "<test>", "exec"), out)
print("\n".join(out))
"#;

fn python_symbols(src: &str) -> Option<String> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(PY_SYMTABLE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}

pub fn our_symbols(table: &SymbolTable) -> String {
    let mut out = Vec::new();
    walk(table, 0, &mut out);
    out.join("\n")
}

fn walk(table: &SymbolTable, id: usize, out: &mut Vec<String>) {
    let s = &table.scopes[id];
    let kind = match s.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        _ => "function",
    };
    let mut syms: Vec<String> = s
        .symbols
        .iter()
        .map(|(n, sym)| {
            let sc = match sym.scope {
                SymScope::Local => "Local",
                SymScope::GlobalExplicit => "GlobalExplicit",
                SymScope::GlobalImplicit => "GlobalImplicit",
                SymScope::Free => "Free",
                SymScope::Cell => "Cell",
            };
            format!("{n}={sc}")
        })
        .collect();
    syms.sort();
    let mut line = String::new();
    let _ = write!(line, "{kind} {}: {}", s.name, syms.join(" "));
    out.push(line);
    for &c in &s.children {
        walk(table, c, out);
    }
}

/// Compare with CPython; `false` (nothing checked) without python3.
pub fn check_symbols(src: &str) -> bool {
    let Some(Ok(module)) = pyast::parse(src) else {
        return false;
    };
    let Some(expected) = python_symbols(src) else {
        return false;
    };
    let table = build(ModuleOrExpr::Module(&module)).expect("symtable error");
    let ours = our_symbols(&table);
    if let Err(diff) = same_modulo_annotations(&ours, &expected) {
        panic!("symbol tables differ ({diff}) for:\n{src}");
    }
    true
}

/// Equal, except that names CPython sees only in function annotations (which we never
/// evaluate) may be missing from ours as implicit globals.
fn same_modulo_annotations(ours: &str, expected: &str) -> Result<(), String> {
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), expected.lines().collect());
    if a.len() != b.len() {
        return Err(format!("{} scopes vs {}", a.len(), b.len()));
    }
    for (x, y) in a.iter().zip(&b) {
        let (hx, sx) = x.split_once(':').unwrap_or((x, ""));
        let (hy, sy) = y.split_once(':').unwrap_or((y, ""));
        if hx != hy {
            return Err(format!("scope {hx} vs {hy}"));
        }
        let ours: std::collections::HashSet<&str> = sx.split_whitespace().collect();
        let theirs: std::collections::HashSet<&str> = sy.split_whitespace().collect();
        if let Some(extra) = ours.difference(&theirs).next() {
            return Err(format!("{hx}: {extra} not in CPython's"));
        }
        for missing in theirs.difference(&ours) {
            if !missing.ends_with("=GlobalImplicit") {
                return Err(format!("{hx}: missing {missing}"));
            }
        }
    }
    Ok(())
}

#[test]
fn locals_globals_frees_cells() {
    check_symbols(
        "x = 1\ndef f(a, b=2, *c, d, **e):\n    y = a\n    def g():\n        return y + x + z\n    return g\n",
    );
}

#[test]
fn explicit_global_and_nonlocal() {
    check_symbols(
        "def f():\n    global g\n    g = 1\n    h = 2\n    def k():\n        nonlocal h\n        h = 3\n    return k\n",
    );
}

#[test]
fn class_scope_is_invisible_to_methods() {
    check_symbols(
        "def outer():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n            return x\n    return C\n",
    );
    check_symbols("class C:\n    a = 1\n    def f(self):\n        return a\n");
}

#[test]
fn class_free_variable_used_in_body() {
    check_symbols("def f():\n    v = 1\n    class C:\n        w = v\n    return C\n");
}

#[test]
fn super_and_dunder_class() {
    check_symbols(
        "class A:\n    def f(self):\n        return super().f()\n    def g(self):\n        return __class__\n    def h(self):\n        return lambda: super()\n",
    );
}

#[test]
fn comprehensions_are_scopes() {
    check_symbols("def f(xs):\n    return [x * y for x in xs for y in range(x) if x]\n");
    check_symbols(
        "class C:\n    xs = [1]\n    ys = [x for x in xs]\n    zs = {k: v for k, v in xs}\n",
    );
    check_symbols("g = (x for x in range(3))\ns = {a for a in g}\n");
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    check_symbols("def f(xs):\n    if any((n := x) > 1 for x in xs):\n        return n\n");
    check_symbols("[(m := x) for x in range(3)]\n");
    check_symbols("def f():\n    global q\n    [(q := x) for x in range(3)]\n");
}

#[test]
fn parameters_captured_become_cells() {
    check_symbols("def f(a, b):\n    def g():\n        return a\n    return g\n");
    check_symbols("def f(a):\n    return lambda: a\n");
}

#[test]
fn private_names_are_mangled() {
    check_symbols(
        "class C:\n    __x = 1\n    def __m(self, __a):\n        __b = __a\n        return self.__x\n",
    );
}

#[test]
fn imports_and_deletes_bind() {
    check_symbols(
        "def f():\n    import os.path\n    from a import b as c\n    del c\n    return os\n",
    );
}

#[test]
fn nested_free_passes_through() {
    check_symbols(
        "def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n",
    );
    check_symbols(
        "def a():\n    v = 1\n    class B:\n        def c(self):\n            return v\n    return B\n",
    );
}
