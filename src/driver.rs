//! The pipeline: read → parse and check → lower to IR → generate code → write the
//! object → link. Outputs are written to a temporary file and renamed into place, so
//! a failure never leaves a partial output behind.

use crate::diag::Diagnostic;
use crate::obj::{dwarf, statics, ObjectWriter};
use crate::target::Target;
use crate::{codegen, front, ir, link};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// A linked executable (host) or image (bare metal).
    Executable,
    /// A relocatable object (`-c`).
    Object,
    /// The IR listing on stdout.
    Ir,
    /// The annotated assembly listing on stdout (`--emit asm`).
    Asm,
}

/// A compilation request.
pub struct Options {
    /// The main .py file.
    pub input: PathBuf,
    /// The output path (default: derived from the input).
    pub output: Option<PathBuf>,
    /// The target.
    pub target: Target,
    /// What to produce.
    pub emit: Emit,
    /// Write DWARF debug information (`-g`).
    pub debug: bool,
    /// More folders to find imported modules in (`-I`), after the main file's.
    pub import_paths: Vec<PathBuf>,
    /// Also write the module's C header here (`--emit-header`, with `-c`).
    pub header: Option<PathBuf>,
    /// The heap size limit compiled into the program (`--heap-size`).
    pub heap_size: Option<u64>,
}

/// Runs the whole compilation.
pub fn run(opts: &Options) -> Result<(), Diagnostic> {
    let text = std::fs::read_to_string(&opts.input).map_err(|e| {
        Diagnostic::plain(format!(
            "cannot read '{}': {}",
            opts.input.display(),
            io_reason(&e)
        ))
    })?;
    let program = front::load_program(&opts.input, text, &opts.import_paths)?;
    let mut modules = (0..program.modules.len())
        .map(|i| ir::lower::lower_module(&program, i, opts.target.word_bytes() * 8))
        .collect::<Result<Vec<_>, _>>()?;
    // An object for C programs names its init after its file, so that several link
    // into one program; `pyaot_init___main__` stays as a weak alias for programs
    // that link one (and call `pyaot_main` with it).
    let main_alias = if opts.emit == Emit::Object {
        modules[0].functions[0].symbol = c_init_symbol(&opts.input);
        Some(MAIN_INIT_ALIAS)
    } else {
        None
    };
    if opts.emit == Emit::Ir {
        for module in &modules {
            print!("{module}");
        }
        return Ok(());
    }
    if opts.emit == Emit::Asm {
        for module in &modules {
            print!("{}", compile_listing(module, &opts.target)?);
        }
        return Ok(());
    }
    let object = compile_program(
        &modules,
        &opts.target,
        opts.emit == Emit::Executable,
        opts.debug,
        opts.heap_size,
        main_alias,
    )?;
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| default_output(&opts.input, opts.emit));
    match opts.emit {
        Emit::Object => {
            let Some(header_path) = &opts.header else {
                return write_atomically(&output, &object, false);
            };
            if same_file(header_path, &output) {
                return Err(Diagnostic::plain(format!(
                    "the header and the object would both be '{}'",
                    output.display()
                )));
            }
            let text = header_text(&opts.input, header_path, &program.modules[0], &modules[0])?;
            write_atomically(header_path, text.as_bytes(), false)?;
            // Both or neither: a failed object write takes the header back.
            write_atomically(&output, &object, false).inspect_err(|_| {
                let _ = std::fs::remove_file(header_path);
            })
        }
        _ => {
            let tmp = tempfile::tempdir().map_err(|e| {
                Diagnostic::plain(format!("cannot create a temporary directory: {e}"))
            })?;
            let obj_path = tmp.path().join("main.o");
            std::fs::write(&obj_path, &object).map_err(|e| {
                Diagnostic::plain(format!("cannot write {}: {e}", obj_path.display()))
            })?;
            let linked = tmp.path().join("a.out");
            link::link(&opts.target, &[obj_path], &linked)?;
            let bytes = std::fs::read(&linked)
                .map_err(|e| Diagnostic::plain(format!("cannot read the linked output: {e}")))?;
            write_atomically(&output, &bytes, true)
        }
    }
}

/// The weak alias of the main module's init in an object for C (see [`c_init_symbol`]).
pub const MAIN_INIT_ALIAS: &str = "pyaot_init___main__";

/// The C identifier of a source file's stem (`my-filter.py` → `my_filter`): the
/// header's `<stem>_init()` and the init symbol of an object for C.
fn c_stem(input: &Path) -> String {
    let stem = input
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    crate::header::c_identifier(&stem)
}

