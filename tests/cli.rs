//! The command line: flags, exit statuses (0 ok, 1 compile error, 2 usage error),
//! error messages, default output names, and the objects `-c` writes.

mod common;

use common::{Outcome, HOST_TRIPLE, THUMB_TRIPLE};
use std::path::Path;
use std::process::Command;
use tempfile::TempDir;

/// A small program within the language slice that calls into the runtime.
const HELLO: &str = "xs = [1, 2]\nxs.append(3)\nprint(\"hello\", len(xs))\n";
/// A program the parser rejects.
const SYNTAX_ERROR: &str = "x = 1\nif x == 1 print(x)\n";

/// A temporary directory holding `name` with `contents`.
fn dir_with(name: &str, contents: &str) -> TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(dir.path().join(name), contents).expect("write test program");
    dir
}

fn pyaot_in(dir: &Path, args: &[&str]) -> Outcome {
    common::run_pyaot(args, Some(dir))
}

fn assert_status(outcome: &Outcome, expected: i32, what: &str) {
    assert_eq!(
        outcome.status,
        Some(expected),
        "{what}: expected exit status {expected}, got {}\nstdout:\n{}stderr:\n{}",
        outcome.status_text(),
        outcome.stdout_text(),
        outcome.stderr_text()
    );
}

fn assert_stderr_mentions(outcome: &Outcome, needle: &str, what: &str) {
    assert!(
        outcome.stderr_text().contains(needle),
        "{what}: stderr should mention {needle:?}; it was:\n{}",
        outcome.stderr_text()
    );
}

#[test]
fn help_succeeds_and_names_the_program() {
    let out = common::run_pyaot(&["--help"], None);
    assert_status(&out, 0, "--help");
    assert!(
        out.stdout_text().contains("pyaot"),
        "--help: {}",
        out.stdout_text()
    );
    assert!(
        out.stdout_text().contains("--target"),
        "--help lists --target"
    );
}

#[test]
fn version_succeeds_and_names_the_program() {
    let out = common::run_pyaot(&["--version"], None);
    assert_status(&out, 0, "--version");
    let text = out.stdout_text();
    assert!(text.contains("pyaot"), "--version: {text}");
    assert!(
        text.contains(env!("CARGO_PKG_VERSION")),
        "--version: {text}"
    );
}

#[test]
fn missing_input_file_is_a_compile_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = pyaot_in(dir.path(), &["no_such_program.py"]);
    assert_status(&out, 1, "missing input");
    assert_stderr_mentions(&out, "no_such_program.py", "missing input");
    assert!(!dir.path().join("no_such_program").exists());
}

#[test]
fn unknown_option_is_a_usage_error() {
    let dir = dir_with("hello.py", HELLO);
    let out = pyaot_in(dir.path(), &["--no-such-option", "hello.py"]);
    assert_status(&out, 2, "unknown option");
}

#[test]
fn missing_input_argument_is_a_usage_error() {
    let out = common::run_pyaot(&[], None);
    assert_status(&out, 2, "no arguments");
}

#[test]
fn unsupported_target_lists_the_supported_triples() {
    let dir = dir_with("hello.py", HELLO);
    let out = pyaot_in(
        dir.path(),
        &["--target", "mips-unknown-linux-gnu", "hello.py"],
    );
    assert_status(&out, 1, "unsupported target");
    for needle in ["mips-unknown-linux-gnu", HOST_TRIPLE, THUMB_TRIPLE] {
        assert_stderr_mentions(&out, needle, "unsupported target");
    }
    assert!(
        !dir.path().join("hello").exists(),
        "no output after an error"
    );
}

#[test]
fn unwritable_output_is_a_compile_error() {
    let dir = dir_with("hello.py", HELLO);
    let out = pyaot_in(dir.path(), &["hello.py", "-o", "/nonexistent/dir/out"]);
    assert_status(&out, 1, "unwritable output");
    assert_stderr_mentions(&out, "/nonexistent/dir/out", "unwritable output");
}

#[test]
fn syntax_error_exits_1_and_leaves_no_output() {
    let dir = dir_with("bad.py", SYNTAX_ERROR);
    let cases: [(&[&str], &str); 4] = [
        (&["bad.py", "-o", "explicit"], "explicit"),
        (&["bad.py"], "bad"),
        (&["-c", "bad.py"], "bad.o"),
        (
            &["--target", THUMB_TRIPLE, "bad.py", "-o", "bad.elf"],
            "bad.elf",
        ),
    ];
    for (args, output) in cases {
        let what = format!("pyaot {}", args.join(" "));
        let out = pyaot_in(dir.path(), args);
        assert_status(&out, 1, &what);
        assert_stderr_mentions(&out, "bad.py:2:", &what);
        assert!(
            !dir.path().join(output).exists(),
            "{what}: a failed compile left {output} behind"
        );
    }
}

