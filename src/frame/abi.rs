//! The calling-convention bridge, written once over [`Abi`]: what one C calling convention
//! knows (System V in `src/frame/amd64.rs`, AAPCS64 in `src/frame/arm64.rs`) is the trait's
//! required part; the drivers that use it are its provided methods.
//!
//! ```text
//! Layout ──Abi::plan──▶ Plan { args: [(CValue, Passing)], returns: Returns }
//! Abi::bridge (a leaf that keeps SP, run in place at the entry SP, `NOSPLIT $0`):
//!              native stack operands ──Abi::stack_operand──▶ Go slots,
//!              then argument loads, body … (result stores) RET …
//! Abi::call_bridge (any other body, src/frame/native/): a Go entry with a frame of what
//!              the body needs: argument loads, Abi::call_native (SP to the frame's top,
//!              stack arguments copied, CALL body, SP back), result stores, RET
//! ```
//!
//! A convention says where each C argument and result is ([`Abi::plan`], its own `Passing`
//! and `Returns`), which Go operand a native stack access of an argument becomes
//! ([`Abi::stack_operand`]), the code that loads the arguments and stores the results, and
//! how its Go entry calls a native body ([`Abi::call_native`]). The bridge code it adds
//! never names a slot whose name Go reads as a register (`reach_register_named`).
//! [`Abi::bridge`] checks everything before it changes anything, so on error the function
//! is left as it was. Added code carries `Origin::Added` and a comment
//! (`super::cvalue::added`).

use super::cvalue::CValue;
use super::layout::{check_names, is_register_name, Component, Layout, SlotClass};
use super::signature::Signature;
use super::types::type_align;
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoFunction, GoInst, GoItem, GoMem, GoOperand, GoReg, Origin};
use crate::ir::Arch;

/// The C calling convention of a Go signature: each C argument with where the native code
/// finds it (`P`), and where the native code leaves the results (`R`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan<P, R> {
    pub args: Vec<(CValue, P)>,
    pub returns: R,
}

/// A stack-passed C argument: the value, where it is at entry (`at` bytes above SP), and
/// whether only its address is there (passed by reference).
#[derive(Debug, Clone, Copy)]
pub struct OnStack<'a> {
    pub v: &'a CValue,
    pub at: i64,
    pub by_reference: bool,
}

impl OnStack<'_> {
    /// Bytes it takes on the stack: 8 for a scalar or an address, else the value rounded up
    /// to 8 (both conventions give every stack argument whole 8-byte slots).
    pub fn extent(&self) -> i64 {
        if self.by_reference || self.v.scalar.is_some() {
            8
        } else {
            self.v.size.next_multiple_of(8) as i64
        }
    }
}

/// One C calling convention bridged to Go ABI0 (arguments and results in the caller's frame
/// at `name+off(FP)`).
pub trait Abi {
    /// The architecture (for the register names the bridge reaches through [`Abi::SLOT_BASE`]).
    const ARCH: Arch;
    /// Where the native code finds one C argument.
    type Passing;
    /// Where the native code leaves the results.
    type Returns;

    /// The convention for `layout`; an error, located in the signature text, when the
    /// signature cannot be passed or returned the C way.
    #[allow(clippy::type_complexity)]
    fn plan(layout: &Layout) -> Result<Plan<Self::Passing, Self::Returns>, Diagnostic>;

    /// Where a stack-passed argument is at entry: its offset above SP and whether only its
    /// address is there; `None` for one passed otherwise.
    fn on_stack(passing: &Self::Passing) -> Option<(i64, bool)>;

    /// Whether a Go operand is a native stack access (relative to SP).
    fn is_stack_operand(op: &GoOperand) -> bool;

    /// The Go operand for stack operand `j` of `inst` (one [`Abi::is_stack_operand`]
    /// accepted), read at the entry SP, or why there is none (located at `span`).
    fn stack_operand(
        inst: &GoInst,
        j: usize,
        stack: &[OnStack],
        span: Span,
    ) -> Result<GoOperand, Diagnostic>;

