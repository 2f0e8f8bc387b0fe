//! Live oracle: re-proves every row of `mappings/amd64/instructions.tbl` with the real tools.
//! `tools/check_amd64_rows.py` assembles ~16,000 generated instances with GNU `as` and the
//! Go text each row prescribes with `go tool asm`, and compares the bytes per instruction.
//! Skips visibly without the tools (fails under NATIVE2GOASM_REQUIRE_ORACLES=1).

mod common;

use std::process::Command;
use std::time::Duration;

#[test]
fn every_table_row_assembles_identically_with_gnu_as_and_go() {
    if !common::require_oracles("live_rows_amd64", &["python3", "as", "objdump", "go"]) {
        return;
    }
    let mut cmd = Command::new("python3");
    cmd.arg(common::crate_path("tools/check_amd64_rows.py"))
        .arg("--no-write");
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
