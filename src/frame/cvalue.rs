//! The C view of Go values, shared by the System V and AAPCS64 bridges: which C arguments a
//! Go parameter becomes (a string is two, a slice three, an interface two, everything else
//! one value with the Go layout), and small helpers for the code the bridges add.

use super::layout::{Component, Slot};
use crate::diag::Span;
use crate::frame::{Kind, SlotClass};
use crate::ir::go::{GoInst, GoItem, GoOperand, Origin};

/// One C argument (or the C struct of the results) as the native code sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CValue {
    /// The Go name of the value (a slot, or a component such as `s_len`).
    pub name: String,
    /// The Go type, for messages.
    pub ty: String,
    /// Offset from FP of its first byte.
    pub offset: u32,
    pub size: u32,
    /// The scalar pieces, in offset order.
    pub leaves: Vec<(Component, SlotClass)>,
    /// The class of a plain scalar argument (widened on load); `None` for a composite.
    pub scalar: Option<SlotClass>,
    /// The components of the value (for naming stack accesses).
    pub components: Vec<Component>,
    /// The signature position of the parameter.
    pub span: Span,
}

pub(super) fn value_of(components: &[Component], name: &str, span: Span) -> CValue {
    let root = &components[0];
    CValue {
        name: name.to_string(),
        ty: root.ty.clone(),
        offset: root.offset,
        size: root.size,
        leaves: components
            .iter()
            .filter_map(|c| c.leaf().map(|class| (c.clone(), class)))
            .collect(),
        scalar: root.leaf(),
        components: components.to_vec(),
        span,
    }
}

/// The C arguments of one Go parameter (see the module docs).
pub(super) fn c_values(slot: &Slot) -> Vec<CValue> {
    match slot.kind() {
        Kind::String | Kind::Slice | Kind::Interface { .. } => slot.components[1..]
            .iter()
            .map(|c| value_of(std::slice::from_ref(c), &c.name, slot.span))
            .collect(),
        _ => vec![value_of(&slot.components, &slot.name, slot.span)],
    }
}

pub(super) fn added(mnemonic: &'static str, operands: Vec<GoOperand>, comment: String) -> GoItem {
    GoItem::Inst(GoInst {
        mnemonic,
        operands,
        origin: Origin::Added,
        access: None,
        comment: Some(comment),
    })
}

pub(super) fn bytes(n: u32) -> String {
    format!("{n} byte{}", if n == 1 { "" } else { "s" })
}
