//! x86-64 lines (AT&T and Intel) → [`Line`]s of the native IR.
//!
//! One pest parser composed of `grammars/x86_common.pest` (labels, directives, expressions)
//! and the two dialect files (`x86_att.pest`, `x86_intel.pest`, whose rules carry the
//! dialect's prefix). AT&T is normalised here: operands reversed into Intel order, size
//! suffixes turned into the Intel mnemonic plus memory-operand sizes
//! (`mappings/amd64/att_aliases.tbl` lists the irregular names such as `movzbl` or `cltq`).

use super::directive;
use super::expr::{eval, Linear, Locator};
use super::{Line, Statement, Syntax};
use crate::diag::{Diagnostic, Span};
use crate::ir::{Inst, Mem, Operand, OperandKind, Prefixes, Reg};
use crate::map::amd64 as table;
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/x86_common.pest"]
#[grammar = "../grammars/x86_att.pest"]
#[grammar = "../grammars/x86_intel.pest"]
pub struct X86Parser;

/// Parses one source line in the given dialect.
pub fn parse_line(text: &str, line: u32, syntax: Syntax) -> Result<Line, Diagnostic> {
    let rule = match syntax {
        Syntax::Intel => Rule::intel_line,
        _ => Rule::att_line,
    };
    let loc = Locator { line, text };
    let mut pairs = X86Parser::parse(rule, text).map_err(|e| syntax_error(e, loc, syntax))?;
    let mut out = Line::default();
    for p in pairs.next().unwrap().into_inner() {
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
            _ => out
                .statements
                .push(directive::statement(p, loc, crate::ir::Arch::Amd64)?),
        }
    }
    Ok(out)
}

fn syntax_error(e: pest::error::Error<Rule>, loc: Locator<'_>, syntax: Syntax) -> Diagnostic {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let col = loc.text[..pos.min(loc.text.len())].chars().count() as u32 + 1;
    let rest = &loc.text[pos.min(loc.text.len())..];
    let len = rest.find([',', ' ', '\t']).unwrap_or(rest.len()).max(1) as u32;
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
        Span::new(loc.line, col, len),
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
    table::register(&name.to_ascii_lowercase()).ok_or_else(|| {
        Diagnostic::error(span, format!("unknown register `{at}{name}`")).expected(format!(
            "a register such as {at}rax, {at}eax, {at}al, {at}r8d, {at}xmm0, {at}ymm1"
        ))
    })
}

/// The symbol and constant of a displacement that may name at most one symbol.
fn displacement(lin: &Linear, span: Span) -> Result<(Option<String>, i64), Diagnostic> {
    let disp = i64::try_from(lin.constant)
        .map_err(|_| Diagnostic::error(span, "displacement out of range"))?;
    match lin.terms.as_slice() {
        [] => Ok((None, disp)),
        [(s, 1)] => Ok((Some(s.to_string()), disp)),
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
        (None, [(s, 1)]) => Ok(OperandKind::SymbolAddr {
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
    })
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
        if table::accepts(m, &with_size(None)) {
            return Ok((m.to_string(), None));
        }
        if let Some((stem, size)) = stem_size {
            if table::accepts(&stem, &with_size(size)) {
                return Ok((stem, size));
            }
        }
        return Ok((m.to_string(), None));
    }
    stem_size.ok_or_else(|| {
        Diagnostic::error(span, format!("unknown instruction `{m}`"))
            .expected("an x86-64 instruction listed in mappings/amd64/instructions.tbl")
    })
}

fn sized(operands: &[Operand], size: Option<u16>) -> Vec<Operand> {
    let mut ops = operands.to_vec();
    for op in &mut ops {
        if let OperandKind::Mem(m) = &mut op.kind {
            if m.size.is_none() {
                m.size = size;
            }
        }
    }
    ops
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
    Ok(m)
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
    match table::register(&name.to_ascii_lowercase()) {
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
        Rule::intel_offset => immediate(&eval(p.into_inner().next().unwrap(), loc)?, span)?,
        Rule::intel_term => {
            let inner: Vec<_> = p.clone().into_inner().collect();
            if inner.len() == 2 {
                OperandKind::Mem(intel_memory(p, loc)?)
            } else {
                let lin = eval(inner.into_iter().next().unwrap(), loc)?;
                match lin.terms.as_slice() {
                    [(name, 1)] if lin.constant == 0 => intel_name(name),
                    _ => immediate(&lin, span)?,
                }
            }
        }
        r => unreachable!("{r:?}"),
    };
    Ok(Operand { kind, span })
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
                total.terms.extend(lin.terms);
            }
            r => unreachable!("{r:?}"),
        }
    }
    let mut rest = Linear {
        constant: total.constant,
        terms: vec![],
    };
    for (name, k) in total.terms {
        match table::register(&name.to_ascii_lowercase()) {
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
    Ok(m)
}
