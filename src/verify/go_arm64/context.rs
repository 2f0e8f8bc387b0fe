//! Where the caller's code is ([`Context`]: address, frame size, labels) and what an
//! encoding appended ([`Encoded`]); the error helper every file uses.

use crate::verify::EncodeError;
use std::collections::HashMap;

/// Where the caller's code is, for branches and frame slots.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Address of the instruction (for branch displacements).
    pub pc: u64,
    /// The function's frame size (`TEXT ·f(SB), 0, $frame-args`).
    pub frame_size: u32,
    /// Label addresses; `None` encodes branches as if their target were the instruction.
    pub labels: Option<&'a HashMap<String, u64>>,
}

impl Context<'_> {
    /// Offset of `0(FP)` from RSP: 8 without a frame; with one, Go's frame (frame + 8 for
    /// the saved LR, rounded up to 16) plus 8.
    pub fn fp_offset(&self) -> i64 {
        if self.frame_size == 0 {
            8
        } else {
            let auto = (self.frame_size as i64 + 8 + 15) & !15;
            auto + 8
        }
    }
}

/// What [`encode`] appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoded {
    pub len: usize,
    /// A branch to a label (its bytes depend on the layout).
    pub branch: bool,
    /// A PC-relative reference to a symbol (`ADRP`, `MOVD $sym(SB)`): its fields are
    /// written as zero and filled in by the linker.
    pub pc_rel: bool,
}

pub(super) fn err<T>(m: impl Into<String>) -> Result<T, EncodeError> {
    Err(EncodeError::new(m))
}
