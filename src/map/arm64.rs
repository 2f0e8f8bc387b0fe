//! arm64 lowering: matches each native instruction against the rows of
//! `mappings/arm64/instructions.tbl` (first matching shape wins) and builds the Go
//! instruction. Irregular rows name a [`Handler`], implemented at the bottom of this file.
//!
//! **Operands in the shared IR.** The native IR ([`crate::ir`]) was shaped by x86; arm64
//! operands travel through it in a fixed packing that this module defines and the parser
//! (`src/parse/arm64.rs`) uses:
//!
//! - [`OperandKind::Reg`]: every register-like token, packed into the `u16` by [`A64::pack`]:
//!   `x`/`w`/`sp`/`wsp`/`xzr`/`wzr`, FP/SIMD scalars `b h s d q`, arranged vectors `v0.4s`
//!   (also register lists `{v0.4s, v1.4s}`), elements with a lane `v1.s[2]`, conditions
//!   (`eq`), shift/extend modifiers (`lsl #3`, `sxtw`) and float immediates (`#2.5`, as their
//!   8-bit encoding). A modifier is its own operand, as GNU writes it; [`normalise`] folds it
//!   into the operand before it.
//! - [`OperandKind::Imm`], [`OperandKind::Target`] as for x86; [`OperandKind::SymbolAddr`] is
//!   adrp's page operand or a `:lo12:` immediate (told apart by the mnemonic).
//! - [`OperandKind::Mem`]: `base`, `disp`, `symbol` (`:lo12:sym+disp`), `index` with the
//!   extension in `scale` ([`pack_index`]), and `segment` holding a pre/post-index marker.
//!
//! **Go side.** Go operand spellings that the shared Go IR has no variant for (`R2<<3`,
//! `V1.S4`, `(R0, R1)`, `(R0)(R1.SXTW<<2)`, `MOVD.P`) are interned strings (see [`intern`]):
//! the set of spellings is small and bounded by the input.
//!
//! **PC-relative data.** `adrp xN, sym` becomes `MOVD $sym<>(SB), RN`: the register then
//! holds the full address, not the page, so every `:lo12:sym` use of it adds 0 (`add` → a
//! move or nothing, `[xN, :lo12:sym]` → `(RN)`). `adrp` directly followed by
//! `add xN, xN, :lo12:sym` is one `MOVD`. Loads straight from `sym(SB)` are avoided: Go
//! expands them through R27.

use super::Order;
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::go::{A64Reg, GoInst, GoItem, GoMem, GoOperand, GoReg, Origin};
use crate::ir::{Function, Inst, Item, Mem, Operand, OperandKind, Reg};
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

include!(concat!(env!("OUT_DIR"), "/arm64_tables.rs"));

// ---- the table ------------------------------------------------------------------------------

/// Pair register classes (`ldp x0, x1` → `px`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairClass {
    X,
    W,
    S,
    D,
    Q,
}

/// Memory addressing modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemMode {
    /// `[base]`, `[base, #imm]`
    Offset,
    /// `[base, #imm]!` (Go `.W`)
    Pre,
    /// `[base], #imm` (Go `.P`)
    Post,
    /// `[base, index{, extend #n}]`
    Index,
    /// `[base, #:lo12:sym]`
    Lo12,
}

/// An operand kind of a table row (see the table's header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    X,
    W,
    /// x0–x30 / w0–w30 (not the zero register).
    XR,
    WR,
    XSp,
    WSp,
    XShift,
    WShift,
    XExt,
    WExt,
    Imm,
    FImm,
    Cond,
    /// Scalar FP/SIMD register of size 0..=4 (b h s d q), Go `F<n>`.
    Fp(u8),
    /// The same, Go `V<n>`.
    VScalar(u8),
    /// Arranged vector; bit `a` of the mask allows arrangement `a` ([`ARRANGEMENTS`]).
    Vec(u8),
    /// Vector element with a lane; bit `s` allows element size `s` (b h s d).
    Elem(u8),
    List,
    Pair(PairClass),
    Mem(MemMode),
    Page,
    Lo12,
    Rel,
}

/// One row of the instruction table.
#[derive(Debug)]
pub struct Form {
    pub mnemonic: &'static str,
    pub shape: &'static str,
    pub kinds: &'static [Kind],
    pub go: &'static str,
    pub order: Order,
    pub handler: Option<Handler>,
    /// Base opcode of `@raw_rrr` rows.
    pub opcode: u32,
    /// The row's line in instructions.tbl.
    pub line: u32,
}

/// Whether the table has any row for this GNU mnemonic.
pub fn is_mnemonic(mnemonic: &str) -> bool {
    !forms(mnemonic).is_empty()
}

// ---- native operands ------------------------------------------------------------------------

/// Vector arrangements in packing order, GNU and Go spelling.
pub const ARRANGEMENTS: [(&str, &str); 8] = [
    ("8b", "B8"),
    ("16b", "B16"),
    ("4h", "H4"),
    ("8h", "H8"),
    ("2s", "S2"),
    ("4s", "S4"),
    ("1d", "D1"),
    ("2d", "D2"),
];

/// Condition names in encoding order (GNU and Go spell them alike, Go in capitals).
pub const CONDITIONS: [&str; 16] = [
    "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
];

/// Shift and extension operators, in packing order.
pub const SHIFT_OPS: [&str; 13] = [
    "lsl", "lsr", "asr", "ror", "msl", "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw",
    "sxtx",
];

/// `lsl #3`, `sxtw`, `uxtw #2`: operator index into [`SHIFT_OPS`], amount, whether written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Modifier {
    pub op: u8,
    pub amount: u8,
    pub given: bool,
}

impl Modifier {
    pub fn name(self) -> &'static str {
        SHIFT_OPS[self.op as usize]
    }
    fn is_shift(self) -> bool {
        self.op <= 3
    }
    fn is_extend(self) -> bool {
        self.op >= 5 || self.op == 0
    }
}

/// Pre/post-index markers carried in [`Mem::segment`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writeback {
    Pre,
    Post,
}

