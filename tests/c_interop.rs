//! C interop: C programs that link objects from `pyaot -c` and call `@export`
//! functions, Python calling `@extern` C functions, the generated header, the
//! runtime's C API, and the objects' ELF flags and attributes.
//!
//! - `testdata/c/abi.py` + `abi.c`: every C type both ways, built with cc and with
//!   arm-none-eabi-gcc, run on the host and under QEMU; both print `abi.out`. Its
//!   header is the snapshot `abi.h.expected` (rewritten when PYAOT_BLESS=1).
//! - `testdata/c/after_main.*`: exported functions called after `pyaot_main`.
//! - `testdata/c/vfp.*`: floats across the boundary, in VFP registers on
//!   thumbv7em-none-eabihf (C built with -mfloat-abi=hard), and on the other targets.
//! - `testdata/c/two.c` + `sensor_a.py` + `sensor_b.py`: two pyaot objects in one C
//!   program, on the host and under QEMU.
//! - `examples/c-host` and `examples/c-cortex-m`, built by their Makefiles, print
//!   their `expected.txt`; `check_filter.py` prints the same under CPython.
//!
//! Needs cc, c++, make, python3, readelf, arm-none-eabi-gcc/g++/ld and
//! qemu-system-arm (`make setup` installs what a fresh machine lacks).

mod common;

use common::{Outcome, Target, HOST_TRIPLE, THUMB_TRIPLE};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use tempfile::TempDir;

/// How long one C compile, link or make may take.
const TOOL_TIMEOUT: Duration = Duration::from_secs(120);

/// The flags every C compile of these tests uses.
const WARNINGS: &[&str] = &["-Wall", "-Wextra", "-Werror"];
/// What arm-none-eabi-gcc needs for the board's Cortex-M4.
const ARM: &[&str] = &["-mcpu=cortex-m4", "-mthumb"];

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs `program args` in `dir`; the outcome whatever it is. A missing program
/// fails the test with a hint.
fn run(dir: &Path, program: &str, args: &[&str]) -> Outcome {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir);
    common::run_with_timeout(&mut cmd, TOOL_TIMEOUT).unwrap_or_else(|e| {
        panic!("{e}\n(is {program} installed? `make setup` installs what the tests need)")
    })
}

/// Runs `program args` in `dir` and fails the test unless it succeeds *silently*:
/// a warning from a compiler or linker is a failure too.
fn quiet(dir: &Path, program: &str, args: &[&str]) -> Outcome {
    let out = run(dir, program, args);
    assert!(
        out.status == Some(0) && out.stderr.is_empty(),
        "{program} {args:?} ({}):\n{}{}",
        out.status_text(),
        out.stdout_text(),
        out.stderr_text()
    );
    out
}

/// pyaot, which must succeed.
fn pyaot_ok(dir: &Path, args: &[&str]) {
    let out = common::run_pyaot(args, Some(dir));
    assert_eq!(
        out.status,
        Some(0),
        "pyaot {args:?} failed ({}):\n{}",
        out.status_text(),
        out.stderr_text()
    );
}

/// One line of pyaot's output for a `--print-*` flag.
fn pyaot_print(args: &[&str]) -> String {
    let out = common::run_pyaot(args, None);
    assert_eq!(out.status, Some(0), "pyaot {args:?}: {}", out.stderr_text());
    out.stdout_text().trim().to_string()
}

fn include_dir() -> String {
    pyaot_print(&["--print-include-dir"])
}

fn runtime_lib(triple: &str) -> String {
    pyaot_print(&["--target", triple, "--print-runtime-lib"])
}

