//! C source in (`native2goasm kernel.c`, `--cc`): the compiler's errors reach the user with
//! exit status 1 and no output file; a compiler that cannot run is named. The e2e suites
//! run the driver on their whole corpus (`clang-O2-driver`, `clang-O3-driver`).

mod common;

use std::process::Command;

fn run(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let r = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        r.status.code(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
    )
}

#[test]
fn compiler_errors_pass_through_with_status_1() {
    if !common::require_oracles("cc_driver", &["cc"]) {
        return;
    }
    let dir = common::scratch_dir("cc_driver");
    std::fs::write(dir.join("bad.c"), "long f(long x) { return x +; }\n").unwrap();
    let (code, stderr) = run(&dir, &["bad.c", "-o", "out.s"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("bad.c:1:"),
        "the compiler's own message: {stderr}"
    );
    assert!(
        stderr.contains("the C compiler failed: `cc -O2"),
        "{stderr}"
    );
    assert!(!dir.join("out.s").exists());

    std::fs::write(dir.join("ok.c"), "long f(long x) { return x * 3; }\n").unwrap();
    let (code, stderr) = run(
        &dir,
        &["--sig", "func f(x int64) int64", "ok.c", "-o", "out.s"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let out = std::fs::read_to_string(dir.join("out.s")).unwrap();
    assert!(out.contains("TEXT ·f(SB)"), "{out}");
    assert!(out.contains("from ok.c (cc -S)"), "{out}");

    let (code, stderr) = run(&dir, &["--cc", "no-such-cc -O2", "ok.c"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("cannot run `no-such-cc -O2"), "{stderr}");
}
