//! Groups parsed lines into functions and data objects: the [`Line`]s of one file, in order,
//! → a [`Module`] (errors go to the caller's [`Diagnostics`]).
//!
//! - In a text section, a non-local label (`f:`, not `.L…`) followed by instructions starts a
//!   function; local labels inside it become [`Item::Label`]s.
//! - In a data section, every label starts a data object that takes the bytes up to the next
//!   label. Compiler Explorer's filtered output has no sections, so a label whose next
//!   statement is a data directive is a data object wherever it stands.
//! - Alignment before a label belongs to what the label starts; `.p2align` inside a function
//!   becomes [`Item::Align`] unless it has a max-skip (Go cannot express that).
//! - Section switches inside a function (GCC's jump table in `.rodata`, then `.text`,
//!   `.previous`, `.popsection`) do not end it: code in a text section continues the open
//!   function until the next function label. `foo.cold` (GCC's unlikely paths, in
//!   `.text.unlikely`) continues `foo`.
//! - `.comm`/`.lcomm` are zeroed writable objects; `.set`/`.equ` are [`Alias`]es. An anchor
//!   (`.set .LANCHOR0,. + k` in a data section, GCC on arm64) starts a block: the objects
//!   that follow it in its section become one object, named by the anchor at offset 0 (or
//!   the first label), and the other anchors and labels are aliases of places in it (so
//!   `.LANCHOR0+8` and `g` are the same memory).

use super::statement::{Line, SectionKind, Statement};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::{Alias, DataObject, Function, Item, Module, NativeInst};
use std::collections::HashMap;

/// Data bytes one input may define: every byte becomes text in the output (`DATA` lines,
/// about 4 bytes of text per byte), so a few `.zero 16777216` lines would take gigabytes.
pub const MAX_DATA_BYTES: usize = 64 << 20;

enum Context {
    None,
    Function,
    Data,
}

/// The function a `foo.cold` (or `foo.cold.1`) part belongs to: GCC moves a function's
/// unlikely paths there, in `.text.unlikely`; they jump back into `foo`'s labels.
fn cold_parent<I>(name: &str, functions: &[Function<I>]) -> Option<usize> {
    let base = cold_base(name)?;
    functions.iter().rposition(|f| f.name == base)
}

/// `foo` for `foo.cold` and `foo.cold.1`.
pub(super) fn cold_base(name: &str) -> Option<&str> {
    let (base, rest) = name.rsplit_once(".cold")?;
    let numbered = rest
        .strip_prefix('.')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    (rest.is_empty() || numbered).then_some(base)
}

/// What the first meaningful statement after line `i`'s labels is.
fn followed_by_data<I>(lines: &[Line<I>], i: usize) -> bool {
    for line in &lines[i..] {
        for s in &line.statements {
            match s {
                Statement::Data { .. } => return true,
                Statement::Inst(_) | Statement::Section { .. } => return false,
                Statement::PopSection | Statement::Previous => return false,
                _ => {}
            }
        }
        if !std::ptr::eq(line, &lines[i]) && !line.labels.is_empty() {
            // A further label first: it decides for itself; this one is an alias or empty.
            continue;
        }
    }
    false
}

/// The state of the walk over the lines.
struct Builder<I> {
    module: Module<I>,
    section: SectionKind,
    previous: SectionKind,
    stack: Vec<SectionKind>,
    ctx: Context,
    /// The function whose code a text section continues (it stays open across data
    /// sections and `.text`/`.previous` switches until the next function label).
    open: Option<usize>,
    pending_align: Option<u32>,
    text_align: Option<(u32, crate::diag::Span)>,
    /// Anchors (`.set .LANCHOR0,. + k`) waiting for the first object of their block.
    anchors: Vec<(String, i64, crate::diag::Span)>,
    /// The data object an anchor block is merged into, until the section changes.
    block: Option<usize>,
}

impl<I: NativeInst> Builder<I> {
    fn switch(&mut self, to: SectionKind) {
        self.section = to;
        self.module.sectionless = false;
        self.pending_align = None;
        self.anchors.clear();
        self.block = None;
        // Code after a data section inside a function (a jump table) still belongs to it.
        self.ctx = match (to, self.open) {
            (SectionKind::Text, Some(_)) => Context::Function,
            _ => Context::None,
        };
    }

