//! The embedded native x86-64 encoder: native IR instruction → the bytes GNU `as` emits for it.
//!
//! Text input carries no bytes, yet the converter needs them for every form Go cannot spell
//! identically (`vmovaps ymm0, ymm1`, `int3`, `vmovq xmm0, QWORD PTR [rdi]`, ...). This module
//! builds an [`iced_x86::Instruction`] from an [`Inst`] and encodes it at address 0.
//!
//! # How a form (`Code`) is chosen
//!
//! Nothing here lists instruction forms. A lazily built index maps each Intel mnemonic to
//! the iced `Code`s that carry it in 64-bit mode (from iced's `OpCodeInfo` tables). For an
//! instruction, every candidate whose operand kinds (`OpCodeOperandKind`) fit the IR
//! operands is encoded, and the winner is the one GNU `as` would pick:
//!
//! 1. VEX (or legacy) before EVEX, even when EVEX's compressed `disp8*N` is shorter;
//! 2. the **shortest encoding**: the sign-extended `83 /0 ib` form when the immediate fits,
//!    the accumulator form `05 id` exactly when it saves a byte, `b8+r` for `mov r32, imm`,
//!    `c7 /0` rather than `movabs` for `mov r64, imm32`, `66 0f c5` for `pextrw r32, x, i`,
//!    and the store opcode of `vmovaps` when only that allows the 2-byte VEX prefix;
//! 3. fewer immediate bytes (`66 83 c0 01` rather than `66 05 01 00` for `add ax, 1`);
//! 4. no REX.W / VEX.W1 (`f3 0f 7e` rather than `66 REX.W 0f 6e` for `movq xmm, m64`);
//! 5. the lowest `Code`, i.e. the lowest opcode: iced orders codes by opcode, and GNU `as`
//!    picks the `89 /r` store form for `mov r, r` and the `0f 28` load form for
//!    `movaps x, x` — in both cases the lower opcode.
//!
//! A 16-bit form (`66 68 iw`) is only taken when an operand is 16 bits wide (`push 1000` is
//! `68 id`), and the Knights Corner VEX codes (which reuse `lzcnt`'s opcode) are left out.
//!
//! Operand sizes come from the registers and from the memory operand's `PTR` size; a memory
//! operand without a size that leaves several sizes possible is an error, as in GNU `as`.
//! Implicit operands (`movsb`'s `[rsi]`/`[rdi]`, the count 1 of `shl eax`) are filled in from
//! the op-code tables. After encoding, legacy prefixes are put in GNU `as` order
//! (segment, `67`, `66`, `f2`/`f3`, `f0`).
//!
//! Intel aliases iced spells differently are normalised first: condition-code synonyms
//! (`cmovz` → `cmove`, `setnae` → `setb`), `sal` → `shl` (GNU encodes `/4`), `movabs` → `mov`
//! restricted to the 64-bit immediate and `moffs` forms, `movsx r64, r/m32` → `movsxd`;
//! `int 3` → `int3` (GNU emits `cc`); GNU's pseudo-ops `cmp<pred>ps`/`vcmp<pred>pd` and
//! `pclmul<sel>dq` become the base instruction plus the immediate. `xchg` and `test` also
//! try their operands swapped (GNU accepts either order).
//!
//! # Symbols
//!
//! An instruction that refers to a symbol (`[rip + .LC0]`, `table[rax*4]`,
//! `OFFSET FLAT:sym`) is encoded with a zero field where the linker would put the value,
//! as in an unlinked object file (`objdump -d` of `as` output), and [`Encoding::reloc`]
//! says where that field is. Such bytes must not be emitted as they are: [`raw`] refuses
//! them with a located error. Branches to labels are not encoded (Go picks its own branch
//! encodings; DESIGN.md §5).
//!
//! The tests (`tests/native_encoder.rs`) hold this encoder against GNU `as` on every vector
//! of `tests/vectors/amd64/rows.txt` and `native_extra.txt`, and (live) on the e2e C corpus
//! compiled by GCC and clang.

use crate::isa::amd64::code_info::Info;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

use iced_x86::{
    Code, Encoder, EncodingKind, Instruction, MemorySize, OpCodeOperandKind as K, OpKind, Register,
};

