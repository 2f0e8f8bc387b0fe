//! The instruction-set layer: registers, operand classes, the generated table rows and bit
//! helpers, per architecture. It depends only on `diag`; everything else (parsers, mapper,
//! encoders, ABI bridges) builds on it.
//!
//! The tables themselves are files under `mappings/<arch>/`, read and checked by `build.rs`
//! and compiled into statics that the architecture modules here `include!`.

pub mod amd64;

/// Go operand order of a table row, relative to the native (Intel/GNU) order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Go lists the operands in reverse (the usual case: sources first).
    Reverse,
    /// Go keeps the native order (e.g. `CMPQ`).
    Same,
    /// Go operand i is native operand `order[i]`.
    Explicit(&'static [usize]),
}

impl Order {
    /// The native operand that Go operand `i` of `n` comes from.
    pub fn source(self, i: usize, n: usize) -> usize {
        match self {
            Order::Reverse => n - 1 - i,
            Order::Same => i,
            Order::Explicit(o) => o[i],
        }
    }
}
