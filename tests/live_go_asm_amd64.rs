//! Live oracle for the embedded Go-asm encoder (src/verify/go_amd64/): the bytes it
//! computes for every emitted line must equal what the real `go tool asm -S` emits. 100%.
//!
//! Three inputs, each assembled as whole files:
//!
//! 1. the runtime corpus: `tests/e2e/corpus.c` compiled with the four configurations of
//!    tests/e2e_amd64.rs and converted with tests/e2e/signatures.txt. Also asserted here, on
//!    the report of each conversion: no converted instruction is emitted as a Go mnemonic
//!    whose bytes differ from the source's (class `exact` means go_hex == source_hex, and the
//!    line-by-line comparison with `go tool asm` proves that go_hex is what Go emits). The
//!    exact/raw split is printed per compiler;
//! 2. a generated set: every Intel line of tests/vectors/amd64/rows.txt that converts on its
//!    own (thousands of distinct instructions), converted as one function;
//! 3. Go's own test data (tests/vectors/go/amd64/*.txt) assembled live: the encoder must
//!    reproduce Go's exact choice, not just one of the listed alternatives.
//!
//! Every line is compared: `native2goasm`'s listing ([`listing`], what `native2goasm
//! encode` prints) against the per-line bytes of the `go tool asm -S` listing (the bytes of
//! the instructions attributed to the line). The `TEXT` line is skipped (Go's prologue).
//! Skips visibly without go/gcc/clang; fails under NATIVE2GOASM_REQUIRE_ORACLES=1.

mod common;

use common::go_asm::{compare, LIMIT};
use common::AMD64_CORPUS as CONFIGS;
use common::{crate_path, require_oracles, run, say, scratch_dir};
use native2goasm::convert::{convert_verified, Options};
use native2goasm::frame;
use native2goasm::verify::go_amd64::listing;
use native2goasm::verify::report::Class;
use std::process::Command;

fn signatures() -> Vec<frame::Signature> {
    let text = std::fs::read_to_string(crate_path("tests/e2e/signatures.txt")).unwrap();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| frame::parse_signature(l).unwrap_or_else(|d| panic!("{l}: {}", d.message)))
        .collect()
}

#[test]
fn live_runtime_corpus() {
    if !require_oracles("live_go_asm_amd64", &["go", "gcc", "clang"]) {
        return;
    }
    let dir = scratch_dir("live_go_asm_amd64_corpus");
    let corpus = crate_path("tests/e2e/corpus.c");
    let sigs = signatures();
    let mut failures = Vec::new();
    let mut total = 0;
    for cfg in CONFIGS {
        let out = dir.join(format!("{}.s", cfg.name));
        let r = run(
            Command::new(cfg.cc)
                .args(cfg.flags)
                .arg("-o")
                .arg(&out)
                .arg(&corpus),
            LIMIT,
        );
        assert!(r.success, "{} failed: {}", cfg.cc, r.stderr);
        let native = std::fs::read_to_string(&out).unwrap();
        let opts = Options {
            signatures: sigs.clone(),
            source_name: format!("{}.s", cfg.name),
            ..Options::default()
        };
        let conv =
            convert_verified(&native, &opts, &Default::default(), true).unwrap_or_else(|d| {
                panic!(
                    "{}: conversion failed:\n{}",
                    cfg.name,
                    d.render("in.s", &native)
                )
            });
        // No mnemonic whose bytes differ from the source's.
        for rec in &conv.report.records {
            if rec.class == Class::Exact {
                assert_eq!(
                    rec.go_hex, rec.source_hex,
                    "{}: line {} `{}` kept as `{}` with other bytes",
                    cfg.name, rec.line, rec.source, rec.go
                );
            }
            assert_ne!(
                rec.class,
                Class::Equivalent,
                "default mode keeps no equivalents"
            );
        }
        let s = &conv.report.summary;
        let from_source = s.exact + s.raw;
        say(format!(
            "live_go_asm_amd64 {:<22} {}; exact/raw of source instructions: {}/{} ({:.1}% exact)",
            cfg.name,
            s.line(),
            s.exact,
            s.raw,
            100.0 * s.exact as f64 / from_source.max(1) as f64
        ));
        let (n, bad) = compare(
            &dir,
            &format!("{}_go", cfg.name),
            &conv.text,
            "amd64",
            listing,
            false,
        );
        total += n;
        failures.extend(bad);
    }
    say(format!(
        "live_go_asm_amd64 corpus: {}/{total} lines byte-identical with go tool asm",
        total - failures.len().min(total)
    ));
    common::assert_no_mismatches(&failures);
}

#[test]
fn live_generated_rows() {
    if !require_oracles("live_go_asm_amd64", &["go"]) {
        return;
    }
    let dir = scratch_dir("live_go_asm_amd64_rows");
    let rows = std::fs::read_to_string(crate_path("tests/vectors/amd64/rows.txt")).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut body = Vec::new();
    for line in rows
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split(" | ").collect();
        if f.len() < 3 || f[2] == "branch" || !seen.insert(f[0].to_string()) {
            continue;
        }
        // Only the lines that convert on their own.
        let one = format!(".intel_syntax noprefix\n.text\nf:\n\t{}\n", f[0]);
        if native2goasm::convert::convert(&one, &Options::default()).is_ok() {
            body.push(f[0].to_string());
        }
    }
    let native = format!(
        ".intel_syntax noprefix\n.text\nf:\n\t{}\n",
        body.join("\n\t")
    );
    let conv = convert_verified(&native, &Options::default(), &Default::default(), false)
        .unwrap_or_else(|d| panic!("conversion failed:\n{}", d.render("rows.s", &native)));
    let (n, bad) = compare(&dir, "rows_go", &conv.text, "amd64", listing, false);
    say(format!(
        "live_go_asm_amd64 generated: {} distinct instructions ({}); {}/{n} lines byte-identical with go tool asm",
        body.len(),
        conv.report.summary.line(),
        n - bad.len().min(n)
    ));
    assert!(
        body.len() >= 5000,
        "only {} distinct instructions",
        body.len()
    );
    common::assert_no_mismatches(&bad);
}

#[test]
fn live_go_testdata_exact_choice() {
    if !require_oracles("live_go_asm_amd64", &["go"]) {
        return;
    }
    let dir = scratch_dir("live_go_asm_amd64_testdata");
    let vectors = crate_path("tests/vectors/go/amd64");
    let gaps = std::fs::read_to_string(vectors.join("known_gaps.txt")).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(&vectors)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && !p.ends_with("known_gaps.txt"))
        .collect();
    files.sort();
    let (mut total, mut failures) = (0, Vec::new());
    for path in files {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let file = format!("{name}.txt");
        let mut text = String::from("#include \"textflag.h\"\nTEXT ·f(SB), NOSPLIT, $0\n");
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let go = line.rsplit_once(" | ").unwrap().0;
            if gaps.contains(&format!("{file} | {go} |")) {
                continue;
            }
            text.push('\t');
            text.push_str(go);
            text.push('\n');
        }
        let (n, bad) = compare(&dir, &name, &text, "amd64", listing, false);
        total += n;
        failures.extend(bad);
    }
    say(format!(
        "live_go_asm_amd64 Go testdata: {}/{total} lines byte-identical with go tool asm (Go's exact choice)",
        total - failures.len().min(total)
    ));
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
