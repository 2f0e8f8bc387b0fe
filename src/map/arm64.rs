//! arm64 lowering: matches each native instruction ([`crate::ir::a64::Inst`], typed operands)
//! against the rows of `mappings/arm64/instructions.tbl` (first matching shape wins,
//! [`crate::ir::a64::select`]) and builds the Go instruction. Irregular rows name a
//! [`Handler`], implemented in [`Lowerer::lower`].
//!
//! **Go side.** Operands are built typed ([`GoOperand`]): shifted and extended registers,
//! pairs, arrangements, lanes, lists, indexed and write-back memory, conditions; the emitter
//! spells them.
//!
//! **PC-relative data.** `adrp xN, sym` becomes `MOVD $sym<>(SB), RN`: the register then
//! holds the full address, not the page, so every `:lo12:sym` use of it adds 0 (`add` → a
//! move or nothing, `[xN, :lo12:sym]` → `(RN)`). `adrp` directly followed by
//! `add xN, xN, :lo12:sym` is one `MOVD`. Loads straight from `sym(SB)` are avoided: Go
//! expands them through R27. A `:lo12:` use is matched to the latest `adrp` of its register
//! in program order, or, when blocks are laid out apart from that order, to the function's
//! only `adrp` of that register and symbol.

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::a64::{self, Addressing, Inst, OperandKind};
use crate::ir::go::{A64Reg, GoInst, GoItem, GoMem, GoOperand, GoReg, Origin, Writeback};
use crate::ir::{Function, Item};
use crate::isa::arm64::bits::movz_word;
use crate::isa::arm64::words::roff_word;
use crate::isa::arm64::{is_bitmask, Form, Handler, Kind, MemMode, Modifier, Reg, Shift};
use std::collections::{HashMap, HashSet};

// ---- Go operands ----------------------------------------------------------------------------

/// Go's register for a scalar register (`R3`, `ZR`, `RSP`, `F2`; Go spells W registers as
/// their X register).
fn go_a64(r: Reg) -> A64Reg {
    match r {
        Reg::Gpr { num: 31, .. } => A64Reg::Zr,
        Reg::Gpr { num, .. } => A64Reg::R(num),
        Reg::Sp { .. } => A64Reg::Rsp,
        Reg::Fp { num, .. } => A64Reg::F(num),
        Reg::Vec { num, .. } | Reg::Elem { num, .. } => A64Reg::V(num),
    }
}

/// A register operand (`R3`, `F2`, `V1.S4`, `V0.S[1]`).
fn go_reg(r: Reg) -> GoOperand {
    match r {
        Reg::Vec { num, arr } => GoOperand::Vector { num, arr },
        Reg::Elem { num, size, lane } => GoOperand::Element { num, size, lane },
        r => GoOperand::Reg(GoReg::Arm64(go_a64(r))),
    }
}

fn go_modified(r: Reg, m: Option<Modifier>) -> GoOperand {
    match m {
        None => go_reg(r),
        Some(modifier) => GoOperand::Modified {
            reg: go_a64(r),
            modifier,
        },
    }
}

