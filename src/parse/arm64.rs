//! ARM64 GNU lines → [`Line`]s of the arm64 native IR ([`crate::ir::a64`]).
//!
//! Instructions are parsed by `grammars/arm64.pest` into typed operands. GNU writes some
//! operands in pieces; they are joined here: a shift or extension after a register
//! (`x2, lsl #3`) or an immediate (`#1, lsl #12`) folds into it, the post-index form
//! `[x0], #16` becomes one memory operand, and the two registers of `ldp`/`stp` one pair.
//!
//! Directives are handed to the shared GNU directive rules (`grammars/gnu_directive.pest`,
//! [`super::directive`]) with [`Arch::Arm64`], so `.word` is 4 bytes and `.align` a power
//! of two. `.xword`/`.dword` are read as `.quad`.

use super::directive;
use super::expr::{parse_number, Locator};
use super::statement::{Line, Statement};
use crate::diag::{Diagnostic, SourceLine, Span};
use crate::ir::a64::{Addressing, Inst, Mem, Operand, OperandKind};
use crate::ir::{Arch, Edit};
use crate::isa::arm64::{self as isa, Arrangement, FloatImm, Modifier, Reg};
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/arm64.pest"]
pub struct Arm64Parser;

/// Parses one source line.
pub fn parse_line(line: SourceLine<'_>) -> Result<Line<Inst>, Diagnostic> {
    if let Some(read) = directive::label_or_metadata(line, directive::A64_SYMBOLS)
        .or_else(|| directive::plain_directive(line, Arch::Arm64))
    {
        return Ok(read);
    }
    parse_line_grammar(line)
}

/// [`parse_line`] by the grammars alone.
fn parse_line_grammar(line: SourceLine<'_>) -> Result<Line<Inst>, Diagnostic> {
    let loc = Locator::new(line);
    let text = line.text;
    let mut pairs = Arm64Parser::parse(Rule::a64_line, text).map_err(|e| syntax_error(e, loc))?;
    let mut out = Line::default();
    for p in pairs.next().unwrap().into_inner() {
        match p.as_rule() {
            Rule::a64_label => {
                let sym = p.into_inner().next().unwrap();
                out.labels.push((
                    sym.as_str().trim_matches('"').to_string(),
                    loc.span(sym.as_span()),
                ));
            }
            Rule::a64_instruction => out.statements.push(Statement::Inst(instruction(p, loc)?)),
            Rule::a64_directive => out.statements.push(gnu_directive(&p, loc)?),
            _ => {}
        }
    }
    Ok(out)
}

