//! Native bodies on goroutine stacks: what the frame stage knows of a function that keeps
//! the C calling convention (its own frame, pushes, calls).
//!
//! ```text
//! Go IR of one native body ──NativeFrame::sp_effect / flow──▶ analyse ──▶ Frame
//!   Frame { own (deepest SP use), calls [(callee, depth at the call)], dynamic SP,
//!           Go-view corrections }
//! Frames of all bodies ──need()──▶ bytes each body needs below its entry SP, through
//!   its callees (None: recursion, indirect or unknown callees, alloca: the budget)
//! ```
//!
//! **SP, twice.** The analysis follows two values through the control-flow graph: the real
//! depth below the entry SP (an upper bound: `and $-32, %rsp` may take up to 24 bytes more),
//! which sizes the Go entry's frame, and the value Go's assembler computes for its SP table,
//! which it sums **in program order** over the instructions it tracks (amd64 `PUSHQ/POPQ/
//! ADJSP`, arm64 `ADD/SUB $c, RSP`) and, on amd64, checks to be zero at every `RET`
//! ("unbalanced PUSH/POP"). Where the program-order sum differs from the value along the
//! real paths, a correction is inserted: after an unconditional jump or return (unreachable,
//! so only Go's table sees it) or, on amd64, just before an instruction that reloads SP from
//! a register (`leave`, `mov %rbp, %rsp`, `lea -24(%rbp), %rsp`), whose write overwrites the
//! correction's own SP change, where the flags it changes are dead. Elsewhere (an untracked
//! `add $920, %rsp` releasing tracked pushes, a reload whose flags are read later) it goes
//! right after the instruction, jumped over (`JMP L; ADJSP $-n; L:`). Writes to SP that Go does not track mark the body SPWRITE, so
//! the runtime's unwinders stop there instead of reading a frame from a wrong SP table.
//!
//! Every body runs with the Go entry's stack reserved for it (src/frame/abi.rs,
//! `Abi::call_entry`); the entry's frame is the deepest `need` of its body plus, for bodies
//! whose depth has no static bound, the stack budget (`--stack`). Bodies in a recursive
//! cycle, and each dynamic SP decrement, check the goroutine's stack bound (`g.stack.lo`)
//! before they use more; on failure they jump to `native2goasm_stack_budget_exceeded<>`, a
//! deliberate crash that names itself in the runtime's traceback.

pub mod amd64;
pub mod arm64;

use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoInst, GoItem, GoOperand, GoReg, Origin};
use std::collections::HashMap;

/// The symbol native bodies jump to when the stack budget is exhausted.
pub const BUDGET_EXCEEDED: &str = "native2goasm_stack_budget_exceeded";

/// The largest SP adjustment spelled so that Go's SP table follows it: larger ones would
/// count against the linker's 800-byte budget for NOSPLIT functions.
pub const MAX_TRACKED: i64 = 256;

/// Why a call between native bodies goes through a register.
pub const INDIRECT_WHY: &str =
    "through a register: the linker's NOSPLIT check would follow a direct call";

/// The stack budget when `--stack` is not given.
pub const DEFAULT_BUDGET: u32 = 64 * 1024;

/// What one Go instruction of a native body does to SP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpEffect {
    None,
    /// SP moves down by `bytes` (up when negative). `tracked`: Go's assembler sums it into
    /// its SP table.
    Move {
        bytes: i64,
        tracked: bool,
    },
    /// SP rounded down to a multiple of `align` (`and $-32, %rsp`).
    Align(i64),
    /// `reg := SP + offset` (`mov %rsp, %rbp`; arm64 `mov x29, sp`).
    Copy {
        reg: GoReg,
        offset: i64,
    },
    /// `SP := reg + offset`, then `pop` more bytes released by the same instruction
    /// (`leave`: BP + 0, then 8).
    Restore {
        reg: GoReg,
        offset: i64,
        pop: i64,
    },
    /// SP moved down by an amount known only at run time (`sub %rax, %rsp`: alloca, VLAs).
    Dynamic,
    /// Any other write to SP (treated as [`SpEffect::Dynamic`]).
    Unknown,
}

/// What one instruction does to the condition flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flags {
    /// Reads them (or might).
    Reads,
    /// Sets all of them without reading any.
    Sets,
    /// Leaves them as they are.
    Keeps,
}

/// A call's or tail call's target.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Callee {
    /// A native body (its Go symbol, `map::native_symbol`).
    Native(String),
    /// Through a register or memory: unknown.
    Indirect,
}

