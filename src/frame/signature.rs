//! Go function signatures (`--sig 'func f(a, b int64) (lo, hi uint64)'`), parsed with
//! `grammars/go_signature.pest`.
//!
//! Name resolution follows Go's parser: a parameter list is either all named (`a, b int,
//! p *T`: lone identifiers are names that take the next type) or all unnamed (`int, bool`);
//! mixing the two is an error. Only the types the frame stage can lay out today are
//! accepted ([`GoType`]); every other Go type parses, and is rejected with a located
//! "not supported yet" error.

use pest::iterators::Pair;
use pest::Parser;
use pest_derive::Parser;

use crate::diag::{Diagnostic, Span};

#[derive(Parser)]
#[grammar = "../grammars/go_signature.pest"]
struct SigParser;

/// A Go type the frame stage knows how to lay out.
///
/// `byte` and `rune` are aliases and parse as [`GoType::Uint8`] and [`GoType::Int32`].
/// Strings, slices, arrays, structs, interfaces and complex numbers will be added here (with
/// their asmdecl components `s_base`, `s_len`, ...); until then they are rejected at parse
/// time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoType {
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Bool,
    Float32,
    Float64,
    UnsafePointer,
    /// `*T` for any `T`: one pointer word. The pointee is kept as written.
    Pointer(String),
}

impl GoType {
    /// The Go spelling (aliases resolved: `byte` prints as `uint8`).
    pub fn spelling(&self) -> String {
        match self {
            GoType::Pointer(t) => format!("*{t}"),
            other => other.predeclared_name().to_string(),
        }
    }

    fn predeclared_name(&self) -> &'static str {
        match self {
            GoType::Int => "int",
            GoType::Int8 => "int8",
            GoType::Int16 => "int16",
            GoType::Int32 => "int32",
            GoType::Int64 => "int64",
            GoType::Uint => "uint",
            GoType::Uint8 => "uint8",
            GoType::Uint16 => "uint16",
            GoType::Uint32 => "uint32",
            GoType::Uint64 => "uint64",
            GoType::Uintptr => "uintptr",
            GoType::Bool => "bool",
            GoType::Float32 => "float32",
            GoType::Float64 => "float64",
            GoType::UnsafePointer => "unsafe.Pointer",
            GoType::Pointer(_) => "*",
        }
    }

    fn from_name(name: &str) -> Option<GoType> {
        Some(match name {
            "int" => GoType::Int,
            "int8" => GoType::Int8,
            "int16" => GoType::Int16,
            "int32" | "rune" => GoType::Int32,
            "int64" => GoType::Int64,
            "uint" => GoType::Uint,
            "uint8" | "byte" => GoType::Uint8,
            "uint16" => GoType::Uint16,
            "uint32" => GoType::Uint32,
            "uint64" => GoType::Uint64,
            "uintptr" => GoType::Uintptr,
            "bool" => GoType::Bool,
            "float32" => GoType::Float32,
            "float64" => GoType::Float64,
            "unsafe.Pointer" => GoType::UnsafePointer,
            _ => return None,
        })
    }
}

impl std::fmt::Display for GoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.spelling())
    }
}

/// One parameter or result. Grouped names (`a, b int`) give one `Param` each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// `None` for an unnamed parameter (`func g(int, bool)`); the layout names it `arg`,
    /// `arg1`, ... (results: `ret`, `ret1`, ...).
    pub name: Option<String>,
    pub ty: GoType,
    /// The name in the signature text, or the type when unnamed (line 1 for a one-line text).
    pub span: Span,
}

/// A parsed Go function signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub params: Vec<Param>,
    pub results: Vec<Param>,
}