/// A decoded arm64 register-like operand (the content of an [`OperandKind::Reg`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum A64 {
    /// `x0`..`x30` (`wide`) or `w0`..`w30`; `num` 31 is `xzr`/`wzr`.
    Gpr {
        num: u8,
        wide: bool,
    },
    /// `sp` or `wsp`.
    Sp {
        wide: bool,
    },
    /// `b h s d q` registers: size 0..=4.
    Fp {
        num: u8,
        size: u8,
    },
    /// `v0.4s`; a register list `{v0.4s, v1.4s}` when `count` > 0.
    Vec {
        num: u8,
        arr: u8,
        count: u8,
    },
    /// `v1.s[2]`: element size 0..=3 (b h s d).
    Elem {
        num: u8,
        size: u8,
        lane: u8,
    },
    Cond(u8),
    Mark(Writeback),
    Modifier(Modifier),
    /// A float immediate as its 8-bit `fmov` encoding.
    FImm(u8),
    /// `#0.0` (fcmp): not an `fmov` immediate.
    FZero,
}

impl A64 {
    /// Packs into the IR's register index: class in bits 12–15, payload below.
    pub fn pack(self) -> Reg {
        let (class, payload): (u16, u16) = match self {
            A64::Gpr { num, wide } => (if wide { 0 } else { 1 }, num as u16),
            A64::Sp { wide } => (if wide { 2 } else { 3 }, 0),
            A64::Fp { num, size } => (4, (num as u16) << 3 | size as u16),
            A64::Vec { num, arr, count } => {
                (5, (num as u16) << 6 | (count as u16) << 3 | arr as u16)
            }
            A64::Elem { num, size, lane } => {
                (6, (num as u16) << 6 | (lane as u16) << 2 | size as u16)
            }
            A64::Cond(c) => (7, c as u16),
            A64::Mark(Writeback::Pre) => (8, 0),
            A64::Mark(Writeback::Post) => (8, 1),
            A64::Modifier(m) => (
                9,
                (m.op as u16) | (m.given as u16) << 4 | (m.amount as u16 & 63) << 5,
            ),
            A64::FImm(v) => (10, v as u16),
            A64::FZero => (11, 0),
        };
        Reg(class << 12 | (payload & 0xfff))
    }

    pub fn unpack(r: Reg) -> A64 {
        let (class, p) = (r.0 >> 12, r.0 & 0xfff);
        match class {
            0 | 1 => A64::Gpr {
                num: p as u8,
                wide: class == 0,
            },
            2 | 3 => A64::Sp { wide: class == 2 },
            4 => A64::Fp {
                num: (p >> 3) as u8,
                size: (p & 7) as u8,
            },
            5 => A64::Vec {
                num: (p >> 6) as u8,
                count: ((p >> 3) & 7) as u8,
                arr: (p & 7) as u8,
            },
            6 => A64::Elem {
                num: (p >> 6) as u8,
                lane: ((p >> 2) & 15) as u8,
                size: (p & 3) as u8,
            },
            7 => A64::Cond(p as u8),
            8 => A64::Mark(if p == 0 {
                Writeback::Pre
            } else {
                Writeback::Post
            }),
            9 => A64::Modifier(Modifier {
                op: (p & 15) as u8,
                given: p & 16 != 0,
                amount: (p >> 5) as u8,
            }),
            10 => A64::FImm(p as u8),
            _ => A64::FZero,
        }
    }

    /// The GNU spelling (for messages).
    pub fn native(self) -> String {
        match self {
            A64::Gpr { num: 31, wide } => (if wide { "xzr" } else { "wzr" }).into(),
            A64::Gpr { num, wide } => format!("{}{num}", if wide { 'x' } else { 'w' }),
            A64::Sp { wide } => (if wide { "sp" } else { "wsp" }).into(),
            A64::Fp { num, size } => format!("{}{num}", b"bhsdq"[size as usize] as char),
            A64::Vec { num, arr, .. } => format!("v{num}.{}", ARRANGEMENTS[arr as usize].0),
            A64::Elem { num, size, lane } => {
                format!("v{num}.{}[{lane}]", b"bhsd"[size as usize] as char)
            }
            A64::Cond(c) => CONDITIONS[c as usize & 15].into(),
            A64::Mark(_) => "!".into(),
            A64::Modifier(m) => format!("{} #{}", m.name(), m.amount),
            A64::FImm(v) => format!("#{}", fimm_value(v)),
            A64::FZero => "#0.0".into(),
        }
    }
}

/// The register a GNU name denotes (lower case): `x0`, `w30`, `sp`, `xzr`, `d7`, `q0`.
/// `lr`/`fp` are accepted as GNU does. Vectors with arrangements are built by the parser.
pub fn register(name: &str) -> Option<A64> {
    let gpr = |num: u8, wide| Some(A64::Gpr { num, wide });
    match name {
        "sp" => return Some(A64::Sp { wide: true }),
        "wsp" => return Some(A64::Sp { wide: false }),
        "xzr" => return gpr(31, true),
        "wzr" => return gpr(31, false),
        "lr" => return gpr(30, true),
        "fp" => return gpr(29, true),
        _ => {}
    }
    let (first, rest) = name.split_at(1.min(name.len()));
    if rest.is_empty() || (rest.len() > 1 && rest.starts_with('0')) {
        return None;
    }
    let num: u8 = rest.parse().ok()?;
    match first {
        "x" | "w" if num <= 30 => gpr(num, first == "x"),
        "b" | "h" | "s" | "d" | "q" if num <= 31 => Some(A64::Fp {
            num,
            size: "bhsdq".find(first).unwrap() as u8,
        }),
        _ => None,
    }
}

/// Condition code of a GNU condition name (`cs`/`cc` are `hs`/`lo`).
pub fn condition(name: &str) -> Option<u8> {
    let name = match name {
        "cs" => "hs",
        "cc" => "lo",
        n => n,
    };
    CONDITIONS.iter().position(|c| *c == name).map(|i| i as u8)
}

