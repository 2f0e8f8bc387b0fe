//! Go function signatures (`--sig 'func f(a, b int64) (lo, hi uint64)'`) and Go types,
//! parsed with `grammars/go_signature.pest` (shared with the `--go` reader, see
//! [`gosrc`](super::gosrc)).
//!
//! Two steps, as in a compiler:
//!
//! 1. **Syntax**: a parameter list is either all named (`a, b int, p *T`: lone identifiers
//!    are names that take the next type) or all unnamed (`int, bool`); mixing the two is an
//!    error. Types become [`TypeExpr`]s, which keep the names as written.
//! 2. **Resolution** against a [`TypeEnv`] (the type declarations of the `--go` files):
//!    every name becomes its [`GoType`] (predeclared types, `any`, `error`,
//!    `unsafe.Pointer`, or a declared type with its underlying type), array lengths become
//!    numbers, and types that cannot be laid out (unknown or generic names, other packages'
//!    types, a struct that contains itself by value) are located errors.
//!
//! Pointers, slices, maps, channels and funcs keep their element types as written: their
//! layout never depends on them (one word, or base/len/cap), and Go allows them to refer
//! back to the type being declared (`type Node struct{ next *Node }`).

use std::collections::HashMap;

use pest::iterators::Pair;
use pest::Parser;
use pest_derive::Parser;

use super::types::type_size;
pub use super::types::{Field, GoType};
use crate::diag::{Diagnostic, LineIndex, Span};

/// The parser for `--sig` text and (with `go_source.pest`) Go source files.
#[derive(Parser)]
#[grammar = "../grammars/go_signature.pest"]
#[grammar = "../grammars/go_source.pest"]
pub(crate) struct GoParser;

/// Largest value a signature may pass (bytes): keeps the per-element slot list small.
const MAX_TYPE_SIZE: u64 = 1 << 16;

/// One parameter or result. Grouped names (`a, b int`) give one `Param` each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// `None` for an unnamed parameter (`func g(int, bool)`); the layout names it `arg`,
    /// `arg1`, ... (results: `ret`, `ret1`, ...).
    pub name: Option<String>,
    /// A variadic `...T` has type `[]T` and this flag.
    pub ty: GoType,
    pub variadic: bool,
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

impl Signature {
    /// The Go declaration `func name(params) results`, as the stub writes it.
    pub fn declaration(&self) -> String {
        let list = |ps: &[Param]| -> String {
            ps.iter()
                .map(|p| {
                    let ty = if p.variadic {
                        match &p.ty {
                            GoType::Slice(e) => format!("...{e}"),
                            t => t.spelling(),
                        }
                    } else {
                        p.ty.spelling()
                    };
                    match &p.name {
                        Some(n) => format!("{n} {ty}"),
                        None => ty,
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut s = format!("func {}({})", self.name, list(&self.params));
        match self.results.as_slice() {
            [] => {}
            [r] if r.name.is_none() => {
                s.push(' ');
                s.push_str(&r.ty.spelling());
            }
            rs => {
                s.push_str(" (");
                s.push_str(&list(rs));
                s.push(')');
            }
        }
        s
    }
}

// ---- syntax -------------------------------------------------------------------------------

/// A type as written, before names are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeExpr {
    /// `int`, `Vec`, `pkg.T`, `List[int]`.
    Name {
        name: String,
        span: Span,
    },
    Pointer(String),
    Slice(String),
    Array {
        len: String,
        span: Span,
        elem: Box<TypeExpr>,
    },
    Struct(Vec<FieldExpr>),
    Interface {
        empty: bool,
        text: String,
    },
    Map(String),
    Chan(String),
    Func(String),
}

/// A struct field as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldExpr {
    pub name: String,
    pub ty: TypeExpr,
    pub embedded: bool,
}

/// A parameter as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamExpr {
    pub name: Option<String>,
    pub ty: TypeExpr,
    pub variadic: bool,
    pub span: Span,
}

/// A signature as written (names unresolved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureExpr {
    pub name: String,
    pub name_span: Span,
    pub params: Vec<ParamExpr>,
    pub results: Vec<ParamExpr>,
}