use crate::diag::{Diagnostic, Span};
use crate::ir::x86::{Inst, Mem, OperandKind};
use crate::isa::amd64::iced::{
    imm_bytes, imm_fits, mnemonic_codes, set_imm, set_imm_operand, set_implicit, ImmRules,
};
use crate::isa::amd64::{
    cmp_predicate, cmp_predicate_synonym, condition_synonym, reg_info, Reg, RegClass, REGISTERS,
};

/// A field of the encoded bytes that holds a symbol's value and was written as zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the field from the start of the instruction.
    pub offset: usize,
    /// Size of the field in bytes (4, or 8 for `movabs r64, OFFSET FLAT:sym`).
    pub size: usize,
    pub symbol: String,
    /// The constant added to the symbol (`.LC0+8` → 8).
    pub addend: i64,
    /// RIP-relative (the field holds `sym + addend - end of instruction`) or absolute.
    pub pc_relative: bool,
}

/// What [`encode_into`] appended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoding {
    /// Number of bytes appended.
    pub len: usize,
    /// Set when the bytes hold a zero placeholder for a symbol (never usable raw).
    pub reloc: Option<Reloc>,
}

/// Encodes `inst` as GNU `as` would. RIP-relative and other symbol references are encoded
/// with a zero field (see [`encode_into`] for where it is).
pub fn encode(inst: &Inst) -> Result<Vec<u8>, Diagnostic> {
    let mut out = Vec::with_capacity(16);
    encode_into(inst, &mut out)?;
    Ok(out)
}

/// Appends the encoding of `inst` to `out` (nothing is appended on error).
pub fn encode_into(inst: &Inst, out: &mut Vec<u8>) -> Result<Encoding, Diagnostic> {
    let mut ops = operands(inst)?;
    let mut mnemonic = inst.mnemonic.as_str();
    let base;
    if let Some((m, imm)) = pseudo_op(mnemonic) {
        base = m;
        mnemonic = &base;
        ops.push(Op::Imm(imm));
    } else if mnemonic == "int" && matches!(ops.as_slice(), [Op::Imm(3)]) {
        // GNU assembles `int 3` as the one-byte breakpoint `cc`.
        mnemonic = "int3";
        ops.clear();
    }
    ENCODER.with(|cell| {
        let enc = &mut *cell.borrow_mut();
        let instr = choose(enc, inst, mnemonic, &ops)?;
        let start = out.len();
        enc.set_buffer(std::mem::take(out));
        let result = enc.encode(&instr, 0);
        let offsets = enc.get_constant_offsets();
        *out = enc.take_buffer();
        if let Err(e) = result {
            out.truncate(start);
            return Err(Diagnostic::error(
                inst.span,
                format!("cannot encode `{}`: {e}", intel_text(inst)),
            ));
        }
        let bytes = &mut out[start..];
        gnu_prefix_order(bytes);
        let mut reloc = None;
        for op in &ops {
            match op {
                Op::Mem(m, _) if m.rip || m.symbol.is_some() => {
                    let (at, size) = (offsets.displacement_offset(), offsets.displacement_size());
                    let field = &mut bytes[at..at + size];
                    match m.symbol {
                        Some(symbol) => {
                            field.fill(0);
                            reloc = Some(Reloc {
                                offset: at,
                                size,
                                symbol: symbol.to_string(),
                                addend: m.disp,
                                pc_relative: m.rip,
                            });
                        }
                        // `[rip + 16]`: the displacement is the written number.
                        None => field.copy_from_slice(&(m.disp as i32).to_le_bytes()[..size]),
                    }
                }
                Op::Sym(symbol, addend) => {
                    let (at, size) = (offsets.immediate_offset(), offsets.immediate_size());
                    bytes[at..at + size].fill(0);
                    reloc = Some(Reloc {
                        offset: at,
                        size,
                        symbol: symbol.to_string(),
                        addend: *addend,
                        pc_relative: false,
                    });
                }
                _ => {}
            }
        }
        Ok(Encoding {
            len: out.len() - start,
            reloc,
        })
    })
}

/// The bytes and the comment text of a raw `BYTE` fallback for `inst`. Refuses instructions
/// whose bytes would need a relocation (symbol and RIP-relative operands): their placeholder
/// bytes are not the instruction.
pub fn raw(inst: &Inst) -> Result<(Vec<u8>, String), Diagnostic> {
    crate::map::amd64::refuse_symbols_in_raw(inst)?;
    Ok((encode(inst)?, intel_text(inst)))
}