/// How control leaves one instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flow<'a> {
    Next,
    /// Conditional branch to a label (and on to the next instruction).
    Branch(&'a str),
    /// Unconditional jump to a label.
    Jump(&'a str),
    Call(Callee),
    TailCall(Callee),
    Return,
}

/// One architecture's view of native stack use.
pub trait NativeFrame {
    /// Bytes a call pushes (the return address on amd64; arm64 keeps it in LR).
    const RETURN_ADDRESS: i64;
    /// Bytes a leaf may use below SP (System V's red zone).
    const RED_ZONE: i64;
    /// Whether Go's assembler checks that its SP sum is zero at every `RET`.
    const BALANCED_RETURNS: bool;
    /// The alignment SP always has (an `and` with a larger mask moves it by at most the
    /// difference).
    const SP_ALIGN: i64;

    fn sp_effect(inst: &GoInst) -> SpEffect;

    /// The spelling of `inst` whose SP change Go's assembler tracks, when the instruction
    /// has one with the same bytes (amd64 `SUBQ $n, SP` → `ADJSP $n`).
    fn tracked_form(_inst: &GoInst) -> Option<GoInst> {
        None
    }

    /// Whether Go's assembler would follow this large SP adjustment in its SP table (and
    /// the linker would then count it against 800 bytes) with no spelling that hides it: it
    /// is then emitted as its source bytes (arm64 `SUB $4096, RSP`).
    fn hide_from_go(_inst: &GoInst) -> bool {
        false
    }

    /// The frame pointer (amd64 BP, arm64 R29), its native name, and how C code saves it.
    const FRAME_POINTER: (GoReg, &'static str, &'static str);

    /// Whether `reg` is the stack pointer.
    fn is_sp(reg: GoReg) -> bool;

    /// Whether `inst` writes `reg` (conservatively: any doubt is a write).
    fn writes(inst: &GoInst, reg: GoReg) -> bool;

    /// A tracked SP adjustment of `bytes` (down when positive) that Go sums into its SP
    /// table; `None` where the architecture needs none.
    fn correction(bytes: i64, why: &str) -> Option<GoInst>;

    /// An unconditional jump to a label of the body (added code).
    fn jump_to(label: &str) -> GoInst {
        GoInst {
            mnemonic: "JMP",
            operands: vec![GoOperand::Label(label.to_string())],
            origin: Origin::Added,
            access: None,
            comment: Some("over a correction of Go's SP table".into()),
        }
    }

    /// What the instruction does to the condition flags (conservatively: any doubt is a
    /// read): a correction before an SP reload may stand only where the flags are dead.
    fn flags(inst: &GoInst) -> Flags;

    /// The stack check: jumps to [`BUDGET_EXCEEDED`] unless at least `need` bytes are left
    /// below SP in the goroutine's stack. `ok` is a fresh label to continue at. At a
    /// function's entry its scratch registers and flags are free; elsewhere (`preserve`) the
    /// check saves and restores them.
    fn stack_check(need: i64, ok: &str, preserve: bool) -> Vec<GoItem>;

    /// A call (`jump`: tail call) of `symbol` through a scratch register. Native bodies call
    /// each other this way: the linker checks chains of direct calls between NOSPLIT
    /// functions against 800 bytes and refuses cycles (recursion); the converter's own
    /// analysis sizes the stack instead.
    fn indirect_call(symbol: &str, jump: bool, origin: Origin) -> Vec<GoInst> {
        let inst = |mnemonic, operands| GoInst {
            mnemonic,
            operands,
            origin,
            access: None,
            comment: Some(INDIRECT_WHY.into()),
        };
        let (load, address) = Self::address_of(symbol);
        vec![
            inst(load, vec![address, GoOperand::Reg(Self::CALL_SCRATCH)]),
            inst(
                if jump { "JMP" } else { "CALL" },
                vec![Self::through(Self::CALL_SCRATCH)],
            ),
        ]
    }

    /// A register free at every call site (amd64 R11, arm64 R16).
    const CALL_SCRATCH: GoReg;

    /// The instruction and operand that load a native body's address.
    fn address_of(symbol: &str) -> (&'static str, GoOperand);

    /// The call or jump operand for a register holding the target.
    fn through(reg: GoReg) -> GoOperand;

    /// The body of [`BUDGET_EXCEEDED`]: a deliberate crash.
    fn budget_exceeded() -> Vec<GoItem>;
}

/// go vet's framepointer check: from a `$0` function's start up to the first instruction that
/// mentions the frame pointer or jumps, no instruction may write it. C code saves it first.
pub fn check_frame_pointer<A: NativeFrame>(body: &[GoItem], at: Span) -> Result<(), Diagnostic> {
    let (fp, name, save) = A::FRAME_POINTER;
    for item in body {
        let GoItem::Inst(inst) = item else { continue };
        if A::writes(inst, fp) && !matches!(inst.mnemonic, "PUSHQ") {
            return Err(Diagnostic::error(
                span_of(inst, at),
                format!(
                    "`{}` writes {name} before saving it: go vet's framepointer check refuses that",
                    inst.mnemonic
                ),
            )
            .expected(format!("{name} saved first (`{save}`), as C compilers do")));
        }
        let mentions = inst.operands.iter().any(|o| match o {
            GoOperand::Reg(r) => *r == fp,
            GoOperand::Mem(m) => m.base == Some(fp) || m.index == Some(fp),
            GoOperand::Pair(a, b) => GoReg::Arm64(*a) == fp || GoReg::Arm64(*b) == fp,
            _ => false,
        });
        if mentions || !matches!(flow(inst), Flow::Next | Flow::Branch(_) | Flow::Call(_)) {
            return Ok(());
        }
    }
    Ok(())
}

/// Respells every SP change of `body` that Go can track ([`NativeFrame::tracked_form`]).
pub fn track_sp<A: NativeFrame>(body: &mut [GoItem]) {
    for item in body {
        if let GoItem::Inst(inst) = item {
            if let Some(t) = A::tracked_form(inst) {
                *inst = t;
            }
        }
    }
}

/// How control leaves `inst` (the same for both architectures: Go names the jumps alike).
pub fn flow(inst: &GoInst) -> Flow<'_> {
    let target = || {
        inst.operands.iter().find_map(|o| match o {
            GoOperand::Func(f) => Some(Callee::Native(f.clone())),
            _ => None,
        })
    };
    let label = || {
        inst.operands.iter().find_map(|o| match o {
            GoOperand::Label(l) => Some(l.as_str()),
            _ => None,
        })
    };
    match inst.mnemonic {
        "RET" => Flow::Return,
        "CALL" => Flow::Call(target().unwrap_or(Callee::Indirect)),
        "JMP" | "B" => match label() {
            Some(l) => Flow::Jump(l),
            None => Flow::TailCall(target().unwrap_or(Callee::Indirect)),
        },
        _ => match (label(), target()) {
            (Some(l), _) => Flow::Branch(l),
            // `cbz x0, f`: a conditional tail call.
            (None, Some(_)) => Flow::Call(target().unwrap()),
            (None, None) => Flow::Next,
        },
    }
}

/// The stack use of one native body.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    /// The deepest own use below the entry SP, in bytes (with the red zone for leaves).
    pub own: i64,
    /// Each call and tail call: callee and the depth below the entry SP where the callee's
    /// frame starts (for a call, including the return address).
    pub calls: Vec<(Callee, i64)>,
    /// For each of `calls`, the same depth as Go's SP table has it (what the linker adds up
    /// along direct calls).
    pub calls_go: Vec<i64>,
    /// The deepest value of Go's SP table in the body.
    pub go_max: i64,
    /// For each of `calls`, its index in the body.
    pub call_sites: Vec<usize>,
    /// The source instructions that move SP by an amount known only at run time (each
    /// gets a stack check after it).
    pub dynamic: Vec<Span>,
    /// Whether the body moves SP at all or calls.
    pub moves_sp: bool,
    /// Go-view corrections: (body index to insert before, item).
    corrections: Vec<(usize, GoItem)>,
    /// For each body index, SP's depth below the entry SP before it: `None` when the
    /// instruction is not reached or the paths to it disagree.
    pub depths: Vec<Option<i64>>,
}

