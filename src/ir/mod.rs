//! The native IR: what the parsers (`parse/`) and, later, the decoders produce, and what the
//! mapping stage (`map/`) consumes.
//!
//! One operand order for every dialect: **Intel/ARM order, destination first**. The AT&T
//! parser reverses its operands and turns size suffixes (`movl`, `movzbl`, `cltq`) into the
//! Intel mnemonic plus explicit memory sizes, so nothing downstream knows AT&T existed.
//!
//! A [`Module`] is one input file: its functions (text) and its data objects (constant
//! pools, lookup tables). Every element carries a [`Span`] into the source so that later
//! stages can report located diagnostics.

pub mod go;

use crate::diag::Span;

/// Target architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Arch {
    Amd64,
    Arm64,
}

impl Arch {
    /// The GOARCH spelling.
    pub fn go_name(self) -> &'static str {
        match self {
            Arch::Amd64 => "amd64",
            Arch::Arm64 => "arm64",
        }
    }
}

/// One parsed input file.
#[derive(Debug, Default, Clone)]
pub struct Module {
    pub functions: Vec<Function>,
    pub data: Vec<DataObject>,
}

/// A native function: a global (non-`.L`) code label and everything up to the next one.
#[derive(Debug, Clone)]
pub struct Function {
    pub name: String,
    /// Where the function's label is defined.
    pub span: Span,
    pub body: Vec<Item>,
}

#[derive(Debug, Clone)]
pub enum Item {
    /// A local label (`.L3`, `.LBB0_2`) inside a function.
    Label {
        name: String,
        span: Span,
    },
    Inst(Inst),
    /// `.p2align`/`.align`/`.balign` inside code, in bytes.
    Align {
        bytes: u32,
        span: Span,
    },
}

/// One native instruction in Intel operand order.
#[derive(Debug, Clone)]
pub struct Inst {
    /// Intel mnemonic, lower case, without prefixes (`mov`, `movzx`, `vpaddd`, `jne`).
    pub mnemonic: String,
    pub prefixes: Prefixes,
    /// Destination first.
    pub operands: Vec<Operand>,
    /// The whole instruction as written (prefixes, mnemonic, operands).
    pub span: Span,
}

/// Instruction prefixes written in the source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prefixes {
    pub lock: bool,
    pub rep: bool,
    pub repne: bool,
}

#[derive(Debug, Clone)]
pub struct Operand {
    pub kind: OperandKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OperandKind {
    Reg(Reg),
    /// An immediate (`$5`, `5`), already evaluated.
    Imm(i64),
    /// An immediate that is a symbol address (`$sym`, `OFFSET FLAT:sym`).
    SymbolAddr {
        symbol: String,
        offset: i64,
    },
    Mem(Mem),
    /// A direct branch or call target (a label or function name).
    Target(String),
    /// An indirect branch target (`*%rax`, `*8(%rax)`): `jmp`/`call` through a register or memory.
    Indirect(Box<OperandKind>),
}

/// A memory operand. `size` is in bytes when the source states it (AT&T suffix, Intel `PTR`)
/// or it can be inferred from a register operand; `None` otherwise.
#[derive(Debug, Clone, PartialEq)]
pub struct Mem {
    pub size: Option<u16>,
    pub segment: Option<Reg>,
    pub base: Option<Reg>,
    pub index: Option<Reg>,
    pub scale: u8,
    pub disp: i64,
    /// A symbol in the displacement (`.LC0(%rip)`, `table(,%rax,8)`).
    pub symbol: Option<String>,
}

impl Default for Mem {
    /// No base, no index, scale 1, no displacement.
    fn default() -> Mem {
        Mem {
            size: None,
            segment: None,
            base: None,
            index: None,
            scale: 1,
            disp: 0,
            symbol: None,
        }
    }
}

/// A register (the type lives in the `isa` layer; arm64 packs its operands into it for now).
pub use crate::isa::amd64::Reg;

impl OperandKind {
    /// What the amd64 table's operand kinds can test of this operand.
    pub fn amd64_class(&self) -> crate::isa::amd64::OperandClass {
        use crate::isa::amd64::OperandClass as C;
        match self {
            OperandKind::Reg(r) => C::Reg(*r),
            OperandKind::Imm(_) => C::Imm,
            OperandKind::Mem(m) => C::Mem(m.size.map(|b| b * 8)),
            OperandKind::Target(_) => C::Target,
            OperandKind::SymbolAddr { .. } | OperandKind::Indirect(_) => C::Other,
        }
    }
}

/// A data object: a label in a data section (or followed only by data directives) and its bytes.
#[derive(Debug, Clone)]
pub struct DataObject {
    /// The native label (`.LC0`, `CSWTCH.2`, `.LCPI0_1`).
    pub name: String,
    pub span: Span,
    /// Alignment in bytes requested before the label (1 when none).
    pub align: u32,
    pub bytes: Vec<u8>,
    /// Places in `bytes` that hold symbol values (`.quad .L4`, `.long .L4-.L3`): not expressible yet.
    pub relocations: Vec<DataReloc>,
    /// Whether the object lives in a writable section (`.data`, `.bss`).
    pub writable: bool,
}

#[derive(Debug, Clone)]
pub struct DataReloc {
    pub offset: usize,
    pub expr: String,
    pub span: Span,
}
