//! `os.path` (the `posixpath` module): pure path-string operations with CPython's exact
//! results, plus the few that ask the file system (`exists`, `isdir`, `realpath`, ...).
//!
//! Arguments may be `str`, `bytes` or path-like; a result is `bytes` when the arguments
//! were. Mixing the two is a `TypeError`, as in CPython.

use super::util::{bytes_value, set_attr, set_fns};
use crate::object::Payload;
use crate::objects::module::new_module;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::collections::HashMap;

/// A path argument as text, remembering whether it came as bytes.
struct P {
    s: String,
    bytes: bool,
}

impl P {
    fn out(&self, s: String) -> Value {
        if self.bytes {
            bytes_value(s.into_bytes())
        } else {
            Value::str(s)
        }
    }
}

fn arg(vm: &mut Vm, v: &Value) -> PyResult<P> {
    if let Some(s) = v.as_str() {
        return Ok(P {
            s: s.to_string(),
            bytes: false,
        });
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(P {
            s: String::from_utf8_lossy(b).into_owned(),
            bytes: true,
        });
    }
    if let Some(r) = vm.call_special(v, "__fspath__", &[])? {
        if r.as_str().is_some() || matches!(r.payload(), Some(Payload::Bytes(_))) {
            return arg(vm, &r);
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name_of(v),
            type_name_of(&r)
        )));
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name_of(v)
    )))
}

fn one(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<P> {
    match a.pos.first() {
        Some(v) if a.pos.len() == 1 => arg(vm, v),
        _ => Err(vm.type_error(format!(
            "{fname}() takes 1 positional argument but {} were given",
            a.pos.len()
        ))),
    }
}

pub fn make_module() -> Value {
    let m = new_module("posixpath");
    set_fns(
        &m,
        &[
            ("join", join),
            ("split", |vm, a| {
                let p = one(vm, &a, "split")?;
                let (h, t) = split(&p.s);
                Ok(Value::tuple(vec![p.out(h), p.out(t)]))
            }),
            ("basename", |vm, a| {
                let p = one(vm, &a, "basename")?;
                Ok(p.out(split_at_sep(&p.s).1.to_string()))
            }),
            ("dirname", |vm, a| {
                let p = one(vm, &a, "dirname")?;
                Ok(p.out(split(&p.s).0))
            }),
            ("splitext", |vm, a| {
                let p = one(vm, &a, "splitext")?;
                let (r, e) = splitext(&p.s);
                Ok(Value::tuple(vec![
                    p.out(r.to_string()),
                    p.out(e.to_string()),
                ]))
            }),
            ("splitdrive", |vm, a| {
                let p = one(vm, &a, "splitdrive")?;
                Ok(Value::tuple(vec![p.out(String::new()), p.out(p.s.clone())]))
            }),
            ("isabs", |vm, a| {
                Ok(Value::Bool(one(vm, &a, "isabs")?.s.starts_with('/')))
            }),
            ("normpath", |vm, a| {
                let p = one(vm, &a, "normpath")?;
                Ok(p.out(normpath(&p.s)))
            }),
            ("normcase", |vm, a| {
                let p = one(vm, &a, "normcase")?;
                Ok(p.out(p.s.clone()))
            }),
            ("abspath", |vm, a| {
                let p = one(vm, &a, "abspath")?;
                let r = abspath(vm, &p.s)?;
                Ok(p.out(r))
            }),
            ("realpath", realpath),
            ("relpath", relpath),
            ("commonprefix", commonprefix),
            ("commonpath", commonpath),
            ("expanduser", |vm, a| {
                let p = one(vm, &a, "expanduser")?;
                Ok(p.out(expanduser(&p.s)))
            }),
            ("expandvars", |vm, a| {
                let p = one(vm, &a, "expandvars")?;
                Ok(p.out(expandvars(&p.s)))
            }),
            ("exists", |vm, a| {
                test(vm, a, "exists", |m| m.is_some(), true)
            }),
            ("lexists", |vm, a| {
                test(vm, a, "lexists", |m| m.is_some(), false)
            }),
            ("isfile", |vm, a| {
                test(vm, a, "isfile", |m| m.is_some_and(|m| m.is_file()), true)
            }),
            ("isdir", |vm, a| {
                test(vm, a, "isdir", |m| m.is_some_and(|m| m.is_dir()), true)
            }),
            ("islink", |vm, a| {
                test(
                    vm,
                    a,
                    "islink",
                    |m| m.is_some_and(|m| m.file_type().is_symlink()),
                    false,
                )
            }),
            ("ismount", ismount),
            ("getsize", |vm, a| {
                stat_field(vm, a, "getsize", |m| Value::from(m.len() as usize))
            }),
            ("getmtime", |vm, a| {
                stat_field(vm, a, "getmtime", |m| {
                    Value::Float(secs(m.mtime(), m.mtime_nsec()))
                })
            }),
            ("getatime", |vm, a| {
                stat_field(vm, a, "getatime", |m| {
                    Value::Float(secs(m.atime(), m.atime_nsec()))
                })
            }),
            ("getctime", |vm, a| {
                stat_field(vm, a, "getctime", |m| {
                    Value::Float(secs(m.ctime(), m.ctime_nsec()))
                })
            }),
            ("samefile", samefile),
        ],
    );
    for (k, v) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
    ] {
        set_attr(&m, k, Value::str(v));
    }
    set_attr(&m, "defpath", Value::str("/bin:/usr/bin"));
    set_attr(&m, "devnull", Value::str("/dev/null"));
    set_attr(&m, "altsep", Value::None);
    set_attr(&m, "supports_unicode_filenames", Value::Bool(false));
    m
}