#[test]
fn default_output_is_the_input_stem_and_runs() {
    let dir = dir_with("hello.py", HELLO);
    let out = pyaot_in(dir.path(), &["hello.py"]);
    assert_status(&out, 0, "pyaot hello.py");
    let exe = dir.path().join("hello");
    assert!(exe.is_file(), "pyaot hello.py should write ./hello");
    let run = common::run_program(&exe, common::Target::Host).unwrap_or_else(|e| panic!("{e}"));
    assert_status(&run, 0, "./hello");
    assert_eq!(run.stdout_text(), "hello 3\n");
}

#[test]
fn include_paths_find_imported_modules_after_the_main_files_folder() {
    let dir = dir_with("main.py", "import greet\nprint(greet.hello('I'))\n");
    let lib = dir.path().join("lib");
    std::fs::create_dir(&lib).expect("create lib/");
    std::fs::write(
        lib.join("greet.py"),
        "def hello(n):\n    return 'hello ' + n\n",
    )
    .expect("write lib/greet.py");
    let out = pyaot_in(dir.path(), &["main.py", "-o", "without"]);
    assert_status(&out, 1, "pyaot main.py (no -I)");
    assert_stderr_mentions(&out, "main.py:1:8: error: no module named 'greet'", "no -I");
    assert!(
        !dir.path().join("without").exists(),
        "a failed compile left output"
    );

    // The main file's folder comes first: its greet.py shadows lib/greet.py.
    let out = pyaot_in(dir.path(), &["-I", "lib", "main.py", "-o", "with"]);
    assert_status(&out, 0, "pyaot -I lib main.py");
    let run = common::run_program(&dir.path().join("with"), common::Target::Host)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.stdout_text(), "hello I\n");
    std::fs::write(
        dir.path().join("greet.py"),
        "def hello(n):\n    return 'local ' + n\n",
    )
    .expect("write greet.py");
    let out = pyaot_in(dir.path(), &["-I", "lib", "main.py", "-o", "shadowed"]);
    assert_status(&out, 0, "pyaot -I lib main.py (shadowed)");
    let run = common::run_program(&dir.path().join("shadowed"), common::Target::Host)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.stdout_text(), "local I\n");
}

#[test]
fn object_only_default_name_is_stem_dot_o() {
    let dir = dir_with("hello.py", HELLO);
    let out = pyaot_in(dir.path(), &["-c", "hello.py"]);
    assert_status(&out, 0, "pyaot -c hello.py");
    assert!(
        dir.path().join("hello.o").is_file(),
        "-c should write hello.o"
    );
    assert!(!dir.path().join("hello").exists(), "-c must not link");
}

