//! The runtime helpers in `runtime/`: the committed assembly is what
//! `tools/gen_runtime_helpers.sh` writes, every helper matches libc/libgcc on random and
//! edge inputs (the committed `.s` assembled, natively on amd64 and under qemu on arm64),
//! and the converter accepts both files.

mod common;

use common::{crate_path, require_oracles, require_x86_64_host, run, say, scratch_dir};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Every helper `runtime/helpers.c` defines, in its order. The comparison program
/// (`tests/runtime/helpers_test.c`) calls each as `n2g_<name>`.
const HELPERS: &[&str] = &[
    "memcpy",
    "memmove",
    "memset",
    "memcmp",
    "bcmp",
    "strlen",
    "__popcountdi2",
    "__clzdi2",
    "__ctzdi2",
    "__udivmodti4",
    "__udivti3",
    "__umodti3",
    "__divti3",
    "__modti3",
    "__divmodti4",
    "__floatuntidf",
    "__floatuntisf",
    "__floattidf",
    "__floattisf",
    "__fixdfti",
    "__fixsfti",
    "__fixunsdfti",
    "__fixunssfti",
    "__muloti4",
];

/// Raw instructions the arm64 file may keep (Go cannot spell them; DESIGN section 5):
/// `mov xN, 0` / `mov xN, -1` (MOVZ/MOVN with immediate 0) and the scalar `ucvtf dN, dN`.
fn arm64_raw_allowed(source: &str) -> bool {
    let mut f = source.split([' ', ',']).filter(|s| !s.is_empty());
    match (f.next(), f.next(), f.next(), f.next()) {
        (Some("mov"), Some(r), Some("0" | "-1"), None) => r.starts_with(['x', 'w']),
        (Some("ucvtf"), Some(d), Some(n), None) => d.starts_with('d') && n.starts_with('d'),
        _ => false,
    }
}

struct Arch {
    name: &'static str,
    /// Extra converter flags.
    flags: &'static [&'static str],
    /// Directive that exports a symbol in GNU as output.
    global: &'static str,
    cc: &'static str,
    objcopy: &'static str,
    /// Runs the test program (empty: natively).
    exec: &'static [&'static str],
}

const AMD64: Arch = Arch {
    name: "amd64",
    flags: &["--syntax", "att"],
    global: ".globl",
    cc: "gcc",
    objcopy: "objcopy",
    exec: &[],
};

const ARM64: Arch = Arch {
    name: "arm64",
    flags: &[],
    global: ".global",
    cc: "aarch64-linux-gnu-gcc",
    objcopy: "aarch64-linux-gnu-objcopy",
    exec: &["qemu-aarch64-static"],
};

fn committed(arch: &Arch) -> String {
    let path = crate_path(&format!("runtime/helpers_{}.s", arch.name));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn committed_assembly_is_what_the_script_writes() {
    if !require_oracles(
        "committed_assembly_is_what_the_script_writes",
        &["bash", AMD64.cc, ARM64.cc],
    ) {
        return;
    }
    let dir = scratch_dir("runtime_helpers_gen");
    let res = run(
        Command::new("bash")
            .arg(crate_path("tools/gen_runtime_helpers.sh"))
            .arg(&dir),
        Duration::from_secs(120),
    );
    assert!(
        res.success,
        "gen_runtime_helpers.sh failed:\n{}",
        res.combined()
    );
    for arch in [&AMD64, &ARM64] {
        let want = committed(arch);
        let got = std::fs::read_to_string(dir.join(format!("helpers_{}.s", arch.name))).unwrap();
        if got == want {
            continue;
        }
        // Name the compilers (header line 2) and the first differing line.
        let compiler = |s: &str| s.lines().nth(1).unwrap_or("").to_string();
        let (n, (w, g)) = want
            .lines()
            .zip(got.lines())
            .enumerate()
            .find(|(_, (w, g))| w != g)
            .unwrap_or((
                want.lines().count().min(got.lines().count()),
                ("<end>", "<end>"),
            ));
        panic!(
            "runtime/helpers_{}.s is not what tools/gen_runtime_helpers.sh writes today; \
             rerun it (committed with `{}`, this machine has `{}`).\n\
             first difference, line {}:\n  committed: {w}\n  generated: {g}",
            arch.name,
            compiler(&want),
            compiler(&got),
            n + 1
        );
    }
}

#[test]
fn assembly_exports_exactly_the_helpers() {
    for arch in [&AMD64, &ARM64] {
        let text = committed(arch);
        let exported: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix(arch.global))
            .map(str::trim)
            .collect();
        assert_eq!(
            exported, HELPERS,
            "exported symbols of helpers_{}.s",
            arch.name
        );
    }
}

