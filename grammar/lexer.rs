//! The indentation layer: turns `logos` raw tokens into the parser's token stream with
//! NEWLINE / INDENT / DEDENT, implicit line joining inside brackets, backslash
//! continuation, bracket matching and CPython's tokenizer errors.
//!
//! What must stay true:
//! - Positions are byte offsets into the full source, even when lexing a sub-range (an
//!   f-string expression), so spans never need fixing afterwards.
//! - Indentation follows CPython: tabs advance to the next multiple of 8, and the same
//!   line measured with tab size 1 must compare the same way, else `TabError`.
//! - Blank and comment-only lines never produce tokens; at EOF a NEWLINE is added if the
//!   last logical line lacks one, then one DEDENT per open block.
//! - Brackets nest at most 200 deep, so nothing downstream recurses on bracket depth.

use super::ast::ParseErrorKind;
use super::errors::Error;
use super::names;
use super::strings::{decode_bytes, decode_str, BytesError, Prefix};
use super::token::{Raw, RawError, RawStr, StrTok, StrValue, Tok};
use logos::Logos;
use std::collections::VecDeque;
use std::rc::Rc;

pub type Spanned = Result<(usize, Tok, usize), Error>;

/// CPython's MAXLEVEL (bracket nesting) and MAXINDENT (indentation levels).
const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A file / `exec` / REPL entry.
    Module,
    /// `eval` input: leading blanks on the first line are allowed.
    Expression,
    /// The inside of an f-string replacement field: behaves as if inside brackets.
    FStringExpr,
}

/// The first keyword of a logical line, for "expected an indented block after ..." errors.
#[derive(Clone, Copy, Debug, Default)]
pub struct LineStart {
    /// Byte offset of the line's first token.
    pub pos: usize,
    /// The block-introducing keyword it starts with, as CPython names it, if any.
    pub header: Option<&'static str>,
}

pub struct Lexer<'s> {
    src: &'s str,
    base: usize,
    end: usize,
    raw: logos::Lexer<'s, Raw>,
    mode: Mode,
    pending: VecDeque<Spanned>,
    /// (column with tabs to 8, column with tabs to 1) per open indentation level.
    indents: Vec<(u32, u32)>,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, usize)>,
    at_bol: bool,
    line_start: usize,
    /// The last token handed out was a NEWLINE (or nothing was handed out yet).
    after_newline: bool,
    /// Offset of a `\` continuation that was the last raw token.
    continuation: Option<usize>,
    /// Offset of a `(` after `with` that opens parenthesised with-items.
    with_lpar: Option<usize>,
    start_token: Option<Tok>,
    done: bool,
    seen_line: bool,
    pub cur_line: LineStart,
    pub prev_line: LineStart,
    /// Start of the last NEWLINE token handed out.
    pub last_newline: usize,
}

impl<'s> Lexer<'s> {
    /// Lexes `src[start..end]`, reporting offsets into `src`.
    pub fn new(src: &'s str, start: usize, end: usize, mode: Mode) -> Self {
        let start_token = match mode {
            Mode::Module => Some(Tok::StartModule),
            Mode::Expression | Mode::FStringExpr => Some(Tok::StartExpr),
        };
        Lexer {
            src,
            base: start,
            end,
            raw: Raw::lexer(&src[start..end]),
            mode,
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_bol: mode != Mode::FStringExpr,
            line_start: start,
            after_newline: true,
            continuation: None,
            with_lpar: None,
            start_token,
            done: false,
            seen_line: false,
            cur_line: LineStart::default(),
            prev_line: LineStart::default(),
            last_newline: start,
        }
    }

