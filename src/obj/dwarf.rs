//! DWARF debug information for one object, written with `gimli::write`: a compile
//! unit per source file with a subprogram per function (and its parameters and local
//! variables), the line table, and call frame information in `.debug_frame`.
//!
//! It knows DWARF, not Python: the caller describes each function (name, lines, frame
//! changes, variables at offsets from the CFA) in [`DebugUnit`], and gets back the
//! bytes of each debug section with the relocations the object writer must add.
//! Addresses are relative to the start of `.text` ([`RelocTarget::Text`]), never to a
//! function symbol: on Thumb a function symbol carries bit 0, which must not leak
//! into DWARF addresses.

use crate::codegen::buffer::{FrameChange, FrameConvention};
use gimli::write::{
    Address, AttributeValue, CallFrameInstruction, CommonInformationEntry, DwarfUnit, EndianVec,
    Expression, FileId, FrameDescriptionEntry, FrameTable, LineProgram, LineString, RelocateWriter,
    Relocation, RelocationTarget, Sections, UnitEntryId,
};
use gimli::{constants, Encoding, Format, LineEncoding, LittleEndian, Register, SectionId};

/// DWARF's language code for Python (DW_LANG_Python, DWARF 4 table 3.3.1).
pub const DW_LANG_PYTHON: u16 = 0x0014;

/// A compile unit: one source file and the functions compiled from it.
pub struct DebugUnit {
    /// The source file's path as the user gave it (DW_AT_name).
    pub path: String,
    /// The directory the compiler ran in (DW_AT_comp_dir); relative paths are
    /// relative to it.
    pub comp_dir: String,
    /// DW_AT_producer, e.g. `pyaot 0.1.0`.
    pub producer: String,
    /// DW_AT_language.
    pub language: u16,
    /// Bytes in an address (8 or 4).
    pub address_size: u8,
    /// How every function's frame starts (the CIE).
    pub frame: FrameConvention,
    /// The name of the type of every variable (a word), e.g. `pyaot_obj`.
    pub value_type: String,
    /// Functions in `.text` order.
    pub functions: Vec<DebugFunction>,
}

/// One function's code, lines, frame and variables.
pub struct DebugFunction {
    /// The name a debugger shows (DW_AT_name).
    pub name: String,
    /// Offset of its first byte in `.text`.
    pub text_offset: u64,
    /// Its length in bytes.
    pub size: u32,
    /// The line of its definition (0: none, as for compiler-made functions).
    pub decl_line: u32,
    /// Line table rows in code order: `(offset, line)`, each a statement start.
    pub lines: Vec<(u32, u32)>,
    /// The offset where a breakpoint on the function should go.
    pub prologue_end: Option<u32>,
    /// Frame changes in code order (see [`FrameChange`]).
    pub frame: Vec<(u32, FrameChange)>,
    /// Parameters then local variables.
    pub vars: Vec<DebugVar>,
    /// Whether its symbol is visible outside the object (DW_AT_external).
    pub external: bool,
    /// Made by the compiler, with no source of its own (DW_AT_artificial).
    pub artificial: bool,
}

/// A parameter or local variable living in a stack slot.
pub struct DebugVar {
    /// Its name.
    pub name: String,
    /// A parameter (DW_TAG_formal_parameter) rather than a local (DW_TAG_variable).
    pub param: bool,
    /// Its slot's address relative to the canonical frame address (negative: below).
    pub cfa_offset: i64,
}

/// What a relocation in a debug section refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelocTarget {
    /// The start of the object's `.text`.
    Text,
    /// The start of the named debug section (offsets between debug sections).
    Section(&'static str),
}

/// An absolute relocation in a debug section: the field at `offset`, `size` bytes,
/// becomes the target's address + `addend`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugReloc {
    /// Offset of the field in its section.
    pub offset: u64,
    /// Field size in bytes (4 or 8).
    pub size: u8,
    /// What it refers to.
    pub target: RelocTarget,
    /// Added to the target's address.
    pub addend: i64,
}

/// One debug section's bytes and relocations.
pub struct DebugSection {
    /// Its ELF name (`.debug_info`, ...).
    pub name: &'static str,
    /// Its contents, relocated fields zero.
    pub bytes: Vec<u8>,
    /// Its relocations.
    pub relocs: Vec<DebugReloc>,
}

