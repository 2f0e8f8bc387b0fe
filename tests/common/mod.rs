//! Helpers shared by the integration tests: finding the live oracles (gcc,
//! clang, go, ...), skipping visibly when one is missing, and running
//! external commands with a time limit.
//!
//! Oracle discipline: a test that needs an external tool calls
//! [`require_oracles`]. When a tool is missing the test prints a visible
//! `SKIPPED: <tool> not found` line and returns early, unless the
//! environment sets `NATIVE2GOASM_REQUIRE_ORACLES=1` (as `.ci/run` does), in
//! which case a missing tool fails the test.
#![allow(dead_code)]

pub mod bad_input;
pub mod e2e;
pub mod go_asm;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Environment variable that turns a missing oracle into a test failure.
pub const REQUIRE_ORACLES_ENV: &str = "NATIVE2GOASM_REQUIRE_ORACLES";

/// Writes a line to the real stderr, bypassing the test harness's output
/// capture, so that SKIPPED lines and summaries show up in `cargo test`.
pub fn say(msg: impl AsRef<str>) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", msg.as_ref());
    let _ = err.flush();
}

/// True when `NATIVE2GOASM_REQUIRE_ORACLES=1`.
pub fn oracles_required() -> bool {
    std::env::var(REQUIRE_ORACLES_ENV)
        .map(|v| v.trim() == "1")
        .unwrap_or(false)
}

/// Full path of `tool` if it is on PATH and runs (`tool version` for go,
/// `tool --version` otherwise).
pub fn find_tool(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let exe = std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|p| p.is_file())?;
    let probe = if tool == "go" { "version" } else { "--version" };
    let ok = Command::new(&exe)
        .arg(probe)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then_some(exe)
}

/// Checks that every tool is available. Returns false (after printing
/// `SKIPPED: <tool> not found` for each missing one) when the caller should
/// skip; panics instead when oracles are required.
pub fn require_oracles(test: &str, tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|t| find_tool(t).is_none())
        .collect();
    if missing.is_empty() {
        return true;
    }
    if oracles_required() {
        panic!(
            "{test}: required oracle(s) not found: {} ({REQUIRE_ORACLES_ENV}=1)",
            missing.join(", ")
        );
    }
    for t in missing {
        say(format!("SKIPPED: {t} not found ({test})"));
    }
    false
}

/// Skips (or fails, when oracles are required) a test that only makes sense
/// on x86-64 hosts.
pub fn require_x86_64_host(test: &str) -> bool {
    if cfg!(target_arch = "x86_64") {
        return true;
    }
    if oracles_required() {
        panic!("{test}: needs an x86-64 host ({REQUIRE_ORACLES_ENV}=1)");
    }
    say(format!("SKIPPED: {test} needs an x86-64 host"));
    false
}

/// Result of [`run`]: exit status, captured output, and whether the time
/// limit killed the process.
pub struct RunResult {
    pub success: bool,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
}

impl RunResult {
    /// stdout and stderr together, for error messages.
    pub fn combined(&self) -> String {
        let mut s = String::new();
        if !self.stdout.trim().is_empty() {
            s.push_str(self.stdout.trim_end());
            s.push('\n');
        }
        if !self.stderr.trim().is_empty() {
            s.push_str(self.stderr.trim_end());
            s.push('\n');
        }
        if self.timed_out {
            s.push_str("(killed: time limit exceeded)\n");
        }
        s
    }
}

/// Human-readable command line, for messages.
pub fn describe(cmd: &Command) -> String {
    let mut s = String::new();
    if let Some(dir) = cmd.get_current_dir() {
        s.push_str(&format!("(cd {} && ", dir.display()));
    }
    s.push_str(&shell_quote(&cmd.get_program().to_string_lossy()));
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&shell_quote(&a.to_string_lossy()));
    }
    if cmd.get_current_dir().is_some() {
        s.push(')');
    }
    s
}

pub fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Runs `cmd` with stdin closed and both outputs captured; kills it after
/// `limit`. Spawn failures are reported as an unsuccessful result.
pub fn run(cmd: &mut Command, limit: Duration) -> RunResult {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return RunResult {
                success: false,
                code: None,
                stdout: String::new(),
                stderr: format!("cannot run {}: {e}", describe(cmd)),
                timed_out: false,
            }
        }
    };
    // Drain the pipes on threads so a chatty child cannot block.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > limit => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    RunResult {
        success: !timed_out && status.map(|s| s.success()).unwrap_or(false),
        code: status.and_then(|s| s.code()),
        stdout,
        stderr,
        timed_out,
    }
}

/// A fresh (emptied) scratch directory under cargo's per-test tmp dir.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
    dir
}

/// Writes a file, creating parent directories; panics with the path on error.
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| panic!("mkdir {}: {e}", parent.display()));
    }
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// Path relative to the crate root.
pub fn crate_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The `native | go` pairs of a committed vector file (`tests/vectors/<arch>/rows.txt`:
/// `native text | go text | hex`), comments and blank lines skipped.
pub fn vector_cases(rel: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(crate_path(rel)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split(" | ");
            (f.next().unwrap().to_string(), f.next().unwrap().to_string())
        })
        .collect()
}

