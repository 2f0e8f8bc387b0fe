//! Real machine code (issue 13): `tools/accept_objects.py` compiles zlib (the C that the
//! `libz-sys` crate vendors, fetched from crates.io) for amd64 and arm64, takes Debian's
//! `libz.a` when `apt-get download` can fetch it and a small Rust crate, and converts each
//! object function by function with `--keep-going --check-with-go`. It fails when an object
//! does not convert, when `go tool asm` gives other bytes for an exact line, or when the share
//! of non-PC-relative instructions lifted exactly is below the goal (99% amd64, 97% arm64).
//! The shares it prints are the closing note's figures.

mod common;

use std::process::Command;
use std::time::Duration;

#[test]
fn zlib_and_rust_objects_convert_and_assemble() {
    let tools = [
        "python3",
        "gcc",
        "ld",
        "aarch64-linux-gnu-gcc",
        "aarch64-linux-gnu-ld",
        "rustc",
        "cargo",
        "go",
    ];
    if !common::require_oracles("accept_objects", &tools) {
        return;
    }
    let work = common::scratch_dir("accept_objects");
    let mut cmd = Command::new("python3");
    cmd.arg(common::crate_path("tools/accept_objects.py"))
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_native2goasm"))
        .arg("--work")
        .arg(&work);
    let r = common::run(&mut cmd, Duration::from_secs(900));
    let out = r.combined();
    common::say(&out);
    assert!(r.success, "{}\n{out}", common::describe(&cmd));
    for arch in ["amd64", "arm64"] {
        assert!(
            out.contains(&format!("{arch} total: ")),
            "no {arch} share:\n{out}"
        );
    }
}
