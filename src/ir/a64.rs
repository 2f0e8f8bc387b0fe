//! The arm64 native IR: one instruction in GNU operand order (destination first) with typed
//! operands, as `src/parse/arm64.rs` builds them. The parser already folds GNU's separate
//! modifier operands (`x2, lsl #3` is one [`OperandKind::Shifted`], `#1, lsl #12` one
//! [`OperandKind::ShiftedImm`]), the post-index immediate (`[x0], #16`) into the memory
//! operand, and the register pair of `ldp`/`stp` into one [`OperandKind::Pair`].
//!
//! [`select`] matches an instruction against the rows of `mappings/arm64/instructions.tbl`
//! (operand classes of [`crate::isa::arm64::Kind`]): the lowering (`src/map/arm64.rs`) and
//! the native encoder (`src/verify/native_arm64.rs`) pick rows the same way.

use super::{Edit, MachineCode, NativeInst};
use crate::diag::{Diagnostic, Span};
use crate::isa::arm64::words::{self, SimdImm};
use crate::isa::arm64::{
    forms, Arrangement, Cond, Extend, FloatImm, Form, Kind, MemMode, Modifier, PairClass, Reg,
    Shift,
};

/// One native arm64 instruction.
#[derive(Debug, Clone)]
pub struct Inst {
    /// GNU mnemonic, lower case (`add`, `b.ne`, `ld1`).
    pub mnemonic: String,
    /// Destination first.
    pub operands: Vec<Operand>,
    /// The whole instruction as written.
    pub span: Span,
    /// The bytes it was decoded from (machine-code input); `None` for assembly text.
    pub code: Option<Box<MachineCode>>,
    pub edit: Edit,
}

impl NativeInst for Inst {
    fn span(&self) -> Span {
        self.span
    }
    fn machine_code(&self) -> Option<&MachineCode> {
        self.code.as_deref()
    }
    fn edit(&self) -> Edit {
        self.edit
    }
}

impl Inst {
    /// The word of an `@raw_rrr` row with base `opcode`: the vector or scalar register
    /// numbers at bits 0, 5, 16, Q and size from the last operand's arrangement.
    pub fn rrr_word(&self, opcode: u32) -> u32 {
        let regs: Vec<u32> = self
            .operands
            .iter()
            .map(|o| match o.kind {
                OperandKind::Reg(r @ (Reg::Vec { .. } | Reg::Fp { .. })) => r.num(),
                OperandKind::List { first, .. } => first as u32,
                _ => 0,
            })
            .collect();
        let arr = match self.operands.last().map(|o| &o.kind) {
            Some(OperandKind::Reg(Reg::Vec { arr, .. }) | OperandKind::List { arr, .. }) => {
                Some(*arr)
            }
            _ => None,
        };
        words::rrr_word(opcode, &regs, arr)
    }

