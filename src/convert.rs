//! The library entry point: runs parse → map → frame → emit over one input and collects
//! every diagnostic on the way. Nothing is returned unless the whole input converted.
//!
//! The architecture is chosen once, in [`convert_verified`]: the rest is written once over
//! [`Stages`], the per-architecture steps (its instruction type picks them).

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::frame::abi::Abi;
use crate::frame::Layout;
use crate::frame::{self, Signature};
use crate::ir::go::{GoData, GoFile, GoFunction, GoItem, GoOperand, Origin};
use crate::ir::{a64, x86, Arch, Function, Item, Module};
use crate::map::{self, go_data_symbol, go_label};
use crate::parse::{self, Dialect, Syntax};
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

/// The steps of the pipeline that differ per architecture, chosen by its native instruction
/// type.
trait Stages: Dialect {
    /// Lowers a function to Go items; `functions` are the names of the file's functions.
    fn lower(
        f: &Function<Self>,
        source: &str,
        functions: &[String],
        diags: &mut Diagnostics,
    ) -> Vec<GoItem>;
    /// The ABI bridge for a Go signature.
    fn bridge(gf: &mut GoFunction, sig: &Signature, layout: &Layout) -> Result<(), Diagnostic>;
    /// The no-signature mode.
    fn native_abi(gf: &mut GoFunction);
    /// Checks every instruction byte for byte (`crate::verify`).
    fn check(
        gf: &mut GoFunction,
        f: &Function<Self>,
        source: &str,
        verify: &crate::verify::Options,
        report: &mut crate::verify::report::Report,
        diags: &mut Diagnostics,
    );
}

impl Stages for x86::Inst {
    fn lower(f: &Function<Self>, _: &str, _: &[String], diags: &mut Diagnostics) -> Vec<GoItem> {
        lower_body(f, diags)
    }
    fn bridge(gf: &mut GoFunction, sig: &Signature, layout: &Layout) -> Result<(), Diagnostic> {
        frame::amd64::SystemV::bridge(gf, sig, layout)
    }
    fn native_abi(gf: &mut GoFunction) {
        frame::amd64::SystemV::native_entry(gf)
    }
    fn check(
        gf: &mut GoFunction,
        f: &Function<Self>,
        source: &str,
        verify: &crate::verify::Options,
        report: &mut crate::verify::report::Report,
        diags: &mut Diagnostics,
    ) {
        crate::verify::compare::check::<crate::verify::amd64::Amd64>(
            gf, f, source, verify, report, diags,
        )
    }
}

impl Stages for a64::Inst {
    fn lower(
        f: &Function<Self>,
        source: &str,
        functions: &[String],
        diags: &mut Diagnostics,
    ) -> Vec<GoItem> {
        map::arm64::lower_function(f, source, functions, diags)
    }
    fn bridge(gf: &mut GoFunction, sig: &Signature, layout: &Layout) -> Result<(), Diagnostic> {
        frame::arm64::Aapcs64::bridge(gf, sig, layout)
    }
    fn native_abi(gf: &mut GoFunction) {
        frame::arm64::Aapcs64::native_entry(gf)
    }
    fn check(
        gf: &mut GoFunction,
        f: &Function<Self>,
        source: &str,
        verify: &crate::verify::Options,
        report: &mut crate::verify::report::Report,
        diags: &mut Diagnostics,
    ) {
        crate::verify::compare::check::<crate::verify::arm64::Arm64>(
            gf, f, source, verify, report, diags,
        )
    }
}

/// [`convert`] with verification options; `records`: keep one report record per emitted
/// instruction (for `--report`), not only the counts.
pub fn convert_verified(
    source: &str,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
) -> Result<Conversion, Diagnostics> {
    let (arch, syntax) = match (opts.arch, opts.syntax) {
        (Some(a), Some(s)) => (a, s),
        (Some(Arch::Arm64), None) => (Arch::Arm64, Syntax::Gnu),
        (arch, syntax) => {
            let (da, ds) = parse::detect(source)?;
            let arch = arch.unwrap_or(da);
            let syntax = syntax.unwrap_or(if arch == Arch::Arm64 { Syntax::Gnu } else { ds });
            (arch, syntax)
        }
    };
    match arch {
        Arch::Amd64 => convert_module::<x86::Inst>(source, syntax, opts, verify, records),
        Arch::Arm64 => convert_module::<a64::Inst>(source, syntax, opts, verify, records),
    }
}

/// The pipeline over one architecture's IR.
fn convert_module<I: Stages>(
    source: &str,
    syntax: Syntax,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
) -> Result<Conversion, Diagnostics> {
    let mut report = if records {
        crate::verify::report::Report::with_records()
    } else {
        crate::verify::report::Report::default()
    };
    let module: Module<I> = parse::parse(source, I::ARCH, syntax)?;
    let mut diags = Diagnostics::default();
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
        let mut body = I::lower(f, source, &function_names, &mut diags);
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
                let layout = frame::layout(sig, I::ARCH);
                if let Err(d) = I::bridge(&mut gf, sig, &layout) {
                    diags.push(d);
                }
            }
            None => {
                I::native_abi(&mut gf);
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
        I::check(&mut gf, f, source, verify, &mut report, &mut diags);
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

/// Maps a function's items; unreferenced labels are dropped later.
fn lower_body(f: &Function<x86::Inst>, diags: &mut Diagnostics) -> Vec<GoItem> {
    let mut body = Vec::with_capacity(f.body.len() + 8);
    for item in &f.body {
        match item {
            Item::Label { name, .. } => body.push(GoItem::Label(go_label(name))),
            Item::Inst(inst) => {
                if let Err(d) = map::amd64::lower(inst, &mut body) {
                    diags.push(d);
                }
            }
            // PCALIGN takes 8 to 2048; smaller code alignment is only a performance hint.
            Item::Align { bytes, .. } if (8..=2048).contains(bytes) => {
                body.push(GoItem::Align(*bytes))
            }
            Item::Align { .. } => {}
        }
    }
    body
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
