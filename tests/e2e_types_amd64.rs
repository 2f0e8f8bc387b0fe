//! Runtime test of the amd64 ABI bridge, one Go test per type class (strings, slices,
//! variadics, named types, interfaces, maps/chans/funcs, complex64/128, structs in registers
//! and in memory, arrays, C-struct results, hidden result pointers).
//!
//! `tests/e2e/types/types.c` is compiled with `gcc -O2 -S` and `clang.c` with `clang -O2 -S`
//! (functions gcc compiles through the red zone); both are converted with
//! `--go tests/e2e/types/go/types.go` only (the declarations and named types come from Go
//! source, no `--sig`), and dropped into a temporary module shared with
//! `tests/e2e_types_arm64.rs` (`tests/common/types_module.rs`) as `types/types_amd64.s`
//! (gcc) and `types/clang_amd64.s` (clang).
//!
//! `go vet ./...` must print nothing and `go test ./...` must pass.

mod common;
#[path = "common/types_module.rs"]
mod types_module;

use common::{crate_path, require_oracles, require_x86_64_host, say, scratch_dir};

const AMD64: types_module::Target = types_module::Target {
    goarch: "amd64",
    cgo_cc: None,
};

#[test]
fn e2e_types_amd64() {
    const NAME: &str = "e2e_types_amd64";
    if !require_x86_64_host(NAME) || !require_oracles(NAME, &["gcc", "clang", "go"]) {
        return;
    }
    let work = scratch_dir("e2e_types_amd64");
    let module = work.join("module");
    let pkg = types_module::write_module(&module);

    let decls = pkg.join("types.go");
    types_module::compile_and_convert(
        &AMD64,
        "gcc",
        &["-O2"],
        &crate_path("tests/e2e/types/types.c"),
        &work.join("types.s"),
        &decls,
        &pkg.join("types_amd64.s"),
    );
    types_module::compile_and_convert(
        &AMD64,
        "clang",
        &["-O2"],
        &crate_path("tests/e2e/types/clang.c"),
        &work.join("clang.s"),
        &decls,
        &pkg.join("clang_amd64.s"),
    );

    let vet = types_module::go(&AMD64, &module, &["vet", "./..."]);
    assert!(
        vet.success && vet.combined().trim().is_empty(),
        "go vet ./... in {}:\n{}",
        module.display(),
        vet.combined()
    );
    let test = types_module::go(&AMD64, &module, &["test", "-count=1", "-v", "./..."]);
    let passed = types_module::passed(&test.stdout);
    assert!(
        test.success,
        "go test ./... in {}:\n{}",
        module.display(),
        test.combined()
    );
    assert!(
        passed.len() >= types_module::CLASSES,
        "only {passed:?} passed:\n{}",
        test.combined()
    );
    say(format!(
        "e2e_types_amd64: {} type-class tests passed against cgo: {}",
        passed.len(),
        passed.join(", ")
    ));
}
