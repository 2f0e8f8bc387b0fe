//! The dependency order of the crate's modules, checked on the source text; and that every
//! repository path the code and docs cite exists ([`cited_repository_paths_exist`]).
//!
//! Every `src/**/*.rs` file is one module (`src/map/amd64.rs` is `map::amd64`, a folder's
//! `mod.rs` the folder). Each `crate::…`, `super::…`, `self::…` path (in `use` lines,
//! grouped `use crate::{a, b::{c, d}}` included, and inline) and each path through a child
//! module (`report::Class` in `verify/mod.rs`) is resolved to the file that defines its
//! longest module prefix. `#[cfg(test)]` modules are skipped (they may use `super::*`),
//! comments, doc links and string literals too. The check fails when
//!
//! - a module imports a later stage than its own (the order is `native2goasm::STAGES` in
//!   `src/lib.rs`; `main.rs` may use everything, `lib.rs` only declares the modules), or
//! - files import each other in a circle (inside one stage folder too), or
//! - the order written in the docs (`src/lib.rs`, `ARCHITECTURE.md`) is not `STAGES`.
//!
//! [`KNOWN_VIOLATIONS`] lists the edges that break the rules today; they are left out of the
//! check, and each must still occur and still break a rule (so the list can only shrink).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Import edges (`from` module, `to` module) that break the order or close a circle today,
/// each being removed by work in progress on issue 8. Empty this list, never grow it.
const KNOWN_VIOLATIONS: &[(&str, &str)] = &[];

/// One import: the module that imports, the module it resolves to, where.
#[derive(Debug, Clone)]
struct Import {
    from: String,
    to: String,
    file: String,
    line: usize,
    path: String,
}

#[test]
fn imports_follow_the_stage_order_without_circles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modules = modules(&root.join("src"));
    let mut imports = Vec::new();
    for (module, file) in &modules {
        if module.is_empty() || module == "main" {
            continue; // lib.rs only declares the modules; main.rs may use everything.
        }
        let text = std::fs::read_to_string(file).unwrap();
        let rel = file.strip_prefix(root).unwrap().display().to_string();
        imports.extend(imports_of(module, &rel, &text, &modules));
    }
    let mut failures = Vec::new();
    let stage = |m: &str| {
        let top = m.split("::").next().unwrap_or("");
        native2goasm::STAGES.iter().position(|s| *s == top)
    };
    for m in modules.keys() {
        if !m.is_empty() && m != "main" && stage(m).is_none() {
            failures.push(format!(
                "module `{m}` is in no stage: add its folder to `STAGES` in src/lib.rs"
            ));
        }
    }
    let known: BTreeSet<(String, String)> = KNOWN_VIOLATIONS
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let upward = |i: &Import| matches!((stage(&i.from), stage(&i.to)), (Some(a), Some(b)) if a < b);

    // (a) no import of a later stage (one message per line and module imported).
    let mut later: BTreeMap<(&str, usize, &str, &str), Vec<&str>> = BTreeMap::new();
    for i in imports.iter().filter(|i| upward(i)) {
        if !known.contains(&(i.from.clone(), i.to.clone())) {
            later
                .entry((&i.file, i.line, &i.from, &i.to))
                .or_default()
                .push(&i.path);
        }
    }
    for ((file, line, from, to), paths) in later {
        failures.push(format!(
            "{file}:{line}: `{from}` imports `{to}` ({}), a later stage: `{}` may use only \
             itself and the stages before it ({})",
            paths.join(", "),
            top(from),
            native2goasm::STAGES.join(" < ")
        ));
    }

    // (b) no circle between files.
    let checked: Vec<&Import> = imports
        .iter()
        .filter(|i| !known.contains(&(i.from.clone(), i.to.clone())))
        .collect();
    for circle in circles(&checked) {
        let mut lines = Vec::new();
        for i in checked
            .iter()
            .filter(|i| circle.contains(&i.from) && circle.contains(&i.to))
        {
            lines.push(format!(
                "  {}:{}: `{}` → `{}` (`{}`)",
                i.file, i.line, i.from, i.to, i.path
            ));
        }
        failures.push(format!(
            "import circle between {}:\n{}",
            circle.iter().cloned().collect::<Vec<_>>().join(", "),
            lines.join("\n")
        ));
    }

    // The known list only shrinks: each entry still occurs and still breaks a rule.
    let all: Vec<&Import> = imports.iter().collect();
    let all_circles = circles(&all);
    for (from, to) in &known {
        let occurs = imports.iter().any(|i| &i.from == from && &i.to == to);
        let in_circle = all_circles
            .iter()
            .any(|c| c.contains(from) && c.contains(to));
        let breaks = imports
            .iter()
            .any(|i| &i.from == from && &i.to == to && upward(i))
            || in_circle;
        if !occurs {
            failures.push(format!(
                "KNOWN_VIOLATIONS lists `{from}` → `{to}`, which no longer occurs: remove it"
            ));
        } else if !breaks {
            failures.push(format!(
                "KNOWN_VIOLATIONS lists `{from}` → `{to}`, which breaks no rule any more: \
                 remove it"
            ));
        }
    }

    // The order as the docs state it.
    let order: Vec<&str> = native2goasm::STAGES
        .iter()
        .copied()
        .chain(["main"])
        .collect();
    for doc in ["src/lib.rs", "ARCHITECTURE.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        let stated = text.lines().find_map(|l| {
            let names: Vec<&str> = l
                .trim_start_matches("//!")
                .split(" < ")
                .map(|n| n.trim().trim_matches('`'))
                .collect();
            (names.len() > 2).then_some(names)
        });
        if stated.as_deref() != Some(order.as_slice()) {
            failures.push(format!(
                "{doc} must state the order as one line `{}` (found {stated:?})",
                order.join(" < ")
            ));
        }
    }

    assert!(
        failures.is_empty(),
        "{} layer violation(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or("")
}

