//! iced's facts about each `Code` that the encoders read on every instruction — operand
//! kinds, encoding, operand and memory sizes, `W`/`L`, the EVEX abilities — as a static
//! table (`code_info_table.rs`, one row per `Code`, in `Code` order).
//!
//! Why not `Code::op_code()`: iced builds its `OpCodeInfo` table on first use, formatting
//! every opcode and instruction string of its ~4,900 codes (about 18 million instructions,
//! most of the run time of a small conversion). The rows here are those facts without the
//! strings. The table is generated from iced and checked against it by this module's test;
//! after an iced upgrade, `NATIVE2GOASM_REGENERATE=1 cargo test --lib code_info` rewrites it.
//! Error messages that list forms still use iced's strings (`op_code().instruction_string()`).

use iced_x86::{Code, EncodingKind, MemorySize, Mnemonic, OpCodeOperandKind};

/// One `Code`'s row.
#[derive(Debug, PartialEq, Eq)]
pub struct CodeInfo {
    mnemonic: Mnemonic,
    encoding: EncodingKind,
    op_kinds: &'static [OpCodeOperandKind],
    operand_size: u8,
    memory_size: MemorySize,
    w: u8,
    l: u8,
    flags: u16,
}

const INSTRUCTION: u16 = 1;
const MODE64: u16 = 1 << 1;
const KNC: u16 = 1 << 2;
const BROADCAST: u16 = 1 << 3;
const SAE: u16 = 1 << 4;
const ROUNDING: u16 = 1 << 5;
const OPMASK: u16 = 1 << 6;
const ZEROING: u16 = 1 << 7;
const REQUIRE_OPMASK: u16 = 1 << 8;
const IMPLICIT_XMM0: u16 = 1 << 9;

/// The row constructor the generated table is written with.
#[allow(clippy::too_many_arguments)]
const fn r(
    mnemonic: Mnemonic,
    encoding: EncodingKind,
    op_kinds: &'static [OpCodeOperandKind],
    operand_size: u8,
    memory_size: MemorySize,
    w: u8,
    l: u8,
    flags: u16,
) -> CodeInfo {
    CodeInfo {
        mnemonic,
        encoding,
        op_kinds,
        operand_size,
        memory_size,
        w,
        l,
        flags,
    }
}

mod table {
    use super::*;
    use iced_x86::{EncodingKind as E, MemorySize as M, Mnemonic as N, OpCodeOperandKind as K};
    include!("code_info_table.rs");
}

/// An iced mnemonic's name in lower case (`Mnemonic::Vpaddd` → `vpaddd`).
pub fn mnemonic_name(m: Mnemonic) -> &'static str {
    table::MNEMONIC_NAMES[m as usize]
}

/// The row of a `Code`.
pub trait Info {
    fn info(self) -> &'static CodeInfo;
}

impl Info for Code {
    #[inline]
    fn info(self) -> &'static CodeInfo {
        &table::ROWS[self as usize]
    }
}

