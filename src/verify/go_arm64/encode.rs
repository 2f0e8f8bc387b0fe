//! The entry points: one instruction from Go text ([`encode`]) or from the typed Go IR
//! ([`encode_inst`]), parsed operands ([`encode_args`]: the row lookup and the family's
//! function) and whole files for the `encode` command ([`listing`]).

use super::context::{err, Context, Encoded};
use super::forms;
use super::insn::{Insn, Link};
use super::operands::{from_go, parse_operand, Arg};
use crate::ir::go::GoInst;
use crate::verify::goasm::{Instruction, Operand};
use crate::verify::{error_at, frame_size, EncodeError, ListingLine};
use std::collections::HashMap;

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

// ---- whole files: the `encode` command ------------------------------------------------------

/// Encodes a whole Go assembly file: per `TEXT` function, labels are resolved (every arm64
/// instruction is 4 bytes, or a known number of words, so one layout pass suffices after a
/// sizing pass). Returns one entry per source line and the diagnostics of the lines that
/// could not be encoded. Go's prologue and epilogue for frames > 0 are not modelled.
pub fn listing(source: &str) -> (Vec<ListingLine>, Vec<crate::diag::Diagnostic>) {
    use crate::verify::goasm::{parse_source_line, Statement};
    let mut diags = Vec::new();
    let texts: Vec<_> = crate::diag::source_lines(source).collect();
    let mut lines = ListingLine::blank(texts.len());
    struct Func<'a> {
        frame: u32,
        labels: Vec<(&'a str, usize)>,
        insts: Vec<(usize, Instruction<'a>)>,
    }
    let mut funcs: Vec<Func> = vec![Func {
        frame: 0,
        labels: Vec::new(),
        insts: Vec::new(),
    }];
    for (i, text) in texts.iter().enumerate() {
        let parsed = match parse_source_line(*text) {
            Ok(l) => l,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        for (label, _) in &parsed.labels {
            let f = funcs.last_mut().unwrap();
            let at = f.insts.len();
            f.labels.push((label, at));
        }
        for st in parsed.statements {
            match st {
                Statement::Pseudo {
                    name: "TEXT", args, ..
                } => funcs.push(Func {
                    frame: frame_size(args),
                    labels: Vec::new(),
                    insts: Vec::new(),
                }),
                Statement::Pseudo { .. } | Statement::Preprocessor(_) => {}
                Statement::Inst(inst) => {
                    lines[i].code = true;
                    funcs.last_mut().unwrap().insts.push((i, inst));
                }
            }
        }
    }
    let mut out = Vec::new();
    for f in &funcs {
        // Sizing pass (labels unknown: branch sizes do not depend on them).
        let mut addrs = Vec::with_capacity(f.insts.len() + 1);
        let mut pc = 0u64;
        let empty = HashMap::new();
        for (_, inst) in &f.insts {
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
        let labels: HashMap<String, u64> = f
            .labels
            .iter()
            .map(|(n, at)| (n.to_string(), addrs[*at]))
            .collect();
        for (k, (line, inst)) in f.insts.iter().enumerate() {
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
    diags.sort_by_key(|d| (d.span.line, d.span.col));
    (lines, diags)
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
