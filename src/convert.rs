//! The library entry point: runs parse → map → frame → verify → emit over one input and
//! collects every diagnostic on the way. Nothing is returned unless the whole input
//! converted.
//!
//! [`convert_verified`] settles the architecture (given, or detected from the input) and
//! hands it to [`with_target`]; everything else is written once over [`Target`]
//! ([`convert_for`]).

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::frame::abi::Abi;
use crate::frame::native::{self, Frame, NativeFrame};
use crate::frame::{self, Signature};
use crate::ir::go::{Address, GoData, GoFile, GoFunction, GoItem, GoOperand, GoReg, Origin};
use crate::ir::{Arch, Module};
use crate::map::{self, go_data_symbol};
use crate::parse::{self, Dialect, Syntax};
use crate::target::{with_target, ForTarget, Target};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone)]
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
    /// Bytes of goroutine stack reserved for native code whose depth has no static bound
    /// (recursion, alloca, indirect or external calls): `--stack`.
    pub stack_budget: u32,
    /// arm64: x18 may stay, as Go's R18_PLATFORM, where no register is free to rename it
    /// to (the output then builds for `linux && !android` only); `false`: refused
    /// (`--no-platform-register`).
    pub platform_register: bool,
    /// `--keep-going`: a function that cannot be converted is left out (with the functions
    /// that need it), not an error of the whole input.
    pub keep_going: bool,
    /// The name of the one function of a hex input (`--name`); by default the first
    /// signature's, else `f`.
    pub function_name: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            arch: None,
            syntax: None,
            signatures: Vec::new(),
            declarations: Vec::new(),
            source_name: String::new(),
            stack_budget: native::DEFAULT_BUDGET,
            platform_register: true,
            keep_going: false,
            function_name: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Conversion {
    /// The Go assembly file.
    pub text: String,
    pub warnings: Vec<Diagnostic>,
    /// `--keep-going`: the errors of the functions left out, each naming its function, in
    /// input order (their results are in `report.functions`).
    pub skipped: Vec<Diagnostic>,
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
    let syntax = match syntax {
        Some(syntax) => syntax,
        // A disassembly listing is decoded, whatever the architecture's text syntax.
        None if parse::decode::detect_listing(source).is_some() => Syntax::Objdump,
        None => match <T::Inst as Dialect>::ONLY_SYNTAX {
            Some(syntax) => syntax,
            None => parse::detect(source)?.1,
        },
    };
    let (mut module, mut diags) = if opts.keep_going {
        parse::parse_partial::<T::Inst>(source, T::ARCH, syntax)?
    } else {
        (T::parse(source, syntax)?, Diagnostics::default())
    };
    if module.functions.is_empty() && !diags.has_errors() {
        // Nothing to convert (an empty input, only data or comments): an error, not an
        // empty Go file.
        let first = source.lines().next().unwrap_or("");
        let span = Span::new(1, 1, first.chars().count().max(1) as u32).at(0..first.len());
        return Err(Diagnostics(vec![Diagnostic::error(span, "no function in the input")
            .expected("a function: a label in a text section (`f:`) followed by its instructions")
            .help("give the compiler's assembly output (`gcc -O2 -S file.c`) of a file that defines a function")]));
    }
    if syntax == Syntax::Hex {
        // Hex names no function: the one it holds is named by the options.
        let name = opts
            .function_name
            .clone()
            .or_else(|| opts.signatures.first().map(|s| s.name.clone()))
            .unwrap_or_else(|| "f".to_string());
        module
            .functions
            .iter_mut()
            .for_each(|f| f.name = name.clone());
    }
    T::prepare(&mut module, &mut diags, opts.platform_register);
    check_go_names(&module, opts, &mut diags);
    let mut skips = Skips::default();
    if opts.keep_going {
        skips.take_located(&module, &mut diags);
    }
    let symbols = Symbols::of(&module);

    // Lower every function and follow its stack use; then decide, with the whole call
    // graph known, which functions get a native body, a Go entry, or both.
    let mut functions: HashMap<String, String> = module
        .functions
        .iter()
        .map(|f| (go_data_symbol(&f.name), map::native_symbol(&f.name)))
        .collect();
    // `.set alias, f`: the alias is f.
    for (alias, (target, offset)) in &symbols.aliases {
        if let (Some(native), 0) = (functions.get(target).cloned(), offset) {
            functions.insert(alias.clone(), native);
        }
    }
    functions.extend(external_addresses(&module, &functions, &symbols));
    let mut lowered: Vec<Lowered<T::Inst>> = Vec::with_capacity(module.functions.len());
    let mut frames: HashMap<String, Frame> = HashMap::with_capacity(module.functions.len());
    // Functions lower independently (on `--jobs` threads for a big input), each into its
    // own diagnostics, merged in input order: the same output whatever the threads.
    let lower_one = |f: &crate::ir::Function<T::Inst>| {
        if skips.contains(&f.name) {
            return None;
        }
        let (mut own, mut uses) = (Diagnostics::default(), Vec::new());
        let (body, frame) = lower_native::<T>(f, source, &symbols, &functions, &mut uses, &mut own);
        Some((body, frame, uses, own))
    };
    let results = if source.len() < parse::parallel::MIN_PARALLEL_BYTES {
        module.functions.iter().map(lower_one).collect()
    } else {
        parse::parallel::map(&module.functions, lower_one)
    };
    for (f, result) in module.functions.iter().zip(results) {
        let Some((body, frame, uses, own)) = result else {
            continue;
        };
        let before = diags.0.len();
        diags.0.extend(own.0);
        if opts.keep_going && skips.take_since(&f.name, &mut diags, before) {
            continue;
        }
        frames.insert(map::native_symbol(&f.name), frame);
        lowered.push(Lowered {
            f,
            source,
            body,
            helper: false,
            uses,
        });
    }
    // Left out, the functions whose code or data needs what is left out; then the rest is
    // put together, and whatever fails there is left out the same way, until nothing does.
    // Only `--keep-going` puts together more than once; otherwise the bodies and frames
    // move in rather than being copied.
    loop {
        if opts.keep_going {
            skips.propagate(&lowered, &module, &functions, &symbols);
        }
        let (mut round, lowered, frames) = if opts.keep_going {
            let copies = lowered
                .iter()
                .filter(|l| !skips.contains(&l.f.name))
                .map(Lowered::copy)
                .collect();
            (diags.clone(), copies, frames.clone())
        } else {
            let taken = (std::mem::take(&mut lowered), std::mem::take(&mut frames));
            (std::mem::take(&mut diags), taken.0, taken.1)
        };
        let mut failed = Vec::new();
        let (go, report) = assemble::<T>(
            Whole {
                module: &module,
                lowered,
                frames,
                functions: &functions,
                symbols: &symbols,
                skips: &skips,
                parallel: source.len() >= parse::parallel::MIN_PARALLEL_BYTES,
            },
            opts,
            verify,
            records,
            &mut round,
            &mut failed,
        )?;
        if !failed.is_empty() {
            for (name, errors) in failed {
                skips.add(&name, errors);
            }
            continue;
        }
        if round.has_errors() {
            return Err(round);
        }
        let mut report = report;
        report.functions = skips.results(&module);
        return Ok(Conversion {
            text: crate::emit::file(&go, &opts.source_name),
            warnings: round.0,
            skipped: skips.diagnostics(&module),
            report,
        });
    }
}