/// Index extension in [`Mem::scale`]: 0 when none, else operator+1, written flag, amount.
pub fn pack_index(m: Option<Modifier>) -> u8 {
    match m {
        None => 0,
        Some(m) => (m.op + 1) | (m.given as u8) << 4 | (m.amount.min(7)) << 5,
    }
}

fn unpack_index(scale: u8) -> Option<Modifier> {
    (scale & 15 != 0).then(|| Modifier {
        op: (scale & 15) - 1,
        given: scale & 16 != 0,
        amount: scale >> 5,
    })
}

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

// ---- normalised operands --------------------------------------------------------------------

/// An operand after [`normalise`]: modifiers folded in, pairs merged.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    Reg(A64, Option<Modifier>),
    Pair(A64, A64),
    Imm(i64),
    Mem {
        base: A64,
        mode: MemMode,
        disp: i64,
        index: Option<(A64, Option<Modifier>)>,
        symbol: Option<String>,
    },
    Symbol {
        symbol: String,
        offset: i64,
    },
    Target(String),
}

const PAIR_MNEMONICS: &[&str] = &["ldp", "stp", "ldpsw", "ldnp", "stnp"];

fn op_of(o: &Operand) -> Result<Op, Diagnostic> {
    Ok(match &o.kind {
        OperandKind::Reg(r) => Op::Reg(A64::unpack(*r), None),
        OperandKind::Imm(v) => Op::Imm(*v),
        OperandKind::SymbolAddr { symbol, offset } => Op::Symbol {
            symbol: symbol.clone(),
            offset: *offset,
        },
        OperandKind::Target(t) => Op::Target(t.clone()),
        OperandKind::Mem(m) => mem_op(m, o.span)?,
        OperandKind::Indirect(_) => {
            return Err(Diagnostic::error(o.span, "unexpected indirect operand"))
        }
    })
}

fn mem_op(m: &Mem, span: Span) -> Result<Op, Diagnostic> {
    let base = m
        .base
        .map(A64::unpack)
        .ok_or_else(|| Diagnostic::error(span, "memory operand without a base register"))?;
    let index = m.index.map(|r| (A64::unpack(r), unpack_index(m.scale)));
    let mode = match (m.segment.map(A64::unpack), &index, &m.symbol) {
        (Some(A64::Mark(Writeback::Pre)), ..) => MemMode::Pre,
        (Some(A64::Mark(Writeback::Post)), ..) => MemMode::Post,
        (_, Some(_), _) => MemMode::Index,
        (_, _, Some(_)) => MemMode::Lo12,
        _ => MemMode::Offset,
    };
    Ok(Op::Mem {
        base,
        mode,
        disp: m.disp,
        index,
        symbol: m.symbol.clone(),
    })
}

/// Folds modifiers into the operand before them and merges ldp/stp register pairs.
pub(crate) fn normalise(inst: &Inst) -> Result<Vec<(Op, Span)>, Diagnostic> {
    let mut out: Vec<(Op, Span)> = Vec::with_capacity(inst.operands.len());
    for o in &inst.operands {
        let op = op_of(o)?;
        if let Op::Reg(A64::Modifier(m), None) = op {
            match out.last_mut() {
                Some((Op::Reg(r @ (A64::Gpr { .. } | A64::Sp { .. }), slot @ None), span)) => {
                    let _ = r;
                    *slot = Some(m);
                    span.len = o.span.col + o.span.len - span.col;
                    continue;
                }
                Some((Op::Imm(v), span)) if m.op == 0 && m.amount < 64 => {
                    *v = v.wrapping_shl(m.amount as u32);
                    span.len = o.span.col + o.span.len - span.col;
                    continue;
                }
                _ => {
                    return Err(Diagnostic::error(
                        o.span,
                        format!("`{}` does not apply to the operand before it", m.name()),
                    )
                    .expected("a shift or extension after a register (`x2, lsl #3`)"))
                }
            }
        }
        out.push((op, o.span));
    }
    if PAIR_MNEMONICS.contains(&inst.mnemonic.as_str()) && out.len() == 3 {
        if let (Op::Reg(a, None), Op::Reg(b, None)) = (&out[0].0, &out[1].0) {
            let span = Span::new(
                out[0].1.line,
                out[0].1.col,
                out[1].1.col + out[1].1.len - out[0].1.col,
            );
            let pair = Op::Pair(*a, *b);
            out.splice(0..2, [(pair, span)]);
        }
    }
    Ok(out)
}

