//! The arm64 ABI bridge: Go ABI0 (arguments and results in the caller's frame at
//! `name+off(FP)`, return address in R30) around an AAPCS64 body (arguments in R0–R7 and
//! F0–F7, results in R0/R1, F0–F3 or through X8, more arguments on the stack from `[sp]` up).
//!
//! **The C view of a Go signature** ([`plan`]). Each Go parameter becomes the C argument(s)
//! a C programmer would write for it, and those are assigned as AAPCS64 §6.8.2 does
//! (NGRN/NSRN/NSAA; checked against `aarch64-linux-gnu-gcc -O2` output):
//!
//! | Go parameter | C arguments | passed in |
//! |---|---|---|
//! | integers, `bool`, pointers, `unsafe.Pointer`, maps, chans, funcs | one integer | next X register (sub-word values widened) |
//! | `float32`, `float64` | `float`/`double` | next S/D register |
//! | `string` / slice, `...T` / interface | 2 / 3 / 2 integers (base, len, cap; type or itab, data) | each the next X register |
//! | `complex64`, `complex128` | `float _Complex` / `double _Complex` (an HFA of 2) | two S / D registers |
//! | `[N]T`, `struct{…}` | the C struct of the same layout | see below |
//!
//! Composites: a **homogeneous floating-point aggregate** (HFA: 1–4 members, all `float32`
//! or all `float64`) takes one F register per member when enough are left (else none: NSRN
//! becomes 8 and the value goes on the stack). Any other composite of ≤ 16 bytes is its memory
//! image in 1–2 X registers (as if loaded with `ldr`), built field by field with sized loads
//! (`MOVWU v_Y+4(FP), R9; ORR R9<<32, R0, R0`); if the registers left are too few, NGRN becomes
//! 8 and it goes on the stack. A larger composite is **passed by reference**: C's caller makes
//! a copy and passes its address. The Go argument slot is that copy — in ABI0 the argument
//! area belongs to the callee (Go's ABI wrapper fills it for this call only, and Go code
//! compiled for ABI0 assigned to its parameters in place), so the C code may read and write
//! it — and the bridge passes its address (`MOVD $v+0(FP), R0`).
//!
//! Stack-passed values (registers exhausted) are never copied: the native code reads them at
//! `[sp, #n]` (scalars in 8-byte slots; composites at their memory image, rounded up to 8
//! bytes; a by-reference address in 8 bytes) and each such operand is rewritten to the Go
//! slot or component at the same place (`v_Y+52(FP)`); a by-reference address loaded from the
//! stack (`ldr x9, [sp, #8]`) becomes `MOVD $v+0(FP), R9`. A pair access (`ldp`) is kept
//! only when Go lays the two parts out as C does.
//!
//! The results are the C struct of all results (`func f() (q, r int32)` is
//! `struct { int32_t q, r; }`, returned packed in X0): an HFA in F0–F3, else up to 16 bytes
//! as its memory image in X0/X1 (fields extracted with `LSR $32, R0, R9`), else through the
//! indirect result register X8, aimed at the Go result slot (`MOVD $ret+16(FP), R8`), or at
//! the first of several results (their C struct; `abi::results_in_memory` checks the layout).
//! Slots named like registers are reached through R10 (`abi::reach_register_named`).
//!
//! [`Aapcs64`] is this convention's [`Abi`]; its [`Abi::bridge`] (the driver in
//! `src/frame/abi.rs`) rewrites a mapped function in place:
//!
//! 1. **Argument loads**, prepended (X8 first), with the slot's width (`MOVB`, `MOVBU`,
//!    `MOVH`, `MOVHU`, `MOVW`, `MOVWU`, `MOVD`, `FMOVS`, `FMOVD`); R9 is the scratch register
//!    for assembling words (never an argument register, free at entry and after return).
//! 2. **Stack-passed values**: operands rewritten as above. A leaf function gets Go frame
//!    `$0`, which Go gives no prologue, so at entry RSP is where the C caller's SP would be.
//! 3. **Result stores** before every `RET`, field by field, with each field's width.
//! 4. `TEXT`: `NOSPLIT`, `$0-args` for leaf functions that leave SP alone.
//!
//! **Functions that move SP or call** are native bodies called from a Go entry
//! ([`Abi::call_bridge`], `src/frame/native/`): `call_native` moves RSP up into the
//! entry's frame (`ADD $F, RSP`, which Go's SP table follows: RSP stays 16-byte aligned),
//! copies stack-passed arguments below it through R16/R17, calls the body, and moves back.
//!
//! [`Abi::native_entry`] is the no-signature mode: the body is left as is and the function
//! is declared `NOSPLIT|NOFRAME` without an argument size.

use super::abi::{frame, in_word, Abi, OnStack};
use super::cvalue::{added, bytes, c_values, value_of, CValue};
use super::layout::{Component, Layout, SlotClass};
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{A64Reg, GoInst, GoItem, GoMem, GoOperand, GoReg};
use crate::ir::Arch;
use crate::isa::arm64::{Modifier, Shift};

