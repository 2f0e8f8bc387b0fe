//! Integer data processing families: ADD/SUB and the logical operations (immediate and
//! register forms, Go's REGTMP expansions of constants), two-, three- and four-register
//! forms, shifts, conditional selects and compares, bitfields, `MOVZ`/`MOVN`/`MOVK`.

use super::consts::{add_imm, addcon, bitmask, movcon, regtmp_const};
use super::context::err;
use super::insn::{Insn, Layout, Link, ShiftKind};
use super::operands::{is_sp, Arg, Reg};
use crate::verify::EncodeError;

type Done = Result<Link, EncodeError>;

const ZR: Arg = Arg::Reg(Reg::Zr);

/// The source, Rn and Rd of a form with `layout`.
fn operands<'x, 'a>(
    i: &Insn<'x, 'a>,
    layout: Layout,
) -> Result<(&'x Arg<'a>, Arg<'a>, Arg<'a>), EncodeError> {
    Ok(match (layout, i.args) {
        (Layout::Rnd, [s, n, d]) => (s, n.clone(), d.clone()),
        (Layout::Rnd, [s, d]) => (s, d.clone(), d.clone()),
        (Layout::Rn, [s, n]) => (s, n.clone(), ZR),
        (Layout::Rd, [s, d]) => (s, ZR, d.clone()),
        _ => return Err(i.bad()),
    })
}

/// `$imm` of a form `width` bits wide, as Go reads it (the low 32 bits for W forms).
fn constant(v: i64, width: u32) -> u64 {
    if width == 32 {
        v as u32 as u64
    } else {
        v as u64
    }
}

/// ADD/SUB(S), CMP/CMN, NEG(S) `$imm`. Go does not negate: a constant that is not an ADD
/// immediate (one word, or two for a 24-bit value without flags) goes through REGTMP.
pub(super) fn add_sub_imm(i: &Insn, layout: Layout, out: &mut Vec<u32>) -> Done {
    let (src, rn, rd) = operands(i, layout)?;
    let Arg::Imm(v) = src else {
        return Err(i.bad());
    };
    let (base, width) = (i.base, i.width());
    let sets = base & 0x2000_0000 != 0;
    let imm_base = (base & 0xe000_0000) | 0x1100_0000;
    let v = constant(*v, width);
    let (sp_n, sp_d) = (is_sp(&rn), is_sp(&rd));
    let rn = i.gs(&rn)?;
    let rd = if sets { i.g(&rd)? } else { i.gs(&rd)? };
    if addcon(v) || (!sets && v <= 0xff_ffff && !movcon(v, width) && bitmask(v, width).is_none()) {
        add_imm(imm_base, v, rn, rd, out);
    } else {
        if rn == 27 && !sp_n {
            return err("REGTMP used with a large constant");
        }
        regtmp_const(v, width, out);
        if sp_n || sp_d {
            let opt = if i.w64() { 3 } else { 2 };
            out.push(base | 0x0020_0000 | 27 << 16 | opt << 13 | rn << 5 | rd);
        } else {
            out.push(base | 27 << 16 | rn << 5 | rd);
        }
    }
    Ok(Link::None)
}

/// ADD/SUB(S), CMP/CMN, NEG(S) with a shifted or extended register; beside RSP a plain or
/// `LSL`-shifted register takes the extended form.
pub(super) fn add_sub_reg(i: &Insn, layout: Layout, out: &mut Vec<u32>) -> Done {
    let (src, rn, rd) = operands(i, layout)?;
    let (base, width) = (i.base, i.width());
    let sets = base & 0x2000_0000 != 0;
    let ext = if i.w64() { 3 } else { 2 };
    match src {
        Arg::Reg(_) | Arg::Shift(..) if !(is_sp(&rn) || is_sp(&rd)) => {
            let (rm, k, n) = match src {
                Arg::Shift(r, k, n) => (Arg::Reg(*r), *k as u32, *n as u32),
                r => (r.clone(), 0, 0),
            };
            if k == 3 || n >= width {
                return Err(i.bad());
            }
            out.push(base | k << 22 | i.g(&rm)? << 16 | n << 10 | i.g(&rn)? << 5 | i.g(&rd)?);
        }
        Arg::Reg(_) | Arg::Ext(..) | Arg::Shift(_, 0, _) => {
            let (rm, opt, n) = match src {
                Arg::Ext(r, x, n) => (Arg::Reg(*r), *x as u32, *n as u32),
                Arg::Shift(r, _, n) => (Arg::Reg(*r), ext, *n as u32),
                r => (r.clone(), ext, 0),
            };
            if n > 4 {
                return Err(i.bad());
            }
            let rd = if sets { i.g(&rd)? } else { i.gs(&rd)? };
            out.push(
                base | 0x0020_0000 | i.g(&rm)? << 16 | opt << 13 | n << 10 | i.gs(&rn)? << 5 | rd,
            );
        }
        _ => return Err(i.bad()),
    }
    Ok(Link::None)
}

