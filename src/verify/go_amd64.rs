//! The embedded Go-asm encoder for amd64: a Go instruction → the bytes `go tool asm` emits.
//!
//! It is what lets the converter promise byte-identical output without a Go toolchain: the
//! verify stage encodes every Go instruction it is about to emit and compares the bytes with
//! the source's. It is trusted because the tests hold it against Go's own assembler test
//! data (`tests/go_encoder_amd64.rs`, vectors in `tests/vectors/go/amd64/`) and against the
//! live `go tool asm -S` (`tests/live_go_asm_amd64.rs`).
//!
//! # Design
//!
//! The back end is `iced-x86`'s encoder, as for the native encoder ([`super::native_x86`]).
//! What is Go-specific is (1) how a Go mnemonic and its operands name an x86 form and
//! (2) which of several valid encodings Go picks. Both are data here:
//!
//! 1. **Names.** A Go mnemonic resolves to one or more *alternatives*: an Intel mnemonic
//!    (whose iced `Code`s come from iced's op-code tables, as in the native encoder), a width
//!    rule and an operand order. Most names need no row: `VPADDD` is `vpaddd`, and a name
//!    ending in `B`/`W`/`L`/`Q` whose stem is an Intel mnemonic (`ADDQ`, `SARXL`,
//!    `VCVTSI2SDQ`) is that instruction with 8/16/32/64-bit integer operands; names ending in
//!    `X`/`Y`/`Z` (`VCVTPD2DQX`, `VFPCLASSPSZ`) fix the vector length of the memory operand.
//!    Condition-code families (`JEQ`, `SETHI`, `CMOVQCS`) are generated from one table of
//!    Go condition names ([`GO_CONDITIONS`], `mappings/amd64/go_conditions.tbl`). Everything
//!    else is a row of [`GO_NAMES`] (`mappings/amd64/go_names.tbl`): the Go-only spellings
//!    (`MOVBLZX`, `CVTTSD2SQ`, `PSHUFL`, `MOVOU`, `SHLQ` with three operands = `shld`...),
//!    Go's aliases (`MOVD` = `MOVQ`), and the few irregular operand orders (`CMPQ`, `CMPPS`).
//! 2. **Operands.** The input is the typed Go IR (`crate::ir::go`): [`encode_go`] takes the
//!    converter's instructions as they are, and [`encode`] (the `encode` command, the tests)
//!    first resolves each Go-text operand into it ([`resolve_text`]: names through Go's
//!    register table, `src/isa/go_registers.rs`, anything else a label). Registers reach iced
//!    by register file and number, never by name. Go operands come in Go order (sources
//!    first); an alternative's order maps them to Intel order (reversed unless the row says
//!    otherwise). Go register names carry
//!    no width (`AX` is `ax`, `eax` or `rax`): the width comes from the iced operand kind of
//!    each candidate `Code`, checked against the mnemonic's width rule. AVX-512 extras: an
//!    opmask written before the destination (`VADDPD Z1, Z2, K1, Z3`), and the suffixes
//!    `.Z` (zeroing), `.BCST` (embedded broadcast), `.SAE` and `.RN_SAE`/`.RD_SAE`/
//!    `.RU_SAE`/`.RZ_SAE` (rounding).
//! 3. **Go's choice of encoding.** Every candidate `Code` that fits is encoded and ranked
//!    ([`preference`]): VEX before EVEX (EVEX only when a feature needs it); for VEX and
//!    EVEX register-register forms, the store form (`VMOVAPS X1, X2` is `c5f829ca`, not
//!    `c5f828d1`, even when that costs a 3-byte VEX prefix); then the shortest encoding,
//!    fewer immediate bytes, no `REX.W`/`VEX.W1`, and the lowest opcode (`89` for
//!    `MOVQ AX, BX`, `0f 28` for `MOVAPS`). iced itself picks the 2-byte VEX prefix whenever
//!    the operands allow it and compresses EVEX displacements (`disp8*N`), as Go does.
//!    One rewrite is Go's own: `MOVQ $imm, reg` with `0 ≤ imm < 2^32` is encoded as `MOVL`
//!    (zero-extending, shorter).
//!
//! Symbols: `sym<>+off(SB)` is RIP-relative; its 32-bit field is written as zero and
//! [`Encoded::pc_rel`] says where it is (the converter compares it masked). `name+off(FP)`
//! is the hardware stack pointer plus the frame offset of the [`Context`]. Branches to labels
//! are encoded against the label addresses the caller supplies (`Context::target`), short
//! when the displacement fits, as Go does after its span loop.

use super::{error_at, frame_size, EncodeError, ListingLine};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use iced_x86::{
    Code, Encoder, EncodingKind, Instruction, Mnemonic, OpCodeOperandKind as K, OpKind, Register,
    RoundingControl,
};

use crate::isa::amd64::go_names::{Intel, Order, Rule, Width, GO_CONDITIONS, GO_NAMES};
use crate::isa::amd64::iced::mnemonic_index;

use super::goasm::{MemRef, Operand, MAX_OPERANDS};
use crate::ir::go::{self, Amd64File, Amd64Reg, GoMem, GoOperand};
use crate::isa::go_registers as registers;

/// Where the caller's code is, for branches and frame slots.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Address of the instruction (for branch displacements).
    pub pc: u64,
    /// The function's frame size (`TEXT ·f(SB), 0, $frame-args`).
    pub frame_size: u32,
    /// Label addresses; `None` encodes branches as if their target were the next byte.
    pub labels: Option<&'a HashMap<String, u64>>,
}

impl Context<'_> {
    /// Offset of `0(FP)` from the hardware SP: the return address, plus the saved BP and the
    /// frame when the function has one (Go inserts `PUSHQ BP` for a frame > 0).
    pub fn fp_offset(&self) -> i64 {
        if self.frame_size == 0 {
            8
        } else {
            self.frame_size as i64 + 16
        }
    }
}

/// A RIP-relative field written as zero (the linker fills it in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PcRel {
    /// Offset of the 4-byte field from the start of the instruction.
    pub offset: usize,
}

/// What [`encode`] appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoded {
    pub len: usize,
    pub pc_rel: Option<PcRel>,
    /// A branch to a label (its bytes depend on the layout).
    pub branch: bool,
}

// ---- the name table ------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Alt {
    codes: &'static [Code],
    width: Width,
    order: Order,
    rule: Rule,
}

const EMPTY_ALT: Alt = Alt {
    codes: &[],
    width: Width::Any,
    order: Order::Reverse,
    rule: Rule::None,
};

/// Intel mnemonic (lower case, iced spelling) → iced codes usable in 64-bit mode, with the
/// 3DNow! and `moffs` forms left out.
static INTEL: LazyLock<HashMap<String, Vec<Code>>> = LazyLock::new(|| {
    mnemonic_index(|info| {
        info.encoding() != EncodingKind::D3NOW && !info.op_kinds().contains(&K::mem_offs)
    })
});

fn intel_codes(m: &str) -> &'static [Code] {
    INTEL.get(m).map(Vec::as_slice).unwrap_or(&[])
}