    /// The code at entry: the indirect result location first (if any), then every argument
    /// loaded into its registers.
    fn argument_loads(plan: &Plan<Self::Passing, Self::Returns>, out: &mut Vec<GoItem>);

    /// The code before every `RET` that stores the results from their registers.
    fn result_stores(plan: &Plan<Self::Passing, Self::Returns>, out: &mut Vec<GoItem>);

    /// The register the bridge code reaches a slot through when the slot's name is a Go
    /// register name (see `reach_register_named`): used by no other bridge code.
    const SLOT_BASE: GoReg;

    /// Added code `dst = &slot` for a slot operand `name+off(FP)` (amd64
    /// `LEAQ a+0(FP), dst`; arm64 `MOVD $a+0(FP), dst`).
    fn slot_address(slot: &GoOperand, dst: GoOperand, comment: String) -> GoItem;

    /// Added code `dst = base + disp` (amd64 `LEAQ disp(base), dst`; arm64
    /// `ADD $disp, base, dst`).
    fn offset_address(base: GoReg, disp: i64, dst: GoOperand, comment: String) -> GoItem;

    /// Checks that the signature can be bridged. Its errors are located in the signature
    /// text, so a driver calls this right after [`layout()`](super::layout()) (and renders
    /// them against `--sig`); [`Abi::bridge`] checks the same.
    fn check(layout: &Layout) -> Result<(), Diagnostic> {
        check_names(layout)?;
        Self::plan(layout).map(|_| ())
    }

    /// Whether [`Abi::bridge`] can run a body in place: every stack-passed argument it may
    /// read is named by a `name+off(FP)` Go assembles (the body's stack operands become
    /// those); otherwise the body is called from a Go entry ([`Abi::call_bridge`]), whose
    /// copies reach any slot.
    fn in_place(layout: &Layout) -> bool {
        Self::plan(layout).map_or(true, |plan| {
            plan.args.iter().all(|(v, p)| {
                Self::on_stack(p).is_none()
                    || v.components
                        .iter()
                        .all(|c| !is_register_name(&c.name, Self::ARCH))
            })
        })
    }

