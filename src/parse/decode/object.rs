//! ELF relocatable objects (`gcc -c`, `clang -c`, `rustc --emit=obj`; x86-64 and aarch64),
//! read with the `object` crate and written out as the listing that `objdump -d -r -s`
//! would print for them. That listing is the object's source text: the listing reader
//! (`mod.rs`) decodes its bytes column as it does for any listing, diagnostics quote its
//! lines and raw `BYTE`/`WORD` lines comment with them. Only addresses, bytes, symbols and
//! relocations are written, and the reader reads only those back; the instruction column
//! (yaxpeax's text) is for people.
//!
//! - Every `.text*` section is laid out after the previous one (at its alignment), so a
//!   relocation against a section symbol reads `.text+offset` as in a one-section listing,
//!   and the function symbols inside it are the `<name>:` headers.
//! - `.rodata*`, `.data*` and `.bss*` sections are `Contents of section` blocks, one data
//!   object each (the same [`crate::ir::DataObject`]s the text parsers make), with their
//!   alignment and whether they are writable, and the relocations inside them.
//! - A relocation against a symbol defined in a data section is written against that
//!   section (`.rodata.cst8+0x8`), as for a section symbol; against a function, the
//!   function's name; an undefined symbol keeps its name.
//!
//! A file that is not a well-formed relocatable ELF object of a supported machine is an
//! [`ObjectError`] with the byte offset where the reading failed.

use super::arm64_tables;
use crate::ir::Arch;
use object::elf;
use object::read::elf::{ElfFile64, FileHeader, SectionHeader};
use object::{
    Endianness, Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget,
    SectionIndex, SymbolKind, SymbolSection,
};
use std::collections::HashMap;
use std::fmt::Write;

/// Whether `bytes` start like an ELF file.
pub fn is_elf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x7fELF")
}

/// Why an object file cannot be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectError {
    /// Byte offset in the file.
    pub offset: u64,
    pub message: String,
}

impl ObjectError {
    fn at(offset: u64, message: impl Into<String>) -> ObjectError {
        ObjectError {
            offset,
            message: message.into(),
        }
    }

    /// `error: FILE: byte offset N (0x..): message`.
    pub fn render(&self, file: &str) -> String {
        format!(
            "error: {file}: byte offset {} ({:#x}): {}\n  = expected: a relocatable ELF object \
             (x86-64 or aarch64) as `cc -c` writes it\n",
            self.offset, self.offset, self.message
        )
    }
}

/// The relocation types the decoders know, by ELF number (others print as `R_X86_64_#n`
/// and are refused there, naming the number).
const X86_64_RELOCS: &[(u32, &str)] = &[
    (elf::R_X86_64_64, "R_X86_64_64"),
    (elf::R_X86_64_PC32, "R_X86_64_PC32"),
    (elf::R_X86_64_PLT32, "R_X86_64_PLT32"),
    (elf::R_X86_64_32, "R_X86_64_32"),
    (elf::R_X86_64_32S, "R_X86_64_32S"),
    (elf::R_X86_64_PC64, "R_X86_64_PC64"),
    (elf::R_X86_64_GOTPCREL, "R_X86_64_GOTPCREL"),
    (elf::R_X86_64_GOTPCRELX, "R_X86_64_GOTPCRELX"),
    (elf::R_X86_64_REX_GOTPCRELX, "R_X86_64_REX_GOTPCRELX"),
    (elf::R_X86_64_TPOFF32, "R_X86_64_TPOFF32"),
    (elf::R_X86_64_GOTTPOFF, "R_X86_64_GOTTPOFF"),
    (elf::R_X86_64_TLSGD, "R_X86_64_TLSGD"),
];

