//! The instruction-set layer: registers, operand classes, the generated table rows and bit
//! helpers, per architecture. It depends only on `diag`; everything else (parsers, mapper,
//! encoders, ABI bridges) builds on it.
//!
//! The tables themselves are files under `mappings/<arch>/`, read and checked by `build.rs`
//! and compiled into statics that the architecture modules here `include!`.

pub mod amd64;
pub mod arm64;
pub mod fx;
pub mod go_registers;
pub mod order;

include!("mnemonic_hash.rs");

pub use order::Order;
