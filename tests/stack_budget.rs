//! The stack budget (`--stack`): recursion has no static bound, so the Go entry reserves
//! the budget and every recursive native body checks the goroutine's stack bound at entry.
//! Exceeding it must end in the documented deliberate crash (`SIGILL` in
//! `native2goasm_stack_budget_exceeded`, named in the runtime's traceback), never in memory
//! corruption; a larger budget must let the same recursion finish. amd64, run natively.
//!
//! C (gcc -O2) → native2goasm `--stack 16KiB` / `--stack 8MiB` → a Go program calling the
//! recursion from a fresh goroutine.

mod common;

use common::{require_oracles, require_x86_64_host, run, scratch_dir, write_file};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const C: &str = r#"
/* Not a tail call: every level keeps a frame (the volatile array) until the callee returns. */
long depth(long n) {
    volatile long pad[8];
    if (n <= 0) return 0;
    pad[n & 7] = n;
    return depth(n - 1) + pad[n & 7] % 3;
}
"#;

const GO: &str = r#"package main

import (
	"fmt"
	"os"
	"strconv"
)

func depth(n int64) int64

func main() {
	n, _ := strconv.ParseInt(os.Args[1], 10, 64)
	done := make(chan int64)
	go func() { done <- depth(n) }()
	fmt.Println(<-done)
}
"#;

/// Builds the program with `--stack budget` and runs it with argument `n`.
fn build_and_run(dir: &Path, budget: &str, n: u64) -> common::RunResult {
    let asm = dir.join("depth.s");
    let conv = run(
        Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(["--syntax", "att", "--stack", budget])
            .args(["--sig", "func depth(n int64) int64"])
            .arg(dir.join("depth_gcc.s"))
            .arg("-o")
            .arg(&asm),
        Duration::from_secs(60),
    );
    assert!(conv.success, "native2goasm failed:\n{}", conv.combined());
    let module = dir.join(format!(
        "m{}",
        budget.replace(|c: char| !c.is_ascii_alphanumeric(), "")
    ));
    std::fs::create_dir_all(&module).unwrap();
    write_file(&module.join("go.mod"), "module budget\n\ngo 1.21\n");
    write_file(&module.join("main.go"), GO);
    std::fs::copy(&asm, module.join("depth_amd64.s")).unwrap();
    let vet = run(
        Command::new("go").args(["vet", "."]).current_dir(&module),
        Duration::from_secs(300),
    );
    assert!(vet.success, "go vet:\n{}", vet.combined());
    let build = run(
        Command::new("go")
            .args(["build", "-o", "prog", "."])
            .current_dir(&module),
        Duration::from_secs(300),
    );
    assert!(build.success, "go build:\n{}", build.combined());
    run(
        Command::new(module.join("prog")).arg(n.to_string()),
        Duration::from_secs(60),
    )
}

#[test]
fn exceeding_the_stack_budget_is_a_deliberate_crash_and_a_larger_budget_runs() {
    if !require_x86_64_host("stack_budget") || !require_oracles("stack_budget", &["gcc", "go"]) {
        return;
    }
    let dir = scratch_dir("stack-budget");
    write_file(&dir.join("depth.c"), C);
    let cc = run(
        Command::new("gcc")
            .args(["-O2", "-S", "-o"])
            .arg(dir.join("depth_gcc.s"))
            .arg(dir.join("depth.c")),
        Duration::from_secs(60),
    );
    assert!(cc.success, "gcc:\n{}", cc.combined());
    // The expected sum: pad[n&7] % 3 == n % 3 for every level.
    let n: u64 = 100_000;
    let want: u64 = (1..=n).map(|k| k % 3).sum();

    let small = build_and_run(&dir, "16KiB", 50);
    assert!(
        small.success,
        "depth(50) within 16 KiB:\n{}",
        small.combined()
    );
    assert_eq!(
        small.stdout.trim(),
        (1..=50u64).map(|k| k % 3).sum::<u64>().to_string()
    );

    let over = build_and_run(&dir, "16KiB", n);
    assert!(
        !over.success && !over.timed_out,
        "depth({n}) with 16 KiB must crash:\n{}",
        over.combined()
    );
    assert!(
        over.stderr.contains("SIGILL")
            && over.stderr.contains("native2goasm_stack_budget_exceeded"),
        "not the documented failure:\n{}",
        over.combined()
    );

    let big = build_and_run(&dir, "16MiB", n);
    assert!(big.success, "depth({n}) within 16 MiB:\n{}", big.combined());
    assert_eq!(big.stdout.trim(), want.to_string());
}

/// Every SP decrement with no static bound gets a check right after it: amd64 `sub %rax,
/// %rsp`, and arm64's VLA idiom, SP reloaded from a computed register (`mov sp, x9`).
#[test]
fn dynamic_sp_writes_are_followed_by_a_stack_check() {
    use native2goasm::convert::{convert, Options};
    use native2goasm::ir::Arch;
    for (arch, source, write) in [
        (
            Arch::Amd64,
            "f:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tsubq\t%rdi, %rsp\n\tleave\n\tret\n",
            "SUBQ DI, SP",
        ),
        (
            Arch::Arm64,
            "f:\n\tstp\tx29, x30, [sp, -16]!\n\tmov\tx29, sp\n\tsub\tx9, sp, x0\n\tmov\tsp, x9\n\
             \tmov\tsp, x29\n\tldp\tx29, x30, [sp], 16\n\tret\n",
            "MOVD R9, RSP",
        ),
    ] {
        let opts = Options {
            arch: Some(arch),
            source_name: "dyn.s".into(),
            ..Options::default()
        };
        let out =
            convert(source, &opts).unwrap_or_else(|d| panic!("{}", d.render("dyn.s", source)));
        let lines: Vec<&str> = out.text.lines().map(str::trim).collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(write))
            .unwrap_or_else(|| panic!("no `{write}` in\n{}", out.text));
        assert!(
            lines[at + 1..at + 4]
                .iter()
                .any(|l| l.contains("// stack check")),
            "no stack check after `{write}`:\n{}",
            out.text
        );
        assert!(out
            .text
            .contains("TEXT ·native2goasm_stack_budget_exceeded<>(SB)"));
    }
}
