//! Debuggability: `-g` (DWARF read by gdb, readelf and addr2line on programs for both
//! targets, including a C program calling compiled Python and a Cortex-M image under
//! QEMU's gdb stub) and `--emit asm` listings (snapshots in `testdata/debug/`,
//! re-blessed with `PYAOT_BLESS=1`).
//!
//! Needs gdb, gdb-multiarch, readelf, addr2line and cc (`make setup` installs them).

mod common;

use common::{Outcome, Target, HOST_TRIPLE, THUMB_TRIPLE};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use tempfile::TempDir;

/// How long one debugger session may take.
const GDB_TIMEOUT: Duration = Duration::from_secs(90);

/// A temporary directory holding a copy of `testdata/debug/NAME`, so programs are
/// compiled from a relative path (their debug info names `NAME`) in a clean place.
fn workdir(names: &[&str]) -> TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for name in names {
        std::fs::copy(common::testdata("debug").join(name), dir.path().join(name))
            .unwrap_or_else(|e| panic!("copy {name}: {e}"));
    }
    dir
}

/// Runs pyaot in `dir` and fails the test unless it succeeds.
fn pyaot_ok(dir: &Path, args: &[&str]) -> Outcome {
    let out = common::run_pyaot(args, Some(dir));
    assert_eq!(
        out.status,
        Some(0),
        "pyaot {args:?} failed ({}):\n{}",
        out.status_text(),
        out.stderr_text()
    );
    out
}

/// Runs a tool to completion and returns its stdout; fails the test with a hint to
/// install it when it is missing.
fn tool(dir: &Path, program: &str, args: &[&str]) -> String {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir);
    let out = common::run_with_timeout(&mut cmd, GDB_TIMEOUT).unwrap_or_else(|e| {
        panic!("{e}\n(is {program} installed? `make setup` installs what the tests need)")
    });
    assert!(
        out.status == Some(0) && !out.timed_out,
        "{program} {args:?} failed ({}):\n{}{}",
        out.status_text(),
        out.stdout_text(),
        out.stderr_text()
    );
    out.stdout_text() + &out.stderr_text()
}

/// Runs gdb (or gdb-multiarch) in batch mode with `commands` on `program`.
fn gdb(gdb: &str, dir: &Path, program: &str, commands: &[&str]) -> String {
    let mut args = vec!["-nx", "-batch", "-iex", "set debuginfod enabled off"];
    for c in commands {
        args.push("-ex");
        args.push(c);
    }
    args.push(program);
    tool(dir, gdb, &args)
}

/// Fails unless `text` contains each of `needles` in order.
fn assert_in_order(text: &str, needles: &[&str], what: &str) {
    let mut rest = text;
    for needle in needles {
        match rest.find(needle) {
            Some(at) => rest = &rest[at + needle.len()..],
            None => panic!("{what}: expected {needle:?} (after the previous ones) in:\n{text}"),
        }
    }
}

/// The names of an object's sections, from `readelf -S`.
fn section_names(dir: &Path, object: &str) -> Vec<String> {
    tool(dir, "readelf", &["-S", "-W", object])
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let rest = l.strip_prefix('[')?;
            let (_, rest) = rest.split_once(']')?;
            rest.split_whitespace().next().map(str::to_string)
        })
        .collect()
}

/// The hex dump of one section (`readelf -x`), which holds the exact bytes.
fn section_dump(dir: &Path, object: &str, section: &str) -> String {
    tool(dir, "readelf", &["-x", section, object])
}

