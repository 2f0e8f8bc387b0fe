//! Located diagnostics, and where they point in their input.
//!
//! Every error the converter reports about its input carries a [`Span`] (1-based line and
//! column, length in characters, and the byte range in the input) and renders as
//!
//! ```text
//! error: unknown register `%rxx`
//!  --> in.s:12:14
//!    |
//! 12 |     movq    %rxx, %rax
//!    |             ^^^^ expected a register such as %rax, %eax, %xmm0
//! ```
//!
//! Warnings use the same form with `warning:`. Parsers read an input line by line
//! ([`source_lines`]: each [`SourceLine`] knows where it starts) and make spans with
//! [`SourceLine::span`]; the diagnostics of one input render through one [`LineIndex`]
//! ([`render_all`]), built once, which finds a line in O(1) by number and in O(log n) by
//! byte offset. The text of a span is a byte range of its input ([`Span::text`]).

use std::fmt;
use std::ops::Range;

/// A place in an input: 1-based line and column (in characters), length in characters, as
/// diagnostics print them; and the same place as a byte range of the input it was parsed
/// from (the source file, a `--sig` string, a `--go` file).
///
/// Equality and hashing compare the printed place (line, column, length) only: for spans of
/// one input the byte range follows from it, and a span made with [`Span::new`] alone (no
/// byte range) equals the span a parser made for the same place. `Span::default()` is "no
/// location".
#[derive(Debug, Clone, Copy, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub len: u32,
    /// Byte offset of the start in the input.
    pub offset: u32,
    /// Length in bytes.
    pub bytes: u32,
}

impl Span {
    /// A place without its byte range (tests, and places that are not in an input).
    pub fn new(line: u32, col: u32, len: u32) -> Span {
        Span {
            line,
            col,
            len,
            offset: 0,
            bytes: 0,
        }
    }

    /// This place at bytes `range` of its input.
    pub fn at(self, range: Range<usize>) -> Span {
        Span {
            offset: range.start as u32,
            bytes: range.len() as u32,
            ..self
        }
    }

    /// The byte range in the input.
    pub fn byte_range(&self) -> Range<usize> {
        self.offset as usize..(self.offset + self.bytes) as usize
    }

    /// The text of the span in `input`, the text it was parsed from (empty if out of range).
    pub fn text<'s>(&self, input: &'s str) -> &'s str {
        input.get(self.byte_range()).unwrap_or("")
    }

    fn place(&self) -> (u32, u32, u32) {
        (self.line, self.col, self.len)
    }
}

impl PartialEq for Span {
    fn eq(&self, other: &Span) -> bool {
        self.place() == other.place()
    }
}

impl Eq for Span {}

impl std::hash::Hash for Span {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.place().hash(state);
    }
}

/// One line of an input: its 1-based number, the byte offset where it starts, and its text
/// without the line ending.
#[derive(Debug, Clone, Copy)]
pub struct SourceLine<'a> {
    pub number: u32,
    pub start: u32,
    pub text: &'a str,
    /// How many bytes at the start of `text` are ASCII: there a column is a byte offset, so
    /// spans on long lines cost no character counting.
    pub ascii: u32,
}

impl<'a> SourceLine<'a> {
    pub fn new(number: u32, start: u32, text: &'a str) -> SourceLine<'a> {
        let ascii = text
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(text.len());
        SourceLine {
            number,
            start,
            text,
            ascii: ascii as u32,
        }
    }

    /// The span of bytes `start..end` of this line (column and length in characters; an
    /// empty range is one character long, for the caret).
    pub fn span(&self, start: usize, end: usize) -> Span {
        let col = self.chars(0, start) + 1;
        let len = self.chars(start, end);
        Span::new(self.number, col, len.max(1)).at(self.bytes(start..end))
    }

    /// Characters in bytes `start..end` of the text (counted only past the ASCII prefix).
    fn chars(&self, start: usize, end: usize) -> u32 {
        let ascii = (self.ascii as usize).clamp(start, end.max(start));
        (ascii - start + self.text[ascii..end].chars().count()) as u32
    }

    /// Bytes `range` of this line as bytes of the input.
    pub fn bytes(&self, range: Range<usize>) -> Range<usize> {
        self.start as usize + range.start..self.start as usize + range.end
    }
}

/// The lines of `source` as [`str::lines`] splits them (at `\n`, a `\r` before it dropped),
/// each with its number and start.
pub fn source_lines(source: &str) -> impl Iterator<Item = SourceLine<'_>> {
    source_lines_from(source, 1, 0)
}

/// [`source_lines`] of a run of whole lines of an input that starts at byte `start` of it
/// with line number `first_line`.
pub fn source_lines_from(
    run: &str,
    first_line: u32,
    start: usize,
) -> impl Iterator<Item = SourceLine<'_>> {
    let base = run.as_ptr() as usize;
    run.lines().enumerate().map(move |(i, text)| {
        let offset = start + (text.as_ptr() as usize - base);
        SourceLine::new(first_line + i as u32, offset as u32, text)
    })
}

