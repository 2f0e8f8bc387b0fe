//! The Go IR: Go assembler instructions as the mapping stage (`map/`) produces them and the
//! frame stage (`frame/`) rewrites them (argument slots, result stores). The emitter
//! (`emit/`) prints them; the verifier encodes them (`verify/go_amd64/` reads these
//! operands directly; the `encode` command resolves Go text into them first).
//!
//! Operands are in **Go order** (sources first, destination last, except where the mapping
//! table says otherwise, e.g. `CMPQ`). They are typed: registers are [`GoReg`]s (a register
//! file and a number), never names; Go's spelling of every register is one table,
//! `src/isa/go_registers.rs`, read by the emitter and by the text path of the `encode` command.
//!
//! arm64's operand shapes (shifted and extended registers, pairs, arrangements, lanes,
//! register lists, indexed and write-back memory, conditions) are variants of their own,
//! built from the instruction-set types of `src/isa/arm64/` ([`Modifier`], [`Arrangement`],
//! [`Cond`], [`Writeback`]). Nothing in the IR is Go text: `src/emit/mod.rs` spells it.

use crate::diag::Span;

pub use crate::isa::arm64::{Arrangement, Cond, Modifier, Writeback};
pub use crate::isa::go_registers::{A64Reg, Amd64File, Amd64Reg, GoReg};

#[derive(Debug, Clone, PartialEq)]
pub enum GoOperand {
    /// A register (`AX`, `R8B`, `X3`, `Y0`, `K1`).
    Reg(GoReg),
    /// `$imm`.
    Imm(i64),
    /// `$1.5`.
    Float(f64),
    /// `$sym<>+off(SB)`: the address of a data symbol.
    SymAddr { symbol: String, offset: i64 },
    /// `off(base)(index*scale)`, or `sym<>+off(SB)`.
    Mem(GoMem),
    /// A named argument/result slot: `name+off(FP)`.
    Frame { name: String, offset: i64 },
    /// The address of an argument/result slot: `$name+off(FP)`.
    FrameAddr { name: String, offset: i64 },
    /// A named local slot of the Go frame: `name+off(SP)` (the pseudo-register SP).
    Local { name: String, offset: i64 },
    /// A branch target label.
    Label(String),
    /// A block of consecutive registers: `[Z1-Z4]`.
    RegList { first: GoReg, last: GoReg },
    /// The word of a raw `WORD`, printed as eight hex digits: `$0x91000420`.
    Word(u32),
    /// arm64: a shifted or extended register (`R1<<3`, `R1>>3`, `R1->3`, `R1@>3`, `R2.SXTW`,
    /// `R2.UXTW<<2`).
    Modified { reg: A64Reg, modifier: Modifier },
    /// arm64: a register pair `(R0, R1)`.
    Pair(A64Reg, A64Reg),
    /// arm64: an arranged vector register `V1.S4`.
    Vector { num: u8, arr: Arrangement },
    /// arm64: a vector element `V1.S[2]`; `size` is the element size (0 B, 1 H, 2 S, 3 D).
    Element { num: u8, size: u8, lane: u8 },
    /// arm64: `count` consecutive vector registers from `first` (wrapping at 32),
    /// `[V0.B16, V1.B16]`, with an optional lane `[…][1]`.
    VecList {
        first: u8,
        count: u8,
        arr: Arrangement,
        lane: Option<u8>,
    },
    /// arm64: memory at a base plus a modified index register, `(R1)(R2.SXTW<<2)`.
    MemIndex {
        base: A64Reg,
        index: A64Reg,
        modifier: Modifier,
    },
    /// arm64: pre- or post-indexed memory `-16(RSP)`; Go spells the write-back as the
    /// instruction's suffix (`MOVD.W`, `MOVD.P`).
    MemWriteback { mem: GoMem, mode: Writeback },
    /// arm64: a condition (`EQ`, `NE`…).
    Cond(Cond),
    /// A function of the output, as a call target: `·f(SB)`.
    Func(String),
    /// The address of a function of the output: `$·f(SB)` (arm64 `MOVD $·f(SB), R0`).
    FuncAddr(String),
    /// A register holding a call target: `(R1)`.
    Indirect(GoReg),
    /// amd64: the thread-local slot holding the current goroutine, `(TLS)` (for the stack
    /// check of native bodies).
    Tls,
    /// arm64: the current goroutine's first word, `g.stack.lo`, `(g)` (for the stack check).
    GStackLo,
}

