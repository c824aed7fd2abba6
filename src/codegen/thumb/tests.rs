//! Thumb-2 tests against LLVM's disassembler: a table of encoder calls with the text
//! `llvm-objdump --triple=thumbv7em-none-eabi` prints for each, then MacroAssembler
//! listings, label fixups and relocations.

use super::asm::{modified_imm, CondCode, Gpr, Shift, ThumbAsm, ThumbLabelUse};
use super::masm::ThumbMasm;
use crate::codegen::buffer::{FrameChange, Label, LabelUse, NotesHandle, RelocKind};
use crate::codegen::masm::{Cond, MacroAssembler, Reg};
use crate::codegen::testutil::{disassemble, Isa};
use Gpr::*;

/// The disassembly of `code`, without the `<f+0x..>` LLVM appends to branch targets
/// (it names the target relative to the test object's one symbol, and its spelling
/// differs between LLVM versions).
fn disasm(code: &[u8]) -> Vec<(u32, String)> {
    let mut insns = disassemble(Isa::Thumb, code);
    for (_, text) in &mut insns {
        if let Some(at) = text.find(" <") {
            text.truncate(at);
        }
    }
    insns
}

/// One encoder call and the disassembly it must produce.
type Row = (&'static str, fn(&mut ThumbAsm), &'static str);

macro_rules! rows {
    ($($method:ident($($arg:expr),*) => $text:expr;)*) => {
        vec![$((
            stringify!($method($($arg),*)),
            (|a: &mut ThumbAsm| a.$method($($arg),*)) as fn(&mut ThumbAsm),
            $text,
        )),*]
    };
}

