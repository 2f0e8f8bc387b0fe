//! x28 kept in its save slot, for the arm64 functions that leave no register free to rename
//! x28 to (`arm64_reserved` decides when): the function's C value of x28 lives in the stack
//! slot where it first saves the caller's x28, and each instruction that names x28 is
//! rewritten to go through a scratch register the liveness analysis (`arm64_liveness`)
//! proves dead there ([`spill_x28`]). This module owns the rewrite: splitting what names x28
//! in forms the rewrite cannot take, classifying each use, choosing the scratch, and the
//! added loads and stores, each a new instruction verified like any other.

use super::arm64_liveness::{self, FileNames};
use super::arm64_liveness::{bit, instructions, mentioned, rename, rename_in};
use crate::diag::{Diagnostic, Span};
use crate::ir::a64::{Addressing, Inst, Mem, Operand, OperandKind};
use crate::ir::{Edit, Function, Item};
use crate::isa::arm64::Reg;
use std::collections::HashMap;

/// SP's depth below the entry SP before each instruction of a function, keyed by the
/// instruction's line and column; `Err(None)` when it is not known everywhere, the first
/// error when the function does not lower. The frame stage's analysis, given by the target
/// (this stage comes before the frame stage).
pub type SpDepths<'a> =
    &'a dyn Fn(&Function<Inst>) -> Result<HashMap<(u32, u32), i64>, Option<Diagnostic>>;

pub const HELP: &str = "compile the C code with -ffixed-x18 -ffixed-x28";

/// How one instruction that names x28 is rewritten by [`spill_x28`].
enum Spill {
    /// Saves or restores the caller's x28 at `slot` bytes below the entry SP: the x28 half
    /// goes (a lone offset save or restore disappears; with writeback, x28 becomes xzr, so
    /// that SP still moves).
    SaveRestore {
        store: bool,
        slot: i64,
        writeback: bool,
    },
    /// Any other use, in general-register positions: x28 becomes a scratch register,
    /// loaded from the slot before (`load`) and stored back after (`store`).
    Use { load: bool, store: bool },
}

/// Where a rewritten use of x28 may hold its value, in order of preference: caller-saved
/// registers (never x18, x29, x30 or sp), used only where the liveness analysis proves
/// them dead.
const SCRATCH: &[u8] = &[16, 17, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8];

/// What [`spill_x28`] did: the scratch registers it used, the slot, how many instructions
/// it rewrote, how many of those borrow a live register.
pub(super) struct Spilled {
    pub scratch: Vec<u8>,
    pub slot: i64,
    pub count: usize,
    pub borrowed: usize,
}

