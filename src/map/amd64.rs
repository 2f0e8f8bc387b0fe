//! amd64 lowering: matches each native instruction against the rows of
//! `mappings/amd64/instructions.tbl` (first matching shape wins) and builds the Go
//! instruction. Irregular rows name a [`Handler`], implemented at the bottom of this file.

use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoInst, GoItem, GoMem, GoOperand, GoReg, MemAccess, Origin};
use crate::ir::x86::{Inst, Mem, Operand, OperandKind};
use crate::isa::amd64::{self as isa, reg_info, Form, Handler, Kind, Reg, RegClass, REGISTERS};

/// The first row whose shape the operands fit, with the shared size S (bits) if any.
fn select(inst: &Inst) -> Result<(&'static Form, Option<u16>), Diagnostic> {
    let rows = isa::forms(&inst.mnemonic);
    if rows.is_empty() {
        return Err(Diagnostic::error(
            inst.span,
            format!("unknown or unsupported instruction `{}`", inst.mnemonic),
        )
        .expected("an instruction listed in mappings/amd64/instructions.tbl"));
    }
    let classes = inst.operands.iter().map(|o| o.kind.amd64_class());
    if let Some(fit) = isa::first_fit(&inst.mnemonic, classes) {
        return Ok(fit);
    }
    // Listed in the order the operands are written: AT&T has the destination last.
    let att = match inst.operands.as_slice() {
        [first, .., last] => first.span.offset > last.span.offset,
        _ => false,
    };
    let mut forms: Vec<String> = Vec::new();
    for form in rows.iter().map(|f| f.operands(att)) {
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    Err(Diagnostic::error(
        inst.span,
        format!("`{}` does not take these operands", inst.mnemonic),
    )
    .expected(format!("one of: {}", forms.join("; "))))
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
    isa::GO_MNEMONICS
        .binary_search(&name)
        .ok()
        .map(|i| isa::GO_MNEMONICS[i])
}

/// The Go register of each native register (by table index): the native table's Go column
/// joined once with Go's names (`src/isa/go_registers.rs`); `None` for `rip`.
static GO_REGISTERS: std::sync::LazyLock<Vec<Option<GoReg>>> = std::sync::LazyLock::new(|| {
    REGISTERS
        .iter()
        .map(|info| crate::isa::go_registers::amd64(info.go).map(GoReg::Amd64))
        .collect()
});

fn go_register(r: Reg, span: Span) -> Result<GoReg, Diagnostic> {
    GO_REGISTERS[r.0 as usize]
        .ok_or_else(|| Diagnostic::error(span, "`rip` used outside a memory operand"))
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

fn go_operand(op: &Operand, is_label: &dyn Fn(&str) -> bool) -> Result<GoOperand, Diagnostic> {
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
        OperandKind::Target(t) if is_label(t) => GoOperand::Label(super::go_label(t)),
        // Not a label of this function: a call or tail call of a function's native body.
        OperandKind::Target(t) => GoOperand::Func(super::native_symbol(t)),
        OperandKind::Indirect(inner) => go_operand(
            &Operand {
                kind: (**inner).clone(),
                span: op.span,
            },
            is_label,
        )?,
    })
}

/// `call *fp(%rip)`, `jmp *fp(%rip)`, Intel `call [QWORD PTR fp[rip]]` (a function pointer
/// in the input's data): Go's
/// `CALL sym(SB)` is a direct call and Go has no call through a symbol's memory, so the
/// pointer is loaded into R11 and called through it (code the converter writes: `added`).
/// R11 is free at every call and tail call of the C ABI: no argument is passed in it and a
/// callee may clobber it.
fn call_through_memory(
    inst: &Inst,
    m: &Mem,
    span: Span,
    out: &mut Vec<GoItem>,
) -> Result<(), Diagnostic> {
    const SCRATCH: GoReg = crate::ir::go::Amd64Reg::gpr(11);
    let added = |mnemonic, operands, comment: Option<&str>| {
        GoItem::Inst(GoInst {
            mnemonic,
            operands,
            origin: Origin::Added,
            access: None,
            comment: comment.map(str::to_string),
        })
    };
    out.push(added(
        "MOVQ",
        vec![GoOperand::Mem(go_mem(m, span)?), GoOperand::Reg(SCRATCH)],
        Some("a call through a function pointer in memory, through R11: Go cannot spell it"),
    ));
    let branch = if inst.mnemonic == "jmp" {
        "JMP"
    } else {
        "CALL"
    };
    out.push(added(branch, vec![GoOperand::Reg(SCRATCH)], None));
    Ok(())
}