impl CodeInfo {
    pub fn mnemonic(&self) -> Mnemonic {
        self.mnemonic
    }
    /// The Intel mnemonic in lower case, iced's spelling (`add`, `vpaddd`).
    pub fn mnemonic_name(&self) -> &'static str {
        mnemonic_name(self.mnemonic)
    }
    pub fn encoding(&self) -> EncodingKind {
        self.encoding
    }
    pub fn op_kinds(&self) -> &'static [OpCodeOperandKind] {
        self.op_kinds
    }
    pub fn op_count(&self) -> u32 {
        self.op_kinds.len() as u32
    }
    /// Operand `i`'s kind (`None` past the last operand, as iced's).
    pub fn op_kind(&self, i: u32) -> OpCodeOperandKind {
        self.op_kinds
            .get(i as usize)
            .copied()
            .unwrap_or(OpCodeOperandKind::None)
    }
    pub fn operand_size(&self) -> u32 {
        self.operand_size.into()
    }
    pub fn memory_size(&self) -> MemorySize {
        self.memory_size
    }
    pub fn w(&self) -> u32 {
        self.w.into()
    }
    pub fn l(&self) -> u32 {
        self.l.into()
    }
    pub fn is_instruction(&self) -> bool {
        self.flags & INSTRUCTION != 0
    }
    pub fn mode64(&self) -> bool {
        self.flags & MODE64 != 0
    }
    /// A Knights Corner form (iced's `_KNC_` codes).
    pub fn is_knc(&self) -> bool {
        self.flags & KNC != 0
    }
    pub fn can_broadcast(&self) -> bool {
        self.flags & BROADCAST != 0
    }
    pub fn can_suppress_all_exceptions(&self) -> bool {
        self.flags & SAE != 0
    }
    pub fn can_use_rounding_control(&self) -> bool {
        self.flags & ROUNDING != 0
    }
    pub fn can_use_op_mask_register(&self) -> bool {
        self.flags & OPMASK != 0
    }
    pub fn can_use_zeroing_masking(&self) -> bool {
        self.flags & ZEROING != 0
    }
    pub fn require_op_mask_register(&self) -> bool {
        self.flags & REQUIRE_OPMASK != 0
    }
    /// An implicit `xmm0` operand iced leaves out (`blendvps xmm1, xmm2/m128, <XMM0>`).
    pub fn implicit_xmm0(&self) -> bool {
        self.flags & IMPLICIT_XMM0 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write;

    fn flags_of(code: Code) -> u16 {
        let i = code.op_code();
        [
            (i.is_instruction(), INSTRUCTION),
            (i.mode64(), MODE64),
            (format!("{code:?}").contains("_KNC_"), KNC),
            (i.can_broadcast(), BROADCAST),
            (i.can_suppress_all_exceptions(), SAE),
            (i.can_use_rounding_control(), ROUNDING),
            (i.can_use_op_mask_register(), OPMASK),
            (i.can_use_zeroing_masking(), ZEROING),
            (i.require_op_mask_register(), REQUIRE_OPMASK),
            (i.instruction_string().ends_with(", <XMM0>"), IMPLICIT_XMM0),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .fold(0, |acc, (_, bit)| acc | bit)
    }

    fn render() -> String {
        let mut out = String::from(
            "// Generated from iced-x86's OpCodeInfo by the test in code_info.rs \
             (NATIVE2GOASM_REGENERATE=1 cargo test --lib code_info). DO NOT EDIT.\n\
             // r(mnemonic, encoding, operand kinds, operand size, memory size, W, L, flags)\n\
             #[rustfmt::skip]\n\
             pub(super) static ROWS: [CodeInfo; ",
        );
        let n = Code::values().count();
        writeln!(out, "{n}] = [").unwrap();
        for code in Code::values() {
            let i = code.op_code();
            let kinds: Vec<String> = i.op_kinds().iter().map(|k| format!("K::{k:?}")).collect();
            writeln!(
                out,
                "r(N::{:?}, E::{:?}, &[{}], {}, M::{:?}, {}, {}, {:#x}), // {code:?}",
                i.mnemonic(),
                i.encoding(),
                kinds.join(", "),
                i.operand_size(),
                i.memory_size(),
                i.w(),
                i.l(),
                flags_of(code),
            )
            .unwrap();
        }
        out.push_str("];\n");
        let names: Vec<String> = Mnemonic::values()
            .map(|m| format!("{:?}", format!("{m:?}").to_ascii_lowercase()))
            .collect();
        writeln!(
            out,
            "/// Each `Mnemonic`'s name in lower case (iced's spelling).\n\
             #[rustfmt::skip]\n\
             pub(super) static MNEMONIC_NAMES: [&str; {}] = [{}];",
            names.len(),
            names.join(", ")
        )
        .unwrap();
        out
    }

    /// The committed table is iced's, row for row.
    #[test]
    fn code_info_table_matches_iced() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/isa/amd64/code_info_table.rs"
        );
        let expected = render();
        if std::env::var_os("NATIVE2GOASM_REGENERATE").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap();
        assert!(
            committed == expected,
            "{path} is not iced's table: NATIVE2GOASM_REGENERATE=1 cargo test --lib code_info"
        );
        for code in Code::values() {
            let (mine, iced) = (code.info(), code.op_code());
            assert_eq!(mine.op_kinds(), iced.op_kinds(), "{code:?}");
            assert_eq!(mine.op_count(), iced.op_count(), "{code:?}");
            assert_eq!(mine.memory_size(), iced.memory_size(), "{code:?}");
            assert_eq!(mine.flags, flags_of(code), "{code:?}");
            assert_eq!(mine.mnemonic(), iced.mnemonic(), "{code:?}");
            assert_eq!(mine.encoding(), iced.encoding(), "{code:?}");
            assert_eq!(mine.operand_size(), iced.operand_size(), "{code:?}");
            assert_eq!((mine.w(), mine.l()), (iced.w(), iced.l()), "{code:?}");
            assert_eq!(
                mine.mnemonic_name(),
                format!("{:?}", iced.mnemonic()).to_ascii_lowercase()
            );
        }
    }
}
