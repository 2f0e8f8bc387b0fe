//! iced's operand kinds against the encoder's operands: which register, immediate or memory
//! operand fits a kind of a candidate `Code` (and at what integer width), and how it is
//! written into an iced `Instruction`.

use crate::isa::amd64::code_info::Info;
use iced_x86::{Code, EncodingKind, Instruction, Mnemonic as M, OpCodeOperandKind as K, Register};

use super::operands::{byte_reg, gpr, EncReg, Mem};

/// The width in bits an operand kind gives an integer operand, if it is one.
pub(super) fn int_width(k: K) -> Option<u16> {
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
pub(super) fn reg_for(k: K, r: EncReg) -> Option<Register> {
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

/// Whether a kind takes a register or memory (the ModRM r/m operand).
pub(super) fn is_rm_kind(k: K) -> bool {
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

/// The vector length a register-or-memory kind fixes, in bits.
pub(super) fn vector_len(k: K) -> Option<u16> {
    Some(match k {
        K::xmm_or_mem => 128,
        K::ymm_or_mem => 256,
        K::zmm_or_mem => 512,
        _ => return None,
    })
}

/// Whether memory operand `m` fits kind `k` (a VSIB kind wants a vector index).
pub(super) fn mem_fits(k: K, m: &Mem) -> bool {
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

/// Writes memory operand `m` into `instr` (a RIP-relative displacement is left to the
/// linker: zero here).
pub(super) fn set_mem(instr: &mut Instruction, m: &Mem) {
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

/// Whether Go takes immediate `v` in operand kind `k` of `code` (its operand classes,
/// `oclass` in cmd/internal/obj/x86/asm6.go: `Yi8` -128..127, `Yu8` 0..255, `Yu2` 0..3,
/// `Yi32`; found by tools/sweep.py): Go picks a sign-extended 8-bit form only for a `Yi8` value (`ADDL $0xffffffff`
/// and `IMUL3W $65535` get the full-width immediate), and rejects a count or selector out of
/// its class (`SHLQ $-1`, `SHUFPS $-1`, `EXTRACTPS $4`). `tests/sweep.rs` holds this
/// against `go tool asm` (tests/vectors/amd64/sweep_go.txt).
pub(super) fn go_takes_imm(code: Code, k: K, v: i64) -> bool {
    let info = code.info();
    let (lo, hi) = match k {
        K::imm8sex16 | K::imm8sex32 | K::imm8sex64 => (-128, 127),
        // VEX/EVEX: Go's tables list `Yi8` and `Yu8` for the forms with two other operands
        // (`VPSHUFD $-1, X1, X2`), `Yu8` alone for those with three (`VSHUFPS`).
        K::imm8 if info.encoding() != EncodingKind::Legacy => match info.op_count() {
            3 => (-128, 255),
            _ => (0, 255),
        },
        K::imm8 => match info.mnemonic() {
            M::Shl | M::Sal | M::Shr | M::Sar | M::Rol | M::Ror | M::Rcl | M::Rcr => (0, 255),
            M::Shld | M::Shrd | M::Bt | M::Bts | M::Btr | M::Btc => (-128, 127),
            M::Cmpps | M::Cmppd | M::Cmpss | M::Cmpsd => (-128, 127),
            M::Psllw
            | M::Pslld
            | M::Psllq
            | M::Pslldq
            | M::Psrlw
            | M::Psrld
            | M::Psrlq
            | M::Psrldq
            | M::Psraw
            | M::Psrad => (-128, 127),
            M::Extractps => (0, 3),
            // Byte operations take any 32-bit value (Go's `Yi32`) and keep its low byte.
            _ if int_width(info.op_kind(0)) == Some(8) => (i32::MIN as i64, u32::MAX as i64),
            _ => (0, 255),
        },
        _ => return true,
    };
    (lo..=hi).contains(&v)
}
