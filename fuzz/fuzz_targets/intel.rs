//! Fuzz target `intel`: what it checks is `fuzz_checks::check("intel", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("intel", data) {
        panic!("intel: {e}");
    }
});
