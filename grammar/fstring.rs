//! Adjacent string literal concatenation and f-string parsing (CPython 3.11 rules: the
//! f-string is one token; its replacement fields are found by scanning, and each
//! expression is parsed by a recursive call into the grammar on that slice of the source).
//!
//! What must stay true:
//! - Expression slices are exact byte ranges of the real source (3.11 forbids backslashes
//!   in them), so the sub-parse reports real positions and spans need no fixing.
//! - Recursion is bounded: format specs nest at most two levels (CPython's limit) and
//!   f-strings inside replacement fields are limited by `MAX_FSTRING_NESTING`.
//! - Literal parts are merged, empty ones dropped; `{x=}` becomes `Literal("x=")` then the
//!   value with conversion 'r' unless a conversion or format spec was given.
//! - Errors inside a field get the "f-string: " prefix but real positions (CPython 3.11's
//!   positions there are relative to a temporary string and not reproduced).

use super::actions::{Ctx, Ex};
use super::ast::*;
use super::errors::{fail, Error, LalrError, PResult};
use super::strings::decode_str;
use super::token::{StrTok, StrValue};

const MAX_FSTRING_NESTING: u32 = 8;
const MAX_FIELD_BRACKETS: usize = 200;

/// Builds the expression for one or more adjacent string literals.
pub fn strings(ctx: &Ctx<'_>, toks: Vec<StrTok>, lo: usize, hi: usize) -> PResult<Ex> {
    let n_bytes = toks
        .iter()
        .filter(|t| matches!(t.value, StrValue::Bytes(_)))
        .count();
    if n_bytes > 0 && n_bytes < toks.len() {
        return fail(Error::syntax(
            "cannot mix bytes and nonbytes literals",
            hi,
            Some(hi),
        ));
    }
    if n_bytes > 0 {
        let mut out = Vec::new();
        for t in toks {
            if let StrValue::Bytes(b) = t.value {
                out.extend(b);
            }
        }
        return Ok(ctx.leaf(ExprKind::Constant(Constant::Bytes(out)), lo, hi));
    }
    if !toks
        .iter()
        .any(|t| matches!(t.value, StrValue::FStr { .. }))
    {
        let mut out = String::new();
        for t in toks {
            if let StrValue::Str(s) = t.value {
                if out.is_empty() {
                    out = s;
                } else {
                    out.push_str(&s);
                }
            }
        }
        return Ok(ctx.leaf(ExprKind::Constant(Constant::Str(out)), lo, hi));
    }
    let mut parts = Parts::default();
    for t in toks {
        match t.value {
            StrValue::Str(s) => parts.literal(&s),
            StrValue::Bytes(_) => {}
            StrValue::FStr {
                raw,
                body_start,
                body_end,
            } => {
                let f = FString {
                    ctx,
                    raw,
                    end: body_end,
                    tok_end: t.end,
                };
                f.parse(&mut parts, body_start, 0)?;
            }
        }
    }
    let d = parts.d + 1;
    ctx.ex(ExprKind::JoinedStr(parts.finish()), lo, hi, d)
}

/// Accumulates f-string parts, merging adjacent literals.
#[derive(Default)]
struct Parts {
    v: Vec<FStringPart>,
    lit: String,
    d: u32,
}

impl Parts {
    fn literal(&mut self, s: &str) {
        self.lit.push_str(s);
    }
    fn value(&mut self, part: FStringPart, d: u32) {
        if !self.lit.is_empty() {
            self.v
                .push(FStringPart::Literal(std::mem::take(&mut self.lit)));
        }
        self.d = self.d.max(d);
        self.v.push(part);
    }
    fn finish(mut self) -> Vec<FStringPart> {
        if !self.lit.is_empty() {
            self.v.push(FStringPart::Literal(self.lit));
        }
        self.v
    }
}

struct FString<'c, 's> {
    ctx: &'c Ctx<'s>,
    raw: bool,
    /// End of the body (the closing quote).
    end: usize,
    /// End of the whole token: CPython reports f-string scanning errors there.
    tok_end: usize,
}

impl FString<'_, '_> {
    fn err(&self, msg: impl Into<String>) -> LalrError {
        lalrpop_util::ParseError::User {
            error: Error::syntax(msg, self.tok_end, Some(self.tok_end)),
        }
    }

    fn bytes(&self) -> &[u8] {
        self.ctx.src().as_bytes()
    }

    fn push_literal(&self, parts: &mut Parts, from: usize, to: usize) -> PResult<()> {
        if from >= to {
            return Ok(());
        }
        let text = &self.ctx.src()[from..to];
        match decode_str(text, self.raw) {
            Ok(s) => {
                parts.literal(&s);
                Ok(())
            }
            Err(e) => Err(self.err(e.msg)),
        }
    }

