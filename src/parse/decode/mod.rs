//! The machine-code front end: bytes → the same native IR the text parsers build
//! ([`crate::ir::Module`] of [`crate::ir::x86::Inst`] or [`crate::ir::a64::Inst`]), so that
//! map, frame, verify and emit do not know the input was machine code.
//!
//! Two inputs ([`Syntax::Hex`], [`Syntax::Objdump`]) are read here into [`Block`]s (a
//! function's bytes, each byte with the place it was written) and [`Reloc`]s; the
//! architecture's decoder (`x86.rs`: yaxpeax-x86, `arm64.rs`: yaxpeax-arm) turns one
//! instruction's bytes into an instruction from the decoder's typed operands, never from
//! printed text (printed text loses operand sizes and aliases). Each instruction keeps
//! its bytes ([`MachineCode`]): they are the source bytes the verify stage compares with.
//!
//! - **Hex** (`--syntax hex`): byte tokens separated by white space or commas, each with
//!   an optional `0x`; a token of 2n digits is n bytes in memory order (`4889f8c3`). On
//!   arm64 an 8-digit token is a 32-bit word as objdump prints it (`d65f03c0`, stored
//!   little-endian). `#`, `;` and `//` start comments. One function, at address 0.
//! - **Listings** (`--syntax objdump`, detected): GNU `objdump -d` (either `-M` syntax,
//!   with or without `-r`), `llvm-objdump -d` and Compiler Explorer's binary view. Only the
//!   address and the bytes column are read; `<name>:` headers start functions; relocation
//!   lines (`a: R_X86_64_PLT32 memcpy-0x4`) make the operand they relocate a symbol;
//!   `Contents of section .rodata:` blocks (`objdump -s`) become data objects. GCC's
//!   `foo.cold` parts join `foo`. Nops right before a branch target are alignment padding.
//! - **Objects** (`object.rs`): an ELF relocatable object written as such a listing.
//!
//! Branch targets inside a function become labels `.L_<hex offset>`; targets outside are
//! the symbol a relocation names, or the function whose header has that address; anything
//! else is a located error, as are bytes that do not decode.

mod arm64;
mod arm64_tables;
pub mod object;
mod x86;

use super::statement::Syntax;
use crate::diag::{source_lines, Diagnostic, Diagnostics, SourceLine, Span};
use crate::ir::{Arch, DataObject, DataReloc, Function, Item, MachineCode, Module, NativeInst};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

/// An architecture's decoder: one instruction at the start of some bytes.
pub trait Decode: Sized {
    const MACHINE: Arch;
    /// The length of every instruction, where it is fixed: decoding goes on after a word
    /// that does not decode.
    const FIXED_LENGTH: Option<usize>;
    /// Decodes the instruction at the start of `bytes` (at address `at.pc`): the
    /// instruction with its [`MachineCode`] and its length.
    fn decode_one(bytes: &[u8], at: &Place) -> Result<(Self, usize), String>;
    /// Whether the instruction is a `nop` (alignment padding).
    fn is_nop(&self) -> bool;
    /// Whether control never goes on to the next instruction (`ret`, `jmp`, `b`).
    fn ends_flow(&self) -> bool;
    /// Whether a function may end with this instruction: [`Decode::ends_flow`], a trap, or
    /// a call (to a function that does not return, such as `abort`).
    fn may_end_function(&self) -> bool;
}

/// What a decoder knows of where an instruction is.
pub struct Place<'a> {
    pub pc: u64,
    pub span: Span,
    /// The relocations of the function (the decoder picks those inside the instruction).
    pub relocs: &'a [Reloc],
    /// Names a branch target address: a label of the function or another function.
    pub target: &'a dyn Fn(u64) -> Result<String, String>,
}

impl Place<'_> {
    /// The relocations whose field lies in the `len` bytes of the instruction, with the
    /// field's offset in it.
    pub fn relocs_in(&self, len: usize) -> impl Iterator<Item = (usize, &Reloc)> {
        let (pc, end) = (self.pc, self.pc + len as u64);
        self.relocs
            .iter()
            .filter(move |r| r.at >= pc && r.at < end)
            .map(move |r| ((r.at - pc) as usize, r))
    }
}

impl Place<'_> {
    /// `.text+off` as the function of the listing that starts there, or the label of the
    /// function's own instruction there (an object file's listing addresses are offsets in
    /// `.text`; a cold part jumps back into its function so); any other symbol unchanged.
    pub fn symbol(&self, symbol: &str, offset: i64) -> (String, i64) {
        if symbol == ".text" {
            if let Ok(name) = (self.target)(offset as u64) {
                return (name, 0);
            }
        }
        (symbol.to_string(), offset)
    }
}

