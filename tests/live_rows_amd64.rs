//! Live oracle: re-proves every row of `mappings/amd64/instructions.tbl` with the real tools.
//! `tools/check_amd64_rows.py` assembles ~16,000 generated instances with GNU `as` and the
//! Go text each row prescribes with `go tool asm`, and compares the bytes per instruction.
//! Skips visibly without the tools (fails under NATIVE2GOASM_REQUIRE_ORACLES=1).

mod common;

#[test]
fn every_table_row_assembles_identically_with_gnu_as_and_go() {
    common::run_row_checker(
        "live_rows_amd64",
        "tools/check_amd64_rows.py",
        &["python3", "as", "objdump", "go"],
    );
}
