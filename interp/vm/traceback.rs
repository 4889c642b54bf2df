//! Printing exceptions as CPython does: the `Traceback (most recent call last):` block, the
//! source line of each entry, chained causes and contexts with CPython's separator lines,
//! the `SyntaxError` layout with a caret, and the final `module.Type: message` line.

use super::{PyErr, Vm};
use crate::object::ObjRef;
use crate::objects::exception::{exc_data, get_exc_attr};
use crate::objects::types::{as_type, is_subclass, type_of, types};
use crate::value::Value;

impl Vm {
    /// Format an uncaught exception with its chain, as `sys.excepthook` prints it.
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(&e.0, &mut out, &mut seen, 0);
        out
    }

    fn format_chain(&mut self, e: &ObjRef, out: &mut String, seen: &mut Vec<usize>, depth: usize) {
        seen.push(ObjRef::as_ptr(e) as usize);
        if depth < 100 {
            if let Some(d) = exc_data(e) {
                let (cause, context, suppress) = {
                    let st = d.state.lock();
                    (st.cause.clone(), st.context.clone(), st.suppress_context)
                };
                if let Some(Value::Obj(c)) = &cause {
                    if !seen.contains(&(ObjRef::as_ptr(c) as usize)) {
                        self.format_chain(c, out, seen, depth + 1);
                        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                    }
                } else if !suppress {
                    if let Some(Value::Obj(c)) = &context {
                        if !seen.contains(&(ObjRef::as_ptr(c) as usize)) {
                            self.format_chain(c, out, seen, depth + 1);
                            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                        }
                    }
                }
            }
        }
        self.format_single(e, out);
    }

    fn format_single(&mut self, e: &ObjRef, out: &mut String) {
        let tb = exc_data(e)
            .map(|d| d.state.lock().traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Entries are recorded innermost first while unwinding.
            let mut last: Option<(String, u32, String)> = None;
            let mut repeats = 0;
            for entry in tb.iter().rev() {
                let raw = &entry.code.raw;
                let line = raw.line_of(entry.pc as usize);
                let key = (raw.filename.clone(), line, raw.name.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    if repeats >= 3 {
                        let n = repeats - 2;
                        out.push_str(&format!(
                            "  [Previous line repeated {} more time{}]\n",
                            n,
                            if n == 1 { "" } else { "s" }
                        ));
                    }
                    repeats = 0;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    raw.filename, line, raw.name
                ));
                if let Some(src) = self.interp.source_line(&raw.filename, line) {
                    let t = src.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                        if let Some(pos) = raw.positions.get(entry.pc as usize) {
                            if let Some(carets) = caret_line(&src, pos) {
                                out.push_str(&carets);
                            }
                        }
                    }
                }
                last = Some(key);
            }
            if repeats >= 3 {
                let n = repeats - 2;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
        }
        let ev = Value::Obj(e.clone());
        let cls = type_of(&ev).clone();
        if is_subclass(&cls, types().exc("SyntaxError")) {
            self.format_syntax_error_body(e, out);
        }
        let name = qualified_type_name(&cls);
        let is_syntax = is_subclass(&cls, types().exc("SyntaxError"));
        let msg = match get_exc_attr(e, "msg").filter(|m| is_syntax && !m.is_none()) {
            Some(m) => self.str_string(&m).unwrap_or_default(),
            None => match self.str_string(&ev) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            },
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }

    fn format_syntax_error_body(&mut self, e: &ObjRef, out: &mut String) {
        let filename = get_exc_attr(e, "filename").and_then(|v| v.as_str().map(|s| s.to_string()));
        let lineno = match get_exc_attr(e, "lineno") {
            Some(Value::Int(i)) => i,
            _ => return,
        };
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            filename.as_deref().unwrap_or("<string>"),
            lineno
        ));
        let text = get_exc_attr(e, "text").and_then(|v| v.as_str().map(|s| s.to_string()));
        if let Some(text) = text {
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            if let Some(Value::Int(off)) = get_exc_attr(e, "offset") {
                // As CPython's display: no caret inside the stripped indentation, a single
                // caret for indentation errors, the highlighted range otherwise.
                if off <= indent as i64 {
                    return;
                }
                let col = (off as usize).saturating_sub(1).saturating_sub(indent);
                let single = is_subclass(
                    crate::objects::types::type_of(&Value::Obj(e.clone())),
                    types().exc("IndentationError"),
                );
                let end = match get_exc_attr(e, "end_offset") {
                    Some(Value::Int(eo)) if eo > off && !single => (eo - off) as usize,
                    _ => 1,
                };
                let width = stripped.chars().count();
                let col = col.min(width);
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(col),
                    "^".repeat(end.max(1))
                ));
            }
        }
    }

    /// Print an uncaught exception to stderr.
    pub fn print_exception(&mut self, e: &PyErr) {
        let text = self.format_exception(e);
        self.write_stderr(&text);
    }

    /// Write to `sys.stderr` (through its `write` method if replaced), else the process's.
    pub fn write_stderr(&mut self, s: &str) {
        let err =
            crate::objects::module::module_dict(&self.interp.sys).and_then(|d| d.get_str("stderr"));
        if let Some(o) = err {
            if self.call_method(&o, "write", &[Value::str(s)]).is_ok() {
                let _ = self.call_method(&o, "flush", &[]);
                return;
            }
        }
        use std::io::Write;
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
}