fn fits(kind: Kind, op: &Op, mnemonic: &str) -> bool {
    use A64::*;
    match (kind, op) {
        (Kind::X, Op::Reg(Gpr { wide: true, .. }, None)) => true,
        (Kind::W, Op::Reg(Gpr { wide: false, .. }, None)) => true,
        (Kind::XR, Op::Reg(Gpr { wide: true, num }, None)) => *num < 31,
        (Kind::WR, Op::Reg(Gpr { wide: false, num }, None)) => *num < 31,
        (Kind::XSp, Op::Reg(Gpr { wide: true, num }, None)) => *num < 31,
        (Kind::XSp, Op::Reg(Sp { wide: true }, None)) => true,
        (Kind::WSp, Op::Reg(Gpr { wide: false, num }, None)) => *num < 31,
        (Kind::WSp, Op::Reg(Sp { wide: false }, None)) => true,
        (Kind::XShift, Op::Reg(Gpr { wide: true, .. }, m)) => m.map_or(true, |m| m.is_shift()),
        (Kind::WShift, Op::Reg(Gpr { wide: false, .. }, m)) => m.map_or(true, |m| m.is_shift()),
        (Kind::XExt, Op::Reg(Gpr { wide, .. }, m)) => match m {
            None => *wide,
            Some(m) => m.is_extend() && (*wide == matches!(m.op, 0 | 8 | 12)),
        },
        (Kind::WExt, Op::Reg(Gpr { wide: false, .. }, m)) => {
            m.map_or(true, |m| m.is_extend() && !matches!(m.op, 8 | 12))
        }
        (Kind::Imm, Op::Imm(_)) => true,
        (Kind::FImm, Op::Reg(FImm(_) | FZero, None)) => true,
        (Kind::Cond, Op::Reg(Cond(_), None)) => true,
        (Kind::Fp(s) | Kind::VScalar(s), Op::Reg(Fp { size, .. }, None)) => *size == s,
        (Kind::Vec(mask), Op::Reg(Vec { arr, count: 0, .. }, None)) => mask & (1 << arr) != 0,
        (Kind::Elem(mask), Op::Reg(Elem { size, .. }, None)) => mask & (1 << size) != 0,
        (Kind::List, Op::Reg(Vec { count, .. }, None)) => *count > 0,
        (Kind::Pair(c), Op::Pair(a, b)) => {
            let class = |r: &A64| match r {
                Gpr { wide: true, .. } => Some(PairClass::X),
                Gpr { wide: false, .. } => Some(PairClass::W),
                Fp { size: 2, .. } => Some(PairClass::S),
                Fp { size: 3, .. } => Some(PairClass::D),
                Fp { size: 4, .. } => Some(PairClass::Q),
                _ => None,
            };
            class(a) == Some(c) && class(b) == Some(c)
        }
        (Kind::Mem(want), Op::Mem { mode, base, .. }) => {
            *mode == want && matches!(base, Gpr { wide: true, .. } | Sp { wide: true })
        }
        (Kind::Page, Op::Symbol { .. }) => matches!(mnemonic, "adrp" | "adr"),
        (Kind::Lo12, Op::Symbol { .. }) => !matches!(mnemonic, "adrp" | "adr"),
        (Kind::Rel, Op::Target(_)) => true,
        _ => false,
    }
}

pub(crate) fn select(inst: &Inst, ops: &[(Op, Span)]) -> Result<&'static Form, Diagnostic> {
    let rows = forms(&inst.mnemonic);
    if rows.is_empty() {
        return Err(Diagnostic::error(
            inst.span,
            format!("unknown or unsupported instruction `{}`", inst.mnemonic),
        )
        .expected("an arm64 instruction listed in mappings/arm64/instructions.tbl"));
    }
    for form in rows {
        if form.kinds.len() == ops.len()
            && form
                .kinds
                .iter()
                .zip(ops)
                .all(|(k, (o, _))| fits(*k, o, &inst.mnemonic))
        {
            return Ok(form);
        }
    }
    let mut shapes: Vec<&str> = rows.iter().map(|f| f.shape).collect();
    shapes.dedup();
    Err(Diagnostic::error(
        inst.span,
        format!("`{}` does not take these operands", inst.mnemonic),
    )
    .expected(format!("one of: {}", shapes.join("; "))))
}

// ---- Go spelling ----------------------------------------------------------------------------

/// Interns a Go spelling the shared Go IR keeps as `&'static str`.
pub fn intern(s: &str) -> &'static str {
    static POOL: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut pool = POOL
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(x) = pool.get(s) {
        return x;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    pool.insert(leaked);
    leaked
}

/// Go name of a general or scalar register (`R3`, `ZR`, `RSP`, `F2`).
fn go_reg(r: A64) -> String {
    match r {
        A64::Gpr { num: 31, .. } => "ZR".into(),
        A64::Gpr { num, .. } => format!("R{num}"),
        A64::Sp { .. } => "RSP".into(),
        A64::Fp { num, .. } => format!("F{num}"),
        A64::Vec { num, arr, .. } => format!("V{num}.{}", ARRANGEMENTS[arr as usize].1),
        A64::Elem { num, size, lane } => {
            format!("V{num}.{}[{lane}]", b"BHSD"[size as usize] as char)
        }
        A64::Cond(c) => CONDITIONS[c as usize & 15].to_ascii_uppercase(),
        other => other.native(),
    }
}

/// The Go register of a memory base (an x register or sp: see `fits`).
fn go_base(r: A64) -> A64Reg {
    match r {
        A64::Gpr { num: 31, .. } => A64Reg::Zr,
        A64::Gpr { num, .. } => A64Reg::R(num),
        A64::Sp { .. } => A64Reg::Rsp,
        other => unreachable!("memory base {other:?}"),
    }
}

fn go_modified(r: A64, m: Option<Modifier>) -> String {
    let reg = go_reg(r);
    match m {
        None => reg,
        Some(m) => match m.op {
            0 => format!("{reg}<<{}", m.amount),
            1 => format!("{reg}>>{}", m.amount),
            2 => format!("{reg}->{}", m.amount),
            3 => format!("{reg}@>{}", m.amount),
            _ => {
                let ext = format!("{reg}.{}", m.name().to_ascii_uppercase());
                if m.given {
                    format!("{ext}<<{}", m.amount)
                } else {
                    ext
                }
            }
        },
    }
}

fn go_float(v: f64) -> String {
    format!("$({v:?})")
}

fn go_operand(kind: Kind, op: &Op) -> GoOperand {
    match (kind, op) {
        (Kind::VScalar(_), Op::Reg(A64::Fp { num, .. }, _)) => {
            GoOperand::Spelled(intern(&format!("V{num}")))
        }
        (_, Op::Reg(A64::FImm(v), _)) => GoOperand::Spelled(intern(&go_float(fimm_value(*v)))),
        (_, Op::Reg(A64::FZero, _)) => GoOperand::Spelled(intern(&go_float(0.0))),
        (_, Op::Reg(A64::Vec { num, arr, count }, _)) if *count > 0 => {
            let regs: Vec<String> = (0..*count)
                .map(|k| {
                    go_reg(A64::Vec {
                        num: (num + k) % 32,
                        arr: *arr,
                        count: 0,
                    })
                })
                .collect();
            GoOperand::Spelled(intern(&format!("[{}]", regs.join(", "))))
        }
        (_, Op::Reg(r, m)) => GoOperand::Spelled(intern(&go_modified(*r, *m))),
        (_, Op::Pair(a, b)) => {
            GoOperand::Spelled(intern(&format!("({}, {})", go_reg(*a), go_reg(*b))))
        }
        (_, Op::Imm(v)) => GoOperand::Imm(*v),
        (
            _,
            Op::Mem {
                base,
                disp,
                index: Some((ix, m)),
                ..
            },
        ) => {
            let d = if *disp != 0 {
                disp.to_string()
            } else {
                String::new()
            };
            GoOperand::Spelled(intern(&format!(
                "{d}({})({})",
                go_reg(*base),
                go_modified(*ix, *m)
            )))
        }
        (_, Op::Mem { base, disp, .. }) => GoOperand::Mem(GoMem {
            base: Some(GoReg::Arm64(go_base(*base))),
            disp: *disp,
            scale: 1,
            ..GoMem::default()
        }),
        (_, Op::Symbol { symbol, offset }) => GoOperand::SymAddr {
            symbol: super::go_data_symbol(symbol),
            offset: *offset,
        },
        (_, Op::Target(t)) => GoOperand::Label(super::go_label(t)),
    }
}

