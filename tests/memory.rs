//! The garbage collector and the heap limits, on both targets.
//!
//! - Every `testdata/run/gc_*.py` (recorded from CPython like any program) runs again
//!   under a heap far smaller than what it allocates: on the host with
//!   `PYAOT_HEAP_LIMIT`, under QEMU with a board script whose `__pyaot_heap_size` is
//!   small. Its output must still be CPython's, and the collector's own counters
//!   (`PYAOT_GC_STATS=1` on the host, `__pyaot_gc_stats = 1` in the board script)
//!   must show a bounded heap, collections, and more than 20 times the heap
//!   allocated.
//! - `testdata/memory/grow_forever.py` must end with MemoryError (status 1) under a
//!   limit, on both targets, and with a heap size compiled into a C program.
//! - `testdata/memory/bytes_grow_forever.py` (bytes and a bytearray growing) must end
//!   with MemoryError too, on both targets.
//! - Unbounded recursion ends with RecursionError under a small heap on both targets.
//! - The hello-world image runs with an 8 KiB heap.
//!
//! `PYAOT_TEST_FILTER=SUBSTRING` limits the stress programs as it does in e2e.rs.

mod common;

use common::{Outcome, Target};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The host heap limit the stress programs run under.
const HOST_LIMIT: usize = 256 << 10;
/// The Thumb heap the stress programs run in (the board's default is 16 MiB).
const THUMB_HEAP: usize = 256 << 10;
/// What each stress program must allocate, in multiples of the heap.
const MIN_CHURN: u64 = 20;
/// How long a host program may run.
const HOST_TIMEOUT: Duration = Duration::from_secs(60);

/// The folder `make runtime` installs the libraries in (or `$PYAOT_RUNTIME_DIR`).
fn runtime_dir() -> PathBuf {
    match std::env::var_os("PYAOT_RUNTIME_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyaot-runtime"),
    }
}

/// A runtime folder for Thumb whose board script gives the heap `heap` bytes and
/// asks for the collector's counters: the installed library, and a script that sets
/// `__pyaot_heap_size` and `__pyaot_gc_stats` (as `--defsym` would) before including
/// the installed one, whose default size is a PROVIDE.
fn thumb_runtime_with_heap(heap: usize, dir: &Path) -> PathBuf {
    let installed = runtime_dir().join(common::THUMB_TRIPLE);
    let lib = installed.join("libpyaot_rt.a");
    assert!(
        lib.is_file(),
        "{} is missing: run `make runtime`",
        lib.display()
    );
    let root = dir.join(format!("runtime-{heap}"));
    let triple_dir = root.join(common::THUMB_TRIPLE);
    std::fs::create_dir_all(&triple_dir).expect("create runtime folder");
    std::fs::copy(&lib, triple_dir.join("libpyaot_rt.a")).expect("copy runtime library");
    let script = format!(
        "__pyaot_heap_size = {heap};\n__pyaot_gc_stats = 1;\nINCLUDE \"{}\"\n",
        installed.join("mps2-an386.ld").display()
    );
    std::fs::write(triple_dir.join("mps2-an386.ld"), script).expect("write board script");
    root
}

/// Compiles `source` for `target` with `runtime` as `PYAOT_RUNTIME_DIR` (when given).
fn compile(source: &Path, target: Target, out: &Path, runtime: Option<&Path>) -> PathBuf {
    let exe = out.join(match target {
        Target::Host => common::stem(source),
        Target::Thumb => format!("{}.elf", common::stem(source)),
    });
    let mut cmd = Command::new(common::pyaot());
    cmd.args(["--target", target.triple()])
        .arg(source)
        .arg("-o")
        .arg(&exe);
    if let Some(dir) = runtime {
        cmd.env("PYAOT_RUNTIME_DIR", dir);
    }
    let outcome = common::run_with_timeout(&mut cmd, Duration::from_secs(120))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        outcome.status,
        Some(0),
        "pyaot failed on {}:\n{}",
        source.display(),
        outcome.stderr_text()
    );
    exe
}