/// Parses a Go function signature. Errors are located in `text` (line 1, column of the
/// offending token for a one-line signature); nothing here panics on malformed input.
pub fn parse_signature(text: &str) -> Result<Signature, Diagnostic> {
    let mut pairs = SigParser::parse(Rule::signature, text).map_err(syntax_error)?;
    let sig = pairs.next().expect("signature rule");
    let mut name = String::new();
    let mut params = Vec::new();
    let mut results = Vec::new();
    for p in sig.into_inner() {
        match p.as_rule() {
            Rule::func_name => name = p.as_str().to_string(),
            Rule::params => params = param_list(p)?,
            Rule::results => {
                let inner = p.into_inner().next().expect("results content");
                results = match inner.as_rule() {
                    Rule::params => param_list(inner)?,
                    _ => vec![Param {
                        name: None,
                        span: span_of(&inner),
                        ty: go_type(inner)?,
                    }],
                };
            }
            _ => {}
        }
    }
    Ok(Signature {
        name,
        params,
        results,
    })
}

/// One `param` of the grammar before name resolution.
enum Entry<'i> {
    /// `name type`.
    Named(Pair<'i, Rule>, Pair<'i, Rule>),
    /// A lone type (which may turn out to be a name).
    Lone(Pair<'i, Rule>),
}

fn param_list(list: Pair<'_, Rule>) -> Result<Vec<Param>, Diagnostic> {
    let entries: Vec<Entry> = list
        .into_inner()
        .filter(|p| p.as_rule() == Rule::param)
        .map(|param| {
            let inner = param.into_inner().next().expect("param content");
            match inner.as_rule() {
                Rule::named => {
                    let mut it = inner.into_inner();
                    let name = it.next().expect("param name");
                    let ty = it.next().expect("param type");
                    Entry::Named(name, ty)
                }
                _ => Entry::Lone(inner),
            }
        })
        .collect();
    let any_named = entries.iter().any(|e| matches!(e, Entry::Named(..)));
    let mut out = Vec::new();
    if !any_named {
        for e in entries {
            let Entry::Lone(ty) = e else { unreachable!() };
            out.push(Param {
                name: None,
                span: span_of(&ty),
                ty: go_type(ty)?,
            });
        }
        return Ok(out);
    }
    // A named list: lone entries must be plain identifiers waiting for the next type.
    let mut pending: Vec<(String, Span)> = Vec::new();
    for e in entries {
        match e {
            Entry::Lone(ty) => {
                match lone_identifier(&ty) {
                    Some(name) => pending.push((name, span_of(&ty))),
                    None => return Err(Diagnostic::error(
                        span_of(&ty),
                        format!(
                            "mixed named and unnamed parameters: `{}` has no name",
                            ty.as_str()
                        ),
                    )
                    .expected(
                        "a name before the type (`p *T`); Go requires all parameters named or none",
                    )),
                }
            }
            Entry::Named(name, ty) => {
                let t = go_type(ty)?;
                pending.push((name.as_str().to_string(), span_of(&name)));
                for (n, span) in pending.drain(..) {
                    out.push(Param {
                        name: Some(n),
                        ty: t.clone(),
                        span,
                    });
                }
            }
        }
    }
    if let Some((name, span)) = pending.first() {
        return Err(Diagnostic::error(
            *span,
            format!("mixed named and unnamed parameters: `{name}` has no type"),
        )
        .expected(format!(
            "a type after `{name}`; Go requires all parameters named or none"
        )));
    }
    Ok(out)
}

/// A `ty` (or `variadic`) that is a single unqualified identifier, i.e. could be a name.
fn lone_identifier(p: &Pair<'_, Rule>) -> Option<String> {
    if p.as_rule() != Rule::ty {
        return None;
    }
    let inner = p.clone().into_inner().next()?;
    let s = inner.as_str();
    (inner.as_rule() == Rule::type_name && !s.contains(['.', '['])).then(|| s.to_string())
}

