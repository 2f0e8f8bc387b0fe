//! The library entry point: runs parse → map → frame → verify → emit over one input and
//! collects every diagnostic on the way. Nothing is returned unless the whole input
//! converted.
//!
//! [`convert_verified`] settles the architecture (given, or detected from the input) and
//! hands it to [`with_target`]; everything else is written once over [`Target`]
//! ([`convert_for`]).

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::frame::abi::Abi;
use crate::frame::{self, Signature};
use crate::ir::go::{GoData, GoFile, GoFunction, GoItem, GoOperand, Origin};
use crate::ir::{Arch, Module};
use crate::map::go_data_symbol;
use crate::parse::{self, Dialect, Syntax};
use crate::target::{with_target, ForTarget, Target};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `None`: detected from the input.
    pub arch: Option<Arch>,
    /// `None`: detected from the input.
    pub syntax: Option<Syntax>,
    /// Go signatures, matched to native functions by name; each must match one.
    pub signatures: Vec<Signature>,
    /// Declarations read from Go source (`--go`): used for the native functions of the same
    /// name that have no entry in `signatures`; unmatched ones are fine.
    pub declarations: Vec<Signature>,
    /// The input's name, for the output header.
    pub source_name: String,
}

#[derive(Debug, Clone)]
pub struct Conversion {
    /// The Go assembly file.
    pub text: String,
    pub warnings: Vec<Diagnostic>,
    /// How each emitted instruction relates to the source (src/verify/report.rs).
    pub report: crate::verify::report::Report,
}

pub fn convert(source: &str, opts: &Options) -> Result<Conversion, Diagnostics> {
    convert_verified(source, opts, &crate::verify::Options::default(), false)
}

/// [`convert`] with verification options; `records`: keep one report record per emitted
/// instruction (for `--report`), not only the counts.
pub fn convert_verified(
    source: &str,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
) -> Result<Conversion, Diagnostics> {
    let (arch, syntax) = match opts.arch {
        Some(arch) => (arch, opts.syntax),
        None => {
            let (arch, detected) = parse::detect(source)?;
            (arch, opts.syntax.or(Some(detected)))
        }
    };
    with_target(
        arch,
        Pipeline {
            source,
            syntax,
            opts,
            verify,
            records,
        },
    )
}

/// [`convert_verified`] for target `T`: `opts.arch` is not looked at.
pub fn convert_for<T: Target>(
    source: &str,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
) -> Result<Conversion, Diagnostics> {
    convert_module::<T>(source, opts.syntax, opts, verify, records)
}

/// The arguments of [`convert_module`] until the target is known.
struct Pipeline<'a> {
    source: &'a str,
    syntax: Option<Syntax>,
    opts: &'a Options,
    verify: &'a crate::verify::Options,
    records: bool,
}

impl ForTarget for Pipeline<'_> {
    type Output = Result<Conversion, Diagnostics>;
    fn run<T: Target>(self) -> Self::Output {
        convert_module::<T>(
            self.source,
            self.syntax,
            self.opts,
            self.verify,
            self.records,
        )
    }
}

