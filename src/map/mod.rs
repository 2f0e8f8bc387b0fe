//! The mapping stage: native IR → Go IR, driven by the tables in `mappings/`.
//!
//! Each architecture's tables are compiled into Rust statics by `build.rs` (see the format
//! notes at the top of each table file). This stage renames registers and mnemonics, picks
//! the Go operand order of the matched form, turns local labels and data symbols into Go
//! names, and rejects what Go cannot express with a located diagnostic. It knows nothing of
//! signatures: argument slots and result stores are the frame stage's job (`frame/`).
//! `jump_table` runs last, on each function's Go IR: switch dispatches → compare/branch
//! trees.

pub mod amd64;
pub mod arm64;
pub mod arm64_liveness;
pub mod arm64_reserved;
pub mod arm64_x28_slot;
pub mod jump_table;

/// Go operand order of a table row (a table column, so it lives in the `isa` layer).
pub use crate::isa::Order;

/// The Go name for a native local label (`.L3` → `L3`, `.LBB0_2` → `LBB0_2`).
pub fn go_label(native: &str) -> String {
    go_identifier(native.trim_start_matches('.'))
}

/// The Go static-symbol name (without `<>`) for a native data symbol
/// (`.LC0` → `LC0`, `CSWTCH.2` → `CSWTCH_2`, `.LCPI0_1` → `LCPI0_1`).
pub fn go_data_symbol(native: &str) -> String {
    go_identifier(native.trim_start_matches('.'))
}

/// The Go symbol (without `·`) of a function's **native-convention body**: `f` →
/// `f_native`, `foo@PLT` → `foo_native`, `f.part.0` → `f_part_0_native`. Every native
/// function of the input gets one; calls, tail calls and function addresses in native code
/// go there, never to a Go entry. A Go entry (a function with a signature) keeps the plain
/// name `f`. Another converted file of the same package reaches `f`'s body by this name.
pub fn native_symbol(native: &str) -> String {
    let name = native.strip_suffix("@PLT").unwrap_or(native);
    format!("{}_native", go_identifier(name))
}

fn go_identifier(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}
