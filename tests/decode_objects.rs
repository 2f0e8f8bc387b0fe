//! ELF relocatable objects (`tools/gen_objects.sh` → `tests/objects/`: gcc -O2 -c for amd64
//! and arm64) convert whole: the runtime suite's C (`tests/e2e/frames/corpus.c`, whose
//! listings in `tests/listings/` lack the data three functions read) and `kernels.c`, one of
//! each relocation kind. Each object prints its share of non-PC-relative instructions
//! lifted exactly, held at a floor; the output assembles with `go tool asm` (oracle-gated).
//! Running the converted code is the e2e suites' job (`gcc-O2-object` configurations).

mod common;

use native2goasm::convert::{convert_verified, Conversion, Options};
use native2goasm::ir::Arch;
use native2goasm::parse::decode::object;
use native2goasm::parse::Syntax;

fn convert(file: &str) -> (Arch, Conversion) {
    let path = common::crate_path(&format!("tests/objects/{file}"));
    let bytes = std::fs::read(&path).unwrap();
    assert!(object::is_elf(&bytes));
    let listing = object::listing(&bytes).unwrap_or_else(|e| panic!("{}", e.render(file)));
    let options = Options {
        arch: Some(listing.arch),
        syntax: Some(Syntax::Objdump),
        source_name: file.to_string(),
        ..Options::default()
    };
    let conversion = convert_verified(&listing.text, &options, &Default::default(), false)
        .unwrap_or_else(|d| panic!("{file}:\n{}", d.render(file, &listing.text)));
    (listing.arch, conversion)
}

/// Converts, checks the exact share, assembles with Go; returns the output.
fn check(file: &str, arch: Arch, floor: f64) -> String {
    let (got, conversion) = convert(file);
    assert_eq!(got, arch, "{file}");
    let s = &conversion.report.summary;
    let share = s.exact as f64 / (s.exact + s.raw + s.equivalent).max(1) as f64;
    println!(
        "{file}: {} exact, {} raw, {} branch: {:.2}% of non-PC-relative instructions exact",
        s.exact,
        s.raw,
        s.branch,
        100.0 * share
    );
    assert!(share >= floor, "{file}: {:.2}% exact", 100.0 * share);
    if common::require_oracles("decode_objects", &["go"]) {
        let dir = common::scratch_dir(&format!("decode_objects_{file}"));
        let out = common::go_asm::go_asm_lines(&dir, "out", &conversion.text, arch.go_name());
        assert!(out.is_ok(), "{file}: {}", out.unwrap_err());
    }
    conversion.text
}

/// Every function of the frames corpus converts, the three that read data included.
fn frames(file: &str, arch: Arch, floor: f64) {
    let text = check(file, arch, floor);
    for f in ["table_call", "table_tail", "res4_mix", "rec_sum"] {
        assert!(
            text.contains(&format!("TEXT ·{f}_native(SB)")),
            "{file}: no {f}"
        );
    }
}

#[test]
fn frames_amd64() {
    frames("frames_amd64.o", Arch::Amd64, 0.995);
}

#[test]
fn frames_arm64() {
    frames("frames_arm64.o", Arch::Arm64, 0.94);
}

/// The relocation kinds of `kernels.c`, as symbol references in the output.
fn kernels(file: &str, arch: Arch, wanted: &[&str]) {
    let text = check(file, arch, 0.96);
    let mut missing: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|w| !text.contains(w))
        .collect();
    // Common to both: data objects from .data (writable), .bss (writable, no DATA) and a
    // table of function addresses.
    for w in [
        "DATA data<>+0(SB)/8, $0x7\n",
        "GLOBL data<>(SB), NOPTR, $8\n",
        "GLOBL bss<>(SB), NOPTR, $8\n",
        "DATA data_rel_ro_local<>+0(SB)/8, $·add1_native(SB)\n",
        "DATA data_rel_ro_local<>+8(SB)/8, $·neg_native(SB)\n",
        "CALL ·scale_native(SB)\n",
    ] {
        if !text.contains(w) {
            missing.push(w);
        }
    }
    assert!(missing.is_empty(), "{file}: no {missing:?} in\n{text}");
}

#[test]
fn kernels_amd64() {
    kernels(
        "kernels_amd64.o",
        Arch::Amd64,
        &[
            "MOVSD rodata_cst8<>(SB), X1\n",
            "ADDQ data<>(SB), AX\n",
            "MOVQ AX, bss<>(SB)\n",
            "LEAQ data_rel_ro_local<>(SB), DX\n",
        ],
    );
}

#[test]
fn kernels_arm64() {
    kernels(
        "kernels_arm64.o",
        Arch::Arm64,
        &[
            "MOVD $data<>(SB), R1\n",
            "MOVD $bss<>(SB), R1\n",
            "MOVD $data_rel_ro_local<>(SB), R2\n",
        ],
    );
}