/// AAPCS64 integer argument registers (Go names).
pub const INT_ARG_REGS: [&str; 8] = ["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7"];
/// AAPCS64 float argument registers.
pub const FLOAT_ARG_REGS: [&str; 8] = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7"];
/// Integer result registers.
pub const INT_RESULT_REGS: [&str; 2] = ["R0", "R1"];
/// Float result registers (a homogeneous floating-point aggregate).
pub const FLOAT_RESULT_REGS: [&str; 4] = ["F0", "F1", "F2", "F3"];
/// The indirect result location register (X8).
pub const INDIRECT_RESULT_REG: &str = "R8";
/// Scratch register for assembling and splitting words: not an argument or result register.
const SCRATCH: A64Reg = A64Reg::R(9);

impl CValue {
    /// The number of members when the value is a homogeneous floating-point aggregate.
    pub fn hfa(&self) -> Option<usize> {
        if self.scalar.is_some() || self.leaves.is_empty() || self.leaves.len() > 4 {
            return None;
        }
        let first = match self.leaves[0].1 {
            SlotClass::Float { bytes } => bytes,
            _ => return None,
        };
        self.leaves
            .iter()
            .all(|(_, k)| *k == SlotClass::Float { bytes: first })
            .then_some(self.leaves.len())
    }
}

