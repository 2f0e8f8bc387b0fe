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
