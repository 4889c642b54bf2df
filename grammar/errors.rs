//! The parser's internal error value and its conversion to `ast::ParseError`.
//!
//! What must stay true: positions are byte offsets into the *full* source (f-string
//! sub-parses included) until `to_parse_error`, which is the only place that turns them
//! into CPython's 1-based character `offset` / `end_offset`.

use super::ast::{ParseError, ParseErrorKind};
use super::source::LineIndex;

/// Who raised an error: CPython lets a later tokenizer error replace a parser error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Lexer,
    Parser,
}

/// A syntax error with byte positions. `pos` is reported as offset `col(pos) + 1`,
/// `end` (if any) as end offset `col(end) + 1` when on the same line.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub kind: ParseErrorKind,
    pub msg: String,
    pub pos: usize,
    pub end: Option<usize>,
    pub incomplete: bool,
    pub origin: Origin,
    /// For "'(' was never closed": the line of the bracket, which decides whether this
    /// error may replace an earlier parser error.
    pub never_closed: bool,
}

impl Error {
    pub fn syntax(msg: impl Into<String>, pos: usize, end: Option<usize>) -> Error {
        Error {
            kind: ParseErrorKind::SyntaxError,
            msg: msg.into(),
            pos,
            end,
            incomplete: false,
            origin: Origin::Parser,
            never_closed: false,
        }
    }

    pub fn lexer(msg: impl Into<String>, pos: usize, end: Option<usize>) -> Error {
        Error {
            origin: Origin::Lexer,
            ..Error::syntax(msg, pos, end)
        }
    }

    pub fn with_kind(mut self, kind: ParseErrorKind) -> Error {
        self.kind = kind;
        self
    }

    pub fn incomplete(mut self) -> Error {
        self.incomplete = true;
        self
    }

    pub fn to_parse_error(&self, idx: &LineIndex<'_>) -> ParseError {
        let (line, col) = idx.pos(self.pos);
        let end_col = self.end.and_then(|end| {
            let (eline, ecol) = idx.pos(end);
            (eline == line).then_some(ecol + 1)
        });
        ParseError {
            kind: self.kind,
            msg: self.msg.clone(),
            line,
            col: col + 1,
            end_col,
            incomplete: self.incomplete,
        }
    }
}

/// The error type of the generated parser.
pub type LalrError = lalrpop_util::ParseError<usize, super::token::Tok, Error>;

/// Result type of fallible grammar actions.
pub type PResult<T> = Result<T, LalrError>;

/// Wraps an `Error` for returning from a grammar action.
pub fn fail<T>(err: Error) -> PResult<T> {
    Err(lalrpop_util::ParseError::User { error: err })
}
