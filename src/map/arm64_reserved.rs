//! The arm64 registers Go reserves, x28 (`g`) and x18 (`R18_PLATFORM`): this module owns
//! renaming them away in a native function before it is lowered ([`prepare`]); where no
//! register is free, keeping x28's C value in its save slot ([`spill_x28`]) and x18 as
//! `R18_PLATFORM` (Linux only: Go never uses R18 and only Apple, Windows and Android's
//! shadow call stack reserve x18; the emit stage then adds `//go:build linux && !android`);
//! and the located errors when none of that is possible ([`check`], which the lowering runs
//! on every instruction, for x28; [`prepare`] itself for x18).
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
//!   (native bodies call each other). x18 stays as `R18_PLATFORM` instead (or, with
//!   `--no-platform-register`, the located error with the `-ffixed-x18` help).

use super::arm64_liveness::{self, bit, instructions, mentioned, rename, FileNames};
pub use super::arm64_x28_slot::SpDepths;
use super::arm64_x28_slot::{spill_x28, Spilled, HELP};
use crate::diag::{Diagnostic, Diagnostics};
use crate::ir::a64::{Inst, Operand, OperandKind};
use crate::ir::{Function, Module};
use crate::isa::arm64::Reg;
use std::collections::HashMap;

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
/// module doc); one warning per rename. x28 with no free register lives in its save slot
/// ([`spill_x28`]); x18 with none stays, as Go's `R18_PLATFORM`, when `platform_register`
/// allows it (a warning: the output then builds for `linux && !android` only), else each
/// use is a located error. Uses of x28 that stay are left for [`check`].
///
/// x18's replacement is a call-clobbered register, and compilers allocate those across
/// calls *between functions of one file* when they can see the callee leaves them alone
/// (GCC's `-fipa-ra`: a value in x18 survives `bl helper` because `helper` never writes
/// x18). So x18 only takes a register that no callee of the function can write (the
/// registers the file's callees mention, through their own callees; a callee outside the
/// file or through a register writes every caller-saved register) and that no caller of the
/// function mentions (a caller may keep a value in it across the call).
pub fn prepare(
    module: &mut Module<Inst>,
    diags: &mut Diagnostics,
    depths: SpDepths,
    platform_register: bool,
) {
    let graph = CallGraph::of(&module.functions);
    let file = FileNames::of(module);
    let mut mentions: Vec<u32> = module.functions.iter().map(mentioned).collect();
    let vectors: Vec<u32> = module
        .functions
        .iter()
        .map(|f| instructions(f).fold(0, |m, i| m | arm64_liveness::vectors_named(i)))
        .collect();
    for (n, f) in module.functions.iter_mut().enumerate() {
        let calls = graph.calls(n);
        let mut used = mentions[n];
        for reserved in RESERVED {
            if used & bit(reserved.num) == 0 {
                continue;
            }
            let avoid = if reserved.num == 18 {
                used | graph.callee_writes(n, &mentions) | graph.caller_mentions(n, &mentions)
            } else {
                used
            };
            let choice = reserved
                .pools
                .iter()
                .filter(|p| p.with_calls || !calls)
                .flat_map(|p| p.regs.iter().copied())
                .find(|r| avoid & bit(*r) == 0);
            let Some(to) = choice else {
                if reserved.num == 28 {
                    // A vector register that neither the function nor its callers in
                    // the file mention (v16-v31: caller-saved) can keep a live register
                    // for a moment.
                    let taken = vectors[n] | graph.caller_mentions(n, &vectors);
                    let stash = (16..32u8).rev().find(|v| taken & bit(*v) == 0);
                    match spill_x28(f, depths, &file, stash) {
                        Ok(Spilled {
                            scratch,
                            slot,
                            count,
                            borrowed,
                        }) => {
                            used = scratch.iter().fold(used & !bit(28), |u, r| u | bit(*r));
                            let through: Vec<String> =
                                scratch.iter().map(|r| format!("x{r}")).collect();
                            let borrowed = match (borrowed, stash) {
                                (0, _) | (_, None) => String::new(),
                                (b, Some(v)) => format!(
                                    "; {b} borrowing a live register, kept in d{v} meanwhile"
                                ),
                            };
                            diags.push(Diagnostic::warning(
                                f.span,
                                format!(
                                    "x28 kept in its save slot ({slot} bytes below the entry SP), \
                                     {count} instructions rewritten through {}{borrowed} ({})",
                                    through.join(", "),
                                    reserved.why
                                ),
                            ));
                        }
                        Err(d) => diags.push(d),
                    }
                } else if platform_register {
                    diags.push(
                        Diagnostic::warning(
                            f.span,
                            format!(
                                "x18 kept as Go's R18_PLATFORM in `{}`: no register is free to \
                                 rename it to; Go leaves R18 alone on Linux, so the output is \
                                 built for `linux && !android` only",
                                f.name
                            ),
                        )
                        .help(
                            "compile the C code with -ffixed-x18 to run elsewhere, or give \
                             --no-platform-register to refuse instead",
                        ),
                    );
                } else {
                    for inst in instructions(f) {
                        if let Some(mut d) = inst.operands.iter().find_map(|op| refusal(op, 18)) {
                            d.message = format!("{} (in function `{}`)", d.message, f.name);
                            diags.push(d);
                        }
                    }
                }
                continue;
            };
            rename(f, reserved.num, to);
            used = used & !bit(reserved.num) | bit(to);
            diags.push(Diagnostic::warning(
                f.span,
                format!("x{} renamed to x{to} ({})", reserved.num, reserved.why),
            ));
        }
        mentions[n] = used;
    }
}