/// What [`assemble`] puts together: the input, its lowered functions (without those left
/// out) and what is known of them.
struct Whole<'a, I> {
    module: &'a Module<I>,
    lowered: Vec<Lowered<'a, I>>,
    frames: HashMap<String, Frame>,
    functions: &'a HashMap<String, String>,
    symbols: &'a Symbols<'a>,
    skips: &'a Skips,
    /// Big enough to spread the functions over threads.
    parallel: bool,
}

/// The Go file of the lowered functions that are not left out: the runtime helpers they
/// call, stack needs over the call graph, Go entries, verification, data. Errors of one
/// function go to `failed` under `--keep-going`, to `diags` otherwise.
fn assemble<T: Target>(
    whole: Whole<T::Inst>,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
    diags: &mut Diagnostics,
    failed: &mut Vec<(String, Vec<Diagnostic>)>,
) -> Result<(GoFile, crate::verify::report::Report), Diagnostics> {
    let Whole {
        module,
        lowered: all,
        mut frames,
        functions,
        symbols,
        skips,
        parallel,
    } = whole;
    let mut report = if records {
        crate::verify::report::Report::with_records()
    } else {
        crate::verify::report::Report::default()
    };
    let mut go = GoFile {
        functions: Vec::with_capacity(all.len()),
        ..GoFile::default()
    };
    let mut matched = HashSet::new();
    let mut used_data = vec![false; module.data.len()];
    let mut lowered: Vec<Lowered<T::Inst>> = Vec::with_capacity(all.len());
    for l in all {
        if skips.contains(&l.f.name) {
            frames.remove(&map::native_symbol(&l.f.name));
            continue;
        }
        l.uses.iter().for_each(|&i| used_data[i] = true);
        lowered.push(l);
    }
    let mut called = called_functions(&lowered);
    // Addresses in data are calls too: their bodies must be there.
    for (obj, _) in module.data.iter().zip(&used_data).filter(|(_, u)| **u) {
        called.extend(
            obj.relocations
                .iter()
                .filter_map(|r| data_function(r, functions).cloned()),
        );
    }
    // The compiler's runtime helpers the code calls come from the tool's own, converted the
    // same way (runtime/helpers_<arch>.s).
    let helper_module = if called.iter().any(|n| !frames.contains_key(n)) {
        Some(
            T::parse(T::RUNTIME_HELPERS, helper_syntax::<T>()).map_err(|mut d| {
                d.0.iter_mut()
                    .for_each(|d| d.message = format!("internal: runtime/helpers: {}", d.message));
                d
            })?,
        )
    } else {
        None
    };
    if let Some(helpers) = &helper_module {
        let helper_functions: HashMap<String, String> = helpers
            .functions
            .iter()
            .map(|f| (go_data_symbol(&f.name), map::native_symbol(&f.name)))
            .collect();
        let mut wanted: Vec<String> = called
            .iter()
            .filter(|n| !frames.contains_key(*n))
            .cloned()
            .collect();
        // A set's order differs from run to run; the output must not.
        wanted.sort_unstable_by(|a, b| b.cmp(a));
        while let Some(name) = wanted.pop() {
            let Some(f) = helpers
                .functions
                .iter()
                .find(|f| map::native_symbol(&f.name) == name)
            else {
                continue;
            };
            if frames.contains_key(&name) {
                continue;
            }
            let (body, frame) = lower_native::<T>(
                f,
                T::RUNTIME_HELPERS,
                &Symbols::of(helpers),
                &helper_functions,
                &mut Vec::new(),
                diags,
            );
            frames.insert(name, frame);
            let entry = Lowered {
                f,
                source: T::RUNTIME_HELPERS,
                body,
                helper: true,
                uses: Vec::new(),
            };
            let more = called_functions(std::slice::from_ref(&entry));
            let mut more_sorted: Vec<&String> = more.iter().collect();
            more_sorted.sort_unstable_by(|a, b| b.cmp(a));
            wanted.extend(more_sorted.into_iter().cloned());
            called.extend(more);
            lowered.push(entry);
        }
    }
    let cycles = native::Cycles::of(&frames);
    let bodies = cycles.frames(&frames);
    let needs = native::need(&bodies, &cycles);
    let indirect = native::indirect_calls(&bodies, &cycles);
    let mut externals: Vec<String> = called
        .iter()
        .filter(|n| !frames.contains_key(*n))
        .cloned()
        .collect();
    externals.sort();
    // Each function is put together and verified on its own (on `--jobs` threads for a big
    // input); the results are merged in input order, so the output is the same whatever
    // the threads.
    let work: Vec<(Lowered<T::Inst>, Frame)> = lowered
        .into_iter()
        .map(|l| {
            let frame = frames
                .remove(&map::native_symbol(&l.f.name))
                .unwrap_or_default();
            (l, frame)
        })
        .collect();
    let graph = CallGraph {
        called: &called,
        cycles: &cycles,
        needs: &needs,
        indirect: &indirect,
    };
    let one = |(l, frame)| finish_function::<T>(l, frame, &graph, opts, verify, records);
    let finished = if parallel {
        parse::parallel::map_owned(work, one)
    } else {
        work.into_iter().map(one).collect()
    };
    let mut checks = false;
    for done in finished {
        report.append(done.report);
        checks |= done.checks;
        matched.extend(done.matched);
        let before = diags.0.len();
        diags.0.extend(done.diags.0);
        if !(opts.keep_going && !done.helper && take_errors(&done.name, diags, before, failed)) {
            go.functions.extend(done.functions);
        }
    }
    if checks {
        go.functions.push(GoFunction {
            name: format!("{}<>", native::BUDGET_EXCEEDED),
            flags: "NOSPLIT|NOFRAME",
            frame_size: 0,
            args_size: None,
            body: <T::Frame as NativeFrame>::budget_exceeded(),
        });
    }
    if !externals.is_empty() {
        diags.push(
            Diagnostic::warning(
                Span::default(),
                format!(
                    "functions not defined in the input (called, or their addresses in data): {}",
                    externals.join(", ")
                ),
            )
            .help("another converted file of the package must define them (their native bodies, `name_native`)"),
        );
    }

    for sig in &opts.signatures {
        if !matched.contains(&sig.name) && !skips.contains(&sig.name) {
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
    emit_data(module, &used_data, functions, symbols, &mut go, diags);
    crate::verify::report_data(module, &used_data, &mut report);
    Ok((go, report))
}

/// What [`finish_function`] needs of the whole call graph (read only, shared by threads).
struct CallGraph<'a> {
    called: &'a HashSet<String>,
    cycles: &'a native::Cycles,
    needs: &'a [(i64, bool)],
    indirect: &'a [Vec<usize>],
}

/// One function put together: its Go functions (the native body and the Go entry, or the
/// Go function alone), with its own report and diagnostics, merged in input order.
struct Finished {
    name: String,
    helper: bool,
    functions: Vec<GoFunction>,
    /// The signature it matched.
    matched: Option<String>,
    /// It got stack checks (the budget-exceeded stub is needed).
    checks: bool,
    report: crate::verify::report::Report,
    diags: Diagnostics,
}

/// Routes the calls of one lowered function, adds its stack checks, bridges its Go entry
/// and verifies every instruction: what [`assemble`] does per function.
fn finish_function<T: Target>(
    lowered: Lowered<T::Inst>,
    mut frame: Frame,
    graph: &CallGraph,
    opts: &Options,
    verify: &crate::verify::Options,
    records: bool,
) -> Finished {
    let Lowered {
        f,
        source,
        mut body,
        helper,
        ..
    } = lowered;
    let mut done = Finished {
        name: f.name.clone(),
        helper,
        functions: Vec::with_capacity(2),
        matched: None,
        checks: false,
        report: if records {
            crate::verify::report::Report::with_records()
        } else {
            crate::verify::report::Report::default()
        },
        diags: Diagnostics::default(),
    };
    let (report, diags) = (&mut done.report, &mut done.diags);
    let native_name = map::native_symbol(&f.name);
    let declared = || opts.declarations.iter().find(|s| s.name == f.name);
    let sig = opts
        .signatures
        .iter()
        .find(|s| s.name == f.name)
        .or_else(declared)
        .filter(|_| !helper);
    let layout = sig.map(|sig| frame::layout(sig, T::ARCH));
    let in_place = layout.as_ref().is_some_and(|layout| {
        !frame.needs_stack() && !graph.called.contains(&native_name) && T::Abi::in_place(layout)
    });
    if let (true, Some(sig), Some(layout)) = (in_place, sig, &layout) {
        // A leaf that keeps SP: the Go entry runs the body itself, at its own SP.
        done.matched = Some(sig.name.clone());
        let mut gf = GoFunction {
            name: go_data_symbol(&f.name),
            flags: "NOSPLIT",
            frame_size: 0,
            args_size: None,
            body,
        };
        if let Err(d) = T::Abi::bridge(&mut gf, sig, layout) {
            diags.push(d);
        }
        T::verify(&mut gf, f, source, verify, report, diags);
        name_function(diags, 0, &f.name);
        done.functions.push(gf);
        return done;
    }
    let node = graph.cycles.node(&native_name);
    let in_cycle = node.is_some_and(|n| graph.cycles.in_cycle(n));
    let routed = node.map_or(&[][..], |n| graph.indirect[n].as_slice());
    route_calls::<T::Frame>(&mut body, routed, &mut frame);
    frame.apply_corrections(&mut body);
    native::hide_large_adjustments::<T::Frame>(&mut body);
    let (need, bounded) = node.map_or((frame.own, false), |n| graph.needs[n]);
    if in_cycle || !frame.dynamic.is_empty() {
        done.checks = true;
        add_stack_checks::<T::Frame>(&mut body, &native_name, need, in_cycle, &frame.dynamic);
    }
    let mut gf = GoFunction {
        name: native_name.clone(),
        flags: "NOSPLIT|NOFRAME",
        frame_size: 0,
        args_size: None,
        body,
    };
    T::verify(&mut gf, f, source, verify, report, diags);
    let mut entry = None;
    match sig.zip(layout) {
        Some((sig, layout)) => {
            done.matched = Some(sig.name.clone());
            let reserve = <T::Frame as NativeFrame>::RETURN_ADDRESS
                + need
                + if bounded { 0 } else { opts.stack_budget as i64 };
            let mut gf = GoFunction {
                name: go_data_symbol(&f.name),
                flags: "0",
                frame_size: 0,
                args_size: None,
                body: Vec::new(),
            };
            match T::Abi::call_bridge(&mut gf, sig, &layout, &native_name, reserve) {
                Ok(()) => {
                    T::verify(&mut gf, f, source, verify, report, diags);
                    entry = Some(gf);
                }
                Err(d) => diags.push(d),
            }
        }
        None if helper => {}
        None => diags.push(
            Diagnostic::warning(
                f.span,
                format!(
                    "no Go signature for `{}`: emitted as `{native_name}`, with the native calling convention",
                    f.name
                ),
            )
            .help(format!(
                "give --sig 'func {}(…) …' to get a Go-callable function",
                f.name
            )),
        ),
    }
    name_function(diags, 0, &f.name);
    done.functions.push(gf);
    done.functions.extend(entry);
    done
}

/// `--keep-going`: moves the errors reported since `before` into `failed` as function
/// `name`'s (its warnings are dropped with it); whether there were any.
fn take_errors(
    name: &str,
    diags: &mut Diagnostics,
    before: usize,
    failed: &mut Vec<(String, Vec<Diagnostic>)>,
) -> bool {
    if !diags.0[before..].iter().any(Diagnostic::is_error) {
        return false;
    }
    let errors = diags
        .0
        .drain(before..)
        .filter(Diagnostic::is_error)
        .collect();
    failed.push((name.to_string(), errors));
    true
}

/// `--keep-going`: the functions left out, each with the errors that made it so, in the
/// order they were found.
#[derive(Debug, Default)]
struct Skips {
    errors: HashMap<String, Vec<Diagnostic>>,
    /// Data objects with an error of their own (by index): not emitted.
    data: HashMap<usize, Diagnostic>,
}

impl Skips {
    fn contains(&self, name: &str) -> bool {
        self.errors.contains_key(name)
    }

    fn add(&mut self, name: &str, errors: Vec<Diagnostic>) {
        self.errors
            .entry(name.to_string())
            .or_default()
            .extend(errors);
    }

    /// [`take_errors`] for a function before it is put together.
    fn take_since(&mut self, name: &str, diags: &mut Diagnostics, before: usize) -> bool {
        let mut failed = Vec::new();
        let taken = take_errors(name, diags, before, &mut failed);
        for (name, errors) in failed {
            self.add(&name, errors);
        }
        taken
    }

    /// Takes every error located inside a function (the lines from its label to its last
    /// item, or up to the next function's label when no data label comes first) as that
    /// function's, and every error in a data object (after its label, before the next
    /// function's) as that object's: it is not emitted, and the functions that use it are
    /// left out. Errors elsewhere stay: they stop the conversion.
    fn take_located<I: crate::ir::NativeInst>(
        &mut self,
        module: &Module<I>,
        diags: &mut Diagnostics,
    ) {
        use crate::ir::Item;
        if !diags.has_errors() {
            return;
        }
        // (label line, data index) for every data object, by line.
        let mut data: Vec<(u32, usize)> = module
            .data
            .iter()
            .enumerate()
            .map(|(i, d)| (d.span.line, i))
            .collect();
        data.sort_unstable();
        // (first line, last line, function) for every function, by first line.
        let mut extents: Vec<(u32, u32, &str)> = module
            .functions
            .iter()
            .map(|f| {
                let last = f
                    .body
                    .iter()
                    .map(|i| match i {
                        Item::Inst(inst) => inst.span().line,
                        Item::Label { span, .. } | Item::Align { span, .. } => span.line,
                    })
                    .max()
                    .unwrap_or(f.span.line);
                (f.span.line, last.max(f.span.line), f.name.as_str())
            })
            .collect();
        extents.sort_unstable();
        // The last data label at or before `line`, if no function starts between.
        let data_at = |line: u32, after: u32| -> Option<usize> {
            let (at, i) = *data.get(data.partition_point(|d| d.0 <= line).checked_sub(1)?)?;
            (at >= after).then_some(i)
        };
        let owner = |line: u32| -> Option<Result<&str, usize>> {
            let Some(i) = extents.partition_point(|e| e.0 <= line).checked_sub(1) else {
                return data_at(line, 0).map(Err);
            };
            let (first, last, name) = extents[i];
            if line <= last {
                return Some(Ok(name));
            }
            match data_at(line, last) {
                Some(d) => Some(Err(d)),
                None => (line >= first).then_some(Ok(name)),
            }
        };
        let mut kept = Vec::new();
        for d in std::mem::take(&mut diags.0) {
            match owner(d.span.line).filter(|_| d.is_error() && d.span.line > 0) {
                Some(Ok(name)) => {
                    let mut d = d;
                    d.message = format!("{} (in function `{name}`)", d.message);
                    self.add(name, vec![d]);
                }
                Some(Err(i)) => {
                    let name = &module.data[i].name;
                    let mut warning = d.clone();
                    warning.severity = crate::diag::Severity::Warning;
                    warning.message = format!("{} (data `{name}` is left out)", d.message);
                    kept.push(warning);
                    self.data.entry(i).or_insert(d);
                }
                None => kept.push(d),
            }
        }
        diags.0 = kept;
    }

    /// Leaves out, until nothing changes, every function that calls, jumps to or takes the
    /// address of a function left out, or uses data that cannot be emitted (see
    /// [`data_problems`]) or that holds such a function's address or such data's.
    fn propagate<I>(
        &mut self,
        lowered: &[Lowered<I>],
        module: &Module<I>,
        functions: &HashMap<String, String>,
        symbols: &Symbols,
    ) {
        let name_of: HashMap<String, &str> = module
            .functions
            .iter()
            .map(|f| (map::native_symbol(&f.name), f.name.as_str()))
            .collect();
        // The problem of each data object, if any, before anything is left out.
        let own: Vec<Option<Diagnostic>> = module
            .data
            .iter()
            .enumerate()
            .map(|(i, d)| {
                self.data
                    .get(&i)
                    .map(|e| {
                        let mut e = e.clone();
                        e.message = format!("uses `{}`, which has an error: {}", d.name, e.message);
                        e
                    })
                    .or_else(|| data_problems(d, functions, symbols).into_iter().next())
            })
            .collect();
        loop {
            let bad = self.bad_data(module, functions, symbols, &own, &name_of);
            let mut more = Vec::new();
            for l in lowered.iter().filter(|l| !self.contains(&l.f.name)) {
                let callee = called_functions(std::slice::from_ref(l))
                    .into_iter()
                    .filter_map(|n| name_of.get(&n).copied())
                    .filter(|n| self.contains(n))
                    .min();
                let why = match callee {
                    Some(callee) => Some(format!("calls `{callee}`, which is left out")),
                    None => l.uses.iter().find_map(|i| bad[*i].clone()),
                };
                if let Some(why) = why {
                    let d =
                        Diagnostic::error(l.f.span, format!("{why} (in function `{}`)", l.f.name))
                            .expected(
                                "only calls of functions and uses of data that are converted",
                            );
                    more.push((l.f.name.clone(), d));
                }
            }
            if more.is_empty() {
                return;
            }
            for (name, d) in more {
                self.add(&name, vec![d]);
            }
        }
    }

    /// Why each data object cannot be emitted (`None`: it can): its own problem, an address
    /// of a function left out, or an address of data that cannot be emitted.
    fn bad_data<I>(
        &self,
        module: &Module<I>,
        functions: &HashMap<String, String>,
        symbols: &Symbols,
        own: &[Option<Diagnostic>],
        name_of: &HashMap<String, &str>,
    ) -> Vec<Option<String>> {
        let mut bad: Vec<Option<String>> = own
            .iter()
            .map(|d| d.as_ref().map(|d| d.message.clone()))
            .collect();
        for (i, obj) in module.data.iter().enumerate() {
            if bad[i].is_some() {
                continue;
            }
            bad[i] = obj.relocations.iter().find_map(|r| {
                let f = name_of.get(data_function(r, functions)?)?;
                self.contains(f).then(|| {
                    format!(
                        "uses `{}`, which holds the address of `{f}`, which is left out",
                        obj.name
                    )
                })
            });
        }
        loop {
            let mut changed = false;
            for (i, obj) in module.data.iter().enumerate() {
                if bad[i].is_some() {
                    continue;
                }
                let reached = obj.relocations.iter().find_map(|r| {
                    let (sym, _) = r.address()?;
                    let (target, _) = symbols.resolve(&go_data_symbol(sym), 0);
                    let j = *symbols.index.get(&target)?;
                    bad[j].is_some().then(|| module.data[j].name.clone())
                });
                if let Some(other) = reached {
                    bad[i] = Some(format!(
                        "uses `{}`, which holds the address of `{other}`, which cannot be emitted",
                        obj.name
                    ));
                    changed = true;
                }
            }
            if !changed {
                return bad;
            }
        }
    }

    /// Each function's result, in input order.
    fn results<I>(&self, module: &Module<I>) -> Vec<crate::verify::report::FunctionResult> {
        module
            .functions
            .iter()
            .map(|f| crate::verify::report::FunctionResult {
                name: f.name.clone(),
                line: f.span.line,
                reason: self.errors.get(&f.name).map(|errors| {
                    let suffix = format!(" (in function `{}`)", f.name);
                    let m = &errors[0].message;
                    m.strip_suffix(&suffix).unwrap_or(m).to_string()
                }),
            })
            .collect()
    }

    /// The errors of the functions left out, in input order.
    fn diagnostics<I>(&self, module: &Module<I>) -> Vec<Diagnostic> {
        module
            .functions
            .iter()
            .filter_map(|f| self.errors.get(&f.name))
            .flatten()
            .cloned()
            .collect()
    }
}

/// Errors for distinct native names that would become one Go name, which Go rejects as a
/// redefinition: characters Go cannot spell become `_` (`f.1` and `f_1`), and a function's
/// native body `f_native` meets a function `f_native` whose Go entry has that name.
fn check_go_names<I>(module: &Module<I>, opts: &Options, diags: &mut Diagnostics) {
    use crate::ir::Item;
    fn claim<'m>(
        seen: &mut HashMap<String, (&'m str, Span)>,
        go: String,
        native: &'m str,
        span: Span,
        diags: &mut Diagnostics,
    ) {
        match seen.get(&go) {
            Some(&(first, at)) if first != native => diags.push(
                Diagnostic::error(
                    span,
                    format!("`{native}` and `{first}` both become `{go}` in Go"),
                )
                .expected(format!(
                    "names whose Go names differ (`{first}` is at line {}:{}; characters Go \
                     cannot spell become `_`, a native body is named `name_native`)",
                    at.line, at.col
                )),
            ),
            Some(_) => {}
            None => {
                seen.insert(go, (native, span));
            }
        }
    }
    let mut symbols = HashMap::with_capacity(module.functions.len());
    for f in &module.functions {
        let body = map::native_symbol(&f.name);
        claim(&mut symbols, body, &f.name, f.span, diags);
        let declared = |s: &Signature| s.name == f.name;
        if opts
            .signatures
            .iter()
            .chain(&opts.declarations)
            .any(declared)
        {
            claim(
                &mut symbols,
                go_data_symbol(&f.name),
                &f.name,
                f.span,
                diags,
            );
        }
        let mut labels = HashMap::new();
        for item in &f.body {
            if let Item::Label { name, span } = item {
                claim(&mut labels, map::go_label(name), name, *span, diags);
            }
        }
    }
    let mut data = HashMap::new();
    for d in &module.data {
        let go = format!("{}<>", go_data_symbol(&d.name));
        claim(&mut data, go, &d.name, d.span, diags);
    }
}

/// One function lowered, with the source it came from (the input, or the runtime helpers).
/// Its [`Frame`] is kept apart, by native body name, for the call-graph analyses.
struct Lowered<'a, I> {
    f: &'a crate::ir::Function<I>,
    source: &'a str,
    body: Vec<GoItem>,
    helper: bool,
    /// The input's data objects the body uses (indices, possibly repeated).
    uses: Vec<usize>,
}