/// Every instruction form, with the edges of its operand ranges.
fn encoding_table() -> Vec<Row> {
    rows! {
        // Moves.
        mov_rlo_i8(R0, 0) => "movs r0, #0";
        mov_rlo_i8(R7, 255) => "movs r7, #255";
        mov_w_ri(R8, 256) => "mov.w r8, #256";
        mov_w_ri(R0, 0xff00_ff00) => "mov.w r0, #4278255360";
        mov_w_ri(R1, 0x00ab_00ab) => "mov.w r1, #11206827";
        mov_w_ri(R2, 0x8080_8080) => "mov.w r2, #2155905152";
        mov_w_ri(R3, 0x8000_0000) => "mov.w r3, #2147483648";
        mov_w_ri(R3, 0x0000_01fe) => "mov.w r3, #510";
        mvn_w_ri(R0, 0) => "mvn r0, #0";
        mvn_w_ri(R12, 0x3fc00) => "mvn r12, #261120";
        movw_ri16(R0, 0) => "movw r0, #0";
        movw_ri16(R12, 0xffff) => "movw r12, #65535";
        movw_ri16(R9, 0x1234) => "movw r9, #4660";
        movt_ri16(R1, 0x8001) => "movt r1, #32769";
        movt_ri16(Lr, 0x0fff) => "movt lr, #4095";
        movw_r_sym(R2, "x") => "movw r2, #0";
        movt_r_sym(R2, "x") => "movt r2, #0";
        mov_rr(R0, R1) => "mov r0, r1";
        mov_rr(R8, R0) => "mov r8, r0";
        mov_rr(R3, R12) => "mov r3, r12";
        mov_rr(R12, Sp) => "mov r12, sp";
        // Loads and stores.
        ldr_rlo_rlo_imm5(R0, R1, 0) => "ldr r0, [r1]";
        ldr_rlo_rlo_imm5(R7, R6, 124) => "ldr r7, [r6, #124]";
        str_rlo_rlo_imm5(R2, R3, 4) => "str r2, [r3, #4]";
        str_rlo_rlo_imm5(R7, R0, 124) => "str r7, [r0, #124]";
        ldr_rlo_sp_imm8(R4, 0) => "ldr r4, [sp]";
        ldr_rlo_sp_imm8(R4, 1020) => "ldr r4, [sp, #1020]";
        str_rlo_sp_imm8(R6, 8) => "str r6, [sp, #8]";
        str_rlo_sp_imm8(R0, 1020) => "str r0, [sp, #1020]";
        ldr_w_rr_imm12(R4, Sp, 1024) => "ldr.w r4, [sp, #1024]";
        ldr_w_rr_imm12(R12, R12, 0) => "ldr.w r12, [r12]";
        ldr_w_rr_imm12(R0, R8, 4095) => "ldr.w r0, [r8, #4095]";
        ldr_w_rr_imm12(R1, R2, 128) => "ldr.w r1, [r2, #128]";
        str_w_rr_imm12(R5, Sp, 4092) => "str.w r5, [sp, #4092]";
        str_w_rr_imm12(R9, R0, 2) => "str.w r9, [r0, #2]";
        ldrb_w_rr_imm12(R0, R1, 0) => "ldrb.w r0, [r1]";
        ldrb_w_rr_imm12(R12, R8, 4095) => "ldrb.w r12, [r8, #4095]";
        ldrh_w_rr_imm12(R4, R6, 0) => "ldrh.w r4, [r6]";
        ldrh_w_rr_imm12(R1, Sp, 2) => "ldrh.w r1, [sp, #2]";
        strb_w_rr_imm12(R5, R6, 0) => "strb.w r5, [r6]";
        strb_w_rr_imm12(Lr, R0, 4095) => "strb.w lr, [r0, #4095]";
        strh_w_rr_imm12(R5, R6, 0) => "strh.w r5, [r6]";
        strh_w_rr_imm12(R9, R2, 130) => "strh.w r9, [r2, #130]";
        // VFP loads and stores (C floats in VFP registers, eabihf).
        vldr_s(0, Sp, 0) => "vldr s0, [sp]";
        vldr_s(15, Sp, 1020) => "vldr s15, [sp, #1020]";
        vldr_s(31, R12, 4) => "vldr s31, [r12, #4]";
        vstr_s(1, Sp, 8) => "vstr s1, [sp, #8]";
        vstr_s(14, R0, 1020) => "vstr s14, [r0, #1020]";
        vldr_d(0, Sp, 8) => "vldr d0, [sp, #8]";
        vldr_d(7, R12, 1020) => "vldr d7, [r12, #1020]";
        vstr_d(0, Sp, 8) => "vstr d0, [sp, #8]";
        vstr_d(15, Sp, 0) => "vstr d15, [sp]";
        vstr_d(3, R4, 16) => "vstr d3, [r4, #16]";
        ldr_rr_neg_imm8(R0, R1, 4) => "ldr r0, [r1, #-4]";
        ldr_rr_neg_imm8(R10, Sp, 255) => "ldr r10, [sp, #-255]";
        str_rr_neg_imm8(R3, R4, 1) => "str r3, [r4, #-1]";
        str_rr_neg_imm8(R3, R11, 255) => "str r3, [r11, #-255]";
        ldr_w_rrr(R0, Sp, R12) => "ldr.w r0, [sp, r12]";
        str_w_rrr(R6, R1, R12) => "str.w r6, [r1, r12]";
        // Add and subtract.
        adds_rlo_rlo_rlo(R0, R1, R2) => "adds r0, r1, r2";
        adds_rlo_rlo_rlo(R7, R7, R7) => "adds r7, r7, r7";
        subs_rlo_rlo_rlo(R3, R4, R5) => "subs r3, r4, r5";
        adds_rlo_rlo_i3(R0, R1, 7) => "adds r0, r1, #7";
        subs_rlo_rlo_i3(R2, R2, 1) => "subs r2, r2, #1";
        adds_rlo_i8(R4, 255) => "adds r4, #255";
        subs_rlo_i8(R5, 8) => "subs r5, #8";
        add_rr(R12, Sp) => "add r12, sp, r12";
        add_rr(R0, R9) => "add r0, r9";
        add_w_rrr(R0, R1, R2) => "add.w r0, r1, r2";
        add_w_rrr(R4, Sp, R12) => "add.w r4, sp, r12";
        adds_w_rrr(R8, R9, R10) => "adds.w r8, r9, r10";
        sub_w_rrr(R0, R1, R12) => "sub.w r0, r1, r12";
        sub_w_rrr(Sp, Sp, R12) => "sub.w sp, sp, r12";
        subs_w_rrr(R11, R0, R1) => "subs.w r11, r0, r1";
        add_w_rr_mimm(R0, R1, 256) => "add.w r0, r1, #256";
        add_w_rr_mimm(Sp, Sp, 1024) => "add.w sp, sp, #1024";
        sub_w_rr_mimm(R2, R3, 0xff00_0000) => "sub.w r2, r3, #4278190080";
        sub_w_rr_mimm(Sp, Sp, 0x10000) => "sub.w sp, sp, #65536";
        addw_rr_imm12(R0, R1, 4095) => "addw r0, r1, #4095";
        addw_rr_imm12(R3, Sp, 1026) => "addw r3, sp, #1026";
        subw_rr_imm12(Sp, Sp, 1028) => "subw sp, sp, #1028";
        subw_rr_imm12(R0, R0, 257) => "subw r0, r0, #257";
        add_rlo_sp_imm8(R0, 8) => "add r0, sp, #8";
        add_rlo_sp_imm8(R7, 1020) => "add r7, sp, #1020";
        add_sp_imm7(8) => "add sp, #8";
        add_sp_imm7(508) => "add sp, #508";
        sub_sp_imm7(16) => "sub sp, #16";
        sub_sp_imm7(508) => "sub sp, #508";
        // Logic and shifts.
        ands_rlo_rlo(R0, R1) => "ands r0, r1";
        orrs_rlo_rlo(R6, R7) => "orrs r6, r7";
        eors_rlo_rlo(R2, R3) => "eors r2, r3";
        and_w_rrr(R0, R1, R12) => "and.w r0, r1, r12";
        orr_w_rrr(R8, R1, R2) => "orr.w r8, r1, r2";
        eor_w_rrr(R0, R10, R2) => "eor.w r0, r10, r2";
        and_w_rr_mimm(R0, R0, 255) => "and r0, r0, #255";
        and_w_rr_mimm(R1, R2, 0xffff_ffff) => "and r1, r2, #4294967295";
        orr_w_rr_mimm(R3, R4, 1) => "orr r3, r4, #1";
        eor_w_rr_mimm(R9, R9, 0x8000_0000) => "eor r9, r9, #2147483648";
        asrs_rlo_rlo_i5(R0, R1, 1) => "asrs r0, r1, #1";
        asrs_rlo_rlo_i5(R2, R3, 31) => "asrs r2, r3, #31";
        asrs_rlo_rlo_i5(R2, R3, 32) => "asrs r2, r3, #32";
        lsls_rlo_rlo_i5(R4, R5, 1) => "lsls r4, r5, #1";
        lsls_rlo_rlo_i5(R4, R5, 31) => "lsls r4, r5, #31";
        asr_w_rr_i5(R8, R9, 31) => "asr.w r8, r9, #31";
        asr_w_rr_i5(R0, R12, 32) => "asr.w r0, r12, #32";
        lsl_w_rr_i5(R0, R1, 1) => "lsl.w r0, r1, #1";
        lsl_w_rr_i5(R10, R11, 17) => "lsl.w r10, r11, #17";
        smull_rrrr(R0, R12, R0, R1) => "smull r0, r12, r0, r1";
        smull_rrrr(R8, R9, R10, R11) => "smull r8, r9, r10, r11";
        // Compare and test.
        cmp_rlo_i8(R0, 0) => "cmp r0, #0";
        cmp_rlo_i8(R7, 255) => "cmp r7, #255";
        cmp_rr(R1, R2) => "cmp r1, r2";
        cmp_rr(Sp, R12) => "cmp sp, r12";
        cmp_rr(R0, R12) => "cmp r0, r12";
        cmp_rr(R8, R1) => "cmp r8, r1";
        cmp_w_r_mimm(R0, 256) => "cmp.w r0, #256";
        cmp_w_r_mimm(R9, 1) => "cmp.w r9, #1";
        cmn_w_r_mimm(R0, 256) => "cmn.w r0, #256";
        cmp_w_rr_shift(R12, R0, Shift::Asr, 31) => "cmp.w r12, r0, asr #31";
        cmp_w_rr_shift(R1, R2, Shift::Lsl, 3) => "cmp.w r1, r2, lsl #3";
        cmp_w_rr_shift(R1, R2, Shift::Lsr, 1) => "cmp.w r1, r2, lsr #1";
        tst_w_r_mimm(R0, 1) => "tst.w r0, #1";
        tst_w_r_mimm(R5, 0xc000_0000) => "tst.w r5, #3221225472";
        tst_w_rr(R0, R12) => "tst.w r0, r12";
        it(CondCode::Eq) => "it eq";
        it(CondCode::Lo) => "it lo";
        ite(CondCode::Eq) => "ite eq";
        ite(CondCode::Ne) => "ite ne";
        ite(CondCode::Le) => "ite le";
        ite(CondCode::Ge) => "ite ge";
        // Push and pop.
        push_rlist16(R4.bit() | R5.bit() | R6.bit() | Lr.bit()) => "push {r4, r5, r6, lr}";
        push_rlist16(R0.bit()) => "push {r0}";
        pop_rlist16(R4.bit() | R5.bit() | R6.bit() | Pc.bit()) => "pop {r4, r5, r6, pc}";
        pop_rlist16(R7.bit()) => "pop {r7}";
        push_w_rlist(R4.bit() | R8.bit() | Lr.bit()) => "push.w {r4, r8, lr}";
        push_w_rlist(R11.bit() | R12.bit()) => "push.w {r11, r12}";
        pop_w_rlist(R4.bit() | R8.bit() | Pc.bit()) => "pop.w {r4, r8, pc}";
        pop_w_rlist(R0.bit() | R12.bit()) => "pop.w {r0, r12}";
        // Branches and calls; targets print as absolute addresses (the row is at 0).
        bl_sym("g") => "bl 0x0";
        b_w_sym("g") => "b.w 0x0";
        bl_rel(0) => "bl 0x4";
        bl_rel(0x10_0000) => "bl 0x100004";
        bl_rel(-0x10_0000) => "bl 0xfff00004";
        bl_rel(0x3f_fffe) => "bl 0x400002";
        bl_rel(0x40_0000) => "bl 0x400004";
        bl_rel(0x80_0000) => "bl 0x800004";
        bl_rel(0xff_fffe) => "bl 0x1000002";
        bl_rel(-0x40_0002) => "bl 0xffc00002";
        bl_rel(-0x100_0000) => "bl 0xff000004";
        b_w_rel(0x10_0000) => "b.w 0x100004";
        b_w_rel(0xc0_0000) => "b.w 0xc00004";
        b_w_rel(-0x80_0000) => "b.w 0xff800004";
        b_w_rel(-0x100_0000) => "b.w 0xff000004";
        b_cond_w_rel(CondCode::Eq, 0x100) => "beq.w 0x104";
        b_cond_w_rel(CondCode::Vs, 0x4_0000) => "bvs.w 0x40004";
        b_cond_w_rel(CondCode::Lo, 0x8_0000) => "blo.w 0x80004";
        b_cond_w_rel(CondCode::Ne, 0xf_fffe) => "bne.w 0x100002";
        b_cond_w_rel(CondCode::Le, -0x10_0000) => "ble.w 0xfff00004";
        b_cond_w_rel(CondCode::Gt, -0x4_0002) => "bgt.w 0xfffc0002";
        blx_r(R12) => "blx r12";
        blx_r(R3) => "blx r3";
        bx_lr() => "bx lr";
        bkpt_i8(0xab) => "bkpt #171";
        nop() => "nop";
    }
}

