//! amd64's view of native stack use ([`NativeFrame`] for System V bodies): which Go
//! instructions move SP, which Go's assembler tracks (`PUSHQ/POPQ/ADJSP`; `SUBQ $n, SP` is
//! not tracked and marks the function SPWRITE), and the stack check through `(TLS)`.

use super::{Flags, NativeFrame, SpEffect, BUDGET_EXCEEDED};
use crate::ir::go::{Amd64File, Amd64Reg, GoInst, GoItem, GoOperand, GoReg, Origin};

pub struct Amd64Frame;

const SP: GoReg = Amd64Reg::gpr(4);
const BP: GoReg = Amd64Reg::gpr(5);
/// Free at a function's entry and at a call site in System V (not an argument register).
const SCRATCH: GoReg = Amd64Reg::gpr(11);

/// Instructions that set every arithmetic flag (OF SF ZF AF CF PF) from their operands alone
/// (not `INC`/`DEC`, which keep CF, nor shifts, which keep them all for a count of 0).
const SETS_FLAGS: &[&str] = &[
    "ADDQ", "ADDL", "ADDW", "ADDB", "SUBQ", "SUBL", "SUBW", "SUBB", "ANDQ", "ANDL", "ANDW", "ANDB",
    "ORQ", "ORL", "ORW", "ORB", "XORQ", "XORL", "XORW", "XORB", "CMPQ", "CMPL", "CMPW", "CMPB",
    "TESTQ", "TESTL", "TESTW", "TESTB", "NEGQ", "NEGL", "ADJSP",
];

/// Prefixes of instructions that leave the flags alone: moves of every kind (`MOVQ`, `MOVL`,
/// `MOVSD`, `MOVUPS`, `MOVBLZX`…), `LEA`, `PUSHQ`/`POPQ` of a register.
const KEEPS_FLAGS: &[&str] = &["MOV", "LEAQ", "LEAL", "PUSHQ", "POPQ"];

fn is_sp(op: Option<&GoOperand>) -> bool {
    matches!(op, Some(GoOperand::Reg(r)) if r.is_amd64_sp())
}

/// The general register number of a register in any width.
fn gpr_number(r: &GoReg) -> Option<u8> {
    match r {
        GoReg::Amd64(a) if matches!(a.file, Amd64File::Gpr | Amd64File::Byte) => Some(a.num),
        GoReg::Amd64(a) if a.file == Amd64File::HighByte => Some(a.num),
        _ => None,
    }
}

fn added(mnemonic: &'static str, operands: Vec<GoOperand>, comment: &str) -> GoInst {
    GoInst {
        mnemonic,
        operands,
        origin: Origin::Added,
        access: None,
        comment: Some(comment.to_string()),
    }
}

impl NativeFrame for Amd64Frame {
    const RETURN_ADDRESS: i64 = 8;
    const RED_ZONE: i64 = 128;
    const BALANCED_RETURNS: bool = true;
    const SP_ALIGN: i64 = 8;

    fn sp_effect(inst: &GoInst) -> SpEffect {
        let ops = &inst.operands;
        let tracked = |bytes| SpEffect::Move {
            bytes,
            tracked: true,
        };
        match inst.mnemonic {
            "PUSHQ" | "PUSHFQ" => return tracked(8),
            "POPQ" | "POPFQ" => return tracked(-8),
            "PUSHW" | "PUSHFW" => return tracked(2),
            "POPW" | "POPFW" => return tracked(-2),
            "ADJSP" => {
                if let Some(GoOperand::Imm(n)) = ops.first() {
                    return tracked(*n);
                }
            }
            "LEAVEQ" => {
                return SpEffect::Restore {
                    reg: BP,
                    offset: 0,
                    pop: 8,
                }
            }
            _ => {}
        }
        if !is_sp(ops.last()) {
            return match (inst.mnemonic, ops.first(), ops.last()) {
                ("MOVQ", Some(GoOperand::Reg(s)), Some(GoOperand::Reg(r))) if s.is_amd64_sp() => {
                    SpEffect::Copy { reg: *r, offset: 0 }
                }
                ("LEAQ", Some(GoOperand::Mem(m)), Some(GoOperand::Reg(r)))
                    if m.base.is_some_and(GoReg::is_amd64_sp) && m.index.is_none() =>
                {
                    SpEffect::Copy {
                        reg: *r,
                        offset: m.disp,
                    }
                }
                _ => SpEffect::None,
            };
        }
        if ops.len() != 2 {
            return SpEffect::Unknown;
        }
        let untracked = |bytes| SpEffect::Move {
            bytes,
            tracked: false,
        };
        match (inst.mnemonic, &ops[0]) {
            ("SUBQ", GoOperand::Imm(n)) => untracked(*n),
            ("ADDQ", GoOperand::Imm(n)) => untracked(n.wrapping_neg()),
            ("ANDQ", GoOperand::Imm(n))
                if *n < 0 && (n.wrapping_neg() as u64).is_power_of_two() =>
            {
                SpEffect::Align(n.wrapping_neg())
            }
            ("SUBQ", GoOperand::Reg(_)) => SpEffect::Dynamic,
            ("MOVQ", GoOperand::Reg(r)) => SpEffect::Restore {
                reg: *r,
                offset: 0,
                pop: 0,
            },
            ("LEAQ", GoOperand::Mem(m)) if m.index.is_none() && m.symbol.is_none() => {
                match m.base {
                    Some(b) if b.is_amd64_sp() => untracked(-m.disp),
                    Some(b) => SpEffect::Restore {
                        reg: b,
                        offset: m.disp,
                        pop: 0,
                    },
                    None => SpEffect::Unknown,
                }
            }
            _ => SpEffect::Unknown,
        }
    }