use std::os::unix::fs::MetadataExt;

fn secs(s: i64, ns: i64) -> f64 {
    s as f64 + ns as f64 * 1e-9
}

fn join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(first) = a.pos.first() else {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    };
    let first = arg(vm, first)?;
    let mut path = first.s.clone();
    for v in &a.pos[1..] {
        let b = match arg(vm, v) {
            Ok(b) => b,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    type_name_of(v)
                )))
            }
        };
        if b.bytes != first.bytes {
            return Err(vm.type_error("Can't mix strings and bytes in path components"));
        }
        if b.s.starts_with('/') {
            path = b.s;
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&b.s);
        } else {
            path.push('/');
            path.push_str(&b.s);
        }
    }
    Ok(first.out(path))
}

fn split_at_sep(p: &str) -> (&str, &str) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    (&p[..i], &p[i..])
}

pub fn split(p: &str) -> (String, String) {
    let (head, tail) = split_at_sep(p);
    let head = if !head.is_empty() && head.bytes().any(|c| c != b'/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn splitext(p: &str) -> (&str, &str) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > sep {
            let start = (sep + 1) as usize;
            if p[start..dot].bytes().any(|c| c != b'.') {
                return (&p[..dot], &p[dot..]);
            }
        }
    }
    (p, "")
}

pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = if path.starts_with('/') { 1 } else { 0 };
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for c in path.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = "/".repeat(initial) + &comps.join("/");
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn cwd(vm: &mut Vm) -> PyResult<String> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| vm.io_error(&e, None))
}

pub fn abspath(vm: &mut Vm, p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    let base = cwd(vm)?;
    Ok(normpath(&join_two(&base, p)))
}

fn join_two(a: &str, b: &str) -> String {
    if b.starts_with('/') {
        b.to_string()
    } else if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

fn realpath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(v) = a.pos.first().or_else(|| a.kw("path")) else {
        return Err(vm.type_error("realpath() missing 1 required positional argument: 'filename'"));
    };
    let p = arg(vm, v)?;
    let strict = match a.kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut seen = HashMap::new();
    let (path, _) = join_real(vm, String::new(), &p.s, strict, &mut seen)?;
    let r = abspath(vm, &path)?;
    Ok(p.out(r))
}

