//! Bad input: every case runs the real binary with `-o`, and must exit with status 1, print
//! a located diagnostic (`file:line:col`, the source line, a caret under the culprit, what
//! was expected) and leave no output file behind.

mod common;

use std::process::Command;

use common::bad_input::{check_all, scratch, Case};

const CASES: &[Case] = &[
    Case {
        name: "unknown_mnemonic",
        input: "f:\n\tfrobq\t%rax, %rbx\n\tret\n",
        args: &[],
        message: "unknown instruction `frobq`",
        at: "2:2",
        culprit: "frobq",
        expected: "an x86-64 instruction",
    },
    Case {
        name: "unknown_register_att",
        input: "f:\n\tmovq\t%rxx, %rax\n\tret\n",
        args: &[],
        message: "unknown register `%rxx`",
        at: "2:7",
        culprit: "%rxx",
        expected: "a register such as %rax",
    },
    Case {
        name: "malformed_memory_operand",
        input: "f:\n\tmovq\t8(%rdi, %rax\n\tret\n",
        args: &[],
        message: "malformed AT&T syntax",
        at: "2:8",
        culprit: "(%rdi",
        expected: "an operand",
    },
    Case {
        name: "operands_that_fit_no_form",
        input: ".intel_syntax noprefix\nf:\n\tadd\teax, xmm0\n\tret\n",
        args: &[],
        message: "`add` does not take these operands",
        at: "3:2",
        culprit: "add\teax, xmm0",
        expected: "one of:",
    },
    Case {
        name: "bad_scale",
        input: "f:\n\tmovl\t(%rdi,%rsi,3), %eax\n\tret\n",
        args: &[],
        message: "bad scale",
        at: "2:18",
        culprit: "3",
        expected: "1, 2, 4 or 8",
    },
    Case {
        name: "stack_paths_disagree",
        input: "f:\n\tpushq\t%rbx\n\ttestq\t%rdi, %rdi\n\tjne\t.L1\n\tpopq\t%rbx\n.L1:\n\tret\n",
        args: &[],
        message:
            "the stack pointer differs between the paths that meet here (8 and 0 bytes pushed)",
        at: "5:2",
        culprit: "popq\t%rbx",
        expected: "code whose pushes and pops agree on every path",
    },
    Case {
        name: "return_with_stack_pushed",
        input: ".intel_syntax noprefix\nf:\n\tsub\trsp, 24\n\tret\n",
        args: &[],
        message: "return with 24 bytes still pushed",
        at: "4:2",
        culprit: "ret",
        expected: "every push popped before `ret`",
    },
    Case {
        name: "loop_pushes_without_popping",
        input: "f:\n.L1:\n\tpushq\t%rax\n\tjmp\t.L1\n",
        args: &[],
        message:
            "the stack pointer differs between the paths that meet here (0 and 8 bytes pushed)",
        at: "4:2",
        culprit: "jmp\t.L1",
        expected: "agree on every path",
    },
    Case {
        name: "unknown_directive",
        input: "\t.text\n\t.frobnicate 3\nf:\n\tret\n",
        args: &[],
        message: "unknown directive `.frobnicate`",
        at: "2:2",
        culprit: ".frobnicate 3",
        expected: "could change code or data",
    },
    Case {
        name: "writes_frame_pointer",
        input: "f:\n\tmovq\t%rdi, %rbp\n\tret\n",
        args: &[],
        message: "`MOVQ` writes rbp before saving it: go vet's framepointer check refuses that",
        at: "2:2",
        culprit: "movq\t%rdi, %rbp",
        expected: "rbp saved first (`push %rbp`), as C compilers do",
    },
    Case {
        name: "undefined_symbol",
        input: "f:\n\tmovsd\t.LC9(%rip), %xmm0\n\tret\n",
        args: &["--sig", "func f() float64"],
        message: "`LC9` is used but not defined in the input",
        at: "2:2",
        culprit: "movsd\t.LC9(%rip), %xmm0",
        expected: "data defined in the input",
    },
    Case {
        name: "jump_table_data",
        input: "f:\n\tmovq\t.LT(%rip), %rax\n\tret\n\t.section .rodata\n.LT:\n\t.quad\t.L3\n",
        args: &["--sig", "func f() uint64"],
        message: "`.LT` holds symbol values (`.L3`)",
        at: "6:8",
        culprit: ".L3",
        expected: "constant data",
    },
    Case {
        name: "branch_out_of_function",
        input: "f:\n\tjmp\t.L9\ng:\n\tret\n",
        args: &[],
        message: "branch to `L9`, which is not a label of this function",
        at: "2:2",
        culprit: "jmp\t.L9",
        expected: "a local label of the same function",
    },
    Case {
        name: "mixed_syntax",
        input: "f:\n\tmovq\t%rdi, %rax\n\tmov\trax, QWORD PTR [rdi]\n\tret\n",
        args: &[],
        message: "cannot tell AT&T from Intel syntax",
        at: "3:2",
        culprit: "mov\trax, QWORD PTR [rdi]",
        expected: "--syntax att or --syntax intel",
    },
    Case {
        name: "stack_argument_beyond_signature",
        input: "f:\n\tmovq\t8(%rsp), %rax\n\tret\n",
        args: &["--sig", "func f(a int64) int64"],
        message: "`8(%rsp)` reads a stack-passed argument, but the signature has none",
        at: "2:2",
        culprit: "movq\t8(%rsp), %rax",
        expected: "no stack access",
    },
    Case {
        name: "instruction_outside_function",
        input: "\tmovq\t%rdi, %rax\nf:\n\tret\n",
        args: &[],
        message: "instruction outside a function",
        at: "1:2",
        culprit: "movq\t%rdi, %rax",
        expected: "a function label",
    },
    Case {
        name: "ambiguous_operand_size",
        input: ".intel_syntax noprefix\nf:\n\tinc\t[rdi]\n\tret\n",
        args: &[],
        message: "operand size is ambiguous",
        at: "3:2",
        culprit: "inc\t[rdi]",
        expected: "DWORD PTR",
    },
    Case {
        name: "segment_override",
        input: ".intel_syntax noprefix\nf:\n\tmov\trax, QWORD PTR fs:40\n\tret\n",
        args: &[],
        message: "segment override `fs:` is not supported",
        at: "3:11",
        culprit: "QWORD PTR fs:40",
        expected: "without a segment",
    },
];

