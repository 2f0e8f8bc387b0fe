//! The target stage: each architecture's part of the pipeline behind one trait, [`Target`],
//! so that `src/convert.rs` and `src/main.rs` are written once over it and an [`Arch`] picks
//! its target in one place, [`with_target`].
//!
//! ```text
//! Target ─ Inst: Dialect      parse     (src/parse/: the native IR and its parser)
//!        ─ prepare            map       (arm64: src/map/arm64_reserved.rs, x18/x28 renamed)
//!        ─ lower              map       (src/map/<arch>.rs: native IR → Go IR)
//!        ─ Abi                frame     (src/frame/abi.rs and <arch>.rs: the C convention bridge)
//!        ─ Encoders           verify    (src/verify/compare.rs, <arch>.rs: native vs Go bytes)
//!        ─ listing            verify    (the Go-asm encoder's listing, for `native2goasm encode`)
//! ```
//!
//! Each part is defined in the stage that uses it; this module only names, per
//! architecture, which implementation of each part belongs together: the trait is in
//! `src/target/parts.rs`, [`Amd64`] in `src/target/amd64.rs`, [`Arm64`] in
//! `src/target/arm64.rs`. A new architecture is one
//! more `Target` (with its dialect, tables, encoders and convention) and one arm in
//! [`with_target`].

mod amd64;
mod arm64;
mod parts;

pub use amd64::Amd64;
pub use arm64::Arm64;
pub use parts::Target;

use crate::ir::Arch;

/// Code written once over [`Target`] with its arguments, run by [`with_target`] for the
/// target an [`Arch`] names.
pub trait ForTarget {
    type Output;
    fn run<T: Target>(self) -> Self::Output;
}

/// Runs `job` with the target of `arch`: the one place an architecture is chosen.
pub fn with_target<J: ForTarget>(arch: Arch, job: J) -> J::Output {
    match arch {
        Arch::Amd64 => job.run::<Amd64>(),
        Arch::Arm64 => job.run::<Arm64>(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::abi::Abi;

    struct Arches;

    impl ForTarget for Arches {
        type Output = (Arch, Arch);
        fn run<T: Target>(self) -> (Arch, Arch) {
            (T::ARCH, <T::Abi as Abi>::ARCH)
        }
    }

    #[test]
    fn each_arch_picks_its_own_target_and_convention() {
        for arch in [Arch::Amd64, Arch::Arm64] {
            assert_eq!(with_target(arch, Arches), (arch, arch));
        }
    }
}
