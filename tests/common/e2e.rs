//! The machinery the end-to-end runtime suites share (`tests/e2e_amd64.rs`,
//! `tests/e2e_arm64.rs`, `tests/e2e_frames_*.rs`): signature files, running the converter,
//! attributing its errors to functions and converting what is left, the generated Go
//! declarations (with stubs for what did not convert), `go` commands for a target, and
//! reading `go test -v` output.

use super::{crate_path, describe, run, write_file};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

pub const TOOL_LIMIT: Duration = Duration::from_secs(120);
pub const GO_LIMIT: Duration = Duration::from_secs(600);

/// How Go runs arm64 binaries on an amd64 host (`go test -exec`, or in front of a test
/// binary).
pub const QEMU: &str = "qemu-aarch64-static -L /usr/aarch64-linux-gnu";

/// One line of a signatures file.
#[derive(Clone)]
pub struct Sig {
    pub name: String,
    pub text: String,
}

impl Sig {
    pub fn has_pointer(&self) -> bool {
        self.text.contains('*') || self.text.contains("unsafe.Pointer")
    }
}

/// The `func name(...) ...` lines of a signatures file (path relative to the crate root);
/// `#` lines and blank lines are skipped.
pub fn load_signatures(rel: &str) -> Vec<Sig> {
    let path = crate_path(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut sigs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let name = line
            .strip_prefix("func ")
            .and_then(|rest| rest.split('(').next())
            .map(str::trim)
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or_else(|| {
                panic!(
                    "{}:{}: expected `func name(...) ...`, got {line:?}",
                    path.display(),
                    i + 1
                )
            });
        sigs.push(Sig {
            name: name.to_string(),
            text: line.to_string(),
        });
    }
    assert!(!sigs.is_empty(), "{}: no signatures", path.display());
    sigs
}

/// The configurations `NATIVE2GOASM_E2E_CONFIGS=a,b` selects (None: all).
pub fn selected_configs() -> Option<Vec<String>> {
    std::env::var("NATIVE2GOASM_E2E_CONFIGS")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .map(|v| v.split(',').map(|s| s.trim().to_string()).collect())
}

/// True when `name` is selected (see [`selected_configs`]).
pub fn is_selected(only: &Option<Vec<String>>, name: &str) -> bool {
    only.as_ref().map_or(true, |o| o.iter().any(|n| n == name))
}

/// The Go target of a module: GOARCH and the C compiler cgo uses (None: the default).
#[derive(Clone, Copy)]
pub struct GoTarget<'a> {
    pub goarch: &'a str,
    pub cgo_cc: Option<&'a str>,
}

/// `go args…` in `dir` for `target`, with cgo on and no toolchain switching.
pub fn go_command(target: GoTarget, dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("go");
    cmd.args(args)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOFLAGS", "")
        .env("GO111MODULE", "on")
        .env("GOOS", "linux")
        .env("GOARCH", target.goarch)
        .env("CGO_ENABLED", "1");
    if let Some(cc) = target.cgo_cc {
        cmd.env("CC", cc);
    }
    cmd
}

/// Compiles `input` with `cc flags… input -o out`.
pub fn compile(cc: &str, flags: &[&str], input: &Path, out: &Path) -> Result<(), String> {
    let mut cmd = Command::new(cc);
    cmd.args(flags).arg(input).arg("-o").arg(out);
    let r = run(&mut cmd, TOOL_LIMIT);
    if r.success {
        Ok(())
    } else {
        Err(format!("$ {}\n{}", describe(&cmd), r.combined()))
    }
}

/// The converter under test (`NATIVE2GOASM_E2E_CONVERTER` or this crate's binary) for one
/// architecture, with extra options for every run.
pub struct Converter {
    pub path: PathBuf,
    pub arch: &'static str,
    pub extra: Vec<String>,
}

/// A failed converter run.
pub struct ConvertError {
    pub cmd: String,
    pub code: Option<i32>,
    pub stderr: String,
}

impl ConvertError {
    /// The command and its error blocks, indented.
    pub fn show(&self) -> String {
        format!("$ {}\n{}", self.cmd, indent(&errors_only(&self.stderr)))
    }
}

