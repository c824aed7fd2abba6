//! Encoder and MacroAssembler tests, checked against llvm-objdump.

use super::asm::{CondCode, Gpr::*, X64Asm, X64LabelUse, Xmm};
use super::masm::X64Masm;
use crate::codegen::buffer::{FrameChange, LabelUse, NotesHandle, Reloc, RelocKind};
use crate::codegen::masm::{Cond, MacroAssembler, Reg};
use crate::codegen::testutil::{disassemble, Isa};

/// Emits one instruction into an empty encoder.
type Emit = fn(&mut X64Asm);

/// Emits a jump to a label bound right after it (displacement 0).
fn jcc_next(a: &mut X64Asm, cc: CondCode) {
    let l = a.new_label();
    a.jcc_label(cc, l);
    a.bind(l);
}

/// One row per instruction form and edge encoding: the call, the expected bytes,
/// the expected disassembly. Every row is assembled alone, followed by an `int3`
/// sentinel, which must disassemble right after it: so the reference decoder agrees
/// on the instruction's length as well as its meaning.
const ENCODINGS: &[(Emit, &str, &str)] = &[
    // mov r64, r64; r8-r15 need REX.R / REX.B.
    (|a| a.mov_rr(Rax, Rcx), "48 89 c8", "mov rax, rcx"),
    (|a| a.mov_rr(R8, R15), "4d 89 f8", "mov r8, r15"),
    (|a| a.mov_rr(Rdi, R9), "4c 89 cf", "mov rdi, r9"),
    (|a| a.mov_rr(Rbp, Rsp), "48 89 e5", "mov rbp, rsp"),
    // mov_ri picks the shortest flag-preserving form.
    (|a| a.mov_ri(Rax, 0), "b8 00 00 00 00", "mov eax, 0"),
    (|a| a.mov_ri(R9, 5), "41 b9 05 00 00 00", "mov r9d, 5"),
    (
        |a| a.mov_ri(Rdx, u32::MAX as i64),
        "ba ff ff ff ff",
        "mov edx, 4294967295",
    ),
    (|a| a.mov_ri(Rax, -1), "48 c7 c0 ff ff ff ff", "mov rax, -1"),
    (
        |a| a.mov_ri(R11, i32::MIN as i64),
        "49 c7 c3 00 00 00 80",
        "mov r11, -2147483648",
    ),
    (
        |a| a.mov_ri(Rcx, i32::MIN as i64 - 1),
        "48 b9 ff ff ff 7f ff ff ff ff",
        "movabs rcx, -2147483649",
    ),
    (
        |a| a.mov_ri(Rax, 1 << 32),
        "48 b8 00 00 00 00 01 00 00 00",
        "movabs rax, 4294967296",
    ),
    (
        |a| a.mov_ri(R12, i64::MIN),
        "49 bc 00 00 00 00 00 00 00 80",
        "movabs r12, -9223372036854775808",
    ),
    (
        |a| a.mov_ri(R15, i64::MAX),
        "49 bf ff ff ff ff ff ff ff 7f",
        "movabs r15, 9223372036854775807",
    ),
    // Loads: rsp/r12 bases need a SIB byte, rbp/r13 with no displacement a disp8 of 0,
    // disp8 covers -128..=127 and disp32 the rest.
    (
        |a| a.mov_rm(Rax, Rsp, 8),
        "48 8b 44 24 08",
        "mov rax, qword ptr [rsp + 8]",
    ),
    (
        |a| a.mov_rm(Rax, Rsp, 0),
        "48 8b 04 24",
        "mov rax, qword ptr [rsp]",
    ),
    (
        |a| a.mov_rm(Rcx, R12, 0),
        "49 8b 0c 24",
        "mov rcx, qword ptr [r12]",
    ),
    (
        |a| a.mov_rm(Rdx, R12, 16),
        "49 8b 54 24 10",
        "mov rdx, qword ptr [r12 + 16]",
    ),
    (
        |a| a.mov_rm(Rax, Rbp, 0),
        "48 8b 45 00",
        "mov rax, qword ptr [rbp]",
    ),
    (
        |a| a.mov_rm(R9, R13, 0),
        "4d 8b 4d 00",
        "mov r9, qword ptr [r13]",
    ),
    (
        |a| a.mov_rm(Rax, Rbp, -8),
        "48 8b 45 f8",
        "mov rax, qword ptr [rbp - 8]",
    ),
    (
        |a| a.mov_rm(Rax, Rbx, 0),
        "48 8b 03",
        "mov rax, qword ptr [rbx]",
    ),
    (
        |a| a.mov_rm(R15, Rbx, 127),
        "4c 8b 7b 7f",
        "mov r15, qword ptr [rbx + 127]",
    ),
    (
        |a| a.mov_rm(R15, Rbx, 128),
        "4c 8b bb 80 00 00 00",
        "mov r15, qword ptr [rbx + 128]",
    ),
    (
        |a| a.mov_rm(Rax, Rbx, -128),
        "48 8b 43 80",
        "mov rax, qword ptr [rbx - 128]",
    ),
    (
        |a| a.mov_rm(Rax, Rbx, -129),
        "48 8b 83 7f ff ff ff",
        "mov rax, qword ptr [rbx - 129]",
    ),
    (
        |a| a.mov_rm(Rsi, Rsp, 4096),
        "48 8b b4 24 00 10 00 00",
        "mov rsi, qword ptr [rsp + 4096]",
    ),
    (
        |a| a.mov_rm(R8, R8, -1),
        "4d 8b 40 ff",
        "mov r8, qword ptr [r8 - 1]",
    ),
    // Stores.
    (
        |a| a.mov_mr(Rsp, 16, Rax),
        "48 89 44 24 10",
        "mov qword ptr [rsp + 16], rax",
    ),
    (
        |a| a.mov_mr(R13, 0, R10),
        "4d 89 55 00",
        "mov qword ptr [r13], r10",
    ),
    (
        |a| a.mov_mr(Rdi, -200, R8),
        "4c 89 87 38 ff ff ff",
        "mov qword ptr [rdi - 200], r8",
    ),
    (
        |a| a.mov_mr(R12, 0, Rsp),
        "49 89 24 24",
        "mov qword ptr [r12], rsp",
    ),
    // lea, including RIP-relative (displacement left 0 for the relocation).
    (
        |a| a.lea_rm(Rax, Rsp, 24),
        "48 8d 44 24 18",
        "lea rax, [rsp + 24]",
    ),
    (
        |a| a.lea_rm(R11, R12, -1),
        "4d 8d 5c 24 ff",
        "lea r11, [r12 - 1]",
    ),
    (|a| a.lea_rm(Rcx, Rbp, 0), "48 8d 4d 00", "lea rcx, [rbp]"),
    (
        |a| a.lea_rip_sym(Rax, "s"),
        "48 8d 05 00 00 00 00",
        "lea rax, [rip]",
    ),
    (
        |a| a.lea_rip_sym(R10, "s"),
        "4c 8d 15 00 00 00 00",
        "lea r10, [rip]",
    ),
    // movzx r32, r8: spl/bpl/sil/dil need a REX prefix even with no bit set in it.
    (|a| a.movzx_r32_r8(Rax, Rax), "0f b6 c0", "movzx eax, al"),
    (|a| a.movzx_r32_r8(Rcx, Rdx), "0f b6 ca", "movzx ecx, dl"),
    (
        |a| a.movzx_r32_r8(Rsi, Rsi),
        "40 0f b6 f6",
        "movzx esi, sil",
    ),
    (
        |a| a.movzx_r32_r8(Rdi, Rdi),
        "40 0f b6 ff",
        "movzx edi, dil",
    ),
    (
        |a| a.movzx_r32_r8(Rax, Rsp),
        "40 0f b6 c4",
        "movzx eax, spl",
    ),
    (
        |a| a.movzx_r32_r8(Rbx, Rbp),
        "40 0f b6 dd",
        "movzx ebx, bpl",
    ),
    (
        |a| a.movzx_r32_r8(R10, R10),
        "45 0f b6 d2",
        "movzx r10d, r10b",
    ),
    (|a| a.movzx_r32_r8(R8, Rax), "44 0f b6 c0", "movzx r8d, al"),
    // Arithmetic: imm8 form for -128..=127, imm32 otherwise.
    // Narrow loads and stores (pyaot.mem8/16/32): no REX.W; r8-r15 still need REX.R/B,
    // sil/dil a bare REX, 16-bit stores the 0x66 prefix before it.
    (
        |a| a.movzx_r32_m8(Rax, Rdi, 0),
        "0f b6 07",
        "movzx eax, byte ptr [rdi]",
    ),
    (
        |a| a.movzx_r32_m8(R10, R8, 0),
        "45 0f b6 10",
        "movzx r10d, byte ptr [r8]",
    ),
    (
        |a| a.movzx_r32_m16(R11, Rsp, 8),
        "44 0f b7 5c 24 08",
        "movzx r11d, word ptr [rsp + 8]",
    ),
    (
        |a| a.mov_r32_m32(Rcx, R13, 0),
        "41 8b 4d 00",
        "mov ecx, dword ptr [r13]",
    ),
    (
        |a| a.mov_m8_r8(R8, 0, Rsi),
        "41 88 30",
        "mov byte ptr [r8], sil",
    ),
    (
        |a| a.mov_m8_r8(Rax, 0, R11),
        "44 88 18",
        "mov byte ptr [rax], r11b",
    ),
    (
        |a| a.mov_m8_r8(Rdx, 0, Rcx),
        "88 0a",
        "mov byte ptr [rdx], cl",
    ),
    (
        |a| a.mov_m16_r16(R8, 0, R11),
        "66 45 89 18",
        "mov word ptr [r8], r11w",
    ),
    (
        |a| a.mov_m32_r32(Rsp, 16, Rax),
        "89 44 24 10",
        "mov dword ptr [rsp + 16], eax",
    ),
    (
        |a| a.mov_m32_r32(R12, 0, R9),
        "45 89 0c 24",
        "mov dword ptr [r12], r9d",
    ),
    // SSE moves of C float arguments: the F2/F3 prefix before REX.
    (
        |a| a.movsd_xm(Xmm(0), Rsp, 16),
        "f2 0f 10 44 24 10",
        "movsd xmm0, qword ptr [rsp + 16]",
    ),
    (
        |a| a.movsd_mx(Rsp, 0, Xmm(7)),
        "f2 0f 11 3c 24",
        "movsd qword ptr [rsp], xmm7",
    ),
    (
        |a| a.movsd_xm(Xmm(9), Rbp, 24),
        "f2 44 0f 10 4d 18",
        "movsd xmm9, qword ptr [rbp + 24]",
    ),
    (
        |a| a.movss_xm(Xmm(1), Rsp, 1024),
        "f3 0f 10 8c 24 00 04 00 00",
        "movss xmm1, dword ptr [rsp + 1024]",
    ),
    (
        |a| a.movss_mx(R12, 8, Xmm(2)),
        "f3 41 0f 11 54 24 08",
        "movss dword ptr [r12 + 8], xmm2",
    ),
    (|a| a.add_rr(Rax, Rcx), "48 01 c8", "add rax, rcx"),
    (|a| a.add_rr(R8, Rsi), "49 01 f0", "add r8, rsi"),
    (|a| a.add_ri(Rax, 1), "48 83 c0 01", "add rax, 1"),
    (|a| a.add_ri(Rax, 127), "48 83 c0 7f", "add rax, 127"),
    (
        |a| a.add_ri(Rax, 128),
        "48 81 c0 80 00 00 00",
        "add rax, 128",
    ),
    (|a| a.add_ri(R12, -128), "49 83 c4 80", "add r12, -128"),
    (
        |a| a.add_ri(R12, -129),
        "49 81 c4 7f ff ff ff",
        "add r12, -129",
    ),
    (
        |a| a.add_ri(Rdi, i32::MAX),
        "48 81 c7 ff ff ff 7f",
        "add rdi, 2147483647",
    ),
    (|a| a.sub_rr(Rdx, R11), "4c 29 da", "sub rdx, r11"),
    (|a| a.sub_ri(Rsp, 16), "48 83 ec 10", "sub rsp, 16"),
    (
        |a| a.sub_ri(Rsp, 4096),
        "48 81 ec 00 10 00 00",
        "sub rsp, 4096",
    ),
    (|a| a.and_rr(R9, Rax), "49 21 c1", "and r9, rax"),
    (|a| a.and_ri(Rax, -2), "48 83 e0 fe", "and rax, -2"),
    (
        |a| a.and_ri(Rdi, 255),
        "48 81 e7 ff 00 00 00",
        "and rdi, 255",
    ),
    (|a| a.sar_ri(Rax, 1), "48 c1 f8 01", "sar rax, 1"),
    (|a| a.sar_ri(R11, 63), "49 c1 fb 3f", "sar r11, 63"),
    (|a| a.shl_ri(Rcx, 1), "48 c1 e1 01", "shl rcx, 1"),
    (|a| a.shl_ri(R8, 4), "49 c1 e0 04", "shl r8, 4"),
    (|a| a.imul_rr(Rax, Rcx), "48 0f af c1", "imul rax, rcx"),
    (|a| a.imul_rr(R10, R11), "4d 0f af d3", "imul r10, r11"),
    (|a| a.imul_rr(Rax, R15), "49 0f af c7", "imul rax, r15"),
    // Compares and tests.
    (|a| a.cmp_rr(Rax, Rcx), "48 39 c8", "cmp rax, rcx"),
    (|a| a.cmp_rr(R8, Rsp), "49 39 e0", "cmp r8, rsp"),
    (|a| a.cmp_ri(Rax, 0), "48 83 f8 00", "cmp rax, 0"),
    (
        |a| a.cmp_ri(R13, 1000),
        "49 81 fd e8 03 00 00",
        "cmp r13, 1000",
    ),
    (|a| a.cmp_ri(Rdi, -1), "48 83 ff ff", "cmp rdi, -1"),
    (
        |a| a.cmp_r_rip_sym(Rsp, "s"),
        "48 3b 25 00 00 00 00",
        "cmp rsp, qword ptr [rip]",
    ),
    (
        |a| a.cmp_r_rip_sym(R9, "s"),
        "4c 3b 0d 00 00 00 00",
        "cmp r9, qword ptr [rip]",
    ),
    (|a| a.test_ri(Rax, 1), "48 f7 c0 01 00 00 00", "test rax, 1"),
    (
        |a| a.test_ri(R10, 256),
        "49 f7 c2 00 01 00 00",
        "test r10, 256",
    ),
    (|a| a.test_r8_i8(Rax, 1), "f6 c0 01", "test al, 1"),
    (|a| a.test_r8_i8(Rsi, 1), "40 f6 c6 01", "test sil, 1"),
    (|a| a.test_r8_i8(Rdi, 7), "40 f6 c7 07", "test dil, 7"),
    (|a| a.test_r8_i8(R9, 3), "41 f6 c1 03", "test r9b, 3"),
    // setcc r8: the same REX rule as movzx.
    (|a| a.setcc_r8(CondCode::B, Rax), "0f 92 c0", "setb al"),
    (|a| a.setcc_r8(CondCode::Le, Rcx), "0f 9e c1", "setle cl"),
    (|a| a.setcc_r8(CondCode::O, Rdx), "0f 90 c2", "seto dl"),
    (|a| a.setcc_r8(CondCode::E, Rsi), "40 0f 94 c6", "sete sil"),
    (|a| a.setcc_r8(CondCode::L, Rdi), "40 0f 9c c7", "setl dil"),
    (|a| a.setcc_r8(CondCode::G, Rsp), "40 0f 9f c4", "setg spl"),
    (
        |a| a.setcc_r8(CondCode::Ge, Rbp),
        "40 0f 9d c5",
        "setge bpl",
    ),
    (
        |a| a.setcc_r8(CondCode::Ne, R11),
        "41 0f 95 c3",
        "setne r11b",
    ),
    // Stack and calls.
    (|a| a.push_r(Rbp), "55", "push rbp"),
    (|a| a.push_r(R12), "41 54", "push r12"),
    (|a| a.pop_r(Rbx), "5b", "pop rbx"),
    (|a| a.pop_r(R15), "41 5f", "pop r15"),
    (|a| a.ret(), "c3", "ret"),
    (|a| a.leave(), "c9", "leave"),
    (|a| a.int3(), "cc", "int3"),
    (|a| a.call_sym("s"), "e8 00 00 00 00", "call 0x5 <f+0x5>"),
    (|a| a.call_r(Rax), "ff d0", "call rax"),
    (|a| a.call_r(R9), "41 ff d1", "call r9"),
    // Branches: always rel32, displacement from the end of the instruction.
    (
        |a| {
            let l = a.new_label();
            a.jmp_label(l);
            a.bind(l);
        },
        "e9 00 00 00 00",
        "jmp 0x5 <f+0x5>",
    ),
    (
        |a| {
            let l = a.new_label();
            a.bind(l);
            a.jmp_label(l);
        },
        "e9 fb ff ff ff",
        "jmp 0x0 <f>",
    ),
    (
        |a| jcc_next(a, CondCode::O),
        "0f 80 00 00 00 00",
        "jo 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::No),
        "0f 81 00 00 00 00",
        "jno 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::B),
        "0f 82 00 00 00 00",
        "jb 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Ae),
        "0f 83 00 00 00 00",
        "jae 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::E),
        "0f 84 00 00 00 00",
        "je 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Ne),
        "0f 85 00 00 00 00",
        "jne 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Be),
        "0f 86 00 00 00 00",
        "jbe 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::A),
        "0f 87 00 00 00 00",
        "ja 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::S),
        "0f 88 00 00 00 00",
        "js 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Ns),
        "0f 89 00 00 00 00",
        "jns 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::P),
        "0f 8a 00 00 00 00",
        "jp 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Np),
        "0f 8b 00 00 00 00",
        "jnp 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::L),
        "0f 8c 00 00 00 00",
        "jl 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Ge),
        "0f 8d 00 00 00 00",
        "jge 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::Le),
        "0f 8e 00 00 00 00",
        "jle 0x6 <f+0x6>",
    ),
    (
        |a| jcc_next(a, CondCode::G),
        "0f 8f 00 00 00 00",
        "jg 0x6 <f+0x6>",
    ),
];

