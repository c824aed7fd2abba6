//! Cortex-M start-up: the vector table, the reset handler and the fault handlers.
//!
//! The reset handler is assembly because Rust code may not run before .data and .bss
//! are set up (it could read a static). It enables the FPU on hard-float targets,
//! copies .data from flash, zeroes .bss, calls the C `main(0, NULL)` the compiler
//! emits (which calls `pyaot_main`) and exits with its result through the port.
//!
//! Symbols come from the board's linker script (boards/mps2-an386/link.x):
//! `__pyaot_stack_top`, `__pyaot_data_start`/`_end`, `__pyaot_data_load`,
//! `__pyaot_bss_start`/`_end`. The script must `KEEP(*(.vector_table))` at the
//! address the core boots from and use `ENTRY(pyaot_reset)`.
//!
//! Exception handlers have CMSIS names (`HardFault_Handler`, `SysTick_Handler`, ...)
//! defined weakly, so a C program can install its own.

use core::arch::global_asm;

/// The FPU-enabling prologue of the reset handler, on hard-float targets only: there,
/// compiled code uses VFP registers, which fault until CPACR grants access to CP10/11.
#[cfg(target_abi = "eabihf")]
macro_rules! enable_fpu {
    () => {
        "    ldr r0, =0xE000ED88\n    ldr r1, [r0]\n    orr r1, r1, #0xF00000\n    str r1, [r0]\n    dsb\n    isb\n"
    };
}
#[cfg(not(target_abi = "eabihf"))]
macro_rules! enable_fpu {
    () => {
        ""
    };
}

global_asm!(concat!(
    ".syntax unified\n",
    ".thumb\n",
    ".section .text.pyaot_reset,\"ax\",%progbits\n",
    ".global pyaot_reset\n",
    ".type pyaot_reset,%function\n",
    ".thumb_func\n",
    "pyaot_reset:\n",
    enable_fpu!(),
    // .data: copy word by word from its load address in flash (the script aligns both
    // ends to 4).
    "    ldr r0, =__pyaot_data_start\n",
    "    ldr r1, =__pyaot_data_end\n",
    "    ldr r2, =__pyaot_data_load\n",
    "1:  cmp r0, r1\n",
    "    bhs 2f\n",
    "    ldr r3, [r2], #4\n",
    "    str r3, [r0], #4\n",
    "    b 1b\n",
    "2:  ldr r0, =__pyaot_bss_start\n",
    "    ldr r1, =__pyaot_bss_end\n",
    "    movs r2, #0\n",
    "3:  cmp r0, r1\n",
    "    bhs 4f\n",
    "    str r2, [r0], #4\n",
    "    b 3b\n",
    "4:  movs r0, #0\n",
    "    movs r1, #0\n",
    "    bl main\n",
    "    b pyaot_exit_after_main\n",
    ".ltorg\n",
    ".size pyaot_reset, . - pyaot_reset\n",
));

// The vector table: initial stack pointer, then the 15 system exceptions, then the
// board's 32 interrupt lines. Handler addresses carry the Thumb bit (`.thumb_func`).
global_asm!(
    ".section .vector_table,\"a\",%progbits",
    ".global __pyaot_vectors",
    ".p2align 2",
    "__pyaot_vectors:",
    "    .word __pyaot_stack_top",
    "    .word pyaot_reset",
    "    .word NMI_Handler",
    "    .word HardFault_Handler",
    "    .word MemManage_Handler",
    "    .word BusFault_Handler",
    "    .word UsageFault_Handler",
    "    .word 0, 0, 0, 0",
    "    .word SVC_Handler",
    "    .word DebugMon_Handler",
    "    .word 0",
    "    .word PendSV_Handler",
    "    .word SysTick_Handler",
    "    .rept 32",
    "    .word pyaot_default_handler",
    "    .endr",
    ".size __pyaot_vectors, . - __pyaot_vectors",
    "",
    ".weak NMI_Handler",
    ".thumb_set NMI_Handler, pyaot_fault_handler",
    ".weak HardFault_Handler",
    ".thumb_set HardFault_Handler, pyaot_fault_handler",
    ".weak MemManage_Handler",
    ".thumb_set MemManage_Handler, pyaot_fault_handler",
    ".weak BusFault_Handler",
    ".thumb_set BusFault_Handler, pyaot_fault_handler",
    ".weak UsageFault_Handler",
    ".thumb_set UsageFault_Handler, pyaot_fault_handler",
    ".weak SVC_Handler",
    ".thumb_set SVC_Handler, pyaot_default_handler",
    ".weak DebugMon_Handler",
    ".thumb_set DebugMon_Handler, pyaot_default_handler",
    ".weak PendSV_Handler",
    ".thumb_set PendSV_Handler, pyaot_default_handler",
    ".weak SysTick_Handler",
    ".thumb_set SysTick_Handler, pyaot_default_handler",
);

/// Where the reset handler goes when `main` returns: flush and exit with its status.
#[no_mangle]
extern "C" fn pyaot_exit_after_main(status: i32) -> ! {
    super::exit(status)
}

/// NMI, HardFault, MemManage, BusFault, UsageFault: a bug (a bad pointer, a stack
/// overflow past the limit): report and stop rather than hang.
#[no_mangle]
extern "C" fn pyaot_fault_handler() -> ! {
    super::write_stderr(b"fatal: hard fault\n");
    super::exit(1)
}

/// Any other exception or interrupt: nothing enables them, so one firing is a bug too.
#[no_mangle]
extern "C" fn pyaot_default_handler() -> ! {
    super::write_stderr(b"fatal: unexpected interrupt\n");
    super::exit(1)
}
