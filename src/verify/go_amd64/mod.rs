//! The embedded Go-asm encoder for amd64: a Go instruction → the bytes `go tool asm` emits.
//!
//! It is what lets the converter promise byte-identical output without a Go toolchain: the
//! verify stage encodes every Go instruction it is about to emit and compares the bytes with
//! the source's. It is trusted because the tests hold it against Go's own assembler test
//! data (`tests/go_encoder_amd64.rs`, vectors in `tests/vectors/go/amd64/`) and against the
//! live `go tool asm -S` (`tests/live_go_asm_amd64.rs`).
//!
//! # Design
//!
//! The back end is `iced-x86`'s encoder, as for the native encoder ([`super::native_x86`]).
//! What is Go-specific is (1) how a Go mnemonic and its operands name an x86 form and
//! (2) which of several valid encodings Go picks. Both are data here:
//!
//! 1. **Names.** A Go mnemonic resolves to one or more *alternatives*: an Intel mnemonic
//!    (whose iced `Code`s come from iced's op-code tables, as in the native encoder), a width
//!    rule and an operand order. Most names need no row: `VPADDD` is `vpaddd`, and a name
//!    ending in `B`/`W`/`L`/`Q` whose stem is an Intel mnemonic (`ADDQ`, `SARXL`,
//!    `VCVTSI2SDQ`) is that instruction with 8/16/32/64-bit integer operands; names ending in
//!    `X`/`Y`/`Z` (`VCVTPD2DQX`, `VFPCLASSPSZ`) fix the vector length of the memory operand.
//!    Condition-code families (`JEQ`, `SETHI`, `CMOVQCS`) are generated from one table of
//!    Go condition names ([`GO_CONDITIONS`](crate::isa::amd64::go_names::GO_CONDITIONS),
//!    `mappings/amd64/go_conditions.tbl`). Everything else is a row of
//!    [`GO_NAMES`](crate::isa::amd64::go_names::GO_NAMES) (`mappings/amd64/go_names.tbl`):
//!    the Go-only spellings (`MOVBLZX`, `CVTTSD2SQ`, `PSHUFL`, `MOVOU`, `SHLQ` with three
//!    operands = `shld`...), Go's aliases (`MOVD` = `MOVQ`), and the few irregular operand
//!    orders (`CMPQ`, `CMPPS`).
//! 2. **Operands.** The input is the typed Go IR (`crate::ir::go`): [`encode_go`] takes the
//!    converter's instructions as they are, and [`encode()`] (the `encode` command, the tests)
//!    first resolves each Go-text operand into it ([`resolve_text`](text::resolve_text):
//!    names through Go's register table, `src/isa/go_registers.rs`, anything else a label).
//!    Registers reach iced by register file and number, never by name. Go operands come in
//!    Go order (sources first); an alternative's order maps them to Intel order (reversed
//!    unless the row says otherwise). Go register names carry no width (`AX` is `ax`, `eax`
//!    or `rax`): the width comes from the iced operand kind of each candidate `Code`,
//!    checked against the mnemonic's width rule. AVX-512 extras: an opmask written before
//!    the destination (`VADDPD Z1, Z2, K1, Z3`), and the suffixes `.Z` (zeroing), `.BCST`
//!    (embedded broadcast), `.SAE` and `.RN_SAE`/`.RD_SAE`/`.RU_SAE`/`.RZ_SAE` (rounding).
//! 3. **Go's choice of encoding.** Every candidate `Code` that fits is encoded and ranked
//!    ([`preference`](choose::preference)): VEX before EVEX (EVEX only when a feature needs
//!    it); for VEX and EVEX register-register forms, the store form (`VMOVAPS X1, X2` is
//!    `c5f829ca`, not `c5f828d1`, even when that costs a 3-byte VEX prefix); then the
//!    shortest encoding, fewer immediate bytes, no `REX.W`/`VEX.W1`, and the lowest opcode
//!    (`89` for `MOVQ AX, BX`, `0f 28` for `MOVAPS`). iced itself picks the 2-byte VEX
//!    prefix whenever the operands allow it and compresses EVEX displacements (`disp8*N`),
//!    as Go does.
//!    One rewrite is Go's own: `MOVQ $imm, reg` with `0 ≤ imm < 2^32` is encoded as `MOVL`
//!    (zero-extending, shorter).
//!
//! Symbols: `sym<>+off(SB)` is RIP-relative; its 32-bit field is written as zero and
//! [`Encoded::pc_rel`] says where it is (the converter compares it masked). `name+off(FP)`
//! is the hardware stack pointer plus the frame offset of the [`Context`]. Branches to labels
//! are encoded against the label addresses the caller supplies ([`Context::labels`]), short
//! when the displacement fits, as Go does after its span loop.
//!
//! # Layout
//!
//! Each file has one job; the order below is the order of use (a file uses only files above
//! it), and this file only declares them and re-exports the public API.
//!
//! - `context`: [`Context`] (address, frame size, labels) and [`Encoded`] (what was appended).
//! - `names`: Go's naming rules, a Go mnemonic → its alternatives; [`is_branch`].
//! - `operands`: the typed Go IR's operands lowered for iced (registers by file and number,
//!   memory, frame slots).
//! - `text`: Go text operands → the typed Go IR (the `encode` command, the tests).
//! - `kinds`: which operand fits which iced operand kind, and how it is set.
//! - `evex`: the AVX-512 extras (opmask, `.Z`, `.BCST`, `.SAE`, rounding, EVEX.L'L).
//! - `form`: one candidate `Code` applied to the operands (order, implicit operands, widths).
//! - `choose`: Go's choice among the forms that fit, and its memo.
//! - `encode`: the entry points [`encode_go`] and [`encode()`], and the prefix
//!   pseudo-instructions.
//! - `listing`: amd64's layout of whole files (span loop, `PCALIGN`, frame epilogue) for
//!   the shared driver ([`listing()`]).

mod choose;
mod context;
mod encode;
mod evex;
mod form;
mod kinds;
mod listing;
mod names;
mod operands;
mod text;

pub use context::{Context, Encoded, PcRel};
pub use encode::{encode, encode_go};
pub use listing::listing;
pub use names::is_branch;
