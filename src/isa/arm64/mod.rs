//! The arm64 instruction set as this crate knows it: registers ([`Reg`]), vector
//! arrangements, condition codes, shift and extend operators, float immediates, and the rows
//! of `mappings/arm64/instructions.tbl` ([`Form`], [`forms`]), which build.rs compiles into
//! `arm64_tables.rs`. The bit helpers shared by the lowering and the encoders are in
//! [`bits`]. Nothing here knows the IR: the typed operands ([`crate::ir::a64`]) are built
//! from these types.

pub mod bits;
pub mod words;

pub use bits::{bitmask, fimm_encode, fimm_value, is_bitmask};

use super::order::Order;

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

/// Memory addressing modes of the table's operand kinds.
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
    /// Arranged vector; bit `a` of the mask allows arrangement `a` ([`Arrangement::index`]).
    Vec(u8),
    /// Vector element with a lane; bit `s` allows element size `s` (b h s d).
    Elem(u8),
    List,
    /// A one-register list with a lane (`{v5.d}[1]`).
    ListLane,
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

impl std::fmt::Display for Kind {
    /// The kind as an error message names it, in GNU syntax: `xN`, `[xN, #imm]!`, `vN.4s`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const FP: [&str; 5] = ["b", "h", "s", "d", "q"];
        let fp = |size: u8| FP.get(size as usize).copied().unwrap_or("v");
        match *self {
            Kind::X | Kind::XR => write!(f, "xN"),
            Kind::W | Kind::WR => write!(f, "wN"),
            Kind::XSp => write!(f, "xN|sp"),
            Kind::WSp => write!(f, "wN|wsp"),
            Kind::XShift => write!(f, "xN{{, lsl #n}}"),
            Kind::WShift => write!(f, "wN{{, lsl #n}}"),
            Kind::XExt => write!(f, "xN{{, extend #n}}"),
            Kind::WExt => write!(f, "wN{{, extend #n}}"),
            Kind::Imm => write!(f, "#imm"),
            Kind::FImm => write!(f, "#float"),
            Kind::Cond => write!(f, "condition"),
            Kind::Fp(size) | Kind::VScalar(size) => write!(f, "{}N", fp(size)),
            Kind::Vec(0xff) => write!(f, "vN.T"),
            Kind::Vec(mask) => {
                let arrs: Vec<&str> = ARRANGEMENTS
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, a)| a.1)
                    .collect();
                write!(f, "vN.{}", arrs.join("|"))
            }
            Kind::Elem(mask) => {
                let sizes: Vec<&str> = (0..4).filter(|s| mask & (1 << s) != 0).map(fp).collect();
                write!(f, "vN.{}[i]", sizes.join("|"))
            }
            Kind::List => write!(f, "{{vN.T, …}}"),
            Kind::ListLane => write!(f, "{{vN.T}}[i]"),
            Kind::Pair(class) => {
                let r = match class {
                    PairClass::X => "x",
                    PairClass::W => "w",
                    PairClass::S => "s",
                    PairClass::D => "d",
                    PairClass::Q => "q",
                };
                write!(f, "{r}N, {r}M")
            }
            Kind::Mem(MemMode::Offset) => write!(f, "[xN{{, #imm}}]"),
            Kind::Mem(MemMode::Pre) => write!(f, "[xN, #imm]!"),
            Kind::Mem(MemMode::Post) => write!(f, "[xN], #imm"),
            Kind::Mem(MemMode::Index) => write!(f, "[xN, xM{{, extend #n}}]"),
            Kind::Mem(MemMode::Lo12) => write!(f, "[xN, #:lo12:sym]"),
            Kind::Page => write!(f, "symbol"),
            Kind::Lo12 => write!(f, ":lo12:symbol"),
            Kind::Rel => write!(f, "label"),
        }
    }
}

