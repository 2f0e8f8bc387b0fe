//! arm64: GNU syntax, the `mappings/arm64/` rows, AAPCS64, the native encoder of
//! `src/verify/native_arm64.rs` and the Go-asm encoder of `src/verify/go_arm64/`.

use super::parts::Target;
use crate::diag::{Diagnostic, Diagnostics};
use crate::frame::arm64::Aapcs64;
use crate::frame::native::{self, arm64::Arm64Frame};
use crate::ir::go::GoItem;
use crate::ir::{a64, Arch, Function, Module};
use crate::map;
use crate::verify::{self, ListingLine};

/// AArch64.
pub struct Arm64;

impl Target for Arm64 {
    type Inst = a64::Inst;
    type Abi = Aapcs64;
    type Frame = Arm64Frame;
    type Encoders = verify::arm64::Arm64;
    const RUNTIME_HELPERS: &'static str = include_str!("../../runtime/helpers_arm64.s");

    fn prepare(module: &mut Module<a64::Inst>, diags: &mut Diagnostics, platform_register: bool) {
        // x28's save slot is addressed from SP: the frame analysis of the function as the
        // lowering sees it gives SP's depth at each instruction.
        // Jump tables are lowered too, so that SP is followed into their targets. A function
        // that does not lower reports the lowering's first error instead.
        let data = std::mem::take(&mut module.data);
        let tables = map::jump_table::DataTables::new(&data);
        let depths = |f: &Function<a64::Inst>| {
            let mut scratch = Diagnostics::default();
            let mut body = map::arm64::lower_function(f, "", &mut scratch);
            let name = map::go_label(&f.name);
            map::jump_table::lower(&mut body, &tables, Arch::Arm64, &name, &mut scratch);
            if let Some(e) = scratch.0.into_iter().find(|d| d.is_error()) {
                return Err(Some(e));
            }
            native::source_depths::<Arm64Frame>(&body, f.span).ok_or(None)
        };
        map::arm64_reserved::prepare(module, diags, &depths, platform_register);
        drop(tables);
        module.data = data;
    }

    fn lower(f: &Function<a64::Inst>, source: &str, diags: &mut Diagnostics) -> Vec<GoItem> {
        map::arm64::lower_function(f, source, diags)
    }

    fn listing(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>) {
        verify::go_arm64::listing(source)
    }
}