#[test]
fn debug_info_changes_no_code_and_is_written_only_with_g() {
    let dir = workdir(&["steps.py"]);
    let d = dir.path();
    for triple in [HOST_TRIPLE, THUMB_TRIPLE] {
        pyaot_ok(d, &["-c", "--target", triple, "steps.py", "-o", "plain.o"]);
        pyaot_ok(
            d,
            &["-g", "-c", "--target", triple, "steps.py", "-o", "debug.o"],
        );
        let plain = section_names(d, "plain.o");
        let debug = section_names(d, "debug.o");
        assert!(
            !plain.iter().any(|s| s.starts_with(".debug")),
            "{triple}: sections without -g: {plain:?}"
        );
        for s in [
            ".debug_info",
            ".debug_abbrev",
            ".debug_line",
            ".debug_str",
            ".debug_frame",
            ".debug_aranges",
        ] {
            assert!(
                debug.iter().any(|n| n == s),
                "{triple}: no {s} in {debug:?}"
            );
        }
        for s in [".text", ".rodata", ".data.rel.ro", ".bss"] {
            if plain.iter().any(|n| n == s) {
                assert_eq!(
                    section_dump(d, "plain.o", s),
                    section_dump(d, "debug.o", s).replace("debug.o", "plain.o"),
                    "{triple}: -g changed {s}"
                );
            }
        }
    }
}

#[test]
fn gdb_stops_on_python_lines_shows_frames_and_steps() {
    let dir = workdir(&["steps.py"]);
    let d = dir.path();
    pyaot_ok(d, &["-g", "steps.py", "-o", "steps"]);
    let out = gdb(
        "gdb",
        d,
        "./steps",
        &[
            "break steps.py:2",
            "run",
            "bt",
            "info args",
            "info locals",
            "next",
            "info locals",
            "finish",
            "next",
            "step",
        ],
    );
    assert_in_order(
        &out,
        &[
            "Breakpoint 1 at",
            "file steps.py, line 2.",
            "Breakpoint 1, add (a=3, b=5) at steps.py:2",
            "2\t    c = a + b",
            // The backtrace: the Python function, then the module body that called
            // it, each with file and line, then the runtime and C's main.
            "#0  add (a=3, b=5) at steps.py:2",
            "#1  0x",
            " in <module> () at steps.py:21",
            " in pyaot_main ",
            " in main ",
            // Arguments and locals are raw words: 3 is the small int 1 (2*1+1); an
            // unbound local is 0.
            "a = 3\nb = 5",
            "c = 0",
            // `next` reaches the next Python line; the local is now bound to 3 (7).
            "3\t    return c",
            "c = 7",
            // `finish` returns to the caller, mid-line, with the returned word.
            " in <module> () at steps.py:21",
            "Value returned is $1 = 7",
            // From the middle of line 21, `next` goes on to line 22.
            "22\tprint(x, fib(10))",
            // `step` enters the Python function called on that line.
            "fib (n=21) at steps.py:7",
            "7\t    if n < 2:",
        ],
        "gdb session in add",
    );
}

