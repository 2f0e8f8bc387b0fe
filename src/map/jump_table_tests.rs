//! Unit tests of the jump-table lowering (src/map/jump_table.rs): AT&T functions with clang-shaped
//! dispatches, lowered or refused.

use super::*;
use crate::ir::{x86, Item};
use crate::parse::{parse, Syntax};

/// A clang-shaped dispatch over `.LJTI0_0` (targets `.LBB0_1`, `.LBB0_2`), then `targets`,
/// through [`convert_text`].
fn dispatch(table_reg: &str, entry_reg: &str, targets: &str) -> Result<Vec<String>, String> {
    let text = format!(
        "f:\n\tcmpq $1, %rdi\n\tja .LBB0_9\n\tleaq .LJTI0_0(%rip), %{table_reg}\n\
         \tmovslq (%{table_reg},%rdi,4), %{entry_reg}\n\taddq %{table_reg}, %{entry_reg}\n\
         \tjmpq *%{entry_reg}\n{targets}.LBB0_9:\n\txorl %eax, %eax\n\tretq\n\
         \t.section .rodata,\"a\",@progbits\n\t.p2align 2\n.LJTI0_0:\n\
         \t.long .LBB0_1-.LJTI0_0\n\t.long .LBB0_2-.LJTI0_0\n"
    );
    convert_text(&text)
}

/// Lowers the jump tables of the one function of `text` (AT&T): the messages, or the
/// converted body's mnemonics.
fn convert_text(text: &str) -> Result<Vec<String>, String> {
    let mut m = parse::<x86::Inst>(text, Arch::Amd64, Syntax::Att).map_err(|d| format!("{d:?}"))?;
    let mut prepared = crate::diag::Diagnostics::default();
    super::super::amd64::prepare(&mut m, &mut prepared);
    if prepared.has_errors() {
        return Err(format!("{:?}", prepared.0));
    }
    let f = &m.functions[0];
    let mut body = Vec::new();
    for item in &f.body {
        match item {
            Item::Label { name, .. } => body.push(GoItem::Label(super::super::go_label(name))),
            Item::Inst(i) => super::super::amd64::lower(i, &|t| t.starts_with(".L"), &mut body)
                .map_err(|d| d.message.clone())?,
            Item::Align { .. } => {}
        }
    }
    let mut diags = Diagnostics::default();
    lower(
        &mut body,
        &DataTables::new(&m.data),
        Arch::Amd64,
        "f",
        &mut diags,
    );
    if diags.has_errors() {
        return Err(diags
            .0
            .iter()
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
            .join("; "));
    }
    Ok(body
        .iter()
        .filter_map(|i| match i {
            GoItem::Inst(x) => Some(x.mnemonic.to_string()),
            _ => None,
        })
        .collect())
}

fn accepted(table_reg: &str, entry_reg: &str, targets: &str) {
    let out = dispatch(table_reg, entry_reg, targets).unwrap_or_else(|e| panic!("{targets}: {e}"));
    assert!(
        !out.iter().any(|m| m == "LEAQ" || m == "MOVLQSX"),
        "{targets}: {out:?}"
    );
}

fn refused(table_reg: &str, entry_reg: &str, targets: &str, reg: &str) {
    let err = dispatch(table_reg, entry_reg, targets).expect_err(targets);
    assert!(
        err.contains(&format!("{reg}, which the dispatch sets, may be read")),
        "{targets}: {err}"
    );
}

const TAIL: &str = ".LBB0_2:\n\tmovl $2, %eax\n\tretq\n";

#[test]
fn a_register_whose_low_byte_is_rewritten_is_read_only_in_that_byte() {
    // clang's `sqlite3ExprCodeTarget`: a byte loaded into the entry's register, compared.
    accepted(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb (%rdx), %al\n\tcmpb $-102, %al\n\tsete %cl\n\tmovzbl %al, %eax\n\tretq\n{TAIL}"),
    );
    // Copies and address arithmetic carry the old bytes; their low byte is still clean
    // (`leal 117(%rax), %ecx; cmpb $40, %cl`, sqlite3ExprDataType).
    accepted(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb (%rdx), %al\n\tleal 117(%rax), %ecx\n\tcmpb $40, %cl\n\tmovl %eax, %r8d\n\tmovb %r8b, (%rdi)\n\tretq\n{TAIL}"),
    );
    // A word write, read back as a word (sqlite3VdbeExec's `movw $-37, %si; movswl %si, %edx`).
    accepted(
        "rsi",
        "rax",
        &format!(
            ".LBB0_1:\n\tmovw $-37, %si\n\tmovswl %si, %edx\n\tmovl %edx, (%rdi)\n\tretq\n{TAIL}"
        ),
    );
    // A shift count is its register's low byte; vzeroupper names no general register.
    accepted(
        "rcx",
        "rax",
        &format!(".LBB0_1:\n\tvzeroupper\n\tmovb $3, %cl\n\tshlq %cl, %rdx\n\tmovq %rdx, (%rdi)\n\tretq\n{TAIL}"),
    );
}

