//! The NEON families (Go's optab types 72-110 for vector operands): three-same,
//! two-register misc, shifts by immediate, narrowing and widening forms, across-lanes,
//! EXT/TBL/MOVI, element moves and duplicates (VMOV/VDUP), SHA3, crypto, and the structure
//! loads and stores VLDn/VSTn/VLDnR.

use super::insn::{Insn, Link};
use super::operands::{base_reg, gpr, vnum, Arg, Arr, Reg};
use crate::verify::EncodeError;

type Done = Result<Link, EncodeError>;

/// A register number as a field.
fn r(n: &u8) -> u32 {
    *n as u32
}

/// Q and size fields of a vector arrangement, if `sizes` (bit per element size) allows it.
fn vec_arr(base: u32, arr: Arr, sizes: u8) -> Option<u32> {
    if arr.size > 3 || sizes & (1 << arr.size) == 0 {
        return None;
    }
    let bits = (8u32 << arr.size) * arr.lanes as u32;
    let q = match bits {
        64 if arr.size < 3 => 0,
        128 => 1,
        _ => return None,
    };
    let size = if sizes == 1 { 0 } else { arr.size as u32 };
    Some(base | q << 30 | size << 22)
}

/// Bits of a vector arrangement (`B8` = 64, `Q1` = 128).
fn arr_bits(arr: Arr) -> u32 {
    (8u32 << arr.size) * arr.lanes as u32
}

/// The Q bit (bit 30) of a 64- or 128-bit arrangement.
fn q_bit(arr: Arr) -> Option<u32> {
    match arr_bits(arr) {
        64 => Some(0),
        128 => Some(1 << 30),
        _ => None,
    }
}

/// imm5 (bits 20:16) of element `idx` of `size` (DUP/INS/UMOV).
fn imm5(size: u8, idx: u8) -> Option<u32> {
    if size > 3 || idx as u32 >= 16 >> size {
        return None;
    }
    Some(((idx as u32) << (size + 1) | 1 << size) << 16)
}

/// Q and sz of an FP vector arrangement (S2, S4, D2).
fn fp_arr(arr: Arr) -> Option<u32> {
    match (arr.size, arr.lanes) {
        (2, 2) => Some(0),
        (2, 4) => Some(1 << 30),
        (3, 2) => Some(1 << 30 | 1 << 22),
        _ => None,
    }
}

fn is_zero(a: &Arg) -> bool {
    matches!(a, Arg::Imm(0)) || matches!(a, Arg::FImm(z) if *z == 0.0 && z.is_sign_positive())
}

/// Whether `wide` is the 128-bit arrangement of elements twice the size of `narrow`'s.
fn doubled(narrow: Arr, wide: Arr) -> bool {
    wide.size == narrow.size + 1 && arr_bits(wide) == 128
}

/// USHLL/SSHLL(2) `$sh, Vn.T, Vd.2T`.
fn vshll(base: u32, two: bool, sh: i64, n: u8, an: Arr, d: u8, ad: Arr) -> Option<u32> {
    let q = q_bit(an)?;
    let es = 8i64 << an.size;
    if an.size > 2 || (q != 0) != two || !doubled(an, ad) || !(0..es).contains(&sh) {
        return None;
    }
    Some(base | q | ((es + sh) as u32) << 16 | (n as u32) << 5 | d as u32)
}