/// Keeps the C value of x28 in the stack slot where the function saves the caller's x28
/// (x28 is callee-saved: every function that uses it saves it on entry and reloads it at
/// every exit, and `g` is never changed). The saves and restores lose their x28 half; every
/// other use goes through a scratch register that is dead across it (not named by the
/// instruction, not live before or after it: [`arm64_liveness`]), loaded from the slot
/// before and stored back after. Pair accesses and writeback addresses that name x28 are
/// split first ([`split_x28`]). The slot is addressed from SP, at SP's depth where each
/// instruction runs (`depths`); `file` is what the liveness analysis needs to know of the
/// rest of the file. Where no register is dead, an instruction that only reads x28 loads it
/// into its own destination; else, with a free vector register `stash` (the function and
/// its callers never name it), a live register is kept there across the sequence (never
/// around a branch or call, after which the copy back would not run or the callee could
/// change the vector register). On a refusal `f` is left as it was.
pub(super) fn spill_x28(
    f: &mut Function<Inst>,
    depths: SpDepths,
    file: &FileNames,
    stash: Option<u8>,
) -> Result<Spilled, Diagnostic> {
    let refuse = |span, why: &str| {
        Diagnostic::error(
            span,
            format!("x28 is Go's `g` register, and it cannot live in its save slot here: {why}"),
        )
        .expected("x28 saved to and restored from one SP-based slot, used as a plain register")
        .help(HELP)
    };
    let mut g = f.clone();
    split_x28(&mut g).map_err(|(span, why)| refuse(span, why))?;
    // The same function with x28 as a register it never mentions moves SP alike.
    let used = mentioned(&g);
    let stand_in = SCRATCH
        .iter()
        .copied()
        .find(|r| used & bit(*r) == 0)
        .unwrap_or(16);
    let mut copy = g.clone();
    rename(&mut copy, 28, stand_in);
    let mut depths = depths(&copy).map_err(|e| {
        e.unwrap_or_else(|| refuse(g.span, "SP moves by amounts known only at run time"))
    })?;
    fill_depths(&g, &mut depths);
    let depth_at = |inst: &Inst| {
        depths
            .get(&(inst.span.line, inst.span.col))
            .copied()
            .ok_or_else(|| refuse(inst.span, "SP's offset is not the same on every path here"))
    };
    let live = arm64_liveness::liveness(&g, file);
    let mut uses = Vec::new();
    for (k, item) in g.body.iter().enumerate() {
        let Item::Inst(inst) = item else { continue };
        if arm64_liveness::named(inst) & bit(28) != 0 {
            let spill = classify(inst, depth_at(inst)?).map_err(|why| refuse(inst.span, why))?;
            uses.push((k, inst, spill));
        }
    }
    // x28's home: the slot of the first save. In it, saves and restores are no-ops (the
    // save stores x28's value where it already is; a restore only matters to the caller,
    // whose x28 is never changed). Elsewhere, x28 stored to or loaded from the stack is a
    // plain use.
    let slot = uses.iter().find_map(|(_, _, s)| match s {
        Spill::SaveRestore {
            store: true, slot, ..
        } => Some(*slot),
        _ => None,
    });
    // Where x28 is read before the function leaves, not counting saves into its home
    // (a restore's value is the caller's: only the caller and those saves may see it).
    let mut saves_unread = g.clone();
    for (k, _, spill) in &uses {
        if let (
            Spill::SaveRestore {
                store: true,
                slot: s,
                ..
            },
            Item::Inst(i),
        ) = (spill, &mut saves_unread.body[*k])
        {
            if Some(*s) == slot {
                rename_in(i, 28, 31);
            }
        }
    }
    let read_later = arm64_liveness::liveness_ignoring_exit(&saves_unread, file, bit(28));
    let mut plan = Vec::new();
    let mut restored = false;
    for (k, inst, spill) in uses {
        let spill = match spill {
            Spill::SaveRestore { slot: s, store, .. } if Some(s) == slot => {
                if !store && read_later.after(k) & bit(28) != 0 {
                    return Err(refuse(
                        inst.span,
                        "x28 is read after it is restored from its save slot",
                    ));
                }
                restored |= !store;
                plan.push((k, spill, None, false));
                continue;
            }
            Spill::SaveRestore {
                writeback: true, ..
            } => {
                return Err(refuse(
                    inst.span,
                    "x28 is saved to or restored from more than one slot, moving SP",
                ))
            }
            Spill::SaveRestore { store, .. } => Spill::Use {
                load: store,
                store: !store,
            },
            use_ => use_,
        };
        let named = arm64_liveness::named(inst);
        // Else an instruction that only reads x28 may load it into its own destination,
        // which it writes anyway and reads nowhere else.
        let own_destination = || {
            let dest = arm64_liveness::writes_only(inst) & !arm64_liveness::reads(inst);
            let reads_only = matches!(spill, Spill::Use { store: false, .. });
            (0..29u8).find(|r| reads_only && dest & bit(*r) != 0 && *r != 28)
        };
        let branch = inst
            .operands
            .iter()
            .any(|o| matches!(o.kind, OperandKind::Target(_)))
            || matches!(inst.mnemonic.as_str(), "b" | "bl" | "blr" | "br" | "ret");
        let borrow = || {
            let free = SCRATCH.iter().copied().find(|r| named & bit(*r) == 0);
            free.filter(|_| stash.is_some() && !branch)
        };
        let (scratch, borrowed) = SCRATCH
            .iter()
            .copied()
            .find(|r| (named | live.around(k)) & bit(*r) == 0)
            .or_else(own_destination)
            .map(|r| (r, false))
            .or_else(|| borrow().map(|r| (r, true)))
            .ok_or_else(|| {
                refuse(
                    inst.span,
                    "no register is free to hold x28's value (x16, x17, x9–x15 and \
                     x0–x8 are all named or live here, the instruction has no \
                     destination of its own to load it into, and no vector register \
                     is free to keep one of them)",
                )
            })?;
        plan.push((k, spill, Some(scratch), borrowed));
    }
    let Some(slot) = slot.filter(|_| restored) else {
        return Err(refuse(
            g.span,
            "no save of x28 to an SP-based slot and restore from it",
        ));
    };
    let count = plan.len();
    let borrowed = plan.iter().filter(|p| p.3).count();
    let mut scratches: Vec<u8> = plan.iter().filter_map(|(_, _, r, _)| *r).collect();
    scratches.sort_by_key(|r| SCRATCH.iter().position(|s| s == r));
    scratches.dedup();
    for (k, spill, scratch, borrow) in plan.into_iter().rev() {
        let Item::Inst(inst) = &g.body[k] else {
            unreachable!("planned on instructions")
        };
        let replacement = match (spill, scratch) {
            (Spill::SaveRestore { .. }, _) => drop_x28_half(inst).into_iter().collect(),
            (Spill::Use { load, store }, Some(scratch)) => {
                let off = depth_at(inst)? - slot;
                if off < 0 || off % 8 != 0 || off >= 8 * 4096 {
                    return Err(refuse(
                        inst.span,
                        "the slot is not addressable from SP here (below SP, or out of range)",
                    ));
                }
                let keep = stash.filter(|_| borrow);
                use_through(inst, scratch, off, load, store, keep)
            }
            (Spill::Use { .. }, None) => unreachable!("a use has a scratch register"),
        };
        g.body
            .splice(k..=k, replacement.into_iter().map(Item::Inst));
    }
    *f = g;
    Ok(Spilled {
        scratch: scratches,
        slot,
        count,
        borrowed,
    })
}