/// Every source file by module path (`""` for `lib.rs`).
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            out.insert(parts.join("::"), path);
        }
    }
    out
}

/// The imports of one file (module `module`), resolved to modules; self-imports dropped.
fn imports_of(
    module: &str,
    file: &str,
    text: &str,
    modules: &BTreeMap<String, PathBuf>,
) -> Vec<Import> {
    let tokens = tokens(&code_only(text));
    let mut out = Vec::new();
    // Inline modules: (path, brace depth outside it, under #[cfg(test)]).
    let mut inline: Vec<(Vec<String>, usize, bool)> = Vec::new();
    let file_path: Vec<String> = split(module);
    let mut depth = 0usize;
    let mut k = 0;
    while k < tokens.len() {
        let (t, line) = (&tokens[k].0, tokens[k].1);
        let here = inline.last().map_or(file_path.clone(), |m| m.0.clone());
        let in_test = inline.iter().any(|m| m.2);
        match t.as_str() {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|m| m.1 == depth) {
                    inline.pop();
                }
            }
            "mod" if tokens.get(k + 2).is_some_and(|t| t.0 == "{") => {
                let name = tokens[k + 1].0.clone();
                let test = preceded_by_cfg_test(&tokens, k);
                let mut path = here.clone();
                path.push(name);
                inline.push((path, depth, in_test || test));
                depth += 1;
                k += 3;
                continue;
            }
            "use" => {
                let end = (k..tokens.len())
                    .find(|&j| tokens[j].0 == ";")
                    .unwrap_or(tokens.len());
                if !in_test {
                    let mut paths = Vec::new();
                    use_tree(&tokens[k + 1..end], &mut Vec::new(), &mut paths);
                    for (segments, line) in paths {
                        if let Some(i) = resolve(&here, &segments, modules) {
                            out.push((i, line, segments.join("::")));
                        }
                    }
                }
                k = end + 1;
                continue;
            }
            _ if !in_test && is_ident(t) && tokens.get(k + 1).is_some_and(|n| n.0 == "::") => {
                // An inline path: read it whole (`crate::a::b`), unless it continues one.
                let continues = k > 0 && tokens[k - 1].0 == "::";
                let mut segments = vec![t.clone()];
                let mut j = k + 1;
                while j + 1 < tokens.len() && tokens[j].0 == "::" && is_ident(&tokens[j + 1].0) {
                    segments.push(tokens[j + 1].0.clone());
                    j += 2;
                }
                if !continues {
                    if let Some(i) = resolve(&here, &segments, modules) {
                        out.push((i, line, segments.join("::")));
                    }
                }
                k = j;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    out.into_iter()
        .filter(|(to, _, _)| to != module)
        .map(|(to, line, path)| Import {
            from: module.to_string(),
            to,
            file: file.to_string(),
            line,
            path,
        })
        .collect()
}

/// Whether the `mod` at `k` carries `#[cfg(test)]` (visibility in between allowed).
fn preceded_by_cfg_test(tokens: &[(String, usize)], k: usize) -> bool {
    let mut j = k;
    while j > 0 && matches!(tokens[j - 1].0.as_str(), "pub" | "crate" | "(" | ")") {
        j -= 1;
    }
    let want = ["#", "[", "cfg", "(", "test", ")", "]"];
    j >= want.len()
        && tokens[j - want.len()..j]
            .iter()
            .map(|t| &t.0)
            .eq(want.iter())
}

/// Expands a `use` tree into its paths (with the line of each path's last segment).
fn use_tree(
    tokens: &[(String, usize)],
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, usize)>,
) {
    let mut k = 0;
    let depth = prefix.len();
    while k < tokens.len() {
        let t = &tokens[k].0;
        if t == "{" {
            // A group: split at top-level commas.
            let close = matching(tokens, k);
            let mut start = k + 1;
            let mut level = 0;
            for j in k + 1..close {
                match tokens[j].0.as_str() {
                    "{" => level += 1,
                    "}" => level -= 1,
                    "," if level == 0 => {
                        use_tree(&tokens[start..j], prefix, out);
                        start = j + 1;
                    }
                    _ => {}
                }
            }
            use_tree(&tokens[start..close], prefix, out);
            prefix.truncate(depth);
            return;
        }
        if t == "as" {
            break;
        }
        // `{self, …}` names the prefix itself; `*` adds nothing to it.
        if is_ident(t) && (t != "self" || prefix.is_empty()) {
            prefix.push(t.clone());
        }
        k += 1;
    }
    if !prefix.is_empty() {
        let line = tokens.last().map_or(0, |t| t.1);
        out.push((prefix.clone(), line));
    }
    prefix.truncate(depth);
}