// ---- lowering -------------------------------------------------------------------------------

/// The registers Go reserves: x18 (platform register) and x28 (`g`).
fn check_reserved(ops: &[(Op, Span)]) -> Result<(), Diagnostic> {
    let bad = |r: &A64| match r {
        A64::Gpr {
            num: n @ (18 | 28), ..
        } => Some(*n),
        _ => None,
    };
    for (op, span) in ops {
        let found = match op {
            Op::Reg(r, _) => bad(r),
            Op::Pair(a, b) => bad(a).or(bad(b)),
            Op::Mem { base, index, .. } => bad(base).or(index.as_ref().and_then(|(r, _)| bad(r))),
            _ => None,
        };
        if let Some(n) = found {
            let what = if n == 18 {
                "the platform register (Go's R18_PLATFORM)"
            } else {
                "Go's `g` register (R28), which must never change"
            };
            return Err(Diagnostic::error(*span, format!("x{n} is {what}"))
                .expected("code that leaves x18 and x28 alone")
                .help("compile the C code with -ffixed-x18 -ffixed-x28"));
        }
    }
    Ok(())
}

/// Per-function lowering state: what each register got from `adrp`, the functions of the
/// file (targets of `bl`) and the source text (comments of raw words).
pub struct Lowerer<'a> {
    pages: HashMap<u8, (String, i64)>,
    functions: HashSet<String>,
    source: &'a str,
    /// Whether the function calls (`bl`, `blr`, `br` as a tail call).
    pub calls: bool,
}