/// Runs the shared directive rules on the directive alone, columns preserved.
fn gnu_directive(p: &Pair<'_, Rule>, loc: Locator<'_>) -> Result<Statement<Inst>, Diagnostic> {
    let (start, end) = (p.as_span().start(), p.as_span().end());
    let directive = &loc.text[start..end];
    // GNU as for aarch64 also knows `.xword`/`.dword` (8 bytes): the shared rules call it
    // `.quad`, read from a copy of the line renamed in place, so that columns stay right.
    let renamed = [".xword", ".dword"]
        .iter()
        .find(|n| {
            directive.starts_with(*n)
                && !directive[n.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
        .map(|n| {
            format!(
                "{}.quad {}",
                &loc.text[..start],
                &loc.text[start + n.len()..]
            )
        });
    let dloc = Locator {
        text: renamed.as_deref().unwrap_or(loc.text),
        // The renaming keeps the text before the directive.
        ascii: loc.ascii.min(start as u32),
        ..loc
    };
    let text = &dloc.text[start..end];
    match directive::parse(text) {
        Ok(d) if d.rest.is_none() => d.statement(dloc, Arch::Arm64).map(Statement::directive),
        Ok(_) => Err(
            Diagnostic::error(loc.span(p.as_span()), "malformed directive").expected(
                "a GNU assembler directive (`.word 1`, `.section .rodata`, `.p2align 3`)",
            ),
        ),
        // Located in the line as written (a renamed directive is as long as its original).
        Err(at) => Err(directive::unparsed(text, at, |from, to| {
            loc.source_line().span(start + from, start + to)
        })),
    }
}

fn syntax_error(e: pest::error::Error<Rule>, loc: Locator<'_>) -> Diagnostic {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let pos = pos.min(loc.text.len());
    let col = loc.text[..pos].chars().count() as u32 + 1;
    let rest = &loc.text[pos..];
    let len = rest.find([',', ' ', '\t']).unwrap_or(rest.len()).max(1);
    let bytes = loc.source_line().bytes(pos..pos + len.min(rest.len()));
    let span = Span::new(loc.line, col, len as u32).at(bytes);
    Diagnostic::error(span, "malformed arm64 syntax").expected(
        "an operand (`x0`, `#5`, `[x1, #8]`, `[sp, -16]!`, `v0.4s`, `v1.s[2]`, `:lo12:sym`), a label or a directive",
    )
}

const BRANCHES: &[&str] = &["b", "bl", "cbz", "cbnz", "tbz", "tbnz"];

fn is_branch(m: &str) -> bool {
    BRANCHES.contains(&m)
        || m.starts_with("b.")
        || (m.len() == 3 && m.starts_with('b') && isa::condition(&m[1..]).is_some())
}

/// The mnemonics whose first two registers are one [`OperandKind::Pair`].
const PAIR_MNEMONICS: &[&str] = &["ldp", "stp", "ldpsw", "ldnp", "stnp"];

/// What one grammar operand is: an operand, or a modifier of the operand before it.
enum Piece {
    Operand(Operand),
    Modifier(Modifier, Span),
}

/// Extends `span` to the end of `end`.
fn widen(span: &mut Span, end: Span) {
    span.len = end.col + end.len - span.col;
    span.bytes = end.offset + end.bytes - span.offset;
}

fn instruction(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Inst, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut it = p.into_inner();
    let mnemonic = it.next().unwrap().as_str().to_ascii_lowercase();
    let mut operands: Vec<Operand> = Vec::new();
    for q in it {
        let op = match operand(q, loc, &mnemonic)? {
            Piece::Operand(op) => op,
            Piece::Modifier(m, at) => {
                attach(operands.last_mut(), m, at)?;
                continue;
            }
        };
        if let Some(prev) = operands.last_mut() {
            if let OperandKind::Mem(m) = &mut prev.kind {
                // `[x0], #16`: post-index.
                if let (Addressing::Offset(0), OperandKind::Imm(v)) = (&m.addressing, &op.kind) {
                    m.addressing = Addressing::PostIndex(*v);
                    widen(&mut prev.span, op.span);
                    continue;
                }
                let plain = m.disp() == 0
                    && matches!(
                        m.addressing,
                        Addressing::Offset(_) | Addressing::Lo12 { .. }
                    );
                if plain && mnemonic.starts_with(['l', 's']) && is_register_like(&op.kind) {
                    return Err(Diagnostic::error(
                        op.span,
                        "post-index by a register is not supported",
                    )
                    .expected("a post-index immediate (`[x0], #16`)"));
                }
            }
        }
        operands.push(op);
    }
    if PAIR_MNEMONICS.contains(&mnemonic.as_str()) && operands.len() == 3 {
        if let (OperandKind::Reg(a), OperandKind::Reg(b)) = (&operands[0].kind, &operands[1].kind) {
            let mut span = operands[0].span;
            widen(&mut span, operands[1].span);
            let pair = Operand {
                kind: OperandKind::Pair(*a, *b),
                span,
            };
            operands.splice(0..2, [pair]);
        }
    }
    let inst = Inst {
        mnemonic,
        operands,
        span,
        code: None,
        edit: Edit::None,
    };
    super::arm64_limits::check(&inst)?;
    Ok(inst)
}

/// Folds a modifier into the operand before it: a general register (or sp) becomes shifted
/// or extended, an immediate is shifted left.
fn attach(prev: Option<&mut Operand>, m: Modifier, at: Span) -> Result<(), Diagnostic> {
    if let Some(prev) = prev {
        let folded = match (&prev.kind, m) {
            (OperandKind::Reg(reg @ (Reg::Gpr { .. } | Reg::Sp { .. })), m) => Some(match m {
                Modifier::Shift(shift, amount) => OperandKind::Shifted {
                    reg: *reg,
                    shift,
                    amount,
                },
                Modifier::Extend(extend, amount) => OperandKind::Extended {
                    reg: *reg,
                    extend,
                    amount,
                },
            }),
            (
                OperandKind::Imm(_) | OperandKind::ShiftedImm { .. },
                Modifier::Shift(isa::Shift::Lsl, lsl),
            ) => {
                let imm = prev.kind.imm().unwrap_or(0);
                Some(OperandKind::ShiftedImm { imm, lsl })
            }
            _ => None,
        };
        if let Some(kind) = folded {
            prev.kind = kind;
            widen(&mut prev.span, at);
            return Ok(());
        }
    }
    Err(Diagnostic::error(
        at,
        format!("`{}` does not apply to the operand before it", m.name()),
    )
    .expected("a shift or extension after a register (`x2, lsl #3`)"))
}

/// Operands GNU writes like registers (what a post-index by a register would look like).
fn is_register_like(kind: &OperandKind) -> bool {
    matches!(
        kind,
        OperandKind::Reg(_)
            | OperandKind::List { .. }
            | OperandKind::Cond(_)
            | OperandKind::Float(_)
    )
}

fn number(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<i64, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut neg = false;
    let mut value = None;
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::a64_sign => neg = q.as_str() == "-",
            Rule::a64_hex | Rule::a64_dec => value = parse_number(q.as_str()),
            // `#(64 - 5)`: GCC writes rotate amounts as constant expressions.
            Rule::a64_paren => {
                value = Some(const_expr(q.as_str()).map_err(|why| {
                    Diagnostic::error(span, format!("cannot evaluate `({})`: {why}", q.as_str()))
                        .expected(
                        "a constant expression of numbers, + - * / % << >> & | ^ ~ and parentheses",
                    )
                })? as i128)
            }
            _ => unreachable!("a64_number holds a sign, a number or a parenthesised expression"),
        }
    }
    let v = value.ok_or_else(|| Diagnostic::error(span, "number out of range"))?;
    let v = if neg { -v } else { v };
    i64::try_from(v)
        .or_else(|_| u64::try_from(v).map(|u| u as i64))
        .map_err(|_| Diagnostic::error(span, "number out of range"))
}

/// Evaluates a constant integer expression (wrapping 64-bit arithmetic, C precedence),
/// nested at most 32 parentheses deep.
fn const_expr(text: &str) -> Result<i64, String> {
    struct P<'a> {
        b: &'a [u8],
        at: usize,
        depth: u32,
    }
    impl P<'_> {
        fn skip(&mut self) {
            while self.b.get(self.at).is_some_and(u8::is_ascii_whitespace) {
                self.at += 1;
            }
        }
        fn eat(&mut self, op: &str) -> bool {
            self.skip();
            let hit = self.b[self.at..].starts_with(op.as_bytes());
            if hit {
                self.at += op.len();
            }
            hit
        }
        /// Binary operators by precedence level, loosest first.
        fn binary(&mut self, level: usize) -> Result<i64, String> {
            const LEVELS: [&[&str]; 6] = [
                &["|"],
                &["^"],
                &["&"],
                &["<<", ">>"],
                &["+", "-"],
                &["*", "/", "%"],
            ];
            if level == LEVELS.len() {
                return self.unary();
            }
            let mut v = self.binary(level + 1)?;
            'more: loop {
                for op in LEVELS[level] {
                    if self.eat(op) {
                        let r = self.binary(level + 1)?;
                        v = match *op {
                            "|" => v | r,
                            "^" => v ^ r,
                            "&" => v & r,
                            "<<" => v.wrapping_shl(r as u32),
                            ">>" => v.wrapping_shr(r as u32),
                            "+" => v.wrapping_add(r),
                            "-" => v.wrapping_sub(r),
                            "*" => v.wrapping_mul(r),
                            "/" | "%" if r == 0 => return Err("division by zero".into()),
                            "/" => v.wrapping_div(r),
                            _ => v.wrapping_rem(r),
                        };
                        continue 'more;
                    }
                }
                return Ok(v);
            }
        }
        fn unary(&mut self) -> Result<i64, String> {
            if self.eat("-") {
                return Ok(self.unary()?.wrapping_neg());
            }
            if self.eat("~") {
                return Ok(!self.unary()?);
            }
            if self.eat("+") {
                return self.unary();
            }
            if self.eat("(") {
                self.depth += 1;
                if self.depth > 32 {
                    return Err("nested too deeply".into());
                }
                let v = self.binary(0)?;
                self.depth -= 1;
                return if self.eat(")") {
                    Ok(v)
                } else {
                    Err("missing `)`".into())
                };
            }
            self.skip();
            let start = self.at;
            while self.b.get(self.at).is_some_and(u8::is_ascii_alphanumeric) {
                self.at += 1;
            }
            let word = std::str::from_utf8(&self.b[start..self.at]).unwrap_or("");
            parse_number(word)
                .and_then(|v| {
                    i64::try_from(v)
                        .ok()
                        .or(u64::try_from(v).ok().map(|u| u as i64))
                })
                .ok_or_else(|| format!("`{word}` is not a number"))
        }
    }
    let mut p = P {
        b: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let v = p.binary(0)?;
    p.skip();
    if p.at != p.b.len() {
        return Err(format!("unexpected `{}`", &text[p.at..]));
    }
    Ok(v)
}

