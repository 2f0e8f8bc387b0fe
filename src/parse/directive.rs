//! GNU assembler directives, the same for every architecture: directive text → [`Statement`]s
//! (data bytes, alignment, section switches).
//!
//! [`parse`] reads one directive statement, from its `.` to the end of the line, with the
//! shared grammar (`grammars/gnu_directive.pest` composed with `grammars/gnu_common.pest`),
//! and hands back what follows a `;` for the dialect's parser; [`Directive::statement`] then
//! builds the statement, for an architecture (`.word` is 2 bytes on amd64 and 4 on arm64,
//! `.align` counts bytes on amd64 and powers of two on arm64). The two steps are apart so that
//! a dialect parser reports every syntax error of a line before any other error.
//!
//! `.set`/`.equ` become [`Statement::Set`] (an alias, or an anchor at `. + k`) and
//! `.comm`/`.lcomm` [`Statement::Common`]; a data value may be a symbol difference divided
//! by a power of two (arm64 jump tables: `.byte (.L3 - .Lrtx4) / 4`).
//!
//! Directives that only carry metadata (`.cfi_*`, `.type`, `.size`, `.file`, `.loc`,
//! `.ident`, `.globl`, `.addrsig*` …) are recognised and dropped. Any other directive becomes
//! [`Statement::Unknown`]: the module builder rejects it unless it sits in a section whose
//! contents are ignored (debug info, notes), because it could change code or data.

use super::expr::{eval, expression_rules, Locator};
use super::statement::{Line, SectionKind, Statement, Syntax};
use crate::diag::{Diagnostic, SourceLine, Span};
use crate::ir::{Arch, DataReloc};
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/gnu_common.pest"]
#[grammar = "../grammars/gnu_directive.pest"]
pub struct GnuDirectiveParser;

expression_rules!(Rule);

/// One directive statement read from a line, not yet evaluated.
pub struct Directive<'a> {
    pair: Pair<'a, Rule>,
    /// The line's further statements, from the `;` that ends the directive, if any.
    pub rest: Option<&'a str>,
}

/// Reads the directive at the start of `text` (its `.`) up to the end of the line, or to a `;`
/// that ends it. A malformed directive gives the byte offset in `text` where reading failed.
pub fn parse(text: &str) -> Result<Directive<'_>, usize> {
    let mut pairs =
        GnuDirectiveParser::parse(Rule::gnu_statement, text).map_err(|e| match e.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((s, _)) => s,
        })?;
    let mut it = pairs.next().unwrap().into_inner();
    let pair = it.next().unwrap();
    let rest = it.next().filter(|p| p.as_rule() == Rule::gnu_rest);
    Ok(Directive {
        pair,
        rest: rest.map(|p| p.as_str()),
    })
}

impl Directive<'_> {
    /// The directive's meaning on `arch`; `loc` locates the line it was read from.
    pub fn statement(self, loc: Locator<'_>, arch: Arch) -> Result<Statement, Diagnostic> {
        statement(self.pair, loc, arch)
    }
}

/// Directives that never change code or data.
const METADATA: &[&str] = &[
    ".file",
    ".ident",
    ".globl",
    ".global",
    ".local",
    ".hidden",
    ".protected",
    ".internal",
    ".weak",
    ".type",
    ".size",
    ".loc",
    ".addrsig",
    ".addrsig_sym",
    ".def",
    ".scl",
    ".endef",
    ".build_version",
    ".subsections_via_symbols",
    ".cfi_sections",
    ".cfi_startproc",
    ".cfi_endproc",
    ".cfi_def_cfa_offset",
    ".cfi_offset",
    ".cfi_def_cfa",
    ".cfi_def_cfa_register",
    ".cfi_restore",
    ".cfi_remember_state",
    ".cfi_restore_state",
    ".cfi_adjust_cfa_offset",
    ".cfi_rel_offset",
    ".cfi_escape",
    ".cfi_personality",
    ".cfi_lsda",
    ".cfi_register",
    ".cfi_undefined",
    ".cfi_same_value",
    ".cfi_window_save",
    ".cfi_negate_ra_state",
    ".cfi_b_key_frame",
    ".cfi_signal_frame",
    ".variant_pcs",
    ".arch",
    ".arch_extension",
    ".cpu",
    ".tune",
    ".ltorg",
    ".loc_mark_labels",
];

