//! amd64 machine code → [`Inst`] with yaxpeax-x86 (long mode): the mnemonic is the
//! decoder's opcode (its names are Intel's, the table's), operands come from its typed
//! operands with the access size it decoded, so `test sil, sil` stays 8-bit.

use super::{check_reloc, machine_code, Decode, Place, Reloc};
use crate::ir::x86::{Inst, Mem, Operand, OperandKind, Prefixes};
use crate::ir::{Arch, CodeReloc, Edit};
use crate::isa::amd64::{reg_info, register, RegClass, REGISTERS};
use yaxpeax_x86::long_mode::{self as x, InstDecoder, Opcode, RegSpec, Segment};

/// The length of the instruction at the start of `bytes` and yaxpeax's text of it, for a
/// listing's instruction column (shown to people, never read back); `(1, "(bad)")` for
/// bytes that do not decode.
pub fn disassemble(bytes: &[u8]) -> (usize, String) {
    match InstDecoder::default().decode_slice(bytes) {
        Ok(d) => (
            yaxpeax_arch::LengthedInstruction::len(&d).to_const() as usize,
            d.to_string(),
        ),
        Err(_) => (1, "(bad)".to_string()),
    }
}

impl Decode for Inst {
    const FIXED_LENGTH: Option<usize> = None;
    const MACHINE: Arch = Arch::Amd64;

    fn is_nop(&self) -> bool {
        self.mnemonic == "nop"
    }

    fn ends_flow(&self) -> bool {
        matches!(self.mnemonic.as_str(), "ret" | "jmp" | "ud2")
    }

    fn may_end_function(&self) -> bool {
        self.ends_flow() || matches!(self.mnemonic.as_str(), "call" | "hlt" | "int3")
    }

    fn decode_one(bytes: &[u8], at: &Place) -> Result<(Inst, usize), String> {
        let d = InstDecoder::default()
            .decode_slice(bytes)
            .map_err(|e| format!("bytes that do not decode as x86-64: {e}"))?;
        let len = yaxpeax_arch::LengthedInstruction::len(&d).to_const() as usize;
        let code = &bytes[..len];
        let relocs: Vec<(usize, &Reloc)> = at.relocs_in(len).collect();
        if relocs.len() > 1 {
            return Err("more than one relocation in one instruction".to_string());
        }
        let mut reloc = relocs.first().copied();
        // `mov sym@GOTPCREL(%rip), %r64` loads sym's address: the psABI lets the linker
        // relax it to `lea sym(%rip), %r64` (the point of R_X86_64_REX_GOTPCRELX), and so
        // does the decoder. The lea's bytes come from the native encoder, not the source's.
        let relaxed = reloc
            .filter(|(_, r)| r.kind.contains("GOTPCREL") && is_mov_r64_from_rip(code))
            .map(|(offset, r)| {
                let pc32 = Reloc {
                    kind: "R_X86_64_PC32".to_string(),
                    ..r.clone()
                };
                (offset, pc32)
            });
        if let Some((offset, r)) = &relaxed {
            reloc = Some((*offset, r));
        }
        reloc.map(|(_, r)| check_reloc(r)).transpose()?;
        let opcode = d.opcode();
        let mut mnemonic = opcode.to_string();
        let mut operands = Vec::with_capacity(d.operand_count() as usize);
        let mut field = None;
        let op = |kind| Operand {
            kind,
            span: at.span,
        };
        let string_op = matches!(
            opcode,
            Opcode::MOVS | Opcode::STOS | Opcode::LODS | Opcode::CMPS | Opcode::SCAS
        );
        if string_op {
            // `rep stosq`: the Intel names carry the size; the operands are implicit.
            let size = d.mem_size().and_then(|s| s.bytes_size());
            mnemonic.push(match size {
                Some(1) => 'b',
                Some(2) => 'w',
                Some(4) => 'd',
                _ => 'q',
            });
        } else if opcode == Opcode::NOP {
            // Padding of any length (`nop WORD PTR cs:[rax+rax*1+0x0]`): the bytes say it all.
        } else {
            let branch = is_relative_branch(&d);
            for i in 0..d.operand_count() {
                let o = d.operand(i);
                if branch && imm(&o).is_some() {
                    operands.push(op(branch_target(&d, o, len, reloc, at, &mut field)?));
                    continue;
                }
                operands.push(op(operand(&d, i, len, reloc, at, &mut field)?));
            }
        }
        repair(&d, code, &mut mnemonic, &mut operands, at);
        if let (Some((_, r)), None) = (reloc, field) {
            return Err(format!(
                "relocation `{} {}` on an operand this instruction does not relocate",
                r.kind, r.symbol
            ));
        }
        let prefixes = Prefixes {
            lock: d.prefixes.lock(),
            rep: d.prefixes.rep() && string_op,
            repne: d.prefixes.repnz() && string_op,
        };
        if relaxed.is_some() {
            if let Some(OperandKind::Mem(m)) = operands.get_mut(1).map(|o| &mut o.kind) {
                m.size = None;
            }
            let inst = Inst {
                mnemonic: "lea".to_string(),
                prefixes,
                operands,
                span: at.span,
                code: None,
                edit: Edit::Rewritten,
            };
            return Ok((inst, len));
        }
        Ok((
            Inst {
                mnemonic,
                prefixes,
                operands,
                span: at.span,
                code: Some(machine_code(code, field)),
                edit: Edit::None,
            },
            len,
        ))
    }
}

