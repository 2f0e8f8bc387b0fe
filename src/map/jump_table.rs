//! Switch jump tables lowered to compare/branch trees, so that no code address of Go's
//! layout is ever computed. Runs on the Go IR of one function, right after its lowering
//! (map stage, before the frame stage sees the control flow).
//!
//! **Recognised by data flow**, backwards from an indirect jump through the instructions
//! of its basic block that define the registers it uses:
//!
//! ```text
//! amd64 PIE (gcc, clang)   LEAQ T<>(SB), B; MOVLQSX (B)(I*4), E; ADDQ B, E; JMP E
//!                          (or ADDQ E, B; JMP B)
//!                          T: .long L_k - T
//! amd64 non-PIE (gcc)      JMP T<>(SB)(I*8)                 T: .quad L_k
//! arm64 gcc                MOVD $T<>(SB), B; MOVBU (B)(I.UXTW), E; MOVD $Lrtx<>(SB), A;
//!                          ADD E.SXTB<<2, A, D; JMP (D)     T: .byte (L_k - Lrtx) / 4
//! arm64 clang              MOVD $T<>(SB), B; MOVD $LBB<>(SB), A; MOVBU (B)(I), E;
//!                          ADD E<<2, A, D; JMP (D)          T: .byte (L_k - LBB) >> 2
//! ```
//!
//! (`MOVHU`/`.2byte` with an index scaled by 2, and `MOVWU`, likewise.) Each entry of `T`
//! must be the difference of a label of the function and the base the code adds it to,
//! shifted as the code shifts it back: then entry `k` is the label `L_k`.
//!
//! The table (or arm64 base) address may be set outside the dispatch's block (gcc hoists
//! `leaq .L24(%rip), %r13` out of a loop and keeps it in a callee-saved register across
//! calls): every path back from the load must meet a write of that same address, before
//! the entry and any other write ([`reaching_address`]; indirect jumps count as edges to every
//! label whose address is taken). Such a write goes with the dispatch only if nothing but
//! the dispatch reads the value it writes ([`live_at`] from it).
//!
//! **Lowered** to a binary search over the runs of equal targets on the index register
//! `I`, at the jump's place (`CMPQ I, $v; JCS left` / `CMP $v, I; BLO left`), marked as the
//! converter's code. The tree clobbers only the flags (arm64: a `CMP` where there was none;
//! amd64: where the removed `ADDQ` set them too). The removed instructions' registers are
//! checked dead at every target ([`live_at`], a walk over the function's control flow) and
//! the instructions kept between them must not touch them; otherwise the dispatch is
//! refused with a located error. The table's data is no longer referenced and disappears
//! from the output unless other code uses it.
//!
//! **Bytes and copies in the liveness walk (amd64).** clang reuses a dispatch's register for
//! byte values right after the target (`movb (%rsi), %al; cmpb $-102, %al`): the walk follows
//! which low bytes of a register no longer hold the dispatch's value (`MOVB`/`SETcc` write the
//! low byte, `MOVW` the low word), and registers that copy it (`MOVL`, `LEAQ`: each byte of the
//! result depends on the same and lower bytes only) hold the rest of it too. A read of those
//! low bytes alone (`CMPB`, a byte store, a shift count) is no read. Once some low bytes are
//! overwritten, the bytes above are what is left of a table or code address, which the
//! compiler did not know when it generated the code (PIE code is placed at load time, other
//! code at link time): code it generated may move them around (clang spills a byte value
//! held in the table's register as `movl %esi, 144(%rsp)`, or passes a copy along in an
//! argument register it does not use), but never depends on them, so only an address formed
//! from them counts as a read ([`forms_address`]). Before that, any read of a byte the
//! dispatch wrote is one: the whole address may be reused.
//!
//! **Calls and returns in the liveness walk.** A call clobbers the caller-saved registers
//! and is taken to read none of the dispatch's registers: they hold a table address, a
//! loaded offset or a code address, values no C expression has, so the compiler cannot
//! pass them as arguments (nor return them); a return reads the callee-saved registers.
//! The one way such a value is read again is the compiler reusing one it knows (a table
//! base hoisted out of a loop), which the walk finds.

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::go::{A64Reg, Amd64File, GoInst, GoItem, GoOperand, GoReg, Modifier, Origin};
use crate::ir::{Arch, DataObject};
use crate::isa::arm64::{Extend, Shift};
use std::collections::{HashMap, HashSet};

/// A register the liveness walk follows: a general register's number, or the flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Loc {
    Gpr(u8),
    Flags,
}

fn gpr(r: &GoReg) -> Option<u8> {
    match r {
        GoReg::Amd64(a) if matches!(a.file, Amd64File::Gpr | Amd64File::Byte) => Some(a.num),
        GoReg::Amd64(a) if a.file == Amd64File::HighByte => Some(a.num),
        GoReg::Arm64(A64Reg::R(n)) => Some(*n),
        _ => None,
    }
}

/// The general registers an operand names (addresses included).
fn regs_of(op: &GoOperand, out: &mut Vec<u8>) {
    let a64 = |r: &A64Reg| gpr(&GoReg::Arm64(*r));
    match op {
        GoOperand::Reg(r) | GoOperand::Indirect(r) => out.extend(gpr(r)),
        GoOperand::Mem(m) | GoOperand::MemWriteback { mem: m, .. } => {
            out.extend(m.base.as_ref().and_then(gpr));
            out.extend(m.index.as_ref().and_then(gpr));
        }
        GoOperand::MemIndex { base, index, .. } => {
            out.extend(a64(base));
            out.extend(a64(index));
        }
        GoOperand::Modified { reg, .. } => out.extend(a64(reg)),
        GoOperand::Pair(a, b) => {
            out.extend(a64(a));
            out.extend(a64(b));
        }
        GoOperand::RegList { first, last } => {
            if let (Some(a), Some(b)) = (gpr(first), gpr(last)) {
                out.extend(a..=b);
            }
        }
        _ => {}
    }
}

fn mentions_op(op: &GoOperand, r: u8) -> bool {
    let mut regs = Vec::new();
    regs_of(op, &mut regs);
    regs.contains(&r)
}

fn mentions(inst: &GoInst, r: u8) -> bool {
    let mut regs = Vec::new();
    inst.operands.iter().for_each(|o| regs_of(o, &mut regs));
    regs.contains(&r)
}

/// amd64 mnemonics that write their last (register) operand whole without reading it.
const AMD64_PURE_WRITES: &[&str] = &[
    "MOVQ", "MOVL", "MOVLQSX", "MOVLQZX", "MOVBLZX", "MOVBQZX", "MOVWLZX", "MOVWQZX", "MOVBLSX",
    "MOVBQSX", "MOVWLSX", "MOVWQSX", "LEAQ", "LEAL", "POPQ", "IMUL3Q", "IMUL3L",
    // BMI1/BMI2 and bit counts: a destination apart from the sources, written whole.
    "SHLXQ", "SHLXL", "SHRXQ", "SHRXL", "SARXQ", "SARXL", "RORXQ", "RORXL", "BZHIQ", "BZHIL",
    "PDEPQ", "PDEPL", "PEXTQ", "PEXTL", "ANDNQ", "ANDNL", "BEXTRQ", "BEXTRL", "BLSIQ", "BLSIL",
    "BLSMSKQ", "BLSMSKL", "BLSRQ", "BLSRL", "LZCNTQ", "LZCNTL", "TZCNTQ", "TZCNTL", "POPCNTQ",
    "POPCNTL",
];

