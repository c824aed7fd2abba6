//! Helpers shared by the integration tests: where things are, compiling a program
//! with pyaot, running host binaries and QEMU images with a timeout, running work on
//! a few threads, and showing where two outputs differ.

// Each test crate uses its own subset of these helpers.
#![allow(dead_code)]

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// The triple of the host target.
pub const HOST_TRIPLE: &str = "x86_64-unknown-linux-gnu";
/// The triple of the Cortex-M target (run under QEMU `mps2-an386`).
pub const THUMB_TRIPLE: &str = "thumbv7em-none-eabi";

/// How long pyaot may take to compile one test program.
const COMPILE_TIMEOUT: Duration = Duration::from_secs(120);
/// How long a host test binary may run.
const HOST_RUN_TIMEOUT: Duration = Duration::from_secs(20);
/// QEMU's own limit, enforced by `timeout(1)` as the README's command does.
const QEMU_TIMEOUT_SECS: u32 = 20;
/// Our watchdog over `timeout(1)`, in case it does not fire.
const QEMU_WATCHDOG: Duration = Duration::from_secs(40);

/// The first line that marks a program as unable to run on Thumb yet.
pub const HOST_ONLY_MARKER: &str = "# pyaot: host-only (";

/// A target the tests compile for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// x86-64 Linux: the output runs directly.
    Host,
    /// Cortex-M4 bare metal: the output runs under qemu-system-arm.
    Thumb,
}

impl Target {
    /// The triple passed to `--target`.
    pub fn triple(self) -> &'static str {
        match self {
            Target::Host => HOST_TRIPLE,
            Target::Thumb => THUMB_TRIPLE,
        }
    }

    /// The file name of the compiled program for a source stem.
    fn output_name(self, stem: &str) -> String {
        match self {
            Target::Host => stem.to_string(),
            Target::Thumb => format!("{stem}.elf"),
        }
    }
}

/// The pyaot binary built by cargo for this test run.
pub fn pyaot() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyaot"))
}

/// A directory under `testdata/` of the repository.
pub fn testdata(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata")
        .join(sub)
}

/// The files in `dir` whose name ends with `.{ext}`, sorted by name.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

/// The stem of a path (`fib` for `testdata/run/fib.py`).
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .expect("file name")
        .to_string_lossy()
        .into_owned()
}

/// Whether a program's first line marks it as host-only.
pub fn is_host_only(source: &str) -> bool {
    source
        .lines()
        .next()
        .is_some_and(|line| line.starts_with(HOST_ONLY_MARKER))
}

/// Only the names containing `$PYAOT_TEST_FILTER`, when it is set (to run a few
/// programs while working on the compiler).
pub fn apply_filter(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    match std::env::var("PYAOT_TEST_FILTER") {
        Ok(filter) if !filter.is_empty() => paths
            .into_iter()
            .filter(|p| stem(p).contains(&filter))
            .collect(),
        _ => paths,
    }
}

/// What a finished (or killed) process did.
#[derive(Debug)]
pub struct Outcome {
    /// Exit status; `None` when killed by a signal or by our timeout.
    pub status: Option<i32>,
    /// Everything it wrote to stdout.
    pub stdout: Vec<u8>,
    /// Everything it wrote to stderr.
    pub stderr: Vec<u8>,
    /// Whether the timeout killed it.
    pub timed_out: bool,
}

impl Outcome {
    /// stderr as text (lossy), for messages.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// stdout as text (lossy), for messages.
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// The exit status, or a description of why there is none.
    pub fn status_text(&self) -> String {
        match (self.status, self.timed_out) {
            (_, true) => "killed by the test's timeout".to_string(),
            (Some(code), false) => code.to_string(),
            (None, false) => "killed by a signal".to_string(),
        }
    }
}

/// The last non-empty line of `bytes`, without its newline.
pub fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// Runs `cmd` with stdin closed, capturing its output, and kills it (with its whole
/// process group, so a `timeout`'s qemu child dies too) when `limit` passes.
pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Result<Outcome, String> {
    let description = format!("{cmd:?}");
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {description}: {e}"))?;
    // Drain both pipes on their own threads: a child blocked on a full pipe would
    // otherwise never exit.
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let deadline = Instant::now() + limit;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                kill_group(child.id());
                break child
                    .wait()
                    .map_err(|e| format!("wait for {description}: {e}"))?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait for {description}: {e}")),
        }
    };
    Ok(Outcome {
        status: status.code(),
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
        timed_out,
    })
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        // A read error just ends the capture; what was read so far is kept.
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

