//! The bad-input harness shared by `tests/diagnostics*.rs`: each case runs the real binary
//! with `-o`, and must exit with status 1, print a located diagnostic (`file:line:col`, the
//! source line, a caret under exactly the culprit, what was expected) and leave no output
//! file behind.

use std::path::PathBuf;
use std::process::Command;

pub struct Case {
    pub name: &'static str,
    pub input: &'static str,
    pub args: &'static [&'static str],
    /// The `error:` line.
    pub message: &'static str,
    /// `line:col` of the primary location, or "" for an error about a flag.
    pub at: &'static str,
    /// The caret line must underline exactly this text of the source line.
    pub culprit: &'static str,
    /// Part of the "expected …" text or the help line.
    pub expected: &'static str,
}

/// A scratch directory of its own for one case.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("n2g-diag-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs every case; panics listing each case that misses a promise.
pub fn check_all(label: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let dir = scratch(case.name);
        let input = dir.join("in.s");
        let output = dir.join("out.s");
        std::fs::write(&input, case.input).unwrap();
        let run = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
            .args(case.args)
            .arg("-o")
            .arg(&output)
            .arg(&input)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        let mut problems = Vec::new();
        if run.status.code() != Some(1) {
            problems.push(format!("exit status {:?}", run.status.code()));
        }
        if output.exists() {
            problems.push("an output file was written".into());
        }
        if !stderr.contains("error: ") || !stderr.contains(case.message) {
            problems.push(format!("no `error: …{}…`", case.message));
        }
        let location = format!("in.s:{}", case.at);
        if !stderr.contains(&location) {
            problems.push(format!("no location `{location}`"));
        }
        if !case.expected.is_empty() && !stderr.contains(case.expected) {
            problems.push(format!("no `{}`", case.expected));
        }
        // The caret line sits under the source line and underlines the culprit exactly.
        let line_no: usize = case.at.split(':').next().unwrap().parse().unwrap();
        let source_line = case
            .input
            .lines()
            .nth(line_no - 1)
            .unwrap()
            .replace('\t', "    ");
        let lines: Vec<&str> = stderr.lines().collect();
        let underlined = lines.windows(2).any(|w| {
            let (Some(src), Some(car)) = (w[0].split_once(" | "), w[1].split_once(" | ")) else {
                return false;
            };
            let start = car.1.find('^').unwrap_or(usize::MAX);
            let len = car.1[start.min(car.1.len())..]
                .chars()
                .take_while(|c| *c == '^')
                .count();
            src.1 == source_line
                && src.1.get(start..start + len) == Some(&case.culprit.replace('\t', "    "))
        });
        if !underlined {
            problems.push(format!("no caret under `{}`", case.culprit));
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}\n{stderr}", case.name, problems.join("; ")));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    println!("{} {label} bad-input cases", cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
