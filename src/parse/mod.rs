//! The parse stage: assembly text → native IR ([`crate::ir::Module`] of [`crate::ir::x86::Inst`] or
//! [`crate::ir::a64::Inst`], chosen by [`Dialect`]).
//!
//! Each source line is parsed on its own by a pest grammar (`grammars/`) into a [`Line`]:
//! labels and statements (instructions in Intel/GNU operand order, data bytes, alignment,
//! section switches). [`module`] then groups the lines into functions and data objects,
//! following sections, or — for Compiler Explorer's filtered output, which has no section
//! directives — by what follows each label.
//!
//! Inside the stage, lowest first (a module uses only those before it, and the types here):
//! - `expr`: expressions evaluated to a linear form, for any grammar composed with
//!   `grammars/gnu_common.pest`; `Locator` (pest span → line:column).
//! - `directive`: the GNU directives every architecture shares, with their own grammar
//!   (`grammars/gnu_directive.pest`) and parser: directive text → [`Statement`].
//! - `module`: [`Line`]s → [`Module`] (functions, data objects).
//! - `x86`, `arm64`: the dialect parsers (`grammars/x86_*.pest`, `grammars/arm64.pest`): source
//!   line → [`Line`]; each hands its directives to `directive`.
//!
//! `statement` holds the data format they all share ([`Line`], [`Statement`], below every
//! other module here); this file holds only the drivers ([`parse`], [`detect`]). Errors are collected for every line (not only the first) and
//! returned together.

mod arm64;
mod arm64_limits;
pub mod cc;
pub mod decode;
mod directive;
mod expr;
mod module;
pub mod parallel;
mod statement;
mod x86;

pub use statement::{Line, SectionKind, Statement, Syntax};

use crate::diag::{source_lines, Diagnostic, Diagnostics, SourceLine, Span};
use crate::ir::x86::Inst as X86Inst;
use crate::ir::{a64, Arch, Module, NativeInst};

/// An architecture's instruction type and the parser that builds it (and the decoder, for
/// machine code). Shared between threads: functions lower in parallel.
pub trait Dialect: NativeInst + decode::Decode + Sized + Send + Sync {
    const ARCH: Arch;
    /// The syntax when the architecture has only one (nothing to detect).
    const ONLY_SYNTAX: Option<Syntax>;
    /// The module of every line that parsed, and the errors of those that did not (a line
    /// that fails contributes nothing).
    fn parse_partial(text: &str, syntax: Syntax) -> (Module<Self>, Diagnostics);
}

impl Dialect for X86Inst {
    const ARCH: Arch = Arch::Amd64;
    const ONLY_SYNTAX: Option<Syntax> = None;
    fn parse_partial(text: &str, syntax: Syntax) -> (Module<Self>, Diagnostics) {
        parse_x86(text, syntax)
    }
}

impl Dialect for a64::Inst {
    const ARCH: Arch = Arch::Arm64;
    const ONLY_SYNTAX: Option<Syntax> = Some(Syntax::Gnu);
    fn parse_partial(text: &str, _: Syntax) -> (Module<Self>, Diagnostics) {
        parse_arm64(text)
    }
}

/// Parses a whole file written in `syntax` for `arch`, into `arch`'s instruction type `I`.
pub fn parse<I: Dialect>(text: &str, arch: Arch, syntax: Syntax) -> Result<Module<I>, Diagnostics> {
    let (module, errors) = parse_partial(text, arch, syntax)?;
    if errors.has_errors() {
        Err(errors)
    } else {
        Ok(module)
    }
}

