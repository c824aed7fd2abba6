//! End-to-end tests: every program of `testdata/run/` is compiled by pyaot and run on
//! the host and under QEMU, and its behaviour compared with what CPython 3.11 did
//! (recorded by `testdata/record.py`); every case of `testdata/errors/` is compiled
//! and pyaot's diagnostics compared with the expected ones. See testdata/README.md.
//!
//! `PYAOT_TEST_FILTER=SUBSTRING cargo test --test e2e` runs only the matching programs.

mod common;

use common::{Outcome, Target};
use std::path::{Path, PathBuf};

/// What CPython did with one program.
struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    /// The last line of stderr, present when `exit` is not 0.
    err: Option<String>,
    /// The whole of stderr, normalized (`normalized_trace`), when `exit` is not 0.
    trace: Option<String>,
}

impl Expected {
    fn load(source: &Path) -> Result<Expected, String> {
        let read = |ext: &str| {
            let path = source.with_extension(ext);
            std::fs::read(&path).map_err(|e| {
                format!(
                    "cannot read {}: {e} (run `python3 testdata/record.py`)",
                    path.display()
                )
            })
        };
        let exit_text = String::from_utf8_lossy(&read("exit")?).trim().to_string();
        let exit = exit_text
            .parse()
            .map_err(|_| format!("{}: bad .exit file {exit_text:?}", source.display()))?;
        let (err, trace) = if exit == 0 {
            (None, None)
        } else {
            let trace = String::from_utf8_lossy(&read("trace")?).into_owned();
            (Some(common::last_line(&read("err")?)), Some(trace))
        };
        Ok(Expected {
            stdout: read("out")?,
            exit,
            err,
            trace,
        })
    }
}

/// The programs of testdata/run/ to run on `target` (all but host-only on Thumb).
fn run_programs(target: Target) -> Vec<PathBuf> {
    let all = common::files_with_ext(&common::testdata("run"), "py");
    let selected = all
        .into_iter()
        .filter(|path| target == Target::Host || !common::is_host_only(&read_source(path)))
        .collect();
    common::apply_filter(selected)
}

fn read_source(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Compiles and runs one program; `Err` describes every way it misbehaved.
fn check_program(source: &Path, target: Target, out_dir: &Path) -> Result<(), String> {
    let name = common::stem(source);
    let header = format!("--- {name}.py on {:?}", target);
    let expected = Expected::load(source).map_err(|e| format!("{header}\n    {e}\n"))?;
    let program = common::compile(source, target, out_dir)
        .map_err(|e| format!("{header}: compile error\n{e}"))?;
    let outcome = common::run_program(&program, target)
        .map_err(|e| format!("{header}: cannot run\n    {e}\n"))?;
    let problems = compare(&expected, &outcome, target);
    if problems.is_empty() {
        return Ok(());
    }
    let mut message = format!("{header}\n");
    for problem in problems {
        message.push_str(&common::indent(&problem));
    }
    if !outcome.stderr.is_empty() {
        message.push_str("    stderr was:\n");
        message.push_str(&common::indent(&common::indent(&tail(
            &outcome.stderr_text(),
            8,
        ))));
    }
    Err(message)
}

/// Every difference between CPython's recorded behaviour and the run's.
fn compare(expected: &Expected, outcome: &Outcome, target: Target) -> Vec<String> {
    let mut problems = Vec::new();
    if outcome.stdout != expected.stdout {
        problems.push(format!(
            "stdout differs: {}",
            common::first_difference(
                &String::from_utf8_lossy(&expected.stdout),
                &outcome.stdout_text()
            )
        ));
    }
    if outcome.status != Some(expected.exit) || outcome.timed_out {
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit,
            outcome.status_text()
        ));
    }
    match &expected.err {
        Some(err) => {
            let actual = common::last_line(&outcome.stderr);
            if &actual != err {
                problems.push(format!(
                    "last line of stderr:\n    expected: {err:?}\n    actual:   {actual:?}"
                ));
            }
            // The whole traceback, chained exceptions and all, on the host (under
            // QEMU stderr goes through semihosting, and QEMU may add notes).
            if let (Some(trace), Target::Host) = (&expected.trace, target) {
                let actual = normalized_trace(&outcome.stderr);
                if &actual != trace {
                    problems.push(format!(
                        "traceback differs: {}",
                        common::first_difference(trace, &actual)
                    ));
                }
            }
        }
        // QEMU may print its own notes on stderr; a host binary has no excuse.
        None if target == Target::Host && !outcome.stderr.is_empty() => {
            problems.push("the program succeeded but wrote to stderr".to_string());
        }
        None => {}
    }
    problems
}

/// stderr as record.py writes `.trace` files: the run folder as "<run>".
fn normalized_trace(stderr: &[u8]) -> String {
    let dir = common::testdata("run");
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    let text = String::from_utf8_lossy(stderr).replace(&format!("{}/", dir.display()), "<run>/");
    text.lines().map(|l| format!("{l}\n")).collect()
}

/// The last `n` lines of `text`.
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn run_suite(target: Target) {
    if target == Target::Thumb {
        if let Err(message) = common::qemu() {
            panic!("{message}");
        }
    }
    let programs = run_programs(target);
    assert!(
        !programs.is_empty(),
        "no programs selected in testdata/run (check PYAOT_TEST_FILTER)"
    );
    let out_dir = tempfile::tempdir().expect("temporary directory");
    let failures: Vec<String> = common::parallel_map(&programs, |source| {
        check_program(source, target, out_dir.path())
    })
    .into_iter()
    .filter_map(Result::err)
    .collect();
    common::report(
        &format!("testdata/run on {}", target.triple()),
        programs.len(),
        &failures,
    );
}

