//! The arm64 ABI bridge: Go ABI0 (arguments and results in the caller's frame at
//! `name+off(FP)`, return address in R30) around an AAPCS64 body (arguments in R0–R7 and
//! F0–F7, results in R0/R1 and F0/F1, more arguments on the stack from `[sp]` up).
//!
//! [`bridge`] rewrites a mapped function in place:
//!
//! 1. **Argument loads**, prepended: integer, pointer and bool parameters in order into
//!    R0–R7, float parameters into F0–F7, sub-word integers widened to 64 bits (`MOVB`,
//!    `MOVBU`, `MOVH`, `MOVHU`, `MOVW`, `MOVWU`: the load width is the slot's, as go vet
//!    demands).
//! 2. **Stack-passed parameters** (past 8 integer or 8 float registers) are not loaded: the
//!    native code reads them at `[sp]`, `[sp, #8]`, … (8 bytes each, in order). A leaf
//!    function gets Go frame `$0`, which Go gives no prologue, so at entry RSP is where the
//!    C caller's SP would be and each `d(RSP)` operand becomes the Go slot `name+off(FP)`.
//! 3. **Result stores** before every `RET`, from where AAPCS64 returns the C struct the
//!    results stand for ([`result_registers`]), with the slot's width.
//! 4. `TEXT`: `NOSPLIT`, `$0-args` for leaf functions that leave SP alone.
//!
//! **Functions that move SP or call** (`stp x29, x30, [sp, #-16]!`, `sub sp, sp, #n`, `blr`,
//! a tail call `br` — which the map stage turned into `CALL` + `RET`) get a real Go frame of
//! `F` bytes and Go's stack check (no `NOSPLIT`). The native code must not run at Go's SP:
//! its stores below SP would overwrite the frame pointer Go saves at `-8(RSP)` and the
//! caller's at the top of the frame. So after the argument loads the bridge moves RSP up by
//! `F` (`ADD $F, RSP`: RSP is then 16 bytes below the entry SP, 16-byte aligned) and back
//! (`SUB $F, RSP`) before the result stores of each `RET`. The native code and whatever it
//! calls then grow down inside the frame, which the stack check has made sure exists:
//! `F` = 16 + the native frame (from its SP adjustments) + [`CALL_STACK`] when it calls.
//! A C function called from there runs on the goroutine stack with [`CALL_STACK`] bytes:
//! enough for ordinary leaf and small functions, not for deep recursion or big arrays on the
//! stack (there is no guard page: use cgo for those). Stack-passed arguments are not
//! supported in this mode.
//!
//! [`native_abi`] is the no-signature mode: the body is left as is and the function is
//! declared `NOSPLIT|NOFRAME` without an argument size.

use super::layout::{check_names, type_info, Layout, Slot, SlotClass};
use super::signature::Signature;
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoFunction, GoInst, GoItem, GoMem, GoOperand, Origin};
use crate::ir::Arch;

/// AAPCS64 integer argument registers (Go names).
pub const INT_ARG_REGS: [&str; 8] = ["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7"];
/// AAPCS64 float argument registers.
pub const FLOAT_ARG_REGS: [&str; 8] = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7"];
/// Integer result registers.
pub const INT_RESULT_REGS: [&str; 2] = ["R0", "R1"];
/// Float result registers (a homogeneous floating-point aggregate).
pub const FLOAT_RESULT_REGS: [&str; 4] = ["F0", "F1", "F2", "F3"];
/// Stack bytes reserved for the callee when the native code calls a function.
pub const CALL_STACK: u32 = 16 * 1024;

/// Where the native code finds a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgLocation {
    Reg(&'static str),
    /// At `[sp, #native_offset]` on entry.
    Stack {
        native_offset: i64,
    },
}

fn class(slot: &Slot) -> Result<SlotClass, Diagnostic> {
    let class: Option<SlotClass> = type_info(&slot.ty, Arch::Arm64).2;
    class.ok_or_else(|| {
        Diagnostic::error(
            slot.span,
            format!("`{}` ({}) is not a scalar", slot.name, slot.ty),
        )
        .expected("integer, bool, float, pointer or unsafe.Pointer parameters and results on arm64")
    })
}

fn is_float(c: SlotClass) -> bool {
    matches!(c, SlotClass::Float { .. })
}

