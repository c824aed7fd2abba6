//! The context switch between stacks, per ISA: save the callee-saved registers on the
//! stack being left, store its stack pointer, load the other one's, restore its
//! registers and return on it. The caller-saved registers need no saving: the switch
//! is an ordinary call for both sides.
//!
//! A new generator's stack is laid out as if it had switched away right at the start
//! of `pyaot_gen_trampoline`: the first switch into it "returns" there, with the
//! generator object in the first restored register, and the trampoline calls
//! `gen::run` (which never returns).

use crate::object::Obj;

extern "C" {
    /// Saves this stack's callee-saved registers on it and its stack pointer at
    /// `save`, then continues on the stack whose saved stack pointer is `resume`.
    fn pyaot_gen_switch(save: *mut usize, resume: usize);
    /// Where a new stack starts: calls `gen::run(generator)`.
    fn pyaot_gen_trampoline();
}

/// Leaves the current stack (its stack pointer goes to `save`) for the one saved at
/// `resume`; returns when something switches back to `*save`.
#[inline(always)]
pub fn switch(save: *mut usize, resume: usize) {
    // SAFETY: `resume` is a stack pointer saved by this function or made by
    // `initial_sp`, whose stack is still allocated.
    unsafe { pyaot_gen_switch(save, resume) }
}

// x86-64 (System V): rbx rbp r12-r15 are callee-saved.
//
// A new stack, from its initial stack pointer up:
//   [r15 r14 r13 r12 rbx=generator rbp] [return address = trampoline] [pad] [pad]
// so that after the `ret` the stack pointer is 16-aligned, as a `call` wants it.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".pushsection .text.pyaot_gen_switch, \"ax\", @progbits",
    ".globl pyaot_gen_switch",
    ".hidden pyaot_gen_switch",
    ".type pyaot_gen_switch, @function",
    ".p2align 4",
    "pyaot_gen_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    // Not `ret`: the return address belongs to the other stack's call chain, which
    // the CPU's return-address predictor cannot know; `ret` would mispredict here
    // and leave the predictor out of step with the next returns too (this made a
    // resume-and-yield twice as slow).
    "pop rcx",
    "jmp rcx",
    ".size pyaot_gen_switch, . - pyaot_gen_switch",
    ".globl pyaot_gen_trampoline",
    ".hidden pyaot_gen_trampoline",
    ".type pyaot_gen_trampoline, @function",
    "pyaot_gen_trampoline:",
    // The outermost frame of a generator's stack: debuggers stop unwinding here.
    ".cfi_startproc",
    ".cfi_undefined rip",
    "mov rdi, rbx",
    "call {run}",
    "ud2",
    ".cfi_endproc",
    ".size pyaot_gen_trampoline, . - pyaot_gen_trampoline",
    ".popsection",
    run = sym super::run,
);

/// Words of a new stack's initial frame (see the layout above).
#[cfg(target_arch = "x86_64")]
const FRAME_WORDS: usize = 9;
/// Index of the register that carries the generator into the trampoline (rbx).
#[cfg(target_arch = "x86_64")]
const GEN_WORD: usize = 4;
/// Index of the return address.
#[cfg(target_arch = "x86_64")]
const ENTRY_WORD: usize = 6;

