//! amd64 lowering: matches each native instruction against the rows of
//! `mappings/amd64/instructions.tbl` (first matching shape wins) and builds the Go
//! instruction. Irregular rows name a [`Handler`], implemented at the bottom of this file.

use super::Order;
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoInst, GoItem, GoMem, GoOperand, Origin};
use crate::ir::x86::{Inst, Mem, Operand, OperandKind};
use crate::ir::Reg;

include!(concat!(env!("OUT_DIR"), "/amd64_tables.rs"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegClass {
    Gpr,
    Gpr8High,
    Xmm,
    Ymm,
    Segment,
    Rip,
}

#[derive(Debug)]
pub struct RegInfo {
    pub native: &'static str,
    pub go: &'static str,
    pub class: RegClass,
    pub bits: u16,
}

pub fn reg_info(r: Reg) -> &'static RegInfo {
    &REGISTERS[r.0 as usize]
}

/// An operand kind of a table row. Widths are in bits; 0 means "the shared size S".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Gpr(u16),
    Mem(u16),
    GprMem(u16),
    Xmm,
    Ymm,
    XmmMem(u16),
    YmmMem(u16),
    Imm,
    Cl,
    Rel,
}

/// One row of the instruction table.
#[derive(Debug)]
pub struct Form {
    pub mnemonic: &'static str,
    pub shape: &'static str,
    pub kinds: &'static [Kind],
    pub go: &'static str,
    pub order: Order,
    pub handler: Option<Handler>,
}

/// Whether the table has any row for this Intel mnemonic.
pub fn is_mnemonic(mnemonic: &str) -> bool {
    !forms(mnemonic).is_empty()
}

fn is_gpr(r: Reg) -> bool {
    matches!(reg_info(r).class, RegClass::Gpr | RegClass::Gpr8High)
}

/// Does `op` fit `kind`? Returns the width in bits it contributes to the shared size S.
fn fits(kind: Kind, op: &OperandKind) -> Option<Option<u16>> {
    let mem_size = |m: &Mem| m.size.map(|b| b * 8);
    let sized = |want: u16, got: Option<u16>| -> Option<Option<u16>> {
        match (want, got) {
            (0, g) => Some(g),
            (w, Some(g)) if g == w => Some(None),
            (_, None) => Some(None),
            _ => None,
        }
    };
    match (kind, op) {
        (Kind::Gpr(w), OperandKind::Reg(r)) if is_gpr(*r) => sized(w, Some(reg_info(*r).bits)),
        (Kind::Mem(w) | Kind::GprMem(w), OperandKind::Mem(m)) => sized(w, mem_size(m)),
        (Kind::GprMem(w), OperandKind::Reg(r)) if is_gpr(*r) => sized(w, Some(reg_info(*r).bits)),
        (Kind::Xmm | Kind::XmmMem(_), OperandKind::Reg(r))
            if reg_info(*r).class == RegClass::Xmm =>
        {
            Some(None)
        }
        (Kind::Ymm | Kind::YmmMem(_), OperandKind::Reg(r))
            if reg_info(*r).class == RegClass::Ymm =>
        {
            Some(None)
        }
        (Kind::XmmMem(w) | Kind::YmmMem(w), OperandKind::Mem(m)) => {
            sized(w, mem_size(m)).map(|_| None)
        }
        (Kind::Imm, OperandKind::Imm(_)) => Some(None),
        (Kind::Cl, OperandKind::Reg(r)) if reg_info(*r).native == "cl" => Some(None),
        (Kind::Rel, OperandKind::Target(_)) => Some(None),
        _ => None,
    }
}

/// Whether some row of `mnemonic` takes these operands (used to read AT&T suffixes).
pub fn accepts(mnemonic: &str, operands: &[Operand]) -> bool {
    forms(mnemonic)
        .iter()
        .any(|f| fit_form(f, operands).is_some())
}

/// Whether `mnemonic` is a jump or call (a bare symbol operand is then a target).
pub fn takes_target(mnemonic: &str) -> bool {
    forms(mnemonic).iter().any(|f| f.kinds.contains(&Kind::Rel))
}

/// The shared size S if the operands fit the row.
fn fit_form(form: &Form, operands: &[Operand]) -> Option<Option<u16>> {
    if form.kinds.len() != operands.len() {
        return None;
    }
    let mut size: Option<u16> = None;
    for (k, op) in form.kinds.iter().zip(operands) {
        match fits(*k, &op.kind)? {
            Some(w) if matches!(k, Kind::Gpr(0) | Kind::Mem(0) | Kind::GprMem(0)) => {
                if size.is_some_and(|s| s != w) {
                    return None;
                }
                size = Some(w);
            }
            _ => {}
        }
    }
    Some(size)
}

