//! The runtime suites compared with cgo, run the same way on both architectures: the frames
//! suite of issue 9 ([`FRAMES`], `tests/e2e/frames`: native frames, calls, recursion and the
//! compiler's runtime helpers; `tests/e2e_frames_<arch>.rs`) and the programs suite of
//! issue 10 (`tests/e2e/programs`: jump tables, global data, cold parts;
//! `tests/e2e_programs_<arch>.rs`). Each is a [`Suite`]; below, `frames` stands for its name.
//!
//! Per compiler configuration: `corpus.c` is compiled with `-S` (and must reference the
//! runtime helpers the suite is about), converted with one `--sig` per line of
//! `signatures.txt` (plus `--stack 1MiB` once the converter has that option), functions the
//! converter rejects are cut out (shared degraded mode, `common::e2e`), and the rest goes
//! into a Go module:
//!
//! ```text
//! go.mod                     module e2eframes
//! frames/frames.go           generated: declarations, Go stubs for what did not convert
//! frames/frames_<arch>.s     native2goasm output
//! frames/frames_test.go      tests/e2e/frames/go/frames_test.go
//! frames/harness_test.go     tests/e2e/go_common/harness_test.go (the three run modes)
//! frames/ref/ref.go          cgo reference; ref/corpus_impl.h: corpus.c
//! ```
//!
//! `go vet` output and `go test -c` errors that name a function (or a line of its TEXT
//! block) drop that function's signature and convert again. The test binary then runs each
//! converted function's test in its own process with a timeout (a crash or a hang fails that
//! function only). The functions that pass are compared with `expected.txt`: an expected
//! function that does not pass fails the test, and so does one that passes but is not listed
//! ("now passes: add it to expected.txt"), so the list only grows.
//!
//! Include with `#[path = "common/frames.rs"] mod frames;` next to `mod common;`.

use crate::common::e2e::{
    compile, decls_go, function_lines, go_command, indent, interesting_go_output, is_selected,
    load_signatures, selected_configs, Converter, GoTarget, Sig, GO_LIMIT,
};
use crate::common::{crate_path, describe, run, say, scratch_dir, write_file, CorpusConfig, Input};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One corpus run by this harness: its folder (`corpus.c`, `signatures.txt`, `expected.txt`,
/// `go/<name>_test.go`, `go/ref/ref.go`) and what its compiled corpus must contain.
pub struct Suite {
    /// `frames`: the folder `tests/e2e/<name>`, the Go package folder and file names.
    pub name: &'static str,
    /// Symbols the compiled corpus must reference in every configuration.
    pub helpers: &'static [&'static str],
    /// The instruction forms each case is about, checked in the compiled corpus of every
    /// configuration (a compiler that stops emitting one would leave a case untested).
    pub forms: &'static [FormCase],
}

impl Suite {
    fn dir(&self) -> String {
        format!("tests/e2e/{}", self.name)
    }
}

/// (function, what, amd64 forms, arm64 forms); a form is (mnemonics, operand substring), and
/// every form of the list must occur.
pub type FormCase = (&'static str, &'static str, &'static [Form], &'static [Form]);
pub type Form = (&'static [&'static str], &'static str);
const CALL: &[&str] = &["call", "callq", "bl"];
const JMP: &[&str] = &["jmp", "b"];
const SAVE: &[&str] = &["push", "pushq", "stp", "str"];
/// The frames suite of issue 9: native frames, calls, recursion and the runtime helpers.
#[allow(dead_code)]
pub const FRAMES: Suite = Suite {
    name: "frames",
    helpers: &["memcpy", "memset", "__udivti3", "__umodti3", "__divti3"],
    forms: FRAME_FORMS,
};

/// The programs suite of issue 10: jump tables, global data, cold parts.
#[allow(dead_code)]
pub const PROGRAMS: Suite = Suite {
    name: "programs",
    helpers: &[],
    forms: PROGRAM_FORMS,
};

