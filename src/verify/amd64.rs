//! The amd64 side of the comparison ([`Encoders`]): source bytes from the native encoder
//! ([`native_x86`], iced-x86), Go bytes from the Go-asm model ([`go_amd64`]), equivalence by
//! decoding both with yaxpeax-x86, and raw instructions as `BYTE`s commented with the
//! instruction's Intel text.

use super::compare::{Encoders, GoBytes, GoFields, SourceText};
use super::{go_amd64, native_x86, EncodeError, GoContext};
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoInst, GoItem};
use crate::ir::x86::{Inst, Mem, OperandKind};
use crate::ir::MachineCode;

/// x86-64: variable-length instructions, RIP-relative fields left to the linker.
pub struct Amd64;

impl Encoders for Amd64 {
    type Inst = Inst;
    type Native = native_x86::Encoding;

    const COLLAPSE_SOURCE_WHITESPACE: bool = false;
    const GO_RELINKS_SYMBOLS: bool = false;

    fn native_bytes(inst: &Inst, out: &mut Vec<u8>) -> Result<native_x86::Encoding, Diagnostic> {
        native_x86::encode_into(inst, out)
    }

    fn decoded_bytes(inst: &Inst, code: &MachineCode, out: &mut Vec<u8>) -> native_x86::Encoding {
        out.extend_from_slice(&code.bytes);
        let reloc = code.reloc.and_then(|field| {
            let (symbol, addend) = inst.operands.iter().find_map(|o| match &o.kind {
                OperandKind::Mem(Mem {
                    symbol: Some(s),
                    disp,
                    ..
                }) => Some((s.clone(), *disp)),
                OperandKind::SymbolAddr { symbol, offset } => Some((symbol.clone(), *offset)),
                OperandKind::Target(s) => Some((s.clone(), 0)),
                _ => None,
            })?;
            Some(native_x86::Reloc {
                offset: field.offset as usize,
                size: field.size as usize,
                symbol,
                addend,
                pc_relative: field.pc_relative,
            })
        });
        native_x86::Encoding {
            len: code.bytes.len(),
            reloc,
        }
    }

    fn relocation(native: &native_x86::Encoding) -> Option<&str> {
        native.reloc.as_ref().map(|r| r.symbol.as_str())
    }

    fn forced_raw_bytes(inst: &Inst, out: &mut Vec<u8>) -> Result<(), Diagnostic> {
        let (bytes, _) = native_x86::raw(inst)?;
        out.extend_from_slice(&bytes);
        Ok(())
    }

    fn go_bytes(
        inst: &GoInst,
        ctx: &GoContext,
        out: &mut Vec<u8>,
    ) -> Result<GoFields, EncodeError> {
        let e = go_amd64::encode_go(inst.mnemonic, &inst.operands, ctx, out)?;
        Ok(GoFields {
            linker_field: e.pc_rel.map(|p| p.offset),
        })
    }

    /// Equal bytes, with the RIP-relative field (zero on both sides) at the same offset.
    fn same(native: &native_x86::Encoding, src: &[u8], go: &GoBytes, go_bytes: &[u8]) -> bool {
        go_bytes == src && go.linker_field == native.reloc.as_ref().map(|r| r.offset)
    }

    fn equivalent(go: &[u8], src: &[u8]) -> bool {
        equivalent(go, src)
    }

    fn instruction_text(inst: &Inst, _source: &SourceText) -> String {
        native_x86::intel_text(inst)
    }

    fn raw_item(_span: Span, bytes: &[u8], comment: String) -> GoItem {
        GoItem::Bytes {
            bytes: bytes.to_vec(),
            comment,
        }
    }
}

/// Whether two byte strings are each exactly one instruction, and the same one.
pub fn equivalent(a: &[u8], b: &[u8]) -> bool {
    use yaxpeax_arch::{Decoder, LengthedInstruction, U8Reader};
    let decoder = yaxpeax_x86::long_mode::InstDecoder::default();
    let decode = |bytes: &[u8]| {
        let mut reader = U8Reader::new(bytes);
        let inst = decoder.decode(&mut reader).ok()?;
        (inst.len().to_const() as usize == bytes.len()).then_some(inst)
    };
    // yaxpeax's own `==` also compares how operands were encoded (ModRM reg vs rm), which
    // is exactly what may differ: compare what the instruction does.
    match (decode(a), decode(b)) {
        (Some(x), Some(y)) => {
            x.opcode() == y.opcode()
                && x.operand_count() == y.operand_count()
                && x.mem_size().map(|m| m.bytes_size()) == y.mem_size().map(|m| m.bytes_size())
                && x.prefixes.lock() == y.prefixes.lock()
                && x.prefixes.rep() == y.prefixes.rep()
                && x.prefixes.repnz() == y.prefixes.repnz()
                && x.prefixes.segment() == y.prefixes.segment()
                && (0..x.operand_count()).all(|i| x.operand(i) == y.operand(i))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn equivalence_by_decoding() {
        // vmovaps xmm2, xmm1: load form (GNU) and store form (Go).
        assert!(super::equivalent(
            &[0xc5, 0xf8, 0x28, 0xd1],
            &[0xc5, 0xf8, 0x29, 0xca]
        ));
        // mov rax, 1 vs mov eax, 1: not the same instruction.
        assert!(!super::equivalent(
            &[0x48, 0xc7, 0xc0, 1, 0, 0, 0],
            &[0xb8, 1, 0, 0, 0]
        ));
        // Two instructions are not one.
        assert!(!super::equivalent(&[0x90, 0x90], &[0x90, 0x90]));
    }
}
