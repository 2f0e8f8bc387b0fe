//! Assembler expressions (`8`, `-0x10`, `.LC0+8`, `.L4-.L3`, `rcx + 4*rax - 32`) evaluated to
//! a linear form ([`Linear`]): a constant plus named terms with integer coefficients. Callers
//! decide what a name is (a register inside an Intel bracket, a symbol, `.` for "here").
//!
//! The input is an `expr` pair of any pest grammar composed with `grammars/gnu_common.pest`
//! (the GNU directive grammar, the x86-64 dialects): such a parser names its expression rules
//! through [`ExprRules`], implemented by [`expression_rules!`]. Also here: [`Locator`], which
//! turns pest spans into [`Span`]s (line:column, and bytes of the input) for every parser of
//! the stage.

use crate::diag::{Diagnostic, SourceLine, Span};
use pest::iterators::Pair;

/// The expression rules of a grammar composed with `grammars/gnu_common.pest`.
pub trait ExprRules: pest::RuleType {
    const EXPR: Self;
    const BINOP: Self;
    const NEG: Self;
    const NUMBER: Self;
    const HERE: Self;
    const SYMBOL: Self;
}

/// Implements [`ExprRules`] for the `Rule` enum of a parser composed with
/// `grammars/gnu_common.pest` (the rules have the same names in every such grammar).
macro_rules! expression_rules {
    ($rule:ty) => {
        impl $crate::parse::expr::ExprRules for $rule {
            const EXPR: Self = Self::expr;
            const BINOP: Self = Self::binop;
            const NEG: Self = Self::neg;
            const NUMBER: Self = Self::number;
            const HERE: Self = Self::here;
            const SYMBOL: Self = Self::symbol;
        }
    };
}
pub(crate) use expression_rules;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Linear<'a> {
    pub constant: i128,
    /// (name, coefficient), in source order, never with coefficient 0. Names borrow the input.
    pub terms: Vec<(&'a str, i64)>,
    /// The sum above shifted right by this many bits (`(.L3 - .Lrtx4) / 4`, `(… )>>2`: the
    /// entries of arm64 jump tables); 0 for a plain sum.
    pub shift: u32,
}

impl<'a> Linear<'a> {
    pub(crate) fn constant(c: i128) -> Linear<'a> {
        Linear {
            constant: c,
            terms: vec![],
            shift: 0,
        }
    }

    pub fn as_constant(&self) -> Option<i128> {
        self.terms.is_empty().then_some(self.constant)
    }

    pub(crate) fn scaled(mut self, k: i128, span: Span) -> Result<Linear<'a>, Diagnostic> {
        if self.shift != 0 && !self.terms.is_empty() {
            return Err(
                Diagnostic::error(span, "a product with a shifted symbol difference")
                    .expected("`(a - b) / 4` alone"),
            );
        }
        self.constant = self.constant.wrapping_mul(k);
        for t in &mut self.terms {
            t.1 = i64::try_from(t.1 as i128 * k)
                .map_err(|_| Diagnostic::error(span, "coefficient out of range"))?;
        }
        self.terms.retain(|t| t.1 != 0);
        Ok(self)
    }

    /// Terms are kept apart (`rax + rax*2` is a base and an index, not `rax*3`).
    pub(crate) fn add(mut self, other: Linear<'a>, span: Span) -> Result<Linear<'a>, Diagnostic> {
        if self.shift != 0 || other.shift != 0 {
            return Err(
                Diagnostic::error(span, "a sum with a shifted symbol difference")
                    .expected("`(a - b) / 4` alone"),
            );
        }
        self.constant = self.constant.wrapping_add(other.constant);
        self.terms.extend(other.terms);
        Ok(self)
    }
}

/// Maps a pest span of a parse of `text` (the source line `line`, which starts at byte `start`
/// of the input), or of a slice of it, to a diagnostic span on `line`.
#[derive(Clone, Copy)]
pub struct Locator<'a> {
    pub line: u32,
    pub start: u32,
    pub text: &'a str,
    /// [`SourceLine::ascii`] of `text`.
    pub ascii: u32,
}

impl<'a> Locator<'a> {
    pub fn new(line: SourceLine<'a>) -> Locator<'a> {
        Locator {
            line: line.number,
            start: line.start,
            text: line.text,
            ascii: line.ascii,
        }
    }

    /// The line as [`SourceLine`], for spans of byte positions in `text`.
    pub fn source_line(&self) -> SourceLine<'a> {
        SourceLine {
            number: self.line,
            start: self.start,
            text: self.text,
            ascii: self.ascii,
        }
    }

    pub fn span(&self, s: pest::Span<'_>) -> Span {
        // A directive is parsed from its `.` on: its spans count from where that slice starts.
        let base = (s.get_input().as_ptr() as usize)
            .checked_sub(self.text.as_ptr() as usize)
            .filter(|b| b + s.get_input().len() <= self.text.len())
            .expect("a span of a parse of this line");
        self.source_line().span(base + s.start(), base + s.end())
    }
}

pub fn parse_number(text: &str) -> Option<i128> {
    let t = text;
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        i128::from_str_radix(h, 16).ok()
    } else if let Some(b) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        i128::from_str_radix(b, 2).ok()
    } else if t.len() > 1 && t.starts_with('0') {
        i128::from_str_radix(&t[1..], 8).ok()
    } else {
        t.parse().ok()
    }
}

