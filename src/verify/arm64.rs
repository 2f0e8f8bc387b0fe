//! The arm64 side of the comparison ([`Encoders`]): source words from the native encoder
//! ([`native_arm64`]), Go words from the Go-asm model ([`go_arm64`]), equivalence by
//! disassembling both with yaxpeax-arm, and raw instructions as `WORD $0x…` commented with
//! the source text.
//!
//! - A `:lo12:` (or other linker) field is compared masked: both sides leave it for the
//!   linker. Calls (`bl`, `blr`, `br` as a tail call: Go's `CALL`) and PC-relative addresses
//!   relinked to Go symbols (`adrp`/`adr` → `MOVD $sym<>(SB)`, the `:lo12:` uses of the
//!   register) are `branch` when their words differ: they depend on the layout by design, and
//!   raw words could not carry the relocation, so they are never raw.
//! - The `WORD`s the map stage writes for forms Go lacks are counted `raw`, their word taken
//!   from the native encoder.
//! - With `--equivalent`, a Go word that differs from the source's is kept when both decode
//!   to the same instruction text, e.g. `MOVD $1, R0` (Go: ORR) for GNU's MOVZ.

use super::compare::{names_label, Encoders, GoBytes, GoFields, SourceText};
use super::{go_arm64, native_arm64, EncodeError, GoContext};
use crate::diag::{Diagnostic, Span};
use crate::ir::a64::{Addressing, Inst, Mem, OperandKind};
use crate::ir::go::{GoInst, GoItem, GoOperand, Origin};
use crate::ir::MachineCode;
use native_arm64::Fixup;

/// arm64: one 32-bit word per instruction.
pub struct Arm64;

impl Encoders for Arm64 {
    type Inst = Inst;
    type Native = native_arm64::Encoding;

    const COLLAPSE_SOURCE_WHITESPACE: bool = true;
    const GO_RELINKS_SYMBOLS: bool = true;

    fn native_bytes(inst: &Inst, out: &mut Vec<u8>) -> Result<native_arm64::Encoding, Diagnostic> {
        native_arm64::encode_into(inst, out)
    }

    /// The word as decoded; the relocated field follows from the operand naming a symbol.
    fn decoded_bytes(inst: &Inst, code: &MachineCode, out: &mut Vec<u8>) -> native_arm64::Encoding {
        out.extend_from_slice(&code.bytes);
        let word = code
            .bytes
            .get(..4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let reloc = inst.operands.iter().find_map(|o| {
            let (fixup, symbol) = match &o.kind {
                OperandKind::Page { symbol, .. } => (Fixup::Adr, symbol),
                OperandKind::Lo12 { symbol, .. }
                | OperandKind::Mem(Mem {
                    addressing: Addressing::Lo12 { symbol, .. },
                    ..
                }) => (Fixup::Lo12, symbol),
                OperandKind::Target(symbol) => match inst.mnemonic.as_str() {
                    "b" | "bl" => (Fixup::Jump26, symbol),
                    "tbz" | "tbnz" => (Fixup::Test14, symbol),
                    _ => (Fixup::Branch19, symbol),
                },
                _ => return None,
            };
            Some(native_arm64::Reloc {
                fixup,
                symbol: symbol.clone(),
            })
        });
        native_arm64::Encoding { word, reloc }
    }

    fn relocation(native: &native_arm64::Encoding) -> Option<&str> {
        native.reloc.as_ref().map(|r| r.symbol.as_str())
    }

    fn forced_raw_bytes(inst: &Inst, out: &mut Vec<u8>) -> Result<(), Diagnostic> {
        let e = native_arm64::encode(inst)?;
        if let Some(reloc) = &e.reloc {
            return Err(Diagnostic::error(
                inst.span,
                format!(
                    "`{}` must be emitted as a raw word (Go cannot spell it identically), but \
                     a raw word cannot refer to `{}`",
                    inst.mnemonic, reloc.symbol
                ),
            ));
        }
        out.extend_from_slice(&e.word.to_le_bytes());
        Ok(())
    }

    fn go_bytes(
        inst: &GoInst,
        ctx: &GoContext,
        out: &mut Vec<u8>,
    ) -> Result<GoFields, EncodeError> {
        go_arm64::encode_inst(inst, ctx, out)?;
        Ok(GoFields::default())
    }

    /// Equal words; with a linker field, one Go word equal outside that field.
    fn same(native: &native_arm64::Encoding, src: &[u8], _go: &GoBytes, go_bytes: &[u8]) -> bool {
        if native.reloc.is_none() {
            return go_bytes == src;
        }
        let keep = native.fixed_mask();
        go_bytes.len() == 4
            && u32::from_le_bytes([go_bytes[0], go_bytes[1], go_bytes[2], go_bytes[3]]) & keep
                == native.word & keep
    }

    fn equivalent(go: &[u8], src: &[u8]) -> bool {
        equivalent(go, src)
    }

    /// Labels, calls, and the parts of a tail call (`br xN` → `CALL (RN)` … `RET`).
    fn is_branch(native: Option<&Inst>, group: &[GoInst]) -> bool {
        native.is_some_and(|n| matches!(n.mnemonic.as_str(), "bl" | "blr" | "br"))
            || group.iter().any(|g| names_label(g) || g.mnemonic == "CALL")
    }

    fn is_raw_data(inst: &GoInst) -> bool {
        inst.mnemonic == "WORD"
    }

    fn instruction_text(inst: &Inst, source: &SourceText) -> String {
        source.at(inst.span)
    }

    fn raw_item(span: Span, bytes: &[u8], comment: String) -> GoItem {
        let word = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        GoItem::Inst(GoInst {
            mnemonic: "WORD",
            operands: vec![GoOperand::Word(word)],
            origin: Origin::Source(span),
            access: None,
            comment: Some(comment),
        })
    }
}

/// Whether two byte strings are each one arm64 instruction that disassembles to the same
/// text (yaxpeax-arm prints the preferred alias: `mov x0, #0x1` for both MOVZ and ORR).
pub fn equivalent(a: &[u8], b: &[u8]) -> bool {
    use yaxpeax_arch::{Decoder, U8Reader};
    let decoder = yaxpeax_arm::armv8::a64::InstDecoder::default();
    let text = |bytes: &[u8]| {
        (bytes.len() == 4)
            .then(|| decoder.decode(&mut U8Reader::new(bytes)).ok())
            .flatten()
            .map(|inst| inst.to_string())
    };
    matches!((text(a), text(b)), (Some(x), Some(y)) if x == y)
}

#[cfg(test)]
mod tests {
    #[test]
    fn equivalence_is_same_disassembly() {
        let w = |x: u32| x.to_le_bytes();
        // movz x0, #1 (GNU as) and orr x0, xzr, #1 (Go's MOVD $1, R0): both `mov x0, #0x1`.
        assert!(super::equivalent(&w(0xd280_0020), &w(0xb240_03e0)));
        // add x0, x0, #1 and sub x0, x0, #1 differ.
        assert!(!super::equivalent(&w(0x9100_0400), &w(0xd100_0400)));
        // Only single words compare.
        assert!(!super::equivalent(&[0, 0, 0], &[0, 0, 0]));
    }
}
