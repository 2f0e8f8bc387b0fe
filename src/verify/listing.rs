//! Whole Go assembly files for the `encode` command, read once for every architecture: the
//! lines are parsed into functions (the `TEXT` frame size, the labels, the statements that
//! have bytes), and each architecture's [`Layout`] turns one function into bytes per line
//! (Go's span loop on amd64, a sizing pass on arm64).

use std::collections::HashMap;

use super::goasm::{self, parse_source_line, Instruction, Statement};
use super::{EncodeError, ListingLine};
use crate::diag::Diagnostic;

/// What one architecture's Go assembler does with the statements of a function.
pub(crate) trait Layout {
    /// A statement with bytes, as the architecture keeps it until the layout.
    type Piece<'a>;

    /// What `inst` becomes in a function whose `TEXT` frame is `frame` bytes, or why it
    /// cannot be encoded (the line then has no bytes).
    fn piece(inst: Instruction<'_>, frame: u32) -> Result<Self::Piece<'_>, Diagnostic>;

    /// Lays out one function: each piece's bytes into its line of `lines` (indexed from 0),
    /// the errors into `diags`.
    fn lay_out<'a>(
        f: &Func<'a, Self::Piece<'a>>,
        lines: &mut [ListingLine],
        diags: &mut Vec<Diagnostic>,
    );
}

/// One `TEXT` function of the file (the first one holds what precedes any `TEXT`).
pub(crate) struct Func<'a, P> {
    /// The frame size of the `TEXT` line.
    pub frame: u32,
    /// The labels, each with the index of the piece it precedes.
    pub labels: Vec<(&'a str, usize)>,
    /// The pieces in file order, each with the index of its line.
    pub pieces: Vec<(usize, P)>,
}

impl<P> Func<'_, P> {
    /// The labels' addresses, given each piece's address (`addrs[pieces.len()]` is the end).
    pub fn label_addresses(&self, addrs: &[u64]) -> HashMap<String, u64> {
        self.labels
            .iter()
            .map(|(name, at)| (name.to_string(), addrs[*at]))
            .collect()
    }
}

/// Encodes a whole Go assembly file as `go tool asm` lays it out with `L`'s rules. Returns
/// one entry per source line and the diagnostics of the lines that could not be encoded, in
/// source order.
pub(crate) fn listing<L: Layout>(source: &str) -> (Vec<ListingLine>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let texts: Vec<_> = crate::diag::source_lines(source).collect();
    let mut lines = ListingLine::blank(texts.len());
    let mut funcs: Vec<Func<L::Piece<'_>>> = vec![Func {
        frame: 0,
        labels: Vec::new(),
        pieces: Vec::new(),
    }];
    for (i, text) in texts.iter().enumerate() {
        let parsed = match parse_source_line(*text) {
            Ok(l) => l,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let f = funcs.last_mut().unwrap();
        for (label, _) in &parsed.labels {
            let at = f.pieces.len();
            f.labels.push((label, at));
        }
        for st in parsed.statements {
            match st {
                Statement::Pseudo {
                    name: "TEXT", args, ..
                } => funcs.push(Func {
                    frame: frame_size(args),
                    labels: Vec::new(),
                    pieces: Vec::new(),
                }),
                Statement::Pseudo { .. } | Statement::Preprocessor(_) => {}
                Statement::Inst(inst) => {
                    lines[i].code = true;
                    let f = funcs.last_mut().unwrap();
                    match L::piece(inst, f.frame) {
                        Ok(piece) => f.pieces.push((i, piece)),
                        Err(d) => diags.push(d),
                    }
                }
            }
        }
    }
    for f in &funcs {
        L::lay_out(f, &mut lines, &mut diags);
    }
    diags.sort_by_key(|d| (d.span.line, d.span.col));
    diags.dedup();
    (lines, diags)
}

/// The frame size of a `TEXT` line's arguments (`·f(SB), NOSPLIT, $24-16` → 24).
fn frame_size(args: &str) -> u32 {
    args.rsplit(',')
        .next()
        .and_then(|a| a.trim().strip_prefix('$'))
        .and_then(|a| a.split('-').next())
        .and_then(|a| goasm::parse_number(a.trim()))
        .map_or(0, |v| v.max(0) as u32)
}

/// A located diagnostic for a Go instruction the encoder rejected: at the operand at fault
/// when it names one, else at the instruction.
pub(crate) fn error_at(inst: &Instruction, e: EncodeError) -> Diagnostic {
    let span = e
        .operand
        .and_then(|i| inst.operands.spans().get(i).copied())
        .unwrap_or(inst.span);
    let mut d = Diagnostic::error(span, e.message);
    if let Some(x) = e.expected {
        d = d.expected(x);
    }
    d
}
