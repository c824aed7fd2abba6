//! The one place that maps the compiler's relocation kinds to ELF relocation types
//! (Cranelift's `process_reloc`): emitters never see ELF numbers.

use crate::codegen::buffer::RelocKind;
use object::{elf, RelocationFlags};

/// ELF relocation flags for a relocation kind.
pub fn elf_flags(kind: RelocKind, word_bytes: u32) -> RelocationFlags {
    let r_type = match kind {
        RelocKind::X64Call => elf::R_X86_64_PLT32,
        RelocKind::X64PcRel32 => elf::R_X86_64_PC32,
        // R_ARM_THM_CALL (the `object` crate calls type 10 R_ARM_THM_PC22).
        RelocKind::ThumbCall => elf::R_ARM_THM_PC22,
        RelocKind::ThumbJump24 => elf::R_ARM_THM_JUMP24,
        RelocKind::ThumbMovwAbs => elf::R_ARM_THM_MOVW_ABS_NC,
        RelocKind::ThumbMovtAbs => elf::R_ARM_THM_MOVT_ABS,
        RelocKind::AbsWord if word_bytes == 8 => elf::R_X86_64_64,
        RelocKind::AbsWord => elf::R_ARM_ABS32,
    };
    RelocationFlags::Elf { r_type }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_to_the_abi_relocation_numbers() {
        let n = |k, w| match elf_flags(k, w) {
            RelocationFlags::Elf { r_type } => r_type,
            _ => unreachable!(),
        };
        assert_eq!(n(RelocKind::X64Call, 8), 4);
        assert_eq!(n(RelocKind::X64PcRel32, 8), 2);
        assert_eq!(n(RelocKind::AbsWord, 8), 1);
        assert_eq!(n(RelocKind::ThumbCall, 4), 10);
        assert_eq!(n(RelocKind::ThumbMovwAbs, 4), 47);
        assert_eq!(n(RelocKind::ThumbMovtAbs, 4), 48);
        assert_eq!(n(RelocKind::AbsWord, 4), 2);
    }
}