/// Runs a host program with extra environment variables.
fn run_host(exe: &Path, env: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(exe);
    cmd.env_remove("PYAOT_HEAP_LIMIT")
        .env_remove("PYAOT_GC_STATS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    common::run_with_timeout(&mut cmd, HOST_TIMEOUT).unwrap_or_else(|e| panic!("{e}"))
}

/// The collector's counters, as `PYAOT_GC_STATS` prints them on stderr.
#[derive(Debug)]
struct GcStats {
    collections: u64,
    heap: u64,
    allocated: u64,
}

fn gc_stats(stderr: &str) -> Option<GcStats> {
    let line = stderr.lines().find(|l| l.starts_with("pyaot gc: "))?;
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect::<Option<_>>()?;
    // "N collections, heap N bytes, live N bytes after the last, N bytes allocated"
    match numbers[..] {
        [collections, heap, _live, allocated] => Some(GcStats {
            collections,
            heap,
            allocated,
        }),
        _ => None,
    }
}

/// The stress programs: testdata/run/gc_*.py.
fn stress_programs() -> Vec<PathBuf> {
    let all = common::files_with_ext(&common::testdata("run"), "py");
    let gc: Vec<PathBuf> = all
        .into_iter()
        .filter(|p| common::stem(p).starts_with("gc_"))
        .collect();
    assert!(!gc.is_empty(), "no testdata/run/gc_*.py");
    common::apply_filter(gc)
}

fn expected_stdout(source: &Path) -> String {
    let path = source.with_extension("out");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e} (run `python3 testdata/record.py`)",
            path.display()
        )
    })
}

/// What is wrong with the collector's counters of a run in a `heap`-byte heap: the
/// heap must stay within it, and the program must have collected and allocated at
/// least `MIN_CHURN` times the heap.
fn check_churn(name: &str, heap: usize, outcome: &Outcome) -> Result<(), String> {
    let stats = gc_stats(&outcome.stderr_text())
        .ok_or_else(|| format!("--- {name}: no collector counters on stderr"))?;
    let heap = heap as u64;
    if stats.heap > heap || stats.collections == 0 || stats.allocated < MIN_CHURN * heap {
        return Err(format!(
            "--- {name}: in a {heap}-byte heap the collector reported {stats:?}: want a \
             heap within the limit, collections, and at least {MIN_CHURN}x the heap \
             allocated"
        ));
    }
    Ok(())
}

/// What is wrong with a run that should have printed `expected` and exited with 0.
fn check_success(name: &str, expected: &str, outcome: &Outcome) -> Result<(), String> {
    if outcome.status == Some(0) && outcome.stdout_text() == expected {
        return Ok(());
    }
    Err(format!(
        "--- {name}: exit status {}\n{}{}",
        outcome.status_text(),
        common::indent(&common::first_difference(expected, &outcome.stdout_text())),
        common::indent(&common::head(&outcome.stderr_text(), 20))
    ))
}

#[test]
fn stress_programs_run_in_a_small_heap_on_the_host() {
    let out = tempfile::tempdir().expect("temp dir");
    let programs = stress_programs();
    let limit = HOST_LIMIT.to_string();
    let failures: Vec<String> = common::parallel_map(&programs, |source| {
        let name = common::stem(source);
        let exe = compile(source, Target::Host, out.path(), None);
        let outcome = run_host(
            &exe,
            &[("PYAOT_HEAP_LIMIT", &limit), ("PYAOT_GC_STATS", "1")],
        );
        check_success(&name, &expected_stdout(source), &outcome)?;
        check_churn(&name, HOST_LIMIT, &outcome)
    })
    .into_iter()
    .filter_map(Result::err)
    .collect();
    common::report("gc stress on the host", programs.len(), &failures);
}

#[test]
fn stress_programs_run_in_a_small_heap_on_thumb() {
    let out = tempfile::tempdir().expect("temp dir");
    let runtime = thumb_runtime_with_heap(THUMB_HEAP, out.path());
    let programs: Vec<PathBuf> = stress_programs()
        .into_iter()
        .filter(|p| !common::is_host_only(&std::fs::read_to_string(p).expect("read source")))
        .collect();
    let failures: Vec<String> = common::parallel_map(&programs, |source| {
        let name = common::stem(source);
        let elf = compile(source, Target::Thumb, out.path(), Some(&runtime));
        let outcome = common::run_program(&elf, Target::Thumb)?;
        check_success(&name, &expected_stdout(source), &outcome)?;
        check_churn(&name, THUMB_HEAP, &outcome)
    })
    .into_iter()
    .filter_map(Result::err)
    .collect();
    common::report("gc stress on thumb", programs.len(), &failures);
}

