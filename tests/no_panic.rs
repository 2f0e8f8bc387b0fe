//! "Bad input gets a located diagnostic; never a panic": every entry point is fed thousands
//! of deterministic mutations of real inputs (the examples, signatures and Go sources in
//! the repository, and the converter's own Go output for the encoders) and must return a
//! result or diagnostics, never panic. Errors must be located on a line that exists.

use native2goasm::convert::{convert, convert_verified, Options};
use native2goasm::diag::Diagnostics;
use native2goasm::frame::{gosrc, parse_signature};
use native2goasm::verify::{go_amd64, go_arm64};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Characters that matter to the grammars.
const NASTY: &[&str] = &[
    "%",
    "$",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "#",
    ".",
    "*",
    "+",
    "-",
    "0x",
    "9",
    "@",
    "\"",
    "!",
    "{",
    "}",
    "<",
    ">",
    "//",
    ";",
    "\t",
    " ",
    "rip",
    "rsp",
    "x28",
    "sp",
    "#-",
    ":lo12:",
    "ptr",
    "QWORD PTR ",
    "\u{e9}",
    "\\",
    "'",
    "0",
    "-9223372036854775808",
    "99999999999999999999",
    "func",
    "(SB)",
    "(FP)",
    "$(",
    "V1.S4",
    "[R1-R2]",
];

/// One random edit of `text`, on a char boundary.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = rng.below(chars.len() + 1);
    let mut out: String = chars[..at].iter().collect();
    let rest: String = chars[at..].iter().collect();
    match rng.below(5) {
        0 => out.push_str(NASTY[rng.below(NASTY.len())]),
        1 => {
            let skip = rng.below(12) + 1;
            out.extend(rest.chars().skip(skip));
            return out;
        }
        2 => {
            // Duplicate a stretch.
            let take: String = rest.chars().take(rng.below(20) + 1).collect();
            out.push_str(&take);
        }
        3 => {
            // Cut the rest of the line.
            out.extend(rest.chars().skip_while(|c| *c != '\n'));
            return out;
        }
        _ => out.push_str(&rng.below(100_000).to_string()),
    }
    out.push_str(&rest);
    out
}

fn mutated(seed: &str, rng: &mut Rng) -> String {
    let mut s = seed.to_string();
    for _ in 0..rng.below(3) + 1 {
        s = mutate(&s, rng);
    }
    s
}

fn located_within(diags: &Diagnostics, text: &str) -> Result<(), String> {
    let lines = text.lines().count() as u32;
    match diags.0.iter().find(|d| d.span.line > lines.max(1)) {
        Some(d) => Err(format!("diagnostic past the end ({} lines): {d:?}", lines)),
        None => Ok(()),
    }
}

fn files(dir: &str, ext: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    for arch in ["amd64", "arm64", "types/go", ""] {
        let Ok(entries) = std::fs::read_dir(root.join(arch)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == ext) {
                out.push(std::fs::read_to_string(p).unwrap());
            }
        }
    }
    out
}

/// Runs `f` on `n` mutations of each seed; collects panics with the input that caused them.
fn fuzz(name: &str, seeds: &[String], n: usize, f: impl Fn(&str) -> Result<(), String>) {
    assert!(!seeds.is_empty(), "{name}: no seeds");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut failures = Vec::new();
    let mut runs = 0;
    for seed in seeds {
        for _ in 0..n {
            let input = mutated(seed, &mut rng);
            runs += 1;
            match catch_unwind(AssertUnwindSafe(|| f(&input))) {
                Ok(Ok(())) => {}
                Ok(Err(e)) => failures.push(format!("{e}\n--- input:\n{input}")),
                Err(_) => {
                    let path = std::env::temp_dir()
                        .join(format!("no_panic-{name}-{}.txt", failures.len()))
                        .to_string_lossy()
                        .replace(' ', "_");
                    let _ = std::fs::write(&path, &input);
                    failures.push(format!(
                        "PANIC (input saved to {path})\n--- input:\n{input}"
                    ));
                }
            }
            if failures.len() >= 3 {
                break;
            }
        }
    }
    println!("{name}: {runs} mutated inputs, {} failures", failures.len());
    assert!(
        failures.is_empty(),
        "{name}:\n{}",
        failures.join("\n=====\n")
    );
}

