//! x86-64 lines (AT&T and Intel) → [`Line`]s of the native IR.
//!
//! One pest parser composed of `grammars/gnu_common.pest` (symbols, expressions, evaluated
//! by [`super::expr`]), `grammars/x86_common.pest` (labels, prefixes, mnemonics) and the two
//! dialect files (`x86_att.pest`, `x86_intel.pest`, whose rules carry the dialect's prefix).
//! Directives are read by the shared GNU directive grammar ([`super::directive`]), which
//! hands back the statements after a `;`. AT&T is normalised here: operands reversed into Intel order, size
//! suffixes turned into the Intel mnemonic plus memory-operand sizes
//! (`mappings/amd64/att_aliases.tbl` lists the irregular names such as `movzbl` or `cltq`).

use super::directive::{self, label_or_metadata, X86_SYMBOLS};
use super::expr::{eval, expression_rules, Linear, Locator};
use super::statement::{Line, Statement, Syntax};
use crate::diag::{Diagnostic, SourceLine, Span};
use crate::ir::x86::{Inst, Mem, Operand, OperandKind, Prefixes};
use crate::ir::{Arch, Edit};
use crate::isa::amd64::{self as table, OperandClass, Reg};
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/gnu_common.pest"]
#[grammar = "../grammars/x86_common.pest"]
#[grammar = "../grammars/x86_att.pest"]
#[grammar = "../grammars/x86_intel.pest"]
pub struct X86Parser;

expression_rules!(Rule);

/// Parses one source line in the given dialect.
pub fn parse_line(line: SourceLine<'_>, syntax: Syntax) -> Result<Line, Diagnostic> {
    if let Some(read) = label_or_metadata(line, X86_SYMBOLS)
        .or_else(|| directive::plain_directive(line, Arch::Amd64))
    {
        return Ok(read);
    }
    let fast = match syntax {
        Syntax::Intel => fast::intel_line(line.text, Locator::new(line)),
        _ => fast::att_line(line.text, Locator::new(line)),
    };
    if let Some(inst) = fast {
        return Ok(Line {
            labels: Vec::new(),
            statements: vec![Statement::Inst(inst)],
        });
    }
    parse_line_grammar(line, syntax)
}

/// One statement of a line, read but not yet evaluated.
enum Piece<'a> {
    /// A label, an instruction, a comment or the end, of the dialect grammar.
    Dialect(Pair<'a, Rule>),
    Directive(directive::Directive<'a>),
}

/// [`parse_line`] by the pest grammars alone: the dialect's, and the shared directive grammar
/// for each directive (it reads to the end of the line or to a `;`, after which the dialect
/// grammar reads on). Every piece is read before any is evaluated, so a syntax error anywhere
/// on the line is the one reported.
fn parse_line_grammar(line: SourceLine<'_>, syntax: Syntax) -> Result<Line, Diagnostic> {
    let rule = match syntax {
        Syntax::Intel => Rule::intel_line,
        _ => Rule::att_line,
    };
    let loc = Locator::new(line);
    let text = line.text;
    // Every piece is a suffix of the line: its offset is where it starts.
    let offset = |piece: &str| text.len() - piece.len();
    let mut pieces = Vec::new();
    let mut rest = Some(text);
    while let Some(part) = rest.take() {
        let mut pairs = X86Parser::parse(rule, part)
            .map_err(|e| syntax_error(error_pos(&e) + offset(part), loc, syntax))?;
        for p in pairs.next().unwrap().into_inner() {
            if p.as_rule() == Rule::directive_text {
                let base = offset(p.as_str());
                let d = directive::parse(p.as_str()).map_err(|at| {
                    directive::unparsed(p.as_str(), at, |from, to| {
                        loc.source_line().span(base + from, base + to)
                    })
                })?;
                rest = d.rest;
                pieces.push(Piece::Directive(d));
            } else {
                pieces.push(Piece::Dialect(p));
            }
        }
    }
    let mut out = Line::default();
    for piece in pieces {
        let p = match piece {
            Piece::Directive(d) => {
                out.statements
                    .push(d.statement(loc, crate::ir::Arch::Amd64)?);
                continue;
            }
            Piece::Dialect(p) => p,
        };
        match p.as_rule() {
            Rule::label => {
                let sym = p.into_inner().next().unwrap();
                out.labels.push((
                    sym.as_str().trim_matches('"').to_string(),
                    loc.span(sym.as_span()),
                ));
            }
            Rule::att_instruction => out
                .statements
                .push(Statement::Inst(att_instruction(p, loc)?)),
            Rule::intel_instruction => out
                .statements
                .push(Statement::Inst(intel_instruction(p, loc)?)),
            Rule::comment | Rule::EOI => {}
            r => unreachable!("{r:?} is not a statement"),
        }
    }
    Ok(out)
}

fn error_pos(e: &pest::error::Error<Rule>) -> usize {
    match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    }
}

/// The diagnostic for a line the grammars cannot read, at byte `pos` of the line.
fn syntax_error(pos: usize, loc: Locator<'_>, syntax: Syntax) -> Diagnostic {
    let pos = pos.min(loc.text.len());
    let col = loc.text[..pos].chars().count() as u32 + 1;
    let rest = &loc.text[pos..];
    let len = rest.find([',', ' ', '\t']).unwrap_or(rest.len()).max(1);
    let bytes = loc.source_line().bytes(pos..pos + len.min(rest.len()));
    let dialect = match syntax {
        Syntax::Intel => "Intel",
        _ => "AT&T",
    };
    let expected = match syntax {
        Syntax::Intel => {
            "an operand (`rax`, `5`, `QWORD PTR [rdi+8]`, `.LC0[rip]`), a label or a directive"
        }
        _ => "an operand (`%rax`, `$5`, `8(%rdi,%rsi,4)`, `.LC0(%rip)`), a label or a directive",
    };
    Diagnostic::error(
        Span::new(loc.line, col, len as u32).at(bytes),
        format!("malformed {dialect} syntax"),
    )
    .expected(expected)
}

fn prefixes(p: &Pair<'_, Rule>, pre: &mut Prefixes) {
    match p.as_str() {
        "lock" => pre.lock = true,
        "rep" | "repe" | "repz" => pre.rep = true,
        "repne" | "repnz" => pre.repne = true,
        _ => {} // notrack: a hint
    }
}

fn register(name: &str, span: Span, at: &str) -> Result<Reg, Diagnostic> {
    register_named(name).ok_or_else(|| {
        Diagnostic::error(span, format!("unknown register `{at}{name}`")).expected(format!(
            "a register such as {at}rax, {at}eax, {at}al, {at}r8d, {at}xmm0, {at}ymm1"
        ))
    })
}