/// Whether `name` (with its `.`) is a directive that never changes code or data: whatever
/// follows it on its line, it reads as [`Statement::Metadata`].
pub fn is_metadata(name: &str) -> bool {
    METADATA.contains(&name)
}

fn statement(p: Pair<'_, Rule>, loc: Locator<'_>, arch: Arch) -> Result<Statement, Diagnostic> {
    let text = p.as_str();
    let span = loc.span(p.as_span());
    let rule = p.as_rule();
    let mut it = p.into_inner();
    Ok(match rule {
        Rule::data_directive => {
            let width = data_width(it.next().unwrap().as_str(), arch);
            let mut bytes = Vec::new();
            let mut relocs = Vec::new();
            for e in it {
                let espan = loc.span(e.as_span());
                let text = e.as_str().to_string();
                let lin = eval(e, loc)?;
                match lin.as_constant() {
                    Some(v) => push_int(&mut bytes, v, width, espan)?,
                    None => {
                        relocs.push(DataReloc {
                            offset: bytes.len(),
                            width,
                            terms: lin.terms.iter().map(|(s, k)| (s.to_string(), *k)).collect(),
                            addend: i64::try_from(lin.constant)
                                .map_err(|_| Diagnostic::error(espan, "addend out of range"))?,
                            shift: lin.shift,
                            expr: text,
                            span: espan,
                        });
                        bytes.resize(bytes.len() + width, 0);
                    }
                }
            }
            Statement::Data {
                bytes,
                relocs,
                span,
            }
        }
        Rule::float_directive => {
            let single = it.next().unwrap().as_str() != ".double";
            let mut bytes = Vec::new();
            for f in it {
                let v = parse_float(f.as_str()).ok_or_else(|| {
                    Diagnostic::error(loc.span(f.as_span()), "malformed floating-point number")
                        .expected("a decimal or hexadecimal (`0x1.8p+1`) float")
                })?;
                if single {
                    bytes.extend((v as f32).to_le_bytes());
                } else {
                    bytes.extend(v.to_le_bytes());
                }
            }
            Statement::Data {
                bytes,
                relocs: vec![],
                span,
            }
        }
        Rule::string_directive => {
            let terminate = it.next().unwrap().as_str() != ".ascii";
            let mut bytes = Vec::new();
            for s in it {
                unescape(s.as_str(), &mut bytes, loc.span(s.as_span()))?;
                if terminate {
                    bytes.push(0);
                }
            }
            Statement::Data {
                bytes,
                relocs: vec![],
                span,
            }
        }
        Rule::fill_directive => {
            it.next();
            let count = constant(it.next().unwrap(), loc)?;
            let fill = it
                .next()
                .map(|f| constant(f, loc))
                .transpose()?
                .unwrap_or(0);
            let count = usize::try_from(count)
                .ok()
                .filter(|c| *c <= MAX_FILL)
                .ok_or_else(|| {
                    Diagnostic::error(span, "fill size out of range")
                        .expected("at most 16 MiB of fill")
                })?;
            Statement::Data {
                bytes: vec![fill as u8; count],
                relocs: vec![],
                span,
            }
        }
        Rule::repeat_directive => {
            // `.fill repeat, size, value`: `repeat` copies of the `size` low bytes of
            // `value` (GNU as: of a 64-bit number whose upper 4 bytes are zero).
            it.next();
            let mut args = Vec::new();
            for e in it {
                args.push(constant(e, loc)?);
            }
            let (repeat, size, value) = (
                args[0],
                *args.get(1).unwrap_or(&1),
                *args.get(2).unwrap_or(&0),
            );
            let size = usize::try_from(size)
                .ok()
                .filter(|s| *s <= 8)
                .ok_or_else(|| {
                    Diagnostic::error(span, "fill unit size out of range")
                        .expected("a size from 0 to 8")
                })?;
            let count = usize::try_from(repeat)
                .ok()
                .and_then(|r| r.checked_mul(size))
                .filter(|c| *c <= MAX_FILL)
                .ok_or_else(|| {
                    Diagnostic::error(span, "fill size out of range")
                        .expected("at most 16 MiB of fill")
                })?;
            let unit = ((value as u64) & 0xffff_ffff).to_le_bytes();
            Statement::Data {
                bytes: unit[..size].iter().copied().cycle().take(count).collect(),
                relocs: vec![],
                span,
            }
        }
        Rule::align_directive => {
            let name = it.next().unwrap().as_str();
            let mut args = Vec::new();
            for e in it {
                args.push(Some(constant(e, loc)?));
            }
            // `.p2align 4,,10`: the grammar drops empty arguments, so look at the text.
            let max_skip = if text.contains(",,") {
                args.get(1).copied().flatten()
            } else {
                args.get(2).copied().flatten()
            };
            let n = args.first().copied().flatten().unwrap_or(0);
            let power = name == ".p2align" || (name == ".align" && arch == Arch::Arm64);
            let bytes = if power {
                1i128.checked_shl(n as u32).unwrap_or(0)
            } else {
                n
            };
            if !(1..=1 << 16).contains(&bytes) || bytes & (bytes - 1) != 0 {
                return Err(Diagnostic::error(
                    span,
                    format!("alignment must be a power of two from 1 to 65536, not {bytes}"),
                )
                .expected("an alignment from 1 to 65536"));
            }
            Statement::Align {
                bytes: bytes as u32,
                max_skip: max_skip.map(|m| m as u32),
                span,
            }
        }
        Rule::section_directive => {
            let first = it.next().unwrap();
            match first.as_rule() {
                Rule::section_short => match first.as_str() {
                    ".popsection" => Statement::PopSection,
                    ".previous" => Statement::Previous,
                    s => Statement::Section {
                        kind: section_kind(s, span)?,
                        push: false,
                    },
                },
                _ => {
                    let push = first.as_str() == ".pushsection";
                    let name = it.next().unwrap().as_str().trim_matches('"').to_string();
                    Statement::Section {
                        kind: section_kind(&name, span)?,
                        push,
                    }
                }
            }
        }
        Rule::syntax_directive => {
            let intel = it.next().unwrap().as_str() == ".intel_syntax";
            let arg = it.next().map(|a| a.as_str().trim().to_string());
            match (intel, arg.as_deref()) {
                (true, None | Some("noprefix")) => Statement::Syntax(Syntax::Intel),
                (false, None | Some("prefix")) => Statement::Syntax(Syntax::Att),
                _ => {
                    return Err(Diagnostic::error(span, "unsupported syntax variant")
                        .expected("`.intel_syntax noprefix` or `.att_syntax`"))
                }
            }
        }
        Rule::set_directive => {
            it.next();
            let name = it.next().unwrap().as_str().trim_matches('"').to_string();
            let value = it.next().unwrap();
            let vspan = loc.span(value.as_span());
            let lin = eval(value, loc)?;
            let offset = i64::try_from(lin.constant)
                .map_err(|_| Diagnostic::error(vspan, "offset out of range"))?;
            let symbol = match lin.terms.as_slice() {
                [(".", 1)] if lin.shift == 0 => None,
                [(s, 1)] if lin.shift == 0 => Some(s.to_string()),
                _ => {
                    return Err(Diagnostic::error(
                        vspan,
                        format!("`{name}` is set to a value that is not an address"),
                    )
                    .expected("`symbol`, `symbol + constant` or `. + constant`"))
                }
            };
            Statement::Set {
                name,
                symbol,
                offset,
                span,
            }
        }
        Rule::comm_directive => {
            it.next();
            let name = it.next().unwrap().as_str().trim_matches('"').to_string();
            let size = constant(it.next().unwrap(), loc)?;
            let align = it
                .next()
                .map(|a| constant(a, loc))
                .transpose()?
                .unwrap_or(1);
            let size = usize::try_from(size)
                .ok()
                .filter(|s| *s <= 1 << 30)
                .ok_or_else(|| Diagnostic::error(span, "common symbol size out of range"))?;
            if !(1..=1 << 16).contains(&align) || align & (align - 1) != 0 {
                return Err(Diagnostic::error(span, "alignment must be a power of two")
                    .expected("an alignment from 1 to 65536"));
            }
            Statement::Common {
                name,
                size,
                align: align as u32,
                span,
            }
        }
        Rule::other_directive => {
            let name = it.next().unwrap().as_str();
            if is_metadata(name) {
                Statement::Metadata
            } else {
                Statement::Unknown(Box::new(unread(name, it.next(), span, loc)))
            }
        }
        r => unreachable!("{r:?} is not a directive"),
    })
}

