//! Loads, stores and moves: `MOVD`..`FMOVQ` (unsigned scaled offset, unscaled, pre/post
//! index, register offset, Go's REGTMP address for offsets out of range), register and
//! immediate moves, `$sym(SB)` addresses, LDP/STP, exclusive and atomic accesses, PRFM.

use super::consts::{add_imm, addi, addi12, fp_imm8, mov_const, split_imm24};
use super::context::err;
use super::insn::{Insn, Link, MoveKind};
use super::operands::{base_reg, fpr, gpr, is_sp, Arg, Reg};
use super::system::{PRFMOPS, RPRFMOPS};
use crate::verify::EncodeError;

type Done = Result<Link, EncodeError>;

/// A load or store with `mem` as address: the unsigned-offset `op` and the access scale.
pub(super) fn load_store(op: u32, scale: u8, rt: u32, mem: &Arg, suffix: &str) -> Option<u32> {
    let unscaled = op & !0x0100_0000 & !(0xfff << 10);
    match (mem, suffix) {
        (Arg::Mem(b, off), "") => {
            let rn = base_reg(b)?;
            let s = 1i64 << scale;
            if *off >= 0 && off % s == 0 && off / s < 4096 {
                Some(op | ((off / s) as u32) << 10 | rn << 5 | rt)
            } else if (-256..256).contains(off) {
                Some(unscaled | ((*off as u32) & 0x1ff) << 12 | rn << 5 | rt)
            } else {
                None
            }
        }
        (Arg::Mem(b, off), "P" | "W") => {
            let rn = base_reg(b)?;
            if !(-256..256).contains(off) {
                return None;
            }
            let mode = if suffix == "P" { 1 } else { 3 };
            Some(unscaled | ((*off as u32) & 0x1ff) << 12 | mode << 10 | rn << 5 | rt)
        }
        (Arg::MemIdx(b, r, opt, amt), "") => {
            let rn = base_reg(b)?;
            let rm = match r {
                Reg::R(n) => *n as u32,
                Reg::Zr => 31,
                _ => return None,
            };
            let s = match amt {
                None => 0,
                Some(0) => 0,
                Some(a) if *a as u32 == scale as u32 => 1,
                _ => return None,
            };
            Some(
                unscaled
                    | 1 << 21
                    | rm << 16
                    | (*opt as u32) << 13
                    | s << 12
                    | 2 << 10
                    | rn << 5
                    | rt,
            )
        }
        _ => None,
    }
}

/// A load or store as Go emits it: [`load_store`], or for an offset that fits neither the
/// scaled nor the unscaled form, the address into REGTMP first (`ADD`/`SUB $off, Rn, R27`
/// then offset 0, or `ADD $hi, Rn, R27` then the scaled `lo`).
pub(super) fn ldst(
    op: u32,
    scale: u8,
    rt: u32,
    mem: &Arg,
    suffix: &str,
    out: &mut Vec<u32>,
) -> Option<()> {
    if let Some(w) = load_store(op, scale, rt, mem, suffix) {
        out.push(w);
        return Some(());
    }
    let (Arg::Mem(b, off), "") = (mem, suffix) else {
        return None;
    };
    let rn = base_reg(b)?;
    if (-4095..=4095).contains(off) {
        out.push(addi12(*off, rn, 27));
        out.push(op | 27 << 5 | rt);
    } else {
        let (hi, lo) = split_imm24(*off, scale as u32)?;
        out.push(addi(hi as u32, rn, 27));
        out.push(op | (lo as u32) << 10 | 27 << 5 | rt);
    }
    Some(())
}

/// The data register of a load or store: FP/SIMD or general.
fn data(i: &Insn, fp: bool, r: &Arg) -> Result<u32, EncodeError> {
    if fp { fpr(r) } else { gpr(r, false) }.ok_or_else(|| i.bad())
}