fn link_args(triple: &str) -> Vec<String> {
    pyaot_print(&["--target", triple, "--print-link-args"])
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The Rust toolchain's folder of LLVM tools (rust-lld, and gcc-ld/ld.lld for cc).
fn rust_bin() -> PathBuf {
    let out = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .expect("run rustc");
    Path::new(String::from_utf8_lossy(&out.stdout).trim())
        .join("lib/rustlib/x86_64-unknown-linux-gnu/bin")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn assert_same(what: &str, expected: &str, actual: &str) {
    assert!(
        expected == actual,
        "{what}: {}\nactual output:\n{actual}",
        common::first_difference(expected, actual)
    );
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

// ---- testdata/c/abi.py: every C type both ways ----

/// `abi.o` and `abi.h` for `triple`, compiled from testdata/c/abi.py into `dir`.
fn compile_abi(dir: &Path, triple: &str) {
    let py = repo("testdata/c/abi.py");
    pyaot_ok(
        dir,
        &[
            "--target",
            triple,
            "-c",
            s(&py),
            "-o",
            "abi.o",
            "--emit-header",
            "abi.h",
        ],
    );
}

#[test]
fn header_matches_its_snapshot() {
    let dir = tempfile::tempdir().expect("temporary directory");
    compile_abi(dir.path(), HOST_TRIPLE);
    let got = read(&dir.path().join("abi.h"));
    let expected_path = repo("testdata/c/abi.h.expected");
    if std::env::var_os("PYAOT_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&expected_path, &got).expect("write the blessed header");
    }
    let expected = read(&expected_path);
    assert!(
        expected == got,
        "the header of testdata/c/abi.py changed: {}\n(if intended: PYAOT_BLESS=1 cargo test --test c_interop)",
        common::first_difference(&expected, &got)
    );
    // The same module gives the same header for the board.
    let thumb = tempfile::tempdir().expect("temporary directory");
    compile_abi(thumb.path(), THUMB_TRIPLE);
    assert_same("the Thumb header", &got, &read(&thumb.path().join("abi.h")));
}

#[test]
fn header_compiles_cleanly_as_c_and_cpp_for_both_targets() {
    let dir = tempfile::tempdir().expect("temporary directory");
    compile_abi(dir.path(), HOST_TRIPLE);
    std::fs::write(
        dir.path().join("use.c"),
        "#include \"abi.h\"\nint main(void) { return abi_init(); }\n",
    )
    .expect("write use.c");
    let inc = format!("-I{}", include_dir());
    let compilers: [(&str, &[&str], &[&str]); 4] = [
        ("cc", &["-x", "c", "-std=c99", "-pedantic"], &[]),
        ("c++", &["-x", "c++", "-std=c++11", "-pedantic"], &[]),
        (
            "arm-none-eabi-gcc",
            &["-x", "c", "-std=c99", "-pedantic"],
            ARM,
        ),
        (
            "arm-none-eabi-g++",
            &["-x", "c++", "-std=c++11", "-pedantic"],
            ARM,
        ),
    ];
    for (cc, lang, arch) in compilers {
        let mut args: Vec<&str> = arch.to_vec();
        args.extend_from_slice(lang);
        args.extend_from_slice(WARNINGS);
        args.extend_from_slice(&["-fsyntax-only", "-I.", &inc, "use.c"]);
        quiet(dir.path(), cc, &args);
    }
}

#[test]
fn abi_program_on_the_host() {
    let dir = tempfile::tempdir().expect("temporary directory");
    compile_abi(dir.path(), HOST_TRIPLE);
    let inc = format!("-I{}", include_dir());
    let c = repo("testdata/c/abi.c");
    let mut args = vec!["-O2", "-I.", &inc];
    args.extend_from_slice(WARNINGS);
    let rt = runtime_lib(HOST_TRIPLE);
    let extra = link_args(HOST_TRIPLE);
    args.extend_from_slice(&[s(&c), "abi.o", &rt]);
    args.extend(extra.iter().map(String::as_str));
    args.extend_from_slice(&["-o", "abi"]);
    quiet(dir.path(), "cc", &args);
    let out = common::run_program(&dir.path().join("abi"), Target::Host)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "abi: {}", out.stderr_text());
    assert_same(
        "testdata/c/abi.c on the host",
        &read(&repo("testdata/c/abi.out")),
        &out.stdout_text(),
    );
}

#[test]
fn abi_program_on_the_board() {
    let dir = tempfile::tempdir().expect("temporary directory");
    compile_abi(dir.path(), THUMB_TRIPLE);
    let inc = format!("-I{}", include_dir());
    let c = repo("testdata/c/abi.c");
    let mut args: Vec<&str> = ARM.to_vec();
    args.extend_from_slice(&["-O2", "-ffreestanding", "-Wa,--noexecstack", "-I.", &inc]);
    args.extend_from_slice(WARNINGS);
    args.extend_from_slice(&["-c", s(&c), "-o", "main.o"]);
    quiet(dir.path(), "arm-none-eabi-gcc", &args);
    let rt = runtime_lib(THUMB_TRIPLE);
    let extra = link_args(THUMB_TRIPLE);
    let mut args: Vec<&str> = ARM.to_vec();
    args.extend_from_slice(&["main.o", "abi.o", &rt]);
    args.extend(extra.iter().map(String::as_str));
    args.extend_from_slice(&["-o", "abi.elf"]);
    quiet(dir.path(), "arm-none-eabi-gcc", &args);
    let out = common::run_program(&dir.path().join("abi.elf"), Target::Thumb)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "abi.elf: {}", out.stderr_text());
    assert_same(
        "testdata/c/abi.c under QEMU",
        &read(&repo("testdata/c/abi.out")),
        &out.stdout_text(),
    );
}

#[test]
fn objects_in_c_frames_survive_after_pyaot_main_returns() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let py = repo("testdata/c/after_main.py");
    pyaot_ok(
        dir.path(),
        &[
            "-c",
            s(&py),
            "-o",
            "after_main.o",
            "--emit-header",
            "after_main.h",
        ],
    );
    let inc = format!("-I{}", include_dir());
    let c = repo("testdata/c/after_main.c");
    let rt = runtime_lib(HOST_TRIPLE);
    let mut args = vec!["-O0", "-I.", &inc];
    args.extend_from_slice(WARNINGS);
    args.extend_from_slice(&[s(&c), "after_main.o", &rt, "-o", "after_main"]);
    quiet(dir.path(), "cc", &args);
    let out = common::run_program(&dir.path().join("after_main"), Target::Host)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "after_main: {}", out.stderr_text());
    assert_same(
        "testdata/c/after_main.c",
        "module body ran\n000 111 222 333 444\n",
        &out.stdout_text(),
    );
}