fn float(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<FloatImm, Diagnostic> {
    let span = loc.span(p.as_span());
    let v: f64 = p
        .as_str()
        .parse()
        .map_err(|_| Diagnostic::error(span, "malformed floating-point number"))?;
    if v == 0.0 && !p.as_str().starts_with('-') {
        return Ok(FloatImm::Zero);
    }
    let imm8 = isa::fimm_encode(v).ok_or_else(|| {
        Diagnostic::error(span, format!("{v} is not an `fmov` immediate"))
            .expected("±n/16 × 2^r with 16 ≤ n ≤ 31 and -3 ≤ r ≤ 4 (e.g. 0.5, 1.0, 2.5, -0.125)")
    })?;
    Ok(FloatImm::Imm8(imm8))
}

/// `:lo12:sym+8` → (symbol, addend); other relocation operators are refused.
fn reloc(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<(String, i64), Diagnostic> {
    let span = loc.span(p.as_span());
    let mut it = p.into_inner();
    let op = it.next().unwrap().as_str().to_ascii_lowercase();
    let symbol = it.next().unwrap().as_str().trim_matches('"').to_string();
    let addend = match it.next() {
        Some(a) => parse_number(a.as_str().trim_start_matches('+').trim_start_matches('-'))
            .map(|v| if a.as_str().starts_with('-') { -v } else { v })
            .and_then(|v| i64::try_from(v).ok())
            .ok_or_else(|| Diagnostic::error(loc.span(a.as_span()), "addend out of range"))?,
        None => 0,
    };
    match op.as_str() {
        "lo12" => Ok((symbol, addend)),
        "got" | "got_lo12" => Err(Diagnostic::error(
            span,
            format!("`:{op}:{symbol}` loads the address of `{symbol}` from the GOT"),
        )
        .expected("a file-local symbol (`adrp` + `:lo12:`)")
        .help("make the object `static` (or compile with -fno-pic for a global one defined in the same file)")),
        _ => Err(Diagnostic::error(span, format!("unsupported relocation operator `:{op}:`"))
            .expected("`:lo12:`")),
    }
}

/// The number a named option stands for: a barrier's (`dmb ish`: 11) or a prefetch
/// operation's (`prfm pldl2keep`: 2), as the instruction encodes it.
fn option(mnemonic: &str, name: &str) -> Option<i64> {
    const BARRIERS: [(&str, i64); 12] = [
        ("oshld", 1),
        ("oshst", 2),
        ("osh", 3),
        ("nshld", 5),
        ("nshst", 6),
        ("nsh", 7),
        ("ishld", 9),
        ("ishst", 10),
        ("ish", 11),
        ("ld", 13),
        ("st", 14),
        ("sy", 15),
    ];
    match mnemonic {
        "dmb" | "dsb" => BARRIERS.iter().find(|b| b.0 == name).map(|b| b.1),
        "prfm" | "prfum" => {
            let kind = ["pld", "pli", "pst"]
                .iter()
                .position(|k| name.starts_with(k))?;
            let rest = &name[3..];
            let target = ["l1", "l2", "l3"]
                .iter()
                .position(|t| rest.starts_with(t))?;
            let policy = ["keep", "strm"].iter().position(|p| &rest[2..] == *p)?;
            Some((kind << 3 | target << 1 | policy) as i64)
        }
        _ => None,
    }
}

fn name_operand(
    p: Pair<'_, Rule>,
    loc: Locator<'_>,
    mnemonic: &str,
) -> Result<OperandKind, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut it = p.into_inner();
    let sym = it.next().unwrap().as_str();
    let addend = it.next();
    let lower = sym.to_ascii_lowercase();
    if addend.is_none() {
        if let Some(r) = isa::register(&lower) {
            return Ok(OperandKind::Reg(r));
        }
        if let Some(v) = option(mnemonic, &lower) {
            return Ok(OperandKind::Imm(v));
        }
        if !is_branch(mnemonic) {
            if let Some(c) = isa::condition(&lower) {
                return Ok(OperandKind::Cond(c));
            }
        }
    }
    let offset = match addend {
        Some(a) => {
            let t = a.as_str();
            let v = parse_number(&t[1..])
                .and_then(|v| i64::try_from(v).ok())
                .ok_or_else(|| Diagnostic::error(loc.span(a.as_span()), "addend out of range"))?;
            if t.starts_with('-') {
                -v
            } else {
                v
            }
        }
        None => 0,
    };
    if let Some((reg, arr)) = lower.split_once('.') {
        if reg.len() >= 2 && reg.starts_with('v') && reg[1..].parse::<u8>().is_ok_and(|n| n < 32) {
            return Err(
                Diagnostic::error(span, format!("unsupported arrangement `.{arr}`"))
                    .expected("8b, 16b, 4h, 8h, 2s, 4s, 1d or 2d"),
            );
        }
    }
    let symbol = sym.trim_matches('"').to_string();
    if is_branch(mnemonic) && offset == 0 {
        return Ok(OperandKind::Target(symbol));
    }
    if takes_page(mnemonic) {
        return Ok(OperandKind::Page { symbol, offset });
    }
    if lower.len() >= 2
        && lower[1..].bytes().all(|b| b.is_ascii_digit())
        && lower.starts_with(['x', 'w', 'v', 'q', 'd', 's', 'h', 'b'])
    {
        return Err(Diagnostic::error(span, format!("unknown register `{sym}`"))
            .expected("x0–x30, w0–w30, sp, xzr, b/h/s/d/q0–31 or v0–v31 with an arrangement"));
    }
    Err(Diagnostic::error(span, format!("unexpected name `{sym}`"))
        .expected("a register, a condition (eq, ne, …) or, for branches and adrp, a symbol"))
}

/// adrp and adr take a symbol (its page or address); GNU's `:lo12:` after them is the same.
fn takes_page(mnemonic: &str) -> bool {
    matches!(mnemonic, "adrp" | "adr")
}

/// A vector (`v0.4s`) or, with a lane, an element (`v1.s[2]`).
fn arranged(p: Pair<'_, Rule>, loc: Locator<'_>, lane: Option<u8>) -> Result<Reg, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut it = p.into_inner();
    let reg = it.next().unwrap().as_str();
    let num: u8 = reg[1..].parse().ok().filter(|n| *n <= 31).ok_or_else(|| {
        Diagnostic::error(span, format!("unknown register `{reg}`")).expected("v0–v31")
    })?;
    let arr = it.next().unwrap().as_str().to_ascii_lowercase();
    let (count, elem) = arr.split_at(arr.len() - 1);
    let size = "bhsd".find(elem);
    match (lane, count.is_empty()) {
        (Some(lane), _) => {
            let size = size.ok_or_else(|| {
                Diagnostic::error(span, format!("`.{arr}` elements have no lanes"))
                    .expected("`.b`, `.h`, `.s` or `.d`")
            })?;
            if (lane as usize) >= 16 >> size {
                return Err(Diagnostic::error(
                    span,
                    format!("lane {lane} is out of range for `.{elem}`"),
                ));
            }
            Ok(Reg::Elem {
                num,
                size: size as u8,
                lane,
            })
        }
        (None, false) => {
            let arr = Arrangement::from_gnu(&arr).ok_or_else(|| {
                Diagnostic::error(span, format!("unsupported arrangement `.{arr}`"))
                    .expected("8b, 16b, 4h, 8h, 2s, 4s, 1d or 2d")
            })?;
            Ok(Reg::Vec { num, arr })
        }
        (None, true) => Err(
            Diagnostic::error(span, format!("`v{num}.{arr}` needs a lane index")).expected(
                format!("`v{num}.{arr}[n]` or an arrangement such as `v{num}.4s`"),
            ),
        ),
    }
}

