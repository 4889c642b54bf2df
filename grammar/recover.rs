//! Turns LALRPOP failures into CPython 3.11's SyntaxError messages and positions.
//!
//! CPython reparses with extra "invalid_*" rules to word its errors; we get the same
//! effect from the failing token, the parser's expected-token set and a re-lexed token list
//! (this file only runs after a parse has already failed, so it may be slow-ish).
//! What must stay true: after a parser error, the rest of the input is still lexed and a
//! later tokenizer error replaces the parser's (CPython's
//! `_PyPegen_tokenize_full_source_to_check_for_errors`), except indentation and
//! line-continuation errors; "'(' was never closed" only replaces it when the bracket
//! opened on an earlier line than the furthest token CPython's parser would have read.

use super::actions::Ctx;
use super::ast::ParseErrorKind;
use super::errors::{Error, LalrError, Origin};
use super::hints;
use super::lexer::{line_number, Lexer, Mode};
use super::token::{Raw, Tok};
use logos::Logos;

pub type Spanned = (usize, Tok, usize);

pub fn convert(
    ctx: &Ctx<'_>,
    err: LalrError,
    lexer: &mut Lexer<'_>,
    mode: Mode,
    range: (usize, usize),
    interactive: bool,
) -> Error {
    use lalrpop_util::ParseError as P;
    // Where the parser stopped (CPython compares bracket lines against this token).
    let fail_pos = match &err {
        P::UnrecognizedToken { token, .. } => token.0,
        P::ExtraToken { token } => token.0,
        P::UnrecognizedEof { location, .. } | P::InvalidToken { location } => *location,
        P::User { error } => error.pos,
    };
    let err = match err {
        P::User { error } if error.origin == Origin::Lexer => return error,
        P::User { error } => error,
        P::InvalidToken { location } => Error::syntax("invalid syntax", location, None),
        P::ExtraToken { token: (s, _, e) } => Error::syntax("invalid syntax", s, Some(e)),
        P::UnrecognizedEof { expected, .. } => eof_error(ctx, lexer, &expected).incomplete(),
        P::UnrecognizedToken { token, .. } if ctx.quiet.get() => {
            Error::syntax("invalid syntax", token.0, Some(token.2))
        }
        P::UnrecognizedToken { token, expected } => {
            let at_eof = token.1 == Tok::Dedent && token.0 == range.1;
            let e = token_error(ctx, lexer, mode, range, token, &expected);
            if at_eof {
                e.incomplete()
            } else {
                e
            }
        }
    };
    // CPython reports an unexpected INDENT/DEDENT token without looking further.
    if interactive || err.msg == "unexpected indent" {
        return err;
    }
    // CPython compares with the furthest token its parser looked at: the failing token
    // for a bare "invalid syntax", one past the offending range for its specific rules.
    let src = ctx.src();
    let looked_at = if err.msg == "invalid syntax" {
        Some(fail_pos.max(err.pos))
    } else {
        next_token_after(src, err.end.unwrap_or(err.pos).max(fail_pos))
    };
    match later_lexer_error(lexer) {
        Some(later) if later.never_closed => {
            let later_line = looked_at.map_or(usize::MAX, |p| line_number(src, p));
            if line_number(src, later.pos) < later_line {
                Error {
                    incomplete: false,
                    ..later
                }
            } else {
                err
            }
        }
        Some(later) => later,
        None => err,
    }
}

fn later_lexer_error(lexer: &mut Lexer<'_>) -> Option<Error> {
    for t in lexer.by_ref() {
        if let Err(e) = t {
            // CPython's tokenizer reports indentation and line-continuation problems
            // through the parser, so those never replace the parser's error.
            let via_parser = e.kind != ParseErrorKind::SyntaxError
                || e.msg == "unexpected EOF while parsing"
                || e.msg == "unexpected character after line continuation character";
            return (!via_parser).then_some(e);
        }
    }
    None
}

pub fn expects(expected: &[String], tok: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == tok)
}

fn indentation_error(msg: String, pos: usize, end: Option<usize>) -> Error {
    Error::syntax(msg, pos, end).with_kind(ParseErrorKind::IndentationError)
}

fn expected_block(lexer: &Lexer<'_>, header_from_prev: bool) -> String {
    let (start, header) = if header_from_prev {
        (lexer.prev_line.pos, lexer.prev_line.header)
    } else {
        (lexer.cur_line.pos, lexer.cur_line.header)
    };
    match header {
        Some(h) => {
            let line = line_number(lexer.source(), start);
            format!("expected an indented block after {h} on line {line}")
        }
        None => "expected an indented block".into(),
    }
}