/// Lowers one native instruction to Go items, appending to `out`. `is_label` tells the
/// function's own labels from other symbols: a `call`/`jmp` to anything else goes to that
/// function's native body ([`super::native_symbol`]).
pub fn lower(
    inst: &Inst,
    is_label: &dyn Fn(&str) -> bool,
    out: &mut Vec<GoItem>,
) -> Result<(), Diagnostic> {
    if let ([op], "call" | "jmp") = (inst.operands.as_slice(), inst.mnemonic.as_str()) {
        let target = match &op.kind {
            OperandKind::Indirect(inner) => inner,
            kind => kind,
        };
        if let OperandKind::Mem(m) = target {
            if m.base.is_some_and(|b| reg_info(b).class == RegClass::Rip) {
                return call_through_memory(inst, m, op.span, out);
            }
        }
    }
    if let Some(op) = inst
        .operands
        .iter()
        .find(|o| matches!(o.kind, OperandKind::Indirect(_)))
    {
        if !matches!(inst.mnemonic.as_str(), "call" | "jmp") {
            return Err(Diagnostic::error(op.span, "`*` (indirect) operand")
                .expected("an indirect operand only on `call` and `jmp`"));
        }
        // GCC's non-PIE switch, `jmp *.L4(,%rax,8)`: absolute, so only for the jump-table
        // lowering (src/map/jump_table.rs), which replaces it or refuses it.
        if let OperandKind::Indirect(inner) = &op.kind {
            if let (OperandKind::Mem(m), "jmp") = (&**inner, inst.mnemonic.as_str()) {
                if let (Some(sym), None, Some(index), None) =
                    (&m.symbol, m.base, m.index, m.segment)
                {
                    out.push(GoItem::Inst(GoInst {
                        mnemonic: "JMP",
                        operands: vec![GoOperand::Mem(GoMem {
                            symbol: Some(super::go_data_symbol(sym)),
                            index: Some(go_register(index, op.span)?),
                            scale: m.scale,
                            disp: m.disp,
                            ..GoMem::default()
                        })],
                        origin: Origin::Source(inst.span),
                        access: None,
                        comment: None,
                    }));
                    return Ok(());
                }
            }
        }
        // `call *%rax` is the row `call rm`: the operand without its `*`.
        let mut direct = inst.clone();
        for o in &mut direct.operands {
            if let OperandKind::Indirect(inner) = &o.kind {
                o.kind = (**inner).clone();
            }
        }
        return lower(&direct, is_label, out);
    }
    let (form, size) = select(inst)?;
    if form.handler == Some(Handler::Raw) {
        // Go cannot spell this form identically: the verify stage puts in the source bytes.
        refuse_symbols_in_raw(inst)?;
        out.push(GoItem::Raw { origin: inst.span });
        return Ok(());
    }
    let origin = Origin::Source(inst.span);
    let mnemonic = go_mnemonic(form, size, inst.span)?;
    let access = memory_access(form, size, &inst.operands);
    let mut operands = Vec::with_capacity(inst.operands.len());
    let n = inst.operands.len();
    for i in 0..n {
        let from = form.order.source(i, n);
        operands.push(go_operand(&inst.operands[from], is_label)?);
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
                access: None,
                comment: None,
            }));
        }
    }
    out.push(GoItem::Inst(GoInst {
        mnemonic,
        operands,
        origin,
        access,
        comment: None,
    }));
    Ok(())
}

/// Rewrites the module before lowering and verification: string instructions spelled
/// with their implicit operands become the bare form (what both the mapping rows and the
/// native encoder know); GOT loads are relaxed ([`relax_got_load`]), any other use of a GOT
/// entry is an error in `diags`.
pub fn prepare(module: &mut crate::ir::Module<Inst>, diags: &mut crate::diag::Diagnostics) {
    for f in &mut module.functions {
        for item in &mut f.body {
            if let crate::ir::Item::Inst(inst) = item {
                if let Some(bare) = implicit_string_operands(inst) {
                    *inst = bare;
                }
                if let Err(d) = relax_got_load(inst) {
                    diags.push(d);
                }
            }
        }
    }
}

/// The suffix a symbol reference through its GOT entry has (`sym@GOTPCREL(%rip)`).
const GOT_ENTRY: &str = "@GOTPCREL";