/// `mov r64, [rip + disp32]` (REX.W 8B, ModRM mod 00 r/m 101): the one GOT load relaxed.
fn is_mov_r64_from_rip(code: &[u8]) -> bool {
    let (rex_w, opsize, at) = legacy_prefixes(code);
    rex_w
        && !opsize
        && at == 1
        && code.get(at) == Some(&0x8b)
        && code.get(at + 1).is_some_and(|m| m & 0xc7 == 0x05)
}

/// What the legacy and REX prefixes of `bytes` say: REX.W, the `66` prefix, and where the
/// opcode starts.
fn legacy_prefixes(bytes: &[u8]) -> (bool, bool, usize) {
    let mut at = 0;
    let mut opsize = false;
    while let Some(&b) = bytes.get(at) {
        match b {
            0x66 => opsize = true,
            0xf2 | 0xf3 | 0xf0 | 0x2e | 0x36 | 0x3e | 0x26 | 0x64 | 0x65 | 0x67 => {}
            _ => break,
        }
        at += 1;
    }
    let rex_w = matches!(bytes.get(at), Some(b) if b & 0xf8 == 0x48);
    if matches!(bytes.get(at), Some(b) if b & 0xf0 == 0x40) {
        at += 1;
    }
    (rex_w, opsize, at)
}

/// `r` at another width (`rax` → `eax`), or the general register of an xmm's number.
fn resized(r: crate::ir::Reg, bits: u16) -> crate::ir::Reg {
    const GPR64: [&str; 16] = [
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
        "r13", "r14", "r15",
    ];
    let info = reg_info(r);
    let go = match info.class {
        RegClass::Xmm | RegClass::Ymm => {
            let n: usize = info.native[3..].parse().unwrap_or(0);
            register(GPR64[n % 16]).map_or(info.go, |g| reg_info(g).go)
        }
        _ => info.go,
    };
    REGISTERS
        .iter()
        .position(|i| i.go == go && i.class == RegClass::Gpr && i.bits == bits)
        .map_or(r, |i| crate::ir::Reg(i as u16))
}

