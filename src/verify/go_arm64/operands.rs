//! Go's arm64 operand syntax as the encoder sees it: [`parse_operand`] turns a text-level
//! [`Operand`] (src/verify/goasm.rs) into an [`Arg`] (`R1<<3`, `R2.SXTW<<2`, `(R1, R2)`,
//! `[V1.B16, V2.B16]`, `V1.S[2]`, `8(R1)`, `(R1)(R2<<3)`, `$imm`, condition and
//! system-register names), and [`class`] gives the operand class the table rows of
//! mappings/arm64/go_forms.tbl match on (`forms::class_of`). The field helpers (`gpr`, `fpr`, ...) read the
//! register numbers the families put into instruction words.

use super::context::{fp_offset, Context};
use crate::ir::go::{A64Reg, Arrangement, GoMem, GoOperand, GoReg, Modifier};
use crate::isa::arm64::Shift;
use crate::verify::goasm::{MemRef, Operand};

/// A general register: number 0..=31, where 31 is ZR or RSP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reg {
    R(u8),
    Zr,
    Sp,
    F(u8),
    V(u8),
}

/// Vector arrangement: element size (0 = B, 1 = H, 2 = S, 3 = D, 4 = Q) and lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arr {
    pub size: u8,
    pub lanes: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Reg(Reg),
    /// `R1<<3` (0 LSL, 1 LSR, 2 ASR, 3 ROR).
    Shift(Reg, u8, u8),
    /// `R1.UXTW<<2`: extend option (0 UXTB .. 7 SXTX) and amount.
    Ext(Reg, u8, u8),
    Imm(i64),
    FImm(f64),
    /// `off(Rn)`.
    Mem(Reg, i64),
    /// `(Rn)(Rm)`, `(Rn)(Rm<<s)`, `(Rn)(Rm.SXTW<<s)`: option (3 = LSL) and amount (None
    /// when not written).
    MemIdx(Reg, Reg, u8, Option<u8>),
    /// `(R1, R2)`.
    Pair(Reg, Reg),
    /// `V1.S4`.
    Vec(u8, Arr),
    /// `V1.S[2]` (lanes 0 in the arrangement).
    Elem(u8, Arr, u8),
    /// `[V1.B16, V2.B16]` (first register, count, arrangement), `[...][i]`.
    List(u8, u8, Arr, Option<u8>),
    /// A condition, system register, special operand or label.
    Name(&'a str),
    /// `n(PC)`.
    Pc(i64),
    /// `$off(Rn)`: an address computed from a register.
    RegAddr(Reg, i64),
    /// `sym(SB)` or `x+8(FP)`.
    Sym(MemRef<'a>),
    /// `$sym(SB)`, `$8(R1)`.
    Addr(MemRef<'a>),
}

fn reg_name(s: &str) -> Option<Reg> {
    Some(match s {
        "ZR" => Reg::Zr,
        "RSP" => Reg::Sp,
        "g" => Reg::R(28),
        "LR" => Reg::R(30),
        "R18_PLATFORM" => Reg::R(18),
        _ => {
            let mut chars = s.chars();
            let kind = chars.next()?;
            let digits = chars.as_str();
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: u8 = digits.parse().ok().filter(|n| *n < 32)?;
            match kind {
                'R' if n < 31 => Reg::R(n),
                'F' => Reg::F(n),
                'V' => Reg::V(n),
                _ => return None,
            }
        }
    })
}

fn arrangement(s: &str) -> Option<Arr> {
    let mut chars = s.chars();
    let size = match chars.next()? {
        'B' => 0,
        'H' => 1,
        'S' => 2,
        'D' => 3,
        'Q' => 4,
        _ => return None,
    };
    let lanes = chars.as_str();
    let lanes = if lanes.is_empty() {
        0
    } else {
        lanes.parse().ok()?
    };
    Some(Arr { size, lanes })
}

fn vreg(s: &str) -> Option<(u8, Arr)> {
    let (r, a) = s.split_once('.')?;
    match reg_name(r)? {
        Reg::V(n) => Some((n, arrangement(a)?)),
        _ => None,
    }
}

const EXTENDS: [&str; 8] = [
    "UXTB", "UXTH", "UXTW", "UXTX", "SXTB", "SXTH", "SXTW", "SXTX",
];

/// `R1`, `R1<<3`, `R1.SXTW`, `R1.UXTW<<2` (register, shift/extension).
fn shifted(s: &str) -> Option<Arg<'_>> {
    let s = s.trim();
    for (op, k) in [("<<", 0u8), (">>", 1), ("->", 2), ("@>", 3)] {
        if let Some((r, n)) = s.split_once(op) {
            let n: u8 = n.trim().parse().ok()?;
            if let Some((r, e)) = r.split_once('.') {
                let x = EXTENDS.iter().position(|x| *x == e)? as u8;
                return Some(Arg::Ext(reg_name(r)?, x, n));
            }
            return Some(Arg::Shift(reg_name(r)?, k, n));
        }
    }
    if let Some((r, e)) = s.split_once('.') {
        if let Some(x) = EXTENDS.iter().position(|x| *x == e) {
            return Some(Arg::Ext(reg_name(r)?, x as u8, 0));
        }
        let (n, a) = vreg(s)?;
        return Some(Arg::Vec(n, a));
    }
    reg_name(s).map(Arg::Reg)
}

/// One Go operand as the arm64 encoder sees it.
pub fn parse_operand<'a>(op: &Operand<'a>, ctx: &Context) -> Option<Arg<'a>> {
    Some(match op {
        Operand::Imm(v) => Arg::Imm(*v),
        Operand::Float(f) => Arg::FImm(*f),
        Operand::Num(v) => Arg::Imm(*v),
        Operand::Addr(m) if m.symbol.is_none() && m.index.is_none() => match m.base {
            Some(b) => match reg_name(b) {
                Some(r) => Arg::RegAddr(r, m.disp),
                None if b == "FP" => Arg::RegAddr(Reg::Sp, m.disp + fp_offset(ctx)),
                None => Arg::Addr(*m),
            },
            None => Arg::Imm(m.disp),
        },
        Operand::Addr(m) => Arg::Addr(*m),
        Operand::Mem(m) => match m.base {
            Some("PC") => Arg::Pc(m.disp),
            Some("FP") => Arg::Mem(Reg::Sp, m.disp + fp_offset(ctx)),
            Some("SB") => Arg::Sym(*m),
            Some(b) => {
                let base = reg_name(b)?;
                match m.index {
                    None => Arg::Mem(base, m.disp),
                    // `(R5)(R8*1)`: the same as `(R5)(R8)`.
                    Some(i) if m.scale == 1 && m.disp == 0 => {
                        Arg::MemIdx(base, reg_name(i.split('*').next()?)?, 3, None)
                    }
                    Some(_) => return None,
                }
            }
            None => return None,
        },
        Operand::RegList(a, b) => {
            let (n, arr) = vreg(a)?;
            let (m, arr2) = vreg(b)?;
            if arr != arr2 || m < n {
                return None;
            }
            Arg::List(n, m - n + 1, arr, None)
        }
        Operand::Name(s) => name_operand(s)?,
        _ => return None,
    })
}