/// Runs a live row checker (`tools/check_<arch>_rows.py --no-write`), which proves every
/// mapping-table row with GNU as and `go tool asm`, and requires it to find no problem.
pub fn run_row_checker(test: &str, script: &str, tools: &[&str]) {
    if !require_oracles(test, tools) {
        return;
    }
    let mut cmd = Command::new("python3");
    cmd.arg(crate_path(script))
        .arg("--no-write")
        .env("NATIVE2GOASM", env!("CARGO_BIN_EXE_native2goasm"));
    let run = run(&mut cmd, Duration::from_secs(300));
    let report = format!("{}{}", run.stdout, run.stderr);
    say(report
        .lines()
        .filter(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n"));
    assert!(run.success, "row check failed:\n{report}");
    assert!(report.contains(" 0 rows with problems"), "{report}");
}

/// One compiler configuration of a runtime corpus: the amd64 one (`tests/e2e/corpus.c`) as
/// issue 2 defines it (the e2e and live-oracle tests run the same four), the arm64 one, and
/// the frames suite's (`tests/e2e/frames`).
pub struct CorpusConfig {
    pub name: &'static str,
    pub cc: &'static str,
    pub flags: &'static [&'static str],
    /// The C compiler cgo builds the reference with (None: go's default). For arm64 the same
    /// one as `cc`, so that both sides contract `a*b + c` into FMAs alike (GCC fuses by
    /// default, clang does not).
    pub cgo_cc: Option<&'static str>,
    /// What the converter is given: the compiler's assembly, its object file, or the C file.
    pub input: Input,
}

/// The input form a configuration converts (issue 13: every form must pass the same tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// `cc FLAGS -S`: the assembly text.
    Asm,
    /// `cc FLAGS -c` (the `-S` of the flags replaced): the ELF object.
    Object,
    /// The C file itself, with `--cc 'cc FLAGS'` (without `-S`): the converter's driver.
    Driver,
}

const fn config(
    name: &'static str,
    cc: &'static str,
    flags: &'static [&'static str],
    cgo_cc: Option<&'static str>,
) -> CorpusConfig {
    CorpusConfig {
        name,
        cc,
        flags,
        cgo_cc,
        input: Input::Asm,
    }
}

const fn with_input(cfg: CorpusConfig, input: Input) -> CorpusConfig {
    CorpusConfig { input, ..cfg }
}

impl CorpusConfig {
    /// The flags without `-S`.
    pub fn cflags(&self) -> Vec<&'static str> {
        self.flags.iter().copied().filter(|f| *f != "-S").collect()
    }

    /// Makes what the converter reads from `c` (in `work`): the path to convert and the
    /// converter's extra arguments.
    pub fn converter_input(
        &self,
        c: &std::path::Path,
        work: &std::path::Path,
    ) -> Result<(std::path::PathBuf, Vec<String>), String> {
        let compile = |flags: &[&str], out: &std::path::Path| {
            let mut cmd = std::process::Command::new(self.cc);
            cmd.args(flags).arg(c).arg("-o").arg(out);
            let r = run(&mut cmd, std::time::Duration::from_secs(120));
            if r.success {
                Ok(())
            } else {
                Err(format!("$ {}\n{}", describe(&cmd), r.combined()))
            }
        };
        let stem = c.file_stem().unwrap_or_default().to_string_lossy();
        match self.input {
            Input::Asm => {
                let out = work.join(format!("{stem}.{}.s", self.name));
                compile(self.flags, &out).map(|()| (out, Vec::new()))
            }
            Input::Object => {
                let out = work.join(format!("{stem}.{}.o", self.name));
                let mut flags = self.cflags();
                flags.push("-c");
                compile(&flags, &out).map(|()| (out, Vec::new()))
            }
            Input::Driver => {
                let cc = std::iter::once(self.cc)
                    .chain(self.cflags())
                    .collect::<Vec<_>>()
                    .join(" ");
                Ok((c.to_path_buf(), vec!["--cc".to_string(), cc]))
            }
        }
    }
}

pub const AMD64_CORPUS: &[CorpusConfig] = &[
    config("gcc-O2", "gcc", &["-O2", "-S"], None),
    config("gcc-O3-intel", "gcc", &["-O3", "-masm=intel", "-S"], None),
    config("clang-O2", "clang", &["-O2", "-S"], None),
    config(
        "clang-O3-avx2-intel",
        "clang",
        &["-O3", "-mavx2", "-masm=intel", "-S"],
        None,
    ),
];

/// The same C through the other front ends (issue 13): gcc's object file and the `--cc`
/// driver. Only the e2e suites run these (the same assembly as [`AMD64_CORPUS`]'s).
pub const AMD64_CORPUS_INPUTS: &[CorpusConfig] = &[
    with_input(
        config("gcc-O2-object", "gcc", &["-O2", "-S"], None),
        Input::Object,
    ),
    with_input(
        config("clang-O2-driver", "clang", &["-O2", "-S"], None),
        Input::Driver,
    ),
];

