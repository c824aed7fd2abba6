//! Tables of weak words: how the runtime reaches code it links only on demand.
//!
//! A table is a run of pointer-sized words in .data.rel.ro, one per hook symbol,
//! each referring to its symbol weakly. The compiler defines a hook (holding an
//! implementation's address) only in a program that needs it; without a
//! definition the word is 0 and nothing behind it is linked. .data.rel.ro because
//! a PIE's dynamic relocations may write the words, and nothing else does.
//! `str_hooks`, `str_groups` and `hooks` each keep one such table.

/// Emits table `$table` (a global, hidden symbol) of one weak word per symbol in
/// `$sym` (string literals, or `concat!`s of them), in order.
macro_rules! weak_word_table {
    ($table:literal, $($sym:expr),* $(,)?) => {
        core::arch::global_asm!(concat!(
            ".section .data.rel.ro.", $table, ",\"aw\",%progbits\n",
            ".p2align 3\n",
            ".globl ", $table, "\n",
            ".hidden ", $table, "\n",
            $table, ":\n",
            $(".weak ", $sym, "\n", $crate::weak_table::word!(), " ", $sym, "\n",)*
        ));
    };
}
pub(crate) use weak_word_table;

/// The assembler's pointer-sized data directive.
#[cfg(target_pointer_width = "64")]
macro_rules! word {
    () => {
        ".quad"
    };
}
#[cfg(target_pointer_width = "32")]
macro_rules! word {
    () => {
        ".long"
    };
}
pub(crate) use word;

/// Whether two strs are equal, in a const context: the compile-time checks that a
/// table, or a symbol named in assembly, agrees with the ABI crate's names.
pub(crate) const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
