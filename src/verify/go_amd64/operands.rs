//! Operands of the typed Go IR lowered for the encoder ([`Op`]): registers reach iced by
//! register file and number ([`EncReg`]; Go's general registers carry no width, the
//! instruction decides it), memory references become iced base/index/scale/displacement
//! ([`Mem`]; `sym(SB)` RIP-relative, `name+off(FP)`/`(SP)` the hardware SP plus the frame
//! offset of the [`Context`]).

use iced_x86::Register;

use super::context::{fp_offset, Context};
use crate::ir::go::{self, Amd64File, Amd64Reg, GoMem, GoOperand};
use crate::isa::go_registers as registers;
use crate::verify::EncodeError;

/// The encoder's view of a Go register: general registers have no width in Go (`AX` is ax,
/// eax or rax, decided by the instruction); every other register is one iced register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum EncReg {
    Gpr(u8),
    Exact(Register),
}

/// The iced register of a Go register, by its file and number (iced numbers each file
/// consecutively, in the encoding order).
fn enc_reg(r: Amd64Reg) -> EncReg {
    let n = r.num as u32;
    EncReg::Exact(match r.file {
        Amd64File::Gpr => return EncReg::Gpr(r.num),
        Amd64File::Byte => byte_reg(r.num),
        Amd64File::HighByte => Register::AH + n,
        Amd64File::X => Register::XMM0 + n,
        Amd64File::Y => Register::YMM0 + n,
        Amd64File::Z => Register::ZMM0 + n,
        Amd64File::K => Register::K0 + n,
        Amd64File::Mmx => Register::MM0 + n,
        Amd64File::X87 => Register::ST0 + n,
        Amd64File::Segment => Register::ES + n,
        Amd64File::Control => Register::CR0 + n,
        Amd64File::Debug => Register::DR0 + n,
        Amd64File::Bound => Register::BND0 + n,
    })
}

/// AL..R15B by number (SPL, BPL, SIL, DIL for 4-7; iced lists AH..BH between).
pub(super) fn byte_reg(num: u8) -> Register {
    let n = num as u32;
    match num {
        0..=3 => Register::AL + n,
        4..=7 => Register::SPL + (n - 4),
        _ => Register::R8L + (n - 8),
    }
}

/// The general register `i` at `bits` (16, 32 or 64) wide.
pub(super) fn gpr(i: u8, bits: u16) -> Register {
    let i = i as u32;
    match bits {
        16 => Register::AX + i,
        32 => Register::EAX + i,
        _ => Register::RAX + i,
    }
}

/// A memory operand as iced takes it; `rip` for `sym(SB)` (the displacement is the linker's).
#[derive(Debug, Clone, Copy)]
pub(super) struct Mem {
    pub(super) base: Register,
    pub(super) index: Register,
    pub(super) scale: u32,
    pub(super) disp: i64,
    pub(super) segment: Register,
    pub(super) rip: bool,
}

/// An operand lowered for the encoder.
#[derive(Debug, Clone, Copy)]
pub(super) enum Op {
    Reg(EncReg),
    /// `[Z1-Z4]`: the first register of the block.
    Block(Register),
    Mem(Mem),
    Imm(i64),
    /// A branch target label.
    Label(usize),
}

