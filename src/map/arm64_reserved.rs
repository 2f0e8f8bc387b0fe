//! The arm64 registers Go reserves, x28 (`g`) and x18 (`R18_PLATFORM`): this module owns
//! renaming them away in a native function before it is lowered ([`prepare`]), and the
//! located error when it cannot ([`check`], which the lowering runs on every instruction).
//!
//! [`prepare`] works on the typed native IR, before lowering and verification: the renamed
//! instruction is what the map stage lowers and what the native encoder re-encodes for the
//! byte comparison, so a rename is verified like any other instruction. A replacement is a
//! general register the function never mentions, in any width or operand shape (register,
//! shifted or extended register, pair, memory base, index or post-index register). Each
//! rename is a warning located at the function. When no register qualifies, nothing is
//! renamed and the lowering reports the use ([`check`]) with the `-ffixed-x18 -ffixed-x28`
//! help.
//!
//! **Why each choice is safe.** A register the function never mentions is never read or
//! written by its own instructions, so within the function the rename is a bijection on
//! register names. What remains is what other code expects of that register:
//!
//! - **x28 → x19..x26, then x27.** gcc and clang treat x28 as callee-saved: its value may
//!   live across calls, and the function saves and restores it for its caller. Its
//!   replacement must be callee-saved too (callees keep it across the function's own calls),
//!   and since every instruction that saved and restored x28 now saves and restores the
//!   replacement, the caller's value of that register is kept. x27 is Go's assembler scratch
//!   register (REGTMP): instructions the converter adds (the bridge, frame code) may expand
//!   through it, so it comes last. Source instructions never do: they are verified byte for
//!   byte against the native word, so none is an expansion. x29 (frame pointer) and x30
//!   (link register) are never candidates.
//! - **x18 → x9..x15 first.** On Linux, gcc and clang use x18 as a caller-saved temporary:
//!   no value arrives in it at entry, and across a call it only lives when the callee is a
//!   function of the same file that leaves it alone (GCC's `-fipa-ra`). x9–x15 carry no
//!   argument or result either. In a function that calls or is called within the file, the
//!   replacement must be a register *no* function of the file mentions (a callee must not
//!   clobber it, a caller must not keep a value in it across the call); elsewhere one the
//!   function does not mention. x16/x17 are never used: linker veneers and the converter's
//!   call sequences clobber them.
//! - **then x2..x8, only in a function that never calls** (a call: `bl`, `blr`, `br`, or a
//!   branch to anything but a label of the function). An argument or indirect-result
//!   register the function never mentions may still carry a value *through* it to a callee
//!   (`f(a, b) { return g(a, b); }` is a bare `b g`), so a calling function cannot use them.
//!   In a leaf, x2–x8 are dead when unmentioned: C results come back in x0/x1 at most (larger
//!   ones in memory through x8, which the caller does not expect back). x0 and x1 are left
//!   out, unlike the x0–x8 first planned: an unmentioned x0/x1 can be a result returned
//!   untouched (`long f(long a) { return a; }` is a bare `ret`).
//! - **never x19..x27 for x18**: the function would clobber a callee-saved register without
//!   restoring it, which breaks a native caller that keeps a value there across the call
//!   (native bodies call each other). Saving and restoring one is future work; until then
//!   the located error with the `-ffixed-x18` help.

use crate::diag::{Diagnostic, Diagnostics};
use crate::ir::a64::{Addressing, Inst, Operand, OperandKind};
use crate::ir::{Function, Item, Module};
use crate::isa::arm64::Reg;

/// Registers a replacement may come from, in order of preference.
struct Pool {
    regs: &'static [u8],
    /// Open to a function that calls.
    with_calls: bool,
}

/// One register Go reserves.
struct Reserved {
    num: u8,
    /// Why Go wants it (warning).
    why: &'static str,
    /// What it is to Go (error).
    what: &'static str,
    pools: &'static [Pool],
}

const CALLEE_SAVED_LAST_SCRATCH: &[u8] = &[19, 20, 21, 22, 23, 24, 25, 26, 27];