impl Frame {
    pub fn calls_anything(&self) -> bool {
        !self.calls.is_empty()
    }
    /// Whether the body needs its own frame on the goroutine stack (a Go entry that calls
    /// it), rather than running at the Go entry's SP.
    pub fn needs_stack(&self) -> bool {
        self.moves_sp || self.calls_anything()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct State {
    /// Bytes below the entry SP (an upper bound).
    depth: i64,
    /// Go's SP table's value: the tracked segments' sum.
    go: i64,
    /// `depth` as segments, oldest first: (bytes, whether Go tracks them). An SP reload
    /// releases whole frames: the segments above the depth it goes back to.
    segments: Vec<(i64, bool)>,
    /// Registers holding SP: (register, the depth SP had there).
    copies: Vec<(GoReg, i64)>,
}

/// The largest SP adjustment one instruction may make (Go's largest goroutine stack).
const MAX_SP_MOVE: u64 = 1 << 30;

impl State {
    /// SP moves down by `bytes` (up when negative).
    fn push(&mut self, bytes: i64, tracked: bool) {
        if bytes < 0 {
            return self.release(-bytes);
        }
        self.depth += bytes;
        if tracked {
            self.go += bytes;
        }
        match self.segments.last_mut() {
            Some((b, t)) if *t == tracked => *b += bytes,
            _ => self.segments.push((bytes, tracked)),
        }
    }

    /// SP moves up by `bytes`, releasing the newest segments first.
    fn release(&mut self, mut bytes: i64) {
        while bytes > 0 {
            let Some((b, t)) = self.segments.last_mut() else {
                // Above the entry SP: arguments area.
                self.depth -= bytes;
                return;
            };
            let take = bytes.min(*b);
            *b -= take;
            bytes -= take;
            self.depth -= take;
            if *t {
                self.go -= take;
            }
            if *b == 0 {
                self.segments.pop();
            }
        }
    }

    /// SP set back to `depth`.
    fn reload(&mut self, depth: i64) {
        if depth <= self.depth {
            self.release(self.depth - depth);
        } else {
            self.push(depth - self.depth, false);
        }
    }
}

fn span_of(inst: &GoInst, fallback: Span) -> Span {
    match inst.origin {
        Origin::Source(s) => s,
        Origin::Added => fallback,
    }
}

/// Follows SP through `body` (see the module docs). `at` locates errors about the function
/// as a whole.
pub fn analyse<A: NativeFrame>(body: &[GoItem], at: Span) -> Result<Frame, Diagnostic> {
    let labels: HashMap<&str, usize> = body
        .iter()
        .enumerate()
        .filter_map(|(i, item)| match item {
            GoItem::Label(l) => Some((l.as_str(), i)),
            _ => None,
        })
        .collect();
    let mut states: Vec<Option<State>> = vec![None; body.len() + 1];
    let mut frame = Frame::default();
    let mut work = vec![0usize];
    states[0] = Some(State {
        depth: 0,
        go: 0,
        segments: Vec::new(),
        copies: Vec::new(),
    });
    let mut visits = vec![0u32; body.len() + 1];
    #[derive(Clone, Copy)]
    enum Seen {
        Not,
        At(i64),
        Varies,
    }
    let mut depths = vec![Seen::Not; body.len()];
    let mut calls: HashMap<usize, (Callee, i64, i64)> = HashMap::new();
    let mut dynamic = Vec::new();
    let mut reloads: Vec<(usize, i64)> = Vec::new();
    // Untracked SP moves that release tracked bytes (`add $920, %rsp` after `sub $896` and
    // three pushes), with Go's value along the paths after them.
    let mut released: HashMap<usize, i64> = HashMap::new();
    let leaf = !body
        .iter()
        .any(|i| matches!(i, GoItem::Inst(g) if matches!(flow(g), Flow::Call(_))));

    // Merges `s` into the state at `to`; queues `to` when it changed.
    let merge = |states: &mut Vec<Option<State>>,
                 work: &mut Vec<usize>,
                 to: usize,
                 s: &State,
                 span: Span|
     -> Result<(), Diagnostic> {
        match &mut states[to] {
            None => {
                states[to] = Some(s.clone());
                work.push(to);
            }
            Some(old) => {
                if old.go != s.go {
                    return Err(Diagnostic::error(
                        span,
                        format!(
                            "the stack pointer differs between the paths that meet here ({} and {} bytes pushed)",
                            old.go, s.go
                        ),
                    )
                    .expected("code whose pushes and pops agree on every path, as compilers emit"));
                }
                let copies: Vec<_> = old
                    .copies
                    .iter()
                    .filter(|c| s.copies.contains(c))
                    .cloned()
                    .collect();
                let depth = old.depth.max(s.depth);
                if depth != old.depth || copies != old.copies {
                    old.depth = depth;
                    old.copies = copies;
                    work.push(to);
                }
            }
        }
        Ok(())
    };

    while let Some(start) = work.pop() {
        visits[start] += 1;
        if visits[start] > 64 {
            return Err(
                Diagnostic::error(at, "the stack pointer grows on every turn of a loop")
                    .expected("a loop that releases what it pushes"),
            );
        }
        let mut s = states[start].clone().expect("queued with a state");
        let mut i = start;
        let mut last = at;
        loop {
            if i >= body.len() {
                break;
            }
            if i != start {
                if let GoItem::Label(_) = &body[i] {
                    merge(&mut states, &mut work, i, &s, last)?;
                    break;
                }
            }
            let GoItem::Inst(inst) = &body[i] else {
                i += 1;
                continue;
            };
            let span = span_of(inst, at);
            last = span;
            depths[i] = match depths[i] {
                Seen::Not => Seen::At(s.depth),
                Seen::At(d) if d != s.depth => Seen::Varies,
                seen => seen,
            };
            let effect = A::sp_effect(inst);
            let before = s.clone();
            match effect {
                SpEffect::None => {}
                SpEffect::Move { bytes, tracked } => {
                    if bytes.unsigned_abs() > MAX_SP_MOVE {
                        return Err(Diagnostic::error(
                            span,
                            format!("the stack pointer moves by {bytes} bytes"),
                        )
                        .expected(format!(
                            "a stack adjustment of at most {MAX_SP_MOVE} bytes (a goroutine's \
                             stack is at most 1 GiB)"
                        )));
                    }
                    frame.moves_sp = true;
                    s.push(bytes, tracked);
                    if !tracked && s.go != before.go {
                        released.insert(i, s.go);
                    }
                }
                SpEffect::Align(a) => {
                    frame.moves_sp = true;
                    s.push((a - A::SP_ALIGN).max(0), false);
                }
                SpEffect::Copy { reg, offset } => {
                    s.copies.retain(|c| c.0 != reg);
                    s.copies.push((reg, s.depth - offset));
                }
                SpEffect::Restore { reg, offset, pop } if A::is_sp(reg) => {
                    frame.moves_sp = true;
                    s.push(-(offset + pop), false);
                    if s.go != before.go {
                        released.insert(i, s.go);
                    }
                }
                SpEffect::Restore { reg, offset, pop } => {
                    frame.moves_sp = true;
                    match s.copies.iter().find(|c| c.0 == reg) {
                        Some(&(_, depth)) => {
                            s.reload(depth - offset);
                            s.release(pop);
                            // Go follows none of it.
                            reloads.push((i, s.go));
                        }
                        // SP from a computed value (arm64 `sub x9, sp, x8; mov sp, x9` for a
                        // VLA): no bound, checked like alloca.
                        None if !dynamic.contains(&span) => dynamic.push(span),
                        None => {}
                    }
                }
                // A write the converter cannot follow: no bound, checked like alloca.
                SpEffect::Dynamic | SpEffect::Unknown => {
                    frame.moves_sp = true;
                    if !dynamic.contains(&span) {
                        dynamic.push(span);
                    }
                }
            }
            if !matches!(effect, SpEffect::Copy { .. }) {
                s.copies.retain(|c| !A::writes(inst, c.0));
            }
            let deepest = before.depth.max(s.depth);
            frame.own = frame.own.max(deepest);
            frame.go_max = frame.go_max.max(before.go.max(s.go));
            match flow(inst) {
                Flow::Next => {}
                Flow::Branch(l) => {
                    let to = *labels.get(l).ok_or_else(|| unknown_label(l, span))?;
                    merge(&mut states, &mut work, to, &s, span)?;
                }
                Flow::Jump(l) => {
                    let to = *labels.get(l).ok_or_else(|| unknown_label(l, span))?;
                    merge(&mut states, &mut work, to, &s, span)?;
                    break;
                }
                Flow::Call(c) => {
                    calls.insert(
                        i,
                        (c, s.depth + A::RETURN_ADDRESS, s.go + A::RETURN_ADDRESS),
                    );
                }
                Flow::TailCall(c) => {
                    calls.insert(i, (c, s.depth, s.go));
                    break;
                }
                Flow::Return => {
                    if s.go != 0 && A::BALANCED_RETURNS {
                        return Err(Diagnostic::error(
                            span,
                            format!("return with {} bytes still pushed", s.go),
                        )
                        .expected("every push popped before `ret`"));
                    }
                    break;
                }
            }
            i += 1;
        }
    }
    if leaf {
        frame.own += A::RED_ZONE;
    }
    let mut calls: Vec<_> = calls.into_iter().collect();
    calls.sort_by_key(|c| c.0);
    frame.calls_go = calls.iter().map(|(_, c)| c.2).collect();
    frame.call_sites = calls.iter().map(|(i, _)| *i).collect();
    frame.calls = calls.into_iter().map(|(_, (c, d, _))| (c, d)).collect();
    frame.dynamic = dynamic;
    frame.depths = depths
        .into_iter()
        .map(|d| match d {
            Seen::At(d) => Some(d),
            Seen::Not | Seen::Varies => None,
        })
        .collect();

    // Go's program-order sum, corrected where it differs from the value along the paths.
    let mut go = 0i64;
    let mut falls_through = true;
    let reload_at: HashMap<usize, i64> = reloads.iter().map(|&(i, after)| (i, after)).collect();
    for (i, item) in body.iter().enumerate() {
        match item {
            GoItem::Label(_) => {
                if let Some(s) = &states[i] {
                    if !falls_through && s.go != go {
                        if let Some(c) = A::correction(
                            s.go - go,
                            "unreachable: keeps Go's SP table in step with the jumps to here",
                        ) {
                            frame.corrections.push((i, GoItem::Inst(c)));
                        }
                        go = s.go;
                    }
                }
                falls_through = true;
            }
            GoItem::Inst(inst) => {
                // Go's value after the instruction, where Go's own sum misses it: SP reloaded
                // from a register, an untracked release of tracked pushes. Only reached
                // instructions were recorded.
                let mut after = released.get(&i).copied();
                if let Some(&reloaded) = reload_at.get(&i) {
                    if reloaded != go && A::BALANCED_RETURNS && flags_dead::<A>(body, i, &labels) {
                        // Before the reload, whose write overwrites the correction's.
                        if let Some(c) = A::correction(
                            reloaded - go,
                            "keeps Go's SP table in step (the next instruction reloads SP)",
                        ) {
                            frame.corrections.push((i, GoItem::Inst(c)));
                        }
                        go = reloaded;
                    }
                    after = Some(reloaded);
                }
                if let SpEffect::Move {
                    bytes,
                    tracked: true,
                } = A::sp_effect(inst)
                {
                    go = go.saturating_add(bytes);
                }
                if let Some(after) = after.filter(|a| *a != go && A::BALANCED_RETURNS) {
                    // After it, jumped over: only Go's table sees it, and no flag changes.
                    let skip = format!("native2goasm_sp{i}");
                    if let Some(c) = A::correction(
                        after - go,
                        "unreachable: keeps Go's SP table in step with the instruction above",
                    ) {
                        frame.corrections.extend([
                            (i + 1, GoItem::Inst(A::jump_to(&skip))),
                            (i + 1, GoItem::Inst(c)),
                            (i + 1, GoItem::Label(skip)),
                        ]);
                    }
                    go = after;
                }
                falls_through =
                    !matches!(flow(inst), Flow::Jump(_) | Flow::TailCall(_) | Flow::Return);
            }
            _ => {}
        }
    }
    Ok(frame)
}

/// SP's depth below the entry SP before each source instruction of `body` (keyed by its
/// line and column), where every path agrees on it and the body moves SP by known amounts
/// only: what code that addresses the native frame from SP (arm64's x28 slot) relies on.
/// `None` when SP moves by amounts known only at run time.
pub fn source_depths<A: NativeFrame>(
    body: &[GoItem],
    at: Span,
) -> Option<HashMap<(u32, u32), i64>> {
    let frame = analyse::<A>(body, at).ok()?;
    if !frame.dynamic.is_empty() {
        return None;
    }
    let mut out = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for (item, depth) in body.iter().zip(&frame.depths) {
        if let GoItem::Inst(GoInst {
            origin: Origin::Source(s),
            ..
        }) = item
        {
            // The first Go instruction of each source instruction.
            if seen.insert((s.line, s.col)) {
                if let Some(d) = depth {
                    out.insert((s.line, s.col), *d);
                }
            }
        }
    }
    Some(out)
}

fn unknown_label(l: &str, span: Span) -> Diagnostic {
    Diagnostic::error(
        span,
        format!("branch to `{l}`, which is not a label of this function"),
    )
}

/// A correction before an SP reload changes the flags (amd64 `ADJSP` is an `ADDQ`/`SUBQ`):
/// it may stand there when every path from the reload sets them before reading them, or
/// leaves the function (System V: no flag is live across a call or a return). Followed
/// through jumps; any doubt says no (the correction then goes after the reload, jumped over).
fn flags_dead<A: NativeFrame>(
    body: &[GoItem],
    reload: usize,
    labels: &HashMap<&str, usize>,
) -> bool {
    let mut seen = vec![false; body.len()];
    let mut work = vec![reload + 1];
    'paths: while let Some(mut i) = work.pop() {
        while i < body.len() {
            if std::mem::replace(&mut seen[i], true) {
                continue 'paths;
            }
            let inst = match &body[i] {
                GoItem::Inst(inst) => inst,
                GoItem::Label(_) | GoItem::Align(_) => {
                    i += 1;
                    continue;
                }
                _ => return false,
            };
            match flow(inst) {
                Flow::Return | Flow::TailCall(_) => continue 'paths,
                // Not a conditional tail call (`jne f`), which reads them.
                Flow::Call(_) if inst.mnemonic == "CALL" => continue 'paths,
                Flow::Jump(l) => match labels.get(l) {
                    Some(&to) => {
                        i = to;
                        continue;
                    }
                    None => return false,
                },
                Flow::Branch(_) => return false,
                Flow::Next | Flow::Call(_) => {}
            }
            match A::flags(inst) {
                Flags::Sets => continue 'paths,
                Flags::Reads => return false,
                Flags::Keeps => i += 1,
            }
        }
        // Ran off the end of the body.
        return false;
    }
    true
}

/// Replaces the SP adjustments Go must not see ([`NativeFrame::hide_from_go`]) by their
/// source bytes.
pub fn hide_large_adjustments<A: NativeFrame>(body: &mut [GoItem]) {
    for item in body {
        if let GoItem::Inst(inst) = item {
            if let (true, Origin::Source(origin)) = (A::hide_from_go(inst), inst.origin) {
                *item = GoItem::Raw { origin };
            }
        }
    }
}

impl Frame {
    /// Moves the pending corrections after body index `from` by `by` (the body grew there).
    pub fn shift_corrections(&mut self, from: usize, by: isize) {
        for (i, _) in &mut self.corrections {
            if *i > from {
                *i = (*i as isize + by) as usize;
            }
        }
    }