const IND_JMP: &[&str] = &["jmp", "jmpq"];
#[rustfmt::skip]
const PROGRAM_FORMS: &[FormCase] = &[
    ("sw_dense", "a jump table", &[(IND_JMP, "*%")], &[(&["br"], "x")]),
    ("sw_loop", "a jump table in a loop", &[(IND_JMP, "*%")], &[(&["br"], "x")]),
];

#[rustfmt::skip]
const FRAME_FORMS: &[FormCase] = &[
    ("rec_sum", "a recursive call", &[(CALL, "rec_sum")], &[(CALL, "rec_sum")]),
    ("mr_ping", "a call to mr_pong", &[(CALL, "mr_pong")], &[(CALL, "mr_pong")]),
    ("call_sum11", "calls to sum11", &[(CALL, "sum11")], &[(CALL, "sum11")]),
    ("early_ret", "a call", &[(CALL, "early_helper")], &[(CALL, "early_helper")]),
    ("tail_call", "a tail jump", &[(JMP, "tail_target")], &[(JMP, "tail_target")]),
    ("table_call", "an indirect call", &[(CALL, "*")], &[(&["blr"], "x")]),
    ("table_tail", "an indirect tail jump", &[(&["jmp", "jmpq"], "*")], &[(&["br"], "x")]),
    ("entry_caller", "calls to entry_callee", &[(CALL, "entry_callee")], &[(CALL, "entry_callee")]),
    ("reg_pressure", "every callee-saved register saved",
        &[(SAVE, "%rbx"), (SAVE, "%rbp"), (SAVE, "%r12"), (SAVE, "%r13"), (SAVE, "%r14"), (SAVE, "%r15")],
        &[(SAVE, "x19"), (SAVE, "x20"), (SAVE, "x21"), (SAVE, "x22"), (SAVE, "x23"), (SAVE, "x24"),
          (SAVE, "x25"), (SAVE, "x26"), (SAVE, "x27"), (SAVE, "x28")]),
];

/// The forms of `suite` missing from the compiled corpus, one message each.
fn missing_forms(suite: &Suite, asm: &str, goarch: &str) -> Vec<String> {
    let lines: Vec<&str> = asm.lines().collect();
    let mut missing = Vec::new();
    for (func, what, amd64, arm64) in suite.forms {
        let body = function_lines(&lines, func);
        let has = |(mnemonics, operand): &Form| {
            body.iter().any(|&i| {
                let line = lines[i].trim();
                let (m, ops) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                mnemonics.contains(&m) && ops.contains(operand)
            })
        };
        let forms = if goarch == "amd64" { amd64 } else { arm64 };
        if let Some((m, o)) = forms.iter().find(|f| !has(f)) {
            missing.push(format!("{func}: {what} (no `{} {o}`)", m.join("|")));
        }
    }
    missing
}

/// The stack budget passed to converters that have `--stack`.
const STACK: &str = "1MiB";
/// `go test` timeout per function: the arm64 `br`-loop regression hangs instead of failing.
const TEST_TIMEOUT: &str = "30s";
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// One architecture of the suite.
pub struct Arch {
    pub goarch: &'static str,
    pub configs: &'static [CorpusConfig],
    /// Configurations of other inputs (an object file: `FRAMES_INPUTS`), after `configs`.
    pub inputs: &'static [CorpusConfig],
    /// Runs the test binary (qemu-user for arm64).
    pub exec: Option<&'static str>,
}

/// The result of one configuration.
struct Outcome {
    converted: Vec<bool>,
    passed: Vec<bool>,
    /// Why a function (or a helper) does not pass, in order of discovery.
    reasons: Vec<(String, String)>,
}

