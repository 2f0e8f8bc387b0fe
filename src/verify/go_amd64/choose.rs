//! Go's choice among the forms that fit: every candidate `Code` of every alternative is
//! built ([`super::form`]), trial-encoded and ranked ([`preference`]); Go's own rewrite
//! (`MOVQ $imm, reg` as `MOVL`) is [`effective`]. The winner per mnemonic and operand shape
//! is remembered ([`Shape`]), so repeated shapes skip the search.

use crate::isa::amd64::code_info::Info;
use std::cell::RefCell;

use iced_x86::{Code, Encoder, EncodingKind, Instruction, OpKind, Register};

use super::context::{Context, Encoded, PcRel};
use super::evex::{self, Suffixes};
use super::form::build;
use super::kinds::is_rm_kind;
use super::names::{alternatives, describe, intel_codes, Alt, EMPTY_ALT};
use super::operands::{EncReg, Op};
use crate::ir::go::GoOperand;
use crate::isa::amd64::go_names::{Order, Rule, Width};
use crate::isa::amd64::iced::imm_bytes;
use crate::verify::{disp_class, imm_class, remember, EncodeError, FxMap};

thread_local! {
    /// The iced encoder, reused (with its buffer) for every trial and encoding.
    static ENCODER: RefCell<Encoder> = RefCell::new(Encoder::new(64));
}

/// What the choice among the forms depends on, operand by operand: the registers, the
/// immediates' and displacements' classes ([`imm_class`], [`disp_class`]), the
/// memory operands' form (the mnemonic, with its suffixes, is the outer key).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Reg(EncReg),
    Block(Register),
    Mem {
        base: Register,
        index: Register,
        scale: u32,
        segment: Register,
        rip: bool,
        disp: u8,
    },
    Imm(u16),
    None,
}

type ShapeKey = [Shape; 6];
type Choices = FxMap<String, FxMap<ShapeKey, (usize, Code)>>;

thread_local! {
    /// Go mnemonic → shape → (alternative, code): [`encode_lowered`]'s earlier choices.
    static CHOICES: RefCell<Choices> = RefCell::new(Default::default());
}

/// `None` for operands whose encoding depends on more than their shape (labels).
fn shape_key(ops: &[Op]) -> Option<ShapeKey> {
    let mut shapes = [Shape::None; 6];
    if ops.len() > shapes.len() {
        return None;
    }
    for (s, op) in shapes.iter_mut().zip(ops) {
        *s = match *op {
            Op::Reg(r) => Shape::Reg(r),
            Op::Block(r) => Shape::Block(r),
            Op::Mem(m) => Shape::Mem {
                base: m.base,
                index: m.index,
                scale: m.scale,
                segment: m.segment,
                rip: m.rip,
                disp: disp_class(m.disp),
            },
            Op::Imm(v) => Shape::Imm(imm_class(v)),
            Op::Label(_) => return None,
        };
    }
    Some(shapes)
}

/// The alternative as applied to `ops` (Go's `MOVQ $imm, reg` → `MOVL` rule), and its codes.
fn effective(alt: &Alt, ops: &[Op]) -> (Alt, &'static [Code]) {
    if alt.rule == Rule::MovqImm {
        if let [Op::Imm(v), Op::Reg(EncReg::Gpr(_))] = ops {
            if (0..=u32::MAX as i64).contains(v) {
                let movl = Alt {
                    codes: &[],
                    width: Width::All(32),
                    order: Order::Reverse,
                    rule: Rule::None,
                };
                return (movl, intel_codes("mov"));
            }
        }
    }
    (*alt, alt.codes)
}

/// Go's ranking of the forms that fit: the least wins.
type Preference = (bool, bool, usize, usize, bool, u32);

fn preference(code: Code, len: usize, instr: &Instruction) -> Preference {
    let info = code.info();
    let encoding = info.encoding();
    let kinds = info.op_kinds();
    let imm = imm_bytes(kinds);
    let vex = matches!(encoding, EncodingKind::VEX | EncodingKind::EVEX);
    // VEX/EVEX register-register: Go's tables list the store form first.
    let load_form = vex
        && kinds.first().is_some_and(|k| !is_rm_kind(*k))
        && (0..instr.op_count()).all(|i| instr.op_kind(i) != OpKind::Memory);
    (
        encoding == EncodingKind::EVEX,
        load_form,
        len,
        imm,
        if encoding == EncodingKind::Legacy {
            info.operand_size() == 64
        } else {
            info.w() == 1
        },
        code as u32,
    )
}

