//! The verify stage: the bytes each source instruction stands for, the bytes the Go
//! instruction chosen for it stands for, and the decision between them.
//!
//! The promise (DESIGN.md §2) is that every source instruction is emitted either as a Go
//! mnemonic whose Go encoding is byte-identical to the source encoding, or as raw `BYTE`s with
//! the source text as a comment. This stage holds both encoders and the comparison:
//!
//! - [`native_x86`]: the embedded native x86-64 encoder (source bytes for text input, as GNU
//!   `as` would emit them). It builds an `iced-x86` `Instruction` from the native IR, choosing
//!   the iced `Code` from iced's own opcode tables and GNU `as`'s preferences. Held against
//!   GNU `as` by `tests/native_encoder.rs`. The map stage also uses it for the rows marked
//!   `@raw` in `mappings/amd64/instructions.tbl` (forms Go cannot spell identically).
//! - [`go_amd64`]: the embedded Go-asm encoder, a model of `go tool asm` for amd64 (Go
//!   mnemonic and operands → iced form, as Go chooses it). Held against Go's assembler test
//!   data (`tests/go_encoder_amd64.rs`) and the live `go tool asm -S`
//!   (`tests/live_go_asm_amd64.rs`). It also backs `native2goasm encode`
//!   ([`go_amd64::listing`]).
//! - [`native_arm64`]: the embedded native arm64 encoder (GNU `as`'s word for a parsed arm64
//!   instruction, relocated fields zero), held against GNU `as` by
//!   `tests/native_encoder_arm64.rs`; [`go_arm64`]: the Go-asm encoder for arm64, held
//!   against Go's test data (`tests/go_encoder_arm64.rs`) and the live `go tool asm -S`
//!   (`tests/live_go_asm_arm64.rs`).
//! - [`goasm`]: Go assembly text → operands, for `encode` and the tests; Go IR instructions
//!   are handed to the encoder through the same operand type without printing them.
//! - [`check_function`] (amd64) and [`check_function_arm64`]: the per-instruction
//!   comparison the converter runs on every Go function after the frame stage, and [`report`]: the classes it assigns (`exact`,
//!   `equivalent`, `raw`, `branch`, `added`, `data`), the stderr summary and the JSON report.
//!
//! # The comparison
//!
//! The Go instructions that came from one source instruction (usually one; `LOCK; XADDQ`
//! for `lock xadd`) are encoded and concatenated, the source instruction is encoded by the
//! native encoder, and:
//!
//! - equal bytes → `exact` (the Go mnemonic is kept). A RIP-relative operand leaves a 32-bit
//!   field for the linker on both sides: the fields are written as zero and must sit at the
//!   same offset, so the comparison is the masked one;
//! - with `--equivalent`, bytes that decode (yaxpeax-x86) to the same instruction →
//!   `equivalent` (kept);
//! - otherwise the Go instructions are replaced by the source bytes (`raw`), unless the
//!   source refers to a symbol: raw bytes cannot carry a relocation, so that is a located
//!   error.
//!
//! Branches relinked to labels are `branch` (Go picks its own branch forms); instructions
//! the frame stage added, and source instructions it rewrote (stack-passed arguments read
//! from their Go `name+off(FP)` slot), are `added`. The comparison reuses its buffers and encodes from
//! the IR (no text is printed or parsed on the way).

pub mod go_amd64;
pub mod go_arm64;
pub mod goasm;
pub mod native_arm64;
pub mod native_x86;
pub mod report;

/// Why an instruction could not be encoded; `operand` is the index of the operand at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    pub message: String,
    pub operand: Option<usize>,
    pub expected: Option<String>,
}

impl EncodeError {
    pub(crate) fn new(message: impl Into<String>) -> EncodeError {
        EncodeError {
            message: message.into(),
            operand: None,
            expected: None,
        }
    }
    pub(crate) fn at(mut self, operand: usize) -> EncodeError {
        self.operand = Some(operand);
        self
    }
    pub(crate) fn expected(mut self, what: impl Into<String>) -> EncodeError {
        self.expected = Some(what.into());
        self
    }
}