/// `MOVD $sym(SB), Rn`: ADRP + ADD with both PC-relative fields left to the linker
/// (R_ADDRARM64), as `GOARCH=arm64 go tool asm -S` shows.
pub(super) fn mov_addr(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [Arg::Addr(m), d] if m.base == Some("SB") && i.suffix.is_empty() => {
            let rd = gpr(d, false)
                .ok_or_else(|| EncodeError::new("`MOVD $sym(SB)` needs a general register"))?;
            out.push(i.base | rd);
            out.push(0x9100_0000 | rd << 5 | rd);
            Ok(Link::PcRel)
        }
        _ => Err(i.bad()),
    }
}

/// `MOVx mem, Rt`: the row's base is the unsigned-offset load opcode.
pub(super) fn load(i: &Insn, scale: u8, fp: bool, out: &mut Vec<u32>) -> Done {
    let [mem, r] = i.args else {
        return Err(i.bad());
    };
    ldst(i.base, scale, data(i, fp, r)?, mem, i.suffix, out).ok_or_else(|| i.bad())?;
    Ok(Link::None)
}

/// `MOVx Rt|$0, mem`: the row's base is the unsigned-offset store opcode.
pub(super) fn store(i: &Insn, scale: u8, fp: bool, out: &mut Vec<u32>) -> Done {
    let [r, mem] = i.args else {
        return Err(i.bad());
    };
    let rt = match r {
        Arg::Imm(0) if !fp => 31,
        r => data(i, fp, r)?,
    };
    ldst(i.base, scale, rt, mem, i.suffix, out).ok_or_else(|| i.bad())?;
    Ok(Link::None)
}

/// Register and immediate moves of `MOVD`..`FMOVQ`; the row's base is the
/// register-to-register opcode (0: none), with Rm at bit 16 when it is an ORR, else Rn.
pub(super) fn mov(i: &Insn, kind: MoveKind, out: &mut Vec<u32>) -> Done {
    match i.args {
        [src, dst] if i.suffix.is_empty() => {
            move_words(kind, i.base, src, dst, out).ok_or_else(|| i.bad())?;
            Ok(Link::None)
        }
        _ => Err(i.bad()),
    }
}

fn move_words(kind: MoveKind, rr: u32, src: &Arg, dst: &Arg, out: &mut Vec<u32>) -> Option<()> {
    use MoveKind::*;
    let fp = matches!(kind, Fs | Fd | Fq);
    let rr = (rr != 0).then_some(rr);
    // FMOV Fd, ZR.
    let fp_zero = if kind == Fs { 0x1e2703e0 } else { 0x9e6703e0 };
    match (src, dst) {
        (Arg::Imm(v), d) if matches!(kind, D | W | Wu) => {
            let width = if kind == D { 64 } else { 32 };
            let rd = gpr(d, true).or_else(|| gpr(d, false))?;
            // MOVW of a constant whose low 32 bits are 0 (but not 0 itself): MOVZW $0.
            if width == 32 && *v != 0 && *v as u32 == 0 {
                out.push(0x52800000 | rd);
            } else if !mov_const(*v as u64, width, rd, out) {
                return None;
            }
        }
        (Arg::RegAddr(b, off), d) if kind == D => {
            let (op, v) = if *off < 0 {
                (0xd1000000, off.unsigned_abs())
            } else {
                (0x91000000, *off as u64)
            };
            let (rn, rd) = (base_reg(b)?, gpr(d, true)?);
            if v >= 0x1000 && v & 0xfff != 0 && v < 1 << 24 {
                // Go: the high part from the base first, then the low part.
                out.push(op | 1 << 22 | ((v >> 12) as u32) << 10 | rn << 5 | rd);
                out.push(op | ((v & 0xfff) as u32) << 10 | rd << 5 | rd);
            } else if !add_imm(op, v, rn, rd, out) {
                return None;
            }
        }
        (s, d) if kind == D && (is_sp(s) || is_sp(d)) => {
            out.push(0x91000000 | gpr(s, true)? << 5 | gpr(d, true)?);
        }
        (s, d) if !fp => {
            let b = rr?;
            if b & 0x1f00_0000 == 0x0a00_0000 {
                out.push(b | gpr(s, false)? << 16 | gpr(d, false)?);
            } else {
                out.push(b | gpr(s, false)? << 5 | gpr(d, false)?);
            }
        }
        (Arg::Imm(0), d) if kind != Fq => out.push(fp_zero | fpr(d)?),
        (Arg::FImm(v), d) => {
            let d = fpr(d)?;
            if *v == 0.0 && v.is_sign_positive() {
                out.push(fp_zero | d);
            } else {
                let ty = if kind == Fs { 0x1e201000 } else { 0x1e601000 };
                out.push(ty | fp_imm8(*v)? << 13 | d);
            }
        }
        (s, d) => {
            let sf = if kind == Fs { 0x1e26_0000 } else { 0x9e66_0000 };
            match (fpr(s), fpr(d), gpr(s, false), gpr(d, false)) {
                (Some(n), Some(dd), _, _) => out.push(rr? | n << 5 | dd),
                (Some(n), None, _, Some(dd)) => out.push(sf | n << 5 | dd),
                (None, Some(dd), Some(n), _) => out.push(sf | 0x1_0000 | n << 5 | dd),
                _ => return None,
            }
        }
    }
    Some(())
}

