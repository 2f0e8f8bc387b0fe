//! Which arm64 general registers are live around each instruction of a native function:
//! the map stage's backward dataflow over the function's own control flow, used to pick a
//! scratch register for the rewrites of `arm64_x28_slot` (x28 kept in its save slot). It also
//! holds the register-name helpers the arm64 reserved-register passes share (what a function
//! mentions, renaming a register).
//!
//! **Conservative by construction.** A register counts as dead only when the analysis is sure
//! no later instruction can read the value it holds now. Where the code is not understood,
//! it assumes reads:
//!
//! - every general register an instruction names is read, except the first operand of an
//!   instruction known to only write it (a load's target, an arithmetic result; not `movk`,
//!   `bfi`, compares, stores, atomics or branches), and both registers of a pair load;
//! - a call (`bl`, `blr`) reads x0–x8 (arguments, the indirect-result register); it writes
//!   x16/x17 (veneers may) and, when the callee is outside the file or called through a
//!   register, every caller-saved register. A callee of the file writes nothing more:
//!   compilers keep values in caller-saved registers across calls to functions they can see
//!   (GCC's `-fipa-ra`);
//! - at a return or a tail call, x0–x8 and the callee-saved registers are read, and so is
//!   each of x9–x15 and x18 the function never writes (its callers may keep a value there
//!   across the call, for the same reason); x16/x17 never carry a value across a call;
//! - `br` may go to any label of the function whose address is taken (named by data, such as
//!   a jump table, or by an `adr`/`adrp` or `:lo12:` operand), or leave it (a tail call);
//! - code the analysis cannot follow — a system call, a directive word, falling off the end
//!   of the function — reads every register.

use crate::ir::a64::{Addressing, Inst, OperandKind};
use crate::ir::{Edit, Function, Item, Module};
use crate::isa::arm64::Reg;
use std::collections::{HashMap, HashSet};

/// What the analysis needs to know of the rest of the file.
#[derive(Default)]
pub struct FileNames {
    /// The file's functions: calls to them clobber only what they write.
    pub functions: HashSet<String>,
    /// The symbols whose address is taken (a data relocation, an `adr`/`adrp`, a `:lo12:`
    /// operand or a literal load names them): the only labels a `br` can reach.
    pub address_taken: HashSet<String>,
}

impl FileNames {
    pub fn of(module: &Module<Inst>) -> FileNames {
        let mut taken: HashSet<String> = module
            .data
            .iter()
            .flat_map(|d| &d.relocations)
            .flat_map(|r| r.terms.iter().map(|(s, _)| s.clone()))
            .collect();
        for inst in module.functions.iter().flat_map(|f| &f.body) {
            let Item::Inst(inst) = inst else { continue };
            let branch = inst.mnemonic.starts_with('b')
                || ["cbz", "cbnz", "tbz", "tbnz"].contains(&inst.mnemonic.as_str());
            for op in &inst.operands {
                match &op.kind {
                    OperandKind::Page { symbol, .. } | OperandKind::Lo12 { symbol, .. } => {
                        taken.insert(symbol.clone());
                    }
                    OperandKind::Mem(m) => {
                        if let Addressing::Lo12 { symbol, .. } = &m.addressing {
                            taken.insert(symbol.clone());
                        }
                    }
                    OperandKind::Target(t) if !branch => {
                        taken.insert(t.clone());
                    }
                    _ => {}
                }
            }
        }
        FileNames {
            functions: module.functions.iter().map(|f| f.name.clone()).collect(),
            address_taken: taken,
        }
    }
}

/// Bit `n`: xn (or wn), for n < 31.
pub type RegSet = u32;