fn mnemonic_codes(m: Mnemonic) -> &'static [Code] {
    intel_codes(&format!("{m:?}").to_ascii_lowercase())
}

/// Go mnemonic (without `.` suffixes) → its alternatives, for the names in [`GO_NAMES`] and
/// the condition families of [`GO_CONDITIONS`]. Derived names are resolved on the fly by
/// [`alternatives`].
static TABLE: LazyLock<HashMap<String, Vec<Alt>>> = LazyLock::new(|| {
    let mut t: HashMap<String, Vec<Alt>> = HashMap::with_capacity(512);
    for row in &GO_NAMES {
        let alt = |codes| Alt {
            codes,
            width: row.width,
            order: row.order,
            rule: row.rule,
        };
        let alts = t.entry(row.go.to_string()).or_default();
        match row.intel {
            Intel::Codes(codes) => alts.push(alt(codes)),
            Intel::Mnemonics(mnemonics) => {
                for &m in mnemonics {
                    let codes = mnemonic_codes(m);
                    assert!(
                        !codes.is_empty(),
                        "mappings/amd64/go_names.tbl: {m:?} has no 64-bit form"
                    );
                    alts.push(alt(codes));
                }
            }
        }
    }
    let mut add = |go: String, intel: Mnemonic, width: Width| {
        let codes = mnemonic_codes(intel);
        if !codes.is_empty() {
            t.entry(go).or_default().push(Alt {
                codes,
                width,
                order: Order::Reverse,
                rule: Rule::None,
            });
        }
    };
    for c in &GO_CONDITIONS {
        add(format!("J{}", c.go), c.jump, Width::Any);
        add(format!("SET{}", c.go), c.set, Width::Any);
        for (letter, bits) in [("W", 16), ("L", 32), ("Q", 64)] {
            add(format!("CMOV{letter}{}", c.go), c.cmov, Width::All(bits));
        }
    }
    for c in &GO_CONDITIONS {
        for alias in c.jump_aliases {
            add(alias.to_string(), c.jump, Width::Any);
        }
    }
    t
});

/// The alternatives for a Go mnemonic (without suffixes), or `None` if it is unknown.
/// Derived names are built in `scratch` (no allocation).
fn alternatives<'s>(go: &str, scratch: &'s mut [Alt; 2]) -> Option<&'s [Alt]> {
    if let Some(alts) = TABLE.get(go) {
        return Some(alts.as_slice());
    }
    let mut n = 0;
    let mut lower = [0u8; 32];
    if go.len() > lower.len() {
        return None;
    }
    for (d, s) in lower.iter_mut().zip(go.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&lower[..go.len()]).ok()?;
    let exact = intel_codes(lower);
    if !exact.is_empty() {
        scratch[n] = Alt {
            codes: exact,
            width: Width::Any,
            order: Order::Reverse,
            rule: Rule::None,
        };
        return Some(&scratch[..1]);
    }
    let split = lower.char_indices().last()?.0;
    let (stem, last) = lower.split_at(split);
    let width = match last {
        "b" => Some(Width::All(8)),
        "w" => Some(Width::All(16)),
        "l" => Some(Width::All(32)),
        "q" => Some(Width::All(64)),
        "x" => Some(Width::Vector(128)),
        "y" => Some(Width::Vector(256)),
        "z" => Some(Width::Vector(512)),
        _ => None,
    };
    if let Some(width) = width {
        let codes = intel_codes(stem);
        if !codes.is_empty() {
            scratch[n] = Alt {
                codes,
                width,
                order: Order::Reverse,
                rule: Rule::None,
            };
            n += 1;
        }
    }
    (n > 0).then_some(&scratch[..n])
}

// ---- registers -----------------------------------------------------------------------------

/// The encoder's view of a Go register: general registers have no width in Go (`AX` is ax,
/// eax or rax, decided by the instruction); every other register is one iced register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum EncReg {
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
fn byte_reg(num: u8) -> Register {
    let n = num as u32;
    match num {
        0..=3 => Register::AL + n,
        4..=7 => Register::SPL + (n - 4),
        _ => Register::R8L + (n - 8),
    }
}

fn gpr(i: u8, bits: u16) -> Register {
    let i = i as u32;
    match bits {
        16 => Register::AX + i,
        32 => Register::EAX + i,
        _ => Register::RAX + i,
    }
}

/// The width in bits an operand kind gives an integer operand, if it is one.
fn int_width(k: K) -> Option<u16> {
    Some(match k {
        K::r8_reg | K::r8_opcode | K::r8_or_mem | K::al => 8,
        K::r16_reg | K::r16_reg_mem | K::r16_rm | K::r16_opcode | K::r16_or_mem | K::ax => 16,
        K::r32_reg
        | K::r32_reg_mem
        | K::r32_rm
        | K::r32_opcode
        | K::r32_vvvv
        | K::r32_or_mem
        | K::r32_or_mem_mpx
        | K::eax => 32,
        K::r64_reg
        | K::r64_reg_mem
        | K::r64_rm
        | K::r64_opcode
        | K::r64_vvvv
        | K::r64_or_mem
        | K::r64_or_mem_mpx
        | K::rax => 64,
        _ => return None,
    })
}

/// The iced register for Go register `r` in an operand of kind `k`, if it fits.
fn reg_for(k: K, r: EncReg) -> Option<Register> {
    if let Some(bits) = int_width(k) {
        let reg = match (bits, r) {
            (8, EncReg::Exact(x)) if x.is_gpr8() => x,
            // Go reads `AX`, `SI`, `R11` in byte instructions as `AL`, `SIB`, `R11B`.
            (8, EncReg::Gpr(i)) => byte_reg(i),
            (16 | 32 | 64, EncReg::Gpr(i)) => gpr(i, bits),
            _ => return None,
        };
        return match k {
            K::al | K::ax | K::eax | K::rax => matches!(
                reg,
                Register::AL | Register::AX | Register::EAX | Register::RAX
            )
            .then_some(reg),
            _ => Some(reg),
        };
    }
    let EncReg::Exact(x) = r else {
        return match (k, r) {
            (K::dx, EncReg::Gpr(2)) => Some(Register::DX),
            _ => None,
        };
    };
    let ok = match k {
        K::cl => x == Register::CL,
        K::xmm_reg | K::xmm_rm | K::xmm_vvvv | K::xmm_is4 | K::xmm_is5 | K::xmm_or_mem => {
            x.is_xmm()
        }
        K::ymm_reg | K::ymm_rm | K::ymm_vvvv | K::ymm_is4 | K::ymm_is5 | K::ymm_or_mem => {
            x.is_ymm()
        }
        K::zmm_reg | K::zmm_rm | K::zmm_vvvv | K::zmm_or_mem => x.is_zmm(),
        K::k_reg | K::k_rm | K::k_vvvv | K::k_or_mem | K::kp1_reg => x.is_k(),
        K::mm_reg | K::mm_rm | K::mm_or_mem => x.is_mm(),
        K::st0 => x == Register::ST0,
        K::sti_opcode => x.is_st(),
        K::seg_reg => x.is_segment_register(),
        K::es => x == Register::ES,
        K::cs => x == Register::CS,
        K::ss => x == Register::SS,
        K::ds => x == Register::DS,
        K::fs => x == Register::FS,
        K::gs => x == Register::GS,
        K::cr_reg => x.is_cr(),
        K::dr_reg => x.is_dr(),
        K::tr_reg => x.is_tr(),
        K::bnd_reg | K::bnd_or_mem_mpx => x.is_bnd(),
        _ => false,
    };
    ok.then_some(x)
}