/// Runs every selected configuration of `arch`; panics with a report on any failure.
pub fn run_suite(test: &str, suite: &Suite, arch: &Arch) {
    let dir = suite.dir();
    let sigs = load_signatures(&format!("{dir}/signatures.txt"));
    let expected = load_expected(&dir, &sigs);
    let mut conv = Converter::new(arch.goarch);
    let stack = conv.has_option("--stack");
    if stack {
        conv.extra = vec!["--stack".into(), STACK.into()];
    }
    let work = scratch_dir(test);
    let module = work.join("module");
    write_module(suite, &module);
    say(format!(
        "{test}: work directory {}; converter {} --stack",
        work.display(),
        if stack { "has" } else { "has no" }
    ));

    let only = selected_configs();
    let mut failures = Vec::new();
    for cfg in arch
        .configs
        .iter()
        .chain(arch.inputs)
        .filter(|c| is_selected(&only, c.name))
    {
        let t0 = Instant::now();
        let tag = format!("{} {} {}", suite.name, cfg.name, arch.goarch);
        let outcome = match run_config(suite, arch, cfg, &conv, &work, &module, &sigs) {
            Ok(o) => o,
            Err(e) => {
                say(format!("{tag}: FAILED"));
                failures.push(format!("==== {tag} ====\n{e}"));
                continue;
            }
        };
        let n_pass = outcome.passed.iter().filter(|p| **p).count();
        let n_conv = outcome.converted.iter().filter(|c| **c).count();
        say(format!(
            "{tag}: {n_pass}/{} convert and pass ({n_conv} converted, {:.1}s)",
            sigs.len(),
            t0.elapsed().as_secs_f64()
        ));
        let reasons_file = work.join(format!("{}.{}.reasons.txt", arch.goarch, cfg.name));
        let all_reasons: String = outcome
            .reasons
            .iter()
            .map(|(f, r)| format!("== {f}\n{r}\n"))
            .collect();
        write_file(&reasons_file, &all_reasons);

        let key = format!("{} {}", arch.goarch, cfg.name);
        let Some(listed) = expected.iter().find(|(k, _)| *k == key).map(|(_, v)| v) else {
            failures.push(format!(
                "==== {tag} ====\n{}: no line `{key}:`; the functions that pass now: {key}: {}",
                crate_path(&format!("{dir}/expected.txt")).display(),
                names(&sigs, &outcome.passed).join(" ")
            ));
            continue;
        };
        let mut problems = Vec::new();
        for (i, s) in sigs.iter().enumerate() {
            let is_listed = listed.contains(&s.name);
            if is_listed && !outcome.passed[i] {
                let why: String = outcome
                    .reasons
                    .iter()
                    .filter(|(f, _)| *f == s.name)
                    .map(|(_, r)| r.as_str())
                    .collect();
                problems.push(format!(
                    "{}: listed in expected.txt but does not pass:\n{}",
                    s.name,
                    indent(&why)
                ));
            } else if !is_listed && outcome.passed[i] {
                problems.push(format!(
                    "{}: now passes: add it to expected.txt (line `{key}:`)",
                    s.name
                ));
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "==== {tag} ==== (all reasons: {})\n{}",
                reasons_file.display(),
                problems.join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{test} failed (work directory {}):\n\n{}",
        work.display(),
        failures.join("\n\n")
    );
}

fn names(sigs: &[Sig], which: &[bool]) -> Vec<String> {
    sigs.iter()
        .zip(which)
        .filter(|(_, w)| **w)
        .map(|(s, _)| s.name.clone())
        .collect()
}

/// `expected.txt`: lines `<goarch> <config>: name name ...`; `#` lines are comments.
fn load_expected(dir: &str, sigs: &[Sig]) -> Vec<(String, Vec<String>)> {
    let path = crate_path(&format!("{dir}/expected.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (key, list) = l.split_once(':').unwrap_or_else(|| {
                panic!(
                    "{}: expected `arch config: names`, got {l:?}",
                    path.display()
                )
            });
            let list: Vec<String> = list.split_whitespace().map(str::to_string).collect();
            for n in &list {
                assert!(
                    sigs.iter().any(|s| &s.name == n),
                    "{}: {n} is not a function of signatures.txt",
                    path.display()
                );
            }
            (key.split_whitespace().collect::<Vec<_>>().join(" "), list)
        })
        .collect()
}