impl Form {
    /// The row's operands as an error message lists them (`xN, [xN, #imm]!`).
    pub fn operands(&self) -> String {
        match self.kinds.is_empty() {
            true => "no operands".to_string(),
            false => self
                .kinds
                .iter()
                .map(Kind::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// Whether the table has any row for this GNU mnemonic.
pub fn is_mnemonic(mnemonic: &str) -> bool {
    !forms(mnemonic).is_empty()
}

// ---- registers ------------------------------------------------------------------------------

/// An arm64 register as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reg {
    /// `x0`..`x30` (`wide`) or `w0`..`w30`; `num` 31 is the zero register `xzr`/`wzr`
    /// (never `sp`, which is [`Reg::Sp`]).
    Gpr { num: u8, wide: bool },
    /// `sp` (`wide`) or `wsp`.
    Sp { wide: bool },
    /// `b h s d q` registers: size 0..=4.
    Fp { num: u8, size: u8 },
    /// `v0.4s`.
    Vec { num: u8, arr: Arrangement },
    /// `v1.s[2]`: element size 0..=3 (b h s d).
    Elem { num: u8, size: u8, lane: u8 },
}

impl Reg {
    /// The zero register of a width.
    pub fn zr(wide: bool) -> Reg {
        Reg::Gpr { num: 31, wide }
    }

    /// The register field of an encoding (sp and the zero register are both 31).
    pub fn num(self) -> u32 {
        match self {
            Reg::Gpr { num, .. }
            | Reg::Fp { num, .. }
            | Reg::Vec { num, .. }
            | Reg::Elem { num, .. } => num as u32,
            Reg::Sp { .. } => 31,
        }
    }

    /// Whether this is a 64-bit general register (x, xzr or sp).
    pub fn is_wide(self) -> bool {
        matches!(self, Reg::Gpr { wide: true, .. } | Reg::Sp { wide: true })
    }

    pub fn is_sp(self) -> bool {
        matches!(self, Reg::Sp { .. })
    }

    /// The GNU spelling (for messages).
    pub fn native(self) -> String {
        match self {
            Reg::Gpr { num: 31, wide } => (if wide { "xzr" } else { "wzr" }).into(),
            Reg::Gpr { num, wide } => format!("{}{num}", if wide { 'x' } else { 'w' }),
            Reg::Sp { wide } => (if wide { "sp" } else { "wsp" }).into(),
            Reg::Fp { num, size } => format!("{}{num}", FP_SIZES[size as usize] as char),
            Reg::Vec { num, arr } => format!("v{num}.{}", arr.gnu()),
            Reg::Elem { num, size, lane } => {
                format!("v{num}.{}[{lane}]", FP_SIZES[size as usize] as char)
            }
        }
    }
}

/// Scalar FP/SIMD register letters by size (element sizes are the first four).
pub const FP_SIZES: &[u8; 5] = b"bhsdq";

/// The register a GNU name denotes (lower case): `x0`, `w30`, `sp`, `xzr`, `d7`, `q0`.
/// `lr`/`fp` are accepted as GNU does. Vectors with arrangements are built by the parser.
pub fn register(name: &str) -> Option<Reg> {
    let gpr = |num: u8, wide| Some(Reg::Gpr { num, wide });
    match name {
        "sp" => return Some(Reg::Sp { wide: true }),
        "wsp" => return Some(Reg::Sp { wide: false }),
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
        "b" | "h" | "s" | "d" | "q" if num <= 31 => Some(Reg::Fp {
            num,
            size: "bhsdq".find(first).unwrap() as u8,
        }),
        _ => None,
    }
}

// ---- arrangements ---------------------------------------------------------------------------

/// Vector arrangements, in the order of their index (bit 0 is Q, the rest the element size).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    B8,
    B16,
    H4,
    H8,
    S2,
    S4,
    D1,
    D2,
}

/// Every arrangement with its GNU and Go spelling, in index order.
pub const ARRANGEMENTS: [(Arrangement, &str, &str); 8] = [
    (Arrangement::B8, "8b", "B8"),
    (Arrangement::B16, "16b", "B16"),
    (Arrangement::H4, "4h", "H4"),
    (Arrangement::H8, "8h", "H8"),
    (Arrangement::S2, "2s", "S2"),
    (Arrangement::S4, "4s", "S4"),
    (Arrangement::D1, "1d", "D1"),
    (Arrangement::D2, "2d", "D2"),
];

impl Arrangement {
    /// The arrangement of a GNU spelling (`4s`).
    pub fn from_gnu(name: &str) -> Option<Arrangement> {
        ARRANGEMENTS.iter().find(|a| a.1 == name).map(|a| a.0)
    }

    /// Position in [`ARRANGEMENTS`] (the bit of a table kind's mask).
    pub fn index(self) -> u8 {
        self as u8
    }

    pub fn gnu(self) -> &'static str {
        ARRANGEMENTS[self as usize].1
    }

    pub fn go(self) -> &'static str {
        ARRANGEMENTS[self as usize].2
    }

    /// The Q bit (128-bit vector).
    pub fn q(self) -> u32 {
        self as u32 & 1
    }

    /// The element size field (0 b, 1 h, 2 s, 3 d).
    pub fn size(self) -> u32 {
        self as u32 >> 1
    }
}

// ---- conditions -----------------------------------------------------------------------------

/// Condition names in encoding order (GNU and Go spell them alike, Go in capitals).
pub const CONDITIONS: [&str; 16] = [
    "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
];

/// A condition code (its 4-bit encoding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cond(pub u8);

/// Go's spelling of the conditions, in encoding order.
pub const GO_CONDITIONS: [&str; 16] = [
    "EQ", "NE", "HS", "LO", "MI", "PL", "VS", "VC", "HI", "LS", "GE", "LT", "GT", "LE", "AL", "NV",
];

impl Cond {
    pub fn gnu(self) -> &'static str {
        CONDITIONS[self.0 as usize & 15]
    }

    pub fn go(self) -> &'static str {
        GO_CONDITIONS[self.0 as usize & 15]
    }
}

