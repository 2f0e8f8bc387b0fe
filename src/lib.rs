//! native2goasm: native assembly → Go (Plan 9) assembly, every instruction verified byte for
//! byte against its source (`ARCHITECTURE.md` has the whole picture).
//!
//! The pipeline, one folder per stage:
//!
//! ```text
//! parse/   text ──pest grammars──▶ ir::Module (native IR, Intel operand order)
//! map/     ir::Module ──mappings/<arch>/ tables──▶ ir::go (Go IR)
//! frame/   Go signature → FP slots; ABI bridge (argument loads, result stores)
//! verify/  Go IR vs source: native and Go encoders; keep, or replace by raw bytes
//! emit/    Go IR → .s text (asmfmt layout)
//! target/  per architecture: which dialect, lowering, ABI bridge and encoders go together
//! convert  runs the stages over one input for one Target; main.rs is the command line
//! ```
//!
//! # Dependency order
//!
//! A module may use only modules of its own stage or an earlier one, and no files may import
//! each other in a circle (inside one stage folder neither):
//!
//! diag < isa < ir < parse < map < frame < emit < verify < target < convert < main
//!
//! `diag` holds located diagnostics; `isa` an architecture's registers, operand classes,
//! table rows and bit helpers; `ir` the native and the Go IR. `emit` comes before `verify`
//! because the verifier prints Go instructions for its report; `target` comes after every
//! stage it names a part of, and `convert` and `main.rs` choose the architecture only
//! through it (`target::with_target`). [`STAGES`] is this order;
//! `tests/layers.rs` checks every `crate::`/`super::` path of `src/` against it, and that
//! the line above states it.

// pest_derive without its `std` feature (no per-rule stack probe) generates `::alloc` paths.
extern crate alloc;

/// The stages (top-level modules) in dependency order, earliest first; `main.rs` (the
/// command line) comes after all of them.
pub const STAGES: &[&str] = &[
    "diag", "isa", "ir", "parse", "map", "frame", "emit", "verify", "target", "convert",
];

pub mod convert;
pub mod diag;
pub mod emit;
pub mod frame;
pub mod ir;
pub mod isa;
pub mod map;
pub mod parse;
pub mod target;
pub mod verify;