/// arm64 mnemonics whose last register operand is read (compares) or only partly written.
const ARM64_READS_LAST: &[&str] = &[
    "CMP", "CMPW", "CMN", "CMNW", "TST", "TSTW", "CCMP", "CCMPW", "CCMN", "CCMNW", "MOVK", "MOVKW",
    "BFI", "BFIW", "BFXIL", "BFXILW", "BFM", "BFMW", "CBZ", "CBZW", "CBNZ", "CBNZW", "TBZ", "TBNZ",
];

/// amd64 instructions with implicit register operands only: (mnemonic, registers read,
/// registers written whole). Others with no operands are taken to read every register.
const AMD64_IMPLICIT: &[(&str, &[u8], &[u8])] = &[
    ("CDQE", &[0], &[0]),
    ("CWDE", &[0], &[0]),
    ("CDQ", &[0], &[2]),
    ("CQO", &[0], &[2]),
    // Leaf in EAX, sub-leaf in ECX; the results in EAX, EBX, ECX, EDX.
    ("CPUID", &[0, 1], &[0, 3, 1, 2]),
    // A prefix printed as its own instruction: the next one does the work.
    ("LOCK", &[], &[]),
    // Clears the upper halves of the vector registers only.
    ("VZEROUPPER", &[], &[]),
    // Traps: nothing after it runs (see `successors`).
    ("UD2", &[], &[]),
];

/// amd64 instructions (by mnemonic prefix) that read general registers they do not name
/// (and may write them): compare-and-exchange's accumulator (and the 8B/16B forms' pairs),
/// the count of `JCXZ`/`LOOP`, `XLAT`'s table and index.
const AMD64_UNNAMED: &[(&str, &[u8])] = &[
    ("CMPXCHG8B", &[0, 1, 2, 3]),
    ("CMPXCHG16B", &[0, 1, 2, 3]),
    ("CMPXCHG", &[0]),
    ("JCXZ", &[1]),
    ("LOOP", &[1]),
    ("XLAT", &[0, 3]),
];

fn unnamed(m: &str, arch: Arch) -> &'static [u8] {
    match AMD64_UNNAMED.iter().find(|(p, _)| m.starts_with(p)) {
        Some((_, regs)) if arch == Arch::Amd64 => regs,
        _ => &[],
    }
}

const ARM64_SET_FLAGS: &[&str] = &[
    "CMP", "CMPW", "CMN", "CMNW", "TST", "TSTW", "ADDS", "ADDSW", "SUBS", "SUBSW", "ANDS", "ANDSW",
    "BICS", "BICSW", "NEGS", "NEGSW", "FCMPS", "FCMPD", "FCMPES", "FCMPED",
];

/// Conditional branches by mnemonic (both architectures' Go spellings).
fn is_conditional(m: &str) -> bool {
    (m.starts_with('J') && m != "JMP")
        || matches!(
            m,
            "BEQ"
                | "BNE"
                | "BCS"
                | "BHS"
                | "BCC"
                | "BLO"
                | "BMI"
                | "BPL"
                | "BVS"
                | "BVC"
                | "BHI"
                | "BLS"
                | "BGE"
                | "BLT"
                | "BGT"
                | "BLE"
        )
        || m.starts_with("CBZ")
        || m.starts_with("CBNZ")
        || m.starts_with("TBZ")
        || m.starts_with("TBNZ")
}

/// What one instruction does to `loc`, for the liveness walk.
#[derive(Debug, PartialEq)]
enum Effect {
    Reads,
    Kills,
    Passes,
}

fn effect(inst: &GoInst, loc: Loc, arch: Arch) -> Effect {
    let m = inst.mnemonic;
    if m == "CALL" {
        // Caller-saved registers and the flags are the callee's.
        return match loc {
            Loc::Flags => Effect::Kills,
            Loc::Gpr(r) if callee_saved(r, arch) => Effect::Passes,
            Loc::Gpr(_) => Effect::Kills,
        };
    }
    if m == "WORD" {
        // A raw arm64 word: `mov wN, 0` (MOVZ/MOVN) writes Rd alone; any other is unknown.
        let Some(GoOperand::Word(w)) = inst.operands.first() else {
            return Effect::Reads;
        };
        let movz_or_movn = (w & 0x1f80_0000) == 0x1280_0000 && (w >> 29) & 3 != 3;
        return match loc {
            Loc::Gpr(r) if movz_or_movn && (w & 31) as u8 == r => Effect::Kills,
            _ if movz_or_movn => Effect::Passes,
            _ => Effect::Reads,
        };
    }
    match loc {
        Loc::Flags => {
            let reads = is_conditional(m)
                || inst
                    .operands
                    .iter()
                    .any(|o| matches!(o, GoOperand::Cond(_)))
                || m.starts_with("ADC")
                || m.starts_with("SBC")
                || m.starts_with("NGC");
            if reads {
                Effect::Reads
            } else if ARM64_SET_FLAGS.contains(&m) {
                Effect::Kills
            } else {
                Effect::Passes
            }
        }
        Loc::Gpr(r) => {
            if let Some((_, reads, writes)) = AMD64_IMPLICIT
                .iter()
                .find(|x| arch == Arch::Amd64 && x.0 == m && inst.operands.is_empty())
            {
                return if reads.contains(&r) {
                    Effect::Reads
                } else if writes.contains(&r) {
                    Effect::Kills
                } else {
                    Effect::Passes
                };
            }
            if unnamed(m, arch).contains(&r) {
                return Effect::Reads;
            }
            if !mentions(inst, r) {
                // Instructions with implicit register operands name none of them: one-operand
                // multiplies and divides use AX and DX (taken as read), others any.
                let mul_div = inst.operands.len() == 1
                    && ["MUL", "IMUL", "DIV", "IDIV"]
                        .iter()
                        .any(|p| m.starts_with(p));
                let implicit = inst.operands.is_empty() && !matches!(m, "RET" | "NOP")
                    || (mul_div && matches!(r, 0 | 2));
                return if implicit {
                    Effect::Reads
                } else {
                    Effect::Passes
                };
            }
            let Some((GoOperand::Reg(last), rest)) = inst.operands.split_last() else {
                return Effect::Reads;
            };
            let others = rest.iter().any(|o| {
                let mut v = Vec::new();
                regs_of(o, &mut v);
                v.contains(&r)
            });
            let whole = match arch {
                Arch::Amd64 => {
                    AMD64_PURE_WRITES.contains(&m)
                        || (matches!(m, "XORL" | "XORQ") && rest == [GoOperand::Reg(*last)])
                }
                Arch::Arm64 => !ARM64_READS_LAST.contains(&m) && !is_conditional(m),
            };
            let zero_idiom = matches!(m, "XORL" | "XORQ") && rest == [GoOperand::Reg(*last)];
            if gpr(last) == Some(r) && whole && (!others || zero_idiom) {
                Effect::Kills
            } else {
                Effect::Reads
            }
        }
    }
}

