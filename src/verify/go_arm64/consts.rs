//! Go's constant classes and the words it builds constants with (asm7.go: `isaddcon`,
//! `isbitcon`/`bitconEncode`, `movcon`, `oaddi`, `splitImm24uScaled`, the `MOVD $imm`
//! sequences and the REGTMP (R27) expansions of constants that have no immediate form).
//!
//! [`bitmask`] (the logical-immediate encoder) lives here once for the Go-asm side.

/// The N:immr:imms of a logical immediate, if `v` is one (`width` 32 or 64).
pub fn bitmask(v: u64, width: u32) -> Option<u32> {
    let v = if width == 32 {
        let lo = v & 0xffff_ffff;
        if v >> 32 != 0 && v >> 32 != 0xffff_ffff {
            return None;
        }
        lo | lo << 32
    } else {
        v
    };
    if v == 0 || v == u64::MAX {
        return None;
    }
    // Smallest repeating element.
    let mut size = 64u32;
    while size > 2 {
        let half = size / 2;
        let mask = (1u64 << half) - 1;
        if (v & mask) != ((v >> half) & mask) {
            break;
        }
        size = half;
    }
    let mask = if size == 64 {
        u64::MAX
    } else {
        (1u64 << size) - 1
    };
    let e = v & mask;
    let ones = e.count_ones();
    // Rotate so that the ones are at the bottom: find r with ror(e, r) == 2^ones - 1.
    let target = if ones == 64 {
        u64::MAX
    } else {
        (1u64 << ones) - 1
    };
    let rot = |x: u64, r: u32| -> u64 {
        if r == 0 {
            x
        } else {
            ((x >> r) | (x << (size - r))) & mask
        }
    };
    let r = (0..size).find(|r| rot(e, *r) == target)?;
    let immr = (size - r) % size;
    let n = (size == 64) as u32;
    let imms = ((!(size * 2 - 1)) & 0x3f) | (ones - 1);
    if width == 32 && n == 1 {
        return None;
    }
    Some(n << 22 | immr << 16 | imms << 10)
}

/// Go's `isaddcon`: a 12-bit immediate, optionally shifted by 12.
pub(super) fn addcon(v: u64) -> bool {
    v <= 0xfff || (v & 0xfff == 0 && v >> 12 <= 0xfff)
}

/// Go's `movcon` of `v` or its complement: one MOVZ or MOVN loads it.
pub(super) fn movcon(v: u64, width: u32) -> bool {
    let one = |x: u64| {
        (0..width / 16)
            .filter(|i| (x >> (16 * i)) & 0xffff != 0)
            .count()
            <= 1
    };
    let mask = if width == 32 { 0xffff_ffff } else { u64::MAX };
    one(v & mask) || one(!v & mask)
}

pub(super) fn wide(base: u32) -> bool {
    base & 0x8000_0000 != 0
}

/// ADD/SUB immediate words for `v` (one or two: low 12 bits, then `LSL #12`).
pub(super) fn add_imm(base_imm: u32, v: u64, rn: u32, rd: u32, out: &mut Vec<u32>) -> bool {
    if v < 0x1000 {
        out.push(base_imm | (v as u32) << 10 | rn << 5 | rd);
    } else if v & 0xfff == 0 && v >> 12 < 0x1000 {
        out.push(base_imm | 1 << 22 | ((v >> 12) as u32) << 10 | rn << 5 | rd);
    } else if v < 1 << 24 {
        // Go: the low part first, then the high part into the destination.
        out.push(base_imm | ((v & 0xfff) as u32) << 10 | rn << 5 | rd);
        out.push(base_imm | 1 << 22 | ((v >> 12) as u32) << 10 | rd << 5 | rd);
    } else {
        return false;
    }
    true
}

/// A constant into REGTMP (R27) for an instruction that has no immediate form for it: as
/// `MOVD`/`MOVW` would load it, except that 0 is `MOVZ $0`.
pub(super) fn regtmp_const(v: u64, width: u32, out: &mut Vec<u32>) {
    if v & if width == 32 { 0xffff_ffff } else { u64::MAX } == 0 {
        out.push(if width == 64 { 0xd280001b } else { 0x5280001b });
    } else {
        mov_const(v, width, 27, out);
    }
}