const AARCH64_RELOCS: &[(u32, &str)] = &[
    (elf::R_AARCH64_ABS64, "R_AARCH64_ABS64"),
    (elf::R_AARCH64_ABS32, "R_AARCH64_ABS32"),
    (elf::R_AARCH64_PREL64, "R_AARCH64_PREL64"),
    (elf::R_AARCH64_PREL32, "R_AARCH64_PREL32"),
    (elf::R_AARCH64_CALL26, "R_AARCH64_CALL26"),
    (elf::R_AARCH64_JUMP26, "R_AARCH64_JUMP26"),
    (elf::R_AARCH64_CONDBR19, "R_AARCH64_CONDBR19"),
    (elf::R_AARCH64_TSTBR14, "R_AARCH64_TSTBR14"),
    (elf::R_AARCH64_LD_PREL_LO19, "R_AARCH64_LD_PREL_LO19"),
    (elf::R_AARCH64_ADR_PREL_LO21, "R_AARCH64_ADR_PREL_LO21"),
    (
        elf::R_AARCH64_ADR_PREL_PG_HI21,
        "R_AARCH64_ADR_PREL_PG_HI21",
    ),
    (
        elf::R_AARCH64_ADR_PREL_PG_HI21_NC,
        "R_AARCH64_ADR_PREL_PG_HI21_NC",
    ),
    (elf::R_AARCH64_ADD_ABS_LO12_NC, "R_AARCH64_ADD_ABS_LO12_NC"),
    (
        elf::R_AARCH64_LDST8_ABS_LO12_NC,
        "R_AARCH64_LDST8_ABS_LO12_NC",
    ),
    (
        elf::R_AARCH64_LDST16_ABS_LO12_NC,
        "R_AARCH64_LDST16_ABS_LO12_NC",
    ),
    (
        elf::R_AARCH64_LDST32_ABS_LO12_NC,
        "R_AARCH64_LDST32_ABS_LO12_NC",
    ),
    (
        elf::R_AARCH64_LDST64_ABS_LO12_NC,
        "R_AARCH64_LDST64_ABS_LO12_NC",
    ),
    (
        elf::R_AARCH64_LDST128_ABS_LO12_NC,
        "R_AARCH64_LDST128_ABS_LO12_NC",
    ),
    (elf::R_AARCH64_ADR_GOT_PAGE, "R_AARCH64_ADR_GOT_PAGE"),
    (
        elf::R_AARCH64_LD64_GOT_LO12_NC,
        "R_AARCH64_LD64_GOT_LO12_NC",
    ),
];

/// An object file as a listing: its architecture and the text.
pub struct Listing {
    pub arch: Arch,
    pub text: String,
}

/// How a section of the object is written.
enum Part {
    /// Code at this listing address.
    Code(u64),
    /// A data section: its data objects, as (start offset, unique name), by start. One for
    /// the whole section unless it holds jump tables ([`split_tables`]).
    Data(Vec<(u64, String)>),
}