/// Gives SP's depth to the instructions the lowering leaves no Go code of (a `:lo12:` add
/// folded into its `adrp`'s address): one that leaves SP alone and falls through has the
/// depth of the instruction after it.
pub(super) fn fill_depths(f: &Function<Inst>, depths: &mut HashMap<(u32, u32), i64>) {
    let mut next = None;
    for inst in instructions(f).collect::<Vec<_>>().into_iter().rev() {
        let key = (inst.span.line, inst.span.col);
        let moves_sp = inst.operands.iter().any(|o| match &o.kind {
            OperandKind::Reg(Reg::Sp { .. }) => true,
            OperandKind::Mem(m) => {
                matches!(m.base, Reg::Sp { .. })
                    && !matches!(
                        m.addressing,
                        Addressing::Offset(_) | Addressing::Index { .. }
                    )
            }
            _ => false,
        });
        let falls_through = !matches!(inst.mnemonic.as_str(), "b" | "br" | "ret");
        match depths.get(&key) {
            Some(d) => next = Some(*d),
            None if !moves_sp && falls_through => {
                if let Some(d) = next {
                    depths.insert(key, d);
                }
            }
            None => next = None,
        }
    }
}

/// Column offsets of the pieces [`split_x28`] makes (after the instruction's own column;
/// [`use_through`] takes the next two after each piece).
const PAIR_SECOND: u32 = 5;
const WRITEBACK_ADD: u32 = 10;

/// Splits each instruction that names x28 in a form [`classify`] cannot rewrite into
/// equivalent ones it can: an address with writeback into the access at the base and an
/// `add` (or `sub`) of the base, before the access for pre-index and after it for
/// post-index; then a pair load or store that is not an SP-based save or restore into two
/// single accesses (the base register loaded last). The pieces are new instructions,
/// re-encoded and verified like any other.
pub(super) fn split_x28(f: &mut Function<Inst>) -> Result<(), (Span, &'static str)> {
    let mut k = 0;
    while k < f.body.len() {
        let pieces = match &f.body[k] {
            Item::Inst(inst) if arm64_liveness::named(inst) & bit(28) != 0 => split(inst)?,
            _ => None,
        };
        match pieces {
            // The pieces are looked at again: a writeback pair splits twice.
            Some(pieces) => {
                f.body.splice(k..=k, pieces.into_iter().map(Item::Inst));
            }
            None => k += 1,
        }
    }
    Ok(())
}

