//! The embedded native arm64 encoder (`src/verify/native_arm64.rs`) against GNU `as`:
//!
//! - every line of `tests/vectors/arm64/rows.txt` that carries bytes (`gnu text | go text |
//!   hex`, the hex made by aarch64-linux-gnu-as) must encode to exactly those bytes (100%);
//!   the lines without bytes (branches, adrp, `:lo12:`: checked by name there) are in
//!   `tests/vectors/arm64/native_extra.txt` with GNU as's word and the mask of the fields it
//!   leaves to the linker (`tools/gen_native_extra_arm64.py`);
//! - live: the runtime corpus (`tests/e2e/corpus.c`) compiled by aarch64-linux-gnu-gcc -O2
//!   and clang -O3, assembled by aarch64-linux-gnu-as and disassembled by objdump: every
//!   instruction's word equals the encoder's (relocated and branch fields masked).

mod common;

use native2goasm::ir::{Arch, Item, Module};
use native2goasm::parse::{parse, Syntax};
use native2goasm::verify::native_arm64::{encode, Encoding};
use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;

/// One instruction's source text and its encoding (or the encoder's error).
type Encoded = (String, Result<Encoding, String>);

/// Parses `source` (arm64 GNU) and returns, per function name, the instructions' encodings
/// (or errors) with their source line text.
fn encode_source(source: &str) -> HashMap<String, Vec<Encoded>> {
    let module: Module<native2goasm::ir::a64::Inst> = parse(source, Arch::Arm64, Syntax::Gnu)
        .unwrap_or_else(|d| panic!("{}", d.render("input.s", source)));
    let lines: Vec<&str> = source.lines().collect();
    let mut out = HashMap::new();
    for f in &module.functions {
        let mut v = Vec::new();
        for item in &f.body {
            if let Item::Inst(inst) = item {
                let text = lines
                    .get(inst.span.line as usize - 1)
                    .map(|l| l.trim().to_string())
                    .unwrap_or_default();
                v.push((text, encode(inst).map_err(|d| d.message.clone())));
            }
        }
        out.insert(f.name.clone(), v);
    }
    out
}

fn hex_words(hex: &str) -> Vec<u32> {
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    bytes
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Checks a list of `(gnu text, expected words, masks)` cases: each word equal under its
/// mask, and the encoder leaving exactly the unmasked bits to the linker. Returns (checked,
/// failures).
fn check_cases(cases: &[(String, Vec<u32>, Vec<u32>)]) -> (usize, Vec<String>) {
    let mut source = String::from("ftarget:\n.Ltarget:\n\tret\n");
    for (i, (gnu, _, _)) in cases.iter().enumerate() {
        source.push_str(&format!("f{i}:\n"));
        for part in gnu.split("; ") {
            source.push_str(&format!("\t{part}\n"));
        }
        source.push_str("\tret\n");
    }
    let source = source.replace(" target", " .Ltarget");
    let source = format!("{source}\t.section .rodata\n.Ldata:\n\t.xword 1\n");
    let encoded = encode_source(&source);
    let mut failures = Vec::new();
    for (i, (gnu, want, mask)) in cases.iter().enumerate() {
        let got = &encoded[&format!("f{i}")];
        let got = &got[..got.len() - 1]; // the final ret
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want)
                .zip(mask)
                .all(|(((_, g), w), m)| match g {
                    Ok(e) => e.word & m == w & m && e.fixed_mask() == *m,
                    Err(_) => false,
                });
        if !ok {
            let shown: Vec<String> = got
                .iter()
                .map(|(_, g)| match g {
                    Ok(e) => format!("{:08x}", e.word),
                    Err(m) => format!("error: {m}"),
                })
                .collect();
            let want: Vec<String> = want.iter().map(|w| format!("{w:08x}")).collect();
            failures.push(format!(
                "{gnu}: want {} got {}",
                want.join(" "),
                shown.join(" ")
            ));
        }
    }
    (cases.len(), failures)
}

#[test]
fn native_arm64_encoder_agrees_with_gnu_as_on_every_row_vector() {
    let text = std::fs::read_to_string(common::crate_path("tests/vectors/arm64/rows.txt")).unwrap();
    let mut cases = Vec::new();
    let mut by_name = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split(" | ").collect();
        let hex = f[2].trim();
        if hex.chars().all(|c| c.is_ascii_hexdigit()) && hex.len() % 8 == 0 {
            let words = hex_words(hex);
            let masks = vec![u32::MAX; words.len()];
            cases.push((f[0].to_string(), words, masks));
        } else {
            by_name += 1;
        }
    }
    let (n, failures) = check_cases(&cases);
    println!(
        "native arm64 encoder: {}/{n} row vectors byte-identical to GNU as ({by_name} lines \
         without bytes: see native_extra.txt)",
        n - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
}