// ---- testdata/c/two.c: two pyaot objects in one C program ----

/// What two.c prints on both targets.
const TWO_OUT: &str = "sensor_b body ran\n\
a: 1=5, 2=7 <class '__main__.Reading'>\n\
b: 3=90 <class '__main__.Reading'>\n";

/// `sensor_a.o`/`.h` and `sensor_b.o`/`.h` for `triple` in `dir`; checks that each
/// object's global definitions are only its init, its weak `pyaot_init___main__`
/// alias, its @export functions and weak runtime hooks.
fn compile_sensors(dir: &Path, triple: &str) {
    for (stem, exports) in [
        ("sensor_a", ["a_record", "a_report"]),
        ("sensor_b", ["b_record", "b_report"]),
    ] {
        let py = repo(&format!("testdata/c/{stem}.py"));
        let (obj, header) = (format!("{stem}.o"), format!("{stem}.h"));
        pyaot_ok(
            dir,
            &[
                "--target",
                triple,
                "-c",
                s(&py),
                "-o",
                &obj,
                "--emit-header",
                &header,
            ],
        );
        let out = run(dir, "nm", &["--defined-only", "--extern-only", &obj]);
        let init = format!("pyaot_main_init_{stem}");
        let mut strong = Vec::new();
        for line in out.stdout_text().lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (kind, name) = (fields[fields.len() - 2], fields[fields.len() - 1]);
            match kind {
                "T" => strong.push(name.to_string()),
                "W" => assert_eq!(name, "pyaot_init___main__", "{triple} {obj}: {line}"),
                // The runtime's hooks: a C program may call any method by name.
                "V" => assert!(
                    name.starts_with("pyaot_strhook_") || name.starts_with("pyaot_hook_"),
                    "{triple} {obj}: {line}"
                ),
                _ => panic!("{triple} {obj}: unexpected global {line}"),
            }
        }
        strong.sort();
        let mut expected = vec![exports[0].to_string(), exports[1].to_string(), init];
        expected.sort();
        assert_eq!(strong, expected, "{triple} {obj}: global functions");
    }
}

