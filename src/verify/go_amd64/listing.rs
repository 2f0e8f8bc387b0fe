//! Whole Go assembly files, as `go tool asm` lays them out (the `encode` command): per
//! `TEXT` function, labels, Go's span loop for branch forms, `PCALIGN` padding, data
//! statements and Go's frame prologue and epilogue.

use std::collections::HashMap;

use super::context::Context;
use super::encode::encode;
use crate::diag::Diagnostic;
use crate::verify::goasm::{self, Operand};
use crate::verify::listing::{self, error_at, Func, Layout};
use crate::verify::{EncodeError, ListingLine};

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

/// A statement with bytes, until the layout.
#[allow(clippy::large_enum_variant)] // inline operands, as in `goasm::Statement`
enum Piece<'a> {
    Inst(goasm::Instruction<'a>),
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
pub fn listing(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>) {
    listing::listing::<Amd64>(source)
}

/// amd64's rules for [`listing::listing`].
struct Amd64;

impl Layout for Amd64 {
    type Piece<'a> = Piece<'a>;

    fn piece(inst: goasm::Instruction<'_>, frame: u32) -> Result<Piece<'_>, Diagnostic> {
        Ok(match data_bytes(&inst) {
            Some(Ok(bytes)) => Piece::Data(bytes),
            Some(Err(e)) => return Err(error_at(&inst, e)),
            None if inst.mnemonic == "PCALIGN" => match inst.operands.as_slice() {
                [Operand::Imm(a)] if (8..=2048).contains(a) && (*a & (*a - 1)) == 0 => {
                    Piece::Align(*a as u64)
                }
                _ => {
                    return Err(Diagnostic::error(inst.span, "bad PCALIGN")
                        .expected("`PCALIGN $n` with n a power of two, 8..2048"))
                }
            },
            None if inst.mnemonic == "RET" && frame > 0 && inst.operands.is_empty() => {
                Piece::Ret(frame)
            }
            None => Piece::Inst(inst),
        })
    }

    /// Go's span loop: lay out, re-encode the branches with the new addresses, until stable.
    fn lay_out<'a>(
        f: &Func<'a, Piece<'a>>,
        lines: &mut [ListingLine],
        diags: &mut Vec<Diagnostic>,
    ) {
        // Prologue: PUSHQ BP; MOVQ SP, BP; SUBQ $frame, SP.
        let start: u64 = if f.frame == 0 {
            0
        } else if f.frame < 128 {
            8
        } else {
            11
        };
        let mut out = Vec::with_capacity(16);
        let mut addrs = vec![start; f.pieces.len() + 1];
        let mut labels = HashMap::new();
        let mut failed = vec![false; f.pieces.len()];
        for pass in 0..16 {
            labels = f.label_addresses(&addrs);
            let mut pc = start;
            let mut changed = false;
            for (k, (_, piece)) in f.pieces.iter().enumerate() {
                if addrs[k] != pc {
                    changed = true;
                    addrs[k] = pc;
                }
                out.clear();
                if let Err(e) = bytes(piece, pc, f.frame, &labels, &mut out) {
                    if pass == 0 || !failed[k] {
                        failed[k] = true;
                        diags.push(e);
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
        for (k, (line, piece)) in f.pieces.iter().enumerate() {
            if failed[k] {
                continue;
            }
            let line = &mut lines[*line];
            if let Ok(branch) = bytes(piece, addrs[k], f.frame, &labels, &mut line.bytes) {
                line.branch |= branch;
            }
        }
    }
}

/// Appends the bytes of `piece` at `pc`; whether it is a branch to a label.
fn bytes(
    piece: &Piece,
    pc: u64,
    frame_size: u32,
    labels: &HashMap<String, u64>,
    out: &mut Vec<u8>,
) -> Result<bool, Diagnostic> {
    match piece {
        Piece::Data(b) => out.extend_from_slice(b),
        Piece::Align(a) => fill_nops(out, ((a - pc % a) % a) as usize),
        Piece::Ret(frame) => epilogue(*frame, out),
        Piece::Inst(inst) => {
            let ctx = Context {
                pc,
                frame_size,
                labels: Some(labels),
            };
            return encode(inst.mnemonic, inst.operands.as_slice(), &ctx, out)
                .map(|e| e.branch)
                .map_err(|e| error_at(inst, e));
        }
    }
    Ok(false)
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
fn data_bytes(inst: &goasm::Instruction) -> Option<Result<Vec<u8>, EncodeError>> {
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
    use super::listing;

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

    /// Indirect `JMP`/`CALL` through memory are the near forms (`ff /4`, `ff /2`, checked
    /// with `go tool asm`), never the far ones of the same length (`ff /5`, `ff /3`).
    #[test]
    fn indirect_jumps_and_calls_through_memory_are_near() {
        let src = "#include \"textflag.h\"\n\
TEXT ·f(SB), NOSPLIT|NOFRAME, $0\n\
\tJMP (DI)\n\
\tJMP 8(SI)(CX*4)\n\
\tCALL (DI)\n\
\tCALL 16(SP)\n";
        let (lines, diags) = listing(src);
        assert!(diags.is_empty(), "{diags:?}");
        let got: Vec<String> = lines
            .iter()
            .filter(|l| l.line > 2)
            .map(|l| hex(&l.bytes))
            .collect();
        assert_eq!(got, ["ff27", "ff648e08", "ff17", "ff542410"]);
    }

    #[test]
    fn listing_errors_are_located() {
        let (_, diags) = listing("TEXT ·f(SB), 0, $0\n\tMOVQ AX, X\n\tFOO\n\tRET\n");
        assert_eq!(diags.len(), 2);
        assert_eq!((diags[0].span.line, diags[0].span.col), (2, 11));
        assert_eq!(diags[1].span.line, 3);
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
