//! Conversion throughput: instructions per second through parse → map → frame → emit, on
//! one core, over every proven row vector (`tests/vectors/amd64/rows.txt`) repeated to about
//! 200,000 instructions. Run with `cargo bench --bench throughput`; the goal is 2 million
//! instructions per second.

use native2goasm::convert::{convert, Options};
use std::time::Instant;

// The command line's allocator (src/main.rs), so the numbers are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let rows = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/amd64/rows.txt"
    ))
    .unwrap();
    let lines: Vec<&str> = rows
        .lines()
        .filter(|l| !l.starts_with('#') && !l.ends_with("| branch"))
        .map(|l| l.split(" | ").next().unwrap())
        .collect();
    let mut source = String::from(".intel_syntax noprefix\nf:\n");
    let mut count = 0;
    while count < 200_000 {
        for l in &lines {
            source.push('\t');
            source.push_str(l);
            source.push('\n');
        }
        count += lines.len();
    }
    source.push_str("\tret\n");
    let options = Options {
        source_name: "bench.s".into(),
        ..Options::default()
    };
    // One core first (the figure the goal is stated in), then every core the machine has.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for jobs in [1, cores] {
        native2goasm::parse::parallel::set_jobs(jobs);
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            let out = convert(&source, &options).expect("bench input converts");
            let secs = start.elapsed().as_secs_f64();
            assert!(out.text.len() > source.len() / 2);
            best = best.min(secs);
        }
        println!(
            "throughput ({jobs} thread{}): {count} instructions in {:.3} s (best of 5) = {:.0} instructions/s",
            if jobs == 1 { "" } else { "s" },
            best,
            count as f64 / best
        );
        if cores == 1 {
            break;
        }
    }
}