/// LDP/STP `off(Rn), (Rt1, Rt2)` / `(Rt1, Rt2), off(Rn)`, `.P`/`.W`; an offset out of range
/// goes, as in Go, through REGTMP (ADD/SUB, or two ADDs) with offset 0.
pub(super) fn pair(i: &Insn, scale: u8, load: bool, fp: bool, out: &mut Vec<u32>) -> Done {
    let (base, suffix) = (i.base, i.suffix);
    let (regs, mem) = match i.args {
        [m, p] if load => (p, m),
        [p, m] if !load => (p, m),
        _ => return Err(i.bad()),
    };
    let (Arg::Pair(r1, r2), Arg::Mem(b, off)) = (regs, mem) else {
        return Err(i.bad());
    };
    let (t1, t2) = (data(i, fp, &Arg::Reg(*r1))?, data(i, fp, &Arg::Reg(*r2))?);
    let rn = base_reg(b).ok_or_else(|| i.bad())?;
    let s = 1i64 << scale;
    if off % s != 0 || !(-64..64).contains(&(off / s)) {
        if !suffix.is_empty() {
            return err("pair offset out of range");
        }
        if (-4095..=4095).contains(off) {
            out.push(addi12(*off, rn, 27));
        } else {
            if rn == 27 {
                return err("REGTMP used in large offset pair");
            }
            let (hi, lo) = split_imm24(*off, 0).ok_or_else(|| {
                EncodeError::new("pair offset needs a literal pool (not modelled)")
            })?;
            out.push(addi(lo as u32, rn, 27));
            out.push(addi(hi as u32, 27, 27));
        }
        out.push(base | t2 << 10 | 27 << 5 | t1);
        return Ok(Link::None);
    }
    let mode = match suffix {
        "" => base,
        "P" => (base & !(3 << 23)) | 1 << 23,
        "W" => base | 3 << 23,
        _ => return Err(i.bad()),
    };
    out.push(mode | (((off / s) as u32) & 0x7f) << 15 | t2 << 10 | rn << 5 | t1);
    Ok(Link::None)
}

/// The base register of a `(Rn)` operand.
fn rn0(i: &Insn, b: &Reg) -> Result<u32, EncodeError> {
    base_reg(b).ok_or_else(|| i.bad())
}

/// `(Rn), Rt` (LDAR, LDXR...).
pub(super) fn ld_ex(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Mem(b, 0), t] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | rn0(i, b)? << 5 | i.g(t)?);
    Ok(Link::None)
}

/// `Rt, (Rn)` (STLR).
pub(super) fn st_rel(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [t, Arg::Mem(b, 0)] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | rn0(i, b)? << 5 | i.g(t)?);
    Ok(Link::None)
}