#[test]
fn gdb_backtrace_through_recursion_and_line_lookups() {
    let dir = workdir(&["steps.py"]);
    let d = dir.path();
    pyaot_ok(d, &["-g", "steps.py", "-o", "steps"]);
    let out = gdb(
        "gdb",
        d,
        "./steps",
        &[
            // Before `run`: addresses in the file, as addr2line reads them.
            "info line steps.py:9",
            "break steps.py:8",
            "run",
            "bt",
            "break show",
            "delete 1",
            "continue",
            "info args",
            "next",
            "next",
            "break steps.py:16",
            "continue",
            "info locals",
        ],
    );
    assert_in_order(
        &out,
        &[
            "Line 9 of \"steps.py\" starts at address",
            "Breakpoint 1, fib (n=3) at steps.py:8",
            "#0  fib (n=3) at steps.py:8",
            "#1  0x",
            " in fib (n=5) at steps.py:9",
            "#9  0x",
            " in fib (n=21) at steps.py:9",
            "#10 0x",
            " in <module> () at steps.py:22",
            // `break show` stops after the prologue, at the first statement, with the
            // parameter stored: a pointer to the list.
            "Breakpoint 2, show (values=",
            ") at steps.py:13",
            "13\t    total = 0",
            "14\t    for v in values:",
            "15\t        total = total + v",
            // After the loop, as raw words: total is 6 (13), v is 3 (7), and name is
            // not bound yet (0).
            "Breakpoint 3, show (values=",
            "16\t    name = \"total\"",
            "total = 13\nv = 7\nname = 0",
        ],
        "gdb session in fib and show",
    );
    // addr2line maps the address gdb gave for line 9 back to the line.
    let addr = out
        .split("Line 9 of \"steps.py\" starts at address ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .expect("an address for line 9");
    let mapped = tool(d, "addr2line", &["-e", "steps", addr]);
    assert!(
        mapped.trim_end().ends_with("steps.py:9"),
        "addr2line {addr}: {mapped}"
    );
}

#[test]
fn c_calls_python_calls_c_in_one_backtrace() {
    let dir = workdir(&["steps.py", "main.c"]);
    let d = dir.path();
    pyaot_ok(d, &["-g", "-c", "steps.py", "-o", "steps.o"]);
    let target = pyaot::target::Target::parse(HOST_TRIPLE).expect("host target");
    let rt = pyaot::link::runtime_dir(&target).expect("the runtime (make runtime)");
    let include = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime-lib/include");
    tool(
        d,
        "cc",
        &[
            "-g",
            "-O0",
            "-I",
            include.to_str().unwrap(),
            "main.c",
            "steps.o",
            rt.join("libpyaot_rt.a").to_str().unwrap(),
            "-Wl,--gc-sections",
            "-o",
            "cmain",
        ],
    );
    // The first print asks libc whether stdout is a terminal: a C function called
    // from compiled Python, in a program whose main is C.
    let out = gdb(
        "gdb",
        d,
        "./cmain",
        &[
            "set breakpoint pending on",
            "break isatty",
            "run",
            "bt",
            "kill",
        ],
    );
    assert_in_order(
        &out,
        &[
            "Breakpoint 1, ",
            "isatty",
            "#0  ",
            "isatty",
            "pyaot_print",
            " in <module> () at steps.py:22",
            " in pyaot_main ",
            " in run_python (argc=1, argv=",
            "at main.c:8",
            " in main (argc=1, argv=",
            "at main.c:12",
        ],
        "C → Python → C backtrace",
    );
    assert!(
        !out.contains("Backtrace stopped"),
        "the backtrace must reach main:\n{out}"
    );
}

/// The gdb command that loads the pretty-printer shipped in `tools/`.
fn source_printer() -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime-lib/gdb/pyaot-gdb.py");
    format!("source {}", script.display())
}

#[test]
fn pretty_printer_shows_values_as_python_does() {
    let dir = workdir(&["values.py"]);
    let d = dir.path();
    pyaot_ok(d, &["-g", "values.py", "-o", "values"]);
    let out = gdb(
        "gdb",
        d,
        "./values",
        &[
            &source_printer(),
            "break values.py:8",
            "run",
            "info args",
            "info locals",
            "print/r a",
        ],
    );
    assert_in_order(
        &out,
        &[
            "a = -5\n",
            "s = \"héllo\\n'x'\"\n",
            "f = 2.5\n",
            "t = (1, 'two', None)\n",
            "l = [1, [2, 3], 'x']\n",
            "d = {'k': 1, 2: [3]}\n",
            "n = None\n",
            "b = False\n",
            // `big` is captured by `peek`: its slot holds a cell, shown by content.
            "big = 1099511627776\n",
            "neg = -1099511627776\n",
            "peek = <function object at 0x",
            // /r shows the raw word: -5 tagged is -9.
            "$1 = 18446744073709551607",
        ],
        "pretty-printed arguments and locals",
    );
}

/// `(address, line)` rows of `readelf --debug-dump=decodedline` for `file`.
fn decoded_lines(dir: &Path, object: &str, file: &str) -> Vec<(u64, u32)> {
    tool(dir, "readelf", &["--debug-dump=decodedline", object])
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            if f.next()? != file {
                return None;
            }
            let line = f.next()?.parse().ok()?;
            let addr = f.next()?;
            let addr = u64::from_str_radix(addr.trim_start_matches("0x"), 16).ok()?;
            Some((addr, line))
        })
        .collect()
}