/// Assembles the committed `.s`, renames each helper to `n2g_<name>`, links it with the
/// comparison program and runs it; returns its `ok N checks` line.
fn compare_with_libc(arch: &Arch) -> Option<String> {
    let test = format!("helpers_match_libc_{}", arch.name);
    let mut tools = vec![arch.cc, arch.objcopy];
    tools.extend(arch.exec);
    if !require_oracles(&test, &tools) {
        return None;
    }
    let dir = scratch_dir(&format!("runtime_helpers_{}", arch.name));
    let obj = dir.join("helpers.o");
    let syms = dir.join("syms.txt");
    let renames: String = HELPERS.iter().map(|h| format!("{h} n2g_{h}\n")).collect();
    std::fs::write(&syms, renames).unwrap();
    let exe = dir.join("helpers_test");
    let src = crate_path(&format!("runtime/helpers_{}.s", arch.name));
    let limit = Duration::from_secs(120);
    let step = |cmd: &mut Command| {
        let res = run(cmd, limit);
        assert!(
            res.success,
            "{test}: {}\n{}",
            common::describe(cmd),
            res.combined()
        );
        res.stdout
    };
    step(
        Command::new(arch.cc)
            .arg("-c")
            .arg(&src)
            .arg("-o")
            .arg(&obj),
    );
    step(
        Command::new(arch.objcopy)
            .arg(format!("--redefine-syms={}", syms.display()))
            .arg(&obj),
    );
    let mut link = Command::new(arch.cc);
    link.args(["-O1", "-Wall", "-Werror"]);
    if !arch.exec.is_empty() {
        link.arg("-static");
    }
    link.arg(crate_path("tests/runtime/helpers_test.c"))
        .arg(&obj)
        .arg("-o")
        .arg(&exe);
    step(&mut link);
    let mut exec = match arch.exec.split_first() {
        Some((runner, args)) => {
            let mut c = Command::new(runner);
            c.args(args).arg(&exe);
            c
        }
        None => Command::new(&exe),
    };
    let out = step(&mut exec);
    let line = out.lines().last().unwrap_or("").to_string();
    assert!(line.starts_with("ok "), "{test}: {out}");
    say(format!("{test}: {line}"));
    Some(line)
}

#[test]
fn helpers_match_libc_amd64() {
    if require_x86_64_host("helpers_match_libc_amd64") {
        compare_with_libc(&AMD64);
    }
}

#[test]
fn helpers_match_libc_arm64() {
    compare_with_libc(&ARM64);
}

/// Converts the committed `.s` and returns the summary line and the source text of every
/// instruction the report classes `raw`.
fn convert(arch: &Arch, dir: &Path) -> (String, Vec<String>) {
    let report = dir.join(format!("report_{}.json", arch.name));
    let out = dir.join(format!("helpers_{}.s", arch.name));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_native2goasm"));
    cmd.args(["--arch", arch.name])
        .args(arch.flags)
        .arg("--report")
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg(crate_path(&format!("runtime/helpers_{}.s", arch.name)));
    let res = run(&mut cmd, Duration::from_secs(60));
    assert!(
        res.success,
        "converting helpers_{}.s:\n{}",
        arch.name, res.stderr
    );
    assert!(!res.stderr.contains("error"), "{}", res.stderr);
    let go = std::fs::read_to_string(&out).unwrap();
    for h in HELPERS {
        assert!(
            go.contains(&format!("TEXT ·{h}_native(SB)")),
            "no TEXT for {h} in the converted helpers_{}.s",
            arch.name
        );
    }
    let summary = res
        .stderr
        .lines()
        .find(|l| l.contains(" instructions: "))
        .unwrap_or_else(|| panic!("no summary line:\n{}", res.stderr))
        .to_string();
    let raw = std::fs::read_to_string(&report)
        .unwrap()
        .lines()
        .filter(|l| l.contains(r#""class": "raw""#))
        .map(|l| {
            let start = l.find(r#""source": ""#).unwrap() + r#""source": ""#.len();
            l[start..start + l[start..].find('"').unwrap()].to_string()
        })
        .collect();
    (summary, raw)
}

#[test]
fn helpers_convert() {
    let dir = scratch_dir("runtime_helpers_convert");
    let (summary, raw) = convert(&AMD64, &dir);
    say(format!("helpers_amd64.s: {summary}"));
    assert!(raw.is_empty(), "raw amd64 instructions: {raw:?}");
    let (summary, raw) = convert(&ARM64, &dir);
    say(format!("helpers_arm64.s: {summary}"));
    let unexpected: Vec<&String> = raw.iter().filter(|s| !arm64_raw_allowed(s)).collect();
    assert!(
        unexpected.is_empty(),
        "unexpected raw arm64 instructions: {unexpected:?}"
    );
}