const ALL: RegSet = (1 << 31) - 1;
/// x0–x8: arguments, results and the indirect-result register.
const ARGS: RegSet = (1 << 9) - 1;
/// x19–x30.
const CALLEE_SAVED: RegSet = ALL & !((1 << 19) - 1);
/// x9–x15 and x18: callers may keep values there across a call to a function that leaves
/// them alone.
const TEMPORARIES: RegSet = (0x7f << 9) | 1 << 18;
const VENEER: RegSet = 3 << 16;
/// x0–x18 and x30 (the link register).
const CALL_CLOBBERED: RegSet = ((1 << 19) - 1) | (1 << 30);

/// Mnemonics (and prefixes) whose first general-register operand is read, or read and
/// written, or not a plain destination: stores (`st…`, including `stxr`'s status, written
/// but counted as read), atomics, compares, conditional and register branches, inserts.
const FIRST_READ: &[&str] = &[
    "st", "cas", "swp", "ldadd", "ldclr", "ldeor", "ldset", "ldsmax", "ldsmin", "ldumax", "ldumin",
    "prf", "cb", "tb", "br", "bl", "ret", "cmp", "cmn", "tst", "ccmp", "ccmn", "movk", "bfi",
    "bfxil", "bfm", "bfc", "msr", "sys", "dc", "ic", "at", "tlbi",
];

/// Instructions whose register use the analysis cannot see.
const OPAQUE: &[&str] = &["svc", "hvc", "smc"];

/// The live registers before and after each instruction, by its index in the body.
pub struct Liveness {
    live_in: HashMap<usize, RegSet>,
    live_out: HashMap<usize, RegSet>,
}

impl Liveness {
    /// The registers live before or after the instruction at body index `k` (everything
    /// when `k` is not an instruction).
    pub fn around(&self, k: usize) -> RegSet {
        self.before(k) | self.after(k)
    }

    /// Live before the instruction at body index `k`.
    pub fn before(&self, k: usize) -> RegSet {
        self.live_in.get(&k).copied().unwrap_or(ALL)
    }

    /// Live after the instruction at body index `k`.
    pub fn after(&self, k: usize) -> RegSet {
        self.live_out.get(&k).copied().unwrap_or(ALL)
    }
}

/// Where control goes after one instruction.
struct Step {
    uses: RegSet,
    defs: RegSet,
    /// The instructions (positions in the instruction list) it may go to next.
    next: Vec<usize>,
    /// It may leave the function (return, tail call): the exit's live set is read.
    exits: bool,
}

/// The general registers `kind` names (either width; not sp or xzr).
pub fn registers(kind: &OperandKind) -> RegSet {
    let gpr = |r: &Reg| match r {
        Reg::Gpr { num, .. } if *num < 31 => 1 << num,
        _ => 0,
    };
    match kind {
        OperandKind::Pair(a, b) => gpr(a) | gpr(b),
        OperandKind::Mem(m) => m.registers().map(|r| gpr(&r)).fold(0, |s, r| s | r),
        k => k.modified_reg().map_or(0, |(r, _)| gpr(&r)),
    }
}

/// The FP/SIMD registers `inst` names (bit n: vn in any width or arrangement).
pub fn vectors_named(inst: &Inst) -> RegSet {
    let fp = |r: &Reg| match r {
        Reg::Fp { num, .. } | Reg::Vec { num, .. } | Reg::Elem { num, .. } => 1 << num,
        _ => 0,
    };
    inst.operands.iter().fold(0, |s, o| {
        s | match &o.kind {
            OperandKind::Reg(r) => fp(r),
            OperandKind::Pair(a, b) => fp(a) | fp(b),
            OperandKind::List { first, count, .. } => {
                (0..*count).fold(0, |m, k| m | 1 << ((first + k) % 32))
            }
            _ => 0,
        }
    })
}

/// The general registers `inst` names in any operand.
pub fn named(inst: &Inst) -> RegSet {
    inst.operands.iter().fold(0, |s, o| s | registers(&o.kind))
}

