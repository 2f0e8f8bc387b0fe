//! End-to-end acceptance test for amd64: C → native assembly → native2goasm →
//! Go assembly → `go vet` + `go test` against a cgo reference.
//!
//! For each compiler configuration, `tests/e2e/corpus.c` is compiled with
//! `-S`, converted with one `--sig` per line of `tests/e2e/signatures.txt`,
//! and dropped into a temporary Go module. Two more configurations convert the
//! same C from gcc's object file (`-c`) and through the converter's `--cc` driver
//! (`AMD64_CORPUS_INPUTS`):
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

use common::e2e::{
    decls_go, errors_only, go_command, interesting_go_output, is_selected, load_signatures,
    parse_go_test, selected_configs, Converter, GoTarget, Sig, GO_LIMIT, TOOL_LIMIT,
};
use common::{
    crate_path, describe, require_oracles, require_x86_64_host, run, say, scratch_dir, write_file,
};
use common::{CorpusConfig as Config, AMD64_CORPUS as CONFIGS, AMD64_CORPUS_INPUTS as INPUTS};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const AMD64: GoTarget = GoTarget {
    goarch: "amd64",
    cgo_cc: None,
};

/// Corpus discipline: the C functions must stay leaf functions that keep
/// everything in registers (no push/pop, no stack frame, no red zone, no
/// calls, no indirect jumps). A violation is a corpus bug, reported as such., no indirect jumps). A violation is a corpus bug, reported as such.
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

fn run_config(
    cfg: &Config,
    converter: &Converter,
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

    // Convert everything at once (the assembly, or the object file or C file the
    // configuration gives instead); on failure, work out which functions the converter
    // rejects, cut them out of the assembly and convert the rest.
    let out = module.join("kernels/kernels_amd64.s");
    let mut failures = Vec::new();
    let mut converted = vec![true; sigs.len()];
    let all: Vec<&Sig> = sigs.iter().collect();
    let (input, extra) = cfg.converter_input(&corpus, work)?;
    let whole = Converter {
        extra: converter.extra.iter().cloned().chain(extra).collect(),
        ..Converter::new("amd64")
    };
    let mut text = match whole.convert(&input, &all, &out) {
        Ok(t) => Some(t),
        Err(e) => {
            failures.push(format!(
                "native2goasm failed on the whole file (exit status {:?}):\n$ {}\n{}",
                e.code,
                e.cmd,
                errors_only(&e.stderr)
            ));
            let mut rejected = Vec::new();
            let text = converter.convert_degraded(
                &work.join(format!("corpus.{}.cut.s", cfg.name)),
                &asm_text,
                sigs,
                &out,
                &mut converted,
                &mut rejected,
            );
            failures.extend(rejected.into_iter().map(|(_, report)| report));
            text
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
        decls_go("tests/e2e_amd64.rs", "kernels", sigs, &converted),
    );

    let vet = run(&mut go_command(AMD64, module, &["vet", "./..."]), GO_LIMIT);
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
            AMD64,
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
    let converter = Converter::new("amd64");
    let sigs = load_signatures("tests/e2e/signatures.txt");
    let only = selected_configs();

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
    for cfg in CONFIGS.iter().chain(INPUTS) {
        if !is_selected(&only, cfg.name) {
            continue;
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
