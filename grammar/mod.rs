//! The front end: source text → AST (`ast.rs` is the contract with the compiler).
//!
//! Pipeline: `token.rs` (logos raw tokens, with hand-written number/string scanners) →
//! `lexer.rs` (NEWLINE / INDENT / DEDENT, brackets) → `python.lalrpop` (one LALR table;
//! actions in `actions.rs`, `args.rs`, `stmts.rs`, `fstring.rs`) → AST. Errors are mapped to
//! CPython 3.11's wording in `recover.rs` (generic cases) and `hints.rs` (CPython's
//! "invalid_*" second-pass rules).
//!
//! What must stay true: nothing here panics or recurses without a bound on any input.
//! Brackets nest ≤ 200 (lexer), indentation ≤ 100 levels (lexer), expressions ≤
//! `actions::MAX_DEPTH` (every builder checks), f-string sub-parses ≤ 8 levels.

pub mod ast;

mod actions;
mod args;
mod errors;
mod fstring;
mod hints;
mod lexer;
mod names;
mod numbers;
mod patterns;
mod recover;
mod source;
mod stmts;
mod strings;
mod targets;
mod token;

#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_lexer;
#[cfg(test)]
mod tests_parse;
#[cfg(test)]
mod tests_stress;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, unused_parens)]
    python,
    "/python.rs"
);

use actions::{Ctx, Ex};
use ast::{Expr, Module, ParseError, Stmt, StmtKind};
use errors::Error;
use lexer::{Lexer, Mode};

pub use source::{decode_script, decode_source};

/// What the grammar's single entry point produces.
pub(crate) enum Top {
    Module(Vec<Stmt>),
    Expr(Ex),
}

/// Parses a file / `exec` input.
pub fn parse_module(source: &str) -> Result<Module, ParseError> {
    let ctx = Ctx::new(source);
    match run(&ctx, Mode::Module, 0, source.len(), false) {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(Top::Expr(_)) => Err(internal(&ctx)),
        Err(e) => Err(e.to_parse_error(&ctx.idx)),
    }
}

/// Parses one REPL entry (the lines typed so far). `incomplete` is set on the error when
/// more lines are needed: an open bracket or triple-quoted string, a trailing backslash or
/// `:`, or a compound statement not yet ended by a blank line.
pub fn parse_interactive(source: &str) -> Result<Module, ParseError> {
    let ctx = Ctx::new(source);
    let blank_end = ends_with_blank_line(source);
    let body = match run(&ctx, Mode::Module, 0, source.len(), true) {
        Ok(Top::Module(body)) => body,
        Ok(Top::Expr(_)) => return Err(internal(&ctx)),
        Err(mut e) => {
            // A blank line ends a block in the REPL: the parser's "wanted more" becomes a
            // real error, while open brackets and strings still ask for more lines.
            if blank_end && e.origin == errors::Origin::Parser {
                e.incomplete = false;
            }
            return Err(e.to_parse_error(&ctx.idx));
        }
    };
    let compound = body.last().is_some_and(|s| {
        !matches!(
            s.kind,
            StmtKind::Expr(_)
                | StmtKind::Assign { .. }
                | StmtKind::AugAssign { .. }
                | StmtKind::AnnAssign { .. }
                | StmtKind::Return(_)
                | StmtKind::Delete(_)
                | StmtKind::Raise { .. }
                | StmtKind::Assert { .. }
                | StmtKind::Import(_)
                | StmtKind::ImportFrom { .. }
                | StmtKind::Global(_)
                | StmtKind::Nonlocal(_)
                | StmtKind::Pass
                | StmtKind::Break
                | StmtKind::Continue
        )
    });
    if compound && !blank_end {
        let (line, _) = ctx.idx.pos(source.len());
        return Err(ParseError {
            kind: ast::ParseErrorKind::SyntaxError,
            msg: "incomplete input".into(),
            line,
            col: 1,
            end_col: None,
            incomplete: true,
        });
    }
    Ok(Module { body })
}

/// Parses an `eval` input: one expression (leading blanks allowed), optional newlines.
pub fn parse_expression(source: &str) -> Result<Expr, ParseError> {
    let ctx = Ctx::new(source);
    match run(&ctx, Mode::Expression, 0, source.len(), false) {
        Ok(Top::Expr(e)) => match eval_only(&e) {
            Some(bad) => {
                let pos = ctx.offset(bad.span.line, bad.span.col);
                let err = Error::syntax("invalid syntax", pos, Some(pos + 1));
                Err(err.to_parse_error(&ctx.idx))
            }
            None => Ok(e.e),
        },
        Ok(Top::Module(_)) => Err(internal(&ctx)),
        Err(e) => Err(e.to_parse_error(&ctx.idx)),
    }
}

/// `eval` input is an expression list: no unparenthesised `*x` or `yield` at the top
/// (the grammar's shared entry accepts them for f-string fields).
fn eval_only(e: &Ex) -> Option<&Expr> {
    use ast::ExprKind;
    if e.paren {
        return None;
    }
    match &e.e.kind {
        ExprKind::Starred(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some(&e.e),
        ExprKind::Tuple(elts) => elts.iter().find(|x| matches!(x.kind, ExprKind::Starred(_))),
        _ => None,
    }
}

/// Parses the expression of an f-string replacement field, `src[start..end]`.
fn parse_fstring_field(ctx: &Ctx<'_>, start: usize, end: usize) -> Result<Ex, Error> {
    match run(ctx, Mode::FStringExpr, start, end, true)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(Error::syntax("invalid syntax", start, None)),
    }
}

fn internal(ctx: &Ctx<'_>) -> ParseError {
    Error::syntax("invalid syntax", 0, None).to_parse_error(&ctx.idx)
}

fn ends_with_blank_line(source: &str) -> bool {
    let body = source
        .strip_suffix("\r\n")
        .or_else(|| source.strip_suffix('\n'))
        .or_else(|| source.strip_suffix('\r'));
    let Some(body) = body else {
        return false;
    };
    let last = body.rsplit(['\n', '\r']).next().unwrap_or("");
    body.contains(['\n', '\r']) && last.trim_matches([' ', '\t', '\x0c']).is_empty()
}

/// Runs the parser over `src[start..end]` of the context's source.
fn run(
    ctx: &Ctx<'_>,
    mode: Mode,
    start: usize,
    end: usize,
    interactive: bool,
) -> Result<Top, Error> {
    let mut lexer = Lexer::new(ctx.src(), start, end, mode);
    let result = python::TopParser::new().parse(ctx, lexer.by_ref());
    result.map_err(|e| recover::convert(ctx, e, &mut lexer, mode, (start, end), interactive))
}