#[test]
fn two_objects_link_into_one_program_on_the_host() {
    let dir = tempfile::tempdir().expect("temporary directory");
    compile_sensors(dir.path(), HOST_TRIPLE);
    let inc = format!("-I{}", include_dir());
    let c = repo("testdata/c/two.c");
    let rt = runtime_lib(HOST_TRIPLE);
    let extra = link_args(HOST_TRIPLE);
    let mut args = vec!["-O2", "-I.", &inc];
    args.extend_from_slice(WARNINGS);
    args.extend_from_slice(&[s(&c), "sensor_a.o", "sensor_b.o", &rt]);
    args.extend(extra.iter().map(String::as_str));
    args.extend_from_slice(&["-o", "two"]);
    quiet(dir.path(), "cc", &args);
    let out = common::run_program(&dir.path().join("two"), Target::Host)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "two: {}", out.stderr_text());
    assert_same("testdata/c/two.c on the host", TWO_OUT, &out.stdout_text());
}

#[test]
fn two_objects_link_into_one_program_on_the_board() {
    let dir = tempfile::tempdir().expect("temporary directory");
    compile_sensors(dir.path(), THUMB_TRIPLE);
    let inc = format!("-I{}", include_dir());
    let c = repo("testdata/c/two.c");
    let mut args: Vec<&str> = ARM.to_vec();
    args.extend_from_slice(&["-O2", "-ffreestanding", "-Wa,--noexecstack", "-I.", &inc]);
    args.extend_from_slice(WARNINGS);
    args.extend_from_slice(&["-c", s(&c), "-o", "two.o"]);
    quiet(dir.path(), "arm-none-eabi-gcc", &args);
    let rt = runtime_lib(THUMB_TRIPLE);
    let extra = link_args(THUMB_TRIPLE);
    let mut args: Vec<&str> = ARM.to_vec();
    args.extend_from_slice(&["two.o", "sensor_a.o", "sensor_b.o", &rt]);
    args.extend(extra.iter().map(String::as_str));
    args.extend_from_slice(&["-o", "two.elf"]);
    quiet(dir.path(), "arm-none-eabi-gcc", &args);
    let out = common::run_program(&dir.path().join("two.elf"), Target::Thumb)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "two.elf: {}", out.stderr_text());
    assert_same("testdata/c/two.c under QEMU", TWO_OUT, &out.stdout_text());
}

// ---- the examples ----

/// Builds an example with its Makefile into a temporary directory, silently.
fn make_example(name: &str, extra: &[&str]) -> TempDir {
    let out = tempfile::tempdir().expect("temporary directory");
    let pyaot = common::pyaot();
    let mut args = vec![
        "-s".to_string(),
        "-C".to_string(),
        s(&repo(&format!("examples/{name}"))).to_string(),
        format!("OUT={}", s(out.path())),
        format!("PYAOT={}", s(&pyaot)),
        "CFLAGS=-O2 -Wall -Wextra -Werror".to_string(),
        "all".to_string(),
    ];
    args.extend(extra.iter().map(|a| a.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    quiet(out.path(), "make", &args);
    out
}

#[test]
fn host_example_prints_what_cpython_prints() {
    let expected = read(&repo("examples/c-host/expected.txt"));
    let build = make_example("c-host", &[]);
    let out = common::run_program(&build.path().join("demo"), Target::Host)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "demo: {}", out.stderr_text());
    assert!(
        out.stderr.is_empty(),
        "demo wrote to stderr: {}",
        out.stderr_text()
    );
    assert_same("examples/c-host", &expected, &out.stdout_text());
    // The same Python file under CPython, driven the same way.
    let script = repo("examples/c-host/check_filter.py");
    let cpython = run(build.path(), "python3", &[s(&script)]);
    assert_eq!(cpython.status, Some(0), "{}", cpython.stderr_text());
    assert_same(
        "check_filter.py under CPython",
        &expected,
        &cpython.stdout_text(),
    );
}

#[test]
fn host_example_links_with_lld_without_warnings() {
    let gcc_ld = rust_bin().join("gcc-ld");
    let ldflags = format!("LDFLAGS=-fuse-ld=lld -B{}", s(&gcc_ld));
    let build = make_example("c-host", &[&ldflags]);
    let demo = build.path().join("demo");
    // It is lld's output: its own comment section says so.
    let comment = run(build.path(), "readelf", &["-p", ".comment", s(&demo)]);
    assert!(
        comment.stdout_text().contains("Linker: "),
        "not linked by lld:\n{}",
        comment.stdout_text()
    );
    let out = common::run_program(&demo, Target::Host).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "demo: {}", out.stderr_text());
    assert_same(
        "examples/c-host linked by lld",
        &read(&repo("examples/c-host/expected.txt")),
        &out.stdout_text(),
    );
}