    fn function(&mut self) -> Option<&mut Function<I>> {
        match (&self.ctx, self.open) {
            (Context::Function, Some(i)) if self.section == SectionKind::Text => {
                self.module.functions.get_mut(i)
            }
            _ => None,
        }
    }

    fn label(&mut self, name: &str, span: crate::diag::Span, data: bool) {
        if data {
            let align = self.pending_align.take().unwrap_or(1);
            if let Some(head) = self.block {
                // A member of an anchor's block: a name for its place in the block.
                let obj = &mut self.module.data[head];
                let at = obj.bytes.len().next_multiple_of(align as usize);
                obj.bytes.resize(at, 0);
                obj.align = obj.align.max(align);
                self.module.aliases.push(Alias {
                    name: name.to_string(),
                    target: obj.name.clone(),
                    offset: at as i64,
                    span,
                });
            } else {
                // A block is named by its anchor at offset 0 when it has one (`.LANCHOR0`).
                let head = self
                    .anchors
                    .iter()
                    .find(|a| a.1 == 0)
                    .map_or(name, |a| a.0.as_str())
                    .to_string();
                self.module.data.push(DataObject {
                    name: head.clone(),
                    span,
                    align,
                    bytes: Vec::new(),
                    relocations: Vec::new(),
                    writable: self.section == SectionKind::Writable,
                });
                if !self.anchors.is_empty() {
                    self.block = Some(self.module.data.len() - 1);
                    let others = std::mem::take(&mut self.anchors).into_iter().chain([(
                        name.to_string(),
                        0,
                        span,
                    )]);
                    for (alias, offset, span) in others.filter(|a| a.0 != head) {
                        self.module.aliases.push(Alias {
                            name: alias,
                            target: head.clone(),
                            offset,
                            span,
                        });
                    }
                }
            }
            self.ctx = Context::Data;
            return;
        }
        if let Some(parent) = cold_parent(name, &self.module.functions) {
            self.open = Some(parent);
        } else if !name.starts_with(".L") {
            self.text_align = None;
            self.module.functions.push(Function {
                name: name.to_string(),
                span,
                body: Vec::new(),
            });
            self.open = Some(self.module.functions.len() - 1);
            self.ctx = Context::Function;
            return;
        }
        self.ctx = Context::Function;
        let align = self.text_align.take();
        if let Some(f) = self.function() {
            if let Some((bytes, span)) = align {
                f.body.push(Item::Align { bytes, span });
            }
            f.body.push(Item::Label {
                name: name.to_string(),
                span,
            });
        }
    }
}