/// The most bytes one fill directive (`.zero`, `.skip`, `.fill`) may make.
const MAX_FILL: usize = 1 << 24;

/// Directives of GNU as's macro language: the input must be the expanded code.
const MACROS: &[&str] = &[
    ".macro",
    ".endm",
    ".rept",
    ".endr",
    ".irp",
    ".irpc",
    ".purgem",
    ".exitm",
    ".altmacro",
    ".noaltmacro",
    ".if",
    ".ifdef",
    ".ifndef",
    ".else",
    ".elseif",
    ".endif",
];

/// What expanded code can be had from: the compiler, or the assembled object's listing.
const EXPANDED: &str = "convert the compiler's own output (`gcc -S`/`clang -S` output has no \
    macros or includes), or assemble the file (`gcc -c`) and convert its listing \
    (`objdump -d -r file.o`)";

/// The error of a directive read as [`Statement::Unknown`]: one of GNU as's that this tool
/// does not take (macros, includes), one it reads whose arguments are malformed (a string
/// without its closing quote), or one it does not know. `args`: its arguments.
fn unread(name: &str, args: Option<Pair<'_, Rule>>, span: Span, loc: Locator<'_>) -> Diagnostic {
    let whole = || Diagnostic::error(span, format!("unknown directive `{name}`"));
    if MACROS.contains(&name) {
        return Diagnostic::error(
            span,
            format!("`{name}`: assembler macros, repetitions and conditionals are not supported"),
        )
        .expected("plain instructions and data, as a compiler emits them")
        .help(EXPANDED);
    }
    if name == ".include" || name == ".incbin" {
        return Diagnostic::error(span, format!("`{name}`: other files are not read"))
            .expected("one self-contained assembly file")
            .help(EXPANDED);
    }
    let Some(expected) = arguments(name) else {
        return whole().expected(
            "a directive GCC or clang emits (it could change code or data, so it is not skipped)",
        );
    };
    let Some(args) = args else {
        return Diagnostic::error(span, format!("`{name}` needs arguments")).expected(expected);
    };
    let s = args.as_span();
    malformed(args.as_str(), name, 0, |from, to| {
        loc.span(pest::Span::new(s.get_input(), s.start() + from, s.start() + to).unwrap_or(s))
    })
}