/// The AAPCS64 location of each parameter, in order.
pub fn arg_locations(layout: &Layout) -> Result<Vec<ArgLocation>, Diagnostic> {
    let (mut ints, mut floats, mut stack) = (0, 0, 0i64);
    layout
        .params
        .iter()
        .map(|s| {
            let reg = if is_float(class(s)?) {
                floats += 1;
                FLOAT_ARG_REGS.get(floats - 1)
            } else {
                ints += 1;
                INT_ARG_REGS.get(ints - 1)
            };
            Ok(match reg {
                Some(r) => ArgLocation::Reg(r),
                None => {
                    stack += 1;
                    ArgLocation::Stack {
                        native_offset: 8 * (stack - 1),
                    }
                }
            })
        })
        .collect()
}

/// The result register of each result slot, as AAPCS64 returns the C struct the results
/// stand for: one result in R0 or F0; all floats of one size (a homogeneous floating-point
/// aggregate) in F0–F3; anything else in R0 and R1, 8 bytes each (a float member too). An
/// error, located at the result in the signature, when results share an 8-byte register or
/// exceed 16 bytes (C returns those in memory).
pub fn result_registers(layout: &Layout) -> Result<Vec<&'static str>, Diagnostic> {
    let classes: Vec<SlotClass> = layout.results.iter().map(class).collect::<Result<_, _>>()?;
    let float_size = |c: &SlotClass| match c {
        SlotClass::Float { bytes } => Some(*bytes),
        _ => None,
    };
    match classes.as_slice() {
        [] => return Ok(vec![]),
        [c] => return Ok(vec![if is_float(*c) { "F0" } else { "R0" }]),
        [first, ..]
            if float_size(first).is_some()
                && classes.iter().all(|c| float_size(c) == float_size(first)) =>
        {
            return layout
                .results
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    FLOAT_RESULT_REGS.get(i).copied().ok_or_else(|| {
                        Diagnostic::error(s.span, "too many float results for the arm64 C ABI")
                            .expected("at most 4 float results of one size (returned in F0-F3)")
                    })
                })
                .collect();
        }
        _ => {}
    }
    let first = layout.results[0].offset;
    layout
        .results
        .iter()
        .map(|s| {
            let rel = s.offset - first;
            if rel % 8 != 0 {
                return Err(Diagnostic::error(
                    s.span,
                    format!("`{}` shares an 8-byte register with the result before it", s.name),
                )
                .expected("results of 8 bytes each (the C struct's members in R0 and R1)"));
            }
            INT_RESULT_REGS.get((rel / 8) as usize).copied().ok_or_else(|| {
                Diagnostic::error(s.span, "more than 16 bytes of mixed results for the arm64 C ABI")
                    .expected("at most 2 results returned in R0 and R1 (C returns larger structs in memory)")
            })
        })
        .collect()
}

/// Checks that the signature can be bridged on arm64 (errors located in the signature).
pub fn check(layout: &Layout) -> Result<(), Diagnostic> {
    check_names(layout, Arch::Arm64)?;
    arg_locations(layout)?;
    result_registers(layout).map(|_| ())
}

/// The load of a parameter slot into its register, widened to 64 bits.
pub fn load_mnemonic(class: SlotClass) -> &'static str {
    match class {
        SlotClass::Int {
            signed: true,
            bytes: 1,
        } => "MOVB",
        SlotClass::Int {
            signed: false,
            bytes: 1,
        }
        | SlotClass::Bool => "MOVBU",
        SlotClass::Int {
            signed: true,
            bytes: 2,
        } => "MOVH",
        SlotClass::Int {
            signed: false,
            bytes: 2,
        } => "MOVHU",
        SlotClass::Int {
            signed: true,
            bytes: 4,
        } => "MOVW",
        SlotClass::Int {
            signed: false,
            bytes: 4,
        } => "MOVWU",
        SlotClass::Int { .. } | SlotClass::Pointer => "MOVD",
        SlotClass::Float { bytes: 4 } => "FMOVS",
        SlotClass::Float { .. } => "FMOVD",
    }
}

/// The store of a result register into its slot, with the slot's width.
pub fn store_mnemonic(class: SlotClass) -> &'static str {
    match class {
        SlotClass::Int { bytes: 1, .. } | SlotClass::Bool => "MOVB",
        SlotClass::Int { bytes: 2, .. } => "MOVH",
        SlotClass::Int { bytes: 4, .. } => "MOVW",
        SlotClass::Int { .. } | SlotClass::Pointer => "MOVD",
        SlotClass::Float { bytes: 4 } => "FMOVS",
        SlotClass::Float { .. } => "FMOVD",
    }
}

