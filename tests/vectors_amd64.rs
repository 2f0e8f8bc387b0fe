//! The committed row vectors (`tests/vectors/amd64/rows.txt`, made by
//! `tools/check_amd64_rows.py` from GNU as and `go tool asm`) name, for every table shape,
//! the Go text whose bytes equal GNU as's. This test runs each native line through the real
//! parser and map stage and requires exactly that Go text, so the table, the matcher and the
//! printer cannot drift from what was proven.

mod common;

use native2goasm::ir::go::GoItem;
use native2goasm::ir::{Arch, Item};
use native2goasm::parse::{parse, Syntax};

#[test]
fn every_row_vector_maps_to_its_proven_go_text() {
    let cases = common::vector_cases("tests/vectors/amd64/rows.txt");
    let mut source = String::from(".intel_syntax noprefix\nf:\n");
    for (intel, _) in &cases {
        source.push('\t');
        source.push_str(&intel.replace(".Ltarget", "f"));
        source.push('\n');
    }
    let module = parse(&source, Arch::Amd64, Syntax::Intel)
        .unwrap_or_else(|d| panic!("{}", d.render("rows.txt", &source)));
    let insts: Vec<_> = module.functions[0]
        .body
        .iter()
        .filter_map(|i| match i {
            Item::Inst(inst) => Some(inst),
            _ => None,
        })
        .collect();
    assert_eq!(insts.len(), cases.len());
    let mut failures = Vec::new();
    for (inst, (intel, want)) in insts.iter().zip(&cases) {
        let mut items = Vec::new();
        let got = match native2goasm::map::amd64::lower(inst, &|_| true, &mut items) {
            Ok(()) => items
                .iter()
                .map(|i| match i {
                    GoItem::Inst(g) => {
                        let mut s = String::new();
                        native2goasm::emit::instruction(&mut s, g);
                        s
                    }
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
                .join("; "),
            Err(d) => format!("error: {}", d.message),
        };
        let want = want.replace(" target", " f");
        if got != want {
            failures.push(format!("{intel}\n    want {want}\n    got  {got}"));
        }
    }
    println!("{} row vectors, {} mismatches", cases.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} vectors differ:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
