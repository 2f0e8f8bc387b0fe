//! The programs suite of issue 10 on arm64 (jump tables, global data, cold parts):
//! `tests/e2e/programs/corpus.c` with aarch64-linux-gnu-gcc and clang at -O2 and -O3,
//! converted, vetted and run under qemu-aarch64-static against cgo (cross cgo with the same
//! compiler); see `tests/common/frames.rs` and `tests/e2e/programs/README.md`.

mod common;
#[path = "common/frames.rs"]
mod frames;

use common::e2e::QEMU;
use common::{require_oracles, ARM64_FRAMES, ARM64_FRAMES_INPUTS, ARM64_TOOLS};

#[test]
fn e2e_programs_arm64() {
    const NAME: &str = "e2e_programs_arm64";
    if !require_oracles(NAME, ARM64_TOOLS) {
        return;
    }
    frames::run_suite(
        NAME,
        &frames::PROGRAMS,
        &frames::Arch {
            goarch: "arm64",
            configs: ARM64_FRAMES,
            inputs: ARM64_FRAMES_INPUTS,
            exec: Some(QEMU),
        },
    );
}