/// One step of [`split_x28`] on `inst`, or `None` when it needs none.
fn split(inst: &Inst) -> Result<Option<Vec<Inst>>, (Span, &'static str)> {
    let Some((OperandKind::Mem(m), data)) = inst.operands.split_last().map(|(l, d)| (&l.kind, d))
    else {
        return Ok(None);
    };
    let pair = data.first().and_then(|o| match o.kind {
        OperandKind::Pair(a, b) if is_x28(&a) || is_x28(&b) => Some((a, b)),
        _ => None,
    });
    let writeback = !matches!(
        m.addressing,
        Addressing::Offset(_) | Addressing::Index { .. } | Addressing::Lo12 { .. }
    );
    // On SP, pairs that move SP stay ([`classify`]: saves and restores); the others split
    // (x28's half is then a save, a restore or a plain use).
    if matches!(m.base, Reg::Sp { .. }) && (writeback || pair.is_none()) {
        return Ok(None);
    }
    let piece =
        |mnemonic: &str, operands: Vec<OperandKind>, col: u32| added(inst, mnemonic, operands, col);
    if writeback && (is_x28(&m.base) || pair.is_some()) {
        let data_regs = data
            .iter()
            .fold(0, |s, o| s | arm64_liveness::registers(&o.kind));
        if data_regs & bit(m.base.num() as u8) != 0 {
            return Err((
                inst.span,
                "a register is both loaded or stored and the written-back base",
            ));
        }
        let base = OperandKind::Reg(m.base);
        let step = match &m.addressing {
            Addressing::PreIndex(d) | Addressing::PostIndex(d) => {
                let op = if *d < 0 { "sub" } else { "add" };
                piece(
                    op,
                    vec![base.clone(), base, OperandKind::Imm(d.abs())],
                    WRITEBACK_ADD,
                )
            }
            Addressing::PostIndexReg(r) => piece(
                "add",
                vec![base.clone(), base, OperandKind::Reg(*r)],
                WRITEBACK_ADD,
            ),
            _ => unreachable!("writeback addressing"),
        };
        let mut access = inst.clone();
        access.code = None;
        if let Some(OperandKind::Mem(am)) = access.operands.last_mut().map(|o| &mut o.kind) {
            am.addressing = Addressing::Offset(0);
        }
        let at = |mut i: Inst, col: u32| {
            i.span.col = inst.span.col + col;
            i
        };
        return Ok(Some(match m.addressing {
            Addressing::PreIndex(_) => vec![at(step, 0), at(access, WRITEBACK_ADD)],
            _ => vec![access, step],
        }));
    }
    let Some((a, b)) = pair else {
        return Ok(None);
    };
    let Addressing::Offset(d) = m.addressing else {
        return Err((
            inst.span,
            "a pair access names x28 with an address that cannot be split",
        ));
    };
    let (size, single, unscaled) = match (inst.mnemonic.as_str(), a) {
        ("ldp" | "ldnp", Reg::Gpr { wide: true, .. }) => (8, "ldr", "ldur"),
        ("ldp" | "ldnp", _) => (4, "ldr", "ldur"),
        ("stp" | "stnp", Reg::Gpr { wide: true, .. }) => (8, "str", "stur"),
        ("stp" | "stnp", _) => (4, "str", "stur"),
        ("ldpsw", _) => (4, "ldrsw", "ldursw"),
        _ => {
            return Err((
                inst.span,
                "a pair access names x28 in a form that cannot be split",
            ))
        }
    };
    let access = |r: Reg, off: i64, col: u32| {
        let mnemonic = if off >= 0 && off % size == 0 && off / size < 4096 {
            single
        } else if (-256..256).contains(&off) {
            unscaled
        } else {
            return Err((
                inst.span,
                "a pair access names x28 at an offset no single access takes",
            ));
        };
        let mem = OperandKind::Mem(Mem {
            base: m.base,
            addressing: Addressing::Offset(off),
        });
        Ok(piece(mnemonic, vec![OperandKind::Reg(r), mem], col))
    };
    // A load into the base register goes last, so that the other half uses the old base.
    Ok(Some(
        if inst.mnemonic.starts_with("ld") && a.num() == m.base.num() {
            vec![access(b, d + size, 0)?, access(a, d, PAIR_SECOND)?]
        } else {
            vec![access(a, d, 0)?, access(b, d + size, PAIR_SECOND)?]
        },
    ))
}

