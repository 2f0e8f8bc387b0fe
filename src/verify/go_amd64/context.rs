//! What the caller tells the amd64 Go-asm encoder ([`Context`], the shared
//! [`GoContext`]: the instruction's address, the frame size, the label addresses; where
//! `0(FP)` is: [`fp_offset`]) and what it gets back ([`Encoded`]). Shared by every file of
//! the encoder; it uses none of them.

use crate::verify::GoContext;

/// The encoder's context: [`GoContext`].
pub type Context<'a> = GoContext<'a>;

/// Offset of `0(FP)` from the hardware SP: the return address, plus the saved BP and the
/// frame when the function has one (Go inserts `PUSHQ BP` for a frame > 0).
pub fn fp_offset(ctx: &Context) -> i64 {
    if ctx.frame_size == 0 {
        8
    } else {
        ctx.frame_size as i64 + 16
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