impl<'a, I> Lowered<'a, I> {
    /// A copy for one `--keep-going` round (which may leave functions out and start over).
    fn copy(&self) -> Lowered<'a, I> {
        Lowered {
            body: self.body.clone(),
            uses: self.uses.clone(),
            ..*self
        }
    }
}

/// Lowers one function, resolves its references (the data it uses go to `used_data`), and
/// follows its stack use.
fn lower_native<T: Target>(
    f: &crate::ir::Function<T::Inst>,
    source: &str,
    data_index: &Symbols,
    functions: &HashMap<String, String>,
    used_data: &mut Vec<usize>,
    diags: &mut Diagnostics,
) -> (Vec<GoItem>, Frame) {
    let before = diags.0.len();
    let mut body = T::lower(f, source, diags);
    map::jump_table::lower(
        &mut body,
        &data_index.tables,
        T::ARCH,
        &map::go_label(&f.name),
        diags,
    );
    resolve_references(&mut body, data_index, functions, used_data, diags);
    native::track_sp::<T::Frame>(&mut body);
    if let Err(d) = native::check_frame_pointer::<T::Frame>(&body, f.span) {
        diags.push(d);
    }
    let frame = native::analyse::<T::Frame>(&body, f.span).unwrap_or_else(|d| {
        diags.push(d);
        Frame::default()
    });
    name_function(diags, before, &f.name);
    (body, frame)
}

