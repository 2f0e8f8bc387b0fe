//! Live oracle for arm64: the converter's output assembled by the real `GOARCH=arm64 go tool
//! asm -S`, line by line, against the embedded Go-asm encoder (src/verify/go_arm64/,
//! [`listing`]): 100% of the lines emitted as mnemonics (and the raw `WORD`s) must carry the
//! bytes the encoder computed. Together with the report this proves the promise on real
//! code: an `exact` record has go_hex == source_hex (source words from the native encoder,
//! itself held against GNU as by tests/native_encoder_arm64.rs), and go_hex is what Go emits.
//!
//! Two inputs:
//!
//! 1. the runtime corpus: `tests/e2e/corpus.c` compiled with aarch64-linux-gnu-gcc -O2 and
//!    clang --target=aarch64-linux-gnu -O3 (as tests/e2e_arm64.rs does) and converted with
//!    tests/e2e/signatures.txt; the exact/raw split is printed per compiler;
//! 2. a generated set: every instruction line of tests/vectors/arm64/rows.txt and two
//!    register-renamed copies of it (distinct instructions, ≥ 5,000), those that convert on
//!    their own, converted as one function.
//!
//! Branch lines are compared too (labels resolved by the encoder's layout). The `TEXT` line
//! is skipped (Go's prologue). Skips visibly without go/compilers; fails under
//! NATIVE2GOASM_REQUIRE_ORACLES=1.

mod common;

use common::go_asm::{compare, hex, LIMIT};
use common::{crate_path, require_oracles, run, say, scratch_dir};
use native2goasm::convert::{convert_verified, Options};
use native2goasm::frame;
use native2goasm::ir::Arch;
use native2goasm::parse::Syntax;
use native2goasm::verify::go_arm64::listing;
use native2goasm::verify::report::{Class, Report};
use std::process::Command;

fn signatures() -> Vec<frame::Signature> {
    let text = std::fs::read_to_string(crate_path("tests/e2e/signatures.txt")).unwrap();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| frame::parse_signature(l).unwrap_or_else(|d| panic!("{l}: {}", d.message)))
        .collect()
}

fn arm64_options(signatures: Vec<frame::Signature>, name: &str) -> Options {
    Options {
        arch: Some(Arch::Arm64),
        syntax: Some(Syntax::Gnu),
        signatures,
        source_name: name.to_string(),
        ..Options::default()
    }
}

/// The promise on the report: `exact` means the Go words are the source words; nothing is
/// `equivalent`.
fn check_report(name: &str, report: &Report) -> Vec<String> {
    let mut bad = Vec::new();
    for rec in &report.records {
        if rec.class == Class::Exact && rec.go_hex != rec.source_hex {
            bad.push(format!(
                "{name}: line {} `{}` kept as `{}` with other bytes ({} vs {})",
                rec.line,
                rec.source,
                rec.go,
                hex(&rec.go_hex),
                hex(&rec.source_hex)
            ));
        }
        if rec.class == Class::Equivalent {
            bad.push(format!("{name}: line {} is `equivalent`", rec.line));
        }
    }
    bad
}

