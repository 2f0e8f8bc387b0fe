//! arm64 machine code → [`Inst`] with yaxpeax-arm (ARMv8 A64). yaxpeax names the base
//! instruction (`ORR`, `SUBS`, `UBFM`); GNU writes its preferred alias (`mov`, `cmp`,
//! `lsl`), and the table's rows are GNU's. [`alias`] picks that alias from the typed
//! operands by the rules of the Arm manual ("preferred disassembly"), so `mov w1, w2` is
//! the 32-bit ORR it encodes, never a printed text read back.

use super::{check_reloc, Decode, Place, Reloc};
use crate::ir::a64::{Addressing, Inst, Mem, Operand, OperandKind as K};
use crate::ir::{Arch, Edit, MachineCode};
use crate::isa::arm64::{Arrangement, Cond, Extend, FloatImm, Modifier, Reg, Shift};
use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{
    InstDecoder, Opcode, Operand as Y, SIMDSizeCode, ShiftStyle, SizeCode,
};

/// 4 (or what is left) and yaxpeax's text of the word at the start of `bytes`, for a
/// listing's instruction column (shown to people, never read back).
pub fn disassemble(bytes: &[u8]) -> (usize, String) {
    let Some(word) = bytes.first_chunk::<4>() else {
        return (bytes.len(), "(bad)".to_string());
    };
    match InstDecoder::default().decode(&mut U8Reader::new(word)) {
        Ok(d) => (4, d.to_string()),
        Err(_) => (4, "(bad)".to_string()),
    }
}

impl Decode for Inst {
    const FIXED_LENGTH: Option<usize> = Some(4);
    const MACHINE: Arch = Arch::Arm64;

    fn is_nop(&self) -> bool {
        self.mnemonic == "nop"
    }

    fn ends_flow(&self) -> bool {
        matches!(self.mnemonic.as_str(), "ret" | "b" | "br")
    }

    fn may_end_function(&self) -> bool {
        self.ends_flow() || matches!(self.mnemonic.as_str(), "bl" | "blr" | "brk" | "udf" | "hlt")
    }

    fn decode_one(bytes: &[u8], at: &Place) -> Result<(Inst, usize), String> {
        let Some(word) = bytes.first_chunk::<4>() else {
            return Err(format!(
                "{} bytes left: arm64 instructions are 4 bytes",
                bytes.len()
            ));
        };
        let mut word_value = u32::from_le_bytes(*word);
        let mut relocs: Vec<Reloc> = at.relocs_in(4).map(|(_, r)| r.clone()).collect();
        if relocs.len() > 1 {
            return Err("more than one relocation in one instruction".to_string());
        }
        let source_word = word_value;
        if let Some(r) = relocs.first_mut() {
            word_value = relax_got(word_value, r);
        }
        relocs.iter().try_for_each(check_reloc)?;
        let word = &word_value.to_le_bytes();
        let d = InstDecoder::default()
            .decode(&mut U8Reader::new(word))
            .map_err(|e| format!("word {word_value:#010x} does not decode as arm64: {e}"))?;
        let (mnemonic, mut ops) = match barrier_or_prefetch(word_value) {
            Some(read) => read,
            None => {
                let mut ops = Vec::with_capacity(4);
                // A hint's operands are its number (`nop` is hint #0).
                let hint = d.opcode == Opcode::HINT;
                for o in d
                    .operands
                    .iter()
                    .take_while(|o| !hint && !matches!(o, Y::Nothing))
                {
                    ops.push(operand(o, word_value)?);
                }
                sp_operands(d.opcode, &mut ops);
                alias(d.opcode, ops, word_value)?
            }
        };
        resolve_pc_relative(&mnemonic, &mut ops, relocs.first(), at)?;
        pair_registers(&mnemonic, &mut ops);
        Ok((
            Inst {
                mnemonic,
                operands: ops
                    .into_iter()
                    .map(|kind| Operand {
                        kind,
                        span: at.span,
                    })
                    .collect(),
                span: at.span,
                code: Some(Box::new(MachineCode {
                    bytes: word.to_vec(),
                    reloc: None,
                })),
                // A relaxed GOT load is not the word of the object.
                edit: if word_value == source_word {
                    Edit::None
                } else {
                    Edit::Rewritten
                },
            },
            4,
        ))
    }
}

