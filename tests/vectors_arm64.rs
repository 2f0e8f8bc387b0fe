//! The committed arm64 row vectors (`tests/vectors/arm64/rows.txt`, made by
//! `tools/check_arm64_rows.py` from aarch64-linux-gnu-as and `GOARCH=arm64 go tool asm`)
//! name, for every table shape, the Go text whose words equal GNU as's. This test converts
//! each GNU line with the library (parser, map stage, emitter; one function per vector, as
//! the tool does) and requires exactly that Go text, so the table, the matcher, the handlers
//! and the printer cannot drift from what was proven.

mod common;

use native2goasm::convert::{convert, Options};
use native2goasm::ir::Arch;
use native2goasm::parse::Syntax;

#[test]
fn every_arm64_row_vector_converts_to_its_proven_go_text() {
    let cases = common::vector_cases("tests/vectors/arm64/rows.txt");
    let mut source = String::new();
    for (i, (gnu, _)) in cases.iter().enumerate() {
        let target = if gnu.starts_with("bl ") {
            "g".to_string()
        } else {
            format!(".Lt{i}")
        };
        source.push_str(&format!("f{i}:\n"));
        if mentions_frame_pointer(gnu) {
            // go vet's framepointer rule: read x29 before writing it (not the row's Go text).
            source.push_str("\tmov\tx9, x29\n");
        }
        for part in gnu.split("; ") {
            source.push_str(&format!("\t{}\n", part.replace("target", &target)));
        }
        source.push_str(&format!(".Lt{i}:\n\tret\n"));
    }
    source.push_str("g:\n\tret\n\t.data\n.Ldata:\n\t.xword 1\n");
    let opts = Options {
        arch: Some(Arch::Arm64),
        syntax: Some(Syntax::Gnu),
        source_name: "rows.txt".into(),
        ..Options::default()
    };
    let out = convert(&source, &opts).unwrap_or_else(|d| panic!("{}", d.render("rows.s", &source)));
    // Each TEXT block's instructions up to the label of the branch target or the final RET.
    let mut bodies: Vec<Vec<String>> = vec![Vec::new(); cases.len()];
    let mut cur: Option<usize> = None;
    let mut done = false;
    for line in out.text.lines() {
        if let Some(rest) = line.strip_prefix("TEXT ·f") {
            cur = rest
                .split('(')
                .next()
                .and_then(|n| n.trim_end_matches("_native").parse().ok());
            done = false;
            continue;
        }
        if line.starts_with("TEXT") {
            cur = None;
            continue;
        }
        let Some(i) = cur else { continue };
        if line.starts_with("Lt") {
            done = true;
        } else if line == "\tMOVD R29, R9" {
            continue;
        } else if let Some(inst) = line.strip_prefix('\t') {
            // The frame stage's stack checks (after SP writes without a static bound) are
            // not the row's mapping.
            let added = inst.contains("// stack check") || inst.contains("// stack budget");
            if !done && !added {
                bodies[i].push(inst.split(" //").next().unwrap().trim().to_string());
            }
        }
    }
    let mut failures = Vec::new();
    for (i, ((gnu, want), body)) in cases.iter().zip(&mut bodies).enumerate() {
        if !out.text.contains(&format!("\nLt{i}:")) {
            body.pop(); // the final RET
        }
        let got = body.join("; ").replace(&format!("Lt{i}"), "target");
        if got != *want {
            failures.push(format!("{gnu}\n    want {want}\n    got  {got}"));
        }
    }
    println!(
        "{} arm64 row vectors, {} mismatches",
        cases.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} vectors differ:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

/// Whether a GNU line names x29 or w29.
fn mentions_frame_pointer(gnu: &str) -> bool {
    gnu.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w == "x29" || w == "w29")
}