fn modifier(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Modifier, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut it = p.into_inner();
    let name = it.next().unwrap().as_str().to_ascii_lowercase();
    let amount = match it.next() {
        Some(n) => Some(number(n, loc)?),
        None if Modifier::needs_amount(&name) => {
            return Err(Diagnostic::error(span, format!("`{name}` needs an amount"))
                .expected(format!("`{name} #n`")))
        }
        None => None,
    };
    if amount.is_some_and(|a| !(0..64).contains(&a)) {
        return Err(Diagnostic::error(span, "shift amount out of range").expected("0 to 63"));
    }
    Ok(Modifier::new(&name, amount.map(|a| a as u8)).expect("the grammar's shift names"))
}

/// A relocation as an operand: adrp's symbol, or a `:lo12:` immediate.
fn reloc_operand(
    p: Pair<'_, Rule>,
    loc: Locator<'_>,
    mnemonic: &str,
) -> Result<OperandKind, Diagnostic> {
    let (symbol, offset) = reloc(p, loc)?;
    Ok(if takes_page(mnemonic) {
        OperandKind::Page { symbol, offset }
    } else {
        OperandKind::Lo12 { symbol, offset }
    })
}

fn operand(p: Pair<'_, Rule>, loc: Locator<'_>, mnemonic: &str) -> Result<Piece, Diagnostic> {
    let span = loc.span(p.as_span());
    let kind = match p.as_rule() {
        Rule::a64_name => name_operand(p, loc, mnemonic)?,
        Rule::a64_number => OperandKind::Imm(number(p, loc)?),
        Rule::a64_float => OperandKind::Float(float(p, loc)?),
        Rule::a64_immediate => {
            let q = p.into_inner().next().unwrap();
            match q.as_rule() {
                Rule::a64_number => OperandKind::Imm(number(q, loc)?),
                Rule::a64_float => OperandKind::Float(float(q, loc)?),
                _ => reloc_operand(q, loc, mnemonic)?,
            }
        }
        Rule::a64_reloc => reloc_operand(p, loc, mnemonic)?,
        Rule::a64_modifier => return Ok(Piece::Modifier(modifier(p, loc)?, span)),
        Rule::a64_arranged => OperandKind::Reg(arranged(p, loc, None)?),
        Rule::a64_lane => {
            let mut it = p.into_inner();
            let a = it.next().unwrap();
            let lane: u8 = it.next().unwrap().as_str().parse().unwrap_or(255);
            OperandKind::Reg(arranged(a, loc, Some(lane))?)
        }
        Rule::a64_list => list(p, loc)?,
        Rule::a64_memory => OperandKind::Mem(memory(p, loc, mnemonic)?),
        r => unreachable!("{r:?}"),
    };
    Ok(Piece::Operand(Operand { kind, span }))
}