impl Converter {
    pub fn new(arch: &'static str) -> Converter {
        let path = std::env::var_os("NATIVE2GOASM_E2E_CONVERTER")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_native2goasm")));
        Converter {
            path,
            arch,
            extra: Vec::new(),
        }
    }

    /// True when `--help` lists `option` (for options not every version has).
    pub fn has_option(&self, option: &str) -> bool {
        let r = run(Command::new(&self.path).arg("--help"), TOOL_LIMIT);
        r.stdout
            .split(|c: char| c.is_whitespace() || c == ',')
            .any(|w| w == option)
    }

    /// Converts `input` with one `--sig` per signature; returns the output text.
    pub fn convert(&self, input: &Path, sigs: &[&Sig], out: &Path) -> Result<String, ConvertError> {
        let _ = std::fs::remove_file(out);
        let mut cmd = Command::new(&self.path);
        cmd.args(["--arch", self.arch]).args(&self.extra);
        for s in sigs {
            cmd.arg("--sig").arg(&s.text);
        }
        cmd.arg(input).arg("-o").arg(out);
        let r = run(&mut cmd, TOOL_LIMIT);
        let fail = |stderr: String| ConvertError {
            cmd: describe(&cmd),
            code: r.code,
            stderr,
        };
        if !r.success {
            return Err(fail(r.combined()));
        }
        std::fs::read_to_string(out).map_err(|e| {
            fail(format!(
                "exit status 0 but cannot read {}: {e}\n{}",
                out.display(),
                r.combined()
            ))
        })
    }

    /// Converts with the signatures whose `active` flag is set. When the whole file fails,
    /// attributes each error to the function containing its location (or, for errors outside
    /// any function, converts each signature alone), blanks those functions out of the input
    /// (keeping line numbers), clears their flags and converts the rest, until it converts or
    /// nothing is left. Errors in functions without a signature (static helpers) blank the
    /// helper; their callers then fail on their own. Each failure is pushed to `failures` as
    /// `(function, report)`. Returns the output text, or None when nothing converted.
    pub fn convert_degraded(
        &self,
        cut_path: &Path,
        asm_text: &str,
        sigs: &[Sig],
        out: &Path,
        active: &mut [bool],
        failures: &mut Vec<(String, String)>,
    ) -> Option<String> {
        let mut lines: Vec<&str> = asm_text.lines().collect();
        let helpers: Vec<String> = defined_symbols(&lines, "function")
            .into_iter()
            .filter(|f| !sigs.iter().any(|s| &s.name == f))
            .collect();
        // Functions with a signature first (indices into `sigs`), then the helpers.
        let names: Vec<&str> = sigs
            .iter()
            .map(|s| s.name.as_str())
            .chain(helpers.iter().map(String::as_str))
            .collect();
        let ranges: Vec<Vec<usize>> = names.iter().map(|n| function_lines(&lines, n)).collect();
        let mut present = vec![true; names.len()];
        // Data objects (tables): an error in one blanks it and every function naming it.
        let objects: Vec<(String, Vec<usize>)> = defined_symbols(&lines, "object")
            .into_iter()
            .map(|o| {
                let r = function_lines(&lines, &o);
                (o, r)
            })
            .collect();
        let single = cut_path.with_extension("single.s");
        loop {
            let chosen: Vec<&Sig> = sigs
                .iter()
                .zip(active.iter())
                .filter(|(_, ok)| **ok)
                .map(|(s, _)| s)
                .collect();
            if chosen.is_empty() {
                return None;
            }
            let mut input = lines.join("\n");
            input.push('\n');
            write_file(cut_path, &input);
            let err = match self.convert(cut_path, &chosen, out) {
                Ok(t) => return Some(t),
                Err(e) => e,
            };
            let mut newly: Vec<(usize, String)> = Vec::new();
            for (block, line) in error_blocks(&err.stderr) {
                let Some(line) = line else { continue };
                let owner = (0..names.len()).find(|&i| {
                    present[i] && (i >= sigs.len() || active[i]) && ranges[i].contains(&(line - 1))
                });
                let users: Vec<usize> = match owner {
                    Some(i) => vec![i],
                    None => match objects.iter().find(|(_, r)| r.contains(&(line - 1))) {
                        Some((object, range)) => {
                            for &l in range {
                                lines[l] = "";
                            }
                            (0..names.len())
                                .filter(|&i| {
                                    present[i]
                                        && ranges[i].iter().any(|&l| names_symbol(lines[l], object))
                                })
                                .collect()
                        }
                        None => Vec::new(),
                    },
                };
                for i in users {
                    match newly.iter_mut().find(|(j, _)| *j == i) {
                        Some((_, text)) => text.push_str(&block),
                        None => newly.push((i, block.clone())),
                    }
                }
            }
            if newly.is_empty() {
                // Errors outside any function: try each signature alone.
                for (i, s) in sigs.iter().enumerate() {
                    if active[i] {
                        if let Err(e) = self.convert(cut_path, &[s], &single) {
                            newly.push((i, e.show()));
                        }
                    }
                }
                if newly.is_empty() {
                    for (i, s) in sigs.iter().enumerate() {
                        if active[i] {
                            active[i] = false;
                            failures.push((
                                s.name.clone(),
                                format!(
                                    "native2goasm fails on {} but on no function alone:\n{}",
                                    cut_path.display(),
                                    err.show()
                                ),
                            ));
                        }
                    }
                    return None;
                }
            }
            // A blanked function's callers would now call a body that is not there (the
            // converter takes it for another file's): blank them too, transitively.
            let mut k = 0;
            while k < newly.len() {
                let gone = names[newly[k].0];
                for j in 0..names.len() {
                    let calls_it = present[j]
                        && !newly.iter().any(|(i, _)| *i == j)
                        && ranges[j].iter().any(|&l| names_symbol(lines[l], gone));
                    if calls_it {
                        newly.push((j, format!("calls `{gone}`, which did not convert\n")));
                    }
                }
                k += 1;
            }
            for (i, text) in newly {
                present[i] = false;
                if i < sigs.len() {
                    active[i] = false;
                }
                let what = if i < sigs.len() { "" } else { " (helper)" };
                failures.push((
                    names[i].to_string(),
                    format!(
                        "native2goasm cannot convert {}{what}:\n{}",
                        names[i],
                        indent(&text)
                    ),
                ));
                for &l in &ranges[i] {
                    lines[l] = "";
                }
            }
        }
    }
}

