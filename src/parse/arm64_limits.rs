//! What GNU `as` refuses in operands the arm64 encoder could otherwise fold into some word:
//! immediates out of their field (`extr #127`, `ccmp …, #16`, `sshr v0.8b, v1.8b, #63`),
//! `movz`/`movk` shifts that are not a multiple of 16, register offsets with a scale other
//! than the access size (`[x1, x2, lsl #7]`) or the wrong index width (`[x1, x2, sxtw]`),
//! writeback into the base register, structure post-increments other than the list's size,
//! vector arrangements that do not go together (`add v0.8b, v1.16b, v2.4h`), 64-bit masks
//! on W registers, and `cset`-like aliases of `al`/`nv`. Each is a located error, as GNU
//! `as` gives one (checked as each instruction is parsed); found by `tools/sweep.py` and
//! held against GNU `as` by `tests/sweep.rs`.

use crate::diag::Diagnostic;
use crate::ir::a64::{Addressing, Inst, OperandKind};
use crate::isa::arm64::{Extend, Modifier, Reg, Shift};

type R = Result<(), Diagnostic>;

/// Refuses `inst` where GNU `as` would.
pub fn check(inst: &Inst) -> R {
    let ops: Vec<&OperandKind> = inst.operands.iter().map(|o| &o.kind).collect();
    // The last operand (an instruction without operands has no immediate to check).
    let last = ops.len().saturating_sub(1);
    let fail = |i: usize, what: String| {
        let span = inst.operands.get(i).map_or(inst.span, |o| o.span);
        Err(Diagnostic::error(span, what))
    };
    let imm = |i: usize| match ops.get(i) {
        Some(OperandKind::Imm(v)) => Some(*v),
        _ => None,
    };
    // An immediate operand `i` must lie in lo..=hi.
    let range = |i: usize, lo: i64, hi: i64| match imm(i) {
        Some(v) if !(lo..=hi).contains(&v) => fail(
            i,
            format!(
                "immediate {v} out of range {lo} to {hi} for `{}`",
                inst.mnemonic
            ),
        ),
        _ => Ok(()),
    };
    let width = |i: usize| match ops.get(i).and_then(|o| o.modified_reg()) {
        Some((r, _)) if r.is_wide() => 64,
        _ => 32,
    };
    // Element bits of a vector operand.
    let esize = |i: usize| match ops.get(i) {
        Some(OperandKind::Reg(Reg::Vec { arr, .. })) => Some(8i64 << arr.size()),
        _ => None,
    };
    let w = width(0);
    modifiers(inst, &ops)?;
    arrangements(inst, &ops)?;
    match inst.mnemonic.as_str() {
        "ccmp" | "ccmn" => {
            range(1, 0, 31)?;
            range(2, 0, 15)
        }
        "fccmp" | "fccmpe" => range(2, 0, 15),
        // Aliases that invert their condition: not of AL or NV.
        "cset" | "csetm" | "cinc" | "cinv" | "cneg" => match ops.last() {
            Some(OperandKind::Cond(c)) if c.0 >= 14 => fail(
                last,
                format!("`{}` takes a condition other than al and nv", inst.mnemonic),
            ),
            _ => Ok(()),
        },
        // A byte immediate (.2d: a byte mask); wider lanes shift it with `lsl`/`msl`.
        "movi" | "mvni" => match ops.first() {
            Some(OperandKind::Reg(Reg::Vec { arr, .. })) if arr.size() == 3 => Ok(()),
            Some(OperandKind::Reg(Reg::Vec { arr, .. })) if arr.size() == 0 => range(1, -128, 255),
            Some(OperandKind::Reg(Reg::Vec { .. })) => range(1, 0, 255),
            _ => Ok(()),
        },
        // A W register takes a 32-bit bitmask (the upper half all zeros or all ones).
        "and" | "ands" | "orr" | "eor" | "tst" if w == 32 => match imm(last) {
            Some(v) if !matches!(v as u64 >> 32, 0 | 0xffff_ffff) => fail(
                last,
                format!("immediate {v} out of range: a W register takes a 32-bit bitmask"),
            ),
            _ => Ok(()),
        },
        "dup" => match (ops.first(), ops.get(1)) {
            (Some(OperandKind::Reg(Reg::Vec { arr, .. })), Some(OperandKind::Reg(r)))
                if arr.size() == 3 && arr.q() == 0
                    || matches!(r, Reg::Gpr { .. }) && r.is_wide() != (arr.size() == 3) =>
            {
                fail(
                    1,
                    format!("operand mismatch: {} does not fill these lanes", r.native()),
                )
            }
            _ => Ok(()),
        },
        // A 12-bit immediate, optionally shifted left by 12; a negative one flips add and sub.
        "add" | "adds" | "sub" | "subs" | "cmp" | "cmn" if esize(0).is_none() => match imm(last) {
            Some(v)
                if !{
                    let m = v.unsigned_abs();
                    m < 4096 || (m & 0xfff == 0 && m >> 12 < 4096)
                } =>
            {
                let span = inst.operands.get(last).map_or(inst.span, |o| o.span);
                Err(Diagnostic::error(
                    span,
                    format!("immediate {v} out of range for `{}`", inst.mnemonic),
                )
                .expected("0 to 4095, or a multiple of 4096 up to 0xfff000 (or their negatives)")
                .help("load a larger constant into a register first (`mov`/`movk`)"))
            }
            _ => Ok(()),
        },
        "extr" => range(3, 0, w - 1),
        "bfi" | "ubfiz" | "sbfiz" | "bfxil" | "ubfx" | "sbfx" => {
            range(2, 0, w - 1)?;
            range(3, 1, w.saturating_sub(imm(2).unwrap_or(0)))
        }
        "bfm" | "ubfm" | "sbfm" => {
            range(2, 0, w - 1)?;
            range(3, 0, w - 1)
        }
        "lsl" | "lsr" | "asr" | "ror" if esize(0).is_none() => range(2, 0, w - 1),
        "tbz" | "tbnz" => range(1, 0, w - 1),
        "movz" | "movn" | "movk" => match ops.get(1) {
            Some(OperandKind::ShiftedImm { imm, lsl }) => {
                if !(0..=0xffff).contains(imm) {
                    fail(1, format!("immediate {imm} out of range 0 to 65535"))
                } else if *lsl % 16 != 0 || i64::from(*lsl) >= w {
                    fail(
                        1,
                        format!("shift lsl #{lsl}: a multiple of 16 below {w} is needed"),
                    )
                } else {
                    Ok(())
                }
            }
            _ => range(1, 0, 0xffff),
        },
        // Vector shifts by the element size; on a d register (scalar) by 64.
        "shl" | "sli" => range(2, 0, esize(0).unwrap_or(64) - 1),
        "sshr" | "ushr" | "ssra" | "usra" | "srshr" | "urshr" | "sri" => {
            range(2, 1, esize(0).unwrap_or(64))
        }
        "shrn" | "shrn2" | "rshrn" | "rshrn2" => range(2, 1, esize(0).unwrap_or(64)),
        // The shift is the source's element size, written out.
        "shll" | "shll2" => match (esize(1), imm(2)) {
            (Some(e), Some(v)) if v != e => Err(Diagnostic::error(
                inst.operands[2].span,
                format!("`{}` shifts by the element size, not #{v}", inst.mnemonic),
            )
            .expected(format!("#{e}"))),
            _ => Ok(()),
        },
        "cmeq" | "cmge" | "cmgt" | "cmle" | "cmlt" if imm(2).is_some_and(|v| v != 0) => {
            Err(Diagnostic::error(
                inst.operands[2].span,
                format!("`{}` compares with #0 only", inst.mnemonic),
            )
            .expected("#0 or a vector register"))
        }
        "brk" | "hlt" | "svc" => range(0, 0, 0xffff),
        // Fixed-point conversions: 1 to the general register's width fraction bits.
        "fcvtzs" | "fcvtzu" | "scvtf" | "ucvtf" if ops.len() == 3 => {
            let gpr = if inst.mnemonic.starts_with('f') { 0 } else { 1 };
            range(2, 1, width(gpr))
        }
        "ins" | "mov" => match (ops.first(), ops.get(1)) {
            (
                Some(OperandKind::Reg(Reg::Elem { size: a, .. })),
                Some(OperandKind::Reg(Reg::Elem { size: b, .. })),
            ) if a != b => fail(1, "operand mismatch: the elements differ in size".into()),
            _ => Ok(()),
        },
        "ushll" | "sshll" | "ushll2" | "sshll2" => match esize(1) {
            Some(e) => range(2, 0, e - 1),
            None => Ok(()),
        },
        "ext" => match ops.first() {
            Some(OperandKind::Reg(Reg::Vec { arr, .. })) => range(3, 0, 8 * arr.q() as i64 + 7),
            _ => Ok(()),
        },
        "ld1" | "st1" | "ld1r" | "ld2" | "st2" | "ld3" | "st3" | "ld4" | "st4" => {
            structure_list(inst, &ops)?;
            structure_post_increment(inst, &ops)
        }
        mn => memory(inst, mn, &ops),
    }
}

