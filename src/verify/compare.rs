//! The comparison loop, written once for every architecture: each Go instruction (or group of
//! Go instructions from one source instruction) against the source instruction it came from.
//!
//! What differs between architectures is behind [`Encoders`]: the native encoder (source
//! bytes, and whether a field is left to the linker), the Go encoder, the decoder that judges
//! `--equivalent`, and how a raw instruction is spelled (`BYTE`s on amd64, a `WORD` on
//! arm64). The implementations sit beside their encoders: [`Amd64`](super::amd64::Amd64) in
//! `src/verify/amd64.rs`, [`Arm64`](super::arm64::Arm64) in `src/verify/arm64.rs`.
//!
//! # Intended shape
//!
//! [`Encoders`] is the verification part of a per-architecture `Target` (a later top-level
//! `target` module): that trait is meant to be `Target: Encoders` plus lowering (the map
//! stage), ABI planning, argument loads, result stores and stack-slot rewriting (the frame
//! stage), each stage's part defined in the stage that uses it, so that `convert` and
//! `verify` are written once and a new architecture is one `Target` plus its tables.

use super::report::{Class, Record, Report};
use super::{EncodeError, GoContext, Options};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::go::{GoFunction, GoInst, GoItem, GoOperand, Origin};
use crate::ir::{Edit, Function, Item, MachineCode, NativeInst};

/// One architecture's encoders, as the comparison uses them.
pub trait Encoders {
    /// The architecture's native instruction (`ir::x86::Inst`, `ir::a64::Inst`).
    type Inst: NativeInst;
    /// What the native encoder tells besides the bytes (the field left to the linker).
    type Native;

    /// Whether source text (records, raw comments) has its whitespace collapsed, as the map
    /// stage writes comments.
    const COLLAPSE_SOURCE_WHITESPACE: bool;

    /// When a source instruction refers to a symbol, Go spells it with its own relocation
    /// (arm64: `adrp` → `MOVD $sym<>(SB)`): differing bytes are then `branch`, never raw.
    /// Otherwise (amd64) such an instruction follows the usual rules, and raw is an error.
    const GO_RELINKS_SYMBOLS: bool;

    /// Appends the source bytes of `inst` (a field left to the linker written as zero).
    fn native_bytes(inst: &Self::Inst, out: &mut Vec<u8>) -> Result<Self::Native, Diagnostic>;

    /// What the native encoder would tell of a decoded instruction, from the bytes it was
    /// decoded from (appended to `out`).
    fn decoded_bytes(inst: &Self::Inst, code: &MachineCode, out: &mut Vec<u8>) -> Self::Native;

    /// The symbol a field of the source bytes refers to, if any.
    fn relocation(native: &Self::Native) -> Option<&str>;

    /// Appends the source bytes of an instruction the map stage marked raw (Go cannot spell
    /// it), or says why raw bytes cannot stand for it.
    fn forced_raw_bytes(inst: &Self::Inst, out: &mut Vec<u8>) -> Result<(), Diagnostic>;

    /// Appends the Go bytes of one Go instruction.
    fn go_bytes(inst: &GoInst, ctx: &GoContext, out: &mut Vec<u8>)
        -> Result<GoFields, EncodeError>;

    /// Whether the Go bytes stand exactly for the source bytes (fields left to the linker
    /// compared as the architecture leaves them).
    fn same(native: &Self::Native, src: &[u8], go: &GoBytes, go_bytes: &[u8]) -> bool;

    /// Whether two byte strings decode to the same instruction (`--equivalent`).
    fn equivalent(go: &[u8], src: &[u8]) -> bool;

    /// Whether the Go group is a branch whose bytes depend on the layout. By default: it
    /// names a label or a function.
    fn is_branch(_native: Option<&Self::Inst>, group: &[GoInst]) -> bool {
        group.iter().any(names_label)
    }

    /// Whether a Go instruction is already raw data the map stage wrote (never compared).
    fn is_raw_data(_inst: &GoInst) -> bool {
        false
    }

    /// The source instruction as raw items' comments show it.
    fn instruction_text(inst: &Self::Inst, source: &SourceText) -> String;

    /// The raw item that stands for the source instruction at `span`: its bytes and comment.
    fn raw_item(span: Span, bytes: &[u8], comment: String) -> GoItem;
}

/// The Go encoder's view of one instruction's bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct GoFields {
    /// Offset (in this instruction) of a field the linker fills.
    pub linker_field: Option<usize>,
}

