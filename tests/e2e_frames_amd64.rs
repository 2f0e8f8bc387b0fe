//! The frames suite of issue 9 on amd64 (native frames, calls, recursion, runtime helpers):
//! `tests/e2e/frames/corpus.c` with gcc and clang at -O2 and -O3, converted, vetted and run
//! against cgo; see `tests/common/frames.rs` and `tests/e2e/frames/README.md`.

mod common;
#[path = "common/frames.rs"]
mod frames;

use common::{require_oracles, require_x86_64_host, AMD64_FRAMES, AMD64_FRAMES_INPUTS};

#[test]
fn e2e_frames_amd64() {
    const NAME: &str = "e2e_frames_amd64";
    if !require_x86_64_host(NAME) || !require_oracles(NAME, &["gcc", "clang", "go"]) {
        return;
    }
    frames::run_suite(
        NAME,
        &frames::FRAMES,
        &frames::Arch {
            goarch: "amd64",
            configs: AMD64_FRAMES,
            inputs: AMD64_FRAMES_INPUTS,
            exec: None,
        },
    );
}
