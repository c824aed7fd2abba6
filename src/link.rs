//! Finding the runtime library and invoking the system linker: `cc` for the host,
//! the Rust toolchain's `rust-lld` with the board's linker script for bare metal.

use crate::diag::Diagnostic;
use crate::target::Target;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime library's file name in a target's runtime folder.
pub const RUNTIME_LIB: &str = "libpyaot_rt.a";
/// The default board's linker script in the Thumb runtime folder.
pub const BOARD_SCRIPT: &str = "mps2-an386.ld";

/// Folders searched for `<triple>/libpyaot_rt.a`: `$PYAOT_RUNTIME_DIR` alone when it
/// is set; else `pyaot-runtime` beside the folder of the pyaot executable (where `make
/// runtime` installs it: target/pyaot-runtime next to target/release), and the build
/// tree.
pub fn runtime_search_path() -> Vec<PathBuf> {
    if let Some(d) = std::env::var_os("PYAOT_RUNTIME_DIR") {
        return vec![PathBuf::from(d)];
    }
    let mut dirs = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        if let Some(bin_dir) = exe.parent() {
            if let Some(up) = bin_dir.parent() {
                dirs.push(up.join("pyaot-runtime"));
            }
            dirs.push(bin_dir.join("pyaot-runtime"));
        }
    }
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyaot-runtime"));
    dirs
}

/// The folder holding the runtime for `target`.
pub fn runtime_dir(target: &Target) -> Result<PathBuf, Diagnostic> {
    let dirs = runtime_search_path();
    for d in &dirs {
        let candidate = d.join(&target.triple);
        if candidate.join(RUNTIME_LIB).is_file() {
            return Ok(candidate);
        }
    }
    let looked: Vec<String> = dirs
        .iter()
        .map(|d| d.join(&target.triple).display().to_string())
        .collect();
    Err(Diagnostic::plain(format!(
        "the runtime library for {} was not found (looked in {}); build it with `make runtime` or set PYAOT_RUNTIME_DIR",
        target.triple,
        looked.join(", ")
    )))
}

/// The folder holding `pyaot.h`: `include/` of the first runtime folder that has
/// it (`make runtime` installs it there), else the source tree's.
pub fn include_dir() -> Result<PathBuf, Diagnostic> {
    let mut dirs: Vec<PathBuf> = runtime_search_path()
        .into_iter()
        .map(|d| d.join("include"))
        .collect();
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime-lib/include"));
    for d in &dirs {
        if d.join("pyaot.h").is_file() {
            return Ok(d.clone());
        }
    }
    Err(Diagnostic::plain(format!(
        "pyaot.h was not found (looked in {}); build the runtime with `make runtime` or set PYAOT_RUNTIME_DIR",
        dirs.iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// What a C compiler driver needs, besides the objects and the runtime library, to
/// link objects from `-c` into a program: nothing on the host but dropping unused
/// sections; on the board, no C library or start-up files (the runtime has its
/// own, which call the C program's `main`) and the board's linker script.
pub fn c_link_args(target: &Target) -> Result<Vec<String>, Diagnostic> {
    let mut args = Vec::new();
    if target.is_bare_metal() {
        let rt = runtime_dir(target)?;
        args.push("-nostdlib".to_string());
        args.push(format!("-T{}", rt.join(BOARD_SCRIPT).display()));
    }
    args.push("-Wl,--gc-sections".to_string());
    Ok(args)
}

/// The Rust toolchain's rust-lld.
fn rust_lld() -> Result<PathBuf, Diagnostic> {
    let out = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| Diagnostic::plain(format!("cannot run rustc to find rust-lld: {e}")))?;
    let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let lld = Path::new(&sysroot).join("lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld");
    if lld.is_file() {
        Ok(lld)
    } else {
        Err(Diagnostic::plain(format!(
            "rust-lld not found at {}",
            lld.display()
        )))
    }
}

/// Links `objects` with the runtime into the executable or image `output`.
pub fn link(target: &Target, objects: &[PathBuf], output: &Path) -> Result<(), Diagnostic> {
    let rt = runtime_dir(target)?;
    let mut cmd = if target.is_bare_metal() {
        let mut c = Command::new(rust_lld()?);
        c.args(["-flavor", "gnu", "--gc-sections", "-T"])
            .arg(rt.join(BOARD_SCRIPT));
        c
    } else {
        let mut c = Command::new("cc");
        c.arg("-Wl,--gc-sections");
        c
    };
    cmd.args(objects)
        .arg(rt.join(RUNTIME_LIB))
        .arg("-o")
        .arg(output);
    let out = cmd.output().map_err(|e| {
        Diagnostic::plain(format!(
            "cannot run the linker {:?}: {e}",
            cmd.get_program()
        ))
    })?;
    if !out.status.success() {
        return Err(Diagnostic::plain(format!(
            "linking failed:\n{}",
            String::from_utf8_lossy(&out.stderr).trim_end()
        )));
    }
    Ok(())
}