/// The register named `name` in any case (lower-cased on the stack when short).
fn register_named(name: &str) -> Option<Reg> {
    let mut buf = [0u8; 16];
    if let Some(b) = buf.get_mut(..name.len()) {
        b.copy_from_slice(name.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(b) {
            return table::register(lower);
        }
    }
    table::register(&name.to_ascii_lowercase())
}

/// The symbol and constant of a displacement that may name at most one symbol.
fn displacement(lin: &Linear, span: Span) -> Result<(Option<String>, i64), Diagnostic> {
    let disp = i64::try_from(lin.constant)
        .map_err(|_| Diagnostic::error(span, "displacement out of range"))?;
    match lin.terms.as_slice() {
        [] => Ok((None, disp)),
        [(s, 1)] if lin.shift == 0 => Ok((Some(s.to_string()), disp)),
        _ => {
            Err(Diagnostic::error(span, "unsupported address expression")
                .expected("`symbol+constant`"))
        }
    }
}

fn immediate(lin: &Linear, span: Span) -> Result<OperandKind, Diagnostic> {
    match (lin.as_constant(), lin.terms.as_slice()) {
        (Some(c), _) => i64::try_from(c)
            .or_else(|_| u64::try_from(c).map(|u| u as i64))
            .map(OperandKind::Imm)
            .map_err(|_| Diagnostic::error(span, "immediate out of range")),
        (None, [(s, 1)]) if lin.shift == 0 => Ok(OperandKind::SymbolAddr {
            symbol: s.to_string(),
            offset: lin.constant as i64,
        }),
        _ => Err(Diagnostic::error(span, "unsupported immediate expression")
            .expected("a constant or `symbol+constant`")),
    }
}

// ---- AT&T ----------------------------------------------------------------------------------

fn att_instruction(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Inst, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut pre = Prefixes::default();
    let mut mnemonic = String::new();
    let mut mnemonic_span = span;
    let mut operands = Vec::new();
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::prefix => prefixes(&q, &mut pre),
            Rule::mnemonic => {
                mnemonic = q.as_str().to_ascii_lowercase();
                mnemonic_span = loc.span(q.as_span());
            }
            _ => operands.push(att_operand(q, loc)?),
        }
    }
    operands.reverse();
    att_refusals(&mnemonic, &operands, mnemonic_span)?;
    let (mnemonic, mem_size) = normalise_att(&mnemonic, &operands, mnemonic_span)?;
    if let Some(size) = mem_size {
        for op in &mut operands {
            if let OperandKind::Mem(m) = &mut op.kind {
                m.size.get_or_insert(size);
            }
        }
    }
    resolve_bare(&mnemonic, &mut operands);
    Ok(Inst {
        mnemonic,
        prefixes: pre,
        operands,
        span,
        code: None,
        edit: Edit::None,
    })
}

/// What GNU `as` refuses in AT&T syntax although the Intel spelling exists: the Intel names
/// of the doubleword string instructions (`stosd` is `stosl`; `movsd`/`cmpsd` with operands
/// are SSE), and a jump or call through a register or memory without `*`.
fn att_refusals(m: &str, operands: &[Operand], span: Span) -> Result<(), Diagnostic> {
    if operands.is_empty() && matches!(m, "movsd" | "stosd" | "lodsd" | "scasd" | "cmpsd") {
        return Err(
            Diagnostic::error(span, format!("no AT&T instruction `{m}`"))
                .expected(format!("`{}l`", &m[..m.len() - 1])),
        );
    }
    let indirect = operands.iter().any(|o| match &o.kind {
        OperandKind::Reg(_) => true,
        OperandKind::Mem(m) => m.base.is_some() || m.index.is_some(),
        _ => false,
    });
    if table::takes_target(m) && indirect {
        return Err(
            Diagnostic::error(span, format!("indirect `{m}` without `*`")).expected(format!(
                "`{m} *%reg` or `{m} *mem` (or a label for a direct `{m}`)"
            )),
        );
    }
    Ok(())
}

/// AT&T mnemonic → (Intel mnemonic, size in bytes of unsized memory operands).
fn normalise_att(
    m: &str,
    operands: &[Operand],
    span: Span,
) -> Result<(String, Option<u16>), Diagnostic> {
    if let Some((intel, size)) = table::att_alias(m) {
        return Ok((intel.to_string(), size));
    }
    let stem_size = m.strip_suffix(['b', 'w', 'l', 'q']).and_then(|stem| {
        let size = match m.as_bytes()[m.len() - 1] {
            b'b' => 1,
            b'w' => 2,
            b'l' => 4,
            _ => 8,
        };
        table::is_mnemonic(stem).then(|| (stem.to_string(), Some(size)))
    });
    if table::is_mnemonic(m) {
        // `movq %rax, %rbx` is `mov` with a suffix, `movq %rax, %xmm0` is SSE `movq`.
        let with_size = |size: Option<u16>| sized(operands, size);
        if table::accepts(m, with_size(None)) {
            return Ok((m.to_string(), None));
        }
        if let Some((stem, size)) = stem_size {
            if table::accepts(&stem, with_size(size)) {
                return Ok((stem, size));
            }
        }
        return Ok((m.to_string(), None));
    }
    let (stem, size) = stem_size.ok_or_else(|| {
        Diagnostic::error(span, format!("unknown instruction `{m}`"))
            .expected("an x86-64 instruction listed in mappings/amd64/instructions.tbl")
    })?;
    let size = memory_size(&stem, operands, size);
    Ok((stem, size))
}

/// The size an AT&T suffix gives unsized memory. `cvttsd2sil 64(%rsp), %edx`: in a row
/// whose memory is an SSE operand (`xmm1/m64`), the instruction sizes the memory and the
/// suffix the general register, which must then have that size: the memory stays unsized,
/// as in Intel syntax.
fn memory_size(stem: &str, operands: &[Operand], size: Option<u16>) -> Option<u16> {
    let names_register = operands.iter().any(|o| {
        matches!(o.kind, OperandKind::Reg(r)
            if table::is_gpr(r) && Some(table::reg_info(r).bits) == size.map(|b| b * 8))
    });
    let sse_memory = table::first_fit(stem, sized(operands, size)).is_some_and(|(form, _)| {
        form.kinds
            .iter()
            .any(|k| matches!(k, table::Kind::XmmMem(_) | table::Kind::YmmMem(_)))
    });
    if names_register && sse_memory {
        None
    } else {
        size
    }
}

