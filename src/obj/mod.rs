//! ELF relocatable objects, written with the `object` crate: code, static objects,
//! globals, symbols and relocations, and with `-g` the DWARF sections of `obj::dwarf`.
//! Knows ELF, not Python: what goes in each static object is decided by
//! `obj::statics`, what the debug information says by the caller of `obj::dwarf`.

mod attributes;
pub mod dwarf;
mod reloc;
pub mod statics;

use crate::codegen::buffer::Reloc;
use crate::target::{Isa, Target};
use object::write::{
    Object, Relocation, SectionId, StandardSection, Symbol, SymbolId, SymbolSection,
};
use object::{
    elf, Architecture, BinaryFormat, Endianness, FileFlags, RelocationEncoding, RelocationFlags,
    RelocationKind, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};
use std::collections::HashMap;

/// Builds one object file.
pub struct ObjectWriter {
    obj: Object<'static>,
    target: Target,
    text: SectionId,
    data: SectionId,
    bss: SectionId,
    defined: HashMap<String, SymbolId>,
    pending: Vec<(SectionId, u64, Reloc)>,
}

impl ObjectWriter {
    /// An empty object for `target`.
    pub fn new(target: &Target) -> Self {
        let arch = match target.isa {
            Isa::X64 => Architecture::X86_64,
            Isa::Thumb => Architecture::Arm,
        };
        let mut obj = Object::new(BinaryFormat::Elf, arch, Endianness::Little);
        let text = obj.section_id(StandardSection::Text);
        // Static objects hold absolute addresses (their type, their strings): on the
        // host they go to .data.rel.ro so PIE links need no text relocations; on a
        // microcontroller they stay in flash (.rodata).
        let data = match target.isa {
            Isa::X64 => obj.section_id(StandardSection::ReadOnlyDataWithRel),
            Isa::Thumb => obj.section_id(StandardSection::ReadOnlyData),
        };
        let bss = obj.section_id(StandardSection::UninitializedData);
        // An empty .note.GNU-stack says the stack need not be executable; without it
        // GNU ld warns, for ARM objects too.
        obj.add_section(
            Vec::new(),
            b".note.GNU-stack".to_vec(),
            SectionKind::Elf(elf::SHT_PROGBITS),
        );
        match target.isa {
            Isa::X64 => {}
            Isa::Thumb => {
                // Build attributes: the architecture and the float ABI, which GNU ld
                // checks across a link (obj/attributes.rs).
                let id = obj.add_section(
                    Vec::new(),
                    b".ARM.attributes".to_vec(),
                    SectionKind::Elf(elf::SHT_ARM_ATTRIBUTES),
                );
                obj.set_section_data(id, attributes::arm_attributes(target), 1);
                let mut e_flags = elf::EF_ARM_EABI_VER5;
                if target.hard_float {
                    e_flags |= elf::EF_ARM_ABI_FLOAT_HARD;
                }
                obj.flags = FileFlags::Elf {
                    os_abi: 0,
                    abi_version: 0,
                    e_flags,
                };
            }
        }
        let mut w = ObjectWriter {
            obj,
            target: target.clone(),
            text,
            data,
            bss,
            defined: HashMap::new(),
            pending: Vec::new(),
        };
        if target.isa == Isa::Thumb {
            // ARM mapping symbols: $t marks Thumb code, $d data, from these offsets on.
            w.mapping_symbol("$t", text);
            w.mapping_symbol("$d", data);
        }
        w
    }

