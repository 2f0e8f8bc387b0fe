//! A whole library that runs (issue 10): zstd's single-file library (`zstd/zstd.c` of the
//! `zstandard` 0.25.0 source package, fetched with `pip download`), compiled with `gcc -O2 -S`
//! and with `clang -O2 -S` (one test each), converted as one file with `--keep-going` and the declarations of
//! `tests/e2e/zstd/go/zstd.go` (the simple API on caller-provided memory), built into a Go
//! package with no cgo, and tested by `tests/e2e/zstd/go/zstd_test.go`: data of many kinds
//! and sizes (0 bytes to 3 MiB) at levels 1–19 compress to exactly the bytes the same C gives
//! through cgo (the `ref` sub-package) and decompress back; and, through the runtime suites'
//! harness (`tests/e2e/go_common/harness_test.go`), the same from fresh goroutines at varying
//! stack depths, from 8 at once and with the garbage collector running. amd64 natively; arm64
//! (`aarch64-linux-gnu-gcc -O2`, GOARCH=arm64, the cgo reference cross-compiled with the same
//! compiler) under qemu-user.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

const API: [&str; 8] = [
    "ZSTD_estimateCCtxSize",
    "ZSTD_estimateDCtxSize",
    "ZSTD_compressBound",
    "ZSTD_isError",
    "ZSTD_initStaticCCtx",
    "ZSTD_initStaticDCtx",
    "ZSTD_compressCCtx",
    "ZSTD_decompressDCtx",
];

fn check(what: &str, cmd: &mut Command, limit: u64) -> String {
    let r = common::run(cmd, Duration::from_secs(limit));
    let out = r.combined();
    assert!(r.success, "{what} failed: {}\n{out}", common::describe(cmd));
    out
}

/// zstd.c of zstandard 0.25.0, fetched once into `work`.
fn zstd_source(work: &Path) -> std::path::PathBuf {
    let c = work.join("zstd.c");
    if !c.exists() {
        let fetch = work.join("fetch");
        std::fs::create_dir_all(&fetch).unwrap();
        check(
            "pip download",
            Command::new("python3")
                .args([
                    "-m",
                    "pip",
                    "download",
                    "--quiet",
                    "--no-binary",
                    ":all:",
                    "--no-deps",
                    "zstandard==0.25.0",
                    "-d",
                ])
                .arg(&fetch),
            600,
        );
        check(
            "tar",
            Command::new("tar")
                .arg("-xzf")
                .arg(fetch.join("zstandard-0.25.0.tar.gz"))
                .arg("-C")
                .arg(&fetch)
                .arg("zstandard-0.25.0/zstd/zstd.c"),
            120,
        );
        std::fs::rename(fetch.join("zstandard-0.25.0/zstd/zstd.c"), &c).unwrap();
    }
    c
}

/// One architecture's round trip.
struct Config {
    name: &'static str,
    /// The C compiler (and its flags) for both the converted assembly and the cgo reference.
    cc: &'static [&'static str],
    goarch: &'static str,
    /// cgo's compiler, when it is not the host's.
    cgo_cc: Option<&'static str>,
    /// `go test -exec` (a user-mode emulator).
    exec: Option<&'static str>,
    tools: &'static [&'static str],
}