/// Evaluates an `expr` pair with GNU as precedence: `* / << >>` bind tightest, then
/// `& | ^`, then `+ -`; left to right within a level. One pass with an operator stack
/// (linear in the number of terms).
pub fn eval<'a, R: ExprRules>(
    pair: Pair<'a, R>,
    loc: Locator<'_>,
) -> Result<Linear<'a>, Diagnostic> {
    let span = loc.span(pair.as_span());
    let mut values: Vec<Linear<'a>> = Vec::new();
    let mut ops: Vec<&str> = Vec::new();
    // Applies the operator on top of the stack to the two values on top.
    let reduce = |values: &mut Vec<Linear<'a>>, ops: &mut Vec<&str>| {
        let op = ops.pop().expect("an operator to apply");
        let rhs = values.pop().expect("grammar guarantees an operand");
        let lhs = values.pop().expect("grammar guarantees an operand");
        values.push(apply(op, lhs, rhs, span)?);
        Ok::<(), Diagnostic>(())
    };
    for p in pair.into_inner() {
        if p.as_rule() == R::BINOP {
            let op = p.as_str();
            while ops
                .last()
                .is_some_and(|top| precedence(top) >= precedence(op))
            {
                reduce(&mut values, &mut ops)?;
            }
            ops.push(op);
        } else {
            values.push(eval_unary(p, loc)?);
        }
    }
    while !ops.is_empty() {
        reduce(&mut values, &mut ops)?;
    }
    Ok(values.pop().expect("grammar guarantees an operand"))
}

/// How tightly a binary operator binds (higher first).
fn precedence(op: &str) -> u8 {
    match op {
        "*" | "/" | "<<" | ">>" => 3,
        "&" | "|" | "^" => 2,
        _ => 1,
    }
}

fn apply<'a>(op: &str, a: Linear<'a>, b: Linear<'a>, span: Span) -> Result<Linear<'a>, Diagnostic> {
    match op {
        "+" => a.add(b, span),
        "-" => a.add(b.scaled(-1, span)?, span),
        "*" => match (a.as_constant(), b.as_constant()) {
            (Some(k), _) => b.scaled(k, span),
            (_, Some(k)) => a.scaled(k, span),
            _ => {
                Err(Diagnostic::error(span, "product of two symbols").expected("a constant factor"))
            }
        },
        // A symbol difference divided by a power of two (arm64 jump tables): kept as a shift.
        "/" | ">>" if a.as_constant().is_none() && a.shift == 0 => {
            let shift = match (op, b.as_constant()) {
                ("/", Some(d)) if d > 0 && d & (d - 1) == 0 => d.trailing_zeros(),
                (">>", Some(k @ 0..=63)) => k as u32,
                _ => {
                    return Err(
                        Diagnostic::error(span, format!("`{op}` applied to a symbol"))
                            .expected("a symbol difference divided by a power of two"),
                    )
                }
            };
            Ok(Linear { shift, ..a })
        }
        _ => {
            let (Some(x), Some(y)) = (a.as_constant(), b.as_constant()) else {
                return Err(
                    Diagnostic::error(span, format!("`{op}` applied to a symbol"))
                        .expected("constant operands"),
                );
            };
            let v = match op {
                "/" if y != 0 => x / y,
                "/" => return Err(Diagnostic::error(span, "division by zero")),
                "<<" => x.wrapping_shl(y as u32),
                ">>" => x.wrapping_shr(y as u32),
                "&" => x & y,
                "|" => x | y,
                _ => x ^ y,
            };
            Ok(Linear::constant(v))
        }
    }
}

fn eval_unary<'a, R: ExprRules>(
    pair: Pair<'a, R>,
    loc: Locator<'_>,
) -> Result<Linear<'a>, Diagnostic> {
    let span = loc.span(pair.as_span());
    let mut negs = Vec::new();
    let mut value = None;
    for p in pair.into_inner() {
        let rule = p.as_rule();
        if rule == R::NEG {
            negs.push(p.as_str() == "-");
        } else if rule == R::NUMBER {
            let v = parse_number(p.as_str())
                .ok_or_else(|| Diagnostic::error(loc.span(p.as_span()), "number out of range"))?;
            value = Some(Linear::constant(v));
        } else if rule == R::HERE {
            value = Some(Linear {
                terms: vec![(".", 1)],
                ..Linear::default()
            });
        } else if rule == R::SYMBOL {
            value = Some(Linear {
                terms: vec![(p.as_str().trim_matches('"'), 1)],
                ..Linear::default()
            });
        } else if rule == R::EXPR {
            value = Some(eval(p, loc)?);
        } else {
            unreachable!("unexpected {rule:?} in an expression");
        }
    }
    let mut v = value.expect("grammar guarantees an atom");
    for minus in negs.into_iter().rev() {
        v = if minus {
            v.scaled(-1, span)?
        } else {
            let c = v.as_constant().ok_or_else(|| {
                Diagnostic::error(span, "`~` applied to a symbol").expected("a constant")
            })?;
            Linear::constant(!c)
        };
    }
    Ok(v)
}
