//! Fuzz target `gosrc`: what it checks is `fuzz_checks::check("gosrc", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("gosrc", data) {
        panic!("gosrc: {e}");
    }
});