/// A relocation line of a listing: `at` (an address) holds `symbol + addend` as `kind` says.
#[derive(Debug, Clone)]
pub struct Reloc {
    pub at: u64,
    /// `R_X86_64_PLT32`, `R_AARCH64_ADR_PREL_PG_HI21`, …
    pub kind: String,
    pub symbol: String,
    pub addend: i64,
    pub span: Span,
}

/// Refuses a relocation whose field is not `symbol + addend` itself but a slot or an offset
/// found elsewhere: a GOT entry (`mov foo@GOTPCREL(%rip), %rax`, `adrp :got:`) or thread-
/// local storage. Reading it as the symbol would load the symbol's contents where the code
/// loads its address.
pub fn check_reloc(r: &Reloc) -> Result<(), String> {
    let kind = r.kind.as_str();
    if kind.contains("GOT") {
        return Err(format!(
            "relocation `{kind} {}` reads the address of `{}` from the global offset table, \
             which Go code has none of (compile with -fno-pic, or make `{}` hidden)",
            r.symbol, r.symbol, r.symbol
        ));
    }
    if kind.contains("TLS") || kind.contains("TPOFF") || kind.contains("TPREL") {
        return Err(format!(
            "relocation `{kind} {}`: thread-local storage is not supported",
            r.symbol
        ));
    }
    Ok(())
}

/// One function's machine code as the input gives it.
#[derive(Debug, Default)]
struct Block {
    name: String,
    span: Span,
    start: u64,
    bytes: Vec<u8>,
    /// Where each byte was written.
    places: Vec<Span>,
    /// Listings: the line of the instruction that starts at an address.
    lines: HashMap<u64, Span>,
}

/// Decodes a hex string or a listing for architecture `I`.
pub fn decode<I: Decode + NativeInst>(
    text: &str,
    syntax: Syntax,
) -> Result<Module<I>, Diagnostics> {
    let (module, errors) = decode_partial(text, syntax)?;
    if errors.has_errors() {
        Err(errors)
    } else {
        Ok(module)
    }
}

