//! The edge-case sweeps against the real assemblers (issue 11), checked without the tools.
//!
//! `tools/sweep.py` wrote, from GNU as and `go tool asm`:
//!
//! - `tests/vectors/<arch>/sweep_native_<syntax>.txt`: every table form with edge
//!   immediates and other register classes and widths; per line what GNU as made of it
//!   (bytes, or `!` and its error), the converter's Go text when it was `exact`, and what
//!   `go tool asm` made of that text;
//! - `tests/vectors/<arch>/sweep_go.txt`: Go lines (the exact ones, and each with its
//!   immediates replaced by edge values) and what `go tool asm` made of them.
//!
//! Here every native line runs through the converter: a line GNU as rejects must be
//! rejected with an error located on it; for a line it accepts, the source bytes must equal
//! GNU as's and an `exact` line's Go text must be the swept one, with `go tool asm`'s bytes.
//! Every Go line runs through the embedded encoder: a line Go rejects must be rejected, a
//! line it accepts must not get other bytes. `KNOWN_DISAGREEMENTS` may only shrink, and
//! never holds a line marked `exact` with bytes Go would not produce.

use native2goasm::convert::{convert_verified, Options};
use native2goasm::ir::Arch;
use native2goasm::parse::Syntax;
use native2goasm::verify::report::Class;

mod common;

use common::go_asm::{encode_go_line, hex};

/// Lines the converter or an embedded encoder still gets wrong (`file | line`). Only
/// rejections may be listed: a GNU-rejected line converted, or a Go-rejected line encoded.
const KNOWN_DISAGREEMENTS: &[&str] = &[];

/// One swept native line.
struct Native {
    text: String,
    gnu: Result<Vec<u8>, String>,
    /// The converter's exact Go text at sweep time and `go tool asm`'s verdict on it.
    go: Option<(String, Result<Vec<u8>, String>)>,
}

