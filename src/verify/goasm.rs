//! Go (Plan 9) assembly text → [`Statement`]s, for the `encode` command and the tests.
//!
//! The grammar is `grammars/goasm.pest`: one source line at a time, labels, statements
//! separated by `;`, a `//` comment. Instruction operands become [`Operand`]s that borrow
//! from the line; nothing about an architecture is decided here (an identifier operand is a
//! [`Operand::Name`]: the encoder knows whether it is a register or a branch target).
//!
//! The amd64 encoder resolves these operands into the typed Go IR (`crate::ir::go`), the
//! one input it encodes, whether the instruction was read from text or converted
//! (`src/verify/go_amd64/`). The arm64 encoder resolves both these operands (text) and
//! the typed Go IR (converted instructions) into its own operand type
//! (`src/verify/go_arm64/operands.rs`).

use crate::diag::{Diagnostic, SourceLine, Span};
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/goasm.pest"]
struct GoAsmParser;

/// The most operands any Go instruction takes (`VPTERNLOGD $1, Z1, Z2, K1, Z3` has 5).
pub const MAX_OPERANDS: usize = 6;

/// A memory reference: `seg:sym<>+disp(base)(index*scale)`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MemRef<'a> {
    pub segment: Option<&'a str>,
    /// The symbol before the displacement (`sym<>`, `x` in `x+8(FP)`).
    pub symbol: Option<&'a str>,
    /// Register or pseudo-register in the first parentheses (`SB`, `FP`, `SP`, `AX`).
    pub base: Option<&'a str>,
    pub index: Option<&'a str>,
    pub scale: u8,
    pub disp: i64,
}

