//! SP reloaded from a register that holds a copy of it, after pushes Go's assembler counted:
//! gcc's `movq %rsp, %rbx` … `pushq` (stack arguments) … `call` … `movq %rbx, %rsp`,
//! `addq $N, %rsp`, pops, `ret` (SQLite's `timediffFunc`, gcc -O2: it keeps a local's
//! address, which is SP, in RBX and drops the pushed arguments by reloading SP from it).
//! Go's SP table must not count the dropped pushes: a correction (`ADJSP`) goes right before
//! the reload, where the flags it changes are dead (the `addq` after the reload sets them).
//! Likewise an untracked release that drops counted pushes with the frame (clang's
//! `HUF_readStats`: `sub rsp, 896`, three pushes, `call`, `add rsp, 920`): Go tracks neither
//! large adjustment, so a correction jumped over follows it. Run natively on amd64 with Go;
//! and a reload followed by a flag read is refused, located.

mod common;

use common::{go_vet_and_run, require_oracles, require_x86_64_host, scratch_dir, write_file};
use native2goasm::convert::{convert, Conversion, Options};
use native2goasm::frame::parse_signature;
use native2goasm::ir::Arch;

/// `add8` sums its six register and two stack arguments; `spr(x, y)` calls it as gcc does in
/// `timediffFunc` and returns `x + y + 3 + 4 + 5 + 6 + x + y` (the local at 0(%rsp) holds x).
const SOURCE: &str = "\t.text
\t.type\tadd8, @function
add8:
\tleaq\t(%rdi,%rsi), %rax
\taddq\t%rdx, %rax
\taddq\t%rcx, %rax
\taddq\t%r8, %rax
\taddq\t%r9, %rax
\taddq\t8(%rsp), %rax
\taddq\t16(%rsp), %rax
\tret
\t.size\tadd8, .-add8
\t.globl\tspr
\t.type\tspr, @function
spr:
\tpushq\t%rbx
\tsubq\t$32, %rsp
\tmovq\t%rdi, (%rsp)
\tmovq\t%rsp, %rbx
\tmovq\t%rsi, %r10
\tpushq\t%rsi
\tpushq\t%rdi
\tmovq\t(%rbx), %rdi
\tmovq\t%r10, %rsi
\tmovl\t$3, %edx
\tmovl\t$4, %ecx
\tmovl\t$5, %r8d
\tmovl\t$6, %r9d
\tcall\tadd8
\tmovq\t%rbx, %rsp
\taddq\t$32, %rsp
\tpopq\t%rbx
\tret
\t.size\tspr, .-spr
\t.globl\tspr_big
\t.type\tspr_big, @function
spr_big:
\tsubq\t$296, %rsp
\tmovq\t%rsi, 8(%rsp)
\tpushq\t%rdi
\tpushq\t16(%rsp)
\tmovl\t$3, %edx
\tmovl\t$4, %ecx
\tmovl\t$5, %r8d
\tmovl\t$6, %r9d
\tcall\tadd8
\taddq\t$312, %rsp
\tret
\t.size\tspr_big, .-spr_big
";

const GO: &str = r#"package main

import (
	"fmt"
	"runtime"
	"sync"
)

func spr(x, y int64) int64
func spr_big(x, y int64) int64

func main() {
	var wg sync.WaitGroup
	bad := make(chan string, 64)
	for g := int64(0); g < 16; g++ {
		wg.Add(1)
		go func(g int64) {
			defer wg.Done()
			for i := int64(-500); i < 500; i++ {
				x, y := i*g, i-g*7
				if got, want := spr(x, y), 2*x+2*y+18; got != want {
					bad <- fmt.Sprintf("spr(%d, %d) = %d, want %d", x, y, got, want)
					return
				}
				// The stack arguments: x, then y pushed from the frame.
				if got, want := spr_big(x, y), x+y+18+x+y; got != want {
					bad <- fmt.Sprintf("spr_big(%d, %d) = %d, want %d", x, y, got, want)
					return
				}
				if i%97 == 0 {
					runtime.GC() // stack scans walk the SP tables
				}
			}
		}(g)
	}
	wg.Wait()
	close(bad)
	for b := range bad {
		fmt.Println(b)
	}
	fmt.Println("done")
}
"#;

fn options() -> Options {
    Options {
        arch: Some(Arch::Amd64),
        source_name: "spr.s".into(),
        signatures: vec![
            parse_signature("func spr(x, y int64) int64").unwrap(),
            parse_signature("func spr_big(x, y int64) int64").unwrap(),
        ],
        ..Options::default()
    }
}

/// The conversion of `source`, its trimmed lines, and the index of the reload among them.
fn converted(source: &str) -> (Conversion, Vec<String>, usize) {
    let out =
        convert(source, &options()).unwrap_or_else(|d| panic!("{}", d.render("spr.s", source)));
    let lines: Vec<String> = out.text.lines().map(|l| l.trim().to_string()).collect();
    let reload = lines
        .iter()
        .position(|l| l.starts_with("MOVQ BX, SP"))
        .unwrap_or_else(|| panic!("no reload in\n{}", out.text));
    (out, lines, reload)
}

#[test]
fn sp_reload_after_pushes_runs_with_a_correction_before_it() {
    let (out, lines, reload) = converted(SOURCE);
    assert!(
        lines[reload - 1].starts_with("ADJSP $-16"),
        "no correction of the two pushes before the reload:\n{}",
        out.text
    );
    let release = lines
        .iter()
        .position(|l| l.contains("add\t$312, %rsp") || l.starts_with("ADDQ $312, SP"))
        .unwrap_or_else(|| panic!("no release in\n{}", out.text));
    assert!(
        lines[release + 1].starts_with("JMP native2goasm_sp")
            && lines[release + 2].starts_with("ADJSP $-16"),
        "no correction jumped over after the release:\n{}",
        out.text
    );

    const NAME: &str = "sp_reload";
    if !require_x86_64_host(NAME) || !require_oracles(NAME, &["go"]) {
        return;
    }
    let module = scratch_dir("sp-reload");
    write_file(&module.join("go.mod"), "module spreload\n\ngo 1.21\n");
    write_file(&module.join("main.go"), GO);
    write_file(&module.join("spr_amd64.s"), &out.text);
    let prog = go_vet_and_run(&module);
    assert!(prog.success, "go run:\n{}", prog.combined());
    assert_eq!(prog.stdout.trim(), "done", "{}", prog.combined());
}

/// The correction changes the flags: a reload whose flags are read afterwards (here `sete`
/// after it, of the `cmpq` before) gets it after the reload instead, jumped over (the form
/// `spr_big` runs above).
#[test]
fn sp_reload_with_the_flags_live_gets_the_correction_jumped_over() {
    let source = SOURCE.replace(
        "\tmovq\t%rbx, %rsp\n\taddq\t$32, %rsp\n",
        "\tcmpq\t$1, %rax\n\tmovq\t%rbx, %rsp\n\tsete\t%al\n\taddq\t$32, %rsp\n",
    );
    let (out, lines, reload) = converted(&source);
    assert!(
        lines[reload - 1].starts_with("CMPQ")
            && lines[reload + 1].starts_with("JMP native2goasm_sp")
            && lines[reload + 2].starts_with("ADJSP $-16")
            && lines[reload + 4].starts_with("native2goasm_sp")
            && lines[reload + 5].starts_with("SETEQ"),
        "not a correction jumped over after the reload:\n{}",
        out.text
    );
}
