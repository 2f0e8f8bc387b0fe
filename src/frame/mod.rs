//! The frame stage: from a Go signature to the Go argument frame, and the ABI bridge that
//! makes a native (C ABI) body callable from Go.
//!
//! ```text
//! --go files ──gosrc (pest: grammars/go_source.pest)──▶ TypeEnv + declared Signatures
//! --sig text ──signature (pest: grammars/go_signature.pest)──▶ Signature (names via TypeEnv)
//!            ──layout (asmdecl rules)──▶ Layout { params/results: Slot name+off(FP), args_size }
//! Go IR (map/) + Signature + Layout ──Abi::bridge (SystemV, Aapcs64)──▶ Go IR with
//!            argument loads, stack-argument slots, result stores, TEXT flags/frame/args
//! ```
//!
//! What the stage owns:
//! - [`signature`](mod@signature): the parsed signature ([`Signature`], [`Param`], [`GoType`]:
//!   every Go type, with named types resolved in a [`TypeEnv`]); every malformed signature,
//!   and every type that cannot be laid out, is a [`Diagnostic`](crate::diag::Diagnostic)
//!   located in the signature text (line 1 for a one-line `--sig`).
//! - [`types`]: the resolved Go types ([`GoType`]) and their gc sizes ([`type_size`],
//!   [`type_align`]); below both `signature` and `layout`, so neither imports the other for a
//!   size.
//! - [`gosrc`]: reads `--go` files (package, type declarations, bodiless functions).
//! - [`layout`](mod@layout): the slots go vet's asmdecl expects ([`Layout`], [`Slot`] with its
//!   [`Component`]s `s_base`, `v_X`, `a_0`, ...); the same for amd64 and arm64. [`check_names`] refuses names go vet cannot tell apart
//!   (duplicate `_`s); [`is_register_name`] says which names the Go assembler reads as
//!   registers (`g`, `AX`, `R0`...: `g+8(FP)` does not assemble), which the bridge reaches
//!   through an address register instead.
//! - [`abi`]: the bridge written once over the [`Abi`](abi::Abi) trait (a C calling convention: its
//!   plan, argument loads, result stores, stack-operand rewriting, Go frame):
//!   [`Abi::bridge`](abi::Abi::bridge), [`Abi::check`](abi::Abi::check), [`Abi::native_entry`](abi::Abi::native_entry). Added instructions carry
//!   `Origin::Added` and a comment (`arg a`, `result ret`); source instructions keep their
//!   origin, only their stack operands are rewritten to `name+off(FP)`. Errors about stack
//!   accesses are located at the source instruction; errors about the signature itself
//!   (register names, too many results for the result registers) at the parameter in the
//!   signature text — call [`Abi::check`](abi::Abi::check) right after [`layout()`] to report those against
//!   `--sig`.
//! - [`amd64`]: System V ⇄ Go ABI0 ([`amd64::SystemV`]); [`arm64`]: AAPCS64 ⇄ Go ABI0
//!   ([`arm64::Aapcs64`]), which also gives functions that move SP or call a Go frame.
//! - `cvalue`: the C view of Go values both conventions share, and the added-code helper.
//!
//! Without a signature, [`Abi::native_entry`](abi::Abi::native_entry) declares the function `NOSPLIT|NOFRAME` with
//! no argument size and leaves the body alone.

pub mod abi;
pub mod amd64;
pub mod arm64;
pub mod cvalue;
pub mod gosrc;
pub mod layout;
pub mod native;
pub mod signature;
pub mod types;

pub use layout::{
    check_names, is_register_name, layout, type_info, Component, Kind, Layout, Slot, SlotClass,
};
pub use signature::{
    conflicting_signature, parse_signature, parse_signature_with, Param, Signature, TypeDecl,
    TypeEnv,
};
pub use types::{type_align, type_size, Field, GoType};