/// [`decode`], keeping the functions that decode: one that does not stays in the module
/// with an empty body (so that `--keep-going` finds it by its lines) and its errors are
/// returned beside. `Err`: the input cannot be read at all.
pub fn decode_partial<I: Decode + NativeInst>(
    text: &str,
    syntax: Syntax,
) -> Result<(Module<I>, Diagnostics), Diagnostics> {
    let mut errors = Diagnostics::default();
    let (blocks, relocs, data) = match syntax {
        Syntax::Hex => (
            vec![read_hex(text, I::MACHINE, &mut errors)],
            Vec::new(),
            Vec::new(),
        ),
        _ => read_listing(text, I::MACHINE, &mut errors),
    };
    if errors.has_errors() {
        return Err(errors);
    }
    let starts: HashMap<u64, &str> = blocks.iter().map(|b| (b.start, b.name.as_str())).collect();
    // `.quad .text+0x10` in data: the function that starts there; `.long .text+0x10 - T`
    // (a jump table's entry): the label of the function's instruction there.
    let code_label = |at: u64| {
        let b = blocks
            .iter()
            .find(|b| b.start <= at && at < b.start + b.bytes.len() as u64)?;
        let head = super::module::cold_base(&b.name)
            .and_then(|n| blocks.iter().find(|h| h.name == n))
            .unwrap_or(b);
        Some((head.start, label(at.wrapping_sub(head.start))))
    };
    let mut data = data;
    let mut wanted_by_data = BTreeSet::new();
    for object in data.iter_mut() {
        for r in object.relocations.iter_mut() {
            let at = r.addend as u64;
            let field = object.bytes.get(r.offset..r.offset + r.width);
            let shift = r.shift;
            match (&mut r.terms[..], starts.get(&at)) {
                ([(symbol, 1)], Some(name)) if symbol == ".text" => {
                    *symbol = name.to_string();
                    r.addend = 0;
                }
                ([(symbol, 1), (_, -1)], _) if symbol == ".text" => {
                    if let Some((_, name)) = code_label(at) {
                        *symbol = name;
                        r.addend = 0;
                        wanted_by_data.insert(at);
                    }
                }
                ([(to, 1), (base, -1)], _) if shift == 2 => {
                    match folded_entry(field, shift, to, base, &code_label) {
                        Ok((addrs, names)) => {
                            (*to, *base) = names;
                            wanted_by_data.extend(addrs);
                        }
                        Err(message) => errors.push(
                            Diagnostic::error(r.span, message)
                                .expected("a table entry that is its bytes' value"),
                        ),
                    }
                }
                _ => {}
            }
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    let mut module = Module {
        sectionless: false,
        data,
        ..Module::default()
    };
    // GCC's `foo.cold` parts (in `.text.unlikely`) go with `foo`, as in its assembly.
    let mut groups: Vec<Vec<&Block>> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for block in &blocks {
        match super::module::cold_base(&block.name).and_then(|b| group_of.get(b)) {
            Some(&g) => groups[g].push(block),
            None => {
                group_of.insert(&block.name, groups.len());
                groups.push(vec![block]);
            }
        }
    }
    for parts in &groups {
        let f = decode_function::<I>(parts, &relocs, &starts, &wanted_by_data, &mut errors);
        module.functions.push(f.unwrap_or_else(|| Function {
            name: parts[0].name.clone(),
            span: parts[0].span,
            body: Vec::new(),
        }));
    }
    if syntax == Syntax::Objdump && !errors.has_errors() {
        cut_short(&module, &mut errors);
    }
    Ok((module, errors))
}

/// A folded jump table's entry `(.text+TO - .text+BASE) >> 2` ([`table_entry_kind`]): the
/// two addresses and their labels, when both are instructions of one function and the
/// entry's bytes hold that value.
#[allow(clippy::type_complexity)]
fn folded_entry(
    field: Option<&[u8]>,
    shift: u32,
    to: &str,
    base: &str,
    code_label: &dyn Fn(u64) -> Option<(u64, String)>,
) -> Result<([u64; 2], (String, String)), String> {
    let address = |term: &str| match reloc_target(term) {
        (".text", a) if a >= 0 => Ok(a as u64),
        _ => Err(format!("`{term}` is not a code address (`.text+0x…`)")),
    };
    let (to_at, base_at) = (address(to)?, address(base)?);
    let (Some((f, to_name)), Some((g, base_name))) = (code_label(to_at), code_label(base_at))
    else {
        return Err(format!("`{to}` or `{base}` is not in a function's code"));
    };
    if f != g {
        return Err(format!("`{to}` and `{base}` are in different functions"));
    }
    let value = (to_at.wrapping_sub(base_at) as i64 >> shift) as u64;
    let field = field.ok_or("the entry lies outside its section's bytes")?;
    let held = field.iter().rev().fold(0u64, |a, b| a << 8 | *b as u64);
    let mask = u64::MAX >> (64 - 8 * field.len() as u32);
    if held != value & mask {
        return Err(format!(
            "the entry's bytes hold {held:#x}, not ({to} - {base}) >> {shift} = {value:#x}"
        ));
    }
    Ok(([to_at, base_at], (to_name, base_name)))
}

/// A listing cut short: its last function ends with an instruction after which control
/// would run past the end of the code (a listing cut at a line boundary reads as whole).
fn cut_short<I: Decode + NativeInst>(module: &Module<I>, errors: &mut Diagnostics) {
    let Some(f) = module.functions.last() else {
        return;
    };
    let last = f.body.iter().rev().find_map(|item| match item {
        Item::Inst(i) => Some(i),
        _ => None,
    });
    if let Some(i) = last.filter(|i| !i.may_end_function()) {
        errors.push(
            Diagnostic::error(
                i.span(),
                format!(
                    "the listing ends inside `{}`: control runs past its last instruction",
                    f.name
                ),
            )
            .expected("the whole listing: a function ends with a return, a jump or a call")
            .help("the listing looks cut short; give all of `objdump -d -r` output"),
        );
    }
}

/// The label of the instruction at `offset` bytes into its function.
pub fn label(offset: u64) -> String {
    format!(".L_{offset:x}")
}

/// Decodes one function: its blocks (the function, then its `foo.cold` parts) in order, a
/// label before each instruction a branch names and before each cold part (as GCC's
/// assembly has it).
fn decode_function<I: Decode>(
    parts: &[&Block],
    relocs: &[Reloc],
    starts: &HashMap<u64, &str>,
    wanted_by_data: &BTreeSet<u64>,
    errors: &mut Diagnostics,
) -> Option<Function<I>> {
    let head = parts[0];
    let base = head.start;
    // The block holding an address, and the address's offset in it.
    let find = |addr: u64| {
        parts.iter().find_map(|b| {
            let at = addr.checked_sub(b.start)? as usize;
            (at < b.bytes.len()).then_some((*b, at))
        })
    };
    let wanted: RefCell<BTreeSet<u64>> = RefCell::new(
        wanted_by_data
            .iter()
            .copied()
            .filter(|a| find(*a).is_some())
            .collect(),
    );
    let target = |addr: u64| {
        if find(addr).is_some() {
            wanted.borrow_mut().insert(addr);
            Ok(label(addr.wrapping_sub(base)))
        } else if let Some(name) = starts.get(&addr) {
            Ok(name.to_string())
        } else {
            Err(format!(
                "branch to {addr:#x}, outside `{}` and named by no relocation or function",
                head.name
            ))
        }
    };
    let mut insts: Vec<Vec<(u64, I)>> = Vec::with_capacity(parts.len());
    let failed = errors.0.len();
    for block in parts {
        let mut part = Vec::new();
        let mut at = 0usize;
        while at < block.bytes.len() {
            let pc = block.start + at as u64;
            let span = block
                .lines
                .get(&pc)
                .copied()
                .unwrap_or_else(|| bytes_span(&block.places[at..]));
            let place = Place {
                pc,
                span,
                relocs,
                target: &target,
            };
            match I::decode_one(&block.bytes[at..], &place) {
                Ok((inst, len)) => {
                    part.push((pc, inst));
                    at += len;
                }
                Err(message) => {
                    // A listing's instruction line; a hex input's byte.
                    let span = block.lines.get(&pc).copied().unwrap_or(block.places[at]);
                    errors.push(
                        Diagnostic::error(span, message)
                            .expected(format!("{} machine code", I::MACHINE.go_name())),
                    );
                    // With variable lengths nothing after an undecodable byte can be trusted
                    // to start an instruction.
                    match I::FIXED_LENGTH {
                        Some(len) => at += len,
                        None => break,
                    }
                }
            }
        }
        insts.push(part);
    }
    let starts_at: BTreeSet<u64> = insts.iter().flatten().map(|(pc, _)| *pc).collect();
    for addr in wanted.borrow().iter() {
        if !starts_at.contains(addr) {
            let (block, at) = find(*addr).expect("a wanted address is inside");
            errors.push(
                Diagnostic::error(
                    block.places[at],
                    format!("a branch goes into the middle of an instruction at {addr:#x}"),
                )
                .expected("branch targets at instruction boundaries"),
            );
        }
    }
    if errors.0.len() > failed {
        return None;
    }
    let wanted = wanted.into_inner();
    let mut body = Vec::with_capacity(starts_at.len() + wanted.len() + parts.len());
    for (block, mut part) in parts.iter().zip(insts) {
        if block.start != base {
            body.push(Item::Label {
                name: block.name.clone(),
                span: block.span,
            });
        }
        // Nops no branch reaches after a `ret` or `jmp` (aligning a loop or the next
        // function), and nops right before a branch target (aligning a loop, as
        // `.p2align` does in the compiler's assembly), are padding, not code.
        let mut unreachable = false;
        let mut padding: Vec<bool> = part
            .iter()
            .map(|(pc, i)| {
                unreachable &= !wanted.contains(pc);
                let pad = unreachable && i.is_nop();
                unreachable |= i.ends_flow();
                pad
            })
            .collect();
        let mut before_target = false;
        for (k, (pc, i)) in part.iter().enumerate().rev() {
            before_target = i.is_nop()
                && (before_target
                    || part
                        .get(k + 1)
                        .is_some_and(|(next, _)| wanted.contains(next)));
            padding[k] |= before_target && !wanted.contains(pc);
        }
        let mut k = 0;
        part.retain(|_| {
            k += 1;
            !padding[k - 1]
        });
        for (pc, inst) in part {
            if wanted.contains(&pc) {
                body.push(Item::Label {
                    name: label(pc.wrapping_sub(base)),
                    span: block.places[(pc - block.start) as usize],
                });
            }
            body.push(Item::Inst(inst));
        }
    }
    Some(Function {
        name: head.name.clone(),
        span: head.span,
        body,
    })
}

/// The span from the first of `places` to the last one on the same line.
fn bytes_span(places: &[Span]) -> Span {
    let first = places[0];
    let last = places
        .iter()
        .take(16)
        .take_while(|s| s.line == first.line)
        .last()
        .unwrap_or(&first);
    Span {
        len: last.col + last.len - first.col,
        bytes: last.offset + last.bytes - first.offset,
        ..first
    }
}

/// The machine code of an instruction: `bytes`, with the field of a relocation zeroed.
pub fn machine_code(bytes: &[u8], field: Option<crate::ir::CodeReloc>) -> Box<MachineCode> {
    let mut bytes = bytes.to_vec();
    if let Some(f) = field {
        let end = (f.offset as usize + f.size as usize).min(bytes.len());
        bytes[f.offset as usize..end].fill(0);
    }
    Box::new(MachineCode {
        bytes,
        reloc: field,
    })
}

// ---- hex ---------------------------------------------------------------------------------

/// `--syntax hex`: one function `f` at address 0 (the converter names it).
fn read_hex(text: &str, arch: Arch, errors: &mut Diagnostics) -> Block {
    let mut block = Block {
        name: "f".to_string(),
        ..Block::default()
    };
    let mut first = true;
    for line in source_lines(text) {
        let code = cut_comment(line.text);
        let mut at = 0;
        for token in code.split([' ', '\t', ',']) {
            let start = at;
            at += token.len() + 1;
            if token.is_empty() {
                continue;
            }
            if first {
                block.span = line.span(start, start + token.len());
                first = false;
            }
            if let Err(d) = read_token(&line, start, token, arch, &mut block) {
                errors.push(d);
            }
        }
    }
    if block.bytes.is_empty() && !errors.has_errors() {
        errors.push(
            Diagnostic::error(Span::new(1, 1, 1), "no bytes in the hex input")
                .expected("bytes such as `48 89 f8 c3` or `0xd65f03c0`"),
        );
    }
    block
}

/// `text` up to a `#`, `;` or `//` comment.
fn cut_comment(text: &str) -> &str {
    let end = [text.find('#'), text.find(';'), text.find("//")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    &text[..end]
}

/// Appends the bytes of one hex token at byte `start` of `line`.
fn read_token(
    line: &SourceLine,
    start: usize,
    token: &str,
    arch: Arch,
    block: &mut Block,
) -> Result<(), Diagnostic> {
    let prefix = if token.starts_with("0x") || token.starts_with("0X") {
        2
    } else {
        0
    };
    let digits = &token[prefix..];
    let at = start + prefix;
    if let Some(bad) = digits.find(|c: char| !c.is_ascii_hexdigit()) {
        let c = digits[bad..].chars().next().map_or(1, char::len_utf8);
        return Err(
            Diagnostic::error(line.span(at + bad, at + bad + c), "not a hex digit")
                .expected("hex bytes such as `48 89 f8` or `4889f8`"),
        );
    }
    if digits.is_empty() || digits.len() % 2 == 1 {
        return Err(Diagnostic::error(
            line.span(start, start + token.len()),
            format!("odd number of hex digits in `{token}`"),
        )
        .expected("two digits per byte"));
    }
    if arch == Arch::Arm64 && digits.len() == 8 {
        let word = u32::from_str_radix(digits, 16).expect("checked digits");
        let span = line.span(start, start + token.len());
        block.bytes.extend(word.to_le_bytes());
        block.places.extend([span; 4]);
        return Ok(());
    }
    for i in (0..digits.len()).step_by(2) {
        block
            .bytes
            .push(u8::from_str_radix(&digits[i..i + 2], 16).expect("checked digits"));
        block.places.push(line.span(at + i, at + i + 2));
    }
    Ok(())
}

// ---- listings ----------------------------------------------------------------------------

/// One line of a listing, classified.
enum ListingLine<'a> {
    /// `0000000000000000 <name>:`
    Header {
        addr: u64,
        name: &'a str,
    },
    /// `   4:\t48 89 f8 \tmov ...`: the address and the bytes column's tokens with their
    /// byte offsets in the line, and the end of the instruction text.
    Code {
        addr: u64,
        tokens: Vec<(usize, &'a str)>,
        end: usize,
    },
    /// `\t\t\ta: R_X86_64_PLT32\tmemcpy-0x4`
    Reloc {
        addr: u64,
        kind: &'a str,
        target: &'a str,
        at: usize,
    },
    Other,
}

fn hex_u64(s: &str) -> Option<u64> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    (!s.is_empty() && s.len() <= 16 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(s, 16).ok())
        .flatten()
}

fn classify(text: &str) -> ListingLine<'_> {
    let trimmed = text.trim_start();
    let indent = text.len() - trimmed.len();
    let Some(colon) = trimmed.find(':') else {
        return ListingLine::Other;
    };
    let head = &trimmed[..colon];
    // `0000000000000000 <name>:`
    if let (Some(sp), true) = (head.find(' '), head.ends_with('>')) {
        if let (Some(addr), Some(name)) = (
            hex_u64(&head[..sp]),
            head[sp + 1..]
                .strip_prefix('<')
                .and_then(|n| n.strip_suffix('>')),
        ) {
            if trimmed[colon + 1..].trim().is_empty() {
                return ListingLine::Header { addr, name };
            }
        }
    }
    let Some(addr) = hex_u64(head) else {
        return ListingLine::Other;
    };
    let rest_at = indent + colon + 1;
    let rest = &text[rest_at..];
    let body = rest.trim_start();
    if let Some(kind) = body
        .split_whitespace()
        .next()
        .filter(|w| w.starts_with("R_"))
    {
        let after = &body[kind.len()..];
        let target = after.trim();
        let at = rest_at
            + (rest.len() - body.len())
            + kind.len()
            + (after.len() - after.trim_start().len());
        return ListingLine::Reloc {
            addr,
            kind,
            target,
            at,
        };
    }
    // The bytes column: hex tokens up to a tab, a run of two spaces, or anything else.
    let mut tokens = Vec::new();
    let mut at = rest_at;
    let bytes = text.as_bytes();
    while at < text.len() && matches!(bytes[at], b' ' | b'\t') {
        at += 1;
    }
    while at < text.len() {
        let end = text[at..].find([' ', '\t']).map_or(text.len(), |e| at + e);
        let token = &text[at..end];
        if !(token.len() == 2 || token.len() == 8) || hex_u64(token).is_none() {
            break;
        }
        tokens.push((at, token));
        if end >= text.len() || bytes[end] == b'\t' || text[end..].starts_with("  ") {
            break;
        }
        at = end + 1;
    }
    if tokens.is_empty() {
        return ListingLine::Other;
    }
    ListingLine::Code {
        addr,
        tokens,
        end: text.trim_end().len(),
    }
}

/// Whether `text` is a disassembly listing, and of which architecture when it says
/// (the file format line, relocation names, or 8-digit words).
pub fn detect_listing(text: &str) -> Option<Option<Arch>> {
    let (mut headers, mut code) = (0, 0);
    let mut arch = None;
    for line in text.lines().take(4000) {
        if line.contains("file format") {
            if line.contains("aarch64") || line.contains("arm64") {
                arch = Some(Arch::Arm64);
            } else if line.contains("x86-64") || line.contains("x86_64") {
                arch = Some(Arch::Amd64);
            }
            continue;
        }
        match classify(line) {
            ListingLine::Header { .. } => headers += 1,
            ListingLine::Code { tokens, .. } => {
                code += 1;
                if arch.is_none() && tokens.iter().any(|(_, t)| t.len() == 8) {
                    arch = Some(Arch::Arm64);
                }
            }
            ListingLine::Reloc { kind, .. } if arch.is_none() => {
                if kind.starts_with("R_AARCH64") {
                    arch = Some(Arch::Arm64);
                } else if kind.starts_with("R_X86_64") {
                    arch = Some(Arch::Amd64);
                }
            }
            _ => {}
        }
    }
    (headers > 0 && code > 0).then_some(arch)
}

/// `sym`, `sym+0x8`, `sym-0x4`, `*ABS*+0x10`.
fn reloc_target(t: &str) -> (&str, i64) {
    for (i, c) in t.char_indices().rev() {
        if (c == '+' || c == '-') && i > 0 {
            if let Some(v) = hex_u64(&t[i + 1..]) {
                let v = v as i64;
                return (&t[..i], if c == '-' { -v } else { v });
            }
        }
    }
    (t, 0)
}

/// Whether a section of this name holds data objects (`.rodata*`, `.data*`, `.bss*`).
pub fn is_data(name: &str) -> bool {
    [".rodata", ".data", ".bss", ".lrodata", ".ldata", ".lbss"]
        .iter()
        .any(|p| name == *p || name.strip_prefix(p).is_some_and(|r| r.starts_with('.')))
}

/// A listing's functions, the relocations of their code, and its data sections.
type Listing = (Vec<Block>, Vec<Reloc>, Vec<DataObject>);

fn read_listing(text: &str, arch: Arch, errors: &mut Diagnostics) -> Listing {
    let mut blocks: Vec<Block> = Vec::new();
    let mut relocs = Vec::new();
    let mut data: Vec<DataObject> = Vec::new();
    // Inside a `Contents of section` block: Some(true) for a data section read into `data`,
    // Some(false) for one that is not data (`.comment`, `.eh_frame`).
    let mut contents: Option<bool> = None;
    for line in source_lines(text) {
        if let Some(name) = line.text.strip_prefix("Contents of section ") {
            let name = name.split(':').next().unwrap_or(name);
            contents = Some(is_data(name));
            if contents == Some(true) {
                data.push(data_object(&line, name));
            }
            continue;
        }
        if let Some(is_data) = contents {
            if let Some(row) = read_data_row(line.text) {
                if is_data {
                    read_row(&line, row, data.last_mut().expect("a data object"), errors);
                }
                continue;
            }
            match classify(line.text) {
                ListingLine::Reloc {
                    addr,
                    kind,
                    target,
                    at,
                } if is_data => {
                    let object = data.last_mut().expect("a data object");
                    match data_reloc(&line, addr, kind, target, at, &object.name) {
                        Ok(r) => object.relocations.push(r),
                        Err(d) => errors.push(d),
                    }
                    continue;
                }
                ListingLine::Reloc { .. } => continue,
                _ => contents = None,
            }
        }
        match classify(line.text) {
            ListingLine::Header { addr, name } => {
                let at = line.text.find('<').unwrap_or(0) + 1;
                blocks.push(Block {
                    name: name.to_string(),
                    span: line.span(at, at + name.len()),
                    start: addr,
                    ..Block::default()
                });
            }
            ListingLine::Code { addr, tokens, end } => {
                let Some(block) = blocks.last_mut() else {
                    errors.push(
                        Diagnostic::error(
                            line.span(0, line.text.len()),
                            "code before any function header",
                        )
                        .expected("a `<name>:` line (objdump -d prints one per symbol)"),
                    );
                    continue;
                };
                let next = block.start + block.bytes.len() as u64;
                if addr != next {
                    if block.bytes.is_empty() && addr >= block.start {
                        block.start = addr;
                    } else {
                        let first = tokens[0].0;
                        errors.push(
                            Diagnostic::error(
                                line.span(0, first),
                                format!("address {addr:#x} does not follow the bytes before it ({next:#x})"),
                            )
                            .expected("consecutive bytes (a listing cut or with `...` skips cannot be decoded)"),
                        );
                        continue;
                    }
                }
                let first = tokens[0].0;
                block.lines.insert(addr, line.span(first, end));
                for (at, token) in tokens {
                    if let Err(d) = read_token(&line, at, token, arch, block) {
                        errors.push(d);
                    }
                }
            }
            ListingLine::Reloc {
                addr,
                kind,
                target,
                at,
            } => {
                let (symbol, addend) = reloc_target(target);
                relocs.push(Reloc {
                    at: addr,
                    kind: kind.to_string(),
                    symbol: symbol.to_string(),
                    addend,
                    span: line.span(at, at + target.len()),
                });
            }
            ListingLine::Other => {}
        }
    }
    blocks.retain(|b| !b.bytes.is_empty());
    if blocks.is_empty() && !errors.has_errors() {
        errors.push(
            Diagnostic::error(Span::new(1, 1, 1), "no function with bytes in the listing")
                .expected("`objdump -d` output: `<name>:` headers and lines `addr: bytes  text`")
                .help("objdump's --no-show-raw-insn drops the bytes this tool decodes"),
        );
    }
    (blocks, relocs, data)
}

/// `Contents of section .rodata.cst8:  (align 8, read-only)` (the alignment and the
/// access are this tool's object listings'; `objdump -s` prints neither: alignment 1 and
/// read-only, unless the section's name says `.data`/`.bss`).
fn data_object(line: &SourceLine, name: &str) -> DataObject {
    let at = "Contents of section ".len();
    let rest = &line.text[at + name.len()..];
    let align = rest
        .split_once("(align ")
        .and_then(|(_, a)| a.split([',', ')']).next())
        .and_then(|a| a.trim().parse().ok())
        .unwrap_or(1);
    let writable = if rest.contains("read-only") {
        false
    } else {
        rest.contains("writable") || name.starts_with(".data") || name.starts_with(".bss")
    };
    DataObject {
        name: name.to_string(),
        span: line.span(at, at + name.len()),
        align,
        bytes: Vec::new(),
        relocations: Vec::new(),
        writable,
    }
}

/// An `objdump -s` row: ` 0010 00000000 0000f03f  ........` → the offset and the groups
/// of hex digits with their byte offsets in the line (the ASCII column is not read).
fn read_data_row(text: &str) -> Option<(u64, Vec<(usize, &str)>)> {
    let body = text.strip_prefix(' ')?;
    let (offset, _) = body.split_once(' ')?;
    if offset.len() < 4 {
        return None;
    }
    let offset = hex_u64(offset)?;
    let mut groups = Vec::new();
    let mut at = 1 + body.find(' ')? + 1;
    while at < text.len() {
        let end = text[at..].find(' ').map_or(text.len(), |e| at + e);
        let group = &text[at..end];
        if group.is_empty() || group.len() > 8 || group.len() % 2 == 1 || hex_u64(group).is_none() {
            break;
        }
        groups.push((at, group));
        if text[end..].starts_with("  ") {
            break;
        }
        at = end + 1;
    }
    Some((offset, groups))
}

/// Appends a data row's bytes to `object` (rows must follow each other).
fn read_row(
    line: &SourceLine,
    (offset, groups): (u64, Vec<(usize, &str)>),
    object: &mut DataObject,
    errors: &mut Diagnostics,
) {
    if offset != object.bytes.len() as u64 {
        errors.push(
            Diagnostic::error(
                line.span(1, 5),
                format!(
                    "row at {offset:#x} does not follow the bytes before it ({:#x})",
                    object.bytes.len()
                ),
            )
            .expected("consecutive rows of section contents"),
        );
        return;
    }
    for (_, group) in groups {
        for i in (0..group.len()).step_by(2) {
            object
                .bytes
                .push(u8::from_str_radix(&group[i..i + 2], 16).expect("checked digits"));
        }
    }
}

/// The tool's own relocation line for an entry of an arm64 jump table that the assembler
/// folded into plain bytes (`object.rs`): `R_N2G_TABLE8 .text+0x94-.text+0x80` is the
/// byte `(0x94 - 0x80) >> 2`, two addresses of one function.
pub fn table_entry_kind(width: usize) -> String {
    format!("R_N2G_TABLE{}", 8 * width)
}

/// A relocation inside a data section: an address (`R_X86_64_64`, `R_AARCH64_ABS64`), a
/// PC-relative value (`R_X86_64_PC32`, `R_AARCH64_PREL32`: `symbol - here`), or a folded
/// jump table's entry ([`table_entry_kind`]: its two terms are `.text+ADDR` until
/// [`decode_partial`] names them as labels).
fn data_reloc(
    line: &SourceLine,
    addr: u64,
    kind: &str,
    target: &str,
    at: usize,
    section: &str,
) -> Result<DataReloc, Diagnostic> {
    let (symbol, addend) = reloc_target(target);
    let span = line.span(at, at + target.len());
    if let Some(width) = [1, 2, 4].into_iter().find(|w| kind == table_entry_kind(*w)) {
        let split = target
            .find("-.text")
            .filter(|_| target.starts_with(".text"));
        let Some((to, base)) = split.map(|i| (&target[..i], &target[i + 1..])) else {
            return Err(
                Diagnostic::error(span, format!("`{kind}` needs two code addresses"))
                    .expected("`.text+0xTO-.text+0xBASE`"),
            );
        };
        return Ok(DataReloc {
            offset: addr as usize,
            width,
            terms: vec![(to.to_string(), 1), (base.to_string(), -1)],
            addend: 0,
            shift: 2,
            expr: format!("{kind} {target}"),
            span,
        });
    }
    let (width, relative) = match kind {
        "R_X86_64_64" | "R_AARCH64_ABS64" => (8, false),
        "R_X86_64_32" | "R_X86_64_32S" | "R_AARCH64_ABS32" => (4, false),
        "R_X86_64_PC32" | "R_AARCH64_PREL32" => (4, true),
        "R_X86_64_PC64" | "R_AARCH64_PREL64" => (8, true),
        _ => {
            return Err(Diagnostic::error(
                span,
                format!("relocation `{kind}` in a data section is not supported"),
            )
            .expected("an address (R_X86_64_64, R_AARCH64_ABS64) or an offset (R_X86_64_PC32)"))
        }
    };
    let mut terms = vec![(symbol.to_string(), 1)];
    let mut addend = addend;
    if relative {
        terms.push((section.to_string(), -1));
        addend -= addr as i64;
    }
    Ok(DataReloc {
        offset: addr as usize,
        width,
        terms,
        addend,
        shift: 0,
        expr: format!("{kind} {target}"),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_lines_are_classified_by_their_columns() {
        assert!(matches!(
            classify("0000000000000000 <add>:"),
            ListingLine::Header {
                addr: 0,
                name: "add"
            }
        ));
        let ListingLine::Code { addr, tokens, .. } =
            classify("   4:\t48 8d 04 37          \tlea    (%rdi,%rsi,1),%rax")
        else {
            panic!("not code")
        };
        assert_eq!((addr, tokens.len()), (4, 4));
        let ListingLine::Code { tokens, .. } = classify("  1c:\t8b010000 \tadd\tx0, x0, x1") else {
            panic!("not code")
        };
        assert_eq!(tokens[0].1, "8b010000");
        // llvm-objdump: bytes, spaces, then the text; `add` is not a byte.
        let ListingLine::Code { tokens, .. } = classify("       0: 48 01 f7  add rdi, rsi") else {
            panic!("not code")
        };
        assert_eq!(tokens.len(), 3);
        assert!(matches!(
            classify("\t\t\ta: R_X86_64_PLT32\tmemcpy-0x4"),
            ListingLine::Reloc {
                addr: 0xa,
                kind: "R_X86_64_PLT32",
                target: "memcpy-0x4",
                ..
            }
        ));
        assert_eq!(reloc_target("memcpy-0x4"), ("memcpy", -4));
        assert_eq!(reloc_target(".LC0+0x8"), (".LC0", 8));
        assert!(matches!(
            classify("Disassembly of section .text:"),
            ListingLine::Other
        ));
    }
}
