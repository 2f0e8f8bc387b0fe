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
//! arm64 still passes most operands as their interned Go spelling ([`GoOperand::Spelled`])
//! until its typed lowering lands; its memory bases are typed ([`A64Reg`]).

use crate::diag::Span;
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

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
    /// TEMPORARY escape hatch for arm64 until its typed lowering lands: the operand's Go
    /// spelling (`R2<<3`, `(R0, R1)`, `[V0.B16, V1.B16]`), interned.
    Spelled(&'static str),
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
    pub align: u32,
    pub read_only: bool,
}

/// A whole output file.
#[derive(Debug, Clone, Default)]
pub struct GoFile {
    pub data: Vec<GoData>,
    pub functions: Vec<GoFunction>,
}

/// Interns a Go spelling the Go IR keeps as `&'static str` (`R2<<3`, `V1.S4`, `(R0, R1)`,
/// `MOVD.P`): the set of spellings is small and bounded by the input.
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
