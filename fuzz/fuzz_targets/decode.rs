//! Fuzz target `decode`: what it checks is `fuzz_checks::check("decode", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("decode", data) {
        panic!("decode: {e}");
    }
});
