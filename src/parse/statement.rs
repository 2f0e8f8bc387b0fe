//! The parse stage's shared data format: one parsed source line ([`Line`]: labels and
//! [`Statement`]s), the input dialect ([`Syntax`]) and section kinds. Every parser of the
//! stage builds these; `module.rs` groups them into functions and data objects.

use crate::diag::{Diagnostic, Span};
use crate::ir::x86::Inst as X86Inst;
use crate::ir::DataReloc;

/// Input dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Att,
    Intel,
    /// ARM64 GNU syntax.
    Gnu,
    /// Machine code as hex bytes (`src/parse/decode/`).
    Hex,
    /// A disassembly listing (`objdump -d`): its bytes column is decoded.
    Objdump,
}

impl Syntax {
    /// Whether the input is machine code (decoded, not parsed).
    pub fn is_machine_code(self) -> bool {
        matches!(self, Syntax::Hex | Syntax::Objdump)
    }
}

/// One parsed source line. (The default instruction type is there for the shared directive
/// rules, `directive.rs`, which build x86-typed statements; see [`Statement::directive`].)
#[derive(Debug)]
pub struct Line<I = X86Inst> {
    pub labels: Vec<(String, Span)>,
    pub statements: Vec<Statement<I>>,
}

impl<I> Default for Line<I> {
    fn default() -> Line<I> {
        Line {
            labels: Vec::new(),
            statements: Vec::new(),
        }
    }
}

#[derive(Debug)]
pub enum Statement<I = X86Inst> {
    Inst(I),
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
    /// `.set name, value` / `.equ`: another name for `symbol + offset`, or (no symbol) for
    /// the current position plus `offset` (GCC's arm64 section anchors, `.set .LANCHOR0,. + 0`).
    Set {
        name: String,
        symbol: Option<String>,
        offset: i64,
        span: Span,
    },
    /// `.comm`/`.lcomm name, size[, align]`: zeroed writable data.
    Common {
        name: String,
        size: usize,
        align: u32,
        span: Span,
    },
    Syntax(Syntax),
    /// A directive that never changes code or data.
    Metadata,
    /// A directive this tool does not read (unknown, unsupported, or with malformed
    /// arguments), with the error it is if it sits where code or data is read.
    Unknown(Box<Diagnostic>),
}

impl Statement {
    /// A directive's statement for another architecture's lines (directives build no
    /// instructions).
    pub fn directive<I>(self) -> Statement<I> {
        match self {
            Statement::Inst(_) => unreachable!("a directive is not an instruction"),
            Statement::Data {
                bytes,
                relocs,
                span,
            } => Statement::Data {
                bytes,
                relocs,
                span,
            },
            Statement::Align {
                bytes,
                max_skip,
                span,
            } => Statement::Align {
                bytes,
                max_skip,
                span,
            },
            Statement::Section { kind, push } => Statement::Section { kind, push },
            Statement::PopSection => Statement::PopSection,
            Statement::Previous => Statement::Previous,
            Statement::Set {
                name,
                symbol,
                offset,
                span,
            } => Statement::Set {
                name,
                symbol,
                offset,
                span,
            },
            Statement::Common {
                name,
                size,
                align,
                span,
            } => Statement::Common {
                name,
                size,
                align,
                span,
            },
            Statement::Syntax(s) => Statement::Syntax(s),
            Statement::Metadata => Statement::Metadata,
            Statement::Unknown(error) => Statement::Unknown(error),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Text,
    ReadOnly,
    Writable,
    /// Debug info, notes, unwind tables: contents are skipped.
    Ignored,
}
