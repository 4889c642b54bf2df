//! The bytecode: one opcode enum, the instruction encoding and the compiled code object.
//!
//! This file is the contract between the compiler (`interp/compiler/`) and the VM
//! (`interp/vm/`). Each opcode's doc line gives its stack effect as `(before -- after)`, top of
//! stack on the right. The compiler's output (`CodeObject`) holds plain Rust data (`Const`),
//! not runtime values, so it can be built without the object model; the VM materialises the
//! constants once when it wraps a `CodeObject` into a runtime code object.
//!
//! Exceptions use a zero-cost exception table (as CPython 3.11): an exception raised by the
//! instruction at index `i` is handled by the innermost entry with `start <= i < end`; the VM
//! truncates the value stack to `depth`, pushes the exception and jumps to `target`. Entries
//! never overlap partially: a nested range comes before its enclosing one.

use std::fmt;

/// Operand of `BinaryOp`: the operator; `INPLACE_FLAG` added for augmented assignment.
pub const INPLACE_FLAG: u32 = 16;

/// Operand flag of `SetUpdate`: the iterable is a constant set display's tuple.
pub const CONST_SET_FLAG: u32 = 0x100;

/// Code flags (`CodeObject::flags`).
pub mod flags {
    /// Locals live in fast slots (functions, lambdas, comprehensions). Module and class bodies
    /// lack it: they use a locals dict and the `*Name` opcodes.
    pub const OPTIMIZED: u32 = 1;
    /// The function takes `*args` (slot after the positional and keyword-only ones).
    pub const VARARGS: u32 = 4;
    /// The function takes `**kwargs` (slot after `*args`, or where `*args` would be).
    pub const VARKEYWORDS: u32 = 8;
    /// The function contains `yield`: calling it returns a generator.
    pub const GENERATOR: u32 = 32;
    /// `async def`: calling it returns a coroutine.
    pub const COROUTINE: u32 = 128;
    /// `async def` containing `yield`: an async generator.
    pub const ASYNC_GENERATOR: u32 = 512;
}