    /// Inserts the Go-view corrections into `body` (the body [`analyse`] saw).
    pub fn apply_corrections(&mut self, body: &mut Vec<GoItem>) {
        for (i, c) in std::mem::take(&mut self.corrections).into_iter().rev() {
            body.insert(i, c);
        }
    }
}

/// The call graph of the native bodies (nodes in name order) and its strongly connected
/// components: which bodies call each other in a cycle (recursion), computed once
/// (Kosaraju, without recursion). The analyses below walk it by node index.
pub struct Cycles {
    node: HashMap<String, usize>,
    /// Per node, per entry of its frame's `calls`: the callee's node, when it is a body here.
    callees: Vec<Vec<Option<usize>>>,
    component: Vec<usize>,
    cyclic: Vec<bool>,
}

impl Cycles {
    pub fn of(frames: &HashMap<String, Frame>) -> Cycles {
        let mut names: Vec<&str> = frames.keys().map(String::as_str).collect();
        names.sort_unstable();
        let node: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let callees: Vec<Vec<Option<usize>>> = names
            .iter()
            .map(|n| {
                frames[*n]
                    .calls
                    .iter()
                    .map(|(c, _)| match c {
                        Callee::Native(c) => node.get(c.as_str()).copied(),
                        Callee::Indirect => None,
                    })
                    .collect()
            })
            .collect();
        // Finishing order on the graph, then components on the reversed graph.
        let mut order = Vec::with_capacity(names.len());
        let mut seen = vec![false; names.len()];
        for root in 0..names.len() {
            if seen[root] {
                continue;
            }
            seen[root] = true;
            let mut stack = vec![(root, 0usize)];
            while let Some((n, next)) = stack.last_mut() {
                match callees[*n].get(*next) {
                    Some(&c) => {
                        *next += 1;
                        if let Some(c) = c.filter(|c| !seen[*c]) {
                            seen[c] = true;
                            stack.push((c, 0));
                        }
                    }
                    None => {
                        order.push(*n);
                        stack.pop();
                    }
                }
            }
        }
        let mut reverse = vec![Vec::new(); names.len()];
        for (n, out) in callees.iter().enumerate() {
            for &c in out.iter().flatten() {
                reverse[c].push(n);
            }
        }
        let mut comp = vec![usize::MAX; names.len()];
        let mut cyclic = Vec::new();
        for &root in order.iter().rev() {
            if comp[root] != usize::MAX {
                continue;
            }
            let id = cyclic.len();
            let (mut size, mut stack) = (0, vec![root]);
            comp[root] = id;
            while let Some(n) = stack.pop() {
                size += 1;
                for &c in &reverse[n] {
                    if comp[c] == usize::MAX {
                        comp[c] = id;
                        stack.push(c);
                    }
                }
            }
            cyclic.push(size > 1);
        }
        for (n, out) in callees.iter().enumerate() {
            if out.contains(&Some(n)) {
                cyclic[comp[n]] = true;
            }
        }
        Cycles {
            node: node.into_iter().map(|(n, i)| (n.to_string(), i)).collect(),
            callees,
            component: comp,
            cyclic,
        }
    }