/// The first row whose shape the operands fit, with the shared size S (bits) if any.
fn select(inst: &Inst) -> Result<(&'static Form, Option<u16>), Diagnostic> {
    let rows = forms(&inst.mnemonic);
    if rows.is_empty() {
        return Err(Diagnostic::error(
            inst.span,
            format!("unknown or unsupported instruction `{}`", inst.mnemonic),
        )
        .expected("an instruction listed in mappings/amd64/instructions.tbl"));
    }
    for form in rows {
        if let Some(size) = fit_form(form, &inst.operands) {
            return Ok((form, size));
        }
    }
    let shapes: Vec<&str> = rows.iter().map(|f| f.shape).collect();
    Err(Diagnostic::error(
        inst.span,
        format!("`{}` does not take these operands", inst.mnemonic),
    )
    .expected(format!("one of: {}", shapes.join("; "))))
}

fn size_letter(bits: u16) -> Option<char> {
    Some(match bits {
        8 => 'B',
        16 => 'W',
        32 => 'L',
        64 => 'Q',
        _ => return None,
    })
}

/// Resolves `{s}` in a Go name; the result is interned in the Go mnemonic list.
fn go_mnemonic(form: &Form, size: Option<u16>, span: Span) -> Result<&'static str, Diagnostic> {
    if !form.go.contains("{s}") {
        return Ok(form.go);
    }
    let letter = size.and_then(size_letter).ok_or_else(|| {
        Diagnostic::error(span, "operand size is ambiguous")
            .expected("a size suffix (`movl`) or `DWORD PTR` on the memory operand")
    })?;
    let name = form.go.replace("{s}", &letter.to_string());
    go_mnemonic_static(&name).ok_or_else(|| {
        Diagnostic::error(span, format!("Go has no `{name}` instruction"))
            .expected(format!("an operand size that Go's `{}` supports", form.go))
    })
}

/// Go spells every name statically; this finds the `&'static str` for a composed one.
fn go_mnemonic_static(name: &str) -> Option<&'static str> {
    GO_MNEMONICS
        .binary_search(&name)
        .ok()
        .map(|i| GO_MNEMONICS[i])
}

static GO_MNEMONICS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<&'static str> = include_str!("../../mappings/amd64/go_mnemonics.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    v.sort_unstable();
    v
});

fn go_register(r: Reg, span: Span) -> Result<&'static str, Diagnostic> {
    let info = reg_info(r);
    match info.class {
        RegClass::Rip => Err(Diagnostic::error(
            span,
            "`rip` used outside a memory operand",
        )),
        _ => Ok(info.go),
    }
}

fn go_mem(m: &Mem, span: Span) -> Result<GoMem, Diagnostic> {
    let rip = m.base.is_some_and(|b| reg_info(b).class == RegClass::Rip);
    let reg = |r: Option<Reg>| r.map(|r| go_register(r, span)).transpose();
    if rip {
        let Some(sym) = &m.symbol else {
            return Err(
                Diagnostic::error(span, "RIP-relative operand without a symbol")
                    .expected("`sym(%rip)` or `[rip + sym]`"),
            );
        };
        return Ok(GoMem {
            segment: None,
            symbol: Some(super::go_data_symbol(sym)),
            base: None,
            index: None,
            scale: 0,
            disp: m.disp,
        });
    }
    if let Some(seg) = m.segment {
        return Err(Diagnostic::error(
            span,
            format!("segment override `{}:` is not supported", reg_info(seg).native),
        )
        .expected("a memory operand without a segment (thread-local storage and the stack protector need Go's own mechanisms)"));
    }
    if m.symbol.is_some() {
        return Err(
            Diagnostic::error(span, "absolute symbol address in a memory operand")
                .expected("a RIP-relative reference")
                .help("compile with -fPIC (the default on most distributions)"),
        );
    }
    Ok(GoMem {
        segment: None,
        symbol: None,
        base: reg(m.base)?,
        index: reg(m.index)?,
        scale: m.scale,
        disp: m.disp,
    })
}

fn go_operand(op: &Operand) -> Result<GoOperand, Diagnostic> {
    Ok(match &op.kind {
        OperandKind::Reg(r) => GoOperand::Reg(go_register(*r, op.span)?),
        OperandKind::Imm(v) => GoOperand::Imm(*v),
        OperandKind::SymbolAddr { .. } => {
            return Err(
                Diagnostic::error(op.span, "absolute symbol address as an immediate")
                    .expected("a RIP-relative `lea`")
                    .help("compile with -fPIC (the default on most distributions)"),
            )
        }
        OperandKind::Mem(m) => GoOperand::Mem(go_mem(m, op.span)?),
        OperandKind::Target(t) => GoOperand::Label(super::go_label(t)),
        OperandKind::Indirect(_) => {
            return Err(Diagnostic::error(
                op.span,
                "indirect jumps and calls are not supported yet",
            )
            .expected("a direct branch to a label"))
        }
    })
}

/// Mnemonics whose first Intel operand is read, not written.
const READS_FIRST_OPERAND: &[&str] = &[
    "cmp", "test", "bt", "push", "ucomiss", "ucomisd", "comiss", "comisd", "ptest", "vptest",
    "vucomiss", "vucomisd", "vcomiss", "vcomisd",
];

/// The register an instruction writes as its first operand, if any.
fn destination_register(inst: &Inst) -> Option<&'static RegInfo> {
    match inst.operands.first() {
        Some(Operand {
            kind: OperandKind::Reg(r),
            ..
        }) if !READS_FIRST_OPERAND.contains(&inst.mnemonic.as_str()) => Some(reg_info(*r)),
        _ => None,
    }
}

