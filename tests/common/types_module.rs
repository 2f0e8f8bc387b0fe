//! The Go module of the runtime type-class tests (`tests/e2e_types_amd64.rs`,
//! `tests/e2e_types_arm64.rs`): both architectures use the same C sources
//! (`tests/e2e/types/types.c`, `clang.c`), Go declarations (`go/types.go`), Go tests
//! (`go/types_test.go`) and cgo reference (`go/ref/ref.go`).
//!
//! ```text
//! go.mod                   module e2etypes
//! types/types.go           tests/e2e/types/go/types.go
//! types/<name>_<arch>.s    native2goasm output (written by the test)
//! types/types_test.go      tests/e2e/types/go/types_test.go
//! types/ref/ref.go         cgo reference; types_impl.h, clang_impl.h: the C files
//! ```
//! Include with `#[path = "common/types_module.rs"] mod types_module;` next to `mod common;`.

use crate::common::{crate_path, write_file};
use std::path::{Path, PathBuf};

/// The Go tests (`Test_<class>`) of `go/types_test.go`, one per type class.
pub const CLASSES: usize = 9;

/// Writes the module into `module`; returns the package directory (`module/types`).
pub fn write_module(module: &Path) -> PathBuf {
    let pkg = module.join("types");
    write_file(&module.join("go.mod"), "module e2etypes\n\ngo 1.24\n");
    let copy = |from: &str, to: &Path| {
        let src = crate_path(from);
        let data = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        write_file(to, data);
    };
    copy("tests/e2e/types/go/types.go", &pkg.join("types.go"));
    copy(
        "tests/e2e/types/go/types_test.go",
        &pkg.join("types_test.go"),
    );
    copy("tests/e2e/types/go/ref/ref.go", &pkg.join("ref/ref.go"));
    copy("tests/e2e/types/types.c", &pkg.join("ref/types_impl.h"));
    copy("tests/e2e/types/clang.c", &pkg.join("ref/clang_impl.h"));
    pkg
}

/// The names of the passed `Test_<class>` tests in `go test -v` output.
pub fn passed(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--- PASS: Test_"))
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .collect()
}