#[test]
fn every_form_disassembles_as_expected() {
    let mut failures = Vec::new();
    for (call, emit, expected) in encoding_table() {
        let mut a = ThumbAsm::new();
        emit(&mut a);
        let code = a.code().to_vec();
        let insns = disasm(&code);
        let ok = insns.len() == 1 && insns[0].0 == 0 && insns[0].1 == expected;
        if !ok {
            failures.push(format!(
                "{call}\n    bytes {code:02x?}\n    want  {expected}\n    got   {insns:?}"
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

/// ThumbExpandImm, the reference the encoder's `modified_imm` must invert.
fn expand_imm(imm12: u16) -> u32 {
    let b = (imm12 & 0xff) as u32;
    match imm12 >> 8 {
        0 => b,
        1 => b << 16 | b,
        2 => b << 24 | b << 8,
        3 => b * 0x0101_0101,
        _ => (0x80 | (imm12 & 0x7f) as u32).rotate_right((imm12 >> 7) as u32),
    }
}

#[test]
fn modified_immediates_round_trip_and_reject_the_rest() {
    let encodable: std::collections::HashSet<u32> = (0..4096).map(expand_imm).collect();
    let probes = encodable.iter().copied().chain([
        0x101,
        0x1fe01,
        0x1234_5678,
        0xffff_fffe,
        0x0001_0001,
        0x3fc0_0001,
    ]);
    for v in probes {
        match modified_imm(v) {
            Some(imm12) => assert_eq!(expand_imm(imm12), v, "{v:#x}"),
            None => assert!(!encodable.contains(&v), "{v:#x} is encodable"),
        }
    }
    assert_eq!(modified_imm(0x0001_0001), Some(0x101));
    assert_eq!(modified_imm(0x101), None);
}

#[test]
fn branches_out_of_range_are_refused() {
    // b<cond>.w reaches ±1 MiB from its address + 4.
    let at = 0x10_0000;
    let mut code = vec![0u8; at as usize + 4];
    assert!(ThumbLabelUse::BCond20.patch(&mut code, 0, 4 + 0xf_fffe));
    assert!(!ThumbLabelUse::BCond20.patch(&mut code, 0, 4 + 0x10_0000));
    assert!(ThumbLabelUse::BCond20.patch(&mut code, at, at + 4 - 0x10_0000));
    assert!(!ThumbLabelUse::BCond20.patch(&mut code, at, at + 4 - 0x10_0002));
    // b.w reaches ±16 MiB.
    let at = 0x100_0000;
    let mut code = vec![0u8; at as usize + 4];
    assert!(ThumbLabelUse::B24.patch(&mut code, 0, 4 + 0xff_fffe));
    assert!(!ThumbLabelUse::B24.patch(&mut code, 0, 4 + 0x100_0000));
    assert!(ThumbLabelUse::B24.patch(&mut code, at, at + 4 - 0x100_0000));
    assert!(!ThumbLabelUse::B24.patch(&mut code, at, at + 2 - 0x100_0000));
    // A fixup past the end of the code is refused too, not a panic.
    assert!(!ThumbLabelUse::B24.patch(&mut [0u8; 2], 0, 8));
}

/// The listing of a finished MacroAssembler, one instruction text per entry.
fn listing(masm: ThumbMasm) -> (Vec<String>, Vec<u8>, Vec<crate::codegen::masm::Reloc>) {
    let (code, relocs) = masm.finish().expect("finish");
    let insns = disasm(&code);
    let texts = insns
        .into_iter()
        .map(|(off, text)| format!("{off:x}: {text}"))
        .collect();
    (texts, code, relocs)
}

#[test]
fn small_function_listing() {
    // def f(a, b): return a + b, with a stack check and an overflow slow path.
    let mut m = ThumbMasm::new();
    let overflow = m.new_label();
    let stack_overflow = m.new_label();
    m.prologue(16);
    m.stack_check(stack_overflow);
    m.store_slot(Reg::Arg(0), 0);
    m.store_slot(Reg::Arg(1), 4);
    m.load_slot(Reg::Tmp(0), 0);
    m.load_slot(Reg::Tmp(1), 4);
    m.add_overflow(Reg::Ret, Reg::Tmp(0), Reg::Tmp(1), overflow);
    m.epilogue();
    m.bind(overflow);
    m.mov(Reg::Arg(0), Reg::Tmp(0));
    m.mov(Reg::Arg(1), Reg::Tmp(1));
    m.call_symbol("pyaot_add");
    m.epilogue();
    m.bind(stack_overflow);
    m.call_symbol("pyaot_recursion_error");
    m.epilogue();
    let (texts, _, _) = listing(m);
    let expected = [
        "0: push {r4, r5, r6, lr}",
        "2: sub sp, #16",
        "4: movw r12, #0",
        "8: movt r12, #0",
        "c: ldr.w r12, [r12]",
        "10: cmp sp, r12",
        "12: blo.w 0x34",
        "16: str r0, [sp]",
        "18: str r1, [sp, #4]",
        "1a: ldr r4, [sp]",
        "1c: ldr r5, [sp, #4]",
        "1e: adds r0, r4, r5",
        "20: bvs.w 0x28",
        "24: add sp, #16",
        "26: pop {r4, r5, r6, pc}",
        "28: mov r0, r4",
        "2a: mov r1, r5",
        "2c: bl 0x2c",
        "30: add sp, #16",
        "32: pop {r4, r5, r6, pc}",
        "34: bl 0x34",
        "38: add sp, #16",
        "3a: pop {r4, r5, r6, pc}",
    ];
    assert_eq!(texts, expected);
}

#[test]
fn forward_and_backward_branches_are_patched() {
    let mut m = ThumbMasm::new();
    let top = m.new_label();
    let out = m.new_label();
    m.bind(top); // 0
    m.branch_cmp(Cond::Lt, Reg::Tmp(0), Reg::Tmp(1), out); // 0: cmp; 2: blt.w
    m.add_imm(Reg::Tmp(0), Reg::Tmp(0), 1); // 6
    m.branch_cmp_imm(Cond::Ne, Reg::Tmp(0), 100, top); // 8: cmp; a: bne.w
    m.jump(top); // e
    m.branch_test_imm(Reg::Arg(0), 1, true, out); // 12: tst.w; 16: bne.w
    m.branch_test_imm(Reg::Arg(0), 1, false, top); // 1a: tst.w; 1e: beq.w
    m.jump(out); // 22
    m.bind(out); // 26
    m.jump(out); // 26: to itself
    let (texts, _, _) = listing(m);
    assert_eq!(
        texts,
        [
            "0: cmp r4, r5",
            "2: blt.w 0x26",
            "6: adds r4, r4, #1",
            "8: cmp r4, #100",
            "a: bne.w 0x0",
            "e: b.w 0x0",
            "12: tst.w r0, #1",
            "16: bne.w 0x26",
            "1a: tst.w r0, #1",
            "1e: beq.w 0x0",
            "22: b.w 0x26",
            "26: b.w 0x26",
        ]
    );
}

#[test]
fn far_label_fixup_sets_j_bits() {
    // A backward conditional branch over 0.5 MiB and a forward b.w over 4 MiB: the
    // patched offsets need J1/J2 (and, for b.w, their XOR with S).
    let mut m = ThumbMasm::new();
    let top = m.new_label();
    let end = m.new_label();
    m.bind(top);
    for _ in 0..0x4_0000 {
        m.asm().nop();
    }
    m.branch_cmp(Cond::Eq, Reg::Arg(0), Reg::Arg(1), top); // at 0x80000
    m.jump(end); // at 0x80006
    for _ in 0..0x20_0000 {
        m.asm().nop();
    }
    m.bind(end); // at 0x48000a
    m.jump(top);
    let (code, _) = m.finish().unwrap();
    // Windows of the code disassemble as if they started at 0, so objdump prints
    // targets relative to the window's start.
    let window = |at: usize, len: usize| disasm(&code[at..at + len]);
    let near_top = window(0x8_0000, 10);
    assert_eq!(
        near_top[1].1,
        format!("beq.w {:#x}", 0u32.wrapping_sub(0x8_0000))
    );
    assert_eq!(near_top[2].1, format!("b.w {:#x}", 0x48_000a - 0x8_0000));
    let at_end = window(0x48_000a, 4);
    assert_eq!(
        at_end[0].1,
        format!("b.w {:#x}", 0u32.wrapping_sub(0x48_000a))
    );
}

#[test]
fn relocations_are_recorded_at_their_instructions() {
    let mut m = ThumbMasm::new();
    let l = m.new_label();
    m.mov_imm(Reg::Ret, 0); // 0: movs
    m.stack_check(l); // 2: movw, 6: movt, a: ldr.w, e: cmp, 10: blo.w
    m.symbol_address(Reg::Tmp(2), "pyaot_None"); // 14: movw, 18: movt
    m.call_symbol("pyaot_print"); // 1c: bl
    m.bind(l);
    let (texts, code, relocs) = listing(m);
    assert_eq!(texts[6], "14: movw r6, #0");
    assert_eq!(texts[7], "18: movt r6, #0");
    let got: Vec<(u32, RelocKind, &str, i64)> = relocs
        .iter()
        .map(|r| (r.offset, r.kind, r.symbol.as_str(), r.addend))
        .collect();
    assert_eq!(
        got,
        [
            (0x2, RelocKind::ThumbMovwAbs, "pyaot_stack_limit", 0),
            (0x6, RelocKind::ThumbMovtAbs, "pyaot_stack_limit", 0),
            (0x14, RelocKind::ThumbMovwAbs, "pyaot_None", 0),
            (0x18, RelocKind::ThumbMovtAbs, "pyaot_None", 0),
            (0x1c, RelocKind::ThumbCall, "pyaot_print", 0),
        ]
    );
    // The bl's -4 addend lives in its bits, as GNU as writes an external call.
    assert_eq!(code[0x1c..0x20], [0xff, 0xf7, 0xfe, 0xff]);
}

#[test]
fn tail_jump_to_a_symbol_pre_encodes_its_addend() {
    let mut a = ThumbAsm::new();
    a.b_w_sym("g");
    let (code, relocs) = a.into_buffer().finish().unwrap();
    assert_eq!(code, [0xff, 0xf7, 0xfe, 0xbf]);
    assert_eq!(relocs[0].kind, RelocKind::ThumbJump24);
}

/// Emits with a fresh MacroAssembler and returns its listing without offsets.
fn texts_of(emit: impl FnOnce(&mut ThumbMasm)) -> Vec<String> {
    let mut m = ThumbMasm::new();
    emit(&mut m);
    let (code, _) = m.finish().unwrap();
    disasm(&code).into_iter().map(|(_, t)| t).collect()
}

/// A MacroAssembler call and the listing it must produce.
type MasmCase = (fn(&mut ThumbMasm), &'static [&'static str]);

#[test]
fn immediates_pick_the_shortest_form() {
    let cases: Vec<MasmCase> = vec![
        (|m| m.mov_imm(Reg::Ret, 255), &["movs r0, #255"]),
        (|m| m.mov_imm(Reg::Ret, 256), &["mov.w r0, #256"]),
        (|m| m.mov_imm(Reg::Ret, -1), &["mov.w r0, #4294967295"]),
        (|m| m.mov_imm(Reg::Ret, -2), &["mvn r0, #1"]),
        (|m| m.mov_imm(Reg::Ret, 0x1234), &["movw r0, #4660"]),
        (
            |m| m.mov_imm(Reg::Tmp(0), 0x1234_5678),
            &["movw r4, #22136", "movt r4, #4660"],
        ),
        // Truncated to the word: the top 32 bits are dropped.
        (|m| m.mov_imm(Reg::Ret, 0x7_0000_1234), &["movw r0, #4660"]),
        (
            |m| m.add_imm(Reg::Ret, Reg::Arg(1), 7),
            &["adds r0, r1, #7"],
        ),
        (
            |m| m.add_imm(Reg::Ret, Reg::Arg(1), -7),
            &["subs r0, r1, #7"],
        ),
        (|m| m.add_imm(Reg::Ret, Reg::Ret, 200), &["adds r0, #200"]),
        (|m| m.add_imm(Reg::Ret, Reg::Ret, -200), &["subs r0, #200"]),
        (
            |m| m.add_imm(Reg::Ret, Reg::Arg(1), 1024),
            &["add.w r0, r1, #1024"],
        ),
        (
            |m| m.add_imm(Reg::Ret, Reg::Arg(1), 1025),
            &["addw r0, r1, #1025"],
        ),
        (
            |m| m.add_imm(Reg::Ret, Reg::Arg(1), -4095),
            &["subw r0, r1, #4095"],
        ),
        (
            |m| m.add_imm(Reg::Ret, Reg::Arg(1), 0x12345),
            &["movw r12, #9029", "movt r12, #1", "add.w r0, r1, r12"],
        ),
        (|m| m.add_imm(Reg::Ret, Reg::Ret, 0), &[]),
        (|m| m.and_imm(Reg::Ret, Reg::Arg(1), 1), &["and r0, r1, #1"]),
        (
            |m| m.and_imm(Reg::Ret, Reg::Arg(1), 0x1234),
            &["movw r12, #4660", "and.w r0, r1, r12"],
        ),
        (|m| m.and(Reg::Ret, Reg::Ret, Reg::Arg(1)), &["ands r0, r1"]),
        (
            |m| m.and(Reg::Arg(1), Reg::Ret, Reg::Arg(1)),
            &["ands r1, r0"],
        ),
        (
            |m| m.and(Reg::Tmp(0), Reg::Ret, Reg::Arg(1)),
            &["and.w r4, r0, r1"],
        ),
        (
            |m| m.sar_imm(Reg::Ret, Reg::Tmp(0), 1),
            &["asrs r0, r4, #1"],
        ),
        (
            |m| m.sar_imm(Reg::Ret, Reg::Tmp(0), 40),
            &["asrs r0, r4, #32"],
        ),
        (
            |m| m.branch_cmp_imm(Cond::Eq, Reg::Ret, -1, Label(0)),
            &["cmp.w r0, #4294967295", "beq.w 0x0"],
        ),
        (
            |m| m.branch_cmp_imm(Cond::Lt, Reg::Ret, -256, Label(0)),
            &["cmn.w r0, #256", "blt.w 0x0"],
        ),
        (
            |m| m.branch_cmp_imm(Cond::Ge, Reg::Ret, 0x1001, Label(0)),
            &["movw r12, #4097", "cmp r0, r12", "bge.w 0x0"],
        ),
        (
            |m| m.branch_test_imm(Reg::Tmp(1), 0x1001, true, Label(0)),
            &["movw r12, #4097", "tst.w r5, r12", "bne.w 0x0"],
        ),
    ];
    for (emit, expected) in cases {
        assert_eq!(texts_of(|m| emit_with_label(m, emit)), expected);
    }
}

/// Runs `emit` with label 0 created and bound at offset 0, so branches in it resolve.
fn emit_with_label(m: &mut ThumbMasm, emit: fn(&mut ThumbMasm)) {
    let l = m.new_label();
    m.bind(l);
    emit(m);
}

#[test]
fn frames_and_slots_beyond_the_immediate_ranges() {
    assert_eq!(
        texts_of(|m| {
            m.prologue(1024);
            m.epilogue();
        }),
        [
            "push {r4, r5, r6, lr}",
            "sub.w sp, sp, #1024",
            "add.w sp, sp, #1024",
            "pop {r4, r5, r6, pc}"
        ]
    );
    assert_eq!(
        texts_of(|m| {
            m.prologue(4088);
            m.epilogue();
        }),
        [
            "push {r4, r5, r6, lr}",
            "subw sp, sp, #4088",
            "addw sp, sp, #4088",
            "pop {r4, r5, r6, pc}"
        ]
    );
    assert_eq!(
        texts_of(|m| {
            m.prologue(0x12348);
            m.load_slot(Reg::Ret, 1020);
            m.load_slot(Reg::Ret, 1024);
            m.store_slot(Reg::Tmp(2), 0x1_0000);
            m.slot_address(Reg::Arg(2), 1020);
            m.slot_address(Reg::Arg(2), 4000);
            m.slot_address(Reg::Arg(2), 0x1_0004);
            m.epilogue();
        }),
        [
            "push {r4, r5, r6, lr}",
            "movw r12, #9032",
            "movt r12, #1",
            "sub.w sp, sp, r12",
            "ldr r0, [sp, #1020]",
            "ldr.w r0, [sp, #1024]",
            "mov.w r12, #65536",
            "str.w r6, [sp, r12]",
            "add r2, sp, #1020",
            "addw r2, sp, #4000",
            "movw r12, #4",
            "movt r12, #1",
            "add.w r2, sp, r12",
            "movw r12, #9032",
            "movt r12, #1",
            "add.w sp, sp, r12",
            "pop {r4, r5, r6, pc}",
        ]
    );
    assert_eq!(texts_of(|m| m.prologue(0)), ["push {r4, r5, r6, lr}"]);
}

#[test]
fn loads_and_stores_through_a_base_register() {
    assert_eq!(
        texts_of(|m| {
            m.load(Reg::Ret, Reg::Arg(1), 0);
            m.load(Reg::Ret, Reg::Arg(1), 124);
            m.load(Reg::Ret, Reg::Arg(1), 126);
            m.load(Reg::Ret, Reg::Arg(1), -4);
            m.store(Reg::Tmp(0), Reg::Arg(3), 4095);
            m.store(Reg::Tmp(0), Reg::Arg(3), -256);
            m.store(Reg::Tmp(0), Reg::Arg(3), 4096);
        }),
        [
            "ldr r0, [r1]",
            "ldr r0, [r1, #124]",
            "ldr.w r0, [r1, #126]",
            "ldr r0, [r1, #-4]",
            "str.w r4, [r3, #4095]",
            "mvn r12, #255",
            "str.w r4, [r3, r12]",
            "mov.w r12, #4096",
            "str.w r4, [r3, r12]",
        ]
    );
}

#[test]
fn overflow_checks_and_set_cmp_work_with_aliased_operands() {
    assert_eq!(
        texts_of(|m| {
            let l = m.new_label();
            m.bind(l);
            m.add_overflow(Reg::Ret, Reg::Ret, Reg::Arg(1), l);
            m.sub_overflow(Reg::Arg(1), Reg::Ret, Reg::Arg(1), l);
            m.mul_overflow(Reg::Ret, Reg::Ret, Reg::Ret, l);
            m.mul_overflow(Reg::Tmp(0), Reg::Arg(1), Reg::Tmp(0), l);
            m.set_cmp(Cond::Le, Reg::Ret, Reg::Ret, Reg::Arg(1));
            m.set_cmp(Cond::Below, Reg::Tmp(2), Reg::Arg(2), Reg::Arg(3));
            m.call_reg(Reg::Tmp(1));
            m.mov(Reg::Ret, Reg::Arg(0));
        }),
        [
            "adds r0, r0, r1",
            "bvs.w 0x0",
            "subs r1, r0, r1",
            "bvs.w 0x0",
            "smull r0, r12, r0, r0",
            "cmp.w r12, r0, asr #31",
            "bne.w 0x0",
            "smull r4, r12, r1, r4",
            "cmp.w r12, r4, asr #31",
            "bne.w 0x0",
            "cmp r0, r1",
            "ite le",
            "movle r0, #1",
            "movgt r0, #0",
            "cmp r2, r3",
            "ite lo",
            "movlo r6, #1",
            "movhs r6, #0",
            "blx r5",
        ]
    );
}

/// The instructions a recording buffer noted, as LLVM disassembles them: branch
/// targets as offsets, relocated operands as their zero fields read
/// (`#:lower16:s` as `#0`, `bl s` as the -4 addend reads: a branch to itself).
fn render(notes: &NotesHandle, relocs: &[crate::codegen::masm::Reloc]) -> Vec<(u32, String)> {
    notes
        .borrow()
        .insns
        .iter()
        .map(|i| {
            let mut text = i.text.clone();
            for r in relocs {
                let s = &r.symbol;
                text = text.replace(&format!("#:lower16:{s}"), "#0");
                text = text.replace(&format!("#:upper16:{s}"), "#0");
                for op in ["bl", "b.w"] {
                    if text == format!("{op} {s}") {
                        text = format!("{op} {:#x}", i.offset);
                    }
                }
            }
            if let Some(t) = i.target {
                text = format!("{text} {t:#x}");
            }
            (i.offset, text)
        })
        .collect()
}

#[test]
fn recorded_text_of_every_form_matches_the_reference() {
    let mut failures = Vec::new();
    for (call, emit, expected) in encoding_table() {
        let notes = NotesHandle::default();
        let mut a = ThumbAsm::recording(notes.clone(), true);
        emit(&mut a);
        let (code, relocs) = a.into_buffer().finish().expect("finish");
        let want = disasm(&code);
        let got = render(&notes, &relocs);
        if got != want || want.len() != 1 {
            failures.push(format!("{call} `{expected}`: noted {got:?}, LLVM {want:?}"));
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
    let notes = NotesHandle::default();
    let mut m = ThumbMasm::recording(notes.clone(), true);
    let overflow = m.new_label();
    let top = m.new_label();
    m.prologue(2048);
    m.bind(top);
    m.stack_check(overflow);
    m.symbol_address(Reg::Arg(0), "pyaot_None");
    m.load_slot(Reg::Tmp(0), 8);
    m.add_overflow(Reg::Ret, Reg::Arg(0), Reg::Tmp(0), overflow);
    m.set_cmp(Cond::Le, Reg::Arg(1), Reg::Arg(1), Reg::Tmp(2));
    m.branch_test_imm(Reg::Arg(1), 1, true, top);
    m.branch_cmp_imm(Cond::Ge, Reg::Arg(2), 1000, top);
    m.store_slot(Reg::Ret, 2000);
    m.mov_imm(Reg::Ret, 0x1234_5678);
    m.mul_overflow(Reg::Ret, Reg::Ret, Reg::Tmp(1), overflow);
    m.call_reg(Reg::Tmp(0));
    m.epilogue();
    m.bind(overflow);
    m.call_symbol("pyaot_recursion_error");
    m.jump(top);
    let (code, relocs) = m.finish().expect("finish");
    assert_eq!(render(&notes, &relocs), disasm(&code));
}

#[test]
fn recording_changes_no_byte_and_notes_the_frame() {
    let emit = |m: &mut ThumbMasm| {
        m.prologue(16);
        m.load_slot(Reg::Ret, 8);
        m.epilogue();
        m.call_symbol("g");
        m.epilogue();
    };
    let mut plain = ThumbMasm::new();
    emit(&mut plain);
    let notes = NotesHandle::default();
    let mut rec = ThumbMasm::recording(notes.clone(), false);
    emit(&mut rec);
    assert_eq!(plain.finish().unwrap(), rec.finish().unwrap());
    let notes = notes.borrow();
    assert!(notes.insns.is_empty(), "no text unless asked for");
    assert_eq!(notes.frame_bytes, Some(16));
    assert_eq!(notes.body_cfa_offset, Some(32));
    use FrameChange::*;
    assert_eq!(
        notes.frame,
        vec![
            // push {r4, r5, r6, lr} at 0, sub sp at 2, ldr at 4, add sp at 6, pop at 8.
            (2, CfaOffset(16)),
            (2, Saved { reg: 4, offset: 16 }),
            (2, Saved { reg: 5, offset: 12 }),
            (2, Saved { reg: 6, offset: 8 }),
            (2, Saved { reg: 14, offset: 4 }),
            (4, CfaOffset(32)),
            (6, RememberState),
            (8, CfaOffset(16)),
            (10, RestoreState),
            // bl at 10..14, then the second epilogue.
            (14, RememberState),
            (16, CfaOffset(16)),
            (18, RestoreState),
        ]
    );
}

#[test]
fn add_imm_overflow_sets_the_flags_in_the_shortest_form() {
    assert_eq!(
        texts_of(|m| {
            let l = m.new_label();
            m.bind(l);
            m.add_imm_overflow(Reg::Tmp(2), Reg::Tmp(0), -2, l);
            m.add_imm_overflow(Reg::Ret, Reg::Ret, 200, l);
            m.add_imm_overflow(Reg::Ret, Reg::Arg(1), 200, l);
            m.add_imm_overflow(Reg::Arg(2), Reg::Arg(2), -100_000, l);
        }),
        [
            "subs r6, r4, #2",
            "bvs.w 0x0",
            "adds r0, #200",
            "bvs.w 0x0",
            "mov.w r12, #200",
            "adds.w r0, r1, r12",
            "bvs.w 0x0",
            "movw r12, #31072",
            "movt r12, #65534",
            "adds.w r2, r2, r12",
            "bvs.w 0x0",
        ]
    );
}
