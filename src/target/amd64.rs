//! amd64: x86-64 in AT&T or Intel syntax, the `mappings/amd64/` rows, System V, iced-x86 and
//! the Go-asm model of `src/verify/go_amd64/`.

use super::parts::Target;
use crate::diag::{Diagnostic, Diagnostics};
use crate::frame::amd64::SystemV;
use crate::ir::go::GoItem;
use crate::ir::{x86, Function, Item, Module};
use crate::map::{self, go_label};
use crate::verify::{self, ListingLine};

/// x86-64.
pub struct Amd64;

impl Target for Amd64 {
    type Inst = x86::Inst;
    type Abi = SystemV;
    type Frame = crate::frame::native::amd64::Amd64Frame;
    type Encoders = verify::amd64::Amd64;
    const RUNTIME_HELPERS: &'static str = include_str!("../../runtime/helpers_amd64.s");

    /// Each instruction on its own; labels kept (unreferenced ones are dropped later),
    /// alignment to `PCALIGN` where Go has it.
    fn prepare(module: &mut Module<x86::Inst>, diags: &mut Diagnostics, _platform: bool) {
        map::amd64::prepare(module, diags)
    }

    fn lower(f: &Function<x86::Inst>, _source: &str, diags: &mut Diagnostics) -> Vec<GoItem> {
        let mut body = Vec::with_capacity(f.body.len());
        let labels: std::collections::HashSet<&str> = f.labels().collect();
        // An assembler-local `.L` name is a label even when missing (an error later, not a call).
        let is_label = |t: &str| labels.contains(t) || t.starts_with(".L");
        for item in &f.body {
            match item {
                Item::Label { name, .. } => body.push(GoItem::Label(go_label(name))),
                Item::Inst(inst) => {
                    if let Err(d) = map::amd64::lower(inst, &is_label, &mut body) {
                        diags.push(d);
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

    fn listing(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>) {
        verify::go_amd64::listing(source)
    }
}