/// Canonical Intel text of an instruction, as GNU `as` accepts it and `objdump -M intel`
/// prints it: `lock add DWORD PTR [rdi+rcx*4+8], eax`, `vmovaps ymm0, ymm1`.
pub fn intel_text(inst: &Inst) -> String {
    let mut s = String::with_capacity(32);
    for (on, p) in [
        (inst.prefixes.lock, "lock "),
        (inst.prefixes.rep, "rep "),
        (inst.prefixes.repne, "repne "),
    ] {
        if on {
            s.push_str(p);
        }
    }
    s.push_str(&inst.mnemonic);
    for (i, op) in inst.operands.iter().enumerate() {
        s.push_str(if i == 0 { " " } else { ", " });
        operand_text(&mut s, &op.kind);
    }
    s
}

fn operand_text(s: &mut String, op: &OperandKind) {
    match op {
        OperandKind::Reg(r) => s.push_str(reg_info(*r).native),
        OperandKind::Imm(v) => {
            let _ = write!(s, "{v}");
        }
        OperandKind::SymbolAddr { symbol, offset } => {
            let _ = write!(s, "OFFSET FLAT:{symbol}");
            if *offset != 0 {
                let _ = write!(s, "{offset:+}");
            }
        }
        OperandKind::Target(t) => s.push_str(t),
        OperandKind::Indirect(inner) => operand_text(s, inner),
        OperandKind::Mem(m) => mem_text(s, m),
    }
}

fn mem_text(s: &mut String, m: &Mem) {
    if let Some(size) = m.size {
        let name = match size {
            1 => "BYTE",
            2 => "WORD",
            4 => "DWORD",
            8 => "QWORD",
            10 => "TBYTE",
            16 => "XMMWORD",
            32 => "YMMWORD",
            64 => "ZMMWORD",
            _ => "",
        };
        if !name.is_empty() {
            let _ = write!(s, "{name} PTR ");
        }
    }
    if let Some(seg) = m.segment {
        let _ = write!(s, "{}:", reg_info(seg).native);
    }
    s.push('[');
    let mut any = false;
    if let Some(b) = m.base {
        s.push_str(reg_info(b).native);
        any = true;
    }
    if let Some(i) = m.index {
        if any {
            s.push('+');
        }
        let _ = write!(s, "{}*{}", reg_info(i).native, m.scale.max(1));
        any = true;
    }
    if let Some(sym) = &m.symbol {
        if any {
            s.push('+');
        }
        s.push_str(sym);
        any = true;
    }
    if m.disp != 0 || !any {
        if any {
            let _ = write!(s, "{:+}", m.disp);
        } else {
            let _ = write!(s, "{}", m.disp);
        }
    }
    s.push(']');
}

// ---- operands ---------------------------------------------------------------------------

/// A memory operand in iced terms.
#[derive(Debug, Clone, Copy)]
struct MemOp<'a> {
    base: Register,
    index: Register,
    scale: u32,
    disp: i64,
    segment: Register,
    /// Size in bytes when stated.
    size: Option<u16>,
    rip: bool,
    symbol: Option<&'a str>,
}