/// A GOT load of a symbol's address, `adrp xA, :got:sym` + `ldr xD, [xA, :got_lo12:sym]`,
/// relaxed as GNU ld relaxes it for a symbol the link defines: `adrp xA, sym` + `add xD, xA,
/// :lo12:sym` (Go code has no GOT, and the two compute the same address). Returns the word
/// to decode, with `r` rewritten; the `add`'s word comes from here, not from the source.
fn relax_got(word: u32, r: &mut Reloc) -> u32 {
    let (kind, relaxed) = match r.kind.as_str() {
        "R_AARCH64_ADR_GOT_PAGE" => ("R_AARCH64_ADR_PREL_PG_HI21", word),
        // `ldr xD, [xA, #imm]` (64-bit, unsigned offset) → `add xD, xA, #0`.
        "R_AARCH64_LD64_GOT_LO12_NC" if word & 0xffc0_0000 == 0xf940_0000 => {
            ("R_AARCH64_ADD_ABS_LO12_NC", 0x9100_0000 | (word & 0x3ff))
        }
        _ => return word,
    };
    r.kind = kind.to_string();
    relaxed
}

fn gpr(size: SizeCode, n: u16) -> Reg {
    Reg::Gpr {
        num: n as u8,
        wide: size == SizeCode::X,
    }
}

fn gpr_or_sp(size: SizeCode, n: u16) -> Reg {
    if n == 31 {
        Reg::Sp {
            wide: size == SizeCode::X,
        }
    } else {
        gpr(size, n)
    }
}

fn simd_size(s: SIMDSizeCode) -> u8 {
    match s {
        SIMDSizeCode::B => 0,
        SIMDSizeCode::H => 1,
        SIMDSizeCode::S => 2,
        SIMDSizeCode::D => 3,
        SIMDSizeCode::Q => 4,
    }
}

fn arrangement(vector: SIMDSizeCode, elem: SIMDSizeCode) -> Result<Arrangement, String> {
    let q = vector == SIMDSizeCode::Q;
    Ok(match (elem, q) {
        (SIMDSizeCode::B, false) => Arrangement::B8,
        (SIMDSizeCode::B, true) => Arrangement::B16,
        (SIMDSizeCode::H, false) => Arrangement::H4,
        (SIMDSizeCode::H, true) => Arrangement::H8,
        (SIMDSizeCode::S, false) => Arrangement::S2,
        (SIMDSizeCode::S, true) => Arrangement::S4,
        (SIMDSizeCode::D, false) => Arrangement::D1,
        (SIMDSizeCode::D, true) => Arrangement::D2,
        (SIMDSizeCode::Q, _) => return Err("a vector of 128-bit elements".to_string()),
    })
}

/// The extends by their `option` field.
const EXTENDS: [Extend; 8] = [
    Extend::Uxtb,
    Extend::Uxth,
    Extend::Uxtw,
    Extend::Uxtx,
    Extend::Sxtb,
    Extend::Sxth,
    Extend::Sxtw,
    Extend::Sxtx,
];

/// A shift or extension of yaxpeax's, with its amount (`lsl #0` is none).
fn modifier(style: ShiftStyle, amount: u8) -> Option<Modifier> {
    let shift = |s| Some(Modifier::Shift(s, amount));
    let extend = |e| Some(Modifier::Extend(e, (amount != 0).then_some(amount)));
    match style {
        ShiftStyle::LSL if amount == 0 => None,
        ShiftStyle::LSL => shift(Shift::Lsl),
        ShiftStyle::LSR => shift(Shift::Lsr),
        ShiftStyle::ASR => shift(Shift::Asr),
        ShiftStyle::ROR => shift(Shift::Ror),
        ShiftStyle::UXTB => extend(Extend::Uxtb),
        ShiftStyle::UXTH => extend(Extend::Uxth),
        ShiftStyle::UXTW => extend(Extend::Uxtw),
        ShiftStyle::UXTX => extend(Extend::Uxtx),
        ShiftStyle::SXTB => extend(Extend::Sxtb),
        ShiftStyle::SXTH => extend(Extend::Sxth),
        ShiftStyle::SXTW => extend(Extend::Sxtw),
        ShiftStyle::SXTX => extend(Extend::Sxtx),
    }
}

