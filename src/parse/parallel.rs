//! Work spread over threads: the input's lines in runs (parsing, here) and, later stages,
//! independent items (functions: their lowering and their verification, `convert`). Results always come back in input order, so the output
//! and the diagnostics are the same whatever the number of threads.
//!
//! The number of threads is the process's (`--jobs`; by default the processors available),
//! like a thread pool's; small work stays on the calling thread.

use crate::diag::{source_lines_from, SourceLine};
use std::sync::atomic::{AtomicUsize, Ordering};

/// 0: the processors available.
static JOBS: AtomicUsize = AtomicUsize::new(0);

/// Bytes of input below which splitting it costs more than it saves.
pub const MIN_PARALLEL_BYTES: usize = 256 * 1024;

/// Sets the number of threads (`0`: as many as processors are available).
pub fn set_jobs(jobs: usize) {
    JOBS.store(jobs, Ordering::Relaxed);
}

/// The number of threads work may use.
pub fn jobs() -> usize {
    match JOBS.load(Ordering::Relaxed) {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

/// `f` of every item, on up to [`jobs`] threads (in contiguous shares), in input order.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if jobs().min(items.len()) <= 1 {
        return items.iter().map(f).collect();
    }
    map_owned(items.iter().collect(), f)
}

/// `f` of every item, taking each by value, on up to [`jobs`] threads (in contiguous
/// shares), in input order.
pub fn map_owned<T: Send, R: Send>(mut items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = jobs().min(items.len());
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let share = items.len().div_ceil(threads);
    let mut shares = Vec::with_capacity(threads);
    while items.len() > share {
        shares.push(items.split_off(items.len() - share));
    }
    shares.push(items);
    shares.reverse();
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| scope.spawn(move || share.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// A run of whole lines of the input: its text, its first line's number and its offset.
#[derive(Clone, Copy)]
pub struct LineRun<'a> {
    pub text: &'a str,
    pub first_line: u32,
    pub start: usize,
}

impl<'a> LineRun<'a> {
    pub fn lines(&self) -> impl Iterator<Item = SourceLine<'a>> {
        source_lines_from(self.text, self.first_line, self.start)
    }
}

/// `text` cut at line ends into `parts` runs of about equal size (one run when small).
pub fn line_runs(text: &str, parts: usize) -> Vec<LineRun<'_>> {
    let parts = if text.len() < MIN_PARALLEL_BYTES {
        1
    } else {
        parts.max(1)
    };
    let mut runs = Vec::with_capacity(parts);
    let (mut start, mut first_line) = (0, 1u32);
    for k in 1..=parts {
        let end = if k == parts {
            text.len()
        } else {
            let goal = (text.len() * k / parts).max(start);
            match memchr::memchr(b'\n', &text.as_bytes()[goal..]) {
                Some(at) => goal + at + 1,
                None => text.len(),
            }
        };
        let run = &text[start..end];
        runs.push(LineRun {
            text: run,
            first_line,
            start,
        });
        first_line += memchr::memchr_iter(b'\n', run.as_bytes()).count() as u32;
        start = end;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::source_lines;

    #[test]
    fn runs_number_their_lines_as_the_whole_input_does() {
        let text: String = (0..40_000)
            .map(|i| format!("line {i}\r\n{}", if i % 7 == 0 { "\n" } else { "" }))
            .collect::<String>()
            + "last without newline";
        for parts in [1, 2, 3, 7] {
            let runs = line_runs(&text, parts);
            assert_eq!(runs.len(), parts);
            let from_runs: Vec<_> = runs
                .iter()
                .flat_map(|r| r.lines())
                .map(|l| (l.number, l.start, l.text))
                .collect();
            let whole: Vec<_> = source_lines(&text)
                .map(|l| (l.number, l.start, l.text))
                .collect();
            assert_eq!(from_runs, whole, "{parts} parts");
        }
        assert_eq!(line_runs("a\nb\n", 4).len(), 1);
    }

    #[test]
    fn map_keeps_input_order_on_any_number_of_threads() {
        let items: Vec<u32> = (0..1000).collect();
        for jobs in [1, 2, 5] {
            set_jobs(jobs);
            assert_eq!(
                map(&items, |x| x * 2),
                items.iter().map(|x| x * 2).collect::<Vec<_>>()
            );
            for n in [0, 1, 2, 3, 999, 1000] {
                let owned: Vec<String> = (0..n).map(|x| x.to_string()).collect();
                assert_eq!(
                    map_owned(owned.clone(), |x| x + "!"),
                    owned.iter().map(|x| x.clone() + "!").collect::<Vec<_>>(),
                    "{jobs} jobs, {n} items"
                );
            }
        }
        set_jobs(0);
    }
}
