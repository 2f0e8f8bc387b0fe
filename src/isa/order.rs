//! The Go operand order of a table row ([`Order`]), shared by every architecture's tables.

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