/// `dmb`/`dsb` and `prfm` (unsigned offset) as the parser reads them: the option as its
/// number (yaxpeax names some options by later aliases, `ssbb`, or not at all).
fn barrier_or_prefetch(word: u32) -> Option<(String, Vec<K>)> {
    let option = K::Imm(((word >> 8) & 0xf) as i64);
    match word & 0xffff_f0ff {
        0xd503_30bf => return Some(("dmb".to_string(), vec![option])),
        0xd503_309f => return Some(("dsb".to_string(), vec![option])),
        _ => {}
    }
    if word & 0xffc0_0000 != 0xf980_0000 {
        return None;
    }
    let mem = K::Mem(Mem {
        base: gpr_or_sp(SizeCode::X, ((word >> 5) & 31) as u16),
        addressing: Addressing::Offset((((word >> 10) & 0xfff) * 8) as i64),
    });
    Some(("prfm".to_string(), vec![K::Imm((word & 31) as i64), mem]))
}

/// A PC-relative offset until [`resolve_pc_relative`] names its target.
const PC: &str = "\0pc";

/// One yaxpeax operand as an IR operand (PC-relative offsets as `Page`/`Target` of
/// [`PC`], resolved later).
fn operand(o: &Y, word: u32) -> Result<K, String> {
    Ok(match *o {
        Y::Register(size, n) => K::Reg(gpr(size, n)),
        Y::RegisterOrSP(size, n) => K::Reg(gpr_or_sp(size, n)),
        Y::SIMDRegister(size, n) => K::Reg(Reg::Fp {
            num: n as u8,
            size: simd_size(size),
        }),
        Y::SIMDRegisterElements(vector, n, elem) => K::Reg(Reg::Vec {
            num: n as u8,
            arr: arrangement(vector, elem)?,
        }),
        Y::SIMDRegisterElementsLane(_, n, elem, lane) => K::Reg(Reg::Elem {
            num: n as u8,
            size: simd_size(elem),
            lane,
        }),
        Y::SIMDRegisterGroup(vector, n, elem, count) => K::List {
            first: n as u8,
            count,
            arr: arrangement(vector, elem)?,
            lane: None,
        },
        // One element of each register: the arrangement is the 128-bit one of its size.
        Y::SIMDRegisterGroupLane(n, elem, count, lane) => K::List {
            first: n as u8,
            count,
            arr: arrangement(SIMDSizeCode::Q, elem)?,
            lane: Some(lane),
        },
        // `prfm` with a register offset (the immediate-offset form is read apart).
        Y::PrefetchOp(op) => K::Imm(op as i64),
        Y::ConditionCode(c) => K::Cond(Cond(c)),
        Y::PCOffset(off) => K::Page {
            symbol: PC.to_string(),
            offset: off,
        },
        Y::Immediate(v) => K::Imm(v as i64),
        Y::Imm64(v) => K::Imm(v as i64),
        Y::Imm16(v) => K::Imm(v as i64),
        Y::ImmShift(imm, 0) => K::Imm(imm as i64),
        Y::ImmShift(imm, lsl) => K::ShiftedImm {
            imm: imm as i64,
            lsl,
        },
        // Only 0.0 (fcmp) and the 8-bit form exist: take the field from the word.
        Y::ImmediateDouble(v) if v == 0.0 && word & 0x1e20_0000 == 0x1e20_0000 => {
            K::Float(FloatImm::Zero)
        }
        Y::ImmediateDouble(_) => K::Float(FloatImm::Imm8(float_imm8(word))),
        // ADD/SUB (extended register): yaxpeax writes `lsl` for `uxtw`/`uxtx` also where the
        // Arm manual prefers it only with sp (Rn, or Rd when flags are not set).
        Y::RegShift(_, _, size, n) if word & 0x1f20_0000 == 0x0b20_0000 => {
            let (option, imm3) = ((word >> 13) & 7, ((word >> 10) & 7) as u8);
            let (rd, rn, sets_flags) = (word & 31, (word >> 5) & 31, word & (1 << 29) != 0);
            let width = if word >> 31 == 1 { 3 } else { 2 };
            let sp = rn == 31 || (rd == 31 && !sets_flags);
            match (sp && option == width, imm3) {
                (true, 0) => K::Reg(gpr(size, n)),
                (true, _) => K::Shifted {
                    reg: gpr(size, n),
                    shift: Shift::Lsl,
                    amount: imm3,
                },
                (false, _) => K::Extended {
                    reg: gpr(size, n),
                    extend: EXTENDS[option as usize],
                    amount: (imm3 != 0).then_some(imm3),
                },
            }
        }
        Y::RegShift(style, amount, size, n) => match modifier(style, amount) {
            None => K::Reg(gpr(size, n)),
            Some(Modifier::Shift(shift, amount)) => K::Shifted {
                reg: gpr(size, n),
                shift,
                amount,
            },
            Some(Modifier::Extend(extend, amount)) => K::Extended {
                reg: gpr(size, n),
                extend,
                amount,
            },
        },
        Y::RegRegOffset(base, index, size, style, amount) => K::Mem(Mem {
            base: gpr_or_sp(SizeCode::X, base),
            addressing: Addressing::Index {
                index: gpr(size, index),
                modifier: modifier(style, amount),
            },
        }),
        Y::RegPreIndex(base, off, writeback) => K::Mem(Mem {
            base: gpr_or_sp(SizeCode::X, base),
            addressing: if writeback {
                Addressing::PreIndex(off as i64)
            } else {
                Addressing::Offset(off as i64)
            },
        }),
        Y::RegPostIndex(base, off) => K::Mem(Mem {
            base: gpr_or_sp(SizeCode::X, base),
            addressing: Addressing::PostIndex(off as i64),
        }),
        Y::RegPostIndexReg(base, index) => K::Mem(Mem {
            base: gpr_or_sp(SizeCode::X, base),
            addressing: Addressing::PostIndexReg(gpr(SizeCode::X, index)),
        }),
        ref other => return Err(format!("operand `{other}` is not supported")),
    })
}