fn is_rm_kind(k: K) -> bool {
    matches!(
        k,
        K::r8_or_mem
            | K::r16_or_mem
            | K::r32_or_mem
            | K::r64_or_mem
            | K::mm_or_mem
            | K::xmm_or_mem
            | K::ymm_or_mem
            | K::zmm_or_mem
            | K::k_or_mem
            | K::xmm_rm
            | K::ymm_rm
            | K::zmm_rm
    )
}

fn vector_len(k: K) -> Option<u16> {
    Some(match k {
        K::xmm_or_mem => 128,
        K::ymm_or_mem => 256,
        K::zmm_or_mem => 512,
        _ => return None,
    })
}

// ---- operands ------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Mem {
    base: Register,
    index: Register,
    scale: u32,
    disp: i64,
    segment: Register,
    rip: bool,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Reg(EncReg),
    /// `[Z1-Z4]`: the first register of the block.
    Block(Register),
    Mem(Mem),
    Imm(i64),
    /// A branch target label.
    Label(usize),
}

/// The operand of the typed Go IR, lowered for the encoder (operand `i`).
fn lower(op: &GoOperand, i: usize, ctx: &Context) -> Result<Op, EncodeError> {
    Ok(match op {
        GoOperand::Reg(go::GoReg::Amd64(r)) => Op::Reg(enc_reg(*r)),
        GoOperand::Label(_) => Op::Label(i),
        GoOperand::RegList { first, .. } => match amd64_reg(*first).map(enc_reg) {
            Some(EncReg::Exact(r)) => Op::Block(r),
            _ => return Err(not_a_vector_register(registers::name(*first))),
        },
        GoOperand::Imm(v) => Op::Imm(*v),
        GoOperand::Mem(m) => Op::Mem(memory(m)?),
        GoOperand::Frame { offset, .. } => Op::Mem(stack_slot(offset + ctx.fp_offset())?),
        GoOperand::Local { offset, .. } => Op::Mem(stack_slot(offset + ctx.frame_size as i64)?),
        GoOperand::SymAddr { .. } | GoOperand::FrameAddr { .. } => {
            return Err(
                EncodeError::new("an address (`$sym(SB)`) is not an operand here")
                    .expected("`LEAQ sym(SB), reg`"),
            )
        }
        GoOperand::Float(_) => return Err(EncodeError::new("not an integer operand")),
        GoOperand::Reg(go::GoReg::Arm64(_)) | GoOperand::Spelled(_) => {
            return Err(EncodeError::new("not an amd64 operand"))
        }
    })
}

fn amd64_reg(r: go::GoReg) -> Option<Amd64Reg> {
    match r {
        go::GoReg::Amd64(r) => Some(r),
        go::GoReg::Arm64(_) => None,
    }
}

