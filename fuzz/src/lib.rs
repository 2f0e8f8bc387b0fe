//! What each fuzz target checks, shared by the `cargo fuzz` targets (fuzz_targets/, nightly)
//! and by tests/no_panic.rs (stable, in CI), which replays the seed corpora and every crash
//! input kept under fuzz/regressions/<target>/ through the same functions.
//!
//! A check returns `Err` for a disagreement (an oracle that failed: a diagnostic located
//! past the input, a line marked `exact` whose bytes are not the source's, an encoder
//! that accepts a line Go rejects); a panic is a crash. Every diagnostic is rendered, as
//! the command line does.
//!
//! This file uses only the `native2goasm` library and std, so that the main crate's tests
//! can include it (`#[path]`) without the fuzz crate.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use native2goasm::convert::{convert_verified, Options};
use native2goasm::diag::{render_all, Diagnostic};
use native2goasm::ir::{a64, x86, Arch};
use native2goasm::parse::{self, Syntax};
use native2goasm::verify::goasm::{parse_line, Statement};
use native2goasm::verify::report::Class;
use native2goasm::verify::{go_amd64, go_arm64, live};

/// The fuzz targets, by name (one file each in fuzz_targets/, one directory each in
/// fuzz/regressions/).
pub const TARGETS: &[&str] = &[
    "att", "intel", "arm64", "sig", "gosrc", "go_amd64", "go_arm64", "decode", "pipeline",
];

/// Runs target `name` on one input.
pub fn check(name: &str, data: &[u8]) -> Result<(), String> {
    match name {
        "att" => front_end::<x86::Inst>(data, Arch::Amd64, Syntax::Att),
        "intel" => front_end::<x86::Inst>(data, Arch::Amd64, Syntax::Intel),
        "arm64" => front_end::<a64::Inst>(data, Arch::Arm64, Syntax::Gnu),
        "sig" => signature(data),
        "gosrc" => go_source(data),
        "go_amd64" => go_encoder(data, Arch::Amd64),
        "go_arm64" => go_encoder(data, Arch::Arm64),
        "decode" => machine_code(data),
        "pipeline" => pipeline(data),
        _ => Err(format!("no fuzz target `{name}`")),
    }
}

/// The input as the command line reads it: [`native2goasm::diag::decode`] (a leading BOM
/// dropped, invalid UTF-8 a located error).
fn text(data: &[u8]) -> Result<String, String> {
    match native2goasm::diag::decode(data.to_vec()) {
        Ok(text) => Ok(text),
        Err((diag, lossy)) => {
            located(std::slice::from_ref(&diag), &lossy)?;
            Err(String::new())
        }
    }
}

/// Every diagnostic is on a line of `source` (or on none: line 0) and renders.
fn located(diags: &[Diagnostic], source: &str) -> Result<(), String> {
    // An error at the end of an input that ends in a newline is on the (empty) line after it.
    let lines = source.lines().count().max(1) as u32 + u32::from(source.ends_with('\n'));
    if let Some(d) = diags.iter().find(|d| d.span.line > lines) {
        return Err(format!("diagnostic past the end ({lines} lines): {d:?}"));
    }
    let shown = render_all(diags, "in.s", source);
    if diags.iter().any(|d| d.span.line > 0) && !shown.contains("--> in.s:") {
        return Err(format!(
            "a located diagnostic rendered without its location:\n{shown}"
        ));
    }
    Ok(())
}

/// Runs `f` on the input's text; an input that is not UTF-8 has been checked already.
fn on_text(data: &[u8], f: impl FnOnce(&str) -> Result<(), String>) -> Result<(), String> {
    match text(data) {
        Ok(text) => f(&text),
        Err(e) if e.is_empty() => Ok(()),
        Err(e) => Err(e),
    }
}

fn front_end<I: parse::Dialect>(data: &[u8], arch: Arch, syntax: Syntax) -> Result<(), String> {
    on_text(data, |text| match parse::parse::<I>(text, arch, syntax) {
        Ok(_) => Ok(()),
        Err(d) => located(&d.0, text),
    })
}

fn signature(data: &[u8]) -> Result<(), String> {
    on_text(data, |text| {
        match native2goasm::frame::parse_signature(text) {
            Ok(_) => Ok(()),
            Err(d) => located(&[d], text),
        }
    })
}