/// Go's `MOVD/MOVW $imm, Rd`.
pub(super) fn mov_const(v: u64, width: u32, rd: u32, out: &mut Vec<u32>) -> bool {
    let sf: u32 = if width == 64 { 0x8000_0000 } else { 0 };
    let v = if width == 32 { v & 0xffff_ffff } else { v };
    let hws = width / 16;
    let hw = |i: u32| ((v >> (16 * i)) & 0xffff) as u32;
    if v == 0 {
        out.push(sf | 0x2a0003e0 | 31 << 16 | rd);
        return true;
    }
    let zeros = (0..hws).filter(|i| hw(*i) == 0).count() as u32;
    let ones = (0..hws).filter(|i| hw(*i) == 0xffff).count() as u32;
    // Go's classes ABCON0/ABCON/BITCON (a bitmask that is an ADD immediate, or that no
    // single MOVZ/MOVN loads) take ORR; MBCON/MOVCON take MOVZ/MOVN. Not into ZR.
    if rd != 31 && (addcon(v) || !movcon(v, width)) {
        if let Some(b) = bitmask(v, width) {
            out.push(sf | 0x32000000 | b | 31 << 5 | rd);
            return true;
        }
    }
    if zeros == hws - 1 {
        let i = (0..hws).find(|i| hw(*i) != 0).unwrap();
        out.push(sf | 0x52800000 | i << 21 | hw(i) << 5 | rd);
        return true;
    }
    if ones >= hws - 1 {
        let i = (0..hws).find(|i| hw(*i) != 0xffff).unwrap_or(0);
        out.push(sf | 0x12800000 | i << 21 | (!hw(i) & 0xffff) << 5 | rd);
        return true;
    }
    if let Some(b) = bitmask(v, width) {
        out.push(sf | 0x32000000 | b | 31 << 5 | rd);
        return true;
    }
    // ORR with one half-word patched by MOVK, when MOVZ/MOVN would take 3 or 4 words.
    if width == 64 && zeros.max(ones) < 2 {
        for i in 0..4 {
            for j in 0..4 {
                if i == j {
                    continue;
                }
                let c = (v & !(0xffffu64 << (16 * i))) | (hw(j) as u64) << (16 * i);
                if let Some(b) = bitmask(c, 64) {
                    out.push(sf | 0x32000000 | b | 31 << 5 | rd);
                    out.push(sf | 0x72800000 | i << 21 | hw(i) << 5 | rd);
                    return true;
                }
            }
        }
    }
    let (first, skip) = if ones > zeros {
        (0x12800000u32, 0xffffu32)
    } else {
        (0x52800000u32, 0u32)
    };
    let mut started = false;
    for i in 0..hws {
        if hw(i) == skip {
            continue;
        }
        if !started {
            let val = if skip == 0 { hw(i) } else { !hw(i) & 0xffff };
            out.push(sf | first | i << 21 | val << 5 | rd);
            started = true;
        } else {
            out.push(sf | 0x72800000 | i << 21 | hw(i) << 5 | rd);
        }
    }
    true
}

/// Go's `oaddi12`: `ADD $v, Rn, Rd` or `SUB $-v, Rn, Rd` (|v| < 4096).
pub(super) fn addi12(v: i64, rn: u32, rd: u32) -> u32 {
    let op = if v < 0 { 0xd1000000 } else { 0x91000000 };
    op | (v.unsigned_abs() as u32) << 10 | rn << 5 | rd
}

/// Go's `oaddi`: `ADD $v, Rn, Rd` with a 12-bit value or one shifted by 12.
pub(super) fn addi(v: u32, rn: u32, rd: u32) -> u32 {
    if v & 0xfff000 != 0 {
        0x91400000 | (v >> 12) << 10 | rn << 5 | rd
    } else {
        0x91000000 | v << 10 | rn << 5 | rd
    }
}

/// Go's `splitImm24uScaled`: `v = hi + lo << shift` with hi an ADD immediate, lo < 4096.
pub(super) fn split_imm24(v: i64, shift: u32) -> Option<(i64, i64)> {
    if v < 0 || v > 0xfff000 + (0xfff << shift) {
        return None;
    }
    let hi = (v - (0xfff << shift)).max(v & ((1 << shift) - 1));
    if hi <= 0xfff {
        let lo = (v - hi) >> shift;
        if lo <= 0xfff {
            return Some((hi, lo));
        }
    }
    let mut lo = (v >> shift) & 0xfff;
    let mut hi = v - (lo << shift);
    if hi > 0xfff000 {
        hi = 0xfff000;
        lo = (v - hi) >> shift;
    }
    if hi & !0xfff000 == 0 && hi + (lo << shift) == v {
        return Some((hi, lo));
    }
    None
}

/// The 8-bit FMOV immediate for `v`, if representable.
pub(super) fn fp_imm8(v: f64) -> Option<u32> {
    for imm in 0u32..256 {
        let sign = if imm & 0x80 != 0 { -1.0 } else { 1.0 };
        let b = (imm >> 6) & 1;
        let exp = ((1 - b) << 2 | ((imm >> 4) & 3)) as i32 - 3;
        let frac = 1.0 + (imm & 0xf) as f64 / 16.0;
        if sign * frac * 2f64.powi(exp) == v {
            return Some(imm);
        }
    }
    None
}
