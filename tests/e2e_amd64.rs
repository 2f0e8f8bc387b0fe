//! End-to-end acceptance test for amd64: C → native assembly → native2goasm →
//! Go assembly → `go vet` + `go test` against a cgo reference.
//!
//! For each compiler configuration, `tests/e2e/corpus.c` is compiled with
//! `-S`, converted with one `--sig` per line of `tests/e2e/signatures.txt`,
//! and dropped into a temporary Go module:
//!
//! ```text
//! go.mod                      module e2e
//! kernels/kernels.go          generated: declarations (+ Go stubs for functions not converted)
//! kernels/kernels_amd64.s     native2goasm output
//! kernels/kernels_test.go     tests/e2e/go/kernels_test.go
//! kernels/ref/ref.go          tests/e2e/go/ref/ref.go (cgo)
//! kernels/ref/corpus_impl.h   tests/e2e/corpus.c
//! ```
//!
//! `go vet ./...` must succeed silently and `go test ./...` must pass. When
//! the whole file does not convert, every signature is tried alone to name the
//! functions that fail, the rest is converted and tested anyway (the others
//! get Go stubs whose tests skip), and the configuration fails.
//!
//! Environment:
//! - `NATIVE2GOASM_REQUIRE_ORACLES=1`: a missing gcc/clang/go fails instead of skipping.
//! - `NATIVE2GOASM_E2E_CONFIGS=gcc-O2,clang-O2`: run only these configurations.
//! - `NATIVE2GOASM_E2E_CONVERTER=/path`: test another converter binary.
//! - `NATIVE2GOASM_E2E_KEEP=1`: print the work directory (it is kept anyway
//!   under target/tmp until the next run).

mod common;

use common::{
    crate_path, describe, require_oracles, require_x86_64_host, run, say, scratch_dir, write_file,
};
use common::{CorpusConfig as Config, AMD64_CORPUS as CONFIGS};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const TOOL_LIMIT: Duration = Duration::from_secs(120);
const GO_LIMIT: Duration = Duration::from_secs(600);

/// One line of signatures.txt.
#[derive(Clone)]
struct Sig {
    name: String,
    text: String,
}

impl Sig {
    fn has_pointer(&self) -> bool {
        self.text.contains('*') || self.text.contains("unsafe.Pointer")
    }
}

fn load_signatures() -> Vec<Sig> {
    let path = crate_path("tests/e2e/signatures.txt");
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

/// Corpus discipline: the C functions must stay leaf functions that keep
/// everything in registers (no push/pop, no stack frame, no red zone, no
/// calls, no indirect jumps). A violation is a corpus bug, reported as such.
fn check_corpus_discipline(asm: &str, sigs: &[Sig]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut current: Option<&str> = None;
    for (i, raw) in asm.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if let Some(label) = line.strip_suffix(':') {
            if let Some(s) = sigs.iter().find(|s| s.name == label) {
                current = Some(&s.name);
            }
            continue;
        }
        let Some(func) = current else { continue };
        if line.is_empty() || line.starts_with('.') {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        let mnemonic = lower.split_whitespace().next().unwrap_or("");
        let operands = lower[mnemonic.len()..].trim();
        let bad = mnemonic.starts_with("push")
            || mnemonic.starts_with("pop") && !mnemonic.starts_with("popcnt")
            || mnemonic.starts_with("call")
            || mnemonic == "enter"
            || mnemonic == "leave"
            || (mnemonic.starts_with("sub")
                || mnemonic.starts_with("add")
                || mnemonic.starts_with("and"))
                && (operands.ends_with("%rsp") || operands.starts_with("rsp"))
            || mnemonic.starts_with("jmp")
                && (operands.contains('*') || operands.contains('[') || operands.starts_with('r'))
            || operands.contains("-") && operands.contains("rsp");
        if bad {
            problems.push(format!("  line {}: {func}: {}", i + 1, raw.trim()));
        }
    }
    problems
}

fn go_command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("go");
    cmd.args(args)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOFLAGS", "")
        .env("GO111MODULE", "on")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "1");
    cmd
}

/// A failed converter run.
struct ConvertError {
    cmd: String,
    code: Option<i32>,
    stderr: String,
}

