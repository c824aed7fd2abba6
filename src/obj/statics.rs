//! The static objects of a module (DESIGN §3): str and float constants, function
//! objects and their traceback info, laid out per `pyaot_abi::layout` with
//! relocations to the runtime's type objects. No start-up cost, and on a
//! microcontroller they stay in flash.

use super::ObjectWriter;
use crate::codegen::buffer::{Reloc, RelocKind};
use crate::codegen::emit::symbols;
use crate::ir::{Const, Inst, Module};
use pyaot_abi::{layout, sym};

/// Bytes of one static object under construction, with its relocations.
struct Data {
    word: u32,
    bytes: Vec<u8>,
    relocs: Vec<Reloc>,
}

impl Data {
    fn new(word: u32) -> Self {
        Data {
            word,
            bytes: Vec::new(),
            relocs: Vec::new(),
        }
    }

    fn word(&mut self, v: u64) {
        let b = v.to_le_bytes();
        self.bytes.extend_from_slice(&b[..self.word as usize]);
    }

    /// A word holding the address of `symbol` (ARM's REL addend, 0, is in the bytes).
    fn addr(&mut self, symbol: &str) {
        self.relocs.push(Reloc {
            offset: self.bytes.len() as u32,
            kind: RelocKind::AbsWord,
            symbol: symbol.to_string(),
            addend: 0,
        });
        self.word(0);
    }

    fn pad_to(&mut self, align: usize) {
        while !self.bytes.len().is_multiple_of(align) {
            self.bytes.push(0);
        }
    }

    fn add_to(self, w: &mut ObjectWriter, name: &str) {
        w.add_data(name, &self.bytes, self.relocs, 8);
    }
}

fn str_object(word: u32, s: &str) -> Data {
    let mut d = Data::new(word);
    d.addr(sym::TYPE_STR);
    d.word(pyaot_abi::str_hash(s.as_bytes(), word * 8));
    d.word(s.chars().count() as u64);
    d.word(s.len() as u64);
    debug_assert_eq!(d.bytes.len() as u32, layout::str_data(word));
    d.bytes.extend_from_slice(s.as_bytes());
    d.bytes.push(0);
    d.pad_to(word as usize);
    d
}