/// The registers that the AAPCS64 lets a callee change: x0-x18.
const CALLER_SAVED: u32 = (1 << 19) - 1;

/// The direct calls between the functions of one file.
struct CallGraph {
    /// Per function, the functions of the file it calls or jumps to.
    callees: Vec<Vec<usize>>,
    /// Per function, the functions of the file that call or jump to it.
    callers: Vec<Vec<usize>>,
    /// Per function, whether it calls anything else (another file, a register).
    unknown: Vec<bool>,
}

impl CallGraph {
    fn of(functions: &[Function<Inst>]) -> CallGraph {
        let index: HashMap<&str, usize> = functions
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.as_str(), i))
            .collect();
        let mut graph = CallGraph {
            callees: vec![Vec::new(); functions.len()],
            callers: vec![Vec::new(); functions.len()],
            unknown: vec![false; functions.len()],
        };
        for (n, f) in functions.iter().enumerate() {
            for target in call_targets(f) {
                match target.and_then(|t| index.get(t)) {
                    Some(&c) => {
                        graph.callees[n].push(c);
                        graph.callers[c].push(n);
                    }
                    None => graph.unknown[n] = true,
                }
            }
        }
        graph
    }

    fn calls(&self, n: usize) -> bool {
        self.unknown[n] || !self.callees[n].is_empty()
    }

    /// The functions reachable from `n` through calls (`n` included), or to `n` with
    /// `reverse`.
    fn reach(&self, n: usize, reverse: bool) -> Vec<usize> {
        let mut seen = vec![false; self.callees.len()];
        let mut stack = vec![n];
        seen[n] = true;
        let mut out = Vec::new();
        let edges = if reverse {
            &self.callers
        } else {
            &self.callees
        };
        while let Some(k) = stack.pop() {
            out.push(k);
            for &c in &edges[k] {
                if !seen[c] {
                    seen[c] = true;
                    stack.push(c);
                }
            }
        }
        out
    }

    /// The registers a call of `c` may change: what it and its callees mention; every
    /// caller-saved register when one of them calls outside the file or through a register.
    fn writes(&self, c: usize, mentions: &[u32]) -> u32 {
        self.reach(c, false).into_iter().fold(0, |m, k| {
            m | mentions[k] | if self.unknown[k] { CALLER_SAVED } else { 0 }
        })
    }

    /// The registers that `n`'s value of x18 must not be kept in: what the callees that x18
    /// can live across write. A callee that may write x18 itself (directly, or through
    /// unknown code: every caller-saved register) is one x18 cannot live across.
    fn callee_writes(&self, n: usize, mentions: &[u32]) -> u32 {
        self.callees[n]
            .iter()
            .map(|&c| self.writes(c, mentions))
            .filter(|w| w & bit(18) == 0)
            .fold(0, |m, w| m | w)
    }

    /// The registers the functions that call `n` (through others too) mention.
    fn caller_mentions(&self, n: usize, mentions: &[u32]) -> u32 {
        self.reach(n, true)
            .into_iter()
            .filter(|k| *k != n)
            .fold(0, |m, k| m | mentions[k])
    }
}