/// Corrects what yaxpeax-x86 2.2 decodes wrongly, each found by the row vectors
/// (`tests/decode_vectors.rs`), from the fields of the bytes themselves: register widths
/// it takes from the wrong field, memory sizes it does not know, implicit operands it
/// leaves out.
fn repair(
    d: &x::Instruction,
    bytes: &[u8],
    mnemonic: &mut String,
    ops: &mut Vec<Operand>,
    at: &Place,
) {
    let (rex_w, opsize, op_at) = legacy_prefixes(bytes);
    let operand_bits = if rex_w {
        64
    } else if opsize {
        16
    } else {
        32
    };
    let set_mem = |ops: &mut Vec<Operand>, size: u16| {
        for o in ops.iter_mut() {
            if let OperandKind::Mem(m) = &mut o.kind {
                m.size = Some(size);
            }
        }
    };
    let resize_gprs = |ops: &mut Vec<Operand>, bits: u16| {
        for o in ops.iter_mut() {
            if let OperandKind::Reg(r) = &mut o.kind {
                if reg_info(*r).class == RegClass::Gpr {
                    *r = resized(*r, bits);
                }
            }
        }
    };
    match d.opcode() {
        Opcode::BSWAP => resize_gprs(ops, if rex_w { 64 } else { 32 }),
        // 66 0f 6e without REX.W is movd (yaxpeax: movq with a 64-bit register).
        Opcode::MOVQ if !rex_w && bytes.get(op_at..op_at + 2) == Some(&[0x0f, 0x6e]) => {
            *mnemonic = "movd".to_string();
            resize_gprs(ops, 32);
            set_mem(ops, 4);
        }
        Opcode::PINSRB | Opcode::PINSRW | Opcode::PINSRD | Opcode::PINSRQ => {
            if let Some(OperandKind::Reg(r)) = ops.get_mut(1).map(|o| &mut o.kind) {
                *r = resized(*r, if rex_w { 64 } else { 32 });
            }
        }
        Opcode::PEXTRB | Opcode::PEXTRW | Opcode::PEXTRD | Opcode::PEXTRQ | Opcode::EXTRACTPS => {
            resize_gprs(ops, if rex_w { 64 } else { 32 })
        }
        Opcode::NOP if bytes == [0xf3, 0x90] => *mnemonic = "pause".to_string(),
        // f2 0f 38 f0 reads a byte; f1 the operand size.
        Opcode::CRC32 if bytes.get(op_at + 2) == Some(&0xf0) => set_mem(ops, 1),
        Opcode::CRC32 => set_mem(ops, operand_bits / 8),
        Opcode::VCVTPH2PS => {
            let wide = matches!(ops.first().map(|o| &o.kind), Some(OperandKind::Reg(r)) if reg_info(*r).class == RegClass::Ymm);
            if let Some(OperandKind::Reg(r)) = ops.get_mut(1).map(|o| &mut o.kind) {
                if let Some(x) = register(&reg_info(*r).native.replace("ymm", "xmm")) {
                    *r = x;
                }
            }
            set_mem(ops, if wide { 16 } else { 8 });
        }
        Opcode::BT | Opcode::BTS | Opcode::BTR | Opcode::BTC => {
            set_mem(ops, operand_bits / 8);
            resize_gprs(ops, operand_bits);
        }
        Opcode::CMPSS | Opcode::VCMPSS => set_mem(ops, 4),
        Opcode::CMPSD | Opcode::VCMPSD => set_mem(ops, 8),
        Opcode::PREFETCHNTA | Opcode::PREFETCH0 | Opcode::PREFETCH1 | Opcode::PREFETCH2 => {
            set_mem(ops, 1)
        }
        Opcode::VMOVLPS | Opcode::VMOVHPS | Opcode::VMOVLPD | Opcode::VMOVHPD => set_mem(ops, 8),
        Opcode::BLENDVPS | Opcode::BLENDVPD | Opcode::PBLENDVB if ops.len() == 2 => {
            if let Some(xmm0) = register("xmm0") {
                ops.push(Operand {
                    kind: OperandKind::Reg(xmm0),
                    span: at.span,
                });
            }
        }
        // VEX (c4) scalar FMA: opcodes a9-af are the 213 forms (yaxpeax: 231).
        _ if mnemonic.starts_with("vf")
            && mnemonic.contains("231s")
            && bytes.first() == Some(&0xc4)
            && matches!(bytes.get(3), Some(0xa9..=0xaf)) =>
        {
            *mnemonic = mnemonic.replace("231", "213")
        }
        _ => {}
    }
}

fn is_relative_branch(d: &x::Instruction) -> bool {
    d.opcode().is_jcc()
        || matches!(
            d.opcode(),
            Opcode::JMP
                | Opcode::CALL
                | Opcode::JRCXZ
                | Opcode::LOOP
                | Opcode::LOOPZ
                | Opcode::LOOPNZ
        )
}