/// `mov sym@GOTPCREL(%rip), %r64`, which PIC code (`-fPIC`, and clang's references to data
/// defined elsewhere) uses to load `sym`'s address from its GOT entry, becomes `lea
/// sym(%rip), %r64`: the psABI lets the linker relax it so (R_X86_64_REX_GOTPCRELX), and
/// the object decoder does the same. The instruction is then [`Edit::Rewritten`]: its bytes
/// are the lea's, not the source's. Any other use of a GOT entry is refused.
fn relax_got_load(inst: &mut Inst) -> Result<(), Diagnostic> {
    // A memory operand, also under `*` (`call *sym@GOTPCREL(%rip)`).
    fn memory(kind: &OperandKind) -> Option<&Mem> {
        match kind {
            OperandKind::Mem(m) => Some(m),
            OperandKind::Indirect(inner) => memory(inner),
            _ => None,
        }
    }
    let entry = |op: &Operand| {
        memory(&op.kind)
            .and_then(|m| m.symbol.as_deref())
            .filter(|s| s.ends_with(GOT_ENTRY))
            .map(str::to_string)
    };
    let Some((at, sym)) = inst
        .operands
        .iter()
        .enumerate()
        .find_map(|(i, op)| entry(op).map(|s| (i, s)))
    else {
        return Ok(());
    };
    let load = match inst.operands.as_slice() {
        [Operand {
            kind: OperandKind::Reg(r),
            ..
        }, Operand {
            kind: OperandKind::Mem(m),
            ..
        }] => {
            inst.mnemonic == "mov"
                && reg_info(*r).class == RegClass::Gpr
                && reg_info(*r).bits == 64
                && m.base.is_some_and(|b| reg_info(b).class == RegClass::Rip)
                && m.index.is_none()
                && m.disp == 0
                && m.segment.is_none()
                && inst.prefixes == Default::default()
        }
        _ => false,
    };
    if !load {
        let name = sym.trim_end_matches(GOT_ENTRY);
        return Err(Diagnostic::error(
            inst.operands[at].span,
            format!(
                "`{sym}` is `{name}`'s GOT entry: only loading `{name}`'s address from it is supported"
            ),
        )
        .expected(format!(
            "`mov {name}@GOTPCREL(%rip), %r64` (Intel: `mov r64, [rip + {name}@GOTPCREL]`)"
        ))
        .help("compile without -fPIC (-fno-pic), so that the code refers to the symbol itself"));
    }
    let OperandKind::Mem(m) = &mut inst.operands[1].kind else {
        unreachable!("matched above")
    };
    if let Some(s) = &mut m.symbol {
        s.truncate(s.len() - GOT_ENTRY.len());
    }
    inst.mnemonic = "lea".to_string();
    inst.code = None;
    inst.edit = crate::ir::Edit::Rewritten;
    Ok(())
}

/// `movsq (%rsi), %es:(%rdi)` (clang's spelling of the string instructions): the operands
/// are the implicit ones, so the instruction is the bare `movsq`. `None` for anything else.
fn implicit_string_operands(inst: &Inst) -> Option<Inst> {
    const STRING: [&str; 5] = ["movs", "stos", "lods", "cmps", "scas"];
    let m = inst.mnemonic.as_str();
    let is_string = STRING.iter().any(|s| {
        m.strip_prefix(s)
            .is_some_and(|sfx| matches!(sfx, "b" | "w" | "d" | "l" | "q"))
    });
    if !is_string || inst.operands.is_empty() {
        return None;
    }
    let name = |r: Reg| reg_info(r).native;
    let implicit = inst.operands.iter().all(|op| match &op.kind {
        OperandKind::Mem(mem) => {
            mem.index.is_none()
                && mem.disp == 0
                && mem.symbol.is_none()
                && mem.segment.map_or(true, |s| name(s) == "es")
                && mem.base.is_some_and(|b| matches!(name(b), "rsi" | "rdi"))
        }
        OperandKind::Reg(r) => matches!(name(*r), "al" | "ax" | "eax" | "rax"),
        _ => false,
    });
    implicit.then(|| Inst {
        operands: Vec::new(),
        ..inst.clone()
    })
}

/// The width of the memory operand as its row kind states it (`m32`, `rm64`, `xm64`; `m`
/// and `rm` take the shared size S), when the instruction has a memory operand.
fn memory_access(form: &Form, size: Option<u16>, operands: &[Operand]) -> Option<MemAccess> {
    let at = operands
        .iter()
        .position(|o| matches!(o.kind, OperandKind::Mem(_)))?;
    let bits = match form.kinds[at] {
        Kind::Mem(0) | Kind::GprMem(0) => size,
        Kind::Mem(w) | Kind::GprMem(w) | Kind::XmmMem(w) | Kind::YmmMem(w) => (w != 0).then_some(w),
        _ => None,
    }?;
    Some(MemAccess {
        bytes: (bits / 8) as u8,
    })
}

