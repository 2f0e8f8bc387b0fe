//! The amd64 ABI bridge: Go ABI0 (arguments and results in the caller's frame at
//! `name+off(FP)`) around a System V x86-64 body (arguments in registers or on the stack,
//! results in RAX/RDX and XMM0/XMM1 or through a hidden pointer).
//!
//! **The C view of a Go signature** ([`plan`]). Each Go parameter becomes the C
//! argument(s) a C programmer would write for it:
//!
//! | Go parameter | C arguments |
//! |---|---|
//! | integers, `bool`, pointers, `unsafe.Pointer`, maps, chans, funcs | one integer (sub-word values sign/zero-extended, as C callers do) |
//! | `float32`, `float64` | one `float`/`double` |
//! | `string` | two integers: base, len |
//! | slice, `...T` | three integers: base, len, cap |
//! | interface | two integers: type (or itab), data |
//! | `complex64`, `complex128` | `float _Complex` (one XMM, packed), `double _Complex` (two XMMs) |
//! | `[N]T`, `struct{…}` | the C struct with the same layout, by value |
//!
//! Aggregates (complex, arrays, structs) are classified as System V does: up to 16 bytes,
//! each eightbyte is SSE when only floats lie in it, INTEGER otherwise, and takes the next
//! register of its class; when the registers of either class run out, or the value is
//! larger than 16 bytes, the whole value goes **on the stack** (MEMORY). Stack-passed values
//! are never copied: the native code reads them at `8(%rsp)`, `16(%rsp)`, ... (each value
//! rounded up to 8 bytes, in argument order) and each such `d(%rsp)` operand is rewritten to
//! the Go slot, or the component of it, at the same place (`v_Y+12(FP)`); with a `$0` frame
//! Go's `0(SP)` is the return address as in C, only the packing differs. Accesses go vet
//! cannot check (one instruction reading two fields) are refused with a located error.
//!
//! The results are the C struct of all results (`func f() (q, r int32)` is
//! `struct { int32_t q, r; }`, returned packed in RAX). Up to 16 bytes they come back in
//! RAX/RDX (INTEGER eightbytes) and XMM0/XMM1 (SSE eightbytes); a single larger result
//! (a slice, a big struct) is returned by C through a hidden pointer in RDI, which is
//! aimed at the Go result slot (`LEAQ ret+16(FP), DI`), shifting the integer arguments by
//! one; several results larger than 16 bytes together likewise, aimed at the first one (Go
//! lays them out as their C struct; `abi::results_in_memory` refuses a total size C would
//! pad). Slots named like registers are reached through R13 (`abi::reach_register_named`).
//!
//! [`SystemV`] is this convention's [`Abi`]; its [`Abi::bridge`] (the driver in
//! `src/frame/abi.rs`) then rewrites a mapped function in place:
//!
//! 1. **Argument loads**, prepended, with the width go vet expects for each slot. Scalars
//!    are widened as the C ABI expects of a caller (`MOVBQSX a+0(FP), DI` for int8,
//!    `MOVBQZX` for uint8/bool, `MOVWQSX`/`MOVWQZX`, `MOVLQSX` for int32, `MOVL` for
//!    uint32). An eightbyte holding several fields is assembled field by field in R11
//!    (`MOVL v_Y+4(FP), R11; SHLQ $32, R11; ORQ R11, DI`) or X15
//!    (`MOVSS v_Y+4(FP), X15; UNPCKLPS X15, X0`); both are free at entry (ABI0 may clobber
//!    them).
//! 2. **Stack-passed values**: operands rewritten as above.
//! 3. **Result stores** before every `RET`, field by field (`MOVQ AX, R11; SHRQ $32, R11;
//!    MOVL R11, r+4(FP)`; `PSHUFD $1, X0, X15; MOVSS X15, ret_imag+4(FP)`).
//! 4. `TEXT` attributes: `NOSPLIT`, frame `$0`, args size from the layout.
//!
//! [`Abi::native_entry`] is the no-signature mode: the body is left as is and the function
//! is declared `NOSPLIT|NOFRAME` without an args size.

use super::abi::{frame, in_word, Abi, OnStack};
use super::cvalue::{added, bytes, c_values, CValue};
use super::layout::{Component, Kind, Layout, SlotClass};
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{Amd64Reg, GoInst, GoItem, GoMem, GoOperand, GoReg};
use crate::ir::Arch;

/// System V integer argument registers, in order (Go names).
pub const INT_ARG_REGS: [&str; 6] = ["DI", "SI", "DX", "CX", "R8", "R9"];
/// System V float argument registers, in order.
pub const FLOAT_ARG_REGS: [&str; 8] = ["X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7"];
/// System V integer result registers.
pub const INT_RESULT_REGS: [&str; 2] = ["AX", "DX"];
/// System V float result registers.
pub const FLOAT_RESULT_REGS: [&str; 2] = ["X0", "X1"];
/// Scratch registers for assembling and splitting eightbytes: not argument or result
/// registers, and free in ABI0 code (R11, X15).
const SCRATCH: GoReg = Amd64Reg::gpr(11);
const XSCRATCH: GoReg = Amd64Reg::x(15);

/// The operand of a register the ABI plan names (the names of the constants above, which
/// the plan carries so that it reads as Go: `Passing::Regs`).
fn abi_reg(name: &str) -> GoOperand {
    let r = crate::isa::go_registers::amd64(name)
        .unwrap_or_else(|| panic!("`{name}` is not an amd64 register"));
    GoOperand::Reg(GoReg::Amd64(r))
}

/// The System V class of an eightbyte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Integer,
    Sse,
}