/// The native bodies `lowered` calls, jumps to or takes the address of.
fn called_functions<I>(lowered: &[Lowered<I>]) -> HashSet<String> {
    lowered
        .iter()
        .flat_map(|l| l.body.iter())
        .filter_map(|i| match i {
            GoItem::Inst(inst) => Some(inst.operands.iter()),
            _ => None,
        })
        .flatten()
        .filter_map(|o| match o {
            GoOperand::Func(n) | GoOperand::FuncAddr(n) => Some(n.clone()),
            _ => None,
        })
        .collect()
}

/// The syntax of the runtime helpers' source (GNU as output: AT&T on amd64).
fn helper_syntax<T: Target>() -> Syntax {
    <T::Inst as Dialect>::ONLY_SYNTAX.unwrap_or(Syntax::Att)
}

/// Names the function in the errors reported for it since `before`.
fn name_function(diags: &mut Diagnostics, before: usize, name: &str) {
    for d in &mut diags.0[before..] {
        if d.is_error() {
            d.message = format!("{} (in function `{name}`)", d.message);
        }
    }
}

/// The calls at `sites` (body indices) go through a register
/// ([`NativeFrame::indirect_call`]); the frame's pending corrections move with the body.
fn route_calls<F: NativeFrame>(body: &mut Vec<GoItem>, sites: &[usize], frame: &mut Frame) {
    if sites.is_empty() {
        return;
    }
    let old = std::mem::take(body);
    for (i, item) in old.into_iter().enumerate() {
        if let (true, GoItem::Inst(inst)) = (sites.contains(&i), &item) {
            let jump = inst.mnemonic != "CALL";
            if let Some(GoOperand::Func(callee)) = inst.operands.last() {
                let replacement = F::indirect_call(callee, jump, inst.origin);
                frame.shift_corrections(body.len(), replacement.len() as isize - 1);
                body.extend(replacement.into_iter().map(GoItem::Inst));
                continue;
            }
        }
        body.push(item);
    }
}