/// The size in bytes of a relocation's field.
fn reloc_size(kind: &str) -> Result<u8, String> {
    match kind {
        "R_X86_64_PC32"
        | "R_X86_64_PLT32"
        | "R_X86_64_32"
        | "R_X86_64_32S"
        | "R_X86_64_GOTPCREL"
        | "R_X86_64_GOTPCRELX"
        | "R_X86_64_REX_GOTPCRELX" => Ok(4),
        "R_X86_64_64" => Ok(8),
        other => Err(format!("relocation `{other}` is not supported")),
    }
}

fn pc_relative(kind: &str) -> bool {
    matches!(kind, "R_X86_64_PC32" | "R_X86_64_PLT32")
}

/// A relative branch's target: the symbol of its relocation, or the address named by
/// `at.target` (a label of the function, another function).
fn branch_target(
    d: &x::Instruction,
    o: x::Operand,
    len: usize,
    reloc: Option<(usize, &Reloc)>,
    at: &Place,
    field: &mut Option<CodeReloc>,
) -> Result<OperandKind, String> {
    if let Some((offset, r)) = reloc {
        *field = Some(CodeReloc {
            offset: offset as u8,
            size: reloc_size(&r.kind)?,
            pc_relative: true,
        });
        // The field holds `symbol + addend - field`: the target is `symbol + k`.
        let (symbol, k) = at.symbol(&r.symbol, r.addend + (len - offset) as i64);
        if k != 0 || !pc_relative(&r.kind) {
            return Err(format!(
                "branch to `{symbol}{k:+}`: only a symbol's own address can be a branch target"
            ));
        }
        return Ok(OperandKind::Target(symbol));
    }
    let rel = imm(&o).expect("an immediate");
    if rel == 0 && d.opcode() == Opcode::CALL {
        return Err(
            "call with a zero displacement and no relocation (an object file's listing \
             without -r?)"
                .to_string(),
        );
    }
    let target = (at.pc + len as u64).wrapping_add(rel as u64);
    (at.target)(target).map(OperandKind::Target)
}

fn imm(o: &x::Operand) -> Option<i64> {
    use x::Operand as O;
    Some(match *o {
        O::ImmediateI8 { imm } => imm as i64,
        O::ImmediateU8 { imm } => imm as i64,
        O::ImmediateI16 { imm } => imm as i64,
        O::ImmediateU16 { imm } => imm as i64,
        O::ImmediateI32 { imm } => imm as i64,
        O::ImmediateU32 { imm } => imm as i64,
        O::ImmediateI64 { imm } => imm,
        O::ImmediateU64 { imm } => imm as i64,
        _ => return None,
    })
}

fn reg(r: RegSpec) -> Result<crate::ir::Reg, String> {
    register(r.name()).ok_or_else(|| format!("register `{}` is not supported", r.name()))
}