/// Where the native code finds an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passing {
    /// One register per eightbyte (`None`: an eightbyte of padding only).
    Regs(Vec<Option<(Class, &'static str)>>),
    /// At `native_offset(%rsp)` on entry.
    Stack { native_offset: i64 },
    /// A zero-size value: nothing is passed.
    Nothing,
}

/// Where the native code leaves the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Returns {
    Nothing,
    /// The results as one C struct in registers (one per eightbyte).
    Regs(CValue, Vec<Option<(Class, &'static str)>>),
    /// Through C's hidden result pointer, aimed at this result slot.
    HiddenPointer {
        name: String,
        offset: u32,
    },
}

/// The C calling convention of a Go signature on amd64.
pub type Plan = super::abi::Plan<Passing, Returns>;

/// System V classification of an aggregate at `offset` of `size` bytes made of `leaves`:
/// `None` for MEMORY (larger than 16 bytes).
fn classify(
    leaves: &[(Component, SlotClass)],
    offset: u32,
    size: u32,
) -> Option<Vec<Option<Class>>> {
    if size > 16 {
        return None;
    }
    Some(
        (0..size.div_ceil(8))
            .map(|i| {
                let (lo, hi) = (offset + 8 * i, offset + 8 * i + 8);
                let inside = leaves
                    .iter()
                    .filter(|(c, _)| c.offset >= lo && c.offset < hi);
                let mut class = None;
                for (_, k) in inside {
                    class = match (class, k) {
                        (Some(Class::Integer), _) => Some(Class::Integer),
                        (_, SlotClass::Float { .. }) => Some(Class::Sse),
                        _ => Some(Class::Integer),
                    };
                }
                class
            })
            .collect(),
    )
}

/// The System V convention for `layout` (see the module docs); an error, located at the
/// result in the signature text, when the results cannot be returned the C way.
pub fn plan(layout: &Layout) -> Result<Plan, Diagnostic> {
    let mut ints = 0usize;
    let mut floats = 0usize;
    let returns = match layout.results.as_slice() {
        [] => Returns::Nothing,
        results => {
            let base = results[0].offset;
            let size = layout.args_size - base;
            let mut components = Vec::new();
            for r in results {
                components.extend(r.components.iter().cloned());
            }
            let value = CValue {
                name: results[0].name.clone(),
                ty: results[0].ty.to_string(),
                offset: base,
                size,
                leaves: components
                    .iter()
                    .filter_map(|c| c.leaf().map(|class| (c.clone(), class)))
                    .collect(),
                scalar: None,
                components,
                span: results[0].span,
            };
            match classify(&value.leaves, base, size) {
                Some(classes) => {
                    let (mut ri, mut rf) = (0, 0);
                    let regs = classes
                        .into_iter()
                        .map(|c| {
                            c.map(|c| match c {
                                Class::Integer => {
                                    ri += 1;
                                    (c, INT_RESULT_REGS[ri - 1])
                                }
                                Class::Sse => {
                                    rf += 1;
                                    (c, FLOAT_RESULT_REGS[rf - 1])
                                }
                            })
                        })
                        .collect();
                    Returns::Regs(value, regs)
                }
                None => {
                    super::abi::results_in_memory(layout, Arch::Amd64)?;
                    ints = 1;
                    Returns::HiddenPointer {
                        name: results[0].name.clone(),
                        offset: base,
                    }
                }
            }
        }
    };
    let mut stack = 8i64;
    let mut args = Vec::new();
    for slot in &layout.params {
        for v in c_values(slot) {
            if v.size == 0 {
                args.push((v, Passing::Nothing));
                continue;
            }
            let classes = match v.scalar {
                Some(SlotClass::Float { .. }) => Some(vec![Some(Class::Sse)]),
                Some(_) => Some(vec![Some(Class::Integer)]),
                None => classify(&v.leaves, v.offset, v.size),
            };
            let fits = classes.as_ref().is_some_and(|cs| {
                let ni = cs.iter().filter(|c| **c == Some(Class::Integer)).count();
                let nf = cs.iter().filter(|c| **c == Some(Class::Sse)).count();
                ints + ni <= INT_ARG_REGS.len() && floats + nf <= FLOAT_ARG_REGS.len()
            });
            let passing = match classes {
                Some(cs) if fits => Passing::Regs(
                    cs.into_iter()
                        .map(|c| {
                            c.map(|c| match c {
                                Class::Integer => {
                                    ints += 1;
                                    (c, INT_ARG_REGS[ints - 1])
                                }
                                Class::Sse => {
                                    floats += 1;
                                    (c, FLOAT_ARG_REGS[floats - 1])
                                }
                            })
                        })
                        .collect(),
                ),
                _ => {
                    let at = stack;
                    stack += v.size.next_multiple_of(8) as i64;
                    Passing::Stack { native_offset: at }
                }
            };
            args.push((v, passing));
        }
    }
    Ok(Plan { args, returns })
}

/// The move that loads a scalar parameter slot into its register, widening as the C ABI
/// expects.
pub fn load_mnemonic(class: SlotClass) -> &'static str {
    match class {
        SlotClass::Int {
            signed: true,
            bytes: 1,
        } => "MOVBQSX",
        SlotClass::Int {
            signed: false,
            bytes: 1,
        }
        | SlotClass::Bool => "MOVBQZX",
        SlotClass::Int {
            signed: true,
            bytes: 2,
        } => "MOVWQSX",
        SlotClass::Int {
            signed: false,
            bytes: 2,
        } => "MOVWQZX",
        SlotClass::Int {
            signed: true,
            bytes: 4,
        } => "MOVLQSX",
        // A 32-bit move zero-extends into the full register.
        SlotClass::Int {
            signed: false,
            bytes: 4,
        } => "MOVL",
        SlotClass::Int { .. } | SlotClass::Pointer => "MOVQ",
        SlotClass::Float { bytes: 4 } => "MOVSS",
        SlotClass::Float { .. } => "MOVSD",
    }
}

/// The move that stores a result register into its slot, with the slot's width.
pub fn store_mnemonic(class: SlotClass) -> &'static str {
    match class {
        SlotClass::Int { bytes: 1, .. } | SlotClass::Bool => "MOVB",
        SlotClass::Int { bytes: 2, .. } => "MOVW",
        SlotClass::Int { bytes: 4, .. } => "MOVL",
        SlotClass::Int { .. } | SlotClass::Pointer => "MOVQ",
        SlotClass::Float { bytes: 4 } => "MOVSS",
        SlotClass::Float { .. } => "MOVSD",
    }
}

/// A zero-extending integer load of `size` bytes (also used for floats inside an INTEGER
/// eightbyte: go vet only checks the width).
fn zx_load(size: u32) -> &'static str {
    match size {
        1 => "MOVBQZX",
        2 => "MOVWQZX",
        4 => "MOVL",
        _ => "MOVQ",
    }
}

fn int_store(size: u32) -> &'static str {
    match size {
        1 => "MOVB",
        2 => "MOVW",
        4 => "MOVL",
        _ => "MOVQ",
    }
}

