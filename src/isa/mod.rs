//! Instruction-set knowledge per architecture: registers, operand classes, table rows, bit helpers.

pub mod arm64;
pub mod order;