/// Where the native code finds an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passing {
    /// A scalar in one register, widened.
    Scalar(&'static str),
    /// An HFA: one F register per member.
    Hfa(Vec<&'static str>),
    /// A composite of ≤ 16 bytes: its memory image, one X register per 8 bytes.
    Words(Vec<&'static str>),
    /// A composite of > 16 bytes: the address of the Go slot (C's copy) in this register.
    Reference(&'static str),
    /// At `[sp, #native_offset]` on entry (`by_reference`: the value's address is there).
    Stack {
        native_offset: i64,
        by_reference: bool,
    },
    /// A zero-size value: nothing is passed.
    Nothing,
}

/// Where the native code leaves the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Returns {
    Nothing,
    /// An HFA: one F register per member.
    Hfa(CValue, Vec<&'static str>),
    /// The memory image of the results' C struct in X0 (and X1).
    Words(CValue, Vec<&'static str>),
    /// Through the indirect result register X8, aimed at this result slot.
    Indirect {
        name: String,
        offset: u32,
    },
}

/// The AAPCS64 calling convention of a Go signature.
pub type Plan = super::abi::Plan<Passing, Returns>;

/// The AAPCS64 convention for `layout` (see the module docs); an error, located at the
/// result in the signature text, when the results cannot be returned the C way.
pub fn plan(layout: &Layout) -> Result<Plan, Diagnostic> {
    let returns = match layout.results.as_slice() {
        [] => Returns::Nothing,
        results => {
            let base = results[0].offset;
            let size = layout.args_size - base;
            let components: Vec<Component> = results
                .iter()
                .flat_map(|r| r.components.iter().cloned())
                .collect();
            let mut value = value_of(&components, &results[0].name, results[0].span);
            value.offset = base;
            value.size = size;
            value.scalar = None;
            if value.leaves.is_empty() {
                Returns::Nothing
            } else if let Some(n) = value.hfa() {
                Returns::Hfa(value, FLOAT_RESULT_REGS[..n].to_vec())
            } else if size <= 16 {
                let n = size.div_ceil(8) as usize;
                Returns::Words(value, INT_RESULT_REGS[..n].to_vec())
            } else {
                super::abi::results_in_memory(layout, Arch::Arm64)?;
                Returns::Indirect {
                    name: results[0].name.clone(),
                    offset: base,
                }
            }
        }
    };
    let (mut ngrn, mut nsrn, mut nsaa) = (0usize, 0usize, 0i64);
    let mut on_stack = |size: u32| {
        let at = nsaa;
        nsaa += size.next_multiple_of(8) as i64;
        at
    };
    let mut args = Vec::new();
    for slot in &layout.params {
        for v in c_values(slot) {
            let passing = if v.size == 0 {
                Passing::Nothing
            } else if let Some(class) = v.scalar {
                let (next, regs) = if matches!(class, SlotClass::Float { .. }) {
                    (&mut nsrn, &FLOAT_ARG_REGS)
                } else {
                    (&mut ngrn, &INT_ARG_REGS)
                };
                match regs.get(*next) {
                    Some(r) => {
                        *next += 1;
                        Passing::Scalar(r)
                    }
                    None => Passing::Stack {
                        native_offset: on_stack(8),
                        by_reference: false,
                    },
                }
            } else if let Some(n) = v.hfa() {
                if nsrn + n <= FLOAT_ARG_REGS.len() {
                    nsrn += n;
                    Passing::Hfa(FLOAT_ARG_REGS[nsrn - n..nsrn].to_vec())
                } else {
                    nsrn = FLOAT_ARG_REGS.len();
                    Passing::Stack {
                        native_offset: on_stack(v.size),
                        by_reference: false,
                    }
                }
            } else if v.size > 16 {
                match INT_ARG_REGS.get(ngrn) {
                    Some(r) => {
                        ngrn += 1;
                        Passing::Reference(r)
                    }
                    None => Passing::Stack {
                        native_offset: on_stack(8),
                        by_reference: true,
                    },
                }
            } else {
                let n = v.size.div_ceil(8) as usize;
                if ngrn + n <= INT_ARG_REGS.len() {
                    ngrn += n;
                    Passing::Words(INT_ARG_REGS[ngrn - n..ngrn].to_vec())
                } else {
                    ngrn = INT_ARG_REGS.len();
                    Passing::Stack {
                        native_offset: on_stack(v.size),
                        by_reference: false,
                    }
                }
            };
            args.push((v, passing));
        }
    }
    Ok(Plan { args, returns })
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

const RSP: GoReg = GoReg::Arm64(A64Reg::Rsp);

/// Whether `op` is memory based on the stack pointer (plain, write-back or indexed).
fn is_rsp_mem(op: &GoOperand) -> bool {
    match op {
        GoOperand::Mem(m) | GoOperand::MemWriteback { mem: m, .. } => m.base == Some(RSP),
        GoOperand::MemIndex { base, .. } => *base == A64Reg::Rsp,
        _ => false,
    }
}

/// A zero-extending integer load of `size` bytes (also for floats inside an X register).
fn zx_load(size: u32) -> &'static str {
    match size {
        1 => "MOVBU",
        2 => "MOVHU",
        4 => "MOVWU",
        _ => "MOVD",
    }
}

/// An integer store of `size` bytes.
fn int_store(size: u32) -> &'static str {
    match size {
        1 => "MOVB",
        2 => "MOVH",
        4 => "MOVW",
        _ => "MOVD",
    }
}

/// `$name+off(FP)`: the address of an argument or result slot.
fn address(name: &str, offset: u32) -> GoOperand {
    GoOperand::FrameAddr {
        name: name.to_string(),
        offset: offset as i64,
    }
}

/// The register operand of one of the register names above.
fn reg(r: &str) -> GoOperand {
    let r = crate::isa::go_registers::arm64(r).expect("a Go arm64 register name");
    GoOperand::Reg(GoReg::Arm64(r))
}

/// Loads an argument into its registers.
fn load(v: &CValue, passing: &Passing, out: &mut Vec<GoItem>) {
    let note = |c: &Component| format!("arg {}", c.name);
    match passing {
        Passing::Scalar(r) => {
            let (c, class) = &v.leaves[0];
            out.push(added(
                load_mnemonic(*class),
                vec![frame(c), reg(r)],
                note(c),
            ));
        }
        Passing::Hfa(regs) => {
            for ((c, class), r) in v.leaves.iter().zip(regs) {
                out.push(added(
                    load_mnemonic(*class),
                    vec![frame(c), reg(r)],
                    note(c),
                ));
            }
        }
        Passing::Words(regs) => {
            for (i, r) in regs.iter().enumerate() {
                for (n, (pos, c, _)) in in_word(v, i).into_iter().enumerate() {
                    let shift = 8 * pos as i64;
                    if n == 0 {
                        out.push(added(zx_load(c.size), vec![frame(c), reg(r)], note(c)));
                        if pos > 0 {
                            out.push(added(
                                "LSL",
                                vec![GoOperand::Imm(shift), reg(r), reg(r)],
                                note(c),
                            ));
                        }
                        continue;
                    }
                    out.push(added(
                        zx_load(c.size),
                        vec![frame(c), GoOperand::Reg(GoReg::Arm64(SCRATCH))],
                        note(c),
                    ));
                    out.push(added(
                        "ORR",
                        vec![
                            GoOperand::Modified {
                                reg: SCRATCH,
                                modifier: Modifier::Shift(Shift::Lsl, shift as u8),
                            },
                            reg(r),
                            reg(r),
                        ],
                        note(c),
                    ));
                }
            }
        }
        Passing::Reference(r) => out.push(added(
            "MOVD",
            vec![address(&v.name, v.offset), reg(r)],
            format!("arg {}: by reference (the Go slot is C's copy)", v.name),
        )),
        Passing::Stack { .. } | Passing::Nothing => {}
    }
}

/// Stores the results from their registers.
fn store(returns: &Returns, out: &mut Vec<GoItem>) {
    match returns {
        Returns::Hfa(v, regs) => {
            for ((c, class), r) in v.leaves.iter().zip(regs) {
                out.push(added(
                    store_mnemonic(*class),
                    vec![reg(r), frame(c)],
                    format!("result {}", c.name),
                ));
            }
        }
        Returns::Words(v, regs) => {
            for (i, r) in regs.iter().enumerate() {
                for (pos, c, class) in in_word(v, i) {
                    let note = format!("result {}", c.name);
                    let m = match class {
                        SlotClass::Float { .. } => int_store(c.size),
                        k => store_mnemonic(k),
                    };
                    if pos == 0 {
                        out.push(added(m, vec![reg(r), frame(c)], note));
                        continue;
                    }
                    out.push(added(
                        "LSR",
                        vec![
                            GoOperand::Imm(8 * pos as i64),
                            reg(r),
                            GoOperand::Reg(GoReg::Arm64(SCRATCH)),
                        ],
                        note.clone(),
                    ));
                    out.push(added(
                        m,
                        vec![GoOperand::Reg(GoReg::Arm64(SCRATCH)), frame(c)],
                        note,
                    ));
                }
            }
        }
        Returns::Nothing | Returns::Indirect { .. } => {}
    }
}

/// AAPCS64 ⇄ Go ABI0 (see the module docs): a leaf frame (`$0`) whose `[sp, #d]` operands
/// read the stack-passed arguments, or, when the native code moves SP or calls, a Go frame
/// the native stack lives in.
pub struct Aapcs64;

impl Abi for Aapcs64 {
    const ARCH: Arch = Arch::Arm64;
    type Passing = Passing;
    type Returns = Returns;

    fn plan(layout: &Layout) -> Result<Plan, Diagnostic> {
        plan(layout)
    }

    fn on_stack(passing: &Passing) -> Option<(i64, bool)> {
        match passing {
            Passing::Stack {
                native_offset,
                by_reference,
            } => Some((*native_offset, *by_reference)),
            _ => None,
        }
    }

    /// RSP moved up into this frame (`ADD $F, RSP`, which Go's SP table follows), the
    /// stack-passed arguments copied below it through R16 (their Go slots' address) and R17,
    /// the call, RSP back.
    fn call_native(stack: &[OnStack], native: &str, need: i64, out: &mut Vec<GoItem>) -> u32 {
        let args: u64 = stack
            .iter()
            .map(|s| s.at + s.extent())
            .max()
            .unwrap_or(0)
            .max(0) as u64;
        let args = args.next_multiple_of(16) as i64;
        let mut size = ((need + 16 + args).max(0) as u64).next_multiple_of(16) as u32;
        // `ADD $F, RSP` must be one instruction (no R27): F < 4096, or a multiple of 4096.
        if size >= 4096 {
            size = size.next_multiple_of(4096);
        }
        let (r16, r17) = (
            GoOperand::Reg(GoReg::Arm64(A64Reg::R(16))),
            GoOperand::Reg(GoReg::Arm64(A64Reg::R(17))),
        );
        let mem = |base: A64Reg, disp: i64| {
            GoOperand::Mem(GoMem {
                base: Some(GoReg::Arm64(base)),
                disp,
                ..GoMem::default()
            })
        };
        if let Some(first) = stack.first() {
            out.push(added(
                "MOVD",
                vec![address(&first.v.name, first.v.offset), r16.clone()],
                "the stack-passed arguments".into(),
            ));
        }
        out.push(added(
            "ADD",
            vec![GoOperand::Imm(size as i64), reg("RSP")],
            "native stack: the top of this frame".into(),
        ));
        if args > 0 {
            out.push(added(
                "SUB",
                vec![GoOperand::Imm(args), reg("RSP")],
                "stack-passed arguments".into(),
            ));
            let base = stack.first().map_or(0, |f| f.v.offset as i64);
            for s in stack {
                if s.by_reference {
                    out.push(added(
                        "MOVD",
                        vec![address(&s.v.name, s.v.offset), r17.clone()],
                        format!("arg {}: by reference", s.v.name),
                    ));
                    out.push(added(
                        "MOVD",
                        vec![r17.clone(), mem(A64Reg::Rsp, s.at)],
                        format!("arg {}", s.v.name),
                    ));
                    continue;
                }
                for word in (0..s.extent()).step_by(8) {
                    let from = s.v.offset as i64 - base + word;
                    out.push(added(
                        "MOVD",
                        vec![mem(A64Reg::R(16), from), r17.clone()],
                        format!("arg {}", s.v.name),
                    ));
                    out.push(added(
                        "MOVD",
                        vec![r17.clone(), mem(A64Reg::Rsp, s.at + word)],
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
        if args > 0 {
            out.push(added(
                "ADD",
                vec![GoOperand::Imm(args), reg("RSP")],
                "stack-passed arguments".into(),
            ));
        }
        out.push(added(
            "SUB",
            vec![GoOperand::Imm(size as i64), reg("RSP")],
            "back to Go's SP".into(),
        ));
        size
    }

    fn is_stack_operand(op: &GoOperand) -> bool {
        is_rsp_mem(op)
    }

    fn stack_operand(
        inst: &GoInst,
        j: usize,
        stack: &[OnStack],
        span: Span,
    ) -> Result<GoOperand, Diagnostic> {
        stack_operand(inst, j, stack, span)
    }

    /// Not an argument, result, indirect-result or scratch register of the bridge (R9,
    /// R16, R17), and free in ABI0 code.
    const SLOT_BASE: GoReg = GoReg::Arm64(A64Reg::R(10));

    fn slot_address(slot: &GoOperand, dst: GoOperand, comment: String) -> GoItem {
        let GoOperand::Frame { name, offset } = slot else {
            unreachable!("a slot operand, not {slot:?}")
        };
        added("MOVD", vec![address(name, *offset as u32), dst], comment)
    }

    fn offset_address(base: GoReg, disp: i64, dst: GoOperand, comment: String) -> GoItem {
        added(
            "ADD",
            vec![GoOperand::Imm(disp), GoOperand::Reg(base), dst],
            comment,
        )
    }

    /// The indirect result location (X8) aimed at the result slot, then the arguments.
    fn argument_loads(plan: &Plan, out: &mut Vec<GoItem>) {
        if let Returns::Indirect { name, offset } = &plan.returns {
            out.push(added(
                "MOVD",
                vec![address(name, *offset), reg(INDIRECT_RESULT_REG)],
                format!("result {name}: C's indirect result location"),
            ));
        }
        for (v, passing) in &plan.args {
            load(v, passing, out);
        }
    }

    fn result_stores(plan: &Plan, out: &mut Vec<GoItem>) {
        store(&plan.returns, out);
    }
}

/// The element width of a load/store pair mnemonic (`LDP` → 8), `None` for others.
pub fn pair_width(mnemonic: &str) -> Option<u32> {
    let base = mnemonic.split('.').next().unwrap_or(mnemonic);
    Some(match base {
        "LDP" | "STP" | "FLDPD" | "FSTPD" => 8,
        "LDPW" | "STPW" | "LDPSW" | "FLDPS" | "FSTPS" => 4,
        "FLDPQ" | "FSTPQ" => 16,
        _ => return None,
    })
}

/// The Go operand for native stack operand `j` of `inst` at entry SP, or why there is none.
fn stack_operand(
    inst: &GoInst,
    j: usize,
    stack: &[OnStack],
    span: Span,
) -> Result<GoOperand, Diagnostic> {
    let mnemonic = inst.mnemonic;
    let expect_list = || {
        if stack.is_empty() {
            "no stack access: this signature passes every argument in registers".to_string()
        } else {
            let list: Vec<String> = stack
                .iter()
                .map(|s| {
                    let what = if s.by_reference {
                        "the address of "
                    } else {
                        ""
                    };
                    format!("`[sp, #{}]` for {what}`{}` ({})", s.at, s.v.name, s.v.ty)
                })
                .collect();
            format!("one of the stack-passed arguments: {}", list.join(", "))
        }
    };
    let fail = |message: String| Diagnostic::error(span, message).expected(expect_list());
    let m = match &inst.operands[j] {
        GoOperand::Mem(m) => m,
        GoOperand::MemWriteback { .. } => return Err(fail("stack pointer written".into())),
        _ => {
            return Err(fail(
                "indexed stack access cannot be mapped to Go argument slots".into(),
            ))
        }
    };
    let d = m.disp;
    let native = format!("[sp, #{d}]");
    if d < 0 {
        return Err(fail(format!("`{native}` is below the stack pointer")));
    }
    let pair = pair_width(mnemonic);
    let width = pair.or_else(|| access_width(mnemonic));
    let (first, go) = locate(
        d,
        width,
        pair.is_some(),
        stack,
        mnemonic,
        inst,
        j,
        span,
        &fail,
    )?;
    if let Some(w) = pair {
        let (_, second) = locate(
            d + w as i64,
            Some(w),
            true,
            stack,
            mnemonic,
            inst,
            j,
            span,
            &fail,
        )?;
        if second != go + w {
            return Err(fail(format!(
                "`{mnemonic}` at `{native}` reads two stack-passed values that Go lays out differently \
                 (at `{}` and {} bytes further)",
                match &first {
                    GoOperand::Frame { name, offset } => format!("{name}+{offset}(FP)"),
                    _ => String::new(),
                },
                second as i64 - go as i64
            ))
            .help("the Go frame packs small arguments; C gives each 8 bytes on the stack"));
        }
    }
    Ok(first)
}

/// The Go operand and FP offset for one access of `width` bytes at native `[sp, #d]`.
#[allow(clippy::too_many_arguments)]
fn locate(
    d: i64,
    width: Option<u32>,
    in_pair: bool,
    stack: &[OnStack],
    mnemonic: &str,
    inst: &GoInst,
    j: usize,
    span: Span,
    fail: &dyn Fn(String) -> Diagnostic,
) -> Result<(GoOperand, u32), Diagnostic> {
    let native = format!("[sp, #{d}]");
    let Some(s) = stack.iter().find(|s| d >= s.at && d < s.at + s.extent()) else {
        return Err(fail(if stack.is_empty() {
            format!("`{native}` reads a stack-passed argument, but the signature has none")
        } else {
            format!(
                "`{native}` is past the stack-passed arguments: the signature has {} on the stack",
                stack.len()
            )
        }));
    };
    let v = s.v;
    let within = (d - s.at) as u32;
    let what = format!("`{}` ({}, {})", v.name, v.ty, bytes(v.size));
    if s.by_reference {
        // `ldr xN, [sp, #at]` loads C's pointer to its copy: the Go slot's address.
        let plain_load = mnemonic == "MOVD"
            && j == 0
            && within == 0
            && !in_pair
            && matches!(inst.operands.get(1), Some(GoOperand::Reg(_)));
        if !plain_load {
            return Err(Diagnostic::error(
                span,
                format!(
                    "`{mnemonic}` at `{native}` does not load the address of {what}, passed by reference"
                ),
            )
            .expected(format!(
                "`ldr xN, [sp, #{}]` (becomes `MOVD ${}+{}(FP), RN`)",
                s.at, v.name, v.offset
            )));
        }
        return Ok((address(&v.name, v.offset), v.offset));
    }
    if v.scalar.is_some() {
        if within != 0 {
            return Err(fail(format!(
                "`{native}` is inside the stack slot of `{}` but not at its start",
                v.name
            )));
        }
        if let Some(w) = width.filter(|_| !in_pair) {
            if w != v.size {
                return Err(Diagnostic::error(
                    span,
                    format!(
                        "`{mnemonic}` accesses {w} bytes at `{native}`, where the signature has {what}"
                    ),
                )
                .expected(format!(
                    "a {}-byte access, or a signature type of {w} bytes",
                    v.size
                ))
                .help("the Go signature must match the C prototype"));
            }
        }
        return Ok((frame(&v.components[0]), v.offset));
    }
    // A composite's memory image: the component at that place.
    let target = v.offset + within;
    let at: Vec<&Component> = v.components.iter().filter(|c| c.offset == target).collect();
    if within >= v.size || at.is_empty() {
        return Err(Diagnostic::error(
            span,
            format!(
                "`{native}` is inside {what} at `[sp, #{}]` but not at the start of a field",
                s.at
            ),
        )
        .expected(format!(
            "an access of a field of `{}`: {}",
            v.name,
            v.leaves
                .iter()
                .map(|(c, _)| format!(
                    "`[sp, #{}]` for `{}`",
                    s.at as u32 + c.offset - v.offset,
                    c.name
                ))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let chosen = at
        .iter()
        .rev()
        .find(|c| Some(c.size) == width)
        .unwrap_or(&at[0]);
    Ok((frame(chosen), target))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::layout::layout;
    use crate::frame::signature::parse_signature;
    use crate::ir::go::{GoFunction, GoMem, Origin};

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
            base: Some(GoReg::Arm64(A64Reg::Rsp)),
            disp,
            ..GoMem::default()
        })
    }

    fn show(f: &GoFunction) -> Vec<String> {
        f.body
            .iter()
            .map(|item| match item {
                GoItem::Inst(i) => {
                    let ops: Vec<String> = i
                        .operands
                        .iter()
                        .map(|o| match o {
                            GoOperand::Reg(r) => crate::isa::go_registers::name(*r).to_string(),
                            GoOperand::Pair(a, b) => format!(
                                "({}, {})",
                                crate::isa::go_registers::name(GoReg::Arm64(*a)),
                                crate::isa::go_registers::name(GoReg::Arm64(*b))
                            ),
                            GoOperand::Imm(v) => format!("${v}"),
                            GoOperand::Frame { name, offset } => format!("{name}+{offset}(FP)"),
                            GoOperand::FrameAddr { name, offset } => {
                                format!("${name}+{offset}(FP)")
                            }
                            GoOperand::Modified {
                                reg,
                                modifier: Modifier::Shift(Shift::Lsl, n),
                            } => format!(
                                "{}<<{n}",
                                crate::isa::go_registers::name(GoReg::Arm64(*reg))
                            ),
                            GoOperand::Mem(m) => format!(
                                "{}({})",
                                m.disp,
                                m.base.map_or("", crate::isa::go_registers::name)
                            ),
                            other => format!("{other:?}"),
                        })
                        .collect();
                    format!("{} {}", i.mnemonic, ops.join(", "))
                        .trim()
                        .to_string()
                }
                other => format!("{other:?}"),
            })
            .collect()
    }

    /// Function `f` with `body`, before any bridge.
    fn unbridged(body: Vec<GoItem>) -> GoFunction {
        GoFunction {
            name: "f".into(),
            flags: "",
            frame_size: 0,
            args_size: None,
            body,
        }
    }

    fn bridged(sig: &str, body: Vec<GoItem>) -> Result<GoFunction, Diagnostic> {
        let sig = parse_signature(sig).unwrap();
        let layout = layout(&sig, Arch::Arm64);
        let mut f = unbridged(body);
        Aapcs64::bridge(&mut f, &sig, &layout)?;
        Ok(f)
    }

    fn ret() -> Vec<GoItem> {
        vec![inst("RET", vec![], 2)]
    }

    // Each expectation follows `aarch64-linux-gnu-gcc -O2` on the equivalent C function.

    #[test]
    fn composite_arguments() {
        let f = bridged(
            "func c(s string, b []byte, v struct{ A int8; B float32; C uint16 }, c64 complex64, c128 complex128, e error) int",
            ret(),
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVD s_base+0(FP), R0",
                "MOVD s_len+8(FP), R1",
                "MOVD b_base+16(FP), R2",
                "MOVD b_len+24(FP), R3",
                "MOVD b_cap+32(FP), R4",
                // The memory image of the 12-byte struct in two X registers.
                "MOVBU v_A+40(FP), R5",
                "MOVWU v_B+44(FP), R9",
                "ORR R9<<32, R5, R5",
                "MOVHU v_C+48(FP), R6",
                // complex64: an HFA of two floats.
                "FMOVS c64_real+52(FP), F0",
                "FMOVS c64_imag+56(FP), F1",
                "FMOVD c128_real+64(FP), F2",
                "FMOVD c128_imag+72(FP), F3",
                "MOVD e_itable+80(FP), R7",
                // e_data: the 9th integer argument, on the stack.
                "MOVD R0, ret+96(FP)",
                "RET",
            ]
        );
        assert_eq!(
            (f.flags, f.frame_size, f.args_size),
            ("NOSPLIT", 0, Some(104))
        );
    }

    #[test]
    fn hfa_reference_and_indirect_result() {
        // 4 doubles: an HFA in D0-D3 both ways; 24 bytes of integers: by reference.
        let f = bridged(
            "func h(v [4]float64, w struct{ A, B, C int64 }, k uint16) [4]float64",
            ret(),
        )
        .unwrap();
        assert_eq!(
            show(&f),
            [
                "FMOVD v_0+0(FP), F0",
                "FMOVD v_1+8(FP), F1",
                "FMOVD v_2+16(FP), F2",
                "FMOVD v_3+24(FP), F3",
                "MOVD $w+32(FP), R0",
                "MOVHU k+56(FP), R1",
                "FMOVD F0, ret_0+64(FP)",
                "FMOVD F1, ret_1+72(FP)",
                "FMOVD F2, ret_2+80(FP)",
                "FMOVD F3, ret_3+88(FP)",
                "RET",
            ]
        );
        let f = bridged("func r(n int) (s []int)", ret()).unwrap();
        assert_eq!(show(&f), ["MOVD $s+8(FP), R8", "MOVD n+0(FP), R0", "RET"]);
        // Packed results: the C struct { int32_t q; bool ok; } in X0.
        let f = bridged("func q() (q int32, ok bool, x float32)", ret()).unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVW R0, q+0(FP)",
                "LSR $32, R0, R9",
                "MOVB R9, ok+4(FP)",
                "MOVW R1, x+8(FP)",
                "RET"
            ]
        );
        // Several results over 16 bytes: their C struct through X8, aimed at the first.
        let f = bridged("func t() (a, b string)", ret()).unwrap();
        assert_eq!(show(&f), ["MOVD $a+0(FP), R8", "RET"]);
        let e = bridged("func t() (a, b string, c int32)", ret()).unwrap_err();
        assert_eq!(e.span, Span::new(1, 24, 1));
        assert!(e
            .message
            .starts_with("the results take 36 bytes in Go but their C struct takes 40 on arm64"));
    }

    #[test]
    fn register_named_slots_through_an_address_register() {
        // R0 and R8 are registers and `g` the goroutine register: R10 takes the address of
        // `AX`, the first slot name that assembles, before the loads and before the stores.
        let f = bridged("func f(R0, g int64, AX float64) (R8 int64)", ret()).unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVD $AX+16(FP), R10",
                "MOVD -16(R10), R0",
                "MOVD -8(R10), R1",
                "FMOVD AX+16(FP), F0",
                "MOVD $AX+16(FP), R10",
                "MOVD R0, 8(R10)",
                "RET",
            ]
        );
        let f = bridged("func f(R0, R1 int64) (x, y, z int64)", ret()).unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVD $x+16(FP), R8",
                "MOVD $x+16(FP), R10",
                "MOVD -16(R10), R0",
                "MOVD -8(R10), R1",
                "RET",
            ]
        );
        // No name that assembles: `argframe+0(FP)`, which go vet allows.
        let f = bridged("func f(R0 int64) (g, SP, R1 int64)", ret()).unwrap();
        assert_eq!(
            show(&f),
            [
                "MOVD $argframe+0(FP), R10",
                "ADD $8, R10, R8",
                "MOVD 0(R10), R0",
                "RET",
            ]
        );
        // R8 is the ninth integer argument, on the stack: not in place.
        let l = layout(
            &parse_signature("func f(R0, R1, R2, R3, R4, R5, R6, R7, R8 int64)").unwrap(),
            Arch::Arm64,
        );
        assert!(!Aapcs64::in_place(&l));
    }

    #[test]
    fn stack_passed_values() {
        // Six doubles, then two 12-byte HFAs: 6 + 3 > 8, so both go on the stack (NSRN = 8),
        // each rounded up to 16 bytes (gcc: `ldr s1, [sp]`, `ldr s2, [sp, 24]`).
        let sig = "func h3(a, b, c, d, e, f float64, v, w struct{ X, Y, Z float32 }) float32";
        let f = bridged(
            sig,
            vec![
                inst("FMOVS", vec![sp(0), reg("F1")], 3),
                inst("FMOVS", vec![sp(24), reg("F2")], 4),
                inst(
                    "FLDPS",
                    vec![sp(16), GoOperand::Pair(A64Reg::F(3), A64Reg::F(4))],
                    5,
                ),
                inst("RET", vec![], 6),
            ],
        )
        .unwrap();
        assert_eq!(
            show(&f)[6..9],
            [
                "FMOVS v_X+48(FP), F1",
                "FMOVS w_Z+68(FP), F2",
                "FLDPS w_X+60(FP), (F3, F4)"
            ]
        );
        // The 9th integer argument is a 24-byte struct: its address is on the stack.
        let sig = "func late(a, b, c, d, e, f, g7, h int64, v struct{ A, B, C int64 }, s int32)";
        let f = bridged(
            sig,
            vec![
                inst("MOVD", vec![sp(0), reg("R9")], 3),
                inst("MOVW", vec![sp(8), reg("R10")], 4),
            ],
        )
        .unwrap();
        assert_eq!(show(&f)[8..], ["MOVD $v+64(FP), R9", "MOVW s+88(FP), R10"]);
        let e = bridged(sig, vec![inst("MOVW", vec![sp(0), reg("R9")], 3)]).unwrap_err();
        assert!(
            e.message.contains("does not load the address of `v`"),
            "{}",
            e.message
        );
        assert_eq!(e.span, Span::new(3, 5, 10));
        // A pair over two int32 stack slots: Go packs them, C does not.
        let sig = "func p(a, b, c, d, e, f, g7, h int64, x, y int32)";
        let e = bridged(
            sig,
            vec![inst(
                "LDP",
                vec![sp(0), GoOperand::Pair(A64Reg::R(9), A64Reg::R(10))],
                3,
            )],
        )
        .unwrap_err();
        assert!(
            e.message.contains("Go lays out differently"),
            "{}",
            e.message
        );
        let e = bridged(sig, vec![inst("MOVD", vec![sp(0), reg("R9")], 3)]).unwrap_err();
        assert!(
            e.message
                .starts_with("`MOVD` accesses 8 bytes at `[sp, #0]`"),
            "{}",
            e.message
        );
        let e = bridged(sig, vec![inst("MOVW", vec![sp(16), reg("R9")], 3)]).unwrap_err();
        assert_eq!(
            e.message,
            "`[sp, #16]` is past the stack-passed arguments: the signature has 2 on the stack"
        );
        assert_eq!(
            e.expected.as_deref(),
            Some("one of the stack-passed arguments: `[sp, #0]` for `x` (int32), `[sp, #8]` for `y` (int32)")
        );
    }

    #[test]
    fn go_entries_take_addresses_first_and_copy_stack_arguments() {
        let entry = |sig: &str| {
            let sig = parse_signature(sig).unwrap();
            let layout = layout(&sig, Arch::Arm64);
            let mut f = unbridged(Vec::new());
            Aapcs64::call_bridge(&mut f, &sig, &layout, "f_native", 32).unwrap();
            f
        };
        let f = entry("func b(v struct{ A, B, C int64 }) (r struct{ A, B, C int64 })");
        assert_eq!(
            show(&f),
            [
                "NO_LOCAL_POINTERS",
                "MOVD $r+24(FP), R8",
                "MOVD $v+0(FP), R0",
                "ADD $48, RSP",
                "CALL Func(\"f_native\")",
                "SUB $48, RSP",
                "RET"
            ]
        );
        assert_eq!((f.flags, f.frame_size), ("0", 48));
        // The ninth integer goes on the stack: copied below the frame's top, 16-aligned.
        let f = entry("func s(a, b, c, d, e, f, g7, h, i9 int64)");
        let text = show(&f);
        let at = |s: &str| {
            text.iter()
                .position(|l| l == s)
                .unwrap_or_else(|| panic!("no `{s}` in {text:?}"))
        };
        assert!(at("MOVD $i9+64(FP), R16") < at("ADD $64, RSP"));
        assert!(at("SUB $16, RSP") < at("MOVD 0(R16), R17"));
        assert!(at("MOVD R17, 0(RSP)") < at("CALL Func(\"f_native\")"));
        assert_eq!(f.frame_size, 64);
    }
}