/// Bytes as lower-case hex pairs separated by spaces.
fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_form_encodes_and_disassembles_as_expected() {
    let mut failures = Vec::new();
    for (i, &(emit, want_hex, want_text)) in ENCODINGS.iter().enumerate() {
        let mut a = X64Asm::new();
        emit(&mut a);
        let len = a.offset();
        a.int3();
        let (code, _) = a.finish().expect("finish");
        let got_hex = hex(&code[..len as usize]);
        let got = disassemble(Isa::X64, &code);
        let want = vec![(0, want_text.to_string()), (len, "int3".to_string())];
        if got_hex != want_hex || got != want {
            failures.push(format!(
                "row {i} `{want_text}`: bytes {got_hex} (want {want_hex}), disassembly {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn rel32_out_of_range_is_refused() {
    let mut code = [0u8; 4];
    assert!(!X64LabelUse::Rel32.patch(&mut code, 0, u32::MAX));
    assert!(X64LabelUse::Rel32.patch(&mut code, 0, 0x7fff_ffff + 4));
    assert_eq!(code, [0xff, 0xff, 0xff, 0x7f]);
}

/// The disassembly of a MacroAssembler's finished code.
fn listing(m: X64Masm) -> Vec<(u32, String)> {
    let (code, _) = m.finish().expect("finish");
    disassemble(Isa::X64, &code)
}

/// `(offset, text)` rows from string literals.
fn rows(rows: &[(u32, &str)]) -> Vec<(u32, String)> {
    rows.iter().map(|&(o, t)| (o, t.to_string())).collect()
}

#[test]
fn small_function_listing() {
    let mut m = X64Masm::new();
    let overflow = m.new_label();
    m.prologue(32);
    m.stack_check(overflow);
    m.load_slot(Reg::Tmp(0), 8);
    m.add_overflow(Reg::Ret, Reg::Arg(0), Reg::Tmp(0), overflow);
    m.store_slot(Reg::Ret, 16);
    m.epilogue();
    m.bind(overflow);
    m.call_symbol("pyaot_recursion_error");
    m.epilogue();
    assert_eq!(
        listing(m),
        rows(&[
            (0x00, "push rbp"),
            (0x01, "mov rbp, rsp"),
            (0x04, "sub rsp, 32"),
            (0x08, "cmp rsp, qword ptr [rip]"),
            (0x0f, "jb 0x2d <f+0x2d>"),
            (0x15, "mov r10, qword ptr [rsp + 8]"),
            (0x1a, "mov rax, rdi"),
            (0x1d, "add rax, r10"),
            (0x20, "jo 0x2d <f+0x2d>"),
            (0x26, "mov qword ptr [rsp + 16], rax"),
            (0x2b, "leave"),
            (0x2c, "ret"),
            (0x2d, "call 0x32 <f+0x32>"),
            (0x32, "leave"),
            (0x33, "ret"),
        ])
    );
}

#[test]
fn operations_with_aliased_operands() {
    let (a0, a1, a2, t0, ret) = (Reg::Arg(0), Reg::Arg(1), Reg::Arg(2), Reg::Tmp(0), Reg::Ret);
    let mut m = X64Masm::new();
    let ov = m.new_label();
    m.sub_overflow(a0, a1, a0, ov); // dst == b: b must survive the copy of a.
    m.sub_overflow(a0, a0, a1, ov); // dst == a.
    m.sub_overflow(a0, a0, a0, ov); // all three.
    m.add_overflow(a1, a0, a1, ov); // dst == b, commutative.
    m.mul_overflow(t0, a2, t0, ov);
    m.mul_overflow(ret, a0, a1, ov);
    m.and(a2, a0, a2);
    m.set_cmp(Cond::Lt, a0, a0, a1); // dst == a: compare before writing dst.
    m.set_cmp(Cond::Below, ret, a1, a2);
    m.mov(a0, a0); // nothing
    m.add_imm(a0, a0, 8);
    m.add_imm(ret, a0, -3);
    m.and_imm(t0, a0, 1);
    m.sar_imm(ret, ret, 1);
    m.sar_imm(Reg::Arg(3), a0, 1);
    m.bind(ov);
    assert_eq!(
        listing(m),
        rows(&[
            (0x00, "mov r9, rdi"),
            (0x03, "mov rdi, rsi"),
            (0x06, "sub rdi, r9"),
            (0x09, "jo 0x72 <f+0x72>"),
            (0x0f, "sub rdi, rsi"),
            (0x12, "jo 0x72 <f+0x72>"),
            (0x18, "sub rdi, rdi"),
            (0x1b, "jo 0x72 <f+0x72>"),
            (0x21, "add rsi, rdi"),
            (0x24, "jo 0x72 <f+0x72>"),
            (0x2a, "imul r10, rdx"),
            (0x2e, "jo 0x72 <f+0x72>"),
            (0x34, "mov rax, rdi"),
            (0x37, "imul rax, rsi"),
            (0x3b, "jo 0x72 <f+0x72>"),
            (0x41, "and rdx, rdi"),
            (0x44, "cmp rdi, rsi"),
            (0x47, "setl dil"),
            (0x4b, "movzx edi, dil"),
            (0x4f, "cmp rsi, rdx"),
            (0x52, "setb al"),
            (0x55, "movzx eax, al"),
            (0x58, "add rdi, 8"),
            (0x5c, "lea rax, [rdi - 3]"),
            (0x60, "mov r10, rdi"),
            (0x63, "and r10, 1"),
            (0x67, "sar rax, 1"),
            (0x6b, "mov rcx, rdi"),
            (0x6e, "sar rcx, 1"),
        ])
    );
}

#[test]
fn immediates_tests_and_calls() {
    let mut m = X64Masm::new();
    let l = m.new_label();
    m.mov_imm(Reg::Tmp(1), 0);
    m.mov_imm(Reg::Tmp(2), -2);
    m.mov_imm(Reg::Ret, 0x1234_5678_9abc);
    m.branch_test_imm(Reg::Arg(0), 1, true, l);
    m.branch_test_imm(Reg::Arg(1), 0x100, false, l);
    m.branch_cmp_imm(Cond::Ge, Reg::Arg(2), 1000, l);
    m.call_reg(Reg::Tmp(0));
    m.load(Reg::Arg(0), Reg::Arg(1), -8);
    m.store(Reg::Tmp(1), Reg::Ret, 0);
    m.slot_address(Reg::Arg(3), 0);
    m.bind(l);
    assert_eq!(
        listing(m),
        rows(&[
            (0x00, "mov r11d, 0"),
            (0x06, "mov r8, -2"),
            (0x0d, "movabs rax, 20015998343868"),
            (0x17, "test dil, 1"),
            (0x1b, "jne 0x49 <f+0x49>"),
            (0x21, "test rsi, 256"),
            (0x28, "je 0x49 <f+0x49>"),
            (0x2e, "cmp rdx, 1000"),
            (0x35, "jge 0x49 <f+0x49>"),
            (0x3b, "call r10"),
            (0x3e, "mov rdi, qword ptr [rsi - 8]"),
            (0x42, "mov qword ptr [rax], r11"),
            (0x45, "lea rcx, [rsp]"),
        ])
    );
}

#[test]
fn forward_and_backward_branches_land_on_their_labels() {
    let mut m = X64Masm::new();
    let top = m.new_label();
    let fwd = m.new_label();
    m.bind(top);
    m.jump(fwd); // 0..5, rel32 field at 1
    m.branch_cmp(Cond::Lt, Reg::Arg(0), Reg::Arg(1), top); // cmp 5..8, jl 8..14
    m.call_symbol("g"); // 14..19
    m.bind(fwd);
    m.epilogue(); // 19..21
    let (code, _) = m.finish().unwrap();
    let rel32 = |at: usize| i32::from_le_bytes(code[at..at + 4].try_into().unwrap());
    assert_eq!(rel32(1), 19 - 5, "forward jmp");
    assert_eq!(rel32(10), -14, "backward jl");
    assert_eq!(
        disassemble(Isa::X64, &code),
        rows(&[
            (0, "jmp 0x13 <f+0x13>"),
            (5, "cmp rdi, rsi"),
            (8, "jl 0x0 <f>"),
            (14, "call 0x13 <f+0x13>"),
            (19, "leave"),
            (20, "ret"),
        ])
    );
}

#[test]
fn unbound_label_fails_to_finish() {
    let mut m = X64Masm::new();
    let l = m.new_label();
    m.jump(l);
    assert!(m.finish().is_err());
}

#[test]
fn relocations_sit_on_the_last_four_bytes_of_their_instruction() {
    let mut m = X64Masm::new();
    let overflow = m.new_label();
    m.prologue(0);
    m.stack_check(overflow);
    m.symbol_address(Reg::Arg(0), "pyaot_None");
    m.call_symbol("pyaot_print");
    m.bind(overflow);
    m.epilogue();
    let (code, relocs) = m.finish().unwrap();
    let insns = disassemble(Isa::X64, &code);
    let texts: Vec<&str> = insns.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "push rbp",
            "mov rbp, rsp",
            "cmp rsp, qword ptr [rip]",
            "jb 0x1d <f+0x1d>",
            "lea rdi, [rip]",
            "call 0x1d <f+0x1d>",
            "leave",
            "ret",
        ]
    );
    // Each relocated field ends its instruction, which is what the -4 addend assumes.
    let end_of = |i: usize| insns[i + 1].0;
    let got: Vec<_> = relocs
        .iter()
        .map(|r| (r.offset, r.kind, r.symbol.as_str(), r.addend))
        .collect();
    assert_eq!(
        got,
        [
            (
                end_of(2) - 4,
                RelocKind::X64PcRel32,
                pyaot_abi::sym::STACK_LIMIT,
                -4
            ),
            (end_of(4) - 4, RelocKind::X64PcRel32, "pyaot_None", -4),
            (end_of(5) - 4, RelocKind::X64Call, "pyaot_print", -4),
        ]
    );
}

/// The instructions a recording buffer noted, as `(offset, text)` the way LLVM
/// disassembles them: branch targets as offsets, and the relocated operands as their
/// zero fields read (`[rip + s]` as `[rip]`, `call s` as a call of the next
/// instruction).
fn render(notes: &NotesHandle, relocs: &[Reloc]) -> Vec<(u32, String)> {
    notes
        .borrow()
        .insns
        .iter()
        .map(|i| {
            let mut text = i.text.clone();
            for r in relocs {
                text = text.replace(&format!("rip + {}", r.symbol), "rip");
                text = text.replace(
                    &format!("call {}", r.symbol),
                    &format!("call {:#x}", i.offset + i.len),
                );
            }
            if let Some(t) = i.target {
                text = format!("{text} {t:#x}");
            }
            (i.offset, text)
        })
        .collect()
}

/// The code a recording masm assembles for `emit`, and its noted instructions.
fn recorded(emit: impl FnOnce(&mut X64Masm)) -> (Vec<u8>, Vec<(u32, String)>) {
    let notes = NotesHandle::default();
    let mut m = X64Masm::recording(notes.clone(), true);
    emit(&mut m);
    let (code, relocs) = m.finish().expect("finish");
    let texts = render(&notes, &relocs);
    (code, texts)
}

/// LLVM's disassembly without the `<f+0x..>` it appends to branch targets.
fn reference(code: &[u8]) -> Vec<(u32, String)> {
    let mut insns = disassemble(Isa::X64, code);
    for (_, text) in &mut insns {
        if let Some(at) = text.find(" <") {
            text.truncate(at);
        }
    }
    insns
}

#[test]
fn recorded_text_of_every_form_matches_the_reference() {
    let mut failures = Vec::new();
    for (i, &(emit, _, want_text)) in ENCODINGS.iter().enumerate() {
        let notes = NotesHandle::default();
        let mut a = X64Asm::recording(notes.clone(), true);
        emit(&mut a);
        let (code, relocs) = a.finish().expect("finish");
        let want = reference(&code);
        let got = render(&notes, &relocs);
        if got != want || want.len() != 1 {
            failures.push(format!(
                "row {i} `{want_text}`: noted {got:?}, LLVM {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn recorded_text_of_a_function_matches_the_reference() {
    let (code, texts) = recorded(|m| {
        let overflow = m.new_label();
        let top = m.new_label();
        m.prologue(32);
        m.bind(top);
        m.stack_check(overflow);
        m.symbol_address(Reg::Arg(0), "pyaot_None");
        m.load_slot(Reg::Tmp(0), 8);
        m.add_overflow(Reg::Ret, Reg::Arg(0), Reg::Tmp(0), overflow);
        m.set_cmp(Cond::Le, Reg::Arg(1), Reg::Arg(1), Reg::Tmp(2));
        m.branch_test_imm(Reg::Arg(1), 1, true, top);
        m.branch_cmp_imm(Cond::Ge, Reg::Arg(2), 1000, top);
        m.store_slot(Reg::Ret, 16);
        m.mov_imm(Reg::Ret, 0x1234_5678_9abc);
        m.call_reg(Reg::Tmp(0));
        m.epilogue();
        m.bind(overflow);
        m.call_symbol("pyaot_recursion_error");
        m.jump(top);
    });
    assert_eq!(texts, reference(&code));
}

#[test]
fn recording_changes_no_byte_and_notes_the_frame() {
    let emit = |m: &mut X64Masm| {
        m.prologue(32);
        m.load_slot(Reg::Ret, 8);
        m.epilogue();
        m.call_symbol("g");
        m.epilogue();
    };
    let mut plain = X64Masm::new();
    emit(&mut plain);
    let notes = NotesHandle::default();
    let mut rec = X64Masm::recording(notes.clone(), false);
    emit(&mut rec);
    assert_eq!(plain.finish().unwrap(), rec.finish().unwrap());
    let notes = notes.borrow();
    assert!(notes.insns.is_empty(), "no text unless asked for");
    assert_eq!(notes.frame_bytes, Some(32));
    assert_eq!(notes.body_cfa_offset, Some(48));
    use FrameChange::*;
    assert_eq!(
        notes.frame,
        vec![
            (1, CfaOffset(16)),
            (1, Saved { reg: 6, offset: 16 }),
            (4, Cfa { reg: 6, offset: 16 }),
            // load at 8..13, leave at 13, ret at 14.
            (13, RememberState),
            (14, Cfa { reg: 7, offset: 8 }),
            (14, Restored(6)),
            (15, RestoreState),
            (20, RememberState),
            (21, Cfa { reg: 7, offset: 8 }),
            (21, Restored(6)),
            (22, RestoreState),
        ]
    );
}

#[test]
fn add_imm_overflow_copies_then_adds_and_tests_the_overflow_flag() {
    let mut m = X64Masm::new();
    let ov = m.new_label();
    m.bind(ov);
    m.add_imm_overflow(Reg::Tmp(2), Reg::Tmp(0), -2, ov);
    m.add_imm_overflow(Reg::Ret, Reg::Ret, 1 << 20, ov);
    assert_eq!(
        listing(m),
        rows(&[
            (0x00, "mov r8, r10"),
            (0x03, "add r8, -2"),
            (0x07, "jo 0x0 <f>"),
            (0x0d, "add rax, 1048576"),
            (0x14, "jo 0x0 <f>"),
        ])
    );
}
