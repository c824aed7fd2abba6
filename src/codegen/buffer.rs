//! The code buffer shared by both ISAs: bytes, labels, label fixups and relocations
//! (Cranelift's `MachBuffer`, in small). Each ISA only says how to patch one of its
//! branch forms ([`LabelUse`]); the buffer knows nothing of instructions.

/// A position in the code that branches can target, bound once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// How an ISA patches a branch whose target label is bound later.
pub trait LabelUse: Copy {
    /// Writes the distance to `target` into the instruction at `at`. Returns false
    /// when the target is out of this form's range.
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool;
}

/// Relocation kinds, named by what they mean to the compiler; `obj::reloc` maps each
/// to the ELF relocation type. Every addend that belongs in the instruction bits
/// (ARM's REL relocations) is already encoded there by the assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelocKind {
    /// x86-64 `call rel32` to a symbol (R_X86_64_PLT32, addend -4).
    X64Call,
    /// x86-64 RIP-relative 32-bit displacement (R_X86_64_PC32).
    X64PcRel32,
    /// Thumb-2 `bl` (R_ARM_THM_CALL); the -4 addend is pre-encoded.
    ThumbCall,
    /// Thumb-2 `b.w` tail jump (R_ARM_THM_JUMP24).
    ThumbJump24,
    /// Thumb-2 `movw` of a symbol's low half (R_ARM_THM_MOVW_ABS_NC).
    ThumbMovwAbs,
    /// Thumb-2 `movt` of a symbol's high half (R_ARM_THM_MOVT_ABS).
    ThumbMovtAbs,
    /// An absolute address the size of a word in data (R_X86_64_64 / R_ARM_ABS32).
    AbsWord,
}

/// A relocation against a symbol, at an offset in the code or data it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the patched bytes.
    pub offset: u32,
    /// What kind of reference it is.
    pub kind: RelocKind,
    /// The referenced symbol.
    pub symbol: String,
    /// Addend for RELA targets (x86-64); 0 for ARM, whose addends live in the bits.
    pub addend: i64,
}

/// Bytes being emitted for one function, with labels and relocations.
pub struct CodeBuffer<U: LabelUse> {
    code: Vec<u8>,
    labels: Vec<Option<u32>>,
    fixups: Vec<(u32, Label, U)>,
    relocs: Vec<Reloc>,
}

impl<U: LabelUse> Default for CodeBuffer<U> {
    fn default() -> Self {
        CodeBuffer {
            code: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            relocs: Vec::new(),
        }
    }
}

impl<U: LabelUse> CodeBuffer<U> {
    /// An empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Current offset, where the next byte goes.
    pub fn offset(&self) -> u32 {
        self.code.len() as u32
    }

    /// Appends bytes.
    pub fn put(&mut self, bytes: &[u8]) {
        self.code.extend_from_slice(bytes);
    }

    /// Appends a little-endian u16 (a Thumb halfword).
    pub fn put_u16(&mut self, v: u16) {
        self.put(&v.to_le_bytes());
    }

    /// Appends a little-endian u32.
    pub fn put_u32(&mut self, v: u32) {
        self.put(&v.to_le_bytes());
    }

    /// The bytes emitted so far.
    pub fn code(&self) -> &[u8] {
        &self.code
    }

    /// A new, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds a label to the current offset.
    pub fn bind(&mut self, label: Label) {
        let here = self.offset();
        let slot = &mut self.labels[label.0 as usize];
        assert!(slot.is_none(), "label {label:?} bound twice");
        *slot = Some(here);
    }

    /// Where a label is bound, if it is yet.
    pub fn label_offset(&self, label: Label) -> Option<u32> {
        self.labels[label.0 as usize]
    }

    /// Records that the instruction at `at` refers to `label` in form `kind`; it is
    /// patched in [`CodeBuffer::finish`].
    pub fn use_label(&mut self, at: u32, label: Label, kind: U) {
        self.fixups.push((at, label, kind));
    }

    /// Records a relocation against `symbol` at `offset`.
    pub fn reloc(&mut self, offset: u32, kind: RelocKind, symbol: &str, addend: i64) {
        self.relocs.push(Reloc {
            offset,
            kind,
            symbol: symbol.to_string(),
            addend,
        });
    }

    /// Patches every label use and returns the bytes and relocations. Fails (an
    /// internal error) for an unbound label or a branch out of range.
    pub fn finish(mut self) -> Result<(Vec<u8>, Vec<Reloc>), String> {
        for &(at, label, kind) in &self.fixups {
            let target = self.labels[label.0 as usize]
                .ok_or_else(|| format!("label {} used but never bound", label.0))?;
            if !kind.patch(&mut self.code, at, target) {
                return Err(format!("branch at {at:#x} cannot reach {target:#x}"));
            }
        }
        Ok((self.code, self.relocs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-byte "branch" that stores the target offset, for testing the buffer.
    #[derive(Clone, Copy)]
    struct Byte;
    impl LabelUse for Byte {
        fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
            match u8::try_from(target) {
                Ok(t) => {
                    code[at as usize] = t;
                    true
                }
                Err(_) => false,
            }
        }
    }

    #[test]
    fn forward_and_backward_labels_are_patched() {
        let mut b = CodeBuffer::<Byte>::new();
        let fwd = b.new_label();
        let back = b.new_label();
        b.bind(back);
        b.use_label(b.offset(), fwd, Byte);
        b.put(&[0xee]);
        b.use_label(b.offset(), back, Byte);
        b.put(&[0xee]);
        b.put(&[0x90]);
        b.bind(fwd);
        let (code, relocs) = b.finish().unwrap();
        assert_eq!(code, vec![3, 0, 0x90]);
        assert!(relocs.is_empty());
    }

    #[test]
    fn unbound_label_is_an_error() {
        let mut b = CodeBuffer::<Byte>::new();
        let l = b.new_label();
        b.use_label(0, l, Byte);
        b.put(&[0]);
        assert!(b.finish().is_err());
    }
}
