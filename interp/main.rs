//! The `gilpy` command: CPython's command-line conventions (`gilpy script.py args…`,
//! `-c CODE`, `-` for stdin, `-i` for a REPL after the script, `-m`-free).
//!
//! Exit codes: 0 on success, 1 on an uncaught exception, `n` for `sys.exit(n)`, 2 for bad
//! usage or a script file that cannot be opened.

mod repl;

use clap::Parser;
use gilpy::interpreter::{self, finalize, main_module, new_interp, on_big_stack, run_in_module};
use gilpy::vm::{Vm, THREAD_STACK_SIZE};

#[derive(Parser, Debug)]
#[command(
    name = "gilpy",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 compatible)"),
    about = "A Python interpreter with a real global interpreter lock",
    trailing_var_arg = true
)]
struct Cli {
    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// Inspect interactively after running the script.
    #[arg(short = 'i')]
    interactive: bool,
    /// Implementation-specific options (`-X gil=0`).
    #[arg(short = 'X', value_name = "OPT")]
    xopts: Vec<String>,
    /// Ignored, for CPython compatibility (no site module).
    #[arg(short = 'S')]
    no_site: bool,
    /// Unbuffered stdout (also `PYTHONUNBUFFERED` set to a non-empty value).
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Ignored, for CPython compatibility.
    #[arg(short = 'B')]
    no_bytecode: bool,
    /// Ignored, for CPython compatibility.
    #[arg(short = 'E')]
    ignore_env: bool,
    /// Run without the global interpreter lock (free-threaded).
    #[arg(long = "no-gil")]
    no_gil: bool,
    /// Seconds a thread may hold the GIL while others wait (`sys.setswitchinterval`).
    #[arg(long = "switch-interval", value_name = "SECONDS")]
    switch_interval: Option<f64>,
    /// Write a Chrome trace-event timeline of the GIL (open it in Perfetto).
    #[arg(long = "trace", value_name = "FILE")]
    trace: Option<String>,
    /// Print per-thread GIL statistics (holding, waiting, released, switches) at exit.
    #[arg(long = "gil-stats")]
    gil_stats: bool,
    /// Print the bytecode of the script instead of running it.
    #[arg(long = "dis")]
    dis: bool,
    /// The script file (`-` for standard input), then its arguments.
    #[arg(value_name = "SCRIPT", allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() {
    let cli = Cli::parse();
    let gil = match gil_mode(&cli) {
        Ok(on) => on,
        Err(msg) => {
            eprintln!("gilpy: {msg}");
            std::process::exit(2);
        }
    };
    gilpy::gil::set_enabled(gil);
    let env_unbuffered =
        !cli.ignore_env && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    gilpy::stdlib::sys::set_unbuffered(cli.unbuffered || env_unbuffered);
    if let Some(s) = cli.switch_interval {
        if !(s > 0.0 && s < 1e9) {
            eprintln!("gilpy: --switch-interval must be a positive number of seconds");
            std::process::exit(2);
        }
        gilpy::gil::set_switch_interval(std::time::Duration::from_secs_f64(s));
    }
    gilpy::gil_trace::start(cli.gil_stats, cli.trace.is_some());
    let (stats, trace) = (cli.gil_stats, cli.trace.clone());
    let code = on_big_stack(move || {
        interpreter::enter_main_thread();
        let rc = run(cli);
        if let Err(msg) = gilpy::gil_trace::finish(stats, trace.as_deref()) {
            eprintln!("{msg}");
        }
        rc
    });
    if code == interpreter::EXIT_BY_SIGINT && gilpy::interpreter::died_of_sigint() {
        gilpy::signals::exit_by_sigint();
    }
    std::process::exit(code);
}

/// With or without the GIL: `--no-gil`, else `-X gil=0|1`, else `PYTHON_GIL=0|1`, else on.
fn gil_mode(cli: &Cli) -> Result<bool, String> {
    if cli.no_gil {
        return Ok(false);
    }
    let parse = |v: &str, what: &str| match v {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!("{what} must be \"0\" or \"1\"")),
    };
    if let Some(x) = cli.xopts.iter().rev().find_map(|x| x.strip_prefix("gil=")) {
        return parse(x, "-X gil");
    }
    match std::env::var("PYTHON_GIL") {
        Ok(v) if !v.is_empty() => parse(&v, "PYTHON_GIL"),
        _ => Ok(true),
    }
}