impl<'a> Lowerer<'a> {
    pub fn new(source: &'a str, functions: impl IntoIterator<Item = String>) -> Lowerer<'a> {
        Lowerer {
            pages: HashMap::new(),
            functions: functions.into_iter().collect(),
            source,
            calls: false,
        }
    }

    /// The source text of a span (one line).
    fn text(&self, span: Span) -> String {
        let line = self
            .source
            .lines()
            .nth(span.line.saturating_sub(1) as usize)
            .unwrap_or("");
        let start: usize = line
            .chars()
            .take(span.col.saturating_sub(1) as usize)
            .map(char::len_utf8)
            .sum();
        let len: usize = line[start.min(line.len())..]
            .chars()
            .take(span.len as usize)
            .map(char::len_utf8)
            .sum();
        line.get(start..start + len)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Lowers a function's instructions (with their labels and alignment handled by the
    /// caller); `next` is the instruction after `inst`, for the adrp+add fusion. Returns
    /// whether `next` was consumed.
    pub fn lower(
        &mut self,
        inst: &Inst,
        next: Option<&Inst>,
        out: &mut Vec<GoItem>,
    ) -> Result<bool, Diagnostic> {
        let ops = normalise(inst)?;
        check_reserved(&ops)?;
        let form = select(inst, &ops)?;
        let origin = Origin::Source(inst.span);
        let push = |out: &mut Vec<GoItem>, mnemonic: &'static str, operands: Vec<GoOperand>| {
            out.push(GoItem::Inst(GoInst {
                mnemonic,
                operands,
                origin,
                access: None,
                comment: None,
            }))
        };
        match form.handler {
            Some(Handler::Adrp) => {
                let (Op::Reg(A64::Gpr { num, .. }, _), Op::Symbol { symbol, offset }) =
                    (&ops[0].0, &ops[1].0)
                else {
                    unreachable!("row shape x,sym")
                };
                self.pages.insert(*num, (symbol.clone(), *offset));
                let addr = go_operand(Kind::Page, &ops[1].0);
                push(
                    out,
                    "MOVD",
                    vec![
                        addr,
                        GoOperand::Spelled(intern(&go_reg(A64::Gpr {
                            num: *num,
                            wide: true,
                        }))),
                    ],
                );
                // adrp xN, sym; add xN, xN, :lo12:sym → one MOVD.
                if let Some(n) = next.filter(|n| n.mnemonic == "add") {
                    if let Ok(nops) = normalise(n) {
                        if let [(Op::Reg(d, None), _), (Op::Reg(s, None), _), (
                            Op::Symbol {
                                symbol: s2,
                                offset: o2,
                            },
                            _,
                        )] = nops.as_slice()
                        {
                            let me = A64::Gpr {
                                num: *num,
                                wide: true,
                            };
                            if *d == me && *s == me && s2 == symbol && o2 == offset {
                                return Ok(true);
                            }
                        }
                    }
                }
                Ok(false)
            }
            Some(Handler::Lo12) => {
                let (Op::Reg(d, _), Op::Reg(s, _), Op::Symbol { symbol, offset }) =
                    (&ops[0].0, &ops[1].0, &ops[2].0)
                else {
                    unreachable!("row shape x,x,lo")
                };
                let delta = self.lo12_delta(*s, symbol, *offset, ops[2].1)?;
                let (d, s) = (intern(&go_reg(*d)), intern(&go_reg(*s)));
                if delta != 0 {
                    push(
                        out,
                        "ADD",
                        vec![
                            GoOperand::Imm(delta),
                            GoOperand::Spelled(s),
                            GoOperand::Spelled(d),
                        ],
                    );
                } else if d != s {
                    push(
                        out,
                        "MOVD",
                        vec![GoOperand::Spelled(s), GoOperand::Spelled(d)],
                    );
                }
                Ok(false)
            }
            Some(Handler::Call) => {
                self.calls = true;
                let target = match &ops[0].0 {
                    Op::Target(t) if self.functions.contains(t) => {
                        GoOperand::Spelled(intern(&format!("·{}(SB)", super::go_data_symbol(t))))
                    }
                    Op::Target(t) => {
                        return Err(Diagnostic::error(ops[0].1, format!("call to `{t}`, which is not a function of this file"))
                            .expected("a call through a register (`blr`) or to a function defined in the same input"))
                    }
                    Op::Reg(r, _) => GoOperand::Spelled(intern(&format!("({})", go_reg(*r)))),
                    _ => unreachable!("row shapes rel and x"),
                };
                push(out, "CALL", vec![target]);
                Ok(false)
            }
            Some(Handler::TailCall) => {
                // `br xN` leaves this function for good: a call, then this function's return
                // (the frame stage puts the result stores before the RET).
                self.calls = true;
                let Op::Reg(r, _) = &ops[0].0 else {
                    unreachable!("row shape x")
                };
                out.push(GoItem::Inst(GoInst {
                    mnemonic: "CALL",
                    operands: vec![GoOperand::Spelled(intern(&format!("({})", go_reg(*r))))],
                    origin,
                    access: None,
                    comment: Some("tail call: br".into()),
                }));
                out.push(GoItem::Inst(GoInst {
                    mnemonic: "RET",
                    operands: vec![],
                    origin,
                    access: None,
                    comment: None,
                }));
                Ok(false)
            }
            Some(Handler::Ret) => {
                push(out, "RET", vec![]);
                Ok(false)
            }
            Some(Handler::MovImm) => {
                let (Op::Reg(A64::Gpr { num, wide }, _), Op::Imm(v)) = (&ops[0].0, &ops[1].0)
                else {
                    unreachable!("row shape x,i")
                };
                self.mov_imm(inst, *num, *wide, *v, out)?;
                Ok(false)
            }
            Some(Handler::Movz) => {
                let (Op::Reg(A64::Gpr { num, wide }, _), Op::Imm(v)) = (&ops[0].0, &ops[1].0)
                else {
                    unreachable!("row shape x,i")
                };
                if *v == 0 {
                    // Go rejects a zero immediate here ("zero shifts cannot be handled").
                    let opc = match inst.mnemonic.as_str() {
                        "movn" => 0x1280_0000,
                        "movk" => 0x7280_0000,
                        _ => 0x5280_0000,
                    };
                    let word = movz_word(*wide, *num, 0, 0) & !0x7f80_0000 | opc;
                    self.raw(inst, word, out);
                } else {
                    let rd = GoOperand::Spelled(intern(&go_reg(A64::Gpr {
                        num: *num,
                        wide: *wide,
                    })));
                    push(out, form.go, vec![GoOperand::Imm(*v), rd]);
                }
                Ok(false)
            }
            Some(Handler::RawMovi) => {
                let word = movi_word(&inst.mnemonic, &ops).ok_or_else(|| {
                    Diagnostic::error(
                        inst.span,
                        format!("`{}` immediate has no encoding", inst.mnemonic),
                    )
                    .expected("an immediate that GNU as accepts for this arrangement")
                })?;
                self.raw(inst, word, out);
                Ok(false)
            }
            Some(Handler::RawRrr) => {
                let word = rrr_word(form.opcode, &ops);
                self.raw(inst, word, out);
                Ok(false)
            }
            Some(Handler::Unscaled) => {
                // Go spells LDUR/STUR only for offsets the scaled form cannot take.
                let (Op::Reg(rt, _), Op::Mem { base, disp, .. }) = (&ops[0].0, &ops[1].0) else {
                    unreachable!("row shape r,m")
                };
                let op = form.opcode;
                let size: i64 = if op >> 26 & 1 == 1 && op >> 30 == 0 && op >> 23 & 1 == 1 {
                    16
                } else {
                    1 << (op >> 30)
                };
                if *disp < 0 || disp % size != 0 {
                    let ops = ops.clone();
                    return self.plain(form, inst, ops, out);
                }
                let num = |r: &A64| match r {
                    A64::Gpr { num, .. } | A64::Fp { num, .. } => *num as u32,
                    _ => 31,
                };
                let word = op | ((*disp as u32) & 0x1ff) << 12 | num(base) << 5 | num(rt);
                self.raw(inst, word, out);
                Ok(false)
            }
            None => self.plain(form, inst, ops, out),
        }
    }

    /// A row without a handler: rename, reorder, suffix pre/post-index.
    fn plain(
        &mut self,
        form: &'static Form,
        inst: &Inst,
        ops: Vec<(Op, Span)>,
        out: &mut Vec<GoItem>,
    ) -> Result<bool, Diagnostic> {
        let origin = Origin::Source(inst.span);
        let push = |out: &mut Vec<GoItem>, mnemonic: &'static str, operands: Vec<GoOperand>| {
            out.push(GoItem::Inst(GoInst {
                mnemonic,
                operands,
                origin,
                access: None,
                comment: None,
            }))
        };
        {
            {
                let mut ops = ops;
                let mut go = form.go;
                // `sub sp, sp, #-16` is `add sp, sp, #16` (GNU as flips it; Go would build the
                // negative constant in R27).
                if let Some(flip) = FLIPS.iter().find(|f| f.0 == go).map(|f| f.1) {
                    for (op, _) in &mut ops {
                        if let Op::Imm(v) = op {
                            if *v < 0 {
                                *v = -*v;
                                go = flip;
                            }
                        }
                    }
                }
                for (op, span) in &mut ops {
                    if let Op::Mem {
                        mode: MemMode::Lo12,
                        base,
                        symbol: Some(sym),
                        disp,
                        ..
                    } = op
                    {
                        let delta = self.lo12_delta(*base, sym, *disp, *span)?;
                        *op = Op::Mem {
                            base: *base,
                            mode: MemMode::Offset,
                            disp: delta,
                            index: None,
                            symbol: None,
                        };
                    }
                }
                let mut mnemonic = go;
                for (op, _) in &ops {
                    if let Op::Mem {
                        mode: m @ (MemMode::Pre | MemMode::Post),
                        ..
                    } = op
                    {
                        let suffix = if *m == MemMode::Pre { ".W" } else { ".P" };
                        mnemonic = intern(&format!("{mnemonic}{suffix}"));
                    }
                }
                let n = ops.len();
                let mut operands = Vec::with_capacity(n);
                for i in 0..n {
                    let from = form.order.source(i, n);
                    operands.push(go_operand(form.kinds[from], &ops[from].0));
                }
                push(out, mnemonic, operands);
                Ok(false)
            }
        }
    }