/// One step of the liveness walk for an amd64 register whose low `low` bytes no longer hold
/// the dispatch's value (written since by `MOVB`/`SETcc` into its low byte or `MOVW` into its
/// low word: clang merges byte-wide values in a register that held a table address): a read
/// of those bytes alone reads none of it. `None`: the instruction names no part of the
/// register narrower than the whole, so [`effect`] decides on the whole register.
fn partial_effect(inst: &GoInst, r: u8, low: u8) -> Option<Step> {
    let m = inst.mnemonic;
    let amd = |o: &GoOperand| match o {
        GoOperand::Reg(GoReg::Amd64(a)) if a.num == r && gpr(&GoReg::Amd64(*a)).is_some() => {
            Some(*a)
        }
        _ => None,
    };
    // The bytes below which an operand naming the register stays (a high byte: the second).
    let words = matches!(m, "MOVW" | "CMPW" | "TESTW");
    let word_source = matches!(m, "MOVWLSX" | "MOVWLZX" | "MOVWQSX" | "MOVWQZX");
    // A shift's or rotate's count register (Go's first operand): its low byte is the count.
    let count = ["SHL", "SHR", "SAR", "ROL", "ROR", "RCL", "RCR"]
        .iter()
        .any(|p| m.starts_with(p))
        && inst.operands.len() >= 2;
    let reach = |k: usize, o: &GoOperand| match amd(o) {
        Some(a) => match a.file {
            Amd64File::Byte => 1,
            Amd64File::HighByte => 2,
            _ if count && k == 0 => 1,
            _ if words || (word_source && k == 0) => 2,
            _ => 8,
        },
        None if mentions_op(o, r) => 8,
        None => 0,
    };
    let ops = &inst.operands;
    // Once some low bytes are overwritten, a read of the others is no read ([`forms_address`]
    // aside): the value they are part of goes on in the register, or leaves it.
    let left_over = low > 0;
    if left_over && forms_address(inst, r) {
        return Some(Step::Reads);
    }
    if !ops
        .iter()
        .enumerate()
        .any(|(k, o)| (1..8).contains(&reach(k, o)))
        || !unnamed(m, Arch::Amd64).is_empty()
        || AMD64_IMPLICIT.iter().any(|x| x.0 == m)
        || ["MUL", "IMUL", "DIV", "IDIV"]
            .iter()
            .any(|p| m.starts_with(p))
    {
        return left_over.then(|| match effect(inst, Loc::Gpr(r), Arch::Amd64) {
            Effect::Kills => Step::Kills,
            _ => Step::Passes(low),
        });
    }
    let (dest, sources) = ops.split_last()?;
    // The destination when the instruction writes it without reading it: the bytes it
    // writes (8: the whole register, a 32-bit write zero-extending).
    let written = amd(dest).and_then(|a| match a.file {
        Amd64File::Byte if m == "MOVB" || (m.starts_with("SET") && sources.is_empty()) => Some(1),
        Amd64File::Gpr if m == "MOVW" => Some(2),
        Amd64File::Gpr if AMD64_PURE_WRITES.contains(&m) => Some(8),
        _ => None,
    });
    let reads = if written.is_some() { sources } else { ops };
    if reads.iter().enumerate().any(|(k, o)| reach(k, o) > low) {
        return Some(if left_over {
            Step::Passes(low)
        } else {
            Step::Reads
        });
    }
    Some(match written {
        Some(8) => Step::Kills,
        Some(n) => Step::Passes(low.max(n)),
        None => Step::Passes(low),
    })
}

/// Once the low bytes of register `r` are overwritten, the bytes above are what is left of
/// an address (see the module docs), which nothing the compiler generated depends on: only
/// an address formed from them (a memory operand, an indirect jump or call, a string
/// instruction's implicit pointer) still counts as a read of them.
fn forms_address(inst: &GoInst, r: u8) -> bool {
    let m = inst.mnemonic;
    inst.operands
        .iter()
        .any(|o| matches!(o, GoOperand::Mem(_) | GoOperand::Indirect(_)) && mentions_op(o, r))
        || (matches!(m, "JMP" | "CALL") && inst.operands.iter().any(|o| mentions_op(o, r)))
        || unnamed(m, Arch::Amd64).contains(&r)
        || AMD64_IMPLICIT.iter().any(|x| x.0 == m && x.1.contains(&r))
}

/// Whether the bit scan at `i` (`BSRL/BSRQ/BSFL/BSFQ S, D`) writes its destination whole: its
/// source is not zero there (a zero source leaves the destination as it was). Proven when,
/// going back without crossing a label, the scan is reached from `TEST S, S; JEQ` by the
/// fall-through, nothing writing `S` on the way (clang's `testl %ecx, %ecx; je …; …;
/// bsrl %ecx, %edx`).
fn scan_writes_whole(body: &[GoItem], i: usize, inst: &GoInst) -> bool {
    let wide = match inst.mnemonic {
        "BSRL" | "BSFL" => false,
        "BSRQ" | "BSFQ" => true,
        _ => return false,
    };
    let Some(GoOperand::Reg(src)) = inst.operands.first() else {
        return false;
    };
    let Some(s) = gpr(src).filter(|_| matches!(src, GoReg::Amd64(a) if a.file == Amd64File::Gpr))
    else {
        return false;
    };
    let tests_s = |x: &GoInst| {
        let width_ok = x.mnemonic == "TESTL" || (x.mnemonic == "TESTQ" && wide);
        width_ok && x.operands.len() == 2 && x.operands.iter().all(|o| matches!(o, GoOperand::Reg(r) if gpr(r) == Some(s) && matches!(r, GoReg::Amd64(a) if a.file == Amd64File::Gpr)))
    };
    for k in (1..i).rev() {
        let x = match &body[k] {
            GoItem::Inst(x) => x,
            GoItem::Align(_) => continue,
            _ => return false,
        };
        if x.mnemonic == "JEQ" {
            if let GoItem::Inst(t) = &body[k - 1] {
                if tests_s(t) {
                    return true;
                }
            }
        }
        let reads_only = x.mnemonic.starts_with("CMP") || x.mnemonic.starts_with("TEST");
        if x.mnemonic == "CALL" && !callee_saved(s, Arch::Amd64)
            || (mentions(x, s) && !reads_only)
            || unnamed(x.mnemonic, Arch::Amd64).contains(&s)
            || (x.operands.is_empty() && !matches!(x.mnemonic, "NOP" | "VZEROUPPER"))
            || (x.operands.len() == 1
                && ["MUL", "IMUL", "DIV", "IDIV"]
                    .iter()
                    .any(|p| x.mnemonic.starts_with(p)))
        {
            return false;
        }
    }
    false
}

/// What [`partial_effect`] makes of an instruction.
#[derive(Debug, PartialEq)]
enum Step {
    Reads,
    Kills,
    /// Goes on, with this many low bytes no longer the dispatch's.
    Passes(u8),
}

fn callee_saved(r: u8, arch: Arch) -> bool {
    match arch {
        // RBX, RBP, R12-R15.
        Arch::Amd64 => matches!(r, 3 | 5 | 12..=15),
        Arch::Arm64 => (19..=29).contains(&r),
    }
}

