//! Go's naming rules for amd64: a Go mnemonic (without `.` suffixes) → its *alternatives*,
//! each an Intel mnemonic's iced `Code`s, a width rule and an operand order ([`Alt`]).
//!
//! Rows come from [`GO_NAMES`] (`mappings/amd64/go_names.tbl`) and the condition families
//! from [`GO_CONDITIONS`] (`mappings/amd64/go_conditions.tbl`); every other name is derived
//! on the fly ([`alternatives`]): the Intel mnemonic itself, or a stem with a width suffix
//! (`B`/`W`/`L`/`Q` integer widths, `X`/`Y`/`Z` vector lengths).

use crate::isa::amd64::code_info::{self, Info};
use crate::isa::fx::FxMap;
use std::sync::LazyLock;

use iced_x86::{Code, EncodingKind, MemorySize, Mnemonic, OpCodeOperandKind as K};

use crate::isa::amd64::go_names::{Intel, Order, Rule, Width, GO_CONDITIONS, GO_NAMES};
use crate::isa::amd64::iced::mnemonic_index;

/// One reading of a Go name: the iced codes of an Intel mnemonic, the width rule, the order
/// of the operands (Go order → Intel order) and Go's special rule, if any.
#[derive(Debug, Clone, Copy)]
pub(super) struct Alt {
    pub(super) codes: &'static [Code],
    pub(super) width: Width,
    pub(super) order: Order,
    pub(super) rule: Rule,
}

/// Filler for the scratch space [`alternatives`] builds derived names in.
pub(super) const EMPTY_ALT: Alt = Alt {
    codes: &[],
    width: Width::Any,
    order: Order::Reverse,
    rule: Rule::None,
};

/// Intel mnemonic (lower case, iced spelling) → iced codes usable in 64-bit mode, with the
/// 3DNow! and `moffs` forms left out, and the far `jmp`/`call` through memory (`ff /5`,
/// `ff /3`): Go's `JMP (DI)` is the near `ff /4`, and the far form is as short.
static INTEL: LazyLock<FxMap<&'static str, Vec<Code>>> = LazyLock::new(|| {
    mnemonic_index(|info| {
        let far = matches!(info.mnemonic(), Mnemonic::Jmp | Mnemonic::Call)
            && matches!(
                info.memory_size(),
                MemorySize::SegPtr16 | MemorySize::SegPtr32 | MemorySize::SegPtr64
            );
        info.encoding() != EncodingKind::D3NOW && !info.op_kinds().contains(&K::mem_offs) && !far
    })
});

/// The iced codes of an Intel mnemonic (lower case), empty when it has none.
pub(super) fn intel_codes(m: &str) -> &'static [Code] {
    INTEL.get(m).map(Vec::as_slice).unwrap_or(&[])
}

fn mnemonic_codes(m: Mnemonic) -> &'static [Code] {
    intel_codes(code_info::mnemonic_name(m))
}

/// Go mnemonic (without `.` suffixes) → its alternatives, for the names in [`GO_NAMES`] and
/// the condition families of [`GO_CONDITIONS`]. Derived names are resolved on the fly by
/// [`alternatives`].
static TABLE: LazyLock<FxMap<String, Vec<Alt>>> = LazyLock::new(|| {
    let mut t: FxMap<String, Vec<Alt>> = FxMap::default();
    t.reserve(512);
    for row in &GO_NAMES {
        let alt = |codes| Alt {
            codes,
            width: row.width,
            order: row.order,
            rule: row.rule,
        };
        let alts = t.entry(row.go.to_string()).or_default();
        match row.intel {
            Intel::Codes(codes) => alts.push(alt(codes)),
            Intel::Mnemonics(mnemonics) => {
                for &m in mnemonics {
                    let codes = mnemonic_codes(m);
                    assert!(
                        !codes.is_empty(),
                        "mappings/amd64/go_names.tbl: {m:?} has no 64-bit form"
                    );
                    alts.push(alt(codes));
                }
            }
        }
    }
    let mut add = |go: String, intel: Mnemonic, width: Width| {
        let codes = mnemonic_codes(intel);
        if !codes.is_empty() {
            t.entry(go).or_default().push(Alt {
                codes,
                width,
                order: Order::Reverse,
                rule: Rule::None,
            });
        }
    };
    for c in &GO_CONDITIONS {
        add(format!("J{}", c.go), c.jump, Width::Any);
        add(format!("SET{}", c.go), c.set, Width::Any);
        for (letter, bits) in [("W", 16), ("L", 32), ("Q", 64)] {
            add(format!("CMOV{letter}{}", c.go), c.cmov, Width::All(bits));
        }
    }
    for c in &GO_CONDITIONS {
        for alias in c.jump_aliases {
            add(alias.to_string(), c.jump, Width::Any);
        }
    }
    t
});

/// The alternatives for a Go mnemonic (without suffixes), or `None` if it is unknown.
/// Derived names are built in `scratch` (no allocation).
pub(super) fn alternatives<'s>(go: &str, scratch: &'s mut [Alt; 2]) -> Option<&'s [Alt]> {
    if let Some(alts) = TABLE.get(go) {
        return Some(alts.as_slice());
    }
    let mut n = 0;
    let mut lower = [0u8; 32];
    if go.len() > lower.len() {
        return None;
    }
    for (d, s) in lower.iter_mut().zip(go.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&lower[..go.len()]).ok()?;
    let exact = intel_codes(lower);
    if !exact.is_empty() {
        scratch[n] = Alt {
            codes: exact,
            width: Width::Any,
            order: Order::Reverse,
            rule: Rule::None,
        };
        return Some(&scratch[..1]);
    }
    let split = lower.char_indices().last()?.0;
    let (stem, last) = lower.split_at(split);
    let width = match last {
        "b" => Some(Width::All(8)),
        "w" => Some(Width::All(16)),
        "l" => Some(Width::All(32)),
        "q" => Some(Width::All(64)),
        "x" => Some(Width::Vector(128)),
        "y" => Some(Width::Vector(256)),
        "z" => Some(Width::Vector(512)),
        _ => None,
    };
    if let Some(width) = width {
        let codes = intel_codes(stem);
        if !codes.is_empty() {
            scratch[n] = Alt {
                codes,
                width,
                order: Order::Reverse,
                rule: Rule::None,
            };
            n += 1;
        }
    }
    (n > 0).then_some(&scratch[..n])
}

/// What a rejected instruction is told it takes: the forms of `alts`, in Intel order.
pub(super) fn describe(alts: &[Alt]) -> String {
    let mut forms: Vec<String> = Vec::new();
    for alt in alts {
        for c in alt.codes.iter().take(12) {
            let s = c.op_code().instruction_string().to_ascii_lowercase();
            if !forms.contains(&s) {
                forms.push(s);
            }
        }
    }
    format!(
        "operands of one of these forms (Intel order): {}",
        forms.join("; ")
    )
}

/// Whether `mnemonic` (Go, without suffixes) is a branch (`JMP`, `JEQ`, `CALL`...).
pub fn is_branch(mnemonic: &str) -> bool {
    let mut scratch = [EMPTY_ALT; 2];
    alternatives(mnemonic, &mut scratch).is_some_and(|alts| {
        alts.iter().any(|a| {
            a.codes.iter().any(|c| {
                c.info()
                    .op_kinds()
                    .iter()
                    .any(|k| matches!(k, K::br64_1 | K::br64_4 | K::br32_4))
            })
        })
    })
}