    /// `SUBQ $n, SP` is `ADJSP $n` and `ADDQ $n, SP` is `ADJSP $-n`, byte for byte, for
    /// n > 0 (Go's assembler rewrites ADJSP to them); a negative `sub $-128` is left alone,
    /// and so are large frames: the linker adds every NOSPLIT function's tracked SP to its
    /// 800-byte budget, which only the converter's own analysis may exceed.
    fn tracked_form(inst: &GoInst) -> Option<GoInst> {
        let [GoOperand::Imm(n), GoOperand::Reg(sp)] = inst.operands.as_slice() else {
            return None;
        };
        if !(1..=super::MAX_TRACKED).contains(n) || !sp.is_amd64_sp() {
            return None;
        }
        let n = match inst.mnemonic {
            "SUBQ" => *n,
            "ADDQ" => n.wrapping_neg(),
            _ => return None,
        };
        Some(GoInst {
            mnemonic: "ADJSP",
            operands: vec![GoOperand::Imm(n)],
            ..inst.clone()
        })
    }

    fn writes(inst: &GoInst, reg: GoReg) -> bool {
        let Some(n) = gpr_number(&reg) else {
            return true;
        };
        let names = |op: &GoOperand| matches!(op, GoOperand::Reg(r) if gpr_number(r) == Some(n));
        match inst.mnemonic {
            "XCHGQ" | "XCHGL" | "XCHGW" | "XCHGB" | "XADDQ" | "XADDL" | "CMPXCHGQ" | "CMPXCHGL" => {
                inst.operands.iter().any(names)
            }
            "LEAVEQ" => reg == BP,
            // Compares, tests and stores name the register first or not at all.
            _ => inst.operands.last().is_some_and(names),
        }
    }

    fn correction(bytes: i64, why: &str) -> Option<GoInst> {
        Some(added("ADJSP", vec![GoOperand::Imm(bytes)], why))
    }

    fn flags(inst: &GoInst) -> Flags {
        let m = inst.mnemonic;
        if SETS_FLAGS.contains(&m) {
            Flags::Sets
        } else if KEEPS_FLAGS.iter().any(|p| m.starts_with(p)) {
            Flags::Keeps
        } else {
            Flags::Reads
        }
    }

    const FRAME_POINTER: (GoReg, &'static str, &'static str) = (BP, "rbp", "push %rbp");

    fn is_sp(reg: GoReg) -> bool {
        reg.is_amd64_sp()
    }

    /// `g` from `(TLS)`, `g.stack.lo` (its first word), compared with SP less `need`. Inside
    /// a function, R11 and the flags are saved on the stack around it.
    fn stack_check(need: i64, ok: &str, preserve: bool) -> Vec<GoItem> {
        let r = || GoOperand::Reg(SCRATCH);
        let mem0 = || {
            GoOperand::Mem(crate::ir::go::GoMem {
                base: Some(SCRATCH),
                ..Default::default()
            })
        };
        let saved = if preserve { 16 } else { 0 };
        let inst = |m, ops, c: &str| GoItem::Inst(added(m, ops, c));
        let mut out = Vec::new();
        if preserve {
            out.push(inst("PUSHFQ", vec![], "stack check: keep the flags"));
            out.push(inst("PUSHQ", vec![r()], "stack check: keep R11"));
        }
        out.extend([
            inst("MOVQ", vec![GoOperand::Tls, r()], "stack check: g"),
            inst("MOVQ", vec![mem0(), r()], "stack check: g.stack.lo"),
            inst(
                "ADDQ",
                vec![GoOperand::Imm(need + saved), r()],
                "stack check: what this function needs",
            ),
            inst("CMPQ", vec![GoOperand::Reg(SP), r()], "stack check"),
            inst("JHI", vec![GoOperand::Label(ok.to_string())], "stack check"),
            inst(
                "JMP",
                vec![GoOperand::Func(format!("{BUDGET_EXCEEDED}<>"))],
                "stack budget exceeded (--stack)",
            ),
            GoItem::Label(ok.to_string()),
        ]);
        if preserve {
            out.push(inst("POPQ", vec![r()], "stack check"));
            out.push(inst("POPFQ", vec![], "stack check"));
        }
        out
    }

    const CALL_SCRATCH: GoReg = SCRATCH;

    fn address_of(symbol: &str) -> (&'static str, GoOperand) {
        ("LEAQ", GoOperand::Func(symbol.to_string()))
    }

    fn through(reg: GoReg) -> GoOperand {
        GoOperand::Reg(reg)
    }

    fn budget_exceeded() -> Vec<GoItem> {
        vec![GoItem::Inst(added(
            "UD2",
            vec![],
            "the native stack budget (--stack) is exhausted",
        ))]
    }
}