/// Converts a `ty`/`variadic` pair into a supported [`GoType`] or a located error.
fn go_type(p: Pair<'_, Rule>) -> Result<GoType, Diagnostic> {
    let span = span_of(&p);
    let text = p.as_str();
    let unsupported = |what: &str| {
        Diagnostic::error(span, format!("type `{what}` is not supported yet"))
            .expected("an integer, bool, float32/float64, uintptr, unsafe.Pointer or pointer type")
    };
    if p.as_rule() == Rule::variadic {
        return Err(unsupported(text).help("a variadic parameter is a slice"));
    }
    let inner = p.into_inner().next().expect("type content");
    match inner.as_rule() {
        Rule::pointer => {
            let pointee = inner.into_inner().next().expect("pointee");
            Ok(GoType::Pointer(pointee.as_str().to_string()))
        }
        Rule::paren_ty => go_type(inner.into_inner().next().expect("inner type")),
        Rule::type_name => {
            let name = inner.as_str();
            if let Some(t) = GoType::from_name(name) {
                return Ok(t);
            }
            match name {
                "string" | "complex64" | "complex128" | "error" | "any" => Err(unsupported(name)),
                _ => Err(Diagnostic::error(span, format!("unknown type `{name}`"))
                    .expected(
                        "a predeclared type such as int64, uintptr, float64, unsafe.Pointer or *T",
                    )
                    .help("spell out the underlying type of a named type")),
            }
        }
        Rule::slice
        | Rule::array
        | Rule::map_ty
        | Rule::chan_ty
        | Rule::func_ty
        | Rule::struct_ty
        | Rule::interface_ty => Err(unsupported(text)),
        r => unreachable!("unexpected type rule {r:?}"),
    }
}

fn span_of(p: &Pair<'_, Rule>) -> Span {
    let (line, col) = p.line_col();
    Span::new(line as u32, col as u32, p.as_str().chars().count() as u32)
}

fn syntax_error(e: pest::error::Error<Rule>) -> Diagnostic {
    use pest::error::{ErrorVariant, LineColLocation};
    let (line, col, len) = match e.line_col {
        LineColLocation::Pos((l, c)) => (l, c, 1),
        LineColLocation::Span((l, c), (l2, c2)) => (
            l,
            c,
            if l == l2 {
                c2.saturating_sub(c).max(1)
            } else {
                1
            },
        ),
    };
    let span = Span::new(line as u32, col as u32, len as u32);
    let found = e.line().chars().nth(col.saturating_sub(1));
    let message = match found {
        Some(c) => format!("unexpected `{c}` in Go signature"),
        None => "unexpected end of Go signature".to_string(),
    };
    let mut expected: Vec<&str> = Vec::new();
    if let ErrorVariant::ParsingError { positives, .. } = &e.variant {
        for r in positives {
            let what = describe(*r);
            if !expected.contains(&what) {
                expected.push(what);
            }
        }
    }
    let expected = match expected.len() {
        0 => "a signature such as `func f(a, b int64) uint64`".to_string(),
        1 => expected[0].to_string(),
        _ => {
            let (last, rest) = expected.split_last().expect("non-empty");
            format!("{} or {last}", rest.join(", "))
        }
    };
    Diagnostic::error(span, message).expected(expected)
}

