//! Real machine code: the runtime suite's C (`tests/e2e/frames/corpus.c`) compiled with
//! gcc -O2 -c and disassembled (`tools/gen_listings.sh` → `tests/listings/`: GNU objdump
//! -d -r in AT&T and `-M intel`, llvm-objdump, aarch64 objdump) converts function by
//! function. A listing holds no data sections, so the functions that read data
//! (`DATA_FUNCTIONS`) are refused with a located error and left out; everything else
//! converts, and the output assembles with `go tool asm` (oracle-gated). Each listing
//! prints its share of non-PC-relative instructions lifted exactly (exact / (exact + raw)),
//! held at its current floor: amd64 has none left (loop-alignment nops before a branch
//! target are padding, as `.p2align` is), arm64's are `mov xN, #0` and large sp
//! adjustments (table rows Go cannot spell).

mod common;

use native2goasm::convert::{convert_verified, Options};
use native2goasm::ir::Arch;
use std::collections::BTreeSet;

/// Functions that read data a listing does not hold (a jump table in `.data.rel.ro`, a
/// constant in `.rodata.cst8`): only an object file brings it.
const DATA_FUNCTIONS: [&str; 3] = ["table_call", "table_tail", "res4_mix"];

/// The listing without the functions in `drop` (a `<name>:` header to the next one).
fn without(listing: &str, drop: &BTreeSet<String>) -> String {
    let mut out = String::new();
    let mut keep = true;
    for line in listing.lines() {
        if let Some(name) = line
            .trim_end()
            .strip_suffix(">:")
            .and_then(|l| l.split_once(" <"))
            .map(|(_, n)| n)
        {
            keep = !drop.contains(name);
        }
        if keep {
            out.push_str(line);
        }
        // Dropped lines stay as empty lines, so the lines of errors keep their numbers.
        out.push('\n');
    }
    out
}

/// The function whose header comes last before `line` (1-based).
fn function_at(listing: &str, line: u32) -> String {
    listing
        .lines()
        .take(line as usize)
        .filter_map(|l| l.trim_end().strip_suffix(">:")?.split_once(" <"))
        .last()
        .map(|(_, n)| n.to_string())
        .unwrap_or_default()
}

fn check(file: &str, arch: Arch, expected_share: f64) {
    let path = common::crate_path(&format!("tests/listings/{file}"));
    let listing = std::fs::read_to_string(&path).unwrap();
    let options = Options {
        source_name: file.to_string(),
        ..Options::default()
    };
    let mut dropped = BTreeSet::new();
    let conversion = loop {
        let text = without(&listing, &dropped);
        match convert_verified(&text, &options, &Default::default(), false) {
            Ok(c) => break c,
            Err(d) => {
                let before = dropped.len();
                for e in d.0.iter().filter(|e| e.is_error()) {
                    let f = function_at(&text, e.span.line);
                    assert!(
                        DATA_FUNCTIONS.contains(&f.as_str()),
                        "{file}: `{f}` does not convert: {}",
                        d.render(file, &text)
                    );
                    assert!(
                        e.message.contains("is used but not defined"),
                        "{file}: `{f}`: {}",
                        e.message
                    );
                    dropped.insert(f);
                }
                assert!(dropped.len() > before, "{file}: no progress");
            }
        }
    };
    let s = &conversion.report.summary;
    let share = s.exact as f64 / (s.exact + s.raw + s.equivalent).max(1) as f64;
    println!(
        "{file}: {} instructions exact, {} raw, {} branch: {:.2}% of non-PC-relative \
         instructions exact; left out (data): {dropped:?}",
        s.exact,
        s.raw,
        s.branch,
        100.0 * share
    );
    assert!(
        share >= expected_share,
        "{file}: {:.2}% exact",
        100.0 * share
    );
    assert_eq!(
        dropped.iter().map(String::as_str).collect::<Vec<_>>(),
        DATA_FUNCTIONS
            .iter()
            .copied()
            .filter(|f| arch == Arch::Amd64 || *f != "res4_mix")
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
    );
    if !common::require_oracles("decode_listings", &["go"]) {
        return;
    }
    let dir = common::scratch_dir(&format!("decode_listings_{file}"));
    let out = common::go_asm::go_asm_lines(&dir, "out", &conversion.text, arch.go_name());
    assert!(out.is_ok(), "{file}: {}", out.unwrap_err());
}

#[test]
fn gnu_objdump_amd64_att() {
    check("frames_amd64.objdump", Arch::Amd64, 0.99);
}

#[test]
fn gnu_objdump_amd64_intel() {
    check("frames_amd64_intel.objdump", Arch::Amd64, 0.99);
}

#[test]
fn llvm_objdump_amd64() {
    check("frames_amd64.llvm-objdump", Arch::Amd64, 0.99);
}

#[test]
fn gnu_objdump_arm64() {
    check("frames_arm64.objdump", Arch::Arm64, 0.94);
}