/// The function's control flow as the walks see it.
struct Cfg<'a> {
    labels: HashMap<&'a str, usize>,
    /// Labels whose address is taken (see [`predecessors`]).
    taken: Vec<usize>,
    /// Indirect jumps recognised as table dispatches: they go to their table's targets
    /// when those are known, else to `taken`; not out.
    dispatches: HashMap<usize, Option<Vec<usize>>>,
    /// Unrecognised indirect jumps go nowhere (the first guess of `lower`), not to `taken`.
    optimistic: bool,
}

impl Cfg<'_> {
    /// Where the indirect jump at `i` may go.
    fn dispatch_targets(&self, i: usize) -> Vec<usize> {
        match self.dispatches.get(&i) {
            Some(Some(targets)) => targets.clone(),
            None if self.optimistic => Vec::new(),
            _ => self.taken.clone(),
        }
    }
}

/// Where control goes after instruction `i`: the next item, and/or a label's place.
fn successors(body: &[GoItem], i: usize, cfg: &Cfg) -> Vec<usize> {
    let GoItem::Inst(inst) = &body[i] else {
        return vec![i + 1];
    };
    let target = inst.operands.iter().find_map(|o| match o {
        GoOperand::Label(l) => cfg.labels.get(l.as_str()).copied(),
        _ => None,
    });
    let m = inst.mnemonic;
    match (m, target) {
        ("RET" | "UD2", _) => vec![],
        ("JMP", Some(t)) => vec![t],
        ("JMP", None) if cfg.dispatches.contains_key(&i) => cfg.dispatch_targets(i),
        // A tail call or another indirect jump: leaves the walk (see the module docs).
        ("JMP", None) => vec![],
        (_, Some(t)) if is_conditional(m) => vec![t, i + 1],
        _ => vec![i + 1],
    }
}

/// The locations holding (some bytes of) a dispatch's value during the liveness walk: per
/// general register (arm64: 0-30) and the flags (slot 32), how many low bytes no longer are
/// the dispatch's ([`FREE`]: none of it is held).
type Held = [u8; 33];
const FREE: u8 = u8::MAX;
const FLAGS: usize = 32;

/// amd64 register-to-register copies and address arithmetic: `(sources, destination)` when the
/// destination is written whole and each of its low bytes depends only on the same or lower
/// bytes of the sources, flags untouched (`MOVL R, D`, `MOVQ R, D`, `LEAL/LEAQ` over `R`).
fn copy_of(inst: &GoInst) -> Option<(Vec<u8>, u8)> {
    let whole = |o: &GoOperand| match o {
        GoOperand::Reg(GoReg::Amd64(a)) if a.file == Amd64File::Gpr => Some(a.num),
        _ => None,
    };
    let (src, dst) = match inst.operands.as_slice() {
        [s, d] => (s, whole(d)?),
        _ => return None,
    };
    match (inst.mnemonic, src) {
        ("MOVL" | "MOVQ", s) => Some((vec![whole(s)?], dst)),
        ("LEAL" | "LEAQ", GoOperand::Mem(_)) => {
            let mut v = Vec::new();
            regs_of(src, &mut v);
            Some((v, dst))
        }
        _ => None,
    }
}

/// amd64 System V argument registers (DI, SI, DX, CX, R8, R9) and AX (the vector register
/// count of a variadic call).
const AMD64_ARGS: &[u8] = &[7, 6, 2, 1, 8, 9, 0];

/// Whether `loc` may be read, from item `start` on, before every path writes it. amd64
/// registers are followed byte-wise (a register is dead only where no path reads any byte of
/// the dispatch's value before a write of the whole register; see [`partial_effect`]) and
/// through copies ([`copy_of`]), which then hold those bytes too.
fn live_at(
    body: &[GoItem],
    start: usize,
    loc: Loc,
    arch: Arch,
    cfg: &Cfg,
    removed: &[usize],
    index: u8,
) -> bool {
    let mut held: Held = [FREE; 33];
    match loc {
        Loc::Gpr(r) => held[r as usize] = 0,
        Loc::Flags => held[FLAGS] = 0,
    }
    let locs = |h: &Held| {
        h.iter()
            .enumerate()
            .filter(|(_, k)| **k != FREE)
            .map(|(q, k)| match q {
                FLAGS => (Loc::Flags, *k),
                _ => (Loc::Gpr(q as u8), *k),
            })
            .collect::<Vec<_>>()
    };
    let mut seen = HashSet::new();
    let mut work = vec![(start, held)];
    while let Some((i, held)) = work.pop() {
        if i >= body.len() || !seen.insert((i, held)) {
            continue;
        }
        let mut next = held;
        if Some(&i) == removed.last() {
            // The dispatch again (a loop): its tree reads the index, sets the flags and goes
            // to the targets, which are checked themselves.
            if held[index as usize] != FREE {
                return true;
            }
            continue;
        } else if removed.contains(&i) {
            // The dispatch's other instructions go away with it.
        } else if let GoItem::Inst(inst) = &body[i] {
            let out =
                inst.mnemonic == "JMP" && !names_label(inst) && !cfg.dispatches.contains_key(&i);
            if inst.mnemonic == "RET" || out {
                // A copy the walk followed into a result register is returned, into an
                // argument register passed (the dispatch's own register is not: see the
                // module docs).
                let exit_reads = locs(&held).iter().any(|(l, _)| match l {
                    Loc::Gpr(r) => {
                        callee_saved(*r, arch)
                            || mentions(inst, *r)
                            || (*l != loc && inst.mnemonic == "RET" && matches!(r, 0 | 2))
                            || (*l != loc && out && AMD64_ARGS.contains(r))
                    }
                    Loc::Flags => false,
                });
                if exit_reads {
                    return true;
                }
                continue;
            }
            let copy = (arch == Arch::Amd64).then(|| copy_of(inst)).flatten();
            for (l, low) in locs(&held) {
                let slot = match l {
                    Loc::Gpr(r) => r as usize,
                    Loc::Flags => FLAGS,
                };
                if let (Loc::Gpr(r), "CALL") = (l, inst.mnemonic) {
                    if l != loc && AMD64_ARGS.contains(&r) && low == 0 {
                        return true;
                    }
                }
                if let (Loc::Gpr(r), Some((sources, _))) = (l, &copy) {
                    if sources.contains(&r) {
                        // The copy's destination holds the bytes (below).
                        continue;
                    }
                }
                let step = match l {
                    Loc::Gpr(r)
                        if arch == Arch::Amd64
                            && matches!(inst.operands.last(), Some(GoOperand::Reg(d)) if gpr(d) == Some(r) && !mentions_op(&inst.operands[0], r))
                            && scan_writes_whole(body, i, inst) =>
                    {
                        Some(Step::Kills)
                    }
                    Loc::Gpr(r) if arch == Arch::Amd64 => partial_effect(inst, r, low),
                    _ => None,
                };
                let step = step.unwrap_or_else(|| match effect(inst, l, arch) {
                    Effect::Reads => Step::Reads,
                    Effect::Kills => Step::Kills,
                    Effect::Passes => Step::Passes(low),
                });
                next[slot] = match step {
                    Step::Reads => return true,
                    Step::Kills => FREE,
                    Step::Passes(n) => n,
                };
            }
            if let Some((sources, dst)) = copy {
                let low = sources.iter().map(|&q| held[q as usize]).min();
                next[dst as usize] = low.unwrap_or(FREE);
            }
            if next.iter().all(|&k| k == FREE) {
                continue;
            }
        } else if matches!(body[i], GoItem::Raw { .. } | GoItem::Bytes { .. }) {
            return true;
        }
        work.extend(successors(body, i, cfg).into_iter().map(|s| (s, next)));
    }
    false
}