fn name_operand(s: &str) -> Option<Arg<'_>> {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix('[') {
        let (list, idx) = inner.split_once(']')?;
        let idx = match idx.trim() {
            "" => None,
            i => Some(i.strip_prefix('[')?.strip_suffix(']')?.parse().ok()?),
        };
        let regs: Vec<(u8, Arr)> = if let Some((a, b)) = list.split_once('-') {
            let (n, arr) = vreg(a.trim())?;
            let (m, _) = vreg(b.trim())?;
            (n..=m).map(|k| (k, arr)).collect()
        } else {
            list.split(',')
                .map(|r| vreg(r.trim()))
                .collect::<Option<_>>()?
        };
        let (first, arr) = *regs.first()?;
        for (k, (n, a)) in regs.iter().enumerate() {
            if *a != arr || *n as usize != (first as usize + k) % 32 {
                return None;
            }
        }
        return Some(Arg::List(first, regs.len() as u8, arr, idx));
    }
    if let Some(inner) = s.strip_prefix('(') {
        if let Some((a, b)) = inner.strip_suffix(')').and_then(|x| x.split_once(',')) {
            return Some(Arg::Pair(reg_name(a.trim())?, reg_name(b.trim())?));
        }
        // (Rn)(Rm<<s)
        let (base, rest) = inner.split_once(')')?;
        let idx = rest.strip_prefix('(')?.strip_suffix(')')?;
        let base = reg_name(base.trim())?;
        return Some(match shifted(idx)? {
            Arg::Reg(r) => Arg::MemIdx(base, r, 3, None),
            Arg::Shift(r, 0, n) => Arg::MemIdx(base, r, 3, Some(n)),
            Arg::Ext(r, x, n) => {
                Arg::MemIdx(base, r, x, if idx.contains("<<") { Some(n) } else { None })
            }
            _ => return None,
        });
    }
    if let Some((v, i)) = s.strip_suffix(']').and_then(|x| x.split_once('[')) {
        let (n, arr) = vreg(v)?;
        return Some(Arg::Elem(n, arr, i.parse().ok()?));
    }
    if let Some(a) = shifted(s) {
        return Some(a);
    }
    if s.split('.').count() > 2 {
        return None;
    }
    Some(Arg::Name(s))
}