#[test]
fn cortex_m_example_drives_the_uart_under_qemu() {
    let build = make_example("c-cortex-m", &[]);
    let elf = build.path().join("firmware.elf");
    let out = common::run_program(&elf, Target::Thumb).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "firmware: {}", out.stderr_text());
    assert_same(
        "examples/c-cortex-m",
        &read(&repo("examples/c-cortex-m/expected.txt")),
        &out.stdout_text(),
    );
    // Linked again by the Rust toolchain's lld: no warning, the same run.
    let rt = runtime_lib(THUMB_TRIPLE);
    let script = link_args(THUMB_TRIPLE)
        .into_iter()
        .find_map(|a| a.strip_prefix("-T").map(str::to_string))
        .expect("--print-link-args names the linker script");
    let lld = rust_bin().join("rust-lld");
    quiet(
        build.path(),
        s(&lld),
        &[
            "-flavor",
            "gnu",
            "--gc-sections",
            "-T",
            &script,
            "main.o",
            "firmware.o",
            &rt,
            "-o",
            "lld.elf",
        ],
    );
    let out = common::run_program(&build.path().join("lld.elf"), Target::Thumb)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "lld.elf: {}", out.stderr_text());
    assert_same(
        "examples/c-cortex-m linked by rust-lld",
        &read(&repo("examples/c-cortex-m/expected.txt")),
        &out.stdout_text(),
    );
}

// ---- objects: flags, attributes, the float ABI ----

const ADD: &str =
    "from pyaot import export\n\n@export\ndef add(a: int, b: int) -> int:\n    return a + b\n";

/// `name.o` compiled from ADD for `triple` in `dir`.
fn add_object(dir: &Path, triple: &str, name: &str) -> PathBuf {
    std::fs::write(dir.join("add.py"), ADD).expect("write add.py");
    let obj = format!("{name}.o");
    pyaot_ok(dir, &["--target", triple, "-c", "add.py", "-o", &obj]);
    dir.join(obj)
}

fn readelf(dir: &Path, flag: &str, file: &Path) -> String {
    let out = run(dir, "readelf", &[flag, s(file)]);
    assert_eq!(out.status, Some(0), "readelf {flag}: {}", out.stderr_text());
    out.stdout_text()
}

#[test]
fn objects_carry_stack_notes_and_float_abi_attributes() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let d = dir.path();
    let host = add_object(d, HOST_TRIPLE, "host");
    let sections = readelf(d, "-S", &host);
    assert!(sections.contains(".note.GNU-stack"), "{sections}");
    // (triple, CPU arch, hard float)
    for (triple, arch, hard) in [
        ("thumbv7em-none-eabi", "v7E-M", false),
        ("thumbv7em-none-eabihf", "v7E-M", true),
        ("thumbv7m-none-eabi", "v7\n", false),
    ] {
        let obj = add_object(d, triple, triple);
        let attrs = readelf(d, "-A", &obj);
        assert!(
            attrs.contains(&format!("Tag_CPU_arch: {arch}")),
            "{triple}:\n{attrs}"
        );
        for tag in [
            "Tag_CPU_arch_profile: Microcontroller",
            "Tag_THUMB_ISA_use: Thumb-2",
            "Tag_ABI_FP_number_model: IEEE 754",
            "Tag_ABI_align_needed: 8-byte",
        ] {
            assert!(attrs.contains(tag), "{triple} lacks {tag}:\n{attrs}");
        }
        assert_eq!(
            attrs.contains("Tag_ABI_VFP_args: VFP registers"),
            hard,
            "{triple}:\n{attrs}"
        );
        let header = readelf(d, "-h", &obj);
        assert!(header.contains("Version5 EABI"), "{triple}:\n{header}");
        assert_eq!(header.contains("hard-float"), hard, "{triple}:\n{header}");
        assert!(
            readelf(d, "-S", &obj).contains(".note.GNU-stack"),
            "{triple}"
        );
    }
}

