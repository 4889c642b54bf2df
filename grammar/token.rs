//! Tokens: the raw `logos` token set and the token type the LALRPOP parser consumes.
//!
//! What must stay true: every keyword and operator spelled in `python.lalrpop`'s `extern`
//! block exists here under the same variant; `Raw` only recognises token *shapes* (numbers
//! and strings are finished by hand-written scanners in callbacks, so their errors match
//! CPython), and `lexer.rs` turns `Raw` into `Tok`, adding NEWLINE / INDENT / DEDENT.

use super::ast::Ident;
use super::numbers::{scan_number, Num, NumError};
use super::strings::{scan_string, Prefix, StrScan, Unterminated};
use logos::Logos;
use num_bigint::BigInt;

/// A failure inside a raw-token callback. `Invalid` is logos' "no token matches here".
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RawError {
    #[default]
    Invalid,
    Number(NumError),
    Unterminated(Unterminated),
}

/// A string literal's shape, as found by the scanner (offsets into the lexed text).
#[derive(Clone, Debug, PartialEq)]
pub struct RawStr {
    pub prefix: Prefix,
    pub scan: StrScan,
}

fn number(lex: &mut logos::Lexer<'_, Raw>) -> Result<Num, RawError> {
    let start = lex.span().start;
    let (num, end) = scan_number(lex.source(), start).map_err(RawError::Number)?;
    lex.bump(end - lex.span().end);
    Ok(num)
}

fn string(lex: &mut logos::Lexer<'_, Raw>) -> Result<RawStr, RawError> {
    let span = lex.span();
    let prefix = Prefix::parse(&lex.slice()[..span.len() - 1]);
    let scan = scan_string(lex.source(), span.end - 1).map_err(RawError::Unterminated)?;
    lex.bump(scan.end - span.end);
    Ok(RawStr { prefix, scan })
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
pub enum Raw {
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    #[regex(r"\r\n|\n|\r")]
    Newline,
    /// A backslash not followed by a line break.
    #[token("\\")]
    Backslash,
    /// Any run of potential identifier characters (ASCII letters, digits, `_`, non-ASCII);
    /// the lexer validates non-ASCII names as CPython's `verify_identifier` does.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"[0-9]|\.[0-9]", number)]
    Number(Num),
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, string)]
    Str(RawStr),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("@")]
    At,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("@=")]
    AtEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// A string literal token, decoded as far as the lexer can (f-strings stay raw text and
/// are parsed by the grammar action that concatenates adjacent literals).
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    pub value: StrValue,
    /// Byte range of the whole literal (prefix and quotes included).
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StrValue {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: body byte range in the full source, and whether it is raw.
    FStr {
        raw: bool,
        body_start: usize,
        body_end: usize,
    },
}

/// The parser's token type. Layout tokens: `Newline`, `Indent`, `Dedent`. `StartModule`
/// / `StartExpr` are injected first to pick the grammar's entry (one parse table serves
/// both). `WithLPar` is a `(` right after `with` whose matching `)` is followed by `:`,
/// i.e. the parenthesised with-items form.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(Ident),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrTok>),
    Newline,
    Indent,
    Dedent,
    StartModule,
    StartExpr,
    WithLPar,
    /// The soft keywords `match` / `case` where they start a match statement or a case
    /// clause (the lexer decides: see `Lexer::soft_keyword`).
    Match,
    Case,
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    Equal,
    Arrow,
    ColonEqual,
    At,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    LShift,
    RShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    AtEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LShiftEqual,
    RShiftEqual,
    DoubleStarEqual,
}

impl Tok {
    /// The `Tok` for a raw token that carries no payload (keywords and operators).
    pub fn simple(raw: &Raw) -> Option<Tok> {
        Some(match raw {
            Raw::False => Tok::False,
            Raw::None => Tok::None,
            Raw::True => Tok::True,
            Raw::And => Tok::And,
            Raw::As => Tok::As,
            Raw::Assert => Tok::Assert,
            Raw::Async => Tok::Async,
            Raw::Await => Tok::Await,
            Raw::Break => Tok::Break,
            Raw::Class => Tok::Class,
            Raw::Continue => Tok::Continue,
            Raw::Def => Tok::Def,
            Raw::Del => Tok::Del,
            Raw::Elif => Tok::Elif,
            Raw::Else => Tok::Else,
            Raw::Except => Tok::Except,
            Raw::Finally => Tok::Finally,
            Raw::For => Tok::For,
            Raw::From => Tok::From,
            Raw::Global => Tok::Global,
            Raw::If => Tok::If,
            Raw::Import => Tok::Import,
            Raw::In => Tok::In,
            Raw::Is => Tok::Is,
            Raw::Lambda => Tok::Lambda,
            Raw::Nonlocal => Tok::Nonlocal,
            Raw::Not => Tok::Not,
            Raw::Or => Tok::Or,
            Raw::Pass => Tok::Pass,
            Raw::Raise => Tok::Raise,
            Raw::Return => Tok::Return,
            Raw::Try => Tok::Try,
            Raw::While => Tok::While,
            Raw::With => Tok::With,
            Raw::Yield => Tok::Yield,
            Raw::LPar => Tok::LPar,
            Raw::RPar => Tok::RPar,
            Raw::LSqb => Tok::LSqb,
            Raw::RSqb => Tok::RSqb,
            Raw::LBrace => Tok::LBrace,
            Raw::RBrace => Tok::RBrace,
            Raw::Comma => Tok::Comma,
            Raw::Colon => Tok::Colon,
            Raw::Semi => Tok::Semi,
            Raw::Dot => Tok::Dot,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::Equal => Tok::Equal,
            Raw::Arrow => Tok::Arrow,
            Raw::ColonEqual => Tok::ColonEqual,
            Raw::At => Tok::At,
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::DoubleStar => Tok::DoubleStar,
            Raw::Slash => Tok::Slash,
            Raw::DoubleSlash => Tok::DoubleSlash,
            Raw::Percent => Tok::Percent,
            Raw::LShift => Tok::LShift,
            Raw::RShift => Tok::RShift,
            Raw::Amper => Tok::Amper,
            Raw::VBar => Tok::VBar,
            Raw::Circumflex => Tok::Circumflex,
            Raw::Tilde => Tok::Tilde,
            Raw::Less => Tok::Less,
            Raw::Greater => Tok::Greater,
            Raw::LessEqual => Tok::LessEqual,
            Raw::GreaterEqual => Tok::GreaterEqual,
            Raw::EqEqual => Tok::EqEqual,
            Raw::NotEqual => Tok::NotEqual,
            Raw::PlusEqual => Tok::PlusEqual,
            Raw::MinusEqual => Tok::MinusEqual,
            Raw::StarEqual => Tok::StarEqual,
            Raw::AtEqual => Tok::AtEqual,
            Raw::SlashEqual => Tok::SlashEqual,
            Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
            Raw::PercentEqual => Tok::PercentEqual,
            Raw::AmperEqual => Tok::AmperEqual,
            Raw::VBarEqual => Tok::VBarEqual,
            Raw::CircumflexEqual => Tok::CircumflexEqual,
            Raw::LShiftEqual => Tok::LShiftEqual,
            Raw::RShiftEqual => Tok::RShiftEqual,
            Raw::DoubleStarEqual => Tok::DoubleStarEqual,
            _ => return None,
        })
    }

    /// True for tokens that can end an expression (used by error heuristics).
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
        )
    }

    /// True for tokens that can start an expression (used by error heuristics).
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
        )
    }
}