/// In order: x28 first, so that it gets the callee-saved register it needs before x18's last
/// resort could take it.
const RESERVED: &[Reserved] = &[
    Reserved {
        num: 28,
        why: "Go keeps `g` in x28",
        what: "Go's `g` register (R28), which must never change",
        pools: &[Pool {
            regs: CALLEE_SAVED_LAST_SCRATCH,
            with_calls: true,
        }],
    },
    Reserved {
        num: 18,
        why: "Go reserves x18 as R18_PLATFORM",
        what: "the platform register (Go's R18_PLATFORM)",
        pools: &[
            Pool {
                regs: &[9, 10, 11, 12, 13, 14, 15],
                with_calls: true,
            },
            Pool {
                regs: &[2, 3, 4, 5, 6, 7, 8],
                with_calls: false,
            },
        ],
    },
];

/// Renames x28 and x18 in every function of `module` to registers it leaves free (see the
/// module doc); one warning per rename. Uses that cannot be renamed are left for [`check`].
///
/// x18's replacement is a call-clobbered register, and compilers allocate those across
/// calls *between functions of one file* when they can see the callee leaves them alone
/// (GCC's `-fipa-ra`: a value in x18 survives `bl helper` because `helper` never writes
/// x18). So in a function that calls, or is called by, another function of the file, x18
/// only takes a register that no function of the file mentions.
pub fn prepare(module: &mut Module<Inst>, diags: &mut Diagnostics) {
    let called: Vec<String> = module
        .functions
        .iter()
        .flat_map(instructions)
        .filter(|i| matches!(i.mnemonic.as_str(), "bl" | "b"))
        .flat_map(|i| &i.operands)
        .filter_map(|o| match &o.kind {
            OperandKind::Target(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    let mut file_wide = module.functions.iter().fold(0, |m, f| m | mentioned(f));
    for f in &mut module.functions {
        let calls = calls(f);
        let linked = calls || called.contains(&f.name);
        let mut used = mentioned(f);
        for reserved in RESERVED {
            if used & bit(reserved.num) == 0 {
                continue;
            }
            let avoid = if reserved.num == 18 && linked {
                used | file_wide
            } else {
                used
            };
            let choice = reserved
                .pools
                .iter()
                .filter(|p| p.with_calls || !calls)
                .flat_map(|p| p.regs.iter().copied())
                .find(|r| avoid & bit(*r) == 0);
            let Some(to) = choice else { continue };
            rename(f, reserved.num, to);
            used = used & !bit(reserved.num) | bit(to);
            file_wide |= bit(to);
            diags.push(Diagnostic::warning(
                f.span,
                format!("x{} renamed to x{to} ({})", reserved.num, reserved.why),
            ));
        }
    }
}

/// The error for a use of x18 or x28 that [`prepare`] left: no register was free.
pub fn check(ops: &[Operand]) -> Result<(), Diagnostic> {
    for op in ops {
        let mut regs = Vec::with_capacity(2);
        registers(&op.kind, &mut regs);
        let Some(reserved) = RESERVED
            .iter()
            .find(|r| regs.iter().any(|g| g.num() == r.num as u32))
        else {
            continue;
        };
        let n = reserved.num;
        return Err(
            Diagnostic::error(op.span, format!("x{n} is {}", reserved.what))
                .expected(format!(
                    "code that leaves x18 and x28 alone, or a register this function never \
                 mentions to rename x{n} to ({})",
                    if n == 28 {
                        "x19–x27"
                    } else {
                        "x9–x15; without calls x2–x8"
                    }
                ))
                .help("compile the C code with -ffixed-x18 -ffixed-x28"),
        );
    }
    Ok(())
}

fn bit(num: u8) -> u32 {
    1 << num
}

/// The general registers an operand names, any width (not sp).
fn registers(kind: &OperandKind, out: &mut Vec<Reg>) {
    match kind {
        OperandKind::Pair(a, b) => out.extend([*a, *b]),
        OperandKind::Mem(m) => out.extend(m.registers()),
        k => out.extend(k.modified_reg().map(|(r, _)| r)),
    }
    out.retain(|r| matches!(r, Reg::Gpr { num, .. } if *num < 31));
}

fn instructions(f: &Function<Inst>) -> impl Iterator<Item = &Inst> {
    f.body.iter().filter_map(|i| match i {
        Item::Inst(inst) => Some(inst),
        _ => None,
    })
}

/// Bit `n`: the function mentions xn or wn.
fn mentioned(f: &Function<Inst>) -> u32 {
    let mut regs = Vec::new();
    for op in instructions(f).flat_map(|i| &i.operands) {
        registers(&op.kind, &mut regs);
    }
    regs.iter().fold(0, |m, r| m | bit(r.num() as u8))
}

/// Whether the function calls: `bl`, `blr`, `br`, or a branch to anything but its own labels.
fn calls(f: &Function<Inst>) -> bool {
    let labels: Vec<&str> = f.labels().collect();
    instructions(f).any(|inst| {
        matches!(inst.mnemonic.as_str(), "bl" | "blr" | "br")
            || inst
                .operands
                .iter()
                .any(|o| matches!(&o.kind, OperandKind::Target(t) if !labels.contains(&t.as_str())))
    })
}

/// Renames general register `from` to `to` (either width) in every operand of `f`.
fn rename(f: &mut Function<Inst>, from: u8, to: u8) {
    let swap = |r: &mut Reg| {
        if let Reg::Gpr { num, .. } = r {
            if *num == from {
                *num = to;
            }
        }
    };
    for item in &mut f.body {
        let Item::Inst(inst) = item else { continue };
        for op in &mut inst.operands {
            match &mut op.kind {
                OperandKind::Reg(r)
                | OperandKind::Shifted { reg: r, .. }
                | OperandKind::Extended { reg: r, .. } => swap(r),
                OperandKind::Pair(a, b) => {
                    swap(a);
                    swap(b);
                }
                OperandKind::Mem(m) => {
                    swap(&mut m.base);
                    if let Addressing::Index { index: r, .. } | Addressing::PostIndexReg(r) =
                        &mut m.addressing
                    {
                        swap(r);
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Arch;
    use crate::parse::{parse, Syntax};

    fn function(body: &str) -> Function<Inst> {
        let text = format!("f:\n{body}\tret\n");
        let mut module = parse::<Inst>(&text, Arch::Arm64, Syntax::Gnu).expect("parses");
        module.functions.remove(0)
    }

    /// The operand kinds of every instruction (spans left out).
    fn kinds(f: &Function<Inst>) -> Vec<Vec<OperandKind>> {
        instructions(f)
            .map(|i| i.operands.iter().map(|o| o.kind.clone()).collect())
            .collect()
    }

    /// Runs the pass; the warnings' messages and help lines.
    fn run(f: &mut Function<Inst>) -> Vec<(String, Option<String>)> {
        let mut diags = Diagnostics::default();
        let mut module = parse::<Inst>("", Arch::Arm64, Syntax::Gnu).expect("parses");
        module.functions.push(f.clone());
        prepare(&mut module, &mut diags);
        *f = module.functions.remove(0);
        assert!(!diags.has_errors());
        diags.0.into_iter().map(|d| (d.message, d.help)).collect()
    }

    /// The lowering's error for the function's first use of x18 or x28.
    fn first_error(f: &Function<Inst>) -> Option<Diagnostic> {
        instructions(f).find_map(|i| check(&i.operands).err())
    }

    /// Each register mentioned, one `mov` each.
    fn mention(regs: impl IntoIterator<Item = u8>) -> String {
        regs.into_iter()
            .map(|r| format!("\tmov\tx{r}, 1\n"))
            .collect()
    }

    #[test]
    fn every_operand_shape_is_renamed_in_either_width() {
        let shapes = "\tmov\tx28, x1\n\tadd\tw0, w28, w2\n\tadd\tx0, x1, x28, lsl 3\n\
                      \tadd\tx0, sp, w28, uxtw 2\n\tstp\tx27, x28, [sp, -16]!\n\
                      \tldp\tw28, w3, [x28], 8\n\tldr\tx0, [x28, 8]\n\
                      \tldr\tx0, [x1, x28, lsl 3]\n\tldr\tw0, [x1, w28, sxtw]\n\
                      \tstr\tx18, [x18, x18]\n";
        let mut f = function(shapes);
        let warnings = run(&mut f);
        assert_eq!(
            warnings,
            [
                ("x28 renamed to x19 (Go keeps `g` in x28)".into(), None),
                (
                    "x18 renamed to x9 (Go reserves x18 as R18_PLATFORM)".into(),
                    None
                ),
            ]
        );
        let want = function(&shapes.replace("28", "19").replace("18", "9"));
        assert_eq!(kinds(&f), kinds(&want));
        assert_eq!(mentioned(&f) & (bit(18) | bit(28)), 0);
        for inst in instructions(&f) {
            assert!(check(&inst.operands).is_ok(), "{inst:?}");
        }
    }

    #[test]
    fn x28_takes_a_callee_saved_register_and_the_assembler_scratch_last() {
        let mut f = function(&format!("{}\tmov\tx28, 1\n", mention([19, 21])));
        assert_eq!(run(&mut f)[0].0, "x28 renamed to x20 (Go keeps `g` in x28)");
        // Caller-saved registers are never used for x28, even when all are free.
        let mut f = function(&format!("{}\tmov\tx28, 1\n", mention(19..=26)));
        assert_eq!(run(&mut f)[0].0, "x28 renamed to x27 (Go keeps `g` in x28)");
        let mut f = function(&format!("{}\tmov\tx28, 1\n", mention(19..=27)));
        assert!(run(&mut f).is_empty());
        let err = first_error(&f).expect("x28 is reported");
        assert!(err.message.starts_with("x28 is Go's `g` register"));
        assert_eq!(
            err.help.as_deref(),
            Some("compile the C code with -ffixed-x18 -ffixed-x28")
        );
    }

    #[test]
    fn x18_prefers_temporaries_then_leaf_only_registers() {
        let renamed = |body: String| {
            let mut f = function(&body);
            let w = run(&mut f);
            (w, f)
        };
        // A temporary even in a function that calls.
        let (w, _) = renamed(format!("{}\tmov\tx18, 1\n\tbl\tg\n", mention([9, 10])));
        assert_eq!(
            w[0].0,
            "x18 renamed to x11 (Go reserves x18 as R18_PLATFORM)"
        );
        // No temporary left: a calling function keeps x18 (the lowering reports it) ...
        for call in [
            "\tbl\tg\n",
            "\tblr\tx1\n",
            "\tbr\tx1\n",
            "\tb\tg\n",
            "\tcbz\tx1, g\n",
        ] {
            let (w, f) = renamed(format!("{}\tmov\tx18, 1\n{call}", mention(9..=15)));
            assert!(w.is_empty(), "{call}: {w:?}");
            assert!(first_error(&f).is_some());
        }
        // ... a leaf takes x2..x8, never x0, x1, x16, x17 (branches to its own labels are
        // not calls) ...
        let (w, _) = renamed(format!(
            ".L1:\n{}\tmov\tx18, 1\n\tcbz\tx18, .L1\n",
            mention((9..=15).chain([3]))
        ));
        assert_eq!(
            w[0].0,
            "x18 renamed to x2 (Go reserves x18 as R18_PLATFORM)"
        );
        // ... and never a callee-saved register: native callers keep values in them.
        let (w, f) = renamed(format!("{}\tmov\tx18, 1\n", mention(2..=15)));
        assert!(w.is_empty(), "{w:?}");
        assert!(first_error(&f).is_some());
    }

    #[test]
    fn x18_across_a_call_in_the_file_avoids_every_register_the_file_mentions() {
        // GCC keeps `x18` live across `bl g` because `g` never writes x18 (-fipa-ra); `g`
        // writes x9, so x9 would be clobbered.
        let text = "f:\n\tlsl\tx18, x0, 3\n\tbl\tg\n\tmov\tx0, x18\n\tret\n\
                    g:\n\tmov\tx9, 1\n\tmov\tx10, 2\n\tret\n";
        let mut module = parse::<Inst>(text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags);
        assert_eq!(
            diags.0[0].message,
            "x18 renamed to x11 (Go reserves x18 as R18_PLATFORM)"
        );
    }

    #[test]
    fn x28_is_renamed_even_when_x18_cannot_be() {
        let mut f = function(&format!(
            "{}\tmov\tx18, 1\n\tmov\tx28, 2\n",
            mention(2..=15)
        ));
        let w: Vec<String> = run(&mut f).into_iter().map(|(m, _)| m).collect();
        assert_eq!(w, ["x28 renamed to x19 (Go keeps `g` in x28)"]);
        assert_eq!(mentioned(&f) & bit(28), 0);
        assert!(first_error(&f).is_some());
    }

    #[test]
    fn the_error_locates_the_operand() {
        let f = function("\tldr\tx0, [x1, w18, sxtw]\n");
        let inst = instructions(&f).next().unwrap();
        let err = check(&inst.operands).unwrap_err();
        assert_eq!(err.span, inst.operands[1].span);
        assert!(err.message.starts_with("x18 is the platform register"));
        assert!(err.expected.unwrap().contains("x9–x15"));
    }
}
