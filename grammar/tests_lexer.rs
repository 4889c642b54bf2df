//! Lexer tests: indentation (tabs, blank lines, comments, multi-level dedent at EOF),
//! implicit line joining, backslash continuation, and tokenizer errors with CPython's
//! messages and positions.

use super::ast::ParseErrorKind;
use super::lexer::{Lexer, Mode};
use super::parse_module;
use super::token::Tok;

/// Token stream of `src` as short names: NL, IN, DE for layout, the text otherwise.
fn toks(src: &str) -> String {
    let mut out = Vec::new();
    for t in Lexer::new(src, 0, src.len(), Mode::Module) {
        match t {
            Ok((s, tok, e)) => out.push(match tok {
                Tok::StartModule => continue,
                Tok::Newline => "NL".to_string(),
                Tok::Indent => "IN".to_string(),
                Tok::Dedent => "DE".to_string(),
                _ => src[s..e].to_string(),
            }),
            Err(e) => out.push(format!("ERR({})", e.msg)),
        }
    }
    out.join(" ")
}

fn err(src: &str) -> (ParseErrorKind, String, u32, u32) {
    let e = parse_module(src).unwrap_err();
    (e.kind, e.msg, e.line, e.col)
}

#[test]
fn simple_lines_and_eof_newline() {
    assert_eq!(toks("x = 1\ny"), "x = 1 NL y NL");
    assert_eq!(toks("x\n\n\n"), "x NL");
    assert_eq!(toks(""), "");
    assert_eq!(toks("\n\n  \n# c\n"), "");
    assert_eq!(toks("x\r\ny\rz"), "x NL y NL z NL");
}

#[test]
fn indentation_blocks() {
    assert_eq!(
        toks("if a:\n    b\n    c\nd\n"),
        "if a : NL IN b NL c NL DE d NL"
    );
    // Dedent to several levels at once, and at EOF.
    assert_eq!(
        toks("if a:\n  if b:\n    c\nd"),
        "if a : NL IN if b : NL IN c NL DE DE d NL"
    );
    assert_eq!(
        toks("if a:\n  if b:\n    c"),
        "if a : NL IN if b : NL IN c NL DE DE"
    );
    // Blank lines and comments at any indentation inside blocks are ignored.
    assert_eq!(
        toks("if a:\n    b\n\n  # odd comment\n        \n    c\n"),
        "if a : NL IN b NL c NL DE"
    );
}

#[test]
fn tabs_count_to_multiples_of_eight() {
    assert_eq!(
        toks("if a:\n\tb\n        c\n"),
        "if a : NL IN b NL ERR(inconsistent use of tabs and spaces in indentation)"
    );
    assert_eq!(toks("if a:\n\tb\n\tc\n"), "if a : NL IN b NL c NL DE");
    // Space-then-tab reaches column 8 both ways only if the tab-1 widths agree too.
    assert_eq!(toks("if a:\n  \tb\n  \tc\n"), "if a : NL IN b NL c NL DE");
    let (kind, msg, line, col) = err("if x:\n\tpass\n        pass");
    assert_eq!(kind, ParseErrorKind::TabError);
    assert_eq!(
        (msg.as_str(), line, col),
        ("inconsistent use of tabs and spaces in indentation", 3, 1)
    );
    let (kind, _, line, _) = err("if x:\n        pass\n\tpass");
    assert_eq!((kind, line), (ParseErrorKind::TabError, 3));
}

#[test]
fn implicit_joining_and_continuation() {
    assert_eq!(toks("x = (1,\n  2)\ny"), "x = ( 1 , 2 ) NL y NL");
    assert_eq!(toks("x = [\n\n# c\n]\n"), "x = [ ] NL");
    assert_eq!(toks("x = 1 + \\\n    2\n"), "x = 1 + 2 NL");
    assert_eq!(
        toks("if a:\n  x = \\\n1\n  y\n"),
        "if a : NL IN x = 1 NL y NL DE"
    );
    assert_eq!(toks("x = {\n  'a':\n1}"), "x = { 'a' : 1 } NL");
}