/// The text of an input read as bytes: UTF-8, a leading byte-order mark dropped. Invalid
/// UTF-8 is an error located at its first bad byte (line, and column in characters), given
/// with the text to render it against (the bad bytes shown as `\u{fffd}`).
pub fn decode(mut bytes: Vec<u8>) -> Result<String, (Diagnostic, String)> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bad = e
            .utf8_error()
            .error_len()
            .unwrap_or(e.as_bytes().len() - at);
        let bytes = e.into_bytes();
        let valid = std::str::from_utf8(&bytes[..at]).expect("valid up to here");
        let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
        let line = valid[..line_start].bytes().filter(|&b| b == b'\n').count() as u32 + 1;
        let col = valid[line_start..].chars().count() as u32 + 1;
        let shown: Vec<String> = bytes[at..at + bad]
            .iter()
            .map(|b| format!("0x{b:02X}"))
            .collect();
        let diag = Diagnostic::error(Span::new(line, col, 1).at(at..at + bad), "invalid UTF-8")
            .expected(format!("UTF-8 text (found byte {})", shown.join(" ")))
            .help("convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`");
        (diag, String::from_utf8_lossy(&bytes).into_owned())
    })
}

/// Where each line of one input starts: built once per input, then a line is found by number
/// in O(1) and by byte offset in O(log n). Lines are those of [`str::lines`].
#[derive(Debug, Clone)]
pub struct LineIndex<'s> {
    source: &'s str,
    /// Byte offset of the start of line `n` (1-based) at `starts[n - 1]`.
    starts: Vec<u32>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> LineIndex<'s> {
        let mut starts = Vec::with_capacity(source.len() / 32 + 1);
        if !source.is_empty() {
            starts.push(0);
        }
        starts.extend(
            memchr::memchr_iter(b'\n', source.as_bytes())
                .filter(|&i| i + 1 < source.len())
                .map(|i| i as u32 + 1),
        );
        LineIndex { source, starts }
    }

    /// The input this index is of.
    pub fn source(&self) -> &'s str {
        self.source
    }

    /// How many lines the input has.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Line `number` (1-based), without its line ending.
    pub fn line(&self, number: u32) -> Option<SourceLine<'s>> {
        let i = (number as usize).checked_sub(1)?;
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.source.len(), |&s| s as usize);
        let text = &self.source[start..end];
        let text = match text.strip_suffix('\n') {
            Some(t) => t.strip_suffix('\r').unwrap_or(t),
            None => text,
        };
        Some(SourceLine::new(number, start as u32, text))
    }

    /// The line that byte `offset` is on (the last line for an offset past the end).
    pub fn line_at(&self, offset: usize) -> Option<SourceLine<'s>> {
        let after = self.starts.partition_point(|&s| s as usize <= offset);
        self.line(after as u32)
    }

    /// 1-based line and column (in characters) of byte `offset`, as pest counts them: the
    /// end of an input that ends with a line ending is column 1 of the line after the last.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        if offset >= self.source.len() && self.source.ends_with('\n') {
            return (self.starts.len() as u32 + 1, 1);
        }
        match self.line_at(offset) {
            Some(l) => {
                let in_line = offset - l.start as usize;
                let text = l.text.as_bytes();
                // Characters before `offset`: bytes that do not continue a character; past the
                // line's text (its line ending, the end of the input) one per byte.
                let before = text[..in_line.min(text.len())]
                    .iter()
                    .filter(|&&b| b & 0xc0 != 0x80)
                    .count();
                let col = before + in_line.saturating_sub(text.len());
                (l.number, col as u32 + 1)
            }
            None => (1, offset as u32 + 1),
        }
    }

    /// The byte offset of column `col` (in characters, 1-based) of line `line`; a column past
    /// the line's text counts on in bytes.
    pub fn offset(&self, line: u32, col: u32) -> Option<usize> {
        let l = self.line(line)?;
        let skip = col.checked_sub(1)? as usize;
        let in_line = match l.text.char_indices().nth(skip) {
            Some((at, _)) => at,
            None => l.text.len() + (skip - l.text.chars().count()),
        };
        Some(l.start as usize + in_line)
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

    /// Renders the diagnostic against the source it refers to (to render several of one
    /// source, [`render_all`] indexes its lines once).
    pub fn render(&self, file: &str, source: &str) -> String {
        self.render_with(file, &LineIndex::new(source))
    }

    /// Renders the diagnostic against the source `lines` indexes.
    pub fn render_with(&self, file: &str, lines: &LineIndex<'_>) -> String {
        Rendered {
            diag: self,
            file,
            lines,
        }
        .to_string()
    }
}

