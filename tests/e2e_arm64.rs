//! End-to-end acceptance test for arm64: C → arm64 assembly (aarch64-linux-gnu-gcc -O2,
//! clang --target=aarch64-linux-gnu -O3) → native2goasm → Go assembly → `go vet` and
//! `go test` with GOARCH=arm64 under qemu-aarch64-static, against a cgo reference
//! (cross cgo with aarch64-linux-gnu-gcc).
//!
//! Two suites:
//! - the corpus of the amd64 suite (`tests/e2e/corpus.c`, `signatures.txt`,
//!   `go/kernels_test.go`, `go/ref/ref.go`), converted whole: every function must convert
//!   and pass; also from gcc's object file and through the `--cc` driver (`INPUTS`); no `-ffixed-*` flag is needed (the compilers use neither x18 nor x28 here);
//! - `call1` from the design card, in both forms compilers emit (gcc -O2: `br x16` tail
//!   call; clang -O2 -fno-optimize-sibling-calls: frame record + `blr`), converted with
//!   exactly `native2goasm --arch arm64 --sig 'func call1(addr, arg1 uintptr) uintptr'`,
//!   calling a real C function whose address comes from cgo in a sub-package.
//!
//! Work files stay in `target/tmp/e2e_arm64/`. `NATIVE2GOASM_E2E_CONFIGS=gcc-O2` runs a
//! subset; `NATIVE2GOASM_REQUIRE_ORACLES=1` turns missing tools into failures.

mod common;

use common::e2e::{
    compile, decls_go, go_command, is_selected, load_signatures, selected_configs, Converter,
    GoTarget, Sig, GO_LIMIT, QEMU,
};
use common::ARM64_CORPUS_INPUTS as INPUTS;
use common::{crate_path, require_oracles, run, say, scratch_dir, write_file};
use common::{CorpusConfig as Config, ARM64_CORPUS as CONFIGS, ARM64_TOOLS as TOOLS};
use std::path::Path;
use std::time::Instant;

/// Converts with every signature; the error is the command and its error blocks.
fn convert(input: &Path, sigs: &[&Sig], out: &Path) -> Result<(), String> {
    Converter::new("arm64")
        .convert(input, sigs, out)
        .map(|_| ())
        .map_err(|e| e.show())
}