fn kill_group(pid: u32) {
    // The child leads its own process group (process_group(0)), so -pid names it.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .status();
}

/// Runs pyaot with `args` in `cwd` (when given), with the compile timeout.
pub fn run_pyaot(args: &[&str], cwd: Option<&Path>) -> Outcome {
    let mut cmd = Command::new(pyaot());
    cmd.args(args);
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    run_with_timeout(&mut cmd, COMPILE_TIMEOUT).unwrap_or_else(|e| panic!("{e}"))
}

/// Compiles `source` for `target` into `out_dir`; returns the output's path, or
/// pyaot's diagnostics when it failed.
pub fn compile(source: &Path, target: Target, out_dir: &Path) -> Result<PathBuf, String> {
    let output = out_dir.join(target.output_name(&stem(source)));
    let args = [
        "--target",
        target.triple(),
        source.to_str().expect("UTF-8 path"),
        "-o",
        output.to_str().expect("UTF-8 path"),
    ];
    let outcome = run_pyaot(&args, None);
    if outcome.status != Some(0) {
        return Err(format!(
            "pyaot failed (exit status {}):\n{}",
            outcome.status_text(),
            indent(&head(&outcome.stderr_text(), 12))
        ));
    }
    if !output.exists() {
        return Err(format!(
            "pyaot exited with 0 but wrote no {}",
            output.display()
        ));
    }
    Ok(output)
}

/// Runs a compiled program: directly on the host, under QEMU for Thumb.
pub fn run_program(program: &Path, target: Target) -> Result<Outcome, String> {
    match target {
        Target::Host => run_with_timeout(&mut Command::new(program), HOST_RUN_TIMEOUT),
        Target::Thumb => {
            let mut cmd = Command::new("timeout");
            cmd.arg(QEMU_TIMEOUT_SECS.to_string())
                .arg(qemu()?)
                .args(["-M", "mps2-an386", "-nographic"])
                .args(["-semihosting-config", "enable=on,target=native"])
                .arg("-kernel")
                .arg(program);
            run_with_timeout(&mut cmd, QEMU_WATCHDOG)
        }
    }
}

/// The path of `qemu-system-arm`, or an error telling how to install it.
pub fn qemu() -> Result<PathBuf, String> {
    find_on_path("qemu-system-arm").ok_or_else(|| {
        "qemu-system-arm is not on PATH, so the Thumb programs cannot run: \
         run `make setup` (it installs the qemu-system-arm package)"
            .to_string()
    })
}

/// The first executable file called `name` in a `$PATH` directory.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Runs `f` on every item with 2-4 worker threads; results keep the items' order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 4);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let result = f(item);
                results.lock().expect("results lock")[i] = Some(result);
            });
        }
    });
    results
        .into_inner()
        .expect("results lock")
        .into_iter()
        .map(|r| r.expect("every item was processed"))
        .collect()
}

/// Where `actual` first differs from `expected`, line by line, for a failure message.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let line = (0..exp.len().max(act.len()))
        .find(|&i| exp.get(i) != act.get(i))
        .unwrap_or(0);
    let show = |lines: &[&str]| match lines.get(line) {
        Some(text) => format!("{text:?}"),
        None => "<end of output>".to_string(),
    };
    format!(
        "first difference at line {}:\n    expected: {}\n    actual:   {}\n    \
         ({} lines expected, {} lines produced)",
        line + 1,
        show(&exp),
        show(&act),
        exp.len(),
        act.len()
    )
}

/// `text` with every line indented by four spaces.
pub fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}\n"))
        .collect::<String>()
}

/// The first `n` lines of `text`, and how many were left out.
pub fn head(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= n {
        return text.to_string();
    }
    format!(
        "{}\n... ({} more lines)\n",
        lines[..n].join("\n"),
        lines.len() - n
    )
}

/// Panics with every failure at once, or does nothing when there are none.
pub fn report(what: &str, total: usize, failures: &[String]) {
    if failures.is_empty() {
        eprintln!("{what}: all {total} passed");
        return;
    }
    panic!(
        "{what}: {} of {total} failed\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