fn go_source(data: &[u8]) -> Result<(), String> {
    on_text(data, |text| {
        match native2goasm::frame::gosrc::parse_file(text) {
            Ok(_) => Ok(()),
            Err(d) => located(&[d], text),
        }
    })
}

/// The Go lines whose bytes the real `go tool asm` gave (or that it rejected): the Go
/// column of tests/vectors/<arch>/rows.txt and sweep_go.txt, text → bytes or `None`.
fn proven(arch: Arch) -> &'static HashMap<String, Option<Vec<u8>>> {
    static AMD64: OnceLock<HashMap<String, Option<Vec<u8>>>> = OnceLock::new();
    static ARM64: OnceLock<HashMap<String, Option<Vec<u8>>>> = OnceLock::new();
    let (cell, rows, sweep) = match arch {
        Arch::Amd64 => (
            &AMD64,
            include_str!("../../tests/vectors/amd64/rows.txt"),
            include_str!("../../tests/vectors/amd64/sweep_go.txt"),
        ),
        Arch::Arm64 => (
            &ARM64,
            include_str!("../../tests/vectors/arm64/rows.txt"),
            include_str!("../../tests/vectors/arm64/sweep_go.txt"),
        ),
    };
    cell.get_or_init(|| {
        let mut map = HashMap::new();
        let lines = |t: &'static str| t.lines().filter(|l| !l.starts_with('#'));
        for l in lines(rows) {
            let f: Vec<&str> = l.split(" | ").collect();
            if let [_, go, hex] = f[..] {
                if let Some(bytes) = unhex(hex) {
                    map.insert(squeeze(go), Some(bytes));
                }
            }
        }
        for l in lines(sweep) {
            if let Some((go, cell)) = l.split_once(" | ") {
                let want = if cell.starts_with('!') {
                    None
                } else {
                    match unhex(cell) {
                        Some(b) => Some(b),
                        None => continue,
                    }
                };
                map.insert(squeeze(go), want);
            }
        }
        map
    })
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if s.is_empty() || s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The embedded Go encoder on one line alone (as tests/sweep.rs runs it).
fn encode_alone(text: &str, arch: Arch) -> Result<Vec<u8>, String> {
    let line = parse_line(text, 1).map_err(|d| d.message)?;
    let mut out = Vec::new();
    for s in &line.statements {
        if let Statement::Inst(i) = s {
            let ops = i.operands.as_slice();
            match arch {
                Arch::Amd64 => go_amd64::encode(i.mnemonic, ops, &Default::default(), &mut out)
                    .map(|_| ())
                    .map_err(|e| e.message)?,
                Arch::Arm64 => go_arm64::encode(i.mnemonic, ops, &Default::default(), &mut out)
                    .map(|_| ())
                    .map_err(|e| e.message)?,
            }
        }
    }
    Ok(out)
}

/// A whole Go file through the embedded encoder never panics and locates its errors;
/// every line of it that the real `go tool asm` was run on (the vectors) gets Go's bytes
/// or, where Go rejected it, an error.
fn go_encoder(data: &[u8], arch: Arch) -> Result<(), String> {
    on_text(data, |text| {
        let (_, diags) = match arch {
            Arch::Amd64 => go_amd64::listing(text),
            Arch::Arm64 => go_arm64::listing(text),
        };
        located(&diags, text)?;
        let proven = proven(arch);
        for line in text.lines() {
            let code = squeeze(line.split("//").next().unwrap_or(""));
            let Some(want) = proven.get(&code) else {
                continue;
            };
            match (encode_alone(&code, arch), want) {
                (Ok(got), Some(want)) if got != *want => {
                    return Err(format!(
                        "`{code}`: go tool asm gives {}, the embedded encoder {}",
                        hex(want),
                        hex(&got)
                    ))
                }
                (Ok(got), None) if !known_go_rejection(&code) => {
                    return Err(format!(
                        "`{code}`: go tool asm rejects it, the embedded encoder gives {}",
                        hex(&got)
                    ))
                }
                _ => {}
            }
        }
        Ok(())
    })
}

/// Go lines the embedded encoder accepts though Go rejects them, listed in tests/sweep.rs
/// (`KNOWN_DISAGREEMENTS`); none today.
fn known_go_rejection(_code: &str) -> bool {
    false
}

