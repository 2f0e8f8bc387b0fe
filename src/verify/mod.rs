//! The verify stage: the bytes each source instruction stands for, the bytes the Go
//! instruction chosen for it stands for, and the decision between them.
//!
//! The promise (`ARCHITECTURE.md`) is that every source instruction is emitted either as a Go
//! mnemonic whose Go encoding is byte-identical to the source encoding, or as raw `BYTE`s with
//! the source text as a comment. This stage holds both encoders and the comparison:
//!
//! - [`native_x86`]: the embedded native x86-64 encoder (source bytes for text input, as GNU
//!   `as` would emit them). It builds an `iced-x86` `Instruction` from the native IR, choosing
//!   the iced `Code` from iced's own opcode tables and GNU `as`'s preferences. Held against
//!   GNU `as` by `tests/native_encoder.rs`. It also gives the bytes of the rows marked `@raw`
//!   in `mappings/amd64/instructions.tbl` (forms Go cannot spell identically), which the map
//!   stage leaves as [`GoItem::Raw`](crate::ir::go::GoItem::Raw) items.
//! - [`go_amd64`]: the embedded Go-asm encoder, a model of `go tool asm` for amd64 (Go
//!   mnemonic and operands → iced form, as Go chooses it). Held against Go's assembler test
//!   data (`tests/go_encoder_amd64.rs`) and the live `go tool asm -S`
//!   (`tests/live_go_asm_amd64.rs`). It also backs `native2goasm encode`
//!   ([`go_amd64::listing`]).
//! - [`native_arm64`]: the embedded native arm64 encoder (GNU `as`'s word for a parsed arm64
//!   instruction, relocated fields zero), held against GNU `as` by
//!   `tests/native_encoder_arm64.rs`; [`go_arm64`]: the Go-asm encoder for arm64, held
//!   against Go's test data (`tests/go_encoder_arm64.rs`) and the live `go tool asm -S`
//!   (`tests/live_go_asm_arm64.rs`).
//! - [`goasm`]: Go assembly text → operands, for `encode` and the tests; Go IR instructions
//!   are handed to the encoder through the same operand type without printing them.
//!   [`listing`]: whole Go files for `encode`, read once; each Go encoder lays out functions
//!   by its own rules ([`listing::Layout`]).
//! - [`compare`]: the per-instruction comparison the converter runs on every Go function
//!   after the frame stage ([`compare::check`]), written once over [`compare::Encoders`];
//!   [`amd64`] and [`arm64`] implement it from the encoders above. [`report`]: the classes it
//!   assigns (`exact`, `equivalent`, `raw`, `branch`,
//!   `added`, `data`), the stderr summary and the JSON report.
//!
//! # The comparison
//!
//! The Go instructions that came from one source instruction (usually one; `LOCK; XADDQ`
//! for `lock xadd`) are encoded and concatenated, the source instruction is encoded by the
//! native encoder, and:
//!
//! - equal bytes → `exact` (the Go mnemonic is kept). A RIP-relative operand leaves a 32-bit
//!   field for the linker on both sides: the fields are written as zero and must sit at the
//!   same offset, so the comparison is the masked one;
//! - with `--equivalent`, bytes that decode (yaxpeax-x86, yaxpeax-arm) to the same
//!   instruction → `equivalent` (kept);
//! - otherwise the Go instructions are replaced by the source bytes (`raw`: `BYTE`s on amd64,
//!   a `WORD` on arm64, with the source as comment), unless the source refers to a symbol:
//!   raw bytes cannot carry a relocation, so that is a located error on amd64, and on arm64
//!   (where Go relinks `adrp`/`:lo12:` to its own symbol reference) a `branch`.
//!
//! Branches relinked to labels are `branch` (Go picks its own branch forms); instructions
//! the frame stage added, and source instructions it rewrote (stack-passed arguments read
//! from their Go `name+off(FP)` slot), are `added`. The comparison reuses its buffers and
//! encodes from the IR (no text is printed or parsed on the way).
//!
//! This file holds only what the encoders share (errors, listing lines, immediate and
//! displacement classes, memo helpers, options); it uses no module of this folder but the
//! leaves `goasm` and `report`, so the encoders can use it without an import circle.

pub mod amd64;
pub mod arm64;
pub mod compare;
pub mod go_amd64;
pub mod go_arm64;
pub mod goasm;
pub mod listing;
pub mod live;
pub mod native_arm64;
pub mod native_x86;
pub mod report;

/// Why an instruction could not be encoded; `operand` is the index of the operand at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    pub message: String,
    pub operand: Option<usize>,
    pub expected: Option<String>,
}

