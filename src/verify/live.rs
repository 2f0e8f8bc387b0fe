//! `--check-with-go`: the converted output assembled by the real `go tool asm`, the bytes of
//! every `exact` (and `equivalent`) line held against the embedded encoder's, which that
//! classification rests on. Lines the converter added or relinked are left to Go (it adds
//! its own epilogue to `RET`, picks branch sizes); a line Go rejects is an error wherever it is.
//!
//! The output is written to a temporary directory and assembled with `GOARCH=<arch> go tool
//! asm -S`; the `-S` listing gives the bytes Go emitted per source line ([`parse_listing`]).
//! Any line Go rejects, or whose bytes differ from the embedded encoder's, is an error naming
//! the output line and the input line it came from. Without Go this is an error too: the
//! check was asked for and cannot be made.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::report::{Class, Record};
use super::ListingLine;
use crate::diag::Diagnostic;

/// The embedded encoder's listing of a Go assembly file (`Target::listing`).
pub type Listing = fn(&str) -> (Vec<ListingLine>, Vec<Diagnostic>);

/// What `go tool asm -S` made of a file: bytes per line, or its error text.
pub fn go_asm_lines(
    dir: &Path,
    text: &str,
    goarch: &str,
) -> Result<BTreeMap<u32, Vec<u8>>, String> {
    let goroot = run(Command::new("go").args(["env", "GOROOT"]))?;
    let include = Path::new(goroot.trim()).join("pkg/include");
    let src = dir.join("out.s");
    std::fs::write(&src, text).map_err(|e| format!("cannot write {}: {e}", src.display()))?;
    let listing = run(Command::new("go")
        .args(["tool", "asm", "-p", "main", "-S", "-I"])
        .arg(&include)
        .arg("-o")
        .arg(dir.join("out.o"))
        .arg(&src)
        .env("GOARCH", goarch)
        .current_dir(dir))?;
    parse_listing(&listing)
}