    /// Parses literal text and fields from `i` until the body ends or, inside a format
    /// spec (`level > 0`), until the `}` closing the field. Returns where it stopped.
    fn parse(&self, parts: &mut Parts, mut i: usize, level: u32) -> PResult<usize> {
        let b = self.bytes();
        let mut lit_start = i;
        while i < self.end {
            let c = b[i];
            if !self.raw && c == b'\\' && i + 1 < self.end {
                if b[i + 1] == b'N' && b.get(i + 2) == Some(&b'{') {
                    // `\N{NAME}`: its braces are not a replacement field.
                    i = self.ctx.src()[i..self.end]
                        .find('}')
                        .map_or(self.end, |p| i + p + 1);
                    continue;
                }
                if b[i + 1] == b'{' || b[i + 1] == b'}' {
                    i += 1;
                    continue;
                }
                i += 1 + self.ctx.src()[i + 1..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                continue;
            }
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if b.get(i + 1) == Some(&c) && i + 1 < self.end {
                        self.push_literal(parts, lit_start, i + 1)?;
                        i += 2;
                        lit_start = i;
                        continue;
                    }
                    if c == b'}' {
                        return Err(self.err("f-string: single '}' is not allowed"));
                    }
                }
                self.push_literal(parts, lit_start, i)?;
                if c == b'}' {
                    return Ok(i);
                }
                i = self.field(parts, i, level)?;
                lit_start = i;
                continue;
            }
            i += 1;
        }
        self.push_literal(parts, lit_start, i)?;
        Ok(i)
    }

    /// Parses the replacement field whose `{` is at `open`; returns the offset after `}`.
    fn field(&self, parts: &mut Parts, open: usize, level: u32) -> PResult<usize> {
        if level >= 2 {
            return Err(self.err("f-string: expressions nested too deeply"));
        }
        let b = self.bytes();
        let expr_start = open + 1;
        let mut i = expr_start;
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while i < self.end {
            let c = b[i];
            if c == b'\\' {
                return Err(self.err("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() >= MAX_FIELD_BRACKETS {
                        return Err(self.err("f-string: too many nested parenthesis"));
                    }
                    stack.push(c);
                }
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    let next = b.get(i + 1).copied().filter(|_| i + 1 < self.end);
                    if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        i += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b')' | b']' | b'}' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.err(format!("f-string: unmatched '{}'", c as char)));
                    };
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != want {
                        return Err(self.err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr_end = i;
        if quote.is_some() {
            return Err(self.err("f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.err(format!("f-string: unmatched '{}'", open as char)));
        }
        if i >= self.end {
            return Err(self.err("f-string: expecting '}'"));
        }
        let value = self.expression(expr_start, expr_end, b[i])?;
        let mut debug_text = None;
        if b[i] == b'=' {
            i += 1;
            while i < self.end && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= self.end {
                return Err(self.err("f-string: expecting '}'"));
            }
            debug_text = Some(&self.ctx.src()[expr_start..i]);
        }
        let mut conversion = None;
        if b[i] == b'!' {
            i += 1;
            if i >= self.end {
                return Err(self.err("f-string: expecting '}'"));
            }
            let c = self.ctx.src()[i..].chars().next().unwrap_or('\0');
            i += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(
                    self.err("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = Some(c);
        }
        let mut spec = Parts::default();
        let mut has_spec = false;
        if i < self.end && b[i] == b':' {
            i += 1;
            if i >= self.end {
                return Err(self.err("f-string: expecting '}'"));
            }
            has_spec = true;
            i = self.parse(&mut spec, i, level + 1)?;
        }
        if i >= self.end || b[i] != b'}' {
            return Err(self.err("f-string: expecting '}'"));
        }
        i += 1;
        if let Some(text) = debug_text {
            parts.literal(text);
            if conversion.is_none() && !has_spec {
                conversion = Some('r');
            }
        }
        let d = value.d.max(spec.d) + 1;
        let part = FStringPart::Value {
            value: Box::new(value.e),
            conversion,
            format_spec: spec.finish(),
        };
        parts.value(part, d);
        Ok(i)
    }

    /// Parses the expression text `src[start..end]` of a replacement field.
    fn expression(&self, start: usize, end: usize, terminator: u8) -> PResult<Ex> {
        let text = &self.ctx.src()[start..end];
        if text
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            if terminator == b'}' {
                return Err(self.err("f-string: empty expression not allowed"));
            }
            return Err(self.err(format!(
                "f-string: expression required before '{}'",
                terminator as char
            )));
        }
        let nesting = self.ctx.fstring_nesting.get();
        if nesting >= MAX_FSTRING_NESTING {
            return Err(self.err("f-string: expressions nested too deeply"));
        }
        self.ctx.fstring_nesting.set(nesting + 1);
        let result = super::parse_fstring_field(self.ctx, start, end);
        self.ctx.fstring_nesting.set(nesting);
        let ex = result.map_err(|mut e| {
            e.incomplete = false;
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            lalrpop_util::ParseError::User { error: e }
        })?;
        if let (ExprKind::Tuple(_), false) = (&ex.e.kind, ex.paren) {
            // CPython parses the field as `(expr)`, so a bare tuple spans the parentheses.
            let mut ex = ex;
            ex.e.span = self.ctx.span(start - 1, end + 1);
            return Ok(ex);
        }
        if let ExprKind::Starred(_) = ex.e.kind {
            return Err(lalrpop_util::ParseError::User {
                error: self
                    .ctx
                    .error_at(&ex.e, "f-string: cannot use starred expression here"),
            });
        }
        Ok(ex)
    }
}
