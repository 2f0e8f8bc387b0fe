//! The encoder's entry points: [`encode_go`] for instructions of the typed Go IR, [`encode()`]
//! for Go text (each operand resolved into the typed IR first), and Go's prefix
//! pseudo-instructions (`LOCK`, `REP`, `REPN`).

use super::choose::encode_lowered;
use super::context::{Context, Encoded};
use super::evex::suffixes;
use super::operands::{lower, Op};
use super::text::resolve_text;
use crate::ir::go::GoOperand;
use crate::verify::goasm::{Operand, MAX_OPERANDS};
use crate::verify::EncodeError;

/// Appends the bytes `go tool asm` emits for `mnemonic operands` (Go text, as parsed by
/// [`crate::verify::goasm`]) to `out`: each operand is resolved into the typed Go IR
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
    if mnemonic == "ADJSP" {
        let typed: Result<Vec<GoOperand>, EncodeError> =
            operands.iter().map(resolve_text).collect();
        return encode_go(mnemonic, &typed?, ctx, out);
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
    // Go's assembler rewrites `ADJSP $n` to `SUBQ $n, SP` (`ADDQ $-n, SP` for n < 0; nothing
    // for 0) before encoding; it only adds SP tracking.
    if mnemonic == "ADJSP" {
        let [GoOperand::Imm(n)] = operands else {
            return Err(EncodeError::new("`ADJSP` takes one immediate"));
        };
        if *n == 0 {
            return Ok(Encoded::default());
        }
        let sp = GoOperand::Reg(crate::ir::go::Amd64Reg::gpr(4));
        let (op, v) = if *n > 0 { ("SUBQ", *n) } else { ("ADDQ", -*n) };
        return encode_go(op, &[GoOperand::Imm(v), sp], ctx, out);
    }
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

#[cfg(test)]
mod tests {
    use super::{encode, encode_go, Context};
    use crate::ir::go::{Amd64File, Amd64Reg, GoMem, GoOperand};
    use crate::verify::goasm;

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
            let line = goasm::parse_line(text, 1).unwrap();
            let goasm::Statement::Inst(i) = line.statements[0] else {
                panic!("{text}")
            };
            let (mut a, mut b) = (Vec::new(), Vec::new());
            encode(i.mnemonic, i.operands.as_slice(), &ctx, &mut a).unwrap();
            encode_go(i.mnemonic, &typed, &ctx, &mut b).unwrap();
            assert_eq!(a, b, "{text}");
        }
        // An unknown name is a label, as before: the same message.
        let line = goasm::parse_line("MOVQ FOO, AX", 1).unwrap();
        let goasm::Statement::Inst(i) = line.statements[0] else {
            unreachable!()
        };
        let e = encode(i.mnemonic, i.operands.as_slice(), &ctx, &mut Vec::new()).unwrap_err();
        assert_eq!(e.message, "`FOO` is not a register");
    }
}
