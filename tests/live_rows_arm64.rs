//! Live oracle: re-proves every row of `mappings/arm64/instructions.tbl` with the real tools.
//! `tools/check_arm64_rows.py` assembles ~33,000 generated instances with
//! aarch64-linux-gnu-as, converts the ~4,400 valid ones with this crate's binary and
//! assembles the Go text with `GOARCH=arm64 go tool asm`, comparing words per instruction.
//! Skips visibly without the tools (fails under NATIVE2GOASM_REQUIRE_ORACLES=1).

mod common;

use std::process::Command;
use std::time::Duration;

#[test]
fn every_arm64_table_row_assembles_identically_with_gnu_as_and_go() {
    if !common::require_oracles(
        "live_rows_arm64",
        &["python3", "aarch64-linux-gnu-as", "aarch64-linux-gnu-objcopy", "go"],
    ) {
        return;
    }
    let mut cmd = Command::new("python3");
    cmd.arg(common::crate_path("tools/check_arm64_rows.py"))
        .arg("--no-write")
        .env("NATIVE2GOASM", env!("CARGO_BIN_EXE_native2goasm"));
    let run = common::run(&mut cmd, Duration::from_secs(300));
    let report = format!("{}{}", run.stdout, run.stderr);
    common::say(
        report
            .lines()
            .filter(|l| l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    assert!(run.success, "row check failed:\n{report}");
    assert!(report.contains(" 0 rows with problems"), "{report}");
}