impl GoInst {
    /// The write-back mode of an arm64 pre/post-indexed access (Go's `.W`/`.P` suffix).
    pub fn writeback(&self) -> Option<Writeback> {
        self.operands.iter().find_map(|o| match o {
            GoOperand::MemWriteback { mode, .. } => Some(*mode),
            _ => None,
        })
    }
}

/// A memory operand.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoMem {
    /// A segment override (`FS:`).
    pub segment: Option<GoReg>,
    /// A data symbol: printed `sym<>+disp(SB)`; base and index are then `None`.
    pub symbol: Option<String>,
    pub base: Option<GoReg>,
    pub index: Option<GoReg>,
    pub scale: u8,
    pub disp: i64,
}

/// The memory access of an instruction's memory operand, from its mapping-table row (the
/// row's `m8`…`m256`, `rm32`, `xm64`… kind). Only the width is known for now: whether the
/// access reads, writes or both is not in the tables yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemAccess {
    pub bytes: u8,
}

/// Where an emitted instruction came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Converted from the source instruction at this span.
    Source(Span),
    /// Added by the converter (argument loads, result stores).
    Added,
}

#[derive(Debug, Clone)]
pub struct GoInst {
    pub mnemonic: &'static str,
    pub operands: Vec<GoOperand>,
    pub origin: Origin,
    /// The access of the memory operand, when the mapping row states its width (amd64).
    pub access: Option<MemAccess>,
    /// Printed after the instruction (`// source text`, or why it was added).
    pub comment: Option<String>,
}

/// A line of a Go TEXT body.
#[derive(Debug, Clone)]
pub enum GoItem {
    Label(String),
    Inst(GoInst),
    /// `PCALIGN $n`.
    Align(u32),
    /// Raw bytes for an instruction Go cannot spell identically, with the source text.
    Bytes {
        bytes: Vec<u8>,
        comment: String,
    },
    /// The source instruction at `origin`, which Go cannot spell: the verify stage replaces
    /// it by its source bytes (as [`GoItem::Bytes`] or a `WORD`) and their comment.
    Raw {
        origin: Span,
    },
}

/// One `TEXT` symbol.
#[derive(Debug, Clone)]
pub struct GoFunction {
    pub name: String,
    /// `NOSPLIT`, `NOSPLIT|NOFRAME`, ...
    pub flags: &'static str,
    pub frame_size: u32,
    /// `None` when no Go signature is known (then the TEXT line has no `-args`).
    pub args_size: Option<u32>,
    pub body: Vec<GoItem>,
}

/// One `DATA`/`GLOBL` symbol.
#[derive(Debug, Clone)]
pub struct GoData {
    /// Go symbol name without the `<>` suffix.
    pub name: String,
    pub bytes: Vec<u8>,
    /// 8-byte slots (by offset) holding an address (`.quad f`, `.quad table+8`): tables of
    /// function pointers, pointers into data.
    pub addresses: Vec<(usize, Address)>,
    pub align: u32,
    pub read_only: bool,
}

/// What an address slot of a data symbol holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Address {
    /// A native body: `$·f(SB)`.
    Func(String),
    /// A data symbol of the file plus an offset: `$sym<>+8(SB)`.
    Data { symbol: String, offset: i64 },
}

/// A whole output file.
#[derive(Debug, Clone, Default)]
pub struct GoFile {
    pub data: Vec<GoData>,
    pub functions: Vec<GoFunction>,
}
