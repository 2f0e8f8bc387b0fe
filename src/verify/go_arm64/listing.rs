//! Whole Go assembly files for the `encode` command: arm64's rules for the shared
//! [`listing::listing`] (every instruction is 4 bytes, or a known number of words, so one
//! layout pass suffices after a sizing pass).

use std::collections::HashMap;

use super::context::{err, Context};
use super::encode::encode;
use crate::diag::Diagnostic;
use crate::verify::goasm::{Instruction, Operand};
use crate::verify::listing::{self, error_at, Func, Layout};
use crate::verify::{EncodeError, ListingLine};

/// Encodes a whole Go assembly file: per `TEXT` function, labels are resolved (every arm64
/// instruction is 4 bytes, or a known number of words, so one layout pass suffices after a
/// sizing pass). Returns one entry per source line and the diagnostics of the lines that
/// could not be encoded. Go's prologue and epilogue for frames > 0 are not modelled.
pub fn listing(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>) {
    listing::listing::<Arm64>(source)
}

/// arm64's rules for [`listing::listing`].
struct Arm64;

impl Layout for Arm64 {
    type Piece<'a> = Instruction<'a>;

    fn piece(inst: Instruction<'_>, _frame: u32) -> Result<Instruction<'_>, Diagnostic> {
        Ok(inst)
    }

    fn lay_out<'a>(
        f: &Func<'a, Instruction<'a>>,
        lines: &mut [ListingLine],
        diags: &mut Vec<Diagnostic>,
    ) {
        // Sizing pass (labels unknown: branch sizes do not depend on them).
        let mut out = Vec::new();
        let mut addrs = Vec::with_capacity(f.pieces.len() + 1);
        let mut pc = 0u64;
        let empty = HashMap::new();
        for (_, inst) in &f.pieces {
            addrs.push(pc);
            out.clear();
            let ctx = Context {
                pc,
                frame_size: f.frame,
                labels: Some(&empty),
            };
            let _ = encode_line(inst, &ctx, &mut out);
            pc += out.len() as u64;
        }
        addrs.push(pc);
        let labels = f.label_addresses(&addrs);
        for (k, (line, inst)) in f.pieces.iter().enumerate() {
            let ctx = Context {
                pc: addrs[k],
                frame_size: f.frame,
                labels: Some(&labels),
            };
            let l = &mut lines[*line];
            match encode_line(inst, &ctx, &mut l.bytes) {
                Ok(branch) => l.branch |= branch,
                Err(e) => diags.push(error_at(inst, e)),
            }
        }
    }
}

/// One instruction or data statement (`WORD` is 4 bytes on arm64, `DWORD` 8).
fn encode_line(inst: &Instruction, ctx: &Context, out: &mut Vec<u8>) -> Result<bool, EncodeError> {
    let size = match inst.mnemonic {
        "BYTE" => 1,
        "HWORD" => 2,
        "WORD" => 4,
        "DWORD" => 8,
        "PCALIGN" => {
            return match inst.operands.as_slice() {
                [Operand::Imm(a)] if *a >= 8 && *a <= 2048 && a & (a - 1) == 0 => {
                    let pad = ((*a as u64 - ctx.pc % *a as u64) % *a as u64) / 4;
                    for _ in 0..pad {
                        out.extend_from_slice(&0xd503201fu32.to_le_bytes());
                    }
                    Ok(false)
                }
                _ => err("`PCALIGN $n` with n a power of two, 8..2048"),
            };
        }
        _ => 0,
    };
    if size > 0 {
        return match inst.operands.as_slice() {
            [Operand::Imm(v)] => {
                out.extend_from_slice(&v.to_le_bytes()[..size]);
                Ok(false)
            }
            _ => err(format!("`{}` takes one constant", inst.mnemonic)),
        };
    }
    encode(inst.mnemonic, inst.operands.as_slice(), ctx, out).map(|e| e.branch)
}
