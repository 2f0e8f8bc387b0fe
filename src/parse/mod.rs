//! The parse stage: assembly text → native IR ([`crate::ir::Module`]).
//!
//! Each source line is parsed on its own by a pest grammar (`grammars/`) into a [`Line`]:
//! labels and statements (instructions in Intel operand order, data bytes, alignment,
//! section switches). [`module`] then groups the lines into functions and data objects,
//! following sections, or — for Compiler Explorer's filtered output, which has no section
//! directives — by what follows each label.
//!
//! Errors are collected for every line (not only the first) and returned together.

mod directive;
mod expr;
mod module;
mod x86;

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::{Arch, DataReloc, Inst, Module};

/// Input dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Att,
    Intel,
    /// ARM64 GNU syntax.
    Gnu,
}

/// One parsed source line.
#[derive(Debug, Default)]
pub struct Line {
    pub labels: Vec<(String, Span)>,
    pub statements: Vec<Statement>,
}

#[derive(Debug)]
pub enum Statement {
    Inst(Inst),
    Data {
        bytes: Vec<u8>,
        relocs: Vec<DataReloc>,
        span: Span,
    },
    Align {
        bytes: u32,
        max_skip: Option<u32>,
        span: Span,
    },
    Section {
        kind: SectionKind,
        push: bool,
    },
    PopSection,
    Previous,
    Syntax(Syntax),
    /// A directive that never changes code or data.
    Metadata,
    /// A directive this tool does not know.
    Unknown {
        name: String,
        span: Span,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Text,
    ReadOnly,
    Writable,
    /// Debug info, notes, unwind tables: contents are skipped.
    Ignored,
}

/// Parses a whole file written in `syntax` for `arch`.
pub fn parse(text: &str, arch: Arch, syntax: Syntax) -> Result<Module, Diagnostics> {
    if arch == Arch::Arm64 || syntax == Syntax::Gnu {
        return Err(
            Diagnostic::error(Span::default(), "arm64 input is not supported yet")
                .expected("x86-64 input (--arch amd64)")
                .into(),
        );
    }
    let mut lines = Vec::with_capacity(text.len() / 24);
    let mut errors = Diagnostics::default();
    let mut syntax = syntax;
    for (i, raw) in text.lines().enumerate() {
        match x86::parse_line(raw, i as u32 + 1, syntax) {
            Ok(line) => {
                for s in &line.statements {
                    if let Statement::Syntax(new) = s {
                        syntax = *new;
                    }
                }
                lines.push(line);
            }
            Err(d) => {
                errors.push(d);
                lines.push(Line::default());
            }
        }
    }
    let module = module::build(lines, &mut errors);
    if errors.has_errors() {
        Err(errors)
    } else {
        Ok(module)
    }
}

/// Tells the architecture and dialect of an input from its text.
///
/// Evidence: `.intel_syntax`/`.att_syntax` directives; instructions with `%` registers
/// (AT&T) or with operands but no `%` (Intel); `x0`/`w1` registers, `#imm` and ARM-only mnemonics
/// (arm64). Mixed evidence is an error naming the flag to give.
pub fn detect(text: &str) -> Result<(Arch, Syntax), Diagnostic> {
    let mut att = 0usize;
    let mut intel = 0usize;
    let (mut first_att, mut first_intel) = (Span::default(), Span::default());
    let mut arm = 0usize;
    let mut directive = None;
    for (number, line) in text.lines().enumerate() {
        let code = line.split(['#', ';']).next().unwrap_or("");
        let here = Span::new(
            number as u32 + 1,
            (line.len() - line.trim_start().len()) as u32 + 1,
            line.trim().len() as u32,
        );
        let t = code.trim_start();
        if t.starts_with(".intel_syntax") {
            directive.get_or_insert(Syntax::Intel);
        } else if t.starts_with(".att_syntax") {
            directive.get_or_insert(Syntax::Att);
        }
        let arm_code = line.split("//").next().unwrap_or("");
        if t.starts_with('.') || t.ends_with(':') || t.is_empty() {
            continue;
        }
        // Branch targets look alike in both dialects.
        let branch = t.starts_with('j') || t.starts_with("call");
        let has_operands = !branch
            && t.split_once([' ', '\t'])
                .is_some_and(|(_, rest)| !rest.trim().is_empty());
        if code.contains('%') {
            if att == 0 {
                first_att = here;
            }
            att += 1;
        } else if has_operands {
            if intel == 0 {
                first_intel = here;
            }
            intel += 1;
        }
        let mut words = arm_code.split(|c: char| !c.is_ascii_alphanumeric() && c != '.');
        let mnemonic = words.next().unwrap_or("").to_ascii_lowercase();
        let arm_reg = |w: &str| {
            w.len() >= 2
                && (w.starts_with('x') || w.starts_with('w'))
                && w[1..].parse::<u8>().is_ok_and(|n| n <= 30)
        };
        if matches!(
            mnemonic.as_str(),
            "ldr"
                | "str"
                | "stp"
                | "ldp"
                | "adrp"
                | "cbz"
                | "cbnz"
                | "bl"
                | "ldrb"
                | "strb"
                | "csel"
                | "madd"
                | "b"
        ) || mnemonic.starts_with("b.")
            || words.any(arm_reg)
        {
            arm += 1;
        }
    }
    if arm > 0 && arm >= att + intel {
        return Ok((Arch::Arm64, Syntax::Gnu));
    }
    let syntax = match directive {
        Some(s) => s,
        None if att > 0 && intel > 0 => {
            let (span, other) = if att >= intel {
                (first_intel, "AT&T")
            } else {
                (first_att, "Intel")
            };
            return Err(
                Diagnostic::error(span, "cannot tell AT&T from Intel syntax")
                    .expected(format!(
                        "the same syntax as the rest of the input ({other})"
                    ))
                    .help("give --syntax att or --syntax intel"),
            );
        }
        None if intel > 0 => Syntax::Intel,
        _ => Syntax::Att,
    };
    Ok((Arch::Amd64, syntax))
}