/// What the arguments of a directive this tool reads look like, for its errors.
fn arguments(name: &str) -> Option<&'static str> {
    Some(match name {
        ".string" | ".asciz" | ".ascii" => "quoted strings, separated by commas",
        ".double" | ".float" | ".single" => "floating-point numbers, separated by commas",
        ".zero" | ".skip" | ".space" => "a size and an optional fill byte",
        ".fill" => "a repeat count, then an optional size (at most 8) and value",
        ".p2align" | ".balign" | ".align" => "an alignment, then an optional fill and maximum",
        ".set" | ".equ" => "a symbol, a comma and an expression",
        ".comm" | ".lcomm" => "a symbol, a size and an optional alignment",
        ".section" | ".pushsection" => "a section name",
        ".quad" | ".8byte" | ".long" | ".int" | ".4byte" | ".value" | ".short" | ".2byte"
        | ".hword" | ".word" | ".byte" | ".octa" => "expressions, separated by commas",
        _ => return None,
    })
}

/// The error of directive `name` whose text `text` does not read from byte `at` on: an
/// unterminated string (located at its quote), else the rest of the text, with what the
/// directive's arguments look like. `span` locates bytes `from..to` of `text`.
pub fn malformed(
    text: &str,
    name: &str,
    at: usize,
    span: impl Fn(usize, usize) -> Span,
) -> Diagnostic {
    let end = text.trim_end().len().max(at.min(text.len()));
    // A `"` that no other closes.
    let mut open = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            '\\' if open.is_some() => escaped = !escaped,
            '"' if !escaped => open = if open.is_some() { None } else { Some(i) },
            _ => escaped = false,
        }
    }
    if let Some(q) = open {
        return Diagnostic::error(span(q, end), "unterminated string")
            .expected("a closing `\"` on the same line");
    }
    let at = at.min(end);
    Diagnostic::error(span(at, end), format!("malformed `{name}` arguments")).expected(
        arguments(name)
            .unwrap_or("a GNU assembler directive (`.quad 1`, `.section .rodata`, `.p2align 3`)"),
    )
}