/// Three-same `Vm.T, Vn.T, Vd.T` with an element size `sizes` allows.
pub(super) fn v3(i: &Insn, sizes: u8, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)] if am == an && an == ad => {
            vec_arr(i.base, *ad, sizes).map(|w| w | r(m) << 16 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Scalar VADD/VSUB `Vm, [Vn,] Vd` (D registers).
pub(super) fn v3_scalar(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Reg(Reg::V(m)), Arg::Reg(Reg::V(n)), Arg::Reg(Reg::V(d))]
        | [Arg::Reg(Reg::V(m)), Arg::Reg(Reg::V(n @ d))] => {
            Some(i.base | r(m) << 16 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Compare with zero `$0, Vn.T, Vd.T` (`VFCMEQ $(0.0), ...` for the FP ones).
pub(super) fn v_cmp_zero(i: &Insn, fp: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [z, Arg::Vec(n, an), Arg::Vec(d, ad)] if is_zero(z) && an == ad => {
            let f = if fp {
                fp_arr(*ad)
            } else {
                vec_arr(0, *ad, 0b1111)
            };
            f.map(|f| i.base | f | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Two-register misc `Vn.T, Vd.T`.
pub(super) fn v2(i: &Insn, sizes: u8, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, an), Arg::Vec(d, ad)] if an == ad => {
            vec_arr(i.base, *ad, sizes).map(|w| w | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// FP three-same `Vm.T, Vn.T, Vd.T` (T = S2, S4, D2).
pub(super) fn vf3(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)] if am == an && an == ad => {
            fp_arr(*ad).map(|f| i.base | f | r(m) << 16 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// FP two-register misc `Vn.T, Vd.T`.
pub(super) fn vf2(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, an), Arg::Vec(d, ad)] if an == ad => {
            fp_arr(*ad).map(|f| i.base | f | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Shift by immediate `$sh, Vn.T, Vd.T` (left: immh:immb = esize + sh; right: 2 * esize -
/// sh).
pub(super) fn v_sh_imm(i: &Insn, left: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Imm(sh), Arg::Vec(n, an), Arg::Vec(d, ad)] if an == ad => (|| {
            let q = q_bit(*ad)?;
            if ad.size > 3 || (ad.size == 3 && q == 0) {
                return None;
            }
            let es = 8i64 << ad.size;
            let hb = if left {
                if !(0..es).contains(sh) {
                    return None;
                }
                es + sh
            } else {
                if !(1..=es).contains(sh) {
                    return None;
                }
                2 * es - sh
            };
            Some(i.base | q | (hb as u32) << 16 | r(n) << 5 | r(d))
        })(),
        _ => None,
    };
    i.emit_some(w, out)
}

/// `$sh, Vn.2T, Vd.T` narrowing right shift (the `2` form writes the upper half).
pub(super) fn v_sh_narrow(i: &Insn, two: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Imm(sh), Arg::Vec(n, an), Arg::Vec(d, ad)] => (|| {
            let q = q_bit(*ad)?;
            let es = 8i64 << ad.size;
            if ad.size > 2 || (q != 0) != two || !doubled(*ad, *an) || !(1..=es).contains(sh) {
                return None;
            }
            Some(i.base | q | ((2 * es - sh) as u32) << 16 | r(n) << 5 | r(d))
        })(),
        _ => None,
    };
    i.emit_some(w, out)
}

/// `$sh, Vn.T, Vd.2T` widening left shift; UXTL/SXTL (no `$sh`) shift by 0.
pub(super) fn v_sh_long(i: &Insn, two: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Imm(sh), Arg::Vec(n, an), Arg::Vec(d, ad)] => {
            vshll(i.base, two, *sh, *n, *an, *d, *ad)
        }
        [Arg::Vec(n, an), Arg::Vec(d, ad)] => vshll(i.base, two, 0, *n, *an, *d, *ad),
        _ => None,
    };
    i.emit_some(w, out)
}

/// `Vn.2T, Vd.T` narrowing two-register misc (XTN, SQXTN...).
pub(super) fn v_narrow(i: &Insn, two: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, an), Arg::Vec(d, ad)] => q_bit(*ad).and_then(|q| {
            let fits = ad.size <= 2 && (q != 0) == two && doubled(*ad, *an);
            fits.then(|| i.base | q | (ad.size as u32) << 22 | r(n) << 5 | r(d))
        }),
        _ => None,
    };
    i.emit_some(w, out)
}

/// The single-precision arrangement beside D2 in FCVTN/FCVTL: S2, or S4 for the `2` form.
fn single(two: bool) -> Arr {
    Arr {
        size: 2,
        lanes: 2 + 2 * two as u8,
    }
}

const D2: Arr = Arr { size: 3, lanes: 2 };

// Go encodes FCVTN/FCVTL for double <-> single only (sz = 1), Q from the `2`, whatever the
// arrangements say; only those are accepted here.

/// FCVTN(2) `Vn.D2, Vd.S2|S4`.
pub(super) fn vf_narrow(i: &Insn, two: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, an), Arg::Vec(d, ad)] if *an == D2 && *ad == single(two) => {
            Some(i.base | (two as u32) << 30 | 1 << 22 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// FCVTL(2) `Vn.S2|S4, Vd.D2`.
pub(super) fn vf_long(i: &Insn, two: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, an), Arg::Vec(d, ad)] if *ad == D2 && *an == single(two) => {
            Some(i.base | (two as u32) << 30 | 1 << 22 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// `Vm.T, Vn.T, Vd.2T` long three-different (UMULL, SMLAL, PMULL...), with an element size
/// `sizes` allows.
pub(super) fn v_long3(i: &Insn, two: bool, sizes: u8, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)] if am == an => {
            q_bit(*an).and_then(|q| {
                let fits = sizes & (1 << an.size) != 0 && (q != 0) == two && doubled(*an, *ad);
                fits.then(|| i.base | q | (an.size as u32) << 22 | r(m) << 16 | r(n) << 5 | r(d))
            })
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// `Vm.T, Vn.2T, Vd.2T` wide three-different (UADDW...).
pub(super) fn v_wide3(i: &Insn, two: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)] if an == ad => {
            q_bit(*am).and_then(|q| {
                let fits = am.size <= 2 && (q != 0) == two && doubled(*am, *ad);
                fits.then(|| i.base | q | (am.size as u32) << 22 | r(m) << 16 | r(n) << 5 | r(d))
            })
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Across lanes `Vn.T, Vd` (ADDV, UMAXV...).
pub(super) fn v_across(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, an), Arg::Reg(Reg::V(d))] => q_bit(*an).and_then(|q| {
            let fits = an.size <= 2 && !(an.size == 2 && q == 0);
            fits.then(|| i.base | q | (an.size as u32) << 22 | r(n) << 5 | r(d))
        }),
        _ => None,
    };
    i.emit_some(w, out)
}

/// FP across lanes `Vn.S4, Vd`.
pub(super) fn vf_across(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(n, Arr { size: 2, lanes: 4 }), Arg::Reg(Reg::V(d))] => {
            Some(i.base | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// `$index, Vm.T, Vn.T, Vd.T` (EXT, bytes).
pub(super) fn v_ext(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Imm(k), Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)]
            if am == an && an == ad && ad.size == 0 =>
        {
            q_bit(*ad).and_then(|q| {
                (0..ad.lanes as i64)
                    .contains(k)
                    .then(|| i.base | q | r(m) << 16 | (*k as u32) << 11 | r(n) << 5 | r(d))
            })
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// TBL/TBX `Vm.T, [list of B16], Vd.T`.
pub(super) fn v_tbl(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(m, am), Arg::List(t, k, la, None), Arg::Vec(d, ad)]
            if am == ad && ad.size == 0 && *la == (Arr { size: 0, lanes: 16 }) =>
        {
            q_bit(*ad).map(|q| i.base | q | r(m) << 16 | (*k as u32 - 1) << 13 | r(t) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// MOVI `$imm8, Vd.B8|B16`.
pub(super) fn v_movi(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Imm(v), Arg::Vec(d, ad)] if ad.size == 0 && (0..256).contains(v) => {
            let v = *v as u32;
            q_bit(*ad).map(|q| i.base | q | (v >> 5) << 16 | (v & 31) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Whether every arrangement is `want`.
fn all_are(arrs: &[&Arr], want: Arr) -> bool {
    arrs.iter().all(|a| **a == want)
}

const B16: Arr = Arr { size: 0, lanes: 16 };

/// EOR3/BCAX `Va.B16, Vm.B16, Vn.B16, Vd.B16`.
pub(super) fn v_sha4(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(x, ax), Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)]
            if all_are(&[ax, am, an, ad], B16) =>
        {
            Some(i.base | r(m) << 16 | r(x) << 10 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// RAX1 `Vm.D2, Vn.D2, Vd.D2`.
pub(super) fn v_sha3(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)] if all_are(&[am, an, ad], D2) => {
            Some(i.base | r(m) << 16 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// XAR `$imm6, Vm.D2, Vn.D2, Vd.D2`.
pub(super) fn v_xar(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [Arg::Imm(k), Arg::Vec(m, am), Arg::Vec(n, an), Arg::Vec(d, ad)]
            if all_are(&[am, an, ad], D2) && (0..64).contains(k) =>
        {
            Some(i.base | r(m) << 16 | (*k as u32) << 10 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// VMOV and VDUP: element to general register (UMOV), element to element (INS), element to
/// scalar and vector (DUP), general register to vector (DUP) or element (INS), and the
/// vector move (ORR).
pub(super) fn v_mov(i: &Insn, dup: bool, out: &mut Vec<u32>) -> Done {
    let mov = !dup;
    let w = match i.args {
        [Arg::Elem(n, an, k), rd] if mov && gpr(rd, false).is_some() => (|| {
            let q = if an.size == 3 { 1 << 30 } else { 0 };
            Some(0x0e003c00 | q | imm5(an.size, *k)? | r(n) << 5 | gpr(rd, false)?)
        })(),
        [Arg::Elem(n, an, k), Arg::Elem(d, ad, j)] if mov && an.size == ad.size => (|| {
            imm5(ad.size, *k)?;
            Some(
                0x6e000400 | imm5(ad.size, *j)? | ((*k as u32) << an.size) << 11 | r(n) << 5 | r(d),
            )
        })(),
        [Arg::Elem(n, an, k), Arg::Reg(Reg::V(d))] => {
            imm5(an.size, *k).map(|f| 0x5e000400 | f | r(n) << 5 | r(d))
        }
        [Arg::Elem(n, an, k), Arg::Vec(d, ad)] if dup && an.size == ad.size => (|| {
            let q = q_bit(*ad)?;
            if ad.size > 3 || (ad.size == 3 && q == 0) {
                return None;
            }
            Some(0x0e000400 | q | imm5(an.size, *k)? | r(n) << 5 | r(d))
        })(),
        [rn, Arg::Vec(d, ad)] if gpr(rn, false).is_some() => (|| {
            let q = q_bit(*ad)?;
            if ad.size > 3 || (ad.size == 3 && q == 0) {
                return None;
            }
            Some(0x0e000c00 | q | (1 << ad.size) << 16 | gpr(rn, false)? << 5 | r(d))
        })(),
        [rn, Arg::Elem(d, ad, k)] if mov && gpr(rn, false).is_some() => {
            (|| Some(0x4e001c00 | imm5(ad.size, *k)? | gpr(rn, false)? << 5 | r(d)))()
        }
        [Arg::Vec(n, an), Arg::Vec(d, ad)] if mov && an == ad && an.size == 0 => {
            q_bit(*ad).map(|q| 0x0ea01c00 | q | r(n) << 16 | r(n) << 5 | r(d))
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// Crypto `Vm, Vn, Vd` (SHA1C, SHA256H, SHA512H...: fields only, any arrangement Go
/// accepts: `.S4`/`.D2` or the bare Q register).
pub(super) fn crypto3(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [m, n, d] => (|| Some(i.base | vnum(m)? << 16 | vnum(n)? << 5 | vnum(d)?))(),
        _ => None,
    };
    i.emit_some(w, out)
}

/// Crypto `Vn, Vd` (AESE, SHA1H, SHA256SU0...).
pub(super) fn crypto2(i: &Insn, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [n, d] => (|| Some(i.base | vnum(n)? << 5 | vnum(d)?))(),
        _ => None,
    };
    i.emit_some(w, out)
}

/// VLDn/VSTn/VLDnR `mem, list` / `list, mem`.
pub(super) fn v_ld_st(i: &Insn, k: u8, load: bool, rep: bool, out: &mut Vec<u32>) -> Done {
    let w = match i.args {
        [x, y] => {
            let (mem, regs) = if load { (x, y) } else { (y, x) };
            vldst(k, load, rep, i.base, i.suffix, mem, regs)
        }
        _ => None,
    };
    i.emit_some(w, out)
}

/// VLDn/VSTn/VLDnR: multiple structures, one lane, or replicate; `.P` post-indexes by the
/// transfer size (immediate, which must equal it) or by a register.
fn vldst(
    k: u8,
    load: bool,
    rep: bool,
    base: u32,
    suffix: &str,
    mem: &Arg,
    regs: &Arg,
) -> Option<u32> {
    let (rn, off, rm) = match (mem, suffix) {
        (Arg::Mem(b, 0), "") => (base_reg(b)?, 0, None),
        (Arg::Mem(b, off), "P") => (base_reg(b)?, *off, Some(31)),
        (Arg::MemIdx(b, Reg::R(m), 3, None), "P") => (base_reg(b)?, 0, Some(*m as u32)),
        _ => return None,
    };
    let post = |w: u32, size: i64| -> Option<u32> {
        match rm {
            None => Some(w),
            Some(m) => {
                if m == 31 && off != 0 && off != size {
                    return None;
                }
                Some(w | 1 << 23 | m << 16)
            }
        }
    };
    let w = match regs {
        Arg::List(t, cnt, arr, None) => {
            let q = q_bit(*arr)?;
            if arr.size > 3 {
                return None;
            }
            let sz = (arr.size as u32) << 10;
            if rep {
                if *cnt != k {
                    return None;
                }
                post(base | q | sz | rn << 5 | *t as u32, (k as i64) << arr.size)?
            } else {
                let opcode = match (k, cnt) {
                    (1, 1) => 7,
                    (1, 2) => 0xa,
                    (1, 3) => 6,
                    (1, 4) => 2,
                    (2, 2) => 8,
                    (3, 3) => 4,
                    (4, 4) => 0,
                    _ => return None,
                };
                let bytes = *cnt as i64 * if q != 0 { 16 } else { 8 };
                post(base | q | opcode << 12 | sz | rn << 5 | *t as u32, bytes)?
            }
        }
        Arg::Elem(t, arr, i) if k == 1 && !rep => {
            let i = *i as u32;
            let (q, s, size, opcode) = match arr.size {
                0 if i < 16 => (i >> 3, (i >> 2) & 1, i & 3, 0),
                1 if i < 8 => (i >> 2, (i >> 1) & 1, (i & 1) << 1, 2),
                2 if i < 4 => (i >> 1, i & 1, 0, 4),
                3 if i < 2 => (i, 0, 1, 4),
                _ => return None,
            };
            let single = if load { 0x0d400000 } else { 0x0d000000 };
            post(
                single | q << 30 | opcode << 13 | s << 12 | size << 10 | rn << 5 | *t as u32,
                1 << arr.size,
            )?
        }
        _ => return None,
    };
    Some(w)
}
