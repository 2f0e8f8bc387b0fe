//! Live oracle for the embedded Go-asm encoder (src/verify/go_amd64.rs): the bytes it
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

use common::{crate_path, require_oracles, run, say, scratch_dir, write_file};
use native2goasm::convert::{convert_verified, Options};
use native2goasm::frame;
use native2goasm::verify::go_amd64::listing;
use native2goasm::verify::report::Class;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(300);

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn goroot() -> String {
    let r = run(Command::new("go").args(["env", "GOROOT"]), LIMIT);
    assert!(r.success, "go env GOROOT: {}", r.stderr);
    r.stdout.trim().to_string()
}

/// Assembles `text` with `go tool asm -S` and returns the bytes Go emitted per source line.
fn go_asm_lines(dir: &Path, name: &str, text: &str) -> Result<BTreeMap<u32, Vec<u8>>, String> {
    let src = dir.join(format!("{name}.s"));
    write_file(&src, text);
    let include = format!("{}/pkg/include", goroot());
    let r = run(
        Command::new("go")
            .args(["tool", "asm", "-I", &include, "-p", "main", "-S", "-o"])
            .arg(dir.join(format!("{name}.o")))
            .arg(&src)
            .current_dir(dir),
        LIMIT,
    );
    if !r.success {
        return Err(format!("go tool asm {name}.s failed:\n{}", r.stderr));
    }
    parse_listing(&r.stdout)
}

/// Parses `go tool asm -S` output: per text symbol, instruction lines
/// `\t0x0000 00000 (file.s:12)\tMNEMONIC ...` and the hex dump `\t0x0000 48 8b ...`.
fn parse_listing(out: &str) -> Result<BTreeMap<u32, Vec<u8>>, String> {
    let mut result: BTreeMap<u32, Vec<u8>> = BTreeMap::new();
    let mut insts: Vec<(usize, u32)> = Vec::new();
    let mut dump: Vec<u8> = Vec::new();
    let mut in_text = false;
    let mut flush = |insts: &mut Vec<(usize, u32)>, dump: &mut Vec<u8>| {
        for (k, &(off, line)) in insts.iter().enumerate() {
            let end = insts.get(k + 1).map_or(dump.len(), |n| n.0);
            if end > off {
                result
                    .entry(line)
                    .or_default()
                    .extend_from_slice(&dump[off..end]);
            }
        }
        insts.clear();
        dump.clear();
    };
    for l in out.lines() {
        if !l.starts_with('\t') {
            flush(&mut insts, &mut dump);
            in_text = l.contains(" STEXT");
            continue;
        }
        if !in_text {
            continue;
        }
        let l = &l[1..];
        let Some(rest) = l.strip_prefix("0x") else {
            continue; // `rel ...` lines
        };
        let digits = rest.find(' ').unwrap_or(rest.len());
        let off = usize::from_str_radix(&rest[..digits], 16).map_err(|e| e.to_string())?;
        let rest = &rest[digits..];
        let is_inst = rest.len() > 8
            && rest.as_bytes()[1..6].iter().all(u8::is_ascii_digit)
            && &rest[6..8] == " (";
        if is_inst {
            // An instruction line: `0x0000 00000 (file.s:12)\tMOVQ ...`.
            let loc = &rest[8..];
            let close = loc.find(')').ok_or("bad listing line")?;
            let line: u32 = loc[..close]
                .rsplit(':')
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or("bad line number")?;
            insts.push((off, line));
        } else {
            // A dump line: up to 16 hex bytes, then the ASCII column.
            for (i, b) in rest.trim_start().split(' ').enumerate() {
                if i >= 16 || b.len() != 2 {
                    break;
                }
                match u8::from_str_radix(b, 16) {
                    Ok(v) => {
                        if dump.len() < off + i {
                            dump.resize(off + i, 0);
                        }
                        dump.push(v);
                    }
                    Err(_) => break,
                }
            }
        }
    }
    flush(&mut insts, &mut dump);
    Ok(result)
}

/// Compares the embedded encoder's listing of `text` with `go tool asm`, line by line.
/// Returns (lines compared, mismatches).
fn compare(dir: &Path, name: &str, text: &str) -> (usize, Vec<String>) {
    let go = match go_asm_lines(dir, name, text) {
        Ok(g) => g,
        Err(e) => return (0, vec![e]),
    };
    let (lines, diags) = listing(text);
    let mut bad: Vec<String> = diags
        .iter()
        .map(|d| format!("{name}.s:{}: embedded encoder: {}", d.span.line, d.message))
        .collect();
    let texts: Vec<&str> = text.lines().collect();
    let mut n = 0;
    for l in lines.iter().filter(|l| l.code) {
        let src = texts[l.line as usize - 1];
        let empty = Vec::new();
        let want = go.get(&l.line).unwrap_or(&empty);
        n += 1;
        if *want != l.bytes {
            bad.push(format!(
                "{name}.s:{}: {} | go {} | ours {}",
                l.line,
                src.trim(),
                hex(want),
                hex(&l.bytes)
            ));
        }
    }
    (n, bad)
}

struct Config {
    name: &'static str,
    cc: &'static str,
    flags: &'static [&'static str],
}

const CONFIGS: &[Config] = &[
    Config {
        name: "gcc-O2",
        cc: "gcc",
        flags: &["-O2", "-S"],
    },
    Config {
        name: "gcc-O3-intel",
        cc: "gcc",
        flags: &["-O3", "-masm=intel", "-S"],
    },
    Config {
        name: "clang-O2",
        cc: "clang",
        flags: &["-O2", "-S"],
    },
    Config {
        name: "clang-O3-avx2-intel",
        cc: "clang",
        flags: &["-O3", "-mavx2", "-masm=intel", "-S"],
    },
];

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
        let (n, bad) = compare(&dir, &format!("{}_go", cfg.name), &conv.text);
        total += n;
        failures.extend(bad);
    }
    say(format!(
        "live_go_asm_amd64 corpus: {}/{total} lines byte-identical with go tool asm",
        total - failures.len().min(total)
    ));
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
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
    let (n, bad) = compare(&dir, "rows_go", &conv.text);
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
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
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
        let (n, bad) = compare(&dir, &name, &text);
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
