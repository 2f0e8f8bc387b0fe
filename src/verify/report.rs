//! The verification report: how every emitted instruction relates to the source.
//!
//! Classes (one per emitted instruction, or per source instruction when Go spells it as
//! several, e.g. `LOCK; XADDQ`):
//!
//! - `exact`: a Go mnemonic whose Go encoding is byte-identical to the source encoding
//!   (a RIP-relative field is compared masked: both sides leave the linker's 32-bit field
//!   at the same offset);
//! - `equivalent` (only with `--equivalent`): a Go mnemonic whose bytes differ but decode
//!   (yaxpeax-x86) to the same instruction;
//! - `raw`: the source bytes as `BYTE`s, with the source text as comment;
//! - `rewritten`: a source instruction an earlier pass changed before it was converted
//!   (arm64: a register Go reserves renamed, x28 kept in its save slot): the Go line is
//!   proven, as `exact` is, against the changed instruction's bytes (or is those bytes, raw),
//!   which are not the source's;
//! - `branch`: a branch relinked to a Go label (Go chooses its own branch encodings); on
//!   arm64 also calls and PC-relative addresses relinked to Go symbols (`adrp` → `MOVD
//!   $sym<>(SB)`), whose words depend on the layout;
//! - `added`: code the converter added (argument loads, result stores, x28's slot accesses)
//!   or rewrote (stack-passed arguments read from their Go `name+off(FP)` slot);
//! - `data`: a `DATA`/`GLOBL` symbol (constant pools, tables).
//!
//! The summary is one line on stderr (`N instructions: X exact, Y equivalent, Z raw,
//! B branches, W rewritten, A added`); `--report FILE.json` writes every record:
//!
//! ```json
//! {"records": [{"line": 12, "source": "addq $1, %rax", "go": "ADDQ $1, AX",
//!               "class": "exact", "source_hex": "4883c001", "go_hex": "4883c001"}, ...],
//!  "summary": {"instructions": 1, "exact": 1, "equivalent": 0, "raw": 0, "branch": 0,
//!              "rewritten": 0, "added": 0, "data": 0},
//!  "functions": [{"name": "add", "line": 3, "status": "converted", "reason": null}]}
//! ```
//!
//! `functions` has every function of the input in input order; with `--keep-going` a
//! function that could not be converted is `"skipped"`, with the first error that left it
//! out as `reason`.

use std::fmt::Write as _;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Exact,
    Equivalent,
    Raw,
    Branch,
    Rewritten,
    Added,
    Data,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Exact => "exact",
            Class::Equivalent => "equivalent",
            Class::Raw => "raw",
            Class::Branch => "branch",
            Class::Rewritten => "rewritten",
            Class::Added => "added",
            Class::Data => "data",
        }
    }
}

/// One emitted instruction (or data symbol).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// 1-based source line (for added code: the function's line).
    pub line: u32,
    /// The source text (empty for added code).
    pub source: String,
    /// The Go text emitted.
    pub go: String,
    pub class: Class,
    pub source_hex: Vec<u8>,
    pub go_hex: Vec<u8>,
}

/// Counts per class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub exact: usize,
    pub equivalent: usize,
    pub raw: usize,
    pub branch: usize,
    pub rewritten: usize,
    pub added: usize,
    pub data: usize,
}

impl Summary {
    pub fn count(&mut self, class: Class) {
        match class {
            Class::Exact => self.exact += 1,
            Class::Equivalent => self.equivalent += 1,
            Class::Raw => self.raw += 1,
            Class::Branch => self.branch += 1,
            Class::Rewritten => self.rewritten += 1,
            Class::Added => self.added += 1,
            Class::Data => self.data += 1,
        }
    }

    /// Emitted instructions (data symbols are not instructions).
    pub fn instructions(&self) -> usize {
        self.exact + self.equivalent + self.raw + self.branch + self.rewritten + self.added
    }

    /// `N instructions: X exact, Y equivalent, Z raw, B branches, W rewritten, A added`.
    pub fn line(&self) -> String {
        format!(
            "{} instructions: {} exact, {} equivalent, {} raw, {} branches, {} rewritten, {} \
             added",
            self.instructions(),
            self.exact,
            self.equivalent,
            self.raw,
            self.branch,
            self.rewritten,
            self.added
        )
    }
}

/// What became of one function of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionResult {
    pub name: String,
    /// 1-based line of its label.
    pub line: u32,
    /// Why it was left out (`--keep-going`); `None`: converted.
    pub reason: Option<String>,
}

/// The whole report. Records are only collected when asked for (`Report::with_records`);
/// the summary always is.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub summary: Summary,
    pub records: Vec<Record>,
    pub keep_records: bool,
    /// Every function of the input, in input order.
    pub functions: Vec<FunctionResult>,
}

impl Report {
    pub fn with_records() -> Report {
        Report {
            keep_records: true,
            ..Report::default()
        }
    }

    /// Counts `class`, and keeps the record built by `record` if records are kept.
    pub fn add(&mut self, class: Class, record: impl FnOnce() -> Record) {
        self.summary.count(class);
        if self.keep_records {
            self.records.push(record());
        }
    }