impl EncodeError {
    pub(crate) fn new(message: impl Into<String>) -> EncodeError {
        EncodeError {
            message: message.into(),
            operand: None,
            expected: None,
        }
    }
    pub(crate) fn at(mut self, operand: usize) -> EncodeError {
        self.operand = Some(operand);
        self
    }
    pub(crate) fn expected(mut self, what: impl Into<String>) -> EncodeError {
        self.expected = Some(what.into());
        self
    }
}

/// The bytes of one line of a Go assembly file, as the `encode` listings give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingLine {
    /// 1-based line number.
    pub line: u32,
    pub bytes: Vec<u8>,
    /// Whether the line holds an instruction or data (and is printed).
    pub code: bool,
    /// The line holds a branch to a label (its bytes depend on the layout).
    pub branch: bool,
}

impl ListingLine {
    /// One empty entry per line of a file of `lines` lines, numbered from 1.
    pub fn blank(lines: usize) -> Vec<ListingLine> {
        (0..lines)
            .map(|i| ListingLine {
                line: i as u32 + 1,
                bytes: Vec::new(),
                code: false,
                branch: false,
            })
            .collect()
    }
}

use report::{Class, Record, Report};
use std::collections::HashMap;

/// What the caller tells a Go encoder about where its code is, for branches and frame
/// slots (each encoder's `fp_offset` places `0(FP)` by its architecture's frame).
#[derive(Debug, Clone, Copy, Default)]
pub struct GoContext<'a> {
    /// Address of the instruction (for branch displacements).
    pub pc: u64,
    /// The function's frame size (`TEXT ·f(SB), 0, $frame-args`).
    pub frame_size: u32,
    /// Label addresses; `None` encodes branches with displacement 0.
    pub labels: Option<&'a HashMap<String, u64>>,
}

/// The class of an immediate for choosing an encoding: every range test the encoders' fitting
/// rules make of an immediate's value, one bit each. Two values of one class fit exactly the
/// same forms, in the same number of bytes.
pub(crate) fn imm_class(v: i64) -> u16 {
    let in_range = |lo: i64, hi: i64| (lo..=hi).contains(&v);
    let i8s = |x: i64| (-128..=127).contains(&x);
    [
        v == 1,
        in_range(0, 15),
        in_range(-128, 255),
        in_range(-32768, 65535),
        in_range(i32::MIN as i64, u32::MAX as i64),
        in_range(i32::MIN as i64, i32::MAX as i64),
        in_range(0, u32::MAX as i64),
        i8s(v as u16 as i16 as i64),
        i8s(v as u32 as i32 as i64),
        i8s(v),
    ]
    .iter()
    .enumerate()
    .fold(0, |c, (i, &b)| c | (b as u16) << i)
}

/// The class of a (32-bit) memory displacement for choosing an encoding: zero or not, and for
/// each disp8*N scale (N = 1 for legacy and VEX, up to 64 for EVEX) whether it compresses to
/// 8 bits. Two displacements of one class encode in the same number of bytes in every form.
pub(crate) fn disp_class(d: i64) -> u8 {
    [1i64, 2, 4, 8, 16, 32, 64]
        .iter()
        .enumerate()
        .fold((d == 0) as u8, |c, (i, &n)| {
            c | ((d % n == 0 && (-128..=127).contains(&(d / n))) as u8) << (i + 1)
        })
}

pub(crate) use crate::isa::fx::FxMap;

/// Most shapes one mnemonic's memo of encoder choices keeps (a bound on memory, not a tuning).
pub(crate) const MEMO_SHAPES: usize = 1 << 14;

/// Records an encoder's choice for `mnemonic` at an operand shape, within [`MEMO_SHAPES`].
pub(crate) fn remember<K: std::hash::Hash + Eq, V>(
    memo: &std::cell::RefCell<FxMap<String, FxMap<K, V>>>,
    mnemonic: &str,
    key: K,
    choice: V,
) {
    let mut memo = memo.borrow_mut();
    if !memo.contains_key(mnemonic) {
        memo.insert(mnemonic.to_string(), Default::default());
    }
    let shapes = memo.get_mut(mnemonic).expect("inserted");
    if shapes.len() < MEMO_SHAPES {
        shapes.insert(key, choice);
    }
}

/// Verification options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Keep a Go mnemonic whose encoding differs from the source's when both decode to the
    /// same instruction.
    pub equivalent: bool,
}

/// Records the data symbols the output defines (class `data`).
pub fn report_data<I>(module: &crate::ir::Module<I>, used: &[bool], report: &mut Report) {
    for (obj, _) in module.data.iter().zip(used).filter(|(_, u)| **u) {
        report.add(Class::Data, || Record {
            line: obj.span.line,
            source: obj.name.clone(),
            go: format!("DATA {}<>", crate::map::go_data_symbol(&obj.name)),
            class: Class::Data,
            source_hex: obj.bytes.clone(),
            go_hex: obj.bytes.clone(),
        });
    }
}