/// The stack checks of a body without a static bound: at its entry (recursion), and after
/// each dynamic SP decrement.
fn add_stack_checks<F: NativeFrame>(
    body: &mut Vec<GoItem>,
    me: &str,
    need: i64,
    at_entry: bool,
    dynamic: &[Span],
) {
    let old = std::mem::take(body);
    let mut n = 0;
    let mut check = |out: &mut Vec<GoItem>, preserve: bool| {
        n += 1;
        out.extend(F::stack_check(
            need + F::RED_ZONE,
            &format!("{me}_stack_ok{n}"),
            preserve,
        ));
    };
    if at_entry {
        check(body, false);
    }
    for item in old {
        let after = matches!(&item, GoItem::Inst(i)
            if matches!(i.origin, Origin::Source(s) if dynamic.contains(&s)));
        body.push(item);
        if after {
            check(body, true);
        }
    }
}

/// Checks branch targets and data symbols, marks the data used, drops unused labels; a
/// RIP-relative reference to a function of the input becomes its native body's address.
fn resolve_references(
    body: &mut Vec<GoItem>,
    data_index: &Symbols,
    functions: &HashMap<String, String>,
    used_data: &mut Vec<usize>,
    diags: &mut Diagnostics,
) {
    for item in body.iter_mut() {
        let GoItem::Inst(inst) = item else { continue };
        for op in &mut inst.operands {
            data_index.unalias(op, functions);
            match op {
                GoOperand::Mem(m) if m.index.is_none() && m.disp == 0 => {
                    if let Some(native) = m.symbol.as_ref().and_then(|s| functions.get(s)) {
                        *op = GoOperand::Func(native.clone());
                    }
                }
                GoOperand::SymAddr { symbol, offset: 0 } => {
                    if let Some(native) = functions.get(symbol) {
                        *op = GoOperand::FuncAddr(native.clone());
                    }
                }
                _ => {}
            }
        }
    }
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
                            Diagnostic::error(
                                span,
                                format!("branch to `{l}`, which is not a label of this function"),
                            )
                            .expected("a local label of the same function"),
                        );
                    }
                    continue;
                }
                GoOperand::Mem(m) => m.symbol.as_deref(),
                GoOperand::SymAddr { symbol, .. } => Some(symbol.as_str()),
                _ => None,
            };
            if let Some(sym) = symbol {
                match data_index.index.get(sym) {
                    Some(&i) => used_data.push(i),
                    None => diags.push(data_index.undefined(sym, span)),
                }
            }
        }
    }
    data_index.check_stores(body, diags);
    body.retain(|i| !matches!(i, GoItem::Label(l) if !targets.contains(l)));
}

