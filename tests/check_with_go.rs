//! `--check-with-go` (src/verify/live.rs): the converted output assembled by `go tool asm`,
//! every line held against the embedded encoder. Run here, through the binary, over every
//! example in examples/ and over the runtime corpus (tests/e2e/corpus.c) compiled by each
//! compiler configuration of the e2e suites; and its two failure paths: no Go, and a
//! disagreement (an encoder that gets a line wrong), which must name the output and the
//! input line. Skips visibly without go (and the compilers); fails under
//! NATIVE2GOASM_REQUIRE_ORACLES=1, as in CI.

mod common;

use common::e2e::TOOL_LIMIT;
use common::{crate_path, require_oracles, run, say, scratch_dir, RunResult};
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_native2goasm");

/// Converts `input` with `--check-with-go` and the given extra arguments.
fn check(input: &Path, args: &[String], out: &Path) -> RunResult {
    run(
        Command::new(BIN)
            .args(args)
            .arg("--check-with-go")
            .arg("-o")
            .arg(out)
            .arg(input),
        TOOL_LIMIT,
    )
}

/// `--sig` arguments, one per non-comment line of a signatures file.
fn sig_args(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| ["--sig".to_string(), l.to_string()])
        .collect()
}

#[test]
fn examples_agree_with_go_tool_asm() {
    if !require_oracles("check_with_go examples", &["go"]) {
        return;
    }
    let dir = scratch_dir("check_with_go_examples");
    let mut n = 0;
    for arch in ["amd64", "arm64"] {
        let mut inputs: Vec<_> = std::fs::read_dir(crate_path(&format!("examples/{arch}")))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "s"))
            .collect();
        inputs.sort();
        for input in inputs {
            let mut args = vec!["--arch".to_string(), arch.to_string()];
            let (sigs, go) = (input.with_extension("sigs"), input.with_extension("go"));
            if sigs.exists() {
                args.extend(sig_args(&sigs));
            } else if go.exists() {
                args.extend(["--go".to_string(), go.display().to_string()]);
            }
            let out = dir.join(format!(
                "{arch}_{}",
                input.file_name().unwrap().to_string_lossy()
            ));
            let r = check(&input, &args, &out);
            assert!(
                r.success && r.stderr.contains("exact lines agree with go tool asm"),
                "{}: --check-with-go failed:\n{}",
                input.display(),
                r.stderr
            );
            n += 1;
        }
    }
    say(format!(
        "check_with_go: {n} examples agree with go tool asm"
    ));
}

#[test]
fn runtime_corpora_agree_with_go_tool_asm() {
    let mut tools = vec!["go", "gcc", "clang"];
    tools.extend(common::ARM64_TOOLS.iter().filter(|t| t.contains("gcc")));
    if !require_oracles("check_with_go corpora", &tools) {
        return;
    }
    let dir = scratch_dir("check_with_go_corpora");
    let corpus = crate_path("tests/e2e/corpus.c");
    let sigs = sig_args(&crate_path("tests/e2e/signatures.txt"));
    let configs = [
        ("amd64", common::AMD64_CORPUS),
        ("arm64", common::ARM64_CORPUS),
    ];
    for (arch, configs) in configs {
        for cfg in configs {
            let native = dir.join(format!("{arch}_{}.s", cfg.name));
            let r = run(
                Command::new(cfg.cc)
                    .args(cfg.flags)
                    .arg("-o")
                    .arg(&native)
                    .arg(&corpus),
                TOOL_LIMIT,
            );
            assert!(r.success, "{} failed: {}", cfg.cc, r.stderr);
            let mut args = vec!["--arch".to_string(), arch.to_string()];
            args.extend(sigs.iter().cloned());
            let r = check(
                &native,
                &args,
                &dir.join(format!("{arch}_{}_go.s", cfg.name)),
            );
            assert!(
                r.success,
                "{arch} {}: --check-with-go failed:\n{}",
                cfg.name, r.stderr
            );
            say(format!(
                "check_with_go {arch} {}: {}",
                cfg.name,
                r.stderr.lines().find(|l| l.contains("agree")).unwrap_or("")
            ));
        }
    }
}

#[test]
fn without_go_it_is_an_error() {
    let dir = scratch_dir("check_with_go_no_go");
    let out = dir.join("out.s");
    let _ = std::fs::remove_file(&out);
    let r = run(
        Command::new(BIN)
            .env("PATH", &dir) // no `go` there
            .arg("--check-with-go")
            .arg("-o")
            .arg(&out)
            .arg(crate_path("examples/amd64/add_gcc.s")),
        TOOL_LIMIT,
    );
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr.contains("--check-with-go needs Go"),
        "{}",
        r.stderr
    );
    assert!(
        !out.exists(),
        "no output is written when the check cannot be made"
    );
}

/// An encoder listing that gets every `ADDQ` wrong by one byte.
fn wrong_listing(
    text: &str,
) -> (
    Vec<native2goasm::verify::ListingLine>,
    Vec<native2goasm::diag::Diagnostic>,
) {
    let (mut lines, diags) = native2goasm::verify::go_amd64::listing(text);
    let texts: Vec<&str> = text.lines().collect();
    for l in &mut lines {
        if texts[l.line as usize - 1].trim_start().starts_with("ADDQ") {
            l.bytes.push(0x90);
        }
    }
    (lines, diags)
}

#[test]
fn a_disagreement_names_the_output_and_the_input_line() {
    if !require_oracles("check_with_go disagreement", &["go"]) {
        return;
    }
    let source = ".text\n.globl f\nf:\n\taddq $1, %rdi\n\tmovq %rdi, %rax\n\tret\n";
    let opts = native2goasm::convert::Options {
        source_name: "in.s".into(),
        ..Default::default()
    };
    let conv = native2goasm::convert::convert_verified(source, &opts, &Default::default(), true)
        .unwrap_or_else(|d| panic!("{}", d.render("in.s", source)));
    let live = |listing| {
        native2goasm::verify::live::check_with_go(
            &conv.text,
            "out.s",
            "in.s",
            "amd64",
            listing,
            &conv.report.records,
            false,
        )
    };
    assert!(live(native2goasm::verify::go_amd64::listing).is_ok());
    let err = live(wrong_listing).unwrap_err();
    let at = conv.text.lines().position(|l| l.contains("ADDQ")).unwrap() + 1;
    assert!(
        err.contains(&format!("out.s:{at} (from in.s:4: `addq $1, %rdi`)")),
        "{err}"
    );
    assert!(
        err.contains("go tool asm 4883c701, the embedded encoder 4883c70190"),
        "{err}"
    );
}
