//! Located diagnostics.
//!
//! Every error the converter reports about its input carries a [`Span`] (1-based line and
//! column, length in characters) and renders as
//!
//! ```text
//! error: unknown register `%rxx`
//!  --> in.s:12:14
//!    |
//! 12 |     movq    %rxx, %rax
//!    |             ^^^^ expected a register such as %rax, %eax, %xmm0
//! ```
//!
//! Warnings use the same form with `warning:`.

use std::fmt;

/// A place in the source: 1-based line and column (in characters), length in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub len: u32,
}

impl Span {
    pub fn new(line: u32, col: u32, len: u32) -> Span {
        Span { line, col, len }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    /// What was expected, printed after the caret.
    pub expected: Option<String>,
    /// An extra line of advice (`help: ...`).
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            expected: None,
            help: None,
        }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    pub fn expected(mut self, what: impl Into<String>) -> Diagnostic {
        self.expected = Some(what.into());
        self
    }

    pub fn help(mut self, what: impl Into<String>) -> Diagnostic {
        self.help = Some(what.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic against the source it refers to.
    pub fn render(&self, file: &str, source: &str) -> String {
        Rendered {
            diag: self,
            file,
            source,
        }
        .to_string()
    }
}

struct Rendered<'a> {
    diag: &'a Diagnostic,
    file: &'a str,
    source: &'a str,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diag;
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{kind}: {}", d.message)?;
        if d.span.line == 0 {
            writeln!(f, " --> {}", self.file)?;
        } else {
            let number = d.span.line.to_string();
            let pad = " ".repeat(number.len());
            writeln!(f, "{pad}--> {}:{}:{}", self.file, d.span.line, d.span.col)?;
            let line = self
                .source
                .lines()
                .nth(d.span.line as usize - 1)
                .unwrap_or("");
            // Tabs are shown as 4 spaces so that the caret lines up in a terminal.
            let shown: String = line.replace('\t', "    ");
            let before: String = line
                .chars()
                .take(d.span.col.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { "    " } else { " " })
                .collect();
            let width: usize = line
                .chars()
                .skip(d.span.col.saturating_sub(1) as usize)
                .take(d.span.len as usize)
                .map(|c| if c == '\t' { 4 } else { 1 })
                .sum();
            let carets = "^".repeat(width.max(1));
            writeln!(f, "{pad} |")?;
            writeln!(f, "{number} | {shown}")?;
            match &d.expected {
                Some(e) => writeln!(f, "{pad} | {before}{carets} expected {e}")?,
                None => writeln!(f, "{pad} | {before}{carets}")?,
            }
        }
        if let Some(h) = &d.help {
            writeln!(f, "  = help: {h}")?;
        }
        Ok(())
    }
}

/// The errors of a failed conversion (at least one), plus any warnings seen on the way.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn render(&self, file: &str, source: &str) -> String {
        self.0.iter().map(|d| d.render(file, source)).collect()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Diagnostics {
        Diagnostics(vec![d])
    }
}