/// One Go operand as written.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Operand<'a> {
    #[default]
    None,
    /// A bare identifier: a register (`AX`, `X3`, `K1`) or a branch target (`loop`); also
    /// an arm64 register expression as written (`R1<<3`, `(R0, R1)`, `[V0.B16, V1.B16]`,
    /// `V1.S[2]`, `(R1)(R2<<3)`), which the arm64 encoder reads.
    Name(&'a str),
    /// `[Z1-Z4]`.
    RegList(&'a str, &'a str),
    /// `$n`.
    Imm(i64),
    /// `$1.5`.
    Float(f64),
    /// `$"text"` (DATA only), the literal with its quotes.
    Str(&'a str),
    /// `$sym<>+8(SB)`: an address.
    Addr(MemRef<'a>),
    Mem(MemRef<'a>),
    /// A bare number (`JMP 2(PC)` is a [`Operand::Mem`] with base `PC`).
    Num(i64),
}

/// The operands of one instruction, inline (no allocation).
#[derive(Debug, Clone, Copy, Default)]
pub struct Operands<'a> {
    ops: [Operand<'a>; MAX_OPERANDS],
    spans: [Span; MAX_OPERANDS],
    len: usize,
}

impl<'a> Operands<'a> {
    pub fn push(&mut self, op: Operand<'a>, span: Span) -> bool {
        if self.len == MAX_OPERANDS {
            return false;
        }
        self.ops[self.len] = op;
        self.spans[self.len] = span;
        self.len += 1;
        true
    }
    pub fn as_slice(&self) -> &[Operand<'a>] {
        &self.ops[..self.len]
    }
    pub fn spans(&self) -> &[Span] {
        &self.spans[..self.len]
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// One Go instruction: mnemonic (with `.` suffixes such as `.BCST.Z`) and operands.
#[derive(Debug, Clone, Copy)]
pub struct Instruction<'a> {
    pub mnemonic: &'a str,
    pub operands: Operands<'a>,
    /// The whole statement.
    pub span: Span,
}

/// One statement of a line.
// Instructions dominate; their operands are inline on purpose (no allocation per line).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy)]
pub enum Statement<'a> {
    Inst(Instruction<'a>),
    /// `TEXT`, `DATA`, `GLOBL`, `FUNCDATA`, `PCDATA`, `NO_LOCAL_POINTERS`: no bytes.
    Pseudo {
        name: &'a str,
        /// The arguments as written (`·f(SB), NOSPLIT, $0-24`).
        args: &'a str,
        span: Span,
    },
    /// `#include`, `#define`...: no bytes.
    Preprocessor(Span),
}

/// A parsed line.
#[derive(Debug, Clone, Default)]
pub struct Line<'a> {
    pub labels: Vec<(&'a str, Span)>,
    pub statements: Vec<Statement<'a>>,
}

/// Parses one line on its own (`number` is 1-based, for spans; their bytes are of `text`).
pub fn parse_line(text: &str, number: u32) -> Result<Line<'_>, Diagnostic> {
    parse_source_line(SourceLine::new(number, 0, text))
}

/// Parses one line of an input (spans are of that input).
pub fn parse_source_line(source_line: SourceLine<'_>) -> Result<Line<'_>, Diagnostic> {
    let (text, number) = (source_line.text, source_line.number);
    let span_of = |s: pest::Span<'_>| source_line.span(s.start(), s.end());
    let pairs = GoAsmParser::parse(Rule::line, text).map_err(|e| {
        let pos = match e.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((s, _)) => s,
        }
        .min(text.len());
        let col = text[..pos].chars().count() as u32 + 1;
        let rest = &text[pos..];
        let len = rest.find([',', ' ', '\t']).unwrap_or(rest.len()).max(1);
        let bytes = source_line.bytes(pos..pos + len.min(rest.len()));
        let span = Span::new(number, col, len as u32).at(bytes);
        Diagnostic::error(span, "malformed Go assembly").expected(
            "an instruction (`MOVQ x+8(FP), AX`, `VADDPD.Z Z1, Z2, K1, Z3`), a label or a directive",
        )
    })?;
    let mut line = Line::default();
    for p in pairs.into_iter().next().unwrap().into_inner() {
        match p.as_rule() {
            Rule::label => {
                let id = p.into_inner().next().unwrap();
                line.labels.push((id.as_str(), span_of(id.as_span())));
            }
            Rule::preproc => line
                .statements
                .push(Statement::Preprocessor(span_of(p.as_span()))),
            Rule::pseudo => {
                let span = span_of(p.as_span());
                let mut inner = p.into_inner();
                let name = inner.next().unwrap().as_str();
                let args = inner.next().map_or("", |a| a.as_str().trim());
                line.statements.push(Statement::Pseudo { name, args, span });
            }
            Rule::instruction => {
                let span = span_of(p.as_span());
                let mut inner = p.into_inner();
                let mnemonic = inner.next().unwrap().as_str();
                let mut operands = Operands::default();
                for op in inner {
                    let s = span_of(op.as_span());
                    let value = operand(op.into_inner().next().unwrap(), s)?;
                    if !operands.push(value, s) {
                        return Err(Diagnostic::error(s, "too many operands")
                            .expected(format!("at most {MAX_OPERANDS} operands")));
                    }
                }
                line.statements.push(Statement::Inst(Instruction {
                    mnemonic,
                    operands,
                    span,
                }));
            }
            _ => {}
        }
    }
    Ok(line)
}

fn operand<'a>(p: Pair<'a, Rule>, span: Span) -> Result<Operand<'a>, Diagnostic> {
    Ok(match p.as_rule() {
        Rule::reglist => {
            let mut i = p.into_inner();
            Operand::RegList(i.next().unwrap().as_str(), i.next().unwrap().as_str())
        }
        Rule::immediate => {
            let v = p.into_inner().next().unwrap();
            match v.as_rule() {
                Rule::float => {
                    Operand::Float(v.as_str().parse().map_err(|_| {
                        Diagnostic::error(span, "malformed floating-point constant")
                    })?)
                }
                Rule::string => Operand::Str(v.as_str()),
                Rule::memory => Operand::Addr(memory(v, span)?),
                _ => Operand::Imm(expr(v, span)?),
            }
        }
        Rule::memory => Operand::Mem(memory(p, span)?),
        // arm64 register expressions are names as written (the arm64 encoder reads them).
        Rule::arm64 => Operand::Name(p.as_str()),
        _ => {
            // A lone identifier is a name; anything else must be a constant.
            let text = p.as_str().trim();
            let is_name = p
                .clone()
                .into_inner()
                .next()
                .filter(|t| t.as_str().trim() == text)
                .and_then(|t| t.into_inner().next())
                .is_some_and(|a| a.as_rule() == Rule::ident && a.as_str() == text);
            if is_name {
                Operand::Name(text)
            } else {
                Operand::Num(expr(p, span)?)
            }
        }
    })
}

fn memory<'a>(p: Pair<'a, Rule>, span: Span) -> Result<MemRef<'a>, Diagnostic> {
    let mut m = MemRef {
        scale: 1,
        ..MemRef::default()
    };
    for part in p.into_inner() {
        match part.as_rule() {
            Rule::segment => m.segment = Some(part.as_str()),
            Rule::offset => {
                let mut negative = false;
                for t in part.into_inner() {
                    match t.as_rule() {
                        Rule::symref => m.symbol = Some(t.as_str()),
                        Rule::sign => negative = t.as_str() == "-",
                        _ => {
                            let v = term(t, span)?;
                            m.disp = if negative {
                                m.disp.wrapping_sub(v)
                            } else {
                                m.disp.wrapping_add(v)
                            };
                        }
                    }
                }
            }
            Rule::base => m.base = Some(part.as_str()),
            Rule::index => {
                let (reg, scale) = part.as_str().split_once('*').unwrap();
                m.index = Some(reg);
                m.scale = scale
                    .parse()
                    .ok()
                    .filter(|s| matches!(s, 1 | 2 | 4 | 8))
                    .ok_or_else(|| {
                        Diagnostic::error(span, format!("bad scale `{scale}`"))
                            .expected("1, 2, 4 or 8")
                    })?;
            }
            _ => {}
        }
    }
    Ok(m)
}