/// Machine code: the first byte picks the architecture and hex or listing.
fn machine_code(data: &[u8]) -> Result<(), String> {
    let Some((&pick, rest)) = data.split_first() else {
        return Ok(());
    };
    on_text(rest, |text| {
        let syntax = if pick & 1 == 0 {
            Syntax::Hex
        } else {
            Syntax::Objdump
        };
        let result = if pick & 2 == 0 {
            parse::decode::decode::<x86::Inst>(text, syntax).map(|_| ())
        } else {
            parse::decode::decode::<a64::Inst>(text, syntax).map(|_| ())
        };
        match result {
            Ok(()) => Ok(()),
            Err(d) => located(&d.0, text),
        }
    })
}

/// Signatures for the functions of the examples, so that the pipeline builds Go frames.
const SIGNATURES: &[&str] = &[
    "func add(a, b int64) int64",
    "func poly(x float64) float64",
    "func lerp(a, b, t float32) float32",
    "func sum(p *int32, n int64) int32",
    "func call1(addr, arg1 uintptr) uintptr",
    "func days(month int32) int32",
    "func f(a, b int64) int64",
];

/// The whole conversion (the first byte picks the architecture, `--keep-going` and the
/// signatures): never a panic; errors located; and the round trip: every line marked
/// `exact` has the source's bytes, and the emitted text, encoded again by the embedded
/// encoder, gives those bytes on that line.
fn pipeline(data: &[u8]) -> Result<(), String> {
    let Some((&pick, rest)) = data.split_first() else {
        return Ok(());
    };
    on_text(rest, |text| {
        let arch = match pick & 3 {
            1 => Some(Arch::Amd64),
            2 => Some(Arch::Arm64),
            _ => None,
        };
        let signatures = if pick & 4 != 0 {
            SIGNATURES
                .iter()
                .filter(|s| {
                    let name = s[5..].split('(').next().unwrap_or("");
                    text.contains(&format!("{name}:"))
                })
                .filter_map(|s| native2goasm::frame::parse_signature(s).ok())
                .collect()
        } else {
            Vec::new()
        };
        let opts = Options {
            arch,
            signatures,
            keep_going: pick & 8 != 0,
            ..Options::default()
        };
        let verify = native2goasm::verify::Options {
            equivalent: pick & 16 != 0,
        };
        let conv = match convert_verified(text, &opts, &verify, true) {
            Ok(c) => c,
            Err(d) => return located(&d.0, text),
        };
        located(&conv.warnings, text)?;
        located(&conv.skipped, text)?;
        let records = &conv.report.records;
        for r in records.iter().filter(|r| r.class == Class::Exact) {
            if r.go_hex != r.source_hex {
                return Err(format!(
                    "line {} `{}` marked exact as `{}`: source {}, Go {}",
                    r.line,
                    r.source,
                    r.go,
                    hex(&r.source_hex),
                    hex(&r.go_hex)
                ));
            }
        }
        let arch = match arch {
            Some(a) => a,
            None => parse::detect(text).map_err(|d| d.message)?.0,
        };
        let (lines, diags) = match arch {
            Arch::Amd64 => go_amd64::listing(&conv.text),
            Arch::Arm64 => go_arm64::listing(&conv.text),
        };
        let origin = live::source_of_lines(&conv.text, records);
        for l in &lines {
            let Some(r) = origin.get(&l.line).map(|&k| &records[k]) else {
                continue;
            };
            if r.class != Class::Exact {
                continue;
            }
            if let Some(d) = diags.iter().find(|d| d.span.line == l.line) {
                return Err(format!(
                    "output line {} `{}` (exact, from line {}) does not encode again: {}",
                    l.line, r.go, r.line, d.message
                ));
            }
            if l.bytes != r.source_hex {
                return Err(format!(
                    "output line {} `{}` (exact, from line {} `{}`) encodes again as {}, the source is {}",
                    l.line,
                    r.go,
                    r.line,
                    r.source,
                    hex(&l.bytes),
                    hex(&r.source_hex)
                ));
            }
        }
        Ok(())
    })
}