/// The registers `inst` only writes (never reads first): its first operand when it is a
/// plain destination, both registers of a pair load.
pub fn writes_only(inst: &Inst) -> RegSet {
    let mn = inst.mnemonic.as_str();
    match inst.operands.first().map(|o| &o.kind) {
        Some(k @ OperandKind::Reg(_)) if !FIRST_READ.iter().any(|p| mn.starts_with(p)) => {
            registers(k)
        }
        Some(k @ OperandKind::Pair(..)) if mn.starts_with("ld") => registers(k),
        _ => 0,
    }
}

/// The general registers `inst`'s operands read: all it names but those it only writes
/// ([`writes_only`]).
pub fn reads(inst: &Inst) -> RegSet {
    let first_def = writes_only(inst) != 0;
    inst.operands
        .iter()
        .enumerate()
        .filter(|(i, _)| !(*i == 0 && first_def))
        .fold(0, |s, (_, o)| s | registers(&o.kind))
}

/// Live registers around each instruction of `f`, a function of the file `file`.
pub fn liveness(f: &Function<Inst>, file: &FileNames) -> Liveness {
    liveness_ignoring_exit(f, file, 0)
}

/// [`liveness`] where the registers of `unread` are not read at the function's exits (what
/// the function's own code reads of them).
pub fn liveness_ignoring_exit(f: &Function<Inst>, file: &FileNames, unread: RegSet) -> Liveness {
    let mut positions = Vec::new();
    let mut labels: HashMap<&str, usize> = HashMap::new();
    for (k, item) in f.body.iter().enumerate() {
        match item {
            Item::Inst(_) => positions.push(k),
            Item::Label { name, .. } => {
                labels.insert(name.as_str(), positions.len());
            }
            Item::Align { .. } => {}
        }
    }
    let insts: Vec<&Inst> = positions
        .iter()
        .map(|&k| match &f.body[k] {
            Item::Inst(i) => i,
            _ => unreachable!("positions of instructions"),
        })
        .collect();
    let written = insts.iter().fold(0, |s, i| s | writes_only(i));
    let exit_live = (ARGS | CALLEE_SAVED | (TEMPORARIES & !written)) & !unread;
    let end = insts.len();
    let taken_labels: Vec<usize> = labels
        .iter()
        .filter(|(name, _)| file.address_taken.contains(**name))
        .map(|(_, &n)| n)
        .collect();
    let steps: Vec<Step> = insts
        .iter()
        .enumerate()
        .map(|(n, inst)| step(inst, n, &labels, &taken_labels, file))
        .collect();

    let mut live_in = vec![0 as RegSet; end];
    let mut live_out = vec![0 as RegSet; end];
    let mut changed = true;
    while changed {
        changed = false;
        for n in (0..end).rev() {
            let s = &steps[n];
            let mut out = if s.exits { exit_live } else { 0 };
            for &m in &s.next {
                // Falling off the end (or a label after the last instruction).
                out |= if m >= end { ALL } else { live_in[m] };
            }
            let inn = s.uses | (out & !s.defs);
            if out != live_out[n] || inn != live_in[n] {
                live_out[n] = out;
                live_in[n] = inn;
                changed = true;
            }
        }
    }
    Liveness {
        live_in: positions.iter().copied().zip(live_in).collect(),
        live_out: positions.iter().copied().zip(live_out).collect(),
    }
}