/// The bytes of one line of a Go assembly file, as the `encode` listings give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingLine {
    /// 1-based line number.
    pub line: u32,
    pub bytes: Vec<u8>,
    /// Whether the line holds an instruction or data (and is printed).
    pub code: bool,
    /// The line holds a branch to a label (its bytes depend on the layout).
    pub branch: bool,
}

impl ListingLine {
    /// One empty entry per line of a file of `lines` lines, numbered from 1.
    pub fn blank(lines: usize) -> Vec<ListingLine> {
        (0..lines)
            .map(|i| ListingLine {
                line: i as u32 + 1,
                bytes: Vec::new(),
                code: false,
                branch: false,
            })
            .collect()
    }
}

/// The frame size of a `TEXT` line's arguments (`·f(SB), NOSPLIT, $24-16` → 24).
fn frame_size(args: &str) -> u32 {
    args.rsplit(',')
        .next()
        .and_then(|a| a.trim().strip_prefix('$'))
        .and_then(|a| a.split('-').next())
        .and_then(|a| goasm::parse_number(a.trim()))
        .map_or(0, |v| v.max(0) as u32)
}

/// A located diagnostic for a Go instruction the encoder rejected: at the operand at fault
/// when it names one, else at the instruction.
fn error_at(inst: &goasm::Instruction, e: EncodeError) -> Diagnostic {
    let span = e
        .operand
        .and_then(|i| inst.operands.spans().get(i).copied())
        .unwrap_or(inst.span);
    let mut d = Diagnostic::error(span, e.message);
    if let Some(x) = e.expected {
        d = d.expected(x);
    }
    d
}

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::ir::go::{GoFunction, GoInst, GoItem, GoOperand, Origin};
use crate::ir::x86::Inst;
use crate::ir::{a64, Function, Item};
use report::{Class, Record, Report};
use std::collections::HashMap;

/// The class of an immediate for choosing an encoding: every range test the encoders' fitting
/// rules make of an immediate's value, one bit each. Two values of one class fit exactly the
/// same forms, in the same number of bytes.
pub(crate) fn imm_class(v: i64) -> u16 {
    let in_range = |lo: i64, hi: i64| (lo..=hi).contains(&v);
    let i8s = |x: i64| (-128..=127).contains(&x);
    [
        v == 1,
        in_range(0, 15),
        in_range(-128, 255),
        in_range(-32768, 65535),
        in_range(i32::MIN as i64, u32::MAX as i64),
        in_range(i32::MIN as i64, i32::MAX as i64),
        in_range(0, u32::MAX as i64),
        i8s(v as u16 as i16 as i64),
        i8s(v as u32 as i32 as i64),
        i8s(v),
    ]
    .iter()
    .enumerate()
    .fold(0, |c, (i, &b)| c | (b as u16) << i)
}

/// The class of a (32-bit) memory displacement for choosing an encoding: zero or not, and for
/// each disp8*N scale (N = 1 for legacy and VEX, up to 64 for EVEX) whether it compresses to
/// 8 bits. Two displacements of one class encode in the same number of bytes in every form.
pub(crate) fn disp_class(d: i64) -> u8 {
    [1i64, 2, 4, 8, 16, 32, 64]
        .iter()
        .enumerate()
        .fold((d == 0) as u8, |c, (i, &n)| {
            c | ((d % n == 0 && (-128..=127).contains(&(d / n))) as u8) << (i + 1)
        })
}

/// A fast non-cryptographic hasher (FxHash's) for the encoders' memos, whose keys are
/// operand shapes, not input an attacker picks to collide.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64);
    }

    fn write_u16(&mut self, i: u16) {
        self.write_u64(i as u64);
    }

    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64);
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Most shapes one mnemonic's memo of encoder choices keeps (a bound on memory, not a tuning).
pub(crate) const MEMO_SHAPES: usize = 1 << 14;

