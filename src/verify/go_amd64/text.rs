//! Go assembly text → the typed Go IR, operand by operand (the `encode` command and the
//! tests; converted instructions arrive typed). Names become registers through Go's register
//! table (`src/isa/go_registers.rs`), any other name is a label.

use super::operands::{not_a_base_register, not_a_vector_register, not_an_index_register};
use crate::ir::go::{self, GoMem, GoOperand};
use crate::isa::go_registers as registers;
use crate::verify::goasm::{MemRef, Operand};
use crate::verify::EncodeError;

/// Resolves one operand of Go text into the typed Go IR: names become registers through
/// Go's register table (`src/isa/go_registers.rs`), any other name is a label. Names that
/// cannot stand where they are written fail here, with the encoder's messages.
pub(super) fn resolve_text(op: &Operand) -> Result<GoOperand, EncodeError> {
    let reg = |n: &str| registers::amd64(n).map(go::GoReg::Amd64);
    Ok(match *op {
        Operand::Name(n) => match reg(n) {
            Some(r) => GoOperand::Reg(r),
            None => GoOperand::Label(n.to_string()),
        },
        Operand::RegList(a, b) => GoOperand::RegList {
            first: reg(a).ok_or_else(|| not_a_vector_register(a))?,
            last: reg(b).ok_or_else(|| not_a_vector_register(b))?,
        },
        Operand::Imm(v) => GoOperand::Imm(v),
        // A bare number is an absolute address: `MOVQ 16, AX` loads from address 16 (what
        // `mov rax, QWORD PTR ds:16` is), `go tool asm` encodes it `48 8b 04 25 10 00 00 00`.
        Operand::Num(v) => GoOperand::Mem(GoMem {
            disp: v,
            ..GoMem::default()
        }),
        Operand::Float(v) => GoOperand::Float(v),
        Operand::Mem(m) => text_memory(&m)?,
        Operand::Addr(_) => {
            return Err(
                EncodeError::new("an address (`$sym(SB)`) is not an operand here")
                    .expected("`LEAQ sym(SB), reg`"),
            )
        }
        Operand::Str(_) => return Err(EncodeError::new("not an integer operand")),
        Operand::None => return Err(EncodeError::new("missing operand")),
    })
}

/// A written memory reference in the typed IR: `sym(SB)` (the symbol as written, without
/// `<>`), `name+off(FP)`, `name+off(SP)`, or registers.
fn text_memory(m: &MemRef) -> Result<GoOperand, EncodeError> {
    let segment = match m.segment {
        None => None,
        Some(s) => Some(
            registers::amd64(s)
                .map(go::GoReg::Amd64)
                .ok_or_else(|| EncodeError::new(format!("`{s}` is not a segment register")))?,
        ),
    };
    let pseudo = |what: &str| -> Result<(), EncodeError> {
        if m.index.is_some() || segment.is_some() {
            return Err(
                EncodeError::new(format!("`({what})` with an index or segment register"))
                    .expected(format!("`name+off({what})` alone")),
            );
        }
        Ok(())
    };
    let name = || m.symbol.unwrap_or("").to_string();
    let mut mem = GoMem {
        segment,
        scale: m.scale,
        disp: m.disp,
        ..GoMem::default()
    };
    match m.base {
        Some("SB") => {
            let symbol = m.symbol.unwrap_or("");
            mem.symbol = Some(symbol.strip_suffix("<>").unwrap_or(symbol).to_string());
        }
        Some("FP") => {
            pseudo("FP")?;
            return Ok(GoOperand::Frame {
                name: name(),
                offset: m.disp,
            });
        }
        Some("SP") if m.symbol.is_some() => {
            pseudo("SP")?;
            return Ok(GoOperand::Local {
                name: name(),
                offset: m.disp,
            });
        }
        Some(b) => {
            mem.base = Some(
                registers::amd64(b)
                    .map(go::GoReg::Amd64)
                    .ok_or_else(|| not_a_base_register(b))?,
            )
        }
        None => {}
    }
    if m.symbol.is_some() && mem.symbol.is_none() {
        return Err(EncodeError::new("a symbol needs `(SB)`, `(FP)` or `(SP)`"));
    }
    if let Some(x) = m.index {
        mem.index = Some(
            registers::amd64(x)
                .map(go::GoReg::Amd64)
                .ok_or_else(|| not_an_index_register(x))?,
        );
    }
    Ok(GoOperand::Mem(mem))
}