fn not_a_vector_register(name: &str) -> EncodeError {
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

fn not_a_base_register(name: &str) -> EncodeError {
    EncodeError::new(format!("`{name}` cannot be a base register"))
        .expected("a general register (`AX`, `R8`), `SB` or `FP`")
}

fn not_an_index_register(name: &str) -> EncodeError {
    EncodeError::new(format!("`{name}` cannot be an index register"))
        .expected("a general or vector register")
}

// ---- Go text → the typed Go IR (the `encode` command) -------------------------------------

/// Resolves one operand of Go text into the typed Go IR: names become registers through
/// Go's register table (`src/isa/go_registers.rs`), any other name is a label. Names that
/// cannot stand where they are written fail here, with the encoder's messages.
fn resolve_text(op: &Operand) -> Result<GoOperand, EncodeError> {
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
        Operand::Imm(v) | Operand::Num(v) => GoOperand::Imm(v),
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

// ---- building and ranking --------------------------------------------------------------

#[derive(Debug, Clone, Copy, Default)]
struct Suffixes {
    broadcast: bool,
    zeroing: bool,
    sae: bool,
    rounding: Option<RoundingControl>,
}

fn suffixes(mnemonic: &str) -> Result<(&str, Suffixes), EncodeError> {
    let mut parts = mnemonic.split('.');
    let base = parts.next().unwrap_or("");
    let mut s = Suffixes::default();
    for p in parts {
        match p {
            "BCST" => s.broadcast = true,
            "Z" => s.zeroing = true,
            "SAE" => s.sae = true,
            "RN_SAE" => s.rounding = Some(RoundingControl::RoundToNearest),
            "RD_SAE" => s.rounding = Some(RoundingControl::RoundDown),
            "RU_SAE" => s.rounding = Some(RoundingControl::RoundUp),
            "RZ_SAE" => s.rounding = Some(RoundingControl::RoundTowardZero),
            _ => {
                return Err(EncodeError::new(format!("unknown suffix `.{p}`")).expected(
                    "`.Z`, `.BCST`, `.SAE`, `.RN_SAE`, `.RD_SAE`, `.RU_SAE` or `.RZ_SAE`",
                ))
            }
        }
    }
    Ok((base, s))
}

fn imm_fits(k: K, v: i64) -> Option<OpKind> {
    let in_range = |lo: i64, hi: i64| (lo..=hi).contains(&v);
    let i8s = |x: i64| (-128..=127).contains(&x);
    Some(match k {
        K::imm4_m2z if in_range(0, 15) => OpKind::Immediate8_2nd,
        K::imm8 if in_range(-128, 255) => OpKind::Immediate8,
        K::imm16 if in_range(-32768, 65535) => OpKind::Immediate16,
        K::imm32 if in_range(i32::MIN as i64, u32::MAX as i64) => OpKind::Immediate32,
        K::imm64 => OpKind::Immediate64,
        K::imm8sex16 if in_range(-32768, 65535) && i8s(v as u16 as i16 as i64) => {
            OpKind::Immediate8to16
        }
        K::imm8sex32
            if in_range(i32::MIN as i64, u32::MAX as i64) && i8s(v as u32 as i32 as i64) =>
        {
            OpKind::Immediate8to32
        }
        K::imm8sex64 if i8s(v) => OpKind::Immediate8to64,
        // Go takes any 32-bit pattern here (`PUSHQ $4045620583` is `68 67 45 23 f1`).
        K::imm32sex64 if in_range(i32::MIN as i64, u32::MAX as i64) => OpKind::Immediate32to64,
        _ => return None,
    })
}

fn set_imm(instr: &mut Instruction, kind: OpKind, v: i64) {
    match kind {
        OpKind::Immediate8 => instr.set_immediate8(v as u8),
        OpKind::Immediate8_2nd => instr.set_immediate8_2nd(v as u8),
        OpKind::Immediate16 => instr.set_immediate16(v as u16),
        OpKind::Immediate32 => instr.set_immediate32(v as u32),
        OpKind::Immediate64 => instr.set_immediate64(v as u64),
        OpKind::Immediate8to16 => instr.set_immediate8to16(v as u16 as i16 as i8 as i16),
        OpKind::Immediate8to32 => instr.set_immediate8to32(v as u32 as i32 as i8 as i32),
        OpKind::Immediate8to64 => instr.set_immediate8to64(v as i8 as i64),
        OpKind::Immediate32to64 => instr.set_immediate32to64(v as i32 as i64),
        _ => {}
    }
}

fn mem_fits(k: K, m: &Mem) -> bool {
    let vsib: Option<fn(Register) -> bool> = match k {
        K::mem
        | K::mem_mpx
        | K::mem_mib
        | K::sibmem
        | K::r8_or_mem
        | K::r16_or_mem
        | K::r32_or_mem
        | K::r64_or_mem
        | K::r32_or_mem_mpx
        | K::r64_or_mem_mpx
        | K::mm_or_mem
        | K::xmm_or_mem
        | K::ymm_or_mem
        | K::zmm_or_mem
        | K::k_or_mem
        | K::bnd_or_mem_mpx => None,
        K::mem_vsib32x | K::mem_vsib64x => Some(Register::is_xmm),
        K::mem_vsib32y | K::mem_vsib64y => Some(Register::is_ymm),
        K::mem_vsib32z | K::mem_vsib64z => Some(Register::is_zmm),
        _ => return false,
    };
    match vsib {
        None => m.index == Register::None || m.index.is_gpr64(),
        Some(is_vec) => is_vec(m.index),
    }
}

fn set_mem(instr: &mut Instruction, m: &Mem) {
    if m.rip {
        instr.set_memory_base(Register::RIP);
        instr.set_memory_displacement64(0);
        instr.set_memory_displ_size(8);
    } else {
        instr.set_memory_base(m.base);
        instr.set_memory_index(m.index);
        instr.set_memory_index_scale(m.scale);
        instr.set_memory_displacement64(m.disp as u64);
        // No base: a 32-bit field whatever the value (`8(X4*1)`, `0(X14*1)`).
        instr.set_memory_displ_size(if m.base == Register::None {
            8
        } else if m.disp != 0 {
            1
        } else {
            0
        });
    }
    instr.set_segment_prefix(m.segment);
}

/// Builds an instruction of `code` from operands in Go order, if they fit.
#[allow(clippy::too_many_arguments)]
fn build(
    code: Code,
    go_ops: &[Op],
    alt: &Alt,
    sfx: Suffixes,
    ctx: &Context,
) -> Option<Instruction> {
    let info = code.op_code();
    let kinds = info.op_kinds();
    let mut instr = Instruction::default();
    instr.set_code(code);

    let string = kinds.iter().any(|k| matches!(k, K::seg_rSI | K::es_rDI));
    if string && !go_ops.is_empty() {
        return None;
    }

    // Opmask: written just before the destination.
    let mut buf = [Op::Imm(0); 6];
    let mut n = go_ops.len();
    buf[..n].copy_from_slice(go_ops);
    let explicit = kinds
        .iter()
        .filter(|k| !matches!(k, K::seg_rSI | K::es_rDI | K::seg_rDI | K::seg_rBX_al))
        .count();
    if n == explicit + 1
        && n >= 2
        && info.can_use_op_mask_register()
        && matches!(buf[n - 2], Op::Reg(EncReg::Exact(r)) if r.is_k())
    {
        let Op::Reg(EncReg::Exact(k)) = buf[n - 2] else {
            unreachable!()
        };
        instr.set_op_mask(k);
        buf[n - 2] = buf[n - 1];
        n -= 1;
    } else if info.require_op_mask_register() {
        return None;
    }
    // `BLENDVPS X0, X1, X2`: Go writes the implicit X0 that iced leaves out.
    if n == explicit + 1
        && matches!(buf[0], Op::Reg(EncReg::Exact(Register::XMM0)))
        && info.instruction_string().ends_with(", <XMM0>")
    {
        buf.copy_within(1..n, 0);
        n -= 1;
    }
    // `FADDD (BX), F0`, `FCOMD F2, F0`: Go writes the implicit F0.
    if n == explicit + 1
        && matches!(buf[n - 1], Op::Reg(EncReg::Exact(Register::ST0)))
        && !kinds.contains(&K::st0)
    {
        n -= 1;
    }
    let go = &buf[..n];
    let mut intel = [Op::Imm(0); 6];
    match alt.order {
        Order::Reverse => {
            for i in 0..n {
                intel[i] = go[n - 1 - i];
            }
        }
        Order::Same => intel[..n].copy_from_slice(go),
        Order::Explicit(p, len) => {
            if len as usize != n {
                return None;
            }
            for i in 0..n {
                intel[p[i] as usize] = go[i];
            }
        }
    }
    let ops = &intel[..n];

    let mut next = 0usize;
    let mut imms = 0;
    let mut widths = [0u16; 6];
    let mut has_mem = false;
    for (i, &k) in kinds.iter().enumerate() {
        let i = i as u32;
        if string {
            let fixed = match k {
                K::al => Register::AL,
                K::ax => Register::AX,
                K::eax => Register::EAX,
                K::rax => Register::RAX,
                K::dx => Register::DX,
                _ => Register::None,
            };
            if fixed != Register::None {
                instr.set_op_kind(i, OpKind::Register);
                instr.set_op_register(i, fixed);
                continue;
            }
        }
        match k {
            K::seg_rSI => {
                instr.set_op_kind(i, OpKind::MemorySegRSI);
                continue;
            }
            K::es_rDI => {
                instr.set_op_kind(i, OpKind::MemoryESRDI);
                continue;
            }
            K::seg_rDI => {
                instr.set_op_kind(i, OpKind::MemorySegRDI);
                continue;
            }
            K::seg_rBX_al => {
                instr.set_op_kind(i, OpKind::Memory);
                instr.set_memory_base(Register::RBX);
                instr.set_memory_index(Register::AL);
                instr.set_memory_index_scale(1);
                continue;
            }
            _ => {}
        }
        let op = *ops.get(next)?;
        let pos = next;
        next += 1;
        match op {
            Op::Reg(r) => {
                let reg = reg_for(k, r)?;
                widths[pos] = int_width(k).unwrap_or(0);
                instr.set_op_kind(i, OpKind::Register);
                instr.set_op_register(i, reg);
            }
            Op::Block(r) => {
                if !matches!(k, K::zmmp3_vvvv | K::xmmp3_vvvv)
                    || !(r.is_zmm() && k == K::zmmp3_vvvv || r.is_xmm() && k == K::xmmp3_vvvv)
                {
                    return None;
                }
                instr.set_op_kind(i, OpKind::Register);
                instr.set_op_register(i, r);
            }
            Op::Mem(m) => {
                if !mem_fits(k, &m) {
                    return None;
                }
                widths[pos] = int_width(k).unwrap_or(0);
                if let (Width::Vector(v), Some(l)) = (alt.width, vector_len(k)) {
                    if v != l {
                        return None;
                    }
                }
                has_mem = true;
                instr.set_op_kind(i, OpKind::Memory);
                set_mem(&mut instr, &m);
            }
            Op::Imm(v) => {
                if k == K::imm8_const_1 {
                    if v != 1 {
                        return None;
                    }
                    instr.set_op_kind(i, OpKind::Immediate8);
                    instr.set_immediate8(1);
                    continue;
                }
                let mut kind = imm_fits(k, v)?;
                if imms > 0 && kind == OpKind::Immediate8 {
                    kind = OpKind::Immediate8_2nd;
                }
                imms += 1;
                instr.set_op_kind(i, kind);
                set_imm(&mut instr, kind, v);
            }
            Op::Label(_) => {
                let kind = match k {
                    K::br64_1 | K::br64_4 | K::br32_1 | K::br32_4 | K::xbegin_4 => {
                        OpKind::NearBranch64
                    }
                    _ => return None,
                };
                instr.set_op_kind(i, kind);
                instr.set_near_branch64(ctx.pc);
            }
        }
    }
    if next != ops.len() {
        return None;
    }
    // Integer widths from the mnemonic.
    match alt.width {
        Width::All(bits) => {
            let any = widths[..n].iter().any(|w| *w != 0);
            if any {
                if widths[..n].iter().any(|w| *w != 0 && *w != bits) {
                    return None;
                }
            } else {
                let size = info.operand_size() as u16;
                let mem_size = info.memory_size().size() as u16 * 8;
                let fixed = kinds.iter().find_map(|k| int_width(*k));
                if let Some(f) = fixed {
                    if f != bits {
                        return None;
                    }
                } else if size != 0 {
                    if size != bits {
                        return None;
                    }
                } else if has_mem && mem_size != 0 && mem_size != bits && !info.can_broadcast() {
                    return None;
                }
            }
        }
        Width::Each(each) => {
            // Go order: widths were recorded in Intel order.
            if n != 2 {
                return None;
            }
            let (g0, g1) = match alt.order {
                Order::Same => (widths[0], widths[1]),
                _ => (widths[1], widths[0]),
            };
            if g0 != each[0] || g1 != each[1] {
                return None;
            }
        }
        Width::Any | Width::Vector(_) => {}
    }
    // AVX-512 suffixes.
    if sfx.zeroing {
        if !info.can_use_zeroing_masking() {
            return None;
        }
        instr.set_zeroing_masking(true);
    }
    if sfx.broadcast {
        if !info.can_broadcast() || !has_mem {
            return None;
        }
        instr.set_is_broadcast(true);
    }
    if let Some(rc) = sfx.rounding {
        if !info.can_use_rounding_control() || has_mem {
            return None;
        }
        instr.set_rounding_control(rc);
    }
    if sfx.sae {
        if !info.can_suppress_all_exceptions() || has_mem {
            return None;
        }
        instr.set_suppress_all_exceptions(true);
    }
    Some(instr)
}

thread_local! {
    static ENCODER: RefCell<Encoder> = RefCell::new(Encoder::new(64));
}

/// What the choice among the forms depends on, operand by operand: the registers, the
/// immediates' and displacements' classes ([`super::imm_class`], [`super::disp_class`]), the
/// memory operands' form (the mnemonic, with its suffixes, is the outer key).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Reg(EncReg),
    Block(Register),
    Mem {
        base: Register,
        index: Register,
        scale: u32,
        segment: Register,
        rip: bool,
        disp: u8,
    },
    Imm(u16),
    None,
}

type ShapeKey = [Shape; 6];
type Choices = super::FxMap<String, super::FxMap<ShapeKey, (usize, Code)>>;

thread_local! {
    /// Go mnemonic → shape → (alternative, code): [`encode`]'s earlier choices.
    static CHOICES: RefCell<Choices> = RefCell::new(Default::default());
}

/// `None` for operands whose encoding depends on more than their shape (labels).
fn shape_key(ops: &[Op]) -> Option<ShapeKey> {
    let mut shapes = [Shape::None; 6];
    if ops.len() > shapes.len() {
        return None;
    }
    for (s, op) in shapes.iter_mut().zip(ops) {
        *s = match *op {
            Op::Reg(r) => Shape::Reg(r),
            Op::Block(r) => Shape::Block(r),
            Op::Mem(m) => Shape::Mem {
                base: m.base,
                index: m.index,
                scale: m.scale,
                segment: m.segment,
                rip: m.rip,
                disp: super::disp_class(m.disp),
            },
            Op::Imm(v) => Shape::Imm(super::imm_class(v)),
            Op::Label(_) => return None,
        };
    }
    Some(shapes)
}

/// The alternative as applied to `ops` (Go's `MOVQ $imm, reg` → `MOVL` rule), and its codes.
fn effective(alt: &Alt, ops: &[Op]) -> (Alt, &'static [Code]) {
    if alt.rule == Rule::MovqImm {
        if let [Op::Imm(v), Op::Reg(EncReg::Gpr(_))] = ops {
            if (0..=u32::MAX as i64).contains(v) {
                let movl = Alt {
                    codes: &[],
                    width: Width::All(32),
                    order: Order::Reverse,
                    rule: Rule::None,
                };
                return (movl, intel_codes("mov"));
            }
        }
    }
    (*alt, alt.codes)
}

/// Go's ranking of the forms that fit: the least wins.
type Preference = (bool, bool, usize, usize, bool, u32);

fn preference(code: Code, len: usize, instr: &Instruction) -> Preference {
    let info = code.op_code();
    let encoding = info.encoding();
    let kinds = info.op_kinds();
    let imm: usize = kinds
        .iter()
        .map(|k| match k {
            K::imm8 | K::imm8sex16 | K::imm8sex32 | K::imm8sex64 => 1,
            K::imm16 => 2,
            K::imm32 | K::imm32sex64 => 4,
            K::imm64 => 8,
            _ => 0,
        })
        .sum();
    let vex = matches!(encoding, EncodingKind::VEX | EncodingKind::EVEX);
    // VEX/EVEX register-register: Go's tables list the store form first.
    let load_form = vex
        && kinds.first().is_some_and(|k| !is_rm_kind(*k))
        && (0..instr.op_count()).all(|i| instr.op_kind(i) != OpKind::Memory);
    (
        encoding == EncodingKind::EVEX,
        load_form,
        len,
        imm,
        if encoding == EncodingKind::Legacy {
            info.operand_size() == 64
        } else {
            info.w() == 1
        },
        code as u32,
    )
}

/// Appends the bytes `go tool asm` emits for `mnemonic operands` (Go text, as parsed by
/// [`super::goasm`]) to `out`: each operand is resolved into the typed Go IR
/// ([`resolve_text`]) and encoded as [`encode_go`] encodes converted instructions.
pub fn encode(
    mnemonic: &str,
    operands: &[Operand],
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let (base, sfx) = suffixes(mnemonic)?;
    if let Some(done) = prefix(base, operands.len(), out)? {
        return Ok(done);
    }
    let mut typed: [GoOperand; MAX_OPERANDS] = std::array::from_fn(|_| GoOperand::Imm(0));
    let mut ops = [Op::Imm(0); MAX_OPERANDS];
    for (i, op) in operands.iter().enumerate() {
        typed[i] = resolve_text(op).map_err(|e| e.at(i))?;
        ops[i] = lower(&typed[i], i, ctx).map_err(|e| e.at(i))?;
    }
    let n = operands.len();
    encode_lowered(mnemonic, base, sfx, &typed[..n], &ops[..n], ctx, out)
}

/// Appends the bytes `go tool asm` emits for a Go IR instruction to `out`.
pub fn encode_go(
    mnemonic: &str,
    operands: &[GoOperand],
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let (base, sfx) = suffixes(mnemonic)?;
    if let Some(done) = prefix(base, operands.len(), out)? {
        return Ok(done);
    }
    if operands.len() > MAX_OPERANDS {
        return Err(EncodeError::new("too many operands"));
    }
    let mut ops = [Op::Imm(0); MAX_OPERANDS];
    for (i, op) in operands.iter().enumerate() {
        ops[i] = lower(op, i, ctx).map_err(|e| e.at(i))?;
    }
    encode_lowered(
        mnemonic,
        base,
        sfx,
        operands,
        &ops[..operands.len()],
        ctx,
        out,
    )
}

/// The prefix pseudo-instructions (`LOCK`, `REP`, `REPN`): one byte, no operands.
fn prefix(base: &str, operands: usize, out: &mut Vec<u8>) -> Result<Option<Encoded>, EncodeError> {
    let byte = match base {
        "LOCK" => 0xf0,
        "REP" | "REPE" => 0xf3,
        "REPN" | "REPNE" => 0xf2,
        _ => return Ok(None),
    };
    if operands > 0 {
        return Err(EncodeError::new(format!("`{base}` takes no operands")).at(0));
    }
    out.push(byte);
    Ok(Some(Encoded {
        len: 1,
        pc_rel: None,
        branch: false,
    }))
}

/// Encodes operands lowered from `operands` (whose labels name the branch targets).
fn encode_lowered(
    mnemonic: &str,
    base: &str,
    sfx: Suffixes,
    operands: &[GoOperand],
    ops: &[Op],
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let n = ops.len();
    let branch = ops.iter().any(|o| matches!(o, Op::Label(_)));
    let mut scratch = [EMPTY_ALT; 2];
    let alts = alternatives(base, &mut scratch).ok_or_else(|| {
        EncodeError::new(format!(
            "`{base}` is not an amd64 instruction the Go encoder knows"
        ))
    })?;

    // Non-branch choices depend on the operands' shape only (see `Shape`); a PC far from 0
    // could make a RIP-relative trial fail, so those are not memoised.
    let key = (!branch && ctx.pc < 1 << 30)
        .then(|| shape_key(ops))
        .flatten();
    let known = key.as_ref().and_then(|key| {
        CHOICES.with(|c| c.borrow().get(mnemonic).and_then(|m| m.get(key)).copied())
    });
    let rebuilt = known.and_then(|(i, code)| {
        let (alt_eff, _) = effective(&alts[i], ops);
        build(code, ops, &alt_eff, sfx, ctx)
    });

    ENCODER.with(|cell| {
        let enc = &mut *cell.borrow_mut();
        let mut best: Option<(Preference, Instruction, usize)> = None;
        if let Some(instr) = rebuilt {
            best = Some(((false, false, 0, 0, false, 0), instr, 0));
        }
        for (alt_index, alt) in alts.iter().enumerate() {
            if rebuilt.is_some() {
                break;
            }
            let mut alt_ops = [Op::Imm(0); 6];
            alt_ops[..n].copy_from_slice(ops);
            let (alt_eff, codes) = effective(alt, ops);
            for &code in codes {
                let Some(mut instr) = build(code, &alt_ops[..n], &alt_eff, sfx, ctx) else {
                    continue;
                };
                if branch {
                    instr.set_near_branch64(target(ctx, operands, ops)?);
                }
                let Some(len) = trial(enc, &instr, ctx.pc) else {
                    continue;
                };
                let key = preference(code, len, &instr);
                if best.as_ref().map_or(true, |(k, _, _)| key < *k) {
                    best = Some((key, instr, alt_index));
                }
            }
            if alt.rule == Rule::First && best.is_some() {
                break;
            }
        }
        if let (Some(key), Some((_, instr, alt_index)), None) = (key, &best, rebuilt) {
            CHOICES.with(|c| super::remember(c, mnemonic, key, (*alt_index, instr.code())));
        }
        let Some((_, instr, _)) = best else {
            if let Some(&Op::Label(i)) = ops.iter().find(|o| matches!(o, Op::Label(_))) {
                if let GoOperand::Label(name) = &operands[i] {
                    return Err(EncodeError::new(format!("`{name}` is not a register"))
                        .at(i)
                        .expected("a Go register (`AX`, `R8`, `X0`, `K1`...); labels are only branch targets"));
                }
            }
            return Err(
                EncodeError::new(format!("`{mnemonic}` does not take these operands"))
                    .expected(describe(alts)),
            );
        };
        let start = out.len();
        enc.set_buffer(std::mem::take(out));
        let result = enc.encode(&instr, ctx.pc);
        let offsets = enc.get_constant_offsets();
        *out = enc.take_buffer();
        if let Err(e) = result {
            out.truncate(start);
            return Err(EncodeError::new(format!("cannot encode `{mnemonic}`: {e}")));
        }
        // `.SAE` on a 512-bit register form: Go writes the vector length into EVEX.L'L (iced
        // leaves 00; the field is ignored by the CPU either way).
        if sfx.sae && sfx.rounding.is_none() && instr.code().op_code().l() == 2 {
            let bytes = &mut out[start..];
            if let Some(p) = bytes.iter().position(|b| *b == 0x62) {
                if let Some(p2) = bytes.get_mut(p + 3) {
                    *p2 = (*p2 & !0x60) | 0x40;
                }
            }
        }
        let mut pc_rel = None;
        if ops.iter().any(|o| matches!(o, Op::Mem(m) if m.rip)) {
            let at = offsets.displacement_offset();
            out[start + at..start + at + 4].fill(0);
            pc_rel = Some(PcRel { offset: at });
        }
        Ok(Encoded {
            len: out.len() - start,
            pc_rel,
            branch,
        })
    })
}

fn target(ctx: &Context, operands: &[GoOperand], ops: &[Op]) -> Result<u64, EncodeError> {
    let Some(&Op::Label(i)) = ops.iter().find(|o| matches!(o, Op::Label(_))) else {
        return Ok(ctx.pc);
    };
    let GoOperand::Label(name) = &operands[i] else {
        return Ok(ctx.pc);
    };
    match ctx.labels {
        None => Ok(ctx.pc),
        Some(labels) => labels.get(name.as_str()).copied().ok_or_else(|| {
            EncodeError::new(format!(
                "`{name}` is neither a register nor a label of this function"
            ))
            .at(i)
        }),
    }
}

/// Length of `instr`'s encoding, if iced can encode it.
fn trial(enc: &mut Encoder, instr: &Instruction, pc: u64) -> Option<usize> {
    let len = enc.encode(instr, pc).ok();
    let mut buf = enc.take_buffer();
    buf.clear();
    enc.set_buffer(buf);
    len
}

fn describe(alts: &[Alt]) -> String {
    let mut forms: Vec<String> = Vec::new();
    for alt in alts {
        for c in alt.codes.iter().take(12) {
            let s = c.op_code().instruction_string().to_ascii_lowercase();
            if !forms.contains(&s) {
                forms.push(s);
            }
        }
    }
    format!(
        "operands of one of these forms (Intel order): {}",
        forms.join("; ")
    )
}

/// Whether `mnemonic` (Go, without suffixes) is a branch (`JMP`, `JEQ`, `CALL`...).
pub fn is_branch(mnemonic: &str) -> bool {
    let mut scratch = [EMPTY_ALT; 2];
    alternatives(mnemonic, &mut scratch).is_some_and(|alts| {
        alts.iter().any(|a| {
            a.codes.iter().any(|c| {
                c.op_code()
                    .op_kinds()
                    .iter()
                    .any(|k| matches!(k, K::br64_1 | K::br64_4 | K::br32_4))
            })
        })
    })
}

// ---- whole files: the `encode` command ------------------------------------------------------

/// Go's multi-byte NOPs for `PCALIGN` padding (`fillnop` in cmd/internal/obj/x86/asm6.go).
const NOPS: [&[u8]; 9] = [
    &[0x90],
    &[0x66, 0x90],
    &[0x0f, 0x1f, 0x00],
    &[0x0f, 0x1f, 0x40, 0x00],
    &[0x0f, 0x1f, 0x44, 0x00, 0x00],
    &[0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
    &[0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
    &[0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    &[0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

fn fill_nops(out: &mut Vec<u8>, mut n: usize) {
    while n > 0 {
        let m = n.min(NOPS.len());
        out.extend_from_slice(NOPS[m - 1]);
        n -= m;
    }
}

/// One statement with bytes, in file order.
struct Piece<'a> {
    line: usize,
    kind: PieceKind<'a>,
}

#[allow(clippy::large_enum_variant)] // inline operands, as in `goasm::Statement`
enum PieceKind<'a> {
    Inst(super::goasm::Instruction<'a>),
    Data(Vec<u8>),
    Align(u64),
    /// `RET` in a function with a frame: Go's epilogue precedes it.
    Ret(u32),
}

/// Encodes a whole Go assembly file as `go tool asm` lays it out: per `TEXT` function,
/// labels are resolved and branches take the short form when the displacement fits (Go's
/// span loop); `PCALIGN` pads with Go's NOPs; a function with a frame gets Go's prologue
/// (not printed) and epilogue (in the bytes of each `RET`). Returns one entry per source
/// line and the diagnostics of the lines that could not be encoded.
pub fn listing(source: &str) -> (Vec<ListingLine>, Vec<crate::diag::Diagnostic>) {
    use super::goasm::{parse_source_line, Statement};
    use crate::diag::Diagnostic;

    let mut diags = Vec::new();
    let texts: Vec<_> = crate::diag::source_lines(source).collect();
    let mut lines = ListingLine::blank(texts.len());
    // Functions: (frame size, labels with the index of the piece they precede, pieces).
    struct Func<'a> {
        frame: u32,
        labels: Vec<(&'a str, usize)>,
        pieces: Vec<Piece<'a>>,
    }
    let mut funcs: Vec<Func> = vec![Func {
        frame: 0,
        labels: Vec::new(),
        pieces: Vec::new(),
    }];
    for (i, text) in texts.iter().enumerate() {
        let parsed = match parse_source_line(*text) {
            Ok(l) => l,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let f = funcs.last_mut().unwrap();
        for (label, _) in &parsed.labels {
            let at = f.pieces.len();
            f.labels.push((label, at));
        }
        for st in parsed.statements {
            match st {
                Statement::Pseudo {
                    name: "TEXT", args, ..
                } => funcs.push(Func {
                    frame: frame_size(args),
                    labels: Vec::new(),
                    pieces: Vec::new(),
                }),
                Statement::Pseudo { .. } | Statement::Preprocessor(_) => {}
                Statement::Inst(inst) => {
                    let f = funcs.last_mut().unwrap();
                    lines[i].code = true;
                    let kind = match data_bytes(&inst) {
                        Some(Ok(bytes)) => PieceKind::Data(bytes),
                        Some(Err(e)) => {
                            diags.push(error_at(&inst, e));
                            continue;
                        }
                        None if inst.mnemonic == "PCALIGN" => match inst.operands.as_slice() {
                            [Operand::Imm(a)] if (8..=2048).contains(a) && (*a & (*a - 1)) == 0 => {
                                PieceKind::Align(*a as u64)
                            }
                            _ => {
                                diags.push(
                                    Diagnostic::error(inst.span, "bad PCALIGN")
                                        .expected("`PCALIGN $n` with n a power of two, 8..2048"),
                                );
                                continue;
                            }
                        },
                        None if inst.mnemonic == "RET"
                            && f.frame > 0
                            && inst.operands.is_empty() =>
                        {
                            PieceKind::Ret(f.frame)
                        }
                        None => PieceKind::Inst(inst),
                    };
                    f.pieces.push(Piece { line: i, kind });
                }
            }
        }
    }

    let mut out = Vec::with_capacity(16);
    for f in &funcs {
        // Prologue: PUSHQ BP; MOVQ SP, BP; SUBQ $frame, SP.
        let start: u64 = if f.frame == 0 {
            0
        } else if f.frame < 128 {
            8
        } else {
            11
        };
        let mut addrs = vec![start; f.pieces.len() + 1];
        let mut labels: HashMap<String, u64> = HashMap::new();
        let mut failed = vec![false; f.pieces.len()];
        // Go's span loop: lay out, re-encode the branches with the new addresses, until stable.
        for pass in 0..16 {
            labels.clear();
            for (name, at) in &f.labels {
                labels.insert(name.to_string(), addrs[*at]);
            }
            let mut pc = start;
            let mut changed = false;
            for (k, piece) in f.pieces.iter().enumerate() {
                if addrs[k] != pc {
                    changed = true;
                    addrs[k] = pc;
                }
                out.clear();
                match &piece.kind {
                    PieceKind::Data(b) => out.extend_from_slice(b),
                    PieceKind::Align(a) => fill_nops(&mut out, ((a - pc % a) % a) as usize),
                    PieceKind::Ret(frame) => epilogue(*frame, &mut out),
                    PieceKind::Inst(inst) => {
                        let ctx = Context {
                            pc,
                            frame_size: f.frame,
                            labels: Some(&labels),
                        };
                        if let Err(e) =
                            encode(inst.mnemonic, inst.operands.as_slice(), &ctx, &mut out)
                        {
                            if pass == 0 || !failed[k] {
                                failed[k] = true;
                                diags.push(error_at(inst, e));
                            }
                        }
                    }
                }
                pc += out.len() as u64;
            }
            if addrs[f.pieces.len()] != pc {
                changed = true;
                addrs[f.pieces.len()] = pc;
            }
            if !changed && pass > 0 {
                break;
            }
        }
        // Final bytes, per line.
        for (k, piece) in f.pieces.iter().enumerate() {
            let pc = addrs[k];
            let line = &mut lines[piece.line];
            match &piece.kind {
                PieceKind::Data(b) => line.bytes.extend_from_slice(b),
                PieceKind::Align(a) => fill_nops(&mut line.bytes, ((a - pc % a) % a) as usize),
                PieceKind::Ret(frame) => epilogue(*frame, &mut line.bytes),
                PieceKind::Inst(inst) => {
                    if failed[k] {
                        continue;
                    }
                    let ctx = Context {
                        pc,
                        frame_size: f.frame,
                        labels: Some(&labels),
                    };
                    if let Ok(e) = encode(
                        inst.mnemonic,
                        inst.operands.as_slice(),
                        &ctx,
                        &mut line.bytes,
                    ) {
                        line.branch |= e.branch;
                    }
                }
            }
        }
    }
    diags.sort_by_key(|d| (d.span.line, d.span.col));
    diags.dedup();
    (lines, diags)
}

/// `ADDQ $frame, SP; POPQ BP; RET`.
fn epilogue(frame: u32, out: &mut Vec<u8>) {
    if frame < 128 {
        out.extend_from_slice(&[0x48, 0x83, 0xc4, frame as u8]);
    } else {
        out.extend_from_slice(&[0x48, 0x81, 0xc4]);
        out.extend_from_slice(&frame.to_le_bytes());
    }
    out.extend_from_slice(&[0x5d, 0xc3]);
}

/// `BYTE`/`WORD`/`LONG`/`QUAD $v`: little-endian bytes.
fn data_bytes(inst: &super::goasm::Instruction) -> Option<Result<Vec<u8>, EncodeError>> {
    let size = match inst.mnemonic {
        "BYTE" => 1,
        "WORD" => 2,
        "LONG" => 4,
        "QUAD" => 8,
        _ => return None,
    };
    Some(match inst.operands.as_slice() {
        [Operand::Imm(v)] => Ok(v.to_le_bytes()[..size].to_vec()),
        _ => Err(
            EncodeError::new(format!("`{}` takes one constant", inst.mnemonic))
                .expected("`$value`"),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    /// Bytes checked with `go tool asm -S` (Go 1.27).
    #[test]
    fn listing_matches_go() {
        let src = "#include \"textflag.h\"\n\
TEXT ·f(SB), NOSPLIT, $0-16\n\
\tMOVQ x+0(FP), AX\n\
loop:\n\
\tADDQ $1, AX; SUBQ $1, BX\n\
\tCMPQ AX, $100\n\
\tJLT loop\n\
\tPCALIGN $16\n\
\tVADDPD.BCST.Z 8(AX)(BX*4), Z2, K1, Z3\n\
\tLOCK; XADDQ AX, (BX)\n\
\tBYTE $0x90; BYTE $0xcc\n\
\tMOVQ AX, ret+8(FP)\n\
\tJMP done\n\
\tMOVQ sym<>+8(SB), AX\n\
done:\n\
\tRET\n";
        let (lines, diags) = listing(src);
        assert!(diags.is_empty(), "{diags:?}");
        let all: Vec<u8> = lines.iter().flat_map(|l| l.bytes.clone()).collect();
        assert_eq!(
            hex(&all),
            "488b4424084883c0014883eb014883f8647cf2660f1f8400000000000f1f400062f1edd9585c9801\
             f0480fc10390cc4889442410eb07488b0500000000c3"
        );
    }

    #[test]
    fn listing_errors_are_located() {
        let (_, diags) = listing("TEXT ·f(SB), 0, $0\n\tMOVQ AX, X\n\tFOO\n\tRET\n");
        assert_eq!(diags.len(), 2);
        assert_eq!((diags[0].span.line, diags[0].span.col), (2, 11));
        assert_eq!(diags[1].span.line, 3);
    }

    #[test]
    fn text_and_typed_ir_encode_alike() {
        use crate::ir::go::GoReg as Reg;
        let ax = Amd64Reg::gpr(0);
        let ctx = Context {
            frame_size: 16,
            ..Context::default()
        };
        let cases: Vec<(&str, Vec<GoOperand>)> = vec![
            (
                "MOVQ x+8(FP), AX",
                vec![
                    GoOperand::Frame {
                        name: "x".into(),
                        offset: 8,
                    },
                    GoOperand::Reg(ax),
                ],
            ),
            (
                "LEAQ sym<>+8(SB), R11",
                vec![
                    GoOperand::Mem(GoMem {
                        symbol: Some("sym".into()),
                        disp: 8,
                        ..GoMem::default()
                    }),
                    GoOperand::Reg(Amd64Reg::gpr(11)),
                ],
            ),
            (
                "MOVB AX, SIB",
                vec![
                    GoOperand::Reg(ax),
                    GoOperand::Reg(Reg::Amd64(Amd64Reg::new(Amd64File::Byte, 6))),
                ],
            ),
            (
                "V4FMADDPS 17(SP), [Z1-Z4], K1, Z2",
                vec![
                    GoOperand::Mem(GoMem {
                        base: Some(Amd64Reg::gpr(4)),
                        disp: 17,
                        ..GoMem::default()
                    }),
                    GoOperand::RegList {
                        first: Reg::Amd64(Amd64Reg::new(Amd64File::Z, 1)),
                        last: Reg::Amd64(Amd64Reg::new(Amd64File::Z, 4)),
                    },
                    GoOperand::Reg(Reg::Amd64(Amd64Reg::new(Amd64File::K, 1))),
                    GoOperand::Reg(Reg::Amd64(Amd64Reg::new(Amd64File::Z, 2))),
                ],
            ),
        ];
        for (text, typed) in cases {
            let line = super::super::goasm::parse_line(text, 1).unwrap();
            let super::super::goasm::Statement::Inst(i) = line.statements[0] else {
                panic!("{text}")
            };
            let (mut a, mut b) = (Vec::new(), Vec::new());
            encode(i.mnemonic, i.operands.as_slice(), &ctx, &mut a).unwrap();
            encode_go(i.mnemonic, &typed, &ctx, &mut b).unwrap();
            assert_eq!(hex(&a), hex(&b), "{text}");
        }
        // An unknown name is a label, as before: the same message.
        let line = super::super::goasm::parse_line("MOVQ FOO, AX", 1).unwrap();
        let super::super::goasm::Statement::Inst(i) = line.statements[0] else {
            unreachable!()
        };
        let e = encode(i.mnemonic, i.operands.as_slice(), &ctx, &mut Vec::new()).unwrap_err();
        assert_eq!(e.message, "`FOO` is not a register");
    }

    #[test]
    fn frame_epilogue() {
        // `TEXT ·f(SB),NOSPLIT,$24-16`: Go's prologue shifts FP, RET gets the epilogue.
        let (lines, diags) = listing("TEXT ·f(SB),NOSPLIT,$24-16\n\tMOVQ x+8(FP), AX\n\tRET\n");
        assert!(diags.is_empty());
        assert_eq!(hex(&lines[1].bytes), "488b442430");
        assert_eq!(hex(&lines[2].bytes), "4883c4185dc3");
    }
}