/// The init symbol of the main module of an object compiled with `-c` from `input`:
/// `pyaot_main_init_<stem>`, unique per file name (imported modules' inits are
/// `pyaot_init_<module>` and local to the object, so they cannot collide with it).
pub fn c_init_symbol(input: &Path) -> String {
    format!("pyaot_main_init_{}", c_stem(input))
}

/// The C header of a module compiled with `-c` (`--emit-header`).
fn header_text(
    input: &Path,
    header: &Path,
    parsed: &front::ParsedModule,
    module: &ir::Module,
) -> Result<String, Diagnostic> {
    let name_of = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    crate::header::generate(&crate::header::HeaderInput {
        module,
        functions: &parsed.interop.functions,
        source_name: &name_of(input),
        header_name: &name_of(header),
        c_module: &c_stem(input),
    })
    .map_err(|e| Diagnostic::plain(format!("cannot write the header: {e}")))
}

/// Whether two output paths name the same file (textually, or once resolved when
/// their folders exist).
fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| -> Option<PathBuf> {
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Some(std::fs::canonicalize(dir).ok()?.join(p.file_name()?))
    };
    a == b || matches!((resolve(a), resolve(b)), (Some(x), Some(y)) if x == y)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn default_output(input: &Path, emit: Emit) -> PathBuf {
    let stem = input
        .file_stem()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("a"));
    match emit {
        Emit::Object => stem.with_extension("o"),
        _ => stem,
    }
}

fn ice(f: &str, e: String) -> Diagnostic {
    Diagnostic::plain(format!("internal compiler error in function '{f}': {e}"))
}

/// Compiles a single-module program (see `compile_program`).
pub fn compile_module(
    module: &ir::Module,
    target: &Target,
    entry: bool,
    debug: bool,
) -> Result<Vec<u8>, Diagnostic> {
    compile_program(
        std::slice::from_ref(module),
        target,
        entry,
        debug,
        None,
        None,
    )
}

/// Compiles a program's modules (the main one first) into one object file's bytes;
/// with `entry`, also emits `main`, which runs the main module. With `debug`, the
/// object also carries DWARF debug information (a compile unit per module); the
/// code is the same. Global symbols: the main module's init, the `@export` entry
/// points, `main` with `entry`, and `main_alias` (a weak alias of the main module's
/// init) when given; everything else is local to the object, imported modules
/// included, so each object linked into a C program has its own copy of them.
pub fn compile_program(
    modules: &[ir::Module],
    target: &Target,
    entry: bool,
    debug: bool,
    heap_size: Option<u64>,
    main_alias: Option<&str>,
) -> Result<Vec<u8>, Diagnostic> {
    let mut w = ObjectWriter::new(target);
    if let Some(size) = heap_size {
        // A strong definition of the runtime's weak default (pyaot_abi::sym docs).
        let max = if target.word_bytes() == 4 {
            u32::MAX as u64
        } else {
            u64::MAX
        };
        w.add_global_word(pyaot_abi::sym::HEAP_SIZE_DEFAULT, size.min(max));
    }
    for (k, module) in modules.iter().enumerate() {
        let described = add_module(&mut w, module, target, debug, k == 0)?;
        if let (0, Some(alias)) = (k, main_alias) {
            w.add_weak_alias(alias, &module.functions[0].symbol);
        }
        if entry && k == 0 {
            add_entry(&mut w, module, target, debug, described)?;
        } else if debug {
            w.add_debug_info(&debug_unit(module, target, described))
                .map_err(|e| ice(&module.name, e))?;
        }
    }
    // Methods behind hooks (str's Unicode-table methods, str's method groups, float's,
    // int's and tuple's methods) are linked when some module spells a method's
    // name; in an object for a C program, which may call any method by name
    // (`pyaot_call_method`), always.
    let spelled =
        |name: &str| !entry || modules.iter().any(|m| m.strings.iter().any(|s| s == name));
    for (method, hook, implementation) in pyaot_abi::STR_UNICODE_METHODS {
        if spelled(method) {
            w.add_weak_pointer(hook, implementation);
        }
    }
    for (methods, hook, implementation) in pyaot_abi::STR_METHOD_GROUPS
        .iter()
        .chain(pyaot_abi::METHOD_HOOKS)
    {
        if methods.iter().any(|m| spelled(m)) {
            w.add_weak_pointer(hook, implementation);
        }
    }
    add_runtime_hooks(&mut w, modules, &spelled);
    // SHA-512 for `random.seed` of a str or bytes: in a program with the library's
    // random whose own code (not random.py, which seeds itself) names `seed` or
    // `Random`, or which is an object for C (which may call anything).
    let (names, hook, implementation) = pyaot_abi::RANDOM_SEED_HOOK;
    let library = |m: &ir::Module| m.path == crate::front::pylib::shown_path(&m.name);
    let has_random = modules.iter().any(|m| m.name == "random" && library(m));
    let own_spelling = modules
        .iter()
        .filter(|m| !library(m))
        .any(|m| m.strings.iter().any(|s| names.contains(&s.as_str())));
    if has_random && (!entry || own_spelling) {
        w.add_weak_pointer(hook, implementation);
    }
    w.finish().map_err(|e| ice(&modules[0].name, e))
}