/// [`parse`], keeping what parsed: the module of every line that parsed and the errors of
/// the lines that did not (`--keep-going` leaves out the functions they are in). `Err`: the
/// file cannot be parsed at all.
pub fn parse_partial<I: Dialect>(
    text: &str,
    arch: Arch,
    syntax: Syntax,
) -> Result<(Module<I>, Diagnostics), Diagnostics> {
    if syntax.is_machine_code() {
        assert_eq!(
            arch,
            I::ARCH,
            "the instruction type must be the architecture's"
        );
        return decode::decode_partial::<I>(text, syntax);
    }
    if (arch == Arch::Arm64) != (syntax == Syntax::Gnu) {
        return Err(Diagnostic::error(
            Span::default(),
            "GNU arm64 syntax goes with --arch arm64 only",
        )
        .expected("--arch arm64 (GNU syntax) or --arch amd64 (AT&T or Intel)")
        .into());
    }
    assert_eq!(
        arch,
        I::ARCH,
        "the instruction type must be the architecture's"
    );
    Ok(I::parse_partial(text, syntax))
}

fn parse_x86(text: &str, syntax: Syntax) -> (Module<X86Inst>, Diagnostics) {
    // Each run is read in the syntax the input is in at its start; a run that begins after
    // a `.intel_syntax`/`.att_syntax` that changed it is read again.
    let runs = parallel::line_runs(text, parallel::jobs());
    let mut read = parallel::map(&runs, |run| parse_x86_run(*run, syntax));
    let mut current = syntax;
    for (run, read) in runs.iter().zip(&mut read) {
        if read.0 != current {
            *read = parse_x86_run(*run, current);
        }
        current = read.3;
    }
    let (mut lines, mut errors) = (Vec::with_capacity(text.len() / 24), Diagnostics::default());
    for (_, run_lines, run_errors, _) in read {
        lines.extend(run_lines);
        errors.0.extend(run_errors.0);
    }
    finish(lines, errors)
}

/// One run of lines read from `syntax` on: (that syntax, the lines, their errors, the syntax
/// after them).
fn parse_x86_run(
    run: parallel::LineRun<'_>,
    syntax: Syntax,
) -> (Syntax, Vec<Line>, Diagnostics, Syntax) {
    let start = syntax;
    let mut syntax = syntax;
    let mut lines = Vec::with_capacity(run.text.len() / 24);
    let mut errors = Diagnostics::default();
    for line in run.lines() {
        match too_deep(line).map_or_else(|| x86::parse_line(line, syntax), Err) {
            Ok(line) => {
                for s in &line.statements {
                    if let Statement::Syntax(new) = s {
                        syntax = *new;
                    }
                }
                lines.push(line);
            }
            Err(d) => {
                errors.push(d);
                lines.push(Line::default());
            }
        }
    }
    (start, lines, errors, syntax)
}

/// ARM64 GNU syntax (section anchors, `.set .LANCHOR0,. + 0`, are [`module`]'s).
fn parse_arm64(text: &str) -> (Module<a64::Inst>, Diagnostics) {
    let runs = parallel::line_runs(text, parallel::jobs());
    let read = parallel::map(&runs, |run| {
        let mut lines = Vec::with_capacity(run.text.len() / 24);
        let mut errors = Diagnostics::default();
        for line in run.lines() {
            match too_deep(line).map_or_else(|| arm64::parse_line(line), Err) {
                Ok(line) => lines.push(line),
                Err(d) => {
                    errors.push(d);
                    lines.push(Line::default());
                }
            }
        }
        (lines, errors)
    });
    let (mut lines, mut errors) = (Vec::with_capacity(text.len() / 24), Diagnostics::default());
    for (run_lines, run_errors) in read {
        lines.extend(run_lines);
        errors.0.extend(run_errors.0);
    }
    finish(lines, errors)
}

/// The module of the lines that parsed, and every error.
fn finish<I: crate::ir::NativeInst>(
    lines: Vec<Line<I>>,
    mut errors: Diagnostics,
) -> (Module<I>, Diagnostics) {
    let module = module::build(lines, &mut errors);
    (module, errors)
}