#[test]
fn live_runtime_corpus_arm64() {
    let tools = ["go", "aarch64-linux-gnu-gcc", "clang"];
    if !require_oracles("live_go_asm_arm64", &tools) {
        return;
    }
    let dir = scratch_dir("live_go_asm_arm64_corpus");
    let corpus = crate_path("tests/e2e/corpus.c");
    let sigs = signatures();
    let configs: [(&str, &str, &[&str]); 2] = [
        ("gcc-O2", "aarch64-linux-gnu-gcc", &["-O2", "-S"]),
        (
            "clang-O3",
            "clang",
            &["--target=aarch64-linux-gnu", "-O3", "-S"],
        ),
    ];
    let mut failures = Vec::new();
    let mut total = 0;
    for (name, cc, flags) in configs {
        let out = dir.join(format!("{name}.s"));
        let r = run(
            Command::new(cc)
                .args(flags)
                .arg("-o")
                .arg(&out)
                .arg(&corpus),
            LIMIT,
        );
        assert!(r.success, "{cc} failed: {}", r.stderr);
        let native = std::fs::read_to_string(&out).unwrap();
        let opts = arm64_options(sigs.clone(), &format!("{name}.s"));
        let conv =
            convert_verified(&native, &opts, &Default::default(), true).unwrap_or_else(|d| {
                panic!("{name}: conversion failed:\n{}", d.render("in.s", &native))
            });
        failures.extend(check_report(name, &conv.report));
        let s = &conv.report.summary;
        say(format!(
            "live_go_asm_arm64 {name:<9} {}; exact/raw of source instructions: {}/{} ({:.1}% exact)",
            s.line(),
            s.exact,
            s.raw,
            100.0 * s.exact as f64 / (s.exact + s.raw).max(1) as f64
        ));
        let (n, bad) = compare(
            &dir,
            &format!("{name}_go"),
            &conv.text,
            "arm64",
            listing,
            true,
        );
        total += n;
        failures.extend(bad);
    }
    say(format!(
        "live_go_asm_arm64 corpus: {}/{total} lines byte-identical with go tool asm",
        total - failures.len().min(total)
    ));
    common::assert_no_mismatches(&failures);
}

/// `text` with every register number n (of x/w/b/h/s/d/q/v registers) moved to n+k, mod 31;
/// x18 and x28 (reserved) and sp/zr names are left alone. None when a number lands on 18 or 28.
fn renamed(text: &str, k: u32) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let boundary =
            i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.');
        if boundary && b"xwbhsdqv".contains(&c) && i + 1 < b.len() && b[i + 1].is_ascii_digit() {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let end_ok = j == b.len() || !(b[j].is_ascii_alphanumeric() || b[j] == b'_');
            if end_ok {
                let n: u32 = text[i + 1..j].parse().ok()?;
                let gpr = matches!(c, b'x' | b'w');
                let m = if n >= 31 { n } else { (n + k) % 31 };
                if gpr && (m == 18 || m == 28) {
                    return None;
                }
                out.push(c as char);
                out.push_str(&m.to_string());
                i = j;
                continue;
            }
        }
        out.push(c as char);
        i += 1;
    }
    Some(out)
}

#[test]
fn live_generated_rows_arm64() {
    if !require_oracles("live_go_asm_arm64", &["go"]) {
        return;
    }
    let dir = scratch_dir("live_go_asm_arm64_rows");
    let rows = std::fs::read_to_string(crate_path("tests/vectors/arm64/rows.txt")).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut body = Vec::new();
    let opts = arm64_options(Vec::new(), "rows.s");
    for k in [0, 5, 13] {
        for line in rows
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let gnu = line.split(" | ").next().unwrap();
            // Single instructions not referring to labels or data.
            // (`blr xzr`/`br xzr`, calls to address 0, are left out: the embedded encoder
            // has no `CALL (ZR)`.)
            if gnu.contains(';')
                || gnu.contains("target")
                || gnu.contains(".Ldata")
                || gnu.ends_with(" xzr") && gnu.starts_with('b')
            {
                continue;
            }
            let Some(inst) = renamed(gnu, k) else {
                continue;
            };
            if !seen.insert(inst.clone()) {
                continue;
            }
            let one = format!("f:\n\t{inst}\n");
            if native2goasm::convert::convert(&one, &opts).is_ok() {
                body.push(inst);
            }
        }
    }
    let native = format!("f:\n\t{}\n", body.join("\n\t"));
    let conv = convert_verified(&native, &opts, &Default::default(), true)
        .unwrap_or_else(|d| panic!("conversion failed:\n{}", d.render("rows.s", &native)));
    let mut bad = check_report("generated", &conv.report);
    let (n, cmp) = compare(&dir, "rows_go", &conv.text, "arm64", listing, true);
    bad.extend(cmp);
    let s = &conv.report.summary;
    say(format!(
        "live_go_asm_arm64 generated: {} distinct instructions ({}); {}/{n} lines byte-identical with go tool asm",
        body.len(),
        s.line(),
        n - bad.len().min(n)
    ));
    assert!(
        body.len() >= 5000,
        "only {} distinct instructions",
        body.len()
    );
    common::assert_no_mismatches(&bad);
}