fn emit_data<I>(
    module: &Module<I>,
    used: &[bool],
    functions: &HashMap<String, String>,
    symbols: &Symbols,
    go: &mut GoFile,
    diags: &mut Diagnostics,
) {
    // Data reached only from other data (`.quad other+8`) is used too.
    let mut used = used.to_vec();
    let mut work: Vec<usize> = (0..used.len()).filter(|i| used[*i]).collect();
    while let Some(i) = work.pop() {
        for r in &module.data[i].relocations {
            let Some((sym, _)) = r.address() else {
                continue;
            };
            let (target, _) = symbols.resolve(&go_data_symbol(sym), 0);
            if let Some(&j) = symbols.index.get(&target) {
                if !used[j] {
                    used[j] = true;
                    work.push(j);
                }
            }
        }
    }
    for (obj, _) in module.data.iter().zip(&used).filter(|(_, u)| **u) {
        let problems = data_problems(obj, functions, symbols);
        if !problems.is_empty() {
            diags.0.extend(problems);
            continue;
        }
        let addresses = obj
            .relocations
            .iter()
            .filter_map(|r| Some((r.offset, data_address(r, functions, symbols)?)))
            .collect();
        go.data.push(GoData {
            name: go_data_symbol(&obj.name),
            bytes: obj.bytes.clone(),
            addresses,
            align: obj.align,
            read_only: !obj.writable,
        });
    }
}