/// The symbol number gimli carries for "the start of .text" (the only symbol used).
const TEXT: usize = 0;

/// A section being written, recording its relocations.
#[derive(Clone)]
struct RelocSection {
    data: EndianVec<LittleEndian>,
    relocs: Vec<Relocation>,
}

impl RelocSection {
    fn new() -> Self {
        RelocSection {
            data: EndianVec::new(LittleEndian),
            relocs: Vec::new(),
        }
    }
}

impl RelocateWriter for RelocSection {
    type Writer = EndianVec<LittleEndian>;

    fn writer(&self) -> &Self::Writer {
        &self.data
    }

    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.data
    }

    fn relocate(&mut self, relocation: Relocation) {
        self.relocs.push(relocation);
    }
}

/// DWARF 4: read by every gdb, readelf and addr2line in use, and its line table keeps
/// the file names in the line program header (no `.debug_line_str`).
const DWARF_VERSION: u16 = 4;

/// Writes the debug sections describing `unit`. Fails (an internal error) only if
/// the description is inconsistent, e.g. line rows out of code order.
pub fn write(unit: &DebugUnit) -> Result<Vec<DebugSection>, String> {
    let encoding = Encoding {
        format: Format::Dwarf32,
        version: DWARF_VERSION,
        address_size: unit.address_size,
    };
    let mut dwarf = DwarfUnit::new(encoding);
    let (dir, file_name) = split_path(&unit.path, &unit.comp_dir);
    let mut lines = LineProgram::new(
        encoding,
        LineEncoding::default(),
        LineString::String(unit.comp_dir.clone().into_bytes()),
        None,
        LineString::String(file_name.clone().into_bytes()),
        None,
    );
    let dir_id = lines.add_directory(LineString::String(dir.into_bytes()));
    let file = lines.add_file(LineString::String(file_name.into_bytes()), dir_id, None);
    for f in &unit.functions {
        add_line_rows(&mut lines, file, f)?;
    }
    dwarf.unit.line_program = lines;

    let root = dwarf.unit.root();
    let strings = &mut dwarf.strings;
    let text_end = unit
        .functions
        .iter()
        .map(|f| f.text_offset + u64::from(f.size))
        .max()
        .unwrap_or(0);
    let attrs = [
        (
            constants::DW_AT_producer,
            AttributeValue::StringRef(strings.add(unit.producer.as_str())),
        ),
        (
            constants::DW_AT_language,
            AttributeValue::Language(constants::DwLang(unit.language)),
        ),
        (
            constants::DW_AT_name,
            AttributeValue::StringRef(strings.add(unit.path.as_str())),
        ),
        (
            constants::DW_AT_comp_dir,
            AttributeValue::StringRef(strings.add(unit.comp_dir.as_str())),
        ),
        (
            constants::DW_AT_low_pc,
            AttributeValue::Address(Address::Symbol {
                symbol: TEXT,
                addend: 0,
            }),
        ),
        (constants::DW_AT_high_pc, AttributeValue::Udata(text_end)),
    ];
    for (name, value) in attrs {
        dwarf.unit.get_mut(root).set(name, value);
    }
    let value_type = add_value_type(&mut dwarf, root, unit);
    for f in &unit.functions {
        add_subprogram(&mut dwarf, root, file, value_type, f);
    }

    let mut sections = Sections::new(RelocSection::new());
    dwarf.write(&mut sections).map_err(|e| e.to_string())?;
    frame_table(unit)?
        .write_debug_frame(&mut sections.debug_frame)
        .map_err(|e| e.to_string())?;

    let mut out = Vec::new();
    sections
        .for_each(|id, s| {
            if !s.data.slice().is_empty() {
                out.push(section(id, s)?);
            }
            Ok::<(), String>(())
        })
        .map_err(|e| e.to_string())?;
    out.push(aranges(unit, text_end));
    Ok(out)
}

/// The line program's directory and file name for `path`: the file's own folder
/// (absolute, or relative to `comp_dir`) and its base name, so `break prog.py:3`
/// finds it by name and a debugger finds the source from any working directory.
fn split_path(path: &str, comp_dir: &str) -> (String, String) {
    let p = std::path::Path::new(path);
    let full = std::path::Path::new(comp_dir).join(p);
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let dir = full
        .parent()
        .map(|d| d.to_string_lossy().into_owned())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| comp_dir.to_string());
    (dir, name)
}