/// Renders diagnostics of one source, its lines indexed once.
pub fn render_all<'d>(
    diags: impl IntoIterator<Item = &'d Diagnostic>,
    file: &str,
    source: &str,
) -> String {
    let lines = LineIndex::new(source);
    diags
        .into_iter()
        .map(|d| d.render_with(file, &lines))
        .collect()
}

struct Rendered<'a> {
    diag: &'a Diagnostic,
    file: &'a str,
    lines: &'a LineIndex<'a>,
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
            let line = self.lines.line(d.span.line).map_or("", |l| l.text);
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
        render_all(&self.0, file, source)
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Diagnostics {
        Diagnostics(vec![d])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INPUTS: &[&str] = &[
        "",
        "\n",
        "a",
        "a\n",
        "a\nb",
        "a\r\nb\r\n",
        "a\rb\r",
        "\n\n\tx\n",
        "é\tü,\nx\r\n\r\n€",
    ];

    #[test]
    fn lines_are_those_of_str_lines() {
        for input in INPUTS {
            let index = LineIndex::new(input);
            let by_index: Vec<&str> = (1..=index.len() as u32)
                .map(|n| index.line(n).unwrap().text)
                .collect();
            let iterated: Vec<&str> = source_lines(input).map(|l| l.text).collect();
            let std: Vec<&str> = input.lines().collect();
            assert_eq!(by_index, std, "{input:?}");
            assert_eq!(iterated, std, "{input:?}");
            assert!(index.line(0).is_none() && index.line(index.len() as u32 + 1).is_none());
            for (l, n) in source_lines(input).zip(1..) {
                assert_eq!(l.number, n);
                assert_eq!(index.line(n).unwrap().start, l.start, "{input:?}");
                assert_eq!(&input[l.bytes(0..l.text.len())], l.text);
            }
        }
    }

    #[test]
    fn line_col_counts_as_pest_does() {
        for input in INPUTS {
            let index = LineIndex::new(input);
            for (at, _) in input.char_indices().chain([(input.len(), ' ')]) {
                let pest = pest::Position::new(input, at).unwrap().line_col();
                let ours = index.line_col(at);
                assert_eq!(
                    (ours.0 as usize, ours.1 as usize),
                    pest,
                    "{input:?} at {at}"
                );
                if at < input.len() && !matches!(input.as_bytes()[at], b'\r' | b'\n') {
                    assert_eq!(index.offset(ours.0, ours.1), Some(at), "{input:?} at {at}");
                }
            }
        }
    }

    #[test]
    fn decoding_drops_a_bom_and_locates_bad_bytes() {
        assert_eq!(decode(b"\xef\xbb\xbff:\n".to_vec()).unwrap(), "f:\n");
        let (d, shown) = decode(b"f:\n\tret # caf\xe9\n".to_vec()).unwrap_err();
        assert_eq!((d.span.line, d.span.col), (2, 11));
        assert!(d
            .render("in.s", &shown)
            .contains("2 |     ret # caf\u{fffd}"));
        let (d, _) = decode([&b"x\n"[..], "é€".as_bytes(), &[0xff]].concat()).unwrap_err();
        assert_eq!((d.span.line, d.span.col), (2, 3));
    }

    #[test]
    fn long_ascii_prefixes_count_columns_as_bytes() {
        let text = "\tmovq\t%é, %rax";
        let line = SourceLine::new(1, 0, text);
        assert_eq!(line.ascii, 7);
        assert_eq!((line.span(1, 5).col, line.span(1, 5).len), (2, 4));
        assert_eq!((line.span(6, 9).col, line.span(6, 9).len), (7, 2));
        assert_eq!((line.span(11, 15).col, line.span(11, 15).len), (11, 4));
    }

    #[test]
    fn spans_carry_their_text() {
        let input = "x\n\tmovq\t%é, %rax\n";
        let line = LineIndex::new(input).line(2).unwrap();
        let span = line.span(6, 9);
        assert_eq!(span, Span::new(2, 7, 2));
        assert_eq!(span.text(input), "%é");
        assert_eq!(line.span(3, 3).len, 1);
        assert_eq!(Span::default().text(input), "");
    }

    #[test]
    fn one_index_renders_like_one_per_diagnostic() {
        let input = "a:\n\tmovq\t%rxx, %rax\n\tmovq\t%ryy, %rax\n";
        let diags = [
            Diagnostic::error(Span::new(2, 7, 4), "unknown register `%rxx`").expected("x"),
            Diagnostic::warning(Span::new(3, 7, 4), "w").help("h"),
            Diagnostic::error(Span::default(), "no place"),
            Diagnostic::error(Span::new(9, 1, 1), "past the end"),
        ];
        let each: String = diags.iter().map(|d| d.render("in.s", input)).collect();
        assert_eq!(render_all(&diags, "in.s", input), each);
        assert_eq!(
            diags[0].render("in.s", input),
            "error: unknown register `%rxx`\n --> in.s:2:7\n  |\n2 |     movq    %rxx, %rax\n  |             ^^^^ expected x\n"
        );
    }
}