/// `(address, line)` where the `--emit asm` listing starts each source line: the
/// address of the first instruction after each `; N:` header.
fn listed_lines(listing: &str) -> Vec<(u64, u32)> {
    let mut rows = Vec::new();
    let mut pending = None;
    for l in listing.lines() {
        let t = l.trim_start();
        if let Some(rest) = t.strip_prefix("; ") {
            pending = rest.split(':').next().and_then(|n| n.parse::<u32>().ok());
        } else if let (Some(line), Some((addr, _))) = (pending, t.split_once(':')) {
            if let Ok(addr) = u64::from_str_radix(addr, 16) {
                rows.push((addr, line));
                pending = None;
            }
        }
    }
    rows
}

/// The value of each function symbol in an ELF file, from `readelf -s`.
fn function_symbols(dir: &Path, object: &str) -> Vec<(String, u64)> {
    tool(dir, "readelf", &["-s", "-W", object])
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            if f.len() < 8 || f[3] != "FUNC" {
                return None;
            }
            let value = u64::from_str_radix(f[1], 16).ok()?;
            Some((f[7].to_string(), value))
        })
        .collect()
}

#[test]
fn thumb_line_table_maps_addresses_to_python_lines() {
    let dir = workdir(&["steps.py"]);
    let d = dir.path();
    let t = ["--target", THUMB_TRIPLE];
    pyaot_ok(
        d,
        &[&t[..], &["-g", "-c", "steps.py", "-o", "steps.o"]].concat(),
    );
    let listing = pyaot_ok(d, &[&t[..], &["--emit", "asm", "steps.py"]].concat()).stdout_text();
    // Every source line the listing shows starts at the address the line table gives.
    let table = decoded_lines(d, "steps.o", "steps.py");
    let listed = listed_lines(&listing);
    assert!(listed.len() >= 15, "listing rows: {listed:?}");
    for row in &listed {
        assert!(
            table.contains(row),
            "listing row {row:x?} not in {table:x?}"
        );
    }
    // In the object, `fib` is at .text + its symbol value less the Thumb bit, where
    // its line table starts with its `def` line, and its statements follow.
    let syms = function_symbols(d, "steps.o");
    let fib = syms
        .iter()
        .find(|(n, _)| n.ends_with(".2.fib"))
        .map(|(_, v)| v & !1)
        .expect("fib's symbol");
    let from_fib: Vec<u32> = table
        .iter()
        .filter(|(a, _)| *a >= fib)
        .map(|&(_, l)| l)
        .take(4)
        .collect();
    assert_eq!(
        from_fib,
        [6, 7, 8, 9],
        "rows from fib at {fib:#x}: {table:x?}"
    );
    // Linked, the addresses are relocated: each function's first row is at its symbol.
    pyaot_ok(
        d,
        &[&t[..], &["-g", "steps.py", "-o", "steps.elf"]].concat(),
    );
    let table = decoded_lines(d, "steps.elf", "steps.py");
    for (name, value) in function_symbols(d, "steps.elf") {
        if name.starts_with("pyaot.__main__.") || name == "pyaot_init___main__" {
            let first = table.iter().find(|(a, _)| *a == value & !1);
            assert!(
                first.is_some(),
                "{name} at {value:#x} starts no row in {table:x?}"
            );
        }
    }
}

/// A free TCP port on the loopback interface for QEMU's gdb stub.
fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    l.local_addr().expect("local address").port()
}

