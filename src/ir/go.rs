//! The Go IR: Go assembler instructions as the mapping stage (`map/`) produces them and the
//! frame stage (`frame/`) rewrites them (argument slots, result stores). The emitter
//! (`emit/`) prints them; the verifier will encode them.
//!
//! Operands are in **Go order** (sources first, destination last, except where the mapping
//! table says otherwise, e.g. `CMPQ`).

use crate::diag::Span;
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

#[derive(Debug, Clone, PartialEq)]
pub enum GoOperand {
    /// A Go register name (`AX`, `R8B`, `X3`, `Y0`, `R1`, `ZR`).
    Reg(&'static str),
    /// `$imm`.
    Imm(i64),
    /// `$sym<>+off(SB)`: the address of a data symbol.
    SymAddr { symbol: String, offset: i64 },
    /// `off(base)(index*scale)` with optional `sym<>+off(SB)` form and segment.
    Mem(GoMem),
    /// A named argument/result slot: `name+off(FP)`.
    Frame { name: String, offset: i64 },
    /// A branch target label.
    Label(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoMem {
    /// `FS`/`GS` segment override, printed as `(TLS)`-free `FS:` prefix.
    pub segment: Option<&'static str>,
    /// A file-static data symbol: printed `sym<>+disp(SB)`; base must then be `None`.
    pub symbol: Option<String>,
    pub base: Option<&'static str>,
    pub index: Option<&'static str>,
    pub scale: u8,
    pub disp: i64,
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
