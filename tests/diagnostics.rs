//! Bad input: every case runs the real binary with `-o`, and must exit with status 1, print
//! a located diagnostic (`file:line:col`, the source line, a caret under the culprit, what
//! was expected) and leave no output file behind.

mod common;

use std::process::Command;

use common::bad_input::{check_all, check_built, scratch, Built, Case};

const CASES: &[Case] = &[
    Case {
        name: "got_entry_used_other_than_loaded",
        input: "f:\n\taddq\tcounter@GOTPCREL(%rip), %rax\n\tret\n\t.data\ncounter:\n\t.quad 5\n",
        args: &[],
        message: "`counter@GOTPCREL` is `counter`'s GOT entry: only loading `counter`'s address from it is supported",
        at: "2:7",
        culprit: "counter@GOTPCREL(%rip)",
        expected: "`mov counter@GOTPCREL(%rip), %r64`",
    },
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
    // GNU as writes a DS prefix for an SS-based address: kept, so refused.
    Case {
        name: "ds_segment_on_a_bp_base",
        input: ".intel_syntax noprefix\nf:\n\tmov\trax, QWORD PTR ds:[rbp+8]\n\tret\n",
        args: &[],
        message: "segment override `ds:` is not supported",
        at: "3:11",
        culprit: "QWORD PTR ds:[rbp+8]",
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

/// Output Go would reject, caught as located errors: symbols defined twice, names that
/// become one Go name, conflicting or unspellable signatures; malformed data; operand forms
/// listed as a user writes them.
const REJECTED_BY_GO: &[Case] = &[
    Case {
        name: "duplicate_local_label",
        input: "f:\n.L1:\n\tnop\n.L1:\n\tret\n",
        args: &[],
        message: "symbol `.L1` is already defined",
        at: "4:1",
        culprit: ".L1",
        expected: "one definition (the first is at line 2:1)",
    },
    Case {
        name: "duplicate_function",
        input: "f:\n\tret\nf:\n\tret\n",
        args: &[],
        message: "symbol `f` is already defined",
        at: "3:1",
        culprit: "f",
        expected: "the first is at line 1:1",
    },
    Case {
        name: "duplicate_data",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad 1\nd:\n\t.quad 2\n",
        args: &[],
        message: "symbol `d` is already defined",
        at: "7:1",
        culprit: "d",
        expected: "the first is at line 5:1",
    },
    Case {
        name: "function_and_data_of_one_name",
        input: "f:\n\tret\n\t.data\nf:\n\t.quad 2\n",
        args: &[],
        message: "symbol `f` is already defined",
        at: "4:1",
        culprit: "f",
        expected: "the first is at line 1:1",
    },
    Case {
        name: "local_label_in_two_functions",
        input: "f:\n.L2:\n\tret\ng:\n.L2:\n\tret\n",
        args: &[],
        message: "symbol `.L2` is already defined",
        at: "5:1",
        culprit: ".L2",
        expected: "the first is at line 2:1",
    },
    Case {
        name: "labels_that_become_one_go_label",
        input: "f:\n\tjmp\t.Lx.1\n.Lx.1:\n\tjmp\t.Lx_1\n.Lx_1:\n\tret\n",
        args: &[],
        message: "`.Lx_1` and `.Lx.1` both become `Lx_1` in Go",
        at: "5:1",
        culprit: ".Lx_1",
        expected: "`.Lx.1` is at line 3:1",
    },
    Case {
        name: "functions_that_become_one_go_symbol",
        input: "f.1:\n\tret\nf_1:\n\tret\n",
        args: &[],
        message: "`f_1` and `f.1` both become `f_1_native` in Go",
        at: "3:1",
        culprit: "f_1",
        expected: "characters Go cannot spell become `_`",
    },
    Case {
        name: "data_that_become_one_go_symbol",
        input: "f:\n\tleaq\t.LC.0(%rip), %rax\n\tleaq\t.LC_0(%rip), %rax\n\tret\n\t.data\n.LC.0:\n\t.quad 1\n.LC_0:\n\t.quad 2\n",
        args: &[],
        message: "`.LC_0` and `.LC.0` both become `LC_0<>` in Go",
        at: "8:1",
        culprit: ".LC_0",
        expected: "`.LC.0` is at line 6:1",
    },
    Case {
        name: "go_entry_named_like_a_native_body",
        input: "f:\n\tret\nf_native:\n\tret\n",
        args: &["--sig", "func f_native()"],
        message: "`f_native` and `f` both become `f_native` in Go",
        at: "3:1",
        culprit: "f_native",
        expected: "a native body is named `name_native`",
    },
    Case {
        name: "conflicting_signatures",
        input: "f:\n\tret\n",
        args: &["--sig", "func f(a int64)", "--sig", "func f(a int32)"],
        message: "a second, different signature for `f`",
        at: "--sig:1:6",
        culprit: "f",
        expected: "the first: `func f(a int64)`",
    },
    Case {
        name: "signature_named_like_a_keyword",
        input: "type:\n\tret\n",
        args: &["--sig", "func type(a int64)"],
        message: "`type` is a Go keyword",
        at: "--sig:1:6",
        culprit: "type",
        expected: "a function name Go can declare",
    },
    Case {
        name: "signature_named_range",
        input: "range:\n\tret\n",
        args: &["--sig", "func range()"],
        message: "`range` is a Go keyword",
        at: "--sig:1:6",
        culprit: "range",
        expected: "a function name Go can declare",
    },
    Case {
        name: "division_by_zero_in_data",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad 1/0\n",
        args: &[],
        message: "division by zero",
        at: "6:8",
        culprit: "1/0",
        expected: "",
    },
    Case {
        name: "byte_out_of_range",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.byte 256\n",
        args: &[],
        message: "value does not fit in 1 byte",
        at: "6:8",
        culprit: "256",
        expected: "",
    },
    Case {
        name: "fill_of_a_gigabyte",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.zero 1000000000\n",
        args: &[],
        message: "fill size out of range",
        at: "6:2",
        culprit: ".zero 1000000000",
        expected: "",
    },
    Case {
        name: "alignment_of_a_terabyte",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.align 1<<40\n\t.quad 1\n",
        args: &[],
        message: "alignment must be a power of two",
        at: "6:2",
        culprit: ".align 1<<40",
        expected: "an alignment from 1 to 65536",
    },
    Case {
        name: "repeated_directive",
        input: "f:\n\tret\n\t.data\nd:\n\t.rept 1000000000\n\t.quad 1\n\t.endr\n",
        args: &[],
        message: "`.rept`: assembler macros, repetitions and conditionals are not supported",
        at: "5:2",
        culprit: ".rept 1000000000",
        expected: "`gcc -S`/`clang -S` output has no macros",
    },
    Case {
        name: "included_binary",
        input: "f:\n\tret\n\t.data\nd:\n\t.incbin \"/etc/passwd\"\n",
        args: &[],
        message: "`.incbin`: other files are not read",
        at: "5:2",
        culprit: ".incbin \"/etc/passwd\"",
        expected: "one self-contained assembly file",
    },
    Case {
        name: "number_beyond_128_bits",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad 999999999999999999999999999999999999999999\n",
        args: &[],
        message: "number out of range",
        at: "6:8",
        culprit: "999999999999999999999999999999999999999999",
        expected: "",
    },
    Case {
        name: "product_of_symbols",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad a*b\n",
        args: &[],
        message: "product of two symbols",
        at: "6:8",
        culprit: "a*b",
        expected: "a constant factor",
    },
    Case {
        name: "xmm_form_listed_in_att_order",
        input: "f:\n\tmovaps\t%eax, %xmm0\n\tret\n",
        args: &[],
        message: "`movaps` does not take these operands",
        at: "2:2",
        culprit: "movaps\t%eax, %xmm0",
        expected: "one of: xmm/mem, xmm; xmm, m128",
    },
    Case {
        name: "xmm_form_listed_in_intel_order",
        input: ".intel_syntax noprefix\nf:\n\tmovaps\txmm0, eax\n\tret\n",
        args: &[],
        message: "`movaps` does not take these operands",
        at: "3:2",
        culprit: "movaps\txmm0, eax",
        expected: "one of: xmm, xmm/mem; m128, xmm",
    },
    Case {
        name: "gpr_forms_listed",
        input: "f:\n\taddq\t%xmm0, %rax\n\tret\n",
        args: &[],
        message: "`add` does not take these operands",
        at: "2:2",
        culprit: "addq\t%xmm0, %rax",
        expected: "reg, reg/mem; reg/mem, reg; imm, reg/mem",
    },
    Case {
        name: "arch_directive_makes_arm64",
        input: "\t.arch armv8-a\nf:\n\tmovq\t%rdi, %rax\n\tret\n",
        args: &[],
        message: "malformed arm64 syntax",
        at: "3:7",
        culprit: "%rdi",
        expected: "",
    },
    Case {
        name: "nul_byte",
        input: "f:\n\tmovq\t%rdi,\0 %rax\n\tret\n",
        args: &[],
        message: "malformed AT&T syntax",
        at: "2:12",
        culprit: "\0",
        expected: "",
    },
    Case {
        name: "bom_then_error",
        input: "\u{feff}f:\n\tfrobq\t%rax\n\tret\n",
        args: &[],
        message: "unknown instruction `frobq`",
        at: "2:2",
        culprit: "frobq",
        expected: "",
    },
    Case {
        name: "bom_then_error_on_line_one",
        input: "\u{feff}f: frobq\t%rax\n\tret\n",
        args: &[],
        message: "unknown instruction `frobq`",
        at: "1:4",
        culprit: "frobq",
        expected: "",
    },
    Case {
        name: "deep_brackets_at_the_limit_plus_one",
        input: "f:\n\tmovq\t(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))), %rax\n\tret\n",
        args: &[],
        message: "brackets nest too deeply",
        at: "2:107",
        culprit: "(",
        expected: "at most 100 levels",
    },
    Case {
        name: "deep_intel_brackets",
        input: ".intel_syntax noprefix\nf:\n\tmov\trax, [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[rdi\n\tret\n",
        args: &[],
        message: "brackets nest too deeply",
        at: "3:111",
        culprit: "[",
        expected: "at most 100 levels",
    },
];

/// The classes of bad input the issue lists that the lists above do not cover: unterminated
/// strings, macros and includes, huge fills and alignments, empty inputs, line endings and
/// tabs, symbols defined twice by directives, immediates out of range, `.arch`, NUL bytes,
/// bad hex and cut-short listings.
const CLASSES: &[Case] = &[
    Case {
        name: "unterminated_string_in_ascii",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.ascii \"abc\n",
        args: &[],
        message: "unterminated string",
        at: "6:9",
        culprit: "\"abc",
        expected: "a closing `\"` on the same line",
    },
    Case {
        name: "unterminated_string_after_an_escaped_quote",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.string \"a\\\"bc\n",
        args: &[],
        message: "unterminated string",
        at: "6:10",
        culprit: "\"a\\\"bc",
        expected: "a closing",
    },
    Case {
        name: "unterminated_second_string",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.asciz \"ok\", \"bad\n",
        args: &[],
        message: "unterminated string",
        at: "6:15",
        culprit: "\"bad",
        expected: "a closing",
    },
    Case {
        name: "unterminated_string_crlf",
        input: "f:\r\n\tleaq\td(%rip), %rax\r\n\tret\r\n\t.data\r\nd:\r\n\t.ascii \"abc\r\n",
        args: &[],
        message: "unterminated string",
        at: "6:9",
        culprit: "\"abc",
        expected: "a closing",
    },
    Case {
        name: "string_directive_without_a_string",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.ascii abc\n",
        args: &[],
        message: "malformed `.ascii` arguments",
        at: "6:9",
        culprit: "abc",
        expected: "quoted strings",
    },
    Case {
        name: "data_directive_without_arguments",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad\n",
        args: &[],
        message: "`.quad` needs arguments",
        at: "6:2",
        culprit: ".quad",
        expected: "expressions, separated by commas",
    },
    Case {
        name: "empty_data_argument",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.byte 1,,2\n",
        args: &[],
        message: "malformed `.byte` arguments",
        at: "6:10",
        culprit: ",2",
        expected: "expressions, separated by commas",
    },
    Case {
        name: "include_directive",
        input: "\t.include \"kernel.inc\"\nf:\n\tret\n",
        args: &[],
        message: "`.include`: other files are not read",
        at: "1:2",
        culprit: ".include \"kernel.inc\"",
        expected: "one self-contained assembly file",
    },
    Case {
        name: "macro_definition",
        input: "\t.macro\tload reg\n\tmovq\t(%rdi), \\reg\n\t.endm\nf:\n\tret\n",
        args: &[],
        message: "`.macro`: assembler macros, repetitions and conditionals are not supported",
        at: "1:2",
        culprit: ".macro\tload reg",
        expected: "plain instructions and data",
    },
    Case {
        name: "macro_help_names_gcc_s",
        input: "\t.irp\tr, rax, rbx\n\tpushq\t%\\r\n\t.endr\nf:\n\tret\n",
        args: &[],
        message: "`.irp`: assembler macros",
        at: "1:2",
        culprit: ".irp\tr, rax, rbx",
        expected: "`gcc -S`/`clang -S` output has no macros",
    },
    Case {
        name: "conditional_assembly",
        input: "\t.if 1\nf:\n\tret\n\t.endif\n",
        args: &[],
        message: "`.if`: assembler macros, repetitions and conditionals are not supported",
        at: "1:2",
        culprit: ".if 1",
        expected: "objdump -d -r file.o",
    },
    Case {
        name: "skip_of_100_gigabytes",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.skip 100000000000\n",
        args: &[],
        message: "fill size out of range",
        at: "6:2",
        culprit: ".skip 100000000000",
        expected: "at most 16 MiB of fill",
    },
    Case {
        name: "fill_of_800_megabytes",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.fill 100000000, 8, 0\n",
        args: &[],
        message: "fill size out of range",
        at: "6:2",
        culprit: ".fill 100000000, 8, 0",
        expected: "at most 16 MiB of fill",
    },
    Case {
        name: "fill_with_a_negative_count",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.fill -1, 1, 0\n",
        args: &[],
        message: "fill size out of range",
        at: "6:2",
        culprit: ".fill -1, 1, 0",
        expected: "at most 16 MiB of fill",
    },
    Case {
        name: "fill_unit_wider_than_8",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.fill 2, 9, 0\n",
        args: &[],
        message: "fill unit size out of range",
        at: "6:2",
        culprit: ".fill 2, 9, 0",
        expected: "a size from 0 to 8",
    },
    Case {
        name: "org_backwards",
        input: "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad 1\n\t.org 0\n",
        args: &[],
        message: "unknown directive `.org`",
        at: "7:2",
        culprit: ".org 0",
        expected: "could change code or data",
    },
    Case {
        name: "p2align_of_2_to_the_40",
        input: "\t.p2align 40\nf:\n\tret\n",
        args: &[],
        message: "alignment must be a power of two from 1 to 65536, not 1099511627776",
        at: "1:2",
        culprit: ".p2align 40",
        expected: "an alignment from 1 to 65536",
    },
    Case {
        name: "balign_not_a_power_of_two",
        input: "\t.balign 3\nf:\n\tret\n",
        args: &[],
        message: "alignment must be a power of two",
        at: "1:2",
        culprit: ".balign 3",
        expected: "an alignment from 1 to 65536",
    },
    Case {
        name: "empty_input",
        input: "",
        args: &[],
        message: "no function in the input",
        at: "1:1",
        culprit: "",
        expected: "a label in a text section",
    },
    Case {
        name: "only_comments",
        input: "# nothing here\n",
        args: &[],
        message: "no function in the input",
        at: "1:1",
        culprit: "# nothing here",
        expected: "a label in a text section",
    },
    Case {
        name: "only_data",
        input: "\t.data\nd:\n\t.quad 1\n",
        args: &[],
        message: "no function in the input",
        at: "1:1",
        culprit: "\t.data",
        expected: "gcc -O2 -S",
    },
    Case {
        name: "crlf_line_endings",
        input: "f:\r\n\tmovq\t%rxx, %rax\r\n\tret\r\n",
        args: &[],
        message: "unknown register `%rxx`",
        at: "2:7",
        culprit: "%rxx",
        expected: "a register such as %rax",
    },
    Case {
        name: "tabs_and_spaces_before_the_culprit",
        input: "f:\n \t  movq\t %rxx,\t%rax\n\tret\n",
        args: &[],
        message: "unknown register `%rxx`",
        at: "2:11",
        culprit: "%rxx",
        expected: "a register such as %rax",
    },
    Case {
        name: "tab_inside_the_underlined_text",
        input: "f:\n\tpushq\t%rbx\n\ttestq\t%rdi, %rdi\n\tjne\t.L1\n\tpopq\t%rbx\n.L1:\n\tret\n",
        args: &[],
        message: "the stack pointer differs",
        at: "5:2",
        culprit: "popq\t%rbx",
        expected: "agree on every path",
    },
    Case {
        name: "set_of_a_defined_symbol",
        input: "f:\n\tret\n\t.set f, g\ng:\n\tret\n",
        args: &[],
        message: "symbol `f` is already defined",
        at: "3:2",
        culprit: ".set f, g",
        expected: "the first is at line 1:1",
    },
    Case {
        name: "common_of_a_defined_symbol",
        input: "f:\n\tret\n\t.comm f, 8\n",
        args: &[],
        message: "symbol `f` is already defined",
        at: "3:2",
        culprit: ".comm f, 8",
        expected: "the first is at line 1:1",
    },
    Case {
        name: "label_after_set",
        input: "\t.set g, f\nf:\n\tret\ng:\n\tret\n",
        args: &[],
        message: "symbol `g` is already defined",
        at: "4:1",
        culprit: "g",
        expected: "the first is at line 1:2",
    },
    Case {
        name: "shift_count_beyond_imm8",
        input: "f:\n\tshlq\t$300, %rax\n\tret\n",
        args: &[],
        message: "no form of `shl` for these operands",
        at: "2:2",
        culprit: "shlq\t$300, %rax",
        expected: "shl r/m64, imm8",
    },
    Case {
        name: "add_immediate_beyond_32_bits",
        input: "f:\n\taddq\t$0x80000000, %rax\n\tret\n",
        args: &[],
        message: "no form of `add` for these operands",
        at: "2:2",
        culprit: "addq\t$0x80000000, %rax",
        expected: "add r/m64, imm32",
    },
    Case {
        name: "byte_immediate_beyond_8_bits",
        input: "f:\n\tmovb\t$300, %al\n\tret\n",
        args: &[],
        message: "no form of `mov` for these operands",
        at: "2:2",
        culprit: "movb\t$300, %al",
        expected: "mov r8, imm8",
    },
    Case {
        name: "arch_armv8a_with_nop_and_ret",
        input: "\t.arch armv8-a\nf:\n\tnop\n\tcqto\n\tret\n",
        args: &[],
        message: "unknown or unsupported instruction `cqto`",
        at: "4:2",
        culprit: "cqto",
        expected: "an arm64 instruction",
    },
    Case {
        name: "nul_byte_in_a_label",
        input: "f\0g:\n\tret\n",
        args: &[],
        message: "malformed AT&T syntax",
        at: "1:2",
        culprit: "\0g:",
        expected: "",
    },
    Case {
        name: "hex_odd_digit_count",
        input: "48 89 f\n",
        args: &["--syntax", "hex", "--arch", "amd64"],
        message: "odd number of hex digits",
        at: "1:7",
        culprit: "f",
        expected: "two digits per byte",
    },
    Case {
        name: "hex_run_of_odd_length",
        input: "4889f\n",
        args: &["--syntax", "hex", "--arch", "amd64"],
        message: "odd number of hex digits in `4889f`",
        at: "1:1",
        culprit: "4889f",
        expected: "two digits per byte",
    },
    Case {
        name: "hex_not_a_hex_digit",
        input: "48 89 zz c3\n",
        args: &["--syntax", "hex", "--arch", "amd64"],
        message: "not a hex digit",
        at: "1:7",
        culprit: "z",
        expected: "hex bytes such as",
    },
    Case {
        name: "hex_instruction_cut_short",
        input: "48 89\n",
        args: &["--syntax", "hex", "--arch", "amd64"],
        message: "bytes that do not decode as x86-64",
        at: "1:1",
        culprit: "48",
        expected: "amd64 machine code",
    },
    Case {
        name: "hex_without_bytes",
        input: "# only a comment\n",
        args: &["--syntax", "hex", "--arch", "amd64"],
        message: "no bytes in the hex input",
        at: "1:1",
        culprit: "#",
        expected: "bytes such as `48 89 f8 c3`",
    },
    Case {
        name: "listing_cut_at_a_line_end",
        input: "\nk.o:     file format elf64-x86-64\n\nDisassembly of section .text:\n\n0000000000000000 <k>:\n   0:\t48 89 f8             \tmov    %rdi,%rax\n   3:\t48 01 f0             \tadd    %rsi,%rax\n",
        args: &[],
        message: "the listing ends inside `k`: control runs past its last instruction",
        at: "8:7",
        culprit: "48 01 f0             \tadd    %rsi,%rax",
        expected: "a function ends with a return",
    },
    Case {
        name: "listing_cut_inside_the_bytes",
        input: "\nk.o:     file format elf64-x86-64\n\nDisassembly of section .text:\n\n0000000000000000 <k>:\n   0:\t48 89 f8             \tmov    %rdi,%rax\n   3:\t48 01\n",
        args: &[],
        message: "bytes that do not decode as x86-64",
        at: "8:7",
        culprit: "48 01",
        expected: "amd64 machine code",
    },
];

/// A text built at run time, for a case's `&'static str` fields.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Repeats `unit` `n` times.
fn rep(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// Hostile inputs made at run time: depth, size, bytes that are not UTF-8. Each must fail
/// located, fast and without a crash.
fn hostile() -> Vec<Built> {
    let case = |name, message, at, culprit, expected| Case {
        name,
        input: "",
        args: &[],
        message,
        at,
        culprit,
        expected,
    };
    let data =
        |expr: &str| format!("f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.quad {expr}\n");
    let deep = "at most 100 levels of `(`, `[` or `{`";
    let mut out = vec![
        Built::new(
            case(
                "parens_10000_deep_in_an_operand",
                "brackets nest too deeply",
                "2:107",
                "(",
                deep,
            ),
            format!(
                "f:\n\tmovq\t{}1{}, %rax\n\tret\n",
                rep("(", 10000),
                rep(")", 10000)
            ),
        ),
        Built::new(
            case(
                "parens_10000_deep_in_data",
                "brackets nest too deeply",
                "6:108",
                "(",
                deep,
            ),
            data(&format!("{}1{}", rep("(", 10000), rep(")", 10000))),
        ),
        Built::new(
            case(
                "unclosed_parens_100000",
                "brackets nest too deeply",
                "2:107",
                "(",
                deep,
            ),
            format!("f:\n\tmovq\t{}, %rax\n\tret\n", rep("(", 100_000)),
        ),
        Built::new(
            case(
                "intel_brackets_10000_deep",
                "brackets nest too deeply",
                "3:111",
                "[",
                deep,
            ),
            format!(
                ".intel_syntax noprefix\nf:\n\tmov\trax, {}rdi{}\n\tret\n",
                rep("[", 10000),
                rep("]", 10000)
            ),
        ),
        Built::new(
            case(
                "expression_of_200k_terms_ending_in_an_error",
                "product of two symbols",
                "6:8",
                leak(format!("{}a*b", rep("1+", 200_000))),
                "a constant factor",
            ),
            data(&format!("{}a*b", rep("1+", 200_000))),
        ),
        Built::new(
            case(
                "negations_100k_of_a_symbol",
                "`~` applied to a symbol",
                "6:8",
                leak(format!("{}s", rep("~", 100_000))),
                "a constant",
            ),
            data(&format!("{}s", rep("~", 100_000))),
        ),
        Built::new(
            case(
                "errors_100000",
                "unknown instruction `frobq`",
                "2:2",
                "frobq",
                "",
            ),
            format!("f:\n{}\tret\n", rep("\tfrobq\t%rax\n", 100_000)),
        ),
        Built::new(
            case(
                "error_at_the_end_of_a_megabyte_line",
                "unknown register `%rxx`",
                "2:7",
                "%rxx",
                "",
            ),
            format!("f:\n\tmovq\t%rxx, %rax{}\n\tret\n", rep(" ", 1 << 20)),
        ),
        Built::new(
            case(
                "error_at_the_start_of_a_10_megabyte_line",
                "unknown register `%rxx`",
                "2:7",
                "%rxx",
                "",
            ),
            format!("f:\n\tmovq\t%rxx, %rax #{}\n\tret\n", rep("x", 10 << 20)),
        ),
        Built::new(
            case(
                "error_after_a_10_megabyte_comment_line",
                "unknown instruction `frobq`",
                "3:2",
                "frobq",
                "",
            ),
            format!("f:\n# {}\n\tfrobq\t%rax\n\tret\n", rep("y", 10 << 20)),
        ),
        Built::new(
            case(
                "error_on_stdin",
                "unknown instruction `frobq`",
                "2:2",
                "frobq",
                "",
            ),
            "f:\n\tfrobq\t%rax\n\tret\n",
        )
        .on_stdin(),
        Built::new(
            case(
                "empty_stdin",
                "no function in the input",
                "1:1",
                "",
                "a label in a text section",
            ),
            "",
        )
        .on_stdin(),
        Built::new(
            case(
                "bom_alone",
                "no function in the input",
                "1:1",
                "",
                "a label in a text section",
            ),
            "\u{feff}",
        ),
        Built::new(
            case(
                "bom_with_crlf",
                "unknown register `%rxx`",
                "2:7",
                "%rxx",
                "",
            ),
            "\u{feff}f:\r\n\tmovq\t%rxx, %rax\r\n\tret\r\n",
        ),
        Built::new(
            case(
                "invalid_utf8_in_a_string",
                "invalid UTF-8",
                "6:13",
                "\u{fffd}",
                "found byte 0xE9",
            ),
            &b"f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n\t.ascii \"caf\xe9\"\n"[..],
        ),
        Built::new(
            case(
                "nul_bytes_for_an_instruction",
                "malformed AT&T syntax",
                "2:2",
                "\0\0\0",
                "",
            ),
            "f:\n\t\0\0\0\n\tret\n",
        ),
        Built::new(
            case(
                "duplicate_labels_50000",
                "is already defined",
                "3:1",
                ".L0",
                "the first is at line 2:1",
            ),
            format!("f:\n{}\tret\n", rep(".L0:\n", 50_000)),
        ),
        Built::new(
            case(
                "data_past_64_mib",
                "more data than the converter writes",
                "10:2",
                ".zero 16000000",
                "at most 64 MiB",
            ),
            format!(
                "f:\n\tleaq\td(%rip), %rax\n\tret\n\t.data\nd:\n{}",
                rep("\t.zero 16000000\n", 20)
            ),
        ),
        Built::new(
            case(
                "invalid_utf8_in_a_comment",
                "invalid UTF-8",
                "2:23",
                "\u{fffd}",
                "found byte 0xE9",
            ),
            &b"f:\n\tmovq\t%rdi, %rax # caf\xe9\n\tret\n"[..],
        ),
        Built::new(
            case(
                "invalid_utf8_in_an_operand",
                "invalid UTF-8",
                "2:8",
                "\u{fffd}",
                "found byte 0xFF",
            ),
            &b"f:\n\tmovq\t%\xffrdi, %rax\n\tret\n"[..],
        ),
        Built::new(
            case(
                "invalid_utf8_first_byte",
                "invalid UTF-8",
                "1:1",
                "\u{fffd}",
                "found byte 0x80",
            ),
            &b"\x80f:\n\tret\n"[..],
        ),
        Built::new(
            case(
                "truncated_utf8_at_the_end",
                "invalid UTF-8",
                "3:3",
                "\u{fffd}",
                "found byte 0xE2 0x82",
            ),
            &b"f:\n\tret\n# \xe2\x82"[..],
        ),
        Built::new(
            case(
                "utf16_file",
                "invalid UTF-8",
                "1:1",
                "\u{fffd}",
                "found byte 0xFF",
            ),
            &b"\xff\xfef\x00:\x00\n\x00"[..],
        ),
        Built::new(
            case(
                "invalid_utf8_after_wide_characters",
                "invalid UTF-8",
                "2:10",
                "\u{fffd}",
                "UTF-8 text",
            ),
            [
                &b"f:\n\t# \xc3\xa9\xe2\x82\xac ab "[..],
                &[0xc0, 0x80],
                b"\n\tret\n",
            ]
            .concat(),
        ),
    ];
    let sig = |name, sig: String, at, culprit, expected| {
        Built::new(
            case(name, "nest too deeply", at, culprit, expected),
            "f:\n\tret\n",
        )
        .args(&["--sig", &sig])
    };
    let types = "at most 100 levels of brackets and type constructors";
    out.extend([
        sig(
            "signature_arrays_10000_deep",
            format!("func f(a {}int64)", rep("[1]", 10000)),
            "--sig:1:307",
            "[",
            types,
        ),
        sig(
            "signature_structs_2000_deep",
            format!(
                "func f(a {}int64{})",
                rep("struct{a ", 2000),
                rep("}", 2000)
            ),
            "--sig:1:457",
            "{",
            types,
        ),
        sig(
            "signature_pointers_5000_deep",
            format!("func f(a {}int64)", rep("*", 5000)),
            "--sig:1:109",
            "*",
            types,
        ),
        sig(
            "signature_parens_5000_deep",
            format!("func f(a {}int64{})", rep("(", 5000), rep(")", 5000)),
            "--sig:1:109",
            "(",
            types,
        ),
        sig(
            "signature_maps_3000_deep",
            format!("func f(a {}int)", rep("map[int]", 3000)),
            "--sig:1:405",
            "[",
            types,
        ),
        sig(
            "signature_chans_3000_deep",
            format!("func f(a {}int)", rep("chan ", 3000)),
            "--sig:1:505",
            "chan",
            types,
        ),
        sig(
            "signature_funcs_3000_deep",
            format!("func f(a {}{})", rep("func(", 3000), rep(")", 3000)),
            "--sig:1:259",
            "(",
            types,
        ),
        sig(
            "signature_slices_10000_deep",
            format!("func f(a {}byte)", rep("[]", 10000)),
            "--sig:1:208",
            "[",
            types,
        ),
    ]);
    out
}

#[test]
fn output_go_would_reject_is_a_located_error() {
    check_all("rejected-by-Go", REJECTED_BY_GO);
}

#[test]
fn the_issue_classes_get_located_diagnostics() {
    check_all("issue classes", CLASSES);
}

#[test]
fn hostile_inputs_fail_located_and_fast() {
    check_built("hostile", &hostile());
}

/// Output paths: devices and pipes are written in place (a rename would replace the device
/// node), symbolic links are followed, and a directory or a missing directory is refused
/// before anything is written.
#[test]
fn outputs_go_where_the_path_points() {
    let dir = scratch("outputs");
    let input = dir.join("in.s");
    std::fs::write(&input, "f:\n\tret\n").unwrap();
    let run = |out: &std::path::Path, extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(extra)
            .arg("-o")
            .arg(out)
            .arg(&input)
            .output()
            .unwrap()
    };
    use std::os::unix::fs::FileTypeExt;
    let null = std::path::Path::new("/dev/null");
    assert!(run(null, &[]).status.success());
    assert!(std::fs::metadata(null)
        .unwrap()
        .file_type()
        .is_char_device());

    // A device that refuses the bytes: an error, and still the device.
    let full = std::path::Path::new("/dev/full");
    if full.exists() {
        let r = run(full, &[]);
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("error: cannot write /dev/full"), "{stderr}");
        assert!(std::fs::metadata(full)
            .unwrap()
            .file_type()
            .is_char_device());
    }

    let real = dir.join("real.s");
    let link = dir.join("link.s");
    std::fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert!(run(&link, &[]).status.success());
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .contains("TEXT ·f_native(SB)"));

    let stub = dir.join("stub.go");
    for (out, why) in [
        (dir.clone(), "it is a directory"),
        (dir.join("missing/out.s"), "No such file or directory"),
        (input.join("out.s"), "its parent is not a directory"),
    ] {
        let r = run(
            &out,
            &[
                "--sig",
                "func f()",
                "--package",
                "p",
                "--stub",
                stub.to_str().unwrap(),
            ],
        );
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("error: cannot write") && stderr.contains(why),
            "{stderr}"
        );
        assert!(!stub.exists(), "a stub was written although -o fails");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A pipe is written in place and read whole.
#[test]
fn output_to_a_pipe_is_written_in_place() {
    let dir = scratch("fifo");
    let input = dir.join("in.s");
    std::fs::write(&input, "f:\n\tret\n").unwrap();
    let fifo = dir.join("out.fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let r = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
        .arg("-o")
        .arg(&fifo)
        .arg(&input)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(reader.join().unwrap().contains("TEXT ·f_native(SB)"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    let _ = std::fs::remove_dir_all(&dir);
}

/// No input file and a terminal on standard input: an error with the usage, not a silent
/// wait (the terminal comes from `script`, which the test skips visibly without).
#[test]
fn a_terminal_on_stdin_is_not_waited_on() {
    let Ok(script) = Command::new("script").arg("--version").output() else {
        println!("skipped: no `script` to give the converter a terminal");
        return;
    };
    assert!(script.status.success());
    let run = Command::new("script")
        .args(["-qec", env!("CARGO_BIN_EXE_native2goasm"), "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{out}");
    assert!(
        out.contains("error: no input") && out.contains("Usage:"),
        "{out}"
    );
}