/// `{v0.4s, v1.4s}`, `{v0.16b - v3.16b}`, or with a lane, `{v5.d}[1]` (whose elements have
/// no count: the list keeps the 128-bit arrangement of that element size).
fn list(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<OperandKind, Diagnostic> {
    let span = loc.span(p.as_span());
    let lane = p
        .clone()
        .into_inner()
        .find(|q| q.as_rule() == Rule::a64_lane_index)
        .map(|q| q.as_str().parse::<u8>().unwrap_or(u8::MAX));
    let mut regs = Vec::new();
    let mut range = false;
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::a64_arranged if lane.is_some() => regs.push(list_element(q, loc)?),
            Rule::a64_arranged => regs.push(arranged(q, loc, None)?),
            Rule::a64_list_sep => range = q.as_str() == "-",
            _ => {}
        }
    }
    let (Reg::Vec { num: first, arr }, Reg::Vec { num: last, .. }) =
        (regs[0], regs[regs.len() - 1])
    else {
        return Err(Diagnostic::error(span, "malformed register list"));
    };
    let count = if range {
        (last + 32 - first) % 32 + 1
    } else {
        regs.len() as u8
    };
    let consecutive = range && regs.len() == 2
        || regs.iter().enumerate().all(|(k, r)| {
            matches!(r, Reg::Vec { num, arr: a } if *num == (first + k as u8) % 32 && *a == arr)
        });
    if !(1..=4).contains(&count) || !consecutive {
        return Err(Diagnostic::error(span, "malformed register list")
            .expected("1 to 4 consecutive registers with the same arrangement"));
    }
    if let Some(l) = lane.filter(|l| u32::from(*l) >= 16 >> arr.size()) {
        return Err(Diagnostic::error(
            span,
            format!(
                "lane {l} is out of range for `.{}`",
                isa::FP_SIZES[arr.size() as usize] as char
            ),
        )
        .expected(format!("a lane below {}", 16 >> arr.size())));
    }
    Ok(OperandKind::List {
        first,
        count,
        arr,
        lane,
    })
}