#[test]
fn gdb_multiarch_debugs_a_cortex_m_image_under_qemu() {
    let dir = workdir(&["steps.py"]);
    let d = dir.path();
    pyaot_ok(
        d,
        &[
            "-g",
            "--target",
            THUMB_TRIPLE,
            "steps.py",
            "-o",
            "steps.elf",
        ],
    );
    let port = free_port();
    let mut qemu = Command::new("timeout");
    qemu.arg("60")
        .arg(common::qemu().expect("qemu-system-arm"))
        .args(["-M", "mps2-an386", "-nographic"])
        .args(["-semihosting-config", "enable=on,target=native"])
        .args(["-kernel", "steps.elf", "-S", "-gdb"])
        .arg(format!("tcp:127.0.0.1:{port}"))
        .current_dir(d)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = qemu.spawn().expect("start qemu-system-arm");
    // QEMU listens before it runs anything (-S); give it a moment to open the port.
    let remote = format!("target remote 127.0.0.1:{port}");
    let mut out = String::new();
    for _ in 0..50 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let session = std::panic::catch_unwind(|| {
        gdb(
            "gdb-multiarch",
            d,
            "steps.elf",
            &[
                &source_printer(),
                &remote,
                "break steps.py:8",
                "continue",
                "bt",
                "kill",
            ],
        )
    });
    let _ = child.kill();
    let _ = child.wait();
    match session {
        Ok(text) => out.push_str(&text),
        Err(e) => std::panic::resume_unwind(e),
    }
    assert_in_order(
        &out,
        &[
            // The pretty-printer reads 32-bit words: n is shown as Python's int.
            "Breakpoint 1, fib (n=1) at steps.py:8",
            "#0  fib (n=1) at steps.py:8",
            " in fib (n=2) at steps.py:9",
            " in fib (n=10) at steps.py:9",
            " in <module> () at steps.py:22",
            " in pyaot_main ",
            " in main ",
        ],
        "gdb-multiarch session under QEMU",
    );
}

/// The `--emit asm` listing of `testdata/debug/NAME.py` for `target`, compared with
/// `testdata/debug/NAME.TRIPLE.asm` (rewritten instead when PYAOT_BLESS=1).
fn check_listing(name: &str, target: Target) {
    let dir = workdir(&[&format!("{name}.py")]);
    let src = format!("{name}.py");
    let out = pyaot_ok(
        dir.path(),
        &["--target", target.triple(), "--emit", "asm", &src],
    );
    let expected_path: PathBuf =
        common::testdata("debug").join(format!("{name}.{}.asm", target.triple()));
    let got = out.stdout_text();
    if std::env::var_os("PYAOT_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&expected_path, &got).expect("write the blessed listing");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (PYAOT_BLESS=1 cargo test --test debug writes it)",
            expected_path.display()
        )
    });
    assert!(
        got == expected,
        "--emit asm for {}: {}\n(if the change is intended: PYAOT_BLESS=1 cargo test --test debug)",
        target.triple(),
        common::first_difference(&expected, &got)
    );
}

#[test]
fn asm_listing_of_a_small_function_for_the_host() {
    check_listing("listing", Target::Host);
}

#[test]
fn asm_listing_of_a_small_function_for_thumb() {
    check_listing("listing", Target::Thumb);
}

#[test]
fn backtraces_show_qualified_names() {
    let dir = workdir(&["qualnames.py"]);
    pyaot_ok(dir.path(), &["-g", "qualnames.py", "-o", "qualnames"]);
    // Line 5 is inside Shape.area's nested helper; line 10 inside outer's lambda.
    let bt = gdb(
        "gdb",
        dir.path(),
        "./qualnames",
        &["break qualnames.py:5", "run", "bt"],
    );
    assert_in_order(
        &bt,
        &[
            "Shape.area.<locals>.helper (k=7)",
            "Shape.area (self=",
            "<module> ()",
        ],
        "method backtrace",
    );
    // Line 10 has two locations: inner's own code, then the lambda's.
    let bt = gdb(
        "gdb",
        dir.path(),
        "./qualnames",
        &["break qualnames.py:10", "run", "continue", "bt"],
    );
    assert_in_order(
        &bt,
        &[
            "outer.<locals>.inner.<locals>.<lambda> ()",
            "outer.<locals>.inner ()",
            "outer ()",
        ],
        "nested backtrace",
    );
}