/// The diagnostics of a converter run, split into blocks (a block starts
/// with an unindented `error...`/`warning...` line); each error block with
/// the input line (1-based) its `--> file:line:col` points at.
pub fn error_blocks(stderr: &str) -> Vec<(String, Option<usize>)> {
    let mut blocks: Vec<(bool, String)> = Vec::new();
    for line in stderr.lines() {
        let head = !line.starts_with(char::is_whitespace) && !line.is_empty();
        if head && (line.starts_with("error") || line.starts_with("warning")) || blocks.is_empty() {
            blocks.push((!line.starts_with("warning"), String::new()));
        }
        let b = blocks.last_mut().unwrap();
        b.1.push_str(line);
        b.1.push('\n');
    }
    blocks
        .into_iter()
        .filter(|(is_err, text)| *is_err && !text.trim().is_empty())
        .map(|(_, text)| {
            let line = text.lines().find_map(|l| {
                let loc = l.trim_start().strip_prefix("--> ")?;
                let mut parts = loc.rsplitn(3, ':');
                let _col = parts.next()?;
                parts.next()?.trim().parse::<usize>().ok()
            });
            (text, line)
        })
        .collect()
}

/// Only the error blocks of a diagnostic (the converter warns about every
/// function it was given no signature for; that noise hides the errors).
pub fn errors_only(stderr: &str) -> String {
    let errs: Vec<String> = error_blocks(stderr).into_iter().map(|(t, _)| t).collect();
    if errs.is_empty() {
        stderr.to_string()
    } else {
        errs.concat()
    }
}

/// A line without its comment (`#` on amd64, `//` on arm64: only labels and directives are
/// read this way, where `#` is no immediate).
fn code(l: &str) -> &str {
    let end = [l.find('#'), l.find("//")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(l.len());
    l[..end].trim()
}

/// The symbols of a kind (`function`, `object`) the assembly defines (`.type name, @kind` /
/// `%kind`).
pub fn defined_symbols(lines: &[&str], kind: &str) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| {
            let rest = code(l).strip_prefix(".type")?;
            let (name, k) = rest.split_once(',')?;
            k.trim().ends_with(kind).then(|| name.trim().to_string())
        })
        .collect()
}