#[test]
fn native_arm64_encoder_agrees_with_gnu_as_on_the_extra_vectors() {
    let text = std::fs::read_to_string(common::crate_path("tests/vectors/arm64/native_extra.txt"))
        .unwrap();
    let mut cases = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split(" | ").collect();
        let hex = |s: &str| -> Vec<u32> {
            s.split_whitespace()
                .map(|w| u32::from_str_radix(w, 16).unwrap())
                .collect()
        };
        cases.push((f[0].to_string(), hex(f[1]), hex(f[2])));
    }
    let (n, failures) = check_cases(&cases);
    println!(
        "native arm64 encoder: {}/{n} extra vectors (branches, adrp, :lo12:) agree with GNU as",
        n - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `<symbol>:` → words, from `objdump -d`.
fn objdump_words(listing: &str) -> HashMap<String, Vec<u32>> {
    let mut out: HashMap<String, Vec<u32>> = HashMap::new();
    let mut cur: Option<String> = None;
    for line in listing.lines() {
        if let Some(name) = line.strip_suffix(">:") {
            cur = name.split('<').nth(1).map(str::to_string);
            continue;
        }
        let Some(c) = &cur else { continue };
        let mut f = line.split('\t');
        let (Some(addr), Some(word)) = (f.next(), f.next()) else {
            continue;
        };
        if !addr.trim_end().ends_with(':') {
            continue;
        }
        if let Ok(w) = u32::from_str_radix(word.trim(), 16) {
            out.entry(c.clone()).or_default().push(w);
        }
    }
    out
}

const NOP: u32 = 0xd503_201f;

#[test]
fn native_arm64_encoder_agrees_with_gnu_as_on_the_compiled_corpus() {
    let tools = [
        "aarch64-linux-gnu-gcc",
        "clang",
        "aarch64-linux-gnu-as",
        "aarch64-linux-gnu-objdump",
    ];
    if !common::require_oracles("native_encoder_arm64 corpus", &tools) {
        return;
    }
    let dir = common::scratch_dir("native_encoder_arm64");
    let corpus = common::crate_path("tests/e2e/corpus.c");
    let configs: [(&str, &str, &[&str]); 2] = [
        ("gcc-O2", "aarch64-linux-gnu-gcc", &["-O2", "-S"]),
        (
            "clang-O3",
            "clang",
            &["--target=aarch64-linux-gnu", "-O3", "-S"],
        ),
    ];
    let limit = Duration::from_secs(120);
    let mut failures = Vec::new();
    for (name, cc, flags) in configs {
        let s = dir.join(format!("{name}.s"));
        let o = dir.join(format!("{name}.o"));
        let r = common::run(
            Command::new(cc).args(flags).arg(&corpus).arg("-o").arg(&s),
            limit,
        );
        assert!(r.success, "{cc}: {}", r.combined());
        let source = std::fs::read_to_string(&s).unwrap();
        // LLVM's address-significance table: GNU as does not know the directive.
        let source: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with(".addrsig"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&s, &source).unwrap();
        let r = common::run(
            Command::new("aarch64-linux-gnu-as")
                .arg(&s)
                .arg("-o")
                .arg(&o),
            limit,
        );
        assert!(r.success, "as: {}", r.combined());
        let r = common::run(
            Command::new("aarch64-linux-gnu-objdump").arg("-d").arg(&o),
            limit,
        );
        assert!(r.success, "objdump: {}", r.combined());
        let words = objdump_words(&r.stdout);
        let encoded = encode_source(&source);
        let (mut total, mut same) = (0, 0);
        let mut names: Vec<&String> = encoded.keys().collect();
        names.sort();
        for f in names {
            let insts = &encoded[f];
            let Some(want) = words.get(f) else {
                failures.push(format!("{name}: no disassembly of `{f}`"));
                continue;
            };
            // Alignment padding (`.p2align`) is nops in the object file, not instructions.
            let mut want = want.iter().copied().peekable();
            for (text, got) in insts {
                while text != "nop" && want.peek() == Some(&NOP) {
                    want.next();
                }
                let Some(w) = want.next() else {
                    failures.push(format!("{name} `{f}`: {text}: not in the disassembly"));
                    break;
                };
                total += 1;
                match got {
                    Ok(e) if e.word & e.fixed_mask() == w & e.fixed_mask() => same += 1,
                    Ok(e) => failures.push(format!(
                        "{name} `{f}`: {text}: GNU as {w:08x}, encoder {:08x}",
                        e.word
                    )),
                    Err(m) => failures.push(format!("{name} `{f}`: {text}: {m}")),
                }
            }
            if want.any(|w| w != NOP) {
                failures.push(format!("{name} `{f}`: more disassembled than parsed"));
            }
        }
        println!(
            "native arm64 encoder, corpus {name}: {same}/{total} instructions agree with GNU as"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