/// Loads an argument into its registers.
fn load(v: &CValue, regs: &[Option<(Class, &'static str)>], out: &mut Vec<GoItem>) {
    if let (Some(class), [Some((_, r))]) = (v.scalar, regs) {
        let c = &v.leaves[0].0;
        out.push(added(
            load_mnemonic(class),
            vec![frame(c), abi_reg(r)],
            format!("arg {}", c.name),
        ));
        return;
    }
    for (i, reg) in regs.iter().enumerate() {
        let Some((class, r)) = *reg else { continue };
        let leaves = in_word(v, i);
        let note = |c: &Component| format!("arg {}", c.name);
        match class {
            Class::Integer => {
                for (n, (pos, c, _)) in leaves.iter().enumerate() {
                    if n == 0 && *pos == 0 {
                        out.push(added(zx_load(c.size), vec![frame(c), abi_reg(r)], note(c)));
                        continue;
                    }
                    if n == 0 {
                        out.push(added("XORL", vec![abi_reg(r), abi_reg(r)], note(c)));
                    }
                    out.push(added(
                        zx_load(c.size),
                        vec![frame(c), GoOperand::Reg(SCRATCH)],
                        note(c),
                    ));
                    out.push(added(
                        "SHLQ",
                        vec![GoOperand::Imm(8 * *pos as i64), GoOperand::Reg(SCRATCH)],
                        note(c),
                    ));
                    out.push(added(
                        "ORQ",
                        vec![GoOperand::Reg(SCRATCH), abi_reg(r)],
                        note(c),
                    ));
                }
            }
            Class::Sse => {
                let low = leaves.iter().find(|(p, _, _)| *p == 0);
                match low {
                    Some((_, c, k)) => out.push(added(
                        load_mnemonic(*k),
                        vec![frame(c), abi_reg(r)],
                        note(c),
                    )),
                    None => out.push(added(
                        "XORPS",
                        vec![abi_reg(r), abi_reg(r)],
                        format!("arg {}", v.name),
                    )),
                }
                if let Some((_, c, _)) = leaves.iter().find(|(p, _, _)| *p == 4) {
                    out.push(added(
                        "MOVSS",
                        vec![frame(c), GoOperand::Reg(XSCRATCH)],
                        note(c),
                    ));
                    out.push(added(
                        "UNPCKLPS",
                        vec![GoOperand::Reg(XSCRATCH), abi_reg(r)],
                        note(c),
                    ));
                }
            }
        }
    }
}

/// Stores the results from their registers.
fn store(v: &CValue, regs: &[Option<(Class, &'static str)>], out: &mut Vec<GoItem>) {
    for (i, reg) in regs.iter().enumerate() {
        let Some((class, r)) = *reg else { continue };
        for (pos, c, k) in in_word(v, i) {
            let note = format!("result {}", c.name);
            match (class, pos) {
                (Class::Integer, 0) => {
                    let m = match k {
                        SlotClass::Float { .. } => int_store(c.size),
                        k => store_mnemonic(k),
                    };
                    out.push(added(m, vec![abi_reg(r), frame(c)], note));
                }
                (Class::Integer, _) => {
                    out.push(added(
                        "MOVQ",
                        vec![abi_reg(r), GoOperand::Reg(SCRATCH)],
                        note.clone(),
                    ));
                    out.push(added(
                        "SHRQ",
                        vec![GoOperand::Imm(8 * pos as i64), GoOperand::Reg(SCRATCH)],
                        note.clone(),
                    ));
                    out.push(added(
                        int_store(c.size),
                        vec![GoOperand::Reg(SCRATCH), frame(c)],
                        note,
                    ));
                }
                (Class::Sse, 0) => {
                    out.push(added(store_mnemonic(k), vec![abi_reg(r), frame(c)], note))
                }
                (Class::Sse, _) => {
                    out.push(added(
                        "PSHUFD",
                        vec![GoOperand::Imm(1), abi_reg(r), GoOperand::Reg(XSCRATCH)],
                        note.clone(),
                    ));
                    out.push(added(
                        "MOVSS",
                        vec![GoOperand::Reg(XSCRATCH), frame(c)],
                        note,
                    ));
                }
            }
        }
    }
}

/// System V x86-64 ⇄ Go ABI0 (see the module docs): always a leaf frame (`$0`), the
/// native `d(SP)` operands read the stack-passed arguments.
pub struct SystemV;

impl Abi for SystemV {
    const ARCH: Arch = Arch::Amd64;
    type Passing = Passing;
    type Returns = Returns;

    fn plan(layout: &Layout) -> Result<Plan, Diagnostic> {
        plan(layout)
    }

    fn on_stack(passing: &Passing) -> Option<(i64, bool)> {
        match passing {
            Passing::Stack { native_offset } => Some((*native_offset, false)),
            _ => None,
        }
    }

    /// `R12` keeps Go's SP across the call (callee-saved in C); SP goes to the top of the
    /// frame, rounded down to 16 (Go keeps it only 8-aligned); the stack-passed arguments are
    /// copied word by word through `R11` (their Go slots' address, taken while Go's view of
    /// SP is still right) and `R10`.
    fn call_native(stack: &[OnStack], native: &str, need: i64, out: &mut Vec<GoItem>) -> u32 {
        let r = |n: u8| GoOperand::Reg(Amd64Reg::gpr(n));
        let (r10, r11, r12, sp) = (r(10), r(11), r(12), r(4));
        let mem = |base: GoOperand, disp: i64| {
            let GoOperand::Reg(b) = base else {
                unreachable!()
            };
            GoOperand::Mem(GoMem {
                base: Some(b),
                disp,
                ..GoMem::default()
            })
        };
        let args: u64 = stack
            .iter()
            .map(|s| s.at - 8 + s.extent())
            .max()
            .unwrap_or(0)
            .max(0) as u64;
        let args = args.next_multiple_of(16) as i64;
        let size = ((need + 16 + args).max(0) as u64).next_multiple_of(16) as i64;
        if let Some(first) = stack.first() {
            out.push(added(
                "LEAQ",
                vec![
                    GoOperand::Frame {
                        name: first.v.name.clone(),
                        offset: first.v.offset as i64,
                    },
                    r11.clone(),
                ],
                "the stack-passed arguments".into(),
            ));
        }
        out.push(added(
            "MOVQ",
            vec![sp.clone(), r12.clone()],
            "Go's SP".into(),
        ));
        out.push(added(
            "LEAQ",
            vec![mem(sp.clone(), size), sp.clone()],
            "native stack: the top of this frame".into(),
        ));
        out.push(added(
            "ANDQ",
            vec![GoOperand::Imm(-16), sp.clone()],
            "16-byte aligned at the call".into(),
        ));
        if args > 0 {
            out.push(added(
                "SUBQ",
                vec![GoOperand::Imm(args), sp.clone()],
                "stack-passed arguments".into(),
            ));
            let base = stack.first().map_or(0, |f| f.v.offset as i64);
            for s in stack {
                for word in (0..s.extent()).step_by(8) {
                    let from = s.v.offset as i64 - base + word;
                    out.push(added(
                        "MOVQ",
                        vec![mem(r11.clone(), from), r10.clone()],
                        format!("arg {}", s.v.name),
                    ));
                    out.push(added(
                        "MOVQ",
                        vec![r10.clone(), mem(sp.clone(), s.at - 8 + word)],
                        format!("arg {}", s.v.name),
                    ));
                }
            }
        }
        out.push(added(
            "CALL",
            vec![GoOperand::Func(native.to_string())],
            "the native body".into(),
        ));
        out.push(added("MOVQ", vec![r12, sp], "back to Go's SP".into()));
        size as u32
    }

    fn is_stack_operand(op: &GoOperand) -> bool {
        matches!(op, GoOperand::Mem(m)
            if m.base.is_some_and(GoReg::is_amd64_sp) || m.index.is_some_and(GoReg::is_amd64_sp))
    }

    fn stack_operand(
        inst: &GoInst,
        j: usize,
        stack: &[OnStack],
        span: Span,
    ) -> Result<GoOperand, Diagnostic> {
        let GoOperand::Mem(m) = &inst.operands[j] else {
            unreachable!("a stack operand is a memory operand")
        };
        stack_slot(m, stack, inst.mnemonic, span)
    }

    /// Not an argument, result or scratch register of the bridge, free in ABI0 code, and
    /// callee-saved in C (not that the bridge relies on it: see `reach_register_named`).
    const SLOT_BASE: GoReg = Amd64Reg::gpr(13);

    fn slot_address(slot: &GoOperand, dst: GoOperand, comment: String) -> GoItem {
        added("LEAQ", vec![slot.clone(), dst], comment)
    }

    fn offset_address(base: GoReg, disp: i64, dst: GoOperand, comment: String) -> GoItem {
        let from = GoOperand::Mem(GoMem {
            base: Some(base),
            disp,
            ..GoMem::default()
        });
        added("LEAQ", vec![from, dst], comment)
    }

    /// C's hidden result pointer aimed at the result slot (in RDI), then the arguments.
    fn argument_loads(plan: &Plan, out: &mut Vec<GoItem>) {
        if let Returns::HiddenPointer { name, offset } = &plan.returns {
            out.push(added(
                "LEAQ",
                vec![
                    GoOperand::Frame {
                        name: name.clone(),
                        offset: *offset as i64,
                    },
                    abi_reg(INT_ARG_REGS[0]),
                ],
                format!("result {name}: C's hidden result pointer"),
            ));
        }
        for (v, passing) in &plan.args {
            if let Passing::Regs(regs) = passing {
                load(v, regs, out);
            }
        }
    }

    fn result_stores(plan: &Plan, out: &mut Vec<GoItem>) {
        if let Returns::Regs(v, regs) = &plan.returns {
            store(v, regs, out);
        }
    }
}

/// The Go slot for a native stack operand, or why there is none.
fn stack_slot(
    m: &GoMem,
    stack: &[OnStack],
    mnemonic: &str,
    span: Span,
) -> Result<GoOperand, Diagnostic> {
    let d = m.disp;
    let native = format!("{d}(%rsp)");
    let expect_list = || {
        if stack.is_empty() {
            "no stack access: this signature passes every argument in registers".to_string()
        } else {
            let list: Vec<String> = stack
                .iter()
                .map(|s| format!("`{}(%rsp)` for `{}` ({})", s.at, s.v.name, s.v.ty))
                .collect();
            format!("one of the stack-passed arguments: {}", list.join(", "))
        }
    };
    let fail = |message: String| Diagnostic::error(span, message).expected(expect_list());
    if m.index.is_some()
        || m.symbol.is_some()
        || m.segment.is_some()
        || !m.base.is_some_and(GoReg::is_amd64_sp)
    {
        return Err(fail(format!(
            "indexed stack access at native offset {d} cannot be mapped to Go argument slots"
        )));
    }
    if d < 0 {
        return Err(fail(format!(
            "`{native}` is below the stack pointer (the red zone): Go code has no red zone"
        ))
        .help("compile the C code with -mno-red-zone"));
    }
    if d < 8 {
        return Err(fail(format!("`{native}` accesses the return address")));
    }
    let Some(&OnStack { v, at: start, .. }) =
        stack.iter().find(|s| d >= s.at && d < s.at + s.extent())
    else {
        return Err(fail(if stack.is_empty() {
            format!("`{native}` reads a stack-passed argument, but the signature has none")
        } else {
            format!(
                "`{native}` is past the stack-passed arguments: the signature has {} on the stack",
                stack.len()
            )
        }));
    };
    let within = (d - start) as u32;
    let what = format!("`{}` ({}, {})", v.name, v.ty, bytes(v.size));
    let width = access_width(mnemonic);
    if within >= v.size || width.is_some_and(|w| within + w > v.size) && v.scalar.is_none() {
        return Err(Diagnostic::error(
            span,
            format!("`{native}` is inside the stack slot of {what} at `{start}(%rsp)` but beyond its value"),
        )
        .expected(format!("an access of `{start}(%rsp)` for `{}` ({})", v.name, v.ty)));
    }
    if let Some(class) = v.scalar {
        let _ = class;
        if within != 0 {
            return Err(Diagnostic::error(
                span,
                format!("`{native}` is inside the stack slot of {what} at `{start}(%rsp)` but not at its start"),
            )
            .expected(format!("an access of `{start}(%rsp)` for `{}` ({})", v.name, v.ty)));
        }
        if let Some(width) = width {
            if width != v.size {
                return Err(Diagnostic::error(
                    span,
                    format!("`{mnemonic}` accesses {width} bytes at `{native}`, where the signature has {what}"),
                )
                .expected(format!("a {}-byte access, or a signature type of {width} bytes", v.size))
                .help("the Go signature must match the C prototype"));
            }
        }
        let c = &v.components[0];
        return Ok(frame(c));
    }
    // An aggregate in memory: the component at that place that go vet accepts.
    let target = v.offset + within;
    let at: Vec<&Component> = v.components.iter().filter(|c| c.offset == target).collect();
    if at.is_empty() {
        return Err(Diagnostic::error(
            span,
            format!(
                "`{native}` is inside {what} at `{start}(%rsp)` but not at the start of a field"
            ),
        )
        .expected(format!(
            "an access of a field of `{}`: {}",
            v.name,
            v.leaves
                .iter()
                .map(|(c, _)| format!(
                    "`{}(%rsp)` for `{}`",
                    start as u32 + c.offset - v.offset,
                    c.name
                ))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    if mnemonic.starts_with("LEA") {
        return Ok(frame(at[0]));
    }
    let Some(vet) = asmdecl_width(mnemonic) else {
        return Ok(frame(at[at.len() - 1]));
    };
    let ok = |c: &&Component| match c.kind {
        Kind::Scalar(_) => c.size == vet,
        Kind::String | Kind::Slice | Kind::Interface { .. } => vet == 8,
        Kind::Complex => c.size == vet,
        Kind::Struct | Kind::Array => false,
    };
    match at.iter().rev().find(|c| ok(c)) {
        Some(c) => Ok(frame(c)),
        None => {
            let inner = at[at.len() - 1];
            Err(Diagnostic::error(
                span,
                format!(
                    "`{mnemonic}` accesses {vet} bytes at `{native}`, where {what} has `{}` ({}, {}): go vet rejects such an access",
                    inner.name,
                    inner.ty,
                    bytes(inner.size)
                ),
            )
            .expected(format!("an access of {} at `{native}`", bytes(inner.size)))
            .help("the native code reads several fields of a stack-passed value at once; compile with -O1 or pass a pointer to it"))
        }
    }
}

/// The access width go vet's asmdecl assumes for an amd64 mnemonic (`asmCheckVar`);
/// `None` when it does not check the width.
pub fn asmdecl_width(op: &str) -> Option<u32> {
    if op.starts_with('F') && (op.ends_with('D') || op.ends_with("DP")) {
        return Some(8);
    }
    if op.starts_with('P') && op.ends_with("RD") {
        return Some(4);
    }
    if op.starts_with('F') && (op.ends_with('F') || op.ends_with("FP")) {
        return Some(4);
    }
    if op.ends_with("SD") {
        return Some(8);
    }
    if op.ends_with("SS") {
        return Some(4);
    }
    if op == "MOVO" || op == "MOVOU" {
        return Some(16);
    }
    if op.starts_with("SET") {
        return Some(1);
    }
    match op.as_bytes().last()? {
        b'B' => Some(1),
        b'W' => Some(2),
        b'L' => Some(4),
        b'D' | b'Q' => Some(8),
        _ => None,
    }
}

/// Bytes accessed by an amd64 instruction's memory operand, as far as the mnemonic tells
/// (go vet's asmdecl rules, plus the extensions and conversions it does not size);
/// `None` when unknown or when only the address is taken (`LEAQ`).
pub fn access_width(mnemonic: &str) -> Option<u32> {
    let letter = |c: u8| match c {
        b'B' => Some(1),
        b'W' => Some(2),
        b'L' => Some(4),
        b'Q' => Some(8),
        _ => None,
    };
    let op = mnemonic.as_bytes();
    // MOVBQSX, MOVWLZX, ...: the source width is the first letter.
    if op.len() == 7
        && mnemonic.starts_with("MOV")
        && (mnemonic.ends_with("SX") || mnemonic.ends_with("ZX"))
    {
        return letter(op[3]);
    }
    // CVTSL2SD, CVTSQ2SS, CVTTSD2SQ, CVTSS2SD, ...: the source is the part before the `2`.
    if let Some(rest) = mnemonic
        .strip_prefix("CVTT")
        .or_else(|| mnemonic.strip_prefix("CVT"))
    {
        if let Some((from, _)) = rest.split_once('2') {
            return match from {
                "SL" | "SS" => Some(4),
                "SQ" | "SD" => Some(8),
                _ => None,
            };
        }
    }
    if mnemonic.starts_with("LEA") {
        return None;
    }
    if mnemonic.ends_with("SD") {
        return Some(8);
    }
    if mnemonic.ends_with("SS") {
        return Some(4);
    }
    if mnemonic == "MOVO" || mnemonic == "MOVOU" {
        return Some(16);
    }
    if mnemonic.starts_with("SET") {
        return Some(1);
    }
    letter(*op.last()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::layout::layout;
    use crate::frame::signature::parse_signature;
    use crate::ir::go::{GoFunction, GoInst, Origin};
    use crate::isa::go_registers as registers;

    fn inst(mnemonic: &'static str, operands: Vec<GoOperand>, line: u32) -> GoItem {
        GoItem::Inst(GoInst {
            mnemonic,
            operands,
            origin: Origin::Source(Span::new(line, 5, 10)),
            access: None,
            comment: None,
        })
    }

    fn sp(disp: i64) -> GoOperand {
        GoOperand::Mem(GoMem {
            base: Some(Amd64Reg::gpr(4)),
            disp,
            ..GoMem::default()
        })
    }

    fn func(body: Vec<GoItem>) -> GoFunction {
        GoFunction {
            name: "f".into(),
            flags: "",
            frame_size: 16,
            args_size: None,
            body,
        }
    }

    /// A test-only rendering of the instructions, close to Go syntax, with origins marked.
    fn show(f: &GoFunction) -> Vec<String> {
        f.body
            .iter()
            .map(|item| match item {
                GoItem::Label(l) => format!("{l}:"),
                GoItem::Inst(i) => {
                    let ops: Vec<String> = i
                        .operands
                        .iter()
                        .map(|o| match o {
                            GoOperand::Reg(r) => registers::name(*r).to_string(),
                            GoOperand::Imm(v) => format!("${v}"),
                            GoOperand::Frame { name, offset } => format!("{name}+{offset}(FP)"),
                            GoOperand::Mem(m) => {
                                format!("{}({})", m.disp, m.base.map_or("", registers::name))
                            }
                            other => format!("{other:?}"),
                        })
                        .collect();
                    let mark = match i.origin {
                        Origin::Added => format!(" // {}", i.comment.as_deref().unwrap_or("")),
                        Origin::Source(_) => String::new(),
                    };
                    format!("{} {}{mark}", i.mnemonic, ops.join(", "))
                        .trim()
                        .to_string()
                }
                other => format!("{other:?}"),
            })
            .collect()
    }

    fn bridged(sig: &str, body: Vec<GoItem>) -> Result<GoFunction, Diagnostic> {
        let sig = parse_signature(sig).unwrap();
        let layout = layout(&sig, Arch::Amd64);
        let mut f = func(body);
        SystemV::bridge(&mut f, &sig, &layout)?;
        Ok(f)
    }

    /// Every load, store, offset and `$0-args` below was written out as Go assembly, checked
    /// clean by `go vet` (asmdecl) and run by `go test` with Go 1.27 on amd64.
    const MIXED: &str =
        "func f(a int8, b uint16, c int32, d uint32, e, f2, g2, h int64, x float32, y float64) (int32, bool)";

    #[test]
    fn loads_widen_and_stores_match_slot_width() {
        let f = bridged(MIXED, vec![inst("RET", vec![], 2)]).unwrap();
        assert_eq!(
            show(&f),
            vec![
                "MOVBQSX a+0(FP), DI // arg a",
                "MOVWQZX b+2(FP), SI // arg b",
                "MOVLQSX c+4(FP), DX // arg c",
                "MOVL d+8(FP), CX // arg d",
                "MOVQ e+16(FP), R8 // arg e",
                "MOVQ f2+24(FP), R9 // arg f2",
                "MOVSS x+48(FP), X0 // arg x",
                "MOVSD y+56(FP), X1 // arg y",
                // (int32, bool) is C's `struct { int32_t r; bool r1; }`: one eightbyte.
                "MOVL AX, ret+64(FP) // result ret",
                "MOVQ AX, R11 // result ret1",
                "SHRQ $32, R11 // result ret1",
                "MOVB R11, ret1+68(FP) // result ret1",
                "RET",
            ]
        );
        assert_eq!(
            (f.flags, f.frame_size, f.args_size),
            ("NOSPLIT", 0, Some(69))
        );
    }

    #[test]
    fn stack_params_become_go_slots() {
        // g2 and h are the 7th and 8th integer parameters: native 8(%rsp) and 16(%rsp).
        let f = bridged(
            MIXED,
            vec![
                inst("MOVQ", vec![sp(8), abi_reg("AX")], 2),
                inst("ADDQ", vec![sp(16), abi_reg("AX")], 3),
                inst("LEAQ", vec![sp(16), abi_reg("BX")], 4),
                inst("RET", vec![], 5),
            ],
        )
        .unwrap();
        let s = show(&f);
        assert_eq!(
            s[8..11],
            [
                "MOVQ g2+32(FP), AX",
                "ADDQ h+40(FP), AX",
                "LEAQ h+40(FP), BX"
            ]
        );
    }

    #[test]
    fn seventh_int64_param_after_words() {
        let f = bridged(
            "func s(a, b, c, d, e, f, g7 int64, x1, x2, x3, x4, x5, x6, x7, x8, x9 float64, i int8) uint64",
            vec![
                inst("MOVQ", vec![sp(8), abi_reg("AX")], 2),
                inst("ADDSD", vec![sp(16), abi_reg("X0")], 3),
                inst("MOVBQSX", vec![sp(24), abi_reg("CX")], 4),
                inst("RET", vec![], 5),
            ],
        )
        .unwrap();
        let s = show(&f);
        // 6 integer + 8 float loads.
        assert_eq!(s.len(), 14 + 3 + 1 + 1);
        assert_eq!(
            s[14..17],
            [
                "MOVQ g7+48(FP), AX",
                "ADDSD x9+120(FP), X0",
                "MOVBQSX i+128(FP), CX"
            ]
        );
        assert_eq!(s[17], "MOVQ AX, ret+136(FP) // result ret");
        assert_eq!(f.args_size, Some(144));
    }

    #[test]
    fn stores_before_every_ret_and_no_ret() {
        let f = bridged(
            "func m(p *int, q unsafe.Pointer) (lo uint64, s float64)",
            vec![
                inst("JEQ", vec![GoOperand::Label("L1".into())], 2),
                inst("RET", vec![], 3),
                GoItem::Label("L1".into()),
                inst("RET", vec![], 5),
            ],
        )
        .unwrap();
        let stores = [
            "MOVQ AX, lo+16(FP) // result lo",
            "MOVSD X0, s+24(FP) // result s",
        ];
        let mut want = vec![
            "MOVQ p+0(FP), DI // arg p",
            "MOVQ q+8(FP), SI // arg q",
            "JEQ Label(\"L1\")",
        ];
        want.extend(stores);
        want.push("RET");
        want.push("L1:");
        want.extend(stores);
        want.push("RET");
        assert_eq!(show(&f), want);
        assert_eq!(f.args_size, Some(32));

        // Without a RET (e.g. ends in a tail jump): loads only.
        let f = bridged(
            "func n(a uint8, b bool) uint16",
            vec![inst("NOP", vec![], 2)],
        )
        .unwrap();
        assert_eq!(
            show(&f),
            vec![
                "MOVBQZX a+0(FP), DI // arg a",
                "MOVBQZX b+1(FP), SI // arg b",
                "NOP"
            ]
        );
        assert_eq!(f.args_size, Some(10));
    }

    #[test]
    fn store_widths() {
        let f = bridged("func w() (a int8, b int16)", vec![inst("RET", vec![], 2)]).unwrap();
        assert_eq!(
            show(&f)[..4],
            [
                "MOVB AX, a+0(FP) // result a",
                "MOVQ AX, R11 // result b",
                "SHRQ $16, R11 // result b",
                "MOVW R11, b+2(FP) // result b"
            ]
        );
        let f = bridged("func w() (bool, uintptr)", vec![inst("RET", vec![], 2)]).unwrap();
        assert_eq!(
            show(&f)[..2],
            [
                "MOVB AX, ret+0(FP) // result ret",
                "MOVQ DX, ret1+8(FP) // result ret1"
            ]
        );
    }

    #[test]
    fn register_named_slots_through_an_address_register() {
        // `g` and `AX` do not assemble as `g+8(FP)`: R13 holds the address of `a`, the
        // first slot Go can name, set once before the loads and once before the stores.
        let f = bridged(
            "func f(a, g int64, AX float64) (R8 int64)",
            vec![inst("RET", vec![], 2)],
        )
        .unwrap();
        let anchor = "LEAQ a+0(FP), R13 // slots with register names, reached from a+0(FP)";
        assert_eq!(
            show(&f),
            [
                "MOVQ a+0(FP), DI // arg a",
                anchor,
                "MOVQ 8(R13), SI // arg g",
                "MOVSD 16(R13), X0 // arg AX",
                anchor,
                "MOVQ AX, 24(R13) // result R8",
                "RET",
            ]
        );
        // No name Go assembles: go vet allows `argframe+0(FP)`.
        let f = bridged("func f(g, SP int64)", vec![inst("RET", vec![], 2)]).unwrap();
        assert_eq!(
            show(&f)[..2],
            [
                "LEAQ argframe+0(FP), R13 // slots with register names, reached from argframe+0(FP)",
                "MOVQ 0(R13), DI // arg g",
            ]
        );
        // A stack-passed register-named argument cannot be named in place: the body is
        // called from a Go entry instead (`Abi::in_place`).
        let sig = "func f(a, b, c, d, e, f2, g, h int64) int64";
        let l = layout(&parse_signature(sig).unwrap(), Arch::Amd64);
        assert!(!SystemV::in_place(&l));
        assert!(SystemV::in_place(&layout(
            &parse_signature("func f(a, b, c, d, e, f2, g2, h int64) (AX int64)").unwrap(),
            Arch::Amd64
        )));
        let load = inst("MOVQ", vec![sp(8), GoOperand::Reg(Amd64Reg::gpr(0))], 2);
        let e = bridged(sig, vec![load]).unwrap_err();
        assert_eq!(e.span, Span::new(2, 5, 10));
        assert!(
            e.message.starts_with("`g` is a register name"),
            "{}",
            e.message
        );
    }

    #[test]
    fn several_results_in_memory() {
        // The C struct of all results, through the hidden pointer aimed at the first one.
        let f = bridged(
            "func t(a int64) (x, y, z int64)",
            vec![inst("RET", vec![], 2)],
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "LEAQ x+8(FP), DI // result x: C's hidden result pointer",
                "MOVQ a+0(FP), SI // arg a",
                "RET",
            ]
        );
        // Go does not round its results up to their alignment, C's struct does.
        let e = bridged("func t() (a, b, c int, d bool)", vec![]).unwrap_err();
        assert_eq!(e.span, Span::new(1, 24, 1));
        assert_eq!(
            e.message,
            "the results take 25 bytes in Go but their C struct takes 32 on amd64: C writes 7 \
             bytes of padding after `d` through the hidden result pointer, past Go's results"
        );
        for ok in [
            "func t() (a int, x float64)",
            "func t() (a, b int32, x, y float32)",
            "func t() (s string)",
            "func t() []int",
            "func t() [5]int64",
            "func t() (a, b, c int)",
            "func t() (a, b string)",
            "func t() (float32, int, float64, float32, int32)",
        ] {
            let l = layout(&parse_signature(ok).unwrap(), Arch::Amd64);
            assert!(SystemV::check(&l).is_ok(), "{ok}");
        }
        let e = bridged("func t() (float32, int, float64, float32)", vec![]).unwrap_err();
        assert_eq!(e.span, Span::new(1, 34, 7));
        assert!(e.expected.unwrap().contains("multiple of 8"));
    }

    #[test]
    fn composite_arguments() {
        let f = bridged(
            "func c(s string, b []byte, e error, v struct{ X, Y int32; F float32 }, c64 complex64, c128 complex128, i any) int",
            vec![inst("RET", vec![], 2)],
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVQ s_base+0(FP), DI // arg s_base",
                "MOVQ s_len+8(FP), SI // arg s_len",
                "MOVQ b_base+16(FP), DX // arg b_base",
                "MOVQ b_len+24(FP), CX // arg b_len",
                "MOVQ b_cap+32(FP), R8 // arg b_cap",
                "MOVQ e_itable+40(FP), R9 // arg e_itable",
                // e_data: no integer register left, so v (INTEGER + SSE) goes in memory too.
                "MOVSS c64_real+68(FP), X0 // arg c64_real",
                "MOVSS c64_imag+72(FP), X15 // arg c64_imag",
                "UNPCKLPS X15, X0 // arg c64_imag",
                "MOVSD c128_real+80(FP), X1 // arg c128_real",
                "MOVSD c128_imag+88(FP), X2 // arg c128_imag",
                "MOVQ AX, ret+112(FP) // result ret",
                "RET",
            ]
        );
        let f = bridged(
            "func c(v struct{ X, Y int32; F float32 }, a [3]int16, w struct{ b bool; x float64 })",
            vec![inst("RET", vec![], 2)],
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVL v_X+0(FP), DI // arg v_X",
                "MOVL v_Y+4(FP), R11 // arg v_Y",
                "SHLQ $32, R11 // arg v_Y",
                "ORQ R11, DI // arg v_Y",
                "MOVSS v_F+8(FP), X0 // arg v_F",
                "MOVWQZX a_0+12(FP), SI // arg a_0",
                "MOVWQZX a_1+14(FP), R11 // arg a_1",
                "SHLQ $16, R11 // arg a_1",
                "ORQ R11, SI // arg a_1",
                "MOVWQZX a_2+16(FP), R11 // arg a_2",
                "SHLQ $32, R11 // arg a_2",
                "ORQ R11, SI // arg a_2",
                "MOVBQZX w_b+24(FP), DX // arg w_b",
                "MOVSD w_x+32(FP), X1 // arg w_x",
                "RET",
            ]
        );
    }

    #[test]
    fn memory_arguments_and_results() {
        // A 24-byte struct is passed in memory at 8(%rsp); a slice result through RDI.
        let f = bridged(
            "func m(v struct{ A int64; B [2]int32; C float64 }, n int) []int",
            vec![
                inst("MOVQ", vec![sp(8), abi_reg("AX")], 2),
                inst("MOVL", vec![sp(20), abi_reg("CX")], 3),
                inst("MOVSD", vec![sp(24), abi_reg("X0")], 4),
                inst("LEAQ", vec![sp(8), abi_reg("BX")], 5),
                inst("MOVUPS", vec![sp(16), abi_reg("X1")], 6),
                inst("RET", vec![], 7),
            ],
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "LEAQ ret+32(FP), DI // result ret: C's hidden result pointer",
                "MOVQ n+24(FP), SI // arg n",
                "MOVQ v_A+0(FP), AX",
                "MOVL v_B_1+12(FP), CX",
                "MOVSD v_C+16(FP), X0",
                "LEAQ v+0(FP), BX",
                "MOVUPS v_B_0+8(FP), X1",
                "RET",
            ]
        );
        assert_eq!(f.args_size, Some(56));
        // Reading two fields with one vet-checked instruction is refused.
        let e = bridged(
            "func m(v struct{ A int64; B [2]int32; C float64 })",
            vec![inst("MOVQ", vec![sp(16), abi_reg("AX")], 9)],
        )
        .unwrap_err();
        assert_eq!(e.span, Span::new(9, 5, 10));
        assert!(e.message.contains("go vet rejects"), "{}", e.message);
        // Struct results: packed floats and integers.
        let f = bridged(
            "func r() (struct{ X, Y float32; N uint16 })",
            vec![inst("RET", vec![], 2)],
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVSS X0, ret_X+0(FP) // result ret_X",
                "PSHUFD $1, X0, X15 // result ret_Y",
                "MOVSS X15, ret_Y+4(FP) // result ret_Y",
                "MOVW AX, ret_N+8(FP) // result ret_N",
                "RET",
            ]
        );
        let f = bridged("func r() (string)", vec![inst("RET", vec![], 2)]).unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVQ AX, ret_base+0(FP) // result ret_base",
                "MOVQ DX, ret_len+8(FP) // result ret_len",
                "RET",
            ]
        );
    }

    #[test]
    fn bad_stack_accesses_are_located() {
        let sig = "func b(a, b, c, d, e, f int64, s1 int32, h int8) int64";
        let cases: [(GoOperand, &str, &str); 7] = [
            (sp(-8), "MOVQ", "`-8(%rsp)` is below the stack pointer (the red zone): Go code has no red zone"),
            (sp(0), "MOVQ", "`0(%rsp)` accesses the return address"),
            (sp(24), "MOVQ", "`24(%rsp)` is past the stack-passed arguments: the signature has 2 on the stack"),
            (sp(10), "MOVW", "`10(%rsp)` is inside the stack slot of `s1` (int32, 4 bytes) at `8(%rsp)` but not at its start"),
            (sp(20), "MOVL", "`20(%rsp)` is inside the stack slot of `h` (int8, 1 byte) at `16(%rsp)` but beyond its value"),
            (sp(8), "MOVQ", "`MOVQ` accesses 8 bytes at `8(%rsp)`, where the signature has `s1` (int32, 4 bytes)"),
            (
                GoOperand::Mem(GoMem { base: Some(Amd64Reg::gpr(4)), index: Some(Amd64Reg::gpr(0)), scale: 8, disp: 8, ..GoMem::default() }),
                "MOVQ",
                "indexed stack access at native offset 8 cannot be mapped to Go argument slots",
            ),
        ];
        for (op, mnemonic, msg) in cases {
            let e = bridged(
                sig,
                vec![
                    inst("NOP", vec![], 2),
                    inst(mnemonic, vec![op, abi_reg("AX")], 7),
                ],
            )
            .unwrap_err();
            assert_eq!(e.message, msg);
            assert_eq!(e.span, Span::new(7, 5, 10));
            assert!(e.expected.is_some());
        }
        let e = bridged(
            "func r(a int64)",
            vec![inst("MOVQ", vec![sp(8), abi_reg("AX")], 3)],
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "`8(%rsp)` reads a stack-passed argument, but the signature has none"
        );
        assert_eq!(
            e.expected.as_deref(),
            Some("no stack access: this signature passes every argument in registers")
        );
        let e = bridged(sig, vec![inst("MOVQ", vec![sp(32), abi_reg("AX")], 3)]).unwrap_err();
        assert_eq!(
            e.expected.as_deref(),
            Some("one of the stack-passed arguments: `8(%rsp)` for `s1` (int32), `16(%rsp)` for `h` (int8)")
        );
        // The right widths pass.
        let f = bridged(
            sig,
            vec![
                inst("MOVLQSX", vec![sp(8), abi_reg("AX")], 2),
                inst("MOVBLZX", vec![sp(16), abi_reg("CX")], 3),
                inst("CVTSL2SD", vec![sp(8), abi_reg("X0")], 4),
            ],
        )
        .unwrap();
        assert_eq!(
            show(&f)[6..],
            [
                "MOVLQSX s1+48(FP), AX",
                "MOVBLZX h+52(FP), CX",
                "CVTSL2SD s1+48(FP), X0"
            ]
        );
    }

    #[test]
    fn other_operands_untouched() {
        let body = vec![inst(
            "MOVQ",
            vec![
                GoOperand::Mem(GoMem {
                    base: Some(Amd64Reg::gpr(7)),
                    disp: 8,
                    ..GoMem::default()
                }),
                abi_reg("AX"),
            ],
            2,
        )];
        let f = bridged("func u(p *int64) int64", body).unwrap();
        assert_eq!(show(&f)[1], "MOVQ 8(DI), AX");
    }

    #[test]
    fn widths() {
        for (m, w) in [
            ("MOVQ", Some(8)),
            ("MOVB", Some(1)),
            ("ADDL", Some(4)),
            ("MOVBQSX", Some(1)),
            ("MOVWLZX", Some(2)),
            ("MOVLQSX", Some(4)),
            ("MOVSD", Some(8)),
            ("MOVSS", Some(4)),
            ("ADDSD", Some(8)),
            ("CVTSQ2SD", Some(8)),
            ("CVTTSS2SL", Some(4)),
            ("SETEQ", Some(1)),
            ("MOVOU", Some(16)),
            ("LEAQ", None),
            // asmdecl sizes a trailing `D` as 8 bytes; for SSE ops that is wrong, so: unknown.
            ("PADDD", None),
        ] {
            let got = access_width(m);
            assert_eq!(got, w, "{m}");
        }
    }

    #[test]
    fn native_abi_mode() {
        let mut f = func(vec![inst("RET", vec![], 2)]);
        SystemV::native_entry(&mut f);
        assert_eq!(
            (f.flags, f.frame_size, f.args_size),
            ("NOSPLIT|NOFRAME", 0, None)
        );
        assert_eq!(f.body.len(), 1);
    }
}