/// Reads an ELF relocatable object and writes it as a listing.
pub fn listing(bytes: &[u8]) -> Result<Listing, ObjectError> {
    check_layout(bytes)?;
    let file =
        ElfFile64::<Endianness>::parse(bytes).map_err(|e| ObjectError::at(0, e.to_string()))?;
    let header = file.elf_header();
    let endian = file.endian();
    if header.e_type(endian) != elf::ET_REL {
        return Err(ObjectError::at(
            16,
            "not a relocatable object (e_type is not ET_REL): executables and shared \
             libraries have no relocations to name their symbols",
        ));
    }
    let (arch, reloc_names, prefix) = match header.e_machine(endian) {
        elf::EM_X86_64 => (Arch::Amd64, X86_64_RELOCS, "R_X86_64_"),
        elf::EM_AARCH64 => (Arch::Arm64, AARCH64_RELOCS, "R_AARCH64_"),
        other => {
            return Err(ObjectError::at(
                18,
                format!("machine {other} is neither x86-64 (62) nor aarch64 (183)"),
            ))
        }
    };
    let reloc_name = |r: u32| {
        reloc_names
            .iter()
            .find(|(n, _)| *n == r)
            .map_or(format!("{prefix}#{r}"), |(_, name)| name.to_string())
    };

    // Lay out the sections: code after code, data objects by (unique) section name.
    let mut parts: HashMap<SectionIndex, Part> = HashMap::new();
    let mut text_end = 0u64;
    let mut names_used: HashMap<String, usize> = HashMap::new();
    for section in file.sections() {
        let name = section
            .name()
            .map_err(|e| section_error(&file, section.index(), e))?;
        if is_code(name) {
            let align = section.align().max(1);
            let base = text_end.div_ceil(align) * align;
            text_end = base + section.size();
            parts.insert(section.index(), Part::Code(base));
        } else if super::is_data(name) {
            let n = names_used.entry(name.to_string()).or_default();
            *n += 1;
            let unique = if *n == 1 {
                name.to_string()
            } else {
                format!("{name}.{}", *n - 1)
            };
            parts.insert(section.index(), Part::Data(vec![(0, unique)]));
        }
    }

    // Functions: the defined symbols of code sections, by listing address.
    let mut functions: Vec<(u64, String)> = Vec::new();
    for symbol in file.symbols() {
        let SymbolSection::Section(index) = symbol.section() else {
            continue;
        };
        let Some(Part::Code(base)) = parts.get(&index) else {
            continue;
        };
        if !matches!(symbol.kind(), SymbolKind::Text) {
            continue;
        }
        let name = symbol
            .name()
            .map_err(|e| ObjectError::at(0, e.to_string()))?;
        if name.is_empty() {
            continue;
        }
        functions.push((base + symbol.address(), name.to_string()));
    }
    // One name per address: a global one before a local alias, then the first by name.
    functions.sort();
    functions.dedup_by_key(|(addr, _)| *addr);
    let function_at: HashMap<u64, &str> = functions.iter().map(|(a, n)| (*a, n.as_str())).collect();

    split_tables(&file, arch, &mut parts)?;
    let folded = match arch {
        Arch::Arm64 => folded_tables(&file, &mut parts, &functions)?,
        Arch::Amd64 => Vec::new(),
    };
    let pieces_of: HashMap<String, Vec<(u64, String)>> = parts
        .values()
        .filter_map(|p| match p {
            Part::Data(pieces) if pieces.len() > 1 => Some((pieces[0].1.clone(), pieces.clone())),
            _ => None,
        })
        .collect();

    // A relocation's target as the listing writes it: `symbol`, and the addend to add.
    let target = |t: RelocationTarget| -> Result<(String, i64), String> {
        let RelocationTarget::Symbol(index) = t else {
            return Err("a relocation without a symbol".to_string());
        };
        let symbol = file
            .symbol_by_index(index)
            .map_err(|e| format!("symbol {}: {e}", index.0))?;
        match symbol.section() {
            SymbolSection::Section(s) => match parts.get(&s) {
                Some(Part::Code(base)) => {
                    let addr = base + symbol.address();
                    match function_at.get(&addr) {
                        Some(name) if symbol.kind() != SymbolKind::Section => {
                            Ok((name.to_string(), 0))
                        }
                        _ => Ok((".text".to_string(), addr as i64)),
                    }
                }
                Some(Part::Data(pieces)) => Ok((pieces[0].1.clone(), symbol.address() as i64)),
                None => {
                    let section = file
                        .section_by_index(s)
                        .ok()
                        .and_then(|s| s.name().ok().map(str::to_string))
                        .unwrap_or_default();
                    Err(format!(
                        "a relocation names `{}` in section `{section}`, which is neither code \
                         (.text*) nor data (.rodata*, .data*, .bss*)",
                        symbol.name().unwrap_or("?")
                    ))
                }
            },
            _ => Ok((
                symbol
                    .name()
                    .map_err(|e| format!("symbol {}: {e}", index.0))?
                    .to_string(),
                0,
            )),
        }
    };
    let relocation_lines = |section: &object::read::elf::ElfSection64<Endianness>,
                            base: u64,
                            out: &mut Vec<(u64, String)>|
     -> Result<(), ObjectError> {
        for (offset, r) in section.relocations() {
            let RelocationFlags::Elf { r_type } = r.flags() else {
                continue;
            };
            let (mut symbol, extra) =
                target(r.target()).map_err(|m| ObjectError::at(section_file_offset(section), m))?;
            let mut addend = r.addend() + extra;
            // Into a split data section: the piece holding the address referred to.
            if let Some(pieces) = pieces_of.get(symbol.as_str()) {
                let at = addend + reference_bias(arch, r_type, base != NO_CODE);
                if let Some((start, name)) = pieces.iter().rev().find(|(s, _)| *s as i64 <= at) {
                    symbol = name.clone();
                    addend -= *start as i64;
                }
            }
            let value = match addend {
                0 => symbol,
                a if a < 0 => format!("{symbol}-{:#x}", a.unsigned_abs()),
                a => format!("{symbol}+{a:#x}"),
            };
            let at = if base == NO_CODE {
                offset
            } else {
                base + offset
            };
            out.push((
                at,
                format!("\t\t\t{at:x}: {}\t{value}\n", reloc_name(r_type)),
            ));
        }
        Ok(())
    };

    let mut text = format!(
        "\nobject:     file format elf64-{}\n\n",
        match arch {
            Arch::Amd64 => "x86-64",
            Arch::Arm64 => "littleaarch64",
        }
    );
    // Code, section by section: a header per function, a line per instruction.
    for section in file.sections() {
        let Some(Part::Code(base)) = parts.get(&section.index()) else {
            continue;
        };
        let data = section
            .data()
            .map_err(|e| ObjectError::at(section_file_offset(&section), e.to_string()))?;
        let mut relocs = Vec::new();
        relocation_lines(&section, *base, &mut relocs)?;
        let _ = writeln!(
            text,
            "Disassembly of section {}:\n",
            section.name().unwrap_or("?")
        );
        let end = base + data.len() as u64;
        let mut at = 0usize;
        let mut relocs = relocs.into_iter().peekable();
        while at < data.len() {
            let addr = base + at as u64;
            if let Some(name) = function_at.get(&addr) {
                let _ = writeln!(text, "\n{addr:016x} <{name}>:");
            } else if at == 0 {
                let _ = writeln!(text, "\n{addr:016x} <{}>:", section.name().unwrap_or("?"));
            }
            let next_function = functions
                .iter()
                .map(|(a, _)| *a)
                .find(|a| *a > addr && *a < end)
                .unwrap_or(end);
            let rest = &data[at..(next_function - base) as usize];
            let (len, shown) = match arch {
                Arch::Amd64 => super::x86::disassemble(rest),
                Arch::Arm64 => super::arm64::disassemble(rest),
            };
            let _ = write!(text, "{addr:8x}:\t");
            for b in &rest[..len] {
                let _ = write!(text, "{b:02x} ");
            }
            let _ = writeln!(text, "\t{shown}");
            while let Some((_, line)) = relocs.next_if(|(r, _)| *r < addr + len as u64) {
                text.push_str(&line);
            }
            at += len;
        }
        text.push('\n');
    }
    // Data: `objdump -s` rows, then the relocations inside.
    for section in file.sections() {
        let Some(Part::Data(pieces)) = parts.get(&section.index()) else {
            continue;
        };
        let zeroed;
        let data = if section.kind() == object::SectionKind::UninitializedData {
            zeroed = vec![0u8; section.size() as usize];
            &zeroed[..]
        } else {
            section
                .data()
                .map_err(|e| ObjectError::at(section_file_offset(&section), e.to_string()))?
        };
        let writable =
            section.elf_section_header().sh_flags(endian) & u64::from(elf::SHF_WRITE) != 0;
        let mut relocs = Vec::new();
        relocation_lines(&section, NO_CODE, &mut relocs)?;
        for table in folded.iter().filter(|t| t.section == section.index()) {
            for (k, to) in table.entries.iter().enumerate() {
                let at = table.start + (k * table.width) as u64;
                relocs.push((
                    at,
                    format!(
                        "\t\t\t{at:x}: {}\t.text+{to:#x}-.text+{:#x}\n",
                        super::table_entry_kind(table.width),
                        table.base
                    ),
                ));
            }
        }
        relocs.sort_by_key(|r| r.0);
        // Each piece its own block, its relocations at offsets from its start.
        for (i, (start, name)) in pieces.iter().enumerate() {
            let end = pieces.get(i + 1).map_or(data.len() as u64, |p| p.0);
            let _ = writeln!(
                text,
                "Contents of section {name}:  (align {}, {})",
                if *start == 0 {
                    section.align().max(1)
                } else {
                    4
                },
                if writable { "writable" } else { "read-only" }
            );
            for (row, chunk) in data[*start as usize..end as usize].chunks(16).enumerate() {
                let _ = write!(text, " {:04x}", row * 16);
                for word in chunk.chunks(4) {
                    text.push(' ');
                    for b in word {
                        let _ = write!(text, "{b:02x}");
                    }
                }
                text.push('\n');
            }
            for (at, line) in relocs.iter().filter(|(at, _)| (*start..end).contains(at)) {
                // `relocation_lines` wrote the offset in the section: make it the piece's.
                let (_, rest) = line.split_once(": ").expect("a relocation line");
                let _ = write!(text, "\t\t\t{:x}: {rest}", at - start);
            }
            text.push('\n');
        }
    }
    Ok(Listing { arch, text })
}

