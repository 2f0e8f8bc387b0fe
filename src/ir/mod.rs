//! The native IR: what the parsers (`parse/`) and the decoders (`parse/decode/`) produce, and what the
//! mapping stage (`map/`) consumes.
//!
//! The containers are shared and generic over the instruction type of an architecture:
//! [`x86::Inst`] (amd64) and [`a64::Inst`] (arm64), each with typed operands. One operand
//! order for every dialect: **Intel/ARM order, destination first**. The AT&T parser reverses
//! its operands and turns size suffixes (`movl`, `movzbl`, `cltq`) into the Intel mnemonic
//! plus explicit memory sizes, so nothing downstream knows AT&T existed.
//!
//! A [`Module`] is one input file: its functions (text) and its data objects (constant
//! pools, lookup tables). Every element carries a [`Span`] into the source so that later
//! stages can report located diagnostics. The Go IR the mapping stage produces is [`go`].

pub mod a64;
pub mod go;
pub mod x86;

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

/// An instruction of some architecture's native IR.
pub trait NativeInst {
    /// The whole instruction as written.
    fn span(&self) -> Span;
    /// The machine code the instruction was decoded from (`parse::decode`), if it was.
    fn machine_code(&self) -> Option<&MachineCode>;
    /// What the converter changed before lowering it.
    fn edit(&self) -> Edit {
        Edit::None
    }
}

/// What a pass before the lowering did to a native instruction (arm64: the registers Go
/// reserves, `src/map/arm64_reserved.rs`). The verify stage proves the Go line against the
/// changed instruction, so its bytes are not the source's: the report says so.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Edit {
    /// As written in the source.
    #[default]
    None,
    /// The source instruction, changed (a register renamed, x28 read from its save slot).
    Rewritten,
    /// An instruction the converter added (the loads and stores of x28's save slot).
    Added,
}

/// The machine code a decoded instruction stands for (`src/parse/decode/`): the verify
/// stage takes these bytes as the source bytes instead of running the native encoder. A
/// pass that changes the instruction (a register renamed) drops them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineCode {
    /// The bytes in memory order; the field a relocation fills is zero, as the native
    /// encoders write it.
    pub bytes: Vec<u8>,
    /// The relocated field, when an operand names a symbol through one.
    pub reloc: Option<CodeReloc>,
}

/// Where a relocation writes into an instruction's bytes (amd64; arm64's field follows from
/// the instruction).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeReloc {
    /// Offset of the field from the instruction's first byte.
    pub offset: u8,
    /// Size of the field in bytes.
    pub size: u8,
    /// The field holds `symbol + addend - end of instruction`.
    pub pc_relative: bool,
}

/// One parsed input file; `I` is the architecture's instruction type.
#[derive(Debug, Clone)]
pub struct Module<I> {
    pub functions: Vec<Function<I>>,
    pub data: Vec<DataObject>,
    /// Other names for symbols (`.set`/`.equ`, section anchors, the members of an anchor's
    /// block): a reference to `name + k` means `target + offset + k`.
    pub aliases: Vec<Alias>,
    /// The input has no section directive: Compiler Explorer's filtered view (which drops
    /// `.section`, `.comm` and `.set`), or a fragment. Its data labels were told from code by
    /// what follows them, and whether that data is writable is unknown.
    pub sectionless: bool,
}

impl<I> Default for Module<I> {
    fn default() -> Module<I> {
        Module {
            functions: Vec::new(),
            data: Vec::new(),
            aliases: Vec::new(),
            sectionless: true,
        }
    }
}

/// `name` stands for `target + offset`.
#[derive(Debug, Clone)]
pub struct Alias {
    pub name: String,
    pub target: String,
    pub offset: i64,
    pub span: Span,
}

/// A native function: a global (non-`.L`) code label and everything up to the next one.
#[derive(Debug, Clone)]
pub struct Function<I> {
    pub name: String,
    /// Where the function's label is defined.
    pub span: Span,
    pub body: Vec<Item<I>>,
}

impl<I> Function<I> {
    /// The names of the function's local labels.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.body.iter().filter_map(|i| match i {
            Item::Label { name, .. } => Some(name.as_str()),
            _ => None,
        })
    }
}

#[derive(Debug, Clone)]
pub enum Item<I> {
    /// A local label (`.L3`, `.LBB0_2`) inside a function.
    Label {
        name: String,
        span: Span,
    },
    Inst(I),
    /// `.p2align`/`.align`/`.balign` inside code, in bytes.
    Align {
        bytes: u32,
        span: Span,
    },
}

/// An amd64 register: an index into `mappings/amd64/registers.tbl` (the type lives in the
/// `isa` layer; arm64 registers are typed: [`crate::isa::arm64::Reg`]).
pub use crate::isa::amd64::Reg;

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
    /// Bytes the value takes (`.quad`: 8, `.long`: 4).
    pub width: usize,
    /// The value: `(Σ coefficient·symbol + addend) >> shift`.
    pub terms: Vec<(String, i64)>,
    pub addend: i64,
    pub shift: u32,
    /// The expression as written, for messages.
    pub expr: String,
    pub span: Span,
}

impl DataReloc {
    /// `symbol + addend`, when that is the whole value (an address).
    pub fn address(&self) -> Option<(&str, i64)> {
        match self.terms.as_slice() {
            [(s, 1)] if self.shift == 0 => Some((s.as_str(), self.addend)),
            _ => None,
        }
    }

    /// `(to - from + addend) >> shift`, when that is the whole value (a jump table's entry).
    pub fn difference(&self) -> Option<(&str, &str)> {
        match self.terms.as_slice() {
            [(to, 1), (from, -1)] => Some((to.as_str(), from.as_str())),
            _ => None,
        }
    }
}