/// The operand of the typed Go IR, lowered for the encoder (operand `i`).
pub(super) fn lower(op: &GoOperand, i: usize, ctx: &Context) -> Result<Op, EncodeError> {
    Ok(match op {
        GoOperand::Reg(go::GoReg::Amd64(r)) => Op::Reg(enc_reg(*r)),
        GoOperand::Label(_) => Op::Label(i),
        GoOperand::RegList { first, .. } => match amd64_reg(*first).map(enc_reg) {
            Some(EncReg::Exact(r)) => Op::Block(r),
            _ => return Err(not_a_vector_register(registers::name(*first))),
        },
        GoOperand::Imm(v) => Op::Imm(*v),
        GoOperand::Mem(m) => Op::Mem(memory(m)?),
        // `LEAQ ·f(SB), AX`: RIP-relative (calls and jumps to functions are not compared).
        GoOperand::Func(_) => Op::Mem(Mem {
            base: Register::None,
            index: Register::None,
            scale: 1,
            disp: 0,
            segment: Register::None,
            rip: true,
        }),
        GoOperand::Frame { offset, .. } => Op::Mem(stack_slot(offset + fp_offset(ctx))?),
        GoOperand::Local { offset, .. } => Op::Mem(stack_slot(offset + ctx.frame_size as i64)?),
        GoOperand::SymAddr { .. } | GoOperand::FrameAddr { .. } => {
            return Err(
                EncodeError::new("an address (`$sym(SB)`) is not an operand here")
                    .expected("`LEAQ sym(SB), reg`"),
            )
        }
        GoOperand::Float(_) => return Err(EncodeError::new("not an integer operand")),
        // arm64 registers and operand shapes.
        _ => return Err(EncodeError::new("not an amd64 operand")),
    })
}

fn amd64_reg(r: go::GoReg) -> Option<Amd64Reg> {
    match r {
        go::GoReg::Amd64(r) => Some(r),
        go::GoReg::Arm64(_) => None,
    }
}

pub(super) fn not_a_vector_register(name: &str) -> EncodeError {
    EncodeError::new(format!("`{name}` is not a vector register"))
}

fn memory(m: &GoMem) -> Result<Mem, EncodeError> {
    let segment = match m.segment {
        None => Register::None,
        Some(s) => match amd64_reg(s).map(enc_reg) {
            Some(EncReg::Exact(r)) if r.is_segment_register() => r,
            _ => {
                return Err(EncodeError::new(format!(
                    "`{}` is not a segment register",
                    registers::name(s)
                )))
            }
        },
    };
    let mut mem = Mem {
        base: Register::None,
        index: Register::None,
        scale: 1,
        disp: m.disp,
        segment,
        rip: false,
    };
    if m.symbol.is_some() {
        mem.rip = true;
        if m.index.is_some() {
            return Err(EncodeError::new("`(SB)` with an index register")
                .expected("`sym(SB)` alone (RIP-relative)"));
        }
        return Ok(mem);
    }
    if let Some(b) = m.base {
        mem.base = match amd64_reg(b).map(enc_reg) {
            Some(EncReg::Gpr(i)) => gpr(i, 64),
            _ => return Err(not_a_base_register(registers::name(b))),
        };
    }
    if let Some(x) = m.index {
        mem.index = match amd64_reg(x).map(enc_reg) {
            Some(EncReg::Gpr(i)) => gpr(i, 64),
            Some(EncReg::Exact(r)) if r.is_xmm() || r.is_ymm() || r.is_zmm() => r,
            _ => return Err(not_an_index_register(registers::name(x))),
        };
        mem.scale = m.scale.max(1) as u32;
    }
    with_displacement(mem)
}

/// `name+off(FP)` and `name+off(SP)`: the hardware SP plus `disp`.
fn stack_slot(disp: i64) -> Result<Mem, EncodeError> {
    with_displacement(Mem {
        base: Register::RSP,
        index: Register::None,
        scale: 1,
        disp,
        segment: Register::None,
        rip: false,
    })
}

fn with_displacement(mut mem: Mem) -> Result<Mem, EncodeError> {
    // Go takes any 32-bit pattern, signed or not (`LEAL 2400959708(BP), BP`).
    if !(i32::MIN as i64..=u32::MAX as i64).contains(&mem.disp) {
        return Err(EncodeError::new("displacement does not fit in 32 bits"));
    }
    mem.disp = mem.disp as i32 as i64;
    Ok(mem)
}

pub(super) fn not_a_base_register(name: &str) -> EncodeError {
    EncodeError::new(format!("`{name}` cannot be a base register"))
        .expected("a general register (`AX`, `R8`), `SB` or `FP`")
}

pub(super) fn not_an_index_register(name: &str) -> EncodeError {
    EncodeError::new(format!("`{name}` cannot be an index register"))
        .expected("a general or vector register")
}