    pub fn source(&self) -> &'s str {
        self.src
    }

    fn next_raw(&mut self) -> Option<(Result<Raw, RawError>, usize, usize)> {
        let r = self.raw.next()?;
        let span = self.raw.span();
        Some((r, span.start + self.base, span.end + self.base))
    }

    /// Column pair of the indentation at `self.line_start`.
    fn measure_indent(&self) -> (u32, u32) {
        let (mut col, mut alt) = (0u32, 0u32);
        for &b in self.src.as_bytes()[self.line_start..self.end].iter() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        (col, alt)
    }

    fn line_end(&self, pos: usize) -> usize {
        self.src[pos..]
            .find(['\n', '\r'])
            .map_or(self.src.len(), |p| pos + p)
    }

    fn in_brackets(&self) -> bool {
        !self.brackets.is_empty() || self.mode == Mode::FStringExpr
    }

    /// Handles the start of a logical line whose first token is at `pos`: pushes INDENT
    /// or DEDENTs into `pending`.
    fn indentation(&mut self, pos: usize) -> Result<(), Error> {
        let (col, alt) = self.measure_indent();
        if self.mode == Mode::Expression && !self.seen_line {
            // `eval(" 1")`: the first line's indentation is the base level.
            self.indents[0] = (col, alt);
        }
        self.seen_line = true;
        let tab_error = || {
            Error::lexer(
                "inconsistent use of tabs and spaces in indentation",
                self.line_start,
                None,
            )
            .with_kind(ParseErrorKind::TabError)
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(
                    Error::lexer("too many levels of indentation", self.line_start, None)
                        .with_kind(ParseErrorKind::IndentationError),
                );
            }
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.pending.push_back(Ok((pos, Tok::Indent, pos)));
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending.push_back(Ok((pos, Tok::Dedent, pos)));
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(Error::lexer(
                    "unindent does not match any outer indentation level",
                    self.line_end(pos),
                    None,
                )
                .with_kind(ParseErrorKind::IndentationError));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn eof(&mut self) -> Option<Spanned> {
        self.done = true;
        let end = self.end;
        if let Some(pos) = self.continuation {
            let err = Error::lexer("unexpected EOF while parsing", self.line_end(pos), None);
            return Some(Err(err.incomplete()));
        }
        if let Some(&(b, pos)) = self.brackets.last() {
            let mut err = Error::lexer(format!("'{}' was never closed", b as char), pos, None);
            err.never_closed = true;
            return Some(Err(err.incomplete()));
        }
        if self.mode == Mode::FStringExpr {
            return None;
        }
        if !self.after_newline {
            self.pending.push_back(Ok((end, Tok::Newline, end)));
            self.last_newline = end;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back(Ok((end, Tok::Dedent, end)));
        }
        self.pending.pop_front()
    }

    /// Converts one raw token (not a layout token) to a parser token.
    fn convert(&mut self, raw: Raw, start: usize, end: usize) -> Spanned {
        let tok = match raw {
            Raw::Name => {
                let text = &self.src[start..end];
                if let Some(t) = self.soft_keyword(text, start) {
                    return Ok((start, t, end));
                }
                if text.is_ascii() {
                    Tok::Name(Rc::from(text))
                } else {
                    names::check_identifier(text, start)?;
                    Tok::Name(Rc::from(names::normalize(text)))
                }
            }
            Raw::Number(n) => match n {
                super::numbers::Num::Int(v) => Tok::Int(v),
                super::numbers::Num::Float(v) => Tok::Float(v),
                super::numbers::Num::Imag(v) => Tok::Imag(v),
            },
            Raw::Str(s) => Tok::Str(Box::new(self.string(s, start, end)?)),
            Raw::LPar | Raw::LSqb | Raw::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(Error::lexer(
                        "too many nested parentheses",
                        start,
                        Some(start),
                    ));
                }
                let b = self.src.as_bytes()[start];
                self.brackets.push((b, start));
                if raw == Raw::LPar && self.with_lpar == Some(start) {
                    Tok::WithLPar
                } else {
                    Tok::simple(&raw).unwrap_or(Tok::LPar)
                }
            }
            Raw::RPar | Raw::RSqb | Raw::RBrace => {
                let close = self.src.as_bytes()[start];
                match self.brackets.pop() {
                    None if self.mode == Mode::FStringExpr => {
                        return Err(Error::lexer(
                            format!("f-string: unmatched '{}'", close as char),
                            start,
                            Some(start),
                        ))
                    }
                    None => {
                        return Err(Error::lexer(
                            format!("unmatched '{}'", close as char),
                            start,
                            Some(start),
                        ))
                    }
                    Some((open, open_pos)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if close != expected {
                            let same_line = !self.src[open_pos..start].contains(['\n', '\r']);
                            let mut msg = format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                close as char, open as char
                            );
                            if !same_line {
                                msg += &format!(" on line {}", line_number(self.src, open_pos));
                            }
                            return Err(Error::lexer(msg, start, Some(start)));
                        }
                    }
                }
                Tok::simple(&raw).unwrap_or(Tok::RPar)
            }
            Raw::With => {
                self.check_with_parens();
                Tok::With
            }
            other => match Tok::simple(&other) {
                Some(t) => t,
                None => return Err(Error::lexer("invalid syntax", start, Some(end))),
            },
        };
        Ok((start, tok, end))
    }

    /// `match` / `case` at the start of a logical line are keywords when the line is a
    /// block header (`match` lines end with `:`; a `case` line has a `:` outside brackets,
    /// its body may follow on the same line) and the next token cannot continue a
    /// statement using the word as a name (`match = 1`, `case.x`, `match: int`, ...).
    fn soft_keyword(&self, text: &str, start: usize) -> Option<Tok> {
        let tok = match text {
            "match" => Tok::Match,
            "case" => Tok::Case,
            _ => return None,
        };
        if self.cur_line.pos != start || self.in_brackets() || self.mode != Mode::Module {
            return None;
        }
        let mut look = self.raw.clone();
        match look.next() {
            Some(Ok(
                Raw::Equal
                | Raw::Dot
                | Raw::Colon
                | Raw::Comma
                | Raw::Semi
                | Raw::RPar
                | Raw::RSqb
                | Raw::RBrace
                | Raw::Newline
                | Raw::ColonEqual,
            ))
            | None
            | Some(Err(_)) => None,
            Some(Ok(r)) if Tok::simple(&r).is_some_and(|t| is_aug_assign(&t)) => None,
            Some(Ok(r)) => {
                let mut depth = usize::from(matches!(r, Raw::LPar | Raw::LSqb | Raw::LBrace));
                let mut last_colon = false;
                let mut any_colon = false;
                let is_case = tok == Tok::Case;
                // Bounded, so pathological lines cannot make lexing quadratic.
                for _ in 0..10_000 {
                    match look.next() {
                        Some(Ok(Raw::LPar | Raw::LSqb | Raw::LBrace)) => {
                            depth += 1;
                            last_colon = false;
                        }
                        Some(Ok(Raw::RPar | Raw::RSqb | Raw::RBrace)) => {
                            depth = depth.saturating_sub(1);
                            last_colon = false;
                        }
                        Some(Ok(Raw::Continuation)) => {}
                        Some(Ok(Raw::Newline)) if depth == 0 => {
                            return (last_colon || is_case && any_colon).then_some(tok);
                        }
                        Some(Ok(Raw::Newline)) => {}
                        Some(Ok(Raw::Colon)) => {
                            last_colon = depth == 0;
                            any_colon |= last_colon;
                        }
                        Some(Ok(_)) => last_colon = false,
                        None => return (last_colon || is_case && any_colon).then_some(tok),
                        Some(Err(_)) => return None,
                    }
                }
                None
            }
        }
    }

    /// Decides whether a `(` right after `with` opens parenthesised with-items: it does
    /// when its matching `)` is directly followed by `:` (CPython tries that form first).
    fn check_with_parens(&mut self) {
        let mut look = self.raw.clone();
        match look.next() {
            Some(Ok(Raw::LPar)) => {}
            _ => return,
        }
        let lpar = look.span().start + self.base;
        let mut depth = 1usize;
        // Bounded, so a file full of unclosed `with (` cannot make lexing quadratic.
        let mut budget = 10_000;
        while depth > 0 {
            budget -= 1;
            if budget == 0 {
                return;
            }
            match look.next() {
                Some(Ok(Raw::LPar | Raw::LSqb | Raw::LBrace)) => depth += 1,
                Some(Ok(Raw::RPar | Raw::RSqb | Raw::RBrace)) => depth -= 1,
                Some(Ok(_)) => {}
                _ => return,
            }
        }
        loop {
            match look.next() {
                Some(Ok(Raw::Continuation)) => continue,
                Some(Ok(Raw::Colon)) => self.with_lpar = Some(lpar),
                _ => {}
            }
            return;
        }
    }

    fn string(&self, s: RawStr, start: usize, end: usize) -> Result<StrTok, Error> {
        let body_start = s.scan.body_start + self.base;
        let body_end = s.scan.body_end + self.base;
        let body = &self.src[body_start..body_end];
        let Prefix { raw, bytes, fstr } = s.prefix;
        let value = if fstr {
            StrValue::FStr {
                raw,
                body_start,
                body_end,
            }
        } else if bytes {
            match decode_bytes(body, raw) {
                Ok(v) => StrValue::Bytes(v),
                Err(BytesError::NonAscii) => {
                    return Err(Error::lexer(
                        "bytes can only contain ASCII literal characters",
                        start,
                        Some(end),
                    ))
                }
                Err(BytesError::Escape(msg)) => {
                    return Err(Error::lexer(msg, end, Some(end)));
                }
            }
        } else {
            match decode_str(body, raw) {
                Ok(v) => StrValue::Str(v),
                Err(e) => return Err(Error::lexer(e.msg, end, Some(end))),
            }
        };
        Ok(StrTok { value, start, end })
    }

    fn raw_error(&self, err: RawError, start: usize, end: usize) -> Error {
        match err {
            RawError::Number(e) => Error::lexer(e.msg, e.pos + self.base, Some(e.end + self.base)),
            RawError::Unterminated(u) => {
                let detected = u.detected + self.base;
                let mut line = line_number(self.src, detected);
                if u.triple {
                    if detected == self.src.len() && self.src.ends_with(['\n', '\r']) {
                        line = line.saturating_sub(1).max(1);
                    }
                    let msg = format!(
                        "unterminated triple-quoted string literal (detected at line {line})"
                    );
                    let err = Error::lexer(msg, start, Some(start));
                    if detected == self.end {
                        return err.incomplete();
                    }
                    return err;
                }
                let msg = format!("unterminated string literal (detected at line {line})");
                Error::lexer(msg, start, Some(start))
            }
            RawError::Invalid => {
                let c = self.src[start..].chars().next().unwrap_or('\0');
                names::invalid_char_error(c, start, end)
            }
        }
    }
}