/// `JMP` through a register or memory (not to a label, nor a tail call to a symbol).
fn is_indirect_jump(x: &GoInst) -> bool {
    x.mnemonic == "JMP"
        && match x.operands.as_slice() {
            [GoOperand::Reg(_) | GoOperand::Indirect(_)] => true,
            [GoOperand::Mem(m)] => m.base.is_some() || m.index.is_some(),
            _ => false,
        }
}

fn names_label(inst: &GoInst) -> bool {
    inst.operands
        .iter()
        .any(|o| matches!(o, GoOperand::Label(_)))
}

/// A recognised dispatch.
struct Dispatch {
    /// Body indices of the instructions it replaces (the jump last).
    removed: Vec<usize>,
    /// The body index of the entry's load (the jump itself when it loads).
    load: usize,
    /// The data symbol of the table (Go name).
    table: String,
    /// The index register, and whether only its low 32 bits count (arm64 `UXTW`).
    index: GoReg,
    index32: bool,
    /// Bytes per entry.
    width: usize,
    /// The entries' form: `label - base` shifted right by `shift`, or (no base) an address.
    base: Option<String>,
    shift: u32,
    span: Span,
}

/// The latest instruction before `before`, in the same basic block, that writes register
/// `r`; `None` at a label, a branch, or when none does.
fn definer(body: &[GoItem], before: usize, r: u8, arch: Arch) -> Option<usize> {
    for i in (0..before).rev() {
        match &body[i] {
            GoItem::Inst(inst) => {
                if names_label(inst) || inst.mnemonic == "CALL" {
                    return None;
                }
                let Some(GoOperand::Reg(last)) = inst.operands.last() else {
                    continue;
                };
                if gpr(last) == Some(r) {
                    let pure = match arch {
                        Arch::Amd64 => true,
                        Arch::Arm64 => !ARM64_READS_LAST.contains(&inst.mnemonic),
                    };
                    return pure.then_some(i);
                }
            }
            GoItem::Label(_) | GoItem::Raw { .. } | GoItem::Bytes { .. } => return None,
            GoItem::Align(_) => {}
        }
    }
    None
}

fn inst(body: &[GoItem], i: usize) -> &GoInst {
    match &body[i] {
        GoItem::Inst(x) => x,
        _ => unreachable!("a definer is an instruction"),
    }
}

/// The data symbol whose address instruction `i` puts in a register.
fn address_of(body: &[GoItem], i: usize) -> Option<String> {
    let x = inst(body, i);
    match (x.mnemonic, x.operands.first()?) {
        ("LEAQ", GoOperand::Mem(m)) if m.base.is_none() && m.index.is_none() && m.disp == 0 => {
            m.symbol.clone()
        }
        ("MOVD", GoOperand::SymAddr { symbol, offset: 0 }) => Some(symbol.clone()),
        _ => None,
    }
}

fn span_of(x: &GoInst) -> Span {
    match x.origin {
        Origin::Source(s) => s,
        Origin::Added => Span::default(),
    }
}

/// The labels whose address is taken: a term of a data value (a jump table's entries) or
/// a symbol operand of an instruction (`leaq .L5(%rip)`). Indirect jumps may go there.
fn taken_labels(body: &[GoItem], labels: &HashMap<&str, usize>, data: &DataTables) -> Vec<usize> {
    let mut taken: HashSet<usize> = labels
        .iter()
        .filter(|(name, _)| data.addressed.contains(**name))
        .map(|(_, &i)| i)
        .collect();
    for item in body {
        let GoItem::Inst(x) = item else { continue };
        for op in &x.operands {
            let sym = match op {
                GoOperand::Mem(m) => m.symbol.as_deref(),
                GoOperand::SymAddr { symbol, .. } => Some(symbol.as_str()),
                _ => None,
            };
            taken.extend(sym.and_then(|s| labels.get(s)).copied());
        }
    }
    let mut taken: Vec<usize> = taken.into_iter().collect();
    taken.sort_unstable();
    taken
}

/// The control-flow predecessors of every item (see [`successors`]); a recognised dispatch
/// with known targets counts as one to each of them, any other indirect jump as one to each
/// taken label.
fn predecessors(body: &[GoItem], cfg: &Cfg) -> Vec<Vec<usize>> {
    let mut preds = vec![Vec::new(); body.len() + 1];
    for i in 0..body.len() {
        let indirect = matches!(&body[i], GoItem::Inst(x) if is_indirect_jump(x));
        let to = if indirect {
            cfg.dispatch_targets(i)
        } else {
            successors(body, i, cfg)
        };
        for t in to {
            preds[t].push(i);
        }
    }
    preds
}

/// Whether `inst` may write general register `r` other than as the whole-register write of
/// its last operand (`POPQ`, `XCHGQ`, implicit operands, writeback, pairs): such a write
/// cannot be a table address.
fn writes_otherwise(inst: &GoInst, r: u8, arch: Arch) -> bool {
    let m = inst.mnemonic;
    if m == "CALL" {
        // The callee keeps what the function relies on (a register it clobbers holds no
        // table address the compiler could use after the call).
        return false;
    }
    if unnamed(m, arch).contains(&r) {
        return true;
    }
    if !mentions(inst, r) {
        // Implicit operands: amd64 `MULQ x` and the like write AX and DX.
        if let Some((_, _, writes)) = AMD64_IMPLICIT.iter().find(|x| x.0 == m) {
            return writes.contains(&r);
        }
        let mul_div = inst.operands.len() == 1
            && ["MUL", "IMUL", "DIV", "IDIV"]
                .iter()
                .any(|p| m.starts_with(p));
        return arch == Arch::Amd64
            && if mul_div {
                matches!(r, 0 | 2)
            } else {
                inst.operands.is_empty() && !matches!(m, "RET" | "NOP")
            };
    }
    let read_only = match arch {
        Arch::Amd64 => {
            m.starts_with("PUSH")
                || m.starts_with("CMP") && !m.starts_with("CMPXCHG")
                || m.starts_with("TEST")
                || m.starts_with("BT")
                    && !matches!(m, "BTSQ" | "BTRQ" | "BTCQ" | "BTSL" | "BTRL" | "BTCL")
        }
        Arch::Arm64 => {
            ARM64_READS_LAST.contains(&m) && !m.starts_with("MOVK") && !m.starts_with("BF")
        }
    };
    if read_only {
        return false;
    }
    let last_is_r = matches!(inst.operands.last(), Some(GoOperand::Reg(x)) if gpr(x) == Some(r));
    let writeback = inst.operands.iter().any(|o| match o {
        GoOperand::MemWriteback { mem, .. } => mem.base.as_ref().and_then(gpr) == Some(r),
        GoOperand::Pair(a, b) => [a, b].iter().any(|x| gpr(&GoReg::Arm64(**x)) == Some(r)),
        _ => false,
    });
    let exchanges = m.starts_with("XCHG") || m.starts_with("XADD") || m.starts_with("CMPXCHG");
    writeback || exchanges || (last_is_r && effect(inst, Loc::Gpr(r), arch) != Effect::Kills)
}