/// Evaluates an `expr` with Go's precedence (`* / % << >> &` over `+ - | ^`).
fn expr(p: Pair<'_, Rule>, span: Span) -> Result<i64, Diagnostic> {
    let mut sum: i64 = 0;
    let mut product: Option<i64> = None;
    let mut add_op = "+";
    let mut mul_op = "";
    for t in p.into_inner() {
        match t.as_rule() {
            Rule::binop => match t.as_str() {
                op @ ("+" | "-" | "|" | "^") => {
                    sum = apply(add_op, sum, product.take().unwrap_or(0), span)?;
                    add_op = op;
                }
                op => mul_op = op,
            },
            _ => {
                let v = term(t, span)?;
                product = Some(match product {
                    None => v,
                    Some(acc) => apply(mul_op, acc, v, span)?,
                });
            }
        }
    }
    apply(add_op, sum, product.unwrap_or(0), span)
}

fn apply(op: &str, a: i64, b: i64, span: Span) -> Result<i64, Diagnostic> {
    Ok(match op {
        "+" => a.wrapping_add(b),
        "-" => a.wrapping_sub(b),
        "|" => a | b,
        "^" => a ^ b,
        "*" => a.wrapping_mul(b),
        "&" => a & b,
        "<<" => a.wrapping_shl(b as u32),
        ">>" => a.wrapping_shr(b as u32),
        "/" | "%" if b == 0 => return Err(Diagnostic::error(span, "division by zero")),
        "/" => a.wrapping_div(b),
        "%" => a.wrapping_rem(b),
        _ => unreachable!("operator {op}"),
    })
}

fn term(p: Pair<'_, Rule>, span: Span) -> Result<i64, Diagnostic> {
    let mut ops = Vec::new();
    let mut value = 0;
    for t in p.into_inner() {
        match t.as_rule() {
            Rule::unop => ops.push(t.as_str()),
            Rule::number => {
                value = parse_number(t.as_str()).ok_or_else(|| {
                    Diagnostic::error(span, format!("bad number `{}`", t.as_str()))
                })?
            }
            Rule::char => {
                let s = &t.as_str()[1..t.as_str().len() - 1];
                value = match s.strip_prefix('\\') {
                    Some("n") => 10,
                    Some("t") => 9,
                    Some("0") => 0,
                    Some(c) => c.chars().next().unwrap_or('\0') as i64,
                    None => s.chars().next().unwrap_or('\0') as i64,
                };
            }
            Rule::expr => value = expr(t, span)?,
            _ => {
                return Err(
                    Diagnostic::error(span, format!("`{}` is not a constant", t.as_str()))
                        .expected("a number or a constant expression"),
                )
            }
        }
    }
    for op in ops.iter().rev() {
        value = match *op {
            "-" => value.wrapping_neg(),
            "^" | "~" => !value,
            _ => value,
        };
    }
    Ok(value)
}

