//! Jump tables that an arm64 assembler folded into plain bytes. GCC's `.byte (.L5 - .Lrtx4)
//! / 4` and clang's `.byte (.LBB0_5 - .LBB0_2) >> 2` are differences of two labels of one
//! section, so an object file keeps only their values, with no relocation to say what they
//! are. This finds the dispatches that read such a table, by their instruction words, and
//! gives back each entry's target; the object reader then writes the entries as
//! `R_N2G_TABLE8 .text+0x94-.text+0x80` lines (the tool's own, not an ELF relocation) and
//! the map stage lowers the dispatch as it does the compiler's assembly.
//!
//! A dispatch is `br xD` with, among the few instructions before it,
//!
//! ```text
//! ldrb|ldrh|ldr|ldrsb|ldrsh wE, [xB, wI|xI{, extend}]     the entry
//! adr  xA, X                                              the base
//! add  xD, xA, wE, sxtb|uxtb|sxth|uxth|... #2             (or xE, lsl #2)
//! ```
//!
//! and `xB` set earlier in the function by an `add xB, xN, :lo12:T` (T: the table).
//!
//! The table's length is written nowhere. It is taken up to the next place of its section
//! that anything names, for as long as every entry lands on an instruction of the function:
//! a real table's entries all do and nothing names its middle, so the table found is never
//! shorter than the real one; it can only be longer (alignment padding, entries no index
//! reaches, which are the same bytes re-expressed). Nothing here is trusted further: the
//! listing reader checks each entry's value against its bytes, and the map stage proves the
//! dispatch's data flow before it lowers it, so a wrong guess ends in a located refusal.

use std::collections::HashMap;
use std::hash::Hash;

/// A code section at its listing address.
pub struct Code<'a> {
    pub base: u64,
    pub bytes: &'a [u8],
}

/// A data section: its bytes and the offsets in it that a symbol or relocation names.
pub struct Data<'a> {
    pub bytes: &'a [u8],
    pub named: Vec<u64>,
}

/// A table found: in data section `section`, `entries.len()` entries of `width` bytes from
/// `start`; entry `k` is `(entries[k] - base) >> 2`, two listing addresses of one function.
#[derive(Debug, PartialEq, Eq)]
pub struct Table<K> {
    pub section: K,
    pub start: u64,
    pub width: usize,
    pub base: u64,
    pub entries: Vec<u64>,
}

/// How far back from `br` the dispatch's instructions are looked for.
const REACH: u64 = 8 * 4;

