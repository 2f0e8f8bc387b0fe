//! `--keep-going`: every function that converts is written, each one that does not is
//! reported and left out (with its callers and the users of data holding its address), the
//! exit status is 1, and the JSON report lists every function's status. Without the flag the
//! first error still stops the conversion and nothing is written.

mod common;

use common::{go_asm::go_asm_lines, require_oracles, run, scratch_dir, write_file};
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

/// Good functions; `bad` fails in lowering, `broken` in parsing; `caller` calls `bad`, `user`
/// loads `table`, which holds `bad`'s address; `good2` tail-calls `good`.
const AMD64: &str = "\t.text
\t.globl\tgood
\t.type\tgood, @function
good:
\tleaq\t1(%rdi), %rax
\tret
\t.globl\tbad
bad:
\txlatb
\tret
\t.globl\tcaller
caller:
\tsubq\t$8, %rsp
\tcall\tbad
\taddq\t$8, %rsp
\tret
\t.globl\tbroken
broken:
\taddq\t%rax,
\tret
\t.globl\tuser
user:
\tmovq\ttable(%rip), %rax
\tret
\t.globl\tgood2
good2:
\tjmp\tgood
\t.section\t.data.rel.local,\"aw\"
\t.align 8
table:
\t.quad\tbad
";

const ARM64: &str = "\t.arch armv8-a
\t.text
\t.global good
good:
\tadd\tx0, x0, 1
\tret
\t.global bad
bad:
\tmrs\tx0, tpidr_el0
\tret
\t.global caller
caller:
\tstp\tx29, x30, [sp, -16]!
\tmov\tx29, sp
\tbl\tbad
\tldp\tx29, x30, [sp], 16
\tret
\t.global broken
broken:
\tadd\tx0, x0,
\tret
\t.global user
user:
\tadrp\tx0, table
\tldr\tx0, [x0, #:lo12:table]
\tret
\t.global good2
good2:
\tb\tgood
\t.section\t.data.rel.local,\"aw\"
\t.align 3
table:
\t.xword\tbad
";

/// The `functions` array both inputs give (lines of the labels differ).
fn expected_functions(lines: [u32; 6], bad: &str, broken: &str) -> String {
    let names = ["good", "bad", "caller", "broken", "user", "good2"];
    let reasons = [
        None,
        Some(bad.to_string()),
        Some("calls `bad`, which is left out".to_string()),
        Some(broken.to_string()),
        Some("uses `table`, which holds the address of `bad`, which is left out".to_string()),
        None,
    ];
    let rows: Vec<String> = names
        .iter()
        .zip(lines)
        .zip(reasons)
        .map(|((name, line), reason)| match reason {
            None => format!(
                "  {{\"name\": \"{name}\", \"line\": {line}, \"status\": \"converted\", \"reason\": null}}"
            ),
            Some(r) => format!(
                "  {{\"name\": \"{name}\", \"line\": {line}, \"status\": \"skipped\", \"reason\": \"{r}\"}}"
            ),
        })
        .collect();
    format!("\"functions\": [\n{}\n]}}\n", rows.join(",\n"))
}

struct Outcome {
    code: Option<i32>,
    stderr: String,
    output: Option<String>,
    report: Option<String>,
    stub: Option<String>,
}

fn convert(name: &str, source: &str, args: &[&str]) -> Outcome {
    let dir: PathBuf = scratch_dir(&format!("keep_going_{name}"));
    let input = dir.join("in.s");
    write_file(&input, source);
    let (out, report, stub) = (dir.join("out.s"), dir.join("r.json"), dir.join("stub.go"));
    let r = run(
        Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(args)
            .arg("--report")
            .arg(&report)
            .arg("--stub")
            .arg(&stub)
            .args(["--package", "p", "--sig", "func good(a int64) int64"])
            .args(["--sig", "func bad(a int64) int64", "-o"])
            .arg(&out)
            .arg(&input),
        Duration::from_secs(60),
    );
    let read = |p: &PathBuf| std::fs::read_to_string(p).ok();
    Outcome {
        code: r.code,
        stderr: r.stderr,
        output: read(&out),
        report: read(&report),
        stub: read(&stub),
    }
}

fn check_kept_going(
    name: &str,
    source: &str,
    lines: [u32; 6],
    bad: &str,
    broken: &str,
    goarch: &str,
) {
    let o = convert(name, source, &["--keep-going"]);
    assert_eq!(o.code, Some(1), "{}", o.stderr);
    let text = o.output.expect("the output is written");
    for kept in ["·good_native(SB)", "·good(SB)", "·good2_native(SB)"] {
        assert!(
            text.contains(&format!("TEXT {kept}")),
            "{kept} missing:\n{text}"
        );
    }
    for left in ["bad", "caller", "broken", "user", "table"] {
        assert!(
            !text.contains(&format!("·{left}")) && !text.contains(&format!("{left}<>")),
            "{left} in:\n{text}"
        );
    }
    let report = o.report.expect("the report is written");
    let functions = &report[report.find("\"functions\"").expect("functions array")..];
    assert_eq!(functions, expected_functions(lines, bad, broken));
    // Each left-out function is named with its located error; one closing line lists them.
    for (f, line) in [
        ("bad", lines[1] + 1),
        ("caller", lines[2]),
        ("broken", lines[3] + 1),
        ("user", lines[4]),
    ] {
        assert!(
            o.stderr.contains(&format!("(in function `{f}`)\n")),
            "{f}:\n{}",
            o.stderr
        );
        assert!(
            o.stderr.contains(&format!("in.s:{line}:")),
            "{f} at {line}:\n{}",
            o.stderr
        );
    }
    assert!(
        o.stderr.ends_with("error: 4 of 6 functions left out (--keep-going; the output has the others): bad, caller, broken, user\n"),
        "{}",
        o.stderr
    );
    // The stub declares the converted function only: `bad` would have no body.
    let stub = o.stub.expect("the stub is written");
    assert!(stub.contains("func good(a int64) int64"), "{stub}");
    assert!(!stub.contains("func bad"), "{stub}");
    if require_oracles(&format!("keep_going_{name}"), &["go"]) {
        let dir = scratch_dir(&format!("keep_going_{name}_asm"));
        if let Err(e) = go_asm_lines(&dir, "out", &text, goarch) {
            panic!("{e}\n{text}");
        }
    }
}

#[test]
fn amd64_good_functions_kept_bad_ones_reported() {
    check_kept_going(
        "amd64",
        AMD64,
        [4, 8, 12, 18, 22, 26],
        "unknown instruction `xlatb`",
        "malformed AT&T syntax",
        "amd64",
    );
}

#[test]
fn arm64_good_functions_kept_bad_ones_reported() {
    check_kept_going(
        "arm64",
        ARM64,
        [4, 8, 12, 19, 23, 28],
        "unexpected name `tpidr_el0`",
        "malformed arm64 syntax",
        "arm64",
    );
}

#[test]
fn without_the_flag_the_first_error_stops_and_nothing_is_written() {
    for (name, source) in [("stop_amd64", AMD64), ("stop_arm64", ARM64)] {
        let o = convert(name, source, &[]);
        assert_eq!(o.code, Some(1), "{}", o.stderr);
        assert!(o.output.is_none() && o.report.is_none() && o.stub.is_none());
        assert!(!o.stderr.contains("left out"), "{}", o.stderr);
    }
}

#[test]
fn nothing_left_out_is_success_and_every_function_converted() {
    let good = &AMD64[..AMD64.find("\t.globl\tbad").unwrap()];
    let o = convert("all_good", good, &["--keep-going"]);
    // `--sig bad` matches no function: that stays an error of the whole input.
    assert_eq!(o.code, Some(1), "{}", o.stderr);
    assert!(
        o.stderr.contains("--sig `bad` matches no function"),
        "{}",
        o.stderr
    );
    let dir = scratch_dir("keep_going_all_good2");
    let input = dir.join("in.s");
    write_file(&input, good);
    let report = dir.join("r.json");
    let r = run(
        Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(["--keep-going", "-o", "/dev/null", "--report"])
            .arg(&report)
            .arg(&input),
        Duration::from_secs(60),
    );
    assert!(r.success, "{}", r.stderr);
    let json = std::fs::read_to_string(report).unwrap();
    assert!(json.ends_with(
        "\"functions\": [\n  {\"name\": \"good\", \"line\": 4, \"status\": \"converted\", \"reason\": null}\n]}\n"
    ), "{json}");
}