/// The 8-bit floating-point immediate of an fmov or a vector immediate, from its fields.
fn float_imm8(word: u32) -> u8 {
    if word & 0x1f20_1c00 == 0x1e20_1000 {
        // fmov (scalar, immediate): imm8 at bits 13..20.
        (word >> 13) as u8
    } else {
        // vector modified immediate: a:b:c at 16..18, d:e:f:g:h at 5..9.
        (((word >> 16) & 7) << 5 | ((word >> 5) & 31)) as u8
    }
}

fn is_zr(o: &K) -> bool {
    matches!(o, K::Reg(Reg::Gpr { num: 31, .. }))
}

fn wide(o: &K) -> bool {
    matches!(
        o,
        K::Reg(Reg::Gpr { wide: true, .. } | Reg::Sp { wide: true })
    )
}

fn imm(o: &K) -> i64 {
    o.imm().unwrap_or(0)
}

fn same_reg(a: &K, b: &K) -> bool {
    match (a.modified_reg(), b.modified_reg()) {
        (Some((x, None)), Some((y, None))) => x == y,
        _ => false,
    }
}

/// Whether `mov` of `v` is a MOVZ or MOVN (which GNU as picks before an ORR).
fn move_wide(v: u64, wide: bool) -> bool {
    let v = if wide { v } else { v & 0xffff_ffff };
    let halves = if wide { 4 } else { 2 };
    let mask = if wide { u64::MAX } else { 0xffff_ffff };
    let one_half = |x: u64| {
        (0..halves)
            .filter(|h| (x >> (16 * h)) & 0xffff != 0)
            .count()
            <= 1
    };
    one_half(v) || one_half(!v & mask)
}

