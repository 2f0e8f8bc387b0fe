//! arm64 x18 and x28 renamed (src/map/arm64_reserved.rs) on real compiler output:
//! `tests/reserved/pressure.c` keeps twelve values across a call and needs every temporary
//! between calls, so gcc and clang use both x18 and x28. Each compiler gets one register of
//! each kind fixed (`-ffixed-x9` and a callee-saved one) so that the rename has somewhere to
//! go. The conversion must rename both, keep every renamed instruction verified (no more raw
//! words than a `-ffixed-x18 -ffixed-x28` build of the same code) and never name R28 or
//! R18_PLATFORM; with Go and qemu, the result must pass `go vet` and run against a Go port
//! of the C code (`tests/reserved/go/`) from goroutines with the GC running.

mod common;

use common::{crate_path, describe, require_oracles, run, say, scratch_dir, write_file};
use native2goasm::convert::{convert_verified, Conversion, Options};
use native2goasm::frame::parse_signature;
use native2goasm::ir::Arch;
use native2goasm::verify::report::Class;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

struct Config {
    name: &'static str,
    cc: &'static [&'static str],
    /// What leaves one temporary and one callee-saved register free (clang ignores
    /// -ffixed-x19).
    free: &'static [&'static str],
}

const CONFIGS: &[Config] = &[
    Config {
        name: "gcc-O2",
        cc: &["aarch64-linux-gnu-gcc", "-O2"],
        free: &["-ffixed-x9", "-ffixed-x19"],
    },
    Config {
        name: "gcc-O3",
        cc: &["aarch64-linux-gnu-gcc", "-O3"],
        free: &["-ffixed-x9", "-ffixed-x19"],
    },
    Config {
        name: "clang-O2",
        cc: &["clang", "--target=aarch64-linux-gnu", "-O2"],
        free: &["-ffixed-x9", "-ffixed-x20"],
    },
    Config {
        name: "clang-O3",
        cc: &["clang", "--target=aarch64-linux-gnu", "-O3"],
        free: &["-ffixed-x9", "-ffixed-x20"],
    },
];

const SIG: &str = "func pressure(a *int64, n int64) int64";
const LIMIT: Duration = Duration::from_secs(300);

fn compile(config: &Config, flags: &[&str], out: &Path) -> String {
    let mut cmd = Command::new(config.cc[0]);
    cmd.args(&config.cc[1..])
        .args(flags)
        .arg("-S")
        .arg("-o")
        .arg(out)
        .arg(crate_path("tests/reserved/pressure.c"));
    let r = run(&mut cmd, LIMIT);
    assert!(r.success, "{} failed:\n{}", describe(&cmd), r.combined());
    std::fs::read_to_string(out).unwrap()
}

fn convert(asm: &str) -> Conversion {
    let opts = Options {
        arch: Some(Arch::Arm64),
        signatures: vec![parse_signature(SIG).unwrap()],
        source_name: "pressure.s".into(),
        ..Options::default()
    };
    convert_verified(asm, &opts, &Default::default(), true)
        .unwrap_or_else(|d| panic!("conversion failed: {:?}", d.0))
}

/// Whether GNU text names general register `n` (x or w).
fn names(asm: &str, n: u8) -> bool {
    asm.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w == format!("x{n}") || w == format!("w{n}"))
}

#[test]
fn x18_and_x28_are_renamed_verified_and_run() {
    if !require_oracles("reserved_arm64", &["aarch64-linux-gnu-gcc", "clang"]) {
        return;
    }
    let go = require_oracles(
        "reserved_arm64 (go vet, go test)",
        &["go", "qemu-aarch64-static"],
    );
    let dir = scratch_dir("reserved_arm64");
    for config in CONFIGS {
        let asm = compile(config, config.free, &dir.join(format!("{}.s", config.name)));
        let pressure = asm.split("pressure:").nth(1).expect("pressure is defined");
        assert!(
            names(pressure, 18) && names(pressure, 28),
            "{}: the premise is gone, `pressure` no longer uses x18 and x28",
            config.name
        );
        let fixed = compile(
            config,
            &["-ffixed-x18", "-ffixed-x28"],
            &dir.join(format!("{}-fixed.s", config.name)),
        );
        let renamed = convert(&asm);
        let baseline = convert(&fixed);

        let warnings: Vec<&str> = renamed
            .warnings
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        for reg in ["x28", "x18"] {
            assert!(
                warnings
                    .iter()
                    .any(|w| w.starts_with(&format!("{reg} renamed to x"))),
                "{}: no rename of {reg} in {warnings:?}",
                config.name
            );
        }
        for word in renamed
            .text
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        {
            assert!(
                !matches!(word, "R28" | "R18" | "R18_PLATFORM" | "g"),
                "{}: the output names {word}:\n{}",
                config.name,
                renamed.text
            );
        }
        // Every instruction that named x18 or x28 in the source is verified renamed: its Go
        // word is the renamed native word, which the report calls `rewritten` (not the
        // source's bytes); every other instruction keeps its class.
        for r in &renamed.report.records {
            if names(&r.source, 18) || names(&r.source, 28) {
                assert!(
                    matches!(r.class, Class::Rewritten | Class::Branch),
                    "{}: `{}` → `{}` is {:?}",
                    config.name,
                    r.source,
                    r.go,
                    r.class
                );
            }
        }
        let (s, b) = (renamed.report.summary, baseline.report.summary);
        say(format!(
            "reserved_arm64 {}: renamed {}; -ffixed-x18 -ffixed-x28 {}",
            config.name,
            s.line(),
            b.line()
        ));
        assert!(
            s.rewritten > 0 && b.rewritten == 0,
            "{}: {} rewritten with the renames, {} without",
            config.name,
            s.rewritten,
            b.rewritten
        );
        assert!(
            s.raw <= b.raw,
            "{}: {} raw words, {} in the -ffixed build",
            config.name,
            s.raw,
            b.raw
        );
        if go {
            go_check(config.name, &dir.join(config.name), &renamed.text);
        }
    }
}

