//! The verify stage: the bytes each source instruction stands for, and (later) whether the Go
//! instruction chosen for it encodes to exactly those bytes.
//!
//! The promise (DESIGN.md §2) is that every source instruction is emitted either as a Go
//! mnemonic whose Go encoding is byte-identical to the source encoding, or as raw `BYTE`s with
//! the source text as a comment. Both halves need the source bytes. Objdump listings and hex
//! input carry them; assembly text does not, so this stage encodes the parsed native
//! instruction itself, exactly as GNU `as` would:
//!
//! - [`native_x86`]: the embedded native x86-64 encoder. It builds an `iced-x86`
//!   `Instruction` from the native IR, choosing the iced `Code` from iced's own opcode tables
//!   (no hand-written list of forms) and GNU `as`'s preferences (shortest form, then the
//!   lowest opcode). Held against GNU `as` by `tests/native_encoder.rs` on every vector in
//!   `tests/vectors/amd64/rows.txt` and `native_extra.txt`. The map stage uses it today for
//!   the rows marked `@raw` in `mappings/amd64/instructions.tbl`: forms Go cannot spell
//!   identically (`vmovaps ymm0, ymm1`, `int3`, ...) become `BYTE`s with the source text.
//!
//! Still to come (issue 4): the embedded Go-asm encoder (a model of `go tool asm` for the
//! Go IR) and the per-instruction comparison that keeps a Go mnemonic only when its bytes
//! equal the native bytes, and otherwise falls back to [`native_x86::raw`].
//!
//! Bytes of instructions that reference a symbol (RIP-relative operands, `OFFSET FLAT:sym`)
//! are not final: the encoder writes a zero field and reports where the relocation goes
//! ([`native_x86::Reloc`]); such instructions are never emitted raw.

pub mod go_amd64;
pub mod goasm;
pub mod native_x86;
