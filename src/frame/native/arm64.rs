//! arm64's view of native stack use ([`NativeFrame`] for AAPCS64 bodies): Go's assembler
//! tracks `ADD/SUB $c, RSP` but not pre/post-indexed writes to RSP; it has no balance check
//! at `RET`, so no corrections are needed. The stack check reads `g.stack.lo` through `g`.

use super::{Flags, NativeFrame, SpEffect, BUDGET_EXCEEDED};
use crate::ir::go::{A64Reg, GoInst, GoItem, GoOperand, GoReg, Origin, Writeback};

pub struct Arm64Frame;

const RSP: GoReg = GoReg::Arm64(A64Reg::Rsp);
/// IP0/IP1: free at a function's entry and at call sites (veneers may clobber them).
const SCRATCH: GoReg = GoReg::Arm64(A64Reg::R(16));
const SCRATCH2: GoReg = GoReg::Arm64(A64Reg::R(17));

fn added(mnemonic: &'static str, operands: Vec<GoOperand>, comment: &str) -> GoInst {
    GoInst {
        mnemonic,
        operands,
        origin: Origin::Added,
        access: None,
        comment: Some(comment.to_string()),
    }
}

fn reg_of(op: &GoOperand) -> Option<GoReg> {
    match op {
        GoOperand::Reg(r) => Some(*r),
        _ => None,
    }
}

impl NativeFrame for Arm64Frame {
    const RETURN_ADDRESS: i64 = 0;
    const RED_ZONE: i64 = 0;
    const BALANCED_RETURNS: bool = false;
    const SP_ALIGN: i64 = 16;

    fn sp_effect(inst: &GoInst) -> SpEffect {
        let ops = &inst.operands;
        for op in ops {
            if let GoOperand::MemWriteback { mem, mode } = op {
                if mem.base == Some(RSP) {
                    // Pre-index `-16(RSP)` moves down before the access, post-index `16(RSP)` up
                    // after it: either way SP moves by -disp.
                    let _ = matches!(mode, Writeback::Pre);
                    return SpEffect::Move {
                        bytes: mem.disp.saturating_neg(),
                        tracked: false,
                    };
                }
            }
        }
        let compares = ["CMP", "CMPW", "CMN", "CMNW", "TST", "TSTW"].contains(&inst.mnemonic);
        let dest = ops.last().and_then(reg_of).filter(|_| !compares);
        if dest != Some(RSP) {
            // `MOVD RSP, R29`, `ADD $16, RSP, R29`: copies of SP.
            return match (inst.mnemonic, ops.as_slice()) {
                ("MOVD", [GoOperand::Reg(s), GoOperand::Reg(r)]) if *s == RSP => {
                    SpEffect::Copy { reg: *r, offset: 0 }
                }
                ("ADD", [GoOperand::Imm(n), GoOperand::Reg(s), GoOperand::Reg(r)]) if *s == RSP => {
                    SpEffect::Copy {
                        reg: *r,
                        offset: *n,
                    }
                }
                ("SUB", [GoOperand::Imm(n), GoOperand::Reg(s), GoOperand::Reg(r)]) if *s == RSP => {
                    SpEffect::Copy {
                        reg: *r,
                        offset: n.wrapping_neg(),
                    }
                }
                _ => SpEffect::None,
            };
        }
        let from_sp = |s: &GoOperand| reg_of(s) == Some(RSP);
        match (inst.mnemonic, ops.as_slice()) {
            ("SUB", [GoOperand::Imm(n), _]) => SpEffect::Move {
                bytes: *n,
                tracked: true,
            },
            ("ADD", [GoOperand::Imm(n), _]) => SpEffect::Move {
                bytes: n.wrapping_neg(),
                tracked: true,
            },
            ("SUB", [GoOperand::Imm(n), s, _]) if from_sp(s) => SpEffect::Move {
                bytes: *n,
                tracked: true,
            },
            ("ADD", [GoOperand::Imm(n), s, _]) if from_sp(s) => SpEffect::Move {
                bytes: n.wrapping_neg(),
                tracked: true,
            },
            ("SUB", [GoOperand::Reg(_) | GoOperand::Modified { .. }, s, _]) if from_sp(s) => {
                SpEffect::Dynamic
            }
            ("MOVD", [GoOperand::Reg(r), _]) => SpEffect::Restore {
                reg: *r,
                offset: 0,
                pop: 0,
            },
            ("ADD", [GoOperand::Imm(n), GoOperand::Reg(r), _]) => SpEffect::Restore {
                reg: *r,
                offset: *n,
                pop: 0,
            },
            ("SUB", [GoOperand::Imm(n), GoOperand::Reg(r), _]) => SpEffect::Restore {
                reg: *r,
                offset: n.wrapping_neg(),
                pop: 0,
            },
            _ => SpEffect::Unknown,
        }
    }