/// One instruction: an opcode and a 32-bit operand (0 when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// The opcodes. Operand meaning is given after the stack effect where there is one.
/// "name i" means `code.names[i]`, "local i" `code.varnames[i]`, "deref i" the frame's cell
/// array (`cellvars` first, then `freevars`), "target" an absolute instruction index.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// ( -- )
    Nop,
    /// (a -- )
    PopTop,
    /// (x1 .. xn -- x1 .. xn x1): push a copy of the n-th item from the top (n >= 1).
    Copy,
    /// swap the top item with the n-th item from the top (n >= 2).
    Swap,
    /// ( -- consts[arg])
    LoadConst,
    /// ( -- local arg); UnboundLocalError if unbound.
    LoadFast,
    /// (v -- ): local arg = v
    StoreFast,
    /// ( -- ): unbind local arg; UnboundLocalError if unbound.
    DeleteFast,
    /// ( -- cell_contents(deref arg)); NameError / UnboundLocalError-style message if empty
    /// ("cannot access free variable 'x' where it is not associated with a value in enclosing
    /// scope" for free vars, "local variable 'x' referenced before assignment" for cells).
    LoadDeref,
    /// (v -- ): set the contents of deref arg.
    StoreDeref,
    /// ( -- ): empty deref arg.
    DeleteDeref,
    /// ( -- cell): push the cell object deref arg itself (to build a closure tuple).
    LoadClosure,
    /// ( -- v): class bodies only: name `freevars[arg - ncellvars]` from the locals dict,
    /// falling back to the contents of deref arg.
    LoadClassDeref,
    /// ( -- v): name arg looked up in the locals dict, then globals, then builtins.
    LoadName,
    /// (v -- ): locals dict[name arg] = v
    StoreName,
    /// ( -- ): del locals dict[name arg]; NameError if missing.
    DeleteName,
    /// ( -- v): name arg from globals, then builtins; NameError if missing.
    LoadGlobal,
    /// (v -- ): globals[name arg] = v
    StoreGlobal,
    /// ( -- ): del globals[name arg]; NameError if missing.
    DeleteGlobal,
    /// (obj -- obj.name): name arg.
    LoadAttr,
    /// (v obj -- ): obj.name = v, name arg.
    StoreAttr,
    /// (obj -- ): del obj.name, name arg.
    DeleteAttr,
    /// (container key -- container[key])
    BinarySubscr,
    /// (v container key -- ): container[key] = v
    StoreSubscr,
    /// (container key -- ): del container[key]
    DeleteSubscr,
    /// (a b -- a op b): operand is `ast::BinOp as u32`, plus `INPLACE_FLAG` for `op=`
    /// (tries `__iop__` first).
    BinaryOp,
    /// (a -- -a)
    UnaryNegative,
    /// (a -- +a)
    UnaryPositive,
    /// (a -- not a): always a bool.
    UnaryNot,
    /// (a -- ~a)
    UnaryInvert,
    /// (a b -- a cmp b): operand 0 `<`, 1 `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=`.
    CompareOp,
    /// (a b -- a is b), or `is not` when the operand is 1.
    IsOp,
    /// (a b -- a in b), or `not in` when the operand is 1.
    ContainsOp,
    /// ( -- ): jump to target.
    Jump,
    /// (v -- ): jump to target if v is false.
    PopJumpIfFalse,
    /// (v -- ): jump to target if v is true.
    PopJumpIfTrue,
    /// (v -- v) and jump to target if v is false, else (v -- ).
    JumpIfFalseOrPop,
    /// (v -- v) and jump to target if v is true, else (v -- ).
    JumpIfTrueOrPop,
    /// (v -- ): jump to target if v is None.
    PopJumpIfNone,
    /// (v -- ): jump to target if v is not None.
    PopJumpIfNotNone,
    /// (obj -- iter(obj))
    GetIter,
    /// (iter -- iter next), or on exhaustion (iter -- ) and jump to target.
    ForIter,
    /// (x1 .. xn -- tuple)
    BuildTuple,
    /// (x1 .. xn -- list)
    BuildList,
    /// (x1 .. xn -- set)
    BuildSet,
    /// (k1 v1 .. kn vn -- dict)
    BuildMap,
    /// (s1 .. sn -- s1+..+sn): n strings, for f-strings.
    BuildString,
    /// (start stop -- slice) when the operand is 2, (start stop step -- slice) when 3.
    BuildSlice,
    /// (list -- tuple(list))
    ListToTuple,
    /// (list x1 .. x(n-1) v -- list x1 .. x(n-1)): append v to the list n items down (after
    /// popping v). Comprehensions use it.
    ListAppend,
    /// Like ListAppend, for a set.
    SetAdd,
    /// (dict x1 .. x(n-1) k v -- dict x1 .. x(n-1)): dict[k] = v, dict n items below k v.
    MapAdd,
    /// (list x1 .. x(n-1) iterable -- list x1 .. x(n-1)): list.extend(iterable).
    ListExtend,
    /// Like ListExtend, for a set (set.update). With `CONST_SET_FLAG` in the operand the
    /// iterable is the constant tuple of a set display, added in the order of the frozenset
    /// constant CPython would build (so displays print in CPython's order).
    SetUpdate,
    /// (dict x1 .. x(n-1) mapping -- dict x1 .. x(n-1)): dict.update(mapping) (dict displays).
    DictUpdate,
    /// Like DictUpdate but a repeated key is a TypeError ("f() got multiple values for
    /// keyword argument 'k'", with the callable n+1 items down... use the function at
    /// position n + 2 below the top after popping, i.e. under the args tuple) and a non-mapping
    /// is "argument after ** must be a mapping, not int": used to build `**kwargs` of calls.
    DictMerge,
    /// (seq -- x(n-1) .. x1 x0): unpack exactly n items, first item on top. Errors: "cannot
    /// unpack non-iterable int object", "not enough values to unpack (expected 3, got 2)",
    /// "too many values to unpack (expected 2)".
    UnpackSequence,
    /// (seq -- after items.. list before items..): operand = before | (after << 8): the
    /// star target gets a list; the first `before` items end up on top, in order to be stored
    /// left to right.
    UnpackEx,
    /// (v -- str): format a value for an f-string. operand & 3: conversion (0 none,
    /// 1 str, 2 repr, 3 ascii); operand & 4: a format spec string is on the stack above the
    /// value: (v spec -- str).
    FormatValue,
    /// (func a1 .. an -- result): call with n positional arguments.
    Call,
    /// (func a1 .. an names -- result): `names` is a tuple constant of keyword names; the last
    /// len(names) of the n arguments are keyword arguments, in that order.
    CallKw,
    /// (func args_tuple -- result), or (func args_tuple kwargs_dict -- result) when the operand
    /// is 1: `f(*a, **k)` style calls.
    CallEx,
    /// (obj a1 .. an -- result): `obj.name(a1, .., an)`; operand = (name index << 8) | n,
    /// n < 256. The VM calls a plain function found on the type with `obj` as first argument
    /// without creating a bound method.
    CallMethod,
    /// ([defaults] [kwdefaults] [annotations] [closure] code -- function): operand bit 1: a
    /// tuple of positional defaults is on the stack; bit 2: a dict of keyword-only defaults;
    /// bit 4: the `__annotations__` dict; bit 8: a tuple of cells (the closure). Name and
    /// qualname come from the code object.
    MakeFunction,
    /// (v -- ): return v from the frame.
    ReturnValue,
    /// (v -- sent): suspend a generator frame yielding v; resumed with the sent value pushed
    /// (None for next()).
    YieldValue,
    /// (iter v -- iter v'): delegate to a sub-iterator (`yield from` / `await`): send v into
    /// iter (`next` if v is None and iter is not a generator/coroutine); if it yields y, the frame
    /// yields y and on resume this same instruction runs again with the sent value as v; if
    /// it returns r (StopIteration), pop both and push r and continue: (iter v -- r).
    /// `throw()`/`close()` on a frame suspended here are forwarded to iter.
    YieldFrom,
    /// (obj -- iter): `yield from obj`: iter(obj), but a generator or coroutine is kept as is.
    GetYieldFromIter,
    /// (obj -- awaitable_iter): for `await obj`: a coroutine as is, else `obj.__await__()`.
    /// TypeError "object int can't be used in 'await' expression".
    GetAwaitable,
    /// ( -- builtins.__build_class__)
    LoadBuildClass,
    /// (level fromlist -- module): import name arg (`__import__(name, globals, None, fromlist,
    /// level)`; for `import a.b.c` without fromlist this pushes the top-level package `a`).
    ImportName,
    /// (module -- module attr): `from module import name arg`; ImportError "cannot import name
    /// 'x' from 'm' (path)" when missing (try the submodule `m.x` first).
    ImportFrom,
    /// (module -- ): `from module import *` into the locals dict (honours `__all__`, otherwise
    /// names not starting with `_`).
    ImportStar,
    /// raise: operand 0 re-raises the exception being handled ("RuntimeError: No active
    /// exception to reraise" if none): ( -- ); 1: (exc -- ); 2: (exc cause -- ) for
    /// `raise exc from cause`. A class is instantiated with no arguments.
    RaiseVarargs,
    /// (exc -- ): re-raise exc keeping its traceback (end of finally/except blocks).
    Reraise,
    /// (exc -- prev exc): entering an except/finally handler: push the previously handled
    /// exception (None if none) below exc and make exc the one being handled (sys.exc_info).
    PushExcInfo,
    /// (prev -- ): leaving a handler: restore `prev` as the exception being handled.
    PopExcept,
    /// (exc type -- exc bool): does exc match the class or tuple of classes `type`
    /// (TypeError "catching classes that do not inherit from BaseException is not allowed").
    CheckExcMatch,
    /// (mgr -- exit enter_result): look up `type(mgr).__enter__` and `__exit__` (TypeError
    /// "'X' object does not support the context manager protocol" if missing), push the bound
    /// `__exit__` and the result of calling `__enter__`.
    BeforeWith,
    /// (mgr -- aexit aenter_awaitable): `async with`: like BeforeWith with `__aenter__` /
    /// `__aexit__`; the result of `__aenter__()` must then be awaited by the compiler's code.
    BeforeAsyncWith,
    /// (exit prev exc -- exit prev exc result): inside a with-statement's exception handler
    /// (after PushExcInfo): call `exit(type(exc), exc, exc.__traceback__)`; exit is the bound
    /// `__exit__` pushed by BeforeWith, 3 items down.
    WithExceptStart,
    /// (aiter -- aiter awaitable): `async for`: push `type(aiter).__anext__(aiter)`.
    GetANext,
    /// (obj -- aiter): `async for`: `obj.__aiter__()`.
    GetAIter,
    /// (exc -- ): `async for` exit: if exc is StopAsyncIteration, pop it and continue; else
    /// re-raise it. Used as the handler of the awaited `__anext__`.
    EndAsyncFor,
    /// ( -- ): set up annotations dict `__annotations__` in the locals dict if absent.
    SetupAnnotations,
    /// (v -- ): REPL expression statement: print repr(v) unless None, and bind builtins._
    PrintExpr,
    /// (a -- a): no-op marker for a backward jump target: checks the eval breaker.
    /// (Not emitted; backward `Jump`s check it themselves.) Kept last for a stable range.
    Resume,
}

