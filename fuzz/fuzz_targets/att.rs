//! Fuzz target `att`: what it checks is `fuzz_checks::check("att", …)` (src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = fuzz_checks::check("att", data) {
        panic!("att: {e}");
    }
});
