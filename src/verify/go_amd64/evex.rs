//! The AVX-512 extras of Go's syntax: the opmask written before the destination
//! (`VADDPD Z1, Z2, K1, Z3`), the mnemonic suffixes `.Z` (zeroing), `.BCST` (embedded
//! broadcast), `.SAE` and `.RN_SAE`/`.RD_SAE`/`.RU_SAE`/`.RZ_SAE` (rounding), and Go's
//! vector length in EVEX.L'L under `.SAE`.

use crate::isa::amd64::code_info::{CodeInfo, Info};
use iced_x86::{Instruction, Register, RoundingControl};

use super::operands::{EncReg, Op};
use crate::verify::EncodeError;

/// The `.` suffixes of a Go mnemonic.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Suffixes {
    broadcast: bool,
    zeroing: bool,
    sae: bool,
    rounding: Option<RoundingControl>,
}

/// Splits `VADDPD.BCST.Z` into the base name and its suffixes.
pub(super) fn suffixes(mnemonic: &str) -> Result<(&str, Suffixes), EncodeError> {
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

/// The opmask of operands `go` (Go order) for a form with `explicit` operands: `Some(Some(k))`
/// when `k` stands just before the destination, `Some(None)` when there is none, `None` when
/// the form requires one and it is missing.
pub(super) fn opmask(info: &CodeInfo, go: &[Op], explicit: usize) -> Option<Option<Register>> {
    let n = go.len();
    if n == explicit + 1 && n >= 2 && info.can_use_op_mask_register() {
        if let Op::Reg(EncReg::Exact(k)) = go[n - 2] {
            if k.is_k() {
                return Some(Some(k));
            }
        }
    }
    (!info.require_op_mask_register()).then_some(None)
}

/// Applies the suffixes to `instr` (of form `info`, with a memory operand if `has_mem`), if
/// the form takes them.
pub(super) fn apply(
    instr: &mut Instruction,
    info: &CodeInfo,
    sfx: Suffixes,
    has_mem: bool,
) -> Option<()> {
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
    Some(())
}

/// `.SAE` on a 512-bit register form: Go writes the vector length into EVEX.L'L of `bytes`
/// (the encoding of `instr`; iced leaves 00, and the CPU ignores the field either way).
pub(super) fn sae_vector_length(sfx: Suffixes, instr: &Instruction, bytes: &mut [u8]) {
    if sfx.sae && sfx.rounding.is_none() && instr.code().info().l() == 2 {
        if let Some(p) = bytes.iter().position(|b| *b == 0x62) {
            if let Some(p2) = bytes.get_mut(p + 3) {
                *p2 = (*p2 & !0x60) | 0x40;
            }
        }
    }
}
