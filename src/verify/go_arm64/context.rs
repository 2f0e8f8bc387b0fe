//! Where the caller's code is ([`Context`], the shared [`GoContext`]: address, frame size,
//! labels; where `0(FP)` is: [`fp_offset`]) and what an encoding appended ([`Encoded`]);
//! the error helper every file uses.

use crate::verify::{EncodeError, GoContext};

/// The encoder's context: [`GoContext`].
pub type Context<'a> = GoContext<'a>;

/// Offset of `0(FP)` from RSP: 8 without a frame; with one, Go's frame (frame + 8 for
/// the saved LR, rounded up to 16) plus 8.
pub fn fp_offset(ctx: &Context) -> i64 {
    if ctx.frame_size == 0 {
        8
    } else {
        let auto = (ctx.frame_size as i64 + 8 + 15) & !15;
        auto + 8
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