    fn mapping_symbol(&mut self, name: &str, section: SectionId) {
        self.obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: 0,
            size: 0,
            kind: SymbolKind::Label,
            scope: SymbolScope::Compilation,
            weak: false,
            section: SymbolSection::Section(section),
            flags: SymbolFlags::None,
        });
    }

    fn define(
        &mut self,
        name: &str,
        section: SectionId,
        offset: u64,
        size: u64,
        kind: SymbolKind,
        global: bool,
    ) {
        // Thumb function symbols carry bit 0, so calls and addresses taken through
        // relocations stay in Thumb state.
        let value = if kind == SymbolKind::Text && self.target.isa == Isa::Thumb {
            offset | 1
        } else {
            offset
        };
        let id = self.obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value,
            size,
            kind,
            scope: if global {
                SymbolScope::Dynamic
            } else {
                SymbolScope::Compilation
            },
            weak: false,
            section: SymbolSection::Section(section),
            flags: SymbolFlags::None,
        });
        self.defined.insert(name.to_string(), id);
    }

    /// Adds a function's code; returns its offset in `.text`.
    pub fn add_function(
        &mut self,
        name: &str,
        global: bool,
        code: &[u8],
        relocs: Vec<Reloc>,
    ) -> u64 {
        let align = if self.target.isa == Isa::X64 { 16 } else { 4 };
        let offset = self.obj.append_section_data(self.text, code, align);
        self.define(
            name,
            self.text,
            offset,
            code.len() as u64,
            SymbolKind::Text,
            global,
        );
        self.pending
            .extend(relocs.into_iter().map(|r| (self.text, offset, r)));
        offset
    }

    /// Bytes in a code address of this object's target.
    pub fn address_size(&self) -> u8 {
        self.target.word_bytes() as u8
    }

    /// Adds the DWARF sections describing `unit`, whose function offsets are those
    /// [`ObjectWriter::add_function`] returned. Their relocations are absolute, against
    /// section symbols (`.text` or another debug section) plus an addend, which ARM's
    /// REL format keeps in the section bytes (the `object` crate writes it there).
    pub fn add_debug_info(&mut self, unit: &dwarf::DebugUnit) -> Result<(), String> {
        let sections = dwarf::write(unit)?;
        let ids: Vec<SectionId> = sections
            .iter()
            .map(|s| {
                let id = self.obj.add_section(
                    Vec::new(),
                    s.name.as_bytes().to_vec(),
                    SectionKind::Debug,
                );
                self.obj.set_section_data(id, s.bytes.clone(), 1);
                id
            })
            .collect();
        for (s, &id) in sections.iter().zip(&ids) {
            for r in &s.relocs {
                let target = match &r.target {
                    dwarf::RelocTarget::Text => self.text,
                    dwarf::RelocTarget::Section(name) => sections
                        .iter()
                        .position(|t| t.name == *name)
                        .map(|i| ids[i])
                        .ok_or_else(|| format!("debug relocation against missing {name}"))?,
                };
                let symbol = self.obj.section_symbol(target);
                let flags = RelocationFlags::Generic {
                    kind: RelocationKind::Absolute,
                    encoding: RelocationEncoding::Generic,
                    size: r.size * 8,
                };
                self.obj
                    .add_relocation(
                        id,
                        Relocation {
                            offset: r.offset,
                            symbol,
                            addend: r.addend,
                            flags,
                        },
                    )
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    /// Adds a static object (read-only after linking).
    /// Adds a global read-only word other objects (the runtime) refer to by name.
    pub fn add_global_word(&mut self, name: &str, value: u64) {
        let word = self.address_size() as usize;
        let bytes = &value.to_le_bytes()[..word];
        let offset = self.obj.append_section_data(self.data, bytes, word as u64);
        self.define(name, self.data, offset, word as u64, SymbolKind::Data, true);
    }

    pub fn add_data(&mut self, name: &str, bytes: &[u8], relocs: Vec<Reloc>, align: u64) {
        let offset = self.obj.append_section_data(self.data, bytes, align);
        self.define(
            name,
            self.data,
            offset,
            bytes.len() as u64,
            SymbolKind::Data,
            false,
        );
        self.pending
            .extend(relocs.into_iter().map(|r| (self.data, offset, r)));
    }

    /// Adds a word named `name`, global and weak, holding the address of `target`
    /// (a hook the runtime reads: several objects may define it, none must).
    pub fn add_weak_pointer(&mut self, name: &str, target: &str) {
        let word = self.target.word_bytes() as usize;
        let offset = self
            .obj
            .append_section_data(self.data, &vec![0; word], word as u64);
        let id = self.obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: offset,
            size: word as u64,
            kind: SymbolKind::Data,
            scope: SymbolScope::Dynamic,
            weak: true,
            section: SymbolSection::Section(self.data),
            flags: SymbolFlags::None,
        });
        self.defined.insert(name.to_string(), id);
        self.pending.push((
            self.data,
            offset,
            Reloc {
                offset: 0,
                kind: crate::codegen::buffer::RelocKind::AbsWord,
                symbol: target.to_string(),
                addend: 0,
            },
        ));
    }

    /// Adds `alias`, a global weak symbol at the same place as the already defined
    /// `of` (several objects may define it: the linker keeps one).
    pub fn add_weak_alias(&mut self, alias: &str, of: &str) {
        let Some(&id) = self.defined.get(of) else {
            return;
        };
        let s = self.obj.symbol(id);
        let copy = Symbol {
            name: alias.as_bytes().to_vec(),
            value: s.value,
            size: s.size,
            kind: s.kind,
            scope: SymbolScope::Dynamic,
            weak: true,
            section: s.section,
            flags: SymbolFlags::None,
        };
        let id = self.obj.add_symbol(copy);
        self.defined.insert(alias.to_string(), id);
    }

    /// Adds zero-initialised writable memory.
    pub fn add_bss(&mut self, name: &str, size: u64, align: u64) {
        let offset = self.obj.append_section_bss(self.bss, size.max(1), align);
        self.define(name, self.bss, offset, size, SymbolKind::Data, false);
    }

    fn symbol(&mut self, name: &str) -> SymbolId {
        if let Some(&id) = self.defined.get(name) {
            return id;
        }
        let id = self.obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: 0,
            size: 0,
            kind: SymbolKind::Unknown,
            scope: SymbolScope::Unknown,
            weak: false,
            section: SymbolSection::Undefined,
            flags: SymbolFlags::None,
        });
        self.defined.insert(name.to_string(), id);
        id
    }

    /// Resolves every relocation and serialises the object.
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        let word = self.target.word_bytes();
        for (section, base, r) in std::mem::take(&mut self.pending) {
            let symbol = self.symbol(&r.symbol);
            let flags = reloc::elf_flags(r.kind, word);
            self.obj
                .add_relocation(
                    section,
                    Relocation {
                        offset: base + r.offset as u64,
                        symbol,
                        addend: r.addend,
                        flags,
                    },
                )
                .map_err(|e| e.to_string())?;
        }
        self.obj.write().map_err(|e| e.to_string())
    }
}
