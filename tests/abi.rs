//! The ABI list in `pyaot-abi` and the runtime library agree: every entry point,
//! builtin and data symbol the compiler may reference is defined in the runtime
//! library of every target (a missing one would only show as a link error in some
//! program).

mod common;

use std::path::PathBuf;
use std::process::Command;

fn defined_symbols(triple: &str) -> Vec<String> {
    let lib = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/pyaot-runtime")
        .join(triple)
        .join("libpyaot_rt.a");
    assert!(
        lib.is_file(),
        "{} is missing: run `make runtime`",
        lib.display()
    );
    let out = Command::new("nm")
        .arg("--defined-only")
        .arg(&lib)
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm failed on {}", lib.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (_addr, kind, name) = (parts.next()?, parts.next()?, parts.next()?);
            // Global code or data: upper-case kinds.
            kind.chars()
                .all(|c| c.is_ascii_uppercase())
                .then(|| name.to_string())
        })
        .collect()
}

fn required() -> Vec<&'static str> {
    use pyaot_abi::sym;
    let mut names: Vec<&'static str> = pyaot_abi::RtFn::ALL.iter().map(|f| f.symbol()).collect();
    names.extend(pyaot_abi::BUILTINS.iter().map(|(_, s)| *s));
    names.extend(pyaot_abi::BUILTINS_KW.iter().map(|(_, s)| *s));
    names.extend(pyaot_abi::BUILTIN_TYPE_SYMBOLS.iter().map(|(_, s)| *s));
    names.extend(pyaot_abi::BUILTIN_MODULE_CREATORS.iter().map(|(_, s)| *s));
    names.extend(pyaot_abi::STR_UNICODE_METHODS.iter().map(|(_, _, s)| *s));
    names.extend([
        sym::NONE,
        sym::TRUE,
        sym::FALSE,
        sym::TYPE_FLOAT,
        sym::TYPE_STR,
        sym::TYPE_TUPLE,
        sym::TYPE_FUNCTION,
        sym::TYPE_BUILTIN,
        sym::STACK_LIMIT,
        sym::RECURSION_DEPTH,
        sym::NOT_IMPLEMENTED,
        sym::UNBOUND,
        sym::ELLIPSIS,
        sym::TYPE_INT,
        sym::BUILTIN_TYPES,
        sym::MAIN,
    ]);
    names
}

#[test]
fn every_abi_symbol_is_defined_by_each_runtime() {
    for triple in ["x86_64-unknown-linux-gnu", "thumbv7em-none-eabi"] {
        let defined = defined_symbols(triple);
        let missing: Vec<_> = required()
            .into_iter()
            .filter(|s| !defined.iter().any(|d| d == s))
            .collect();
        assert!(missing.is_empty(), "{triple}: runtime lacks {missing:?}");
    }
}

/// Every name `BUILTIN_MODULE_NAMES` promises the compiler is defined by the runtime's
/// module object (a missing one would pass the compile-time check and then fail
/// with ImportError).
#[test]
fn every_builtin_module_name_is_importable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut program = String::new();
    for (module, names) in pyaot_abi::BUILTIN_MODULES
        .iter()
        .zip(pyaot_abi::BUILTIN_MODULE_NAMES)
    {
        program.push_str(&format!("from {module} import {}\n", names.join(", ")));
        program.push_str(&format!("print('{module}', len([{}]))\n", names.join(", ")));
    }
    let source = dir.path().join("names.py");
    std::fs::write(&source, &program).expect("write program");
    let binary = common::compile(&source, common::Target::Host, dir.path())
        .unwrap_or_else(|e| panic!("{e}"));
    let outcome =
        common::run_program(&binary, common::Target::Host).unwrap_or_else(|e| panic!("{e}"));
    let expected: String = pyaot_abi::BUILTIN_MODULES
        .iter()
        .zip(pyaot_abi::BUILTIN_MODULE_NAMES)
        .map(|(m, names)| format!("{m} {}\n", names.len()))
        .collect();
    assert_eq!(
        outcome.stdout_text(),
        expected,
        "stderr: {}",
        outcome.stderr_text()
    );
    assert_eq!(outcome.status, Some(0));
}

/// The symbols `nm` lists as defined in an executable.
fn defined_in(binary: &std::path::Path) -> Vec<String> {
    let out = Command::new("nm")
        .arg("--defined-only")
        .arg(binary)
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm failed on {}", binary.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2).map(str::to_string))
        .collect()
}

/// str's Unicode-table methods are linked only into programs that name them
/// (`pyaot_abi::STR_UNICODE_METHODS`): a program calling other methods has none of
/// them, one calling `upper` has `upper` alone, on both targets.
#[test]
fn str_unicode_methods_are_linked_only_when_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("plain", "print('a b'.split(), [1].count(1))\n", &[][..]),
        ("upper", "print('a b'.upper())\n", &["pyaot_str_upper"][..]),
    ];
    for (name, program, wanted) in cases {
        let source = dir.path().join(format!("{name}.py"));
        std::fs::write(&source, program).expect("write program");
        for target in [common::Target::Host, common::Target::Thumb] {
            let binary =
                common::compile(&source, target, dir.path()).unwrap_or_else(|e| panic!("{e}"));
            let defined = defined_in(&binary);
            for (_, _, implementation) in pyaot_abi::STR_UNICODE_METHODS {
                assert_eq!(
                    defined.iter().any(|d| d == implementation),
                    wanted.contains(implementation),
                    "{name}.py for {}: {implementation}",
                    target.triple()
                );
            }
        }
    }
}

/// runtime-lib/src/unicode_tables.rs is what runtime-lib/tools/gen_unicode.py
/// writes from the CPython on the machine (the oracle), not a hand edit.
#[test]
fn unicode_tables_are_what_the_generator_writes() {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("runtime-lib/tools/gen_unicode.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg("--check")
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// runtime-lib/src/dir_tables.rs is what runtime-lib/tools/gen_dir_tables.py writes
/// from the CPython on the machine (the oracle), not a hand edit.
#[test]
fn dir_tables_are_what_the_generator_writes() {
    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("runtime-lib/tools/gen_dir_tables.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg("--check")
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
