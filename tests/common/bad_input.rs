//! The bad-input harness shared by `tests/diagnostics*.rs`: each case runs the real binary
//! with `-o`, and must exit with status 1, print a located diagnostic (`file:line:col`, the
//! source line, a caret under exactly the culprit, what was expected), leave no output file
//! behind, and finish within [`TIME_LIMIT`] (a bound on pathological inputs, not a
//! benchmark).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// The longest any bad input may take: 2 s for an optimised binary (the bound). An
/// unoptimised one (CI's `cargo test`) is ~10× slower, and the bound is there to catch hangs
/// and quadratic blow-ups (minutes at these sizes), not to time the converter.
pub const TIME_LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(30)
} else {
    Duration::from_secs(2)
};

pub struct Case {
    pub name: &'static str,
    pub input: &'static str,
    pub args: &'static [&'static str],
    /// The `error:` line.
    pub message: &'static str,
    /// `line:col` of the primary location in the input; `--sig:line:col` for one in the
    /// last `--sig` text; `byte:N` for byte offset N of a binary input (no caret then).
    pub at: &'static str,
    /// The caret line must underline exactly this text of the source line.
    pub culprit: &'static str,
    /// Part of the "expected …" text or the help line.
    pub expected: &'static str,
}

/// A case whose input is built at run time (bytes that are not UTF-8, inputs of megabytes)
/// or that runs with arguments built at run time.
pub struct Built {
    pub case: Case,
    pub input: Vec<u8>,
    pub args: Vec<String>,
    /// The input goes to standard input (`-`), and is located as `<stdin>`.
    pub stdin: bool,
}

impl Built {
    pub fn new(case: Case, input: impl Into<Vec<u8>>) -> Built {
        Built {
            args: case.args.iter().map(|a| a.to_string()).collect(),
            case,
            input: input.into(),
            stdin: false,
        }
    }

    /// The same case, with the input on standard input.
    pub fn on_stdin(mut self) -> Built {
        self.stdin = true;
        self
    }

    /// The same case, run with these arguments (before `-o out in.s`).
    pub fn args(mut self, args: &[&str]) -> Built {
        self.args = args.iter().map(|a| a.to_string()).collect();
        self
    }
}

/// A scratch directory of its own for one case.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("n2g-diag-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs every case; panics listing each case that misses a promise.
pub fn check_all(label: &str, cases: &[Case]) {
    let built: Vec<(&Case, &[u8], Vec<String>, bool)> = cases
        .iter()
        .map(|c| {
            let args = c.args.iter().map(|a| a.to_string()).collect();
            (c, c.input.as_bytes(), args, false)
        })
        .collect();
    check(label, &built);
}

/// [`check_all`] for cases built at run time.
pub fn check_built(label: &str, cases: &[Built]) {
    let built: Vec<(&Case, &[u8], Vec<String>, bool)> = cases
        .iter()
        .map(|b| (&b.case, &b.input[..], b.args.clone(), b.stdin))
        .collect();
    check(label, &built);
}

fn check(label: &str, cases: &[(&Case, &[u8], Vec<String>, bool)]) {
    let mut failures = Vec::new();
    for (case, input_bytes, args, stdin) in cases {
        let dir = scratch(case.name);
        let input = dir.join("in.s");
        let output = dir.join("out.s");
        std::fs::write(&input, input_bytes).unwrap();
        let started = Instant::now();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_native2goasm"));
        cmd.args(args).arg("-o").arg(&output);
        if *stdin {
            cmd.arg("-").stdin(std::fs::File::open(&input).unwrap());
        } else {
            cmd.arg(&input);
        }
        let run = cmd.output().unwrap();
        let took = started.elapsed();
        let stderr = String::from_utf8_lossy(&run.stderr);
        let mut problems = Vec::new();
        if took > TIME_LIMIT {
            problems.push(format!("took {took:?} (limit {TIME_LIMIT:?})"));
        }
        if run.status.code() != Some(1) {
            problems.push(format!("exit status {:?}", run.status.code()));
        }
        if output.exists() {
            problems.push("an output file was written".into());
        }
        if !stderr.contains("error: ") || !stderr.contains(case.message) {
            problems.push(format!("no `error: …{}…`", case.message));
        }
        if !case.expected.is_empty() && !stderr.contains(case.expected) {
            problems.push(format!("no `{}`", case.expected));
        }
        // A binary input (an object file) is located by byte offset: no line to underline.
        if let Some(offset) = case.at.strip_prefix("byte:") {
            let location = format!("in.s: byte offset {offset} ");
            if !stderr.contains(&location) {
                problems.push(format!("no location `{location}`"));
            }
            if !problems.is_empty() {
                let shown: String = stderr.chars().take(3000).collect();
                failures.push(format!("{}: {}\n{shown}", case.name, problems.join("; ")));
            }
            let _ = std::fs::remove_dir_all(&dir);
            continue;
        }
        // The located text: the input, or the `--sig` text.
        let (location, text) = match case.at.strip_prefix("--sig:") {
            Some(at) => {
                // The last `--sig` (a conflict is reported in the second).
                let at_sig = args.iter().rposition(|a| a == "--sig");
                let sig = at_sig.and_then(|i| args.get(i + 1));
                (
                    format!("--sig:{at}"),
                    sig.cloned().unwrap_or_default().into_bytes(),
                )
            }
            None if *stdin => (format!("<stdin>:{}", case.at), input_bytes.to_vec()),
            None => (format!("in.s:{}", case.at), input_bytes.to_vec()),
        };
        if !stderr.contains(&location) {
            problems.push(format!("no location `{location}`"));
        }
        // The caret line sits under the source line and underlines the culprit exactly.
        let line_no: usize = location.rsplit(':').nth(1).unwrap().parse().unwrap();
        let text = String::from_utf8_lossy(&text);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let source_line = text
            .lines()
            .nth(line_no - 1)
            .unwrap_or("")
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
            let shown: String = src.1.chars().skip(start).take(len).collect();
            src.1 == source_line
                && car.1.is_char_boundary(start)
                && shown == case.culprit.replace('\t', "    ")
        });
        if !underlined {
            problems.push(format!("no caret under `{}`", case.culprit));
        }
        if !problems.is_empty() {
            let shown: String = stderr.chars().take(3000).collect();
            failures.push(format!("{}: {}\n{shown}", case.name, problems.join("; ")));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    println!("{} {label} bad-input cases", cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