/// Checks that a run printed "growing" and then died of MemoryError.
fn assert_memory_error(what: &str, outcome: &Outcome) {
    assert_eq!(
        (outcome.status, outcome.stdout_text().as_str()),
        (Some(1), "growing\n"),
        "{what}: stderr:\n{}",
        outcome.stderr_text()
    );
    assert_eq!(
        common::last_line(&outcome.stderr),
        "MemoryError",
        "{what}: stderr:\n{}",
        outcome.stderr_text()
    );
}

fn grow_forever() -> PathBuf {
    common::testdata("memory").join("grow_forever.py")
}

#[test]
fn memory_error_when_a_list_outgrows_the_limit_on_the_host() {
    let out = tempfile::tempdir().expect("temp dir");
    let exe = compile(&grow_forever(), Target::Host, out.path(), None);
    for limit in ["1M", "300000", "64k"] {
        let outcome = run_host(&exe, &[("PYAOT_HEAP_LIMIT", limit)]);
        assert_memory_error(&format!("PYAOT_HEAP_LIMIT={limit}"), &outcome);
    }
}

#[test]
fn memory_error_when_a_list_outgrows_the_heap_on_thumb() {
    let out = tempfile::tempdir().expect("temp dir");
    let runtime = thumb_runtime_with_heap(64 << 10, out.path());
    let elf = compile(&grow_forever(), Target::Thumb, out.path(), Some(&runtime));
    let outcome = common::run_program(&elf, Target::Thumb).unwrap_or_else(|e| panic!("{e}"));
    assert_memory_error("64 KiB heap on thumb", &outcome);
}

#[test]
fn recursion_error_with_a_small_heap_on_both_targets() {
    let source = common::testdata("run").join("err_recursion.py");
    let expected = expected_stdout(&source);
    let out = tempfile::tempdir().expect("temp dir");
    let exe = compile(&source, Target::Host, out.path(), None);
    let host = run_host(&exe, &[("PYAOT_HEAP_LIMIT", "64K")]);
    let runtime = thumb_runtime_with_heap(16 << 10, out.path());
    let elf = compile(&source, Target::Thumb, out.path(), Some(&runtime));
    let thumb = common::run_program(&elf, Target::Thumb).unwrap_or_else(|e| panic!("{e}"));
    for (target, outcome) in [("host", host), ("thumb", thumb)] {
        assert_eq!(
            (outcome.status, outcome.stdout_text()),
            (Some(1), expected.clone()),
            "{target}: stderr:\n{}",
            common::head(&outcome.stderr_text(), 20)
        );
        assert_eq!(
            common::last_line(&outcome.stderr),
            "RecursionError: maximum recursion depth exceeded",
            "{target}"
        );
    }
}