/// [`malformed`] for a directive that did not parse from byte `at` of its text `text`
/// (which starts with its name).
pub fn unparsed(text: &str, at: usize, span: impl Fn(usize, usize) -> Span) -> Diagnostic {
    let name = text
        .split(|c: char| c.is_whitespace() || c == '"')
        .next()
        .unwrap_or(text);
    let args = name.len();
    // Within the name (`.quad` alone): the whole directive.
    let at = if at <= args { 0 } else { at };
    malformed(text, name, at, span)
}

fn data_width(name: &str, arch: Arch) -> usize {
    match name {
        ".byte" => 1,
        ".value" | ".short" | ".2byte" | ".hword" => 2,
        ".word" if arch == Arch::Amd64 => 2,
        ".long" | ".int" | ".4byte" | ".word" => 4,
        ".octa" => 16,
        _ => 8,
    }
}

fn constant(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<i128, Diagnostic> {
    let span = loc.span(p.as_span());
    eval(p, loc)?
        .as_constant()
        .ok_or_else(|| Diagnostic::error(span, "expected a constant").expected("a number"))
}

fn push_int(out: &mut Vec<u8>, v: i128, width: usize, span: Span) -> Result<(), Diagnostic> {
    let bits = 8 * width as u32;
    let fits = bits >= 128 || (v >= -(1i128 << (bits - 1)) && v < (1i128 << bits));
    if !fits {
        return Err(Diagnostic::error(
            span,
            format!("value does not fit in {width} byte(s)"),
        ));
    }
    out.extend_from_slice(&v.to_le_bytes()[..width]);
    Ok(())
}

/// Decimal, `inf`/`nan` and C99 hexadecimal floats (`0x1.8p+1`).
pub fn parse_float(text: &str) -> Option<f64> {
    let (neg, t) = match text.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let t = t
        .strip_prefix("0d")
        .or_else(|| t.strip_prefix("0f"))
        .unwrap_or(t);
    let v = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        let (mant, exp) = h.split_once(['p', 'P'])?;
        let exp: i32 = exp.parse().ok()?;
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let mut m: u128 = 0;
        for c in int.chars().chain(frac.chars()) {
            m = m.checked_mul(16)? + c.to_digit(16)? as u128;
        }
        // Exact while the mantissa fits in 53 bits; longer literals round like the assembler.
        (m as f64) * 2f64.powi(exp - 4 * frac.len() as i32)
    } else {
        match t {
            "inf" => f64::INFINITY,
            "nan" => f64::NAN,
            _ => t.parse().ok()?,
        }
    };
    Some(if neg { -v } else { v })
}

