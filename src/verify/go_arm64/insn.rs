//! The types every encoding family shares: the instruction being encoded ([`Insn`], its
//! row's base opcode and operands, with the operand readers), what it links to ([`Link`]),
//! and the small kinds the rows of mappings/arm64/go_forms.tbl carry ([`Layout`],
//! [`ShiftKind`], [`MoveKind`]).

use super::consts::wide;
use super::context::Context;
use super::operands::{cond, fpr, gpr, imm, Arg};
use crate::verify::EncodeError;

/// Where the register a two-operand form leaves out comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// `Rm, Rn, Rd` or `Rm, Rd` (Rn = Rd).
    Rnd,
    /// `src, Rn`, Rd = ZR (CMP, TST).
    Rn,
    /// `src, Rd`, Rn = ZR (NEG, MVN, NGC).
    Rd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ShiftKind {
    Lsl,
    Lsr,
    Asr,
    Ror,
}

/// The register and immediate moves of `MOVD`..`FMOVQ` (their loads and stores are the
/// `load`/`store` families).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MoveKind {
    D,
    W,
    Wu,
    H,
    Hu,
    B,
    Bu,
    Fs,
    Fd,
    Fq,
}

/// What an encoded instruction refers to besides its own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Link {
    None,
    /// A branch to a label (its bytes depend on the layout).
    Label,
    /// A PC-relative symbol reference the linker fills in.
    PcRel,
}

impl Link {
    pub fn label_if(label: bool) -> Link {
        if label {
            Link::Label
        } else {
            Link::None
        }
    }
}

/// One instruction being encoded by a family function: its row's base opcode and its
/// operands, with the operand readers every family uses.
pub(super) struct Insn<'x, 'a> {
    /// As written, with the suffix (for messages).
    pub mnemonic: &'x str,
    /// `P`, `W` or empty.
    pub suffix: &'x str,
    pub base: u32,
    pub args: &'x [Arg<'a>],
    pub ctx: &'x Context<'x>,
}

impl Insn<'_, '_> {
    pub fn bad(&self) -> EncodeError {
        EncodeError::new(format!("unsupported operands for `{}`", self.mnemonic))
    }
    pub fn w64(&self) -> bool {
        wide(self.base)
    }
    pub fn width(&self) -> u32 {
        if self.w64() {
            64
        } else {
            32
        }
    }
    /// A general register (ZR, not RSP).
    pub fn g(&self, a: &Arg) -> Result<u32, EncodeError> {
        gpr(a, false).ok_or_else(|| self.bad())
    }
    /// A general register or RSP (not ZR).
    pub fn gs(&self, a: &Arg) -> Result<u32, EncodeError> {
        gpr(a, true).ok_or_else(|| self.bad())
    }
    pub fn f(&self, a: &Arg) -> Result<u32, EncodeError> {
        fpr(a).ok_or_else(|| self.bad())
    }
    pub fn im(&self, a: &Arg) -> Result<i64, EncodeError> {
        imm(a).ok_or_else(|| self.bad())
    }
    /// An immediate in `lo..=hi` (Go rejects a shift, bit number or field out of range).
    pub fn im_in(&self, a: &Arg, lo: i64, hi: i64) -> Result<u32, EncodeError> {
        let v = self.im(a)?;
        if (lo..=hi).contains(&v) {
            Ok(v as u32)
        } else {
            Err(self.bad())
        }
    }
    pub fn cond(&self, a: &Arg) -> Result<u32, EncodeError> {
        match a {
            Arg::Name(n) => cond(n).ok_or_else(|| self.bad()),
            _ => Err(self.bad()),
        }
    }
    /// One word, the instruction's only one.
    pub fn emit(&self, word: u32, out: &mut Vec<u32>) -> Result<Link, EncodeError> {
        out.push(word);
        Ok(Link::None)
    }
    /// [`Insn::emit`], or "unsupported operands" for `None`.
    pub fn emit_some(&self, word: Option<u32>, out: &mut Vec<u32>) -> Result<Link, EncodeError> {
        self.emit(word.ok_or_else(|| self.bad())?, out)
    }
}
