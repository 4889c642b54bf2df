//! gilpy: a Python 3.11-compatible bytecode interpreter with a real global interpreter lock.
//!
//! Pipeline: `grammar` (source → AST) → `compiler` (AST → `bytecode::CodeObject`) → `vm`
//! (runtime code objects, frames, the eval loop) over the object model in `value`,
//! `object` and `objects`. `builtins` and `stdlib` provide the library. See
//! ARCHITECTURE.md for the map.

#[path = "../grammar/mod.rs"]
pub mod grammar;

#[path = "../stdlib/mod.rs"]
pub mod stdlib;

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod fmt;
pub mod gil;
pub mod gil_trace;
pub mod interpreter;
pub mod object;
pub mod objects;
pub mod objref;
pub mod signals;
pub mod value;
pub mod vm;