#[test]
fn gnu_ld_links_only_matching_float_abis() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let d = dir.path();
    let soft = add_object(d, "thumbv7em-none-eabi", "soft");
    let hard = add_object(d, "thumbv7em-none-eabihf", "hard");
    std::fs::write(
        d.join("c.c"),
        "int add(int, int);\nint call(void) { return add(1, 2); }\n",
    )
    .expect("write c.c");
    let compile = |out: &str, float: &[&str]| {
        let mut args: Vec<&str> = ARM.to_vec();
        args.extend_from_slice(float);
        args.extend_from_slice(&["-Wa,--noexecstack", "-c", "c.c", "-o", out]);
        quiet(d, "arm-none-eabi-gcc", &args);
        d.join(out)
    };
    let c_soft = compile("c_soft.o", &[]);
    let c_hard = compile("c_hard.o", &["-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"]);
    // The runtime's symbols stay undefined here: only the objects' ABIs are checked.
    let link = |c: &Path, py: &Path| {
        run(
            d,
            "arm-none-eabi-ld",
            &[
                "--unresolved-symbols=ignore-all",
                "-e",
                "call",
                s(c),
                s(py),
                "-o",
                "x.elf",
            ],
        )
    };
    for (c, py) in [(&c_soft, &soft), (&c_hard, &hard)] {
        let out = link(c, py);
        assert!(
            out.status == Some(0) && out.stderr.is_empty(),
            "{} + {}: {}",
            c.display(),
            py.display(),
            out.stderr_text()
        );
    }
    for (c, py) in [(&c_soft, &hard), (&c_hard, &soft)] {
        let out = link(c, py);
        assert_ne!(
            out.status,
            Some(0),
            "{} + {} linked",
            c.display(),
            py.display()
        );
        assert!(
            out.stderr_text().contains("uses VFP register arguments"),
            "{}",
            out.stderr_text()
        );
    }
}

/// Builds testdata/c/vfp.py + vfp.c for `triple` (the board with `float_abi`
/// flags for arm-none-eabi-gcc, or the host), runs it and compares with vfp.out.
fn run_vfp(triple: &str, float_abi: &[&str]) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let d = dir.path();
    let py = repo("testdata/c/vfp.py");
    pyaot_ok(
        d,
        &[
            "--target",
            triple,
            "-c",
            s(&py),
            "-o",
            "vfp.o",
            "--emit-header",
            "vfp.h",
        ],
    );
    let inc = format!("-I{}", include_dir());
    let c = repo("testdata/c/vfp.c");
    let rt = runtime_lib(triple);
    let extra = link_args(triple);
    let (exe, target) = if triple == HOST_TRIPLE {
        let mut args = vec!["-O2", "-I.", &inc];
        args.extend_from_slice(WARNINGS);
        args.extend_from_slice(&[s(&c), "vfp.o", &rt]);
        args.extend(extra.iter().map(String::as_str));
        args.extend_from_slice(&["-o", "vfp"]);
        quiet(d, "cc", &args);
        ("vfp", Target::Host)
    } else {
        let mut args: Vec<&str> = ARM.to_vec();
        args.extend_from_slice(float_abi);
        args.extend_from_slice(&["-O2", "-ffreestanding", "-Wa,--noexecstack", "-I.", &inc]);
        args.extend_from_slice(WARNINGS);
        args.extend_from_slice(&["-c", s(&c), "-o", "main.o"]);
        quiet(d, "arm-none-eabi-gcc", &args);
        let mut args: Vec<&str> = ARM.to_vec();
        args.extend_from_slice(float_abi);
        args.extend_from_slice(&["main.o", "vfp.o", &rt]);
        args.extend(extra.iter().map(String::as_str));
        args.extend_from_slice(&["-o", "vfp.elf"]);
        quiet(d, "arm-none-eabi-gcc", &args);
        ("vfp.elf", Target::Thumb)
    };
    let out = common::run_program(&d.join(exe), target).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status, Some(0), "{triple} vfp: {}", out.stderr_text());
    assert_same(
        &format!("testdata/c/vfp.c for {triple}"),
        &read(&repo("testdata/c/vfp.out")),
        &out.stdout_text(),
    );
}

