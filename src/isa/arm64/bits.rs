//! arm64 bit helpers, each written once: float immediates (VFPExpandImm), logical (bitmask)
//! immediates, and the words of the table rows that are emitted raw (`@raw_rrr`,
//! `@raw_movi`, `movz` with a zero immediate). Used by the lowering (`src/map/arm64.rs`) and
//! the native encoder (`src/verify/native_arm64.rs`).

use super::{Arrangement, FloatImm, Reg};

/// The value of an 8-bit `fmov` immediate (VFPExpandImm).
pub fn fimm_value(imm8: u8) -> f64 {
    let sign = if imm8 & 0x80 != 0 { -1.0 } else { 1.0 };
    let b = imm8 & 0x40 != 0;
    let cd = ((imm8 >> 4) & 3) as i32;
    let exp = if b { cd - 3 } else { cd + 1 };
    sign * (1.0 + (imm8 & 15) as f64 / 16.0) * 2f64.powi(exp)
}

/// The 8-bit `fmov` encoding of a float, if it has one.
pub fn fimm_encode(v: f64) -> Option<u8> {
    (0..=255u8).find(|i| fimm_value(*i) == v)
}

/// The logical-immediate fields `N:immr:imms` (as bits 22, 16–21, 10–15) of `v` in a
/// `bits`-wide operation, if it is a bitmask immediate.
pub fn bitmask(v: u64, bits: u32) -> Option<u32> {
    let mask = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let v = v & mask;
    if v == 0 || v == mask {
        return None;
    }
    // The smallest repeating element.
    let mut e = bits;
    while e > 2 {
        let h = e / 2;
        let hm = (1u64 << h) - 1;
        if v & hm != (v >> h) & hm {
            break;
        }
        e = h;
    }
    let em = if e == 64 { u64::MAX } else { (1u64 << e) - 1 };
    let elem = v & em;
    let ones = elem.count_ones();
    let low = if ones == 64 {
        u64::MAX
    } else {
        (1u64 << ones) - 1
    };
    let ror = |x: u64, r: u32| {
        if r == 0 {
            x
        } else {
            ((x >> r) | (x << (e - r))) & em
        }
    };
    // The element must be a rotated run of ones.
    let immr = (0..e).find(|r| ror(low, *r) == elem)?;
    let n = (e == 64) as u32;
    let imms = ((!(e * 2 - 1)) & 0x3f) | (ones - 1);
    Some(n << 22 | immr << 16 | (imms & 0x3f) << 10)
}

/// Whether `v` is an AArch64 logical (bitmask) immediate of `bits` width.
pub fn is_bitmask(v: u64, bits: u32) -> bool {
    bitmask(v, bits).is_some()
}

/// MOVZ (or with bit 30 cleared, MOVN) Rd, #imm16, lsl #16*hw.
pub fn movz_word(wide: bool, rd: u8, imm16: u32, hw: u32) -> u32 {
    (wide as u32) << 31 | 0x5280_0000 | hw << 21 | imm16 << 5 | rd as u32
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_immediates() {
        assert_eq!(fimm_encode(2.5).map(fimm_value), Some(2.5));
        assert_eq!(fimm_encode(-0.125).map(fimm_value), Some(-0.125));
        assert_eq!(fimm_encode(1.0), Some(0x70));
        assert_eq!(fimm_encode(0.1), None);
    }

    #[test]
    fn bitmasks() {
        assert!(is_bitmask(0xff, 64));
        assert!(is_bitmask(0x5555_5555_5555_5555, 64));
        assert!(is_bitmask(0xffff_0000, 32));
        assert!(!is_bitmask(0x1234, 64));
        assert!(!is_bitmask(0, 32));
    }

    #[test]
    fn bitmask_fields() {
        // and x0, x1, #0xff: N=1 immr=0 imms=7
        assert_eq!(bitmask(0xff, 64), Some(1 << 22 | 7 << 10));
        // and w0, w1, #0xffff0000: immr=16, imms=15
        assert_eq!(bitmask(0xffff_0000, 32), Some(16 << 16 | 15 << 10));
        // 0x5555...: element 2, one bit: imms=0b111100
        assert_eq!(bitmask(0x5555_5555_5555_5555, 64), Some(0b111100 << 10));
        assert_eq!(bitmask(0x1234, 64), None);
    }
}