/// Runs the converter; returns the output text or the failure.
fn convert(
    converter: &Path,
    input: &Path,
    sigs: &[&Sig],
    out: &Path,
) -> Result<String, ConvertError> {
    let _ = std::fs::remove_file(out);
    let mut cmd = Command::new(converter);
    cmd.args(["--arch", "amd64"]);
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

/// The diagnostics of a converter run, split into blocks (a block starts
/// with an unindented `error...`/`warning...` line); each error block with
/// the input line (1-based) its `--> file:line:col` points at.
fn error_blocks(stderr: &str) -> Vec<(String, Option<usize>)> {
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
fn errors_only(stderr: &str) -> String {
    let errs: Vec<String> = error_blocks(stderr).into_iter().map(|(t, _)| t).collect();
    if errs.is_empty() {
        stderr.to_string()
    } else {
        errs.concat()
    }
}

/// For each signature, the 0-based line range of its function in the
/// assembly (label line through `.size name,` and a following
/// `.cfi_endproc`), plus the `.globl`/`.type` lines naming it.
fn function_lines(lines: &[&str], name: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let code = |l: &str| l.split('#').next().unwrap_or("").trim().to_string();
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

/// Degraded mode, after the whole file failed: attribute errors to functions
/// by their location (or, for errors outside any function, by converting
/// each signature alone), blank those functions out of the input (keeping
/// line numbers) and convert the rest, until it converts or nothing is left.
#[allow(clippy::too_many_arguments)]
fn convert_degraded(
    converter: &Path,
    work: &Path,
    cfg: &Config,
    asm_text: &str,
    sigs: &[Sig],
    out: &Path,
    converted: &mut [bool],
    failures: &mut Vec<String>,
) -> Option<String> {
    let mut lines: Vec<&str> = asm_text.lines().collect();
    let ranges: Vec<Vec<usize>> = sigs
        .iter()
        .map(|s| function_lines(&lines, &s.name))
        .collect();
    let cut_path = work.join(format!("corpus.{}.cut.s", cfg.name));
    let single = work.join("single.s");
    let show_cmd = |e: &ConvertError| format!("$ {}\n{}", e.cmd, indent(&errors_only(&e.stderr)));
    loop {
        let active: Vec<&Sig> = sigs
            .iter()
            .zip(converted.iter())
            .filter(|(_, ok)| **ok)
            .map(|(s, _)| s)
            .collect();
        if active.is_empty() {
            return None;
        }
        let mut input = lines.join("\n");
        input.push('\n');
        write_file(&cut_path, &input);
        let err = match convert(converter, &cut_path, &active, out) {
            Ok(t) => return Some(t),
            Err(e) => e,
        };
        let mut newly: Vec<(usize, String)> = Vec::new();
        for (block, line) in error_blocks(&err.stderr) {
            let Some(line) = line else { continue };
            if let Some(i) =
                (0..sigs.len()).find(|&i| converted[i] && ranges[i].contains(&(line - 1)))
            {
                match newly.iter_mut().find(|(j, _)| *j == i) {
                    Some((_, text)) => text.push_str(&block),
                    None => newly.push((i, block)),
                }
            }
        }
        if newly.is_empty() {
            // Errors outside any function: try each signature alone.
            for (i, s) in sigs.iter().enumerate() {
                if converted[i] {
                    if let Err(e) = convert(converter, &cut_path, &[s], &single) {
                        newly.push((i, show_cmd(&e)));
                    }
                }
            }
            if newly.is_empty() {
                failures.push(format!(
                    "native2goasm fails on {} but on no function alone; giving up:\n{}",
                    cut_path.display(),
                    show_cmd(&err)
                ));
                return None;
            }
        }
        for (i, text) in newly {
            converted[i] = false;
            failures.push(format!(
                "native2goasm cannot convert {}:\n{}",
                sigs[i].name,
                indent(&text)
            ));
            for &l in &ranges[i] {
                lines[l] = "";
            }
        }
    }
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

/// kernels.go: assembly declarations for converted functions, Go stubs for
/// the others, and the `notConverted` set the test consults to skip.
fn kernels_go(sigs: &[Sig], converted: &[bool]) -> String {
    let mut s = String::from(
        "// Code generated by tests/e2e_amd64.rs; DO NOT EDIT.\n\n// Package kernels holds the corpus functions as converted by native2goasm.\npackage kernels\n\n",
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

#[derive(Default)]
struct TestCounts {
    passed: Vec<String>,
    failed: Vec<String>,
    skipped: Vec<String>,
}

fn parse_go_test(out: &str) -> TestCounts {
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
fn interesting_go_output(out: &str) -> String {
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

/// Runs one configuration; returns Err(report) on failure.
fn run_config(
    cfg: &Config,
    converter: &Path,
    work: &Path,
    module: &Path,
    sigs: &[Sig],
) -> Result<String, String> {
    let corpus = crate_path("tests/e2e/corpus.c");
    let asm = work.join(format!("corpus.{}.s", cfg.name));
    let mut cc = Command::new(cfg.cc);
    cc.args(cfg.flags).arg(&corpus).arg("-o").arg(&asm);
    let r = run(&mut cc, TOOL_LIMIT);
    if !r.success {
        return Err(format!(
            "compiling the corpus failed:\n$ {}\n{}",
            describe(&cc),
            r.combined()
        ));
    }
    let asm_text = std::fs::read_to_string(&asm).map_err(|e| format!("{}: {e}", asm.display()))?;
    let problems = check_corpus_discipline(&asm_text, sigs);
    if !problems.is_empty() {
        return Err(format!(
            "corpus bug: {} makes functions that use the stack, call or jump indirectly ({}):\n{}",
            describe(&cc),
            asm.display(),
            problems.join("\n")
        ));
    }

    // Convert everything at once; on failure, work out which functions the
    // converter rejects, cut them out of the input and convert the rest.
    let out = module.join("kernels/kernels_amd64.s");
    let mut failures = Vec::new();
    let mut converted = vec![true; sigs.len()];
    let all: Vec<&Sig> = sigs.iter().collect();
    let mut text = match convert(converter, &asm, &all, &out) {
        Ok(t) => Some(t),
        Err(e) => {
            failures.push(format!(
                "native2goasm failed on the whole file (exit status {:?}):\n$ {}\n{}",
                e.code,
                e.cmd,
                errors_only(&e.stderr)
            ));
            convert_degraded(
                converter,
                work,
                cfg,
                &asm_text,
                sigs,
                &out,
                &mut converted,
                &mut failures,
            )
        }
    };
    if text.is_none() {
        converted = vec![false; sigs.len()];
        text = Some("// nothing converted\n".to_string());
        write_file(&out, text.as_deref().unwrap());
    }
    // A function counts as converted only if its TEXT symbol is there.
    let text = text.unwrap();
    for (i, s) in sigs.iter().enumerate() {
        if converted[i] && !text.contains(&format!("·{}(SB)", s.name)) {
            converted[i] = false;
            failures.push(format!(
                "native2goasm exited 0 but emitted no TEXT ·{}(SB)",
                s.name
            ));
        }
    }
    let n_conv = converted.iter().filter(|c| **c).count();
    // Keep a copy of every configuration's output for inspection.
    let _ = std::fs::copy(&out, work.join(format!("kernels_amd64.{}.s", cfg.name)));
    write_file(
        &module.join("kernels/kernels.go"),
        kernels_go(sigs, &converted),
    );

    let vet = run(&mut go_command(module, &["vet", "./..."]), GO_LIMIT);
    if !vet.success || !vet.combined().trim().is_empty() {
        failures.push(format!(
            "go vet ./... (in {}) failed or printed something:\n{}",
            module.display(),
            vet.combined()
        ));
    }

    let t0 = Instant::now();
    let test = run(
        &mut go_command(
            module,
            &["test", "-count=1", "-v", "-timeout=300s", "./..."],
        ),
        GO_LIMIT,
    );
    let counts = parse_go_test(&test.stdout);
    let n_pass = counts.passed.len();
    if !test.success || !counts.failed.is_empty() {
        failures.push(format!(
            "go test ./... (in {}) failed{}:\n{}",
            module.display(),
            if counts.failed.is_empty() {
                String::new()
            } else {
                format!(" [{}]", counts.failed.join(", "))
            },
            interesting_go_output(&test.combined())
        ));
    }
    let summary = format!(
        "[{}] converted {n_conv}/{total}, passed {n_pass}/{total} (failed: {}; skipped: {}) - go test {:.1}s",
        cfg.name,
        counts.failed.len(),
        counts.skipped.len(),
        t0.elapsed().as_secs_f64(),
        total = sigs.len(),
    );
    if n_pass != sigs.len() && failures.is_empty() {
        failures.push(format!(
            "only {n_pass} of {} tests passed:\n{}",
            sigs.len(),
            test.combined()
        ));
    }
    if failures.is_empty() {
        Ok(summary)
    } else {
        Err(format!("{summary}\n{}", failures.join("\n\n")))
    }
}

#[test]
fn e2e_amd64() {
    const NAME: &str = "e2e_amd64";
    if !require_x86_64_host(NAME) || !require_oracles(NAME, &["gcc", "clang", "go"]) {
        return;
    }
    let converter: PathBuf = std::env::var_os("NATIVE2GOASM_E2E_CONVERTER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_native2goasm")));
    let sigs = load_signatures();
    let only: Option<Vec<String>> = std::env::var("NATIVE2GOASM_E2E_CONFIGS")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .map(|v| v.split(',').map(|s| s.trim().to_string()).collect());

    // The Go module: fixed files first, generated ones per configuration.
    let work = scratch_dir("e2e_amd64");
    let module = work.join("module");
    write_file(&module.join("go.mod"), "module e2e\n\ngo 1.24\n");
    let copy = |from: &str, to: &str| {
        let src = crate_path(from);
        let data = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        write_file(&module.join(to), data);
    };
    copy("tests/e2e/go/kernels_test.go", "kernels/kernels_test.go");
    copy("tests/e2e/go/ref/ref.go", "kernels/ref/ref.go");
    copy("tests/e2e/corpus.c", "kernels/ref/corpus_impl.h");
    if std::env::var_os("NATIVE2GOASM_E2E_KEEP").is_some() {
        say(format!("e2e_amd64: work directory {}", work.display()));
    }

    let mut reports = Vec::new();
    let mut failed = Vec::new();
    for cfg in CONFIGS {
        if let Some(only) = &only {
            if !only.iter().any(|o| o == cfg.name) {
                continue;
            }
        }
        match run_config(cfg, &converter, &work, &module, &sigs) {
            Ok(summary) => say(summary),
            Err(report) => {
                say(report.lines().next().unwrap_or(""));
                failed.push(cfg.name);
                reports.push(format!("==== {} ====\n{report}", cfg.name));
            }
        }
    }
    if !failed.is_empty() {
        panic!(
            "e2e_amd64 failed for {} (work directory {}):\n\n{}",
            failed.join(", "),
            work.display(),
            reports.join("\n\n")
        );
    }
}
