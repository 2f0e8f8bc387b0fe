//! Fuzz target `go_amd64`: what it checks is `fuzz_checks::check("go_amd64", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("go_amd64", data) {
        panic!("go_amd64: {e}");
    }
});