/// Register 31 is sp where the encoding says so and yaxpeax says the zero register: the
/// extended-register add/sub (`add sp, sp, w1, uxtw`) and the destination of the
/// logical immediates (`orr wsp, wzr, #0xf0f0f0f0`).
fn sp_operands(op: Opcode, o: &mut [K]) {
    let arith = matches!(op, Opcode::ADD | Opcode::SUB | Opcode::ADDS | Opcode::SUBS);
    // yaxpeax prints `lsl` for a 64-bit add of sp and a w register: that is uxtw.
    if let (true, [_, K::Reg(Reg::Sp { wide: true }), third, ..]) = (arith, &mut *o) {
        let (reg, amount) = match *third {
            K::Shifted {
                reg: reg @ Reg::Gpr { wide: false, .. },
                shift: Shift::Lsl,
                amount,
            } => (reg, Some(amount)),
            K::Reg(reg @ Reg::Gpr { wide: false, .. }) => (reg, None),
            _ => return sp_registers(op, o),
        };
        *third = K::Extended {
            reg,
            extend: Extend::Uxtw,
            amount,
        };
    }
    sp_registers(op, o)
}

fn sp_registers(op: Opcode, o: &mut [K]) {
    let to_sp = |k: &mut K| {
        if let K::Reg(Reg::Gpr { num: 31, wide }) = *k {
            *k = K::Reg(Reg::Sp { wide });
        }
    };
    match (op, o) {
        (Opcode::ADD | Opcode::SUB, [rd, rn, K::Extended { .. }, ..]) => {
            to_sp(rd);
            to_sp(rn);
        }
        (Opcode::ADDS | Opcode::SUBS, [_, rn, K::Extended { .. }, ..]) => to_sp(rn),
        (Opcode::AND | Opcode::ORR | Opcode::EOR, [rd, K::Reg(Reg::Gpr { .. }), K::Imm(_)]) => {
            to_sp(rd)
        }
        _ => {}
    }
}