#[test]
fn hello_world_runs_with_an_8k_heap_on_thumb() {
    let source = common::testdata("run").join("hello.py");
    let out = tempfile::tempdir().expect("temp dir");
    let runtime = thumb_runtime_with_heap(8 << 10, out.path());
    let elf = compile(&source, Target::Thumb, out.path(), Some(&runtime));
    let outcome = common::run_program(&elf, Target::Thumb).unwrap_or_else(|e| panic!("{e}"));
    check_success(
        "hello.py with an 8 KiB heap",
        &expected_stdout(&source),
        &outcome,
    )
    .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn heap_limit_spellings() {
    let source = common::testdata("run").join("gc_lists.py");
    let expected = expected_stdout(&source);
    let out = tempfile::tempdir().expect("temp dir");
    let exe = compile(&source, Target::Host, out.path(), None);
    // (PYAOT_HEAP_LIMIT, the most the heap may hold; 0: no bound to check)
    let cases = [
        ("262144", 262144),
        ("256K", 262144),
        ("256k", 262144),
        ("256KiB", 262144),
        ("1m", 1 << 20),
        ("1MB", 1 << 20),
        // Not a size: the default limit applies and the program still runs.
        ("lots", 0),
        ("1.5M", 0),
    ];
    for (limit, bound) in cases {
        let outcome = run_host(
            &exe,
            &[("PYAOT_HEAP_LIMIT", limit), ("PYAOT_GC_STATS", "1")],
        );
        check_success(&format!("PYAOT_HEAP_LIMIT={limit}"), &expected, &outcome)
            .unwrap_or_else(|e| panic!("{e}"));
        let stats = gc_stats(&outcome.stderr_text()).expect("collector counters");
        assert!(
            bound == 0 || stats.heap <= bound,
            "PYAOT_HEAP_LIMIT={limit}: heap grew to {} bytes",
            stats.heap
        );
    }
    // Too small for anything: MemoryError at the first allocation, not a crash.
    let outcome = run_host(&exe, &[("PYAOT_HEAP_LIMIT", "1K")]);
    assert_eq!(outcome.status, Some(1), "{}", outcome.stderr_text());
    assert_eq!(common::last_line(&outcome.stderr), "MemoryError");
}

/// A C `main` that runs a module compiled with `-c`, with a compiled-in heap size.
const C_MAIN: &str = r#"
#include <stddef.h>
#include <stdint.h>
/* What `--heap-size` will emit: overrides the runtime's weak default of 0. */
const size_t pyaot_heap_size_default = 256 * 1024;
extern uintptr_t pyaot_init___main__(void);
extern int pyaot_main(int argc, char **argv, uintptr_t (*init)(void));
int main(int argc, char **argv) { return pyaot_main(argc, argv, pyaot_init___main__); }
"#;

/// Builds `source` with `-c` and links it with `C_MAIN` and the host runtime.
fn link_with_c_main(source: &Path, out: &Path) -> PathBuf {
    let obj = out.join(format!("{}.o", common::stem(source)));
    let outcome = common::run_pyaot(
        &[
            "-c",
            source.to_str().expect("UTF-8"),
            "-o",
            obj.to_str().expect("UTF-8"),
        ],
        None,
    );
    assert_eq!(outcome.status, Some(0), "{}", outcome.stderr_text());
    let c_file = out.join("main.c");
    std::fs::write(&c_file, C_MAIN).expect("write main.c");
    let exe = out.join(common::stem(source));
    let lib = runtime_dir()
        .join(common::HOST_TRIPLE)
        .join("libpyaot_rt.a");
    let status = Command::new("cc")
        .arg("-o")
        .arg(&exe)
        .arg(&c_file)
        .arg(&obj)
        .arg(&lib)
        .arg("-Wl,--gc-sections")
        .status()
        .expect("run cc");
    assert!(status.success(), "cc failed");
    exe
}

#[test]
fn compiled_in_heap_size_applies_and_the_environment_overrides_it() {
    let out = tempfile::tempdir().expect("temp dir");
    let dir = out.path().join("grow");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let grow = link_with_c_main(&grow_forever(), &dir);
    let outcome = run_host(&grow, &[("PYAOT_GC_STATS", "1")]);
    assert_memory_error("pyaot_heap_size_default = 256 KiB", &outcome);
    let stats = gc_stats(&outcome.stderr_text()).expect("collector counters");
    assert!(stats.heap <= 256 << 10, "{stats:?}");

    let source = common::testdata("run").join("gc_lists.py");
    let dir = out.path().join("lists");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let lists = link_with_c_main(&source, &dir);
    let expected = expected_stdout(&source);
    for (env, bound) in [(None, 256 << 10), (Some("100K"), 100 << 10)] {
        let mut vars = vec![("PYAOT_GC_STATS", "1")];
        if let Some(limit) = env {
            vars.push(("PYAOT_HEAP_LIMIT", limit));
        }
        let outcome = run_host(&lists, &vars);
        check_success("gc_lists.py linked from C", &expected, &outcome)
            .unwrap_or_else(|e| panic!("{e}"));
        let stats = gc_stats(&outcome.stderr_text()).expect("collector counters");
        assert!(stats.heap <= bound, "PYAOT_HEAP_LIMIT={env:?}: {stats:?}");
    }
}

fn bytes_grow_forever() -> PathBuf {
    common::testdata("memory").join("bytes_grow_forever.py")
}

#[test]
fn memory_error_when_bytes_outgrow_the_heap_on_both_targets() {
    let out = tempfile::tempdir().expect("temp dir");
    let exe = compile(&bytes_grow_forever(), Target::Host, out.path(), None);
    for limit in ["1M", "64k"] {
        let outcome = run_host(&exe, &[("PYAOT_HEAP_LIMIT", limit)]);
        assert_memory_error(&format!("bytes, PYAOT_HEAP_LIMIT={limit}"), &outcome);
    }
    let runtime = thumb_runtime_with_heap(64 << 10, out.path());
    let elf = compile(
        &bytes_grow_forever(),
        Target::Thumb,
        out.path(),
        Some(&runtime),
    );
    let outcome = common::run_program(&elf, Target::Thumb).unwrap_or_else(|e| panic!("{e}"));
    assert_memory_error("bytes, 64 KiB heap on thumb", &outcome);
}