/// Operand `i` of `d` (not a branch target).
fn operand(
    d: &x::Instruction,
    i: u8,
    len: usize,
    reloc: Option<(usize, &Reloc)>,
    at: &Place,
    field: &mut Option<CodeReloc>,
) -> Result<OperandKind, String> {
    use x::Operand as O;
    let o = d.operand(i);
    if let Some(v) = imm(&o) {
        if let Some((offset, r)) = reloc.filter(|_| field.is_none()) {
            // `mov eax, OFFSET sym`: the immediate is the relocated field when it is last.
            let size = reloc_size(&r.kind)?;
            if offset + size as usize == len && !pc_relative(&r.kind) {
                *field = Some(CodeReloc {
                    offset: offset as u8,
                    size,
                    pc_relative: false,
                });
                return Ok(OperandKind::SymbolAddr {
                    symbol: r.symbol.clone(),
                    offset: r.addend,
                });
            }
        }
        // yaxpeax reads every imm8 as signed; only the arithmetic forms sign-extend it (the
        // others, shuffle and rounding selectors, shift counts, are what GNU writes: 0..255).
        let sign_extended = matches!(
            d.opcode(),
            Opcode::ADD
                | Opcode::OR
                | Opcode::ADC
                | Opcode::SBB
                | Opcode::AND
                | Opcode::SUB
                | Opcode::XOR
                | Opcode::CMP
                | Opcode::IMUL
                | Opcode::PUSH
        );
        if let (O::ImmediateI8 { imm }, false) = (o, sign_extended) {
            return Ok(OperandKind::Imm(imm as u8 as i64));
        }
        return Ok(OperandKind::Imm(v));
    }
    let (base, index, scale, disp) = match o {
        O::Register { reg: r } => return Ok(OperandKind::Reg(reg(r)?)),
        O::MemDeref { base } => (Some(base), None, 1, 0),
        O::Disp { base, disp } => (Some(base), None, 1, disp as i64),
        O::MemIndexScale { index, scale } => (None, Some(index), scale, 0),
        O::MemIndexScaleDisp { index, scale, disp } => (None, Some(index), scale, disp as i64),
        O::MemBaseIndexScale { base, index, scale } => (Some(base), Some(index), scale, 0),
        O::MemBaseIndexScaleDisp {
            base,
            index,
            scale,
            disp,
        } => (Some(base), Some(index), scale, disp as i64),
        O::AbsoluteU32 { addr } => (None, None, 1, addr as i64),
        O::AbsoluteU64 { addr } => (None, None, 1, addr as i64),
        other => {
            return Err(format!(
                "operand `{other}` is not supported (AVX-512 masking?)"
            ))
        }
    };
    let rip = base.is_some_and(|b| b == RegSpec::rip());
    let mut mem = Mem {
        size: if d.opcode() == Opcode::LEA {
            None
        } else {
            d.mem_size().and_then(|s| s.bytes_size()).map(u16::from)
        },
        segment: match d.prefixes.segment() {
            Segment::FS => register("fs"),
            Segment::GS => register("gs"),
            _ => None,
        },
        base: base.map(reg).transpose()?,
        index: index.map(reg).transpose()?,
        scale,
        disp,
        symbol: None,
    };
    match reloc.filter(|_| field.is_none()) {
        Some((offset, r)) => {
            let size = reloc_size(&r.kind)?;
            *field = Some(CodeReloc {
                offset: offset as u8,
                size,
                pc_relative: rip,
            });
            // A RIP-relative field holds `sym + addend - field`; the operand means `sym + k`
            // with k the addend plus what lies between the field and the instruction's end.
            let k = if rip {
                r.addend + (len - offset) as i64
            } else {
                r.addend
            };
            let (symbol, k) = at.symbol(&r.symbol, k);
            mem.symbol = Some(symbol);
            mem.disp = k;
        }
        // Another function of the listing (its address is known): `lea rax, [rip+f]`.
        None if rip => match (at.target)((at.pc + len as u64).wrapping_add(disp as u64)) {
            Ok(name) if !name.starts_with(".L_") => {
                mem.symbol = Some(name);
                mem.disp = 0;
            }
            _ => {
                return Err(format!(
                    "RIP-relative address {disp:+#x} names no symbol: the listing needs its \
                 relocations (objdump -d -r)"
                ))
            }
        },
        None => {}
    }
    Ok(OperandKind::Mem(mem))
}

#[cfg(test)]
mod tests {
    use super::super::label;
    use super::*;

    fn one(bytes: &[u8]) -> Inst {
        let target = |a: u64| Ok(label(a));
        let at = Place {
            pc: 0,
            span: Default::default(),
            relocs: &[],
            target: &target,
        };
        Inst::decode_one(bytes, &at).expect("decodes").0
    }

    #[test]
    fn sizes_come_from_the_encoding() {
        let i = one(&[0x40, 0x84, 0xf6]);
        assert_eq!(i.mnemonic, "test");
        let regs: Vec<_> = i
            .operands
            .iter()
            .map(|o| match o.kind {
                OperandKind::Reg(r) => reg_info(r).native,
                _ => "?",
            })
            .collect();
        assert_eq!(regs, ["sil", "sil"]);
        let i = one(&[0xf3, 0x48, 0xab]);
        assert_eq!((i.mnemonic.as_str(), i.prefixes.rep), ("stosq", true));
        let i = one(&[0xeb, 0xfe]);
        assert_eq!(i.operands[0].kind, OperandKind::Target(".L_0".to_string()));
    }
}