/// Bytes a Go arm64 load or store moves (`None` for other instructions).
pub fn access_width(mnemonic: &str) -> Option<u32> {
    let base = mnemonic.split('.').next().unwrap_or(mnemonic);
    Some(match base {
        "MOVB" | "MOVBU" | "MOVBW" => 1,
        "MOVH" | "MOVHU" | "MOVHW" => 2,
        "MOVW" | "MOVWU" | "FMOVS" => 4,
        "MOVD" | "FMOVD" => 8,
        "FMOVQ" => 16,
        _ => return None,
    })
}

fn frame(slot: &Slot) -> GoOperand {
    GoOperand::Frame {
        name: slot.name.clone(),
        offset: slot.offset as i64,
    }
}

fn added(mnemonic: &'static str, operands: Vec<GoOperand>, comment: &str) -> GoItem {
    GoItem::Inst(GoInst {
        mnemonic,
        operands,
        origin: Origin::Added,
        comment: Some(comment.to_string()),
    })
}

fn is_rsp_mem(op: &GoOperand) -> bool {
    match op {
        GoOperand::Mem(m) => m.base == Some("RSP"),
        GoOperand::Reg(r) => r.contains("(RSP)"),
        _ => false,
    }
}

/// How the native code uses the stack: the deepest SP adjustment (program order) and
/// whether it writes SP or calls at all.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct StackUse {
    pub depth: u32,
    pub moves_sp: bool,
    pub calls: bool,
}

pub fn stack_use(body: &[GoItem]) -> StackUse {
    let mut u = StackUse::default();
    let mut sp = 0i64;
    for item in body {
        let GoItem::Inst(i) = item else { continue };
        let writeback = i.mnemonic.ends_with(".W") || i.mnemonic.ends_with(".P");
        if i.mnemonic == "CALL" {
            u.calls = true;
        }
        if writeback {
            if let Some(GoOperand::Mem(GoMem {
                base: Some("RSP"),
                disp,
                ..
            })) = i.operands.iter().find(|o| is_rsp_mem(o))
            {
                u.moves_sp = true;
                sp += disp;
            }
        }
        if i.operands.last() == Some(&GoOperand::Reg("RSP")) {
            u.moves_sp = true;
            match (i.mnemonic, i.operands.first()) {
                ("SUB", Some(GoOperand::Imm(n))) => sp -= n,
                ("ADD", Some(GoOperand::Imm(n))) => sp += n,
                _ => {}
            }
        }
        u.depth = u.depth.max((-sp).clamp(0, u32::MAX as i64) as u32);
    }
    u
}

/// Bridges a mapped function to the Go ABI0 frame of `sig`/`layout` (see the module docs).
/// On error the function is left unchanged.
pub fn bridge(func: &mut GoFunction, sig: &Signature, layout: &Layout) -> Result<(), Diagnostic> {
    debug_assert_eq!(layout.params.len(), sig.params.len());
    check_names(layout, Arch::Arm64)?;
    let result_regs = result_registers(layout)?;
    let locations = arg_locations(layout)?;
    let stack: Vec<&Slot> = layout
        .params
        .iter()
        .zip(&locations)
        .filter(|(_, l)| matches!(l, ArgLocation::Stack { .. }))
        .map(|(s, _)| s)
        .collect();
    let usage = stack_use(&func.body);
    let framed = usage.moves_sp || usage.calls;

    // Stack-passed parameters: native `d(RSP)` → Go slot, all checked before any change.
    let mut rewrites = Vec::new();
    for (i, item) in func.body.iter().enumerate() {
        let GoItem::Inst(inst) = item else { continue };
        let span = match inst.origin {
            Origin::Source(s) => s,
            Origin::Added => Span::default(),
        };
        if framed {
            continue;
        }
        for (j, op) in inst.operands.iter().enumerate() {
            if is_rsp_mem(op) {
                rewrites.push((i, j, stack_slot(op, &stack, inst.mnemonic, span)?));
            }
        }
    }
    if framed {
        if let Some(slot) = stack.first() {
            return Err(Diagnostic::error(
                slot.span,
                format!(
                    "`{}` is passed on the stack to a function that moves SP or calls",
                    slot.name
                ),
            )
            .expected(
                "at most 8 integer and 8 float parameters for functions with a native stack frame",
            ));
        }
    }
    for (i, j, slot) in rewrites {
        if let GoItem::Inst(inst) = &mut func.body[i] {
            inst.operands[j] = slot;
        }
    }

    // `ADD $F, RSP` must be one instruction (no R27): F < 4096, or a multiple of 4096.
    let frame_size = match (framed, usage.calls) {
        (false, _) => 0,
        (true, false) => (16 + usage.depth).next_multiple_of(16),
        (true, true) => (16 + usage.depth + CALL_STACK).next_multiple_of(4096),
    };
    let frame_size = if frame_size >= 4096 {
        frame_size.next_multiple_of(4096)
    } else {
        frame_size
    };
    let mut body = Vec::with_capacity(func.body.len() + layout.params.len() + 6);
    for (slot, loc) in layout.params.iter().zip(&locations) {
        if let ArgLocation::Reg(r) = loc {
            body.push(added(
                load_mnemonic(class(slot)?),
                vec![frame(slot), GoOperand::Reg(r)],
                &format!("arg {}", slot.name),
            ));
        }
    }
    if framed {
        body.push(added(
            "ADD",
            vec![GoOperand::Imm(frame_size as i64), GoOperand::Reg("RSP")],
            "native stack: inside the Go frame",
        ));
    }
    for item in std::mem::take(&mut func.body) {
        if matches!(&item, GoItem::Inst(i) if i.mnemonic == "RET") {
            if framed {
                body.push(added(
                    "SUB",
                    vec![GoOperand::Imm(frame_size as i64), GoOperand::Reg("RSP")],
                    "back to Go's SP",
                ));
            }
            for (slot, reg) in layout.results.iter().zip(&result_regs) {
                let c = class(slot)?;
                let mnemonic = match c {
                    // A float member of a mixed struct comes back in a general register.
                    SlotClass::Float { bytes } if reg.starts_with('R') => {
                        if bytes == 4 {
                            "MOVW"
                        } else {
                            "MOVD"
                        }
                    }
                    _ => store_mnemonic(c),
                };
                body.push(added(
                    mnemonic,
                    vec![GoOperand::Reg(reg), frame(slot)],
                    &format!("result {}", slot.name),
                ));
            }
        }
        body.push(item);
    }
    func.body = body;
    func.flags = if framed { "0" } else { "NOSPLIT" };
    func.frame_size = frame_size;
    func.args_size = Some(layout.args_size);
    Ok(())
}