/// Runs `cmd`; its standard output, or an error with its standard error.
fn run(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.output().map_err(|e| {
        format!("--check-with-go needs Go: cannot run `go` ({e}); install Go or drop the flag")
    })?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// Parses `go tool asm -S` output: per text symbol, instruction lines
/// `\t0x0000 00000 (file.s:12)\tMNEMONIC ...` and the hex dump `\t0x0000 48 8b ...`; the bytes
/// of each instruction are attributed to its line.
pub fn parse_listing(out: &str) -> Result<BTreeMap<u32, Vec<u8>>, String> {
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
        let Some(rest) = l[1..].strip_prefix("0x") else {
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

/// The output line each record (in output order) was emitted on: records are matched to
/// the output's instruction lines by their Go text, in order.
pub fn source_of_lines(output: &str, records: &[Record]) -> BTreeMap<u32, usize> {
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut at = BTreeMap::new();
    let mut next = 0;
    for (n, line) in output.lines().enumerate() {
        let code = squeeze(line.split("//").next().unwrap_or(""));
        if code.is_empty() || !line.starts_with('\t') {
            continue;
        }
        if let Some(k) = records[next..].iter().position(|r| squeeze(&r.go) == code) {
            at.insert(n as u32 + 1, next + k);
            next += k + 1;
        }
    }
    at
}

/// Assembles `output` with `go tool asm` and compares every exact line with `listing`. `records`:
/// the conversion's report records (to name the input line); `zero_padded_tail`: arm64 Go
/// pads a function to 16 bytes with zero words, which its listing gives the last
/// instruction. Returns the number of lines compared, or the errors.
pub fn check_with_go(
    output: &str,
    output_name: &str,
    input_name: &str,
    goarch: &str,
    listing: Listing,
    records: &[Record],
    zero_padded_tail: bool,
) -> Result<usize, String> {
    let dir = temp_dir()?;
    let go = go_asm_lines(&dir, output, goarch);
    let _ = std::fs::remove_dir_all(&dir);
    let texts: Vec<&str> = output.lines().collect();
    let origin = source_of_lines(output, records);
    let locate = |line: u32| {
        let text = texts.get(line as usize - 1).map_or("", |t| t.trim());
        let from = match origin.get(&line).map(|&k| &records[k]) {
            Some(r) if !r.source.is_empty() => {
                format!(" (from {input_name}:{}: `{}`)", r.line, r.source)
            }
            Some(r) => format!(" (added for the function at {input_name}:{})", r.line),
            None => String::new(),
        };
        format!("{output_name}:{line}{from}: `{text}`")
    };
    let go = match go {
        Ok(go) => go,
        Err(stderr) if stderr.contains("--check-with-go needs Go") => {
            return Err(format!("error: {stderr}\n"))
        }
        Err(stderr) => {
            let mut msg = String::from("error: go tool asm rejects the output\n");
            for l in stderr.lines() {
                let at = l
                    .split("out.s:")
                    .nth(1)
                    .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
                    .and_then(|n| n.parse::<u32>().ok());
                match at {
                    Some(n) => msg.push_str(&format!("  {}: {}\n", locate(n), l.trim())),
                    None => msg.push_str(&format!("  {}\n", l.trim())),
                }
            }
            return Err(msg);
        }
    };
    let (lines, diags) = listing(output);
    let mut bad: Vec<String> = diags
        .iter()
        .map(|d| {
            format!(
                "  {}: the embedded encoder: {}\n",
                locate(d.span.line),
                d.message
            )
        })
        .collect();
    let last = last_code_lines(&lines, &texts);
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let empty = Vec::new();
    let claims = |line: &u32| {
        origin.get(line).is_some_and(|&k| {
            matches!(
                records[k].class,
                Class::Exact | Class::Equivalent | Class::Rewritten
            )
        })
    };
    let mut n = 0;
    for l in lines.iter().filter(|l| l.code && claims(&l.line)) {
        n += 1;
        let want = go.get(&l.line).unwrap_or(&empty);
        let padded = zero_padded_tail && padded_tail(want, &l.bytes, last.contains(&l.line));
        if *want != l.bytes && !padded {
            bad.push(format!(
                "  {}: go tool asm {}, the embedded encoder {}\n",
                locate(l.line),
                hex(want),
                hex(&l.bytes)
            ));
        }
    }
    if bad.is_empty() {
        return Ok(n);
    }
    Err(format!(
        "error: go tool asm disagrees with the embedded Go encoder on {} line(s):\n{}",
        bad.len(),
        bad.concat()
    ))
}

/// A fresh private directory under the system's temporary directory.
fn temp_dir() -> Result<PathBuf, String> {
    let base = std::env::temp_dir();
    for k in 0..100 {
        let dir = base.join(format!("native2goasm-check-{}-{k}", std::process::id()));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("error: cannot create {}: {e}\n", dir.display())),
        }
    }
    Err("error: cannot create a temporary directory for --check-with-go\n".into())
}

/// The last code line of each TEXT block of a listing of `texts` (where arm64 Go pads the
/// function to 16 bytes).
pub fn last_code_lines(lines: &[ListingLine], texts: &[&str]) -> std::collections::BTreeSet<u32> {
    let mut last = std::collections::BTreeSet::new();
    let mut prev = None;
    for l in lines {
        if texts[l.line as usize - 1].starts_with("TEXT") {
            last.extend(prev.take());
        } else if l.code {
            prev = Some(l.line);
        }
    }
    last.extend(prev);
    last
}

/// Whether Go's bytes `go` are `ours` followed by zeros, on a function's last code line
/// (`last_line`): arm64 Go pads each function to 16 bytes with zero words.
pub fn padded_tail(go: &[u8], ours: &[u8], last_line: bool) -> bool {
    last_line
        && go.len() > ours.len()
        && go.starts_with(ours)
        && go[ours.len()..].iter().all(|b| *b == 0)
}
