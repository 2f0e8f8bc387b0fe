//! Branches and PC-relative addresses: B/BL (to a label, `n(PC)`, a symbol or a register),
//! conditional branches, CBZ/TBZ, RET, ADR/ADRP. Label displacements come from
//! [`Context::labels`]; `n(PC)` counts instructions, as in Go.

use super::context::Context;
use super::insn::{Insn, Link};
use super::operands::{base_reg, cond, gpr, Arg};
use crate::verify::EncodeError;

type Done = Result<Link, EncodeError>;

/// The byte displacement to a branch target and whether it is a label (or symbol).
fn branch_target(a: &Arg, ctx: &Context) -> Option<(i64, bool)> {
    match a {
        Arg::Pc(n) => Some((n * 4, false)),
        Arg::Name(l) => {
            let t = ctx
                .labels
                .and_then(|m| m.get(*l))
                .copied()
                .unwrap_or(ctx.pc);
            Some((t as i64 - ctx.pc as i64, true))
        }
        Arg::Sym(_) => Some((0, true)),
        _ => None,
    }
}

fn target(i: &Insn, a: &Arg) -> Result<(i64, bool), EncodeError> {
    branch_target(a, i.ctx).ok_or_else(|| i.bad())
}

/// B/BL to a label, `n(PC)` or a symbol (26-bit displacement).
pub(super) fn branch26(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [t] = i.args else {
        return Err(i.bad());
    };
    let (d, label) = target(i, t)?;
    out.push(i.base | ((d >> 2) as u32 & 0x03ff_ffff));
    Ok(Link::label_if(label))
}

/// B/BL `(Rn)`: BR/BLR.
pub(super) fn branch_reg(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Mem(r, 0)] = i.args else {
        return Err(i.bad());
    };
    let rn = base_reg(r).ok_or_else(|| i.bad())?;
    let op = if i.base & 0x8000_0000 != 0 {
        0xd63f0000
    } else {
        0xd61f0000
    };
    out.push(op | rn << 5);
    Ok(Link::None)
}

/// Conditional branches (19-bit displacement).
pub(super) fn branch19(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [t] = i.args else {
        return Err(i.bad());
    };
    let (d, label) = target(i, t)?;
    out.push(i.base | ((d >> 2) as u32 & 0x7ffff) << 5);
    Ok(Link::label_if(label))
}

/// CBZ/CBNZ `Rt, target`.
pub(super) fn cbz(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [r, t] = i.args else {
        return Err(i.bad());
    };
    let (d, label) = target(i, t)?;
    out.push(i.base | ((d >> 2) as u32 & 0x7ffff) << 5 | i.g(r)?);
    Ok(Link::label_if(label))
}

/// TBZ/TBNZ `$bit, Rt, target` (14-bit displacement).
pub(super) fn tbz(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [b, r, t] = i.args else {
        return Err(i.bad());
    };
    let bit = i.im_in(b, 0, 63)?;
    let (d, label) = target(i, t)?;
    out.push(
        i.base | (bit >> 5) << 31 | (bit & 31) << 19 | ((d >> 2) as u32 & 0x3fff) << 5 | i.g(r)?,
    );
    Ok(Link::label_if(label))
}

/// RET [`Rn`|`(Rn)`] (LR by default).
pub(super) fn ret(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [] => out.push(i.base | 30 << 5),
        [Arg::Reg(r)] | [Arg::Mem(r, 0)] => {
            out.push(i.base | gpr(&Arg::Reg(*r), false).ok_or_else(|| i.bad())? << 5)
        }
        _ => return Err(i.bad()),
    }
    Ok(Link::None)
}

/// ADR/ADRP `n(PC), Rd` (the displacement left to the linker) and ADR `label, Rd`.
pub(super) fn adr(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [Arg::Pc(_), d] => out.push(i.base | i.g(d)?),
        [l @ Arg::Name(name), d] if cond(name).is_none() => {
            let (disp, label) = target(i, l)?;
            let v = disp as u32;
            out.push(i.base | (v & 3) << 29 | ((v >> 2) & 0x7ffff) << 5 | i.g(d)?);
            return Ok(Link::label_if(label));
        }
        _ => return Err(i.bad()),
    }
    Ok(Link::None)
}
