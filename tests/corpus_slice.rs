//! The corpus run's CI slice: excerpts of real compiler output from the corpus files of
//! `tools/corpus.sh` (tests/corpus/*.s, each with the command that made it), converted with
//! `--keep-going` as the whole files are. Each function's status must be the one in
//! tests/corpus/<name>.expected: a function that stops converting is a regression, one that
//! starts converting is an improvement to record there (the list may only improve). Every
//! output must assemble with `go tool asm` (skipped visibly without Go), and every
//! instruction of the converted functions must have the bytes GNU as gives its line
//! (tools/gnu_sample.py, which the whole-corpus run uses on 200 functions per file).

mod common;

use common::{crate_path, go_asm::go_asm_lines, require_oracles, run, scratch_dir};
use std::process::Command;
use std::time::Duration;

const SLICES: &[&str] = &[
    "sqlite_gcc_O2_att",
    "sqlite_gcc_O2_intel",
    "sqlite_arm64_gcc_O2",
    "zstd_clang_O3_v3_intel",
    "zstd_arm64_gcc_O3",
];

/// (name, status) of each function in a report's `functions` array (one object per line).
fn statuses(json: &str) -> Vec<(String, String)> {
    let array = &json[json.find("\"functions\": [").expect("functions array")..];
    array
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  {"))
        .map(|l| {
            let field = |key: &str| {
                let at = l.find(&format!("\"{key}\": \"")).expect(key) + key.len() + 5;
                l[at..at + l[at..].find('"').unwrap()].to_string()
            };
            (field("name"), field("status"))
        })
        .collect()
}

#[test]
fn corpus_slices_keep_their_statuses() {
    let go = require_oracles("corpus_slice", &["go"]);
    let gnu = require_oracles(
        "corpus_slice (GNU as)",
        &[
            "python3",
            "as",
            "objdump",
            "aarch64-linux-gnu-as",
            "aarch64-linux-gnu-objdump",
        ],
    );
    let mut failures = Vec::new();
    for name in SLICES {
        let arch = if name.contains("arm64") {
            "arm64"
        } else {
            "amd64"
        };
        let dir = scratch_dir(&format!("corpus_slice_{name}"));
        let (out, report) = (dir.join("out.s"), dir.join("r.json"));
        let r = run(
            Command::new(env!("CARGO_BIN_EXE_native2goasm"))
                .args(["--arch", arch, "--keep-going", "--report"])
                .arg(&report)
                .arg("-o")
                .arg(&out)
                .arg(crate_path(&format!("tests/corpus/{name}.s"))),
            Duration::from_secs(120),
        );
        assert!(matches!(r.code, Some(0 | 1)), "{name}: {}", r.stderr);
        let got = statuses(&std::fs::read_to_string(&report).unwrap());
        let expected: Vec<(String, String)> =
            std::fs::read_to_string(crate_path(&format!("tests/corpus/{name}.expected")))
                .unwrap()
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .map(|l| {
                    let mut f = l.split('\t');
                    (f.next().unwrap().to_string(), f.next().unwrap().to_string())
                })
                .collect();
        let names = |v: &[(String, String)]| v.iter().map(|p| p.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&got),
            names(&expected),
            "{name}: the functions differ"
        );
        for ((f, now), (_, was)) in got.iter().zip(&expected) {
            match (was.as_str(), now.as_str()) {
                (a, b) if a == b => {}
                ("skipped", "converted") => failures.push(format!(
                    "{name}: `{f}` converts now: record it as converted in tests/corpus/{name}.expected"
                )),
                _ => failures.push(format!("{name}: `{f}` was {was}, is {now} (regression)")),
            }
        }
        if go {
            let text = std::fs::read_to_string(&out).unwrap();
            if let Err(e) = go_asm_lines(&dir, "asm", &text, arch) {
                failures.push(format!("{name}: {e}"));
            }
        }
        if gnu {
            let r = run(
                Command::new("python3")
                    .arg(crate_path("tools/gnu_sample.py"))
                    .args(["--sample", "100000", arch])
                    .arg(crate_path(&format!("tests/corpus/{name}.s")))
                    .arg(&report),
                Duration::from_secs(120),
            );
            common::say(format!("{name}: {}", r.stdout.lines().last().unwrap_or("")));
            if r.code != Some(0) {
                failures.push(format!(
                    "{name}: the bytes differ from GNU as's:\n{}{}",
                    r.stdout, r.stderr
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