/// CPython's `_joinrealpath`: resolve `rest` relative to the already-resolved `path`.
fn join_real(
    vm: &mut Vm,
    mut path: String,
    rest: &str,
    strict: bool,
    seen: &mut HashMap<String, Option<String>>,
) -> PyResult<(String, bool)> {
    let mut rest = rest;
    if let Some(r) = rest.strip_prefix('/') {
        rest = r;
        path = "/".to_string();
    }
    while !rest.is_empty() {
        let (name, r) = rest.split_once('/').unwrap_or((rest, ""));
        rest = r;
        if name.is_empty() || name == "." {
            continue;
        }
        if name == ".." {
            if path.is_empty() {
                path = "..".to_string();
            } else {
                let (h, t) = split(&path);
                path = if t == ".." {
                    join_two(&join_two(&h, ".."), "..")
                } else {
                    h
                };
            }
            continue;
        }
        let newpath = join_two(&path, name);
        let is_link = match std::fs::symlink_metadata(&newpath) {
            Ok(m) => m.file_type().is_symlink(),
            Err(e) if strict => return Err(vm.io_error(&e, Some(&newpath))),
            Err(_) => false,
        };
        if !is_link {
            path = newpath;
            continue;
        }
        if let Some(known) = seen.get(&newpath) {
            match known {
                Some(p) => {
                    path = p.clone();
                    continue;
                }
                None => {
                    if strict {
                        if let Err(e) = std::fs::metadata(&newpath) {
                            return Err(vm.io_error(&e, Some(&newpath)));
                        }
                    }
                    return Ok((join_two(&newpath, rest), false));
                }
            }
        }
        seen.insert(newpath.clone(), None);
        let target = std::fs::read_link(&newpath).map_err(|e| vm.io_error(&e, Some(&newpath)))?;
        let (p, ok) = join_real(vm, path, &target.to_string_lossy(), strict, seen)?;
        if !ok {
            return Ok((join_two(&p, rest), false));
        }
        seen.insert(newpath, Some(p.clone()));
        path = p;
    }
    Ok((path, true))
}

fn relpath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(v) = a.pos.first().or_else(|| a.kw("path")) else {
        return Err(vm.type_error("relpath() missing 1 required positional argument: 'path'"));
    };
    let p = arg(vm, v)?;
    if p.s.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let start = match a.pos.get(1).or_else(|| a.kw("start")) {
        Some(s) if !s.is_none() => arg(vm, s)?.s,
        _ => ".".to_string(),
    };
    let sa = abspath(vm, &start)?;
    let pa = abspath(vm, &p.s)?;
    let sl: Vec<&str> = sa.split('/').filter(|x| !x.is_empty()).collect();
    let pl: Vec<&str> = pa.split('/').filter(|x| !x.is_empty()).collect();
    let common = sl.iter().zip(&pl).take_while(|(x, y)| x == y).count();
    let mut rel: Vec<&str> = vec![".."; sl.len() - common];
    rel.extend_from_slice(&pl[common..]);
    if rel.is_empty() {
        return Ok(p.out(".".to_string()));
    }
    Ok(p.out(rel.join("/")))
}

fn commonprefix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(m) = a.pos.first() else {
        return Err(vm.type_error("commonprefix() missing 1 required positional argument: 'm'"));
    };
    let items = vm.collect(m)?;
    if items.is_empty() {
        return Ok(Value::str(""));
    }
    let mut ps = Vec::with_capacity(items.len());
    for it in &items {
        ps.push(arg(vm, it)?);
    }
    let first = &ps[0];
    let mut n = first.s.len();
    for p in &ps[1..] {
        let mismatch = first.s[..n]
            .char_indices()
            .zip(p.s.chars())
            .find(|((_, x), y)| x != y);
        n = match mismatch {
            Some(((i, _), _)) => i,
            None => n.min(p.s.len()),
        };
    }
    let prefix = &first.s[..n];
    Ok(first.out(prefix.to_string()))
}

fn commonpath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(m) = a.pos.first() else {
        return Err(vm.type_error("commonpath() missing 1 required positional argument: 'paths'"));
    };
    let items = vm.collect(m)?;
    if items.is_empty() {
        return Err(vm.value_error("commonpath() arg is an empty sequence"));
    }
    let mut ps = Vec::with_capacity(items.len());
    for it in &items {
        ps.push(arg(vm, it)?);
    }
    let abs = ps[0].s.starts_with('/');
    if ps.iter().any(|p| p.s.starts_with('/') != abs) {
        return Err(vm.value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<&str>> = ps
        .iter()
        .map(|p| {
            p.s.split('/')
                .filter(|c| !c.is_empty() && *c != ".")
                .collect()
        })
        .collect();
    let (lo, hi) = match (split.iter().min(), split.iter().max()) {
        (Some(lo), Some(hi)) => (lo, hi),
        _ => return Ok(ps[0].out(String::new())),
    };
    let n = lo.iter().zip(hi.iter()).take_while(|(x, y)| x == y).count();
    let prefix = if abs { "/" } else { "" };
    Ok(ps[0].out(format!("{prefix}{}", lo[..n].join("/"))))
}

/// The home directory of `user` (or of the current user) from the password database.
fn home_of(user: Option<&str>) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    let uid = super::sys::ids().0.to_string();
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() < 6 {
            return None;
        }
        let hit = match user {
            Some(u) => f[0] == u,
            None => f[2] == uid,
        };
        hit.then(|| f[5].to_string())
    })
}