/// Go's integer literals: decimal, `0x`, `0b`, and octal with a leading `0`. Values up to
/// 2^64-1 wrap into `i64` as Go's assembler reads them.
pub fn parse_number(t: &str) -> Option<i64> {
    let v = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        u64::from_str_radix(h, 16).ok()
    } else if let Some(b) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        u64::from_str_radix(b, 2).ok()
    } else if t.len() > 1 && t.starts_with('0') {
        u64::from_str_radix(&t[1..], 8).ok()
    } else {
        t.parse::<u64>().ok()
    };
    v.map(|v| v as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Instruction<'_> {
        match parse_line(text, 1).unwrap().statements[0] {
            Statement::Inst(i) => i,
            s => panic!("{s:?}"),
        }
    }

    #[test]
    fn operands() {
        let i = one("\tVADDPD.BCST.Z 8(AX)(BX*4), Z2, K1, Z3 // x");
        assert_eq!(i.mnemonic, "VADDPD.BCST.Z");
        let ops = i.operands.as_slice();
        assert_eq!(
            ops[0],
            Operand::Mem(MemRef {
                base: Some("AX"),
                index: Some("BX"),
                scale: 4,
                disp: 8,
                ..MemRef::default()
            })
        );
        assert_eq!(ops[3], Operand::Name("Z3"));
        let i = one("MOVQ x+8(FP), AX");
        assert!(matches!(
            i.operands.as_slice()[0],
            Operand::Mem(MemRef {
                symbol: Some("x"),
                base: Some("FP"),
                disp: 8,
                ..
            })
        ));
        let i = one("VGATHERDPD Y0, -8(X14*8), Y6");
        assert!(matches!(
            i.operands.as_slice()[1],
            Operand::Mem(MemRef {
                base: None,
                index: Some("X14"),
                scale: 8,
                disp: -8,
                ..
            })
        ));
        let i = one("ADDQ $(1<<3)+2, (AX)");
        assert_eq!(i.operands.as_slice()[0], Operand::Imm(10));
        let i = one("LEAQ sym<>+8(SB), AX");
        assert!(matches!(
            i.operands.as_slice()[0],
            Operand::Mem(MemRef {
                symbol: Some("sym<>"),
                base: Some("SB"),
                disp: 8,
                ..
            })
        ));
        let i = one("V4FMADDPS 17(SP), [Z1-Z4], K1, Z2");
        assert_eq!(i.operands.as_slice()[1], Operand::RegList("Z1", "Z4"));
        let i = one("MOVQ $-1, AX");
        assert_eq!(i.operands.as_slice()[0], Operand::Imm(-1));
        let i = one("MOVQ $0xffffffffffffffff, AX");
        assert_eq!(i.operands.as_slice()[0], Operand::Imm(-1));
    }

    #[test]
    fn lines() {
        let l = parse_line("loop: MOVQ AX, BX; RET // c", 3).unwrap();
        assert_eq!(l.labels[0].0, "loop");
        assert_eq!(l.statements.len(), 2);
        let l = parse_line("#include \"textflag.h\"", 1).unwrap();
        assert!(matches!(l.statements[0], Statement::Preprocessor(_)));
        let l = parse_line("TEXT ·f(SB), NOSPLIT, $0-24", 1).unwrap();
        assert!(matches!(
            l.statements[0],
            Statement::Pseudo { name: "TEXT", .. }
        ));
        let l = parse_line("DATA x<>+0(SB)/8, $1", 1).unwrap();
        assert!(matches!(
            l.statements[0],
            Statement::Pseudo { name: "DATA", .. }
        ));
        assert!(parse_line("MOVQ AX,, BX", 7).is_err());
    }

    #[test]
    fn spans_are_bytes_of_the_input() {
        let input = "TEXT ·f(SB), 0, $0\n\tMOVQ AX, BX // é\n\tMOVQ AX,, BX\n";
        let lines: Vec<_> = crate::diag::source_lines(input).collect();
        let Statement::Inst(i) = parse_source_line(lines[1]).unwrap().statements[0] else {
            panic!("not an instruction");
        };
        assert_eq!(i.span.text(input), "MOVQ AX, BX ");
        assert_eq!(i.operands.spans()[1].text(input), "BX ");
        let e = parse_source_line(lines[2]).unwrap_err();
        assert_eq!((e.span.line, e.span.text(input)), (3, ","));
    }
}
