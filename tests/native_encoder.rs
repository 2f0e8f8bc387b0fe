//! The embedded native x86-64 encoder (`verify::native_x86`) against GNU `as`.
//!
//! Every vector line `intel text | go text | hex` in `tests/vectors/amd64/rows.txt` (made by
//! tools/check_amd64_rows.py) and `native_extra.txt` (made by tools/gen_native_extra.py,
//! forms Go cannot spell) is parsed with the project's Intel parser, encoded, and compared
//! with GNU `as`'s bytes. Branch lines (`| branch`) are skipped: Go encodes branches itself.
//! Agreement must be 100%.

use native2goasm::ir::{Arch, Item, Module};
use native2goasm::parse::{parse, Syntax};
use native2goasm::verify::native_x86;

mod common;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses one Intel instruction line.
fn parse_inst(text: &str) -> Result<native2goasm::ir::x86::Inst, String> {
    let module: Module<native2goasm::ir::x86::Inst> =
        parse(&format!("f:\n\t{text}\n"), Arch::Amd64, Syntax::Intel)
            .map_err(|d| d.render("vector", text))?;
    let body = &module.functions.first().ok_or("no function")?.body;
    match body.as_slice() {
        [Item::Inst(i)] => Ok(i.clone()),
        other => Err(format!("expected one instruction, got {other:?}")),
    }
}

/// Checks every vector of a file; returns (checked, failures).
fn check_file(path: &str) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut checked = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(" | ").collect();
        let (intel, want) = match cols.as_slice() {
            [intel, _go, want] => (intel.trim(), want.trim()),
            _ => panic!("{path}:{}: expected `intel | go | hex`", n + 1),
        };
        if want == "branch" {
            continue;
        }
        checked += 1;
        let got = parse_inst(intel).and_then(|inst| {
            native_x86::encode(&inst)
                .map(|b| hex(&b))
                .map_err(|d| d.message)
        });
        match got {
            Ok(got) if got == want => {}
            Ok(got) => failures.push(format!("{path}:{}: {intel}: gnu {want}, got {got}", n + 1)),
            Err(e) => failures.push(format!("{path}:{}: {intel}: gnu {want}, error: {e}", n + 1)),
        }
    }
    (checked, failures)
}

fn report(path: &str) {
    let (checked, failures) = check_file(path);
    let agree = checked - failures.len();
    common::say(format!(
        "native encoder vs GNU as, {path}: {agree}/{checked} agree ({:.2}%)",
        100.0 * agree as f64 / checked.max(1) as f64
    ));
    for f in failures.iter().take(100000) {
        common::say(format!("  {f}"));
    }
    assert!(checked > 0, "{path}: no vectors");
    assert!(
        failures.is_empty(),
        "{} of {checked} vectors in {path} disagree with GNU as",
        failures.len()
    );
}

#[test]
fn rows_agree_with_gnu_as() {
    report("tests/vectors/amd64/rows.txt");
}

#[test]
fn extra_forms_agree_with_gnu_as() {
    report("tests/vectors/amd64/native_extra.txt");
}

/// The canonical text of an instruction parses back to the same instruction and bytes.
#[test]
fn intel_text_round_trips() {
    let text = std::fs::read_to_string("tests/vectors/amd64/rows.txt").unwrap();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let intel = line.split(" | ").next().unwrap().trim();
        let Ok(inst) = parse_inst(intel) else {
            continue;
        };
        let Ok(bytes) = native_x86::encode(&inst) else {
            continue;
        };
        let canon = native_x86::intel_text(&inst);
        let again = parse_inst(&canon).unwrap_or_else(|e| panic!("{canon}: {e}"));
        assert_eq!(
            native_x86::encode(&again).ok(),
            Some(bytes),
            "`{intel}` printed as `{canon}`"
        );
        n += 1;
    }
    common::say(format!("intel_text round trip: {n} instructions"));
}

#[test]
fn symbols_get_a_zero_field_and_a_reloc() {
    let inst = parse_inst("movss xmm0, DWORD PTR .LC0[rip]").unwrap();
    let mut out = vec![0xaa];
    let enc = native_x86::encode_into(&inst, &mut out).unwrap();
    assert_eq!(hex(&out), "aaf30f100500000000");
    let reloc = enc.reloc.expect("a reloc");
    assert_eq!((enc.len, reloc.offset, reloc.size), (8, 4, 4));
    assert_eq!(reloc.symbol, ".LC0");
    assert!(reloc.pc_relative);

    let err = native_x86::raw(&inst).unwrap_err();
    assert!(err.message.contains("symbol"), "{}", err.message);
    assert_eq!(err.span.line, 2, "located on the instruction's line");
}

#[test]
fn raw_gives_bytes_and_text() {
    let inst = parse_inst("vmovaps ymm0, ymm1").unwrap();
    let (bytes, text) = native_x86::raw(&inst).unwrap();
    assert_eq!(hex(&bytes), "c5fc28c1");
    assert_eq!(text, "vmovaps ymm0, ymm1");
}

