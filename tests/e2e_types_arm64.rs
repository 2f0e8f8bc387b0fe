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

use common::{crate_path, require_oracles, say, scratch_dir};

const CC: &str = "aarch64-linux-gnu-gcc";
const QEMU: &str = "qemu-aarch64-static -L /usr/aarch64-linux-gnu";
const ARM64: types_module::Target = types_module::Target {
    goarch: "arm64",
    cgo_cc: Some(CC),
};

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
        // -fno-tree-vectorize: gcc's vectorised `ins v.s[1]` form is not in the arm64 table yet.
        types_module::compile_and_convert(
            &ARM64,
            CC,
            &["-O2", "-fno-tree-vectorize"],
            &crate_path(&format!("tests/e2e/types/{name}.c")),
            &work.join(format!("{name}.s")),
            &decls,
            &pkg.join(format!("{name}_arm64.s")),
        );
    }

    let vet = types_module::go(&ARM64, &module, &["vet", "./..."]);
    assert!(
        vet.success && vet.combined().trim().is_empty(),
        "GOARCH=arm64 go vet ./... in {}:\n{}",
        module.display(),
        vet.combined()
    );
    let test = types_module::go(
        &ARM64,
        &module,
        &["test", "-exec", QEMU, "-count=1", "-v", "./..."],
    );
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
