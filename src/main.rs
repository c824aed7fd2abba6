//! The `pyaot` command: parse the flags, run the pipeline, print diagnostics.

use clap::{Parser, ValueEnum};
use pyaot::diag::Diagnostic;
use pyaot::driver::{self, Emit, Options};
use pyaot::link;
use pyaot::target::{self, Target};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compile a Python 3 program to a native executable, a Cortex-M image or an object.
#[derive(Parser)]
#[command(name = "pyaot", version, about, long_about = None)]
struct Cli {
    /// The Python file to compile.
    #[arg(required_unless_present_any = ["print_runtime_lib", "print_link_args", "print_include_dir"])]
    input: Option<PathBuf>,
    /// Where to write the output (default: the input's name without .py, or .o with -c).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Write a relocatable object instead of linking.
    #[arg(short = 'c')]
    object_only: bool,
    /// The target triple.
    #[arg(long, default_value = "x86_64-unknown-linux-gnu", help = format!("The target triple [supported: {}]", target::SUPPORTED.join(", ")))]
    target: String,
    /// Print an intermediate form instead of compiling.
    #[arg(long, value_enum)]
    emit: Option<EmitKind>,
    /// Write DWARF debug information (source lines, functions, variables, call
    /// frames) for debuggers.
    #[arg(short = 'g')]
    debug: bool,
    /// Also look for imported modules in this folder (after the main file's own;
    /// may be repeated).
    #[arg(short = 'I', value_name = "DIR")]
    import_paths: Vec<PathBuf>,
    /// The heap's size limit compiled into the program, e.g. 64K or 16M (host: the
    /// most the heap may grow to, unless PYAOT_HEAP_LIMIT says otherwise at run time;
    /// bare metal: a cap on the linker script's heap region). Beyond it MemoryError.
    #[arg(long, value_name = "SIZE", value_parser = parse_heap_size)]
    heap_size: Option<u64>,
    /// With -c: also write a C header declaring the module's @export functions (and
    /// the @extern ones C must define).
    #[arg(long, value_name = "FILE", requires = "object_only")]
    emit_header: Option<PathBuf>,
    /// Print the path of the target's runtime library (libpyaot_rt.a), to link
    /// objects from -c into a C program, and stop.
    #[arg(long)]
    print_runtime_lib: bool,
    /// Print what else a C compiler driver (cc, arm-none-eabi-gcc) needs to link
    /// objects from -c with the runtime library, and stop.
    #[arg(long)]
    print_link_args: bool,
    /// Print the folder holding pyaot.h, the runtime's C API, and stop.
    #[arg(long)]
    print_include_dir: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum EmitKind {
    /// The IR listing.
    Ir,
    /// The machine code of each function under its Python source lines.
    Asm,
}

/// `--heap-size`: a byte count with an optional K/M/G suffix, as PYAOT_HEAP_LIMIT.
fn parse_heap_size(text: &str) -> Result<u64, String> {
    match pyaot_abi::parse_size(text.as_bytes()) {
        Some(0) => Err("the heap size must be more than 0".to_string()),
        Some(n) => Ok(n),
        None => Err(format!(
            "'{text}' is not a size (a number of bytes, optionally with K, M or G)"
        )),
    }
}

/// Stack of the compiling thread.
const COMPILER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A panic is a bug in pyaot: say so plainly instead of showing a Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("pyaot: internal compiler error: {info}");
        eprintln!("note: this is a bug in pyaot; please report it with the input that caused it");
    }));
    // The front end and lowering recurse over the syntax tree; a big stack (virtual
    // memory, touched only as deep as a program goes) lets them take any program the
    // nesting limit of the subset check admits.
    let worker = std::thread::Builder::new()
        .stack_size(COMPILER_STACK)
        .spawn(move || run(&cli));
    let result = match worker {
        Ok(handle) => handle.join(),
        Err(e) => Ok(Err(Diagnostic::plain(format!(
            "cannot start the compiler thread: {e}"
        )))),
    };
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(d)) => {
            eprintln!("{d}");
            ExitCode::from(1)
        }
        Err(_) => ExitCode::from(101),
    }
}

fn run(cli: &Cli) -> Result<(), Diagnostic> {
    let target = Target::parse(&cli.target)?;
    if cli.print_runtime_lib || cli.print_link_args || cli.print_include_dir {
        if cli.print_runtime_lib {
            let dir = link::runtime_dir(&target)?;
            println!("{}", dir.join(link::RUNTIME_LIB).display());
        }
        if cli.print_link_args {
            println!("{}", link::c_link_args(&target)?.join(" "));
        }
        if cli.print_include_dir {
            println!("{}", link::include_dir()?.display());
        }
        return Ok(());
    }
    let Some(input) = &cli.input else {
        return Err(Diagnostic::plain("no input file"));
    };
    let emit = match (cli.emit, cli.object_only) {
        (Some(EmitKind::Ir), _) => Emit::Ir,
        (Some(EmitKind::Asm), _) => Emit::Asm,
        (None, true) => Emit::Object,
        (None, false) => Emit::Executable,
    };
    driver::run(&Options {
        input: input.clone(),
        output: cli.output.clone(),
        target,
        emit,
        debug: cli.debug,
        import_paths: cli.import_paths.clone(),
        header: cli.emit_header.clone(),
        heap_size: cli.heap_size,
    })
}