fn eof_error(ctx: &Ctx<'_>, lexer: &Lexer<'_>, expected: &[String]) -> Error {
    let pos = eof_pos(ctx.src());
    if expects(expected, "INDENT") {
        return indentation_error(expected_block(lexer, false), pos, None);
    }
    if expects(expected, "except") && expects(expected, "finally") {
        return Error::syntax("expected 'except' or 'finally' block", pos, None);
    }
    Error::syntax("invalid syntax", pos, Some(pos))
}

/// Where CPython reports errors found at the end of the input: on the final line break
/// if the source ends with one, else at the very end.
fn eof_pos(src: &str) -> usize {
    if src.ends_with("\r\n") {
        src.len() - 2
    } else if src.ends_with(['\n', '\r']) {
        src.len() - 1
    } else {
        src.len()
    }
}

/// Offset of the first token at or after `pos` (skipping blanks, comments and line
/// breaks), or None at the end of the input.
fn next_token_after(src: &str, mut pos: usize) -> Option<usize> {
    let b = src.as_bytes();
    while pos < b.len() {
        match b[pos] {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => pos += 1,
            b'#' => pos += src[pos..].find(['\n', '\r']).unwrap_or(src.len() - pos),
            _ => return Some(pos),
        }
    }
    None
}

/// The end of the raw token starting at `pos` (for zero-width layout tokens).
fn real_token_end(src: &str, pos: usize) -> usize {
    let mut lx = Raw::lexer(&src[pos..]);
    match lx.next() {
        Some(_) => pos + lx.span().end,
        None => pos,
    }
}

fn token_error(
    ctx: &Ctx<'_>,
    lexer: &Lexer<'_>,
    mode: Mode,
    range: (usize, usize),
    (s, tok, e): Spanned,
    expected: &[String],
) -> Error {
    let src = ctx.src();
    if tok == Tok::Indent {
        return indentation_error("unexpected indent".into(), s.saturating_sub(1), None);
    }
    if expects(expected, "INDENT") {
        let starts_line = s == lexer.cur_line.pos && s < range.1;
        let msg = expected_block(lexer, starts_line);
        if !starts_line {
            return indentation_error(msg, eof_pos(src), None);
        }
        return indentation_error(msg, s, Some(real_token_end(src, s)));
    }
    if expects(expected, "except") && expects(expected, "finally") && tok != Tok::Except {
        if s == range.1 {
            return Error::syntax("expected 'except' or 'finally' block", eof_pos(src), None);
        }
        return Error::syntax(
            "expected 'except' or 'finally' block",
            s,
            Some(real_token_end(src, s)),
        );
    }
    let (e, zero) = if e == s || tok == Tok::Newline {
        (real_token_end(src, s), true)
    } else {
        (e, false)
    };
    let toks = relex(ctx, mode, range);
    let k = toks.iter().position(|t| t.0 >= s).unwrap_or(toks.len());
    if tok == Tok::Newline && expects(expected, ":") && line_starts_block(&toks, k) {
        return Error::syntax("expected ':'", s, Some(s));
    }
    if let Some(err) = hints::second_pass(ctx, &toks, k, mode, expected) {
        return err;
    }
    if zero {
        return Error::syntax("invalid syntax", s, Some(s));
    }
    Error::syntax("invalid syntax", s, Some(e))
}

/// Re-lexes the parsed range into a token list (error path only).
fn relex(ctx: &Ctx<'_>, mode: Mode, range: (usize, usize)) -> Vec<Spanned> {
    Lexer::new(ctx.src(), range.0, range.1, mode)
        .map_while(Result::ok)
        .collect()
}

/// Whether the logical line containing token `k` starts with a block keyword and has no
/// `:` of its own yet (outside brackets).
fn line_starts_block(toks: &[Spanned], k: usize) -> bool {
    let start = toks[..k.min(toks.len())]
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
            )
        })
        .map_or(0, |p| p + 1);
    let mut depth = 0usize;
    for t in &toks[start..k.min(toks.len())] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::Colon if depth == 0 => return false,
            _ => {}
        }
    }
    matches!(
        toks.get(start).map(|t| &t.1),
        Some(
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::With
                | Tok::Try
                | Tok::Except
                | Tok::Finally
                | Tok::Def
                | Tok::Class
                | Tok::Async
        )
    )
}
