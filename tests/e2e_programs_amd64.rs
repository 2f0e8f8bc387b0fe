//! The programs suite of issue 10 on amd64 (jump tables, global data, cold parts):
//! `tests/e2e/programs/corpus.c` with gcc and clang at -O2 and -O3, converted, vetted and run
//! against cgo; see `tests/common/frames.rs` and `tests/e2e/programs/README.md`.

mod common;
#[path = "common/frames.rs"]
mod frames;

use common::{require_oracles, require_x86_64_host, AMD64_FRAMES, AMD64_FRAMES_INPUTS};

#[test]
fn e2e_programs_amd64() {
    const NAME: &str = "e2e_programs_amd64";
    if !require_x86_64_host(NAME) || !require_oracles(NAME, &["gcc", "clang", "go"]) {
        return;
    }
    frames::run_suite(
        NAME,
        &frames::PROGRAMS,
        &frames::Arch {
            goarch: "amd64",
            configs: AMD64_FRAMES,
            inputs: AMD64_FRAMES_INPUTS,
            exec: None,
        },
    );
}