/// A `type` declaration of a `--go` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDecl {
    pub name: String,
    /// `None` for a generic type (`type List[T any] …`), which cannot be laid out.
    pub ty: Option<TypeExpr>,
    /// `file:line:col` of the name, for messages.
    pub location: String,
}

/// The declared types that names resolve to.
#[derive(Debug, Clone, Default)]
pub struct TypeEnv {
    decls: HashMap<String, TypeDecl>,
}

impl TypeEnv {
    /// Adds a declaration; an earlier one of the same name is returned (a redeclaration).
    pub fn insert(&mut self, decl: TypeDecl) -> Option<TypeDecl> {
        self.decls.insert(decl.name.clone(), decl)
    }

    pub fn get(&self, name: &str) -> Option<&TypeDecl> {
        self.decls.get(name)
    }

    pub fn len(&self) -> usize {
        self.decls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.decls.is_empty()
    }
}

/// Parses and resolves a Go function signature with no declared types. Errors are located
/// in `text` (line 1, column of the offending token for a one-line signature); nothing here
/// panics on malformed input.
pub fn parse_signature(text: &str) -> Result<Signature, Diagnostic> {
    parse_signature_with(text, &TypeEnv::default())
}

/// Parses a signature and resolves its type names in `env`.
pub fn parse_signature_with(text: &str, env: &TypeEnv) -> Result<Signature, Diagnostic> {
    resolve_signature(&parse_signature_expr(text)?, env)
}

/// Parses a signature without resolving names.
pub fn parse_signature_expr(text: &str) -> Result<SignatureExpr, Diagnostic> {
    let pos = Positions::new(text);
    pos.check_nesting()?;
    let mut pairs = GoParser::parse(Rule::signature, text)
        .map_err(|e| syntax_error(e, "Go signature", &pos))?;
    let sig = pairs.next().expect("signature rule");
    let mut name = (String::new(), Span::default());
    let mut params = Vec::new();
    let mut results = Vec::new();
    for p in sig.into_inner() {
        match p.as_rule() {
            Rule::func_name if GO_KEYWORDS.contains(&p.as_str()) => {
                return Err(Diagnostic::error(
                    pos.span(&p),
                    format!("`{}` is a Go keyword", p.as_str()),
                )
                .expected("a function name Go can declare"))
            }
            Rule::func_name => name = (p.as_str().to_string(), pos.span(&p)),
            Rule::params => params = param_list(p, &pos)?,
            Rule::results => results = results_of(p, &pos)?,
            _ => {}
        }
    }
    Ok(SignatureExpr {
        name: name.0,
        name_span: name.1,
        params,
        results,
    })
}

/// Go's keywords: no function can be named so (and no line ending in one gets a `;`).
pub(crate) const GO_KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// The error for `text`, a signature of a function that the different signature `first`
/// (its text) already declares: located at the function's name in `text`.
pub fn conflicting_signature(text: &str, first: &str) -> Diagnostic {
    let (name, span) = parse_signature_expr(text)
        .map(|s| (s.name, s.name_span))
        .unwrap_or_default();
    Diagnostic::error(span, format!("a second, different signature for `{name}`"))
        .expected(format!("one signature per function (the first: `{first}`)"))
}

/// Resolves the names of a parsed signature.
pub fn resolve_signature(sig: &SignatureExpr, env: &TypeEnv) -> Result<Signature, Diagnostic> {
    let list = |ps: &[ParamExpr], results: bool| -> Result<Vec<Param>, Diagnostic> {
        ps.iter()
            .map(|p| {
                if p.variadic && results {
                    return Err(Diagnostic::error(p.span, "a result cannot be variadic")
                        .expected("a type without `...`"));
                }
                let ty = resolve(&p.ty, env, &mut Vec::new())?;
                check_size(&ty, p.span)?;
                Ok(Param {
                    name: p.name.clone(),
                    ty,
                    variadic: p.variadic,
                    span: p.span,
                })
            })
            .collect()
    };
    let params = list(&sig.params, false)?;
    if let Some(p) = sig.params.iter().rev().skip(1).find(|p| p.variadic) {
        return Err(
            Diagnostic::error(p.span, "only the last parameter can be variadic")
                .expected("`...T` as the last parameter"),
        );
    }
    Ok(Signature {
        name: sig.name.clone(),
        params,
        results: list(&sig.results, true)?,
    })
}