pub fn build<I: NativeInst>(mut lines: Vec<Line<I>>, errors: &mut Diagnostics) -> Module<I> {
    let mut b = Builder {
        module: Module::default(),
        section: SectionKind::Text,
        previous: SectionKind::Text,
        stack: Vec::new(),
        ctx: Context::None,
        open: None,
        pending_align: None,
        text_align: None,
        anchors: Vec::new(),
        block: None,
    };
    // Where each label is defined: as in GNU as, a symbol is defined once. The input picks
    // the keys, so the map keeps std's keyed hash (FxHash clusters on `f1`, `f2`, …).
    let mut defined: HashMap<String, Span> = HashMap::default();
    let mut data_bytes = 0usize;

    for i in 0..lines.len() {
        for (name, span) in std::mem::take(&mut lines[i].labels) {
            if b.section == SectionKind::Ignored {
                continue;
            }
            if !define(&mut defined, &name, span, errors) {
                continue;
            }
            let data = b.section != SectionKind::Text || followed_by_data(&lines, i);
            b.label(&name, span, data);
        }
        for s in std::mem::take(&mut lines[i].statements) {
            // `.set`/`.equ` and `.comm` define their symbol as a label does.
            if let Statement::Set { name, span, .. } | Statement::Common { name, span, .. } = &s {
                if b.section != SectionKind::Ignored && !define(&mut defined, name, *span, errors) {
                    continue;
                }
            }
            match s {
                Statement::Section { kind, push } => {
                    if push {
                        b.stack.push(b.section);
                    }
                    b.previous = b.section;
                    b.switch(kind);
                }
                Statement::PopSection => {
                    b.previous = b.section;
                    let to = b.stack.pop().unwrap_or(SectionKind::Text);
                    b.switch(to);
                }
                Statement::Previous => {
                    let to = std::mem::replace(&mut b.previous, b.section);
                    b.switch(to);
                }
                _ if b.section == SectionKind::Ignored => {}
                Statement::Syntax(_) | Statement::Metadata => {}
                Statement::Unknown(error) => errors.push(*error),
                Statement::Set {
                    name,
                    symbol: Some(target),
                    offset,
                    span,
                } => b.module.aliases.push(Alias {
                    name,
                    target,
                    offset,
                    span,
                }),
                Statement::Set {
                    name,
                    symbol: None,
                    offset,
                    span,
                } if b.section != SectionKind::Text => b.anchors.push((name, offset, span)),
                Statement::Set { name, span, .. } => errors.push(
                    Diagnostic::error(span, format!("`{name}` is set to a place in code"))
                        .expected(
                            "`. + k` in a data section (a section anchor), or another symbol",
                        ),
                ),
                Statement::Common {
                    name,
                    size,
                    align,
                    span,
                } => b.module.data.push(DataObject {
                    name,
                    span,
                    align,
                    bytes: vec![0; size],
                    relocations: Vec::new(),
                    writable: true,
                }),
                Statement::Align {
                    bytes,
                    max_skip,
                    span,
                } => match (&b.ctx, b.section) {
                    // In data: pads the current object, or aligns the next label's.
                    (Context::Data, _) => b.pending_align = Some(bytes),
                    (_, SectionKind::Text) if max_skip.is_none() => {
                        b.text_align = Some((bytes, span))
                    }
                    (_, SectionKind::Text) => {}
                    _ => b.pending_align = Some(bytes),
                },
                Statement::Data {
                    bytes,
                    relocs,
                    span,
                } => match (&b.ctx, b.module.data.last_mut()) {
                    (Context::Data, Some(_)) if data_bytes + bytes.len() > MAX_DATA_BYTES => {
                        data_bytes = MAX_DATA_BYTES + 1;
                        errors.push(
                            Diagnostic::error(span, "more data than the converter writes")
                                .expected(format!(
                                    "at most {} MiB of data in one input (each byte is text in the Go output)",
                                    MAX_DATA_BYTES >> 20
                                )),
                        )
                    }
                    (Context::Data, Some(_)) => {
                        data_bytes += bytes.len();
                        let at = b.block.unwrap_or(b.module.data.len() - 1);
                        let obj = &mut b.module.data[at];
                        if let Some(a) = b.pending_align.take() {
                            let padded = obj.bytes.len().next_multiple_of(a as usize);
                            obj.bytes.resize(padded, 0);
                            obj.align = obj.align.max(a);
                        }
                        let base = obj.bytes.len();
                        obj.bytes.extend_from_slice(&bytes);
                        obj.relocations.extend(relocs.into_iter().map(|mut r| {
                            r.offset += base;
                            r
                        }));
                    }
                    _ if b.section == SectionKind::Text && matches!(b.ctx, Context::Function) => {
                        errors.push(
                            Diagnostic::error(span, "data inside a function is not supported")
                                .expected("code, or data in a data section"),
                        )
                    }
                    // Unlabelled data (padding between objects) is unreachable by name.
                    _ => {}
                },
                Statement::Inst(inst) => {
                    let align = b.text_align.take();
                    match b.function() {
                        Some(f) => {
                            if let Some((bytes, span)) = align {
                                f.body.push(Item::Align { bytes, span });
                            }
                            f.body.push(Item::Inst(inst));
                        }
                        None => errors.push(
                            Diagnostic::error(inst.span(), "instruction outside a function")
                                .expected("a function label (`name:`) in a text section before it"),
                        ),
                    }
                }
            }
        }
    }
    // Bodies live until the end; most are short, and a growing Vec's spare room would be a
    // third of the parsed module's memory.
    for f in &mut b.module.functions {
        f.body.shrink_to_fit();
    }
    b.module
}

/// Records the definition of symbol `name` at `span`; a second definition is an error (as in
/// GNU as), and `false`.
fn define(
    defined: &mut HashMap<String, Span>,
    name: &str,
    span: Span,
    errors: &mut Diagnostics,
) -> bool {
    match defined.get(name) {
        Some(first) => {
            errors.push(
                Diagnostic::error(span, format!("symbol `{name}` is already defined")).expected(
                    format!(
                        "one definition (the first is at line {}:{})",
                        first.line, first.col
                    ),
                ),
            );
            false
        }
        None => {
            defined.insert(name.to_string(), span);
            true
        }
    }
}