fn round_trip(config: &Config) {
    let test = format!("zstd_roundtrip {}", config.name);
    if !common::require_oracles(&test, config.tools) {
        return;
    }
    let work = common::crate_path("target/tmp/zstd_roundtrip");
    std::fs::create_dir_all(&work).unwrap();
    let source = {
        // The tests run at once and fetch the source once.
        static FETCH: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _once = FETCH.lock().unwrap_or_else(|e| e.into_inner());
        zstd_source(&work)
    };
    let asm = work.join(format!("zstd_{}.s", config.name));
    check(
        config.cc[0],
        Command::new(config.cc[0])
            .args(&config.cc[1..])
            .args(["-S", "-o"])
            .arg(&asm)
            .arg(&source),
        600,
    );

    let module = work.join(format!("module_{}", config.name));
    let _ = std::fs::remove_dir_all(&module);
    std::fs::create_dir_all(module.join("ref")).unwrap();
    let go_dir = common::crate_path("tests/e2e/zstd/go");
    let libc = format!("libc_{}.s", config.goarch);
    for f in ["zstd.go", "zstd_test.go", &libc, "ref/ref.go"] {
        std::fs::copy(go_dir.join(f), module.join(f)).unwrap();
    }
    // The runtime suites' harness: fresh goroutines at varying depths, 8 at once, with GC.
    std::fs::copy(
        common::crate_path("tests/e2e/go_common/harness_test.go"),
        module.join("harness_test.go"),
    )
    .unwrap();
    std::fs::copy(&source, module.join("ref/zstd.c.inc")).unwrap();
    std::fs::write(module.join("go.mod"), "module zstd\n\ngo 1.22\n").unwrap();

    // Functions outside the simple API may be left out (exit status 1); the API may not.
    let out = module.join(format!("zstd_{}.s", config.goarch));
    let mut convert = Command::new(env!("CARGO_BIN_EXE_native2goasm"));
    convert
        .args(["--arch", config.goarch, "--keep-going", "--go"])
        .arg(module.join("zstd.go"))
        .arg("-o")
        .arg(&out)
        .arg(&asm);
    let r = common::run(&mut convert, Duration::from_secs(300));
    let left_out = r
        .stderr
        .lines()
        .find(|l| l.contains("functions left out"))
        .unwrap_or("no function left out");
    common::say(format!("{test}: {left_out}"));
    let output = std::fs::read_to_string(&out)
        .unwrap_or_else(|e| panic!("no output ({e}):\n{}", r.combined()));
    for f in API {
        assert!(
            output.contains(&format!("TEXT ·{f}(SB)")),
            "`{f}` was not converted:\n{left_out}"
        );
    }

    let target = common::e2e::GoTarget {
        goarch: config.goarch,
        cgo_cc: config.cgo_cc,
    };
    let go = |args: &[&str]| common::e2e::go_command(target, &module, args);
    check("go vet", &mut go(&["vet", "./..."]), 900);
    let mut args = vec!["test", "-count=1", "-v"];
    if let Some(exec) = config.exec {
        args.extend(["-exec", exec]);
    }
    args.push(".");
    let out = check("go test", &mut go(&args), 1800);
    common::say(
        out.lines()
            .filter(|l| l.starts_with("---") || l.starts_with("ok"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
}

#[test]
fn zstd_gcc_amd64_matches_cgo() {
    if !common::require_x86_64_host("zstd_roundtrip") {
        return;
    }
    round_trip(&Config {
        name: "gcc_O2",
        cc: &["gcc", "-O2"],
        goarch: "amd64",
        cgo_cc: None,
        exec: None,
        tools: &["python3", "tar", "gcc", "go"],
    });
}

/// The cgo reference is built by Go's default C compiler: the library's output does not
/// depend on the compiler.
#[test]
fn zstd_clang_amd64_matches_cgo() {
    if !common::require_x86_64_host("zstd_roundtrip") {
        return;
    }
    round_trip(&Config {
        name: "clang_O2",
        cc: &["clang", "-O2"],
        goarch: "amd64",
        cgo_cc: None,
        exec: None,
        tools: &["python3", "tar", "clang", "go"],
    });
}

#[test]
fn zstd_gcc_arm64_matches_cgo_under_qemu() {
    round_trip(&Config {
        name: "arm64_gcc_O2",
        cc: &["aarch64-linux-gnu-gcc", "-O2"],
        goarch: "arm64",
        cgo_cc: Some("aarch64-linux-gnu-gcc"),
        exec: Some(common::e2e::QEMU),
        tools: &[
            "python3",
            "tar",
            "aarch64-linux-gnu-gcc",
            "go",
            "qemu-aarch64-static",
        ],
    });
}