/// The folded tables of `code` (sorted by base). `lo12`: the listing addresses of instructions whose
/// `:lo12:` relocation names a data place (section, offset); `function_of`: the function
/// (its `.cold` parts folded into it) whose code holds an address.
pub fn find<K: Copy + Eq + Hash>(
    code: &[Code],
    lo12: &HashMap<u64, (K, u64)>,
    data: &HashMap<K, Data>,
    function_of: &dyn Fn(u64) -> Option<u64>,
) -> Vec<Table<K>> {
    let word = |addr: u64| -> Option<u32> {
        let c = &code[code.partition_point(|c| c.base <= addr).checked_sub(1)?];
        let at = (addr - c.base) as usize;
        Some(u32::from_le_bytes(
            c.bytes.get(at..at + 4)?.try_into().ok()?,
        ))
    };
    let mut tables: Vec<Table<K>> = Vec::new();
    for c in code {
        for (k, w) in c.bytes.chunks_exact(4).enumerate() {
            let at = c.base + 4 * k as u64;
            let Some(d) = br(u32::from_le_bytes(w.try_into().expect("4 bytes"))) else {
                continue;
            };
            let Some(f) = function_of(at) else { continue };
            let same = |a: u64| function_of(a) == Some(f);
            let back = |from: u64| (1..=REACH / 4).map(move |k| from.wrapping_sub(4 * k));
            let Some((add_at, add)) = back(at).take_while(|a| same(*a)).find_map(|a| {
                word(a)
                    .and_then(add_entry)
                    .filter(|x| x.rd == d)
                    .map(|x| (a, x))
            }) else {
                continue;
            };
            let before_add = || back(add_at).take_while(|a| same(*a));
            let Some(x) = before_add().find_map(|a| {
                word(a)
                    .and_then(adr)
                    .filter(|(rd, _)| *rd == add.base)
                    .map(|(_, off)| a.wrapping_add(off as u64))
            }) else {
                continue;
            };
            let Some((load_at, load)) = before_add().find_map(|a| {
                word(a)
                    .and_then(load_entry)
                    .filter(|l| l.rt == add.entry)
                    .map(|l| (a, l))
            }) else {
                continue;
            };
            // The latest `add xB, xN, :lo12:T` before the load, in the function.
            let Some(&(section, start)) = (1..)
                .map(|k| load_at.wrapping_sub(4 * k))
                .take_while(|a| same(*a))
                .find_map(|a| {
                    let place = lo12.get(&a)?;
                    (word(a).and_then(add_imm) == Some(load.rn)).then_some(place)
                })
            else {
                continue;
            };
            if tables
                .iter()
                .any(|t| t.section == section && t.start == start)
            {
                continue;
            }
            let Some(d) = data.get(&section) else {
                continue;
            };
            let end = d
                .named
                .iter()
                .copied()
                .filter(|n| *n > start)
                .min()
                .unwrap_or(d.bytes.len() as u64)
                .min(d.bytes.len() as u64);
            let mut entries = Vec::new();
            let mut k = start;
            while k + load.width as u64 <= end {
                let raw = &d.bytes[k as usize..k as usize + load.width];
                let to = x.wrapping_add(add.extend(load.value(raw)) << 2);
                if to % 4 != 0 || !same(to) {
                    break;
                }
                entries.push(to);
                k += load.width as u64;
            }
            if !entries.is_empty() {
                tables.push(Table {
                    section,
                    start,
                    width: load.width,
                    base: x,
                    entries,
                });
            }
        }
    }
    tables
}

fn reg(w: u32, at: u32) -> u8 {
    (w >> at & 31) as u8
}

/// `br xN`: N.
fn br(w: u32) -> Option<u8> {
    (w & 0xffff_fc1f == 0xd61f_0000).then(|| reg(w, 5))
}

/// `adr xN, pc+off`: (N, off).
fn adr(w: u32) -> Option<(u8, i64)> {
    if w & 0x9f00_0000 != 0x1000_0000 {
        return None;
    }
    let imm = ((w >> 5 & 0x7_ffff) << 2 | (w >> 29 & 3)) as i64;
    Some((reg(w, 0), imm << 43 >> 43))
}

/// `add xD, xN, #imm` (64-bit, unshifted immediate, as `:lo12:` fills it): D when N == D
/// or always (the table address may be formed in another register).
fn add_imm(w: u32) -> Option<u8> {
    (w & 0xffc0_0000 == 0x9100_0000).then(|| reg(w, 0))
}

/// `add xD, xA, E{, extend} #2` adding a scaled entry to a base.
struct AddEntry {
    rd: u8,
    base: u8,
    entry: u8,
    /// The extend's option field (0–7: uxtb … sxtx); None for `lsl`.
    option: Option<u32>,
}

impl AddEntry {
    fn extend(&self, v: u64) -> u64 {
        let sext = |bits: u32| ((v << (64 - bits)) as i64 >> (64 - bits)) as u64;
        match self.option {
            Some(0) => v & 0xff,
            Some(1) => v & 0xffff,
            Some(2) => v & 0xffff_ffff,
            Some(4) => sext(8),
            Some(5) => sext(16),
            Some(6) => sext(32),
            _ => v,
        }
    }
}

fn add_entry(w: u32) -> Option<AddEntry> {
    let (rd, base, entry) = (reg(w, 0), reg(w, 5), reg(w, 16));
    if w & 0xffe0_0000 == 0x8b20_0000 && w >> 10 & 7 == 2 {
        return Some(AddEntry {
            rd,
            base,
            entry,
            option: Some(w >> 13 & 7),
        });
    }
    // Shifted register, LSL #2.
    (w & 0xffe0_fc00 == 0x8b00_0800).then_some(AddEntry {
        rd,
        base,
        entry,
        option: None,
    })
}

