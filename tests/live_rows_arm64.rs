//! Live oracle: re-proves every row of `mappings/arm64/instructions.tbl` with the real tools.
//! `tools/check_arm64_rows.py` assembles ~33,000 generated instances with
//! aarch64-linux-gnu-as, converts the ~4,400 valid ones with this crate's binary and
//! assembles the Go text with `GOARCH=arm64 go tool asm`, comparing words per instruction.
//! Skips visibly without the tools (fails under NATIVE2GOASM_REQUIRE_ORACLES=1).

mod common;

#[test]
fn every_arm64_table_row_assembles_identically_with_gnu_as_and_go() {
    common::run_row_checker(
        "live_rows_arm64",
        "tools/check_arm64_rows.py",
        &[
            "python3",
            "aarch64-linux-gnu-as",
            "aarch64-linux-gnu-objcopy",
            "go",
        ],
    );
}