#[test]
fn a_register_reloaded_between_the_dispatchs_instructions_is_not_its_own() {
    // HUF_decompress4X1_usingDTable_internal (clang): the table's register reloaded from a
    // spill between the `addq` and the `jmpq`, then read at a target.
    let text = |between: &str| {
        format!(
            "f:\n\tcmpq $1, %rdi\n\tja .LBB0_9\n\tleaq .LJTI0_0(%rip), %r8\n\
             \tmovslq (%r8,%rdi,4), %rdx\n\taddq %r8, %rdx\n{between}\tjmpq *%rdx\n\
             .LBB0_1:\n\tmovq %r8, %rax\n\tretq\n.LBB0_2:\n\tretq\n.LBB0_9:\n\tretq\n\
             \t.section .rodata,\"a\",@progbits\n.LJTI0_0:\n\
             \t.long .LBB0_1-.LJTI0_0\n\t.long .LBB0_2-.LJTI0_0\n"
        )
    };
    let out = convert_text(&text("\tmovq 56(%rsp), %r8\n")).unwrap();
    assert!(
        out.contains(&"MOVQ".to_string()) && !out.contains(&"LEAQ".to_string()),
        "{out:?}"
    );
    // Not reloaded: the target reads the table's address; reloaded from itself: a use.
    assert!(convert_text(&text(""))
        .unwrap_err()
        .contains("R8, which the dispatch sets"));
    assert!(convert_text(&text("\taddq $8, %r8\n"))
        .unwrap_err()
        .contains("between its instructions uses their registers"));
}

#[test]
fn tables_hoisted_out_of_two_loops_do_not_block_each_other() {
    // ZSTD_dedicatedDictSearch_lazy_loadDictionary (clang): each loop's table address is
    // set before it, and each loop writes the other's register; neither is recognised
    // while the other's jump may go to every taken label.
    let text = |back: &str| {
        format!(
            "f:\n\tleaq .LJTI0_0(%rip), %r9\n.LBB0_2:\n\tcmpq $1, %rdi\n\tja .LBB0_4\n\
             \tmovslq (%r9,%rdi,4), %rax\n\taddq %r9, %rax\n\tjmpq *%rax\n\
             .LBB0_5:\n\tmovq %rdx, %r10\n\tjmp .LBB0_4\n.LBB0_6:\n\taddq $2, %rdx\n\
             .LBB0_4:\n\tsubq $1, %rsi\n\tjne .LBB0_2\n\tmovl $1, %r9d\n\
             \tleaq .LJTI0_1(%rip), %r10\n.LBB0_40:\n\tcmpq $1, %rdi\n\tja .LBB0_42\n\
             \tmovslq (%r10,%rdi,4), %rcx\n\taddq %r10, %rcx\n\tjmpq *%rcx\n\
             .LBB0_43:\n\tmovl $5, %r9d\n\tjmp {back}\n.LBB0_44:\n\taddq $3, %rdx\n\
             .LBB0_42:\n\tsubq $1, %rsi\n\tjne .LBB0_40\n\tmovq %rdx, %rax\n\tretq\n\
             \t.section .rodata,\"a\",@progbits\n\
             .LJTI0_0:\n\t.long .LBB0_5-.LJTI0_0\n\t.long .LBB0_6-.LJTI0_0\n\
             .LJTI0_1:\n\t.long .LBB0_43-.LJTI0_1\n\t.long .LBB0_44-.LJTI0_1\n"
        )
    };
    let out = convert_text(&text(".LBB0_42")).unwrap();
    assert!(
        !out.iter().any(|m| m == "LEAQ" || m == "MOVLQSX"),
        "{out:?}"
    );
    // A target of the second table that goes back into the first loop after writing its
    // register: the first dispatch is not recognised, and then may go anywhere, before
    // the second table's address is set: neither is (their tables stay referenced).
    let out = convert_text(&text(".LBB0_2")).unwrap();
    assert_eq!(out.iter().filter(|m| *m == "LEAQ").count(), 2, "{out:?}");
}