#[test]
fn floats_cross_in_vfp_registers_on_the_hard_float_board() {
    let hard = ["-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"];
    run_vfp("thumbv7em-none-eabihf", &hard);
    // The exports' entries keep arguments in VFP registers, as C passed them.
    let dir = tempfile::tempdir().expect("temporary directory");
    let py = repo("testdata/c/vfp.py");
    pyaot_ok(
        dir.path(),
        &[
            "--target",
            "thumbv7em-none-eabihf",
            "-c",
            s(&py),
            "-o",
            "vfp.o",
        ],
    );
    let objdump = rust_bin().join("llvm-objdump");
    let out = run(
        dir.path(),
        s(&objdump),
        &[
            "-d",
            "--triple=thumbv7em-none-eabihf",
            "--mattr=+vfp4d16sp",
            "vfp.o",
        ],
    );
    let text = out.stdout_text();
    let entry = text
        .split("<py_backfill>:")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("py_backfill in the disassembly");
    // a: s0, b: d1, c: s1 (back-filled), e: d2.
    for insn in ["vstr\ts0,", "vstr\td1,", "vstr\ts1,", "vstr\td2,"] {
        assert!(entry.contains(insn), "no {insn} in py_backfill:\n{entry}");
    }
}

#[test]
fn the_float_program_runs_on_the_host_and_the_soft_float_board() {
    run_vfp(HOST_TRIPLE, &[]);
    run_vfp(THUMB_TRIPLE, &[]);
}

#[test]
fn emit_asm_lists_the_c_entry_points() {
    let py = repo("testdata/c/vfp.py");
    for (triple, moves_the_argument) in [
        (HOST_TRIPLE, "movss dword ptr [rsp], xmm0"),
        ("thumbv7em-none-eabihf", "vstr s0, [sp]"),
        (THUMB_TRIPLE, "str r0, [sp]"),
    ] {
        let out = common::run_pyaot(&["--target", triple, "--emit", "asm", s(&py)], None);
        assert_eq!(out.status, Some(0), "{}", out.stderr_text());
        let text = out.stdout_text();
        let entry = text
            .split("py_half  (C entry point of ")
            .nth(1)
            .and_then(|rest| rest.split("\n\n").next())
            .unwrap_or_else(|| panic!("{triple}: no C entry point of py_half in:\n{text}"));
        assert!(
            entry.starts_with(&format!(
                "{}:40 def py_half(x: f32) -> f32, {triple},",
                s(&py)
            )),
            "{triple}: {entry}"
        );
        assert!(
            entry.contains(moves_the_argument) && entry.contains("pyaot_cffi_box"),
            "{triple}: {entry}"
        );
    }
}

// ---- the pyaot module, the C API, the flags ----

#[test]
fn lib_pyaot_defines_what_the_compiler_interprets() {
    use pyaot::front::interop::{DECORATORS, MEMS, TYPES};
    let mut expected: Vec<&str> = DECORATORS.to_vec();
    expected.extend(TYPES.iter().map(|(n, _)| *n));
    expected.extend(MEMS.iter().map(|(n, _)| *n));
    let out = run(
        &repo("runtime-lib/cpython"),
        "python3",
        &["-c", "import pyaot; print(' '.join(pyaot.__all__))"],
    );
    assert_eq!(out.status, Some(0), "{}", out.stderr_text());
    let got: Vec<String> = out
        .stdout_text()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    assert_eq!(got, expected);
}