/// 1-based line number of byte `pos` (counting `\n`, `\r\n` and `\r` breaks).
pub fn line_number(src: &str, pos: usize) -> usize {
    let b = &src.as_bytes()[..pos.min(src.len())];
    let mut n = 1;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
        i += 1;
    }
    n
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        if let Some(t) = self.start_token.take() {
            return Some(Ok((self.base, t, self.base)));
        }
        loop {
            if let Some(t) = self.pending.pop_front() {
                if let Ok((_, Tok::Newline, _)) = t {
                    self.after_newline = true;
                } else if t.is_ok() {
                    self.after_newline = false;
                }
                return Some(t);
            }
            if self.done {
                return None;
            }
            let Some((raw, start, end)) = self.next_raw() else {
                let t = self.eof();
                if let Some(Ok((_, Tok::Newline, _))) = t {
                    self.after_newline = true;
                }
                return t;
            };
            let raw = match raw {
                Ok(r) => r,
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.raw_error(e, start, end)));
                }
            };
            match raw {
                Raw::Newline => {
                    self.continuation = None;
                    if self.in_brackets() {
                        continue;
                    }
                    let blank = self.at_bol;
                    self.at_bol = true;
                    self.line_start = end;
                    if blank {
                        continue;
                    }
                    self.last_newline = start;
                    self.after_newline = true;
                    return Some(Ok((start, Tok::Newline, end)));
                }
                Raw::Continuation => {
                    self.continuation = Some(start);
                    continue;
                }
                Raw::Backslash if end == self.end => {
                    // A backslash as the very last character: the line goes on.
                    self.continuation = Some(start);
                    continue;
                }
                Raw::Backslash => {
                    self.done = true;
                    // CPython points just past the character after the backslash.
                    let next = self.src[end..].chars().next().map_or(0, char::len_utf8);
                    let pos = end + next;
                    let err = Error::lexer(
                        "unexpected character after line continuation character",
                        pos.saturating_sub(1),
                        None,
                    );
                    return Some(Err(err));
                }
                _ => {}
            }
            self.continuation = None;
            if self.at_bol && !self.in_brackets() {
                self.at_bol = false;
                if let Err(e) = self.indentation(start) {
                    self.done = true;
                    return Some(Err(e));
                }
                self.prev_line = self.cur_line;
                self.cur_line = LineStart {
                    pos: start,
                    header: header_name(&raw, &self.raw),
                };
            }
            let t = self.convert(raw, start, end);
            if t.is_err() {
                self.done = true;
            }
            self.pending.push_back(t);
        }
    }
}

