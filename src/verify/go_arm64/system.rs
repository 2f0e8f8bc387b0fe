//! System instructions: hints and barriers, MRS/MSR, TLBI/DC, SYS/SYSL. The names they
//! take are Go's own tables, copied from `cmd/internal/obj/arm64` by
//! tools/gen_arm64_go_tables.py into mappings/arm64/go_sysregs.tbl (`SystemReg`),
//! go_sys_ops.tbl (`sysInstFields`) and go_prfops.tbl (`prfopfield`, `rprfopfield`), and
//! generated into `SYSREGS`, `SYS_OPS`, `PRFMOPS` and `RPRFMOPS` by build.rs.

use super::context::err;
use super::insn::{Insn, Link};
use super::operands::Arg;
use crate::verify::EncodeError;

type Done = Result<Link, EncodeError>;

/// A system register of MRS/MSR: encoding (op0:op1:CRn:CRm:op2 in place), access.
pub(super) struct SysReg {
    pub name: &'static str,
    pub enc: u32,
    pub read: bool,
    pub write: bool,
}

/// A TLBI/DC operation: the SYS fields, and whether it takes a register.
pub(super) struct SysOp {
    pub name: &'static str,
    pub op1: u32,
    pub crn: u32,
    pub crm: u32,
    pub op2: u32,
    pub xt: bool,
}

include!(concat!(env!("OUT_DIR"), "/arm64_go_system.rs"));

fn sysreg(i: &Insn, name: &str) -> Result<&'static SysReg, EncodeError> {
    SYSREGS
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| i.bad())
}

/// No operands.
pub(super) fn nullary(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [] => i.emit(i.base, out),
        _ => Err(i.bad()),
    }
}

/// `[$imm16]` at bit 5 (SVC, BRK...; 0 when left out).
pub(super) fn imm16(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [] => i.emit(i.base, out),
        [v] => i.emit(i.base | (i.im(v)? as u32 & 0xffff) << 5, out),
        _ => Err(i.bad()),
    }
}

/// `$crm` at bit 8 (DMB, DSB; ISB and CLREX may leave it out: 15).
pub(super) fn crm(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [] => i.emit(i.base | 0xf << 8, out),
        [v] => i.emit((i.base & !(0xf << 8)) | (i.im(v)? as u32 & 0xf) << 8, out),
        _ => Err(i.bad()),
    }
}

/// HINT `$imm7` at bit 5.
pub(super) fn hint(i: &Insn, out: &mut Vec<u32>) -> Done {
    match i.args {
        [v] => i.emit((i.base & !(0x7f << 5)) | (i.im(v)? as u32 & 0x7f) << 5, out),
        _ => Err(i.bad()),
    }
}

/// BTI [`C`|`J`|`JC`].
pub(super) fn bti(i: &Insn, out: &mut Vec<u32>) -> Done {
    let op2 = match i.args {
        [] => 0,
        [Arg::Name("C")] => 2,
        [Arg::Name("J")] => 4,
        [Arg::Name("JC")] => 6,
        _ => return Err(i.bad()),
    };
    i.emit(i.base | op2 << 5, out)
}

/// MRS `sysreg, Rt`.
pub(super) fn mrs(i: &Insn, out: &mut Vec<u32>) -> Done {
    let [Arg::Name(r), t] = i.args else {
        return Err(i.bad());
    };
    let reg = sysreg(i, r)?;
    if !reg.read {
        return err("system register is not readable");
    }
    i.emit(i.base | reg.enc | i.g(t)?, out)
}

/// MSR `Rt|$0, sysreg` and `$imm4, pstate field`.
pub(super) fn msr(i: &Insn, out: &mut Vec<u32>) -> Done {
    let word = match i.args {
        [Arg::Imm(0), Arg::Name(r)] if SYSREGS.iter().any(|x| x.name == *r) => {
            let reg = sysreg(i, r)?;
            if !reg.write {
                return err("system register is not writable");
            }
            i.base | reg.enc | 31
        }
        [Arg::Imm(v), Arg::Name(p)] => {
            let field = match *p {
                "SPSel" => 4 << 12 | 5 << 5,
                "DIT" => 3 << 16 | 2 << 5,
                "DAIFSet" => 3 << 16 | 4 << 12 | 6 << 5,
                "DAIFClr" => 3 << 16 | 4 << 12 | 7 << 5,
                _ => return Err(i.bad()),
            };
            if !(0..16).contains(v) {
                return Err(i.bad());
            }
            0xd500401f | (*v as u32) << 8 | field
        }
        [s, Arg::Name(r)] => {
            let reg = sysreg(i, r)?;
            if !reg.write {
                return err("system register is not writable");
            }
            i.base | reg.enc | i.g(s)?
        }
        _ => return Err(i.bad()),
    };
    i.emit(word, out)
}

/// TLBI/DC `op[, Rt]`: the operation must belong to the instruction (CRn 8 is TLBI).
pub(super) fn sys_op(i: &Insn, tlbi: bool, out: &mut Vec<u32>) -> Done {
    let (name, rt) = match i.args {
        [Arg::Name(o)] => (o, None),
        [Arg::Name(o), r] => (o, Some(i.g(r)?)),
        _ => return Err(i.bad()),
    };
    let op = SYS_OPS
        .iter()
        .find(|s| s.name == *name)
        .ok_or_else(|| i.bad())?;
    if tlbi != (op.crn == 8) || op.xt != rt.is_some() {
        return Err(i.bad());
    }
    let fields = op.op1 << 16 | op.crn << 12 | op.crm << 8 | op.op2 << 5;
    i.emit(i.base | fields | rt.unwrap_or(31), out)
}

/// SYS/SYSL `$op1:CRn:CRm:op2 [, Rt]` (the operand is the encoded field).
pub(super) fn sys(i: &Insn, out: &mut Vec<u32>) -> Done {
    let (v, rt) = match i.args {
        [Arg::Imm(v)] => (*v, 31),
        [Arg::Imm(v), r] => (*v, i.g(r)?),
        _ => return Err(i.bad()),
    };
    if v & !0x7_ffe0 != 0 {
        return err("illegal SYS argument");
    }
    i.emit(i.base | v as u32 | rt, out)
}