/// The function names `pyaot.h` declares.
fn c_api_functions() -> Vec<String> {
    let header = read(&repo("runtime-lib/include/pyaot.h"));
    let mut names = Vec::new();
    for line in header.lines() {
        let line = line.trim_start();
        if line.starts_with("/*") || line.starts_with('*') || line.starts_with('#') {
            continue;
        }
        if let Some(open) = line.find('(') {
            let name = line[..open].rsplit([' ', '*']).next().unwrap_or("");
            if name.starts_with("pyaot_") && !line.contains("(*") {
                names.push(name.to_string());
            }
        }
    }
    names
}

#[test]
fn every_c_api_function_is_defined_by_each_runtime() {
    let names = c_api_functions();
    for expected in ["pyaot_init", "pyaot_err_print", "pyaot_keep", "pyaot_call"] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} not found in {names:?}"
        );
    }
    for triple in [HOST_TRIPLE, THUMB_TRIPLE, "thumbv7em-none-eabihf"] {
        let out = run(&repo("."), "nm", &["--defined-only", &runtime_lib(triple)]);
        let defined = out.stdout_text();
        let bare_metal_only = [
            "pyaot_heap_init",
            "pyaot_port_init",
            "pyaot_port_write",
            "pyaot_port_exit",
            "pyaot_port_clock_ns",
            "pyaot_port_sleep_ns",
            "pyaot_port_read",
        ];
        let missing: Vec<&String> = names
            .iter()
            .filter(|n| triple != HOST_TRIPLE || !bare_metal_only.contains(&n.as_str()))
            .filter(|n| {
                !defined
                    .lines()
                    .any(|l| l.split_whitespace().last() == Some(n.as_str()))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{triple}: pyaot.h declares undefined {missing:?}"
        );
    }
}

#[test]
fn print_flags_name_the_runtime_the_header_and_the_link() {
    for triple in [HOST_TRIPLE, THUMB_TRIPLE, "thumbv7em-none-eabihf"] {
        let lib = PathBuf::from(runtime_lib(triple));
        assert!(
            lib.is_file() && lib.ends_with(format!("{triple}/libpyaot_rt.a")),
            "{}",
            lib.display()
        );
    }
    assert!(Path::new(&include_dir()).join("pyaot.h").is_file());
    assert_eq!(link_args(HOST_TRIPLE), vec!["-Wl,--gc-sections"]);
    let thumb = link_args(THUMB_TRIPLE);
    assert!(thumb.contains(&"-nostdlib".to_string()), "{thumb:?}");
    let script = thumb
        .iter()
        .find_map(|a| a.strip_prefix("-T"))
        .expect("-T script");
    assert!(Path::new(script).is_file(), "{script}");
    // Usage errors: --emit-header needs -c.
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(dir.path().join("add.py"), ADD).expect("write add.py");
    let out = common::run_pyaot(&["add.py", "--emit-header", "add.h"], Some(dir.path()));
    assert_eq!(out.status, Some(2), "{}", out.stderr_text());
    assert!(!dir.path().join("add.h").exists());
    // The header cannot overwrite the object.
    let out = common::run_pyaot(
        &["-c", "add.py", "-o", "add.o", "--emit-header", "./add.o"],
        Some(dir.path()),
    );
    assert_eq!(out.status, Some(1), "{}", out.stderr_text());
    assert!(!dir.path().join("add.o").exists());
    // A header that cannot be written leaves no object either.
    let out = common::run_pyaot(
        &[
            "-c",
            "add.py",
            "-o",
            "add.o",
            "--emit-header",
            "/nonexistent/add.h",
        ],
        Some(dir.path()),
    );
    assert_eq!(out.status, Some(1), "{}", out.stderr_text());
    assert!(!dir.path().join("add.o").exists());
}