fn matching(tokens: &[(String, usize)], open: usize) -> usize {
    let mut level = 0;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.0.as_str() {
            "{" => level += 1,
            "}" => {
                level -= 1;
                if level == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// The module (file) a path in module `here` names: the longest prefix that is a file.
/// `None` for paths outside the crate (std, dependencies, local items).
fn resolve(
    here: &[String],
    segments: &[String],
    modules: &BTreeMap<String, PathBuf>,
) -> Option<String> {
    let mut abs: Vec<String> = match segments.first()?.as_str() {
        "crate" => Vec::new(),
        "self" => here.to_vec(),
        "super" => here.to_vec(),
        _ => {
            // A child module of this one (`report::Class` in verify/mod.rs).
            let mut child = here.to_vec();
            child.push(segments[0].clone());
            if !modules.contains_key(&child.join("::")) {
                return None;
            }
            here.to_vec()
        }
    };
    let mut rest = segments;
    if matches!(segments[0].as_str(), "crate" | "self") {
        rest = &segments[1..];
    }
    while rest.first().is_some_and(|s| s == "super") {
        abs.pop()?;
        rest = &rest[1..];
    }
    abs.extend(rest.iter().cloned());
    (0..=abs.len())
        .rev()
        .map(|n| abs[..n].join("::"))
        .find(|m| !m.is_empty() && modules.contains_key(m))
}

fn split(module: &str) -> Vec<String> {
    if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").map(str::to_string).collect()
    }
}

fn is_ident(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// The groups of two or more modules that import each other in a circle (Tarjan's
/// strongly connected components).
fn circles(imports: &[&Import]) -> Vec<BTreeSet<String>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in imports {
        graph.entry(&i.from).or_default().insert(&i.to);
        graph.entry(&i.to).or_default();
    }
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'a>(v: &'a str, g: &BTreeMap<&'a str, BTreeSet<&'a str>>, s: &mut State<'a>) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in &g[v] {
            if !s.index.contains_key(w) {
                visit(w, g, s);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = BTreeSet::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.insert(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                s.out.push(group);
            }
        }
    }
    let mut s = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for &v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(v, &graph, &mut s);
        }
    }
    s.out
}

/// The source with comments and the contents of string and character literals blanked
/// (newlines kept, so line numbers stay).
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < c.len() {
        let prev_ident = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
        if c[i] == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            let mut level = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    level += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    level -= 1;
                    out.push_str("  ");
                    i += 2;
                    if level == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            continue;
        }
        // Raw strings: r"…", r#"…"#, br"…".
        if !prev_ident && (c[i] == 'r' || (c[i] == 'b' && c.get(i + 1) == Some(&'r'))) {
            let mut j = i + if c[i] == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) == Some(&'"') {
                out.push('"');
                j += 1;
                loop {
                    if j >= c.len() {
                        break;
                    }
                    if c[j] == '"' && (0..hashes).all(|h| c.get(j + 1 + h) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    blank(&mut out, c[j]);
                    j += 1;
                }
                out.push('"');
                i = j;
                continue;
            }
        }
        if c[i] == '"' {
            out.push('"');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
            continue;
        }
        if c[i] == '\'' {
            // A character literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
            let end = if c.get(i + 1) == Some(&'\\') {
                (i + 2..c.len()).find(|&j| c[j] == '\'')
            } else if c.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            if let Some(end) = end {
                out.push_str("' '");
                i = end + 1;
                continue;
            }
        }
        out.push(c[i]);
        i += 1;
    }
    out
}