// Thumb (AAPCS): r4-r11 are callee-saved, and s16-s31 too with the hard-float ABI
// (soft-float targets have no FPU state to keep).
//
// A new stack, from its initial stack pointer up:
//   [s16-s31, hard-float only] [r4=generator r5 ... r11] [pc = trampoline | 1] [pad]
// so that after the `pop` the stack pointer is 8-aligned, as AAPCS wants at a call.
#[cfg(all(target_arch = "arm", not(target_abi = "eabihf")))]
core::arch::global_asm!(
    ".pushsection .text.pyaot_gen_switch, \"ax\", %progbits",
    ".syntax unified",
    ".thumb",
    ".globl pyaot_gen_switch",
    ".hidden pyaot_gen_switch",
    ".type pyaot_gen_switch, %function",
    ".thumb_func",
    ".p2align 2",
    "pyaot_gen_switch:",
    "push {{r4-r11, lr}}",
    "mov r2, sp",
    "str r2, [r0]",
    "mov sp, r1",
    "pop {{r4-r11, pc}}",
    ".size pyaot_gen_switch, . - pyaot_gen_switch",
    ".globl pyaot_gen_trampoline",
    ".hidden pyaot_gen_trampoline",
    ".type pyaot_gen_trampoline, %function",
    ".thumb_func",
    "pyaot_gen_trampoline:",
    "mov r0, r4",
    "bl {run}",
    "udf #0",
    ".size pyaot_gen_trampoline, . - pyaot_gen_trampoline",
    ".popsection",
    run = sym super::run,
);

#[cfg(all(target_arch = "arm", target_abi = "eabihf"))]
core::arch::global_asm!(
    ".pushsection .text.pyaot_gen_switch, \"ax\", %progbits",
    ".syntax unified",
    ".thumb",
    ".globl pyaot_gen_switch",
    ".hidden pyaot_gen_switch",
    ".type pyaot_gen_switch, %function",
    ".thumb_func",
    ".p2align 2",
    "pyaot_gen_switch:",
    "push {{r4-r11, lr}}",
    "vpush {{s16-s31}}",
    "mov r2, sp",
    "str r2, [r0]",
    "mov sp, r1",
    "vpop {{s16-s31}}",
    "pop {{r4-r11, pc}}",
    ".size pyaot_gen_switch, . - pyaot_gen_switch",
    ".globl pyaot_gen_trampoline",
    ".hidden pyaot_gen_trampoline",
    ".type pyaot_gen_trampoline, %function",
    ".thumb_func",
    "pyaot_gen_trampoline:",
    "mov r0, r4",
    "bl {run}",
    "udf #0",
    ".size pyaot_gen_trampoline, . - pyaot_gen_trampoline",
    ".popsection",
    run = sym super::run,
);

/// Words saved below the core registers: s16-s31 with the hard-float ABI.
#[cfg(all(target_arch = "arm", target_abi = "eabihf"))]
const FP_WORDS: usize = 16;
#[cfg(all(target_arch = "arm", not(target_abi = "eabihf")))]
const FP_WORDS: usize = 0;
#[cfg(target_arch = "arm")]
const FRAME_WORDS: usize = FP_WORDS + 11;
#[cfg(target_arch = "arm")]
const GEN_WORD: usize = FP_WORDS;
#[cfg(target_arch = "arm")]
const ENTRY_WORD: usize = FP_WORDS + 8;

/// Lays out the initial frame of a new stack whose top is `top` (16-aligned on
/// x86-64, 8-aligned on Thumb) so that switching to the returned stack pointer
/// starts `gen::run(generator)` there.
pub fn initial_sp(top: usize, generator: Obj) -> usize {
    const W: usize = core::mem::size_of::<usize>();
    let sp = top - FRAME_WORDS * W;
    let frame = sp as *mut usize;
    // Thumb code addresses have bit 0 set (already so for a Thumb function symbol);
    // `pop {pc}` needs it to stay in Thumb state.
    let entry = pyaot_gen_trampoline as *const () as usize | usize::from(cfg!(target_arch = "arm"));
    for i in 0..FRAME_WORDS {
        let word = match i {
            GEN_WORD => generator,
            ENTRY_WORD => entry,
            _ => 0,
        };
        // SAFETY: the frame lies in the top words of the caller's fresh stack.
        unsafe { frame.add(i).write(word) };
    }
    sp
}

const _: () = {
    // After the restore and the return, the stack pointer must be aligned for a call.
    let w = core::mem::size_of::<usize>();
    let after = (FRAME_WORDS - ENTRY_WORD - 1) * w;
    assert!(after.is_multiple_of(2 * w) && after >= w);
};