fn cell(s: &str) -> Result<Vec<u8>, String> {
    match s.strip_prefix('!') {
        Some(err) => Err(err.to_string()),
        None => Ok((0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
            .collect()),
    }
}

fn rows(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(common::crate_path(path)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split(" | ").map(str::to_string).collect())
        .collect()
}

fn natives(path: &str) -> Vec<Native> {
    rows(path)
        .into_iter()
        .map(|f| {
            assert_eq!(f.len(), 4, "{path}: {f:?}");
            Native {
                text: f[0].clone(),
                gnu: cell(&f[1]),
                go: (f[2] != "-").then(|| (f[2].clone(), cell(&f[3]))),
            }
        })
        .collect()
}

/// Go text with runs of blanks as one space (the report keeps the emitter's tabs).
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One function per line: `f<i>:`, the line (its `; ` parts on lines of their own), the
/// branch target `.Lt<i>:` and `ret`. Returns the text and, per source line, the case it
/// belongs to and whether it is the swept line itself.
fn program(header: &str, cases: &[(usize, &str)]) -> (String, Vec<Option<(usize, bool)>>) {
    let mut text = String::from(header);
    let mut owner = vec![None; header.lines().count() + 1];
    for &(i, line) in cases {
        let target = format!(".Lt{i}");
        let line = line.replace(".Ltarget", &target).replace("TARGET", &target);
        let mut add = |l: &str, swept: bool| {
            text.push_str(l);
            text.push('\n');
            owner.push(Some((i, swept)));
        };
        add(&format!("f{i}:"), false);
        for part in line.split("; ") {
            add(&format!("\t{part}"), true);
        }
        add(&format!("{target}:"), false);
        add("\tret", false);
    }
    (text, owner)
}

fn options(arch: Arch, syntax: Syntax) -> Options {
    Options {
        arch: Some(arch),
        syntax: Some(syntax),
        ..Options::default()
    }
}

/// Checks one native sweep file; returns its failures.
fn check_natives(file: &str, arch: Arch, syntax: Syntax, header: &str) -> Vec<String> {
    let cases = natives(file);
    let opts = options(arch, syntax);
    let mut bad = Vec::new();
    let known = |text: &str| KNOWN_DISAGREEMENTS.contains(&format!("{file} | {text}").as_str());
    // GNU rejects: each line on its own must fail with an error on that line.
    let (mut rejected_ok, mut accepted_rejected) = (0, 0);
    for (i, c) in cases.iter().enumerate().filter(|(_, c)| c.gnu.is_err()) {
        let (text, owner) = program(header, &[(i, &c.text)]);
        let first = owner.iter().position(|o| o.is_some()).unwrap() as u32;
        match convert_verified(&text, &opts, &Default::default(), false) {
            Err(_) if known(&c.text) => bad.push(format!(
                "{file}: `{}` is refused now: remove it from KNOWN_DISAGREEMENTS",
                c.text
            )),
            Err(d) if d.0.iter().any(|d| d.is_error() && d.span.line > first) => rejected_ok += 1,
            Err(d) => bad.push(format!(
                "{file}: `{}` rejected without an error on the line:\n{}",
                c.text,
                d.render("sweep.s", &text)
            )),
            Ok(_) if known(&c.text) => {}
            Ok(_) => bad.push(format!(
                "{file}: `{}`: GNU as rejects it ({}), the converter accepts it",
                c.text,
                c.gnu.as_ref().unwrap_err()
            )),
        }
    }
    // GNU accepts: convert all at once, dropping the lines the converter refuses.
    let mut live: Vec<(usize, &str)> = cases
        .iter()
        .enumerate()
        .filter(|(_, c)| c.gnu.is_ok())
        .map(|(i, c)| (i, c.text.as_str()))
        .collect();
    let (conv, owner) = loop {
        let (text, owner) = program(header, &live);
        match convert_verified(&text, &opts, &Default::default(), true) {
            Ok(conv) => break (conv, owner),
            Err(d) => {
                let refused: Vec<usize> =
                    d.0.iter()
                        .filter(|d| d.is_error())
                        .filter_map(|d| owner.get(d.span.line as usize).copied().flatten())
                        .map(|(i, _)| i)
                        .collect();
                assert!(
                    !refused.is_empty(),
                    "{file}: unlocated conversion error:\n{}",
                    d.render("sweep.s", &text)
                );
                let before = live.len();
                live.retain(|(i, _)| !refused.contains(i));
                accepted_rejected += before - live.len();
            }
        }
    };
    let mut per_case: Vec<Vec<&native2goasm::verify::report::Record>> =
        vec![Vec::new(); cases.len()];
    for r in &conv.report.records {
        if let Some((i, true)) = owner.get(r.line as usize).copied().flatten() {
            per_case[i].push(r);
        }
    }
    let mut exact = 0;
    for (i, recs) in per_case.iter().enumerate() {
        let c = &cases[i];
        let recs: Vec<_> = recs.iter().filter(|r| r.class != Class::Added).collect();
        if recs.is_empty() || recs.iter().any(|r| r.class == Class::Branch) {
            continue;
        }
        let src: Vec<u8> = recs.iter().flat_map(|r| r.source_hex.clone()).collect();
        if Ok(&src) != c.gnu.as_ref() {
            bad.push(format!(
                "{file}: `{}`: source bytes {} but GNU as {}",
                c.text,
                hex(&src),
                hex(c.gnu.as_ref().unwrap())
            ));
        }
        for r in recs.iter().filter(|r| r.class == Class::Exact) {
            exact += 1;
            let why = match &c.go {
                None => "was not exact when swept: re-run tools/sweep.py".to_string(),
                Some((go, _)) if squeeze(go) != squeeze(&r.go) => {
                    format!("swept as `{go}`: re-run tools/sweep.py")
                }
                Some((_, Err(e))) => format!("go tool asm rejects it: {e}"),
                Some((_, Ok(b))) if *b != r.go_hex => format!("go tool asm gives {}", hex(b)),
                Some(_) => continue,
            };
            bad.push(format!(
                "{file}: `{}` → exact `{}` ({}): {why}",
                c.text,
                squeeze(&r.go),
                hex(&r.go_hex)
            ));
        }
    }
    common::say(format!(
        "{file}: {} lines; GNU rejects {} (all refused: {rejected_ok}); the converter refuses \
         {accepted_rejected} GNU accepts; {exact} exact",
        cases.len(),
        cases.iter().filter(|c| c.gnu.is_err()).count(),
    ));
    bad
}

/// Checks one Go sweep file against an embedded encoder.
fn check_go(file: &str, encode: impl Fn(&str) -> Result<String, String>) -> Vec<String> {
    let mut bad = Vec::new();
    let (mut n, mut refused_valid) = (0, 0);
    for f in rows(file) {
        n += 1;
        let (go, want) = (&f[0], cell(&f[1]));
        let known = KNOWN_DISAGREEMENTS.contains(&format!("{file} | {go}").as_str());
        match (encode(go), want) {
            (Ok(h), Err(e)) if !known => bad.push(format!(
                "{file}: `{go}`: go tool asm rejects it ({e}), the embedded encoder gives {h}"
            )),
            (Ok(h), Ok(w)) if h != hex(&w) => bad.push(format!(
                "{file}: `{go}`: go tool asm gives {}, the embedded encoder {h}",
                hex(&w)
            )),
            (Err(_), Err(_)) if known => bad.push(format!(
                "{file}: `{go}` is refused now: remove it from KNOWN_DISAGREEMENTS"
            )),
            (Err(_), Ok(_)) => refused_valid += 1,
            _ => {}
        }
    }
    common::say(format!(
        "{file}: {n} Go lines; the embedded encoder refuses {refused_valid} Go accepts"
    ));
    bad
}

/// Fails with the first disagreements; `SWEEP_DUMP=FILE` appends all of them to FILE.
fn finish(bad: Vec<String>) {
    if let Ok(path) = std::env::var("SWEEP_DUMP") {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .unwrap();
        for b in &bad {
            writeln!(f, "{b}").unwrap();
        }
    }
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad[..bad.len().min(60)].join("\n")
    );
}

