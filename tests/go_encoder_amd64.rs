//! The embedded Go-asm encoder (src/verify/go_amd64/) against Go's own assembler test
//! data: every line with an expected encoding in `amd64enc.s`, `amd64enc_extra.s` and
//! `avx512enc/*.s` (extracted by tools/gen_go_testdata_vectors.py into
//! tests/vectors/go/amd64/*.txt). A line agrees when the encoder's bytes equal one of the
//! listed alternatives. The test prints the agreement per file, requires at least 99.5%
//! overall, and requires that the lines that miss are exactly those listed (with a reason)
//! in tests/vectors/go/amd64/known_gaps.txt.
//!
//! It also holds the encoder against tests/vectors/amd64/rows.txt, whose Go column was
//! assembled by the real `go tool asm` (exact bytes, no alternatives): 100%.
//!
//! `NATIVE2GOASM_DUMP_MISSES=FILE` writes every miss with the encoder's bytes or error.

mod common;

use common::go_asm::{encode_go_line, testdata_agreement, Agreement};
use native2goasm::verify::go_amd64::{encode, Context};
use std::collections::BTreeSet;
use std::path::Path;

/// Encodes one Go line; `Err` holds the error text.
fn encode_line(text: &str) -> Result<String, String> {
    encode_go_line(text, |m, ops, out| {
        encode(m, ops, &Context::default(), out)
            .map(|_| ())
            .map_err(|e| e.message)
    })
}

fn known_gaps(dir: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(dir.join("known_gaps.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split(" | ");
            let file = f.next().unwrap_or("").trim();
            let text = f.next().unwrap_or("").trim();
            format!("{file} | {text}")
        })
        .collect()
}

#[test]
fn go_testdata_agreement() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/go/amd64");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && !p.ends_with("known_gaps.txt"))
        .collect();
    files.sort();
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let Agreement {
        total,
        agree,
        misses,
        report,
    } = testdata_agreement(&dir, &names, encode_line);
    let dump: String = misses
        .iter()
        .map(|(k, why)| format!("{k} | {why}\n"))
        .collect();
    let misses: BTreeSet<String> = misses.into_keys().collect();
    let pct = 100.0 * agree as f64 / total.max(1) as f64;
    eprintln!("Go testdata (amd64): {agree}/{total} = {pct:.3}% agree\n{report}");
    if let Ok(path) = std::env::var("NATIVE2GOASM_DUMP_MISSES") {
        std::fs::write(path, &dump).unwrap();
    }
    let gaps = known_gaps(&dir);
    let unexpected: Vec<_> = misses.difference(&gaps).collect();
    let fixed: Vec<_> = gaps.difference(&misses).collect();
    assert!(
        unexpected.is_empty(),
        "{} lines miss that known_gaps.txt does not list, e.g.\n{}",
        unexpected.len(),
        dump.lines().take(40).collect::<Vec<_>>().join("\n")
    );
    assert!(
        fixed.is_empty(),
        "known_gaps.txt lists lines that now agree (remove them): {fixed:?}"
    );
    assert!(pct >= 99.5, "agreement {pct:.3}% < 99.5%");
}

#[test]
fn rows_go_column_exact() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/amd64/rows.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let (mut n, mut bad) = (0, Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split(" | ").collect();
        let (go, want) = (f[1], f[2]);
        if want == "branch" {
            continue;
        }
        n += 1;
        match encode_line(go) {
            Ok(h) if h == want => {}
            got => bad.push(format!("{go} | want {want} | got {got:?}")),
        }
    }
    eprintln!("rows.txt Go column: {}/{n} exact", n - bad.len());
    assert!(
        bad.is_empty(),
        "{} of {n} differ, e.g.\n{}",
        bad.len(),
        common::excerpt(&bad)
    );
}
