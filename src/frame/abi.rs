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
//! how its Go entry calls a native body ([`Abi::call_native`]). [`Abi::bridge`] checks everything before it changes anything, so on error the
//! function is left as it was. Added code carries `Origin::Added` and a comment
//! (`super::cvalue::added`).

use super::cvalue::CValue;
use super::layout::{check_names, Component, Layout, SlotClass};
use super::signature::Signature;
use crate::diag::{Diagnostic, Span};
use crate::ir::go::{GoFunction, GoInst, GoItem, GoOperand, Origin};
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
    /// The architecture (for the register names [`check_names`] refuses).
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

    /// Checks that the signature can be bridged. Its errors are located in the signature
    /// text, so a driver calls this right after [`layout()`](super::layout()) (and renders
    /// them against `--sig`); [`Abi::bridge`] checks the same.
    fn check(layout: &Layout) -> Result<(), Diagnostic> {
        check_names(layout, Self::ARCH)?;
        Self::plan(layout).map(|_| ())
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
        check_names(layout, Self::ARCH)?;
        let plan = Self::plan(layout)?;
        let stack = Self::stack_arguments(&plan);
        rewrite_stack_operands::<Self>(func, &stack)?;

        let mut body = Vec::with_capacity(func.body.len() + layout.params.len() + 6);
        Self::argument_loads(&plan, &mut body);
        let mut exit = Vec::new();
        Self::result_stores(&plan, &mut exit);
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
        check_names(layout, Self::ARCH)?;
        let plan = Self::plan(layout)?;
        let stack = Self::stack_arguments(&plan);
        let mut body = vec![super::cvalue::added(
            "NO_LOCAL_POINTERS",
            vec![],
            "the frame is native stack: no Go pointers".into(),
        )];
        Self::argument_loads(&plan, &mut body);
        let size = Self::call_native(&stack, native, need, &mut body);
        Self::result_stores(&plan, &mut body);
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
                rewrites.push((i, j, A::stack_operand(inst, j, stack, span)?));
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