/// One line-table sequence per function: a row per statement start, is_stmt, with
/// prologue_end on the row where a breakpoint on the function should go.
fn add_line_rows(lines: &mut LineProgram, file: FileId, f: &DebugFunction) -> Result<(), String> {
    if f.lines.is_empty() {
        return Ok(());
    }
    lines.begin_sequence(Some(Address::Symbol {
        symbol: TEXT,
        addend: f.text_offset as i64,
    }));
    let mut last = 0;
    for &(offset, line) in &f.lines {
        if offset < last || offset >= f.size {
            return Err(format!(
                "line row at {offset:#x} out of order in '{}'",
                f.name
            ));
        }
        last = offset;
        let row = lines.row();
        row.address_offset = u64::from(offset);
        row.file = file;
        row.line = u64::from(line);
        row.is_statement = true;
        row.prologue_end = f.prologue_end == Some(offset);
        lines.generate_row();
    }
    lines.end_sequence(u64::from(f.size));
    Ok(())
}

/// The type of every variable: a typedef (the value type's name, which pretty-printers
/// match on) of an unsigned word.
fn add_value_type(dwarf: &mut DwarfUnit, root: UnitEntryId, unit: &DebugUnit) -> UnitEntryId {
    let word = dwarf.unit.add(root, constants::DW_TAG_base_type);
    let word_name = if unit.address_size == 8 {
        "unsigned long"
    } else {
        "unsigned int"
    };
    let name = dwarf.strings.add(word_name);
    let e = dwarf.unit.get_mut(word);
    e.set(constants::DW_AT_name, AttributeValue::StringRef(name));
    e.set(
        constants::DW_AT_encoding,
        AttributeValue::Encoding(constants::DW_ATE_unsigned),
    );
    e.set(
        constants::DW_AT_byte_size,
        AttributeValue::Data1(unit.address_size),
    );
    let typedef = dwarf.unit.add(root, constants::DW_TAG_typedef);
    let name = dwarf.strings.add(unit.value_type.as_str());
    let e = dwarf.unit.get_mut(typedef);
    e.set(constants::DW_AT_name, AttributeValue::StringRef(name));
    e.set(constants::DW_AT_type, AttributeValue::UnitRef(word));
    typedef
}

/// A DW_TAG_subprogram with its parameters and variables, located from the CFA
/// (DW_AT_frame_base is DW_OP_call_frame_cfa, each variable DW_OP_fbreg).
fn add_subprogram(
    dwarf: &mut DwarfUnit,
    root: UnitEntryId,
    file: FileId,
    value_type: UnitEntryId,
    f: &DebugFunction,
) {
    let id = dwarf.unit.add(root, constants::DW_TAG_subprogram);
    let name = dwarf.strings.add(f.name.as_str());
    let mut frame_base = Expression::new();
    frame_base.op(constants::DW_OP_call_frame_cfa);
    let e = dwarf.unit.get_mut(id);
    e.set(constants::DW_AT_name, AttributeValue::StringRef(name));
    if f.decl_line != 0 {
        e.set(
            constants::DW_AT_decl_file,
            AttributeValue::FileIndex(Some(file)),
        );
        e.set(
            constants::DW_AT_decl_line,
            AttributeValue::Udata(u64::from(f.decl_line)),
        );
    }
    e.set(constants::DW_AT_type, AttributeValue::UnitRef(value_type));
    e.set(
        constants::DW_AT_low_pc,
        AttributeValue::Address(Address::Symbol {
            symbol: TEXT,
            addend: f.text_offset as i64,
        }),
    );
    e.set(
        constants::DW_AT_high_pc,
        AttributeValue::Udata(u64::from(f.size)),
    );
    e.set(
        constants::DW_AT_frame_base,
        AttributeValue::Exprloc(frame_base),
    );
    if f.external {
        e.set(constants::DW_AT_external, AttributeValue::Flag(true));
    }
    if f.artificial {
        e.set(constants::DW_AT_artificial, AttributeValue::Flag(true));
    }
    for v in &f.vars {
        let tag = if v.param {
            constants::DW_TAG_formal_parameter
        } else {
            constants::DW_TAG_variable
        };
        let var = dwarf.unit.add(id, tag);
        let name = dwarf.strings.add(v.name.as_str());
        let mut location = Expression::new();
        location.op_fbreg(v.cfa_offset);
        let e = dwarf.unit.get_mut(var);
        e.set(constants::DW_AT_name, AttributeValue::StringRef(name));
        e.set(constants::DW_AT_type, AttributeValue::UnitRef(value_type));
        e.set(constants::DW_AT_location, AttributeValue::Exprloc(location));
    }
}

