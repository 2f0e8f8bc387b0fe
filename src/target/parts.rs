//! [`Target`]: what one architecture supplies to the pipeline, each part named by the trait
//! of the stage that uses it.

use crate::diag::{Diagnostic, Diagnostics};
use crate::frame::abi::Abi;
use crate::frame::{self, Signature};
use crate::ir::go::{GoFunction, GoItem};
use crate::ir::{Arch, Function, Module};
use crate::parse::{self, Dialect, Syntax};
use crate::verify::compare::{self, Encoders};
use crate::verify::report::Report;
use crate::verify::{ListingLine, Options};

/// One architecture: its native IR and parser, lowering, calling-convention bridge and
/// encoders.
pub trait Target {
    /// The native instruction, with its parser.
    type Inst: Dialect;
    /// The C calling convention bridged to Go ABI0.
    type Abi: Abi;
    /// How native bodies of this architecture use the stack.
    type Frame: crate::frame::native::NativeFrame;
    /// The encoders the comparison runs on every instruction.
    type Encoders: Encoders<Inst = Self::Inst>;

    const ARCH: Arch = <Self::Inst as Dialect>::ARCH;

    /// The compiler's runtime helpers (`memcpy`, `__udivti3`…) as GNU as source for this
    /// architecture (`runtime/helpers_<arch>.s`), converted into the output when called.
    const RUNTIME_HELPERS: &'static str;

    /// Rewrites the native functions before they are lowered and verified (arm64: renames
    /// the registers Go reserves; `platform_register`: x18 may stay as Go's R18_PLATFORM
    /// when nothing else is free). By default nothing.
    fn prepare(
        _module: &mut Module<Self::Inst>,
        _diags: &mut Diagnostics,
        _platform_register: bool,
    ) {
    }

    /// Lowers a function to Go items. A branch to anything but the function's own labels
    /// is a call or tail call of that function's native body (`map::native_symbol`).
    fn lower(f: &Function<Self::Inst>, source: &str, diags: &mut Diagnostics) -> Vec<GoItem>;

    /// The Go-asm encoder's bytes for every line of a Go assembly file, and the errors of
    /// the lines that fail (`native2goasm encode`).
    fn listing(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>);

    /// Parses a whole file written in `syntax`.
    fn parse(source: &str, syntax: Syntax) -> Result<Module<Self::Inst>, Diagnostics> {
        parse::parse(source, Self::ARCH, syntax)
    }

    /// Checks that a Go signature can be bridged by this target's calling convention
    /// (errors located in the signature text).
    fn check_signature(sig: &Signature) -> Result<(), Diagnostic> {
        Self::Abi::check(&frame::layout(sig, Self::ARCH))
    }

    /// Checks every instruction of a bridged function byte for byte against its source.
    fn verify(
        gf: &mut GoFunction,
        f: &Function<Self::Inst>,
        source: &str,
        opts: &Options,
        report: &mut Report,
        diags: &mut Diagnostics,
    ) {
        compare::check::<Self::Encoders>(gf, f, source, opts, report, diags)
    }
}