    /// The node of body `name`, the index into what [`need`] and [`indirect_calls`] return.
    pub fn node(&self, name: &str) -> Option<usize> {
        self.node.get(name).copied()
    }

    /// Whether node `n` calls itself through a cycle of direct calls (recursion).
    pub fn in_cycle(&self, n: usize) -> bool {
        self.cyclic[self.component[n]]
    }

    /// Whether nodes `a` and `b` are in one cycle.
    fn together(&self, a: usize, b: usize) -> bool {
        self.component[a] == self.component[b]
    }

    /// The frame of each node, from the `frames` the graph was made of.
    pub fn frames<'f>(&self, frames: &'f HashMap<String, Frame>) -> Vec<&'f Frame> {
        let mut by_node = vec![None; self.callees.len()];
        for (name, &n) in &self.node {
            by_node[n] = frames.get(name);
        }
        by_node
            .into_iter()
            .map(|f| f.expect("Cycles::of saw the same frames"))
            .collect()
    }
}

/// What each body needs below its entry SP through its callees: `(bytes, bounded)`;
/// `bounded` is false when recursion, an indirect or unknown callee, or a dynamic SP
/// decrement puts no static bound on it (the bytes then count what is known: a call into
/// the body's own cycle adds its return address only). `frames` by Go symbol of the
/// native body, by node ([`Cycles::frames`]); the result by node too.
pub fn need(bodies: &[&Frame], cycles: &Cycles) -> Vec<(i64, bool)> {
    let mut done = vec![None; bodies.len()];
    (0..bodies.len())
        .map(|n| visit(n, bodies, cycles, &mut done))
        .collect()
}