/// The write-back of a pre-indexed (`[x0, #16]!`) or post-indexed (`[x0], #16`) access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writeback {
    Pre,
    Post,
}

impl Writeback {
    /// Go's mnemonic suffix: `.W` (pre-index), `.P` (post-index).
    pub fn go_suffix(self) -> &'static str {
        match self {
            Writeback::Pre => ".W",
            Writeback::Post => ".P",
        }
    }
}

/// Condition code of a GNU condition name (`cs`/`cc` are `hs`/`lo`).
pub fn condition(name: &str) -> Option<Cond> {
    let name = match name {
        "cs" => "hs",
        "cc" => "lo",
        n => n,
    };
    CONDITIONS
        .iter()
        .position(|c| *c == name)
        .map(|i| Cond(i as u8))
}

// ---- shifts and extensions ------------------------------------------------------------------

/// Shift operators; the first four in the order of the shifted-register `shift` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Lsl,
    Lsr,
    Asr,
    Ror,
    /// The "shifting ones" left shift of `movi`/`mvni`.
    Msl,
}

/// Extension operators in the order of the extended-register `option` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extend {
    Uxtb,
    Uxth,
    Uxtw,
    Uxtx,
    Sxtb,
    Sxth,
    Sxtw,
    Sxtx,
}

pub const SHIFTS: [(Shift, &str); 5] = [
    (Shift::Lsl, "lsl"),
    (Shift::Lsr, "lsr"),
    (Shift::Asr, "asr"),
    (Shift::Ror, "ror"),
    (Shift::Msl, "msl"),
];

pub const EXTENDS: [(Extend, &str); 8] = [
    (Extend::Uxtb, "uxtb"),
    (Extend::Uxth, "uxth"),
    (Extend::Uxtw, "uxtw"),
    (Extend::Uxtx, "uxtx"),
    (Extend::Sxtb, "sxtb"),
    (Extend::Sxth, "sxth"),
    (Extend::Sxtw, "sxtw"),
    (Extend::Sxtx, "sxtx"),
];

impl Shift {
    pub fn name(self) -> &'static str {
        SHIFTS[self as usize].1
    }

    /// The `shift` field of the shifted-register forms (msl has none: 4).
    pub fn field(self) -> u32 {
        self as u32
    }
}

impl Extend {
    pub fn name(self) -> &'static str {
        EXTENDS[self as usize].1
    }

    /// The `option` field of the extended-register forms.
    pub fn option(self) -> u32 {
        self as u32
    }

    /// Whether the source register is 64-bit (`uxtx`, `sxtx`).
    pub fn is_wide(self) -> bool {
        matches!(self, Extend::Uxtx | Extend::Sxtx)
    }
}

/// `lsl #3`, `sxtw`, `uxtw #2`: a shift (its amount is always written) or an extension (the
/// amount is optional; GNU and Go tell `sxtw` from `sxtw #0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    Shift(Shift, u8),
    Extend(Extend, Option<u8>),
}

impl Modifier {
    /// The operator of a GNU name, with its amount.
    pub fn new(name: &str, amount: Option<u8>) -> Option<Modifier> {
        if let Some((s, _)) = SHIFTS.iter().find(|s| s.1 == name) {
            return Some(Modifier::Shift(*s, amount.unwrap_or(0)));
        }
        EXTENDS
            .iter()
            .find(|e| e.1 == name)
            .map(|(e, _)| Modifier::Extend(*e, amount))
    }

    /// Whether GNU requires an amount after the operator (every shift, msl included).
    pub fn needs_amount(name: &str) -> bool {
        SHIFTS.iter().any(|s| s.1 == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Modifier::Shift(s, _) => s.name(),
            Modifier::Extend(e, _) => e.name(),
        }
    }

    /// The amount (0 when an extension has none).
    pub fn amount(self) -> u8 {
        match self {
            Modifier::Shift(_, a) => a,
            Modifier::Extend(_, a) => a.unwrap_or(0),
        }
    }

    /// lsl, lsr, asr or ror: what the shifted-register forms take.
    pub fn is_shift(self) -> bool {
        matches!(self, Modifier::Shift(s, _) if s != Shift::Msl)
    }

    /// An extension or `lsl`: what the extended-register forms take.
    pub fn is_extend(self) -> bool {
        matches!(self, Modifier::Extend(..) | Modifier::Shift(Shift::Lsl, _))
    }
}

// ---- float immediates -----------------------------------------------------------------------

/// A floating-point immediate: `#0.0` (fcmp's zero, not an `fmov` immediate) or the 8-bit
/// `fmov` encoding of its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatImm {
    Zero,
    Imm8(u8),
}

impl FloatImm {
    pub fn value(self) -> f64 {
        match self {
            FloatImm::Zero => 0.0,
            FloatImm::Imm8(v) => fimm_value(v),
        }
    }
}