/// Each call or jump out of `f`: the target's name, `None` through a register.
fn call_targets(f: &Function<Inst>) -> Vec<Option<&str>> {
    let labels: Vec<&str> = f.labels().collect();
    let mut out = Vec::new();
    for inst in instructions(f) {
        if matches!(inst.mnemonic.as_str(), "blr" | "br") {
            out.push(None);
        }
        out.extend(inst.operands.iter().filter_map(|o| match &o.kind {
            OperandKind::Target(t) if !labels.contains(&t.as_str()) => Some(Some(t.as_str())),
            _ => None,
        }));
    }
    out
}

/// The error for a use of x28 that [`prepare`] left (no register was free and it cannot
/// live in its save slot). x18 is settled by [`prepare`].
pub fn check(ops: &[Operand]) -> Result<(), Diagnostic> {
    match ops.iter().find_map(|op| refusal(op, 28)) {
        Some(d) => Err(d),
        None => Ok(()),
    }
}

/// The located error for operand `op` when it names reserved register `n`.
fn refusal(op: &Operand, n: u8) -> Option<Diagnostic> {
    let mut regs = Vec::with_capacity(2);
    registers(&op.kind, &mut regs);
    if !regs.iter().any(|g| g.num() == n as u32) {
        return None;
    }
    let reserved = RESERVED.iter().find(|r| r.num == n)?;
    Some(
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
            .help(HELP),
    )
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

#[cfg(test)]
mod tests {
    use super::super::arm64_x28_slot::{fill_depths, split_x28};
    use super::*;
    use crate::ir::a64::Addressing;
    use crate::ir::Arch;
    use crate::ir::Item;
    use crate::parse::{parse, Syntax};

    fn function(body: &str) -> Function<Inst> {
        let text = format!("f:\n{body}\tret\n");
        let mut module = parse::<Inst>(&text, Arch::Arm64, Syntax::Gnu).expect("parses");
        module.functions.remove(0)
    }

    /// A stand-in for the frame analysis in these tests: SP followed through straight-line
    /// code (`sub/add sp, sp, #n` and writeback on sp), keyed like the real one.
    fn sp_walk(f: &Function<Inst>) -> Result<HashMap<(u32, u32), i64>, Option<Diagnostic>> {
        let mut depth = 0;
        let mut out = HashMap::new();
        for inst in instructions(f) {
            out.insert((inst.span.line, inst.span.col), depth);
            let ops: Vec<&OperandKind> = inst.operands.iter().map(|o| &o.kind).collect();
            match (inst.mnemonic.as_str(), ops.as_slice()) {
                (m @ ("sub" | "add"), [OperandKind::Reg(Reg::Sp { .. }), _, k]) => {
                    let n = k.imm().ok_or(None)?;
                    depth += if m == "sub" { n } else { -n };
                }
                (_, [.., OperandKind::Mem(m)]) if matches!(m.base, Reg::Sp { .. }) => {
                    match m.addressing {
                        Addressing::PreIndex(d) | Addressing::PostIndex(d) => depth -= d,
                        _ => {}
                    }
                }
                ("mov", [OperandKind::Reg(Reg::Sp { .. }), _]) => return Err(None),
                _ => {}
            }
        }
        Ok(out)
    }

    /// Runs the pass on a whole function text; the diagnostics and the function's
    /// instructions as text.
    fn spill(body: &str) -> (Vec<Diagnostic>, Vec<String>) {
        let text = format!("f:\n{}\t{}\n\tret\n", mention(19..=27), body.trim_end());
        let mut module = parse::<Inst>(&text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags, &sp_walk, false);
        let mut shown = show(&module.functions[0]);
        shown.drain(..9);
        (diags.0, shown)
    }

    /// Each instruction: mnemonic and operand kinds.
    fn show(f: &Function<Inst>) -> Vec<String> {
        instructions(f)
            .map(|inst| {
                let kinds = inst.operands.iter().map(|o| format!(" {:?}", o.kind));
                std::iter::once(inst.mnemonic.clone())
                    .chain(kinds)
                    .collect()
            })
            .collect()
    }

    /// The instructions of `body` (and the `ret` [`function`] adds) as [`spill`] shows them.
    fn shown(body: &str) -> Vec<String> {
        show(&function(body))
    }

    #[test]
    fn x28_lives_in_its_save_slot_when_no_register_is_free() {
        // gcc's shape: the save is the x28 half of a pair at sp+88 after a 96-byte frame.
        let (diags, got) = spill(
            "stp\tx29, x30, [sp, -96]!\n\tstp\tx27, x28, [sp, 80]\n\tmov\tx28, x0\n\
             \tsub\tsp, sp, 32\n\tadd\tx28, x28, 1\n\teor\tx0, x1, x28, lsl 2\n\
             \tstr\tw28, [x28, 8]\n\tadd\tsp, sp, 32\n\tcbz\tx28, .L1\n.L1:\n\
             \tldp\tx27, x28, [sp, 80]\n\tldp\tx29, x30, [sp], 96",
        );
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(
            diags[0].message,
            "x28 kept in its save slot (8 bytes below the entry SP), 7 instructions rewritten \
             through x16 (Go keeps `g` in x28)"
        );
        let want = shown(
            "stp\tx29, x30, [sp, -96]!\n\tstr\tx27, [sp, 80]\n\tstr\tx0, [sp, 88]\n\
             \tsub\tsp, sp, 32\n\
             \tldr\tx16, [sp, 120]\n\tadd\tx16, x16, 1\n\tstr\tx16, [sp, 120]\n\
             \tldr\tx16, [sp, 120]\n\teor\tx0, x1, x16, lsl 2\n\
             \tldr\tx16, [sp, 120]\n\tstr\tw16, [x16, 8]\n\
             \tadd\tsp, sp, 32\n\tldr\tx16, [sp, 88]\n\tcbz\tx16, .L1\n.L1:\n\
             \tldr\tx27, [sp, 80]\n\tldp\tx29, x30, [sp], 96\n",
        );
        assert_eq!(got, want);
    }

    #[test]
    fn x28_saves_with_writeback_keep_moving_sp() {
        // clang's shape, and a lone save that allocates the frame.
        let (diags, got) = spill(
            "stp\tx28, x27, [sp, -32]!\n\tmov\tx28, x0\n\tmov\tx0, x28\n\
             \tldp\tx28, x27, [sp], 32",
        );
        assert!(diags[0]
            .message
            .starts_with("x28 kept in its save slot (32 bytes"));
        let want = shown(
            "stp\txzr, x27, [sp, -32]!\n\tstr\tx0, [sp]\n\tldr\tx16, [sp]\n\
             \tmov\tx0, x16\n\tldp\txzr, x27, [sp], 32\n",
        );
        assert_eq!(got, want);
        let (diags, got) = spill("str\tx28, [sp, -16]!\n\tmov\tx28, x0\n\tldr\tx28, [sp], 16");
        assert!(diags[0]
            .message
            .starts_with("x28 kept in its save slot (16 bytes"));
        let want = shown("str\txzr, [sp, -16]!\n\tstr\tx0, [sp]\n\tldr\txzr, [sp], 16\n");
        assert_eq!(got, want);
    }

    #[test]
    fn x28_spill_refusals_are_located() {
        let refused = |body: &str, why: &str| {
            let (diags, _) = spill(body);
            let err = diags
                .iter()
                .find(|d| d.is_error())
                .unwrap_or_else(|| panic!("{body}: no error in {diags:?}"));
            assert!(err.message.contains(why), "{body}: {}", err.message);
            assert_eq!(err.help.as_deref(), Some(HELP));
            err.span
        };
        let save = "stp\tx27, x28, [sp, -16]!\n\t";
        let restore = "\n\tldp\tx27, x28, [sp], 16";
        // Every candidate scratch is live across the use (read after it), and every
        // caller-saved vector register is taken.
        let vectors: String = (16..32)
            .step_by(4)
            .map(|v| format!("ld1\t{{v{v}.16b-v{}.16b}}, [x0]\n\t", v + 3))
            .collect();
        let writes: String = (0..=17).map(|r| format!("mov\tx{r}, 1\n\t")).collect();
        let reads: String = (1..=17).map(|r| format!("\n\tadd\tx0, x0, x{r}")).collect();
        let span = refused(
            &format!("{save}{vectors}{writes}add\tx28, x28, 1{reads}{restore}"),
            "no register is free to hold x28's value",
        );
        assert_eq!(span.line, 34);
        refused("mov\tx28, x0", "no save of x28");
        refused(&format!("{save}mov\tx28, x0"), "no save of x28");
        refused(
            &format!("{save}ldp\tx28, x0, [x1, -512]{restore}"),
            "no single access takes",
        );
        // Unpredictable (the parser refuses it; decoded words are not checked).
        let mut f = function("ldr\tx0, [x28, 8]!\n");
        let Item::Inst(inst) = &mut f.body[0] else {
            unreachable!()
        };
        inst.operands[0].kind = OperandKind::Reg(Reg::Gpr {
            num: 28,
            wide: true,
        });
        let (span, why) = split_x28(&mut f).expect_err("refused");
        assert_eq!(
            (span.line, why),
            (
                2,
                "a register is both loaded or stored and the written-back base"
            )
        );
        refused(&format!("{save}ldadd\tx0, x28, [x1]{restore}"), "atomic");
        refused(
            &format!("{save}str\tx28, [sp, -16]!\n\tldr\tx28, [sp], 16{restore}"),
            "more than one slot, moving SP",
        );
        refused(
            &format!("{save}mov\tsp, x0{restore}"),
            "known only at run time",
        );
        // After the frame is released the slot is below SP.
        refused(
            &format!("{save}add\tsp, sp, 16\n\tmov\tx0, x28\n\tsub\tsp, sp, 16{restore}"),
            "not addressable",
        );
        // The caller's x28 is not restored into the register: code must not read it.
        refused(
            &format!("{save}ldp\tx27, x28, [sp], 16\n\tmov\tx0, x28"),
            "read after it is restored",
        );
    }

    #[test]
    fn a_restore_may_be_followed_by_the_save_again() {
        // Shrink-wrapped into a loop (gcc's sqlite3BitvecDestroy): after the restore, the
        // only read of x28 is the save of the next iteration.
        let (diags, got) = spill(
            "stp\tx29, x30, [sp, -32]!\n.L1:\n\tstp\tx27, x28, [sp, 16]\n\tadd\tx28, x0, 1\n\
             \tadd\tx0, x28, x0\n\tldp\tx27, x28, [sp, 16]\n\tcbnz\tx0, .L1\n\
             \tldp\tx29, x30, [sp], 32",
        );
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        let want = shown(
            "stp\tx29, x30, [sp, -32]!\n.L1:\n\tstr\tx27, [sp, 16]\n\tadd\tx16, x0, 1\n\
             \tstr\tx16, [sp, 24]\n\tldr\tx16, [sp, 24]\n\tadd\tx0, x16, x0\n\
             \tldr\tx27, [sp, 16]\n\tcbnz\tx0, .L1\n\tldp\tx29, x30, [sp], 32\n",
        );
        assert_eq!(got, want);
    }

    #[test]
    fn an_instruction_without_go_code_takes_the_depth_after_it() {
        // clang's `add x28, x28, :lo12:sym` lowers into its adrp's address: no depth of its
        // own. It cannot come from after a branch.
        let f = function(
            "sub\tsp, sp, 16\n\tadd\tx0, x0, :lo12:s\n\tmov\tx1, x0\n\
             \tadd\tx2, x2, :lo12:s\n\tadd\tsp, sp, 16\n\tadd\tx3, x3, :lo12:s\n\tb\t.L1\n.L1:\n",
        );
        let keys: Vec<(u32, u32)> = instructions(&f)
            .map(|i| (i.span.line, i.span.col))
            .collect();
        let mut depths: HashMap<(u32, u32), i64> = [(0, 0), (2, 16), (4, 16), (7, 0)]
            .into_iter()
            .map(|(n, d)| (keys[n], d))
            .collect();
        fill_depths(&f, &mut depths);
        let got: Vec<Option<i64>> = keys.iter().map(|k| depths.get(k).copied()).collect();
        assert_eq!(
            got,
            [
                Some(0),
                Some(16),
                Some(16),
                Some(16),
                Some(16),
                None,
                None,
                Some(0)
            ]
        );
    }

    #[test]
    fn x28_spilled_to_other_stack_slots_is_a_plain_use() {
        // gcc's shape: x28's value stored beside another one and loaded back later; x28's
        // home is the slot of the first save.
        let (diags, got) = spill(
            "stp\tx27, x28, [sp, -48]!\n\tmov\tx28, x0\n\tstp\tx28, x22, [sp, 16]\n\
             \tbl\tg\n\tldr\tx28, [sp, 16]\n\tadd\tx0, x28, 1\n\tldp\tx27, x28, [sp], 48",
        );
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        let want = shown(
            "stp\tx27, xzr, [sp, -48]!\n\tstr\tx0, [sp, 8]\n\tldr\tx16, [sp, 8]\n\
             \tstr\tx16, [sp, 16]\n\tstr\tx22, [sp, 24]\n\tbl\tg\n\tldr\tx16, [sp, 16]\n\
             \tstr\tx16, [sp, 8]\n\tldr\tx16, [sp, 8]\n\tadd\tx0, x16, 1\n\
             \tldp\tx27, xzr, [sp], 48\n",
        );
        assert_eq!(got, want);
    }

    #[test]
    fn x28_goes_through_a_register_that_is_dead_across_each_use() {
        // x16 and x17 are live across the first use, so it takes x9 (written and dead
        // there); at the second, x16 is dead again.
        let (diags, got) = spill(
            "stp\tx27, x28, [sp, -16]!\n\tmov\tx16, 1\n\tmov\tx17, 2\n\tmov\tx9, 3\n\
             \tadd\tx0, x9, x0\n\tadd\tx28, x0, 1\n\tadd\tx0, x16, x17\n\
             \tadd\tx0, x0, x28\n\tldp\tx27, x28, [sp], 16",
        );
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(
            diags[0].message,
            "x28 kept in its save slot (8 bytes below the entry SP), 4 instructions rewritten \
             through x16, x9 (Go keeps `g` in x28)"
        );
        let want = shown(
            "stp\tx27, xzr, [sp, -16]!\n\tmov\tx16, 1\n\tmov\tx17, 2\n\tmov\tx9, 3\n\
             \tadd\tx0, x9, x0\n\tadd\tx9, x0, 1\n\tstr\tx9, [sp, 8]\n\tadd\tx0, x16, x17\n\
             \tldr\tx16, [sp, 8]\n\tadd\tx0, x0, x16\n\tldp\tx27, xzr, [sp], 16\n",
        );
        assert_eq!(got, want);
    }

    #[test]
    fn with_no_register_dead_a_live_one_is_kept_in_a_free_vector_register() {
        let writes: String = (0..=17).map(|r| format!("mov\tx{r}, 1\n\t")).collect();
        let reads: String = (1..=17).map(|r| format!("\n\tadd\tx0, x0, x{r}")).collect();
        let (diags, got) = spill(&format!(
            "stp\tx27, x28, [sp, -16]!\n\tmov\tx28, x1\n\t{writes}add\tx28, x28, 1\n\
             \tcmp\tx28, 0{reads}\n\tldp\tx27, x28, [sp], 16"
        ));
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        assert!(
            diags[0]
                .message
                .contains("2 borrowing a live register, kept in d31"),
            "{}",
            diags[0].message
        );
        // The read-modify-write and the compare each borrow x16 (the first candidate).
        let at = got.iter().position(|i| i.starts_with("fmov")).unwrap();
        let want = shown(
            "fmov\td31, x16\n\tldr\tx16, [sp, 8]\n\tadd\tx16, x16, 1\n\tstr\tx16, [sp, 8]\n\
             \tfmov\tx16, d31\n\tfmov\td31, x16\n\tldr\tx16, [sp, 8]\n\tcmp\tx16, 0\n\
             \tfmov\tx16, d31\n",
        );
        assert_eq!(got[at..at + 9], want[..9]);
    }

    #[test]
    fn the_vector_register_is_one_no_caller_in_the_file_names() {
        // e keeps a value in v31 across its call of f (GCC's -fipa-ra could): f takes v30.
        let writes: String = (0..=17).map(|r| format!("\tmov\tx{r}, 1\n")).collect();
        let reads: String = (1..=17).map(|r| format!("\tadd\tx0, x0, x{r}\n")).collect();
        let text = format!(
            "e:\n\tld1\t{{v31.16b}}, [x0]\n\tbl\tf\n\tst1\t{{v31.16b}}, [x0]\n\tret\n\
             f:\n{}\tstp\tx27, x28, [sp, -16]!\n{writes}\tadd\tx28, x28, 1\n{reads}\
             \tldp\tx27, x28, [sp], 16\n\tret\n",
            mention(19..=27)
        );
        let mut module = parse::<Inst>(&text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags, &sp_walk, false);
        assert!(!diags.has_errors(), "{diags:?}");
        assert!(
            diags.0[0].message.contains("kept in d30"),
            "{}",
            diags.0[0].message
        );
    }

    #[test]
    fn pairs_and_writeback_naming_x28_are_split_into_single_accesses() {
        let save = "stp\tx27, x28, [sp, -16]!\n\t";
        let restore = "\n\tldp\tx27, x28, [sp], 16";
        let split = |body: &str| {
            let (diags, got) = spill(&format!("{save}{body}{restore}"));
            assert!(diags.iter().all(|d| !d.is_error()), "{body}: {diags:?}");
            got[1..got.len() - 2].to_vec()
        };
        // A pair load: the other half stays a load, x28's half goes to the slot.
        assert_eq!(
            split("ldp\tx27, x28, [x0, 16]"),
            shown("ldr\tx27, [x0, 16]\n\tldr\tx16, [x0, 24]\n\tstr\tx16, [sp, 8]\n")[..3]
        );
        // Loading the base register goes last; negative offsets take the unscaled form.
        assert_eq!(
            split("ldp\tw0, w28, [x0, -8]"),
            shown("ldur\tw16, [x0, -4]\n\tstr\tx16, [sp, 8]\n\tldur\tw0, [x0, -8]\n")[..3]
        );
        // A pair store with writeback: the store, then the base moves.
        assert_eq!(
            split("stp\tx28, x1, [x0], 32"),
            shown("ldr\tx16, [sp, 8]\n\tstr\tx16, [x0]\n\tstr\tx1, [x0, 8]\n\tadd\tx0, x0, 32\n")
                [..4]
        );
        // A 32-bit spill of w28 next to another value on the stack.
        assert_eq!(
            split("stp\tw3, w28, [sp, 4]"),
            shown("str\tw3, [sp, 4]\n\tldr\tx16, [sp, 8]\n\tstr\tw16, [sp, 8]\n")[..3]
        );
        // x28 as a pre-index base: the base moves first, through the slot.
        assert_eq!(
            split("ldr\tx0, [x28, -8]!"),
            shown(
                "ldr\tx16, [sp, 8]\n\tsub\tx16, x16, 8\n\tstr\tx16, [sp, 8]\n\
                 \tldr\tx16, [sp, 8]\n\tldr\tx0, [x16]\n"
            )[..5]
        );
    }

    /// The operand kinds of every instruction (spans left out).
    fn kinds(f: &Function<Inst>) -> Vec<Vec<OperandKind>> {
        instructions(f)
            .map(|i| i.operands.iter().map(|o| o.kind.clone()).collect())
            .collect()
    }

    /// Runs the pass (x18 refused where it cannot be renamed); the warnings' messages and
    /// help lines, and the errors.
    fn run_all(f: &mut Function<Inst>) -> (Vec<(String, Option<String>)>, Vec<Diagnostic>) {
        let mut diags = Diagnostics::default();
        let mut module = parse::<Inst>("", Arch::Arm64, Syntax::Gnu).expect("parses");
        module.functions.push(f.clone());
        prepare(&mut module, &mut diags, &sp_walk, false);
        *f = module.functions.remove(0);
        let (errors, warnings): (Vec<_>, Vec<_>) = diags.0.into_iter().partition(|d| d.is_error());
        let warnings = warnings.into_iter().map(|d| (d.message, d.help)).collect();
        (warnings, errors)
    }

    /// [`run_all`] where no error is expected: the warnings.
    fn run(f: &mut Function<Inst>) -> Vec<(String, Option<String>)> {
        let (warnings, errors) = run_all(f);
        assert!(errors.is_empty(), "{errors:?}");
        warnings
    }

    /// The lowering's error for the function's first use of x28.
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
                      \tldp\tw28, w3, [x28, 8]\n\tldr\tx0, [x28, 8]\n\
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
        // None free, and no save slot to keep it in: refused where the spill fails, and
        // where the lowering meets x28.
        let mut module = parse::<Inst>(
            &format!("f:\n{}\tmov\tx28, 1\n\tret\n", mention(19..=27)),
            Arch::Arm64,
            Syntax::Gnu,
        )
        .expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags, &sp_walk, false);
        assert!(diags.0[0].message.contains("no save of x28"), "{diags:?}");
        let f = module.functions.remove(0);
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
            let (w, errors) = run_all(&mut f);
            (w, errors)
        };
        // A temporary even in a function that calls.
        let (w, _) = renamed(format!("{}\tmov\tx18, 1\n\tbl\tg\n", mention([9, 10])));
        assert_eq!(
            w[0].0,
            "x18 renamed to x11 (Go reserves x18 as R18_PLATFORM)"
        );
        // No temporary left: a calling function keeps x18 (refused here) ...
        for call in [
            "\tbl\tg\n",
            "\tblr\tx1\n",
            "\tbr\tx1\n",
            "\tb\tg\n",
            "\tcbz\tx1, g\n",
        ] {
            let (w, errors) = renamed(format!("{}\tmov\tx18, 1\n{call}", mention(9..=15)));
            assert!(w.is_empty(), "{call}: {w:?}");
            assert_eq!(errors.len(), 1, "{call}");
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
        let (w, errors) = renamed(format!("{}\tmov\tx18, 1\n", mention(2..=15)));
        assert!(w.is_empty(), "{w:?}");
        assert!(errors[0]
            .message
            .starts_with("x18 is the platform register"));
    }

    #[test]
    fn x18_across_a_call_in_the_file_avoids_every_register_the_file_mentions() {
        // GCC keeps `x18` live across `bl g` because `g` never writes x18 (-fipa-ra); `g`
        // writes x9, so x9 would be clobbered.
        let text = "f:\n\tlsl\tx18, x0, 3\n\tbl\tg\n\tmov\tx0, x18\n\tret\n\
                    g:\n\tmov\tx9, 1\n\tmov\tx10, 2\n\tret\n";
        let mut module = parse::<Inst>(text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags, &sp_walk, false);
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
        let (w, errors) = run_all(&mut f);
        let w: Vec<String> = w.into_iter().map(|(m, _)| m).collect();
        assert_eq!(w, ["x28 renamed to x19 (Go keeps `g` in x28)"]);
        assert_eq!(mentioned(&f) & bit(28), 0);
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn the_error_locates_the_operand() {
        let mut f = function(&format!("{}\tldr\tx0, [x1, w18, sxtw]\n", mention(2..=15)));
        let (_, errors) = run_all(&mut f);
        let inst = instructions(&f).nth(14).unwrap();
        assert_eq!(errors[0].span, inst.operands[1].span);
        assert!(errors[0]
            .message
            .starts_with("x18 is the platform register"));
        assert_eq!(errors[0].help.as_deref(), Some(HELP));
        assert!(errors[0].expected.as_ref().unwrap().contains("x9–x15"));
        // The lowering leaves x18 to this pass.
        assert!(check(&inst.operands).is_ok());
    }

    #[test]
    fn x18_stays_as_the_platform_register_when_allowed() {
        let text = format!("f:\n{}\tmov\tx18, 1\n\tbl\tg\n\tret\n", mention(9..=15));
        let mut module = parse::<Inst>(&text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags, &sp_walk, true);
        assert!(!diags.has_errors());
        assert!(diags.0[0]
            .message
            .starts_with("x18 kept as Go's R18_PLATFORM in `f`"));
        assert!(diags.0[0].help.as_ref().unwrap().contains("-ffixed-x18"));
        assert!(mentioned(&module.functions[0]) & bit(18) != 0);
    }

    #[test]
    fn x18_takes_what_no_callee_writes_and_no_caller_mentions() {
        // f keeps x18 across `bl g`; g writes x9 and calls h, which writes x10; f's caller
        // e mentions x11; x12 is free. A call outside the file (puts) writes x18 too, so x18
        // never lives across it and it takes nothing away; in k every temporary is taken.
        let text = format!(
            "e:\n\tmov\tx11, 1\n\tbl\tf\n\tret\n\
             f:\n\tlsl\tx18, x0, 3\n\tbl\tg\n\tmov\tx0, x18\n\tbl\tputs\n\tret\n\
             g:\n\tmov\tx9, 1\n\tb\th\n\
             h:\n\tmov\tx10, 2\n\tret\n\
             k:\n{}\tmov\tx18, 1\n\tbl\tputs\n\tret\n",
            mention(9..=15)
        );
        let mut module = parse::<Inst>(&text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut diags = Diagnostics::default();
        prepare(&mut module, &mut diags, &sp_walk, false);
        assert_eq!(
            diags.0[0].message,
            "x18 renamed to x12 (Go reserves x18 as R18_PLATFORM)"
        );
        assert!(diags.0[1]
            .message
            .starts_with("x18 is the platform register"));
        assert!(diags.0[1].message.ends_with("(in function `k`)"));
    }
}
