//! The Go amd64 names the embedded Go encoder (`verify/go_amd64/names.rs`) cannot derive from an
//! Intel mnemonic: the rows of `mappings/amd64/go_names.tbl` ([`GO_NAMES`]) and Go's
//! condition names with their jump aliases, `mappings/amd64/go_conditions.tbl`
//! ([`GO_CONDITIONS`]). Formats are at the top of each file.
//!
//! `build.rs` checks the rows and spells every Intel mnemonic and iced `Code` as a Rust
//! identifier (`Mnemonic::Movzx`, `Code::VEX_Vmovq_rm64_xmm`), so a name iced does not know
//! fails the build.

use iced_x86::{Code, Mnemonic};

/// What a Go name stands for.
#[derive(Debug, Clone, Copy)]
pub enum Intel {
    /// Intel mnemonics, each one an alternative with all its 64-bit forms.
    Mnemonics(&'static [Mnemonic]),
    /// Exactly these iced forms, together one alternative.
    Codes(&'static [Code]),
}

/// The operand widths a Go name implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    Any,
    /// Every integer operand has this many bits.
    All(u16),
    /// Per Go operand.
    Each([u16; 2]),
    /// Vector length of the register-or-memory operand.
    Vector(u16),
}

/// Go operand order relative to Intel's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Reverse,
    Same,
    /// Go operand i is Intel operand `[i]`; the second field is the operand count.
    Explicit([u8; 4], u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    None,
    /// `MOVQ $imm, reg` with `0 ≤ imm < 2^32` → `MOVL`.
    MovqImm,
    /// If this row fits, later rows are not tried.
    First,
}

/// One row of `mappings/amd64/go_names.tbl`.
#[derive(Debug)]
pub struct GoName {
    pub go: &'static str,
    pub intel: Intel,
    pub width: Width,
    pub order: Order,
    pub rule: Rule,
}

/// One row of `mappings/amd64/go_conditions.tbl`: Go's condition name, the Intel jump, set
/// and conditional move on it, and Go's other names of the jump.
#[derive(Debug)]
pub struct GoCondition {
    pub go: &'static str,
    pub jump: Mnemonic,
    pub set: Mnemonic,
    pub cmov: Mnemonic,
    pub jump_aliases: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/amd64_go_names.rs"));