/// True when `line` names `symbol` as a whole identifier (`.`, `_`, `$` are identifier
/// characters here, as in symbol names).
fn names_symbol(line: &str, symbol: &str) -> bool {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || "._$".contains(c)))
        .any(|w| w == symbol)
}

/// The 0-based line range of a function in the assembly (label line through `.size name,`
/// and a following `.cfi_endproc`), plus the `.globl`/`.type` lines naming it.
pub fn function_lines(lines: &[&str], name: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let label = format!("{name}:");
    let Some(start) = lines.iter().position(|l| code(l) == label) else {
        return out;
    };
    let is_size = |l: &str| {
        let t = code(l);
        t.starts_with(".size") && t[5..].trim_start().starts_with(&format!("{name},"))
    };
    let mut end = (start..lines.len())
        .find(|&i| is_size(lines[i]))
        .unwrap_or(lines.len() - 1);
    if let Some(i) =
        (end + 1..(end + 3).min(lines.len())).find(|&i| code(lines[i]) == ".cfi_endproc")
    {
        end = i;
    }
    out.extend(start..=end);
    for (i, l) in lines.iter().enumerate() {
        let t = code(l);
        let names_it = |dir: &str| {
            t.starts_with(dir) && {
                let rest = t[dir.len()..].trim_start();
                rest == name || rest.starts_with(&format!("{name},"))
            }
        };
        if names_it(".globl") || names_it(".type") {
            out.push(i);
        }
    }
    out
}

pub fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

/// The generated Go file of a converted package: assembly declarations for the converted
/// functions, Go stubs for the others, and the `notConverted` set the tests consult to skip.
pub fn decls_go(generator: &str, package: &str, sigs: &[Sig], converted: &[bool]) -> String {
    let mut s = format!(
        "// Code generated by {generator}; DO NOT EDIT.\n\n// Package {package} holds the corpus functions as converted by native2goasm.\npackage {package}\n\n"
    );
    if sigs.iter().any(|s| s.text.contains("unsafe.Pointer")) {
        s.push_str("import \"unsafe\"\n\n");
    }
    s.push_str("// notConverted lists the functions native2goasm did not convert in this\n// configuration (their tests skip; they have Go stubs below).\nvar notConverted = map[string]bool{\n");
    for (sig, ok) in sigs.iter().zip(converted) {
        if !ok {
            s.push_str(&format!("\t{:?}: true,\n", sig.name));
        }
    }
    s.push_str("}\n");
    for (sig, ok) in sigs.iter().zip(converted) {
        s.push('\n');
        if *ok {
            if sig.has_pointer() {
                s.push_str("//go:noescape\n");
            }
            s.push_str(&sig.text);
            s.push('\n');
        } else {
            s.push_str(&format!("{} {{ panic(\"not converted\") }}\n", sig.text));
        }
    }
    s
}

/// The tests of a `go test -v` run, by outcome (`Test_` prefix removed).
#[derive(Default)]
pub struct TestCounts {
    pub passed: Vec<String>,
    pub failed: Vec<String>,
    pub skipped: Vec<String>,
}

pub fn parse_go_test(out: &str) -> TestCounts {
    let mut c = TestCounts::default();
    for line in out.lines() {
        let line = line.trim_start();
        let (bucket, rest) = if let Some(r) = line.strip_prefix("--- PASS: ") {
            (&mut c.passed, r)
        } else if let Some(r) = line.strip_prefix("--- FAIL: ") {
            (&mut c.failed, r)
        } else if let Some(r) = line.strip_prefix("--- SKIP: ") {
            (&mut c.skipped, r)
        } else {
            continue;
        };
        let name = rest.split_whitespace().next().unwrap_or("");
        bucket.push(name.strip_prefix("Test_").unwrap_or(name).to_string());
    }
    c
}

/// go test -v output without the noise of passing tests.
pub fn interesting_go_output(out: &str) -> String {
    out.lines()
        .filter(|l| {
            let t = l.trim_start();
            !(t.starts_with("=== RUN")
                || t.starts_with("--- PASS")
                || t.starts_with("--- SKIP")
                || t.starts_with("=== PAUSE")
                || t.starts_with("=== CONT")
                || t.ends_with(": not converted by native2goasm"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