    /// How far `:lo12:sym+offset` is from what `adrp` put in `base` (which, converted, holds
    /// the full address of the adrp's `sym+offset`).
    fn lo12_delta(
        &self,
        base: A64,
        symbol: &str,
        offset: i64,
        span: Span,
    ) -> Result<i64, Diagnostic> {
        let A64::Gpr { num, .. } = base else {
            return Err(Diagnostic::error(span, "`:lo12:` relative to sp"));
        };
        match self.pages.get(&num) {
            Some((s, o)) if s == symbol => Ok(offset - o),
            Some((s, _)) => Err(Diagnostic::error(
                span,
                format!("`:lo12:{symbol}` is added to x{num}, which holds the page of `{s}`"),
            )
            .expected(format!("`:lo12:{s}`"))),
            None => Err(Diagnostic::error(
                span,
                format!("`:lo12:{symbol}` is added to x{num}, but no earlier `adrp x{num}, {symbol}` sets it"),
            )
            .expected("an `adrp` of the same symbol into the register, earlier in the function")),
        }
    }

    fn raw(&self, inst: &Inst, word: u32, out: &mut Vec<GoItem>) {
        out.push(GoItem::Inst(GoInst {
            mnemonic: "WORD",
            operands: vec![GoOperand::Spelled(intern(&format!("${word:#010x}")))],
            origin: Origin::Source(inst.span),
            access: None,
            comment: Some(self.text(inst.span)),
        }));
    }

    /// `mov xN, #imm` is MOVZ, MOVN or ORR (in GNU as's order of preference).
    fn mov_imm(
        &self,
        inst: &Inst,
        num: u8,
        wide: bool,
        v: i64,
        out: &mut Vec<GoItem>,
    ) -> Result<(), Diagnostic> {
        let bits = if wide { 64 } else { 32 };
        let mask = if wide { u64::MAX } else { 0xffff_ffff };
        let value = v as u64 & mask;
        if !wide && (v > u32::MAX as i64 || v < i32::MIN as i64) {
            return Err(Diagnostic::error(
                inst.span,
                "immediate out of range for a 32-bit register",
            ));
        }
        let rd = GoOperand::Spelled(intern(&go_reg(A64::Gpr { num, wide })));
        let origin = Origin::Source(inst.span);
        let go = |mnemonic: &'static str, operands: Vec<GoOperand>| {
            GoItem::Inst(GoInst {
                mnemonic,
                operands,
                origin,
                access: None,
                comment: None,
            })
        };
        let chunk = |x: u64| -> Option<u32> {
            (0..bits / 16).find(|hw| x & !(0xffffu64 << (16 * hw)) == 0)
        };
        if value == 0 {
            self.raw(inst, movz_word(wide, num, 0, 0), out);
        } else if chunk(value).is_some() {
            out.push(go(
                if wide { "MOVZ" } else { "MOVZW" },
                vec![GoOperand::Imm(value as i64), rd],
            ));
        } else if let Some(hw) = chunk(!value & mask) {
            let inv = !value & mask;
            if inv == 0 {
                // movn xN, #0 (all ones)
                let word = movz_word(wide, num, 0, 0) & !(0x4000_0000);
                self.raw(inst, word, out);
            } else {
                let _ = hw;
                out.push(go(
                    if wide { "MOVN" } else { "MOVNW" },
                    vec![GoOperand::Imm(inv as i64), rd],
                ));
            }
        } else if is_bitmask(value, bits) {
            let v = if wide {
                value as i64
            } else {
                value as u32 as i64
            };
            out.push(go(
                if wide { "ORR" } else { "ORRW" },
                vec![GoOperand::Imm(v), GoOperand::Spelled("ZR"), rd],
            ));
        } else {
            return Err(Diagnostic::error(
                inst.span,
                format!("`mov` immediate {v:#x} has no single-instruction encoding"),
            )
            .expected("an immediate of one 16-bit chunk, its inverse, or a bitmask"));
        }
        Ok(())
    }
}

/// Lowers a whole function: labels, alignment and instructions (with the adrp+add fusion).
/// `functions` are the functions of the file (`bl` targets).
pub fn lower_function(
    f: &Function,
    source: &str,
    functions: &[String],
    diags: &mut Diagnostics,
) -> Vec<GoItem> {
    let mut body = Vec::with_capacity(f.body.len() + 8);
    let mut lowerer = Lowerer::new(source, functions.iter().cloned());
    let mut skip = false;
    for (i, item) in f.body.iter().enumerate() {
        match item {
            Item::Label { name, .. } => body.push(GoItem::Label(super::go_label(name))),
            Item::Inst(inst) if skip => {
                let _ = inst;
                skip = false;
            }
            Item::Inst(inst) => {
                let next = match f.body.get(i + 1) {
                    Some(Item::Inst(n)) => Some(n),
                    _ => None,
                };
                match lowerer.lower(inst, next, &mut body) {
                    Ok(consumed) => skip = consumed,
                    Err(d) => diags.push(d),
                }
            }
            // PCALIGN takes 8 to 2048; smaller code alignment is only a performance hint.
            Item::Align { bytes, .. } if (8..=2048).contains(bytes) => {
                body.push(GoItem::Align(*bytes))
            }
            Item::Align { .. } => {}
        }
    }
    body
}