/// x28 is the general register (either width) of this operand position.
fn is_x28(r: &Reg) -> bool {
    matches!(r, Reg::Gpr { num: 28, .. })
}

/// How `inst` (which names x28; SP `depth` bytes below the entry SP before it) is rewritten,
/// or why it cannot be.
fn classify(inst: &Inst, depth: i64) -> Result<Spill, &'static str> {
    let ops: Vec<&OperandKind> = inst.operands.iter().map(|o| &o.kind).collect();
    let mn = inst.mnemonic.as_str();
    let x28 = Reg::Gpr {
        num: 28,
        wide: true,
    };
    // Saves and restores: `str/ldr x28, [sp, …]`, `stp/ldp` with x28 in the pair.
    if let [first, OperandKind::Mem(m)] = ops.as_slice() {
        if matches!(m.base, Reg::Sp { .. }) && matches!(mn, "str" | "ldr" | "stp" | "ldp") {
            let half = match first {
                OperandKind::Reg(r) if *r == x28 && matches!(mn, "str" | "ldr") => Some(0),
                OperandKind::Pair(a, _) if *a == x28 => Some(0),
                OperandKind::Pair(_, b) if *b == x28 => Some(8),
                _ => None,
            };
            if let Some(half) = half {
                let address = match m.addressing {
                    Addressing::Offset(d) | Addressing::PreIndex(d) => depth - d,
                    Addressing::PostIndex(_) => depth,
                    _ => return Err("x28 saved or restored with a register offset"),
                };
                return Ok(Spill::SaveRestore {
                    store: mn.starts_with("st"),
                    slot: address - half,
                    writeback: !matches!(m.addressing, Addressing::Offset(_)),
                });
            }
        }
    }
    const WRITES_LATER: &[&str] = &[
        "cas", "swp", "ldadd", "ldclr", "ldeor", "ldset", "ldsmax", "ldsmin", "ldumax", "ldumin",
    ];
    const READS_FIRST: &[&str] = &["movk", "bfi", "bfxil", "bfm"];
    const ONLY_READS_FIRST: &[&str] = &[
        "cmp", "cmn", "tst", "ccmp", "ccmn", "cbz", "cbnz", "tbz", "tbnz", "br", "blr", "ret",
    ];
    if WRITES_LATER.iter().any(|p| mn.starts_with(p)) {
        return Err("an atomic instruction names x28");
    }
    let mut first = false;
    let mut later = false;
    for (i, op) in ops.iter().enumerate() {
        let here = match op {
            OperandKind::Reg(r)
            | OperandKind::Shifted { reg: r, .. }
            | OperandKind::Extended { reg: r, .. } => is_x28(r),
            OperandKind::Mem(m) => {
                let named = m.registers().any(|r| is_x28(&r));
                if named
                    && !matches!(
                        m.addressing,
                        Addressing::Offset(_) | Addressing::Index { .. } | Addressing::Lo12 { .. }
                    )
                {
                    return Err("x28 is the base of an address with writeback");
                }
                named
            }
            OperandKind::Pair(a, b) if is_x28(a) || is_x28(b) => {
                return Err("a pair load or store names x28 other than to save or restore it")
            }
            _ => false,
        };
        if here && i == 0 && !matches!(op, OperandKind::Mem(_)) {
            first = true;
        } else if here {
            later = true;
        }
    }
    let stores_back = first
        && !ONLY_READS_FIRST.contains(&mn)
        && !(mn.starts_with("st") && !mn.contains("xr") && !mn.contains("xp"));
    let reads_first = first && (!stores_back || READS_FIRST.contains(&mn));
    Ok(Spill::Use {
        load: later || reads_first,
        store: stores_back,
    })
}

