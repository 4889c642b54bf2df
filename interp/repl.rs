//! The interactive prompt: `>>>`/`...` prompts, multi-line blocks ended by a blank line,
//! expression results echoed as `repr`, tracebacks that do not end the session, Ctrl-C
//! cancelling the current input, Ctrl-D leaving. On a terminal it uses rustyline with a
//! persistent history file; otherwise it reads lines from stdin and writes prompts to stderr
//! as CPython does.

use gilpy::compiler::Mode;
use gilpy::object::Payload;
use gilpy::value::Value;
use gilpy::vm::Vm;
use std::io::{BufRead, IsTerminal, Write};

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

/// Run the REPL in module `m` until end of input; returns the exit code.
pub fn run(vm: &mut Vm, m: &Value) -> i32 {
    let tty = std::io::stdin().is_terminal();
    // Line editing needs a capable terminal; a dumb one gets plain line reading.
    let capable = !matches!(
        std::env::var("TERM").as_deref(),
        Err(_) | Ok("dumb") | Ok("")
    );
    let mut editor = if tty && capable {
        rustyline::DefaultEditor::new().ok()
    } else {
        None
    };
    let history = std::env::var("HOME")
        .map(|h| format!("{h}/.gilpy_history"))
        .unwrap_or_else(|_| ".gilpy_history".into());
    if let Some(ed) = editor.as_mut() {
        let _ = ed.load_history(&history);
    }
    if tty {
        println!(
            "gilpy {} (Python 3.11 compatible)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut read = |prompt: &str| -> Line {
        if let Some(ed) = editor.as_mut() {
            return match ed.readline(prompt) {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    Line::Text(l)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            };
        }
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        match lines.next() {
            Some(Ok(l)) => Line::Text(l),
            _ => Line::Eof,
        }
    };
    let globals = match m.payload() {
        Some(Payload::Module(md)) => md.dict.clone(),
        _ => return 1,
    };
    let mut rc = 0;
    'outer: loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        loop {
            // Other threads run while we wait for a line; a Ctrl-C that arrived meanwhile
            // (plain line reading) cancels the input, as at CPython's prompt.
            let line = gilpy::gil::allow_threads("input", || read(prompt));
            let line = match line {
                Line::Text(_) if gilpy::signals::take_sigint() => Line::Interrupted,
                l => l,
            };
            match line {
                Line::Eof => {
                    if !tty {
                        eprintln!();
                    }
                    break 'outer;
                }
                Line::Interrupted => {
                    let _ = gilpy::stdlib::sys::flush_stdout(vm);
                    eprintln!("\nKeyboardInterrupt");
                    continue 'outer;
                }
                Line::Text(l) => {
                    if buf.is_empty() && l.trim().is_empty() {
                        continue;
                    }
                    let blank = l.trim().is_empty();
                    buf.push_str(&l);
                    buf.push('\n');
                    match gilpy::grammar::parse_interactive(&buf) {
                        Err(e) if e.incomplete && !blank => {
                            prompt = "... ";
                            continue;
                        }
                        Ok(_) if prompt == "... " && !blank => continue,
                        _ => break,
                    }
                }
            }
        }
        let r = vm
            .compile_source(&buf, "<stdin>", Mode::Interactive)
            .and_then(|code| vm.run_code(code, globals.clone(), None));
        let _ = gilpy::stdlib::sys::flush_stdout(vm);
        if let Err(e) = r {
            if vm.exc_matches(&e, "SystemExit") {
                rc = gilpy::interpreter::handle_uncaught(vm, &e);
                break;
            }
            vm.print_exception(&e);
        }
    }
    if let Some(ed) = editor.as_mut() {
        let _ = ed.save_history(&history);
    }
    rc
}