/// GNU as string escapes: `\n \t \r \b \f \\ \" \ooo \xhh`.
fn unescape(quoted: &str, out: &mut Vec<u8>, span: Span) -> Result<(), Diagnostic> {
    let s = &quoted.as_bytes()[1..quoted.len() - 1];
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\\' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&c) = s.get(i) else { break };
        i += 1;
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match s.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let mut v = 0u32;
                while let Some(d) = s.get(i).and_then(|d| (*d as char).to_digit(16)) {
                    v = v * 16 + d;
                    i += 1;
                }
                out.push(v as u8);
            }
            b'\\' | b'"' | b'\'' => out.push(c),
            _ => {
                return Err(
                    Diagnostic::error(span, format!("unknown escape `\\{}`", c as char))
                        .expected("\\n, \\t, \\\\, \\\", an octal or a \\x escape"),
                )
            }
        }
    }
    Ok(())
}

/// What a section holds, by its name.
pub fn section_kind(name: &str, span: Span) -> Result<SectionKind, Diagnostic> {
    let starts = |p: &str| name == p || name.starts_with(&format!("{p}."));
    Ok(if starts(".text") {
        SectionKind::Text
    } else if starts(".rodata") || starts(".rdata") || name.starts_with(".data.rel.ro") {
        SectionKind::ReadOnly
    } else if starts(".data") || starts(".bss") || starts(".tbss") || starts(".tdata") {
        SectionKind::Writable
    } else if [
        ".note",
        ".debug",
        ".comment",
        ".eh_frame",
        ".llvm_addrsig",
        ".stab",
        ".gnu",
    ]
    .iter()
    .any(|p| name.starts_with(p))
    {
        SectionKind::Ignored
    } else {
        return Err(
            Diagnostic::error(span, format!("unsupported section `{name}`"))
                .expected("a text, read-only data, data or debug section"),
        );
    })
}

/// The characters of a dialect's symbols (labels): the first, and the others.
pub struct SymbolChars {
    pub start: fn(u8) -> bool,
    pub rest: fn(u8) -> bool,
}

/// gnu_common.pest's `symbol`.
pub const X86_SYMBOLS: SymbolChars = SymbolChars {
    start: |b| b.is_ascii_alphabetic() || b == b'_' || b == b'.',
    rest: |b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$' | b'@'),
};

/// arm64.pest's `a64_symbol`.
pub const A64_SYMBOLS: SymbolChars = SymbolChars {
    start: |b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'.' | b'$'),
    rest: |b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$'),
};