/// `.quad close`: data holding the address of a symbol the input does not define, by Go
/// name, with the native body's name it is reached by. Such a symbol belongs to another file
/// (a C library function, another converted file's function or variable) and is reached
/// like a call of it, as `close_native`; the package must define that name, and the link
/// fails until it does. Not in a sectionless input, whose undefined names may be data whose
/// definition Compiler Explorer's filter dropped ([`Symbols::undefined`] says so).
fn external_addresses<I>(
    module: &Module<I>,
    functions: &HashMap<String, String>,
    symbols: &Symbols,
) -> Vec<(String, String)> {
    if symbols.sectionless {
        return Vec::new();
    }
    let mut out = Vec::new();
    for r in module.data.iter().flat_map(|d| &d.relocations) {
        let Some((name, 0)) = r.address() else {
            continue;
        };
        let go = go_data_symbol(name);
        let plain = !name.starts_with('.')
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
        let defined = functions.contains_key(&go)
            || symbols.index.contains_key(&go)
            || symbols.aliases.contains_key(&go);
        if plain && !defined {
            out.push((go, map::native_symbol(name)));
        }
    }
    out
}

/// Why a data object cannot be emitted: values that are not addresses of the input's
/// functions or data, an alignment Go's linker does not give.
fn data_problems(
    obj: &crate::ir::DataObject,
    functions: &HashMap<String, String>,
    symbols: &Symbols,
) -> Vec<Diagnostic> {
    let mut problems: Vec<Diagnostic> = obj
        .relocations
        .iter()
        .filter(|r| data_address(r, functions, symbols).is_none())
        .map(|r| {
            Diagnostic::error(
                r.span,
                format!("`{}` holds symbol values (`{}`)", obj.name, r.expr),
            )
            .expected("constant data, or 8-byte addresses of functions or data of the input (`.quad f`, `.quad table+8`)")
        })
        .collect();
    // An object with bad values is not emitted, so its alignment does not matter.
    if problems.is_empty() && obj.align > 32 {
        problems.push(
            Diagnostic::error(
                obj.span,
                format!("`{}` needs {}-byte alignment", obj.name, obj.align),
            )
            .expected("alignment of at most 32 bytes (what Go's linker gives data symbols)"),
        );
    }
    problems
}

/// The address an 8-byte data value holds (`.quad f`, `.quad table+8`), if it is one of the
/// input's functions or data.
fn data_address(
    r: &crate::ir::DataReloc,
    functions: &HashMap<String, String>,
    symbols: &Symbols,
) -> Option<Address> {
    let (name, addend) = r.address()?;
    if r.width != 8 || r.offset % 8 != 0 {
        return None;
    }
    let go = go_data_symbol(name);
    if let (Some(f), 0) = (functions.get(&go), addend) {
        return Some(Address::Func(f.clone()));
    }
    let (target, offset) = symbols.resolve(&go, addend);
    symbols
        .index
        .contains_key(&target)
        .then_some(Address::Data {
            symbol: target,
            offset,
        })
}

/// The data symbols of one input, by Go name, with its aliases and what is known of its
/// sections.
struct Symbols<'a> {
    index: HashMap<String, usize>,
    /// Alias (Go name) → (target, offset), as written (see [`Symbols::resolve`]).
    aliases: HashMap<String, (String, i64)>,
    /// Another name of a function (`.set f.localalias, f`, which gcc's -fPIC code calls):
    /// its native body symbol → the function's.
    function_aliases: HashMap<String, String>,
    /// The data as jump-table dispatches look it up.
    tables: map::jump_table::DataTables<'a>,
    data: &'a [crate::ir::DataObject],
    /// No section directive in the input (Compiler Explorer's filtered view, or a fragment).
    sectionless: bool,
}