fn write_module(suite: &Suite, module: &Path) {
    let n = suite.name;
    write_file(
        &module.join("go.mod"),
        format!("module e2e{n}\n\ngo 1.24\n"),
    );
    let copy = |from: &str, to: &str| {
        let src = crate_path(from);
        let data = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        write_file(&module.join(to), data);
    };
    let dir = suite.dir();
    copy(
        "tests/e2e/go_common/harness_test.go",
        &format!("{n}/harness_test.go"),
    );
    copy(
        &format!("{dir}/go/{n}_test.go"),
        &format!("{n}/{n}_test.go"),
    );
    copy(&format!("{dir}/go/ref/ref.go"), &format!("{n}/ref/ref.go"));
    copy(
        &format!("{dir}/corpus.c"),
        &format!("{n}/ref/corpus_impl.h"),
    );
}

/// The functions a `go vet` / `go build` output blames: the active functions it names (as a
/// whole identifier) and those whose TEXT block holds a `frames_<arch>.s:LINE` it cites.
fn blame(output: &str, sigs: &[Sig], active: &[bool], asm_name: &str, asm: &str) -> Vec<usize> {
    // Line (1-based) where each TEXT block starts, with its function.
    let texts: Vec<(usize, &str)> = asm
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let sym = l.trim_start().strip_prefix("TEXT")?.trim_start();
            let name = sym.strip_prefix('·')?.split('(').next()?;
            Some((i + 1, name))
        })
        .collect();
    let mut blamed = Vec::new();
    let mut add = |name: &str| {
        if let Some(i) = sigs.iter().position(|s| s.name == name) {
            if active[i] && !blamed.contains(&i) {
                blamed.push(i);
            }
        }
    };
    for word in output.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        add(word);
    }
    let cite = format!("{asm_name}:");
    for (pos, _) in output.match_indices(&cite) {
        let digits: String = output[pos + cite.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if let Ok(line) = digits.parse::<usize>() {
            if let Some((_, f)) = texts.iter().rev().find(|(start, _)| *start <= line) {
                add(f);
            }
        }
    }
    blamed
}