/// `go vet` and `go test` (GOARCH=arm64 under qemu) of the converted output.
fn go_check(name: &str, module: &Path, text: &str) {
    write_file(&module.join("go.mod"), "module reserved\n\ngo 1.21\n");
    write_file(&module.join("pressure_arm64.s"), text);
    for file in ["pressure.go", "pressure_test.go"] {
        let src = std::fs::read(crate_path(&format!("tests/reserved/go/{file}"))).unwrap();
        write_file(&module.join(file), src);
    }
    let go = |args: &[&str]| {
        let mut cmd = Command::new("go");
        cmd.args(args)
            .current_dir(module)
            .env("GOTOOLCHAIN", "local")
            .env("GOWORK", "off")
            .env("GOFLAGS", "")
            .env("GOARCH", "arm64")
            .env("GOOS", "linux")
            .env("CGO_ENABLED", "0");
        let r = run(&mut cmd, LIMIT);
        assert!(
            r.success && !r.stdout.contains("--- FAIL"),
            "{name}: {} (in {}) failed:\n{}",
            describe(&cmd),
            module.display(),
            r.combined()
        );
    };
    go(&["vet", "./..."]);
    go(&["test", "-count=1", "-exec", "qemu-aarch64-static", "./..."]);
}

/// With no register left free (no `-ffixed-*` flag): clang's x18 stays as R18_PLATFORM (the
/// output is built for `linux && !android` and runs under qemu), or is refused with
/// `platform_register: false`; gcc's x28 lives in its save slot, each use going through a
/// register the liveness analysis proves dead there (its code uses x16 and x17 as well), and
/// the result runs against the Go port.
#[test]
fn without_free_registers_x18_is_the_platform_register_or_refused() {
    if !require_oracles("reserved_arm64", &["aarch64-linux-gnu-gcc", "clang"]) {
        return;
    }
    let go = require_oracles(
        "reserved_arm64 (go vet, go test)",
        &["go", "qemu-aarch64-static"],
    );
    let dir = scratch_dir("reserved_arm64_platform");
    for config in CONFIGS {
        let asm = compile(config, &[], &dir.join(format!("{}.s", config.name)));
        let mut opts = Options {
            arch: Some(Arch::Arm64),
            signatures: vec![parse_signature(SIG).unwrap()],
            source_name: "pressure.s".into(),
            ..Options::default()
        };
        let result = convert_verified(&asm, &opts, &Default::default(), true);
        let conv = result.unwrap_or_else(|d| panic!("{}: {:?}", config.name, d.0));
        if config.name.starts_with("gcc") {
            // gcc's x28 keeps its value in its save slot; the code uses x16 and x17 too,
            // so each use goes through a register that is dead there.
            let pressure = asm.split("pressure:").nth(1).expect("pressure is defined");
            assert!(
                names(pressure, 16) && names(pressure, 17) && names(pressure, 28),
                "{}: the premise is gone, `pressure` no longer uses x16, x17 and x28",
                config.name
            );
            assert!(
                conv.warnings
                    .iter()
                    .any(|w| w.message.starts_with("x28 kept in its save slot")),
                "{}: {:?}",
                config.name,
                conv.warnings
            );
            for r in &conv.report.records {
                assert!(
                    matches!(
                        r.class,
                        Class::Exact | Class::Branch | Class::Added | Class::Rewritten
                    ) || r.source.starts_with("mov x6, 0"),
                    "{}: `{}` → `{}` is {:?}",
                    config.name,
                    r.source,
                    r.go,
                    r.class
                );
            }
            if go {
                go_check(config.name, &dir.join(config.name), &conv.text);
            }
            continue;
        }
        assert!(
            conv.warnings.iter().any(|w| w
                .message
                .starts_with("x18 kept as Go's R18_PLATFORM in `pressure`")),
            "{}: {:?}",
            config.name,
            conv.warnings
        );
        assert!(conv
            .text
            .contains("\n\n//go:build linux && !android\n\n#include"));
        assert!(conv.text.contains("R18_PLATFORM"));
        opts.platform_register = false;
        let refused = convert_verified(&asm, &opts, &Default::default(), true)
            .expect_err("x18 refused")
            .0;
        assert!(refused[0]
            .message
            .starts_with("x18 is the platform register"));
        if go {
            go_check(config.name, &dir.join(config.name), &conv.text);
        }
    }
}
