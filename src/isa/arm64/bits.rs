//! arm64 bit helpers, each written once: float immediates (VFPExpandImm), logical (bitmask)
//! immediates and `movz` words. (The words of the raw SIMD rows are in `words.rs`.) Used by the lowering (`src/map/arm64.rs`) and
//! the native encoder (`src/verify/native_arm64.rs`).

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