/// The seed inputs of target `name`, read from the repository at `root`: the examples,
/// tests/corpus and the vectors (in chunks of lines), each with the selector byte the
/// target reads first, where it reads one.
pub fn seeds(name: &str, root: &Path) -> Vec<Vec<u8>> {
    let files = |dirs: &[&str], ext: &str| -> Vec<PathBuf> {
        let mut out = Vec::new();
        for d in dirs {
            let Ok(entries) = std::fs::read_dir(root.join(d)) else {
                continue;
            };
            let mut paths: Vec<PathBuf> = entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect();
            paths.sort();
            out.extend(paths);
        }
        out
    };
    let read = |p: &Path| std::fs::read(p).unwrap_or_default();
    // Lines of a vector file's column `col`, in chunks of 4 lines.
    let column = |file: &str, col: usize, prefix: &str| -> Vec<Vec<u8>> {
        let text = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        let cells: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split(" | ").nth(col))
            .collect();
        cells
            .chunks(4)
            .map(|c| format!("{prefix}{}\n", c.join("\n")).into_bytes())
            .collect()
    };
    let with = |pick: u8, inputs: Vec<Vec<u8>>| -> Vec<Vec<u8>> {
        inputs
            .into_iter()
            .map(|mut v| {
                v.insert(0, pick);
                v
            })
            .collect()
    };
    let amd64_text = || files(&["examples/amd64", "tests/corpus"], "s");
    match name {
        "att" => {
            let mut s: Vec<_> = amd64_text().iter().map(|p| read(p)).collect();
            s.extend(column(
                "tests/vectors/amd64/sweep_native_att.txt",
                0,
                "f:\n",
            ));
            s
        }
        "intel" => {
            let mut s: Vec<_> = amd64_text().iter().map(|p| read(p)).collect();
            s.extend(column("tests/vectors/amd64/rows.txt", 0, "f:\n"));
            s
        }
        "arm64" => {
            let mut s: Vec<_> = files(&["examples/arm64", "tests/corpus"], "s")
                .iter()
                .map(|p| read(p))
                .collect();
            s.extend(column("tests/vectors/arm64/rows.txt", 0, "f:\n"));
            s
        }
        "sig" => {
            let mut s: Vec<Vec<u8>> = SIGNATURES.iter().map(|s| s.as_bytes().to_vec()).collect();
            for p in files(&["examples/amd64", "examples/arm64"], "sigs") {
                let text = std::fs::read_to_string(p).unwrap_or_default();
                s.extend(text.lines().map(|l| l.as_bytes().to_vec()));
            }
            s
        }
        "gosrc" => files(
            &["tests/e2e/go", "tests/e2e/types/go", "examples/amd64"],
            "go",
        )
        .iter()
        .map(|p| read(p))
        .collect(),
        "go_amd64" => {
            let mut s = column("tests/vectors/amd64/sweep_go.txt", 0, "TEXT ·f(SB), $0\n");
            s.extend(column("tests/vectors/amd64/rows.txt", 1, ""));
            s
        }
        "go_arm64" => {
            let mut s = column("tests/vectors/arm64/sweep_go.txt", 0, "TEXT ·f(SB), $0\n");
            s.extend(column("tests/vectors/arm64/rows.txt", 1, ""));
            s
        }
        "decode" => {
            let mut s = Vec::new();
            let listings = files(&["tests/listings"], "objdump");
            for p in listings
                .iter()
                .chain(&files(&["tests/listings"], "llvm-objdump"))
            {
                let pick = if p.to_string_lossy().contains("arm64") {
                    3
                } else {
                    1
                };
                s.extend(with(pick, vec![read(p)]));
            }
            s.extend(with(0, column("tests/vectors/amd64/rows.txt", 2, "")));
            s.extend(with(2, column("tests/vectors/arm64/rows.txt", 2, "")));
            s
        }
        "pipeline" => {
            // Byte 0: the architecture (bits 0-1), signatures (4), --keep-going (8).
            let mut s = Vec::new();
            for p in files(&["examples/amd64", "examples/arm64", "tests/corpus"], "s") {
                let arch = if p.to_string_lossy().contains("arm64") {
                    2
                } else {
                    1
                };
                let keep_going = if p.starts_with(root.join("tests/corpus")) {
                    8
                } else {
                    0
                };
                s.extend(with(4 | keep_going | arch, vec![read(&p)]));
            }
            s
        }
        _ => Vec::new(),
    }
}

/// The crash and hang inputs kept for target `name` (fuzz/regressions/<name>/).
pub fn regressions(name: &str, root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(root.join("fuzz/regressions").join(name)) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, Vec<u8>)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let data = std::fs::read(&p).unwrap();
            (p, data)
        })
        .collect();
    out.sort();
    out
}
