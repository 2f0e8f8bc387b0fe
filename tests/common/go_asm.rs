//! Live comparison with `go tool asm -S`, shared by `tests/live_go_asm_*.rs`: assemble a Go
//! file with the real assembler, read its per-line bytes, and compare them with the embedded
//! encoder's listing of the same file.

use native2goasm::diag::Diagnostic;
use native2goasm::verify::goasm::{parse_line, Operand, Statement};
use native2goasm::verify::ListingLine;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

pub const LIMIT: Duration = Duration::from_secs(300);

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Assembles `text` with `GOARCH=<goarch> go tool asm -S` and returns the bytes Go emitted
/// per source line (`native2goasm::verify::live`, what `--check-with-go` runs).
pub fn go_asm_lines(
    dir: &Path,
    name: &str,
    text: &str,
    goarch: &str,
) -> Result<BTreeMap<u32, Vec<u8>>, String> {
    let dir = dir.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    native2goasm::verify::live::go_asm_lines(&dir, text, goarch)
        .map_err(|e| format!("go tool asm {name}.s failed:\n{e}"))
}

/// The embedded encoder's listing of a file (`go_amd64::listing`, `go_arm64::listing`).
pub type Listing = fn(&str) -> (Vec<ListingLine>, Vec<Diagnostic>);

/// Compares the embedded encoder's listing of `text` with `go tool asm`, line by line.
/// Returns (lines compared, mismatches).
///
/// `zero_padded_tail`: arm64 Go pads a function's end to 16 bytes with zero words, which its
/// listing attributes to the last instruction; accepted only there, only zeros.
pub fn compare(
    dir: &Path,
    name: &str,
    text: &str,
    goarch: &str,
    listing: Listing,
    zero_padded_tail: bool,
) -> (usize, Vec<String>) {
    let go = match go_asm_lines(dir, name, text, goarch) {
        Ok(g) => g,
        Err(e) => return (0, vec![e]),
    };
    let (lines, diags) = listing(text);
    let mut bad: Vec<String> = diags
        .iter()
        .map(|d| format!("{name}.s:{}: embedded encoder: {}", d.span.line, d.message))
        .collect();
    let texts: Vec<&str> = text.lines().collect();
    let last = native2goasm::verify::live::last_code_lines(&lines, &texts);
    let mut n = 0;
    for l in lines.iter().filter(|l| l.code) {
        let src = texts[l.line as usize - 1];
        let empty = Vec::new();
        let want = go.get(&l.line).unwrap_or(&empty);
        n += 1;
        let padded = zero_padded_tail
            && native2goasm::verify::live::padded_tail(want, &l.bytes, last.contains(&l.line));
        if *want != l.bytes && !padded {
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

/// Encodes the instructions of one line of Go assembly with `encode` (an embedded encoder)
/// and returns their bytes as hex; `Err` holds the error text.
pub fn encode_go_line(
    text: &str,
    encode: impl Fn(&str, &[Operand], &mut Vec<u8>) -> Result<(), String>,
) -> Result<String, String> {
    let line = parse_line(text, 1).map_err(|d| d.message)?;
    let mut out = Vec::new();
    for s in &line.statements {
        if let Statement::Inst(i) = s {
            encode(i.mnemonic, i.operands.as_slice(), &mut out)?;
        }
    }
    Ok(hex(&out))
}

/// How an embedded encoder fares on Go's assembler test data.
pub struct Agreement {
    pub total: usize,
    pub agree: usize,
    /// `file | go text` → why it misses (the error, or the bytes against Go's).
    pub misses: std::collections::BTreeMap<String, String>,
    /// One line per file: agreement count and percentage.
    pub report: String,
}

/// Encodes every `go text | hex[|hex…]` line of the vector files `names` in `dir` with
/// `encode_line` and counts the lines whose bytes are one of Go's listed encodings.
pub fn testdata_agreement(
    dir: &Path,
    names: &[String],
    encode_line: impl Fn(&str) -> Result<String, String>,
) -> Agreement {
    let mut a = Agreement {
        total: 0,
        agree: 0,
        misses: Default::default(),
        report: String::new(),
    };
    for name in names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let (mut n, mut ok) = (0usize, 0usize);
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let (go, want) = line.rsplit_once(" | ").unwrap();
            n += 1;
            match encode_line(go) {
                Ok(h) if want.split('|').any(|w| w == h) => ok += 1,
                got => {
                    let why = match got {
                        Ok(h) => format!("encodes {h}, Go {want}"),
                        Err(e) => e,
                    };
                    a.misses.insert(format!("{name} | {go}"), why);
                }
            }
        }
        a.report.push_str(&format!(
            "  {name:<40} {ok:>6}/{n:<6} {:>7.3}%\n",
            100.0 * ok as f64 / n.max(1) as f64
        ));
        a.total += n;
        a.agree += ok;
    }
    a
}