pub fn expanduser(p: &str) -> String {
    if !p.starts_with('~') {
        return p.to_string();
    }
    let i = p[1..].find('/').map_or(p.len(), |i| i + 1);
    let home = if i == 1 {
        match std::env::var("HOME") {
            Ok(h) => Some(h),
            Err(_) => home_of(None),
        }
    } else {
        home_of(Some(&p[1..i]))
    };
    let Some(home) = home else {
        return p.to_string();
    };
    let home = home.trim_end_matches('/');
    let out = format!("{home}{}", &p[i..]);
    if out.is_empty() {
        "/".to_string()
    } else {
        out
    }
}

/// `$name` and `${name}` from the environment; unknown variables are left alone.
fn expandvars(p: &str) -> String {
    if !p.contains('$') {
        return p.to_string();
    }
    let b = p.as_bytes();
    let mut out = String::with_capacity(p.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            let next = p[i..].find('$').map_or(p.len(), |k| i + k);
            out.push_str(&p[i..next]);
            i = next;
            continue;
        }
        let (name, end) = if b.get(i + 1) == Some(&b'{') {
            match p[i + 2..].find('}') {
                Some(k) => (&p[i + 2..i + 2 + k], i + 3 + k),
                None => ("", i + 1),
            }
        } else {
            let n = p[i + 1..]
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
                .count();
            (&p[i + 1..i + 1 + n], i + 1 + n)
        };
        match (name.is_empty(), std::env::var(name)) {
            (false, Ok(v)) => {
                out.push_str(&v);
                i = end;
            }
            _ => {
                let stop = if name.is_empty() { i + 1 } else { end };
                out.push_str(&p[i..stop]);
                i = stop;
            }
        }
    }
    out
}

/// `exists`/`isfile`/...: false on any error, including unusable arguments.
fn test(
    vm: &mut Vm,
    a: Args<'_>,
    fname: &str,
    f: fn(Option<&std::fs::Metadata>) -> bool,
    follow: bool,
) -> PyResult<Value> {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error(format!(
            "{fname}() missing 1 required positional argument: 'path'"
        )));
    };
    if let Value::Int(fd) = v {
        let m = super::fs::fd_metadata(*fd).ok();
        return Ok(Value::Bool(f(m.as_ref())));
    }
    let p = match arg(vm, v) {
        Ok(p) => p,
        Err(e) if vm.exc_matches(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "stat: path should be string, bytes, os.PathLike or integer, not {}",
                type_name_of(v)
            )))
        }
        Err(e) => return Err(e),
    };
    if p.s.contains('\0') {
        return Ok(Value::Bool(false));
    }
    let m = if follow {
        std::fs::metadata(&p.s)
    } else {
        std::fs::symlink_metadata(&p.s)
    };
    Ok(Value::Bool(f(m.ok().as_ref())))
}

fn stat_field(
    vm: &mut Vm,
    a: Args<'_>,
    fname: &str,
    f: fn(&std::fs::Metadata) -> Value,
) -> PyResult<Value> {
    let p = one(vm, &a, fname)?;
    match std::fs::metadata(&p.s) {
        Ok(m) => Ok(f(&m)),
        Err(e) => Err(vm.io_error(&e, Some(&p.s))),
    }
}

fn ismount(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one(vm, &a, "ismount")?;
    let Ok(m) = std::fs::symlink_metadata(&p.s) else {
        return Ok(Value::Bool(false));
    };
    if m.file_type().is_symlink() {
        return Ok(Value::Bool(false));
    }
    let parent = join_two(&p.s, "..");
    let Ok(pm) = std::fs::symlink_metadata(&parent) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(m.dev() != pm.dev() || m.ino() == pm.ino()))
}

fn samefile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "samefile() takes 2 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let x = arg(vm, &a.pos[0])?;
    let y = arg(vm, &a.pos[1])?;
    let mx = std::fs::metadata(&x.s).map_err(|e| vm.io_error(&e, Some(&x.s)))?;
    let my = std::fs::metadata(&y.s).map_err(|e| vm.io_error(&e, Some(&y.s)))?;
    Ok(Value::Bool(mx.dev() == my.dev() && mx.ino() == my.ino()))
}