/// The instructions whose value register `r` holds when item `at` runs: every path back
/// from `at` must meet a whole write of `r` putting one and the same data symbol's address
/// in it (`LEAQ T<>(SB), r` / `MOVD $T<>(SB), r`), before the function's entry and any other
/// write. Returns the symbol and the writes (a table base hoisted out of a loop, set on
/// several paths, kept in a callee-saved register across calls).
fn reaching_address(
    body: &[GoItem],
    preds: &[Vec<usize>],
    at: usize,
    r: u8,
    arch: Arch,
) -> Option<(String, Vec<usize>)> {
    let mut symbol: Option<String> = None;
    let mut defs = Vec::new();
    let mut seen = HashSet::new();
    let mut work = vec![at];
    let mut first = true;
    while let Some(i) = work.pop() {
        if !first {
            if !seen.insert(i) {
                continue;
            }
            if let GoItem::Inst(x) = &body[i] {
                let whole = matches!(x.operands.last(), Some(GoOperand::Reg(y)) if gpr(y) == Some(r))
                    && effect(x, Loc::Gpr(r), arch) == Effect::Kills;
                if whole {
                    let sym = address_of(body, i)?;
                    if symbol.get_or_insert_with(|| sym.clone()) != &sym {
                        return None;
                    }
                    defs.push(i);
                    continue;
                }
                if writes_otherwise(x, r, arch) {
                    return None;
                }
            } else if matches!(body[i], GoItem::Raw { .. } | GoItem::Bytes { .. }) {
                return None;
            }
        }
        first = false;
        if i == 0 {
            // The function's entry: the caller's value.
            return None;
        }
        work.extend(preds[i].iter().copied());
    }
    defs.sort_unstable();
    Some((symbol?, defs))
}

/// Recognises the dispatch ending in the indirect jump at `j`.
fn recognise(body: &[GoItem], preds: &[Vec<usize>], j: usize, arch: Arch) -> Option<Dispatch> {
    let jump = inst(body, j);
    let span = span_of(jump);
    let reg = |o: &GoOperand| match o {
        GoOperand::Reg(r) | GoOperand::Indirect(r) => gpr(r),
        _ => None,
    };
    match jump.operands.as_slice() {
        // amd64 non-PIE: JMP T<>(SB)(I*8).
        [GoOperand::Mem(m)] if m.base.is_none() && m.scale == 8 && m.disp == 0 => Some(Dispatch {
            removed: vec![j],
            load: j,
            table: m.symbol.clone()?,
            index: m.index?,
            index32: false,
            width: 8,
            base: None,
            shift: 0,
            span,
        }),
        [target] => {
            let d = reg(target)?;
            let add_at = definer(body, j, d, arch)?;
            let add = inst(body, add_at);
            // (base register, entry register, shift of the entry). Whether the entry is
            // sign- or zero-extended does not matter: the target is read from the entry's
            // expression, which the assembler checked to fit its bytes.
            // amd64: the register the entry was loaded into (`movslq`), before the add.
            let loaded = |r: u8| {
                definer(body, add_at, r, arch).is_some_and(|i| inst(body, i).mnemonic == "MOVLQSX")
            };
            let (base_reg, entry_reg, shift) = match (arch, add.mnemonic, add.operands.as_slice()) {
                // `ADDQ B, E; JMP E`, or the entry added to the table's register instead
                // (`addq %rdx, %rbp; jmp *%rbp`: `ADDQ E, B; JMP B`).
                (Arch::Amd64, "ADDQ", [GoOperand::Reg(x), GoOperand::Reg(y)])
                    if gpr(y) == Some(d) =>
                {
                    let x = gpr(x)?;
                    if loaded(d) {
                        (x, d, 0)
                    } else {
                        (d, x, 0)
                    }
                }
                (
                    Arch::Arm64,
                    "ADD",
                    [GoOperand::Modified { reg: e, modifier }, GoOperand::Reg(b), GoOperand::Reg(_)],
                ) => {
                    let shift = match modifier {
                        Modifier::Shift(Shift::Lsl, s) => *s as u32,
                        Modifier::Extend(
                            Extend::Sxtb
                            | Extend::Sxth
                            | Extend::Uxtb
                            | Extend::Uxth
                            | Extend::Uxtw,
                            s,
                        ) => s.unwrap_or(0) as u32,
                        _ => return None,
                    };
                    (gpr(b)?, gpr(&GoReg::Arm64(*e))?, shift)
                }
                _ => return None,
            };
            let load_at = definer(body, add_at, entry_reg, arch)?;
            let load = inst(body, load_at);
            let (table_reg, index, index32, scale, width) =
                match (load.mnemonic, load.operands.first()?) {
                    ("MOVLQSX", GoOperand::Mem(m)) if m.disp == 0 && m.symbol.is_none() => {
                        (gpr(m.base.as_ref()?)?, m.index?, false, m.scale as u32, 4)
                    }
                    (
                        "MOVBU" | "MOVHU" | "MOVWU",
                        GoOperand::MemIndex {
                            base,
                            index,
                            modifier,
                        },
                    ) => {
                        let width = match load.mnemonic {
                            "MOVBU" => 1,
                            "MOVHU" => 2,
                            _ => 4,
                        };
                        let (w32, s) = match modifier {
                            Modifier::Extend(Extend::Uxtw, s) => (true, s.unwrap_or(0)),
                            Modifier::Extend(Extend::Uxtx, s) => (false, s.unwrap_or(0)),
                            Modifier::Shift(Shift::Lsl, s) => (false, *s),
                            _ => return None,
                        };
                        (
                            gpr(&GoReg::Arm64(*base))?,
                            GoReg::Arm64(*index),
                            w32,
                            1u32 << s,
                            width,
                        )
                    }
                    _ => return None,
                };
            if scale as usize != width {
                return None;
            }
            // The table's address: set in this block, or hoisted out of a loop, on every
            // path that reaches the load (then its register must serve nothing but this
            // table: see `lower`).
            let (table, table_at) = reaching_address(body, preds, load_at, table_reg, arch)?;
            // The base the entries are relative to: the table itself (amd64), or a label
            // (arm64 `adr`).
            let (base, base_at) = if base_reg == table_reg && arch == Arch::Amd64 {
                (table.clone(), Vec::new())
            } else {
                reaching_address(body, preds, add_at, base_reg, arch)?
            };
            let mut removed = vec![load_at, add_at, j];
            removed.extend(table_at);
            removed.extend(base_at);
            removed.sort_unstable();
            removed.dedup();
            Some(Dispatch {
                removed,
                load: load_at,
                table,
                index,
                index32,
                width,
                base: Some(base),
                shift,
                span,
            })
        }
        _ => None,
    }
}

/// The data of one file as the dispatches of its functions look it up: built once, so that
/// each function's lowering costs what the function does, not what the file does.
pub struct DataTables<'a> {
    data: &'a [DataObject],
    /// Each object by its Go symbol.
    by_symbol: HashMap<String, usize>,
    /// The Go labels whose address data holds (a positive term of a relocation).
    addressed: HashSet<String>,
}