/// A save or restore without its x28 half.
fn drop_x28_half(inst: &Inst) -> Option<Inst> {
    let mut out = inst.clone();
    out.code = None;
    out.edit = Edit::Rewritten;
    let (first, rest) = out.operands.split_at_mut(1);
    let OperandKind::Mem(m) = &mut rest[0].kind else {
        unreachable!("classified as a save or restore")
    };
    let writeback = !matches!(m.addressing, Addressing::Offset(_));
    let zr = Reg::Gpr {
        num: 31,
        wide: true,
    };
    match &mut first[0].kind {
        // With writeback SP still moves: x28's half becomes xzr.
        OperandKind::Reg(r) if writeback => *r = zr,
        OperandKind::Reg(_) => return None,
        OperandKind::Pair(a, b) if writeback => {
            for r in [a, b] {
                if is_x28(r) {
                    *r = zr;
                }
            }
        }
        OperandKind::Pair(a, b) => {
            let (keep, shift) = if is_x28(a) { (*b, 8) } else { (*a, 0) };
            if let Addressing::Offset(d) = &mut m.addressing {
                *d += shift;
            }
            first[0].kind = OperandKind::Reg(keep);
            out.mnemonic = out.mnemonic[..2].to_string() + "r";
        }
        _ => unreachable!("classified as a save or restore"),
    }
    Some(out)
}

/// An instruction the rewrite adds for `inst`, placed `col` columns after it (each added
/// instruction has a place of its own for the verifier and the report).
fn added(inst: &Inst, mnemonic: &str, operands: Vec<OperandKind>, col: u32) -> Inst {
    let span = Span {
        col: inst.span.col + col,
        ..inst.span
    };
    Inst {
        mnemonic: mnemonic.to_string(),
        operands: operands
            .into_iter()
            .map(|kind| Operand { kind, span })
            .collect(),
        span,
        code: None,
        edit: Edit::Added,
    }
}

/// `inst` with x28 as `scratch` (either width), the scratch loaded from and stored back to
/// the slot at `off(sp)` as needed, and kept in `d<keep>` around all that when given. A
/// plain `mov x28, xN` is just the store of xN. The added instructions take columns just
/// after the instruction's own, so that each has a place of its own for the verifier and
/// the report.
fn use_through(
    inst: &Inst,
    scratch: u8,
    off: i64,
    load: bool,
    store: bool,
    keep: Option<u8>,
) -> Vec<Inst> {
    let added = |mnemonic: &str, kinds: [OperandKind; 2], col: u32| {
        added(inst, mnemonic, kinds.into(), col)
    };
    let gpr = |num| OperandKind::Reg(Reg::Gpr { num, wide: true });
    let slot_access = |mnemonic: &str, reg: u8, col: u32| {
        let slot = OperandKind::Mem(Mem {
            base: Reg::Sp { wide: true },
            addressing: Addressing::Offset(off),
        });
        added(mnemonic, [gpr(reg), slot], col)
    };
    if let (
        "mov",
        [Operand {
            kind:
                OperandKind::Reg(Reg::Gpr {
                    num: 28,
                    wide: true,
                }),
            ..
        }, Operand {
            kind: OperandKind::Reg(Reg::Gpr { num, wide: true }),
            ..
        }],
    ) = (inst.mnemonic.as_str(), inst.operands.as_slice())
    {
        return vec![Inst {
            span: inst.span,
            edit: Edit::Rewritten,
            ..slot_access("str", *num, 0)
        }];
    }
    let mut main = inst.clone();
    rename_in(&mut main, 28, scratch);
    let vector = |num| OperandKind::Reg(Reg::Fp { num, size: 3 });
    let mut out = Vec::with_capacity(5);
    if let Some(v) = keep {
        out.push(added("fmov", [vector(v), gpr(scratch)], 3));
    }
    if load {
        out.push(slot_access("ldr", scratch, 1));
    }
    out.push(main);
    if store {
        out.push(slot_access("str", scratch, 2));
    }
    if let Some(v) = keep {
        out.push(added("fmov", [gpr(scratch), vector(v)], 4));
    }
    out
}
