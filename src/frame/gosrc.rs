//! Declarations from Go source files (`--go FILE.go`): the package name, `type`
//! declarations (the [`TypeEnv`] that signature names resolve in) and the bodiless function
//! declarations that the assembly implements.
//!
//! ```text
//! FILE.go ──semicolons (Go's rule: comments blanked, `;` at line ends)──▶ text, same positions
//!         ──pest (grammars/go_source.pest + go_signature.pest)──▶ package, types, funcs
//!         ──resolve (all files' types together)──▶ Declarations
//! ```
//!
//! Function bodies, methods, generic functions, `var` and `const` declarations are skipped
//! (by bracket matching that respects literals); imports are read and ignored. Errors are
//! [`Diagnostic`]s located in the file they come from ([`SourceError`]).

use pest::Parser;

use super::signature::{
    param_list, resolve_signature, results_of, syntax_error, type_expr, GoParser, Positions, Rule,
    Signature, SignatureExpr, TypeDecl, TypeEnv,
};
use crate::diag::{Diagnostic, Span};

/// One Go file as given to `--go`.
#[derive(Debug, Clone)]
pub struct GoSource {
    /// The path as given (for messages).
    pub path: String,
    pub text: String,
}

/// A diagnostic located in one of the [`GoSource`]s.
#[derive(Debug, Clone)]
pub struct SourceError {
    /// Index into the files given to [`read`].
    pub file: usize,
    pub diag: Diagnostic,
}

/// What the Go files declare.
#[derive(Debug, Clone, Default)]
pub struct Declarations {
    /// The package clause (the same in every file).
    pub package: Option<String>,
    pub types: TypeEnv,
    /// Bodiless functions, resolved, with the index of their file.
    pub functions: Vec<(Signature, usize)>,
    /// `//go:build` expressions, per file index.
    pub build_constraints: Vec<(usize, String)>,
}

/// One file, parsed but not resolved.
#[derive(Debug, Clone, Default)]
pub struct FileDecls {
    pub package: String,
    pub package_span: Span,
    /// Type declarations with the position of their name.
    pub types: Vec<(TypeDecl, Span)>,
    /// Bodiless, non-generic functions (not methods).
    pub functions: Vec<SignatureExpr>,
    pub build_constraint: Option<String>,
}

/// Reads the declarations of several files of one package.
pub fn read(files: &[GoSource]) -> Result<Declarations, SourceError> {
    let mut out = Declarations::default();
    let mut parsed = Vec::with_capacity(files.len());
    let mut first_package: Option<(usize, String)> = None;
    for (i, f) in files.iter().enumerate() {
        let decls = parse_file(&f.text).map_err(|diag| SourceError { file: i, diag })?;
        match &first_package {
            None => first_package = Some((i, decls.package.clone())),
            Some((j, p)) if *p != decls.package => {
                return Err(SourceError {
                    file: i,
                    diag: Diagnostic::error(
                        decls.package_span,
                        format!(
                            "package `{}` differs from package `{p}` of {}",
                            decls.package, files[*j].path
                        ),
                    )
                    .expected(format!(
                        "`package {p}`: every --go file must be of the same package"
                    )),
                });
            }
            _ => {}
        }
        if let Some(b) = &decls.build_constraint {
            out.build_constraints.push((i, b.clone()));
        }
        for (decl, span) in &decls.types {
            let mut decl = decl.clone();
            decl.location = format!("{}:{}:{}", f.path, span.line, span.col);
            if let Some(old) = out.types.insert(decl.clone()) {
                return Err(SourceError {
                    file: i,
                    diag: Diagnostic::error(
                        *span,
                        format!("type `{}` is declared twice", decl.name),
                    )
                    .expected(format!(
                        "one declaration (the other is at {})",
                        old.location
                    )),
                });
            }
        }
        parsed.push(decls);
    }
    out.package = first_package.map(|p| p.1);
    for (i, decls) in parsed.iter().enumerate() {
        for f in &decls.functions {
            let sig =
                resolve_signature(f, &out.types).map_err(|diag| SourceError { file: i, diag })?;
            if let Some((_, j)) = out.functions.iter().find(|(s, _)| s.name == sig.name) {
                return Err(SourceError {
                    file: i,
                    diag: Diagnostic::error(
                        f.name_span,
                        format!("function `{}` is declared twice", sig.name),
                    )
                    .expected(format!(
                        "one declaration (the other is in {})",
                        files[*j].path
                    )),
                });
            }
            out.functions.push((sig, i));
        }
    }
    Ok(out)
}

