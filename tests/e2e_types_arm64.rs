//! Runtime test of the arm64 (AAPCS64) ABI bridge, one Go test per type class (strings,
//! slices, variadics, named types, interfaces, maps/chans/funcs, complex64/128 as HFAs,
//! structs in X registers, HFAs in F registers, structs passed by reference, arrays,
//! C-struct results in X0/X1 and F0–F3, indirect results through X8).
//!
//! The same C, Go declarations, Go tests and cgo reference as `tests/e2e_types_amd64.rs`
//! (`tests/common/types_module.rs`): `tests/e2e/types/types.c` and `clang.c` are compiled
//! with `aarch64-linux-gnu-gcc -O2 -fno-tree-vectorize -S` (arm64 has no red zone, so gcc
//! does for both; without `-fno-tree-vectorize` gcc 12 vectorizes `p_add` with the
//! element-to-element `ins v2.s[1], v0.s[1]`, a form the arm64 table does not map yet),
//! converted with `--arch arm64 --go tests/e2e/types/go/types.go` only (no `--sig`), and
//! run against the same C through cgo cross-compiled by the same compiler (so both sides
//! contract `a*b+c` into FMAs alike): `GOARCH=arm64 go vet ./...` must print nothing and
//! `go test -exec 'qemu-aarch64-static -L /usr/aarch64-linux-gnu' ./...` must pass.

mod common;
#[path = "common/types_module.rs"]
mod types_module;

use common::{crate_path, describe, require_oracles, run, say, scratch_dir};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(600);
const CC: &str = "aarch64-linux-gnu-gcc";
const QEMU: &str = "qemu-aarch64-static -L /usr/aarch64-linux-gnu";

fn go(dir: &Path, args: &[&str]) -> common::RunResult {
    let mut cmd = Command::new("go");
    cmd.args(args)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOFLAGS", "")
        .env("GOOS", "linux")
        .env("GOARCH", "arm64")
        .env("CGO_ENABLED", "1")
        .env("CC", CC);
    run(&mut cmd, LIMIT)
}

/// Compiles `c` with `aarch64-linux-gnu-gcc -O2 -fno-tree-vectorize -S` and converts it
/// with `--go decls`.
fn compile_and_convert(c: &Path, asm: &Path, decls: &Path, out: &Path) {
    let mut cmd = Command::new(CC);
    cmd.args(["-O2", "-fno-tree-vectorize", "-S"])
        .arg(c)
        .arg("-o")
        .arg(asm);
    let r = run(&mut cmd, LIMIT);
    assert!(r.success, "$ {}\n{}", describe(&cmd), r.combined());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_native2goasm"));
    cmd.args(["--arch", "arm64", "--go"])
        .arg(decls)
        .arg(asm)
        .arg("-o")
        .arg(out);
    let r = run(&mut cmd, LIMIT);
    assert!(r.success, "$ {}\n{}", describe(&cmd), r.combined());
    assert!(
        !r.stderr.contains("no Go signature"),
        "a function was not declared in {}:\n{}",
        decls.display(),
        r.stderr
    );
}

#[test]
fn e2e_types_arm64() {
    const NAME: &str = "e2e_types_arm64";
    if !require_oracles(NAME, &[CC, "go", "qemu-aarch64-static"]) {
        return;
    }
    let work = scratch_dir(NAME);
    let module = work.join("module");
    let pkg = types_module::write_module(&module);
    let decls = pkg.join("types.go");
    for name in ["types", "clang"] {
        compile_and_convert(
            &crate_path(&format!("tests/e2e/types/{name}.c")),
            &work.join(format!("{name}.s")),
            &decls,
            &pkg.join(format!("{name}_arm64.s")),
        );
    }

    let vet = go(&module, &["vet", "./..."]);
    assert!(
        vet.success && vet.combined().trim().is_empty(),
        "GOARCH=arm64 go vet ./... in {}:\n{}",
        module.display(),
        vet.combined()
    );
    let test = go(&module, &["test", "-exec", QEMU, "-count=1", "-v", "./..."]);
    let passed = types_module::passed(&test.stdout);
    assert!(
        test.success,
        "GOARCH=arm64 go test ./... (qemu) in {}:\n{}",
        module.display(),
        test.combined()
    );
    assert!(
        passed.len() >= types_module::CLASSES,
        "only {passed:?} passed:\n{}",
        test.combined()
    );
    say(format!(
        "e2e_types_arm64: {} type-class tests passed under qemu against cgo: {}",
        passed.len(),
        passed.join(", ")
    ));
}