fn run(cli: Cli) -> i32 {
    let _ = (cli.no_site, cli.no_bytecode, cli.ignore_env);
    if let Some(code) = cli.command.clone() {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        let interp = new_interp(&argv, "");
        let mut vm = Vm::new(interp, THREAD_STACK_SIZE);
        let m = main_module(&mut vm, None);
        let mut rc = run_in_module(&mut vm, &m, &code, "<string>");
        if cli.interactive && rc == 0 {
            rc = repl::run(&mut vm, &m);
        }
        finalize(&mut vm);
        return rc;
    }
    let stdin_tty = std::io::IsTerminal::is_terminal(&std::io::stdin());
    let script = match cli.args.first().cloned() {
        Some(s) => Some(s),
        // `gilpy < file` runs the file as a script, as CPython does.
        None if !stdin_tty && !cli.interactive => Some("-".to_string()),
        None => None,
    };
    let Some(script) = script else {
        let interp = new_interp(&[String::new()], "");
        let mut vm = Vm::new(interp, THREAD_STACK_SIZE);
        let m = main_module(&mut vm, None);
        let rc = repl::run(&mut vm, &m);
        finalize(&mut vm);
        return rc;
    };
    let argv: Vec<String> = if cli.args.is_empty() {
        vec![String::new()]
    } else {
        cli.args.clone()
    };
    if script == "-" {
        let interp = new_interp(&argv, "");
        let mut vm = Vm::new(interp, THREAD_STACK_SIZE);
        let m = main_module(&mut vm, Some("<stdin>"));
        let mut src = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src);
        let rc = match gilpy::grammar::decode_source(&src) {
            Ok(text) => run_in_module(&mut vm, &m, &text, "<stdin>"),
            Err(e) => {
                let err = vm.syntax_error(&e, "<stdin>", "");
                interpreter::handle_uncaught(&mut vm, &err)
            }
        };
        finalize(&mut vm);
        return rc;
    }
    let bytes = match std::fs::read(&script) {
        Ok(b) => b,
        Err(e) => {
            let (errno, msg) = match e.raw_os_error() {
                Some(2) => (2, "No such file or directory".to_string()),
                Some(13) => (13, "Permission denied".to_string()),
                Some(21) => (21, "Is a directory".to_string()),
                Some(n) => (n, e.to_string()),
                None => (0, e.to_string()),
            };
            eprintln!("gilpy: can't open file '{script}': [Errno {errno}] {msg}");
            return 2;
        }
    };
    let dir = std::path::Path::new(&script)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let path0 = if dir.is_empty() { ".".to_string() } else { dir };
    let path0 = std::fs::canonicalize(&path0)
        .map(|p| p.display().to_string())
        .unwrap_or(path0);
    let interp = new_interp(&argv, &path0);
    let mut vm = Vm::new(interp, THREAD_STACK_SIZE);
    // As CPython (3.9+): `__file__` and the code's file name are the script path made
    // absolute by prefixing the working directory, not normalised; `sys.argv[0]` stays as
    // given.
    let script = match std::env::current_dir() {
        Ok(cwd) if std::path::Path::new(&script).is_relative() => {
            format!("{}/{script}", cwd.display())
        }
        _ => script,
    };
    let m = main_module(&mut vm, Some(&script));
    let mut rc = match gilpy::grammar::decode_script(&bytes, &script) {
        Ok(text) => {
            if cli.dis {
                match gilpy::grammar::parse_module(&text).and_then(|ast| {
                    gilpy::compiler::compile(
                        gilpy::compiler::Source::Module(&ast),
                        &script,
                        gilpy::compiler::Mode::Exec,
                    )
                }) {
                    Ok(code) => {
                        print!("{}", gilpy::bytecode::disassemble(&code));
                        0
                    }
                    Err(e) => {
                        let err = vm.syntax_error(&e, &script, &text);
                        interpreter::handle_uncaught(&mut vm, &err)
                    }
                }
            } else {
                run_in_module(&mut vm, &m, &text, &script)
            }
        }
        Err(e) => {
            // CPython reports an undecodable script without a location.
            let err = vm.plain_syntax_error(&e.msg);
            interpreter::handle_uncaught(&mut vm, &err)
        }
    };
    if cli.interactive {
        rc = repl::run(&mut vm, &m);
    }
    finalize(&mut vm);
    rc
}
