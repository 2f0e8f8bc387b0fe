//! Fuzz target `pipeline`: what it checks is `fuzz_checks::check("pipeline", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("pipeline", data) {
        panic!("pipeline: {e}");
    }
});
