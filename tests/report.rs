//! The verification report through the command line: the stderr summary, `--report
//! FILE.json`, the raw fallback for instructions whose Go encoding differs from the source,
//! and `--equivalent`.

use std::path::PathBuf;
use std::process::Command;

const SOURCE: &str = "\t.intel_syntax noprefix
\t.text
\t.globl f
f:
\tmov rax, 1
\tadd rax, rdi
\tlock bts WORD PTR [rsi], si
\tmovsd xmm0, QWORD PTR .LC0[rip]
.L2:
\tsub rdi, 1
\tjne .L2
\tret
\t.section .rodata
.LC0:
\t.quad 4607182418800017408
";

fn run(extra: &[&str]) -> (String, String, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("report_{}", extra.len()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.s");
    std::fs::write(&input, SOURCE).unwrap();
    let json = dir.join("r.json");
    let out = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
        .args(["--sig", "func f(n int64, p *int16) int64", "--report"])
        .arg(&json)
        .args(extra)
        .arg(&input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
        std::fs::read_to_string(json).unwrap(),
    )
}

#[test]
fn default_mode_summary_and_records() {
    let (go, stderr, json) = run(&[]);
    // mov rax, 1: Go's MOVQ $1, AX is the shorter MOVL form, so the source bytes are kept.
    assert!(go.contains("BYTE $0x48; BYTE $0xc7; BYTE $0xc0"), "{go}");
    assert!(!go.contains("MOVQ $1, AX"), "{go}");
    // lock bts: Go puts 66 after f0; not byte-identical, so raw in the default mode.
    assert!(go.contains("BYTE $0x66; BYTE $0xf0"), "{go}");
    // RIP-relative load: compared with the displacement masked.
    assert!(go.contains("MOVSD LC0<>(SB), X0"), "{go}");
    assert!(
        stderr.contains(
            "10 instructions: 4 exact, 0 equivalent, 2 raw, 1 branches, 0 rewritten, 3 added"
        ),
        "{stderr}"
    );
    for want in [
        r#""source": "mov rax, 1", "go": "BYTE $0x48; BYTE $0xc7; BYTE $0xc0; BYTE $0x1; BYTE $0x0; BYTE $0x0; BYTE $0x0", "class": "raw", "source_hex": "48c7c001000000""#,
        r#""source": "add rax, rdi", "go": "ADDQ DI, AX", "class": "exact", "source_hex": "4801f8", "go_hex": "4801f8""#,
        r#""source": "movsd xmm0, QWORD PTR .LC0[rip]", "go": "MOVSD LC0<>(SB), X0", "class": "exact", "source_hex": "f20f100500000000", "go_hex": "f20f100500000000""#,
        r#""source": "jne .L2", "go": "JNE L2", "class": "branch""#,
        r#""class": "added""#,
        r#""class": "data", "source_hex": "000000000000f03f""#,
        r#""summary": {"instructions": 10, "exact": 4, "equivalent": 0, "raw": 2, "branch": 1, "rewritten": 0, "added": 3, "data": 1}"#,
    ] {
        assert!(json.contains(want), "no {want} in\n{json}");
    }
}

#[test]
fn equivalent_mode_keeps_same_instruction() {
    let (go, stderr, json) = run(&["--equivalent"]);
    // Same instruction, prefixes in another order: kept as Go mnemonics.
    assert!(go.contains("LOCK\n") || go.contains("LOCK"), "{go}");
    assert!(go.contains("BTSW SI, (SI)"), "{go}");
    // MOVL $1, AX is a different instruction from mov rax, 1: still raw.
    assert!(go.contains("BYTE $0x48; BYTE $0xc7"), "{go}");
    assert!(stderr.contains("4 exact, 1 equivalent, 1 raw"), "{stderr}");
    assert!(
        json.contains(
            r#""class": "equivalent", "source_hex": "66f00fab36", "go_hex": "f0660fab36""#
        ),
        "{json}"
    );
}