/// AND/ORR/EOR/BIC/ORN/EON/ANDS/BICS, TST, MVN `$imm`: the bitmask immediate, or (as Go)
/// the constant into REGTMP and the register form.
pub(super) fn logic_imm(i: &Insn, layout: Layout, out: &mut Vec<u32>) -> Done {
    let (src, rn, rd) = operands(i, layout)?;
    let Arg::Imm(v) = src else {
        return Err(i.bad());
    };
    let (base, width) = (i.base, i.width());
    let inv = base & 0x0020_0000 != 0;
    let v = constant(*v, width);
    let opc = base & 0xe000_0000;
    let sets = opc & 0x6000_0000 == 0x6000_0000;
    let to_zr = matches!(rd, Arg::Reg(Reg::Zr)) && !sets;
    // Into ZR, Go loads REGTMP by a class-dependent route (and pads some forms with a zero
    // word): only the 12-bit bitmask case is modelled.
    if to_zr && !(v <= 0xfff && bitmask(v, width).is_some()) {
        return err("logical immediate into ZR: Go's expansion not modelled");
    }
    match bitmask(v, width) {
        Some(_) if !to_zr => {
            let iv = if inv { !v } else { v };
            let b = bitmask(iv, width).ok_or_else(|| i.bad())?;
            let rd = if sets { i.g(&rd)? } else { i.gs(&rd)? };
            out.push(opc | 0x1200_0000 | b | i.g(&rn)? << 5 | rd);
        }
        // Go: the constant into REGTMP (ORR for a bitmask that is not a single MOVZ/MOVN,
        // else MOVZ/MOVN[+MOVK]), then the register form.
        bm => {
            let rn = i.g(&rn)?;
            if rn == 27 {
                return err("REGTMP used with a large constant");
            }
            match bm {
                Some(b) if addcon(v) || !movcon(v, width) => {
                    out.push((base & 0x8000_0000) | 0x3200_0000 | b | 31 << 5 | 27)
                }
                _ => regtmp_const(v, width, out),
            }
            out.push(base | 27 << 16 | rn << 5 | i.g(&rd)?);
        }
    }
    Ok(Link::None)
}

/// The logical operations, TST and MVN with a shifted register.
pub(super) fn logic_reg(i: &Insn, layout: Layout, out: &mut Vec<u32>) -> Done {
    let (src, rn, rd) = operands(i, layout)?;
    let (rm, k, n) = match src {
        Arg::Shift(r, k, n) => (Arg::Reg(*r), *k as u32, *n as u32),
        Arg::Reg(_) => (src.clone(), 0, 0),
        _ => return Err(i.bad()),
    };
    if n >= i.width() {
        return Err(i.bad());
    }
    out.push(i.base | k << 22 | i.g(&rm)? << 16 | n << 10 | i.g(&rn)? << 5 | i.g(&rd)?);
    Ok(Link::None)
}

/// `Rm, [Rn,] Rd` (ADC, UDIV, LSLV, CRC32, SMULH, MUL...) and NGC `Rm, Rd`; `$0` is ZR.
pub(super) fn rrr(i: &Insn, layout: Layout, out: &mut Vec<u32>) -> Done {
    let (m, n, d) = operands(i, layout)?;
    let g = |x: &Arg| match x {
        Arg::Imm(0) => Ok(31),
        x => i.g(x),
    };
    let (rm, rn, rd) = (g(m)?, g(&n)?, g(&d)?);
    out.push(i.base | rm << 16 | rn << 5 | rd);
    Ok(Link::None)
}

/// `Rm, Ra, Rn, Rd` (MADD, SMADDL...).
pub(super) fn rrrr(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [m, ra, n, d] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(m)? << 16 | i.g(ra)? << 10 | i.g(n)? << 5 | i.g(d)?);
    Ok(Link::None)
}

/// `Rn, Rd` (CLZ, REV, SXTW...).
pub(super) fn rr(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [n, d] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(n)? << 5 | i.g(d)?);
    Ok(Link::None)
}

/// LSL/LSR/ASR/ROR `$n`: the bitfield (UBFM/SBFM) or EXTR alias.
pub(super) fn shift_imm(i: &Insn, kind: ShiftKind, out: &mut Vec<u32>) -> Done {
    let (src, rn, rd) = match i.args {
        [s, n, d] => (s, i.g(n)?, i.g(d)?),
        [s, d] => (s, i.g(d)?, i.g(d)?),
        _ => return Err(i.bad()),
    };
    let (width, w64) = (i.width(), i.w64());
    let n = i.im_in(src, 0, width as i64 - 1)?;
    let nbit = if w64 { 0x8040_0000 } else { 0 };
    let m = width - 1;
    let w = match kind {
        ShiftKind::Lsl => 0x5300_0000 | nbit | ((width - n) % width) << 16 | (m - n) << 10,
        ShiftKind::Lsr => 0x5300_0000 | nbit | n << 16 | m << 10,
        ShiftKind::Asr => 0x1300_0000 | nbit | n << 16 | m << 10,
        ShiftKind::Ror => (if w64 { 0x93c0_0000 } else { 0x1380_0000 }) | rn << 16 | n << 10,
    };
    out.push(w | rn << 5 | rd);
    Ok(Link::None)
}