    /// The word of a `@raw_movi` row (movi, mvni, fmov of a vector immediate), if the
    /// immediate has an encoding.
    pub fn movi_word(&self) -> Option<u32> {
        let rd = self.operands.first()?.kind.reg()?;
        let src = &self.operands.get(1)?.kind;
        let imm = match src {
            OperandKind::Float(f) => SimdImm::Float(*f),
            k => SimdImm::Int(k.imm()?),
        };
        words::movi_word(&self.mnemonic, rd, imm)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operand {
    pub kind: OperandKind,
    /// The operand as written, with its folded modifier or post-index immediate.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OperandKind {
    Reg(Reg),
    /// `x2, lsl #3`, `w1, asr #2` (a general register or sp).
    Shifted {
        reg: Reg,
        shift: Shift,
        amount: u8,
    },
    /// `w2, sxtw`, `x3, uxtx #2` (a general register or sp).
    Extended {
        reg: Reg,
        extend: Extend,
        amount: Option<u8>,
    },
    /// `{v0.4s, v1.4s}`, `{v0.16b-v3.16b}`: `count` consecutive registers (mod 32).
    List {
        first: u8,
        count: u8,
        /// With a lane, the 128-bit arrangement of the element size (`{v2.s}[1]`: `4s`).
        arr: Arrangement,
        /// `{v2.s}[1]`: one element of each register.
        lane: Option<u8>,
    },
    /// The two registers of `ldp`/`stp`/`ldpsw`/`ldnp`/`stnp`.
    Pair(Reg, Reg),
    /// `eq`, `ne`, … (as an operand: csel, ccmp; conditional branches carry it in the mnemonic).
    Cond(Cond),
    /// `#5`, `-16`.
    Imm(i64),
    /// `#1, lsl #12`: written apart; [`Operand::imm`] gives the shifted value.
    ShiftedImm {
        imm: i64,
        lsl: u8,
    },
    /// `#2.5`, `#0.0`.
    Float(FloatImm),
    Mem(Mem),
    /// adrp's (or adr's) symbol: `adrp x0, .LC0+8`.
    Page {
        symbol: String,
        offset: i64,
    },
    /// `:lo12:sym+offset` as an immediate (`add x0, x0, :lo12:.LC0`).
    Lo12 {
        symbol: String,
        offset: i64,
    },
    /// A branch target (a label or function name).
    Target(String),
}

/// `[base, …]`: an x register or sp and the addressing mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Mem {
    pub base: Reg,
    pub addressing: Addressing,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Addressing {
    /// `[base]`, `[base, #imm]`
    Offset(i64),
    /// `[base, #imm]!`
    PreIndex(i64),
    /// `[base], #imm`
    PostIndex(i64),
    /// `[base], xM` (NEON structure loads; not accepted by the parser yet)
    PostIndexReg(Reg),
    /// `[base, xM]`, `[base, wM, sxtw #2]`, `[base, xM, lsl #3]`
    Index {
        index: Reg,
        modifier: Option<Modifier>,
    },
    /// `[base, #:lo12:sym+offset]`
    Lo12 { symbol: String, offset: i64 },
}

impl Mem {
    /// The table's addressing class.
    pub fn mode(&self) -> MemMode {
        match self.addressing {
            Addressing::Offset(_) => MemMode::Offset,
            Addressing::PreIndex(_) => MemMode::Pre,
            Addressing::PostIndex(_) | Addressing::PostIndexReg(_) => MemMode::Post,
            Addressing::Index { .. } => MemMode::Index,
            Addressing::Lo12 { .. } => MemMode::Lo12,
        }
    }

    /// The immediate offset (the addend of a `:lo12:` symbol; 0 with an index register).
    pub fn disp(&self) -> i64 {
        match self.addressing {
            Addressing::Offset(d)
            | Addressing::PreIndex(d)
            | Addressing::PostIndex(d)
            | Addressing::Lo12 { offset: d, .. } => d,
            Addressing::PostIndexReg(_) | Addressing::Index { .. } => 0,
        }
    }

    /// The index register with its extension or shift (`[base, index, …]`).
    pub fn index(&self) -> Option<(Reg, Option<Modifier>)> {
        match self.addressing {
            Addressing::Index { index, modifier } => Some((index, modifier)),
            _ => None,
        }
    }

    /// The registers the address reads: the base, then an index or post-index register.
    pub fn registers(&self) -> impl Iterator<Item = Reg> {
        let other = match self.addressing {
            Addressing::Index { index, .. } | Addressing::PostIndexReg(index) => Some(index),
            _ => None,
        };
        std::iter::once(self.base).chain(other)
    }
}

impl OperandKind {
    /// A general or scalar register with the shift or extension written after it.
    pub fn modified_reg(&self) -> Option<(Reg, Option<Modifier>)> {
        match *self {
            OperandKind::Reg(r) => Some((r, None)),
            OperandKind::Shifted { reg, shift, amount } => {
                Some((reg, Some(Modifier::Shift(shift, amount))))
            }
            OperandKind::Extended {
                reg,
                extend,
                amount,
            } => Some((reg, Some(Modifier::Extend(extend, amount)))),
            _ => None,
        }
    }

    /// A register without modifier.
    pub fn reg(&self) -> Option<Reg> {
        match *self {
            OperandKind::Reg(r) => Some(r),
            _ => None,
        }
    }

    /// The value of an immediate, its `lsl` applied.
    pub fn imm(&self) -> Option<i64> {
        match *self {
            OperandKind::Imm(v) => Some(v),
            OperandKind::ShiftedImm { imm, lsl } => Some(imm.wrapping_shl(lsl as u32)),
            _ => None,
        }
    }
}

fn fits(kind: Kind, op: &OperandKind) -> bool {
    use OperandKind as O;
    use Reg::*;
    let modified = op.modified_reg();
    match (kind, op) {
        (Kind::X, O::Reg(Gpr { wide: true, .. })) => true,
        (Kind::W, O::Reg(Gpr { wide: false, .. })) => true,
        (Kind::XR, O::Reg(Gpr { wide: true, num })) => *num < 31,
        (Kind::WR, O::Reg(Gpr { wide: false, num })) => *num < 31,
        (Kind::XSp, O::Reg(Gpr { wide: true, num })) => *num < 31,
        (Kind::XSp, O::Reg(Sp { wide: true })) => true,
        (Kind::WSp, O::Reg(Gpr { wide: false, num })) => *num < 31,
        (Kind::WSp, O::Reg(Sp { wide: false })) => true,
        (Kind::XShift | Kind::WShift, _) => match modified {
            Some((Gpr { wide, .. }, m)) => {
                wide == (kind == Kind::XShift) && m.map_or(true, Modifier::is_shift)
            }
            _ => false,
        },
        (Kind::XExt, _) => match modified {
            Some((Gpr { wide, .. }, None)) => wide,
            Some((Gpr { wide, .. }, Some(m))) => m.is_extend() && wide == extends_wide(m),
            _ => false,
        },
        (Kind::WExt, _) => match modified {
            Some((Gpr { wide: false, .. }, m)) => m.map_or(true, |m| {
                m.is_extend() && !matches!(m, Modifier::Extend(e, _) if e.is_wide())
            }),
            _ => false,
        },
        (Kind::Imm, _) => op.imm().is_some(),
        (Kind::FImm, O::Float(_)) => true,
        (Kind::Cond, O::Cond(_)) => true,
        (Kind::Fp(s) | Kind::VScalar(s), O::Reg(Fp { size, .. })) => *size == s,
        (Kind::Vec(mask), O::Reg(Vec { arr, .. })) => mask & (1 << arr.index()) != 0,
        (Kind::Elem(mask), O::Reg(Elem { size, .. })) => mask & (1 << size) != 0,
        (Kind::List, O::List { lane: None, .. }) => true,
        (
            Kind::ListLane,
            O::List {
                lane: Some(_),
                count,
                ..
            },
        ) => *count == 1,
        (Kind::Pair(c), O::Pair(a, b)) => pair_class(*a) == Some(c) && pair_class(*b) == Some(c),
        (Kind::Mem(want), O::Mem(m)) => m.mode() == want && m.base.is_wide(),
        (Kind::Page, O::Page { .. }) => true,
        (Kind::Lo12, O::Lo12 { .. }) => true,
        (Kind::Rel, O::Target(_)) => true,
        _ => false,
    }
}

/// Whether a modifier of an extended-register operand reads a 64-bit register (`lsl`,
/// `uxtx`, `sxtx`).
fn extends_wide(m: Modifier) -> bool {
    match m {
        Modifier::Shift(Shift::Lsl, _) => true,
        Modifier::Extend(e, _) => e.is_wide(),
        Modifier::Shift(..) => false,
    }
}

fn pair_class(r: Reg) -> Option<PairClass> {
    match r {
        Reg::Gpr { wide: true, .. } => Some(PairClass::X),
        Reg::Gpr { wide: false, .. } => Some(PairClass::W),
        Reg::Fp { size: 2, .. } => Some(PairClass::S),
        Reg::Fp { size: 3, .. } => Some(PairClass::D),
        Reg::Fp { size: 4, .. } => Some(PairClass::Q),
        _ => None,
    }
}

/// The first row of `mappings/arm64/instructions.tbl` whose operand kinds the instruction's
/// operands fit.
pub fn select(inst: &Inst) -> Result<&'static Form, Diagnostic> {
    let rows = forms(&inst.mnemonic);
    if rows.is_empty() {
        return Err(Diagnostic::error(
            inst.span,
            format!("unknown or unsupported instruction `{}`", inst.mnemonic),
        )
        .expected("an arm64 instruction listed in mappings/arm64/instructions.tbl"));
    }
    for form in rows {
        if form.kinds.len() == inst.operands.len()
            && form
                .kinds
                .iter()
                .zip(&inst.operands)
                .all(|(k, o)| fits(*k, &o.kind))
        {
            return Ok(form);
        }
    }
    let mut shapes: Vec<String> = Vec::new();
    for shape in rows.iter().map(|f| f.operands()) {
        if !shapes.contains(&shape) {
            shapes.push(shape);
        }
    }
    Err(Diagnostic::error(
        inst.span,
        format!("`{}` does not take these operands", inst.mnemonic),
    )
    .expected(format!("one of: {}", shapes.join("; "))))
}