/// `line` up to a `//` comment, and that up to a `#` or `;` comment (arm64 keeps `#` for
/// immediates, so it looks at the first). One pass over the bytes: this runs on every line.
fn comment_free(line: &str) -> (&str, &str) {
    let bytes = line.as_bytes();
    let mut code_end = None;
    for (at, &b) in bytes.iter().enumerate() {
        match b {
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                return (&line[..at], &line[..code_end.unwrap_or(at)]);
            }
            b'#' | b';' if code_end.is_none() => code_end = Some(at),
            _ => {}
        }
    }
    (line, &line[..code_end.unwrap_or(line.len())])
}

/// How deeply brackets may nest on one line. The grammars recurse once per level, so a
/// deeper line is refused before it reaches them (real compilers' output nests a few levels).
pub const MAX_NESTING: usize = 100;

/// The error for a line whose `(`, `[` or `{` (outside string literals) nest deeper than
/// [`MAX_NESTING`], located at the first bracket too many.
fn too_deep(line: SourceLine<'_>) -> Option<Diagnostic> {
    // Each level takes a byte: shorter lines (nearly all) cannot nest too deeply.
    if line.text.len() <= MAX_NESTING {
        return None;
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, b) in line.text.bytes().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(
                        Diagnostic::error(line.span(at, at + 1), "brackets nest too deeply")
                            .expected(format!("at most {MAX_NESTING} levels of `(`, `[` or `{{`")),
                    );
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// `t` without leading instruction prefixes (`rep movsq` → `movsq`).
fn strip_prefixes(mut t: &str) -> &str {
    const PREFIXES: [&str; 8] = [
        "rep", "repe", "repz", "repne", "repnz", "lock", "notrack", "data16",
    ];
    loop {
        let word_end = t.find([' ', '\t']).unwrap_or(t.len());
        let word = &t[..word_end];
        if word_end == t.len() || !PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(word)) {
            return t;
        }
        t = t[word_end..].trim_start();
    }
}

