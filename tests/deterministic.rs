//! The output depends on the input and the options only: not on hash-map order (which
//! differs between runs and between maps in one run) and not on the number of threads.

use native2goasm::convert::{convert, Options};
use std::process::Command;

/// A function calling several of the compiler's runtime helpers, which the conversion adds
/// to the output (their order once followed a hash set's).
const CALLS_HELPERS: &str = "\t.arch armv8-a
\t.text
\t.global f
\t.type f, %function
f:
\tstp x29, x30, [sp, -16]!
\tmov x29, sp
\tbl memcpy
\tbl memset
\tbl __udivti3
\tbl __umodti3
\tbl __divti3
\tldp x29, x30, [sp], 16
\tret
";

#[test]
fn runtime_helpers_come_out_in_one_order() {
    let convert_once = || {
        convert(CALLS_HELPERS, &Options::default())
            .unwrap_or_else(|d| panic!("{d:?}"))
            .text
    };
    let first = convert_once();
    let helpers: Vec<&str> = first.lines().filter(|l| l.starts_with("TEXT")).collect();
    assert_eq!(helpers.len(), 6, "{first}");
    for _ in 0..8 {
        assert_eq!(convert_once(), first);
    }
}

/// `copies` renamed copies of a leaf function in AT&T syntax, with the input switching to
/// Intel syntax half-way (a line run read in parallel must be read in the syntax in force
/// where it starts).
fn big_input(copies: usize) -> String {
    let mut s = String::from("\t.text\n");
    for i in 0..copies {
        if i == copies / 2 {
            s.push_str("\t.intel_syntax noprefix\n");
        }
        let body = if i >= copies / 2 {
            "\tlea eax, [rdi+rsi*4+8]\n\tcmp eax, 100\n\tjle .L{i}\n\timul eax, esi\n.L{i}:\n\tret\n"
        } else {
            "\tleal 8(%rdi,%rsi,4), %eax\n\tcmpl $100, %eax\n\tjle .L{i}\n\timull %esi, %eax\n.L{i}:\n\tret\n"
        };
        s.push_str(&format!(
            "\t.globl f{i}\n\t.type f{i}, @function\nf{i}:\n\t.cfi_startproc\n"
        ));
        s.push_str(&body.replace("{i}", &i.to_string()));
        s.push_str(&format!("\t.cfi_endproc\n\t.size f{i}, .-f{i}\n"));
    }
    s
}

#[test]
fn any_number_of_threads_gives_the_same_output() {
    let input = big_input(6000);
    assert!(input.len() > native2goasm::parse::parallel::MIN_PARALLEL_BYTES);
    let dir = std::env::temp_dir().join(format!("n2g-deterministic-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("big.s");
    std::fs::write(&src, &input).unwrap();
    let run = |jobs: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(["--jobs", jobs])
            .arg(&src)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "--jobs {jobs}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (out.stdout, out.stderr)
    };
    let one = run("1");
    assert!(String::from_utf8_lossy(&one.0).contains("TEXT ·f5999_native(SB)"));
    for jobs in ["2", "3", "7"] {
        let many = run(jobs);
        assert!(
            one.0 == many.0,
            "--jobs {jobs}: output differs from --jobs 1"
        );
        assert!(
            one.1 == many.1,
            "--jobs {jobs}: diagnostics differ from --jobs 1"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn errors_in_every_run_are_reported_in_line_order() {
    let mut input = big_input(6000);
    input.push_str("\tfrobnicate %rax\n");
    input.insert_str(0, "\tmovl %nosuch, %eax\n");
    let dir = std::env::temp_dir().join(format!("n2g-deterministic-err-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("bad.s");
    std::fs::write(&src, &input).unwrap();
    let run = |jobs: &str| {
        Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(["--jobs", jobs])
            .arg(&src)
            .output()
            .unwrap()
    };
    let one = run("1");
    assert_eq!(one.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&one.stderr).to_string();
    let first = stderr.find("nosuch").expect("first error reported");
    let last = stderr.find("frobnicate").expect("last error reported");
    assert!(first < last, "{stderr}");
    let two = run("2");
    assert_eq!(two.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&two.stderr), stderr);
    std::fs::remove_dir_all(&dir).ok();
}

/// `copies` copies of a slice of real compiler output (tests/corpus/`name`.s), every symbol
/// the slice defines renamed per copy: a big input of real functions, some of which call
/// into other copies' left-out functions.
fn repeated_slice(name: &str, copies: usize) -> String {
    let path = format!("{}/tests/corpus/{name}.s", env!("CARGO_MANIFEST_DIR"));
    let slice = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let symbol_char = |c: char| c.is_ascii_alphanumeric() || "_.$".contains(c);
    let defined: std::collections::HashSet<&str> = slice
        .lines()
        .filter_map(|l| l.split_once(':').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(symbol_char))
        .collect();
    let mut out = String::new();
    for i in 0..copies {
        let mut token = String::new();
        let flush = |token: &mut String, out: &mut String| {
            out.push_str(token);
            if defined.contains(token.as_str()) {
                out.push_str(&format!("_{i}"));
            }
            token.clear();
        };
        for c in slice.chars() {
            if symbol_char(c) {
                token.push(c);
            } else {
                flush(&mut token, &mut out);
                out.push(c);
            }
        }
        flush(&mut token, &mut out);
    }
    out
}

#[test]
fn real_functions_lower_the_same_on_any_number_of_threads() {
    for (name, arch) in [
        ("sqlite_gcc_O2_att", "amd64"),
        ("sqlite_arm64_gcc_O2", "arm64"),
    ] {
        let input = repeated_slice(name, 40);
        assert!(input.len() > native2goasm::parse::parallel::MIN_PARALLEL_BYTES);
        let dir =
            std::env::temp_dir().join(format!("n2g-deterministic-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let src = dir.join(format!("{name}.s"));
        std::fs::write(&src, &input).unwrap();
        let run = |jobs: &str| {
            let out = dir.join(format!("out{jobs}.s"));
            let status = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
                .args(["--arch", arch, "--keep-going", "--jobs", jobs])
                .arg(&src)
                .arg("-o")
                .arg(&out)
                .output()
                .unwrap();
            let text = std::fs::read_to_string(&out).unwrap_or_default();
            (status.status.code(), text, status.stderr)
        };
        let one = run("1");
        let functions = one.1.matches("\nTEXT ").count();
        assert!(
            functions >= 40,
            "{name}: {functions} functions converted\n{}",
            String::from_utf8_lossy(&one.2)
        );
        let two = run("2");
        assert_eq!(one.0, two.0, "{name}: exit status");
        assert!(
            one.1 == two.1,
            "{name}: --jobs 2 output differs from --jobs 1"
        );
        assert!(
            one.2 == two.2,
            "{name}: --jobs 2 diagnostics differ from --jobs 1"
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