/// Refuses an instruction that must be emitted as raw bytes but refers to a symbol (memory
/// operands on a symbol or RIP, symbol addresses, branch targets): its bytes would need a
/// relocation, which raw bytes cannot carry.
pub fn refuse_symbols_in_raw(inst: &Inst) -> Result<(), Diagnostic> {
    let refers_to_symbol = |kind: &OperandKind| match kind {
        OperandKind::Mem(m) => {
            m.symbol.is_some() || m.base.is_some_and(|b| reg_info(b).class == RegClass::Rip)
        }
        OperandKind::SymbolAddr { .. } | OperandKind::Target(_) => true,
        _ => false,
    };
    match inst.operands.iter().find(|op| refers_to_symbol(&op.kind)) {
        None => Ok(()),
        Some(op) => Err(Diagnostic::error(
            op.span,
            format!(
                "`{}` must be emitted as raw bytes (Go cannot spell it identically), but raw \
                 bytes cannot refer to a symbol",
                inst.mnemonic
            ),
        )
        .expected("register or base+index memory operands in this form")
        .help("load the address into a register first (`lea`), then use it")),
    }
}

/// The predicate immediate GNU spells into `cmpltsd`/`vcmpneq_oqpd`.
fn cmp_predicate(mnemonic: &str) -> Option<i64> {
    let name = mnemonic
        .strip_prefix('v')
        .unwrap_or(mnemonic)
        .strip_prefix("cmp")?;
    isa::cmp_predicate(name.get(..name.len().checked_sub(2)?)?)
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
        // Pushes, pops and calls map as they are; the frame stage follows SP through them
        // (src/frame/native/).
        Handler::NativeStack | Handler::Call => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::go::{Amd64File, Amd64Reg};
    use crate::ir::Item;
    use crate::parse::{parse, Syntax};

    fn lowered(line: &str) -> GoInst {
        let m = parse(
            &format!("f:\n\t{line}\n"),
            crate::ir::Arch::Amd64,
            Syntax::Intel,
        )
        .unwrap();
        let Item::Inst(inst) = &m.functions[0].body[0] else {
            panic!("{line}")
        };
        let mut out = Vec::new();
        lower(inst, &|_| false, &mut out).unwrap();
        match out.pop() {
            Some(GoItem::Inst(i)) => i,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn calls_through_a_pointer_in_data_go_through_r11() {
        for (syntax, line) in [
            (Syntax::Intel, "call [QWORD PTR cfg[rip+120]]"),
            (Syntax::Intel, "jmp QWORD PTR cfg[rip+120]"),
            (Syntax::Att, "call *120+cfg(%rip)"),
        ] {
            let m = parse(&format!("f:\n\t{line}\n"), crate::ir::Arch::Amd64, syntax).unwrap();
            let Item::Inst(inst) = &m.functions[0].body[0] else {
                panic!("{line}")
            };
            let mut out = Vec::new();
            lower(inst, &|_| false, &mut out).unwrap();
            let text: Vec<String> = out
                .iter()
                .map(|i| match i {
                    GoItem::Inst(i) => {
                        assert_eq!(i.origin, Origin::Added, "{line}");
                        format!("{} {:?}", i.mnemonic, i.operands)
                    }
                    other => panic!("{other:?}"),
                })
                .collect();
            let r11 = GoOperand::Reg(Amd64Reg::gpr(11));
            let branch = if line.starts_with("jmp") {
                "JMP"
            } else {
                "CALL"
            };
            assert_eq!(text.len(), 2, "{line}: {text:?}");
            assert!(
                text[0].starts_with("MOVQ")
                    && text[0].contains("cfg")
                    && text[0].contains("disp: 120"),
                "{line}: {text:?}"
            );
            assert_eq!(text[1], format!("{branch} {:?}", vec![r11]), "{line}");
        }
    }

    #[test]
    fn operands_are_typed_registers_and_rows_give_the_access_width() {
        let i = lowered("mov eax, DWORD PTR [rdi+r8*4+8]");
        assert_eq!(i.mnemonic, "MOVL");
        assert_eq!(i.access, Some(MemAccess { bytes: 4 }));
        assert_eq!(
            i.operands,
            [
                GoOperand::Mem(GoMem {
                    base: Some(Amd64Reg::gpr(7)),
                    index: Some(Amd64Reg::gpr(8)),
                    scale: 4,
                    disp: 8,
                    ..GoMem::default()
                }),
                GoOperand::Reg(Amd64Reg::gpr(0)),
            ]
        );
        let i = lowered("movzx ecx, sil");
        assert_eq!(i.access, None);
        assert_eq!(
            i.operands[0],
            GoOperand::Reg(GoReg::Amd64(Amd64Reg::new(Amd64File::Byte, 6)))
        );
        assert_eq!(
            lowered("movsd xmm3, QWORD PTR [rax]").access,
            Some(MemAccess { bytes: 8 })
        );
    }
}