/// `ld2`-`ld4` (`st2`-`st4`) move exactly that many registers, of no `.1d` arrangement;
/// a lane list (`{v5.d}[1]`) has as many registers as the mnemonic says (`ld1`: one).
fn structure_list(inst: &Inst, ops: &[&OperandKind]) -> R {
    let Some(OperandKind::List {
        count, arr, lane, ..
    }) = ops.first()
    else {
        return Ok(());
    };
    let n = match inst.mnemonic.as_bytes().get(2) {
        Some(d @ b'1'..=b'4') if inst.mnemonic.len() == 3 => d - b'0',
        _ => return Ok(()),
    };
    let s = if n == 1 { "" } else { "s" };
    let (why, expected) = if (n > 1 || lane.is_some()) && *count != n {
        (
            format!("`{}` takes a list of {n} register{s}", inst.mnemonic),
            format!("{n} consecutive register{s}"),
        )
    } else if n > 1 && lane.is_none() && *arr == crate::isa::arm64::Arrangement::D1 {
        (
            format!("`{}` takes no `.1d` arrangement", inst.mnemonic),
            "8b, 16b, 4h, 8h, 2s, 4s or 2d".to_string(),
        )
    } else {
        return Ok(());
    };
    Err(Diagnostic::error(inst.operands[0].span, why).expected(expected))
}

