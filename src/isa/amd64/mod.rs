//! amd64 instruction-set knowledge: the register table, the rows of the instruction table
//! and the operand classes they test, the AT&T aliases, condition-code and compare-predicate
//! names (`conditions.rs`), the Go names of the embedded Go encoder ([`go_names`]) and the
//! index of iced's forms by Intel mnemonic ([`iced`]).
//!
//! The data is in `mappings/amd64/` (`registers.tbl`, `instructions.tbl`, `att_aliases.tbl`,
//! `go_mnemonics.txt`, `go_names.tbl`, `go_conditions.tbl`; formats at the top of each
//! file); `build.rs` checks it and generates [`REGISTERS`], [`register`], [`GO_MNEMONICS`],
//! [`FORMS`], [`forms`], [`Handler`] and [`att_alias`], which are included here, and the
//! statics of [`go_names`]. The parser (`parse/x86.rs`), the mapper (`map/amd64.rs`) and
//! both encoders (`verify/native_x86.rs`, `verify/go_amd64/`) read it from here.

pub mod code_info;
mod conditions;
pub mod go_names;
pub mod iced;

pub use conditions::{cmp_predicate, cmp_predicate_synonym, condition_synonym, CMP_PREDICATES};

use super::Order;

include!(concat!(env!("OUT_DIR"), "/amd64_tables.rs"));

/// A register: an index into [`REGISTERS`] (`mappings/amd64/registers.tbl`).
///
/// The shared native IR (`crate::ir`) also carries arm64 operands packed into it
/// (`map/arm64.rs`, `A64::pack`) until arm64 has its own operand types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reg(pub u16);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegClass {
    Gpr,
    Gpr8High,
    Xmm,
    Ymm,
    Segment,
    Rip,
}

/// One row of `mappings/amd64/registers.tbl`.
#[derive(Debug)]
pub struct RegInfo {
    pub native: &'static str,
    pub go: &'static str,
    pub class: RegClass,
    pub bits: u16,
}

pub fn reg_info(r: Reg) -> &'static RegInfo {
    &REGISTERS[r.0 as usize]
}

pub fn is_gpr(r: Reg) -> bool {
    matches!(reg_info(r).class, RegClass::Gpr | RegClass::Gpr8High)
}

/// An operand kind of a table row. Widths are in bits; 0 means "the shared size S".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Gpr(u16),
    Mem(u16),
    GprMem(u16),
    Xmm,
    Ymm,
    XmmMem(u16),
    YmmMem(u16),
    Imm,
    Cl,
    Rel,
}

/// One row of the instruction table.
#[derive(Debug)]
pub struct Form {
    pub mnemonic: &'static str,
    pub shape: &'static str,
    pub kinds: &'static [Kind],
    pub go: &'static str,
    pub order: Order,
    pub handler: Option<Handler>,
    /// The first Intel operand is only read (`cmp`, `test`, `push`), not written.
    pub reads_first: bool,
}

impl std::fmt::Display for Kind {
    /// The kind as an error message names it: `r32`, `r/m64`, `xmm/m128`, `imm`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sized = |f: &mut std::fmt::Formatter<'_>, what: &str, any: &str, bits: u16| match bits {
            0 => write!(f, "{any}"),
            n => write!(f, "{what}{n}"),
        };
        match *self {
            Kind::Gpr(bits) => sized(f, "r", "reg", bits),
            Kind::Mem(bits) => sized(f, "m", "mem", bits),
            Kind::GprMem(bits) => sized(f, "r/m", "reg/mem", bits),
            Kind::Xmm => write!(f, "xmm"),
            Kind::Ymm => write!(f, "ymm"),
            Kind::XmmMem(bits) => sized(f, "xmm/m", "xmm/mem", bits),
            Kind::YmmMem(bits) => sized(f, "ymm/m", "ymm/mem", bits),
            Kind::Imm => write!(f, "imm"),
            Kind::Cl => write!(f, "cl"),
            Kind::Rel => write!(f, "label"),
        }
    }
}

impl Form {
    /// The row's operands as an error message lists them (`xmm, xmm/m128`), in Intel order
    /// or, `reversed`, in AT&T order.
    pub fn operands(&self, reversed: bool) -> String {
        let mut kinds: Vec<String> = self.kinds.iter().map(Kind::to_string).collect();
        if reversed {
            kinds.reverse();
        }
        match kinds.is_empty() {
            true => "no operands".to_string(),
            false => kinds.join(", "),
        }
    }
}

/// Whether the table has any row for this Intel mnemonic.
pub fn is_mnemonic(mnemonic: &str) -> bool {
    !forms(mnemonic).is_empty()
}

/// Whether `mnemonic`'s first Intel operand is only read (the `reads` flag of its rows;
/// build.rs checks that all rows of a mnemonic agree). False for unknown mnemonics.
pub fn reads_first_operand(mnemonic: &str) -> bool {
    forms(mnemonic).first().is_some_and(|f| f.reads_first)
}

