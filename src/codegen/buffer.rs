//! The code buffer shared by both ISAs: bytes, labels, label fixups and relocations
//! (Cranelift's `MachBuffer`, in small). Each ISA only says how to patch one of its
//! branch forms ([`LabelUse`]); the buffer knows nothing of instructions.
//!
//! On request the buffer also keeps [`Notes`] beside the bytes: the text of each
//! instruction (for `--emit asm` listings) and the frame changes of prologues and
//! epilogues (for call frame information). A buffer made with [`CodeBuffer::new`]
//! records nothing, so ordinary compiles pay one untaken branch per instruction.

use std::cell::RefCell;
use std::rc::Rc;

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

/// A change to where the caller's state is found, recorded right after the
/// instruction that makes it (Cranelift's `UnwindInst`, in small). Registers are
/// DWARF register numbers, which each ISA's masm knows; `obj::dwarf` turns these into
/// call frame instructions one for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameChange {
    /// The canonical frame address (the stack pointer just before the call) is now
    /// `reg + offset`.
    Cfa {
        /// DWARF number of the register.
        reg: u16,
        /// Bytes from the register up to the CFA.
        offset: u32,
    },
    /// The CFA is now `offset` bytes above the same register as before.
    CfaOffset(u32),
    /// The caller's value of `reg` is saved at CFA - `offset`.
    Saved {
        /// DWARF number of the register.
        reg: u16,
        /// Bytes below the CFA.
        offset: u32,
    },
    /// `reg` holds the caller's value again (its entry rule applies).
    Restored(u16),
    /// An epilogue starts here: the rules in force are remembered.
    RememberState,
    /// After a return that more code follows: the remembered rules apply again.
    RestoreState,
}

/// How every function of an ISA starts, for the common part of call frame
/// information: the rules in force at a function's first instruction.
#[derive(Clone, Copy, Debug)]
pub struct FrameConvention {
    /// DWARF number of the return address column (x86-64: 16, the pseudo-register
    /// "return address"; ARM: lr).
    pub return_address: u16,
    /// The rules at entry, before the prologue ran.
    pub entry: &'static [FrameChange],
    /// Every instruction's length is a multiple of this.
    pub code_align: u8,
    /// Every saved register's CFA offset is a multiple of this (negative: below).
    pub data_align: i8,
}

/// The text of one instruction, for listings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InsnText {
    /// Offset of its first byte.
    pub offset: u32,
    /// Its length in bytes.
    pub len: u32,
    /// Mnemonic and operands, LLVM's spelling; a relocated operand names its symbol.
    pub text: String,
    /// For a branch to a label: the offset it reaches, which the listing prints
    /// after `text` (it is known only once the buffer is finished).
    pub target: Option<u32>,
}

/// What a buffer records beside the code when asked ([`CodeBuffer::recording`]).
#[derive(Clone, Debug, Default)]
pub struct Notes {
    /// Frame changes in code order, each at the offset where it takes effect.
    pub frame: Vec<(u32, FrameChange)>,
    /// In the body of the function (after the prologue), CFA = stack pointer + this.
    pub body_cfa_offset: Option<u32>,
    /// The bytes of stack slots the prologue allocated.
    pub frame_bytes: Option<u32>,
    /// Every instruction, in code order, when instruction text was asked for.
    pub insns: Vec<InsnText>,
}

/// A handle on the notes a recording buffer fills; the caller keeps a clone and
/// reads it after the code is finished.
pub type NotesHandle = Rc<RefCell<Notes>>;

/// Where a recording buffer writes, and whether it records instruction text.
struct Tap {
    notes: NotesHandle,
    text: bool,
    /// Instructions whose branch target is a label, resolved in `finish`.
    insns: Vec<(InsnText, Option<Label>)>,
}

/// Bytes being emitted for one function, with labels and relocations.
pub struct CodeBuffer<U: LabelUse> {
    code: Vec<u8>,
    labels: Vec<Option<u32>>,
    fixups: Vec<(u32, Label, U)>,
    relocs: Vec<Reloc>,
    tap: Option<Box<Tap>>,
}