/// The effect and successors of instruction `n`.
fn step(
    inst: &Inst,
    n: usize,
    labels: &HashMap<&str, usize>,
    taken_labels: &[usize],
    file: &FileNames,
) -> Step {
    let mn = inst.mnemonic.as_str();
    let (uses, defs) = (reads(inst), writes_only(inst));
    let target = inst.operands.iter().find_map(|o| match &o.kind {
        OperandKind::Target(t) => Some(t.as_str()),
        _ => None,
    });
    let mut s = Step {
        uses,
        defs,
        next: vec![n + 1],
        exits: false,
    };
    if OPAQUE.contains(&mn) || mn.starts_with('.') {
        s.uses = ALL;
        return s;
    }
    match mn {
        "bl" | "blr" => {
            s.uses |= ARGS;
            let outside = !target.is_some_and(|t| file.functions.contains(t));
            s.defs |= if outside {
                CALL_CLOBBERED
            } else {
                VENEER | 1 << 30
            };
            return s;
        }
        "ret" => {
            s.next.clear();
            s.exits = true;
            return s;
        }
        "br" => {
            s.next = taken_labels.to_vec();
            s.exits = true;
            return s;
        }
        _ => {}
    }
    let Some(target) = target else { return s };
    // A branch: `b` goes only to its target; the conditional ones may fall through.
    if mn == "b" {
        s.next.clear();
    }
    match labels.get(target) {
        Some(&m) => s.next.push(m),
        None => {
            // A tail call, conditional or not: the callee may read the arguments.
            s.uses |= ARGS;
            s.exits = true;
        }
    }
    s
}

/// Bit `num` of a [`RegSet`].
pub fn bit(num: u8) -> u32 {
    1 << num
}

/// The instructions of `f`.
pub fn instructions(f: &Function<Inst>) -> impl Iterator<Item = &Inst> {
    f.body.iter().filter_map(|i| match i {
        Item::Inst(inst) => Some(inst),
        _ => None,
    })
}

/// Bit `n`: the function mentions xn or wn.
pub fn mentioned(f: &Function<Inst>) -> RegSet {
    instructions(f).fold(0, |m, i| m | named(i))
}

/// Renames general register `from` to `to` (either width) in every operand of `f`.
pub fn rename(f: &mut Function<Inst>, from: u8, to: u8) {
    for item in &mut f.body {
        if let Item::Inst(inst) = item {
            rename_in(inst, from, to);
        }
    }
}