/// The operands' table classes, with `size` (bytes) for memory operands without one.
fn sized(
    operands: &[Operand],
    size: Option<u16>,
) -> impl ExactSizeIterator<Item = OperandClass> + Clone + '_ {
    operands.iter().map(move |o| match o.kind.amd64_class() {
        OperandClass::Mem(None) => OperandClass::Mem(size.map(|b| b * 8)),
        class => class,
    })
}

fn att_register(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Reg, Diagnostic> {
    let span = loc.span(p.as_span());
    let name = p.into_inner().next().unwrap();
    register(name.as_str(), span, "%")
}

fn att_operand(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Operand, Diagnostic> {
    let span = loc.span(p.as_span());
    let kind = match p.as_rule() {
        Rule::att_register => OperandKind::Reg(att_register(p, loc)?),
        Rule::att_immediate => immediate(&eval(p.into_inner().next().unwrap(), loc)?, span)?,
        Rule::att_memory | Rule::att_bare => OperandKind::Mem(att_memory(p, loc)?),
        Rule::att_indirect => {
            let inner = att_operand(p.into_inner().next().unwrap(), loc)?;
            OperandKind::Indirect(Box::new(inner.kind))
        }
        r => unreachable!("{r:?}"),
    };
    Ok(Operand { kind, span })
}

fn att_memory(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Mem, Diagnostic> {
    let mut m = Mem::default();
    for q in p.into_inner() {
        let span = loc.span(q.as_span());
        match q.as_rule() {
            Rule::att_segment => {
                m.segment = Some(att_register(q.into_inner().next().unwrap(), loc)?)
            }
            Rule::expr => (m.symbol, m.disp) = displacement(&eval(q, loc)?, span)?,
            Rule::att_base => m.base = Some(att_register(q.into_inner().next().unwrap(), loc)?),
            Rule::att_index => m.index = Some(att_register(q.into_inner().next().unwrap(), loc)?),
            Rule::number => {
                m.scale = match q.as_str() {
                    "1" => 1,
                    "2" => 2,
                    "4" => 4,
                    "8" => 8,
                    _ => return Err(Diagnostic::error(span, "bad scale").expected("1, 2, 4 or 8")),
                }
            }
            r => unreachable!("{r:?}"),
        }
    }
    Ok(without_default_segment(m))
}

/// A bare symbol is a branch target for jumps and calls, an absolute address otherwise.
fn resolve_bare(mnemonic: &str, operands: &mut [Operand]) {
    if !table::takes_target(mnemonic) {
        return;
    }
    for op in operands {
        if let OperandKind::Mem(Mem {
            symbol: Some(s),
            base: None,
            index: None,
            segment: None,
            disp: 0,
            ..
        }) = &op.kind
        {
            op.kind = OperandKind::Target(s.clone());
        }
    }
}

// ---- Intel ---------------------------------------------------------------------------------

fn intel_instruction(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Inst, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut pre = Prefixes::default();
    let mut mnemonic = String::new();
    let mut operands = Vec::new();
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::prefix => prefixes(&q, &mut pre),
            Rule::mnemonic => mnemonic = q.as_str().to_ascii_lowercase(),
            _ => operands.push(intel_operand(q, loc)?),
        }
    }
    resolve_bare(&mnemonic, &mut operands);
    Ok(Inst {
        mnemonic,
        prefixes: pre,
        operands,
        span,
        code: None,
        edit: Edit::None,
    })
}

fn intel_size(word: Pair<'_, Rule>, loc: Locator<'_>) -> Result<u16, Diagnostic> {
    Ok(match word.as_str().to_ascii_lowercase().as_str() {
        "byte" => 1,
        "word" => 2,
        "dword" => 4,
        "fword" => 6,
        "qword" | "mmword" => 8,
        "tbyte" => 10,
        "xmmword" | "oword" => 16,
        "ymmword" => 32,
        "zmmword" => 64,
        other => {
            return Err(Diagnostic::error(
                loc.span(word.as_span()),
                format!("unknown operand size `{other}`"),
            )
            .expected("BYTE, WORD, DWORD, QWORD, TBYTE, XMMWORD, YMMWORD or ZMMWORD"))
        }
    })
}

/// A register, or else a symbol (a branch target, or an absolute address).
fn intel_name(name: &str) -> OperandKind {
    match register_named(name) {
        Some(r) => OperandKind::Reg(r),
        None => OperandKind::Mem(Mem {
            symbol: Some(name.to_string()),
            ..Mem::default()
        }),
    }
}

fn intel_operand(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Operand, Diagnostic> {
    let span = loc.span(p.as_span());
    let kind = match p.as_rule() {
        Rule::intel_word => intel_name(p.as_str()),
        Rule::intel_sized => {
            let mut it = p.into_inner();
            let size = intel_size(it.next().unwrap(), loc)?;
            let mut m = intel_memory(it.next().unwrap(), loc)?;
            m.size = Some(size);
            OperandKind::Mem(m)
        }
        Rule::intel_memory => OperandKind::Mem(intel_memory(p, loc)?),
        Rule::intel_bracketed => intel_operand(p.into_inner().next().unwrap(), loc)?.kind,
        Rule::intel_offset => immediate(&eval(p.into_inner().next().unwrap(), loc)?, span)?,
        Rule::intel_term => {
            let inner: Vec<_> = p.clone().into_inner().collect();
            if inner.len() == 2 {
                OperandKind::Mem(intel_memory(p, loc)?)
            } else {
                let lin = eval(inner.into_iter().next().unwrap(), loc)?;
                intel_term(&lin, span)?
            }
        }
        r => unreachable!("{r:?}"),
    };
    Ok(Operand { kind, span })
}

/// An Intel operand that is an expression alone: a register, a symbol or an immediate.
fn intel_term(lin: &Linear<'_>, span: Span) -> Result<OperandKind, Diagnostic> {
    match lin.terms.as_slice() {
        [(name, 1)] if lin.constant == 0 => Ok(intel_name(name)),
        _ => immediate(lin, span),
    }
}

/// `seg: disp [linear expression over registers]` → Mem.
fn intel_memory(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Mem, Diagnostic> {
    let mut m = Mem::default();
    let mut total = Linear::default();
    let span = loc.span(p.as_span());
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::intel_segment => {
                let name = q.into_inner().next().unwrap();
                m.segment = Some(register(name.as_str(), loc.span(name.as_span()), "")?);
            }
            Rule::expr => {
                let lin = eval(q, loc)?;
                total.constant += lin.constant;
                total.shift = total.shift.max(lin.shift);
                total.terms.extend(lin.terms);
            }
            r => unreachable!("{r:?}"),
        }
    }
    intel_address(m, total, span)
}

/// The registers and displacement of a bracket's linear expression (`m` holds the segment).
fn intel_address(mut m: Mem, total: Linear<'_>, span: Span) -> Result<Mem, Diagnostic> {
    if total.shift != 0 {
        return Err(
            Diagnostic::error(span, "a shifted symbol difference in an address")
                .expected("a register, symbol and constant sum"),
        );
    }
    let mut rest = Linear {
        constant: total.constant,
        ..Linear::default()
    };
    for (name, k) in total.terms {
        match register_named(name) {
            Some(r) if k == 1 && m.base.is_none() => m.base = Some(r),
            Some(r) if m.index.is_none() && matches!(k, 1 | 2 | 4 | 8) => {
                m.index = Some(r);
                m.scale = k as u8;
            }
            Some(_) => {
                return Err(Diagnostic::error(span, "unsupported addressing mode")
                    .expected("[base + index*scale + displacement] with scale 1, 2, 4 or 8"))
            }
            None => rest.terms.push((name, k)),
        }
    }
    (m.symbol, m.disp) = displacement(&rest, span)?;
    Ok(without_default_segment(m))
}

/// `QWORD PTR ds:16`, `%ds:8(%rbx)`: DS is the segment such an address uses anyway, and GNU
/// as writes no prefix for it (it does with an SP or BP base, whose segment is SS).
fn without_default_segment(mut m: Mem) -> Mem {
    let named = |r: Option<Reg>, names: &[&str]| {
        r.is_some_and(|r| names.contains(&table::reg_info(r).native))
    };
    if named(m.segment, &["ds"]) && !named(m.base, &["rsp", "rbp", "esp", "ebp"]) {
        m.segment = None;
    }
    m
}

/// A hand-written reader for the common Intel instruction line: a mnemonic and operands that
/// are registers, immediates, symbols and `SIZE PTR disp[base+index*scale+disp]` memory, with
/// `+`, `-` and `*` only. It declines (`None`) anything else — labels, prefixes, directives,
/// comments, segments, other operators, trailing blanks, anything malformed — and the grammar
/// then reads the line. What it accepts it reads exactly as the grammar does (the test below
/// compares the two over every amd64 row vector and a list of edge cases).
mod fast {
    use super::*;

    fn is_ws(b: u8) -> bool {
        matches!(b, b' ' | b'\t' | b'\r')
    }

    fn is_symbol_char(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$' | b'@')
    }

    /// A linear value with at most one term: an atom or a product.
    #[derive(Clone, Copy)]
    struct Small<'a> {
        constant: i128,
        term: Option<(&'a str, i64)>,
    }

    impl<'a> Small<'a> {
        /// [`Linear::scaled`]: `None` where it fails.
        fn scaled(self, k: i128) -> Option<Small<'a>> {
            let term = match self.term {
                Some((name, c)) => {
                    let c = i64::try_from(c as i128 * k).ok()?;
                    (c != 0).then_some((name, c))
                }
                None => None,
            };
            Some(Small {
                constant: self.constant.wrapping_mul(k),
                term,
            })
        }
    }

    struct Cursor<'a> {
        text: &'a str,
        s: &'a [u8],
        i: usize,
        loc: Locator<'a>,
        /// AT&T: a `(` ends an expression (the base and index follow); Intel: declined.
        paren_ends_expression: bool,
    }

    impl<'a> Cursor<'a> {
        fn peek(&self) -> Option<u8> {
            self.s.get(self.i).copied()
        }

        fn skip_ws(&mut self) {
            while self.i < self.s.len() && is_ws(self.s[self.i]) {
                self.i += 1;
            }
        }

        /// The next byte after blanks, without moving.
        fn peek_past_ws(&self) -> (usize, Option<u8>) {
            let mut j = self.i;
            while j < self.s.len() && is_ws(self.s[j]) {
                j += 1;
            }
            (j, self.s.get(j).copied())
        }

        fn span(&self, start: usize, end: usize) -> Span {
            self.loc
                .span(pest::Span::new(self.text, start, end).expect("in-bounds span"))
        }

        /// `number` or `symbol`.
        fn atom(&mut self) -> Option<Small<'a>> {
            let s = self.s;
            let start = self.i;
            let b = self.peek()?;
            if b.is_ascii_digit() {
                let mut j = start;
                let at = |j: usize| s.get(j).copied().unwrap_or(0);
                if b == b'0'
                    && matches!(at(start + 1), b'x' | b'X')
                    && at(start + 2).is_ascii_hexdigit()
                {
                    j = start + 2;
                    while at(j).is_ascii_hexdigit() {
                        j += 1;
                    }
                } else if b == b'0'
                    && matches!(at(start + 1), b'b' | b'B')
                    && matches!(at(start + 2), b'0' | b'1')
                {
                    j = start + 2;
                    while matches!(at(j), b'0' | b'1') {
                        j += 1;
                    }
                } else {
                    while at(j).is_ascii_digit() {
                        j += 1;
                    }
                }
                if is_symbol_char(at(j)) {
                    return None;
                }
                self.i = j;
                let v = super::super::expr::parse_number(&self.text[start..j])?;
                Some(Small {
                    constant: v,
                    term: None,
                })
            } else if b.is_ascii_alphabetic() || b == b'_' || b == b'.' {
                let mut j = start + 1;
                while j < s.len() && is_symbol_char(s[j]) {
                    j += 1;
                }
                if j == start + 1 && b == b'.' {
                    return None; // `.`: here
                }
                self.i = j;
                Some(Small {
                    constant: 0,
                    term: Some((&self.text[start..j], 1)),
                })
            } else {
                None
            }
        }

        /// `-`? atom (`*` atom)*
        fn product(&mut self) -> Option<Small<'a>> {
            let neg = self.peek() == Some(b'-');
            if neg {
                self.i += 1;
                self.skip_ws();
            }
            let mut v = self.atom()?;
            if neg {
                v = v.scaled(-1)?;
            }
            loop {
                let (j, b) = self.peek_past_ws();
                match b {
                    Some(b'*') => {
                        self.i = j + 1;
                        self.skip_ws();
                        if self.peek() == Some(b'-') {
                            return None;
                        }
                        let rhs = self.atom()?;
                        // Kept small, so that the order of negation and scaling cannot matter.
                        let small =
                            |l: &Small| l.term.is_none() && l.constant.unsigned_abs() <= 1 << 32;
                        v = match (small(&v), small(&rhs)) {
                            (true, false) if rhs.term.is_some() => rhs.scaled(v.constant)?,
                            (false, true) if v.term.is_some() => v.scaled(rhs.constant)?,
                            _ => return None,
                        };
                    }
                    Some(b'(') if self.paren_ends_expression => return Some(v),
                    Some(b'/' | b'<' | b'>' | b'&' | b'|' | b'^' | b'~' | b'(' | b')') => {
                        return None
                    }
                    _ => return Some(v),
                }
            }
        }

        /// product ((`+` | `-`) product)*, left at the end of its last token: its terms are
        /// appended to `total`'s, its constant added to `total`'s.
        fn sum(&mut self, total: &mut Linear<'a>) -> Option<()> {
            let first = self.product()?;
            let mut constant = first.constant;
            total.terms.extend(first.term);
            loop {
                let (j, b) = self.peek_past_ws();
                let minus = match b {
                    Some(b'+') => false,
                    Some(b'-') => true,
                    _ => break,
                };
                self.i = j + 1;
                self.skip_ws();
                let mut t = self.product()?;
                if minus {
                    t = t.scaled(-1)?;
                }
                constant = constant.wrapping_add(t.constant);
                total.terms.extend(t.term);
            }
            total.constant = total.constant.checked_add(constant)?;
            Some(())
        }

        /// `pre? [ sum ]` from `start` (the cursor is at `[` or at `pre`).
        fn memory(&mut self, start: usize) -> Option<Mem> {
            let mut total = Linear::default();
            if self.peek() != Some(b'[') {
                self.sum(&mut total)?;
                self.skip_ws();
            }
            if self.peek() != Some(b'[') {
                return None;
            }
            self.i += 1;
            self.skip_ws();
            self.sum(&mut total)?;
            self.skip_ws();
            if self.peek() != Some(b']') {
                return None;
            }
            self.i += 1;
            intel_address(Mem::default(), total, self.span(start, self.i)).ok()
        }

        fn intel_operand(&mut self) -> Option<Operand> {
            let s = self.s;
            let start = self.i;
            let first = self.peek()?;
            if first.is_ascii_alphabetic() {
                // intel_word: an identifier followed by `,` or the end.
                let mut j = start + 1;
                while j < s.len() && (s[j].is_ascii_alphanumeric() || s[j] == b'_') {
                    j += 1;
                }
                let mut k = j;
                while k < s.len() && is_ws(s[k]) {
                    k += 1;
                }
                match s.get(k) {
                    None | Some(b',') => {
                        self.i = j;
                        return Some(Operand {
                            kind: intel_name(&self.text[start..j]),
                            span: self.span(start, j),
                        });
                    }
                    Some(b'#' | b'/' | b';') => return None,
                    _ => {}
                }
                // intel_sized: letters, `ptr`, memory.
                let mut a = start;
                while a < s.len() && s[a].is_ascii_alphabetic() {
                    a += 1;
                }
                let mut k = a;
                while k < s.len() && is_ws(s[k]) {
                    k += 1;
                }
                if k > a && s.len() >= k + 3 && s[k..k + 3].eq_ignore_ascii_case(b"ptr") {
                    if s.get(k + 3).is_some_and(|&b| is_symbol_char(b)) {
                        return None;
                    }
                    let mut lower = [0u8; 8];
                    let word = lower
                        .get_mut(..a - start)
                        .map(|b| {
                            b.copy_from_slice(&s[start..a]);
                            b.make_ascii_lowercase();
                            &*b
                        })
                        .unwrap_or(b"");
                    let size = match word {
                        b"byte" => 1,
                        b"word" => 2,
                        b"dword" => 4,
                        b"fword" => 6,
                        b"qword" | b"mmword" => 8,
                        b"tbyte" => 10,
                        b"xmmword" | b"oword" => 16,
                        b"ymmword" => 32,
                        b"zmmword" => 64,
                        _ => return None,
                    };
                    self.i = k + 3;
                    self.skip_ws();
                    let mem_start = self.i;
                    let mut m = self.memory(mem_start)?;
                    m.size = Some(size);
                    return Some(Operand {
                        kind: OperandKind::Mem(m),
                        span: self.span(start, self.i),
                    });
                }
            }
            if first == b'[' {
                let m = self.memory(start)?;
                return Some(Operand {
                    kind: OperandKind::Mem(m),
                    span: self.span(start, self.i),
                });
            }
            // The grammar tries `OFFSET expr` before a lone expression.
            if s.len() >= start + 6 && s[start..start + 6].eq_ignore_ascii_case(b"offset") {
                return None;
            }
            let mut lin = Linear::default();
            self.sum(&mut lin)?;
            if self.peek_past_ws().1 == Some(b'[') {
                self.i = start;
                let m = self.memory(start)?;
                return Some(Operand {
                    kind: OperandKind::Mem(m),
                    span: self.span(start, self.i),
                });
            }
            let span = self.span(start, self.i);
            Some(Operand {
                kind: intel_term(&lin, span).ok()?,
                span,
            })
        }

        /// `%name`: a register the table knows.
        fn att_register(&mut self) -> Option<Reg> {
            let s = self.s;
            if self.peek() != Some(b'%') || !s.get(self.i + 1)?.is_ascii_alphabetic() {
                return None;
            }
            let start = self.i + 1;
            let mut j = start + 1;
            while j < s.len() && s[j].is_ascii_alphanumeric() {
                j += 1;
            }
            if s.get(j) == Some(&b'(') {
                return None; // %st(1)
            }
            self.i = j;
            register_named(&self.text[start..j])
        }

        /// `disp(%base,%index,scale)` (each part optional, as the grammar has them), or a bare
        /// `disp`; no blanks inside.
        fn att_memory(&mut self) -> Option<Mem> {
            let mut m = Mem::default();
            let start = self.i;
            if self.peek() != Some(b'(') {
                let mut lin = Linear::default();
                self.sum(&mut lin)?;
                (m.symbol, m.disp) = displacement(&lin, self.span(start, self.i)).ok()?;
            }
            match self.peek() {
                Some(b'(') => self.i += 1,
                None | Some(b',') => return Some(m),
                _ => return None,
            }
            if self.peek() == Some(b'%') {
                m.base = Some(self.att_register()?);
            }
            if self.peek() == Some(b',') {
                self.i += 1;
                if self.peek() == Some(b'%') {
                    m.index = Some(self.att_register()?);
                }
                if self.peek() == Some(b',') {
                    m.scale = match self.s.get(self.i + 1..self.i + 3)? {
                        b"1)" => 1,
                        b"2)" => 2,
                        b"4)" => 4,
                        b"8)" => 8,
                        _ => return None,
                    };
                    self.i += 2;
                }
            }
            if self.peek() != Some(b')') {
                return None;
            }
            self.i += 1;
            Some(m)
        }

        fn att_operand(&mut self) -> Option<Operand> {
            let start = self.i;
            let kind = match self.peek()? {
                b'%' => OperandKind::Reg(self.att_register()?),
                b'$' => {
                    self.i += 1;
                    let mut lin = Linear::default();
                    self.sum(&mut lin)?;
                    immediate(&lin, self.span(start, self.i)).ok()?
                }
                b'*' => {
                    self.i += 1;
                    let inner = match self.peek()? {
                        b'%' => OperandKind::Reg(self.att_register()?),
                        _ => OperandKind::Mem(self.att_memory()?),
                    };
                    OperandKind::Indirect(Box::new(inner))
                }
                _ => OperandKind::Mem(self.att_memory()?),
            };
            // The grammar's spans of some operands take in blanks before a `,`: declined.
            if self.peek().is_some_and(|b| b != b',') {
                return None;
            }
            Some(Operand {
                kind,
                span: self.span(start, self.i),
            })
        }
    }

    /// What both dialects' instruction lines share: the mnemonic (lower case) and its span,
    /// the operands in source order, the instruction's span.
    struct Read {
        mnemonic: String,
        mnemonic_span: Span,
        operands: Vec<Operand>,
        span: Span,
    }

    /// `mnemonic operand, operand…` with `operand` reading each operand; `None` for anything
    /// else (prefixes, trailing blanks, a byte after the last operand).
    fn instruction<'a>(
        text: &'a str,
        loc: Locator<'a>,
        paren_ends_expression: bool,
        operand: fn(&mut Cursor<'a>) -> Option<Operand>,
    ) -> Option<Read> {
        let s = text.as_bytes();
        if s.last().is_some_and(|&b| is_ws(b)) {
            return None;
        }
        let mut c = Cursor {
            text,
            s,
            i: 0,
            loc,
            paren_ends_expression,
        };
        c.skip_ws();
        let start = c.i;
        if !c.peek()?.is_ascii_alphabetic() {
            return None;
        }
        c.i += 1;
        while c
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            c.i += 1;
        }
        if c.peek().is_some_and(|b| !is_ws(b)) {
            return None;
        }
        let word = &text[start..c.i];
        if matches!(
            word,
            "lock" | "repne" | "repnz" | "repe" | "repz" | "rep" | "notrack"
        ) {
            return None;
        }
        let mnemonic_span = c.span(start, c.i);
        let mut end = c.i;
        let mut operands = Vec::new();
        c.skip_ws();
        if c.peek().is_some() {
            loop {
                operands.push(operand(&mut c)?);
                end = c.i;
                c.skip_ws();
                match c.peek() {
                    None => break,
                    Some(b',') => {
                        c.i += 1;
                        c.skip_ws();
                    }
                    _ => return None,
                }
            }
        }
        Some(Read {
            mnemonic: word.to_ascii_lowercase(),
            mnemonic_span,
            operands,
            span: c.span(start, end),
        })
    }

    pub(super) fn intel_line(text: &str, loc: Locator<'_>) -> Option<Inst> {
        let mut read = instruction(text, loc, false, Cursor::intel_operand)?;
        resolve_bare(&read.mnemonic, &mut read.operands);
        Some(Inst {
            mnemonic: read.mnemonic,
            prefixes: Prefixes::default(),
            operands: read.operands,
            span: read.span,
            code: None,
            edit: Edit::None,
        })
    }

    /// The AT&T reading of [`intel_line`]'s line shape: operands are `%reg`, `$expr`,
    /// `disp(%base,%index,scale)`, a bare `expr` and `*` before a register or memory, with
    /// no blanks inside an operand and no segment; the same evaluation as the grammar's
    /// ([`att_instruction`]) after.
    pub(super) fn att_line(text: &str, loc: Locator<'_>) -> Option<Inst> {
        let mut read = instruction(text, loc, true, Cursor::att_operand)?;
        read.operands.reverse();
        att_refusals(&read.mnemonic, &read.operands, read.mnemonic_span).ok()?;
        let (mnemonic, mem_size) =
            normalise_att(&read.mnemonic, &read.operands, read.mnemonic_span).ok()?;
        if let Some(size) = mem_size {
            for op in &mut read.operands {
                if let OperandKind::Mem(m) = &mut op.kind {
                    m.size.get_or_insert(size);
                }
            }
        }
        resolve_bare(&mnemonic, &mut read.operands);
        Some(Inst {
            mnemonic,
            prefixes: Prefixes::default(),
            operands: read.operands,
            span: read.span,
            code: None,
            edit: Edit::None,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn same(text: &str) -> bool {
            same_in(text, Syntax::Intel)
        }

        /// Whether the fast path reads `text`; when it does, it must read it as the grammar.
        fn same_in(text: &str, syntax: Syntax) -> bool {
            let line = SourceLine::new(7, 0, text);
            let loc = Locator::new(line);
            let fast = match syntax {
                Syntax::Intel => intel_line(text, loc),
                _ => att_line(text, loc),
            };
            let Some(inst) = fast else {
                return false;
            };
            let fast = format!(
                "{:?}",
                Line {
                    labels: Vec::new(),
                    statements: vec![Statement::Inst(inst)],
                }
            );
            let grammar = parse_line_grammar(line, syntax)
                .unwrap_or_else(|e| panic!("fast path accepted `{text}`, grammar: {e:?}"));
            assert_eq!(fast, format!("{grammar:?}"), "`{text}`");
            true
        }

        #[test]
        fn fast_path_reads_rows_as_the_grammar_does() {
            let rows = include_str!("../../tests/vectors/amd64/rows.txt");
            let mut accepted = 0;
            let mut total = 0;
            for l in rows.lines().filter(|l| !l.starts_with('#')) {
                let intel = l.split(" | ").next().unwrap();
                for text in [intel.to_string(), format!("\t{intel}")] {
                    total += 1;
                    accepted += same(&text) as usize;
                }
            }
            assert!(accepted * 10 > total * 9, "{accepted} of {total}");
        }

        #[test]
        fn fast_path_edge_cases() {
            let accepted = [
                "ret",
                "mov eax, -1",
                "mov eax, - 1",
                "mov rax, 0x7fffffffffffffff",
                "mov rax, 0xffffffffffffffff",
                "mov eax,0b101",
                "mov eax , 017",
                "mov eax, DWORD PTR [rax+rdi*4]",
                "movsd xmm0, QWORD PTR .LC0[rip]",
                "mov eax, dword ptr [rcx + 4*rax]",
                "movsd xmm0, qword ptr [rip + .LCPI0_0]",
                "mov eax, DWORD PTR 16[rsp]",
                "mov eax, DWORD PTR 16 [rsp]",
                "mov eax, DWORD PTR [rsp]",
                "mov eax, DWORD PTR[rsp]",
                "mov eax, [rsp+8-8]",
                "mov eax, [rsp+rax*1]",
                "mov eax, [rax*1]",
                "mov eax, [rax*2]",
                "mov eax, [8*rax+rbx]",
                "mov eax, [rax+rbx+4]",
                "mov eax, [-8+rbp]",
                "mov eax, [rbp - - 8]",
                "mov eax, foo+8[rip]",
                "mov eax, foo[rip]",
                "mov eax, foo [rax]",
                "lea rax, [rip+foo-8]",
                "lea rax, foo@PLT[rip]",
                "call foo@PLT",
                "call foo",
                "jmp .L3",
                "jmp L3",
                "jne .L3",
                "jmp rax",
                "jmp QWORD PTR [rax]",
                "call QWORD PTR [rip+foo]",
                "mov rax, foo",
                "mov rax, foo+8",
                "mov rax, foo-8",
                "mov rax, 8+foo",
                "mov eax, 5-3+1",
                "MOV EAX, EBX",
                "mov eax, DIL",
                "mov eax, _foo",
                "mov eax, word",
                "call dword",
                "mov eax, DWORDPTR[rsp]",
                "mov eax, BYTE PTR [rax]",
                "vaddps zmm0, zmm1, ZMMWORD PTR [rax+64]",
                "fld TBYTE PTR [rax]",
                "mov eax, 00",
                "mov eax, 0",
            ];
            for text in accepted {
                assert!(same(text), "fast path declined `{text}`");
            }
            let declined = [
                "",
                "   ",
                "mov eax, 1 ",
                "f: ret",
                "rep movsb",
                "lock add DWORD PTR [rax], 1",
                "rep",
                ".text",
                "mov eax, 1 # c",
                "mov eax, 1 // c",
                "mov eax, 1; ret",
                "mov eax, fs:[rax]",
                "mov eax, DWORD PTR fs:[rax]",
                "mov eax, DWORD PTR fs:8",
                "mov eax, DWORD PTR foo",
                "mov rax, OFFSET FLAT:foo",
                "mov rax, offset foo",
                "mov rax, offsetfoo+8",
                "mov eax, 1f",
                "mov eax, 1b",
                "mov eax, 0x",
                "mov eax, 0xg",
                "mov eax, 08",
                "mov eax, 0b2",
                "mov eax, 2*3",
                "mov eax, 1<<2",
                "mov eax, 4/2",
                "mov eax, ~1",
                "mov eax, (1)",
                "mov eax, --1",
                "mov eax, .",
                "jmp .",
                "mov eax, [rax-rbx]",
                "mov eax, [rax*3]",
                "mov eax, [rax+rbx+rcx]",
                "mov eax, [rax*rbx]",
                "mov eax, [rax",
                "mov eax, [rax]]",
                "mov eax,",
                "mov eax,,1",
                "mov eax 1",
                "mov eax, foo ptr [rax]",
                "mov eax, DWORD PTRX [rax]",
                "mov eax, DWORD PTR",
                "mov eax, \"foo\"",
                "mov eax, 99999999999999999999999999999999999999999",
                "mov eax, [rax+99999999999999999999]",
                "mov eax, foo*foo",
                "mov eax, 2*foo",
                "mov $eax, 1",
                "mov. eax, 1",
            ];
            for text in declined {
                assert!(
                    intel_line(text, Locator::new(SourceLine::new(1, 0, text))).is_none(),
                    "fast path accepted `{text}`"
                );
            }
        }

        #[test]
        fn every_fast_path_reads_compiler_lines_as_the_grammar_does() {
            let lines = include_str!("../../tests/vectors/amd64/compiler_lines.txt");
            let (mut read, mut plain) = (0, 0);
            for l in lines.lines().filter(|l| !l.starts_with("# Generated")) {
                let line = SourceLine::new(3, 0, l);
                let fast = format!("{:?}", parse_line(line, Syntax::Att));
                let grammar = format!("{:?}", parse_line_grammar(line, Syntax::Att));
                assert_eq!(fast, grammar, "`{l}`");
                read += label_or_metadata::<Inst>(line, X86_SYMBOLS).is_some() as usize;
                plain += directive::plain_directive::<Inst>(line, Arch::Amd64).is_some() as usize;
            }
            assert!(
                read > 200,
                "{read} labels and metadata directives read fast"
            );
            assert!(plain > 50, "{plain} plain directives read fast");
        }

        #[test]
        fn plain_directive_edge_cases() {
            for text in [
                ".p2align 4,,10",
                "\t.p2align\t3",
                ".p2align 4,0",
                ".p2align 4,0,7",
                ".balign 8",
                ".align 16",
                ".value\t12",
                ".long -1, 0x20",
                ".quad 0xffffffffffffffff",
                ".byte 0,1,255",
                ".word 65535",
                ".short -32768",
                ".zero 24",
                ".skip 0",
                ".text",
                "  .data",
                ".bss",
            ] {
                let line = SourceLine::new(1, 0, text);
                assert!(
                    directive::plain_directive::<Inst>(line, Arch::Amd64).is_some(),
                    "`{text}`"
                );
                let grammar = format!("{:?}", parse_line_grammar(line, Syntax::Att));
                assert_eq!(format!("{:?}", parse_line(line, Syntax::Att)), grammar);
            }
            // The grammar reads (or reports) these: symbols, expressions, comments, octal and
            // binary numbers, values out of range, empty arguments, malformed alignments.
            for text in [
                ".long .L3-.L2",
                ".quad foo",
                ".long 1+2",
                ".long 1 # c",
                ".long 010",
                ".long 0b11",
                ".byte 256",
                ".byte -129",
                ".quad 0x1ffffffffffffffff",
                ".long 1,,2",
                ".long",
                ".long -",
                ".p2align 4,,",
                ".p2align 17",
                ".align 3",
                ".p2align -1",
                ".zero -1",
                ".zero 4, 1",
                ".zero 99999999999",
                ".text.unlikely",
                ".section .rodata",
                ".octa 1",
                ".longx 1",
                ".long 1e3",
                ".long 1 ",
                ".text\t",
            ] {
                let line = SourceLine::new(1, 0, text);
                assert!(
                    directive::plain_directive::<Inst>(line, Arch::Amd64).is_none(),
                    "`{text}`"
                );
            }
        }

        #[test]
        fn label_or_metadata_edge_cases() {
            for text in [
                ".L3:",
                "  f:",
                "_start:",
                "foo.bar$1@x:",
                ".cfi_offset 6, -16",
                "\t.cfi_startproc",
                ".type\tf, @function",
                ".size f, .-f # c",
            ] {
                let line = SourceLine::new(1, 0, text);
                assert!(
                    label_or_metadata::<Inst>(line, X86_SYMBOLS).is_some(),
                    "`{text}`"
                );
                let grammar = format!("{:?}", parse_line_grammar(line, Syntax::Att));
                assert_eq!(format!("{:?}", parse_line(line, Syntax::Att)), grammar);
                let grammar = format!("{:?}", parse_line_grammar(line, Syntax::Intel));
                assert_eq!(format!("{:?}", parse_line(line, Syntax::Intel)), grammar);
            }
            for text in [
                "",
                ".L3: ",
                ".L3: ret",
                ".L3:#",
                "f::",
                "1:",
                "\"q\":",
                ".cfi_offsetx 6",
                ".globl f; movl %eax, %ebx",
                ".file \"a.c\"",
                ".ident \"unterminated",
                ".type f, @function // c",
                ".cfi_offset,6",
                ".text",
                ".long 1",
                ".p2align 4",
                ".section .rodata",
                "ret",
            ] {
                let line = SourceLine::new(1, 0, text);
                assert!(
                    label_or_metadata::<Inst>(line, X86_SYMBOLS).is_none(),
                    "`{text}`"
                );
            }
        }

        #[test]
        fn att_fast_path_reads_compiler_output_as_the_grammar_does() {
            let lines = include_str!("../../tests/vectors/amd64/compiler_lines.txt");
            let mut accepted = 0;
            let mut total = 0;
            let instructions = lines
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && !l.ends_with(':'));
            for l in instructions {
                for text in [l.to_string(), format!("\t{l}")] {
                    total += 1;
                    accepted += same_in(&text, Syntax::Att) as usize;
                }
            }
            assert!(accepted * 10 > total * 9, "{accepted} of {total}");
        }

        #[test]
        fn att_fast_path_edge_cases() {
            let accepted = [
                "ret",
                "\tmovq\t%rdi, %rax",
                "movl $-1, %eax",
                "movl $- 1, %eax",
                "movabsq $0x7fffffffffffffff, %rax",
                "movabsq $-9223372036854775808, %rax",
                "movl 8(%rsp), %eax",
                "movl -8(%rbp), %eax",
                "movl (%rax), %eax",
                "movl (%rax,%rbx), %eax",
                "movl (%rax,%rbx,4), %eax",
                "movl (,%rax,8), %eax",
                "movl .L4(,%rax,8), %eax",
                "movsd .LC0(%rip), %xmm0",
                "leaq foo+8(%rip), %rax",
                "leaq foo-8(%rip), %rax",
                "movq foo@GOTPCREL(%rip), %rax",
                "call foo@PLT",
                "call foo",
                "jmp .L3",
                "jne .L3",
                "jmp *%rax",
                "jmp *(%rax)",
                "jmp *.L4(,%rax,8)",
                "call *8(%rax)",
                "call *foo(%rip)",
                "movl foo, %eax",
                "movl 8, %eax",
                "movl $foo, %eax",
                "movl $foo+8, %eax",
                "movl $8+foo, %eax",
                "movl $5-3+1, %eax",
                "addl $1,%eax",
                "MOVL %EAX, %EBX",
                "movq %rax, %xmm0",
                "movq %xmm0, %rax",
                "movq %rax, %rbx",
                "movzbl (%rdi), %eax",
                "movslq %edi, %rax",
                "cltq",
                "cqto",
                "imull $12, %eax, %eax",
                "vpaddd %ymm0, %ymm1, %ymm2",
                "vmovdqu 32(%rdi,%rax), %ymm0",
                "shrq %rax",
                "sall %cl, %eax",
                "incl (%rax)",
                "addl $1, (%rax)",
                "movl $0x10, 16(%rsp)",
                "pushq $0",
                "nop",
                "nopw 0(%rax,%rax)",
                "movl 16+8(%rsp), %eax",
            ];
            for text in accepted {
                assert!(same_in(text, Syntax::Att), "fast path declined `{text}`");
            }
            let declined = [
                "",
                "   ",
                "movl %eax, %ebx ",
                "f: ret",
                "rep movsb",
                "rep stosq",
                "lock addl $1, (%rax)",
                ".text",
                "movl $1, %eax # c",
                "movl $1, %eax // c",
                "movl $1, %eax; ret",
                "movl %fs:8, %eax",
                "movl %fs:(%rax), %eax",
                "fld %st(1)",
                "movl $1f, %eax",
                "jmp 1b",
                "movl $0x, %eax",
                "movl $08, %eax",
                "movl $1<<2, %eax",
                "movl $(1), %eax",
                "movl $~1, %eax",
                "movl $ 1, %eax",
                "movl 8 (%rsp), %eax",
                "movl ( %rax), %eax",
                "movl (%rax ), %eax",
                "movl (%rax,%rbx,3), %eax",
                "movl (%rax,%rbx,16), %eax",
                "movl (%rax,%rbx,04), %eax",
                "movl (%rax, %rbx), %eax",
                "movl (%rax,%rbx,4, %eax",
                "movl (%rax)), %eax",
                "movl %eax,",
                "movl %eax,,%ebx",
                "movl %eax %ebx",
                "movl %nosuch, %eax",
                "movl %, %eax",
                "movl %1, %eax",
                "movl $\"foo\", %eax",
                "movl $99999999999999999999999999999999999999999, %eax",
                "movl foo*foo, %eax",
                "movl $2*foo, %eax",
                "movl % eax, %ebx",
                "movl* %eax, %ebx",
                "movl%eax, %ebx",
                "* %rax",
                "jmp * %rax",
                "frobq %rax",
                "movl 2*4(%rsp), %eax",
                "addl $1 , %eax",
                "jmp %rax",
                "call 8(%rax)",
                "stosd",
                "jmp .",
                "movl $., %eax",
            ];
            for text in declined {
                assert!(
                    att_line(text, Locator::new(SourceLine::new(1, 0, text))).is_none(),
                    "fast path accepted `{text}`"
                );
            }
        }
    }
}