/// What the table's operand kinds ask of an operand; the native IR gives it for each of its
/// operands (`crate::ir::OperandKind::amd64_class`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperandClass {
    Reg(Reg),
    /// A memory operand with its size in bits, when known.
    Mem(Option<u16>),
    Imm,
    /// A direct branch target.
    Target,
    /// Something no operand kind takes (a symbol address, an indirect target).
    Other,
}

/// Does `op` fit `kind`? Returns the width in bits it contributes to the shared size S.
fn fits(kind: Kind, op: OperandClass) -> Option<Option<u16>> {
    let sized = |want: u16, got: Option<u16>| -> Option<Option<u16>> {
        match (want, got) {
            (0, g) => Some(g),
            (w, Some(g)) if g == w => Some(None),
            (_, None) => Some(None),
            _ => None,
        }
    };
    use OperandClass as C;
    match (kind, op) {
        (Kind::Gpr(w), C::Reg(r)) if is_gpr(r) => sized(w, Some(reg_info(r).bits)),
        (Kind::Mem(w) | Kind::GprMem(w), C::Mem(bits)) => sized(w, bits),
        (Kind::GprMem(w), C::Reg(r)) if is_gpr(r) => sized(w, Some(reg_info(r).bits)),
        (Kind::Xmm | Kind::XmmMem(_), C::Reg(r)) if reg_info(r).class == RegClass::Xmm => {
            Some(None)
        }
        (Kind::Ymm | Kind::YmmMem(_), C::Reg(r)) if reg_info(r).class == RegClass::Ymm => {
            Some(None)
        }
        (Kind::XmmMem(w) | Kind::YmmMem(w), C::Mem(bits)) => sized(w, bits).map(|_| None),
        (Kind::Imm, C::Imm) => Some(None),
        (Kind::Cl, C::Reg(r)) if reg_info(r).native == "cl" => Some(None),
        (Kind::Rel, C::Target) => Some(None),
        _ => None,
    }
}

/// The shared size S if the operands fit the row.
fn fit_form(
    form: &Form,
    operands: impl ExactSizeIterator<Item = OperandClass>,
) -> Option<Option<u16>> {
    if form.kinds.len() != operands.len() {
        return None;
    }
    let mut size: Option<u16> = None;
    for (k, op) in form.kinds.iter().zip(operands) {
        match fits(*k, op)? {
            Some(w) if matches!(k, Kind::Gpr(0) | Kind::Mem(0) | Kind::GprMem(0)) => {
                if size.is_some_and(|s| s != w) {
                    return None;
                }
                size = Some(w);
            }
            _ => {}
        }
    }
    Some(size)
}

/// The first row of `mnemonic` whose shape the operands fit, with the shared size S (bits)
/// if any.
pub fn first_fit(
    mnemonic: &str,
    operands: impl ExactSizeIterator<Item = OperandClass> + Clone,
) -> Option<(&'static Form, Option<u16>)> {
    forms(mnemonic)
        .iter()
        .find_map(|f| fit_form(f, operands.clone()).map(|size| (f, size)))
}

/// Whether some row of `mnemonic` takes these operands (used to read AT&T suffixes).
pub fn accepts(
    mnemonic: &str,
    operands: impl ExactSizeIterator<Item = OperandClass> + Clone,
) -> bool {
    first_fit(mnemonic, operands).is_some()
}

/// Whether `mnemonic` is a jump or call (a bare symbol operand is then a target).
pub fn takes_target(mnemonic: &str) -> bool {
    forms(mnemonic).iter().any(|f| f.kinds.contains(&Kind::Rel))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mnemonic_finds_its_rows_and_no_other_name_does() {
        let names: Vec<&str> = MNEMONICS
            .iter()
            .map(|e| e.0)
            .filter(|m| !m.is_empty())
            .collect();
        let rows: usize = names.iter().map(|m| forms(m).len()).sum();
        assert_eq!(rows, FORMS.len());
        for (m, a, b) in MNEMONICS.iter().filter(|e| !e.0.is_empty()) {
            assert_eq!(
                forms(m).as_ptr_range(),
                FORMS[*a as usize..*b as usize].as_ptr_range()
            );
        }
        for unknown in ["", "frob", "movq ", "MOV", "addx"] {
            assert!(forms(unknown).is_empty(), "{unknown:?}");
        }
    }

    #[test]
    fn reads_flag_marks_compares_and_tests() {
        for m in ["cmp", "test", "bt", "push", "ucomisd", "vptest"] {
            assert!(reads_first_operand(m), "{m}");
        }
        for m in ["mov", "add", "bts", "pop", "no_such_mnemonic"] {
            assert!(!reads_first_operand(m), "{m}");
        }
    }

    #[test]
    fn go_mnemonics_are_sorted_for_binary_search() {
        assert!(GO_MNEMONICS.windows(2).all(|w| w[0] < w[1]));
    }
}