/// A line that is one directive of the commonest plain kinds — integer data (`.value 12`,
/// `.long -1, 0x20`), alignment (`.p2align 4,,10`), zero fill (`.zero 24`), or a bare
/// `.text`/`.data`/`.bss` — with decimal or hexadecimal numbers only: what the grammar
/// reads it as, without the grammar (a quarter of the lines compilers write). `None` for
/// anything else (a symbol, an expression, a comment, an octal or binary number, a value
/// out of range, blanks at the end): the grammar reads and reports those.
pub fn plain_directive<I>(line: SourceLine<'_>, arch: Arch) -> Option<Line<I>> {
    let text = line.text;
    let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\r');
    let start = text.bytes().position(|b| !blank(b))?;
    let body = &text[start..];
    // The grammar's span of a directive takes in blanks after it: such lines are its own.
    if !body.starts_with('.') || body.ends_with([' ', '\t', '\r']) {
        return None;
    }
    let end = text.len();
    let name_len = body.bytes().position(blank).unwrap_or(body.len());
    let (name, args) = body.split_at(name_len);
    let span = Locator::new(line).span(pest::Span::new(text, start, end).expect("in-bounds span"));
    if args.is_empty() {
        let section = matches!(name, ".text" | ".data" | ".bss");
        let kind = section_kind(name, span).ok().filter(|_| section)?;
        return Some(one(Statement::Section { kind, push: false }));
    }
    if !args
        .bytes()
        .all(|b| b.is_ascii_hexdigit() || matches!(b, b'x' | b'X' | b'-' | b',' | b' ' | b'\t'))
    {
        return None;
    }
    // Each argument, empty ones kept (`.p2align 4,,10`).
    let mut values = args
        .split(',')
        .map(|a| plain_number(a.trim_matches(|c| c == ' ' || c == '\t')));
    let statement = match name {
        ".p2align" | ".balign" | ".align" => {
            let n = values.next()??;
            let rest: Vec<Option<i128>> = values.collect();
            let max_skip = match rest.as_slice() {
                [] | [Some(_)] => None,
                [None, Some(m)] | [Some(_), Some(m)] => Some(u32::try_from(*m).ok()?),
                _ => return None,
            };
            let power = name == ".p2align" || (name == ".align" && arch == Arch::Arm64);
            let bytes = if power {
                1i128.checked_shl(u32::try_from(n).ok()?)?
            } else {
                n
            };
            if !(1..=1 << 16).contains(&bytes) || bytes & (bytes - 1) != 0 {
                return None;
            }
            Statement::Align {
                bytes: bytes as u32,
                max_skip,
                span,
            }
        }
        ".zero" | ".skip" | ".space" => {
            let count = usize::try_from(values.next()??)
                .ok()
                .filter(|c| *c <= MAX_FILL)?;
            if values.next().is_some() {
                return None;
            }
            Statement::Data {
                bytes: vec![0; count],
                relocs: vec![],
                span,
            }
        }
        ".quad" | ".8byte" | ".long" | ".int" | ".4byte" | ".value" | ".short" | ".2byte"
        | ".hword" | ".word" | ".byte" => {
            let width = data_width(name, arch);
            let mut bytes = Vec::with_capacity(width);
            for v in values {
                push_int(&mut bytes, v?, width, span).ok()?;
            }
            Statement::Data {
                bytes,
                relocs: vec![],
                span,
            }
        }
        _ => return None,
    };
    Some(one(statement))
}

/// A line of one statement.
fn one<I>(statement: Statement<I>) -> Line<I> {
    Line {
        labels: Vec::new(),
        statements: vec![statement],
    }
}

/// `12`, `-1`, `0x1f`: a number as the grammar reads it, or `None` (also for octal and
/// binary, and for an empty argument).
fn plain_number(text: &str) -> Option<i128> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let value = if let Some(h) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        if h.is_empty() || h.len() > 16 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        i128::from_str_radix(h, 16).ok()?
    } else {
        let decimal = !digits.is_empty()
            && digits.len() <= 20
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        if !decimal {
            return None;
        }
        digits.parse().ok()?
    };
    Some(if negative { -value } else { value })
}

/// A line that is a label alone (`.L3:`) or a metadata directive alone (`.cfi_offset 6,
/// -16`, `.type f, @function`): what the dialect's grammar reads it as, without the
/// grammar (a third of the lines compilers write). `None` for anything else, and for a
/// directive line with a byte that could end the directive early (`;`, `/`, `"`).
pub fn label_or_metadata<I>(line: SourceLine<'_>, symbols: SymbolChars) -> Option<Line<I>> {
    let text = line.text;
    let s = text.as_bytes();
    let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\r');
    let start = s.iter().position(|&b| !blank(b))?;
    let first = s[start];
    if !(symbols.start)(first) {
        return None;
    }
    let end = start
        + 1
        + s[start + 1..]
            .iter()
            .take_while(|&&b| (symbols.rest)(b))
            .count();
    let name = &text[start..end];
    match s.get(end) {
        Some(b':') if end + 1 == s.len() => {
            let span =
                Locator::new(line).span(pest::Span::new(text, start, end).expect("in-bounds span"));
            Some(Line {
                labels: vec![(name.to_string(), span)],
                statements: Vec::new(),
            })
        }
        None | Some(b' ' | b'\t' | b'\r')
            if first == b'.'
                && is_metadata(name)
                && !s[end..].iter().any(|b| matches!(b, b';' | b'/' | b'"')) =>
        {
            Some(Line {
                labels: Vec::new(),
                statements: vec![Statement::Metadata],
            })
        }
        _ => None,
    }
}