/// Parses one Go file (syntax only).
pub fn parse_file(text: &str) -> Result<FileDecls, Diagnostic> {
    let (prepared, build) = semicolons(text)?;
    let pos = Positions::rewritten(&prepared, text);
    pos.check_nesting()?;
    let mut pairs = GoParser::parse(Rule::go_file, &prepared)
        .map_err(|e| syntax_error(e, "Go source", &pos))?;
    let file = pairs.next().expect("go_file rule");
    let mut out = FileDecls {
        build_constraint: build,
        ..FileDecls::default()
    };
    for p in file.into_inner() {
        match p.as_rule() {
            Rule::package_clause => {
                let name = p
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::package_name)
                    .expect("package name");
                out.package = name.as_str().to_string();
                out.package_span = pos.span(&name);
            }
            Rule::top_decl => {
                let decl = p.into_inner().next().expect("declaration");
                match decl.as_rule() {
                    Rule::type_decl => {
                        for spec in decl.into_inner().filter(|s| s.as_rule() == Rule::type_spec) {
                            let mut name = None;
                            let mut generic = false;
                            let mut ty = None;
                            for part in spec.into_inner() {
                                match part.as_rule() {
                                    Rule::type_spec_name => name = Some(part),
                                    Rule::type_params => generic = true,
                                    Rule::ty => ty = Some(type_expr(part, &pos)?),
                                    _ => {}
                                }
                            }
                            let name = name.expect("type name");
                            out.types.push((
                                TypeDecl {
                                    name: name.as_str().to_string(),
                                    ty: if generic { None } else { ty },
                                    location: String::new(),
                                },
                                pos.span(&name),
                            ));
                        }
                    }
                    Rule::func_decl => {
                        let mut sig = SignatureExpr {
                            name: String::new(),
                            name_span: Span::default(),
                            params: Vec::new(),
                            results: Vec::new(),
                        };
                        let mut skip = false;
                        for part in decl.into_inner() {
                            match part.as_rule() {
                                Rule::receiver | Rule::type_params | Rule::body => skip = true,
                                Rule::func_name => {
                                    sig.name = part.as_str().to_string();
                                    sig.name_span = pos.span(&part);
                                }
                                Rule::params => sig.params = param_list(part, &pos)?,
                                Rule::results => sig.results = results_of(part, &pos)?,
                                _ => {}
                            }
                        }
                        if !skip {
                            out.functions.push(sig);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Go's semicolon rule (the spec, "Semicolons"): a `;` is inserted at the end of a line
/// whose last token is an identifier, a literal, one of the keywords `break`, `continue`,
/// `fallthrough`, `return`, or one of `++ -- ) ] }`. Comments become spaces (a block
/// comment containing a newline counts as one); every other character keeps its line and
/// column, so diagnostics point into the original text. Also returns the `//go:build`
/// expression if there is one.
pub fn semicolons(text: &str) -> Result<(String, Option<String>), Diagnostic> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut build = None;
    let mut semi = false;
    let mut i = 0;
    // Line and column of char index `at`, for unterminated literals.
    let locate = |at: usize| {
        let line = chars[..at].iter().filter(|&&c| c == '\n').count() + 1;
        let col = at
            - chars[..at]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |p| p + 1)
            + 1;
        let byte = text.char_indices().nth(at).map_or(text.len(), |(b, _)| b);
        Span::new(line as u32, col as u32, 1).at(byte..byte + chars[at].len_utf8())
    };
    let push_literal = |out: &mut String, i: &mut usize, close: char, raw: bool| {
        let start = *i;
        out.push(chars[*i]);
        *i += 1;
        while *i < n {
            let c = chars[*i];
            if c == '\n' && !raw {
                break;
            }
            out.push(c);
            *i += 1;
            if c == '\\' && !raw && *i < n && chars[*i] != '\n' {
                out.push(chars[*i]);
                *i += 1;
            } else if c == close {
                return Ok(());
            }
        }
        let what = match close {
            '"' => "string literal",
            '\'' => "rune literal",
            _ => "raw string literal",
        };
        Err(
            Diagnostic::error(locate(start), format!("unterminated {what}"))
                .expected(format!("a closing `{close}` on the same line")),
        )
    };
    while i < n {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                if semi {
                    out.push(';');
                    semi = false;
                }
                out.push('\n');
                i += 1;
            }
            '/' if next == Some('/') => {
                let end = (i..n).find(|&j| chars[j] == '\n').unwrap_or(n);
                let comment: String = chars[i..end].iter().collect();
                if let Some(expr) = comment.strip_prefix("//go:build ") {
                    build.get_or_insert_with(|| expr.trim().to_string());
                }
                out.extend(std::iter::repeat(' ').take(end - i));
                i = end;
            }
            '/' if next == Some('*') => {
                let Some(end) = (i + 2..n.saturating_sub(1))
                    .find(|&j| chars[j] == '*' && chars[j + 1] == '/')
                    .map(|j| j + 2)
                else {
                    return Err(Diagnostic::error(locate(i), "unterminated comment")
                        .expected("`*/` closing the comment"));
                };
                let newline = chars[i..end].contains(&'\n');
                for (k, &ch) in chars[i..end].iter().enumerate() {
                    out.push(match ch {
                        '\n' => '\n',
                        _ if k == 0 && newline && semi => ';',
                        _ => ' ',
                    });
                }
                if newline {
                    semi = false;
                }
                i = end;
            }
            '"' => {
                push_literal(&mut out, &mut i, '"', false)?;
                semi = true;
            }
            '\'' => {
                push_literal(&mut out, &mut i, '\'', false)?;
                semi = true;
            }
            '`' => {
                push_literal(&mut out, &mut i, '`', true)?;
                semi = true;
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < n && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                semi = !super::signature::GO_KEYWORDS.contains(&word.as_str())
                    || matches!(
                        word.as_str(),
                        "break" | "continue" | "fallthrough" | "return"
                    );
                out.push_str(&word);
            }
            c if c.is_ascii_digit() || (c == '.' && next.is_some_and(|d| d.is_ascii_digit())) => {
                while i < n {
                    let d = chars[i];
                    let exp_sign = (d == '+' || d == '-')
                        && i > 0
                        && matches!(chars[i - 1], 'e' | 'E' | 'p' | 'P');
                    if d.is_ascii_alphanumeric() || d == '_' || d == '.' || exp_sign {
                        out.push(d);
                        i += 1;
                    } else {
                        break;
                    }
                }
                semi = true;
            }
            ')' | ']' | '}' => {
                out.push(c);
                i += 1;
                semi = true;
            }
            '+' | '-' if next == Some(c) => {
                out.push(c);
                out.push(c);
                i += 2;
                semi = true;
            }
            ' ' | '\t' | '\r' => {
                out.push(c);
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
                semi = false;
            }
        }
    }
    if semi {
        out.push(';');
    }
    Ok((out, build))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::GoType;

    #[test]
    fn semicolon_rule_keeps_positions() {
        let (s, b) = semicolons(
            "//go:build amd64\n\npackage p // c\n\nfunc f(a int,\n\tb int) int\nvar x = `a\nb`\n/* x\n */ type T [2]int",
        )
        .unwrap();
        assert_eq!(b.as_deref(), Some("amd64"));
        assert_eq!(
            s,
            "                \n\npackage p     ;\n\nfunc f(a int,\n\tb int) int;\nvar x = `a\nb`;\n    \n    type T [2]int;"
        );
        let (s, _) = semicolons("x := 'a'\ny++\nreturn\nfor {\n}\n1.5e+3\n").unwrap();
        assert_eq!(s, "x := 'a';\ny++;\nreturn;\nfor {\n};\n1.5e+3;\n");
        let (s, _) = semicolons("a /* one\n two */ b").unwrap();
        assert_eq!(s, "a ;     \n        b;");
    }

    const KERNELS: &str = r#"// Package kern has kernels.
//go:build amd64 || arm64

package kern

import (
	"unsafe"
	m "math"
)

import "fmt"

// Vec is a vector.
type Vec []float64

type (
	P struct {
		X, Y int32 `json:"x"`
		Name string
	}
	Pair [2]P
	Alias = P
	List[T any] struct{ v []T }
	Shape interface {
		Area() float64
	}
	Empty interface{}
)

const (
	N = 4
	S = "}{"
)

var table = [...]int{1, 2, '}', 3}

//go:noescape
func dot(a, b Vec) float64

func sum(xs ...int32) (total int64, ok bool)

func norm(p P, q *Pair, s Shape, e Empty, u unsafe.Pointer) (Pair)

func helper(x int) int {
	s := "}" + `{` + string('}')
	/* } */
	if x > 0 { return x }
	return fmt.Sprint(m.Pi, s) != ""
}

func (p P) Method() {}

func gen[T any](x T) T
"#;

    #[test]
    fn reads_a_package() {
        let d = read(&[GoSource {
            path: "kern.go".into(),
            text: KERNELS.into(),
        }])
        .unwrap();
        assert_eq!(d.package.as_deref(), Some("kern"));
        assert_eq!(d.build_constraints, vec![(0, "amd64 || arm64".to_string())]);
        let names: Vec<&str> = d.functions.iter().map(|(s, _)| s.name.as_str()).collect();
        assert_eq!(names, ["dot", "sum", "norm"]);
        assert_eq!(
            d.functions[0].0.declaration(),
            "func dot(a Vec, b Vec) float64"
        );
        assert_eq!(
            d.functions[0].0.params[0].ty.underlying(),
            &GoType::Slice("float64".into())
        );
        assert_eq!(
            d.functions[1].0.declaration(),
            "func sum(xs ...int32) (total int64, ok bool)"
        );
        let norm = &d.functions[2].0;
        assert_eq!(
            norm.declaration(),
            "func norm(p P, q *Pair, s Shape, e Empty, u unsafe.Pointer) Pair"
        );
        assert!(matches!(
            norm.params[2].ty.underlying(),
            GoType::Interface { empty: false, .. }
        ));
        assert!(matches!(
            norm.params[3].ty.underlying(),
            GoType::Interface { empty: true, .. }
        ));
        let GoType::Struct(fields) = norm.params[0].ty.underlying() else {
            panic!()
        };
        assert_eq!(fields.len(), 3);
        assert_eq!(d.types.get("List").unwrap().ty, None);
        assert_eq!(d.types.get("P").unwrap().location, "kern.go:17:2");
    }

    #[test]
    fn errors_are_located_in_their_file() {
        let files = |a: &str, b: &str| {
            vec![
                GoSource {
                    path: "a.go".into(),
                    text: a.into(),
                },
                GoSource {
                    path: "b.go".into(),
                    text: b.into(),
                },
            ]
        };
        let e = read(&files(
            "package p\ntype T struct{ x U }\n",
            "package p\n\nfunc f(t T)\n",
        ))
        .unwrap_err();
        assert_eq!((e.file, e.diag.span), (1, Span::new(3, 10, 1)));
        assert_eq!(
            e.diag.message,
            "cannot lay out `T` (declared at a.go:2:6): unknown type `U`"
        );
        let e = read(&files("package p\n", "package q\n")).unwrap_err();
        assert_eq!((e.file, e.diag.span), (1, Span::new(1, 9, 1)));
        let e = read(&files("package p\ntype T int\n", "package p\ntype T int\n")).unwrap_err();
        assert_eq!((e.file, e.diag.span.line), (1, 2));
        let e = read(&files(
            "package p\nfunc f(x int)\n",
            "package p\nfunc f(y int)\n",
        ))
        .unwrap_err();
        assert!(e.diag.message.contains("declared twice"));
        let e = read(&files(
            "package p\ntype R struct{ a int; r R }\nfunc f(r R)\n",
            "package p\n",
        ))
        .unwrap_err();
        assert!(
            e.diag.message.starts_with("invalid recursive type `R`"),
            "{}",
            e.diag.message
        );
        assert_eq!(e.diag.span, Span::new(3, 10, 1));

        for (text, line, col) in [
            ("func f()\n", 1, 1),
            ("package p\nfunc f(a int\n", 2, 13),
            ("package p\nfunc f() {\n\ts := \"}\n}\n", 3, 7),
            ("package p\ntype T struct {\n\tx int = 3\n}\n", 3, 8),
            ("package p\nfunc f(a [)\n", 2, 11),
            ("package p\nvar s = `abc\n", 2, 9),
            ("package p\n/* x\n", 2, 1),
            ("package p\nvar r = 'a\n", 2, 9),
        ] {
            let e = parse_file(text).unwrap_err();
            assert_eq!((e.span.line, e.span.col), (line, col), "{text:?}: {e:?}");
            assert!(e.expected.is_some());
            let lines = crate::diag::LineIndex::new(text);
            assert_eq!(lines.offset(line, col), Some(e.span.offset as usize));
        }
    }

    #[test]
    fn spans_are_bytes_of_the_file_as_written() {
        // Blanked comments and inserted `;`s change the parsed text's bytes, not the spans'.
        let text =
            "// é\npackage p /* ü */\n\ntype T struct{ a int } // ß\nfunc f(a, b T) [2]int\n";
        let decls = parse_file(text).unwrap();
        assert_eq!(decls.package_span.text(text), "p");
        assert_eq!(decls.types[0].1.text(text), "T");
        let f = &decls.functions[0];
        assert_eq!(f.name_span.text(text), "f");
        assert_eq!(f.params[1].span.text(text), "b");
        assert_eq!(f.results[0].span.text(text), "[2]int");
        let e = parse_file("package p // é\nfunc f(a [)\n").unwrap_err();
        assert_eq!(e.span.text("package p // é\nfunc f(a [)\n"), ")");
    }
}