fn run_config(
    suite: &Suite,
    arch: &Arch,
    cfg: &CorpusConfig,
    conv: &Converter,
    work: &Path,
    module: &Path,
    sigs: &[Sig],
) -> Result<Outcome, String> {
    let asm = work.join(format!("corpus.{}.s", cfg.name));
    let c_file = crate_path(&format!("{}/corpus.c", suite.dir()));
    compile(cfg.cc, cfg.flags, &c_file, &asm)?;
    let asm_text = std::fs::read_to_string(&asm).map_err(|e| format!("{}: {e}", asm.display()))?;
    let missing: Vec<&str> = suite
        .helpers
        .iter()
        .copied()
        .filter(|h| !asm_text.contains(h))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "corpus bug: {} references no {} ({})",
            cfg.cc,
            missing.join(", "),
            asm.display()
        ));
    }
    let forms = missing_forms(suite, &asm_text, arch.goarch);
    if !forms.is_empty() {
        return Err(format!(
            "corpus bug: {} no longer emits the forms the cases are about ({}):\n{}",
            cfg.cc,
            asm.display(),
            forms.join("\n")
        ));
    }

    let target = GoTarget {
        goarch: arch.goarch,
        cgo_cc: cfg.cgo_cc,
    };
    let n = suite.name;
    let pkg = module.join(n);
    let asm_name = format!("{n}_{}.s", arch.goarch);
    let out = pkg.join(&asm_name);
    let bin = work.join(format!("{n}.test"));
    // Why functions fail go vet / go build (their signatures are dropped: `active`), and
    // why the last conversion rejected functions (found again on each round).
    let mut reasons = Vec::new();
    let mut rejected = Vec::new();
    let mut active = vec![true; sigs.len()];
    let converted = loop {
        let mut converted = active.clone();
        rejected.clear();
        let cut = work.join(format!("corpus.{}.cut.s", cfg.name));
        let text = if cfg.input == Input::Asm {
            conv.convert_degraded(&cut, &asm_text, sigs, &out, &mut converted, &mut rejected)
        } else {
            // An object file or the C file cannot be cut: `--keep-going` leaves out what
            // does not convert (found missing below) and the signatures turned off.
            let (input, extra) = cfg.converter_input(&c_file, work)?;
            let keep_going = Converter {
                extra: conv
                    .extra
                    .iter()
                    .cloned()
                    .chain(extra)
                    .chain(["--keep-going".into()])
                    .collect(),
                ..Converter::new(arch.goarch)
            };
            let active: Vec<&Sig> = sigs
                .iter()
                .zip(&converted)
                .filter(|(_, c)| **c)
                .map(|(s, _)| s)
                .collect();
            match keep_going.convert(&input, &active, &out) {
                Ok(text) => Some(text),
                Err(e) => {
                    let text = std::fs::read_to_string(&out).ok();
                    if text.is_none() {
                        return Err(format!("nothing converted:\n{}", e.show()));
                    }
                    rejected.push(("(--keep-going)".to_string(), e.show()));
                    text
                }
            }
        }
        .unwrap_or_else(|| {
            write_file(&out, "// nothing converted\n");
            String::new()
        });
        for (i, s) in sigs.iter().enumerate() {
            if converted[i] && !text.contains(&format!("·{}(SB)", s.name)) {
                converted[i] = false;
                rejected.push((
                    s.name.clone(),
                    format!("native2goasm exited 0 but emitted no TEXT ·{}(SB)", s.name),
                ));
            }
        }
        let _ = std::fs::copy(&out, work.join(format!("{asm_name}.{}", cfg.name)));
        write_file(
            &pkg.join(format!("{n}.go")),
            decls_go("tests/common/frames.rs", "suite", sigs, &converted),
        );
        // go vet must be silent, the test binary must build; output naming a converted
        // function drops its signature, anything else fails the configuration.
        let vet = run(&mut go_command(target, module, &["vet", "./..."]), GO_LIMIT);
        let mut build = None;
        let report = if !vet.success || !vet.combined().trim().is_empty() {
            Some(("go vet ./...", vet.combined()))
        } else {
            let mut cmd = go_command(target, module, &["test", "-c", "-o"]);
            cmd.arg(&bin).arg(format!("./{n}"));
            let r = run(&mut cmd, GO_LIMIT);
            if r.success {
                None
            } else {
                build = Some(describe(&cmd));
                Some(("go test -c", r.combined()))
            }
        };
        let Some((what, output)) = report else {
            break converted;
        };
        let blamed = blame(&output, sigs, &converted, &asm_name, &text);
        if blamed.is_empty() {
            return Err(format!(
                "{what} (in {}) failed and names no converted function{}:\n{output}",
                module.display(),
                build.map(|b| format!("\n$ {b}")).unwrap_or_default()
            ));
        }
        for i in blamed {
            active[i] = false;
            reasons.push((
                sigs[i].name.clone(),
                format!("{what}:\n{}", indent(&output)),
            ));
        }
    };

    reasons.append(&mut rejected);

    // Each converted function's test in its own process, two at a time.
    let todo: Vec<usize> = (0..sigs.len()).filter(|&i| converted[i]).collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(vec![false; sigs.len()]);
    let test_reasons = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(&i) = todo.get(k) else { break };
                let name = &sigs[i].name;
                let mut cmd = match arch.exec {
                    Some(exec) => {
                        let mut words = exec.split_whitespace();
                        let mut c = Command::new(words.next().unwrap());
                        c.args(words).arg(&bin);
                        c
                    }
                    None => Command::new(&bin),
                };
                cmd.current_dir(&pkg)
                    .arg(format!("-test.run=^Test_{name}$"))
                    .arg("-test.v")
                    .arg(format!("-test.timeout={TEST_TIMEOUT}"));
                let r = run(&mut cmd, RUN_LIMIT);
                if r.success && r.stdout.contains(&format!("--- PASS: Test_{name} ")) {
                    results.lock().unwrap()[i] = true;
                } else {
                    let out: Vec<String> = interesting_go_output(&r.combined())
                        .lines()
                        .take(60)
                        .map(str::to_string)
                        .collect();
                    test_reasons.lock().unwrap().push((
                        name.clone(),
                        format!("$ {}\n{}", describe(&cmd), indent(&out.join("\n"))),
                    ));
                }
            });
        }
    });
    reasons.extend(test_reasons.into_inner().unwrap());
    Ok(Outcome {
        converted,
        passed: results.into_inner().unwrap(),
        reasons,
    })
}