/// A register-offset load of a table entry: `ldr{b,h,} / ldrs{b,h}` into `rt` from `rn`.
struct LoadEntry {
    rt: u8,
    rn: u8,
    width: usize,
    /// opc: 1 zero-extends, 2 sign-extends to 64 bits, 3 sign-extends to 32 bits.
    opc: u32,
}

impl LoadEntry {
    /// The register's value after loading `raw` (little-endian).
    fn value(&self, raw: &[u8]) -> u64 {
        let v = raw.iter().rev().fold(0u64, |a, b| a << 8 | *b as u64);
        let bits = 8 * self.width as u32;
        let sext = || ((v << (64 - bits)) as i64 >> (64 - bits)) as u64;
        match self.opc {
            2 => sext(),
            3 => sext() & 0xffff_ffff,
            _ => v,
        }
    }
}

fn load_entry(w: u32) -> Option<LoadEntry> {
    if w & 0x3f20_0c00 != 0x3820_0800 {
        return None;
    }
    let (size, opc) = (w >> 30, w >> 22 & 3);
    let ok = matches!((size, opc), (0 | 1, 1..=3) | (2, 1 | 2));
    ok.then(|| LoadEntry {
        rt: reg(w, 0),
        rn: reg(w, 5),
        width: 1 << size,
        opc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// gcc's sw_dense (aarch64-linux-gnu-gcc -O2 -c, tests/e2e/programs/corpus.c).
    #[test]
    fn gcc_byte_table_is_found_and_stops_at_the_next_named_place() {
        let words: [u32; 16] = [
            0x7100_2c1f, // cmp w0, #0xb
            0x5400_0069, // b.ls
            0xd280_0020, // mov x0, #1
            0xd65f_03c0, // ret
            0x9000_0001, // adrp x1, .rodata
            0x9100_0021, // add x1, x1, :lo12:.rodata
            0x3862_4821, // ldrb w1, [x1, w2, uxtw]
            0x1000_0062, // adr x2, pc+0xc
            0x8b21_8841, // add x1, x2, w1, sxtb #2
            0xd61f_0020, // br x1
            0xd65f_03c0, // 0x28: ret
            0xd65f_03c0, // 0x2c
            0xd65f_03c0, // 0x30
            0xd65f_03c0,
            0xd65f_03c0,
            0xd65f_03c0,
        ];
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let code = [Code {
            base: 0x100,
            bytes: &bytes,
        }];
        let lo12 = HashMap::from([(0x114, (7u8, 0u64))]);
        // Entries 0, 1, -1 (out of the function: the end), 2 (never read).
        let table = [0u8, 1, 2, 0xf0, 2, 0, 0, 0, 9, 9];
        let data = HashMap::from([(
            7u8,
            Data {
                bytes: &table,
                named: vec![8],
            },
        )]);
        let function_of = |a: u64| (0x100..0x140).contains(&a).then_some(0x100);
        let found = find(&code, &lo12, &data, &function_of);
        assert_eq!(
            found,
            vec![Table {
                section: 7,
                start: 0,
                width: 1,
                base: 0x128,
                entries: vec![0x128, 0x12c, 0x130],
            }]
        );
    }

    #[test]
    fn entry_values_follow_the_load_and_the_extend() {
        let ldrsb_w = load_entry(0x38e2_4821).expect("ldrsb w1, [x1, w2, uxtw]");
        assert_eq!(ldrsb_w.value(&[0xff]), 0xffff_ffff);
        let ldrh = load_entry(0x7862_5821).expect("ldrh w1, [x1, w2, uxtw #1]");
        assert_eq!((ldrh.width, ldrh.value(&[0xfe, 0xff])), (2, 0xfffe));
        let sxth = add_entry(0x8b21_a841).expect("add x1, x2, w1, sxth #2");
        assert_eq!(sxth.extend(0xfffe) as i64, -2);
        let lsl = add_entry(0x8b0b_094a).expect("add x10, x10, x11, lsl #2");
        assert_eq!((lsl.base, lsl.entry, lsl.extend(7)), (10, 11, 7));
        assert_eq!(adr(0x1000_0062), Some((2, 12)));
        assert_eq!(adr(0x10ff_ffe2).map(|a| a.1), Some(-4));
    }
}