/// Compile-time constants. The VM turns them into runtime values once per code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(num_bigint::BigInt),
    Float(f64),
    /// A complex literal's value (real part 0 from the parser; folding may set it).
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    /// A tuple of constants: keyword-name tuples for `CallKw` and constant tuples.
    Tuple(Vec<Const>),
    Code(std::sync::Arc<CodeObject>),
}

/// One exception-table entry: instructions `start..end` are handled at `target`, with the value
/// stack first truncated to `depth` items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// Source position of one instruction, for tracebacks (1-based line, 0-based columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled function, class body, module or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, `C` (class body).
    pub name: String,
    /// `C.method.<locals>.inner` as CPython computes `__qualname__`.
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// Number of positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Local slots: positional params, keyword-only params, `*args`, `**kwargs`, then other
    /// locals. Only meaningful with `flags::OPTIMIZED`.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes (each gets a cell).
    pub cellvars: Vec<String>,
    /// For each cellvar that is also a parameter: the parameter's local slot (the VM moves
    /// the argument into the cell at frame entry); `None` otherwise.
    pub cell2arg: Vec<Option<u32>>,
    /// Variables of enclosing scopes used here (cells come from the function's closure).
    pub freevars: Vec<String>,
    /// Global, attribute and imported names used by `*Name`, `*Global`, `*Attr`,
    /// `CallMethod` and imports.
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub instrs: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum value-stack depth the frame needs.
    pub stacksize: u32,
    /// Docstring (first statement string literal of a function/class/module), if any.
    pub docstring: Option<String>,
}

impl CodeObject {
    /// The line number of instruction `i` (for tracebacks).
    pub fn line_of(&self, i: usize) -> u32 {
        self.positions.get(i).map_or(self.firstlineno, |p| p.line)
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {}", self.op, self.arg)
    }
}

/// A human-readable listing of a code object and its nested code objects (for debugging
/// the compiler: `gilpy --dis script.py`).
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(
        out,
        "Disassembly of <code {}> (args {}, flags {:#x}, stack {}):",
        code.qualname, code.argcount, code.flags, code.stacksize
    );
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(i);
        let _ = writeln!(out, "{:>5} {:>5} {:?} {}", line, i, ins.op, ins.arg);
    }
    for e in &code.exception_table {
        let _ = writeln!(
            out,
            "  except {}..{} -> {} depth {}",
            e.start, e.end, e.target, e.depth
        );
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}