const AMD64_INTEL: &str = ".intel_syntax noprefix\n.text\n";
const AMD64_ATT: &str = ".att_syntax\n.text\n";

#[test]
fn amd64_intel_lines_agree_with_gnu_as_and_go() {
    finish(check_natives(
        "tests/vectors/amd64/sweep_native_intel.txt",
        Arch::Amd64,
        Syntax::Intel,
        AMD64_INTEL,
    ));
}

#[test]
fn amd64_att_lines_agree_with_gnu_as_and_go() {
    finish(check_natives(
        "tests/vectors/amd64/sweep_native_att.txt",
        Arch::Amd64,
        Syntax::Att,
        AMD64_ATT,
    ));
}

#[test]
fn arm64_lines_agree_with_gnu_as_and_go() {
    finish(check_natives(
        "tests/vectors/arm64/sweep_native_gnu.txt",
        Arch::Arm64,
        Syntax::Gnu,
        ".text\n",
    ));
}

#[test]
fn amd64_go_lines_agree_with_go_tool_asm() {
    use native2goasm::verify::go_amd64::{encode, Context};
    finish(check_go("tests/vectors/amd64/sweep_go.txt", |t| {
        encode_go_line(t, |m, ops, out| {
            encode(m, ops, &Context::default(), out)
                .map(|_| ())
                .map_err(|e| e.message)
        })
    }));
}

#[test]
fn arm64_go_lines_agree_with_go_tool_asm() {
    use native2goasm::verify::go_arm64::{encode, Context};
    finish(check_go("tests/vectors/arm64/sweep_go.txt", |t| {
        encode_go_line(t, |m, ops, out| {
            encode(m, ops, &Context::default(), out)
                .map(|_| ())
                .map_err(|e| e.message)
        })
    }));
}

#[test]
fn known_disagreements_still_occur() {
    // An entry whose line now agrees must be removed (the list only shrinks).
    for entry in KNOWN_DISAGREEMENTS {
        let (file, line) = entry.split_once(" | ").expect("`file | line`");
        assert!(
            rows(file).iter().any(|f| f[0] == line),
            "{entry}: not a swept line"
        );
    }
}
