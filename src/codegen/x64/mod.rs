//! x86-64: the encoder (`asm`) and the MacroAssembler (`masm`).