#[derive(Debug, Clone, Copy)]
enum Op<'a> {
    Reg(Register),
    Mem(MemOp<'a>, Span),
    Imm(i64),
    /// `OFFSET FLAT:sym+addend`: an immediate the linker fills in.
    Sym(&'a str, i64),
}

/// The iced register for each entry of `mappings/amd64/registers.tbl`.
static REGS: LazyLock<Vec<Register>> = LazyLock::new(|| {
    let by_name: HashMap<String, Register> = Register::values()
        .map(|r| {
            let name = format!("{r:?}").to_ascii_lowercase();
            // iced spells the low bytes of r8-r15 `r8l`; Intel and GNU `r8b`.
            let name = match name.strip_suffix('l') {
                Some(n) if n.starts_with('r') && n[1..].parse::<u8>().is_ok() => format!("{n}b"),
                _ => name,
            };
            (name, r)
        })
        .collect();
    REGISTERS
        .iter()
        .map(|info| by_name.get(info.native).copied().unwrap_or(Register::None))
        .collect()
});

fn iced_reg(r: Reg, span: Span) -> Result<Register, Diagnostic> {
    match REGS.get(r.0 as usize).copied() {
        Some(reg) if reg != Register::None => Ok(reg),
        _ => Err(Diagnostic::error(
            span,
            format!("register `{}` has no x86-64 encoding", reg_info(r).native),
        )),
    }
}

fn operands(inst: &Inst) -> Result<Vec<Op<'_>>, Diagnostic> {
    let mut ops = Vec::with_capacity(inst.operands.len());
    for op in &inst.operands {
        let mut kind = &op.kind;
        if let OperandKind::Indirect(inner) = kind {
            kind = inner;
        }
        ops.push(match kind {
            OperandKind::Reg(r) => {
                if reg_info(*r).class == RegClass::Rip {
                    return Err(Diagnostic::error(
                        op.span,
                        "`rip` used outside a memory operand",
                    ));
                }
                Op::Reg(iced_reg(*r, op.span)?)
            }
            OperandKind::Imm(v) => Op::Imm(*v),
            OperandKind::SymbolAddr { symbol, offset } => Op::Sym(symbol, *offset),
            OperandKind::Mem(m) => {
                let base = m.base.map(|b| iced_reg(b, op.span)).transpose()?;
                let rip = base == Some(Register::RIP);
                let index = m.index.map(|i| iced_reg(i, op.span)).transpose()?;
                if !(i32::MIN as i64..=i32::MAX as i64).contains(&m.disp) && m.symbol.is_none() {
                    return Err(Diagnostic::error(
                        op.span,
                        "displacement does not fit in 32 bits",
                    ));
                }
                Op::Mem(
                    MemOp {
                        base: base.unwrap_or(Register::None),
                        index: index.unwrap_or(Register::None),
                        scale: if index.is_some() {
                            m.scale.max(1) as u32
                        } else {
                            1
                        },
                        disp: m.disp,
                        segment: m
                            .segment
                            .map(|s| iced_reg(s, op.span))
                            .transpose()?
                            .unwrap_or(Register::None),
                        size: m.size,
                        rip,
                        symbol: m.symbol.as_deref(),
                    },
                    op.span,
                )
            }
            OperandKind::Target(_) => {
                return Err(Diagnostic::error(
                    op.span,
                    "branches to labels are not encoded natively",
                )
                .expected("a non-branch instruction")
                .help("Go chooses its own branch encodings; branches are emitted as Go jumps"))
            }
            OperandKind::Indirect(_) => {
                return Err(Diagnostic::error(op.span, "nested indirect operand"))
            }
        });
    }
    Ok(ops)
}

// ---- GNU's mnemonic synonyms -------------------------------------------------------------

/// GNU's pseudo-ops that are a base instruction plus an immediate: `cmpltps x, y` is
/// `cmpps x, y, 1`, `vcmpneq_oqpd` is `vcmppd ..., 12`, `pclmulhqlqdq` is `pclmulqdq ..., 1`.
fn pseudo_op(mnemonic: &str) -> Option<(String, i64)> {
    let (v, rest) = match mnemonic.strip_prefix('v') {
        Some(rest) => ("v", rest),
        None => ("", mnemonic),
    };
    if let Some(pred) = rest.strip_prefix("cmp") {
        let (pred, suffix) = pred.split_at(pred.len().checked_sub(2)?);
        if !matches!(suffix, "ps" | "pd" | "ss" | "sd") || pred.is_empty() {
            return None;
        }
        let pred = cmp_predicate_synonym(pred);
        let n = cmp_predicate(pred)?;
        if v.is_empty() && n >= 8 {
            return None;
        }
        return Some((format!("{v}cmp{suffix}"), n));
    }
    let sel = rest.strip_prefix("pclmul")?.strip_suffix("dq")?;
    let imm = match sel {
        "lqlq" => 0x00,
        "hqlq" => 0x01,
        "lqhq" => 0x10,
        "hqhq" => 0x11,
        _ => return None,
    };
    Some((format!("{v}pclmulqdq"), imm))
}