/// `.debug_frame`: one CIE with the ISA's entry rules, one FDE per function.
fn frame_table(unit: &DebugUnit) -> Result<FrameTable, String> {
    // .debug_frame's own version (1), not the DWARF version.
    let encoding = Encoding {
        format: Format::Dwarf32,
        version: 1,
        address_size: unit.address_size,
    };
    let conv = &unit.frame;
    let mut cie = CommonInformationEntry::new(
        encoding,
        conv.code_align,
        conv.data_align,
        Register(conv.return_address),
    );
    for change in conv.entry {
        cie.add_instruction(cfi(*change));
    }
    let mut table = FrameTable::default();
    let cie = table.add_cie(cie);
    for f in &unit.functions {
        let mut fde = FrameDescriptionEntry::new(
            Address::Symbol {
                symbol: TEXT,
                addend: f.text_offset as i64,
            },
            f.size,
        );
        let mut last = 0;
        for &(offset, change) in &f.frame {
            if offset < last || offset > f.size {
                return Err(format!(
                    "frame change at {offset:#x} out of order in '{}'",
                    f.name
                ));
            }
            last = offset;
            fde.add_instruction(offset, cfi(change));
        }
        table.add_fde(cie, fde);
    }
    Ok(table)
}

/// The call frame instruction for a frame change.
fn cfi(change: FrameChange) -> CallFrameInstruction {
    match change {
        FrameChange::Cfa { reg, offset } => CallFrameInstruction::Cfa(Register(reg), offset as i32),
        FrameChange::CfaOffset(offset) => CallFrameInstruction::CfaOffset(offset as i32),
        FrameChange::Saved { reg, offset } => {
            CallFrameInstruction::Offset(Register(reg), -(offset as i32))
        }
        FrameChange::Restored(reg) => CallFrameInstruction::Restore(Register(reg)),
        FrameChange::RememberState => CallFrameInstruction::RememberState,
        FrameChange::RestoreState => CallFrameInstruction::RestoreState,
    }
}

/// The ELF name of a gimli section, as a `'static` str.
fn section_name(id: SectionId) -> &'static str {
    id.name()
}

