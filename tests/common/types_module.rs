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

/// The target of one run: the GOARCH, and the C compiler cgo uses (cross for arm64).
pub struct Target {
    pub goarch: &'static str,
    pub cgo_cc: Option<&'static str>,
}

const LIMIT: std::time::Duration = std::time::Duration::from_secs(600);

/// Runs `go args…` in `dir` for `target`, with cgo on and no toolchain switching.
pub fn go(target: &Target, dir: &Path, args: &[&str]) -> crate::common::RunResult {
    let mut cmd = std::process::Command::new("go");
    cmd.args(args)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOFLAGS", "")
        .env("GOOS", "linux")
        .env("GOARCH", target.goarch)
        .env("CGO_ENABLED", "1");
    if let Some(cc) = target.cgo_cc {
        cmd.env("CC", cc);
    }
    crate::common::run(&mut cmd, LIMIT)
}

/// Compiles `c` with `cc cflags… -S` and converts it with `--arch <goarch> --go decls`
/// into `out`; every function must be declared in `decls`.
pub fn compile_and_convert(
    target: &Target,
    cc: &str,
    cflags: &[&str],
    c: &Path,
    asm: &Path,
    decls: &Path,
    out: &Path,
) {
    use crate::common::{describe, run};
    use std::process::Command;
    let mut cmd = Command::new(cc);
    cmd.args(cflags).arg("-S").arg(c).arg("-o").arg(asm);
    let r = run(&mut cmd, LIMIT);
    assert!(r.success, "$ {}\n{}", describe(&cmd), r.combined());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_native2goasm"));
    cmd.args(["--arch", target.goarch, "--go"])
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