impl<'a> Symbols<'a> {
    fn of<I>(module: &'a Module<I>) -> Symbols<'a> {
        let function_names: HashSet<&str> =
            module.functions.iter().map(|f| f.name.as_str()).collect();
        Symbols {
            index: module
                .data
                .iter()
                .enumerate()
                .map(|(i, d)| (go_data_symbol(&d.name), i))
                .collect(),
            aliases: module
                .aliases
                .iter()
                .map(|a| {
                    (
                        go_data_symbol(&a.name),
                        (go_data_symbol(&a.target), a.offset),
                    )
                })
                .collect(),
            function_aliases: module
                .aliases
                .iter()
                .filter(|a| a.offset == 0 && function_names.contains(a.target.as_str()))
                .map(|a| (map::native_symbol(&a.name), map::native_symbol(&a.target)))
                .collect(),
            tables: map::jump_table::DataTables::new(&module.data),
            data: &module.data,
            sectionless: module.sectionless,
        }
    }

    /// `name + offset` with every alias followed.
    fn resolve(&self, name: &str, mut offset: i64) -> (String, i64) {
        let mut name = name.to_string();
        for _ in 0..32 {
            match self.aliases.get(&name) {
                Some((t, k)) => {
                    offset += k;
                    name = t.clone();
                }
                None => break,
            }
        }
        (name, offset)
    }

    /// Rewrites an operand naming an alias to name its target.
    fn unalias(&self, op: &mut GoOperand, functions: &HashMap<String, String>) {
        if let GoOperand::Func(native) | GoOperand::FuncAddr(native) = op {
            if let Some(target) = self.function_aliases.get(native.as_str()) {
                *native = target.clone();
            }
            return;
        }
        let (symbol, offset) = match op {
            GoOperand::Mem(m) => match &mut m.symbol {
                Some(s) => (s, &mut m.disp),
                None => return,
            },
            GoOperand::SymAddr { symbol, offset } => (symbol, offset),
            _ => return,
        };
        if !self.aliases.contains_key(symbol.as_str()) || functions.contains_key(symbol.as_str()) {
            return;
        }
        let (t, k) = self.resolve(symbol, *offset);
        *symbol = t;
        *offset = k;
    }

    /// The error for a symbol the code uses and the input does not define.
    fn undefined(&self, sym: &str, span: Span) -> Diagnostic {
        let d = Diagnostic::error(
            span,
            format!("`{sym}` is used but not defined in the input (no label, `.comm` or `.set` names it)"),
        )
        .expected("data defined in the input (Go's data symbols of a converted file are its own: an external variable cannot be reached)");
        if self.sectionless {
            d.help("the input has no section directives (Compiler Explorer's filtered view drops `.comm`, `.set` and `.section`): turn off the \"Directives\" filter and convert the full output")
        } else {
            d.help(format!("define `{sym}` in the C file that is converted (a `static` variable, or a global defined there)"))
        }
    }

    /// A store to read-only data crashes at run time: each is an error. amd64: a memory
    /// operand naming the symbol as the destination; arm64: a store through a register
    /// that the same block set to the symbol's address (`MOVD $sym<>(SB), R1`).
    fn check_stores(&self, body: &[GoItem], diags: &mut Diagnostics) {
        let mut regs: HashMap<GoReg, String> = HashMap::new();
        for item in body {
            let inst = match item {
                GoItem::Inst(inst) => inst,
                _ => {
                    regs.clear();
                    continue;
                }
            };
            let Some((last, rest)) = inst.operands.split_last() else {
                continue;
            };
            let reads_last = [
                "CMP", "TEST", "BT", "UCOMIS", "COMIS", "PUSH", "JMP", "CALL", "PREFETCH", "PTEST",
                "VPTEST",
            ]
            .iter()
            .any(|p| inst.mnemonic.starts_with(p))
                && !matches!(
                    inst.mnemonic,
                    "BTSQ" | "BTSL" | "BTRQ" | "BTRL" | "BTCQ" | "BTCL"
                );
            let stored = match last {
                GoOperand::Mem(m) if !reads_last => m
                    .symbol
                    .clone()
                    .or_else(|| m.base.and_then(|b| regs.get(&b).cloned())),
                GoOperand::MemWriteback { mem, .. } => mem.base.and_then(|b| regs.get(&b).cloned()),
                GoOperand::MemIndex { base, .. } => regs.get(&GoReg::Arm64(*base)).cloned(),
                _ => None,
            };
            if let Some(sym) = stored {
                if let Some(obj) = self.index.get(&sym).map(|&i| &self.data[i]) {
                    if !obj.writable {
                        let span = match inst.origin {
                            Origin::Source(s) => s,
                            Origin::Added => obj.span,
                        };
                        let d = Diagnostic::error(
                            span,
                            format!("a store to `{}`, which is read-only data", obj.name),
                        );
                        diags.push(if self.sectionless {
                            d.expected("a store to writable data").help("the input has no section directives (Compiler Explorer's filtered view), so its data is taken as read-only: turn off the \"Directives\" filter and convert the full output")
                        } else {
                            d.expected("a store to data in `.data` or `.bss`")
                        });
                    }
                }
            }
            // What each register holds after this instruction.
            match (inst.mnemonic, rest, last) {
                ("MOVD", [GoOperand::SymAddr { symbol, .. }], GoOperand::Reg(r)) => {
                    regs.insert(*r, symbol.clone());
                }
                (_, _, GoOperand::Reg(r)) => {
                    regs.remove(r);
                }
                _ => {}
            }
        }
    }
}

/// The native body whose address an 8-byte data value holds (`.quad f`), if it is one.
fn data_function<'a>(
    r: &crate::ir::DataReloc,
    functions: &'a HashMap<String, String>,
) -> Option<&'a String> {
    let name = r.expr.trim();
    let plain = name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    (r.width == 8 && plain && r.offset % 8 == 0)
        .then(|| functions.get(&go_data_symbol(name)))
        .flatten()
}