    /// Adds `other`'s counts and records (one function's, put together apart) after this
    /// report's.
    pub fn append(&mut self, other: Report) {
        let (a, b) = (&mut self.summary, other.summary);
        a.exact += b.exact;
        a.equivalent += b.equivalent;
        a.raw += b.raw;
        a.branch += b.branch;
        a.rewritten += b.rewritten;
        a.added += b.added;
        a.data += b.data;
        self.records.extend(other.records);
    }

    /// The report as JSON (records in output order, then the summary).
    pub fn to_json(&self) -> String {
        let mut s = String::with_capacity(128 + self.records.len() * 160);
        s.push_str("{\"records\": [");
        for (i, r) in self.records.iter().enumerate() {
            s.push_str(if i == 0 { "\n  " } else { ",\n  " });
            let _ = write!(s, "{{\"line\": {}, \"source\": ", r.line);
            json_string(&mut s, &r.source);
            s.push_str(", \"go\": ");
            json_string(&mut s, &r.go);
            let _ = write!(s, ", \"class\": \"{}\", \"source_hex\": \"", r.class.name());
            hex(&mut s, &r.source_hex);
            s.push_str("\", \"go_hex\": \"");
            hex(&mut s, &r.go_hex);
            s.push_str("\"}");
        }
        let m = &self.summary;
        let _ = write!(
            s,
            "\n],\n\"summary\": {{\"instructions\": {}, \"exact\": {}, \"equivalent\": {}, \
             \"raw\": {}, \"branch\": {}, \"rewritten\": {}, \"added\": {}, \"data\": {}}},\n\
             \"functions\": [",
            m.instructions(),
            m.exact,
            m.equivalent,
            m.raw,
            m.branch,
            m.rewritten,
            m.added,
            m.data
        );
        for (i, f) in self.functions.iter().enumerate() {
            s.push_str(if i == 0 { "\n  " } else { ",\n  " });
            s.push_str("{\"name\": ");
            json_string(&mut s, &f.name);
            let _ = write!(s, ", \"line\": {}, \"status\": ", f.line);
            match &f.reason {
                None => s.push_str("\"converted\", \"reason\": null}"),
                Some(reason) => {
                    s.push_str("\"skipped\", \"reason\": ");
                    json_string(&mut s, reason);
                    s.push('}');
                }
            }
        }
        s.push_str("\n]}\n");
        s
    }
}

fn hex(s: &mut String, bytes: &[u8]) {
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
}

fn json_string(s: &mut String, text: &str) {
    s.push('"');
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(s, "\\u{:04x}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_summary() {
        let mut r = Report::with_records();
        r.add(Class::Exact, || Record {
            line: 3,
            source: "addq $1, %rax # \"x\"".into(),
            go: "ADDQ $1, AX".into(),
            class: Class::Exact,
            source_hex: vec![0x48, 0x83, 0xc0, 0x01],
            go_hex: vec![0x48, 0x83, 0xc0, 0x01],
        });
        r.add(Class::Added, || Record {
            line: 1,
            source: String::new(),
            go: "MOVQ a+0(FP), DI".into(),
            class: Class::Added,
            source_hex: vec![],
            go_hex: vec![0x48, 0x8b, 0x7c, 0x24, 0x08],
        });
        r.add(Class::Rewritten, || Record {
            line: 4,
            source: "mov x18, x1".into(),
            go: "MOVD R1, R9".into(),
            class: Class::Rewritten,
            source_hex: vec![0xe9, 0x03, 0x01, 0xaa],
            go_hex: vec![0xe9, 0x03, 0x01, 0xaa],
        });
        assert_eq!(
            r.summary.line(),
            "3 instructions: 1 exact, 0 equivalent, 0 raw, 0 branches, 1 rewritten, 1 added"
        );
        let j = r.to_json();
        assert!(j.contains(r#""source": "addq $1, %rax # \"x\"""#), "{j}");
        assert!(j.contains(r#""class": "added", "source_hex": "", "go_hex": "488b7c2408""#));
        assert!(j.contains(r#""class": "rewritten", "source_hex": "e90301aa""#));
        assert!(j.contains(r#""summary": {"instructions": 3, "exact": 1"#));
        assert!(j.contains(r#""rewritten": 1, "added": 1"#), "{j}");
        assert!(j.ends_with("\"functions\": [\n]}\n"), "{j}");
        r.functions = vec![
            FunctionResult {
                name: "f".into(),
                line: 2,
                reason: None,
            },
            FunctionResult {
                name: "g".into(),
                line: 9,
                reason: Some("unknown instruction `x`".into()),
            },
        ];
        assert!(r.to_json().ends_with(
            "\"functions\": [\n  {\"name\": \"f\", \"line\": 2, \"status\": \"converted\", \"reason\": null},\n  \
             {\"name\": \"g\", \"line\": 9, \"status\": \"skipped\", \"reason\": \"unknown instruction `x`\"}\n]}\n"
        ));
    }
}