/// The candidate codes for an Intel mnemonic, after normalising GNU's synonyms.
fn candidates(mnemonic: &str) -> Vec<Code> {
    let get = mnemonic_codes;
    for prefix in ["cmov", "set", "j"] {
        if let Some(cc) = mnemonic.strip_prefix(prefix).and_then(condition_synonym) {
            return get(&format!("{prefix}{cc}")).to_vec();
        }
    }
    match mnemonic {
        // GNU encodes `sal` as `shl` (/4); iced's `Sal` codes are the /6 alias.
        "sal" => get("shl").to_vec(),
        "movabs" => get("mov")
            .iter()
            .copied()
            .filter(|c| {
                c.info()
                    .op_kinds()
                    .iter()
                    .any(|k| matches!(k, K::imm64 | K::mem_offs))
            })
            .collect(),
        "movsx" => get("movsx").iter().chain(get("movsxd")).copied().collect(),
        "xlat" => get("xlatb").to_vec(),
        m => get(m)
            .iter()
            .copied()
            // `moffs` forms are only chosen when spelled `movabs`.
            .filter(|c| !c.info().op_kinds().contains(&K::mem_offs))
            .collect(),
    }
}

// ---- fitting operands to a code ---------------------------------------------------------

fn reg_fits(k: K, r: Register) -> bool {
    match k {
        K::r8_reg | K::r8_opcode | K::r8_or_mem => r.is_gpr8(),
        K::r16_reg | K::r16_rm | K::r16_opcode | K::r16_or_mem => r.is_gpr16(),
        K::r32_reg | K::r32_rm | K::r32_opcode | K::r32_vvvv | K::r32_or_mem => r.is_gpr32(),
        K::r64_reg | K::r64_rm | K::r64_opcode | K::r64_vvvv | K::r64_or_mem => r.is_gpr64(),
        K::xmm_reg | K::xmm_rm | K::xmm_vvvv | K::xmm_is4 | K::xmm_is5 | K::xmm_or_mem => {
            r.is_xmm()
        }
        K::ymm_reg | K::ymm_rm | K::ymm_vvvv | K::ymm_is4 | K::ymm_is5 | K::ymm_or_mem => {
            r.is_ymm()
        }
        K::zmm_reg | K::zmm_rm | K::zmm_vvvv | K::zmm_or_mem => r.is_zmm(),
        K::seg_reg => r.is_segment_register(),
        K::al => r == Register::AL,
        K::cl => r == Register::CL,
        K::ax => r == Register::AX,
        K::dx => r == Register::DX,
        K::eax => r == Register::EAX,
        K::rax => r == Register::RAX,
        K::es => r == Register::ES,
        K::cs => r == Register::CS,
        K::ss => r == Register::SS,
        K::ds => r == Register::DS,
        K::fs => r == Register::FS,
        K::gs => r == Register::GS,
        _ => false,
    }
}

fn mem_fits(k: K, m: &MemOp, size: MemorySize) -> bool {
    let vsib = match k {
        K::mem
        | K::r8_or_mem
        | K::r16_or_mem
        | K::r32_or_mem
        | K::r64_or_mem
        | K::xmm_or_mem
        | K::ymm_or_mem
        | K::zmm_or_mem => None,
        K::mem_offs => {
            return m.base == Register::None && m.index == Register::None && !m.rip;
        }
        K::mem_vsib32x | K::mem_vsib64x => Some(Register::is_xmm as fn(Register) -> bool),
        K::mem_vsib32y | K::mem_vsib64y => Some(Register::is_ymm as fn(Register) -> bool),
        K::mem_vsib32z | K::mem_vsib64z => Some(Register::is_zmm as fn(Register) -> bool),
        _ => return false,
    };
    let index_ok = match vsib {
        None => m.index == Register::None || m.index.is_gpr64(),
        Some(is_vec) => is_vec(m.index),
    };
    let base_ok = m.base == Register::None || m.base.is_gpr64() || m.rip;
    let want = size.size();
    let size_ok = match m.size {
        Some(got) => want == 0 || got as usize == want,
        None => true,
    };
    index_ok && base_ok && size_ok
}

fn set_mem(instr: &mut Instruction, m: &MemOp) {
    if m.rip {
        instr.set_memory_base(Register::RIP);
        instr.set_memory_displacement64(0);
        instr.set_memory_displ_size(8);
    } else {
        instr.set_memory_base(m.base);
        instr.set_memory_index(m.index);
        instr.set_memory_index_scale(m.scale);
        let disp = if m.symbol.is_some() { 0 } else { m.disp };
        instr.set_memory_displacement64(disp as u64);
        // 1: the shortest that fits; 8: a full 32-bit field for a symbol.
        instr.set_memory_displ_size(if m.symbol.is_some() {
            8
        } else if disp != 0 {
            1
        } else {
            0
        });
    }
    instr.set_segment_prefix(m.segment);
}