/// Operations that GNU as flips for a negative immediate, and their flip.
const FLIPS: &[(&str, &str)] = &[
    ("ADD", "SUB"),
    ("SUB", "ADD"),
    ("ADDW", "SUBW"),
    ("SUBW", "ADDW"),
    ("ADDS", "SUBS"),
    ("SUBS", "ADDS"),
    ("ADDSW", "SUBSW"),
    ("SUBSW", "ADDSW"),
    ("CMP", "CMN"),
    ("CMN", "CMP"),
    ("CMPW", "CMNW"),
    ("CMNW", "CMPW"),
];

/// MOVZ (or with bit 30 cleared, MOVN) Rd, #imm16, lsl #16*hw.
fn movz_word(wide: bool, rd: u8, imm16: u32, hw: u32) -> u32 {
    (wide as u32) << 31 | 0x5280_0000 | hw << 21 | imm16 << 5 | rd as u32
}

/// Whether `v` is an AArch64 logical (bitmask) immediate of `bits` width.
fn is_bitmask(v: u64, bits: u32) -> bool {
    let mask = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let v = v & mask;
    if v == 0 || v == mask {
        return false;
    }
    let mut size = bits;
    // Smallest repeating element.
    while size > 2 {
        let half = size / 2;
        let m = (1u64 << half) - 1;
        if (v & m) != ((v >> half) & m) {
            break;
        }
        size = half;
    }
    let m = if size == 64 {
        u64::MAX
    } else {
        (1u64 << size) - 1
    };
    let e = v & m;
    // e must be a rotated run of ones.
    (0..size).any(|r| {
        let rot = if r == 0 {
            e
        } else {
            ((e >> r) | (e << (size - r))) & m
        };
        rot != 0 && (rot & (rot + 1)) == 0
    })
}

/// Q and size of an arrangement.
fn q_size(arr: u8) -> (u32, u32) {
    ((arr & 1) as u32, (arr >> 1) as u32)
}

/// Three-register (or two-register) SIMD forms: Rd, Rn, Rm at bits 0, 5, 16; Q and size
/// from the last operand's arrangement.
pub(crate) fn rrr_word(opcode: u32, ops: &[(Op, Span)]) -> u32 {
    let num = |op: &Op| match op {
        Op::Reg(A64::Vec { num, .. } | A64::Fp { num, .. }, _) => *num as u32,
        _ => 0,
    };
    let mut word = opcode;
    for (i, shift) in [0u32, 5, 16].iter().enumerate().take(ops.len()) {
        word |= num(&ops[i].0) << shift;
    }
    if let Some((Op::Reg(A64::Vec { arr, .. }, _), _)) = ops.last() {
        let (q, size) = q_size(*arr);
        word |= q << 30 | size << 22;
    }
    word
}

/// MOVI/MVNI/FMOV (vector, immediate): the AdvSIMD modified-immediate encodings.
pub(crate) fn movi_word(mnemonic: &str, ops: &[(Op, Span)]) -> Option<u32> {
    let (rd, arr, scalar_d) = match &ops[0].0 {
        Op::Reg(A64::Vec { num, arr, count: 0 }, _) => (*num as u32, *arr, false),
        Op::Reg(A64::Fp { num, size: 3 }, _) => (*num as u32, 7, true),
        _ => return None,
    };
    let (q, _) = q_size(arr);
    let q = if scalar_d { 0 } else { q };
    let (op, cmode, imm8) = match (&ops.get(1)?.0, mnemonic) {
        (Op::Reg(A64::FImm(f), _), "fmov") => match arr {
            4 | 5 => (0, 0b1111, *f as u64),
            7 => (1, 0b1111, *f as u64),
            _ => return None,
        },
        (Op::Imm(v), "movi" | "mvni") => {
            let v = *v as u64;
            let neg = (mnemonic == "mvni") as u32;
            match arr {
                0 | 1 if neg == 0 => (0, 0b1110, v & 0xff),
                2 | 3 => {
                    let (b, s) = byte_shift(v, &[0, 8])?;
                    (neg, 0b1000 | (s / 8) << 1, b)
                }
                4 | 5 => {
                    let (b, s) = byte_shift(v, &[0, 8, 16, 24])?;
                    (neg, (s / 8) << 1, b)
                }
                6 | 7 if neg == 0 => {
                    let mut imm8 = 0u64;
                    for i in 0..8 {
                        match (v >> (8 * i)) & 0xff {
                            0 => {}
                            0xff => imm8 |= 1 << i,
                            _ => return None,
                        }
                    }
                    (1, 0b1110, imm8)
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    let imm8 = imm8 as u32;
    Some(0x0f00_0400 | q << 30 | op << 29 | (imm8 >> 5) << 16 | cmode << 12 | (imm8 & 31) << 5 | rd)
}

/// `v` as `byte << shift` for one of the allowed shifts (smallest first).
fn byte_shift(v: u64, shifts: &[u32]) -> Option<(u64, u32)> {
    shifts
        .iter()
        .find(|s| v >> *s << *s == v && v >> *s <= 0xff)
        .map(|s| (v >> s, *s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips() {
        let cases = [
            A64::Gpr {
                num: 30,
                wide: true,
            },
            A64::Gpr {
                num: 31,
                wide: false,
            },
            A64::Sp { wide: true },
            A64::Fp { num: 31, size: 4 },
            A64::Vec {
                num: 17,
                arr: 5,
                count: 0,
            },
            A64::Vec {
                num: 3,
                arr: 1,
                count: 4,
            },
            A64::Elem {
                num: 31,
                size: 0,
                lane: 15,
            },
            A64::Cond(13),
            A64::Mark(Writeback::Post),
            A64::Modifier(Modifier {
                op: 11,
                amount: 63,
                given: true,
            }),
            A64::FImm(0xff),
            A64::FZero,
        ];
        for c in cases {
            assert_eq!(A64::unpack(c.pack()), c);
        }
    }

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
}