/// Runs readelf (binutils) with `args`; panics clearly when it is missing.
fn readelf(args: &[&str], file: &Path) -> String {
    let readelf = common::find_on_path("readelf")
        .unwrap_or_else(|| panic!("readelf is not on PATH: install binutils"));
    let out = Command::new(readelf)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run readelf: {e}"));
    assert!(out.status.success(), "readelf {args:?} failed: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Compiles HELLO with `-c` for `triple` and checks the object's header and relocations.
fn check_object(triple: &str, machine: &str) {
    let dir = dir_with("hello.py", HELLO);
    let out = pyaot_in(
        dir.path(),
        &["-c", "--target", triple, "hello.py", "-o", "hello.o"],
    );
    assert_status(&out, 0, &format!("pyaot -c --target {triple}"));
    let object = dir.path().join("hello.o");
    let header = readelf(&["-h"], &object);
    let field = |name: &str| {
        header
            .lines()
            .find(|line| line.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("readelf -h has no {name} line:\n{header}"))
            .to_string()
    };
    assert!(
        field("Type:").contains("REL"),
        "{triple}: not relocatable:\n{header}"
    );
    assert!(
        field("Machine:").trim_end().ends_with(machine),
        "{triple}: expected machine {machine}:\n{header}"
    );
    let relocations = readelf(&["-r"], &object);
    assert!(
        relocations.contains("pyaot_"),
        "{triple}: expected relocations against runtime symbols (pyaot_*):\n{relocations}"
    );
}

#[test]
fn object_for_host_is_x86_64_relocatable_with_runtime_relocations() {
    check_object(HOST_TRIPLE, "Advanced Micro Devices X86-64");
}

#[test]
fn object_for_thumb_is_arm_relocatable_with_runtime_relocations() {
    check_object(THUMB_TRIPLE, "ARM");
}

#[test]
fn input_that_is_not_utf8_is_a_compile_error() {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(dir.path().join("bin.py"), [0xff, 0xfe, 0x00, 0x80]).unwrap();
    let out = pyaot_in(dir.path(), &["bin.py", "-o", "bin"]);
    assert_status(&out, 1, "non-UTF-8 input");
    assert_stderr_mentions(&out, "valid UTF-8", "non-UTF-8 input");
    assert!(!dir.path().join("bin").exists(), "no output after an error");
}

#[test]
fn pathologically_deep_expressions_are_refused_not_crashed_on() {
    // A million-term sum: a left-deep tree a million levels deep.
    let src = format!("x = 1{}\nprint(x)\n", " + 1".repeat(1_000_000));
    let dir = dir_with("deep.py", &src);
    let out = pyaot_in(dir.path(), &["deep.py", "-o", "deep"]);
    assert_status(&out, 1, "deep expression");
    assert_stderr_mentions(&out, "nested more than", "deep expression");
    // The diagnostic shows a window of the line, not all of it.
    assert!(
        out.stderr_text().len() < 1000,
        "diagnostic too long: {} bytes",
        out.stderr_text().len()
    );
}

#[test]
fn long_but_reasonable_expressions_compile_and_run() {
    let src = format!("x = 0{}\nprint(x)\n", " + 1".repeat(5000));
    let dir = dir_with("long.py", &src);
    let out = pyaot_in(dir.path(), &["long.py", "-o", "long"]);
    assert_status(&out, 0, "long expression");
    let run = Command::new(dir.path().join("long"))
        .output()
        .expect("run the program");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "5000\n");
}

#[test]
fn empty_program_compiles_and_prints_nothing() {
    let dir = dir_with("empty.py", "");
    let out = pyaot_in(dir.path(), &["empty.py", "-o", "empty"]);
    assert_status(&out, 0, "empty program");
    let run = Command::new(dir.path().join("empty"))
        .output()
        .expect("run the program");
    assert!(run.status.success() && run.stdout.is_empty() && run.stderr.is_empty());
}

#[test]
fn missing_runtime_library_says_how_to_build_it() {
    let dir = dir_with("hello.py", HELLO);
    let empty = tempfile::tempdir().expect("temporary directory");
    let mut cmd = Command::new(common::pyaot());
    cmd.args(["hello.py", "-o", "hello"])
        .current_dir(dir.path())
        .env("PYAOT_RUNTIME_DIR", empty.path());
    let out =
        common::run_with_timeout(&mut cmd, std::time::Duration::from_secs(60)).expect("run pyaot");
    assert_status(&out, 1, "missing runtime");
    assert_stderr_mentions(&out, "make runtime", "missing runtime");
    assert_stderr_mentions(&out, "x86_64-unknown-linux-gnu", "missing runtime");
    assert!(
        !dir.path().join("hello").exists(),
        "no output after an error"
    );
}

/// `--heap-size` compiles the heap's limit into the program: twice the size holds
/// about twice the data before MemoryError, on both targets; a bad size is a usage
/// error.
#[test]
fn heap_size_flag_bounds_the_heap() {
    let src = "data = []\ntry:\n    while True:\n        data.append([0] * 1000)\nexcept MemoryError:\n    n = len(data)\n    data = None\n    print(n)\n";
    let dir = dir_with("fill.py", src);
    for target in [common::Target::Host, common::Target::Thumb] {
        let mut counts = Vec::new();
        for size in ["1M", "2M"] {
            let out_name = format!(
                "fill-{size}{}",
                if target == common::Target::Host {
                    ""
                } else {
                    ".elf"
                }
            );
            let out = pyaot_in(
                dir.path(),
                &[
                    "--target",
                    target.triple(),
                    "--heap-size",
                    size,
                    "fill.py",
                    "-o",
                    &out_name,
                ],
            );
            assert_status(&out, 0, &format!("pyaot --heap-size {size}"));
            let run = common::run_program(&dir.path().join(&out_name), target)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                run.status,
                Some(0),
                "{:?} {size}: {}",
                target,
                run.stderr_text()
            );
            let n: u64 = run.stdout_text().trim().parse().expect("a count");
            counts.push(n);
        }
        // Each list is about 1000 words: 1 MiB holds on the order of 100-300 of them.
        assert!(counts[0] > 50 && counts[0] < 400, "{target:?}: {counts:?}");
        assert!(
            counts[1] > counts[0] * 3 / 2 && counts[1] < counts[0] * 5 / 2,
            "{target:?}: doubling the heap should about double the count: {counts:?}"
        );
    }
    let out = pyaot_in(dir.path(), &["--heap-size", "12Q", "fill.py"]);
    assert_status(&out, 2, "a bad --heap-size");
    assert_stderr_mentions(&out, "is not a size", "a bad --heap-size");
}