/// `Rt, (Rn), Rs` (STXR, STLXR).
pub(super) fn st_ex(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [t, Arg::Mem(b, 0), s] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(s)? << 16 | rn0(i, b)? << 5 | i.g(t)?);
    Ok(Link::None)
}

/// `(Rn), (Rt, Rt2)` (LDXP).
pub(super) fn ld_ex_pair(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Mem(b, 0), Arg::Pair(t1, t2)] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(&Arg::Reg(*t2))? << 10 | rn0(i, b)? << 5 | i.g(&Arg::Reg(*t1))?);
    Ok(Link::None)
}

/// `(Rt, Rt2), (Rn), Rs` (STXP).
pub(super) fn st_ex_pair(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Pair(t1, t2), Arg::Mem(b, 0), s] = i.args else {
        return Err(i.bad());
    };
    out.push(
        i.base
            | i.g(s)? << 16
            | i.g(&Arg::Reg(*t2))? << 10
            | rn0(i, b)? << 5
            | i.g(&Arg::Reg(*t1))?,
    );
    Ok(Link::None)
}

/// `Rs, (Rn), Rt` (LDADD, SWP, CAS).
pub(super) fn atomic(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [s, Arg::Mem(b, 0), t] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(s)? << 16 | rn0(i, b)? << 5 | i.g(t)?);
    Ok(Link::None)
}

/// `(Rs, Rs2), (Rn), (Rt, Rt2)` (CASP).
pub(super) fn casp(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Pair(s, _), Arg::Mem(b, 0), Arg::Pair(t, _)] = i.args else {
        return Err(i.bad());
    };
    out.push(i.base | i.g(&Arg::Reg(*s))? << 16 | rn0(i, b)? << 5 | i.g(&Arg::Reg(*t))?);
    Ok(Link::None)
}

/// PRFM `mem, op|$imm5` (Go's `prfopfield` names, mappings/arm64/go_prfops.tbl).
pub(super) fn prfm(i: &Insn, out: &mut Vec<u32>) -> Done {
    let op = match i.args {
        [_, Arg::Name(p)] => PRFMOPS.iter().find(|x| x.0 == *p).map(|x| x.1),
        [_, Arg::Imm(v)] if (0..32).contains(v) => Some(*v as u32),
        _ => None,
    };
    let op = op.ok_or_else(|| i.bad())?;
    match &i.args[0] {
        // Go has only PRFM's scaled form: an offset below 256 is truncated to a multiple of
        // 8 (`PRFM 3(R1)` is `prfm [x1]`); above it, it must be one; negative ones are refused.
        Arg::Mem(b, off) => {
            let fits = (0..256).contains(off) || (*off >= 0 && off % 8 == 0 && off / 8 < 4096);
            let rn = base_reg(b).filter(|_| fits).ok_or_else(|| i.bad())?;
            out.push(i.base | ((off / 8) as u32) << 10 | rn << 5 | op);
            Ok(Link::None)
        }
        mem => i.emit_some(load_store(i.base, 3, op, mem, ""), out),
    }
}

/// RPRFM `(Rn), Rm, op|$imm6` (Go's `rprfopfield` names).
pub(super) fn rprfm(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Mem(b, 0), rm, op] = i.args else {
        return Err(i.bad());
    };
    let op = match op {
        Arg::Imm(v) if (0..64).contains(v) => *v as u32,
        Arg::Name(p) => RPRFMOPS
            .iter()
            .find(|x| x.0 == *p)
            .map(|x| x.1)
            .ok_or_else(|| i.bad())?,
        _ => return Err(i.bad()),
    };
    let enc = (op & 32) << 10 | (op & 16) << 9 | (op & 8) << 9 | (op & 7);
    out.push(i.base | i.g(rm)? << 16 | rn0(i, b)? << 5 | enc);
    Ok(Link::None)
}