/// `module.Qualname` for classes of other modules; the bare qualified name for built-ins
/// and classes of `__main__` (as `traceback.format_exception_only` does).
pub fn qualified_type_name(cls: &ObjRef) -> String {
    let Some(t) = as_type(cls) else {
        return "?".into();
    };
    let module = t
        .dict
        .get_str("__module__")
        .and_then(|m| m.as_str().map(|s| s.to_string()));
    match module {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{}", t.qualname.lock()),
        _ => t.qualname.lock().clone(),
    }
}

/// CPython 3.11's PEP 657 marker line under a traceback's source line: `^` under the
/// failing expression (the operator of a binary operation and the subscript of an item
/// access, with `~` under the rest), omitted when the expression spans the whole line.
fn caret_line(line: &str, pos: &crate::bytecode::Position) -> Option<String> {
    if pos.line == 0 || pos.end_line < pos.line {
        return None;
    }
    let chars: Vec<char> = line.trim_end_matches(['\n', '\r']).chars().collect();
    let start = pos.col as usize;
    let end = if pos.end_line > pos.line {
        chars.len()
    } else {
        (pos.end_col as usize).min(chars.len())
    };
    if start >= end {
        return None;
    }
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let content_end = chars.len() - chars.iter().rev().take_while(|c| c.is_whitespace()).count();
    let segment: String = chars[start..end].iter().collect();
    let found = anchors(&segment);
    // A whole-line expression gets markers only when it has an operator or subscript to
    // point at (CPython: `1/0` alone on its line still shows `~^~`).
    if start <= indent && end >= content_end && found.is_none() {
        return None;
    }
    let (left, right) = found.unwrap_or((0, end - start));
    let mut out = String::from("    ");
    out.extend(std::iter::repeat_n(' ', start.saturating_sub(indent)));
    for i in 0..end - start {
        out.push(if (left..right).contains(&i) { '^' } else { '~' });
    }
    out.push('\n');
    Some(out)
}

/// The (start, end) character offsets of the primary part of `segment`: the operator of a
/// binary operation or the `[...]` of a subscript, as CPython 3.11 chooses them. `None`
/// (all `^`) for other expressions.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::grammar::ast::ExprKind;
    let wrapped = format!("(\n{segment}\n)");
    let e = crate::grammar::parse_expression(&wrapped).ok()?;
    let seg: Vec<char> = segment.chars().collect();
    // Spans on the segment's line (line 2 of the wrapped text) are relative to it.
    let col = |sp: &crate::grammar::ast::Span| (sp.line == 2).then_some(sp.col as usize);
    let end_col =
        |sp: &crate::grammar::ast::Span| (sp.end_line == 2).then_some(sp.end_col as usize);
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let from = end_col(&left.span)?;
            let to = col(&right.span)?;
            let i = (from..to).find(|&i| seg.get(i).is_some_and(|c| !c.is_whitespace()))?;
            let two = i + 1 < to && seg.get(i + 1).is_some_and(|c| !c.is_whitespace());
            Some((i, if two { i + 2 } else { i + 1 }))
        }
        ExprKind::Subscript { value, slice } => {
            Some((end_col(&value.span)?, end_col(&slice.span)? + 1))
        }
        _ => None,
    }
}