    /// The arguments of `plan` that C passes on the stack.
    fn stack_arguments(plan: &Plan<Self::Passing, Self::Returns>) -> Vec<OnStack<'_>> {
        plan.args
            .iter()
            .filter_map(|(v, p)| {
                Self::on_stack(p).map(|(at, by_reference)| OnStack {
                    v,
                    at,
                    by_reference,
                })
            })
            .collect()
    }

    /// Bridges a mapped function to the Go ABI0 frame of `sig`/`layout`: native stack
    /// operands rewritten to their Go slots, argument loads prepended, result stores before
    /// every `RET`, the `TEXT` attributes set. On error the function is left unchanged.
    fn bridge(func: &mut GoFunction, sig: &Signature, layout: &Layout) -> Result<(), Diagnostic> {
        debug_assert_eq!(layout.params.len(), sig.params.len());
        check_names(layout)?;
        let plan = Self::plan(layout)?;
        let stack = Self::stack_arguments(&plan);
        rewrite_stack_operands::<Self>(func, &stack)?;

        let mut body = Vec::with_capacity(func.body.len() + layout.params.len() + 6);
        Self::argument_loads(&plan, &mut body);
        reach_register_named::<Self>(layout, &mut body);
        let mut exit = Vec::new();
        Self::result_stores(&plan, &mut exit);
        reach_register_named::<Self>(layout, &mut exit);
        for item in std::mem::take(&mut func.body) {
            if matches!(&item, GoItem::Inst(i) if i.mnemonic == "RET") {
                body.extend(exit.iter().cloned());
            }
            body.push(item);
        }
        func.body = body;
        func.flags = "NOSPLIT";
        func.frame_size = 0;
        func.args_size = Some(layout.args_size);
        Ok(())
    }

    /// The code of a Go entry between the argument loads and the result stores: SP moved to
    /// the top of the entry's frame (aligned as the C convention wants it at a call), the
    /// stack-passed arguments copied below it, the call of the native body `native`, SP back.
    /// Returns the entry's Go frame size: at least `need` bytes for the body below its
    /// entry SP.
    fn call_native(stack: &[OnStack], native: &str, need: i64, out: &mut Vec<GoItem>) -> u32;

    /// Makes `func` the Go entry of the native body `native`, which needs `need` bytes of
    /// stack below its entry SP: a frame of that size (Go's stack check in front grows the
    /// goroutine stack before any native code runs; the frame holds no Go pointers), the
    /// argument loads, the call, the result stores, one `RET`.
    fn call_bridge(
        func: &mut GoFunction,
        sig: &Signature,
        layout: &Layout,
        native: &str,
        need: i64,
    ) -> Result<(), Diagnostic> {
        debug_assert_eq!(layout.params.len(), sig.params.len());
        check_names(layout)?;
        let plan = Self::plan(layout)?;
        let stack = Self::stack_arguments(&plan);
        let mut size = 0;
        let mut body = vec![super::cvalue::added(
            "NO_LOCAL_POINTERS",
            vec![],
            "the frame is native stack: no Go pointers".into(),
        )];
        // Each part reaches register-named slots through its own anchor: the native body
        // in between keeps no register of the entry's.
        for part in 0..3 {
            let mut code = Vec::new();
            match part {
                0 => Self::argument_loads(&plan, &mut code),
                1 => size = Self::call_native(&stack, native, need, &mut code),
                _ => Self::result_stores(&plan, &mut code),
            }
            reach_register_named::<Self>(layout, &mut code);
            body.append(&mut code);
        }
        body.push(GoItem::Inst(GoInst {
            mnemonic: "RET",
            operands: vec![],
            origin: Origin::Added,
            access: None,
            comment: None,
        }));
        func.body = body;
        func.flags = "0";
        func.frame_size = size;
        func.args_size = Some(layout.args_size);
        Ok(())
    }

    /// The no-signature mode: native code as is, no Go frame and no argument size.
    fn native_entry(func: &mut GoFunction) {
        func.flags = "NOSPLIT|NOFRAME";
        func.frame_size = 0;
        func.args_size = None;
    }
}

/// Native stack operands → the Go slots of the stack-passed arguments; every operand is
/// checked before any is changed.
fn rewrite_stack_operands<A: Abi + ?Sized>(
    func: &mut GoFunction,
    stack: &[OnStack],
) -> Result<(), Diagnostic> {
    let mut rewrites = Vec::new();
    for (i, item) in func.body.iter().enumerate() {
        let GoItem::Inst(inst) = item else { continue };
        let span = match inst.origin {
            Origin::Source(s) => s,
            Origin::Added => Span::default(),
        };
        for (j, op) in inst.operands.iter().enumerate() {
            if A::is_stack_operand(op) {
                let slot = A::stack_operand(inst, j, stack, span)?;
                if let GoOperand::Frame { name, .. } | GoOperand::FrameAddr { name, .. } = &slot {
                    if is_register_name(name, A::ARCH) {
                        return Err(Diagnostic::error(
                            span,
                            format!(
                                "`{name}` is a register name in Go {} assembly: this stack access cannot be named in place",
                                A::ARCH.go_name()
                            ),
                        )
                        .expected("a body called from its Go entry (`Abi::in_place` decides)"));
                    }
                }
                rewrites.push((i, j, slot));
            }
        }
    }
    for (i, j, slot) in rewrites {
        if let GoItem::Inst(inst) = &mut func.body[i] {
            inst.operands[j] = slot;
        }
    }
    Ok(())
}

/// The slot every register-named slot is reached from: the first slot whose name Go
/// assembles, else `argframe+0(FP)` (which go vet allows without a slot of that name).
fn anchor(layout: &Layout, arch: Arch) -> GoOperand {
    layout
        .params
        .iter()
        .chain(&layout.results)
        .find(|s| !is_register_name(&s.name, arch))
        .map_or(
            GoOperand::Frame {
                name: "argframe".into(),
                offset: 0,
            },
            |s| GoOperand::Frame {
                name: s.name.clone(),
                offset: s.offset as i64,
            },
        )
}