/// Defines the hooks through which the runtime reaches code only some programs need
/// (`pyaot_abi::GENERATOR_HOOK`, `pyaot_abi::BUILTIN_KW_HOOKS`,
/// `pyaot_abi::STR_FORMAT_HOOKS`): generators when a module defines a generator
/// function, a builtin's keyword entry when a module uses the builtin as a value,
/// str.format when `spelled` says the name is (a module spells it, or C may call it).
fn add_runtime_hooks(w: &mut ObjectWriter, modules: &[ir::Module], spelled: &dyn Fn(&str) -> bool) {
    for (method, hook, implementation) in pyaot_abi::STR_FORMAT_HOOKS {
        if spelled(method) {
            w.add_weak_pointer(hook, implementation);
        }
    }
    let functions = || modules.iter().flat_map(|m| m.functions.iter());
    if functions().any(|f| f.flags as usize & pyaot_abi::FUNC_GENERATOR != 0) {
        let (hook, implementation) = pyaot_abi::GENERATOR_HOOK;
        w.add_weak_pointer(hook, implementation);
    }
    let mut entries: Vec<&str> = functions()
        .flat_map(|f| f.blocks.iter().flat_map(|b| b.insts.iter()))
        .filter_map(|i| match i {
            ir::Inst::Const {
                value: ir::Const::Builtin(b),
                ..
            } => Some(pyaot_abi::BUILTINS[*b as usize].1),
            _ => None,
        })
        .collect();
    entries.sort_unstable();
    entries.dedup();
    let classes: Vec<&str> = functions()
        .flat_map(|f| f.blocks.iter().flat_map(|b| b.insts.iter()))
        .filter_map(|i| match i {
            ir::Inst::Const {
                value: ir::Const::BuiltinType(t),
                ..
            } => Some(pyaot_abi::BUILTIN_TYPES[*t as usize]),
            _ => None,
        })
        .collect();
    // `type(x)` and `x.__class__` give a class without naming it.
    let any_class = classes.contains(&"type")
        || functions()
            .flat_map(|f| f.blocks.iter().flat_map(|b| b.insts.iter()))
            .any(|i| matches!(i, ir::Inst::CallArray { symbol, .. } if symbol == "pyaot_builtin_type"))
        || modules
            .iter()
            .any(|m| m.strings.iter().any(|s| s == "__class__"));
    for (class, hook, kw_entry) in pyaot_abi::CLASS_KW_HOOKS
        .iter()
        .chain(pyaot_abi::CLASS_HOOKS)
    {
        if any_class || classes.contains(class) {
            w.add_weak_pointer(hook, kw_entry);
        }
    }
    if any_class || classes.contains(&"dict") || classes.contains(&"list") {
        let (hook, implementation) = pyaot_abi::SUBCLASS_HOOK;
        w.add_weak_pointer(hook, implementation);
    }
    for (entry, pos_hook, kw_hook, kw_entry) in pyaot_abi::BUILTIN_KW_HOOKS {
        if entries.contains(entry) {
            w.add_weak_pointer(pos_hook, entry);
            w.add_weak_pointer(kw_hook, kw_entry);
        }
    }
}

