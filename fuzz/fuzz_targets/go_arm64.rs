//! Fuzz target `go_arm64`: what it checks is `fuzz_checks::check("go_arm64", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("go_arm64", data) {
        panic!("go_arm64: {e}");
    }
});