/// A written section with its relocations in our terms.
fn section(id: SectionId, s: &RelocSection) -> Result<DebugSection, String> {
    let relocs = s
        .relocs
        .iter()
        .map(|r| {
            let target = match r.target {
                RelocationTarget::Symbol(TEXT) => RelocTarget::Text,
                RelocationTarget::Section(to) => RelocTarget::Section(section_name(to)),
                RelocationTarget::Symbol(other) => {
                    return Err(format!("relocation against unknown symbol {other}"))
                }
            };
            Ok(DebugReloc {
                offset: r.offset as u64,
                size: r.size,
                target,
                addend: r.addend,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(DebugSection {
        name: section_name(id),
        bytes: s.data.slice().to_vec(),
        relocs,
    })
}

/// `.debug_aranges` (gimli does not write it): the unit's one address range, the whole
/// of `.text`, so tools that look addresses up through it (addr2line, older gdb) find
/// the unit without scanning `.debug_info`.
fn aranges(unit: &DebugUnit, text_end: u64) -> DebugSection {
    let size = unit.address_size;
    let mut bytes = Vec::new();
    let mut relocs = Vec::new();
    bytes.extend_from_slice(&0u32.to_le_bytes()); // unit_length, patched below
    bytes.extend_from_slice(&2u16.to_le_bytes()); // version
    relocs.push(DebugReloc {
        offset: bytes.len() as u64,
        size: 4,
        target: RelocTarget::Section(".debug_info"),
        addend: 0,
    });
    bytes.extend_from_slice(&0u32.to_le_bytes()); // debug_info_offset of the unit
    bytes.push(size); // address_size
    bytes.push(0); // segment_selector_size
                   // The tuples start at a multiple of twice the address size.
    while bytes.len() % (2 * size as usize) != 0 {
        bytes.push(0);
    }
    relocs.push(DebugReloc {
        offset: bytes.len() as u64,
        size,
        target: RelocTarget::Text,
        addend: 0,
    });
    let word = |v: u64| v.to_le_bytes()[..size as usize].to_vec();
    bytes.extend(word(0));
    bytes.extend(word(text_end));
    bytes.extend(word(0)); // terminating (0, 0)
    bytes.extend(word(0));
    let length = (bytes.len() - 4) as u32;
    bytes[..4].copy_from_slice(&length.to_le_bytes());
    DebugSection {
        name: ".debug_aranges",
        bytes,
        relocs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::x64::masm::FRAME_CONVENTION;

    fn unit(lines: Vec<(u32, u32)>) -> DebugUnit {
        DebugUnit {
            path: "src/prog.py".to_string(),
            comp_dir: "/work".to_string(),
            producer: "pyaot test".to_string(),
            language: DW_LANG_PYTHON,
            address_size: 8,
            frame: FRAME_CONVENTION,
            value_type: "pyaot_obj".to_string(),
            functions: vec![DebugFunction {
                name: "f".to_string(),
                text_offset: 16,
                size: 32,
                decl_line: 3,
                lines,
                prologue_end: Some(8),
                frame: vec![(1, FrameChange::CfaOffset(16))],
                vars: vec![DebugVar {
                    name: "x".to_string(),
                    param: true,
                    cfa_offset: -24,
                }],
                external: false,
                artificial: false,
            }],
        }
    }

    #[test]
    fn file_names_are_split_into_folder_and_base_name() {
        assert_eq!(
            split_path("src/prog.py", "/work"),
            ("/work/src".to_string(), "prog.py".to_string())
        );
        assert_eq!(
            split_path("/abs/prog.py", "/work"),
            ("/abs".to_string(), "prog.py".to_string())
        );
        assert_eq!(
            split_path("prog.py", "/work"),
            ("/work".to_string(), "prog.py".to_string())
        );
    }

    #[test]
    fn every_address_is_relocated_against_text() {
        let sections = write(&unit(vec![(0, 3), (8, 4), (20, 5)])).unwrap();
        let names: Vec<&str> = sections.iter().map(|s| s.name).collect();
        for want in [
            ".debug_abbrev",
            ".debug_str",
            ".debug_line",
            ".debug_info",
            ".debug_frame",
            ".debug_aranges",
        ] {
            assert!(names.contains(&want), "{want} missing from {names:?}");
        }
        let text = |name: &str| -> Vec<(u8, i64)> {
            let s = sections.iter().find(|s| s.name == name).unwrap();
            s.relocs
                .iter()
                .filter(|r| r.target == RelocTarget::Text)
                .map(|r| (r.size, r.addend))
                .collect()
        };
        // The line sequence and the FDE start at the function; the unit's range
        // starts at .text and the function's at its offset.
        assert_eq!(text(".debug_line"), [(8, 16)]);
        assert_eq!(text(".debug_frame"), [(8, 16)]);
        assert_eq!(text(".debug_info"), [(8, 0), (8, 16)]);
        assert_eq!(text(".debug_aranges"), [(8, 0)]);
        // Offsets into other debug sections are relocated too (objects get merged).
        let info = sections.iter().find(|s| s.name == ".debug_info").unwrap();
        assert!(info
            .relocs
            .iter()
            .any(|r| r.target == RelocTarget::Section(".debug_abbrev") && r.size == 4));
    }

    #[test]
    fn rows_out_of_code_order_are_an_internal_error() {
        assert!(write(&unit(vec![(0, 3), (20, 4), (8, 5)])).is_err());
        assert!(write(&unit(vec![(0, 3), (40, 4)])).is_err());
    }

    #[test]
    fn aranges_cover_the_text_of_the_unit() {
        let a = aranges(&unit(vec![(0, 3)]), 0x48);
        // unit_length, version 2, info offset, address size 8, segment size 0, padding
        // to 16, then (start, length) and the (0, 0) terminator.
        assert_eq!(a.bytes.len(), 4 + 44);
        assert_eq!(&a.bytes[0..4], &44u32.to_le_bytes());
        assert_eq!(&a.bytes[4..6], &2u16.to_le_bytes());
        assert_eq!(a.bytes[10], 8);
        assert_eq!(&a.bytes[24..32], &0x48u64.to_le_bytes());
        assert_eq!(a.relocs[1].offset, 16);
    }
}