fn visit(
    n: usize,
    bodies: &[&Frame],
    cycles: &Cycles,
    done: &mut [Option<(i64, bool)>],
) -> (i64, bool) {
    if let Some(d) = done[n] {
        return d;
    }
    let f = bodies[n];
    let mut bytes = f.own;
    let mut bounded = f.dynamic.is_empty() && !cycles.in_cycle(n);
    for ((_, at), callee) in f.calls.iter().zip(&cycles.callees[n]) {
        let (b, ok) = match *callee {
            Some(c) if !cycles.together(n, c) => visit(c, bodies, cycles, done),
            // A body of another file, an indirect call, or one into the own cycle.
            _ => (0, false),
        };
        bytes = bytes.max(at + b);
        bounded &= ok;
    }
    done[n] = Some((bytes, bounded));
    (bytes, bounded)
}

/// The linker's budget for a chain of direct calls between NOSPLIT functions (800 bytes less
/// its own margins), with room to spare.
pub const LINKER_CHAIN_LIMIT: i64 = 600;

/// Which calls between native bodies may stay direct: those outside recursive cycles whose
/// chain of direct calls, as the linker adds it up from Go's SP tables, stays within
/// [`LINKER_CHAIN_LIMIT`]. Calls to bodies not in `frames` (other files) never do. Returns,
/// per body (by node, as `bodies`: [`Cycles::frames`]), the body indices of the calls to
/// route through a register.
pub fn indirect_calls(bodies: &[&Frame], cycles: &Cycles) -> Vec<Vec<usize>> {
    let mut height = vec![None; bodies.len()];
    let mut routed = vec![Vec::new(); bodies.len()];
    for n in 0..bodies.len() {
        linker_height(n, bodies, cycles, &mut height, &mut routed);
    }
    routed
}

fn linker_height(
    n: usize,
    bodies: &[&Frame],
    cycles: &Cycles,
    height: &mut [Option<i64>],
    routed: &mut [Vec<usize>],
) -> i64 {
    if let Some(h) = height[n] {
        return h;
    }
    let f = bodies[n];
    let mut h = f.go_max;
    let mut indirect = Vec::new();
    let calls = f.calls.iter().zip(&f.calls_go).zip(&cycles.callees[n]);
    for (k, (((callee, _), at), node)) in calls.enumerate() {
        let direct = match (callee, *node) {
            (Callee::Native(_), Some(c)) if !cycles.together(n, c) => {
                let below = linker_height(c, bodies, cycles, height, routed);
                (at + below <= LINKER_CHAIN_LIMIT).then_some(at + below)
            }
            (Callee::Native(_), _) => None,
            (Callee::Indirect, _) => Some(*at),
        };
        match direct {
            Some(d) => h = h.max(d),
            None => {
                indirect.push(f.call_sites[k]);
                h = h.max(*at);
            }
        }
    }
    routed[n] = indirect;
    height[n] = Some(h);
    h
}
