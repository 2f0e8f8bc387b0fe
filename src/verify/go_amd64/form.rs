//! One candidate form: an iced `Code` and an alternative of the Go name, applied to operands
//! in Go order. Go's implicit operands are dropped (`X0` of `BLENDVPS`, `F0` of x87), the
//! alternative's order maps Go order to Intel order, each operand must fit its kind, and the
//! width rule of the name must hold.

use crate::isa::amd64::code_info::Info;
use iced_x86::{Code, Instruction, OpCodeOperandKind as K, OpKind, Register};

use super::context::Context;
use super::evex::{self, Suffixes};
use super::kinds::{go_takes_imm, int_width, mem_fits, reg_for, set_mem, vector_len};
use super::names::Alt;
use super::operands::{EncReg, Op};
use crate::isa::amd64::go_names::{Order, Width};
use crate::isa::amd64::iced::{imm_fits, set_imm_operand, set_implicit, ImmRules};

/// Builds an instruction of `code` from operands in Go order, if they fit.
pub(super) fn build(
    code: Code,
    go_ops: &[Op],
    alt: &Alt,
    sfx: Suffixes,
    ctx: &Context,
) -> Option<Instruction> {
    let info = code.info();
    let kinds = info.op_kinds();
    let mut instr = Instruction::default();
    instr.set_code(code);

    let string = kinds.iter().any(|k| matches!(k, K::seg_rSI | K::es_rDI));
    if string && !go_ops.is_empty() {
        return None;
    }

    // Opmask: written just before the destination.
    let mut buf = [Op::Imm(0); 6];
    let mut n = go_ops.len();
    buf[..n].copy_from_slice(go_ops);
    let explicit = kinds
        .iter()
        .filter(|k| !matches!(k, K::seg_rSI | K::es_rDI | K::seg_rDI | K::seg_rBX_al))
        .count();
    if let Some(k) = evex::opmask(info, &buf[..n], explicit)? {
        instr.set_op_mask(k);
        buf[n - 2] = buf[n - 1];
        n -= 1;
    }
    // `BLENDVPS X0, X1, X2`: Go writes the implicit X0 that iced leaves out.
    if n == explicit + 1
        && matches!(buf[0], Op::Reg(EncReg::Exact(Register::XMM0)))
        && info.implicit_xmm0()
    {
        buf.copy_within(1..n, 0);
        n -= 1;
    }
    // `FADDD (BX), F0`, `FCOMD F2, F0`: Go writes the implicit F0.
    if n == explicit + 1
        && matches!(buf[n - 1], Op::Reg(EncReg::Exact(Register::ST0)))
        && !kinds.contains(&K::st0)
    {
        n -= 1;
    }
    let go = &buf[..n];
    let mut intel = [Op::Imm(0); 6];
    match alt.order {
        Order::Reverse => {
            for i in 0..n {
                intel[i] = go[n - 1 - i];
            }
        }
        Order::Same => intel[..n].copy_from_slice(go),
        Order::Explicit(p, len) => {
            if len as usize != n {
                return None;
            }
            for i in 0..n {
                intel[p[i] as usize] = go[i];
            }
        }
    }
    let ops = &intel[..n];

    let mut next = 0usize;
    let mut imms = 0;
    let mut widths = [0u16; 6];
    let mut has_mem = false;
    for (i, &k) in kinds.iter().enumerate() {
        let i = i as u32;
        if set_implicit(&mut instr, i, k, string) {
            continue;
        }
        let op = *ops.get(next)?;
        let pos = next;
        next += 1;
        match op {
            Op::Reg(r) => {
                let reg = reg_for(k, r)?;
                widths[pos] = int_width(k).unwrap_or(0);
                instr.set_op_kind(i, OpKind::Register);
                instr.set_op_register(i, reg);
            }
            Op::Block(r) => {
                if !matches!(k, K::zmmp3_vvvv | K::xmmp3_vvvv)
                    || !(r.is_zmm() && k == K::zmmp3_vvvv || r.is_xmm() && k == K::xmmp3_vvvv)
                {
                    return None;
                }
                instr.set_op_kind(i, OpKind::Register);
                instr.set_op_register(i, r);
            }
            Op::Mem(m) => {
                if !mem_fits(k, &m) {
                    return None;
                }
                widths[pos] = int_width(k).unwrap_or(0);
                if let (Width::Vector(v), Some(l)) = (alt.width, vector_len(k)) {
                    if v != l {
                        return None;
                    }
                }
                has_mem = true;
                instr.set_op_kind(i, OpKind::Memory);
                set_mem(&mut instr, &m);
            }
            Op::Imm(v) => {
                if k == K::imm8_const_1 {
                    if v != 1 {
                        return None;
                    }
                    instr.set_op_kind(i, OpKind::Immediate8);
                    instr.set_immediate8(1);
                    continue;
                }
                if !go_takes_imm(code, k, v) {
                    return None;
                }
                let kind = imm_fits(k, v, ImmRules::Go)?;
                set_imm_operand(&mut instr, i, kind, v, &mut imms);
            }
            Op::Label(_) => {
                let kind = match k {
                    K::br64_1 | K::br64_4 | K::br32_1 | K::br32_4 | K::xbegin_4 => {
                        OpKind::NearBranch64
                    }
                    _ => return None,
                };
                instr.set_op_kind(i, kind);
                instr.set_near_branch64(ctx.pc);
            }
        }
    }
    if next != ops.len() {
        return None;
    }
    // Integer widths from the mnemonic.
    match alt.width {
        Width::All(bits) => {
            let any = widths[..n].iter().any(|w| *w != 0);
            if any {
                if widths[..n].iter().any(|w| *w != 0 && *w != bits) {
                    return None;
                }
            } else {
                let size = info.operand_size() as u16;
                let mem_size = info.memory_size().size() as u16 * 8;
                let fixed = kinds.iter().find_map(|k| int_width(*k));
                if let Some(f) = fixed {
                    if f != bits {
                        return None;
                    }
                } else if size != 0 {
                    if size != bits {
                        return None;
                    }
                } else if has_mem && mem_size != 0 && mem_size != bits && !info.can_broadcast() {
                    return None;
                }
            }
        }
        Width::Each(each) => {
            // Go order: widths were recorded in Intel order.
            if n != 2 {
                return None;
            }
            let (g0, g1) = match alt.order {
                Order::Same => (widths[0], widths[1]),
                _ => (widths[1], widths[0]),
            };
            if g0 != each[0] || g1 != each[1] {
                return None;
            }
        }
        Width::Any | Width::Vector(_) => {}
    }
    evex::apply(&mut instr, info, sfx, has_mem)?;
    Some(instr)
}