/// Go's condition names (`EQ` .. `NV`) → the 4-bit condition.
pub(super) fn cond(s: &str) -> Option<u32> {
    Some(match s {
        "EQ" => 0,
        "NE" => 1,
        "HS" | "CS" => 2,
        "LO" | "CC" => 3,
        "MI" => 4,
        "PL" => 5,
        "VS" => 6,
        "VC" => 7,
        "HI" => 8,
        "LS" => 9,
        "GE" => 10,
        "LT" => 11,
        "GT" => 12,
        "LE" => 13,
        "AL" => 14,
        "NV" => 15,
        _ => return None,
    })
}

/// General register number: `R0`..`R30` and ZR are 0..31; RSP only where `sp` allows it.
pub(super) fn gpr(a: &Arg, sp: bool) -> Option<u32> {
    match a {
        Arg::Reg(Reg::R(n)) => Some(*n as u32),
        Arg::Reg(Reg::Zr) if !sp => Some(31),
        Arg::Reg(Reg::Sp) if sp => Some(31),
        _ => None,
    }
}

pub(super) fn is_sp(a: &Arg) -> bool {
    matches!(a, Arg::Reg(Reg::Sp))
}

pub(super) fn fpr(a: &Arg) -> Option<u32> {
    match a {
        Arg::Reg(Reg::F(n)) | Arg::Reg(Reg::V(n)) => Some(*n as u32),
        _ => None,
    }
}

pub(super) fn imm(a: &Arg) -> Option<i64> {
    match a {
        Arg::Imm(v) => Some(*v),
        _ => None,
    }
}

pub(super) fn base_reg(r: &Reg) -> Option<u32> {
    match r {
        Reg::R(n) => Some(*n as u32),
        Reg::Sp => Some(31),
        _ => None,
    }
}

/// The register number of a SIMD operand written `V1`, `V1.S4` (crypto forms).
pub(super) fn vnum(a: &Arg) -> Option<u32> {
    match a {
        Arg::Reg(Reg::V(n)) | Arg::Vec(n, _) => Some(*n as u32),
        _ => None,
    }
}

// ---- the typed Go IR ------------------------------------------------------------------------

fn from_a64(r: A64Reg) -> Reg {
    match r {
        A64Reg::R(n) => Reg::R(n),
        A64Reg::Rsp => Reg::Sp,
        A64Reg::Zr => Reg::Zr,
        A64Reg::F(n) => Reg::F(n),
        A64Reg::V(n) => Reg::V(n),
    }
}

fn from_arrangement(a: Arrangement) -> Arr {
    let size = a.size() as u8;
    Arr {
        size,
        lanes: (8u8 << a.q()) >> size,
    }
}