/// Records an encoder's choice for `mnemonic` at an operand shape, within [`MEMO_SHAPES`].
pub(crate) fn remember<K: std::hash::Hash + Eq, V>(
    memo: &std::cell::RefCell<FxMap<String, FxMap<K, V>>>,
    mnemonic: &str,
    key: K,
    choice: V,
) {
    let mut memo = memo.borrow_mut();
    if !memo.contains_key(mnemonic) {
        memo.insert(mnemonic.to_string(), Default::default());
    }
    let shapes = memo.get_mut(mnemonic).expect("inserted");
    if shapes.len() < MEMO_SHAPES {
        shapes.insert(key, choice);
    }
}

/// Verification options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Keep a Go mnemonic whose encoding differs from the source's when both decode to the
    /// same instruction.
    pub equivalent: bool,
}

/// Compares every instruction of `gf` (the Go function built from `f`) with the source and
/// replaces those that differ by raw bytes; counts (and, if asked, records) each one in
/// `report`. `source` is the input text (for the records' source text).
pub fn check_function(
    gf: &mut GoFunction,
    f: &Function<Inst>,
    source: &str,
    opts: &Options,
    report: &mut Report,
    diags: &mut Diagnostics,
) {
    let natives: FxMap<(u32, u32), &Inst> = f
        .body
        .iter()
        .filter_map(|i| match i {
            Item::Inst(inst) => Some(((inst.span.line, inst.span.col), inst)),
            _ => None,
        })
        .collect();
    let mut in_order = f.body.iter().filter_map(|i| match i {
        Item::Inst(inst) => Some(inst),
        _ => None,
    });
    let lines: Vec<&str> = if report.keep_records {
        source.lines().collect()
    } else {
        Vec::new()
    };
    let source_text = |span: Span| -> String {
        lines
            .get(span.line as usize - 1)
            .map(|l| {
                l.chars()
                    .skip(span.col as usize - 1)
                    .take(span.len as usize)
                    .collect()
            })
            .unwrap_or_default()
    };
    let ctx = go_amd64::Context {
        frame_size: gf.frame_size,
        ..Default::default()
    };
    let mut go_bytes = Vec::with_capacity(32);
    let mut src_bytes = Vec::with_capacity(32);
    let mut text = String::new();
    let old = std::mem::take(&mut gf.body);
    let mut body = Vec::with_capacity(old.len());
    let mut items = old.into_iter().peekable();
    // The Go instructions of one source instruction (one buffer for all of them).
    let mut group: Vec<GoInst> = Vec::with_capacity(4);
    while let Some(item) = items.next() {
        match item {
            GoItem::Label(_) | GoItem::Align(_) => body.push(item),
            GoItem::Bytes {
                ref bytes,
                ref comment,
            } => {
                let native = in_order
                    .by_ref()
                    .find(|i| native_x86::intel_text(i) == *comment);
                report.add(Class::Raw, || Record {
                    line: native.map_or(f.span.line, |n| n.span.line),
                    source: native.map_or_else(|| comment.clone(), |n| source_text(n.span)),
                    go: bytes_text(bytes),
                    class: Class::Raw,
                    source_hex: bytes.clone(),
                    go_hex: bytes.clone(),
                });
                body.push(item);
            }
            GoItem::Inst(inst) => {
                let span = match inst.origin {
                    Origin::Added => {
                        let keep = report.keep_records;
                        report.add(Class::Added, || {
                            go_bytes.clear();
                            let _ = encode_go(&inst, &ctx, &mut go_bytes);
                            text.clear();
                            crate::emit::instruction(&mut text, &inst);
                            Record {
                                line: f.span.line,
                                source: String::new(),
                                go: text.clone(),
                                class: Class::Added,
                                source_hex: Vec::new(),
                                go_hex: if keep { go_bytes.clone() } else { Vec::new() },
                            }
                        });
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
                let native = natives.get(&(span.line, span.col)).copied();
                if let Some(n) = native {
                    // Keep the in-order cursor past this instruction (for `Bytes` items).
                    for i in in_order.by_ref() {
                        if std::ptr::eq(i, n) {
                            break;
                        }
                    }
                }
                let go_text = |group: &[GoInst]| {
                    let mut t = String::new();
                    for (i, g) in group.iter().enumerate() {
                        if i > 0 {
                            t.push_str("; ");
                        }
                        crate::emit::instruction(&mut t, g);
                    }
                    t
                };
                // Stack-argument accesses rewritten to Go slots by the frame stage no longer
                // stand for the source bytes: they are the converter's code.
                if group.iter().any(is_rewritten) {
                    let keep = report.keep_records;
                    report.add(Class::Added, || {
                        go_bytes.clear();
                        for g in &group {
                            let _ = encode_go(g, &ctx, &mut go_bytes);
                        }
                        Record {
                            line: span.line,
                            source: source_text(span),
                            go: go_text(&group),
                            class: Class::Added,
                            source_hex: Vec::new(),
                            go_hex: if keep { go_bytes.clone() } else { Vec::new() },
                        }
                    });
                    body.extend(group.drain(..).map(GoItem::Inst));
                    continue;
                }
                if group.iter().any(is_branch) {
                    report.add(Class::Branch, || Record {
                        line: span.line,
                        source: source_text(span),
                        go: go_text(&group),
                        class: Class::Branch,
                        source_hex: Vec::new(),
                        go_hex: Vec::new(),
                    });
                    body.extend(group.drain(..).map(GoItem::Inst));
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
                let src = match native_x86::encode_into(native, &mut src_bytes) {
                    Ok(e) => e,
                    Err(d) => {
                        diags.push(d);
                        continue;
                    }
                };
                go_bytes.clear();
                let mut go_pc_rel = None;
                let mut go_ok = true;
                for g in &group {
                    let start = go_bytes.len();
                    match encode_go(g, &ctx, &mut go_bytes) {
                        Ok(e) => {
                            if let Some(p) = e.pc_rel {
                                go_pc_rel = Some(start + p.offset);
                            }
                        }
                        Err(_) => go_ok = false,
                    }
                }
                let src_pc_rel = src.reloc.as_ref().map(|r| r.offset);
                let class = if go_ok && go_bytes == src_bytes && go_pc_rel == src_pc_rel {
                    Class::Exact
                } else if go_ok && opts.equivalent && equivalent(&go_bytes, &src_bytes) {
                    Class::Equivalent
                } else {
                    Class::Raw
                };
                report.add(class, || Record {
                    line: span.line,
                    source: source_text(span),
                    go: if class == Class::Raw {
                        bytes_text(&src_bytes)
                    } else {
                        go_text(&group)
                    },
                    class,
                    source_hex: src_bytes.clone(),
                    go_hex: if class == Class::Raw {
                        src_bytes.clone()
                    } else {
                        go_bytes.clone()
                    },
                });
                if class != Class::Raw {
                    body.extend(group.drain(..).map(GoItem::Inst));
                } else if let Some(reloc) = &src.reloc {
                    let mut go = String::new();
                    for b in &go_bytes {
                        go.push_str(&format!("{b:02x}"));
                    }
                    diags.push(
                        Diagnostic::error(
                            span,
                            format!(
                                "`{}` has no byte-identical Go spelling (Go: {}), and raw bytes \
                                 cannot refer to `{}`",
                                native_x86::intel_text(native),
                                if go_ok { go.as_str() } else { "no encoding" },
                                reloc.symbol
                            ),
                        )
                        .expected("an instruction Go can spell identically")
                        .help("load the address into a register first (`lea`), then use it"),
                    );
                } else {
                    body.push(GoItem::Bytes {
                        bytes: src_bytes.clone(),
                        comment: native_x86::intel_text(native),
                    });
                }
            }
        }
    }
    gf.body = body;
}

/// [`check_function`] for arm64: the same rules, on 32-bit words. The source words come
/// from [`native_arm64`], the Go words from [`go_arm64`].
///
/// - A Go group whose words equal the source word(s) is `exact`; a `:lo12:` field is
///   compared masked (both sides leave it for the linker). Otherwise the group becomes
///   `WORD $0x…` with the source text as comment (`raw`), as the map stage writes the forms
///   Go lacks; those `WORD`s are counted `raw` too, their word taken from the native
///   encoder.
/// - Branches to labels, calls (`bl`, `blr`, `br` as a tail call: Go's `CALL`) and
///   PC-relative addresses relinked to Go symbols (`adrp`/`adr` → `MOVD $sym<>(SB)`, the
///   `:lo12:` uses of the register) are `branch`: their words depend on the layout by design,
///   and raw words could not carry the relocation, so they are never raw.
/// - Code the frame stage added or rewrote is `added`.
///
/// With `--equivalent`, a Go word that differs from the source's is kept when both decode
/// (yaxpeax-arm) to the same instruction text, e.g. `MOVD $1, R0` (Go: ORR) for GNU's MOVZ.
pub fn check_function_arm64(
    gf: &mut GoFunction,
    f: &Function<a64::Inst>,
    source: &str,
    opts: &Options,
    report: &mut Report,
    diags: &mut Diagnostics,
) {
    let natives: HashMap<(u32, u32), &a64::Inst> = f
        .body
        .iter()
        .filter_map(|i| match i {
            Item::Inst(inst) => Some(((inst.span.line, inst.span.col), inst)),
            _ => None,
        })
        .collect();
    let lines: Vec<&str> = source.lines().collect();
    // The source text of a span, whitespace collapsed (as the map stage writes comments).
    let source_text = |span: Span| -> String {
        let text: String = lines
            .get(span.line as usize - 1)
            .map(|l| {
                l.chars()
                    .skip(span.col as usize - 1)
                    .take(span.len as usize)
                    .collect()
            })
            .unwrap_or_default();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let ctx = go_arm64::Context {
        frame_size: gf.frame_size,
        ..Default::default()
    };
    let go_text = |group: &[GoInst]| {
        let mut t = String::new();
        for (i, g) in group.iter().enumerate() {
            if i > 0 {
                t.push_str("; ");
            }
            crate::emit::instruction(&mut t, g);
        }
        t
    };
    let mut go_bytes = Vec::with_capacity(16);
    let old = std::mem::take(&mut gf.body);
    let mut body = Vec::with_capacity(old.len());
    let mut items = old.into_iter().peekable();
    while let Some(item) = items.next() {
        let inst = match item {
            GoItem::Inst(inst) => inst,
            other => {
                body.push(other);
                continue;
            }
        };
        let span = match inst.origin {
            Origin::Added => {
                report.add(Class::Added, || {
                    go_bytes.clear();
                    let _ = encode_go_arm64(&inst, &ctx, &mut go_bytes);
                    Record {
                        line: f.span.line,
                        source: String::new(),
                        go: go_text(std::slice::from_ref(&inst)),
                        class: Class::Added,
                        source_hex: Vec::new(),
                        go_hex: go_bytes.clone(),
                    }
                });
                body.push(GoItem::Inst(inst));
                continue;
            }
            Origin::Source(span) => span,
        };
        let mut group = vec![inst];
        while let Some(GoItem::Inst(next)) = items.peek() {
            if next.origin != Origin::Source(span) {
                break;
            }
            let Some(GoItem::Inst(next)) = items.next() else {
                unreachable!()
            };
            group.push(next);
        }
        let mut record = |class: Class, go: String, src: Vec<u8>, go_hex: Vec<u8>| {
            report.add(class, || Record {
                line: span.line,
                source: source_text(span),
                go,
                class,
                source_hex: src,
                go_hex,
            })
        };
        if group.iter().any(is_rewritten) {
            go_bytes.clear();
            for g in &group {
                let _ = encode_go_arm64(g, &ctx, &mut go_bytes);
            }
            record(Class::Added, go_text(&group), Vec::new(), go_bytes.clone());
            body.extend(group.into_iter().map(GoItem::Inst));
            continue;
        }
        let native = natives.get(&(span.line, span.col)).copied();
        // Calls, and the parts of a tail call (`br xN` → `CALL (RN)` … `RET`).
        let call = native.is_some_and(|n| matches!(n.mnemonic.as_str(), "bl" | "blr" | "br"));
        if call || group.iter().any(|g| is_branch(g) || g.mnemonic == "CALL") {
            record(Class::Branch, go_text(&group), Vec::new(), Vec::new());
            body.extend(group.into_iter().map(GoItem::Inst));
            continue;
        }
        let Some(native) = native else {
            diags.push(Diagnostic::error(
                span,
                "internal: no source instruction for this Go instruction",
            ));
            continue;
        };
        let src = match native_arm64::encode(native) {
            Ok(e) => e,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let src_bytes = src.word.to_le_bytes().to_vec();
        go_bytes.clear();
        let mut go_ok = true;
        for g in &group {
            if encode_go_arm64(g, &ctx, &mut go_bytes).is_err() {
                go_ok = false;
            }
        }
        let raw_word = group.iter().any(|g| g.mnemonic == "WORD");
        if let Some(reloc) = &src.reloc {
            // Relinked to a Go symbol: exact when the fields outside the linker's agree.
            let keep = src.fixed_mask();
            let same = go_ok
                && go_bytes.len() == 4
                && u32::from_le_bytes([go_bytes[0], go_bytes[1], go_bytes[2], go_bytes[3]]) & keep
                    == src.word & keep;
            if raw_word {
                diags.push(Diagnostic::error(
                    span,
                    format!(
                        "internal: raw word for `{}`, which refers to `{}`",
                        source_text(span),
                        reloc.symbol
                    ),
                ));
                continue;
            }
            let class = if same { Class::Exact } else { Class::Branch };
            record(class, go_text(&group), src_bytes, go_bytes.clone());
            body.extend(group.into_iter().map(GoItem::Inst));
            continue;
        }
        if go_ok && !raw_word && go_bytes == src_bytes {
            record(Class::Exact, go_text(&group), src_bytes, go_bytes.clone());
            body.extend(group.into_iter().map(GoItem::Inst));
            continue;
        }
        if go_ok && !raw_word && opts.equivalent && equivalent_arm64(&go_bytes, &src_bytes) {
            record(
                Class::Equivalent,
                go_text(&group),
                src_bytes,
                go_bytes.clone(),
            );
            body.extend(group.into_iter().map(GoItem::Inst));
            continue;
        }
        let word = GoInst {
            mnemonic: "WORD",
            operands: vec![GoOperand::Reg(crate::ir::go::intern(&format!(
                "${:#010x}",
                src.word
            )))],
            origin: Origin::Source(span),
            comment: Some(source_text(span)),
        };
        record(
            Class::Raw,
            go_text(std::slice::from_ref(&word)),
            src_bytes.clone(),
            src_bytes,
        );
        body.push(GoItem::Inst(word));
    }
    gf.body = body;
}

fn encode_go_arm64(
    inst: &GoInst,
    ctx: &go_arm64::Context,
    out: &mut Vec<u8>,
) -> Result<go_arm64::Encoded, EncodeError> {
    // The map stage keeps float immediates as their Go spelling (`$(0.5)`).
    let mut ops = goasm::Operands::default();
    for o in goasm::from_go_inst(inst).as_slice() {
        let o = match o {
            goasm::Operand::Name(n) => n
                .strip_prefix("$(")
                .and_then(|f| f.strip_suffix(')'))
                .and_then(|f| f.parse().ok())
                .map_or(*o, goasm::Operand::Float),
            o => *o,
        };
        ops.push(o, Span::default());
    }
    go_arm64::encode(inst.mnemonic, ops.as_slice(), ctx, out)
}

fn is_rewritten(inst: &GoInst) -> bool {
    inst.operands
        .iter()
        .any(|o| matches!(o, GoOperand::Frame { .. }))
}

fn is_branch(inst: &GoInst) -> bool {
    inst.operands
        .iter()
        .any(|o| matches!(o, GoOperand::Label(_)))
}

fn encode_go(
    inst: &GoInst,
    ctx: &go_amd64::Context,
    out: &mut Vec<u8>,
) -> Result<go_amd64::Encoded, EncodeError> {
    let ops = goasm::from_go_inst(inst);
    go_amd64::encode(inst.mnemonic, ops.as_slice(), ctx, out)
}

/// `BYTE $0x48; BYTE $0x89; ...`, as the emitter prints raw bytes.
fn bytes_text(bytes: &[u8]) -> String {
    let list: Vec<String> = bytes.iter().map(|b| format!("BYTE ${b:#02x}")).collect();
    list.join("; ")
}

/// Whether two byte strings are each one arm64 instruction that disassembles to the same
/// text (yaxpeax-arm prints the preferred alias: `mov x0, #0x1` for both MOVZ and ORR).
pub fn equivalent_arm64(a: &[u8], b: &[u8]) -> bool {
    use yaxpeax_arch::{Decoder, U8Reader};
    let decoder = yaxpeax_arm::armv8::a64::InstDecoder::default();
    let text = |bytes: &[u8]| {
        (bytes.len() == 4)
            .then(|| decoder.decode(&mut U8Reader::new(bytes)).ok())
            .flatten()
            .map(|inst| inst.to_string())
    };
    matches!((text(a), text(b)), (Some(x), Some(y)) if x == y)
}

/// Whether two byte strings are each exactly one instruction, and the same one.
pub fn equivalent(a: &[u8], b: &[u8]) -> bool {
    use yaxpeax_arch::{Decoder, LengthedInstruction, U8Reader};
    let decoder = yaxpeax_x86::long_mode::InstDecoder::default();
    let decode = |bytes: &[u8]| {
        let mut reader = U8Reader::new(bytes);
        let inst = decoder.decode(&mut reader).ok()?;
        (inst.len().to_const() as usize == bytes.len()).then_some(inst)
    };
    // yaxpeax's own `==` also compares how operands were encoded (ModRM reg vs rm), which
    // is exactly what may differ: compare what the instruction does.
    match (decode(a), decode(b)) {
        (Some(x), Some(y)) => {
            x.opcode() == y.opcode()
                && x.operand_count() == y.operand_count()
                && x.mem_size().map(|m| m.bytes_size()) == y.mem_size().map(|m| m.bytes_size())
                && x.prefixes.lock() == y.prefixes.lock()
                && x.prefixes.rep() == y.prefixes.rep()
                && x.prefixes.repnz() == y.prefixes.repnz()
                && x.prefixes.segment() == y.prefixes.segment()
                && (0..x.operand_count()).all(|i| x.operand(i) == y.operand(i))
        }
        _ => false,
    }
}

/// Records the data symbols the output defines (class `data`).
pub fn report_data<I>(module: &crate::ir::Module<I>, used: &[bool], report: &mut Report) {
    for (obj, _) in module.data.iter().zip(used).filter(|(_, u)| **u) {
        report.add(Class::Data, || Record {
            line: obj.span.line,
            source: obj.name.clone(),
            go: format!("DATA {}<>", crate::map::go_data_symbol(&obj.name)),
            class: Class::Data,
            source_hex: obj.bytes.clone(),
            go_hex: obj.bytes.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn equivalence_by_decoding() {
        // vmovaps xmm2, xmm1: load form (GNU) and store form (Go).
        assert!(super::equivalent(
            &[0xc5, 0xf8, 0x28, 0xd1],
            &[0xc5, 0xf8, 0x29, 0xca]
        ));
        // mov rax, 1 vs mov eax, 1: not the same instruction.
        assert!(!super::equivalent(
            &[0x48, 0xc7, 0xc0, 1, 0, 0, 0],
            &[0xb8, 1, 0, 0, 0]
        ));
        // Two instructions are not one.
        assert!(!super::equivalent(&[0x90, 0x90], &[0x90, 0x90]));
    }

    #[test]
    fn arm64_equivalence_is_same_disassembly() {
        let w = |x: u32| x.to_le_bytes();
        // movz x0, #1 (GNU as) and orr x0, xzr, #1 (Go's MOVD $1, R0): both `mov x0, #0x1`.
        assert!(super::equivalent_arm64(&w(0xd280_0020), &w(0xb240_03e0)));
        // add x0, x0, #1 and sub x0, x0, #1 differ.
        assert!(!super::equivalent_arm64(&w(0x9100_0400), &w(0xd100_0400)));
        // Only single words compare.
        assert!(!super::equivalent_arm64(&[0, 0, 0], &[0, 0, 0]));
    }
}