/// The `base` [`listing`] gives the relocations of a data section (code sections' are
/// listing addresses).
const NO_CODE: u64 = u64::MAX;

/// What lies between a code relocation's field and the address it refers to: x86-64's
/// PC-relative fields count from the end of the instruction, 4 bytes on in the usual case
/// (`lea .L3(%rip), %rax`); only used to choose a split section's piece.
fn reference_bias(arch: Arch, r_type: u32, in_code: bool) -> i64 {
    let pc32 = r_type == elf::R_X86_64_PC32 || r_type == elf::R_X86_64_PLT32;
    if in_code && arch == Arch::Amd64 && pc32 {
        4
    } else {
        0
    }
}

/// Splits the data sections that hold jump tables (PC-relative entries naming code: gcc's
/// `.long .L4-.L3` in PIE code) into pieces, each table one data object, as in the
/// compiler's assembly: a table starts at the last place code refers to at or before its
/// first entry, and ends after its last entry. The jump-table lowering (`map`) then finds
/// `label - table` entries. Other sections stay whole (code may index across what looks
/// like objects: section anchors).
fn split_tables(
    file: &ElfFile64<Endianness>,
    arch: Arch,
    parts: &mut HashMap<SectionIndex, Part>,
) -> Result<(), ObjectError> {
    let relative = [elf::R_X86_64_PC32, elf::R_AARCH64_PREL32];
    // Places code refers to, per data section.
    let mut referenced: HashMap<SectionIndex, Vec<i64>> = HashMap::new();
    // Entries naming code, per data section.
    let mut entries: HashMap<SectionIndex, Vec<u64>> = HashMap::new();
    for (holder, offset, r_type, s, place) in section_relocations(file) {
        let in_code = matches!(parts.get(&holder), Some(Part::Code(_)));
        let in_data = matches!(parts.get(&holder), Some(Part::Data(_)));
        match parts.get(&s) {
            Some(Part::Data(_)) if in_code => referenced
                .entry(s)
                .or_default()
                .push(place + reference_bias(arch, r_type, true)),
            Some(Part::Code(_)) if in_data && relative.contains(&r_type) => {
                entries.entry(holder).or_default().push(offset)
            }
            _ => {}
        }
    }
    for (index, mut at) in entries {
        let Some(Part::Data(pieces)) = parts.get_mut(&index) else {
            continue;
        };
        let mut starts = referenced.remove(&index).unwrap_or_default();
        starts.sort_unstable();
        at.sort_unstable();
        let name = pieces[0].1.clone();
        let size = file.section_by_index(index).map_or(0, |s| s.size());
        let mut cuts: Vec<u64> = Vec::new();
        for (i, entry) in at.iter().enumerate() {
            let Some(&start) = starts
                .iter()
                .rev()
                .find(|s| **s >= 0 && **s as u64 <= *entry)
            else {
                continue;
            };
            cuts.push(start as u64);
            // The end of a run of entries: the next one does not follow.
            if at.get(i + 1) != Some(&(entry + 4)) {
                cuts.push(entry + 4);
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        pieces.extend(
            cuts.into_iter()
                .filter(|c| *c > 0 && *c < size)
                .map(|c| (c, format!("{name}..{c:x}"))),
        );
        pieces.sort();
        pieces.dedup_by_key(|p| p.0);
    }
    Ok(())
}

/// The arm64 jump tables whose entries the assembler folded into plain bytes
/// ([`super::arm64_tables`]), each made a data object of its own (cut where it starts and
/// where it ends).
fn folded_tables(
    file: &ElfFile64<Endianness>,
    parts: &mut HashMap<SectionIndex, Part>,
    functions: &[(u64, String)],
) -> Result<Vec<arm64_tables::Table<SectionIndex>>, ObjectError> {
    let mut code = Vec::new();
    let mut lo12 = HashMap::new();
    let mut data: HashMap<SectionIndex, arm64_tables::Data> = HashMap::new();
    let mut ends = Vec::new();
    for section in file.sections() {
        let bytes = section
            .data()
            .map_err(|e| ObjectError::at(section_file_offset(&section), e.to_string()))?;
        match parts.get(&section.index()) {
            // Empty ones (`.text` beside `-ffunction-sections` parts) share their base.
            Some(Part::Code(base)) if !bytes.is_empty() => {
                code.push(arm64_tables::Code { base: *base, bytes });
                ends.push((*base, *base + bytes.len() as u64));
            }
            Some(Part::Data(pieces))
                if section.kind() != object::SectionKind::UninitializedData =>
            {
                data.insert(
                    section.index(),
                    arm64_tables::Data {
                        bytes,
                        named: pieces.iter().map(|p| p.0).collect(),
                    },
                );
            }
            _ => {}
        }
    }
    for symbol in file.symbols() {
        if let (SymbolSection::Section(s), false) =
            (symbol.section(), symbol.kind() == SymbolKind::Section)
        {
            if let Some(d) = data.get_mut(&s) {
                d.named.push(symbol.address());
            }
        }
    }
    for (holder, offset, r_type, s, place) in section_relocations(file) {
        let place = place as u64;
        if let Some(d) = data.get_mut(&s) {
            d.named.push(place);
            if let (Some(Part::Code(base)), elf::R_AARCH64_ADD_ABS_LO12_NC) =
                (parts.get(&holder), r_type)
            {
                lo12.insert(base + offset, (s, place));
            }
        }
    }
    // The function holding an address, a `.cold` part counted as its function's (`heads`:
    // each function's head, found once; code sections are laid out in increasing order).
    let mut address_of: HashMap<&str, u64> = HashMap::new();
    for (a, n) in functions {
        address_of.entry(n.as_str()).or_insert(*a);
    }
    let heads: Vec<Option<u64>> = functions
        .iter()
        .map(|(_, name)| {
            address_of
                .get(crate::parse::module::cold_base(name).unwrap_or(name))
                .copied()
        })
        .collect();
    let function_of = |addr: u64| {
        let &(section_base, end) =
            ends.get(ends.partition_point(|(b, _)| *b <= addr).checked_sub(1)?)?;
        let i = functions
            .partition_point(|(a, _)| *a <= addr)
            .checked_sub(1)?;
        (addr < end && functions[i].0 >= section_base)
            .then_some(heads[i])
            .flatten()
    };
    let tables = arm64_tables::find(&code, &lo12, &data, &function_of);
    for t in &tables {
        let Some(Part::Data(pieces)) = parts.get_mut(&t.section) else {
            continue;
        };
        let name = pieces[0].1.clone();
        let end = t.start + (t.entries.len() * t.width) as u64;
        let size = data[&t.section].bytes.len() as u64;
        for cut in [Some(t.start), (end < size).then_some(end)]
            .into_iter()
            .flatten()
            .filter(|c| *c > 0)
        {
            pieces.push((cut, format!("{name}..{cut:x}")));
        }
        pieces.sort();
        pieces.dedup_by_key(|p| p.0);
    }
    Ok(tables)
}

/// Every relocation against a symbol defined in a section: (the section holding the field,
/// the field's offset in it, the ELF type, the symbol's section, symbol address + addend).
fn section_relocations<'a>(
    file: &'a ElfFile64<Endianness>,
) -> impl Iterator<Item = (SectionIndex, u64, u32, SectionIndex, i64)> + 'a {
    file.sections().flat_map(move |section| {
        let holder = section.index();
        section.relocations().filter_map(move |(offset, r)| {
            let (RelocationFlags::Elf { r_type }, RelocationTarget::Symbol(i)) =
                (r.flags(), r.target())
            else {
                return None;
            };
            let symbol = file.symbol_by_index(i).ok()?;
            let SymbolSection::Section(s) = symbol.section() else {
                return None;
            };
            Some((
                holder,
                offset,
                r_type,
                s,
                symbol.address() as i64 + r.addend(),
            ))
        })
    })
}