fn describe(r: Rule) -> &'static str {
    match r {
        Rule::sig_func => "`func`",
        Rule::func_name | Rule::ident => "a function name",
        Rule::params | Rule::lparen => "`(`",
        Rule::rparen => "`)`",
        Rule::comma => "`,`",
        Rule::param | Rule::named | Rule::param_name => "a parameter",
        Rule::results => "a result type or `(`",
        Rule::variadic => "`...`",
        Rule::EOI => "the end of the signature",
        Rule::array_len => "an array length",
        // Every other rule starts a type (`map`, `chan`, `func(...)`, `*T`, `[]T`, ...).
        _ => "a type",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: Option<&str>, ty: GoType, col: u32, len: u32) -> Param {
        Param {
            name: name.map(str::to_string),
            ty,
            span: Span::new(1, col, len),
        }
    }

    #[test]
    fn call1() {
        let s = parse_signature("func call1(addr, arg1 uintptr) uintptr").unwrap();
        assert_eq!(s.name, "call1");
        assert_eq!(
            s.params,
            vec![
                p(Some("addr"), GoType::Uintptr, 12, 4),
                p(Some("arg1"), GoType::Uintptr, 18, 4)
            ]
        );
        assert_eq!(s.results, vec![p(None, GoType::Uintptr, 32, 7)]);
    }

    #[test]
    fn grouped_pointer_and_named_results() {
        let s = parse_signature(
            "func f(a int8, b, c uint16, p *float64, q unsafe.Pointer) (lo, hi uint64)",
        )
        .unwrap();
        let tys: Vec<(Option<&str>, &GoType)> = s
            .params
            .iter()
            .map(|p| (p.name.as_deref(), &p.ty))
            .collect();
        assert_eq!(
            tys,
            vec![
                (Some("a"), &GoType::Int8),
                (Some("b"), &GoType::Uint16),
                (Some("c"), &GoType::Uint16),
                (Some("p"), &GoType::Pointer("float64".into())),
                (Some("q"), &GoType::UnsafePointer),
            ]
        );
        assert_eq!(s.params[2].span, Span::new(1, 19, 1));
        assert_eq!(
            s.results,
            vec![
                p(Some("lo"), GoType::Uint64, 60, 2),
                p(Some("hi"), GoType::Uint64, 64, 2)
            ]
        );
    }

    #[test]
    fn unnamed_and_empty() {
        let s = parse_signature("func g(int, bool) float32").unwrap();
        assert_eq!(
            s.params,
            vec![p(None, GoType::Int, 8, 3), p(None, GoType::Bool, 13, 4)]
        );
        assert_eq!(s.results, vec![p(None, GoType::Float32, 19, 7)]);
        let h = parse_signature("func h()").unwrap();
        assert_eq!(
            (h.name.as_str(), h.params.len(), h.results.len()),
            ("h", 0, 0)
        );
        let h = parse_signature("  func   h ( ) ( )  ").unwrap();
        assert!(h.params.is_empty() && h.results.is_empty());
    }

    #[test]
    fn aliases_pointers_parens_trailing_comma() {
        let s =
            parse_signature("func k(b byte, r rune, pp **[4]int, s *string,) (x (int))").unwrap();
        assert_eq!(s.params[0].ty, GoType::Uint8);
        assert_eq!(s.params[1].ty, GoType::Int32);
        assert_eq!(s.params[2].ty, GoType::Pointer("*[4]int".into()));
        assert_eq!(s.params[3].ty, GoType::Pointer("string".into()));
        assert_eq!(s.results[0].ty, GoType::Int);
        assert_eq!(s.params[2].ty.to_string(), "**[4]int");
    }

    #[test]
    fn names_may_shadow_type_names() {
        // Valid Go: a parameter called `int` of type `int64`.
        let s = parse_signature("func f(int int64, unsafe unsafe.Pointer)").unwrap();
        assert_eq!(s.params[0].name.as_deref(), Some("int"));
        assert_eq!(s.params[1].ty, GoType::UnsafePointer);
    }

    #[test]
    fn unsupported_types_are_located() {
        // (signature, message, the located token).
        let cases = [
            (
                "func f(s string)",
                "type `string` is not supported yet",
                "string",
            ),
            (
                "func f(a int, b []byte)",
                "type `[]byte` is not supported yet",
                "[]byte",
            ),
            (
                "func f([4]int)",
                "type `[4]int` is not supported yet",
                "[4]int",
            ),
            (
                "func f() error",
                "type `error` is not supported yet",
                "error",
            ),
            (
                "func f(c complex128)",
                "type `complex128` is not supported yet",
                "complex128",
            ),
            (
                "func f(v struct{ a, b int })",
                "type `struct{ a, b int }` is not supported yet",
                "struct{ a, b int }",
            ),
            (
                "func f(i interface{})",
                "type `interface{}` is not supported yet",
                "interface{}",
            ),
            (
                "func f(m map[string]int)",
                "type `map[string]int` is not supported yet",
                "map[string]int",
            ),
            (
                "func f(xs ...int)",
                "type `...int` is not supported yet",
                "...int",
            ),
            (
                "func f(cb func(int) bool)",
                "type `func(int) bool` is not supported yet",
                "func(int) bool",
            ),
            (
                "func f(ch <-chan int)",
                "type `<-chan int` is not supported yet",
                "<-chan int",
            ),
            ("func f(a MyInt)", "unknown type `MyInt`", "MyInt"),
            ("func f(a pkg.T)", "unknown type `pkg.T`", "pkg.T"),
            (
                "func f(a List[int])",
                "unknown type `List[int]`",
                "List[int]",
            ),
        ];
        for (text, msg, token) in cases {
            let col = text.find(token).unwrap() as u32 + 1;
            let e = parse_signature(text).unwrap_err();
            assert_eq!(e.message, msg, "{text}");
            assert_eq!(e.span, Span::new(1, col, token.len() as u32), "{text}");
            assert!(e.expected.is_some(), "{text}");
        }
    }

    #[test]
    fn mixed_named_and_unnamed() {
        let e = parse_signature("func f(a int, *int)").unwrap_err();
        assert_eq!(e.span, Span::new(1, 15, 4));
        assert!(
            e.message.starts_with("mixed named and unnamed"),
            "{}",
            e.message
        );
        let e = parse_signature("func f(a int, b)").unwrap_err();
        assert_eq!(e.span, Span::new(1, 15, 1));
        assert!(e.message.contains("`b` has no type"), "{}", e.message);
        let e = parse_signature("func f() (lo uint64, int)").unwrap_err();
        assert_eq!(e.span, Span::new(1, 22, 3));
        assert!(e.message.contains("`int` has no type"), "{}", e.message);
    }

    #[test]
    fn syntax_errors_are_located_with_expectations() {
        let e = parse_signature("f(a int)").unwrap_err();
        assert_eq!(e.span.col, 1);
        assert_eq!(e.expected.as_deref(), Some("`func`"));
        let e = parse_signature("func (a int)").unwrap_err();
        assert_eq!(e.span.col, 6);
        assert_eq!(e.expected.as_deref(), Some("a function name"));
        let e = parse_signature("func f(a int").unwrap_err();
        assert_eq!((e.span.line, e.span.col), (1, 13));
        assert_eq!(e.message, "unexpected end of Go signature");
        assert_eq!(e.expected.as_deref(), Some("`)` or `,`"));
        let e = parse_signature("func f(a b c)").unwrap_err();
        assert_eq!(
            (e.span.col, e.message.as_str()),
            (12, "unexpected `c` in Go signature")
        );
        assert_eq!(e.expected.as_deref(), Some("`)` or `,`"));
        let e = parse_signature("func f(*)").unwrap_err();
        assert_eq!((e.span.col, e.expected.as_deref()), (9, Some("a type")));
        let e = parse_signature("func f(a int) uint64 extra").unwrap_err();
        assert_eq!(e.span.col, 22);
        assert!(e.expected.unwrap().contains("the end of the signature"));
    }

    #[test]
    fn malformed_inputs_never_panic() {
        for text in [
            "",
            "func",
            "func f",
            "func f(",
            "func f)",
            "func f(,)",
            "func f(a,)",
            "func f(a b c)",
            "func f() (",
            "func f() (a",
            "func f(*)",
            "func f([)",
            "func f(a [",
            "func f(struct{)",
            "func f(a ...)",
            "func f() ...int",
            "func 1f()",
            "func f(a, b, c)",
            "func f(a...int)",
            "func f(a int,, b int)",
            "func f(\u{e9} int) \u{e9}",
            "func f(a int)\n(b int)",
        ] {
            let _ = parse_signature(text);
        }
        // `func f(a, b, c)` is three unnamed parameters of (unknown) types a, b, c.
        let e = parse_signature("func f(a, b, c)").unwrap_err();
        assert_eq!(e.message, "unknown type `a`");
    }
}