fn check_size(ty: &GoType, span: Span) -> Result<(), Diagnostic> {
    let size = type_size(ty);
    if size > MAX_TYPE_SIZE {
        return Err(Diagnostic::error(
            span,
            format!("`{ty}` is {size} bytes: too large to pass by value"),
        )
        .expected(format!("a value of at most {MAX_TYPE_SIZE} bytes"))
        .help("pass a pointer or a slice instead"));
    }
    Ok(())
}

/// Resolves one type. `active` holds the declared names being resolved (cycle detection).
pub fn resolve(
    ty: &TypeExpr,
    env: &TypeEnv,
    active: &mut Vec<String>,
) -> Result<GoType, Diagnostic> {
    Ok(match ty {
        TypeExpr::Name { name, span } => {
            if let Some(t) = GoType::predeclared(name) {
                return Ok(t);
            }
            resolve_name(name, *span, env, active)?
        }
        TypeExpr::Pointer(t) => GoType::Pointer(t.clone()),
        TypeExpr::Slice(t) => GoType::Slice(t.clone()),
        TypeExpr::Map(t) => GoType::Map(t.clone()),
        TypeExpr::Chan(t) => GoType::Chan(t.clone()),
        TypeExpr::Func(t) => GoType::Func(t.clone()),
        TypeExpr::Interface { empty, text } => GoType::Interface {
            empty: *empty,
            spelling: text.clone(),
        },
        TypeExpr::Array { len, span, elem } => {
            let n = int_literal(len).ok_or_else(|| {
                Diagnostic::error(
                    *span,
                    format!("array length `{len}` is not an integer literal"),
                )
                .expected("a decimal, hex, octal or binary integer such as 4 or 0x10")
                .help("named constants are not evaluated: write the number")
            })?;
            GoType::Array(n, Box::new(resolve(elem, env, active)?))
        }
        TypeExpr::Struct(fields) => {
            let mut out = Vec::with_capacity(fields.len());
            for f in fields {
                let t = resolve(&f.ty, env, active)?;
                out.push(Field {
                    name: f.name.clone(),
                    ty: t,
                    embedded: f.embedded,
                });
            }
            GoType::Struct(out)
        }
    })
}

fn resolve_name(
    name: &str,
    span: Span,
    env: &TypeEnv,
    active: &mut Vec<String>,
) -> Result<GoType, Diagnostic> {
    let unknown = || {
        let (message, help) = if name.contains('[') {
            (
                format!("generic type `{name}` cannot be laid out"),
                "declare a non-generic type in the --go file",
            )
        } else if name.contains('.') {
            (
                format!("type `{name}` from another package cannot be laid out"),
                "spell out its underlying type, or declare an equivalent type in a --go file",
            )
        } else {
            (
                format!("unknown type `{name}`"),
                "declare it in a Go file given with --go, or spell out its underlying type",
            )
        };
        Diagnostic::error(span, message)
            .expected("a predeclared type such as int64, float64, string, []T, a struct, or a type declared in a --go file")
            .help(help)
    };
    let Some(decl) = env.get(name) else {
        return Err(unknown());
    };
    let Some(expr) = &decl.ty else {
        return Err(Diagnostic::error(
            span,
            format!(
                "generic type `{name}` (declared at {}) cannot be laid out",
                decl.location
            ),
        )
        .expected("a non-generic type"));
    };
    if let Some(pos) = active.iter().position(|n| n == name) {
        let mut cycle: Vec<&str> = active[pos..].iter().map(String::as_str).collect();
        cycle.push(name);
        return Err(Diagnostic::error(
            span,
            format!(
                "invalid recursive type `{name}`: {} (declared at {})",
                cycle.join(" contains "),
                decl.location
            ),
        )
        .expected("a type that does not contain itself by value")
        .help("use a pointer (`*T`) or a slice for the recursive part"));
    }
    active.push(name.to_string());
    let inner = resolve(expr, env, active);
    active.pop();
    match inner {
        Ok(t) => Ok(GoType::Named {
            name: name.to_string(),
            underlying: Box::new(t),
        }),
        // Errors inside the declaration: keep a recursion error as is (it names the cycle),
        // otherwise point at this use and name the declaration.
        Err(e) if e.message.starts_with("invalid recursive type") => Err(Diagnostic { span, ..e }),
        Err(e) => Err(Diagnostic {
            span,
            message: format!(
                "cannot lay out `{name}` (declared at {}): {}",
                decl.location, e.message
            ),
            ..e
        }),
    }
}