    /// `ADD/SUB $n, RSP` beyond [`super::MAX_TRACKED`]: Go tracks every such form.
    fn hide_from_go(inst: &GoInst) -> bool {
        matches!(Self::sp_effect(inst), SpEffect::Move { bytes, tracked: true } if bytes.unsigned_abs() > super::MAX_TRACKED as u64)
    }

    fn writes(inst: &GoInst, reg: GoReg) -> bool {
        inst.operands.iter().enumerate().any(|(i, op)| match op {
            GoOperand::Reg(r) => *r == reg && i + 1 == inst.operands.len(),
            GoOperand::Pair(a, b) => {
                inst.mnemonic.starts_with("LDP")
                    && (GoReg::Arm64(*a) == reg || GoReg::Arm64(*b) == reg)
            }
            GoOperand::MemWriteback { mem, .. } => mem.base == Some(reg),
            _ => false,
        })
    }

    fn correction(_bytes: i64, _why: &str) -> Option<GoInst> {
        None
    }

    /// Never asked: arm64 needs no correction before an SP reload.
    fn flags(_inst: &GoInst) -> Flags {
        Flags::Reads
    }

    const FRAME_POINTER: (GoReg, &'static str, &'static str) = (
        GoReg::Arm64(A64Reg::R(29)),
        "x29",
        "stp x29, x30, [sp, -16]!",
    );

    fn is_sp(reg: GoReg) -> bool {
        reg == RSP
    }

    /// `g.stack.lo` (the first word of `g`, R28) against RSP less `need`, without touching
    /// the flags (a subtraction and a test of its sign bit). Inside a function, R16 and R17
    /// are saved below SP around it.
    fn stack_check(need: i64, ok: &str, preserve: bool) -> Vec<GoItem> {
        let (r, r2) = (|| GoOperand::Reg(SCRATCH), || GoOperand::Reg(SCRATCH2));
        let inst = |m, ops, c: &str| GoItem::Inst(added(m, ops, c));
        let pair = || GoOperand::Pair(A64Reg::R(16), A64Reg::R(17));
        let sp_wb = |disp, mode| GoOperand::MemWriteback {
            mem: crate::ir::go::GoMem {
                base: Some(RSP),
                disp,
                ..Default::default()
            },
            mode,
        };
        let saved = if preserve { 16 } else { 0 };
        let mut out = Vec::new();
        if preserve {
            out.push(inst(
                "STP",
                vec![pair(), sp_wb(-16, Writeback::Pre)],
                "stack check: keep R16, R17",
            ));
        }
        out.extend([
            inst(
                "MOVD",
                vec![GoOperand::GStackLo, r()],
                "stack check: g.stack.lo",
            ),
            inst(
                "ADD",
                vec![GoOperand::Imm(need + saved), r(), r()],
                "stack check: what this function needs",
            ),
            inst("MOVD", vec![GoOperand::Reg(RSP), r2()], "stack check"),
            inst(
                "SUB",
                vec![r(), r2(), r()],
                "stack check: SP - (stack.lo + need)",
            ),
            inst(
                "TBZ",
                vec![GoOperand::Imm(63), r(), GoOperand::Label(ok.to_string())],
                "stack check: not below",
            ),
            inst(
                "JMP",
                vec![GoOperand::Func(format!("{BUDGET_EXCEEDED}<>"))],
                "stack budget exceeded (--stack)",
            ),
            GoItem::Label(ok.to_string()),
        ]);
        if preserve {
            out.push(inst(
                "LDP",
                vec![sp_wb(16, Writeback::Post), pair()],
                "stack check",
            ));
        }
        out
    }

    const CALL_SCRATCH: GoReg = SCRATCH;

    fn address_of(symbol: &str) -> (&'static str, GoOperand) {
        ("MOVD", GoOperand::FuncAddr(symbol.to_string()))
    }

    fn through(reg: GoReg) -> GoOperand {
        GoOperand::Indirect(reg)
    }

    fn budget_exceeded() -> Vec<GoItem> {
        vec![GoItem::Inst(added(
            "UNDEF",
            vec![],
            "the native stack budget (--stack) is exhausted",
        ))]
    }
}