/// Builds an instruction of `code` from the operands, or `None` if they do not fit.
fn build(code: Code, ops: &[Op], inst: &Inst) -> Option<Instruction> {
    let info = code.info();
    let kinds = info.op_kinds();
    let mut instr = Instruction::default();
    instr.set_code(code);
    // String instructions (`movsb`, `rep stosq`, `lodsd`) are written without operands: all
    // of theirs (`[rsi]`, `es:[rdi]`, `al`...) are implicit.
    let string = kinds
        .iter()
        .any(|k| matches!(k, K::seg_rSI | K::es_rDI | K::seg_rDI));
    if string && !ops.is_empty() {
        return None;
    }
    // A 16-bit form (`66 68 iw` for `push 1000`) only when an operand says 16 bits: GNU
    // uses the default operand size otherwise.
    if info.operand_size() == 16
        && !ops.is_empty()
        && !ops.iter().any(|o| match o {
            Op::Reg(r) => r.is_gpr16() || r.is_segment_register(),
            Op::Mem(m, _) => m.size == Some(2),
            _ => false,
        })
    {
        return None;
    }
    let mut ops = ops;
    // `blendvps xmm1, xmm2, xmm0`: GNU writes the implicit `xmm0` that iced leaves out.
    if ops.len() == kinds.len() + 1
        && matches!(ops.last(), Some(Op::Reg(Register::XMM0)))
        && info.implicit_xmm0()
    {
        ops = &ops[..kinds.len()];
    }
    let mut next = 0usize;
    let mut imms = 0;
    for (i, &k) in kinds.iter().enumerate() {
        let i = i as u32;
        // Implicit operands the Intel text leaves out.
        if set_implicit(&mut instr, i, k, string) {
            continue;
        }
        if k == K::imm8_const_1 {
            // `shl eax` and `shl eax, 1` are both `d1 /4`.
            match ops.get(next) {
                Some(Op::Imm(1)) => next += 1,
                None => {}
                _ => return None,
            }
            instr.set_op_kind(i, OpKind::Immediate8);
            instr.set_immediate8(1);
            continue;
        }
        let op = ops.get(next)?;
        next += 1;
        match *op {
            Op::Reg(r) => {
                if !reg_fits(k, r) {
                    return None;
                }
                instr.set_op_kind(i, OpKind::Register);
                instr.set_op_register(i, r);
            }
            Op::Mem(ref m, _) => {
                if !mem_fits(k, m, info.memory_size()) {
                    return None;
                }
                if k == K::mem_offs {
                    instr.set_op_kind(i, OpKind::Memory);
                    instr.set_memory_displacement64(m.disp as u64);
                    instr.set_memory_displ_size(8);
                    instr.set_segment_prefix(m.segment);
                    continue;
                }
                instr.set_op_kind(i, OpKind::Memory);
                set_mem(&mut instr, m);
            }
            Op::Imm(v) => {
                let kind = imm_fits(k, v, ImmRules::Gnu)?;
                set_imm_operand(&mut instr, i, kind, v, &mut imms);
            }
            Op::Sym(..) => {
                // A symbol's value needs a full field: imm32 (zero- or sign-extended) or imm64.
                let kind = match k {
                    K::imm32 => OpKind::Immediate32,
                    K::imm32sex64 => OpKind::Immediate32to64,
                    K::imm64 => OpKind::Immediate64,
                    _ => return None,
                };
                instr.set_op_kind(i, kind);
                set_imm(&mut instr, kind, 0);
            }
        }
    }
    if next != ops.len() {
        return None;
    }
    instr.set_has_lock_prefix(inst.prefixes.lock);
    instr.set_has_rep_prefix(inst.prefixes.rep);
    instr.set_has_repne_prefix(inst.prefixes.repne);
    Some(instr)
}

thread_local! {
    static ENCODER: RefCell<Encoder> = RefCell::new(Encoder::new(64));
}

/// Length of `instr`'s encoding, if iced can encode it.
fn trial(enc: &mut Encoder, instr: &Instruction) -> Option<usize> {
    let len = enc.encode(instr, 0).ok();
    let mut buf = enc.take_buffer();
    buf.clear();
    enc.set_buffer(buf);
    len
}