fn go_operand(kind: Kind, op: &OperandKind) -> GoOperand {
    match (kind, op) {
        (Kind::VScalar(_), OperandKind::Reg(Reg::Fp { num, .. })) => {
            GoOperand::Reg(GoReg::Arm64(A64Reg::V(*num)))
        }
        (_, OperandKind::Float(f)) => GoOperand::Float(f.value()),
        // `{v5.d}[1]`: Go spells the one-register lane list as the element `V5.D[1]`.
        (
            _,
            OperandKind::List {
                first,
                count: 1,
                arr,
                lane: Some(lane),
            },
        ) => GoOperand::Element {
            num: *first,
            size: arr.size() as u8,
            lane: *lane,
        },
        (
            _,
            OperandKind::List {
                first, count, arr, ..
            },
        ) => GoOperand::VecList {
            first: *first,
            count: *count,
            arr: *arr,
            lane: None,
        },
        (_, OperandKind::Cond(c)) => GoOperand::Cond(*c),
        (_, OperandKind::Pair(a, b)) => GoOperand::Pair(go_a64(*a), go_a64(*b)),
        (_, OperandKind::Reg(_) | OperandKind::Shifted { .. } | OperandKind::Extended { .. }) => {
            let (r, m) = op.modified_reg().expect("a register operand");
            go_modified(r, m)
        }
        (_, OperandKind::Imm(_) | OperandKind::ShiftedImm { .. }) => {
            GoOperand::Imm(op.imm().expect("an immediate"))
        }
        (_, OperandKind::Mem(m)) => {
            let base = go_a64(m.base);
            match (m.index(), m.mode()) {
                // Go spells a plain index register `(R1)(R2<<0)`.
                (Some((index, md)), _) => GoOperand::MemIndex {
                    base,
                    index: go_a64(index),
                    modifier: md.unwrap_or(Modifier::Shift(Shift::Lsl, 0)),
                },
                (None, mode) => {
                    let mem = GoMem {
                        base: Some(GoReg::Arm64(base)),
                        disp: m.disp(),
                        scale: 1,
                        ..GoMem::default()
                    };
                    match mode {
                        MemMode::Pre => GoOperand::MemWriteback {
                            mem,
                            mode: Writeback::Pre,
                        },
                        MemMode::Post => GoOperand::MemWriteback {
                            mem,
                            mode: Writeback::Post,
                        },
                        _ => GoOperand::Mem(mem),
                    }
                }
            }
        }
        (_, OperandKind::Page { symbol, offset } | OperandKind::Lo12 { symbol, offset }) => {
            GoOperand::SymAddr {
                symbol: super::go_data_symbol(symbol),
                offset: *offset,
            }
        }
        (_, OperandKind::Target(t)) => GoOperand::Label(super::go_label(t)),
    }
}

// ---- lowering -------------------------------------------------------------------------------

/// Per-function lowering state: what each register got from `adrp`, the function's own
/// labels (a branch anywhere else is a tail call) and the source text (comments of raw words).
pub struct Lowerer<'a> {
    pages: HashMap<u8, (String, i64)>,
    /// Every `adrp xN, sym+offset` of the function, by (N, sym): the offsets. A `:lo12:`
    /// use in a block the program order reaches before its `adrp` (blocks laid out in
    /// another order than they run) takes the offset when it is the only one.
    all_pages: HashMap<(u8, String), HashSet<i64>>,
    labels: HashSet<String>,
    source: &'a str,
    /// Whether the function calls (`bl`, `blr`, `br` as a tail call).
    pub calls: bool,
}