/// Encodes operands lowered from `operands` (whose labels name the branch targets).
pub(super) fn encode_lowered(
    mnemonic: &str,
    base: &str,
    sfx: Suffixes,
    operands: &[GoOperand],
    ops: &[Op],
    ctx: &Context,
    out: &mut Vec<u8>,
) -> Result<Encoded, EncodeError> {
    let n = ops.len();
    let branch = ops.iter().any(|o| matches!(o, Op::Label(_)));
    let mut scratch = [EMPTY_ALT; 2];
    let alts = alternatives(base, &mut scratch).ok_or_else(|| {
        EncodeError::new(format!(
            "`{base}` is not an amd64 instruction the Go encoder knows"
        ))
    })?;

    // Non-branch choices depend on the operands' shape only (see `Shape`); a PC far from 0
    // could make a RIP-relative trial fail, so those are not memoised.
    let key = (!branch && ctx.pc < 1 << 30)
        .then(|| shape_key(ops))
        .flatten();
    let known = key.as_ref().and_then(|key| {
        CHOICES.with(|c| c.borrow().get(mnemonic).and_then(|m| m.get(key)).copied())
    });
    let rebuilt = known.and_then(|(i, code)| {
        let (alt_eff, _) = effective(&alts[i], ops);
        build(code, ops, &alt_eff, sfx, ctx)
    });

    ENCODER.with(|cell| {
        let enc = &mut *cell.borrow_mut();
        let mut best: Option<(Preference, Instruction, usize)> = None;
        if let Some(instr) = rebuilt {
            best = Some(((false, false, 0, 0, false, 0), instr, 0));
        }
        for (alt_index, alt) in alts.iter().enumerate() {
            if rebuilt.is_some() {
                break;
            }
            let mut alt_ops = [Op::Imm(0); 6];
            alt_ops[..n].copy_from_slice(ops);
            let (alt_eff, codes) = effective(alt, ops);
            for &code in codes {
                let Some(mut instr) = build(code, &alt_ops[..n], &alt_eff, sfx, ctx) else {
                    continue;
                };
                if branch {
                    instr.set_near_branch64(target(ctx, operands, ops)?);
                }
                let Some(len) = trial(enc, &instr, ctx.pc) else {
                    continue;
                };
                let key = preference(code, len, &instr);
                if best.as_ref().map_or(true, |(k, _, _)| key < *k) {
                    best = Some((key, instr, alt_index));
                }
            }
            if alt.rule == Rule::First && best.is_some() {
                break;
            }
        }
        if let (Some(key), Some((_, instr, alt_index)), None) = (key, &best, rebuilt) {
            CHOICES.with(|c| remember(c, mnemonic, key, (*alt_index, instr.code())));
        }
        let Some((_, instr, _)) = best else {
            if let Some(&Op::Label(i)) = ops.iter().find(|o| matches!(o, Op::Label(_))) {
                if let GoOperand::Label(name) = &operands[i] {
                    return Err(EncodeError::new(format!("`{name}` is not a register"))
                        .at(i)
                        .expected("a Go register (`AX`, `R8`, `X0`, `K1`...); labels are only branch targets"));
                }
            }
            return Err(
                EncodeError::new(format!("`{mnemonic}` does not take these operands"))
                    .expected(describe(alts)),
            );
        };
        let start = out.len();
        enc.set_buffer(std::mem::take(out));
        let result = enc.encode(&instr, ctx.pc);
        let offsets = enc.get_constant_offsets();
        *out = enc.take_buffer();
        if let Err(e) = result {
            out.truncate(start);
            return Err(EncodeError::new(format!("cannot encode `{mnemonic}`: {e}")));
        }
        evex::sae_vector_length(sfx, &instr, &mut out[start..]);
        let mut pc_rel = None;
        if ops.iter().any(|o| matches!(o, Op::Mem(m) if m.rip)) {
            let at = offsets.displacement_offset();
            out[start + at..start + at + 4].fill(0);
            pc_rel = Some(PcRel { offset: at });
        }
        Ok(Encoded {
            len: out.len() - start,
            pc_rel,
            branch,
        })
    })
}

/// The address of the label operand, if there is one and the caller gave label addresses.
fn target(ctx: &Context, operands: &[GoOperand], ops: &[Op]) -> Result<u64, EncodeError> {
    let Some(&Op::Label(i)) = ops.iter().find(|o| matches!(o, Op::Label(_))) else {
        return Ok(ctx.pc);
    };
    let GoOperand::Label(name) = &operands[i] else {
        return Ok(ctx.pc);
    };
    match ctx.labels {
        None => Ok(ctx.pc),
        Some(labels) => labels.get(name.as_str()).copied().ok_or_else(|| {
            EncodeError::new(format!(
                "`{name}` is neither a register nor a label of this function"
            ))
            .at(i)
        }),
    }
}

/// Length of `instr`'s encoding, if iced can encode it.
fn trial(enc: &mut Encoder, instr: &Instruction, pc: u64) -> Option<usize> {
    let len = enc.encode(instr, pc).ok();
    let mut buf = enc.take_buffer();
    buf.clear();
    enc.set_buffer(buf);
    len
}