impl<'a> DataTables<'a> {
    pub fn new(data: &'a [DataObject]) -> DataTables<'a> {
        DataTables {
            data,
            by_symbol: data
                .iter()
                .enumerate()
                .map(|(i, o)| (super::go_data_symbol(&o.name), i))
                .collect(),
            addressed: data
                .iter()
                .flat_map(|o| &o.relocations)
                .flat_map(|r| &r.terms)
                .filter(|(_, c)| *c > 0)
                .map(|(name, _)| super::go_label(name))
                .collect(),
        }
    }
}

/// The data object of a dispatch's table.
fn table_of<'a>(d: &Dispatch, data: &DataTables<'a>) -> Option<&'a DataObject> {
    data.by_symbol.get(&d.table).map(|&i| &data.data[i])
}

/// The targets of a table's entries, in order (Go label names), or why not.
fn targets(
    d: &Dispatch,
    obj: &DataObject,
    labels: &HashMap<&str, usize>,
) -> Result<Vec<String>, String> {
    if obj.bytes.len() % d.width != 0 || obj.bytes.is_empty() {
        return Err(format!(
            "its size ({}) is not a whole number of {}-byte entries",
            obj.bytes.len(),
            d.width
        ));
    }
    let mut out = Vec::with_capacity(obj.bytes.len() / d.width);
    for k in 0..obj.bytes.len() / d.width {
        let r = obj
            .relocations
            .iter()
            .find(|r| r.offset == k * d.width && r.width == d.width)
            .ok_or_else(|| format!("entry {k} is not a label of the function"))?;
        let label = match (&d.base, r.address(), r.difference()) {
            (None, Some((to, 0)), _) => to,
            (Some(base), _, Some((to, from)))
                if super::go_label(from) == *base && r.addend == 0 && r.shift == d.shift =>
            {
                to
            }
            _ => {
                return Err(format!(
                    "entry {k} (`{}`) is not {}",
                    r.expr,
                    match &d.base {
                        None => "a label's address".to_string(),
                        Some(b) if d.shift == 0 => format!("`label - {b}`"),
                        Some(b) => format!("`(label - {b}) >> {}`", d.shift),
                    }
                ))
            }
        };
        let go = super::go_label(label);
        if !labels.contains_key(go.as_str()) {
            return Err(format!(
                "entry {k} (`{label}`) is not a label of this function"
            ));
        }
        out.push(go);
    }
    Ok(out)
}