/// The Go bytes of a group of Go instructions.
#[derive(Debug, Clone, Copy)]
pub struct GoBytes {
    /// Every instruction encoded (the bytes of the others are there all the same).
    pub ok: bool,
    /// Offset (in the group) of the last field the linker fills.
    pub linker_field: Option<usize>,
}

/// The source text of spans: byte ranges of the input.
pub struct SourceText<'s> {
    source: &'s str,
    collapse_whitespace: bool,
}

impl<'s> SourceText<'s> {
    pub fn new(source: &'s str, collapse_whitespace: bool) -> SourceText<'s> {
        SourceText {
            source,
            collapse_whitespace,
        }
    }

    /// The text at `span` (empty when out of range).
    pub fn at(&self, span: Span) -> String {
        let text = span.text(self.source);
        if self.collapse_whitespace {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            text.to_string()
        }
    }
}

/// Compares every instruction of `gf` (the Go function built from `f`) with the source and
/// replaces those that differ by raw bytes; counts (and, if asked, records) each one in
/// `report`. `source` is the input text (for the records' source text and raw comments).
pub fn check<T: Encoders>(
    gf: &mut GoFunction,
    f: &Function<T::Inst>,
    source: &str,
    opts: &Options,
    report: &mut Report,
    diags: &mut Diagnostics,
) {
    let mut natives = Natives::of(f);
    let source = SourceText::new(source, T::COLLAPSE_SOURCE_WHITESPACE);
    // The function's frame; no label addresses (branches are not compared).
    let ctx = GoContext {
        frame_size: gf.frame_size,
        ..Default::default()
    };
    let mut go_bytes = Vec::with_capacity(32);
    let mut src_bytes = Vec::with_capacity(32);
    let old = std::mem::take(&mut gf.body);
    let mut body = Vec::with_capacity(old.len());
    let mut items = old.into_iter().peekable();
    // The Go instructions of one source instruction (one buffer for all of them).
    let mut group: Vec<GoInst> = Vec::with_capacity(4);
    while let Some(item) = items.next() {
        let inst = match item {
            GoItem::Inst(inst) => inst,
            GoItem::Raw { origin: span } => {
                let Some(native) = natives.at(span) else {
                    diags.push(Diagnostic::error(
                        span,
                        "internal: no source instruction for this raw item",
                    ));
                    continue;
                };
                src_bytes.clear();
                if let Err(d) = forced_raw_bytes::<T>(native, &mut src_bytes) {
                    diags.push(d);
                    continue;
                }
                body.push(record_raw::<T>(report, span, native, &source, &src_bytes));
                continue;
            }
            other => {
                body.push(other);
                continue;
            }
        };
        let span = match inst.origin {
            Origin::Added => {
                let group = std::slice::from_ref(&inst);
                record_added::<T>(report, f.span.line, String::new, group, &ctx, &mut go_bytes);
                body.push(GoItem::Inst(inst));
                continue;
            }
            Origin::Source(span) => span,
        };
        group.clear();
        group.push(inst);
        while let Some(GoItem::Inst(next)) = items.peek() {
            if next.origin != Origin::Source(span) {
                break;
            }
            let Some(GoItem::Inst(next)) = items.next() else {
                unreachable!()
            };
            group.push(next);
        }
        // Stack-argument accesses rewritten to Go slots by the frame stage no longer stand
        // for the source bytes, nor do instructions an earlier pass added: they are the
        // converter's code.
        let native = natives.at(span);
        if group.iter().any(is_rewritten) || native.is_some_and(|n| n.edit() == Edit::Added) {
            let text = || source.at(span);
            record_added::<T>(report, span.line, text, &group, &ctx, &mut go_bytes);
            body.extend(group.drain(..).map(GoItem::Inst));
            continue;
        }
        if T::is_branch(native, &group) {
            keep(
                report,
                Class::Branch,
                span,
                &source,
                &mut group,
                (&[], &[]),
                &mut body,
            );
            continue;
        }
        let Some(native) = native else {
            diags.push(Diagnostic::error(
                span,
                "internal: no source instruction for this Go instruction",
            ));
            continue;
        };
        src_bytes.clear();
        let src = match source_bytes::<T>(native, &mut src_bytes) {
            Ok(e) => e,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let go = encode_group::<T>(&group, &ctx, &mut go_bytes).unwrap_or_else(|g| g);
        let raw_data = group.iter().any(T::is_raw_data);
        let relocation = T::relocation(&src);
        if let Some(symbol) = relocation.filter(|_| T::GO_RELINKS_SYMBOLS) {
            if raw_data {
                diags.push(Diagnostic::error(
                    span,
                    format!(
                        "internal: raw word for `{}`, which refers to `{symbol}`",
                        source.at(span)
                    ),
                ));
                continue;
            }
            // Relinked to a Go symbol: exact when the fields outside the linker's agree.
            let class = if go.ok && T::same(&src, &src_bytes, &go, &go_bytes) {
                as_edited(native, Class::Exact)
            } else {
                Class::Branch
            };
            let hex = (&src_bytes[..], &go_bytes[..]);
            keep(report, class, span, &source, &mut group, hex, &mut body);
            continue;
        }
        let usable = go.ok && !raw_data;
        let class = if usable && T::same(&src, &src_bytes, &go, &go_bytes) {
            Class::Exact
        } else if usable && opts.equivalent && T::equivalent(&go_bytes, &src_bytes) {
            Class::Equivalent
        } else {
            Class::Raw
        };
        if class != Class::Raw {
            let class = as_edited(native, class);
            let hex = (&src_bytes[..], &go_bytes[..]);
            keep(report, class, span, &source, &mut group, hex, &mut body);
            continue;
        }
        let raw = record_raw::<T>(report, span, native, &source, &src_bytes);
        match relocation {
            None => body.push(raw),
            Some(symbol) => {
                let comment = T::instruction_text(native, &source);
                let go_hex: String = go_bytes.iter().map(|b| format!("{b:02x}")).collect();
                diags.push(
                    Diagnostic::error(
                        span,
                        format!(
                            "`{comment}` has no byte-identical Go spelling (Go: {}), and raw \
                             bytes cannot refer to `{symbol}`",
                            if go.ok {
                                go_hex.as_str()
                            } else {
                                "no encoding"
                            },
                        ),
                    )
                    .expected("an instruction Go can spell identically")
                    .help("load the address into a register first (`lea`), then use it"),
                );
            }
        }
    }
    gf.body = body;
}

/// The source bytes of `inst`: the bytes it was decoded from, or the native encoder's.
fn source_bytes<T: Encoders>(inst: &T::Inst, out: &mut Vec<u8>) -> Result<T::Native, Diagnostic> {
    match inst.machine_code() {
        Some(code) => Ok(T::decoded_bytes(inst, code, out)),
        None => T::native_bytes(inst, out),
    }
}

/// The source bytes of an instruction the map stage marked raw.
fn forced_raw_bytes<T: Encoders>(inst: &T::Inst, out: &mut Vec<u8>) -> Result<(), Diagnostic> {
    let Some(code) = inst.machine_code() else {
        return T::forced_raw_bytes(inst, out);
    };
    let native = T::decoded_bytes(inst, code, out);
    match T::relocation(&native) {
        None => Ok(()),
        Some(symbol) => Err(Diagnostic::error(
            inst.span(),
            format!(
                "this instruction must be emitted as raw bytes (Go cannot spell it \
                 identically), but raw bytes cannot refer to `{symbol}`"
            ),
        )),
    }
}

/// The source instructions of a function by position. The Go body mostly follows the
/// source order, so a cursor finds the next one; a binary search the others.
struct Natives<'f, I> {
    by_position: Vec<((u32, u32), &'f I)>,
    cursor: usize,
}

impl<'f, I: NativeInst> Natives<'f, I> {
    fn of(f: &'f Function<I>) -> Self {
        let mut by_position: Vec<((u32, u32), &I)> = f
            .body
            .iter()
            .filter_map(|i| match i {
                Item::Inst(inst) => Some(((inst.span().line, inst.span().col), inst)),
                _ => None,
            })
            .collect();
        if by_position.windows(2).any(|w| w[0].0 > w[1].0) {
            by_position.sort_by_key(|(at, _)| *at);
        }
        Natives {
            by_position,
            cursor: 0,
        }
    }

    fn at(&mut self, span: Span) -> Option<&'f I> {
        let key = (span.line, span.col);
        let found = match self.by_position.get(self.cursor) {
            Some((at, _)) if *at == key => self.cursor,
            _ => self
                .by_position
                .binary_search_by_key(&key, |(at, _)| *at)
                .ok()?,
        };
        self.cursor = found + 1;
        Some(self.by_position[found].1)
    }
}

/// Counts (and, if the report keeps records, records) one instruction from the source at
/// `span`.
fn record(
    report: &mut Report,
    class: Class,
    span: Span,
    source: &SourceText,
    go: impl FnOnce() -> String,
    source_hex: &[u8],
    go_hex: &[u8],
) {
    report.add(class, || Record {
        line: span.line,
        source: source.at(span),
        go: go(),
        class,
        source_hex: source_hex.to_vec(),
        go_hex: go_hex.to_vec(),
    })
}

/// Counts (and, if asked, records) the Go group of the source instruction at `span` as
/// `class` (with the source and Go bytes `hex`) and keeps it in `body`.
fn keep(
    report: &mut Report,
    class: Class,
    span: Span,
    source: &SourceText,
    group: &mut Vec<GoInst>,
    hex: (&[u8], &[u8]),
    body: &mut Vec<GoItem>,
) {
    record(report, class, span, source, || go_text(group), hex.0, hex.1);
    body.extend(group.drain(..).map(GoItem::Inst));
}

/// Counts (and, if asked, records) Go instructions the converter added (or rewrote) at
/// `line`: their Go bytes (encoded only for the record), no source bytes.
fn record_added<T: Encoders>(
    report: &mut Report,
    line: u32,
    source: impl FnOnce() -> String,
    group: &[GoInst],
    ctx: &GoContext,
    go_bytes: &mut Vec<u8>,
) {
    report.add(Class::Added, || {
        let _ = encode_group::<T>(group, ctx, go_bytes);
        Record {
            line,
            source: source(),
            go: go_text(group),
            class: Class::Added,
            source_hex: Vec::new(),
            go_hex: go_bytes.clone(),
        }
    });
}

/// `class`, or `rewritten` when `native` is an instruction an earlier pass changed: its
/// bytes are not the source's.
fn as_edited(native: &impl NativeInst, class: Class) -> Class {
    if native.edit() == Edit::Rewritten {
        Class::Rewritten
    } else {
        class
    }
}

/// The raw item standing for the source instruction `native` at `span` (its bytes are
/// `src_bytes`), counted (and, if asked, recorded) as `raw` (or `rewritten`).
fn record_raw<T: Encoders>(
    report: &mut Report,
    span: Span,
    native: &T::Inst,
    source: &SourceText,
    src_bytes: &[u8],
) -> GoItem {
    let raw = T::raw_item(span, src_bytes, T::instruction_text(native, source));
    record(
        report,
        as_edited(native, Class::Raw),
        span,
        source,
        || item_text(&raw),
        src_bytes,
        src_bytes,
    );
    raw
}

/// Encodes a Go group into `out` (cleared first): `Ok` when every instruction encoded, `Err`
/// (with the bytes of the others in `out`) when one did not.
fn encode_group<T: Encoders>(
    group: &[GoInst],
    ctx: &GoContext,
    out: &mut Vec<u8>,
) -> Result<GoBytes, GoBytes> {
    out.clear();
    let mut bytes = GoBytes {
        ok: true,
        linker_field: None,
    };
    for g in group {
        let start = out.len();
        match T::go_bytes(g, ctx, out) {
            Ok(fields) => {
                if let Some(at) = fields.linker_field {
                    bytes.linker_field = Some(start + at);
                }
            }
            Err(_) => bytes.ok = false,
        }
    }
    if bytes.ok {
        Ok(bytes)
    } else {
        Err(bytes)
    }
}

/// The Go text of a group, as the report shows it (`LOCK; XADDQ AX, (BX)`).
fn go_text(group: &[GoInst]) -> String {
    let mut t = String::new();
    for (i, g) in group.iter().enumerate() {
        if i > 0 {
            t.push_str("; ");
        }
        crate::emit::instruction(&mut t, g);
    }
    t
}

/// The Go text of a raw item, as the report shows it.
fn item_text(item: &GoItem) -> String {
    match item {
        GoItem::Inst(inst) => go_text(std::slice::from_ref(inst)),
        GoItem::Bytes { bytes, .. } => {
            let list: Vec<String> = bytes.iter().map(|b| format!("BYTE ${b:#02x}")).collect();
            list.join("; ")
        }
        _ => String::new(),
    }
}

/// Whether the frame stage rewrote a stack operand of the instruction to its Go slot.
fn is_rewritten(inst: &GoInst) -> bool {
    inst.operands
        .iter()
        .any(|o| matches!(o, GoOperand::Frame { .. }))
}

/// Whether the instruction branches to a label or refers to a function of the output (a
/// call, a tail call, a function's address): its bytes depend on the layout.
pub(super) fn names_label(inst: &GoInst) -> bool {
    inst.operands.iter().any(|o| {
        matches!(
            o,
            GoOperand::Label(_) | GoOperand::Func(_) | GoOperand::FuncAddr(_)
        )
    })
}
