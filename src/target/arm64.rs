//! arm64: GNU syntax, the `mappings/arm64/` rows, AAPCS64, the native encoder of
//! `src/verify/native_arm64.rs` and the Go-asm encoder of `src/verify/go_arm64/`.

use super::parts::Target;
use crate::diag::{Diagnostic, Diagnostics};
use crate::frame::arm64::Aapcs64;
use crate::ir::go::GoItem;
use crate::ir::{a64, Function, Module};
use crate::map;
use crate::verify::{self, ListingLine};

/// AArch64.
pub struct Arm64;

impl Target for Arm64 {
    type Inst = a64::Inst;
    type Abi = Aapcs64;
    type Frame = crate::frame::native::arm64::Arm64Frame;
    type Encoders = verify::arm64::Arm64;
    const RUNTIME_HELPERS: &'static str = include_str!("../../runtime/helpers_arm64.s");

    fn prepare(module: &mut Module<a64::Inst>, diags: &mut Diagnostics) {
        map::arm64_reserved::prepare(module, diags)
    }

    fn lower(f: &Function<a64::Inst>, source: &str, diags: &mut Diagnostics) -> Vec<GoItem> {
        map::arm64::lower_function(f, source, diags)
    }

    fn listing(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>) {
        verify::go_arm64::listing(source)
    }
}