/// `go vet` (must be silent) and `go test` under qemu; returns the test output.
fn vet_and_test(module: &Path, cgo_cc: &str) -> Result<String, String> {
    let target = GoTarget {
        goarch: "arm64",
        cgo_cc: Some(cgo_cc),
    };
    let vet = run(&mut go_command(target, module, &["vet", "./..."]), GO_LIMIT);
    if !vet.success || !vet.combined().trim().is_empty() {
        return Err(format!(
            "go vet ./... (in {}) failed or printed something:\n{}",
            module.display(),
            vet.combined()
        ));
    }
    let test = run(
        &mut go_command(
            target,
            module,
            &[
                "test",
                "-count=1",
                "-v",
                "-timeout=500s",
                "-exec",
                QEMU,
                "./...",
            ],
        ),
        GO_LIMIT,
    );
    if !test.success || test.stdout.contains("--- FAIL") || test.stdout.contains("--- SKIP") {
        return Err(format!(
            "go test ./... (in {}) failed:\n{}",
            module.display(),
            test.combined()
                .lines()
                .filter(|l| !l.starts_with("=== ") && !l.contains("--- PASS"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    Ok(test.stdout)
}

/// Every function must convert: the generated declarations have an empty `notConverted`.
fn corpus_config(cfg: &Config, work: &Path, module: &Path) -> Result<String, String> {
    let sigs = load_signatures("tests/e2e/signatures.txt");
    let (input, extra) = cfg.converter_input(&crate_path("tests/e2e/corpus.c"), work)?;
    let out = module.join("kernels/kernels_arm64.s");
    let all: Vec<&Sig> = sigs.iter().collect();
    Converter {
        extra,
        ..Converter::new("arm64")
    }
    .convert(&input, &all, &out)
    .map_err(|e| e.show())?;
    let _ = std::fs::copy(&out, work.join(format!("kernels_arm64.{}.s", cfg.name)));
    write_file(
        &module.join("kernels/kernels.go"),
        decls_go(
            "tests/e2e_arm64.rs",
            "kernels",
            &sigs,
            &vec![true; sigs.len()],
        ),
    );
    let t0 = Instant::now();
    let stdout = vet_and_test(module, cfg.cgo_cc.unwrap_or("aarch64-linux-gnu-gcc"))?;
    let passed = stdout.matches("--- PASS: Test_").count();
    if passed != sigs.len() {
        return Err(format!(
            "only {passed} of {} tests passed:\n{stdout}",
            sigs.len()
        ));
    }
    Ok(format!(
        "[{}] converted {n}/{n}, passed {passed}/{n} under qemu - go test {:.1}s",
        cfg.name,
        t0.elapsed().as_secs_f64(),
        n = sigs.len()
    ))
}

#[test]
fn e2e_arm64_corpus() {
    const NAME: &str = "e2e_arm64_corpus";
    if !require_oracles(NAME, TOOLS) {
        return;
    }
    let only = selected_configs();
    let work = scratch_dir("e2e_arm64");
    let module = work.join("module");
    write_file(&module.join("go.mod"), "module e2e\n\ngo 1.24\n");
    let copy = |from: &str, to: &str| {
        write_file(&module.join(to), std::fs::read(crate_path(from)).unwrap());
    };
    copy("tests/e2e/go/kernels_test.go", "kernels/kernels_test.go");
    copy("tests/e2e/go/ref/ref.go", "kernels/ref/ref.go");
    copy("tests/e2e/corpus.c", "kernels/ref/corpus_impl.h");
    let mut failed = Vec::new();
    for cfg in CONFIGS.iter().chain(INPUTS) {
        if !is_selected(&only, cfg.name) {
            continue;
        }
        match corpus_config(cfg, &work, &module) {
            Ok(summary) => say(summary),
            Err(report) => {
                say(format!("[{}] FAILED", cfg.name));
                failed.push(format!("==== {} ====\n{report}", cfg.name));
            }
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

const CALL1_C: &str = "#include <stdint.h>\n\
uintptr_t call1(uintptr_t (*f)(uintptr_t), uintptr_t a) { return f(a); }\n";

const CALL1_REF: &str = r#"// Package ref gives Go the address of a C function, compiled by cgo.
package ref

/*
#include <stdint.h>
// Uses a little stack and calls another C function, like real callees do.
static uintptr_t rot(uintptr_t x, int k) { return (x << k) | (x >> (64 - k)); }
static uintptr_t mix(uintptr_t x) {
	volatile uintptr_t buf[32];
	for (int i = 0; i < 32; i++) buf[i] = rot(x + i, i % 63 + 1);
	uintptr_t h = 0x9E3779B97F4A7C15ull;
	for (int i = 0; i < 32; i++) h = (h ^ buf[i]) * 0x100000001B3ull;
	return h;
}
static uintptr_t mix_addr(void) { return (uintptr_t)&mix; }
*/
import "C"

// MixAddr is the address of the C function mix.
func MixAddr() uintptr { return uintptr(C.mix_addr()) }

// Mix calls mix through cgo.
func Mix(x uintptr) uintptr { return uintptr(C.mix(C.uintptr_t(x))) }
"#;

const CALL1_TEST: &str = r#"package call1

import (
	"testing"

	"call1/call1/ref"
)

func call1(addr, arg1 uintptr) uintptr

func TestCall1(t *testing.T) {
	addr := ref.MixAddr()
	for _, x := range []uintptr{0, 1, 42, 1 << 40, ^uintptr(0), 0x0123456789abcdef} {
		if got, want := call1(addr, x), ref.Mix(x); got != want {
			t.Fatalf("call1(mix, %#x) = %#x, want %#x", x, got, want)
		}
	}
}

// Deep Go stacks and a goroutine per call: the stack check of call1's frame runs.
func TestCall1Goroutines(t *testing.T) {
	addr := ref.MixAddr()
	done := make(chan uintptr)
	for i := 0; i < 50; i++ {
		go func(x uintptr) { done <- call1(addr, x) ^ ref.Mix(x) }(uintptr(i))
	}
	for i := 0; i < 50; i++ {
		if d := <-done; d != 0 {
			t.Fatalf("difference %#x", d)
		}
	}
}
"#;

#[test]
fn e2e_arm64_call1() {
    const NAME: &str = "e2e_arm64_call1";
    if !require_oracles(NAME, TOOLS) {
        return;
    }
    let work = scratch_dir("e2e_arm64_call1");
    let src = work.join("call1.c");
    write_file(&src, CALL1_C);
    let module = work.join("module");
    write_file(&module.join("go.mod"), "module call1\n\ngo 1.24\n");
    write_file(&module.join("call1/ref/ref.go"), CALL1_REF);
    write_file(&module.join("call1/call1_test.go"), CALL1_TEST);
    let forms: [(&str, &str, &[&str], &str); 2] = [
        (
            "gcc-O2-tail-call",
            "aarch64-linux-gnu-gcc",
            &["-O2", "-S"],
            "br\t",
        ),
        (
            "clang-O2-frame-record",
            "clang",
            &[
                "--target=aarch64-linux-gnu",
                "-O2",
                "-fno-optimize-sibling-calls",
                "-S",
            ],
            "blr\t",
        ),
    ];
    let mut failed = Vec::new();
    for (name, cc, flags, marker) in forms {
        let asm = work.join(format!("call1.{name}.s"));
        let out = module.join("call1/call1_arm64.s");
        let result = compile(cc, flags, &src, &asm)
            .and_then(|()| {
                let text = std::fs::read_to_string(&asm).unwrap();
                if text.contains(marker) {
                    Ok(())
                } else {
                    Err(format!(
                        "{} has no `{marker}`: not the form this case tests",
                        asm.display()
                    ))
                }
            })
            .and_then(|()| {
                let sig = Sig {
                    name: "call1".into(),
                    text: "func call1(addr, arg1 uintptr) uintptr".into(),
                };
                convert(&asm, &[&sig], &out)
            })
            .and_then(|()| vet_and_test(&module, "aarch64-linux-gnu-gcc"));
        let _ = std::fs::copy(&out, work.join(format!("call1_arm64.{name}.s")));
        match result {
            Ok(_) => say(format!(
                "[call1 {name}] converted, vetted, passed under qemu"
            )),
            Err(e) => failed.push(format!("==== call1 {name} ====\n{e}")),
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}