/// Bad machine code is refused at its line and column.
#[test]
fn bad_machine_code_is_located() {
    use native2goasm::parse::Syntax;
    let cases: [(Arch, Syntax, &str, &str); 6] = [
        (
            Arch::Amd64,
            Syntax::Hex,
            "48 89 f8\n48 8\n",
            "t:2:4: odd number of hex digits",
        ),
        (
            Arch::Amd64,
            Syntax::Hex,
            "c3 06\n",
            "t:1:4: bytes that do not decode",
        ),
        (
            Arch::Amd64,
            Syntax::Hex,
            "c3 zz\n",
            "t:1:4: not a hex digit",
        ),
        (
            Arch::Amd64,
            Syntax::Hex,
            "e8 00 00 00 00\nc3\n",
            "t:1:1: call with a zero",
        ),
        (
            Arch::Arm64,
            Syntax::Hex,
            "d65f03c0 c0 03\n",
            "t:1:10: 2 bytes left",
        ),
        (
            Arch::Amd64,
            Syntax::Objdump,
            "0000000000000000 <f>:\n   0:\t48 89 f8 \tmov\n   5:\tc3 \tret\n",
            "t:3:1: address 0x5 does not follow",
        ),
    ];
    for (arch, syntax, input, want) in cases {
        let options = Options {
            arch: Some(arch),
            syntax: Some(syntax),
            ..Options::default()
        };
        let err = convert_verified(input, &options, &Default::default(), false)
            .err()
            .unwrap_or_else(|| panic!("{input:?} converted"));
        let e = &err.0[0];
        let got = format!("t:{}:{}: {}", e.span.line, e.span.col, e.message);
        assert!(got.starts_with(want), "{input:?}: {got}");
    }
}

/// An arm64 byte jump table as the object reader writes it (entries that the assembler
/// folded into plain bytes, named by `R_N2G_TABLE8` lines): the dispatch lowers to a
/// compare tree over the entries' labels; an entry whose bytes are not its stated value is
/// refused at its line.
#[test]
fn folded_arm64_jump_table_lowers_and_a_wrong_entry_is_located() {
    use native2goasm::parse::Syntax;
    let listing = |second: &str| {
        format!(
            "0000000000000000 <f>:\n\
             \x20  0:\t7100081f \tcmp\tw0, #0x2\n\
             \x20  4:\t540001a8 \tb.hi\t38\n\
             \x20  8:\t90000001 \tadrp\tx1, 0\n\
             \t\t\t8: R_AARCH64_ADR_PREL_PG_HI21\t.rodata\n\
             \x20  c:\t91000021 \tadd\tx1, x1, #0x0\n\
             \t\t\tc: R_AARCH64_ADD_ABS_LO12_NC\t.rodata\n\
             \x20 10:\t38604821 \tldrb\tw1, [x1, w0, uxtw]\n\
             \x20 14:\t10000062 \tadr\tx2, 20\n\
             \x20 18:\t8b218841 \tadd\tx1, x2, w1, sxtb #2\n\
             \x20 1c:\td61f0020 \tbr\tx1\n\
             \x20 20:\t52800140 \tmov\tw0, #0xa\n\
             \x20 24:\td65f03c0 \tret\n\
             \x20 28:\t52800280 \tmov\tw0, #0x14\n\
             \x20 2c:\td65f03c0 \tret\n\
             \x20 30:\t528003c0 \tmov\tw0, #0x1e\n\
             \x20 34:\td65f03c0 \tret\n\
             \x20 38:\t52800020 \tmov\tw0, #0x1\n\
             \x20 3c:\td65f03c0 \tret\n\
             \n\
             Contents of section .rodata:\n\
             \x200000 00{second}04                               ...\n\
             \t\t\t0: R_N2G_TABLE8\t.text+0x20-.text+0x20\n\
             \t\t\t1: R_N2G_TABLE8\t.text+0x28-.text+0x20\n\
             \t\t\t2: R_N2G_TABLE8\t.text+0x30-.text+0x20\n"
        )
    };
    let options = Options {
        arch: Some(Arch::Arm64),
        syntax: Some(Syntax::Objdump),
        ..Options::default()
    };
    let good = convert_verified(&listing("02"), &options, &Default::default(), false)
        .unwrap_or_else(|d| panic!("{}", d.render("t", &listing("02"))));
    let text = &good.text;
    assert!(
        !text.contains("JMP (R"),
        "the indirect jump is gone:\n{text}"
    );
    assert!(!text.contains("GLOBL"), "the table is gone:\n{text}");
    for target in ["L_20", "L_28", "L_30"] {
        assert!(text.contains(&format!("JMP {target}")), "{target}:\n{text}");
    }
    let err = convert_verified(&listing("03"), &options, &Default::default(), false)
        .expect_err("a wrong entry converted");
    let e = &err.0[0];
    let got = format!("t:{}:{}: {}", e.span.line, e.span.col, e.message);
    assert!(
        got.starts_with("t:24:20:")
            && got.contains("the entry's bytes hold 0x3, not (.text+0x28 - .text+0x20) >> 2 = 0x2"),
        "{got}"
    );
}