impl<'a> Lowerer<'a> {
    pub fn new(source: &'a str, labels: impl IntoIterator<Item = String>) -> Lowerer<'a> {
        Lowerer {
            pages: HashMap::new(),
            all_pages: HashMap::new(),
            labels: labels.into_iter().collect(),
            source,
            calls: false,
        }
    }

    /// The source text of a span, its whitespace collapsed.
    fn text(&self, span: Span) -> String {
        span.text(self.source)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Lowers a function's instructions (with their labels and alignment handled by the
    /// caller); `next` is the instruction after `inst`, for the adrp+add fusion. Returns
    /// whether `next` was consumed.
    pub fn lower(
        &mut self,
        inst: &Inst,
        next: Option<&Inst>,
        out: &mut Vec<GoItem>,
    ) -> Result<bool, Diagnostic> {
        super::arm64_reserved::check(&inst.operands)?;
        let form = a64::select(inst)?;
        let ops = &inst.operands;
        let origin = Origin::Source(inst.span);
        let push = |out: &mut Vec<GoItem>, mnemonic: &'static str, operands: Vec<GoOperand>| {
            out.push(GoItem::Inst(GoInst {
                mnemonic,
                operands,
                origin,
                access: None,
                comment: None,
            }))
        };
        match form.handler {
            Some(Handler::Adrp) => {
                let (OperandKind::Reg(Reg::Gpr { num, .. }), OperandKind::Page { symbol, offset }) =
                    (&ops[0].kind, &ops[1].kind)
                else {
                    unreachable!("row shape x,sym")
                };
                self.pages.insert(*num, (symbol.clone(), *offset));
                let addr = go_operand(Kind::Page, &ops[1].kind);
                let me = Reg::Gpr {
                    num: *num,
                    wide: true,
                };
                push(out, "MOVD", vec![addr, go_reg(me)]);
                // adrp xN, sym; add xN, xN, :lo12:sym → one MOVD.
                if let Some([d, s, lo12]) = next
                    .filter(|n| n.mnemonic == "add")
                    .map(|n| n.operands.as_slice())
                {
                    let fused = OperandKind::Lo12 {
                        symbol: symbol.clone(),
                        offset: *offset,
                    };
                    let me = OperandKind::Reg(me);
                    if d.kind == me && s.kind == me && lo12.kind == fused {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Handler::Lo12) => {
                let (Some(d), Some(s), OperandKind::Lo12 { symbol, offset }) =
                    (ops[0].kind.reg(), ops[1].kind.reg(), &ops[2].kind)
                else {
                    unreachable!("row shape x,x,lo")
                };
                let delta = self.lo12_delta(s, symbol, *offset, ops[2].span)?;
                let (d, s) = (go_reg(d), go_reg(s));
                if delta != 0 {
                    push(out, "ADD", vec![GoOperand::Imm(delta), s, d]);
                } else if d != s {
                    push(out, "MOVD", vec![s, d]);
                }
                Ok(false)
            }
            Some(Handler::Call) => {
                self.calls = true;
                let target = match &ops[0].kind {
                    OperandKind::Target(t) => GoOperand::Func(super::native_symbol(t)),
                    OperandKind::Reg(r) => GoOperand::Indirect(GoReg::Arm64(go_a64(*r))),
                    _ => unreachable!("row shapes rel and x"),
                };
                push(out, "CALL", vec![target]);
                Ok(false)
            }
            Some(Handler::TailCall) => {
                // `br xN` leaves this function for good: a jump, LR untouched.
                self.calls = true;
                let OperandKind::Reg(r) = &ops[0].kind else {
                    unreachable!("row shape x")
                };
                push(
                    out,
                    "JMP",
                    vec![GoOperand::Indirect(GoReg::Arm64(go_a64(*r)))],
                );
                Ok(false)
            }
            Some(Handler::Ret) => {
                push(out, "RET", vec![]);
                Ok(false)
            }
            Some(Handler::MovImm) => {
                let (OperandKind::Reg(Reg::Gpr { num, wide }), Some(v)) =
                    (&ops[0].kind, ops[1].kind.imm())
                else {
                    unreachable!("row shape x,i")
                };
                self.mov_imm(inst, *num, *wide, v, out)?;
                Ok(false)
            }
            Some(Handler::Movz) => {
                let (OperandKind::Reg(Reg::Gpr { num, wide }), Some(v)) =
                    (&ops[0].kind, ops[1].kind.imm())
                else {
                    unreachable!("row shape x,i")
                };
                if v == 0 && inst.mnemonic == "movn" {
                    // All ones, which `mov xN, #-1` spells too.
                    self.mov_imm(inst, *num, *wide, -1, out)?;
                } else if v == 0 {
                    // Go rejects a zero immediate here ("zero shifts cannot be handled").
                    let opc = match inst.mnemonic.as_str() {
                        "movk" => 0x7280_0000,
                        _ => 0x5280_0000,
                    };
                    let word = movz_word(*wide, *num, 0, 0) & !0x7f80_0000 | opc;
                    self.raw(inst, word, out);
                } else {
                    let rd = go_reg(Reg::Gpr {
                        num: *num,
                        wide: *wide,
                    });
                    push(out, form.go, vec![GoOperand::Imm(v), rd]);
                }
                Ok(false)
            }
            Some(Handler::RawMovi) => {
                let word = inst.movi_word().ok_or_else(|| {
                    Diagnostic::error(
                        inst.span,
                        format!("`{}` immediate has no encoding", inst.mnemonic),
                    )
                    .expected("an immediate that GNU as accepts for this arrangement")
                })?;
                self.raw(inst, word, out);
                Ok(false)
            }
            Some(Handler::RawRrr) => {
                let word = inst.rrr_word(form.opcode);
                self.raw(inst, word, out);
                Ok(false)
            }
            Some(Handler::RawNative) => {
                // GNU as's word, put in by the verify stage from the native encoder (which
                // refuses a `:lo12:` field). Not on SP: the frame stage rewrites stack
                // accesses, and a raw word's offset cannot follow.
                if let OperandKind::Mem(m) = &ops[1].kind {
                    if matches!(m.base, Reg::Sp { .. }) {
                        return Err(Diagnostic::error(ops[1].span, format!(
                            "`{}` from the stack has no Go spelling, and a raw word cannot follow the frame",
                            inst.mnemonic
                        ))
                        .expected("a base register other than sp"));
                    }
                }
                out.push(GoItem::Raw { origin: inst.span });
                Ok(false)
            }
            Some(Handler::RawRoff) => {
                // Go's FMOVQ and PRFM have no register-offset form, nor has Go an
                // FMOVH/FMOVB. PRFM's Rt field is the prefetch operation.
                let rt = ops[0].kind.reg().map(|r| r.num());
                let rt = rt.or_else(|| ops[0].kind.imm().map(|op| op as u32));
                let (Some(rt), OperandKind::Mem(m)) = (rt, &ops[1].kind) else {
                    unreachable!("row shape r,mr or i,mr")
                };
                let Addressing::Index { index, modifier } = m.addressing else {
                    unreachable!("row shape r,mr")
                };
                let word = roff_word(form.opcode, rt, m.base.num(), index.num(), modifier)
                    .ok_or_else(|| {
                        Diagnostic::error(ops[1].span, "index shift or extension has no encoding")
                            .expected("`lsl` or an extension by 0 or the access size's log2")
                    })?;
                self.raw(inst, word, out);
                Ok(false)
            }
            Some(Handler::Unscaled) => {
                // Go spells LDUR/STUR only for offsets the scaled form cannot take.
                let (Some(rt), OperandKind::Mem(m)) = (ops[0].kind.reg(), &ops[1].kind) else {
                    unreachable!("row shape r,m")
                };
                let (base, disp) = (m.base, m.disp());
                let op = form.opcode;
                let size: i64 = if op >> 26 & 1 == 1 && op >> 30 == 0 && op >> 23 & 1 == 1 {
                    16
                } else {
                    1 << (op >> 30)
                };
                if disp < 0 || disp % size != 0 {
                    return self.plain(form, inst, out);
                }
                let word = op | ((disp as u32) & 0x1ff) << 12 | base.num() << 5 | rt.num();
                self.raw(inst, word, out);
                Ok(false)
            }
            None => self.plain(form, inst, out),
        }
    }

    /// A row without a handler: rename, reorder, suffix pre/post-index.
    fn plain(
        &mut self,
        form: &'static Form,
        inst: &Inst,
        out: &mut Vec<GoItem>,
    ) -> Result<bool, Diagnostic> {
        let mut ops = inst.operands.clone();
        let mut go = form.go;
        // `sub sp, sp, #-16` is `add sp, sp, #16` (GNU as flips it; Go would build the
        // negative constant in R27).
        if let Some(flip) = FLIPS.iter().find(|f| f.0 == go).map(|f| f.1) {
            for op in &mut ops {
                if let Some(v) = op.kind.imm().filter(|v| *v < 0 && *v != i64::MIN) {
                    op.kind = OperandKind::Imm(-v);
                    go = flip;
                }
            }
        }
        for op in &mut ops {
            let OperandKind::Mem(m) = &mut op.kind else {
                continue;
            };
            if let Addressing::Lo12 { symbol, offset } = &m.addressing {
                m.addressing =
                    Addressing::Offset(self.lo12_delta(m.base, symbol, *offset, op.span)?);
            }
        }
        let n = ops.len();
        let operands = (0..n)
            .map(|i| {
                let from = form.order.source(i, n);
                match &ops[from].kind {
                    // `b f`, `cbz x0, f`: a tail call of a function's native body.
                    OperandKind::Target(t) if !self.labels.contains(t) && !t.starts_with(".L") => {
                        GoOperand::Func(super::native_symbol(t))
                    }
                    kind => go_operand(form.kinds[from], kind),
                }
            })
            .collect();
        out.push(GoItem::Inst(GoInst {
            mnemonic: go,
            operands,
            origin: Origin::Source(inst.span),
            access: None,
            comment: None,
        }));
        Ok(false)
    }

    /// How far `:lo12:sym+offset` is from what `adrp` put in `base` (which, converted, holds
    /// the full address of the adrp's `sym+offset`).
    fn lo12_delta(
        &self,
        base: Reg,
        symbol: &str,
        offset: i64,
        span: Span,
    ) -> Result<i64, Diagnostic> {
        let Reg::Gpr { num, .. } = base else {
            return Err(Diagnostic::error(span, "`:lo12:` relative to sp"));
        };
        let elsewhere = self
            .all_pages
            .get(&(num, symbol.to_string()))
            .filter(|o| o.len() == 1)
            .and_then(|o| o.iter().next());
        match self.pages.get(&num) {
            Some((s, o)) if s == symbol => Ok(offset - o),
            _ if elsewhere.is_some() => Ok(offset - elsewhere.unwrap()),
            Some((s, _)) => Err(Diagnostic::error(
                span,
                format!("`:lo12:{symbol}` is added to x{num}, which holds the page of `{s}`"),
            )
            .expected(format!("`:lo12:{s}`"))),
            None => Err(Diagnostic::error(
                span,
                format!("`:lo12:{symbol}` is added to x{num}, but no earlier `adrp x{num}, {symbol}` sets it"),
            )
            .expected("an `adrp` of the same symbol into the register, earlier in the function")),
        }
    }

    fn raw(&self, inst: &Inst, word: u32, out: &mut Vec<GoItem>) {
        out.push(GoItem::Inst(GoInst {
            mnemonic: "WORD",
            operands: vec![GoOperand::Word(word)],
            origin: Origin::Source(inst.span),
            access: None,
            comment: Some(self.text(inst.span)),
        }));
    }

    /// `mov xN, #imm` is MOVZ, MOVN or ORR (in GNU as's order of preference).
    fn mov_imm(
        &self,
        inst: &Inst,
        num: u8,
        wide: bool,
        v: i64,
        out: &mut Vec<GoItem>,
    ) -> Result<(), Diagnostic> {
        let bits = if wide { 64 } else { 32 };
        let mask = if wide { u64::MAX } else { 0xffff_ffff };
        let value = v as u64 & mask;
        if !wide && (v > u32::MAX as i64 || v < i32::MIN as i64) {
            return Err(Diagnostic::error(
                inst.span,
                "immediate out of range for a 32-bit register",
            ));
        }
        let rd = go_reg(Reg::Gpr { num, wide });
        let origin = Origin::Source(inst.span);
        let go = |mnemonic: &'static str, operands: Vec<GoOperand>| {
            GoItem::Inst(GoInst {
                mnemonic,
                operands,
                origin,
                access: None,
                comment: None,
            })
        };
        let chunk = |x: u64| -> Option<u32> {
            (0..bits / 16).find(|hw| x & !(0xffffu64 << (16 * hw)) == 0)
        };
        if value == 0 {
            self.raw(inst, movz_word(wide, num, 0, 0), out);
        } else if chunk(value).is_some() {
            out.push(go(
                if wide { "MOVZ" } else { "MOVZW" },
                vec![GoOperand::Imm(value as i64), rd],
            ));
        } else if chunk(!value & mask).is_some() {
            let inv = !value & mask;
            if inv == 0 {
                // All ones: Go refuses `MOVN $0` but assembles `MOVD $-1` as `movn xN, #0`.
                out.push(go(
                    if wide { "MOVD" } else { "MOVW" },
                    vec![GoOperand::Imm(-1), rd],
                ));
            } else {
                out.push(go(
                    if wide { "MOVN" } else { "MOVNW" },
                    vec![GoOperand::Imm(inv as i64), rd],
                ));
            }
        } else if is_bitmask(value, bits) {
            let v = if wide {
                value as i64
            } else {
                value as u32 as i64
            };
            out.push(go(
                if wide { "ORR" } else { "ORRW" },
                vec![
                    GoOperand::Imm(v),
                    GoOperand::Reg(GoReg::Arm64(A64Reg::Zr)),
                    rd,
                ],
            ));
        } else {
            return Err(Diagnostic::error(
                inst.span,
                format!("`mov` immediate {v:#x} has no single-instruction encoding"),
            )
            .expected("an immediate of one 16-bit chunk, its inverse, or a bitmask"));
        }
        Ok(())
    }
}

/// Lowers a whole function: labels, alignment and instructions (with the adrp+add fusion).
/// A branch to anything but the function's own labels is a (tail) call of a native body.
pub fn lower_function(f: &Function<Inst>, source: &str, diags: &mut Diagnostics) -> Vec<GoItem> {
    let mut body = Vec::with_capacity(f.body.len() + 8);
    let labels = f.labels().map(str::to_string);
    let mut lowerer = Lowerer::new(source, labels);
    for item in &f.body {
        if let Item::Inst(i) = item {
            if let [a, b] = i.operands.as_slice() {
                if let (
                    OperandKind::Reg(Reg::Gpr { num, .. }),
                    OperandKind::Page { symbol, offset },
                ) = (&a.kind, &b.kind)
                {
                    lowerer
                        .all_pages
                        .entry((*num, symbol.clone()))
                        .or_default()
                        .insert(*offset);
                }
            }
        }
    }
    let mut skip = false;
    for (i, item) in f.body.iter().enumerate() {
        match item {
            Item::Label { name, .. } => body.push(GoItem::Label(super::go_label(name))),
            Item::Inst(inst) if skip => {
                let _ = inst;
                skip = false;
            }
            Item::Inst(inst) => {
                let next = match f.body.get(i + 1) {
                    Some(Item::Inst(n)) => Some(n),
                    _ => None,
                };
                match lowerer.lower(inst, next, &mut body) {
                    Ok(consumed) => skip = consumed,
                    Err(d) => diags.push(d),
                }
            }
            // PCALIGN takes 8 to 2048; smaller code alignment is only a performance hint.
            Item::Align { bytes, .. } if (8..=2048).contains(bytes) => {
                body.push(GoItem::Align(*bytes))
            }
            Item::Align { .. } => {}
        }
    }
    body
}

/// Operations that GNU as flips for a negative immediate, and their flip.
const FLIPS: &[(&str, &str)] = &[
    ("ADD", "SUB"),
    ("SUB", "ADD"),
    ("ADDW", "SUBW"),
    ("SUBW", "ADDW"),
    ("ADDS", "SUBS"),
    ("SUBS", "ADDS"),
    ("ADDSW", "SUBSW"),
    ("SUBSW", "ADDSW"),
    ("CMP", "CMN"),
    ("CMN", "CMP"),
    ("CMPW", "CMNW"),
    ("CMNW", "CMPW"),
];
