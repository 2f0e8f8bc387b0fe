//! What the caller tells the amd64 Go-asm encoder ([`Context`]: the instruction's address,
//! the frame size, the label addresses) and what it gets back ([`Encoded`]). Shared by
//! every file of the encoder; it uses none of them.

use std::collections::HashMap;

/// Where the caller's code is, for branches and frame slots.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Address of the instruction (for branch displacements).
    pub pc: u64,
    /// The function's frame size (`TEXT ·f(SB), 0, $frame-args`).
    pub frame_size: u32,
    /// Label addresses; `None` encodes branches as if their target were the next byte.
    pub labels: Option<&'a HashMap<String, u64>>,
}

impl Context<'_> {
    /// Offset of `0(FP)` from the hardware SP: the return address, plus the saved BP and the
    /// frame when the function has one (Go inserts `PUSHQ BP` for a frame > 0).
    pub fn fp_offset(&self) -> i64 {
        if self.frame_size == 0 {
            8
        } else {
            self.frame_size as i64 + 16
        }
    }
}

/// A RIP-relative field written as zero (the linker fills it in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PcRel {
    /// Offset of the 4-byte field from the start of the instruction.
    pub offset: usize,
}

/// What [`encode`] appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Encoded {
    pub len: usize,
    pub pc_rel: Option<PcRel>,
    /// A branch to a label (its bytes depend on the layout).
    pub branch: bool,
}