#[test]
fn a_bit_scan_writes_its_destination_whole_only_over_a_source_tested_non_zero() {
    // HUF_decompress1X1_usingDTable_internal (clang): `testl %ecx, %ecx; je …; …;
    // bsrl %ecx, %r11d` after a target, R11 the table's register.
    let scan = |test: &str| {
        format!(
            ".LBB0_1:\n\tmovzbl (%rdx), %ecx\n{test}\tcmpq $-120, %rdx\n\tja .LBB0_9\n\
             \tbsrl %ecx, %r11d\n\tmovl %r11d, (%rdi)\n\tretq\n{TAIL}"
        )
    };
    accepted("r11", "rax", &scan("\ttestl %ecx, %ecx\n\tje .LBB0_9\n"));
    // Untested, tested 64-bit wide for a 32-bit scan, reached on the branch taken when
    // zero, or changed since: a zero source would leave the table's address in R11.
    refused("r11", "rax", &scan(""), "R11");
    refused(
        "r11",
        "rax",
        &scan("\ttestq %rcx, %rcx\n\tje .LBB0_9\n"),
        "R11",
    );
    refused(
        "r11",
        "rax",
        &scan("\ttestl %ecx, %ecx\n\tjne .LBB0_9\n"),
        "R11",
    );
    refused(
        "r11",
        "rax",
        &scan("\ttestl %ecx, %ecx\n\tje .LBB0_9\n\tshrl $1, %ecx\n"),
        "R11",
    );
}

#[test]
fn what_is_left_of_an_address_is_moved_around_but_never_used() {
    // The whole register spilled after its low byte was rewritten (sqlite3_str_vappendf:
    // `movb $1, %sil` ... `movl %esi, 144(%rsp)`): the bytes above are the table address's,
    // which the compiler did not know, so nothing it generated depends on them.
    accepted(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb $1, %sil\n\tmovl %esi, 8(%rdi)\n\tretq\n{TAIL}"),
    );
    // Through a copy; a word read of a register whose byte was rewritten.
    accepted(
        "rsi",
        "rax",
        &format!(
            ".LBB0_1:\n\tmovb $1, %sil\n\tleal 1(%rsi), %ecx\n\tmovl %ecx, (%rdi)\n\tretq\n{TAIL}"
        ),
    );
    accepted(
        "rsi",
        "rax",
        &format!(
            ".LBB0_1:\n\tmovb $1, %sil\n\tmovswl %si, %edx\n\tmovl %edx, (%rdi)\n\tretq\n{TAIL}"
        ),
    );
    // A copy left in an argument register at a call (sqlite3ExprDataType: `leal 117(%rax),
    // %ecx; cmpb $40, %cl` ... `callq sqlite3ExprAffinity`).
    accepted(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb $1, %sil\n\tmovl %esi, %ecx\n\tcallq g\n\txorl %eax, %eax\n\tretq\n{TAIL}"),
    );
}

#[test]
fn a_read_of_the_whole_address_or_an_address_formed_from_it_refuses_it() {
    // The address spilled whole (it may be reloaded and used).
    refused(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovq %rsi, 8(%rdi)\n\tretq\n{TAIL}"),
        "SI",
    );
    // What is left of it used as an address, or as an indirect target.
    refused(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb $1, %sil\n\tmovl (%rsi), %eax\n\tretq\n{TAIL}"),
        "SI",
    );
    refused(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb $1, %sil\n\tleaq 8(%rsi), %rcx\n\tjmpq *%rcx\n{TAIL}"),
        "SI",
    );
    // A shift by a count the dispatch wrote; the accumulator compare-and-exchange reads.
    refused(
        "rcx",
        "rax",
        &format!(".LBB0_1:\n\tshlq %cl, %rdx\n\tmovq %rdx, (%rdi)\n\tretq\n{TAIL}"),
        "CX",
    );
    refused(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tlock cmpxchgl %ecx, (%rdi)\n\tretq\n{TAIL}"),
        "AX",
    );
    // A copy returned; the whole address passed to a callee.
    refused(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovb $1, %sil\n\tmovl %esi, %eax\n\tretq\n{TAIL}"),
        "SI",
    );
    refused(
        "rsi",
        "rax",
        &format!(".LBB0_1:\n\tmovq %rsi, %rdi\n\tcallq g\n\txorl %eax, %eax\n\tretq\n{TAIL}"),
        "SI",
    );
}