/// How GNU `as` ranks a candidate (see [`preference`]): the least wins.
type Preference = (bool, usize, usize, bool, u8, u32);

/// Sort key of a candidate that encodes in `len` bytes; the least is what GNU `as` picks.
fn preference(code: Code, len: usize) -> Preference {
    let info = code.info();
    let encoding = info.encoding();
    // Immediate bytes: `66 83 c0 01` (imm8) rather than `66 05 01 00` for `add ax, 1`.
    let imm = imm_bytes(info.op_kinds());
    (
        // EVEX only for what VEX cannot do, even when disp8*N makes it shorter.
        encoding == EncodingKind::EVEX,
        len,
        imm,
        // `f3 0f 7e` rather than `66 REX.W 0f 6e` for `movq xmm, m64` (same length), and
        // likewise VEX.W0 before VEX.W1 for `vmovq`.
        if encoding == EncodingKind::Legacy {
            info.operand_size() == 64
        } else {
            info.w() == 1
        },
        match encoding {
            EncodingKind::Legacy => 0,
            EncodingKind::VEX => 1,
            _ => 2,
        },
        code as u32,
    )
}

/// What [`choose`]'s result depends on, value by value: the registers, the immediates' and
/// displacements' classes ([`super::imm_class`], [`super::disp_class`]), the memory operands'
/// form, the prefixes (the mnemonic is the outer key).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Reg(Register),
    Mem {
        base: Register,
        index: Register,
        scale: u32,
        segment: Register,
        size: Option<u16>,
        rip: bool,
        symbol: bool,
        disp: u8,
    },
    Imm(u16),
    Sym,
    None,
}

type ShapeKey = ([Shape; 6], [bool; 3]);
type Choices = super::FxMap<String, super::FxMap<ShapeKey, (Code, bool)>>;

thread_local! {
    /// mnemonic → shape → (code, operands swapped): [`choose`]'s earlier answers.
    static CHOICES: RefCell<Choices> =
        RefCell::new(Default::default());
}

fn shape_key(inst: &Inst, ops: &[Op]) -> Option<ShapeKey> {
    let mut shapes = [Shape::None; 6];
    if ops.len() > shapes.len() {
        return None;
    }
    for (s, op) in shapes.iter_mut().zip(ops) {
        *s = match *op {
            Op::Reg(r) => Shape::Reg(r),
            Op::Mem(ref m, _) => Shape::Mem {
                base: m.base,
                index: m.index,
                scale: m.scale,
                segment: m.segment,
                size: m.size,
                rip: m.rip,
                symbol: m.symbol.is_some(),
                // `mem_offs` writes the displacement in a fixed 8-byte field.
                disp: super::disp_class(m.disp),
            },
            Op::Imm(v) => Shape::Imm(super::imm_class(v)),
            Op::Sym(..) => Shape::Sym,
        };
    }
    let p = &inst.prefixes;
    Some((shapes, [p.lock, p.rep, p.repne]))
}

/// Picks the form GNU `as` would (see [`choose_by_trial`]), trying the candidates once per
/// shape of operands.
fn choose(
    enc: &mut Encoder,
    inst: &Inst,
    mnemonic: &str,
    ops: &[Op],
) -> Result<Instruction, Diagnostic> {
    let key = shape_key(inst, ops);
    if let Some(key) = &key {
        let known = CHOICES.with(|c| c.borrow().get(mnemonic).and_then(|m| m.get(key)).copied());
        if let Some((code, swapped)) = known {
            let instr = if swapped {
                build(code, &[ops[1], ops[0]], inst)
            } else {
                build(code, ops, inst)
            };
            if let Some(instr) = instr {
                return Ok(instr);
            }
        }
    }
    let (instr, swapped) = choose_by_trial(enc, inst, mnemonic, ops)?;
    if let Some(key) = key {
        CHOICES.with(|c| super::remember(c, mnemonic, key, (instr.code(), swapped)));
    }
    Ok(instr)
}