/// One register of a lane list (`v5.d` in `{v5.d}[1]`): an element size, no count.
fn list_element(p: Pair<'_, Rule>, loc: Locator<'_>) -> Result<Reg, Diagnostic> {
    let span = loc.span(p.as_span());
    let text = p.as_str().to_ascii_lowercase();
    let (reg, elem) = text.split_once('.').unwrap_or((&text, ""));
    let num = reg[1..].parse::<u8>().ok().filter(|n| *n <= 31);
    let arr = match elem {
        "b" => Some(Arrangement::B16),
        "h" => Some(Arrangement::H8),
        "s" => Some(Arrangement::S4),
        "d" => Some(Arrangement::D2),
        _ => None,
    };
    match (num, arr) {
        (Some(num), Some(arr)) => Ok(Reg::Vec { num, arr }),
        _ => Err(
            Diagnostic::error(span, format!("`{text}` is not an element of a lane list"))
                .expected("`vN.b`, `vN.h`, `vN.s` or `vN.d` (`{v5.d}[1]`)"),
        ),
    }
}

/// NEON structure loads and stores (`ld1`-`ld4`, `st1`-`st4`, `ld1r`-`ld4r`).
fn is_structure(mnemonic: &str) -> bool {
    let b = mnemonic.as_bytes();
    matches!(
        b,
        [b'l', b'd', b'1'..=b'4'] | [b's', b't', b'1'..=b'4'] | [b'l', b'd', b'1'..=b'4', b'r']
    )
}