fn is_code(name: &str) -> bool {
    name == ".text" || name.starts_with(".text.")
}

fn section_file_offset(section: &object::read::elf::ElfSection64<Endianness>) -> u64 {
    section.file_range().map_or(0, |(offset, _)| offset)
}

fn section_error(
    file: &ElfFile64<Endianness>,
    index: SectionIndex,
    e: object::Error,
) -> ObjectError {
    let header = file.elf_header();
    let endian = file.endian();
    let at = header.e_shoff(endian) + index.0 as u64 * u64::from(header.e_shentsize(endian));
    ObjectError::at(at, format!("section {}: {e}", index.0))
}

/// The checks that find where a truncated or corrupt file goes wrong, before the `object`
/// crate (whose errors do not say where) reads it.
fn check_layout(bytes: &[u8]) -> Result<(), ObjectError> {
    let len = bytes.len() as u64;
    if !is_elf(bytes) {
        return Err(ObjectError::at(0, "no ELF magic (7f 45 4c 46)"));
    }
    if bytes.len() < 64 {
        return Err(ObjectError::at(
            len,
            format!("the file ends after {len} bytes, inside the 64-byte ELF header"),
        ));
    }
    if bytes[4] != elf::ELFCLASS64 || bytes[5] != elf::ELFDATA2LSB {
        return Err(ObjectError::at(
            4,
            "not a 64-bit little-endian ELF file (x86-64 and aarch64 objects are)",
        ));
    }
    let header = elf::FileHeader64::<Endianness>::parse(bytes)
        .map_err(|e| ObjectError::at(0, e.to_string()))?;
    let endian = Endianness::Little;
    let shoff = header.e_shoff(endian);
    let entsize = u64::from(header.e_shentsize(endian));
    let count = u64::from(header.e_shnum(endian));
    if count > 0 && entsize != 64 {
        return Err(ObjectError::at(
            58,
            format!("section header size {entsize}, not 64"),
        ));
    }
    if shoff.checked_add(count * 64).map_or(true, |end| end > len) {
        return Err(ObjectError::at(
            shoff.min(len),
            format!(
                "the section header table ({count} headers at {shoff:#x}) runs past the end \
                 of the file ({len} bytes)"
            ),
        ));
    }
    let headers = header
        .section_headers(endian, bytes)
        .map_err(|e| ObjectError::at(shoff, e.to_string()))?;
    for (i, h) in headers.iter().enumerate() {
        if h.sh_type(endian) == elf::SHT_NOBITS {
            continue;
        }
        let (offset, size) = (h.sh_offset(endian), h.sh_size(endian));
        if offset.checked_add(size).map_or(true, |end| end > len) {
            return Err(ObjectError::at(
                shoff + i as u64 * 64,
                format!(
                    "section {i}'s contents ({size} bytes at {offset:#x}) run past the end of \
                     the file ({len} bytes)"
                ),
            ));
        }
    }
    Ok(())
}