/// Rewrites the bridge code `code` so that it never names a slot whose name Go reads as a
/// register (`g+48(FP)` is "register+register" to the assembler): such an operand becomes
/// `48(base)` from [`Abi::SLOT_BASE`], set once before its first use to the address of an
/// anchor slot (`anchor`), and an address of one (`$g+48(FP)`) becomes `base + 48`.
/// Code without such names is left as it is.
pub(super) fn reach_register_named<A: Abi + ?Sized>(layout: &Layout, code: &mut Vec<GoItem>) {
    let named = |op: &GoOperand| {
        matches!(op, GoOperand::Frame { name, .. } | GoOperand::FrameAddr { name, .. }
            if is_register_name(name, A::ARCH))
    };
    let uses = |item: &GoItem| matches!(item, GoItem::Inst(i) if i.operands.iter().any(named));
    let Some(first) = code.iter().position(uses) else {
        return;
    };
    let anchor = anchor(layout, A::ARCH);
    let GoOperand::Frame { name, offset: at } = &anchor else {
        unreachable!("an anchor is a slot")
    };
    let base = A::SLOT_BASE;
    let set = A::slot_address(
        &anchor,
        GoOperand::Reg(base),
        format!("slots with register names, reached from {name}+{at}(FP)"),
    );
    for item in code.iter_mut() {
        let GoItem::Inst(inst) = item else { continue };
        if let Some(GoOperand::FrameAddr { offset, .. }) =
            inst.operands.first().filter(|o| named(o))
        {
            let (disp, dst) = (offset - at, inst.operands[1].clone());
            *item = A::offset_address(base, disp, dst, inst.comment.take().unwrap_or_default());
            continue;
        }
        for op in &mut inst.operands {
            if let (true, GoOperand::Frame { offset, .. }) = (named(op), &*op) {
                *op = GoOperand::Mem(GoMem {
                    base: Some(base),
                    disp: offset - at,
                    ..GoMem::default()
                });
            }
        }
    }
    code.insert(first, set);
}

/// Checks that the results, returned together through C's hidden result pointer (aimed at
/// the first result's slot), are laid out as the C struct of all results: the same field
/// offsets (both align each field to itself) and the same size, which C rounds up to the
/// struct's alignment and Go's argument frame does not. The error is located at the last
/// result.
pub(super) fn results_in_memory(layout: &Layout, arch: Arch) -> Result<(), Diagnostic> {
    let Some(last) = layout.results.last() else {
        return Ok(());
    };
    let base = layout.results[0].offset;
    let go = layout.args_size - base;
    let align = layout
        .results
        .iter()
        .map(|r| type_align(&r.ty) as u32)
        .max()
        .unwrap_or(1);
    let c = go.next_multiple_of(align);
    if c == go {
        return Ok(());
    }
    Err(Diagnostic::error(
        last.span,
        format!(
            "the results take {go} bytes in Go but their C struct takes {c} on {}: C writes \
             {} bytes of padding after `{}` through the hidden result pointer, past Go's results",
            arch.go_name(),
            c - go,
            last.name
        ),
    )
    .expected(format!(
        "results whose total size is a multiple of {align} (their largest alignment)"
    ))
    .help("reorder the results, widen the last one, or return one struct"))
}

/// The Go operand of an argument or result slot component: `name+off(FP)`.
pub(super) fn frame(c: &Component) -> GoOperand {
    GoOperand::Frame {
        name: c.name.clone(),
        offset: c.offset as i64,
    }
}

/// The leaves of `v` inside its 8-byte word `i` (an eightbyte), with their byte position
/// in it: the pieces one register of a composite is assembled from.
pub(super) fn in_word(v: &CValue, i: usize) -> Vec<(u32, &Component, SlotClass)> {
    let lo = v.offset + 8 * i as u32;
    v.leaves
        .iter()
        .filter(|(c, _)| c.offset >= lo && c.offset < lo + 8)
        .map(|(c, k)| (c.offset - lo, c, *k))
        .collect()
}
