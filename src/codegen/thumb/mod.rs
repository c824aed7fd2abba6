//! Thumb-2: the encoder (`asm`) and the MacroAssembler (`masm`).