#[test]
fn bad_inputs_get_located_diagnostics_and_exit_1() {
    check_all("amd64", CASES);
}

/// Signatures that are malformed or cannot be laid out are located in the `--sig` text.
#[test]
fn bad_signatures_are_located_in_the_sig_text() {
    let dir = scratch("sig");
    let input = dir.join("in.s");
    std::fs::write(&input, "f:\n\tret\n").unwrap();
    for (sig, at, message) in [
        ("func f(a int64", "--sig:1:15", "expected `)` or `,`"),
        (
            "func f(v struct{ a int }, v_a int)",
            "--sig:1:27",
            "`v_a` denotes a part",
        ),
        ("func f(s Str)", "--sig:1:10", "unknown type `Str`"),
        (
            "func f(a, b int64) (x, y, z int64, ok bool)",
            "--sig:1:36",
            "their C struct takes 32",
        ),
        ("func f(a int64)", "", "matches no function"),
    ] {
        let sig = sig.replace("func f(a int64)", "func nothere(a int64)");
        let run = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(["--sig", &sig])
            .arg(&input)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{sig}: {stderr}");
        assert!(stderr.contains(at), "{sig}: no `{at}` in\n{stderr}");
        assert!(
            stderr.contains(message),
            "{sig}: no `{message}` in\n{stderr}"
        );
        if !at.is_empty() {
            assert!(
                stderr.contains(&format!("1 | {sig}")) && stderr.contains('^'),
                "{stderr}"
            );
        }
        assert!(run.stdout.is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Errors inside a function name it, so a large file's report says where to look.
#[test]
fn errors_inside_functions_name_the_function() {
    let dir = scratch("function-name");
    let input = dir.join("in.s");
    std::fs::write(
        &input,
        "ok:\n\tret\nkernel:\n\tmovq\tnowhere(%rip), %rax\n\tsubq\t$8, %rsp\n\tret\n",
    )
    .unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
        .arg(&input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr.matches("(in function `kernel`)").count(),
        2,
        "{stderr}"
    );
    assert!(
        stderr.contains("in.s:4:2") && stderr.contains("in.s:6:2"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
