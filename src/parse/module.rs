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

use super::statement::{Line, SectionKind, Statement};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::{DataObject, Function, Item, Module, NativeInst};
use std::collections::HashMap;

/// Data bytes one input may define: every byte becomes text in the output (`DATA` lines,
/// about 4 bytes of text per byte), so a few `.zero 16777216` lines would take gigabytes.
pub const MAX_DATA_BYTES: usize = 64 << 20;

enum Context {
    None,
    Function,
    Data,
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

pub fn build<I: NativeInst>(mut lines: Vec<Line<I>>, errors: &mut Diagnostics) -> Module<I> {
    let mut module = Module::default();
    let mut section = SectionKind::Text;
    let mut previous = SectionKind::Text;
    let mut stack: Vec<SectionKind> = Vec::new();
    let mut ctx = Context::None;
    let mut pending_align: Option<u32> = None;
    let mut text_align: Option<(u32, crate::diag::Span)> = None;
    // Where each label is defined: as in GNU as, a symbol is defined once.
    let mut defined: HashMap<String, Span> = HashMap::new();
    let mut data_bytes = 0usize;

    for i in 0..lines.len() {
        for (name, span) in &lines[i].labels {
            if section == SectionKind::Ignored {
                continue;
            }
            if let Some(first) = defined.insert(name.clone(), *span) {
                defined.insert(name.clone(), first);
                errors.push(
                    Diagnostic::error(*span, format!("symbol `{name}` is already defined"))
                        .expected(format!(
                            "one definition (the first is at line {}:{})",
                            first.line, first.col
                        )),
                );
                continue;
            }
            let data = section != SectionKind::Text || followed_by_data(&lines, i);
            if data {
                module.data.push(DataObject {
                    name: name.clone(),
                    span: *span,
                    align: pending_align.take().unwrap_or(1),
                    bytes: Vec::new(),
                    relocations: Vec::new(),
                    writable: section == SectionKind::Writable,
                });
                ctx = Context::Data;
            } else if name.starts_with(".L") {
                if let (Context::Function, Some(f)) = (&ctx, module.functions.last_mut()) {
                    if let Some((bytes, span)) = text_align.take() {
                        f.body.push(Item::Align { bytes, span });
                    }
                    f.body.push(Item::Label {
                        name: name.clone(),
                        span: *span,
                    });
                }
            } else {
                text_align = None;
                module.functions.push(Function {
                    name: name.clone(),
                    span: *span,
                    body: Vec::new(),
                });
                ctx = Context::Function;
            }
        }
        for s in std::mem::take(&mut lines[i].statements) {
            match s {
                Statement::Section { kind, push } => {
                    if push {
                        stack.push(section);
                    }
                    previous = section;
                    section = kind;
                    ctx = Context::None;
                    pending_align = None;
                }
                Statement::PopSection => {
                    previous = section;
                    section = stack.pop().unwrap_or(SectionKind::Text);
                    ctx = Context::None;
                }
                Statement::Previous => {
                    std::mem::swap(&mut section, &mut previous);
                    ctx = Context::None;
                }
                _ if section == SectionKind::Ignored => {}
                Statement::Syntax(_) | Statement::Metadata => {}
                Statement::Unknown { name, span } => errors.push(
                    Diagnostic::error(span, format!("unknown directive `{name}`"))
                        .expected("a directive GCC or clang emits (it could change code or data, so it is not skipped)"),
                ),
                Statement::Align {
                    bytes,
                    max_skip,
                    span,
                } => match (&ctx, section) {
                    // In data: pads the current object, or aligns the next label's.
                    (Context::Data, _) => pending_align = Some(bytes),
                    (_, SectionKind::Text) if max_skip.is_none() => text_align = Some((bytes, span)),
                    (_, SectionKind::Text) => {}
                    _ => pending_align = Some(bytes),
                },
                Statement::Data {
                    bytes,
                    relocs,
                    span,
                } => match (&ctx, module.data.last_mut()) {
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
                    (Context::Data, Some(obj)) => {
                        data_bytes += bytes.len();
                        if let Some(a) = pending_align.take() {
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
                    _ if section == SectionKind::Text && matches!(ctx, Context::Function) => {
                        errors.push(
                            Diagnostic::error(span, "data inside a function is not supported")
                            .expected("code, or data in a data section"),
                        )
                    }
                    // Unlabelled data (padding between objects) is unreachable by name.
                    _ => {}
                },
                Statement::Inst(inst) => match (&ctx, module.functions.last_mut()) {
                    (Context::Function, Some(f)) if section == SectionKind::Text => {
                        if let Some((bytes, span)) = text_align.take() {
                            f.body.push(Item::Align { bytes, span });
                        }
                        f.body.push(Item::Inst(inst));
                    }
                    _ => errors.push(
                        Diagnostic::error(inst.span(), "instruction outside a function")
                            .expected("a function label (`name:`) in a text section before it"),
                    ),
                },
            }
        }
    }
    module
}