/// GNU's preferred name and operands for yaxpeax's instruction.
fn alias(op: Opcode, mut o: Vec<K>, word: u32) -> Result<(String, Vec<K>), String> {
    use Opcode as O;
    let size = |o: &[K]| if wide(&o[0]) { 64 } else { 32 };
    let invert = |c: &K| match c {
        K::Cond(Cond(c)) => K::Cond(Cond(c ^ 1)),
        other => other.clone(),
    };
    let name = |s: &str| s.to_string();
    Ok(match op {
        O::ORR if o.len() == 3 && is_zr(&o[1]) && matches!(o[2], K::Reg(_)) => {
            (name("mov"), vec![o[0].clone(), o[2].clone()])
        }
        O::ORR
            if o.len() == 3
                && is_zr(&o[1])
                && matches!(o[2], K::Imm(_))
                && matches!(o[0], K::Reg(Reg::Gpr { .. }))
                && !move_wide(imm(&o[2]) as u64, wide(&o[0])) =>
        {
            (name("mov"), vec![o[0].clone(), o[2].clone()])
        }
        // Vector `orr v0.16b, v1.16b, v1.16b` is `mov`.
        O::ORR if o.len() == 3 && matches!(o[1], K::Reg(Reg::Vec { .. })) && o[1] == o[2] => {
            (name("mov"), vec![o[0].clone(), o[1].clone()])
        }
        O::ADD
            if o.len() == 3
                && imm(&o[2]) == 0
                && matches!(o[2], K::Imm(_))
                && (matches!(o[0], K::Reg(Reg::Sp { .. }))
                    || matches!(o[1], K::Reg(Reg::Sp { .. }))) =>
        {
            (name("mov"), vec![o[0].clone(), o[1].clone()])
        }
        O::MOVZ | O::MOVN => {
            let (v, shifted) = match o[1] {
                K::ShiftedImm { imm, lsl } => ((imm as u64) << lsl, imm == 0),
                K::Imm(v) => (v as u64, false),
                _ => (0, false),
            };
            let w = wide(&o[0]);
            let value = if op == O::MOVN { !v } else { v };
            let value = if w { value } else { value & 0xffff_ffff };
            let keep = shifted || (op == O::MOVN && !w && v & 0xffff == 0xffff);
            if keep {
                let n = if op == O::MOVN { "movn" } else { "movz" };
                (name(n), o)
            } else {
                let v = if w { value as i64 } else { value as u32 as i64 };
                (name("mov"), vec![o[0].clone(), K::Imm(v)])
            }
        }
        O::ORN if is_zr(&o[1]) => (name("mvn"), vec![o[0].clone(), o[2].clone()]),
        O::ANDS if is_zr(&o[0]) => (name("tst"), o.split_off(1)),
        O::ADDS if is_zr(&o[0]) => (name("cmn"), o.split_off(1)),
        O::SUBS if is_zr(&o[0]) => (name("cmp"), o.split_off(1)),
        O::SUBS if is_zr(&o[1]) => (name("negs"), vec![o[0].clone(), o[2].clone()]),
        O::SUB if is_zr(&o[1]) => (name("neg"), vec![o[0].clone(), o[2].clone()]),
        O::SBC if is_zr(&o[1]) => (name("ngc"), vec![o[0].clone(), o[2].clone()]),
        O::UBFM | O::SBFM | O::BFM => bitfield(op, o, size)?,
        O::EXTR if same_reg(&o[1], &o[2]) => {
            (name("ror"), vec![o[0].clone(), o[1].clone(), o[3].clone()])
        }
        O::LSLV => (name("lsl"), o),
        O::LSRV => (name("lsr"), o),
        O::ASRV => (name("asr"), o),
        O::RORV => (name("ror"), o),
        O::CSINC | O::CSINV | O::CSNEG
            if same_reg(&o[1], &o[2]) && matches!(o[3], K::Cond(Cond(c)) if c < 14) =>
        {
            let n = match (op, is_zr(&o[1])) {
                (O::CSINC, true) => "cset",
                (O::CSINC, false) => "cinc",
                (O::CSINV, true) => "csetm",
                (O::CSINV, false) => "cinv",
                _ => "cneg",
            };
            let cond = invert(&o[3]);
            if is_zr(&o[1]) && op != O::CSNEG {
                (name(n), vec![o[0].clone(), cond])
            } else {
                (name(n), vec![o[0].clone(), o[1].clone(), cond])
            }
        }
        O::MADD | O::MSUB | O::SMADDL | O::UMADDL if is_zr(&o[3]) => {
            let n = match op {
                O::MADD => "mul",
                O::MSUB => "mneg",
                O::SMADDL => "smull",
                _ => "umull",
            };
            o.truncate(3);
            (name(n), o)
        }
        O::RET if matches!(o.first(), Some(K::Reg(Reg::Gpr { num: 30, .. }))) => {
            (name("ret"), Vec::new())
        }
        O::HINT if word == 0xd503_201f => (name("nop"), Vec::new()),
        O::INS => (name("mov"), o),
        O::DUP if matches!(o[0], K::Reg(Reg::Fp { .. })) => (name("mov"), o),
        O::UMOV
            if matches!(
                (&o[0], &o[1]),
                (
                    K::Reg(Reg::Gpr { wide: false, .. }),
                    K::Reg(Reg::Elem { size: 2, .. })
                ) | (
                    K::Reg(Reg::Gpr { wide: true, .. }),
                    K::Reg(Reg::Elem { size: 3, .. })
                )
            ) =>
        {
            (name("mov"), o)
        }
        O::SSHLL | O::USHLL | O::SSHLL2 | O::USHLL2 if imm(&o[2]) == 0 => {
            let n = match op {
                O::SSHLL => "sxtl",
                O::USHLL => "uxtl",
                O::SSHLL2 => "sxtl2",
                _ => "uxtl2",
            };
            o.truncate(2);
            (name(n), o)
        }
        O::Bcc(c) => (format!("b.{}", Cond(c).gnu()), o),
        _ => (format!("{op:?}").to_ascii_lowercase(), o),
    })
}