/// The pipeline over one target; `syntax`: `None` to detect it (when the target's dialect
/// has more than one).
fn convert_module<T: Target>(
    source: &str,
    syntax: Option<Syntax>,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
) -> Result<Conversion, Diagnostics> {
    let syntax = match syntax.or(<T::Inst as Dialect>::ONLY_SYNTAX) {
        Some(syntax) => syntax,
        None => parse::detect(source)?.1,
    };
    let mut report = if records {
        crate::verify::report::Report::with_records()
    } else {
        crate::verify::report::Report::default()
    };
    let mut module = T::parse(source, syntax)?;
    let mut diags = Diagnostics::default();
    for f in &mut module.functions {
        T::prepare(f, &mut diags);
    }
    let mut go = GoFile::default();
    let data_index: HashMap<String, usize> = module
        .data
        .iter()
        .enumerate()
        .map(|(i, d)| (go_data_symbol(&d.name), i))
        .collect();
    let mut used_data = vec![false; module.data.len()];
    let mut matched = HashSet::new();

    let function_names: Vec<String> = module.functions.iter().map(|f| f.name.clone()).collect();
    for f in &module.functions {
        let before = diags.0.len();
        let mut body = T::lower(f, source, &function_names, &mut diags);
        resolve_references(&mut body, &data_index, &mut used_data, &mut diags);
        let mut gf = GoFunction {
            name: go_data_symbol(&f.name),
            flags: "NOSPLIT",
            frame_size: 0,
            args_size: None,
            body,
        };
        let declared = || opts.declarations.iter().find(|s| s.name == f.name);
        match opts
            .signatures
            .iter()
            .find(|s| s.name == f.name)
            .or_else(declared)
        {
            Some(sig) => {
                matched.insert(sig.name.clone());
                let layout = frame::layout(sig, T::ARCH);
                if let Err(d) = T::Abi::bridge(&mut gf, sig, &layout) {
                    diags.push(d);
                }
            }
            None => {
                T::Abi::native_entry(&mut gf);
                diags.push(
                    Diagnostic::warning(
                        f.span,
                        format!(
                            "no Go signature for `{}`: emitted with the native calling convention",
                            f.name
                        ),
                    )
                    .help(format!(
                        "give --sig 'func {}(…) …' to get a Go-callable function",
                        f.name
                    )),
                );
            }
        }
        // Every instruction from the source: byte-identical Go mnemonic or raw bytes.
        T::verify(&mut gf, f, source, verify, &mut report, &mut diags);
        for d in &mut diags.0[before..] {
            if d.is_error() {
                d.message = format!("{} (in function `{}`)", d.message, f.name);
            }
        }
        go.functions.push(gf);
    }

    for sig in &opts.signatures {
        if !matched.contains(&sig.name) {
            let names: Vec<&str> = module.functions.iter().map(|f| f.name.as_str()).collect();
            diags.push(
                Diagnostic::error(
                    Span::default(),
                    format!("--sig `{}` matches no function in the input", sig.name),
                )
                .expected(format!("one of: {}", names.join(", "))),
            );
        }
    }
    emit_data(&module, &used_data, &mut go, &mut diags);
    crate::verify::report_data(&module, &used_data, &mut report);

    if diags.has_errors() {
        return Err(diags);
    }
    Ok(Conversion {
        text: crate::emit::file(&go, &opts.source_name),
        warnings: diags.0,
        report,
    })
}

/// Checks branch targets and data symbols, marks the data used, drops unused labels.
fn resolve_references(
    body: &mut Vec<GoItem>,
    data_index: &HashMap<String, usize>,
    used_data: &mut [bool],
    diags: &mut Diagnostics,
) {
    let defined: HashSet<String> = body
        .iter()
        .filter_map(|i| match i {
            GoItem::Label(l) => Some(l.clone()),
            _ => None,
        })
        .collect();
    let mut targets = HashSet::new();
    for item in body.iter() {
        let GoItem::Inst(inst) = item else { continue };
        let span = match inst.origin {
            Origin::Source(s) => s,
            Origin::Added => Span::default(),
        };
        for op in &inst.operands {
            let symbol = match op {
                GoOperand::Label(l) => {
                    if defined.contains(l) {
                        targets.insert(l.clone());
                    } else {
                        diags.push(
                            Diagnostic::error(span, format!("branch to `{l}`, which is not a label of this function"))
                                .expected("a local label of the same function (calls and tail calls are not supported yet)"),
                        );
                    }
                    continue;
                }
                GoOperand::Mem(m) => m.symbol.as_deref(),
                GoOperand::SymAddr { symbol, .. } => Some(symbol.as_str()),
                _ => None,
            };
            if let Some(sym) = symbol {
                match data_index.get(sym) {
                    Some(&i) => used_data[i] = true,
                    None => diags.push(
                        Diagnostic::error(span, format!("`{sym}` is not defined in this file"))
                            .expected("a constant or table defined in the input (external symbols are not supported)"),
                    ),
                }
            }
        }
    }
    body.retain(|i| !matches!(i, GoItem::Label(l) if !targets.contains(l)));
}

fn emit_data<I>(module: &Module<I>, used: &[bool], go: &mut GoFile, diags: &mut Diagnostics) {
    for (obj, _) in module.data.iter().zip(used).filter(|(_, u)| **u) {
        if let Some(r) = obj.relocations.first() {
            diags.push(
                Diagnostic::error(
                    r.span,
                    format!("`{}` holds symbol values (`{}`)", obj.name, r.expr),
                )
                .expected("constant data (jump tables and address tables are not supported yet)"),
            );
            continue;
        }
        if obj.align > 32 {
            diags.push(
                Diagnostic::error(
                    obj.span,
                    format!("`{}` needs {}-byte alignment", obj.name, obj.align),
                )
                .expected("alignment of at most 32 bytes (what Go's linker gives data symbols)"),
            );
        }
        go.data.push(GoData {
            name: go_data_symbol(&obj.name),
            bytes: obj.bytes.clone(),
            align: obj.align,
            read_only: !obj.writable,
        });
    }
}