/// The no-signature mode: native code as is, no Go frame and no argument size.
pub fn native_abi(func: &mut GoFunction) {
    func.flags = "NOSPLIT|NOFRAME";
    func.frame_size = 0;
    func.args_size = None;
}

/// The Go slot for a native stack operand at entry SP, or why there is none.
fn stack_slot(
    op: &GoOperand,
    stack: &[&Slot],
    mnemonic: &str,
    span: Span,
) -> Result<GoOperand, Diagnostic> {
    let expect_list = || {
        if stack.is_empty() {
            "no stack access: this signature passes every argument in registers".to_string()
        } else {
            let list: Vec<String> = stack
                .iter()
                .enumerate()
                .map(|(k, s)| format!("`[sp, #{}]` for `{}` ({})", 8 * k, s.name, s.ty))
                .collect();
            format!("one of the stack-passed arguments: {}", list.join(", "))
        }
    };
    let GoOperand::Mem(m) = op else {
        return Err(Diagnostic::error(
            span,
            "indexed stack access cannot be mapped to Go argument slots",
        )
        .expected(expect_list()));
    };
    let d = m.disp;
    let native = format!("[sp, #{d}]");
    if mnemonic.ends_with(".W") || mnemonic.ends_with(".P") {
        return Err(Diagnostic::error(span, "stack pointer written").expected(expect_list()));
    }
    if d < 0 {
        return Err(
            Diagnostic::error(span, format!("`{native}` is below the stack pointer"))
                .expected(expect_list()),
        );
    }
    let k = (d / 8) as usize;
    let Some(slot) = stack.get(k) else {
        return Err(Diagnostic::error(
            span,
            if stack.is_empty() {
                format!("`{native}` reads a stack-passed argument, but the signature has none")
            } else {
                format!(
                    "`{native}` is past the stack-passed arguments: the signature has {} on the stack",
                    stack.len()
                )
            },
        )
        .expected(expect_list()));
    };
    if d % 8 != 0 {
        return Err(Diagnostic::error(
            span,
            format!(
                "`{native}` is inside the stack slot of `{}` but not at its start",
                slot.name
            ),
        )
        .expected(expect_list()));
    }
    if let Some(width) = access_width(mnemonic) {
        if width != slot.size {
            return Err(Diagnostic::error(
                span,
                format!(
                    "`{mnemonic}` accesses {width} bytes at `{native}`, where the signature has `{}` ({}, {} bytes)",
                    slot.name, slot.ty, slot.size
                ),
            )
            .expected(format!("a {}-byte access, or a signature type of {width} bytes", slot.size))
            .help("the Go signature must match the C prototype"));
        }
    }
    Ok(frame(slot))
}