#[test]
fn ambiguous_and_unknown_are_located_errors() {
    let inst = parse_inst("inc [rdi]").unwrap();
    let err = native_x86::encode(&inst).unwrap_err();
    assert!(err.message.contains("ambiguous"), "{}", err.message);
    assert_eq!(err.span.line, 2);
}

/// Live oracle: the e2e C corpus compiled by GCC and clang (Intel syntax, with and without
/// AVX2), assembled by GNU `as` with a listing (`-aln`: bytes per source line). Every
/// instruction line the parser reads is encoded and compared; branches are skipped.
#[test]
fn compiler_output_agrees_with_gnu_as() {
    use std::process::Command;
    use std::time::Duration;
    if !common::require_oracles(
        "compiler_output_agrees_with_gnu_as",
        &["gcc", "clang", "as"],
    ) {
        return;
    }
    let corpus = common::crate_path("tests/e2e/corpus.c");
    let dir = common::scratch_dir("native_encoder_corpus");
    let builds: [(&str, &[&str]); 4] = [
        ("gcc", &["-O2"]),
        ("gcc", &["-O3", "-mavx2", "-mfma", "-mbmi2"]),
        ("clang", &["-O2", "-fno-addrsig"]),
        (
            "clang",
            &["-O3", "-mavx2", "-mfma", "-mbmi2", "-fno-addrsig"],
        ),
    ];
    let (mut checked, mut unparsed, mut failures) = (0, 0, Vec::new());
    for (i, (cc, flags)) in builds.iter().enumerate() {
        let s = dir.join(format!("c{i}.s"));
        let lst = dir.join(format!("c{i}.lst"));
        let r = common::run(
            Command::new(cc)
                .args(*flags)
                .args(["-S", "-masm=intel", "-fno-asynchronous-unwind-tables", "-o"])
                .arg(&s)
                .arg(&corpus),
            Duration::from_secs(120),
        );
        assert!(r.success, "{cc}: {}", r.combined());
        let r = common::run(
            Command::new("as")
                .arg("--64")
                .arg(format!("-aln={}", lst.display()))
                .arg("-o")
                .arg(dir.join(format!("c{i}.o")))
                .arg(&s),
            Duration::from_secs(60),
        );
        assert!(r.success, "as: {}", r.combined());
        let source = std::fs::read_to_string(&s).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        // Listing lines: `  12 000d 48C1E81E \t\tshr rax, 30`, continuations `  12      E41C6D47`.
        let mut bytes: std::collections::BTreeMap<usize, String> = Default::default();
        for l in std::fs::read_to_string(&lst).unwrap().lines() {
            // `  12 000d 48C1E81E \t\tshr rax, 30`; continuations `  12      E41C6D47`.
            let t = l.trim_start();
            let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let Ok(n) = t[..digits].parse::<usize>() else {
                continue;
            };
            let rest = &t[digits..];
            let h = if rest.contains('\t') {
                let addr = rest.get(1..5).unwrap_or("");
                if !addr.chars().all(|c| c.is_ascii_hexdigit()) || rest.get(5..6) != Some(" ") {
                    continue;
                }
                rest[6..].split(['\t', ' ']).next().unwrap_or("")
            } else {
                rest.trim()
            };
            if !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()) {
                bytes
                    .entry(n)
                    .or_default()
                    .push_str(&h.to_ascii_lowercase());
            }
        }
        for (n, line) in lines.iter().enumerate() {
            let t = line.trim();
            if !line.starts_with('\t') || t.starts_with('.') || t.is_empty() || t.ends_with(':') {
                continue;
            }
            let mnemonic = t.split_whitespace().next().unwrap_or("");
            if mnemonic.starts_with('j') || mnemonic == "call" {
                continue;
            }
            let Some(want) = bytes.get(&(n + 1)) else {
                continue;
            };
            let Ok(inst) = parse_inst(t) else {
                unparsed += 1;
                continue;
            };
            checked += 1;
            match native_x86::encode(&inst) {
                Ok(b) if hex(&b) == *want => {}
                Ok(b) => failures.push(format!("{cc} {flags:?}: {t}: gnu {want}, got {}", hex(&b))),
                Err(e) => failures.push(format!(
                    "{cc} {flags:?}: {t}: gnu {want}, error: {}",
                    e.message
                )),
            }
        }
    }
    common::say(format!(
        "native encoder vs GNU as on compiled corpus: {}/{checked} agree ({unparsed} lines not parsed)",
        checked - failures.len()
    ));
    for f in &failures {
        common::say(format!("  {f}"));
    }
    assert!(checked > 0);
    assert!(
        failures.is_empty(),
        "{} instructions disagree",
        failures.len()
    );
}