#[test]
fn indentation_errors() {
    assert_eq!(
        err("if x:\n  a\n    b"),
        (
            ParseErrorKind::IndentationError,
            "unexpected indent".into(),
            3,
            4
        )
    );
    assert_eq!(
        err(" x = 1"),
        (
            ParseErrorKind::IndentationError,
            "unexpected indent".into(),
            1,
            1
        )
    );
    assert_eq!(
        err("if x:\n    a\n  bbbbb = 3\n"),
        (
            ParseErrorKind::IndentationError,
            "unindent does not match any outer indentation level".into(),
            3,
            12
        )
    );
    assert_eq!(
        err("if x:\npass"),
        (
            ParseErrorKind::IndentationError,
            "expected an indented block after 'if' statement on line 1".into(),
            2,
            1
        )
    );
    assert_eq!(
        err("def f():\n  if y:\n    pass\n  else:\n  z"),
        (
            ParseErrorKind::IndentationError,
            "expected an indented block after 'else' statement on line 4".into(),
            5,
            3
        )
    );
    assert_eq!(
        err("class A:\n"),
        (
            ParseErrorKind::IndentationError,
            "expected an indented block after class definition on line 1".into(),
            1,
            9
        )
    );
    assert_eq!(
        err("async def f():\nb").1,
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        err("try:\n  a\nexcept E as e:\nb").1,
        "expected an indented block after 'except' statement on line 3"
    );
}

#[test]
fn bracket_errors() {
    let e = parse_module("x = (1,").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.line, e.col, e.end_col),
        ("'(' was never closed", 1, 5, None)
    );
    assert_eq!(err("x = )").1, "unmatched ')'");
    assert_eq!(
        err("x = (1]\n"),
        (
            ParseErrorKind::SyntaxError,
            "closing parenthesis ']' does not match opening parenthesis '('".into(),
            1,
            7
        )
    );
    assert_eq!(
        err("(\n]\n").1,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    // A generic error after an unclosed bracket from an earlier line reports the bracket.
    assert_eq!(err("foo(a, b\nx = 1\n").1, "'(' was never closed");
    assert_eq!(err("x = (1,\ny = 2").1, "'(' was never closed");
}

#[test]
fn later_tokenizer_errors_win() {
    assert_eq!(
        err("x = = 1\ny = 'abc\n"),
        (
            ParseErrorKind::SyntaxError,
            "unterminated string literal (detected at line 2)".into(),
            2,
            5
        )
    );
}

#[test]
fn continuation_errors() {
    let e = parse_module("x = 1 + \\").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.col),
        ("unexpected EOF while parsing", 10)
    );
    let e = parse_module("x = 1 \\ 2").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.col),
        ("unexpected character after line continuation character", 8)
    );
}

#[test]
fn invalid_characters() {
    assert_eq!(err("x = 1€").1, "invalid character '€' (U+20AC)");
    assert_eq!(err("x = 1€").3, 6);
    assert_eq!(
        err("a\u{a0}= 1").1,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(err("x = $").1, "invalid syntax");
    assert_eq!(err("x = $").3, 5);
    assert_eq!(err("x = \0").1, "source code cannot contain null bytes");
    assert!(parse_module("名前 = 1\ncafé = 2").is_ok());
}

#[test]
fn string_errors() {
    assert_eq!(
        err("'''abc\n\n"),
        (
            ParseErrorKind::SyntaxError,
            "unterminated triple-quoted string literal (detected at line 2)".into(),
            1,
            1
        )
    );
    assert_eq!(
        err("'abc\\\ndef").1,
        "unterminated string literal (detected at line 2)"
    );
    assert_eq!(
        err("x = 'a' b'b'").1,
        "cannot mix bytes and nonbytes literals"
    );
    assert_eq!(
        err("x = b'\u{e9}'").1,
        "bytes can only contain ASCII literal characters"
    );
    assert_eq!(
        err("x = '\\x1'").1,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
    assert_eq!(
        err("x = b'\\x1'").1,
        "(value error) invalid \\x escape at position 0"
    );
}

#[test]
fn number_errors() {
    assert_eq!(err("1abc").1, "invalid decimal literal");
    assert_eq!(
        err("x = 0777").1.split(';').next(),
        Some("leading zeros in decimal integer literals are not permitted")
    );
    assert_eq!(
        err("x = 0o8"),
        (
            ParseErrorKind::SyntaxError,
            "invalid digit '8' in octal literal".into(),
            1,
            7
        )
    );
    assert_eq!(
        err("0x"),
        (
            ParseErrorKind::SyntaxError,
            "invalid hexadecimal literal".into(),
            1,
            2
        )
    );
    assert!(parse_module("x = 1if y else 2").is_ok());
}