/// The bitfield moves and their aliases (`lsl`, `lsr`, `asr`, `ubfx`, `sbfiz`, `sxtw`, …).
fn bitfield(op: Opcode, o: Vec<K>, size: impl Fn(&[K]) -> i64) -> Result<(String, Vec<K>), String> {
    use Opcode as O;
    let (rd, rn) = (o[0].clone(), o[1].clone());
    let (immr, imms) = (imm(&o[2]), imm(&o[3]));
    let bits = size(&o);
    let w_of = |r: &K| match r {
        K::Reg(Reg::Gpr { num, .. }) => K::Reg(Reg::Gpr {
            num: *num,
            wide: false,
        }),
        other => other.clone(),
    };
    let two = |n: &str, a: i64, b: i64| {
        (
            n.to_string(),
            vec![rd.clone(), rn.clone(), K::Imm(a), K::Imm(b)],
        )
    };
    Ok(match op {
        O::UBFM if bits == 32 && immr == 0 && (imms == 7 || imms == 15) => {
            let n = if imms == 7 { "uxtb" } else { "uxth" };
            (n.to_string(), vec![rd.clone(), w_of(&rn)])
        }
        O::SBFM if immr == 0 && (imms == 7 || imms == 15 || (imms == 31 && bits == 64)) => {
            let n = match imms {
                7 => "sxtb",
                15 => "sxth",
                _ => "sxtw",
            };
            (n.to_string(), vec![rd.clone(), w_of(&rn)])
        }
        O::UBFM if imms == bits - 1 => ("lsr".to_string(), vec![rd, rn, K::Imm(immr)]),
        O::SBFM if imms == bits - 1 => ("asr".to_string(), vec![rd, rn, K::Imm(immr)]),
        O::UBFM if imms + 1 == immr => ("lsl".to_string(), vec![rd, rn, K::Imm(bits - 1 - imms)]),
        O::UBFM if imms < immr => two("ubfiz", bits - immr, imms + 1),
        O::SBFM if imms < immr => two("sbfiz", bits - immr, imms + 1),
        O::BFM if imms < immr => two("bfi", (bits - immr) & (bits - 1), imms + 1),
        O::UBFM => two("ubfx", immr, imms - immr + 1),
        O::SBFM => two("sbfx", immr, imms - immr + 1),
        O::BFM if imms >= immr => two("bfxil", immr, imms - immr + 1),
        _ => ("bfm".to_string(), o),
    })
}

/// Names the target of a PC-relative operand: the symbol of the instruction's relocation,
/// or the branch target's label or function.
fn resolve_pc_relative(
    mnemonic: &str,
    ops: &mut [K],
    reloc: Option<&Reloc>,
    at: &Place,
) -> Result<(), String> {
    let reloc_kind = reloc.map_or("", |r| r.kind.as_str());
    for op in ops.iter_mut() {
        let offset = match op {
            K::Page { symbol, offset } if symbol == PC => *offset,
            // `add x0, x0, :lo12:sym`, `ldr x0, [x0, :lo12:sym]`.
            K::Imm(_) | K::Mem(_) if reloc_kind.contains("_LO12") => {
                let r = reloc.expect("a relocation");
                let (symbol, offset) = at.symbol(&r.symbol, r.addend);
                *op = match op {
                    K::Mem(m) => K::Mem(Mem {
                        base: m.base,
                        addressing: Addressing::Lo12 { symbol, offset },
                    }),
                    _ => K::Lo12 { symbol, offset },
                };
                return Ok(());
            }
            _ => continue,
        };
        *op = match (mnemonic, reloc) {
            ("adrp" | "adr", Some(r)) if r.kind.contains("ADR_PREL") => {
                let (symbol, offset) = at.symbol(&r.symbol, r.addend);
                K::Page { symbol, offset }
            }
            // A code address of the function (a jump table's base), resolved in place.
            ("adr", None) => K::Page {
                symbol: (at.target)(at.pc.wrapping_add(offset as u64))?,
                offset: 0,
            },
            ("adrp" | "adr", _) => {
                return Err(format!(
                    "`{mnemonic}` names no symbol: the listing needs its relocations \
                     (objdump -d -r)"
                ))
            }
            (_, Some(r)) => match at.symbol(&r.symbol, r.addend) {
                (symbol, 0) => K::Target(symbol),
                (symbol, k) => {
                    return Err(format!(
                        "branch to `{symbol}{k:+}`: only a symbol's own address can be a \
                         branch target"
                    ))
                }
            },
            ("bl", None) if offset == 0 => {
                return Err(
                    "`bl` to itself and no relocation (an object file's listing \
                            without -r?)"
                        .to_string(),
                )
            }
            (_, None)
                if mnemonic == "ldr" || mnemonic.starts_with("ldrs") || mnemonic == "prfm" =>
            {
                return Err(format!("`{mnemonic}` of a literal is not supported"))
            }
            (_, None) => K::Target((at.target)(at.pc.wrapping_add(offset as u64))?),
        };
        return Ok(());
    }
    match reloc {
        Some(r) => Err(format!(
            "relocation `{} {}` on an instruction that has no operand it relocates",
            r.kind, r.symbol
        )),
        None => Ok(()),
    }
}

