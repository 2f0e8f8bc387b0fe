//! The entry points: one instruction from Go text ([`encode`]) or from the typed Go IR
//! ([`encode_inst`]), parsed operands ([`encode_args`]: the row lookup and the family's
//! function); whole files for the `encode` command are in `listing.rs`.

use super::context::{err, Context, Encoded};
use super::forms;
use super::insn::{Insn, Link};
use super::operands::{from_go, parse_operand, Arg};
use crate::ir::go::GoInst;
use crate::verify::goasm::Operand;
use crate::verify::EncodeError;

/// Appends the bytes `go tool asm` emits for `mnemonic operands` (Go syntax) to `out`.
/// Nothing is appended on error.
pub fn encode(
    mnemonic: &str,
    operands: &[Operand],
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let mut args = Vec::with_capacity(operands.len());
    for (i, o) in operands.iter().enumerate() {
        match parse_operand(o, ctx) {
            Some(a) => args.push(a),
            None => return Err(EncodeError::new("unsupported arm64 operand").at(i)),
        }
    }
    encode_bytes(mnemonic, &args, ctx, out)
}

/// [`encode`] for an instruction of the typed Go IR (a converted instruction): its operands
/// become [`Arg`]s directly, its write-back the mnemonic's `.W`/`.P`.
pub fn encode_inst(
    inst: &GoInst,
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let mut args = Vec::with_capacity(inst.operands.len());
    for (i, o) in inst.operands.iter().enumerate() {
        match from_go(o, ctx) {
            Some(a) => args.push(a),
            None => return Err(EncodeError::new("unsupported arm64 operand").at(i)),
        }
    }
    match inst.writeback() {
        Some(w) => encode_bytes(
            &format!("{}{}", inst.mnemonic, w.go_suffix()),
            &args,
            ctx,
            out,
        ),
        None => encode_bytes(inst.mnemonic, &args, ctx, out),
    }
}

fn encode_bytes(
    mnemonic: &str,
    args: &[Arg],
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let mut words = Vec::with_capacity(2);
    let (branch, pc_rel) = encode_args(mnemonic, args, ctx, &mut words)?;
    for w in &words {
        out.extend_from_slice(&w.to_le_bytes());
    }
    Ok(Encoded {
        len: words.len() * 4,
        branch,
        pc_rel,
    })
}

/// [`encode`] on parsed operands, as 32-bit words: the first row of
/// mappings/arm64/go_forms.tbl for the mnemonic whose shape accepts the operands' classes,
/// encoded by its family's function. Returns (branch to a label, PC-relative symbol).
pub fn encode_args(
    mnemonic: &str,
    a: &[Arg],
    ctx: &Context,
    out: &mut Vec<u32>,
) -> Result<(bool, bool), EncodeError> {
    let (name, suffix) = mnemonic.split_once('.').unwrap_or((mnemonic, ""));
    let Some(rows) = forms::rows(name) else {
        return err(format!("unknown arm64 instruction `{mnemonic}`"));
    };
    if !suffix.is_empty() && !forms::takes_suffix(rows) {
        return err(format!("`{mnemonic}`: suffix `.{suffix}` not supported"));
    }
    let insn = |base| Insn {
        mnemonic,
        suffix,
        base,
        args: a,
        ctx,
    };
    let Some(row) = forms::lookup(rows, a) else {
        return Err(insn(0).bad());
    };
    Ok(match forms::dispatch(row.fam, &insn(row.base), out)? {
        Link::None => (false, false),
        Link::Label => (true, false),
        Link::PcRel => (false, true),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(text: &str) -> String {
        let line = crate::verify::goasm::parse_line(text, 1).unwrap();
        let crate::verify::goasm::Statement::Inst(i) = &line.statements[0] else {
            panic!()
        };
        let mut out = Vec::new();
        encode(
            i.mnemonic,
            i.operands.as_slice(),
            &Context::default(),
            &mut out,
        )
        .unwrap();
        out.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn basics() {
        assert_eq!(enc("ADD R8.SXTB<<3, R23, R14"), "ee8e288b");
        assert_eq!(enc("MOVD $0, R1"), "e1031faa");
        assert_eq!(enc("MRS ACTLR_EL1, R1"), "211038d5");
    }
}