/// How CPython names the block a line starting with `raw` opens.
fn header_name(raw: &Raw, rest: &logos::Lexer<'_, Raw>) -> Option<&'static str> {
    let raw = if *raw == Raw::Async {
        match rest.clone().next() {
            Some(Ok(r)) => r,
            _ => return None,
        }
    } else {
        raw.clone()
    };
    Some(match raw {
        Raw::If => "'if' statement",
        Raw::Elif => "'elif' statement",
        Raw::Else => "'else' statement",
        Raw::While => "'while' statement",
        Raw::For => "'for' statement",
        Raw::With => "'with' statement",
        Raw::Try => "'try' statement",
        Raw::Except => "'except' statement",
        Raw::Finally => "'finally' statement",
        Raw::Def => "function definition",
        Raw::Class => "class definition",
        _ => return None,
    })
}

fn is_aug_assign(t: &Tok) -> bool {
    matches!(
        t,
        Tok::PlusEqual
            | Tok::MinusEqual
            | Tok::StarEqual
            | Tok::AtEqual
            | Tok::SlashEqual
            | Tok::DoubleSlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VBarEqual
            | Tok::CircumflexEqual
            | Tok::LShiftEqual
            | Tok::RShiftEqual
            | Tok::DoubleStarEqual
    )
}
