//! native2goasm: native assembly → Go (Plan 9) assembly.
//!
//! The pipeline, one folder per stage:
//!
//! ```text
//! parse/  text ──pest grammars──▶ ir::Module (native IR, Intel operand order)
//! map/    ir::Module ──mappings/ tables──▶ ir::go (Go IR)
//! frame/  Go signature → FP slots, ABI bridge (argument loads, result stores)
//! emit/   Go IR → .s text (asmfmt layout)
//! ```
//!
//! Dependency order (lowest first; a module uses only modules at its level or below):
//! `diag` < `isa` < `ir` < `parse` < `map` < `frame` < `emit` < `verify` < `convert` < `main`.
//! `isa/` holds each instruction set's registers, operand classes, table rows and bit
//! helpers; `ir/` the typed native IRs (`ir::x86`, `ir::a64`) and the Go IR (`ir::go`).
// pest_derive without its `std` feature (no per-rule stack probe) generates `::alloc` paths.
extern crate alloc;

pub mod convert;
pub mod diag;
pub mod emit;
pub mod frame;
pub mod ir;
pub mod isa;
pub mod map;
pub mod parse;
pub mod verify;