/// A Go integer literal (`4`, `0x10`, `0o17`, `017`, `0b101`, `1_000`).
fn int_literal(s: &str) -> Option<u64> {
    let s = s.replace('_', "");
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or(s.strip_prefix("0X")) {
        (h.to_string(), 16)
    } else if let Some(b) = s.strip_prefix("0b").or(s.strip_prefix("0B")) {
        (b.to_string(), 2)
    } else if let Some(o) = s.strip_prefix("0o").or(s.strip_prefix("0O")) {
        (o.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    u64::from_str_radix(&digits, radix).ok()
}

/// The written text of a type expression (for variadic element types).
fn type_text(t: &TypeExpr) -> String {
    match t {
        TypeExpr::Name { name, .. } => name.clone(),
        TypeExpr::Pointer(e) => format!("*{e}"),
        TypeExpr::Slice(e) => format!("[]{e}"),
        TypeExpr::Array { len, elem, .. } => format!("[{len}]{}", type_text(elem)),
        TypeExpr::Struct(fields) => {
            let list: Vec<String> = fields
                .iter()
                .map(|f| {
                    if f.embedded {
                        type_text(&f.ty)
                    } else {
                        format!("{} {}", f.name, type_text(&f.ty))
                    }
                })
                .collect();
            if list.is_empty() {
                "struct{}".into()
            } else {
                format!("struct{{ {} }}", list.join("; "))
            }
        }
        TypeExpr::Interface { text, .. }
        | TypeExpr::Map(text)
        | TypeExpr::Chan(text)
        | TypeExpr::Func(text) => text.clone(),
    }
}

/// One `param` of the grammar before name resolution.
enum Entry<'i> {
    /// `name type`.
    Named(Pair<'i, Rule>, Pair<'i, Rule>),
    /// A lone type (which may turn out to be a name).
    Lone(Pair<'i, Rule>),
}

pub(crate) fn results_of(p: Pair<'_, Rule>, pos: &Positions) -> Result<Vec<ParamExpr>, Diagnostic> {
    let inner = p.into_inner().next().expect("results content");
    Ok(match inner.as_rule() {
        Rule::params => param_list(inner, pos)?,
        _ => vec![param_expr(None, inner, pos)?],
    })
}

fn param_expr(
    name: Option<(String, Span)>,
    ty: Pair<'_, Rule>,
    pos: &Positions,
) -> Result<ParamExpr, Diagnostic> {
    let span = name.as_ref().map(|n| n.1).unwrap_or_else(|| pos.span(&ty));
    let variadic = ty.as_rule() == Rule::variadic;
    let ty = if variadic {
        ty.into_inner().next().expect("variadic element")
    } else {
        ty
    };
    let elem = type_expr(ty, pos)?;
    Ok(ParamExpr {
        name: name.map(|n| n.0),
        ty: if variadic {
            TypeExpr::Slice(type_text(&elem))
        } else {
            elem
        },
        variadic,
        span,
    })
}

pub(crate) fn param_list(
    list: Pair<'_, Rule>,
    pos: &Positions,
) -> Result<Vec<ParamExpr>, Diagnostic> {
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
            out.push(param_expr(None, ty, pos)?);
        }
        return Ok(out);
    }
    // A named list: lone entries must be plain identifiers waiting for the next type.
    let mut pending: Vec<(String, Span)> = Vec::new();
    for e in entries {
        match e {
            Entry::Lone(ty) => {
                match lone_identifier(&ty) {
                    Some(name) => pending.push((name, pos.span(&ty))),
                    None => return Err(Diagnostic::error(
                        pos.span(&ty),
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
                pending.push((name.as_str().to_string(), pos.span(&name)));
                for n in pending.drain(..) {
                    out.push(param_expr(Some(n), ty.clone(), pos)?);
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

/// Collapses runs of whitespace (and Go-source `;`s) into single spaces.
fn normalize(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Converts a `ty` pair into a [`TypeExpr`].
pub(crate) fn type_expr(p: Pair<'_, Rule>, pos: &Positions) -> Result<TypeExpr, Diagnostic> {
    let span = pos.span(&p);
    let text = normalize(p.as_str());
    let inner = match p.as_rule() {
        Rule::ty => p.into_inner().next().expect("type content"),
        _ => p,
    };
    Ok(match inner.as_rule() {
        Rule::pointer => {
            let pointee = inner.into_inner().next().expect("pointee");
            TypeExpr::Pointer(normalize(pointee.as_str()))
        }
        Rule::slice => {
            let elem = inner.into_inner().next().expect("element");
            TypeExpr::Slice(normalize(elem.as_str()))
        }
        Rule::array => {
            let mut it = inner.into_inner();
            let len = it.next().expect("array length");
            let elem = it.next().expect("array element");
            TypeExpr::Array {
                len: len.as_str().to_string(),
                span: pos.span(&len),
                elem: Box::new(type_expr(elem, pos)?),
            }
        }
        Rule::paren_ty => type_expr(inner.into_inner().next().expect("inner type"), pos)?,
        Rule::type_name => TypeExpr::Name {
            name: inner.as_str().to_string(),
            span,
        },
        Rule::map_ty => TypeExpr::Map(text),
        Rule::chan_ty => TypeExpr::Chan(text),
        Rule::func_ty => TypeExpr::Func(text),
        Rule::interface_ty => {
            let body = inner
                .into_inner()
                .find(|p| p.as_rule() == Rule::braced)
                .map(|b| b.as_str().replace(';', " ").trim().to_string())
                .unwrap_or_default();
            TypeExpr::Interface {
                empty: body.is_empty(),
                text: if body.is_empty() {
                    "interface{}".to_string()
                } else {
                    text
                },
            }
        }
        Rule::struct_ty => {
            let mut fields = Vec::new();
            for f in inner
                .into_inner()
                .filter(|f| f.as_rule() == Rule::field_decl)
            {
                let mut it = f.into_inner();
                let first = it.next().expect("field content");
                match first.as_rule() {
                    Rule::field_names => {
                        let ty = type_expr(it.next().expect("field type"), pos)?;
                        for n in first.into_inner() {
                            fields.push(FieldExpr {
                                name: n.as_str().to_string(),
                                ty: ty.clone(),
                                embedded: false,
                            });
                        }
                    }
                    _ => {
                        // embedded: `*`? type_name
                        let star = first.as_str().trim_start().starts_with('*');
                        let tn = first.into_inner().next().expect("embedded type");
                        let tname = tn.as_str().to_string();
                        let base = tname.split('[').next().unwrap_or(&tname);
                        let name = base.rsplit('.').next().unwrap_or(base).to_string();
                        let ty = if star {
                            TypeExpr::Pointer(tname.clone())
                        } else {
                            TypeExpr::Name {
                                name: tname.clone(),
                                span: pos.span(&tn),
                            }
                        };
                        fields.push(FieldExpr {
                            name,
                            ty,
                            embedded: true,
                        });
                    }
                }
            }
            TypeExpr::Struct(fields)
        }
        r => unreachable!("unexpected type rule {r:?}"),
    })
}

/// Where the positions of one parse lie: the parsed text's lines and, when that text is a
/// rewrite keeping every line and column of what the user wrote (Go source after the
/// semicolon rule, `src/frame/gosrc.rs`), the written text's, which the spans' bytes index.
pub(crate) struct Positions<'a> {
    parsed: LineIndex<'a>,
    written: Option<LineIndex<'a>>,
}

impl<'a> Positions<'a> {
    /// Positions of a parse of `text` as written.
    pub(crate) fn new(text: &'a str) -> Positions<'a> {
        Positions {
            parsed: LineIndex::new(text),
            written: None,
        }
    }

    /// Positions of a parse of `parsed`, a rewrite of `written` with the same lines and
    /// columns.
    pub(crate) fn rewritten(parsed: &'a str, written: &'a str) -> Positions<'a> {
        Positions {
            parsed: LineIndex::new(parsed),
            written: Some(LineIndex::new(written)),
        }
    }

    /// The span of a pair: where it starts, as long as its first line.
    pub(crate) fn span(&self, p: &Pair<'_, Rule>) -> Span {
        let (line, col) = self.parsed.line_col(p.as_span().start());
        let first_line = p.as_str().split('\n').next().unwrap_or("");
        self.place(line, col, first_line.chars().count().max(1) as u32)
    }

    /// Line, column and length (in characters) with their bytes in the written text.
    fn place(&self, line: u32, col: u32, len: u32) -> Span {
        let text = self.written.as_ref().unwrap_or(&self.parsed);
        let end = text.source().len();
        let at = |col: u32| text.offset(line, col).unwrap_or(end).min(end);
        let start = at(col);
        Span::new(line, col, len).at(start..at(col + len).max(start))
    }
}

/// How deeply Go types and brackets may nest in a signature or a `--go` file. The grammars
/// recurse once per level, so deeper text is refused before it reaches them.
pub const MAX_TYPE_DEPTH: usize = 100;

impl Positions<'_> {
    /// The error for parsed text whose nesting passes [`MAX_TYPE_DEPTH`], at the token too
    /// many. The depth counts open brackets, plus at each bracket level the type prefixes in
    /// a row (`*`, `[N]`, `[]`, `map[K]`, `chan`, `func`, `struct`: `[1][1]int` is 3 deep).
    pub(crate) fn check_nesting(&self) -> Result<(), Diagnostic> {
        let text = self.parsed.source().as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        // The prefixes in a row at each open bracket level; `depth` is their sum plus the
        // number of open brackets.
        let mut runs = vec![0usize];
        let mut depth = 0usize;
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            let start = i;
            i += 1;
            let mut prefix = false;
            match c {
                b'"' | b'\'' | b'`' => {
                    while i < text.len() && text[i] != c {
                        i += if text[i] == b'\\' && c != b'`' { 2 } else { 1 };
                    }
                    i += 1;
                }
                b'/' if text.get(i) == Some(&b'/') => {
                    while i < text.len() && text[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if text.get(i) == Some(&b'*') => {
                    while i < text.len() && !text[i - 1..].starts_with(b"*/") {
                        i += 1;
                    }
                    i += 1;
                }
                b'(' | b'[' | b'{' => {
                    runs.push(0);
                    depth += 1;
                }
                b')' | b']' | b'}' => {
                    if runs.len() > 1 {
                        depth -= 1 + runs.pop().unwrap_or(0);
                    }
                    prefix = c == b']';
                }
                b'*' => prefix = true,
                b'<' if text.get(i) == Some(&b'-') => prefix = true,
                b'.' | b' ' | b'\t' | b'\r' => continue,
                _ if word(c) => {
                    while i < text.len() && word(text[i]) {
                        i += 1;
                    }
                    let w = &text[start..i];
                    prefix = [&b"map"[..], b"chan", b"func", b"struct", b"interface"].contains(&w);
                }
                _ => {}
            }
            let run = runs.last_mut().expect("the outermost level stays");
            if prefix {
                *run += 1;
                depth += 1;
            } else if !matches!(c, b'(' | b'[' | b'{') {
                depth -= *run;
                *run = 0;
            }
            if depth > MAX_TYPE_DEPTH {
                let (line, col) = self.parsed.line_col(start);
                let len = String::from_utf8_lossy(&text[start..i]).chars().count();
                return Err(Diagnostic::error(
                    self.place(line, col, len as u32),
                    "types nest too deeply",
                )
                .expected(format!(
                    "at most {MAX_TYPE_DEPTH} levels of brackets and type constructors"
                )));
            }
        }
        Ok(())
    }
}

/// A pest error as a located diagnostic; `what` names the input (`Go signature`).
pub(crate) fn syntax_error(e: pest::error::Error<Rule>, what: &str, pos: &Positions) -> Diagnostic {
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
    let span = pos.place(line as u32, col as u32, len as u32);
    let found = e.line().chars().nth(col.saturating_sub(1));
    let message = match found {
        Some(c) => format!("unexpected `{c}` in {what}"),
        None => format!("unexpected end of {what}"),
    };
    let mut expected: Vec<&str> = Vec::new();
    if let ErrorVariant::ParsingError { positives, .. } = &e.variant {
        for r in positives {
            let what = match describe(*r) {
                "the end of the signature" if what != "Go signature" => "the end of the file",
                d => d,
            };
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
        Rule::sig_func | Rule::kw_func => "`func`",
        Rule::func_name | Rule::ident => "a function name",
        Rule::params | Rule::lparen => "`(`",
        Rule::rparen => "`)`",
        Rule::comma => "`,`",
        Rule::param | Rule::named | Rule::param_name => "a parameter",
        Rule::results => "a result type or `(`",
        Rule::variadic => "`...`",
        Rule::EOI => "the end of the signature",
        Rule::array_len => "an array length",
        Rule::field_decl | Rule::field_names | Rule::field_name | Rule::embedded => {
            "a struct field"
        }
        Rule::tag | Rule::string_lit => "a string literal",
        Rule::package_clause | Rule::kw_package => "`package`",
        Rule::package_name => "a package name",
        Rule::import_decl | Rule::import_spec => "an import",
        Rule::top_decl | Rule::type_decl | Rule::func_decl | Rule::var_decl => {
            "a declaration (`func`, `type`, `var`, `const`)"
        }
        Rule::type_spec | Rule::type_spec_name => "a type name",
        Rule::body | Rule::skipped | Rule::group => "a function body",
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
            variadic: false,
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
    fn composite_types() {
        let s = parse_signature(
            "func f(s string, b []byte, a [3]int16, v struct{ X, Y int32; Z float64 }, e error, i any, \
             j interface{ M() }, k interface{}, m map[string]int, ch <-chan int, cb func(int) bool, \
             c64 complex64, xs ...float64) (complex128, struct{})",
        )
        .unwrap();
        let spell: Vec<String> = s.params.iter().map(|p| p.ty.spelling()).collect();
        assert_eq!(
            spell,
            [
                "string",
                "[]byte",
                "[3]int16",
                "struct{ X int32; Y int32; Z float64 }",
                "error",
                "any",
                "interface{ M() }",
                "interface{}",
                "map[string]int",
                "<-chan int",
                "func(int) bool",
                "complex64",
                "[]float64"
            ]
        );
        assert!(s.params[12].variadic);
        assert_eq!(
            s.params[4].ty,
            GoType::Interface {
                empty: false,
                spelling: "error".into()
            }
        );
        assert!(matches!(
            &s.params[7].ty,
            GoType::Interface { empty: true, .. }
        ));
        assert!(matches!(
            &s.params[6].ty,
            GoType::Interface { empty: false, .. }
        ));
        assert_eq!(s.results[1].ty, GoType::Struct(vec![]));
        let m = parse_signature("func m() (map[int]int, chan struct{}, func())").unwrap();
        assert_eq!(m.results.len(), 3);
        assert!(m.results.iter().all(|r| r.name.is_none()));
        assert_eq!(
            s.declaration(),
            "func f(s string, b []byte, a [3]int16, v struct{ X int32; Y int32; Z float64 }, \
             e error, i any, j interface{ M() }, k interface{}, m map[string]int, ch <-chan int, \
             cb func(int) bool, c64 complex64, xs ...float64) (complex128, struct{})"
        );
        // Embedded fields, tags, nested arrays, hex lengths.
        let s =
            parse_signature("func g(v struct{ *T; unsafe.Pointer; a [0x2][2]bool `json:\"a\"` })")
                .unwrap();
        let GoType::Struct(fields) = &s.params[0].ty else {
            panic!()
        };
        let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["T", "Pointer", "a"]);
        assert_eq!(fields[2].ty.spelling(), "[2][2]bool");
    }

    #[test]
    fn named_types_resolve_through_the_env() {
        let mut env = TypeEnv::default();
        let decl = |name: &str, ty: &str| TypeDecl {
            name: name.into(),
            ty: Some(
                parse_signature_expr(&format!("func f(x {ty})"))
                    .unwrap()
                    .params[0]
                    .ty
                    .clone(),
            ),
            location: format!("t.go:1:{}", name.len()),
        };
        env.insert(decl("Vec", "[]float64"));
        env.insert(decl("P", "struct{ X, Y int32 }"));
        env.insert(decl("Pair", "[2]P"));
        env.insert(decl("Loop", "struct{ a int; l Loop2 }"));
        env.insert(decl("Loop2", "[1]Loop"));
        env.insert(decl("Node", "struct{ next *Node; v int }"));
        env.insert(TypeDecl {
            name: "G".into(),
            ty: None,
            location: "t.go:9:6".into(),
        });
        let s = parse_signature_with("func f(v Vec, p Pair, n Node) P", &env).unwrap();
        assert_eq!(
            s.params[0].ty.underlying(),
            &GoType::Slice("float64".into())
        );
        assert_eq!(s.params[1].ty.spelling(), "Pair");
        assert_eq!(s.results[0].ty.spelling(), "P");
        let e = parse_signature_with("func f(x Loop)", &env).unwrap_err();
        assert_eq!(e.span, Span::new(1, 10, 4));
        assert!(
            e.message
                .starts_with("invalid recursive type `Loop`: Loop contains Loop2 contains Loop"),
            "{}",
            e.message
        );
        let e = parse_signature_with("func f(x G)", &env).unwrap_err();
        assert!(e.message.starts_with("generic type `G`"), "{}", e.message);
        let e = parse_signature_with("func f(x [N]int)", &env).unwrap_err();
        assert_eq!(e.message, "array length `N` is not an integer literal");
        assert_eq!(e.span, Span::new(1, 11, 1));
        let e = parse_signature_with("func f(x [100000]int64)", &env).unwrap_err();
        assert!(e.message.contains("too large"), "{}", e.message);
    }

    #[test]
    fn unknown_types_are_located() {
        // (signature, message, the located token).
        let cases = [
            ("func f(a MyInt)", "unknown type `MyInt`", "MyInt"),
            (
                "func f(a pkg.T)",
                "type `pkg.T` from another package cannot be laid out",
                "pkg.T",
            ),
            (
                "func f(a List[int])",
                "generic type `List[int]` cannot be laid out",
                "List[int]",
            ),
            (
                "func f(v struct{ a int; b Foo })",
                "unknown type `Foo`",
                "Foo",
            ),
            ("func f(v [2]Bar)", "unknown type `Bar`", "Bar"),
        ];
        for (text, msg, token) in cases {
            let col = text.find(token).unwrap() as u32 + 1;
            let e = parse_signature(text).unwrap_err();
            assert_eq!(e.message, msg, "{text}");
            assert_eq!(e.span, Span::new(1, col, token.len() as u32), "{text}");
            assert!(e.expected.is_some(), "{text}");
            assert_eq!(e.span.text(text), token, "{text}");
        }
        let e = parse_signature("func f(a ...int, b int)").unwrap_err();
        assert_eq!(e.message, "only the last parameter can be variadic");
        let e = parse_signature("func f() (a ...int)").unwrap_err();
        assert_eq!(e.message, "a result cannot be variadic");
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
        let e = parse_signature("func f(v struct{ a int; 1 })").unwrap_err();
        assert_eq!(e.span.col, 25);
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
            "func f(a [99999999999999999999999]int)",
            "func f(a [0]struct{})",
            "func f(v struct{ `x` })",
        ] {
            let _ = parse_signature(text);
        }
        // `func f(a, b, c)` is three unnamed parameters of (unknown) types a, b, c.
        let e = parse_signature("func f(a, b, c)").unwrap_err();
        assert_eq!(e.message, "unknown type `a`");
    }
}