#[test]
fn assembly_input_never_panics() {
    std::panic::set_hook(Box::new(|_| {}));
    let seeds = files("examples", "s");
    fuzz("assembly", &seeds, 400, |input| {
        match convert(input, &Options::default()) {
            Ok(_) => Ok(()),
            Err(d) => located_within(&d, input),
        }
    });
}

#[test]
fn verified_conversion_with_signatures_never_panics() {
    let sigs = [
        "func add(a, b int64) int64",
        "func poly(x float64) float64",
        "func sum(p *int32, n int64) int32",
        "func call1(addr, arg1 uintptr) uintptr",
        "func days(month int32) int32",
    ];
    let options = Options {
        signatures: sigs.iter().map(|s| parse_signature(s).unwrap()).collect(),
        ..Options::default()
    };
    let seeds = files("examples", "s");
    fuzz("assembly with signatures", &seeds, 150, |input| {
        let opts = native2goasm::verify::Options { equivalent: true };
        // A signature that matches no function is an error: fine, as long as it is reported.
        match convert_verified(input, &options, &opts, true) {
            Ok(_) => Ok(()),
            Err(d) => located_within(&d, input),
        }
    });
}

#[test]
fn signatures_never_panic() {
    let seeds: Vec<String> = [
        "func f(a int8, b, c uint16, p *float64, q unsafe.Pointer) (lo, hi uint64)",
        "func g(s string, b []byte, x ...int32) (r struct{ a, b int32; c float64 }, err error)",
        "func h(m map[string]int, c chan<- int, f func(int) bool, a [4]complex64, i any)",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    fuzz("signatures", &seeds, 2000, |input| {
        let _ = parse_signature(input);
        Ok(())
    });
}

#[test]
fn go_sources_never_panic() {
    let seeds = files("tests/e2e", "go");
    fuzz("go sources", &seeds, 300, |input| {
        let _ = gosrc::parse_file(input);
        Ok(())
    });
}

#[test]
fn encoders_never_panic() {
    // The converter's own outputs are realistic Go assembly to mutate.
    let seeds: Vec<String> = files("examples", "s")
        .iter()
        .filter_map(|s| convert(s, &Options::default()).ok().map(|c| c.text))
        .collect();
    fuzz("encode", &seeds, 400, |input| {
        let _ = go_amd64::listing(input);
        let _ = go_arm64::listing(input);
        Ok(())
    });
}

/// The fuzz targets' checks (fuzz/src/lib.rs, shared with `cargo fuzz`), run on stable over
/// every target's seed corpus and over the crash inputs kept in fuzz/regressions/<target>/:
/// what the long fuzz runs found stays fixed in CI, which has no nightly toolchain.
#[path = "../fuzz/src/lib.rs"]
mod fuzz_checks;

#[test]
fn fuzz_seeds_and_regressions_replay() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for name in fuzz_checks::TARGETS {
        let seeds = fuzz_checks::seeds(name, root);
        assert!(!seeds.is_empty(), "{name}: no seeds");
        let regressions = fuzz_checks::regressions(name, root);
        let inputs = seeds
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("seed {i}"), s.as_slice()))
            .chain(
                regressions
                    .iter()
                    .map(|(p, d)| (p.display().to_string(), d.as_slice())),
            );
        for (what, data) in inputs {
            match catch_unwind(AssertUnwindSafe(|| fuzz_checks::check(name, data))) {
                Ok(Ok(())) => {}
                Ok(Err(e)) => failures.push(format!("{name} {what}: {e}")),
                Err(_) => failures.push(format!("{name} {what}: PANIC")),
            }
        }
        println!(
            "fuzz target {name}: {} seeds, {} regressions replayed",
            seeds.len(),
            regressions.len()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