/// Lowers every jump-table dispatch of `body` (see the module docs); `data` is the
/// module's data, indexed once per file.
pub fn lower(
    body: &mut Vec<GoItem>,
    data: &DataTables,
    arch: Arch,
    fname: &str,
    diags: &mut Diagnostics,
) {
    let jumps: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, i)| {
            matches!(i, GoItem::Inst(x) if x.mnemonic == "JMP"
                && matches!(x.operands.as_slice(), [GoOperand::Reg(_) | GoOperand::Indirect(_) | GoOperand::Mem(_)]))
        })
        .map(|(i, _)| i)
        .collect();
    if jumps.is_empty() {
        return;
    }
    let labels: HashMap<&str, usize> = body
        .iter()
        .enumerate()
        .filter_map(|(i, x)| match x {
            GoItem::Label(l) => Some((l.as_str(), i)),
            _ => None,
        })
        .collect();
    let mut cfg = Cfg {
        taken: taken_labels(body, &labels, data),
        labels,
        dispatches: HashMap::new(),
        optimistic: false,
    };
    // Which indirect jumps are dispatches, and where they go, depend on each other: a table
    // address hoisted out of a loop reaches its load only if the loop's other indirect jumps
    // go to their own tables' targets and not to every taken label (two switches in two
    // loops, ZSTD_dedicatedDictSearch_lazy_loadDictionary; sqlite3VdbeExec). So: recognise
    // each assuming unrecognised jumps go nowhere, then recognise again with the dispatches
    // found going to their targets and the others to every taken label, dropping those that
    // fail, until none does (each round only adds edges, so the set only shrinks). The
    // dispatches left are proven on the control flow they themselves define, which is the
    // real one: by induction over an execution, every indirect jump taken so far went to its
    // table's targets, so the path to the next one is a path of that flow, on which its table
    // register holds its table's address.
    let mut found: Vec<(usize, Option<Dispatch>)> = jumps.iter().map(|&j| (j, None)).collect();
    cfg.optimistic = true;
    let mut settled = false;
    for _ in 0..=found.len() + 1 {
        let preds = predecessors(body, &cfg);
        let mut changed = cfg.optimistic;
        for (j, d) in found
            .iter_mut()
            .filter(|(_, d)| d.is_some() || cfg.optimistic)
        {
            let again = recognise(body, &preds, *j, arch);
            changed |= again.as_ref().map(|x| (&x.table, &x.removed))
                != d.as_ref().map(|x| (&x.table, &x.removed));
            *d = again;
        }
        cfg.optimistic = false;
        cfg.dispatches = found
            .iter()
            .filter_map(|(j, d)| Some((*j, d.as_ref()?)))
            .map(|(j, d)| {
                let targets = table_of(d, data)
                    .and_then(|obj| targets(d, obj, &cfg.labels).ok())
                    .map(|t| t.iter().map(|l| cfg.labels[l.as_str()]).collect());
                (j, targets)
            })
            .collect();
        if !changed {
            settled = true;
            break;
        }
    }
    if !settled {
        found.iter_mut().for_each(|(_, d)| *d = None);
        cfg.dispatches.clear();
    }
    let labels = &cfg.labels;
    let mut replace: Vec<(Dispatch, Vec<GoItem>)> = Vec::new();
    let mut n = 0;
    for (j, d) in found {
        let Some(d) = d else {
            let x = inst(body, j);
            if matches!(x.operands.as_slice(), [GoOperand::Mem(m)] if m.symbol.is_some()) {
                diags.push(
                    Diagnostic::error(
                        span_of(x),
                        "an absolute indexed jump that is not a jump table's dispatch",
                    )
                    .expected(
                        "`jmp *T(,%reg,8)` over a table `T` of `.quad` labels of the function",
                    ),
                );
            }
            continue;
        };
        let Some(obj) = table_of(&d, data) else {
            if d.base.is_none() {
                diags.push(
                    Diagnostic::error(
                        d.span,
                        format!("jump table `{}` is not defined in the input", d.table),
                    )
                    .expected("the table's `.quad` labels in a data section"),
                );
            }
            continue;
        };
        let refuse = |why: String| {
            Diagnostic::error(d.span, format!("jump table `{}`: {why}", obj.name))
                .expected("a switch dispatch whose registers are dead at its targets (or build with -fno-jump-tables)")
        };
        let targets = match targets(&d, obj, labels) {
            Ok(t) => t,
            Err(why) => {
                diags.push(refuse(why));
                continue;
            }
        };
        // The registers the removed instructions wrote: dead at every target, untouched by
        // the instructions kept between them once the dispatch has written them (before,
        // a kept instruction sees what it saw: `movzbl %r8b, %eax` computing the index
        // that the removed `movslq (%rdi,%rax,4), %rax` reads).
        let mut written: Vec<u8> = Vec::new();
        let mut first_write: HashMap<u8, usize> = HashMap::new();
        for &i in &d.removed {
            if let Some(r) = inst(body, i).operands.last().and_then(|o| match o {
                GoOperand::Reg(r) => gpr(r),
                _ => None,
            }) {
                written.push(r);
                first_write.entry(r).or_insert(i);
            }
        }
        written.sort_unstable();
        written.dedup();
        let j = *d.removed.last().unwrap();
        let index = gpr(&d.index).expect("an index is a general register");
        // The dispatch's block: from its first instruction after the last label before the
        // jump. Instructions before it (table or base addresses set elsewhere) go only if
        // nothing but this dispatch reads the value they write.
        let block = (0..j)
            .rev()
            .find(|&k| matches!(body[k], GoItem::Label(_)))
            .map_or(0, |k| k + 1);
        let first = d.removed.iter().copied().find(|&k| k >= block).unwrap_or(j);
        let mut problem = None;
        for &at in d.removed.iter().filter(|&&k| k < block) {
            let Some(GoOperand::Reg(r)) = inst(body, at).operands.last() else {
                problem = Some("its table address is not set in a register".to_string());
                break;
            };
            let r = gpr(r).unwrap_or(u8::MAX);
            if live_at(body, at + 1, Loc::Gpr(r), arch, &cfg, &d.removed, index) {
                problem = Some(format!(
                    "the table's address, set outside the dispatch's block (line {}), is read elsewhere",
                    span_of(inst(body, at)).line
                ));
                break;
            }
        }
        // A kept instruction may write one of them whole once no removed instruction after
        // it names it (clang's `movq 56(%rsp), %r8` between the `addq` and the `jmp`): the
        // register then holds at the jump what it held before, and no dispatch value after it.
        let mut rewritten = Vec::new();
        let reloads = |k: usize, x: &GoInst, r: u8| {
            effect(x, Loc::Gpr(r), arch) == Effect::Kills
                && !writes_otherwise(x, r, arch)
                && d.removed
                    .iter()
                    .filter(|&&i| i > k)
                    .all(|&i| !mentions(inst(body, i), r))
        };
        for (k, item) in body.iter().enumerate().take(j).skip(first) {
            if d.removed.contains(&k) {
                continue;
            }
            if let GoItem::Inst(x) = item {
                rewritten.extend(
                    written
                        .iter()
                        .filter(|&&r| k > first_write[&r] && reloads(k, x, r)),
                );
            }
            match item {
                GoItem::Inst(x)
                    if written
                        .iter()
                        .any(|&r| k > first_write[&r] && mentions(x, r) && !reloads(k, x, r)) =>
                {
                    problem = Some(format!(
                        "`{}` between its instructions uses their registers",
                        x.mnemonic
                    ));
                }
                GoItem::Inst(x)
                    if k > d.load && effect(x, Loc::Gpr(index), arch) != Effect::Passes =>
                {
                    problem = Some(format!(
                        "`{}` changes the index after the table is read",
                        x.mnemonic
                    ));
                }
                GoItem::Inst(_) | GoItem::Align(_) => {}
                _ => problem = Some("its instructions are not in one block".to_string()),
            }
        }
        let mut locs: Vec<Loc> = written
            .iter()
            .filter(|r| !rewritten.contains(*r))
            .map(|r| Loc::Gpr(*r))
            .collect();
        if arch == Arch::Arm64 {
            locs.push(Loc::Flags);
        }
        if problem.is_none() {
            // In table order, each target once: the message names the first one.
            let mut seen = HashSet::new();
            'check: for t in targets.iter().filter(|t| seen.insert(*t)) {
                for &loc in &locs {
                    if live_at(body, labels[t.as_str()], loc, arch, &cfg, &d.removed, index) {
                        let what = match loc {
                            Loc::Gpr(r) => {
                                let reg = match arch {
                                    Arch::Amd64 => crate::ir::go::Amd64Reg::gpr(r),
                                    Arch::Arm64 => GoReg::Arm64(A64Reg::R(r)),
                                };
                                crate::isa::go_registers::name(reg).to_string()
                            }
                            Loc::Flags => "the flags".to_string(),
                        };
                        problem = Some(format!(
                            "{what}, which the dispatch sets, may be read after its target `{t}`"
                        ));
                        break 'check;
                    }
                }
            }
        }
        if let Some(why) = problem {
            diags.push(refuse(why));
            continue;
        }
        n += 1;
        let tree = tree(&d, &targets, &format!("{fname}_jt{n}"), &obj.name, arch);
        replace.push((d, tree));
    }
    if replace.is_empty() {
        return;
    }
    let mut drop: HashSet<usize> = HashSet::new();
    let mut at: HashMap<usize, Vec<GoItem>> = HashMap::new();
    for (d, tree) in replace {
        drop.extend(d.removed.iter().copied());
        at.insert(*d.removed.last().unwrap(), tree);
    }
    let old = std::mem::take(body);
    for (i, item) in old.into_iter().enumerate() {
        if let Some(tree) = at.remove(&i) {
            body.extend(tree);
        } else if !drop.contains(&i) {
            body.push(item);
        }
    }
}

/// The compare/branch tree: runs of equal targets, split in halves by unsigned compares.
fn tree(d: &Dispatch, targets: &[String], prefix: &str, table: &str, arch: Arch) -> Vec<GoItem> {
    let mut runs: Vec<(u64, &str)> = Vec::new();
    for (k, t) in targets.iter().enumerate() {
        if runs.last().map_or(true, |r| r.1 != t) {
            runs.push((k as u64, t));
        }
    }
    let mut out = Vec::new();
    let mut labels = 0;
    let comment = format!("jump table {table}");
    build(&runs, d, prefix, &comment, arch, &mut labels, &mut out);
    out
}

fn build(
    runs: &[(u64, &str)],
    d: &Dispatch,
    prefix: &str,
    comment: &str,
    arch: Arch,
    labels: &mut usize,
    out: &mut Vec<GoItem>,
) {
    let go = |mnemonic: &'static str, operands: Vec<GoOperand>| {
        GoItem::Inst(GoInst {
            mnemonic,
            operands,
            origin: Origin::Added,
            access: None,
            comment: Some(comment.to_string()),
        })
    };
    if runs.len() == 1 {
        out.push(go("JMP", vec![GoOperand::Label(runs[0].1.to_string())]));
        return;
    }
    let mid = runs.len() / 2;
    let v = runs[mid].0 as i64;
    *labels += 1;
    let left = format!("{prefix}_{}", labels);
    match arch {
        Arch::Amd64 => {
            out.push(go("CMPQ", vec![GoOperand::Reg(d.index), GoOperand::Imm(v)]));
            out.push(go("JCS", vec![GoOperand::Label(left.clone())]));
        }
        Arch::Arm64 => {
            let cmp = if d.index32 { "CMPW" } else { "CMP" };
            out.push(go(cmp, vec![GoOperand::Imm(v), GoOperand::Reg(d.index)]));
            out.push(go("BLO", vec![GoOperand::Label(left.clone())]));
        }
    }
    build(&runs[mid..], d, prefix, comment, arch, labels, out);
    out.push(GoItem::Label(left));
    build(&runs[..mid], d, prefix, comment, arch, labels, out);
}

#[cfg(test)]
#[path = "jump_table_tests.rs"]
mod tests;
