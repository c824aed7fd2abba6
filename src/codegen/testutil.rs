//! Test support: disassembles machine code with LLVM's objdump, the reference the
//! encoders are checked against. Used only by tests.

use object::write::{Object, StandardSection, Symbol, SymbolSection};
use object::{Architecture, BinaryFormat, Endianness, SymbolFlags, SymbolKind, SymbolScope};
use std::path::PathBuf;
use std::process::Command;

/// The ISA of the bytes to disassemble.
#[derive(Clone, Copy, Debug)]
pub enum Isa {
    /// x86-64, printed in Intel syntax.
    X64,
    /// Thumb-2 for Cortex-M4 (ARMv7E-M).
    Thumb,
}

/// Finds llvm-objdump: the Rust toolchain's (rustup component llvm-tools), else PATH.
pub fn llvm_objdump() -> PathBuf {
    if let Ok(out) = Command::new("rustc").args(["--print", "sysroot"]).output() {
        let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let p =
            PathBuf::from(sysroot).join("lib/rustlib/x86_64-unknown-linux-gnu/bin/llvm-objdump");
        if p.exists() {
            return p;
        }
    }
    PathBuf::from("llvm-objdump")
}

/// Disassembles `code` and returns one `(offset, text)` per instruction, the text
/// normalised to single spaces (e.g. `"mov rax, qword ptr [rsp + 8]"`).
pub fn disassemble(isa: Isa, code: &[u8]) -> Vec<(u32, String)> {
    let arch = match isa {
        Isa::X64 => Architecture::X86_64,
        Isa::Thumb => Architecture::Arm,
    };
    let mut obj = Object::new(BinaryFormat::Elf, arch, Endianness::Little);
    let text = obj.section_id(StandardSection::Text);
    obj.append_section_data(text, code, 4);
    obj.add_symbol(Symbol {
        name: b"f".to_vec(),
        value: 0,
        size: code.len() as u64,
        kind: SymbolKind::Text,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Section(text),
        flags: SymbolFlags::None,
    });
    let bytes = obj.write().expect("write test object");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.o");
    std::fs::write(&path, bytes).unwrap();
    // Addresses stay in the listing: each line reads "  off: text".
    let mut cmd = Command::new(llvm_objdump());
    cmd.arg("-d")
        .arg("--no-show-raw-insn")
        .arg("--no-print-imm-hex");
    match isa {
        Isa::X64 => cmd.arg("--x86-asm-syntax=intel"),
        // The FPU of the Cortex-M4F: VFP loads and stores of eabihf C calls.
        Isa::Thumb => cmd.args(["--triple=thumbv7em-none-eabi", "--mattr=+vfp4d16sp"]),
    };
    let out = cmd.arg(&path).output().expect("run llvm-objdump");
    assert!(
        out.status.success(),
        "llvm-objdump failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listing = String::from_utf8_lossy(&out.stdout);
    let mut insns = Vec::new();
    for line in listing.lines() {
        let Some((addr, rest)) = line.split_once(':') else {
            continue;
        };
        let addr = addr.trim();
        if addr.is_empty() || !addr.chars().all(|c| c.is_ascii_hexdigit()) {
            continue;
        }
        let text = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        // Drop objdump's trailing comments ("# 0x..." / "@ imm = #...").
        let text = text
            .split(" # ")
            .next()
            .unwrap()
            .split(" @ ")
            .next()
            .unwrap()
            .to_string();
        insns.push((u32::from_str_radix(addr, 16).unwrap(), text));
    }
    insns
}