/// Identifiers, `::` and single punctuation characters, each with its 1-based line.
fn tokens(code: &str) -> Vec<(String, usize)> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((c[start..i].iter().collect(), line));
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push(("::".to_string(), line));
            i += 2;
        } else {
            out.push((ch.to_string(), line));
            i += 1;
        }
    }
    out
}

/// The folders a cited repository path starts with.
const CITED_ROOTS: &[&str] = &[
    "src",
    "tests",
    "tools",
    "mappings",
    "grammars",
    "snapshots",
    "examples",
    "benches",
];

/// Every repository path cited in the code, the tables, the grammars and the two docs exists.
///
/// A citation is a token `<root>/…` (roots in [`CITED_ROOTS`]) of `[A-Za-z0-9_./*-]` and
/// `<name>` placeholders, not preceded by a word character or `/` (so neither `$GOROOT/src/…`
/// nor `).join("src")/…` nor a URL); a trailing `.` ends the sentence, not the path. A `*`
/// segment must match at least one entry, a `<arch>` segment stands for any entry. Go's own
/// `src/cmd/…` (in the tools that read `$GOROOT`) is not ours; this repository has no
/// `src/cmd`.
#[test]
fn cited_repository_paths_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        !root.join("src/cmd").exists(),
        "src/cmd/… is read as Go's tree"
    );
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    for dir in ["src", "tools", "mappings", "grammars", "tests"] {
        let mut dirs = vec![root.join(dir)];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if !path.starts_with(root.join("tests"))
                    || path.extension().is_some_and(|e| e == "rs")
                {
                    files.push(path);
                }
            }
        }
    }
    let mut missing = Vec::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue; // not text
        };
        let rel = file.strip_prefix(root).unwrap().display();
        for (n, line) in text.lines().enumerate() {
            for cited in citations(line) {
                if !Path::new(&cited).starts_with("src/cmd") && !exists(root, &cited) {
                    missing.push(format!("{rel}:{}: `{cited}` does not exist", n + 1));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} cited paths do not exist (fix the comment):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// The repository paths cited in one line.
fn citations(line: &str) -> Vec<String> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let before = start.checked_sub(1).map(|k| b[k]);
        let word = |c: u8| c.is_ascii_alphanumeric() || b"_-./".contains(&c);
        let root = CITED_ROOTS.iter().find(|r| {
            b[start..].starts_with(r.as_bytes()) && b.get(start + r.len()) == Some(&b'/')
        });
        let (Some(r), false) = (root, before.is_some_and(word)) else {
            i += 1;
            continue;
        };
        let url = line[..start]
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains("://"));
        i += r.len() + 1;
        while i < b.len() {
            if b[i].is_ascii_alphanumeric() || b"_./*-".contains(&b[i]) {
                i += 1;
            } else if let Some(len) = placeholder(&line[i..]) {
                i += len;
            } else {
                break;
            }
        }
        if !url {
            out.push(line[start..i].trim_end_matches('.').to_string());
        }
    }
    out
}

/// The length of a `<name>` placeholder at the start of `s`.
fn placeholder(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('<')?;
    let end = rest.find('>')?;
    let name = &rest[..end];
    (!name.is_empty() && name.bytes().all(|c| c.is_ascii_lowercase() || c == b'_'))
        .then_some(end + 2)
}

/// Whether `cited` names an existing file or folder below `root`, `*` and `<name>` segments
/// matching any entry (at least one).
fn exists(root: &Path, cited: &str) -> bool {
    let mut here = vec![root.to_path_buf()];
    for seg in cited.split('/').filter(|s| !s.is_empty()) {
        let mut next = Vec::new();
        for dir in &here {
            if !seg.contains(['*', '<']) {
                let p = dir.join(seg);
                if p.exists() {
                    next.push(p);
                }
                continue;
            }
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if glob_match(seg, &name) {
                    next.push(path);
                }
            }
        }
        here = next;
    }
    !here.is_empty()
}

/// `pattern` (with `*` for any run and `<name>` for any run) matches all of `name`.
fn glob_match(pattern: &str, name: &str) -> bool {
    let mut parts = Vec::new();
    let mut rest = pattern;
    while let Some(k) = rest.find(['*', '<']) {
        parts.push(&rest[..k]);
        let skip = if rest[k..].starts_with('*') {
            1
        } else {
            placeholder(&rest[k..]).unwrap_or(1)
        };
        rest = &rest[k + skip..];
    }
    let (first, last) = (parts.first().copied().unwrap_or(rest), rest);
    if parts.is_empty() {
        return name == pattern;
    }
    let Some(mut tail) = name.strip_prefix(first) else {
        return false;
    };
    for part in &parts[1..] {
        match tail.find(part) {
            Some(k) => tail = &tail[k + part.len()..],
            None => return false,
        }
    }
    tail.len() >= last.len() && tail.ends_with(last)
}