/// `ldp x0, x1, [sp]`: the two registers are one pair operand, as the parser writes them.
fn pair_registers(mnemonic: &str, ops: &mut Vec<K>) {
    let pairs = ["ldp", "stp", "ldpsw", "ldnp", "stnp", "ldxp", "ldaxp"];
    if pairs.contains(&mnemonic) && ops.len() >= 3 {
        if let (K::Reg(a), K::Reg(b)) = (&ops[0], &ops[1]) {
            let pair = K::Pair(*a, *b);
            ops.splice(0..2, [pair]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::label;
    use super::*;

    fn one(word: u32) -> Inst {
        let target = |a: u64| Ok(label(a));
        let at = Place {
            pc: 0,
            span: Default::default(),
            relocs: &[],
            target: &target,
        };
        Inst::decode_one(&word.to_le_bytes(), &at)
            .expect("decodes")
            .0
    }

    fn kinds(i: &Inst) -> Vec<K> {
        i.operands.iter().map(|o| o.kind.clone()).collect()
    }

    #[test]
    fn aliases_are_gnus_from_the_fields() {
        // orr w1, wzr, w2: `mov w1, w2`, 32-bit.
        let i = one(0x2a02_03e1);
        let w = |num| K::Reg(Reg::Gpr { num, wide: false });
        assert_eq!((i.mnemonic.as_str(), kinds(&i)), ("mov", vec![w(1), w(2)]));
        // ubfm x0, x1, #61, #60: `lsl x0, x1, #3`.
        let i = one(0xd37d_f020);
        assert_eq!(
            (i.mnemonic.as_str(), kinds(&i)[2].clone()),
            ("lsl", K::Imm(3))
        );
        // subs xzr, x0, #1: `cmp x0, #1`; csinc w0, wzr, wzr, ne: `cset w0, eq`.
        assert_eq!(one(0xf100_041f).mnemonic, "cmp");
        let i = one(0x1a9f_17e0);
        assert_eq!(
            (i.mnemonic.as_str(), kinds(&i)[1].clone()),
            ("cset", K::Cond(Cond(0)))
        );
        // ldp x29, x30, [sp], #16: one pair operand.
        let i = one(0xa8c1_7bfd);
        assert!(matches!(kinds(&i)[0], K::Pair(..)));
        // b.eq +8 is a label of the function.
        assert_eq!(kinds(&one(0x5400_0040))[0], K::Target(label(8)));
    }

    #[test]
    fn extended_registers_keep_their_extend_unless_sp_makes_it_lsl() {
        let ext = |num, extend, amount| K::Extended {
            reg: Reg::Gpr { num, wide: false },
            extend,
            amount,
        };
        // add x2, x1, w2, uxtw #1 (yaxpeax writes `lsl #1`).
        assert_eq!(kinds(&one(0x8b22_4422))[2], ext(2, Extend::Uxtw, Some(1)));
        // cmp x0, w20, uxtw: Rd is xzr, not sp, in the flag-setting form.
        assert_eq!(kinds(&one(0xeb34_401f))[1], ext(20, Extend::Uxtw, None));
        // add x0, sp, x0, lsl #2: uxtx with sp is `lsl`.
        assert!(matches!(
            kinds(&one(0x8b20_6be0))[2],
            K::Shifted {
                shift: Shift::Lsl,
                amount: 2,
                ..
            }
        ));
    }
}