/// Appends `v` as unsigned LEB128.
fn uleb(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A function's position table (`layout::info_positions`) for the position ids its
/// error paths report, in index order.
fn position_table(m: &Module, positions: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    let marker = |out: &mut Vec<u8>, m: Option<crate::ir::position::Marker>| match m {
        None => out.push(0),
        Some(k) => {
            for v in [k.spaces + 1, k.tildes_before, k.carets, k.tildes_after] {
                uleb(out, v);
            }
        }
    };
    for &p in positions {
        let at = m.pos_located(p);
        uleb(&mut out, at.line << 1 | at.lookup.is_some() as u32);
        marker(&mut out, at.marker);
        if let Some(lookup) = at.lookup {
            marker(&mut out, lookup);
        }
    }
    out
}

/// Adds every static object of `m` and its globals array to the object;
/// Adds the position table `positions` as `symbol` to `info`, or 0 when empty.
fn add_position_table(
    w: &mut ObjectWriter,
    m: &Module,
    info: &mut Data,
    symbol: &str,
    positions: &[u32],
) {
    if positions.is_empty() {
        info.word(0);
        return;
    }
    // Byte-aligned: read a byte at a time, and flash is scarce.
    w.add_data(symbol, &position_table(m, positions), Vec::new(), 1);
    info.addr(symbol);
}

/// The FuncInfos of the frames inlined into `f` (comprehensions, class bodies): what
/// tracebacks print for them, with their position tables. Their names and their (empty)
/// parameter tuple are shared by the module's frames: flash is scarce on a board.
fn add_inline_frames(
    w: &mut ObjectWriter,
    m: &Module,
    f: &crate::ir::Function,
    word: u32,
    syms: (&str, &str, &str),
    tables: &[Vec<u32>],
    shared: &mut std::collections::HashMap<String, String>,
) {
    let (file_sym, source_sym, module_name_sym) = syms;
    let mut shared_str = |w: &mut ObjectWriter, s: &str, make: &dyn Fn() -> Data| {
        let n = shared.len();
        shared
            .entry(s.to_string())
            .or_insert_with(|| {
                let symbol = format!("pyaot.{}.frame_names.{n}", m.name);
                make().add_to(w, &symbol);
                symbol
            })
            .clone()
    };
    for (k, frame) in f.frames.iter().enumerate() {
        let info_sym = f.frame_info_symbol(k as u32);
        let name_sym = shared_str(w, &frame.name, &|| str_object(word, &frame.name));
        // Keyed by a string no frame name can be (names are identifiers or `<...>`).
        let params_sym = shared_str(w, "()", &|| {
            let mut params = Data::new(word);
            params.addr(sym::TYPE_TUPLE);
            params.word(0);
            params
        });
        let mut info = Data::new(word);
        info.addr(&name_sym);
        info.addr(file_sym);
        info.addr(source_sym);
        info.addr(&params_sym);
        for _ in 0..4 {
            // No parameters, no flags.
            info.word(0);
        }
        info.addr(&name_sym);
        info.word(frame.line as u64);
        info.addr(module_name_sym);
        info.addr(sym::NONE);
        let table = tables.get(k).map_or(&[][..], |t| &t[..]);
        add_position_table(w, m, &mut info, &format!("{info_sym}.positions"), table);
        debug_assert_eq!(info.bytes.len() as u32, layout::info_size(word));
        info.add_to(w, &info_sym);
    }
}

/// Adds every static object of `m` and its globals array to the object;
/// `positions[i]` is the position table of function `i` and those of its inlined
/// frames (`codegen::Code::positions`, `frame_positions`).
pub fn add_module_statics(
    w: &mut ObjectWriter,
    m: &Module,
    word: u32,
    positions: &[(Vec<u32>, Vec<Vec<u32>>)],
) {
    for (i, s) in m.strings.iter().enumerate() {
        str_object(word, s).add_to(w, &symbols::str_const(&m.name, i as u32));
    }
    for (i, f) in m.floats.iter().enumerate() {
        let mut d = Data::new(word);
        d.addr(sym::TYPE_FLOAT);
        d.pad_to(layout::float_value(word) as usize);
        d.bytes.extend_from_slice(&f.to_le_bytes());
        d.add_to(w, &symbols::float_const(&m.name, i as u32));
    }
    for (i, b) in m.bytes.iter().enumerate() {
        let mut d = Data::new(word);
        d.addr(sym::TYPE_BYTES);
        d.word(pyaot_abi::bytes_hash(b, word * 8));
        d.word(b.len() as u64);
        debug_assert_eq!(d.bytes.len() as u32, layout::bytes_data(word));
        d.bytes.extend_from_slice(b);
        d.pad_to(word as usize);
        d.add_to(w, &symbols::bytes_const(&m.name, i as u32));
    }
    for (i, words) in m.bigints.iter().enumerate() {
        let mut d = Data::new(word);
        d.addr(sym::TYPE_INT);
        for &limb in words {
            d.word(limb);
        }
        d.add_to(w, &symbols::bigint_const(&m.name, i as u32));
    }
    let file_sym = format!("pyaot.{}.file", m.name);
    str_object(word, &m.path).add_to(w, &file_sym);
    let source_sym = format!("pyaot.{}.source", m.name);
    str_object(word, &m.source).add_to(w, &source_sym);
    let module_name_sym = format!("pyaot.{}.modname", m.name);
    str_object(word, &m.name).add_to(w, &module_name_sym);
    let mut shared_frame_data = std::collections::HashMap::new();
    for (i, f) in m.functions.iter().enumerate() {
        let name_sym = format!("{}.name", f.info_symbol);
        str_object(word, &f.name).add_to(w, &name_sym);
        let qualname_sym = format!("{}.qualname", f.info_symbol);
        str_object(word, &f.qualname).add_to(w, &qualname_sym);
        // The parameter names, as a static tuple of static strs.
        let params_sym = format!("{}.params", f.info_symbol);
        let mut params = Data::new(word);
        params.addr(sym::TYPE_TUPLE);
        params.word(f.params.len() as u64);
        for (k, p) in f.params.iter().enumerate() {
            let p_sym = format!("{params_sym}.{k}");
            str_object(word, p).add_to(w, &p_sym);
            params.addr(&p_sym);
        }
        params.add_to(w, &params_sym);
        let mut info = Data::new(word);
        info.addr(&name_sym);
        info.addr(&file_sym);
        info.addr(&source_sym);
        info.addr(&params_sym);
        info.word(f.nargs as u64);
        info.word(f.nposonly as u64);
        info.word(f.nkwonly as u64);
        info.word(f.flags as u64);
        info.addr(&qualname_sym);
        info.word(f.line as u64);
        info.addr(&module_name_sym);
        match &f.doc {
            Some(doc) => {
                let doc_sym = format!("{}.doc", f.info_symbol);
                str_object(word, doc).add_to(w, &doc_sym);
                info.addr(&doc_sym);
            }
            None => info.addr(sym::NONE),
        }
        let (table, frame_tables) = match positions.get(i) {
            Some((t, f)) => (&t[..], &f[..]),
            None => (&[][..], &[][..]),
        };
        let table_sym = format!("{}.positions", f.info_symbol);
        add_position_table(w, m, &mut info, &table_sym, table);
        let syms = (&file_sym[..], &source_sym[..], &module_name_sym[..]);
        add_inline_frames(w, m, f, word, syms, frame_tables, &mut shared_frame_data);
        debug_assert_eq!(info.bytes.len() as u32, layout::info_size(word));
        info.add_to(w, &f.info_symbol);
        if let Some(obj) = &f.object_symbol {
            // Defaults and closure come with `pyaot_make_function` at def time.
            let mut d = Data::new(word);
            d.addr(sym::TYPE_FUNCTION);
            d.addr(&f.info_symbol);
            d.word(f.nslots as u64);
            d.addr(&f.symbol);
            d.word(0);
            d.word(0);
            d.word(0);
            debug_assert_eq!(d.bytes.len() as u32, layout::function_size(word));
            d.add_to(w, obj);
        }
    }
    // Builtins used as values get a builtin function object each.
    let mut used: Vec<u32> = m
        .functions
        .iter()
        .flat_map(|f| f.blocks.iter().flat_map(|b| b.insts.iter()))
        .filter_map(|i| match i {
            Inst::Const {
                value: Const::Builtin(b),
                ..
            } => Some(*b),
            _ => None,
        })
        .collect();
    used.sort_unstable();
    used.dedup();
    for b in used {
        let (name, entry) = pyaot_abi::BUILTINS[b as usize];
        let obj_sym = symbols::builtin(&m.name, b);
        let name_sym = format!("{obj_sym}.name");
        str_object(word, name).add_to(w, &name_sym);
        let mut d = Data::new(word);
        d.addr(sym::TYPE_BUILTIN);
        d.addr(&name_sym);
        d.addr(entry);
        debug_assert_eq!(d.bytes.len() as u32, layout::builtin_size(word));
        d.add_to(w, &obj_sym);
    }
    w.add_bss(
        &m.globals_symbol,
        m.globals.len() as u64 * word as u64,
        word as u64,
    );
    // `__main__` is never imported; it needs a descriptor only when its own code
    // asks for its namespace (`globals()`, `dir()`).
    if m.name != "__main__" || m.module_refs.iter().any(|r| r == "__main__") {
        add_module_descriptor(w, m, word, &file_sym);
    }
}

/// The descriptor `import` hands the runtime (`layout::module_desc_size`): what it
/// needs to run the module once and to make its module object, whose attributes are
/// the globals array's slots by name.
fn add_module_descriptor(w: &mut ObjectWriter, m: &Module, word: u32, file_sym: &str) {
    let desc_sym = desc_symbol(&m.name);
    let name_sym = format!("{desc_sym}.name");
    str_object(word, &m.name).add_to(w, &name_sym);
    let names_sym = format!("{desc_sym}.names");
    let mut names = Data::new(word);
    names.addr(sym::TYPE_TUPLE);
    names.word(m.globals.len() as u64);
    for (k, g) in m.globals.iter().enumerate() {
        let g_sym = format!("{names_sym}.{k}");
        str_object(word, g).add_to(w, &g_sym);
        names.addr(&g_sym);
    }
    names.add_to(w, &names_sym);
    let state_sym = format!("{desc_sym}.state");
    w.add_bss(&state_sym, 2 * word as u64, word as u64);
    let mut d = Data::new(word);
    d.addr(&name_sym);
    d.addr(file_sym);
    d.addr(&m.functions[0].symbol);
    d.addr(&m.globals_symbol);
    d.addr(&names_sym);
    d.addr(&state_sym);
    match m.name.rsplit_once('.') {
        Some((parent, _)) => d.addr(&desc_symbol(parent)),
        None => d.word(0),
    }
    d.word(m.is_package as u64);
    debug_assert_eq!(d.bytes.len() as u32, layout::module_desc_size(word));
    d.add_to(w, &desc_sym);
}

fn desc_symbol(module: &str) -> String {
    let mut s = String::new();
    pyaot_abi::module_desc_symbol(module, &mut s).expect("formatting a symbol");
    s
}