/// Picks the form GNU `as` would: shortest, then legacy < VEX < EVEX, then lowest opcode.
/// Also says whether the operands were read swapped (`xchg`, `test`).
fn choose_by_trial(
    enc: &mut Encoder,
    inst: &Inst,
    mnemonic: &str,
    ops: &[Op],
) -> Result<(Instruction, bool), Diagnostic> {
    let codes = candidates(mnemonic);
    if codes.is_empty() {
        return Err(Diagnostic::error(
            inst.span,
            format!(
                "`{}` is not an x86-64 instruction the native encoder knows",
                inst.mnemonic
            ),
        ));
    }
    // `xchg` of the accumulator with itself: GNU writes `xchg eax, eax` as `87 c0` (it
    // zero-extends RAX; `90` would not) and `xchg rax, rax` as the plain `90`.
    if mnemonic == "xchg" {
        match ops {
            [Op::Reg(Register::EAX), Op::Reg(Register::EAX)] => {
                let xchg = Instruction::with2(Code::Xchg_rm32_r32, Register::EAX, Register::EAX);
                return Ok((
                    xchg.map_err(|e| Diagnostic::error(inst.span, e.to_string()))?,
                    false,
                ));
            }
            [Op::Reg(Register::RAX), Op::Reg(Register::RAX)] => {
                return Ok((Instruction::with(Code::Nopd), false))
            }
            _ => {}
        }
    }
    let swapped: Vec<Op>;
    let mut orders: Vec<&[Op]> = vec![ops];
    if matches!(mnemonic, "xchg" | "test") && ops.len() == 2 {
        swapped = vec![ops[1], ops[0]];
        orders.push(&swapped);
    }
    let unsized_mem = ops
        .iter()
        .any(|o| matches!(o, Op::Mem(m, _) if m.size.is_none()));
    let mut best: Option<(Preference, Instruction, bool)> = None;
    let mut mem_sizes: Vec<usize> = Vec::new();
    for (n, order) in orders.iter().enumerate() {
        // `test r, m` is only read swapped when it does not fit as written.
        if n > 0 && mnemonic == "test" && best.is_some() {
            break;
        }
        for &code in &codes {
            // `jmp *(%rax)`/`call *(%rax)`: GNU as takes an unsized operand as the near
            // 64-bit form, never a far pointer.
            if unsized_mem
                && matches!(
                    code.info().memory_size(),
                    iced_x86::MemorySize::SegPtr16
                        | iced_x86::MemorySize::SegPtr32
                        | iced_x86::MemorySize::SegPtr64
                )
            {
                continue;
            }
            let Some(instr) = build(code, order, inst) else {
                continue;
            };
            let Some(len) = trial(enc, &instr) else {
                continue;
            };
            if unsized_mem {
                let size = code.info().memory_size().size();
                if size != 0 && !mem_sizes.contains(&size) {
                    mem_sizes.push(size);
                }
            }
            let key = preference(code, len);
            if best.as_ref().map_or(true, |(k, _, _)| key < *k) {
                best = Some((key, instr, n > 0));
            }
        }
    }
    if mem_sizes.len() > 1 {
        let span = ops
            .iter()
            .find_map(|o| match o {
                Op::Mem(m, s) if m.size.is_none() => Some(*s),
                _ => None,
            })
            .unwrap_or(inst.span);
        return Err(Diagnostic::error(span, "memory operand size is ambiguous")
            .expected("a size: `BYTE PTR`, `WORD PTR`, `DWORD PTR`, `QWORD PTR`, ..."));
    }
    match best {
        Some((_, instr, swapped)) => Ok((instr, swapped)),
        None => Err(Diagnostic::error(
            inst.span,
            format!(
                "the native encoder has no form of `{}` for these operands",
                inst.mnemonic
            ),
        )
        .expected(format!(
            "one of: {}",
            codes
                .iter()
                .map(|c| c.op_code().instruction_string().to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join("; ")
        ))),
    }
}

/// Rank of a legacy prefix in GNU `as` order, or `None` for a byte that is not one.
fn prefix_rank(b: u8) -> Option<u8> {
    Some(match b {
        0x26 | 0x2e | 0x36 | 0x3e | 0x64 | 0x65 => 1,
        0x67 => 2,
        0x66 => 3,
        0xf2 | 0xf3 => 4,
        0xf0 => 5,
        _ => return None,
    })
}

/// iced writes `f0 66`, GNU `as` `66 f0` (segment, address size, operand size, rep, lock).
fn gnu_prefix_order(bytes: &mut [u8]) {
    let n = bytes
        .iter()
        .take_while(|b| prefix_rank(**b).is_some())
        .count();
    if n > 1 {
        bytes[..n].sort_by_key(|b| prefix_rank(*b));
    }
}
