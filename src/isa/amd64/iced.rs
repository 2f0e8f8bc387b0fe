//! The forms iced-x86 (the back end of both encoders in `verify/`) has for each Intel
//! mnemonic, and what both encoders do alike with iced's operand kinds: implicit operands,
//! immediate kinds and sizes.

use crate::isa::fx::FxMap;
use std::sync::LazyLock;

use super::code_info::{CodeInfo, Info};
use iced_x86::Register;
use iced_x86::{Code, EncodingKind, Instruction, OpCodeOperandKind as K, OpKind};

/// Intel mnemonic (lower case, iced spelling) → the iced `Code`s that carry it in 64-bit
/// mode, in `Code` (opcode) order. MVEX forms and the Knights Corner forms are never
/// included: KNC's VEX forms reuse opcodes of common instructions (`lzcnt`).
static INDEX: LazyLock<FxMap<&'static str, Vec<Code>>> = LazyLock::new(|| {
    let mut index: FxMap<&'static str, Vec<Code>> = FxMap::default();
    index.reserve(2048);
    for code in Code::values() {
        let info = code.info();
        if info.is_instruction()
            && info.mode64()
            && info.encoding() != EncodingKind::MVEX
            && !info.is_knc()
        {
            index.entry(info.mnemonic_name()).or_default().push(code);
        }
    }
    index
});

/// The iced `Code`s of an Intel mnemonic (lower case) in 64-bit mode, empty when it has none.
pub fn mnemonic_codes(mnemonic: &str) -> &'static [Code] {
    INDEX.get(mnemonic).map(Vec::as_slice).unwrap_or(&[])
}

/// [`mnemonic_codes`] of every mnemonic, keeping the codes `keep` accepts (a mnemonic left
/// with none is left out).
pub fn mnemonic_index(keep: impl Fn(&CodeInfo) -> bool) -> FxMap<&'static str, Vec<Code>> {
    INDEX
        .iter()
        .filter_map(|(&name, codes)| {
            let kept: Vec<Code> = codes.iter().copied().filter(|c| keep(c.info())).collect();
            (!kept.is_empty()).then_some((name, kept))
        })
        .collect()
}

/// Sets operand `i` of `instr` if its kind `k` is implicit: the string instructions' fixed
/// registers (when `string`), their implicit memory operands and `xlat`'s `[rbx+al]`, which
/// the Intel text and Go leave out. Returns whether it did.
pub fn set_implicit(instr: &mut Instruction, i: u32, k: K, string: bool) -> bool {
    if string {
        let fixed = match k {
            K::al => Register::AL,
            K::ax => Register::AX,
            K::eax => Register::EAX,
            K::rax => Register::RAX,
            K::dx => Register::DX,
            _ => Register::None,
        };
        if fixed != Register::None {
            instr.set_op_kind(i, OpKind::Register);
            instr.set_op_register(i, fixed);
            return true;
        }
    }
    match k {
        K::seg_rSI => instr.set_op_kind(i, OpKind::MemorySegRSI),
        K::es_rDI => instr.set_op_kind(i, OpKind::MemoryESRDI),
        K::seg_rDI => instr.set_op_kind(i, OpKind::MemorySegRDI),
        K::seg_rBX_al => {
            instr.set_op_kind(i, OpKind::Memory);
            instr.set_memory_base(Register::RBX);
            instr.set_memory_index(Register::AL);
            instr.set_memory_index_scale(1);
        }
        _ => return false,
    }
    true
}

/// Whose reading of an immediate [`imm_fits`] follows where GNU `as` and Go differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImmRules {
    /// GNU `as`: `imm32sex64` takes a signed 32-bit value (`0xffffffff` is not `-1`).
    Gnu,
    /// Go: `imm32sex64` takes any 32-bit pattern (`PUSHQ $4045620583` is `68 67 45 23 f1`),
    /// and the 4-bit immediate of `VPERMIL2PS` is an operand.
    Go,
}

/// The iced immediate kind for `v` in an operand of kind `k`, if it fits.
pub fn imm_fits(k: K, v: i64, rules: ImmRules) -> Option<OpKind> {
    let in_range = |lo: i64, hi: i64| (lo..=hi).contains(&v);
    let i8s = |x: i64| (-128..=127).contains(&x);
    let go = rules == ImmRules::Go;
    Some(match k {
        K::imm4_m2z if go && in_range(0, 15) => OpKind::Immediate8_2nd,
        K::imm8 if in_range(-128, 255) => OpKind::Immediate8,
        K::imm16 if in_range(-32768, 65535) => OpKind::Immediate16,
        K::imm32 if in_range(i32::MIN as i64, u32::MAX as i64) => OpKind::Immediate32,
        K::imm64 => OpKind::Immediate64,
        K::imm8sex16 if in_range(-32768, 65535) && i8s(v as u16 as i16 as i64) => {
            OpKind::Immediate8to16
        }
        K::imm8sex32
            if in_range(i32::MIN as i64, u32::MAX as i64) && i8s(v as u32 as i32 as i64) =>
        {
            OpKind::Immediate8to32
        }
        K::imm8sex64 if i8s(v) => OpKind::Immediate8to64,
        K::imm32sex64
            if in_range(
                i32::MIN as i64,
                if go { u32::MAX as i64 } else { i32::MAX as i64 },
            ) =>
        {
            OpKind::Immediate32to64
        }
        _ => return None,
    })
}

/// Sets operand `i` of `instr` to immediate `v` of kind `kind` (from [`imm_fits`]); `imms`
/// counts the immediates set so far (a second 8-bit one is iced's `Immediate8_2nd`).
pub fn set_imm_operand(instr: &mut Instruction, i: u32, kind: OpKind, v: i64, imms: &mut usize) {
    let kind = if *imms > 0 && kind == OpKind::Immediate8 {
        OpKind::Immediate8_2nd
    } else {
        kind
    };
    *imms += 1;
    instr.set_op_kind(i, kind);
    set_imm(instr, kind, v);
}

/// Writes immediate `v` into `instr` as `kind`.
pub fn set_imm(instr: &mut Instruction, kind: OpKind, v: i64) {
    match kind {
        OpKind::Immediate8 => instr.set_immediate8(v as u8),
        OpKind::Immediate8_2nd => instr.set_immediate8_2nd(v as u8),
        OpKind::Immediate16 => instr.set_immediate16(v as u16),
        OpKind::Immediate32 => instr.set_immediate32(v as u32),
        OpKind::Immediate64 => instr.set_immediate64(v as u64),
        OpKind::Immediate8to16 => instr.set_immediate8to16(v as u16 as i16 as i8 as i16),
        OpKind::Immediate8to32 => instr.set_immediate8to32(v as u32 as i32 as i8 as i32),
        OpKind::Immediate8to64 => instr.set_immediate8to64(v as i8 as i64),
        OpKind::Immediate32to64 => instr.set_immediate32to64(v as i32 as i64),
        _ => {}
    }
}

/// The immediate bytes of a form with operand kinds `kinds` (for preferring the shorter).
pub fn imm_bytes(kinds: &[K]) -> usize {
    kinds
        .iter()
        .map(|k| match k {
            K::imm8 | K::imm8sex16 | K::imm8sex32 | K::imm8sex64 => 1,
            K::imm16 => 2,
            K::imm32 | K::imm32sex64 => 4,
            K::imm64 => 8,
            _ => 0,
        })
        .sum()
}