impl<U: LabelUse> Default for CodeBuffer<U> {
    fn default() -> Self {
        CodeBuffer {
            code: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            relocs: Vec::new(),
            tap: None,
        }
    }
}

impl<U: LabelUse> CodeBuffer<U> {
    /// An empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty buffer that records frame changes into `notes`, and the text of every
    /// instruction too when `text` is set. The code is the same as without notes.
    pub fn recording(notes: NotesHandle, text: bool) -> Self {
        CodeBuffer {
            tap: Some(Box::new(Tap {
                notes,
                text,
                insns: Vec::new(),
            })),
            ..Self::default()
        }
    }

    /// Whether instruction text is being recorded (encoders may skip work otherwise).
    pub fn wants_text(&self) -> bool {
        self.tap.as_ref().is_some_and(|t| t.text)
    }

    /// Records the text of the instruction from `start` to the current offset; `text`
    /// runs only when instruction text is being recorded.
    pub fn note(&mut self, start: u32, text: impl FnOnce() -> String) {
        self.note_insn(start, None, text);
    }

    /// Records the text of a branch to `target` from `start` to the current offset;
    /// the listing prints the target's offset after the text.
    pub fn note_branch(&mut self, start: u32, target: Label, text: impl FnOnce() -> String) {
        self.note_insn(start, Some(target), text);
    }

    fn note_insn(&mut self, start: u32, target: Option<Label>, text: impl FnOnce() -> String) {
        let end = self.offset();
        if let Some(tap) = self.tap.as_mut().filter(|t| t.text) {
            let insn = InsnText {
                offset: start,
                len: end - start,
                text: text(),
                target: None,
            };
            tap.insns.push((insn, target));
        }
    }

    /// Records a frame change that takes effect at the current offset.
    pub fn note_frame(&mut self, change: FrameChange) {
        let at = self.offset();
        if let Some(tap) = &self.tap {
            tap.notes.borrow_mut().frame.push((at, change));
        }
    }

    /// Records the frame layout of the body: `frame_bytes` of slots, and the CFA
    /// `cfa_offset` bytes above the stack pointer.
    pub fn note_body_frame(&mut self, frame_bytes: u32, cfa_offset: u32) {
        if let Some(tap) = &self.tap {
            let mut notes = tap.notes.borrow_mut();
            notes.frame_bytes = Some(frame_bytes);
            notes.body_cfa_offset = Some(cfa_offset);
        }
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
        if let Some(tap) = self.tap {
            let mut notes = tap.notes.borrow_mut();
            for (mut insn, label) in tap.insns {
                insn.target = label.and_then(|l| self.labels[l.0 as usize]);
                notes.insns.push(insn);
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
    fn notes_resolve_branch_targets_and_stay_off_unless_asked() {
        let notes = NotesHandle::default();
        let mut b = CodeBuffer::<Byte>::recording(notes.clone(), true);
        let l = b.new_label();
        b.note_frame(FrameChange::CfaOffset(8));
        b.use_label(0, l, Byte);
        b.put(&[0xee]);
        b.note_branch(0, l, || "jmp".to_string());
        b.put(&[0x90]);
        b.note(1, || "nop".to_string());
        b.bind(l);
        b.note_body_frame(16, 24);
        b.finish().unwrap();
        let n = notes.borrow();
        assert_eq!(n.frame, vec![(0, FrameChange::CfaOffset(8))]);
        assert_eq!((n.frame_bytes, n.body_cfa_offset), (Some(16), Some(24)));
        let texts: Vec<_> = n
            .insns
            .iter()
            .map(|i| (i.offset, i.len, i.text.as_str(), i.target))
            .collect();
        assert_eq!(texts, [(0, 1, "jmp", Some(2)), (1, 1, "nop", None)]);

        // Without a recording buffer, nothing is computed.
        let mut b = CodeBuffer::<Byte>::new();
        b.put(&[0x90]);
        b.note(0, || unreachable!("text is not asked for"));
        assert!(!b.wants_text());
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