fn memory(p: Pair<'_, Rule>, loc: Locator<'_>, mnemonic: &str) -> Result<Mem, Diagnostic> {
    let span = loc.span(p.as_span());
    let mut it = p.into_inner();
    let base = it.next().unwrap();
    let bspan = loc.span(base.as_span());
    let base = match name_operand(base, loc, mnemonic) {
        Ok(OperandKind::Reg(r)) if r.is_wide() => r,
        _ => {
            return Err(Diagnostic::error(
                bspan,
                "the base of an address must be an x register or sp",
            )
            .expected("`[x0, …]` or `[sp, …]`"))
        }
    };
    let mut disp = 0;
    // Whether an offset is written (`[x2, #0]` too, which structure loads refuse).
    let mut offset_written = false;
    let mut symbol = None;
    let mut index = None;
    let mut extension = None;
    let mut pre = false;
    for q in it {
        let qspan = loc.span(q.as_span());
        match q.as_rule() {
            Rule::a64_writeback => pre = true,
            Rule::a64_number => (disp, offset_written) = (number(q, loc)?, true),
            Rule::a64_immediate => {
                offset_written = true;
                let r = q.into_inner().next().unwrap();
                match r.as_rule() {
                    Rule::a64_number => disp = number(r, loc)?,
                    Rule::a64_reloc => (symbol, disp) = reloc(r, loc).map(|(s, d)| (Some(s), d))?,
                    _ => return Err(Diagnostic::error(qspan, "a float is not an address offset")),
                }
            }
            Rule::a64_reloc => (symbol, disp) = reloc(q, loc).map(|(s, d)| (Some(s), d))?,
            Rule::a64_name => match name_operand(q, loc, mnemonic) {
                Ok(OperandKind::Reg(r @ Reg::Gpr { num: 0..=30, .. })) => index = Some(r),
                _ => {
                    return Err(
                        Diagnostic::error(qspan, "an index must be an x or w register")
                            .expected("`[x0, x1]`, `[x0, x1, lsl #3]` or `[x0, w1, sxtw #2]`"),
                    )
                }
            },
            Rule::a64_modifier => extension = Some(modifier(q, loc)?),
            r => unreachable!("{r:?}"),
        }
    }
    if offset_written && is_structure(mnemonic) {
        return Err(Diagnostic::error(
            span,
            format!("`{mnemonic}` takes `[xN]` or a post-index, no offset"),
        )
        .expected("`[x0]` or `[x0], #n` after it"));
    }
    let addressing = match (index, symbol) {
        (Some(_), _) | (_, Some(_)) if pre => {
            return Err(
                Diagnostic::error(span, "pre-index takes an immediate offset")
                    .expected("`[x0, #16]!`"),
            )
        }
        (Some(index), _) => Addressing::Index {
            index,
            modifier: extension,
        },
        (None, Some(symbol)) => Addressing::Lo12 {
            symbol,
            offset: disp,
        },
        (None, None) if pre => Addressing::PreIndex(disp),
        (None, None) => Addressing::Offset(disp),
    };
    Ok(Mem { base, addressing })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inst(text: &str) -> Inst {
        let p = parse_line(SourceLine::new(1, 0, text))
            .unwrap_or_else(|d| panic!("{}", d.render("t.s", text)));
        match p.statements.into_iter().next() {
            Some(Statement::Inst(i)) => i,
            other => panic!("{other:?}"),
        }
    }

    fn mem(op: &Operand) -> &Mem {
        match &op.kind {
            OperandKind::Mem(m) => m,
            k => panic!("{k:?}"),
        }
    }

    #[test]
    fn barrier_and_prefetch_options_are_their_numbers() {
        let first = |text| inst(text).operands[0].kind.clone();
        assert_eq!(first("\tdmb\tish"), OperandKind::Imm(11));
        assert_eq!(first("\tdsb\tSY"), OperandKind::Imm(15));
        assert_eq!(first("\tdmb\toshld"), OperandKind::Imm(1));
        assert_eq!(first("\tprfm\tPLDL1KEEP, [x0, 8]"), OperandKind::Imm(0));
        assert_eq!(first("\tprfm\tpstl2strm, [x1]"), OperandKind::Imm(19));
        assert_eq!(first("\tprfm\tPLIL3KEEP, [x1]"), OperandKind::Imm(12));
        // Elsewhere the names are symbols, and an unknown option is no number.
        assert!(parse_line(SourceLine::new(1, 0, "\tadd\tx0, x1, ish")).is_err());
        assert!(parse_line(SourceLine::new(1, 0, "\tprfm\tpldl4keep, [x1]")).is_err());
    }

    #[test]
    fn fast_path_reads_compiler_lines_as_the_grammar_does() {
        let lines = include_str!("../../tests/vectors/arm64/compiler_lines.txt");
        let (mut read, mut plain) = (0, 0);
        for l in lines.lines().filter(|l| !l.starts_with("# Generated")) {
            for text in [l.to_string(), format!("\t{l}")] {
                let line = SourceLine::new(3, 0, &text);
                let fast = format!("{:?}", parse_line(line));
                assert_eq!(fast, format!("{:?}", parse_line_grammar(line)), "`{text}`");
                read += directive::label_or_metadata::<Inst>(line, directive::A64_SYMBOLS).is_some()
                    as usize;
                plain += directive::plain_directive::<Inst>(line, Arch::Arm64).is_some() as usize;
            }
        }
        assert!(
            read > 200,
            "{read} labels and metadata directives read fast"
        );
        assert!(plain > 20, "{plain} plain directives read fast");
        // `.align` counts in powers of two on arm64, as `.p2align` does.
        for text in [".align 3", ".p2align 4", ".xword 5", ".hword 7", ".word 9"] {
            let line = SourceLine::new(1, 0, text);
            assert_eq!(
                format!("{:?}", parse_line(line)),
                format!("{:?}", parse_line_grammar(line)),
                "`{text}`"
            );
        }
    }

    #[test]
    fn operands() {
        let i = inst("\tadd\tx0, x1, x2, lsl #3 // c");
        assert_eq!(i.operands.len(), 3);
        assert_eq!(
            i.operands[2].kind,
            OperandKind::Shifted {
                reg: Reg::Gpr { num: 2, wide: true },
                shift: isa::Shift::Lsl,
                amount: 3
            }
        );
        assert_eq!((i.operands[2].span.col, i.operands[2].span.len), (14, 10));
        assert_eq!(
            i.operands[2].span.text("\tadd\tx0, x1, x2, lsl #3 // c"),
            "x2, lsl #3"
        );
        let i = inst("\tldr\tw0, [x8, w0, sxtw #2]");
        assert_eq!(
            mem(&i.operands[1]).addressing,
            Addressing::Index {
                index: Reg::Gpr {
                    num: 0,
                    wide: false
                },
                modifier: Some(Modifier::Extend(isa::Extend::Sxtw, Some(2)))
            }
        );
        let i = inst("\tstp\tx29, x30, [sp, -16]!");
        assert_eq!(i.operands.len(), 2);
        assert!(matches!(i.operands[0].kind, OperandKind::Pair(..)));
        assert_eq!(mem(&i.operands[1]).addressing, Addressing::PreIndex(-16));
        let i = inst("\tldrb\tw1, [x2], 1");
        assert_eq!(i.operands.len(), 2);
        assert_eq!(mem(&i.operands[1]).addressing, Addressing::PostIndex(1));
        let i = inst("\tdup\tv1.4s, v0.s[3]");
        assert_eq!(
            i.operands[0].kind,
            OperandKind::Reg(Reg::Vec {
                num: 1,
                arr: Arrangement::S4
            })
        );
        assert_eq!(
            i.operands[1].kind,
            OperandKind::Reg(Reg::Elem {
                num: 0,
                size: 2,
                lane: 3
            })
        );
        let i = inst("\tadd\tx1, x1, :lo12:.LC0+8");
        assert_eq!(
            i.operands[2].kind,
            OperandKind::Lo12 {
                symbol: ".LC0".into(),
                offset: 8
            }
        );
        let i = inst("\tfmov\td0, #2.50000000");
        assert!(matches!(
            i.operands[1].kind,
            OperandKind::Float(FloatImm::Imm8(_))
        ));
        // Lists as GCC and clang write them; a lane list keeps its element size as the
        // 128-bit arrangement.
        for (text, first, count, arr, lane) in [
            (
                "\tld1\t{v0.16b-v3.16b}, [x0], #64",
                0,
                4,
                Arrangement::B16,
                None,
            ),
            (
                "\tst4\t{v0.16b - v3.16b}, [x4], 64",
                0,
                4,
                Arrangement::B16,
                None,
            ),
            (
                "\tld2\t{ v3.16b, v4.16b }, [x15]",
                3,
                2,
                Arrangement::B16,
                None,
            ),
            ("\tld1\t{ v5.d }[1], [x16]", 5, 1, Arrangement::D2, Some(1)),
        ] {
            let want = OperandKind::List {
                first,
                count,
                arr,
                lane,
            };
            assert_eq!(inst(text).operands[0].kind, want, "{text}");
        }
        let i = inst("\tst4\t{v0.16b - v3.16b}, [x4], 64");
        assert_eq!(mem(&i.operands[1]).addressing, Addressing::PostIndex(64));
        let i = inst("\tmovz\tx0, #1, lsl #16");
        assert_eq!(i.operands[1].kind.imm(), Some(0x10000));
        let i = inst("\tcsel\tw0, w1, w2, ne");
        assert_eq!(i.operands[3].kind, OperandKind::Cond(isa::Cond(1)));
        let i = inst("\tb.ne\t.L3");
        assert_eq!(i.operands[0].kind, OperandKind::Target(".L3".into()));
        let e = parse_line(SourceLine::new(1, 0, "\tadd\tx0, x1, #2, sxtw"))
            .err()
            .unwrap();
        assert_eq!((e.span.col, e.span.len), (18, 4));
    }

    #[test]
    fn directives_and_anchors() {
        let p = parse_line(SourceLine::new(1, 0, "\t.set\t.LANCHOR5,. + 4352")).unwrap();
        assert!(matches!(
            &p.statements[0],
            Statement::Set { name, symbol: None, offset: 4352, .. } if name == ".LANCHOR5"
        ));
        let p = parse_line(SourceLine::new(1, 0, "\t.xword\t1")).unwrap();
        assert!(matches!(&p.statements[0], Statement::Data { bytes, .. } if bytes.len() == 8));
        let p = parse_line(SourceLine::new(1, 0, "\t.word\t1")).unwrap();
        assert!(matches!(&p.statements[0], Statement::Data { bytes, .. } if bytes.len() == 4));
        let p = parse_line(SourceLine::new(1, 0, "\t.align\t3")).unwrap();
        assert!(matches!(
            &p.statements[0],
            Statement::Align { bytes: 8, .. }
        ));
    }

    #[test]
    fn errors_are_located() {
        let e = parse_line(SourceLine::new(1, 0, "\tadd\tx0, x1, :got:foo"))
            .err()
            .unwrap();
        assert_eq!(e.span.col, 14);
        let e = parse_line(SourceLine::new(1, 0, "\tldr\tx0, [x1, #8"))
            .err()
            .unwrap();
        assert!(e.message.contains("malformed"));
    }
}
