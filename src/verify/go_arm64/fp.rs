//! Scalar floating-point families: arithmetic (`Fm, [Fn,] Fd`, `Fn, Fd`, fused
//! multiply-add), compares, conditional compare and select, conversions to and from
//! general registers.

use super::insn::{Insn, Link};
use super::operands::Arg;
use crate::verify::EncodeError;

type Done = Result<Link, EncodeError>;

/// `Fm, [Fn,] Fd`.
pub(super) fn f3(i: &Insn, out: &mut Vec<u32>) -> Done {
    let (m, n, d) = match i.args {
        [m, n, d] => (m, n, d),
        [m, d] => (m, d, d),
        _ => return Err(i.bad()),
    };
    i.emit(i.base | i.f(m)? << 16 | i.f(n)? << 5 | i.f(d)?, out)
}

/// `Fn, Fd`.
pub(super) fn f2(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [n, d] = i.args else {
        return Err(i.bad());
    };
    i.emit(i.base | i.f(n)? << 5 | i.f(d)?, out)
}

/// `Fm, Fa, Fn, Fd`.
pub(super) fn f4(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [m, ra, n, d] = i.args else {
        return Err(i.bad());
    };
    i.emit(
        i.base | i.f(m)? << 16 | i.f(ra)? << 10 | i.f(n)? << 5 | i.f(d)?,
        out,
    )
}

/// FCMP(E) `Fm|$0, Fn`.
pub(super) fn fcmp(i: &Insn, out: &mut Vec<u32>) -> Done {
    let word = match i.args {
        [Arg::FImm(z), n] if *z == 0.0 => i.base | 8 | i.f(n)? << 5,
        [Arg::Imm(0), n] => i.base | 8 | i.f(n)? << 5,
        [m, n] => i.base | i.f(m)? << 16 | i.f(n)? << 5,
        _ => return Err(i.bad()),
    };
    i.emit(word, out)
}

/// FCCMP(E) `cond, Fm, Fn, $nzcv`.
pub(super) fn fccmp(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [c, m, n, nz] = i.args else {
        return Err(i.bad());
    };
    let word = i.base | i.f(m)? << 16 | i.cond(c)? << 12 | i.f(n)? << 5 | i.im_in(nz, 0, 15)?;
    i.emit(word, out)
}

/// FCSEL `cond, Fn, Fm, Fd`.
pub(super) fn fcsel(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [c, n, m, d] = i.args else {
        return Err(i.bad());
    };
    i.emit(
        i.base | i.f(m)? << 16 | i.cond(c)? << 12 | i.f(n)? << 5 | i.f(d)?,
        out,
    )
}

/// `Fn, Rd` (FCVTZS...) or `Rn, Fd` (SCVTF...).
pub(super) fn fcvt(i: &Insn, to_gpr: bool, out: &mut Vec<u32>) -> Done {
    let [n, d] = i.args else {
        return Err(i.bad());
    };
    let (rn, rd) = if to_gpr {
        (i.f(n)?, i.g(d)?)
    } else {
        (i.g(n)?, i.f(d)?)
    };
    i.emit(i.base | rn << 5 | rd, out)
}
