//! Issue 10, items 1-3 converted from real compiler output: jump tables lowered to
//! compare/branch trees, global data (`.data`, `.bss`, `.comm`, anchors, pointer tables),
//! sections inside functions and `.cold` parts. `tests/e2e/programs/switches.c` is compiled
//! by gcc and clang for amd64 (AT&T, Intel) and arm64 at -O2 and -O3 and converted whole.
//! Skips visibly without the compilers (fails with NATIVE2GOASM_REQUIRE_ORACLES=1).

mod common;

use common::{find_tool, oracles_required, say};
use native2goasm::convert::{convert, Options};
use std::process::Command;

const CONFIGS: &[(&str, &[&str])] = &[
    ("gcc", &["-O2"]),
    ("gcc", &["-O3", "-masm=intel"]),
    ("clang", &["-O2"]),
    ("clang", &["-O3", "-masm=intel"]),
    ("aarch64-linux-gnu-gcc", &["-O2"]),
    ("aarch64-linux-gnu-gcc", &["-O3"]),
    ("clang", &["--target=aarch64-linux-gnu", "-O2"]),
    ("clang", &["--target=aarch64-linux-gnu", "-O3"]),
];

fn compile(cc: &str, flags: &[&str]) -> Option<String> {
    if find_tool(cc).is_none() {
        assert!(!oracles_required(), "{cc} is required");
        say(format!("whole_programs: SKIPPED {cc} (not installed)"));
        return None;
    }
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/programs/switches.c");
    let out = Command::new(cc)
        .args(flags)
        .args(["-fno-asynchronous-unwind-tables", "-S", "-o", "-", src])
        .output()
        .expect("run the compiler");
    assert!(
        out.status.success(),
        "{cc}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn switches_globals_and_cold_parts_convert() {
    for (cc, flags) in CONFIGS {
        let Some(asm) = compile(cc, flags) else {
            continue;
        };
        let what = format!("{cc} {}", flags.join(" "));
        let conv = convert(&asm, &Options::default())
            .unwrap_or_else(|d| panic!("{what}:\n{}\n{asm}", d.render("switches.s", &asm)));
        let text = &conv.text;
        assert!(
            text.contains("// jump table"),
            "{what}: no jump table lowered\n{text}"
        );
        for table in [".L4", "LJTI0_0"] {
            let go = table.trim_start_matches('.');
            assert!(
                !text.contains(&format!("GLOBL {go}<>")),
                "{what}: table {go} still emitted"
            );
        }
        // Writable data is NOPTR, never RODATA; the pointer tables hold data addresses.
        for line in text.lines().filter(|l| l.starts_with("GLOBL")) {
            let writable = ["counter", "hist", "total", "vals", "calls"]
                .iter()
                .any(|n| line.contains(&format!("{n}<>")) || line.contains(&format!("{n}_")));
            if writable && !line.contains("LANCHOR") {
                assert!(!line.contains("RODATA"), "{what}: {line}");
            }
        }
        assert!(
            text.lines().any(|l| l.starts_with("DATA")
                && l.contains("/8, $")
                && l.ends_with("<>(SB)")
                || l.starts_with("DATA")
                    && l.contains("/8, $")
                    && l.contains("<>+")
                    && l.ends_with("(SB)")),
            "{what}: no pointer into data\n{text}"
        );
    }
}

#[test]
fn a_store_to_read_only_data_is_an_error() {
    let asm = "f:\n\tmovl\t$1, tab(%rip)\n\tret\n\t.section\t.rodata\ntab:\n\t.long 0\n";
    let e = convert(asm, &Options::default()).unwrap_err();
    assert!(e
        .render("t.s", asm)
        .contains("a store to `tab`, which is read-only data"));
    let asm = "f:\n\tadrp\tx1, tab\n\tstr\tw0, [x1, #:lo12:tab]\n\tret\n\t.section\t.rodata\ntab:\n\t.word 0\n";
    let e = convert(asm, &Options::default()).unwrap_err();
    assert!(e
        .render("t.s", asm)
        .contains("a store to `tab`, which is read-only data"));
}

#[test]
fn filtered_view_without_a_definition_says_what_to_turn_off() {
    // Compiler Explorer's filtered view: no `.comm counter`, no sections.
    let asm = "bump:\n\tmovl\tcounter(%rip), %eax\n\tret\n.LC0:\n\t.long 1\n";
    let e = convert(asm, &Options::default()).unwrap_err();
    let text = e.render("t.s", asm);
    assert!(
        text.contains("`counter` is used but not defined in the input"),
        "{text}"
    );
    assert!(
        text.contains("turn off the \"Directives\" filter"),
        "{text}"
    );
}

#[test]
fn non_pie_tables_are_lowered_and_live_registers_refused() {
    let table = "\t.section\t.rodata\n.LT:\n";
    let asm = format!(
        "f:\n\tcmpl\t$2, %edi\n\tja\t.L9\n\tmovl\t%edi, %eax\n\tjmp\t*.LT(,%rax,8)\n\
         .L1:\n\tmovl\t$1, %eax\n\tret\n.L2:\n\tmovl\t$2, %eax\n\tret\n.L9:\n\tret\n\
         {table}\t.quad\t.L1\n\t.quad\t.L2\n\t.quad\t.L1\n"
    );
    let conv =
        convert(&asm, &Options::default()).unwrap_or_else(|d| panic!("{}", d.render("t.s", &asm)));
    assert!(
        conv.text.contains("CMPQ AX, $2 // jump table .LT"),
        "{}",
        conv.text
    );
    assert!(!conv.text.contains("GLOBL LT<>"), "{}", conv.text);

    // The table's base is read after a target: the dispatch cannot go.
    let asm = format!(
        "f:\n\tmovl\t%edi, %eax\n\tleaq\t.LT(%rip), %rcx\n\tmovslq\t(%rcx,%rax,4), %rax\n\
         \taddq\t%rcx, %rax\n\tjmp\t*%rax\n.L1:\n\tmovq\t%rcx, %rax\n\tret\n.L2:\n\tret\n\
         {table}\t.long\t.L1-.LT\n\t.long\t.L2-.LT\n"
    );
    let e = convert(&asm, &Options::default())
        .unwrap_err()
        .render("t.s", &asm);
    assert!(
        e.contains(
            "jump table `.LT`: CX, which the dispatch sets, may be read after its target `L1`"
        ),
        "{e}"
    );
    assert!(e.contains("6 |     jmp"), "{e}");
}

#[test]
fn an_adrp_laid_out_after_its_lo12_use_is_found() {
    let asm =
        "f:\n\tb\t.L2\n.L1:\n\tldr\tw0, [x1, #:lo12:g+4]\n\tret\n.L2:\n\tadrp\tx1, g\n\tb\t.L1\n\
               \t.data\ng:\n\t.word 5\n\t.word 6\n";
    let conv =
        convert(asm, &Options::default()).unwrap_or_else(|d| panic!("{}", d.render("t.s", asm)));
    assert!(conv.text.contains("MOVWU 4(R1), R0"), "{}", conv.text);
    assert!(
        conv.text.contains("GLOBL g<>(SB), NOPTR, $8"),
        "{}",
        conv.text
    );
}
