//! Machine code in, same bytes out: for every mapping row in `tests/vectors/<arch>/rows.txt`
//! (each with the GNU-as bytes of its example), the bytes are decoded (`--syntax hex`),
//! converted, and the Go text encoded by the embedded Go encoder must give the same bytes:
//! the verifier's class `exact`, or `raw` where the row itself is a raw `WORD`/`BYTE` row.
//!
//! Rows that do not round-trip are listed in `tests/vectors/<arch>/decode_gaps.txt` with the
//! reason; the list may only shrink (a listed row that now round-trips fails the test).

mod common;

use native2goasm::convert::{convert_verified, Options};
use native2goasm::ir::Arch;
use native2goasm::parse::Syntax;
use native2goasm::verify::report::Class;
use std::collections::{BTreeMap, BTreeSet};

/// The rows with bytes: (native text, Go text, hex).
fn rows(arch: &str) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(common::crate_path(&format!(
        "tests/vectors/{arch}/rows.txt"
    )))
    .unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split(" | ").collect();
            let hex = f[2].trim();
            (hex.bytes().all(|b| b.is_ascii_hexdigit()) && !hex.is_empty())
                .then(|| (f[0].to_string(), f[1].to_string(), hex.to_string()))
        })
        .collect()
}

fn spaced(hex: &str) -> String {
    let pairs: Vec<&str> = (0..hex.len()).step_by(2).map(|i| &hex[i..i + 2]).collect();
    pairs.join(" ")
}

/// Converts every row's bytes as one function (one row a line, a `ret` last); rows whose
/// conversion fails are dropped and the rest converted again, until it succeeds. Returns, per row, `None` when
/// it round-trips, else why not.
fn round_trip(arch: Arch, rows: &[(String, String, String)], ret: &str) -> Vec<Option<String>> {
    let mut outcome: Vec<Option<Option<String>>> = vec![None; rows.len()];
    let options = Options {
        arch: Some(arch),
        syntax: Some(Syntax::Hex),
        ..Options::default()
    };
    // Some stages stop at their first error: a few rounds.
    for _ in 0..100 {
        let live: Vec<usize> = (0..rows.len()).filter(|&i| outcome[i].is_none()).collect();
        // Bytes in memory order, spaced (an 8-digit arm64 token would be a word).
        let mut source: String = live.iter().map(|&i| spaced(&rows[i].2) + "\n").collect();
        source.push_str(ret);
        source.push('\n');
        match convert_verified(&source, &options, &Default::default(), true) {
            Ok(conversion) => {
                for r in conversion
                    .report
                    .records
                    .iter()
                    .filter(|r| r.class != Class::Added)
                {
                    let Some(&i) = live.get(r.line as usize - 1) else {
                        continue;
                    };
                    let raw_row = rows[i].1.starts_with("WORD") || rows[i].1.starts_with("BYTE");
                    let ok = r.class == Class::Exact || (r.class == Class::Raw && raw_row);
                    outcome[i] = Some((!ok).then(|| format!("{}: {}", r.class.name(), r.go)));
                }
                for &i in &live {
                    outcome[i].get_or_insert(Some("no record".to_string()));
                }
                break;
            }
            Err(d) => {
                for e in d.0.iter().filter(|e| e.is_error()) {
                    match live.get((e.span.line as usize).wrapping_sub(1)) {
                        Some(&i) => outcome[i] = Some(Some(format!("error: {}", e.message))),
                        None => panic!("error outside the rows: {}", e.message),
                    }
                }
            }
        }
    }
    outcome
        .into_iter()
        .map(|o| o.unwrap_or(Some("not converted".to_string())))
        .collect()
}

fn check(arch: Arch, name: &str, ret: &str) {
    let rows = rows(name);
    let results = round_trip(arch, &rows, ret);
    let gaps_path = common::crate_path(&format!("tests/vectors/{name}/decode_gaps.txt"));
    let listed: BTreeMap<String, String> = std::fs::read_to_string(&gaps_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (hex, why) = l.split_once(" | ").unwrap_or((l, ""));
            (hex.trim().to_string(), why.to_string())
        })
        .collect();
    let mut failing = BTreeMap::new();
    for ((text, _, hex), why) in rows.iter().zip(&results) {
        if let Some(why) = why {
            failing.insert(hex.clone(), format!("{text} | {why}"));
        }
    }
    let exact = results.iter().filter(|r| r.is_none()).count();
    println!(
        "{name}: {exact} of {} rows round-trip ({:.2}%), {} listed in decode_gaps.txt",
        rows.len(),
        100.0 * exact as f64 / rows.len() as f64,
        listed.len()
    );
    if std::env::var_os("NATIVE2GOASM_WRITE_DECODE_GAPS").is_some() {
        let mut text = String::from(
            "# Rows of rows.txt whose bytes do not round-trip through decode → Go → Go encoder\n\
             # (tests/decode_vectors.rs). May only shrink. hex | native text | why\n",
        );
        for (hex, why) in &failing {
            text.push_str(&format!("{hex} | {why}\n"));
        }
        std::fs::write(&gaps_path, text).unwrap();
        return;
    }
    let new: Vec<String> = failing
        .iter()
        .filter(|(hex, _)| !listed.contains_key(*hex))
        .map(|(hex, why)| format!("{hex} | {why}"))
        .collect();
    let fixed: BTreeSet<&String> = listed
        .keys()
        .filter(|hex| !failing.contains_key(*hex))
        .collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "{} rows newly fail to round-trip:\n{}\n{} listed rows now round-trip (remove them from \
         decode_gaps.txt): {:?}",
        new.len(),
        new[..new.len().min(40)].join("\n"),
        fixed.len(),
        fixed.iter().take(40).collect::<Vec<_>>()
    );
}

#[test]
fn amd64_row_bytes_round_trip() {
    check(Arch::Amd64, "amd64", "c3");
}

#[test]
fn arm64_row_bytes_round_trip() {
    check(Arch::Arm64, "arm64", "d65f03c0");
}