/// Tells the architecture and dialect of an input from its text.
///
/// A disassembly listing (`<name>:` headers and address/bytes lines) is [`Syntax::Objdump`].
///
/// Evidence: `.intel_syntax`/`.att_syntax` directives; instructions with `%` registers
/// (AT&T) or with operands but no `%` (Intel); `x0`/`w1` registers, `#imm` and ARM-only mnemonics
/// (arm64), and arm64's `.arch armv…`, `.arch_extension` and `.cpu` directives, which decide
/// alone. Mixed evidence is an error naming the flag to give.
pub fn detect(text: &str) -> Result<(Arch, Syntax), Diagnostic> {
    // A disassembly listing: decoded from its bytes (an unnamed architecture is amd64's).
    if let Some(arch) = decode::detect_listing(text) {
        return Ok((arch.unwrap_or(Arch::Amd64), Syntax::Objdump));
    }
    let mut att = 0usize;
    let mut intel = 0usize;
    let (mut first_att, mut first_intel) = (Span::default(), Span::default());
    let mut arm = 0usize;
    let mut directive = None;
    let mut arm_directive = false;
    for source_line in source_lines(text) {
        let line = source_line.text;
        let (before_slashes, code) = comment_free(line);
        let t = code.trim_start();
        if t.starts_with('.') {
            let syntax = if t.starts_with(".intel_syntax") {
                Some(Syntax::Intel)
            } else if t.starts_with(".att_syntax") {
                Some(Syntax::Att)
            } else {
                None
            };
            // Only x86 assemblers know these: before any instruction, they settle it.
            if let (Some(syntax), 0, 0, 0) = (syntax, att, intel, arm) {
                return Ok((Arch::Amd64, syntax));
            }
            // Later, the lines before it are in the syntax they look like (GNU's default,
            // AT&T, when they do not tell).
            if syntax.is_some() && directive.is_none() {
                directive = Some(if intel > att {
                    Syntax::Intel
                } else {
                    Syntax::Att
                });
            }
            // GCC's arm64 output starts with `.arch armv8-a`; x86 `.arch` names no `armv`.
            let word = |w: &str| {
                t.strip_prefix(w)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
            };
            if word(".arch_extension")
                || word(".cpu")
                || (word(".arch") && t[5..].trim_start().starts_with("armv"))
            {
                arm_directive = true;
            }
            continue;
        }
        // clang's arm64 `f:  // @f` labels and `// %bb.13:  // in Loop: ...` block comments
        // (whose `%` is no AT&T register): x86 assemblers take no `//` comments.
        let label = |code: &str| code.trim_end().ends_with(':');
        if t.is_empty() || label(t) || label(before_slashes) || t.starts_with("//") {
            continue;
        }
        let arm_code = before_slashes.trim_start();
        // Only the first line of each dialect is ever reported.
        let here = || {
            let trimmed = line.trim();
            let indent = line.len() - line.trim_start().len();
            source_line.span(indent, indent + trimmed.len())
        };
        // Branch targets look alike in both dialects; so do prefixed operand-less string
        // instructions (`rep movsq`): look past the prefix.
        let t = strip_prefixes(t);
        let branch = t.starts_with('j') || t.starts_with("call");
        let operands = t
            .bytes()
            .position(|b| b == b' ' || b == b'\t')
            .map(|at| t[at + 1..].trim())
            .filter(|o| !o.is_empty());
        let has_operands = !branch && operands.is_some();
        // `$imm` is AT&T's immediate (`pushq $0` has no register to give it away).
        let att_immediate = operands.is_some_and(|o| o.starts_with('$'));
        // Words of ASCII letters, digits and dots. Split on bytes, a non-ASCII character
        // separates like one of its bytes (only empty words differ, and they never count).
        let mut words = arm_code
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric() && *b != b'.');
        // Lower case without allocating: the names below are short.
        let word = words.next().unwrap_or(b"");
        let mut lower = [0u8; 8];
        let mnemonic = match lower.get_mut(..word.len()) {
            Some(buf) => {
                buf.copy_from_slice(word);
                buf.make_ascii_lowercase();
                std::str::from_utf8(buf).unwrap_or("")
            }
            None => "",
        };
        let b_dot = word.len() >= 2 && word[..2].eq_ignore_ascii_case(b"b.");
        let arm_reg = |w: &[u8]| {
            let w = w.split(|b| *b == b'.').next().unwrap_or(w);
            matches!(w, b"sp" | b"xzr" | b"wzr")
                || (w.len() >= 2
                    && matches!(w[0], b'x' | b'w' | b'v' | b'q' | b'd' | b's' | b'h' | b'b')
                    && w[1..].iter().all(u8::is_ascii_digit)
                    && w[1..]
                        .iter()
                        .fold(0u32, |n, d| (n * 10 + (d - b'0') as u32).min(1000))
                        <= 31)
        };
        let is_arm = matches!(
            mnemonic,
            "ldr"
                | "str"
                | "stp"
                | "ldp"
                | "adrp"
                | "cbz"
                | "cbnz"
                | "bl"
                | "ldrb"
                | "strb"
                | "csel"
                | "madd"
                | "dmb"
                | "dsb"
                | "isb"
                | "b"
        ) || b_dot
            || (mnemonic.len() == 3
                && mnemonic.starts_with('b')
                && crate::isa::arm64::condition(&mnemonic[1..]).is_some())
            || words.any(arm_reg);
        // An arm64-looking line is no Intel evidence (both have operands without `%`).
        if is_arm {
            arm += 1;
        }
        if code.as_bytes().contains(&b'%') || att_immediate {
            if att == 0 {
                first_att = here();
            }
            att += 1;
        } else if has_operands && !is_arm {
            if intel == 0 {
                first_intel = here();
            }
            intel += 1;
        }
    }
    if arm_directive || (arm > 0 && arm >= att + intel) {
        return Ok((Arch::Arm64, Syntax::Gnu));
    }
    let syntax = match directive {
        Some(s) => s,
        None if att > 0 && intel > 0 => {
            let (span, other) = if att >= intel {
                (first_intel, "AT&T")
            } else {
                (first_att, "Intel")
            };
            return Err(
                Diagnostic::error(span, "cannot tell AT&T from Intel syntax")
                    .expected(format!(
                        "the same syntax as the rest of the input ({other})"
                    ))
                    .help("give --syntax att or --syntax intel"),
            );
        }
        None if intel > 0 => Syntax::Intel,
        _ => Syntax::Att,
    };
    Ok((Arch::Amd64, syntax))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_cut_in_one_pass() {
        assert_eq!(
            comment_free("\tmov x0, #1 // one"),
            ("\tmov x0, #1 ", "\tmov x0, ")
        );
        assert_eq!(
            comment_free("movq %rax, %rbx # c // d"),
            ("movq %rax, %rbx # c ", "movq %rax, %rbx ")
        );
        assert_eq!(comment_free("ret ; x"), ("ret ; x", "ret "));
        assert_eq!(comment_free("a/b"), ("a/b", "a/b"));
        assert_eq!(comment_free("é//"), ("é", "é"));
    }

    #[test]
    fn a_syntax_directive_before_any_instruction_settles_detection() {
        let input = ".intel_syntax noprefix\nf:\n\tmov x0, x1\n\tret\n";
        assert_eq!(detect(input).unwrap(), (Arch::Amd64, Syntax::Intel));
    }

    #[test]
    fn lines_before_a_later_syntax_directive_are_in_their_own_syntax() {
        let att_first = "f:\n\tmovl %edi, %eax\n\t.intel_syntax noprefix\n\tmov eax, edi\n\tret\n";
        assert_eq!(detect(att_first).unwrap(), (Arch::Amd64, Syntax::Att));
        let intel_first = "f:\n\tmov eax, edi\n\t.att_syntax\n\tmovl %edi, %eax\n\tret\n";
        assert_eq!(detect(intel_first).unwrap(), (Arch::Amd64, Syntax::Intel));
        for input in [att_first, intel_first] {
            let (_, syntax) = detect(input).unwrap();
            assert!(!parse_x86(input, syntax).1.has_errors(), "{input}");
        }
    }
    use crate::ir::x86::{Inst, Mem, OperandKind};
    use crate::ir::Item;
    use crate::isa::amd64::reg_info;

    fn module(text: &str, syntax: Syntax) -> Module<Inst> {
        parse(text, Arch::Amd64, syntax).unwrap_or_else(|d| panic!("{}", d.render("t.s", text)))
    }

    fn insts(m: &Module<Inst>) -> Vec<&Inst> {
        m.functions[0]
            .body
            .iter()
            .filter_map(|i| match i {
                Item::Inst(x) => Some(x),
                _ => None,
            })
            .collect()
    }

    fn mem(op: &OperandKind) -> &Mem {
        match op {
            OperandKind::Mem(m) => m,
            other => panic!("not memory: {other:?}"),
        }
    }

    #[test]
    fn data_directives_give_exact_bytes() {
        let m = module(
            "\t.section .rodata\n\t.align 16\n.LC0:\n\t.long 0, 1072693248\n\t.quad 0x3ff8000000000000\n\
             \t.value -1\n\t.byte 1, 0x7f\n\t.zero 3\n\t.string \"a\\n\"\n\t.ascii \"\\101\"\n\
             \t.double 0x1.8p+1\n\t.float 1.5\n\t.p2align 3\n.LC1:\n\t.octa 1\n",
            Syntax::Att,
        );
        let lc0 = &m.data[0];
        assert_eq!((lc0.name.as_str(), lc0.align), (".LC0", 16));
        let mut want = vec![0, 0, 0, 0, 0, 0, 0xf0, 0x3f];
        want.extend(0x3ff8000000000000u64.to_le_bytes());
        want.extend([0xff, 0xff, 1, 0x7f, 0, 0, 0, b'a', b'\n', 0, b'A']);
        want.extend(3.0f64.to_le_bytes());
        want.extend(1.5f32.to_le_bytes());
        assert_eq!(lc0.bytes, want);
        assert_eq!((m.data[1].align, m.data[1].bytes.len()), (8, 16));
    }

    #[test]
    fn symbol_values_in_data_are_relocations() {
        let m = module(
            "\t.section .rodata\n.LT:\n\t.long .L4-.L3\n\t.quad f\n",
            Syntax::Att,
        );
        let relocs: Vec<_> = m.data[0]
            .relocations
            .iter()
            .map(|r| (r.offset, r.expr.as_str()))
            .collect();
        assert_eq!(relocs, [(0, ".L4-.L3"), (4, "f")]);
    }

    #[test]
    fn filtered_output_tells_data_labels_from_code() {
        let m = module(
            "f:\n\tmovsd\t.LC0(%rip), %xmm0\n\tret\n.LC0:\n\t.long 0\n\t.long 1072693248\n",
            Syntax::Att,
        );
        assert_eq!(m.functions.len(), 1);
        assert_eq!(m.data[0].name, ".LC0");
        assert_eq!(m.data[0].bytes.len(), 8);
    }

    #[test]
    fn att_suffixes_become_intel_mnemonics_and_sizes() {
        let m = module(
            "f:\n\tmovzbl\t(%rdi), %eax\n\tcltq\n\tmovq\t%rax, %xmm0\n\tmovq\t%rax, %rbx\n\
             \tshrl\t%eax\n\taddl\t$1, 8(%rdi)\n\tcvtsi2sdq\t%rax, %xmm1\n\tret\n",
            Syntax::Att,
        );
        let got: Vec<(&str, Option<u16>)> = insts(&m)
            .iter()
            .map(|i| {
                let size = i.operands.iter().find_map(|o| match &o.kind {
                    OperandKind::Mem(m) => m.size,
                    _ => None,
                });
                (i.mnemonic.as_str(), size)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("movzx", Some(1)),
                ("cdqe", None),
                ("movq", None),
                ("mov", None),
                ("shr", None),
                ("add", Some(4)),
                ("cvtsi2sd", None),
                ("ret", None)
            ]
        );
        // Intel order: destination first.
        let first = insts(&m)[0];
        assert!(
            matches!(first.operands[0].kind, OperandKind::Reg(r) if reg_info(r).native == "eax")
        );
    }

    #[test]
    fn intel_addresses_in_gcc_and_clang_spelling() {
        let m = module(
            ".intel_syntax noprefix\nf:\n\tmov\teax, DWORD PTR [rax+rax*2]\n\tmov\teax, dword ptr [rdi + 4*rcx - 32]\n\
             \tmovsd\txmm0, QWORD PTR .LC0[rip+8]\n\tmov\trax, QWORD PTR 16[rsp]\n\tret\n",
            Syntax::Intel,
        );
        let i = insts(&m);
        let a = mem(&i[0].operands[1].kind);
        assert_eq!(
            (
                reg_info(a.base.unwrap()).native,
                reg_info(a.index.unwrap()).native,
                a.scale
            ),
            ("rax", "rax", 2)
        );
        let b = mem(&i[1].operands[1].kind);
        assert_eq!(
            (
                reg_info(b.base.unwrap()).native,
                reg_info(b.index.unwrap()).native,
                b.scale,
                b.disp
            ),
            ("rdi", "rcx", 4, -32)
        );
        let c = mem(&i[2].operands[1].kind);
        assert_eq!(
            (c.symbol.as_deref(), c.disp, c.size),
            (Some(".LC0"), 8, Some(8))
        );
        let d = mem(&i[3].operands[1].kind);
        assert_eq!((reg_info(d.base.unwrap()).native, d.disp), ("rsp", 16));
    }

    #[test]
    fn sections_inside_a_function_and_cold_parts_do_not_end_it() {
        let m = module(
            "\t.text\njt:\n\tjmp\t*%rax\n\t.section\t.rodata\n\t.align 4\n.L4:\n\t.long\t.L3-.L4\n\
             \t.text\n\t.p2align 4\n.L3:\n\tret\n\t.pushsection .rodata\n.LC1:\n\t.quad 1\n\
             \t.popsection\n\tnop\n\t.section\t.text.unlikely\njt.cold:\n.L9:\n\tjmp\t.L3\n\
             \t.text\nnext:\n\tret\n",
            Syntax::Att,
        );
        let names: Vec<&str> = m.functions.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["jt", "next"]);
        assert_eq!(insts(&m).len(), 4);
        let labels: Vec<&str> = m.functions[0].labels().collect();
        assert_eq!(labels, [".L3", "jt.cold", ".L9"]);
        let data: Vec<&str> = m.data.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(data, [".L4", ".LC1"]);
        assert_eq!(m.data[0].relocations[0].difference(), Some((".L3", ".L4")));
    }

    #[test]
    fn common_symbols_aliases_and_anchor_blocks() {
        let m = module(
            "\t.local\tarr\n\t.comm\tarr,64,32\n\t.set\talias,g+8\n\t.data\n\t.set\t.LANCHOR0,. + 0\n\
             \t.set\t.LANCHOR1,. + 16\n\t.align 8\ng:\n\t.quad 5\nh:\n\t.long 7\n\t.align 16\nk:\n\t.quad arr+8\n",
            Syntax::Att,
        );
        let arr = &m.data[0];
        assert_eq!(
            (arr.name.as_str(), arr.bytes.len(), arr.align, arr.writable),
            ("arr", 64, 32, true)
        );
        let g = &m.data[1];
        assert_eq!(
            (g.name.as_str(), g.bytes.len(), g.align),
            (".LANCHOR0", 24, 16)
        );
        assert_eq!(g.relocations[0].address(), Some(("arr", 8)));
        let aliases: Vec<(&str, &str, i64)> = m
            .aliases
            .iter()
            .map(|a| (a.name.as_str(), a.target.as_str(), a.offset))
            .collect();
        assert_eq!(
            aliases,
            [
                ("alias", "g", 8),
                (".LANCHOR1", ".LANCHOR0", 16),
                ("g", ".LANCHOR0", 0),
                ("h", ".LANCHOR0", 8),
                ("k", ".LANCHOR0", 16)
            ]
        );
        assert!(!m.sectionless);
    }

    #[test]
    fn comments_and_inline_asm_markers_are_ignored() {
        let m = module(
            "f:\n#APP\n# 3 \"t.c\" 1\n\tcqto # hint\n#NO_APP\n# %bb.0:\n\tret\n",
            Syntax::Att,
        );
        assert_eq!(insts(&m).len(), 2);
    }

    #[test]
    fn detection() {
        assert_eq!(
            detect("\t.intel_syntax noprefix\nf:\n\tret\n").unwrap(),
            (Arch::Amd64, Syntax::Intel)
        );
        assert_eq!(
            detect("f:\n\tmovq\t%rdi, %rax\n\tjmp\t.L2\n").unwrap(),
            (Arch::Amd64, Syntax::Att)
        );
        assert_eq!(
            detect("f:\n\tmov\trax, rdi\n\tret\n").unwrap(),
            (Arch::Amd64, Syntax::Intel)
        );
        assert_eq!(
            detect("f:\n\tldr\tx0, [x1, 8]\n\tret\n").unwrap().0,
            Arch::Arm64
        );
        assert!(detect("f:\n\tmovq\t%rdi, %rax\n\tmov\trax, rdi\n").is_err());
        // clang's arm64 loop-block comments carry `%` and a trailing comment.
        let clang_arm64 =
            "f:  // @f\n\tcmp\tw0, #10\n// %bb.1:  //   in Loop: Header=BB4_1 Depth=1\n\
                           // %bb.2:  //   in Loop: Header=BB4_1 Depth=1\n\
                           // %bb.3:  //   in Loop: Header=BB4_1 Depth=1\n\tret\n";
        assert_eq!(detect(clang_arm64).unwrap(), (Arch::Arm64, Syntax::Gnu));
        // Barriers name no register (`dmb ish`): ARM-only mnemonics.
        let barriers = "f:\n\tcbz\tw8, .L2\n\tdmb\tish\n\tdmb\tishld\n.L2:\n\tret\n";
        assert_eq!(detect(barriers).unwrap(), (Arch::Arm64, Syntax::Gnu));
        for arm in [
            "\t.arch armv8-a",
            "\t.arch\tarmv8.2-a+crc",
            "\t.cpu generic",
            "\t.arch_extension crc",
        ] {
            let text = format!("{arm}\nf:\n\tnop\n\tret\n");
            assert_eq!(detect(&text).unwrap(), (Arch::Arm64, Syntax::Gnu), "{arm}");
        }
        assert_eq!(
            detect("\t.arch generic64\nf:\n\tnop\n\tret\n").unwrap().0,
            Arch::Amd64
        );
        // Operand-less prefixed string instructions and `$` immediates are AT&T evidence or none.
        assert_eq!(
            detect("f:\n\trep stosq\n\tpushq\t$0\n\tret\n").unwrap(),
            (Arch::Amd64, Syntax::Att)
        );
    }

    /// Every span of a module, read by its bytes, is the text its line and columns print.
    fn spans_index_the_input<I: Dialect>(text: &str, syntax: Syntax) {
        let m = parse::<I>(text, I::ARCH, syntax)
            .unwrap_or_else(|d| panic!("{}", d.render("t.s", text)));
        let mut spans = Vec::new();
        for f in &m.functions {
            spans.push(f.span);
            for item in &f.body {
                spans.push(match item {
                    Item::Label { span, .. } | Item::Align { span, .. } => *span,
                    Item::Inst(i) => i.span(),
                });
            }
        }
        for d in &m.data {
            spans.push(d.span);
            spans.extend(d.relocations.iter().map(|r| r.span));
        }
        let lines = crate::diag::LineIndex::new(text);
        for span in spans {
            let printed: String = lines
                .line(span.line)
                .map_or("", |l| l.text)
                .chars()
                .skip(span.col as usize - 1)
                .take(span.len as usize)
                .collect();
            assert_eq!(span.text(text), printed, "{span:?} in {text:?}");
        }
    }

    #[test]
    fn spans_are_bytes_of_the_input() {
        spans_index_the_input::<Inst>(
            "# é\r\n\t.text\r\nf:\r\n\tmovq\t%rdi, %rax # ü\r\n.L2:\taddq\t$1, 8(%rax,%rsi,4)\r\n\
             \t.p2align 4\n\tret\n\t.section .rodata\n.LC0:\n\t.quad .L2 # ß\n",
            Syntax::Att,
        );
        spans_index_the_input::<Inst>(
            "\t.intel_syntax noprefix\n# é\nf:\n\tmov\trax, QWORD PTR [rdi+8]\n\
             \tlea rax, [rdi+rsi*4-32]\n\tmov eax, DWORD PTR .LC0[rip] # é\n\tret\n",
            Syntax::Intel,
        );
        spans_index_the_input::<a64::Inst>(
            "// é\r\nf:\r\n\tadd\tx0, x1, x2, lsl #3 // ü\r\n\tldp\tx29, x30, [sp], 16\n\
             \tret\n\t.section .rodata\n.LC0:\n\t.xword\tf\n",
            Syntax::Gnu,
        );
    }
}