/// `ld1 {v0.16b, v1.16b}, [x0], #32`: no offset, and the immediate post-increment is the
/// list's size (of a lane list, its elements' size).
fn structure_post_increment(inst: &Inst, ops: &[&OperandKind]) -> R {
    let (
        Some(OperandKind::List {
            count, arr, lane, ..
        }),
        Some(OperandKind::Mem(m)),
    ) = (ops.first(), ops.get(1))
    else {
        return Ok(());
    };
    let v = match m.addressing {
        Addressing::PostIndex(v) => v,
        Addressing::Offset(0) | Addressing::PostIndexReg(_) => return Ok(()),
        _ => {
            return Err(Diagnostic::error(
                inst.operands[1].span,
                format!(
                    "`{}` takes `[xN]` or a post-index, no offset",
                    inst.mnemonic
                ),
            ))
        }
    };
    let size = match (inst.mnemonic.as_str(), lane) {
        ("ld1r", _) => 1i64 << arr.size(),
        (_, Some(_)) => i64::from(*count) << arr.size(),
        _ => i64::from(*count) * (8 << arr.q()),
    };
    if v == size {
        return Ok(());
    }
    Err(Diagnostic::error(
        inst.operands[1].span,
        format!(
            "invalid post-increment #{v}: `{}` of this list moves by #{size}",
            inst.mnemonic
        ),
    ))
}

