//! The words of the arm64 table rows that are emitted raw (`@raw_rrr`, `@raw_movi`,
//! `@raw_roff`): Go has
//! no spelling that encodes identically. Used by `ir::a64::Inst` for the lowering and the
//! native encoder.

use super::{Arrangement, FloatImm, Modifier, Reg, Shift};

/// Three-register (or two-register) SIMD forms: Rd, Rn, Rm at bits 0, 5, 16; Q and size
/// from `arr`, the last operand's arrangement when it is a vector.
pub fn rrr_word(opcode: u32, regs: &[u32], arr: Option<Arrangement>) -> u32 {
    let mut word = opcode;
    for (num, shift) in regs.iter().zip([0u32, 5, 16]) {
        word |= num << shift;
    }
    if let Some(arr) = arr {
        word |= arr.q() << 30 | arr.size() << 22;
    }
    word
}

/// Loads and stores with a register offset (`ldr q0, [x1, x2, lsl #4]`, `str h1, [x3, w4,
/// sxtw #1]`): Rt, Rn, Rm at bits 0, 5, 16, the index's extension (`option`, bits 13-15)
/// and whether it is scaled (S, bit 12) on the base `opcode` (size, V, opc). `None` when the
/// amount is neither 0 nor the access size's log2, or the modifier is not `lsl` or an
/// extension from a 32- or 64-bit register.
pub fn roff_word(
    opcode: u32,
    rt: u32,
    rn: u32,
    rm: u32,
    modifier: Option<Modifier>,
) -> Option<u32> {
    let (size, v, opc) = (opcode >> 30, opcode >> 26 & 1, opcode >> 22 & 3);
    let scale = if v == 1 && opc >= 2 { 4 } else { size };
    let (option, scaled) = match modifier {
        None => (3, false),
        Some(Modifier::Shift(Shift::Lsl, a)) => (3, a as u32 == scale && (a != 0 || scale == 0)),
        Some(Modifier::Extend(e, a)) if e.option() & 2 == 2 => {
            (e.option(), a.is_some_and(|a| a as u32 == scale))
        }
        _ => return None,
    };
    if modifier.is_some_and(|m| m.amount() != 0 && m.amount() as u32 != scale) {
        return None;
    }
    Some(opcode | rm << 16 | option << 13 | (scaled as u32) << 12 | rn << 5 | rt)
}

/// The immediate of a modified-immediate SIMD instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdImm {
    Int(i64),
    Float(FloatImm),
}

/// MOVI/MVNI/FMOV (vector, immediate): the AdvSIMD modified-immediate encodings, for a
/// destination vector (or `d` register) and the immediate (shifts already applied).
pub fn movi_word(mnemonic: &str, rd: Reg, imm: SimdImm) -> Option<u32> {
    use Arrangement::*;
    let (rd, arr, scalar_d) = match rd {
        Reg::Vec { num, arr } => (num as u32, arr, false),
        Reg::Fp { num, size: 3 } => (num as u32, D2, true),
        _ => return None,
    };
    let q = if scalar_d { 0 } else { arr.q() };
    let (op, cmode, imm8) = match (imm, mnemonic) {
        (SimdImm::Float(f), "fmov") => {
            let f = match f {
                FloatImm::Imm8(v) => v as u64,
                FloatImm::Zero => return None,
            };
            match arr {
                S2 | S4 => (0, 0b1111, f),
                D2 => (1, 0b1111, f),
                _ => return None,
            }
        }
        (SimdImm::Int(v), "movi" | "mvni") => {
            let v = v as u64;
            let neg = (mnemonic == "mvni") as u32;
            match arr {
                B8 | B16 if neg == 0 => (0, 0b1110, v & 0xff),
                H4 | H8 => {
                    let (b, s) = byte_shift(v, &[0, 8])?;
                    (neg, 0b1000 | (s / 8) << 1, b)
                }
                S2 | S4 => {
                    let (b, s) = byte_shift(v, &[0, 8, 16, 24])?;
                    (neg, (s / 8) << 1, b)
                }
                D1 | D2 if neg == 0 => {
                    let mut imm8 = 0u64;
                    for i in 0..8 {
                        match (v >> (8 * i)) & 0xff {
                            0 => {}
                            0xff => imm8 |= 1 << i,
                            _ => return None,
                        }
                    }
                    (1, 0b1110, imm8)
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    let imm8 = imm8 as u32;
    Some(0x0f00_0400 | q << 30 | op << 29 | (imm8 >> 5) << 16 | cmode << 12 | (imm8 & 31) << 5 | rd)
}

/// `v` as `byte << shift` for one of the allowed shifts (smallest first).
fn byte_shift(v: u64, shifts: &[u32]) -> Option<(u64, u32)> {
    shifts
        .iter()
        .find(|s| v >> *s << *s == v && v >> *s <= 0xff)
        .map(|s| (v >> s, *s))
}