/// A shifted or extended register: `R1<<3` (shift 0..3 as [`Arg::Shift`]), `R2.SXTW<<2`.
fn from_modified(reg: Reg, m: Modifier) -> Option<Arg<'static>> {
    Some(match m {
        Modifier::Shift(Shift::Msl, _) => return None,
        Modifier::Shift(s, n) => Arg::Shift(reg, s.field() as u8, n),
        Modifier::Extend(e, n) => Arg::Ext(reg, e.option() as u8, n.unwrap_or(0)),
    })
}

/// One operand of the typed Go IR (a converted instruction) as the arm64 encoder sees it:
/// what [`parse_operand`] gives for its Go spelling. `None` for what arm64 has no
/// operand for (amd64 registers, indexed amd64 memory, `SP` locals).
pub fn from_go<'a>(op: &'a GoOperand, ctx: &Context) -> Option<Arg<'a>> {
    let sb = |symbol: &'a str, disp: i64| MemRef {
        symbol: Some(symbol),
        base: Some("SB"),
        disp,
        scale: 1,
        ..MemRef::default()
    };
    let mem = |m: &'a GoMem| match (&m.symbol, m.base, m.index) {
        (Some(s), _, _) => Some(Arg::Sym(sb(s, m.disp))),
        (None, Some(GoReg::Arm64(b)), None) => Some(Arg::Mem(from_a64(b), m.disp)),
        _ => None,
    };
    Some(match op {
        GoOperand::Reg(GoReg::Arm64(r)) => Arg::Reg(from_a64(*r)),
        GoOperand::Reg(GoReg::Amd64(_)) | GoOperand::RegList { .. } => return None,
        GoOperand::Imm(v) => Arg::Imm(*v),
        GoOperand::Word(w) => Arg::Imm(*w as i64),
        GoOperand::Float(f) => Arg::FImm(*f),
        GoOperand::SymAddr { symbol, offset } => Arg::Addr(sb(symbol, *offset)),
        GoOperand::Mem(m) | GoOperand::MemWriteback { mem: m, .. } => mem(m)?,
        GoOperand::Frame { offset, .. } => Arg::Mem(Reg::Sp, offset + fp_offset(ctx)),
        GoOperand::FrameAddr { offset, .. } => Arg::RegAddr(Reg::Sp, offset + fp_offset(ctx)),
        GoOperand::Local { .. } => return None,
        GoOperand::Label(l) => Arg::Name(l),
        GoOperand::Modified { reg, modifier } => from_modified(from_a64(*reg), *modifier)?,
        GoOperand::Pair(a, b) => Arg::Pair(from_a64(*a), from_a64(*b)),
        GoOperand::Vector { num, arr } => Arg::Vec(*num, from_arrangement(*arr)),
        GoOperand::Element { num, size, lane } => Arg::Elem(
            *num,
            Arr {
                size: *size,
                lanes: 0,
            },
            *lane,
        ),
        GoOperand::VecList {
            first,
            count,
            arr,
            lane,
        } => Arg::List(*first, *count, from_arrangement(*arr), *lane),
        GoOperand::MemIndex {
            base,
            index,
            modifier,
        } => {
            let (option, amount) = match *modifier {
                Modifier::Shift(Shift::Lsl, n) => (3, Some(n)),
                Modifier::Shift(..) => return None,
                Modifier::Extend(e, n) => (e.option() as u8, n),
            };
            Arg::MemIdx(from_a64(*base), from_a64(*index), option, amount)
        }
        GoOperand::Cond(c) => Arg::Name(c.go()),
        GoOperand::Func(name) => Arg::Sym(sb(name, 0)),
        GoOperand::FuncAddr(name) => Arg::Addr(sb(name, 0)),
        GoOperand::Indirect(GoReg::Arm64(r)) => Arg::Mem(from_a64(*r), 0),
        GoOperand::Indirect(GoReg::Amd64(_)) | GoOperand::Tls | GoOperand::GStackLo => return None,
    })
}