/// Renames general register `from` to `to` (either width) in every operand of `inst`; an
/// instruction that named it is marked rewritten (its bytes are no longer the source's).
pub fn rename_in(inst: &mut Inst, from: u8, to: u8) {
    let mut changed = false;
    let mut swap = |r: &mut Reg| {
        if let Reg::Gpr { num, .. } = r {
            if *num == from {
                *num = to;
                changed = true;
            }
        }
    };
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
    if changed {
        // The decoded bytes name the old register.
        inst.code = None;
        inst.edit = Edit::Rewritten;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Arch;
    use crate::parse::{parse, Syntax};

    /// The live set around each instruction, in order.
    fn live(text: &str) -> Vec<RegSet> {
        let module = parse::<Inst>(text, Arch::Arm64, Syntax::Gnu).expect("parses");
        let mut file = FileNames::of(&module);
        file.functions.insert("local".into());
        let f = &module.functions[0];
        let l = liveness(f, &file);
        f.body
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i, Item::Inst(_)))
            .map(|(k, _)| l.around(k))
            .collect()
    }

    fn bits(regs: &[u8]) -> RegSet {
        regs.iter().fold(0, |s, r| s | 1 << r)
    }

    #[test]
    fn a_register_is_dead_between_its_last_read_and_its_next_write() {
        let l = live(
            "f:\n\tmov\tx9, 1\n\tadd\tx0, x9, 2\n\tnop\n\tmov\tx9, 3\n\tadd\tx0, x0, x9\n\tret\n",
        );
        // x9: written by the first mov, read by the add; dead at the nop; live again after
        // the second mov; written by the function, so dead at the return.
        assert!(l[0] & bits(&[9]) != 0);
        assert_eq!(l[2] & bits(&[9]), 0);
        assert!(l[3] & bits(&[9]) != 0);
        // Never-written temporaries are live everywhere (a caller may keep a value there),
        // x16/x17 are dead wherever unread.
        for set in &l {
            assert_eq!(
                set & bits(&[10, 11, 12, 13, 14, 15, 18]),
                bits(&[10, 11, 12, 13, 14, 15, 18])
            );
            assert_eq!(set & bits(&[16, 17]), 0);
        }
    }

    #[test]
    fn read_modify_write_and_stores_keep_their_first_operand_live() {
        for inst in [
            "movk\tx9, 1, lsl 16",
            "str\tx9, [x0]",
            "cmp\tx9, 1",
            "cbz\tx9, .L1",
            "bfi\tx9, x1, 0, 8",
            "stxr\tw9, x1, [x0]",
            "ldadd\tx9, x1, [x0]",
        ] {
            let l = live(&format!(
                "f:\n\tmov\tx9, 1\n\tnop\n\t{inst}\n.L1:\n\tmov\tx9, 0\n\tret\n"
            ));
            assert!(l[1] & bits(&[9]) != 0, "{inst}");
        }
        // A pair load writes both registers without reading them.
        let l =
            live("f:\n\tmov\tx16, 1\n\tnop\n\tldp\tx16, x17, [x0]\n\tadd\tx0, x16, x17\n\tret\n");
        assert_eq!(l[1] & bits(&[16, 17]), 0);
    }

    #[test]
    fn calls_read_the_arguments_and_clobber_what_the_callee_may_write() {
        // Outside the file: x9 cannot live across, so it is dead before the call.
        let l = live("f:\n\tmov\tx9, 1\n\tnop\n\tbl\tputs\n\tmov\tx0, x9\n\tret\n");
        assert_eq!(l[1] & bits(&[9]), 0);
        assert_eq!(l[1] & ARGS, ARGS);
        // A callee of the file may leave x9 alone for its caller: x9 stays live.
        let l = live("f:\n\tmov\tx9, 1\n\tnop\n\tbl\tlocal\n\tmov\tx0, x9\n\tret\n");
        assert!(l[1] & bits(&[9]) != 0);
        // Veneers clobber x16/x17 at any call.
        let l = live("f:\n\tmov\tx16, 1\n\tnop\n\tbl\tlocal\n\tmov\tx0, x16\n\tret\n");
        assert_eq!(l[1] & bits(&[16]), 0);
    }

    #[test]
    fn branches_follow_labels_and_unknown_control_reads_everything() {
        // x9 is read on the branch's path only.
        let l = live(
            "f:\n\tmov\tx9, 1\n\tcbz\tx0, .L2\n\tmov\tx9, 2\n.L2:\n\tmov\tx0, x9\n\tmov\tx9, 0\n\tret\n",
        );
        assert!(l[1] & bits(&[9]) != 0);
        // `br` may reach any label whose address is taken, or leave.
        let l = live(
            "f:\n\tmov\tx9, 1\n\tadr\tx1, .L3\n\tbr\tx1\n.L3:\n\tmov\tx0, x9\n\tmov\tx9, 0\n\tret\n",
        );
        assert!(l[2] & bits(&[9]) != 0);
        assert_eq!(l[2] & ARGS, ARGS);
        let l = live("f:\n\tmov\tx9, 1\n\tbr\tx1\n.L3:\n\tmov\tx0, x9\n\tmov\tx9, 0\n\tret\n");
        assert_eq!(l[1] & bits(&[9]), 0);
        // A tail call reads the arguments; falling off the end and `svc` read everything.
        let l = live("f:\n\tmov\tx9, 1\n\tmov\tx16, 1\n\tnop\n\tb\tg\n");
        assert_eq!(l[2] & (ARGS | bits(&[16, 9])), ARGS);
        let l = live("f:\n\tmov\tx16, 1\n\tnop\n\tsvc\t0\n\tmov\tx16, 0\n\tret\n");
        assert!(l[1] & bits(&[16]) != 0);
        let l = live("f:\n\tmov\tx16, 1\n\tnop\n");
        assert!(l[1] & bits(&[16]) != 0);
    }
}