const ARM64_GCC: &str = "aarch64-linux-gnu-gcc";
const ARM64_CLANG: &str = "clang --target=aarch64-linux-gnu";

pub const ARM64_CORPUS: &[CorpusConfig] = &[
    config("gcc-O2", ARM64_GCC, &["-O2", "-S"], Some(ARM64_GCC)),
    config(
        "clang-O3",
        "clang",
        &["--target=aarch64-linux-gnu", "-O3", "-S"],
        Some(ARM64_CLANG),
    ),
];

/// [`AMD64_CORPUS_INPUTS`] for arm64.
pub const ARM64_CORPUS_INPUTS: &[CorpusConfig] = &[
    with_input(
        config("gcc-O2-object", ARM64_GCC, &["-O2", "-S"], Some(ARM64_GCC)),
        Input::Object,
    ),
    with_input(
        config(
            "clang-O3-driver",
            "clang",
            &["--target=aarch64-linux-gnu", "-O3", "-S"],
            Some(ARM64_CLANG),
        ),
        Input::Driver,
    ),
];

/// The tools of the arm64 runtime suites: cross compilers, go, qemu-user.
pub const ARM64_TOOLS: &[&str] = &[ARM64_GCC, "clang", "go", "qemu-aarch64-static"];

/// The frames suite (issue 9): gcc and clang at -O2 and -O3 on each architecture.
pub const AMD64_FRAMES: &[CorpusConfig] = &[
    config("gcc-O2", "gcc", &["-O2", "-S"], None),
    config("gcc-O3", "gcc", &["-O3", "-S"], None),
    config("clang-O2", "clang", &["-O2", "-S"], None),
    config("clang-O3", "clang", &["-O3", "-S"], None),
];

pub const ARM64_FRAMES: &[CorpusConfig] = &[
    config("gcc-O2", ARM64_GCC, &["-O2", "-S"], Some(ARM64_GCC)),
    config("gcc-O3", ARM64_GCC, &["-O3", "-S"], Some(ARM64_GCC)),
    config(
        "clang-O2",
        "clang",
        &["--target=aarch64-linux-gnu", "-O2", "-S"],
        Some(ARM64_CLANG),
    ),
    config(
        "clang-O3",
        "clang",
        &["--target=aarch64-linux-gnu", "-O3", "-S"],
        Some(ARM64_CLANG),
    ),
];

/// The first 40 of a list of failures, one per line (enough to act on, short enough to read).
pub fn excerpt(failures: &[String]) -> String {
    failures
        .iter()
        .take(40)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fails listing the first 40 mismatches, if there is any.
pub fn assert_no_mismatches(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        excerpt(failures)
    );
}

/// The frames and programs suites from gcc's and clang's object files and through the `.c`
/// driver (issue 13), after the configurations above; their `expected.txt` lists what passes.
pub const AMD64_FRAMES_INPUTS: &[CorpusConfig] = &[
    with_input(
        config("gcc-O2-object", "gcc", &["-O2", "-S"], None),
        Input::Object,
    ),
    with_input(
        config("clang-O2-object", "clang", &["-O2", "-S"], None),
        Input::Object,
    ),
    with_input(
        config("gcc-O2-driver", "gcc", &["-O2", "-S"], None),
        Input::Driver,
    ),
    // Position-independent code: global data through the GOT (`mov sym@GOTPCREL(%rip)`).
    config("gcc-O2-fpic", "gcc", &["-O2", "-fPIC", "-S"], None),
    config("clang-O2-fpic", "clang", &["-O2", "-fPIC", "-S"], None),
];

/// [`AMD64_FRAMES_INPUTS`] for arm64.
pub const ARM64_FRAMES_INPUTS: &[CorpusConfig] = &[
    with_input(
        config("gcc-O2-object", ARM64_GCC, &["-O2", "-S"], Some(ARM64_GCC)),
        Input::Object,
    ),
    with_input(
        config(
            "clang-O2-object",
            "clang",
            &["--target=aarch64-linux-gnu", "-O2", "-S"],
            Some(ARM64_CLANG),
        ),
        Input::Object,
    ),
    with_input(
        config("gcc-O2-driver", ARM64_GCC, &["-O2", "-S"], Some(ARM64_GCC)),
        Input::Driver,
    ),
];

/// `go vet` (which must pass) and then `go run .` in the Go module at `module`.
pub fn go_vet_and_run(module: &Path) -> RunResult {
    let vet = run(
        Command::new("go").args(["vet", "."]).current_dir(module),
        Duration::from_secs(300),
    );
    assert!(vet.success, "go vet:\n{}", vet.combined());
    run(
        Command::new("go").args(["run", "."]).current_dir(module),
        Duration::from_secs(300),
    )
}