/// Loads and stores: the register offset's scale and index width, and writeback into the
/// base register.
fn memory(inst: &Inst, mn: &str, ops: &[&OperandKind]) -> R {
    let Some(mi) = ops.iter().position(|o| matches!(o, OperandKind::Mem(_))) else {
        return Ok(());
    };
    let OperandKind::Mem(m) = ops[mi] else {
        unreachable!()
    };
    let span = inst.operands[mi].span;
    let fail = |what: String| Err(Diagnostic::error(span, what));
    let data: Vec<Reg> = ops[..mi]
        .iter()
        .flat_map(|o| match o {
            OperandKind::Reg(r) => vec![*r],
            OperandKind::Pair(a, b) => vec![*a, *b],
            _ => Vec::new(),
        })
        .collect();
    match &m.addressing {
        Addressing::PreIndex(_) | Addressing::PostIndex(_)
            if !m.base.is_sp()
                && data.iter().any(
                    |r| matches!(r, Reg::Gpr { num, .. } if u32::from(*num) == m.base.num()),
                ) =>
        {
            fail(format!(
                "`{mn}` writes back into {}, which it also transfers (unpredictable)",
                m.base.native()
            ))
        }
        Addressing::Index { index, modifier } => {
            let log2 = access_log2(mn, data.first().copied());
            let (wide_index, amount) = match modifier {
                None => (true, None),
                Some(Modifier::Shift(Shift::Lsl, a)) => (true, Some(*a)),
                Some(Modifier::Extend(Extend::Sxtx, a)) => (true, *a),
                Some(Modifier::Extend(Extend::Uxtw | Extend::Sxtw, a)) => (false, *a),
                Some(_) => return fail("only lsl, uxtw, sxtw and sxtx extend an offset".into()),
            };
            if index.is_wide() != wide_index {
                return fail(format!(
                    "the offset register {} has the wrong width for its extension",
                    index.native()
                ));
            }
            match (amount, log2) {
                (Some(a), Some(l)) if a != 0 && u32::from(a) != l => fail(format!(
                    "invalid shift amount #{a}: `{mn}` scales by #0 or #{l}"
                )),
                _ => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// log2 of the bytes a load or store moves, from its mnemonic and register.
fn access_log2(mn: &str, reg: Option<Reg>) -> Option<u32> {
    Some(match mn {
        "ldrb" | "strb" | "ldrsb" => 0,
        "ldrh" | "strh" | "ldrsh" => 1,
        "ldrsw" => 2,
        "prfm" => 3,
        "ldr" | "str" => match reg? {
            Reg::Gpr { wide, .. } => 2 + wide as u32,
            Reg::Fp { size, .. } => u32::from(size),
            _ => return None,
        },
        _ => return None,
    })
}

/// Shifted and extended register operands: a shift below the register's width, an
/// extension by at most 4.
fn modifiers(inst: &Inst, ops: &[&OperandKind]) -> R {
    for (i, o) in ops.iter().enumerate() {
        let bad = match o {
            OperandKind::Shifted { reg, amount, .. } => {
                let w = if reg.is_wide() { 64 } else { 32 };
                (u32::from(*amount) >= w)
                    .then(|| format!("shift amount #{amount} out of range 0 to {}", w - 1))
            }
            OperandKind::Extended {
                amount: Some(a), ..
            } if *a > 4 => Some(format!("extend amount #{a} out of range 0 to 4")),
            _ => None,
        };
        if let Some(what) = bad {
            return Err(Diagnostic::error(inst.operands[i].span, what));
        }
    }
    Ok(())
}

/// How the vector operands' arrangements must relate, by instruction class.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    /// All alike (`add v0.4s, v1.4s, v2.4s`).
    Same,
    /// Long: destination elements twice the sources' (`smull v0.2d, v1.2s, v2.2s`).
    Long,
    /// Wide: destination and first source alike, the second source half the elements.
    Wide,
    /// Lengthen one source (`uxtl v0.8h, v1.8b`).
    Lengthen,
    /// Narrow one source (`xtn v0.8b, v1.8h`).
    Narrow,
}

const CLASSES: &[(Class, &[&str])] = &[
    (
        Class::Same,
        &[
            "add", "sub", "mul", "mla", "mls", "cmeq", "cmge", "cmgt", "cmhi", "cmhs", "cmtst",
            "addp", "umin", "umax", "smin", "smax", "uminp", "umaxp", "sminp", "smaxp", "sabd",
            "uabd", "sshl", "ushl", "zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2", "fadd", "fsub",
            "fmul", "fdiv", "fmin", "fmax", "fminnm", "fmaxnm", "fmla", "fmls", "faddp", "fabd",
            "and", "orr", "eor", "bic", "orn", "bsl", "bit", "bif", "uqadd", "sqadd", "uqsub",
            "sqsub", "urhadd", "srhadd", "uhadd", "shadd", "fcmeq", "fcmge", "fcmgt", "fsqrt",
            "fneg", "fabs", "neg", "abs", "not", "mvn", "shl", "sshr", "ushr", "usra", "ssra",
            "ext", "rev16", "rev32", "rev64", "cnt", "clz", "cls", "sli", "sri",
        ],
    ),
    (
        Class::Long,
        &[
            "saddl", "uaddl", "ssubl", "usubl", "smull", "umull", "smlal", "umlal", "smlsl",
            "umlsl", "sabdl", "uabdl", "sabal", "uabal",
        ],
    ),
    (Class::Wide, &["saddw", "uaddw", "ssubw", "usubw"]),
    (Class::Lengthen, &["sxtl", "uxtl", "sshll", "ushll", "shll"]),
    (Class::Narrow, &["xtn", "sqxtn", "uqxtn", "shrn"]),
];

/// The largest element size field each of these takes.
const ELEMENTS: &[(&str, u32)] = &[
    ("rev16", 0),
    ("rev32", 1),
    ("rev64", 2),
    ("cnt", 0),
    ("clz", 2),
    ("cls", 2),
    ("ext", 0),
    ("not", 0),
    ("mvn", 0),
];

/// Across-lanes reductions: a scalar from a vector.
const ACROSS: &[&str] = &[
    "addv", "uminv", "umaxv", "sminv", "smaxv", "uaddlv", "saddlv",
];

/// `addv h0, v1.8h`; `uaddlv s0, v1.8h` (one size up); never .2s or .2d.
fn across(inst: &Inst, ops: &[&OperandKind]) -> R {
    let long = inst.mnemonic.ends_with("lv");
    let ok = match (ops.first(), ops.get(1)) {
        (
            Some(OperandKind::Reg(Reg::Fp { size, .. })),
            Some(OperandKind::Reg(Reg::Vec { arr, .. })),
        ) => {
            u32::from(*size) == arr.size() + long as u32
                && arr.size() < 3
                && !(arr.size() == 2 && arr.q() == 0)
        }
        _ => true,
    };
    mismatch(ok, inst, || {
        format!(
            "operand mismatch: these sizes do not go together in `{}`",
            inst.mnemonic
        )
    })
}

/// The arrangements of vector instructions, as GNU `as` checks them ("operand mismatch").
fn arrangements(inst: &Inst, ops: &[&OperandKind]) -> R {
    let mn = inst.mnemonic.as_str();
    let known = |name: &str| CLASSES.iter().any(|(_, names)| names.contains(&name));
    let (base, upper) = match mn.strip_suffix('2') {
        Some(b) if !known(mn) => (b, 1),
        _ => (mn, 0),
    };
    if let Some(limit) = ELEMENTS.iter().find(|e| e.0 == mn) {
        if let Some(OperandKind::Reg(Reg::Vec { arr, .. })) = ops.first() {
            if arr.size() > limit.1 {
                return Err(Diagnostic::error(
                    inst.span,
                    format!(
                        "operand mismatch: `{mn}` takes no {}-bit elements",
                        8 << arr.size()
                    ),
                ));
            }
        }
    }
    if ACROSS.contains(&mn) {
        return across(inst, ops);
    }
    let Some(class) = CLASSES
        .iter()
        .find(|(c, names)| names.contains(&base) && (upper == 0 || *c != Class::Same))
        .map(|(c, _)| *c)
    else {
        if mn == "tbl" || mn == "tbx" {
            return table_lookup(inst, ops);
        }
        return Ok(());
    };
    // (element size field, Q) of each vector operand; by-element and scalar operands end
    // the comparison.
    let v: Vec<(u32, u32)> = ops
        .iter()
        .map_while(|o| match o {
            OperandKind::Reg(Reg::Vec { arr, .. }) => Some((arr.size(), arr.q())),
            _ => None,
        })
        .collect();
    if v.len() < 2 {
        return Ok(());
    }
    let (d, n) = (v[0], v[1]);
    let m = v.get(2).copied();
    let ok = match class {
        Class::Same => {
            v.iter().all(|x| *x == d)
                && !(d.0 == 3 && d.1 == 0)
                && (!base.starts_with('f') || d.0 >= 2)
        }
        Class::Long => {
            d.1 == 1 && d.0 == n.0 + 1 && n.1 == upper && m.map_or(true, |m| m == n) && n.0 < 3
        }
        Class::Wide => {
            d == n && d.1 == 1 && m.is_some_and(|m| m.0 + 1 == d.0 && m.1 == upper) && d.0 > 0
        }
        Class::Lengthen => d.1 == 1 && d.0 == n.0 + 1 && n.1 == upper && n.0 < 3,
        Class::Narrow => n.1 == 1 && n.0 == d.0 + 1 && d.1 == upper && d.0 < 3,
    };
    mismatch(ok, inst, || {
        format!("operand mismatch: these arrangements do not go together in `{mn}`")
    })
}

/// `tbl vD.8b|16b, {vN.16b, …}, vM.8b|16b` (vD and vM alike).
fn table_lookup(inst: &Inst, ops: &[&OperandKind]) -> R {
    let ok = match (ops.first(), ops.get(1), ops.get(2)) {
        (
            Some(OperandKind::Reg(Reg::Vec { arr: d, .. })),
            Some(OperandKind::List { arr: l, .. }),
            Some(OperandKind::Reg(Reg::Vec { arr: m, .. })),
        ) => d.size() == 0 && d == m && l.size() == 0 && l.q() == 1,
        _ => true,
    };
    mismatch(ok, inst, || {
        format!(
            "operand mismatch: `{}` takes .8b or .16b vectors and a .16b table",
            inst.mnemonic
        )
    })
}

/// GNU's "operand mismatch": `Ok` when `ok`, else the error `why()` says.
fn mismatch(ok: bool, inst: &Inst, why: impl FnOnce() -> String) -> Result<(), Diagnostic> {
    if ok {
        Ok(())
    } else {
        Err(Diagnostic::error(inst.span, why()))
    }
}