/// The map stage emits `@raw` rows as `BYTE`s with the source text, and refuses them with a
/// located error when the bytes would need a relocation.
#[test]
fn raw_rows_become_bytes_in_the_output() {
    use native2goasm::convert::{convert, Options};
    let opts = Options {
        arch: Some(Arch::Amd64),
        syntax: Some(Syntax::Intel),
        source_name: "raw.s".into(),
        ..Options::default()
    };
    let out = convert("f:\n\tvmovaps ymm0, ymm1\n\tint3\n\tret\n", &opts)
        .unwrap_or_else(|d| panic!("{}", d.render("raw.s", "")));
    let line = out
        .text
        .lines()
        .find(|l| l.contains("vmovaps"))
        .expect("a line for vmovaps");
    assert!(
        line.trim_start()
            .starts_with("BYTE $0xc5; BYTE $0xfc; BYTE $0x28; BYTE $0xc1"),
        "{line}"
    );
    assert!(line.ends_with("// vmovaps ymm0, ymm1"), "{line}");
    assert!(out.text.contains("BYTE $0xcc"), "{}", out.text);

    let src = "f:\n\tvmovq xmm0, QWORD PTR .LC0[rip]\n\tret\n.LC0:\n\t.quad 1\n";
    let err = convert(src, &opts).expect_err("RIP-relative raw bytes must be refused");
    let d = err.0.first().expect("a diagnostic");
    assert_eq!((d.span.line, d.span.col), (2, 14), "{}", d.message);
}

/// Live oracle: spellings whose reading is not the plain one, assembled by GNU `as` and by the
/// parser + native encoder. An AT&T suffix that sizes the general register of an SSE
/// conversion, not its memory (`cvttsd2sil 64(%rsp), %edx`, gcc's SQLite `strftimeFunc`), and
/// the `ds:` that GNU `as` drops where DS is the address's segment anyway (`QWORD PTR ds:16`,
/// gcc's Intel output for a constant address); with an SP or BP base it writes the prefix,
/// and the converter refuses that operand (tests/diagnostics.rs has the other segments).
#[test]
fn suffixes_and_default_segments_agree_with_gnu_as() {
    use std::process::Command;
    use std::time::Duration;
    if !common::require_oracles("suffixes_and_default_segments_agree_with_gnu_as", &["as"]) {
        return;
    }
    let cases: [(Syntax, &str); 12] = [
        (Syntax::Att, "cvttsd2sil\t64(%rsp), %edx"),
        (Syntax::Att, "cvttsd2siq\t8(%rdi), %rax"),
        (Syntax::Att, "cvttss2sil\t4(%rsi), %r8d"),
        (Syntax::Att, "cvtsd2sil\t8(%rdi), %eax"),
        (Syntax::Att, "cvtsi2sdl\t8(%rdi), %xmm0"),
        (Syntax::Att, "cvtsi2sdq\t8(%rdi), %xmm1"),
        (Syntax::Att, "cvtsi2ssl\t8(%rdi), %xmm2"),
        (Syntax::Att, "movq\t%ds:8(%rbx), %rax"),
        (Syntax::Att, "movl\t%ds:(%rdi,%rsi,4), %eax"),
        (Syntax::Intel, "mov\trax, QWORD PTR ds:16"),
        (Syntax::Intel, "mov\trax, QWORD PTR ds:[rbx+8]"),
        (Syntax::Intel, "mov\teax, DWORD PTR ds:0"),
    ];
    let dir = common::scratch_dir("native_encoder_spellings");
    for (syntax, line) in cases {
        let header = match syntax {
            Syntax::Intel => ".intel_syntax noprefix\n",
            _ => "",
        };
        let s = dir.join("one.s");
        let o = dir.join("one.o");
        std::fs::write(&s, format!("{header}\t{line}\n")).unwrap();
        let r = common::run(
            Command::new("as").arg("--64").arg("-o").arg(&o).arg(&s),
            Duration::from_secs(60),
        );
        assert!(r.success, "as: {line}: {}", r.combined());
        let r = common::run(
            Command::new("objcopy")
                .args(["-O", "binary", "-j", ".text"])
                .arg(&o)
                .arg(dir.join("one.bin")),
            Duration::from_secs(60),
        );
        assert!(r.success, "objcopy: {}", r.combined());
        let want = hex(&std::fs::read(dir.join("one.bin")).unwrap());
        let text = format!("f:\n\t{line}\n");
        let module: Module<native2goasm::ir::x86::Inst> = parse(&text, Arch::Amd64, syntax)
            .unwrap_or_else(|d| panic!("{}", d.render("line", &text)));
        let [Item::Inst(inst)] = module.functions[0].body.as_slice() else {
            panic!("{line}: not one instruction");
        };
        let segment = inst.operands.iter().any(|o| {
            matches!(&o.kind, native2goasm::ir::x86::OperandKind::Mem(m) if m.segment.is_some())
        });
        assert!(!segment, "{line}: the default segment is kept");
        let got = native_x86::encode(inst).unwrap_or_else(|e| panic!("{line}: {}", e.message));
        assert_eq!(hex(&got), want, "{line}");
    }
}