/// Rejects writes to registers Go reserves: the stack pointer (the native code would build
/// its own frame) and BP (Go's frame pointer; go vet's framepointer check).
fn check_reserved(inst: &Inst) -> Result<(), Diagnostic> {
    match destination_register(inst).map(|r| r.go) {
        Some("SP" | "SPB") => Err(native_stack(inst)),
        Some("BP" | "BPB") => Err(Diagnostic::error(
            inst.span,
            format!("`{}` writes rbp, Go's frame pointer", inst.mnemonic),
        )
        .expected("code that leaves rbp alone")
        .help("compile with -fomit-frame-pointer and without -fno-omit-frame-pointer, or keep the function small enough that rbp is not needed")),
        _ => Ok(()),
    }
}

/// Lowers one native instruction to Go items, appending to `out`.
pub fn lower(inst: &Inst, out: &mut Vec<GoItem>) -> Result<(), Diagnostic> {
    check_reserved(inst)?;
    if let Some(op) = inst
        .operands
        .iter()
        .find(|o| matches!(o.kind, OperandKind::Indirect(_)))
    {
        return Err(
            Diagnostic::error(op.span, "indirect jumps and calls are not supported yet")
                .expected("a direct branch to a label"),
        );
    }
    let (form, size) = select(inst)?;
    if form.handler == Some(Handler::Raw) {
        // Go cannot spell this form identically: the source bytes, with the source text.
        let (bytes, comment) = crate::verify::native_x86::raw(inst)?;
        out.push(GoItem::Bytes { bytes, comment });
        return Ok(());
    }
    let origin = Origin::Source(inst.span);
    let mnemonic = go_mnemonic(form, size, inst.span)?;
    let mut operands = Vec::with_capacity(inst.operands.len());
    let n = inst.operands.len();
    for i in 0..n {
        let from = form.order.source(i, n);
        operands.push(go_operand(&inst.operands[from])?);
    }
    if let Some(h) = form.handler {
        handle(h, inst, &mut operands)?;
    }
    for (on, name) in [
        (inst.prefixes.lock, "LOCK"),
        (inst.prefixes.rep, "REP"),
        (inst.prefixes.repne, "REPN"),
    ] {
        if on {
            out.push(GoItem::Inst(GoInst {
                mnemonic: name,
                operands: vec![],
                origin,
                comment: None,
            }));
        }
    }
    out.push(GoItem::Inst(GoInst {
        mnemonic,
        operands,
        origin,
        comment: None,
    }));
    Ok(())
}

fn native_stack(inst: &Inst) -> Diagnostic {
    Diagnostic::error(
        inst.span,
        format!(
            "`{}`: native stack frames are not supported yet",
            inst.mnemonic
        ),
    )
    .expected("code that keeps its values in registers")
    .help("a leaf function without spills converts; try -O2 or fewer live values")
}

/// The predicate names of `cmpps`/`vcmpps` and friends, in immediate order (Intel SDM).
const CMP_PREDICATES: [&str; 32] = [
    "eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt", "false",
    "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq",
    "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq",
    "true_us",
];

fn cmp_predicate(mnemonic: &str) -> Option<i64> {
    let name = mnemonic
        .strip_prefix('v')
        .unwrap_or(mnemonic)
        .strip_prefix("cmp")?;
    let name = name.get(..name.len().checked_sub(2)?)?;
    CMP_PREDICATES
        .iter()
        .position(|p| *p == name)
        .map(|i| i as i64)
}

/// The escape hatches: rows whose meaning is not a plain rename. They see the Go operands.
fn handle(h: Handler, inst: &Inst, operands: &mut Vec<GoOperand>) -> Result<(), Diagnostic> {
    match h {
        // `cmpltsd x, y` is `cmpsd x, y, 1`: Go has only the base form, immediate first for VEX.
        Handler::CmpPredicate => {
            let predicate = cmp_predicate(&inst.mnemonic).ok_or_else(|| {
                Diagnostic::error(
                    inst.span,
                    format!("unknown compare predicate in `{}`", inst.mnemonic),
                )
            })?;
            if inst.mnemonic.starts_with('v') {
                operands.insert(0, GoOperand::Imm(predicate));
            } else {
                operands.push(GoOperand::Imm(predicate));
            }
            Ok(())
        }
        // `shr eax` (GCC and clang omit a count of 1); Go needs `SHRL $1, AX`: same bytes.
        Handler::ShiftByOne => {
            operands.insert(0, GoOperand::Imm(1));
            Ok(())
        }
        // Result stores are added before each RET by the frame stage.
        Handler::Ret => Ok(()),
        // Lowered to `BYTE`s by `lower` before any operand is converted.
        Handler::Raw => Ok(()),
        Handler::NativeStack => Err(native_stack(inst)),
        Handler::Call => Err(Diagnostic::error(
            inst.span,
            format!("`{}`: calls are not supported yet", inst.mnemonic),
        )
        .expected("a leaf function")),
    }
}