/// Adds a module's functions and static objects; returns its functions' debug
/// descriptions (empty without `debug`).
fn add_module(
    w: &mut ObjectWriter,
    module: &ir::Module,
    target: &Target,
    debug: bool,
    main: bool,
) -> Result<Vec<dwarf::DebugFunction>, Diagnostic> {
    let mut described = Vec::new();
    let mut positions = Vec::new();
    for (i, f) in module.functions.iter().enumerate() {
        // The main module's init function is the object's interface; the rest is
        // local (imported modules are reached through their descriptors).
        let global = main && i == 0;
        if debug {
            let (code, notes) = codegen::compile_function_noted(target, module, f, false)
                .map_err(|e| ice(&f.name, e))?;
            let offset = w.add_function(&f.symbol, global, &code.bytes, code.relocs.clone());
            let mut d = codegen::debug::describe(f, &code, &notes, offset);
            d.external = global;
            described.push(d);
            positions.push((code.positions, code.frame_positions));
        } else {
            let code = codegen::compile_function(target, module, f).map_err(|e| ice(&f.name, e))?;
            w.add_function(&f.symbol, global, &code.bytes, code.relocs);
            positions.push((code.positions, code.frame_positions));
        }
    }
    // The C entry points of `@export` functions: global, named as in Python.
    for e in &module.exports {
        if debug {
            let (code, notes) = codegen::compile_export_noted(target, module, e, false)
                .map_err(|err| ice(&e.c_name, err))?;
            let offset = w.add_function(&e.c_name, true, &code.bytes, code.relocs.clone());
            described.push(codegen::debug::describe_artificial(
                &e.c_name, &code, &notes, offset,
            ));
        } else {
            let code =
                codegen::compile_export(target, module, e).map_err(|err| ice(&e.c_name, err))?;
            w.add_function(&e.c_name, true, &code.bytes, code.relocs);
        }
    }
    statics::add_module_statics(w, module, target.word_bytes(), &positions);
    Ok(described)
}

/// Adds `main`, which runs the main module, and the main module's compile unit
/// (which describes `main` too) when `debug`.
fn add_entry(
    w: &mut ObjectWriter,
    module: &ir::Module,
    target: &Target,
    debug: bool,
    mut described: Vec<dwarf::DebugFunction>,
) -> Result<(), Diagnostic> {
    let init = &module.functions[0].symbol;
    if debug {
        let (code, notes) =
            codegen::compile_entry_noted(target, init, false).map_err(|e| ice("main", e))?;
        let offset = w.add_function("main", true, &code.bytes, code.relocs.clone());
        described.push(codegen::debug::describe_artificial(
            "main", &code, &notes, offset,
        ));
        w.add_debug_info(&debug_unit(module, target, described))
            .map_err(|e| ice(&module.name, e))?;
    } else {
        let code = codegen::compile_entry(target, init).map_err(|e| ice("main", e))?;
        w.add_function("main", true, &code.bytes, code.relocs);
    }
    Ok(())
}

/// The compile unit of a module: its file, the compiler, the functions described.
fn debug_unit(
    module: &ir::Module,
    target: &Target,
    functions: Vec<dwarf::DebugFunction>,
) -> dwarf::DebugUnit {
    let comp_dir = std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_else(|_| ".".to_string());
    dwarf::DebugUnit {
        path: module.debug_path.clone(),
        comp_dir,
        producer: format!("pyaot {}", env!("CARGO_PKG_VERSION")),
        language: dwarf::DW_LANG_PYTHON,
        address_size: target.word_bytes() as u8,
        frame: codegen::frame_convention(target),
        value_type: "pyaot_obj".to_string(),
        functions,
    }
}

/// The annotated assembly listing of every function of a module (`--emit asm`).
fn compile_listing(module: &ir::Module, target: &Target) -> Result<String, Diagnostic> {
    let mut w = ObjectWriter::new(target);
    let mut out = String::new();
    for (i, f) in module.functions.iter().enumerate() {
        let (code, notes) = codegen::compile_function_noted(target, module, f, true)
            .map_err(|e| ice(&f.name, e))?;
        let offset = w.add_function(&f.symbol, i == 0, &code.bytes, code.relocs.clone());
        out.push_str(&codegen::listing::function(
            target, module, f, &code, &notes, offset,
        ));
    }
    // The C entry points of `@export` functions, placed after them as in the object.
    for e in &module.exports {
        let (code, notes) = codegen::compile_export_noted(target, module, e, true)
            .map_err(|err| ice(&e.c_name, err))?;
        let offset = w.add_function(&e.c_name, true, &code.bytes, code.relocs.clone());
        out.push_str(&codegen::listing::export(
            target, module, e, &code, &notes, offset,
        ));
    }
    Ok(out)
}

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed into
/// place only once complete.
fn write_atomically(path: &Path, bytes: &[u8], executable: bool) -> Result<(), Diagnostic> {
    let fail = |e: std::io::Error| {
        Diagnostic::plain(format!(
            "cannot write '{}': {}",
            path.display(),
            io_reason(&e)
        ))
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    if executable {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o755))
            .map_err(fail)?;
    }
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