#[test]
fn run_programs_on_host_match_cpython() {
    run_suite(Target::Host);
}

#[test]
fn run_programs_on_thumb_under_qemu_match_cpython() {
    run_suite(Target::Thumb);
}

/// One case of testdata/errors/: the expected exit status and exact stderr.
struct ExpectedError {
    exit: i32,
    stderr: String,
}

fn parse_expected_error(path: &Path) -> Result<ExpectedError, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (first, stderr) = text.split_once('\n').unwrap_or((&text, ""));
    let exit = first
        .strip_prefix("exit: ")
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| {
            format!(
                "{}: the first line must be `exit: N`, not {first:?}",
                path.display()
            )
        })?;
    Ok(ExpectedError {
        exit,
        stderr: stderr.to_string(),
    })
}

fn check_error_case(source: &Path, out_dir: &Path) -> Result<(), String> {
    let name = common::stem(source);
    let header = format!("--- errors/{name}.py");
    let expected = parse_expected_error(&source.with_extension("expected"))
        .map_err(|e| format!("{header}\n    {e}\n"))?;
    let output = out_dir.join(&name);
    let file_name = format!("{name}.py");
    let outcome = common::run_pyaot(
        &[&file_name, "-o", output.to_str().expect("UTF-8 path")],
        Some(&common::testdata("errors")),
    );
    let mut problems = Vec::new();
    if outcome.status != Some(expected.exit) {
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit,
            outcome.status_text()
        ));
    }
    let stderr = outcome.stderr_text();
    if stderr != expected.stderr {
        problems.push(format!(
            "stderr differs: {}\n  expected stderr:\n{}  actual stderr:\n{}",
            common::first_difference(&expected.stderr, &stderr),
            common::indent(&expected.stderr),
            common::indent(&stderr)
        ));
    }
    if output.exists() {
        problems.push(format!("a failed compile left {} behind", output.display()));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut message = format!("{header}\n");
    for problem in problems {
        message.push_str(&common::indent(&problem));
    }
    Err(message)
}

#[test]
fn compile_errors_match_expected_diagnostics() {
    let cases = common::apply_filter(common::files_with_ext(&common::testdata("errors"), "py"));
    assert!(!cases.is_empty(), "no cases selected in testdata/errors");
    let out_dir = tempfile::tempdir().expect("temporary directory");
    let failures: Vec<String> =
        common::parallel_map(&cases, |source| check_error_case(source, out_dir.path()))
            .into_iter()
            .filter_map(Result::err)
            .collect();
    common::report("testdata/errors", cases.len(), &failures);
}

/// Problems with the recorded files of one testdata/run program.
fn run_case_sync_problems(source: &Path) -> Vec<String> {
    let name = common::stem(source);
    let mut problems = Vec::new();
    for ext in ["out", "exit"] {
        if !source.with_extension(ext).is_file() {
            problems.push(format!("run/{name}.py has no {name}.{ext}"));
        }
    }
    let exit = std::fs::read_to_string(source.with_extension("exit"))
        .ok()
        .and_then(|text| text.trim().parse::<i32>().ok());
    let has_err = source.with_extension("err").is_file();
    match exit {
        Some(0) if has_err => {
            problems.push(format!("run/{name}.err exists but the exit status is 0"))
        }
        Some(code) if code != 0 && !has_err => problems.push(format!(
            "run/{name}.exit is {code} but there is no {name}.err"
        )),
        None if source.with_extension("exit").is_file() => {
            problems.push(format!("run/{name}.exit is not a number"))
        }
        _ => {}
    }
    let source_text = read_source(source);
    let first = source_text.lines().next().unwrap_or("");
    if first.contains("host-only") && !(common::is_host_only(&source_text) && first.ends_with(')'))
    {
        problems.push(format!(
            "run/{name}.py: write the marker as `# pyaot: host-only (REASON)`, not {first:?}"
        ));
    }
    problems
}

/// Files in `dir` with one of `exts` whose `.py` does not exist.
fn orphans(dir: &Path, exts: &[&str]) -> Vec<String> {
    exts.iter()
        .flat_map(|ext| common::files_with_ext(dir, ext))
        .filter(|path| !path.with_extension("py").is_file())
        .map(|path| format!("{} has no .py beside it", path.display()))
        .collect()
}

#[test]
fn expected_files_are_in_sync_with_programs() {
    let run_dir = common::testdata("run");
    let errors_dir = common::testdata("errors");
    let mut problems: Vec<String> = common::files_with_ext(&run_dir, "py")
        .iter()
        .flat_map(|source| run_case_sync_problems(source))
        .collect();
    problems.extend(orphans(&run_dir, &["out", "exit", "err", "trace"]));
    for source in common::files_with_ext(&errors_dir, "py") {
        if let Err(e) = parse_expected_error(&source.with_extension("expected")) {
            problems.push(e);
        }
    }
    problems.extend(orphans(&errors_dir, &["expected"]));
    assert!(
        problems.is_empty(),
        "testdata is out of sync (re-record with `python3 testdata/record.py`):\n{}",
        problems.join("\n")
    );
}
