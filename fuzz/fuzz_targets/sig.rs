//! Fuzz target `sig`: what it checks is `fuzz_checks::check("sig", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("sig", data) {
        panic!("sig: {e}");
    }
});