/// `cond, Rn, Rm, Rd`.
pub(super) fn csel(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [c, n, m, d] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(m)? << 16 | i.cond(c)? << 12 | i.g(n)? << 5 | i.g(d)?);
    Ok(Link::None)
}

/// An inverted condition (the CSET/CINC aliases); Go refuses AL and NV there, as GNU does.
fn inverted(i: &Insn, c: &Arg) -> Result<u32, EncodeError> {
    match i.cond(c)? {
        14 | 15 => Err(i.bad()),
        c => Ok(c ^ 1),
    }
}

/// `cond, Rd`: Rn = Rm = ZR, condition inverted.
pub(super) fn cset(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [c, d] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | 31 << 16 | inverted(i, c)? << 12 | 31 << 5 | i.g(d)?);
    Ok(Link::None)
}

/// `cond, Rn, Rd`: Rm = Rn, condition inverted.
pub(super) fn cinc(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [c, n, d] = i.args else {
        return Err(i.bad());
    };
    let rn = i.g(n)?;
    out.push(i.base | rn << 16 | inverted(i, c)? << 12 | rn << 5 | i.g(d)?);
    Ok(Link::None)
}

/// `cond, Rn, Rm|$imm, $nzcv`.
pub(super) fn ccmp(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [c, n, s, nzcv] = i.args else {
        return Err(i.bad());
    };
    let nz = i.im_in(nzcv, 0, 15)?;
    let w = match s {
        Arg::Imm(v) if (0..32).contains(v) => i.base | 0x800 | (*v as u32) << 16,
        r => i.base | i.g(r)? << 16,
    };
    out.push(w | i.cond(c)? << 12 | i.g(n)? << 5 | nz);
    Ok(Link::None)
}

/// `$x, Rn, $y, Rd` with immr and imms computed from x and y by `fields`; `field`: x is
/// a bit number and y a field width (1..=width-x), else both are bit numbers.
fn bitfield(
    i: &Insn,
    field: bool,
    fields: impl Fn(u32, u32, u32) -> (u32, u32),
    out: &mut Vec<u32>,
) -> Done {
    let [x, n, y, d] = i.args else {
        return Err(i.bad());
    };
    let width = i.width();
    let x = i.im_in(x, 0, width as i64 - 1)?;
    let y = match field {
        true => i.im_in(y, 1, (width - x) as i64)?,
        false => i.im_in(y, 0, width as i64 - 1)?,
    };
    let (immr, imms) = fields(width, x, y);
    if immr >= width || imms >= width {
        return Err(i.bad());
    }
    out.push(i.base | immr << 16 | imms << 10 | i.g(n)? << 5 | i.g(d)?);
    Ok(Link::None)
}

/// BFM/SBFM/UBFM `$immr, $imms, Rn, Rd`.
pub(super) fn bfm(i: &Insn, out: &mut Vec<u32>) -> Done {
    bitfield(i, false, |_, x, y| (x, y), out)
}

/// BFI/SBFIZ/UBFIZ `$lsb, $width, Rn, Rd`.
pub(super) fn bfi(i: &Insn, out: &mut Vec<u32>) -> Done {
    bitfield(i, true, |w, x, y| ((w - x) % w, y - 1), out)
}

/// BFXIL/SBFX/UBFX `$lsb, $width, Rn, Rd`.
pub(super) fn bfx(i: &Insn, out: &mut Vec<u32>) -> Done {
    bitfield(i, true, |_, x, y| (x, x + y - 1), out)
}

/// `$lsb, Rm, Rn, Rd`.
pub(super) fn extr(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [l, m, n, d] = i.args else {
        return Err(i.bad());
    };
    let lsb = i.im_in(l, 0, i.width() as i64 - 1)?;
    out.push(i.base | i.g(m)? << 16 | lsb << 10 | i.g(n)? << 5 | i.g(d)?);
    Ok(Link::None)
}

/// MOVZ/MOVN/MOVK `$imm, Rd` (the half-word from the value's position).
pub(super) fn movk(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [v, d] = i.args else {
        return Err(i.bad());
    };
    let width = i.width();
    let v = match width {
        32 => i.im_in(v, i32::MIN as i64, u32::MAX as i64)? as u64,
        _ => i.im(v)? as u64,
    };
    let hw = (0..width / 16)
        .find(|k| v & !(0xffffu64 << (16 * k)) == 0)
        .ok_or_else(|| i.bad())?;
    if v == 0 {
        return err("Go rejects MOVZ/MOVN/MOVK $0");
    }
    out.push(i.base | hw << 21 | ((v >> (16 * hw)) as u32 & 0xffff) << 5 | i.g(d)?);
    Ok(Link::None)
}
