//! The compiler: AST → `CodeObject` (CPython 3.11's `Python/compile.c`, adapted to our opcodes).
//!
//! Pipeline: `symvisit` + `symtable` build and resolve the symbol tables for the whole tree;
//! then one `Unit` per code object (module, class body, function, lambda, comprehension) is
//! filled with instructions by the statement (`stmt`, `unwind`) and expression (`expr`, `call`,
//! `func`) code generators, and `assemble` turns it into a `CodeObject` (labels resolved,
//! unreachable code dropped, exception table and stack size computed by `stackdepth`).
//! Compile errors are `ParseError`s of kind `SyntaxError`, worded and placed as CPython's.

mod annotations;
mod assemble;
mod call;
mod expr;
mod func;
mod stackdepth;
mod stmt;
mod symtable;
mod symvisit;
mod unit;
mod unwind;

#[cfg(test)]
mod tests;

use std::borrow::Cow;

use crate::bytecode::{CodeObject, Op};
use crate::grammar::ast::{self, ParseError, ParseErrorKind, Span};
use symtable::SymbolTable;
use unit::Unit;

/// How the source is to be run (CPython's `compile()` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script.
    Exec,
    /// A single expression whose value the code returns.
    Eval,
    /// One REPL entry: expression statements print their value (`PrintExpr`).
    Interactive,
}

/// What to compile: a module (for `Exec` / `Interactive`) or an expression (for `Eval`).
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    Module(&'a ast::Module),
    Expr(&'a ast::Expr),
}

/// Compile a module or expression into the code object of its top level.
///
/// `Source::Expr` is always compiled in eval mode; `Source::Module` in `Mode::Eval` must be a
/// single expression statement.
pub fn compile(source: Source<'_>, filename: &str, mode: Mode) -> Result<CodeObject, ParseError> {
    let (tree, mode) = match (source, mode) {
        (Source::Expr(e), _) => (symvisit::ModuleOrExpr::Expr(e), Mode::Eval),
        (Source::Module(m), Mode::Eval) => match m.body.as_slice() {
            [ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }] => (symvisit::ModuleOrExpr::Expr(e), Mode::Eval),
            _ => {
                let span = m.body.first().map_or_else(Span::default, |s| s.span);
                return Err(error_at("invalid syntax", span));
            }
        },
        (Source::Module(m), mode) => (symvisit::ModuleOrExpr::Module(m), mode),
    };
    let future_annotations = match tree {
        symvisit::ModuleOrExpr::Module(m) => annotations::future_annotations(&m.body)?,
        symvisit::ModuleOrExpr::Expr(_) => false,
    };
    let table = symvisit::build(tree)?;
    let mut c = Compiler {
        table,
        filename: filename.to_string(),
        interactive: mode == Mode::Interactive,
        future_annotations,
        units: Vec::new(),
        guard: DepthGuard::default(),
    };
    c.compile_top(tree)
}

/// Code generation state shared by all units of one compilation.
pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    filename: String,
    interactive: bool,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future_annotations: bool,
    /// The units being compiled, innermost last.
    units: Vec<Unit<'a>>,
    guard: DepthGuard,
}

type R = Result<(), ParseError>;

impl<'a> Compiler<'a> {
    fn compile_top(&mut self, tree: symvisit::ModuleOrExpr<'a>) -> Result<CodeObject, ParseError> {
        let mut unit = Unit::new(0, &self.table, "<module>".into(), "<module>".into(), None);
        unit.firstlineno = 1;
        self.units.push(unit);
        match tree {
            symvisit::ModuleOrExpr::Expr(e) => {
                self.set_loc(e.span);
                self.expr(e)?;
                self.emit(Op::ReturnValue, 0);
            }
            symvisit::ModuleOrExpr::Module(m) => {
                if self.interactive {
                    if stmt::find_ann(&m.body) {
                        self.emit(Op::SetupAnnotations, 0);
                    }
                    self.stmts(&m.body)?;
                } else {
                    self.body(&m.body)?;
                }
                self.return_none();
            }
        }
        self.finish_unit()
    }

    /// Pop the current unit and assemble it.
    fn finish_unit(&mut self) -> Result<CodeObject, ParseError> {
        let Some(unit) = self.units.pop() else {
            return Err(error_at(
                "internal compiler error: no unit",
                Span::default(),
            ));
        };
        Ok(assemble::assemble(unit, &self.filename))
    }

    /// Trailing `return None` for code that falls off its end (dropped if unreachable).
    fn return_none(&mut self) {
        self.load_const(crate::bytecode::Const::None);
        self.emit(Op::ReturnValue, 0);
    }

    fn error<T>(&self, msg: impl Into<String>, span: Span) -> Result<T, ParseError> {
        Err(error_at(msg, span))
    }
}

/// A `SyntaxError` at `span` (CPython's 1-based offsets; end only when on the same line).
pub(crate) fn error_at(msg: impl Into<String>, span: Span) -> ParseError {
    ParseError {
        kind: ParseErrorKind::SyntaxError,
        msg: msg.into(),
        line: span.line,
        col: span.col + 1,
        end_col: (span.end_line == span.line && span.end_col > span.col)
            .then_some(span.end_col + 1),
        incomplete: false,
    }
}

/// Private name mangling: inside class `C`, `__x` (not ending in `__`, no dot) becomes `_C__x`
/// (leading underscores of the class name stripped; an all-underscore class name mangles
/// nothing).
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Nesting limit of the recursive AST walks, so that no input overflows the native stack
/// (CPython raises `RecursionError` here; our error type only carries syntax errors).
const MAX_NESTING: u32 = 1500;

#[derive(Default)]
pub(crate) struct DepthGuard {
    depth: u32,
}

impl DepthGuard {
    pub(crate) fn enter(&mut self, span: Span) -> R {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.depth -= 1;
            return Err(error_at(
                "maximum recursion depth exceeded during compilation",
                span,
            ));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}
