//! The argument frame of a Go assembly function, exactly as go vet's asmdecl computes it
//! (`asmParseDecl` in `cmd/vendor/golang.org/x/tools/go/analysis/passes/asmdecl`):
//!
//! - each parameter at the next offset aligned to its own alignment;
//! - results after the parameters, rounded up to the architecture's maximum alignment (8);
//! - `args_size` is the end of the last result (or parameter), **not** rounded:
//!   `func f(a int8) int8` → `a+0(FP)`, `ret+8(FP)`, `$0-9`;
//! - unnamed parameters are called `arg`, `arg1`, `arg2`, ... and unnamed results `ret`,
//!   `ret1`, ... (the number counts the names in the list so far).
//!
//! amd64 and arm64 are identical here: 8-byte words, pointers 8, `int` 8, maximum align 8.

use super::signature::{Param, Signature};
use super::types::{field_offsets, type_align, type_size, GoType, WORD};
use crate::diag::{Diagnostic, Span};
use crate::ir::Arch;

/// What a scalar slot (or a scalar piece of a composite one) holds, which decides the moves
/// that read or write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotClass {
    Int { signed: bool, bytes: u8 },
    Bool,
    Float { bytes: u8 },
    Pointer,
}

/// asmdecl's kind of a component: a scalar of some class, or one of the composite kinds
/// whose parts have their own components.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Scalar(SlotClass),
    String,
    Slice,
    /// `empty`: `any`/`interface{}` (`_type` word), otherwise `_itable`.
    Interface {
        empty: bool,
    },
    Complex,
    Struct,
    Array,
}

/// One name go vet's asmdecl accepts in `name+off(FP)`: a parameter or result itself, or a
/// component of it (`s_base`, `v_X`, `a_0`, `c_real`, `i_data`, ...), in asmdecl's order
/// (outer before inner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    pub name: String,
    /// Offset from FP in bytes.
    pub offset: u32,
    pub size: u32,
    pub kind: Kind,
    /// The Go type (for messages).
    pub ty: String,
}

impl Component {
    /// The class of a scalar component (one that no other component splits).
    pub fn leaf(&self) -> Option<SlotClass> {
        match self.kind {
            Kind::Scalar(c) => Some(c),
            _ => None,
        }
    }
}

/// One named `name+offset(FP)` parameter or result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// The asmdecl name (`a`, `arg1`, `ret`).
    pub name: String,
    /// Offset from FP in bytes.
    pub offset: u32,
    pub size: u32,
    /// The Go type.
    pub ty: GoType,
    /// The parameter in the signature text.
    pub span: Span,
    /// The slot itself first, then its parts (asmdecl's `componentsOfType`).
    pub components: Vec<Component>,
}

impl Slot {
    /// The class of a scalar slot; `None` for strings, slices, structs, ...
    pub fn class(&self) -> Option<SlotClass> {
        self.components[0].leaf()
    }

    /// The scalar pieces, in offset order.
    pub fn leaves(&self) -> impl Iterator<Item = (&Component, SlotClass)> {
        self.components
            .iter()
            .filter_map(|c| c.leaf().map(|class| (c, class)))
    }

    /// asmdecl's kind of the slot itself.
    pub fn kind(&self) -> Kind {
        self.components[0].kind
    }
}

/// The Go argument frame of one function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub params: Vec<Slot>,
    pub results: Vec<Slot>,
    /// The `-args` of `TEXT ·f(SB), FLAGS, $frame-args`.
    pub args_size: u32,
}

impl Layout {
    /// The parameter or result slot called `name`.
    pub fn slot(&self, name: &str) -> Option<&Slot> {
        self.params
            .iter()
            .chain(&self.results)
            .find(|s| s.name == name)
    }

    /// The component (at any depth) called `name`.
    pub fn component(&self, name: &str) -> Option<&Component> {
        self.params
            .iter()
            .chain(&self.results)
            .flat_map(|s| &s.components)
            .find(|c| c.name == name)
    }
}

/// Size, alignment and class of a type on a 64-bit architecture; the class is `None` for
/// composite types (strings, slices, interfaces, complex numbers, arrays, structs).
pub fn type_info(ty: &GoType, arch: Arch) -> (u32, u32, Option<SlotClass>) {
    match arch {
        Arch::Amd64 | Arch::Arm64 => {}
    }
    (
        type_size(ty) as u32,
        type_align(ty) as u32,
        scalar_class(ty),
    )
}

fn scalar_class(ty: &GoType) -> Option<SlotClass> {
    let int = |signed, bytes: u8| Some(SlotClass::Int { signed, bytes });
    match ty.underlying() {
        GoType::Int | GoType::Int64 => int(true, 8),
        GoType::Int8 => int(true, 1),
        GoType::Int16 => int(true, 2),
        GoType::Int32 => int(true, 4),
        GoType::Uint | GoType::Uintptr | GoType::Uint64 => int(false, 8),
        GoType::Uint8 => int(false, 1),
        GoType::Uint16 => int(false, 2),
        GoType::Uint32 => int(false, 4),
        GoType::Bool => Some(SlotClass::Bool),
        GoType::Float32 => Some(SlotClass::Float { bytes: 4 }),
        GoType::Float64 => Some(SlotClass::Float { bytes: 8 }),
        GoType::UnsafePointer
        | GoType::Pointer(_)
        | GoType::Map(_)
        | GoType::Chan(_)
        | GoType::Func(_) => Some(SlotClass::Pointer),
        _ => None,
    }
}

/// asmdecl's `componentsOfType`: the type itself under `name`, then its parts.
fn components(ty: &GoType, name: &str, offset: u32, out: &mut Vec<Component>) {
    let size = type_size(ty) as u32;
    let mut push = |suffix: &str, off: u32, size: u32, kind: Kind, t: &str| {
        out.push(Component {
            name: format!("{name}{suffix}"),
            offset: off,
            size,
            kind,
            ty: t.to_string(),
        })
    };
    let spelling = ty.spelling();
    let ptr = Kind::Scalar(SlotClass::Pointer);
    let len = Kind::Scalar(SlotClass::Int {
        signed: true,
        bytes: 8,
    });
    let w = WORD as u32;
    if let Some(class) = scalar_class(ty) {
        push("", offset, size, Kind::Scalar(class), &spelling);
        return;
    }
    match ty.underlying() {
        GoType::String => {
            push("", offset, size, Kind::String, &spelling);
            push("_base", offset, w, ptr, "string base");
            push("_len", offset + w, w, len, "string len");
        }
        GoType::Slice(_) => {
            push("", offset, size, Kind::Slice, &spelling);
            push("_base", offset, w, ptr, "slice base");
            push("_len", offset + w, w, len, "slice len");
            push("_cap", offset + 2 * w, w, len, "slice cap");
        }
        GoType::Interface { empty, .. } => {
            let empty = *empty;
            push("", offset, size, Kind::Interface { empty }, &spelling);
            if empty {
                push("_type", offset, w, ptr, "interface type");
            } else {
                push("_itable", offset, w, ptr, "interface itable");
            }
            push("_data", offset + w, w, ptr, "interface data");
        }
        GoType::Complex64 | GoType::Complex128 => {
            let half = size / 2;
            let f = Kind::Scalar(SlotClass::Float { bytes: half as u8 });
            push("", offset, size, Kind::Complex, &spelling);
            push("_real", offset, half, f, &format!("real({spelling})"));
            push(
                "_imag",
                offset + half,
                half,
                f,
                &format!("imag({spelling})"),
            );
        }
        GoType::Struct(fields) => {
            push("", offset, size, Kind::Struct, &spelling);
            let (offsets, _) = field_offsets(fields);
            for (f, off) in fields.iter().zip(offsets) {
                components(
                    &f.ty,
                    &format!("{name}_{}", f.name),
                    offset + off as u32,
                    out,
                );
            }
        }
        GoType::Array(n, elem) => {
            push("", offset, size, Kind::Array, &spelling);
            let esize = type_size(elem) as u32;
            for i in 0..*n as u32 {
                components(elem, &format!("{name}_{i}"), offset + i * esize, out);
            }
        }
        _ => unreachable!("scalar types have a class"),
    }
}

/// Lays out `sig` for `arch` the way go vet's asmdecl does.
pub fn layout(sig: &Signature, arch: Arch) -> Layout {
    let max_align = match arch {
        Arch::Amd64 | Arch::Arm64 => 8,
    };
    let mut offset = 0u32;
    let params = slots(&sig.params, "arg", &mut offset);
    if !sig.results.is_empty() {
        offset = offset.next_multiple_of(max_align);
    }
    let results = slots(&sig.results, "ret", &mut offset);
    Layout {
        params,
        results,
        args_size: offset,
    }
}

fn slots(list: &[Param], unnamed: &str, offset: &mut u32) -> Vec<Slot> {
    list.iter()
        .enumerate()
        .map(|(i, p)| {
            let size = type_size(&p.ty) as u32;
            *offset = offset.next_multiple_of(type_align(&p.ty) as u32);
            let name = match &p.name {
                Some(n) => n.clone(),
                None if i == 0 => unnamed.to_string(),
                None => format!("{unnamed}{i}"),
            };
            let mut comps = Vec::new();
            components(&p.ty, &name, *offset, &mut comps);
            let slot = Slot {
                name,
                offset: *offset,
                size,
                ty: p.ty.clone(),
                span: p.span,
                components: comps,
            };
            *offset += size;
            slot
        })
        .collect()
}

/// Whether the Go assembler for `arch` reads `name` as a register, so that `name+off(FP)`
/// does not assemble ("register+register not supported"). Measured with `go build`: `g`,
/// the pseudo-registers and every machine register name collide.
/// arm64 system register names (`NZCV`, `FPCR`, `MIDR_EL1`, ...) are not listed yet.
pub fn is_register_name(name: &str, arch: Arch) -> bool {
    const PSEUDO: [&str; 5] = ["g", "SB", "FP", "PC", "SP"];
    if PSEUDO.contains(&name) {
        return true;
    }
    let numbered = |prefix: &str, max: u32| {
        name.strip_prefix(prefix).is_some_and(|n| {
            !n.is_empty()
                && (n == "0" || !n.starts_with('0'))
                && n.bytes().all(|b| b.is_ascii_digit())
                && n.parse::<u32>().is_ok_and(|v| v <= max)
        })
    };
    match arch {
        Arch::Amd64 => {
            const NAMES: [&str; 38] = [
                "AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB", "AX", "CX", "DX", "BX", "BP",
                "SI", "DI", "AH", "CH", "DH", "BH", "CS", "SS", "DS", "ES", "FS", "GS", "GDTR",
                "IDTR", "LDTR", "MSW", "TASK", "TLS", "R8B", "R9B", "R10B", "R11B", "R12B", "R13B",
                "R14B",
            ];
            NAMES.contains(&name)
                || name == "R15B"
                || (8..=15).any(|i| name == format!("R{i}"))
                || numbered("F", 7)
                || numbered("M", 7)
                || numbered("K", 7)
                || numbered("X", 31)
                || numbered("Y", 31)
                || numbered("Z", 31)
                || numbered("CR", 15)
                || numbered("DR", 7)
                || numbered("TR", 7)
        }
        Arch::Arm64 => {
            ["RSP", "ZR", "LR", "R18_PLATFORM"].contains(&name)
                || numbered("R", 31)
                || numbered("F", 31)
                || numbered("V", 31)
        }
    }
}

/// Rejects slot names go vet cannot tell apart: names that occur twice (Go allows several
/// `_` parameters, but asmdecl then knows only the last one) and components that collide.
/// Register names (see [`is_register_name`]) are fine: the bridge reaches those slots
/// through an address register (`abi::reach_register_named`). Errors are located in the
/// signature text.
pub fn check_names(layout: &Layout) -> Result<(), Diagnostic> {
    let all: Vec<&Slot> = layout.params.iter().chain(&layout.results).collect();
    for (i, s) in all.iter().enumerate() {
        if all[..i].iter().any(|o| o.name == s.name) {
            return Err(Diagnostic::error(
                s.span,
                format!(
                    "the name `{}` is used twice: go vet cannot tell the slots apart",
                    s.name
                ),
            )
            .expected("a distinct name for each parameter and result"));
        }
    }
    // Component names (`v_X`, `s_base`) must not collide with another slot or component.
    let mut seen: std::collections::HashMap<&str, &Slot> = std::collections::HashMap::new();
    for s in &all {
        for c in &s.components {
            if let Some(other) = seen.insert(&c.name, s) {
                if other.name != s.name || c.name != s.name {
                    return Err(Diagnostic::error(
                        s.span,
                        format!(
                            "the name `{}` denotes a part of `{}` and of `{}`: go vet cannot tell them apart",
                            c.name, other.name, s.name
                        ),
                    )
                    .expected("parameter names that do not look like parts of others (`v_X` is field X of `v`)"));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::signature::parse_signature;

    /// `name+offset(FP) size` per slot, then `args_size`.
    fn show(sig: &str, arch: Arch) -> String {
        let l = layout(&parse_signature(sig).unwrap(), arch);
        let mut s: Vec<String> = l
            .params
            .iter()
            .chain(&l.results)
            .map(|s| format!("{}+{}(FP):{}", s.name, s.offset, s.size))
            .collect();
        s.push(format!("${}", l.args_size));
        s.join(" ")
    }

    #[test]
    fn asmdecl_offsets() {
        for arch in [Arch::Amd64, Arch::Arm64] {
            // Two word parameters and a word result: `$0-24`, as go vet's asmdecl expects.
            assert_eq!(
                show("func call1(addr, arg1 uintptr) uintptr", arch),
                "addr+0(FP):8 arg1+8(FP):8 ret+16(FP):8 $24"
            );
            // args_size is not rounded.
            assert_eq!(
                show("func f(a int8) int8", arch),
                "a+0(FP):1 ret+8(FP):1 $9"
            );
            assert_eq!(show("func h()", arch), "$0");
            assert_eq!(show("func h(a bool)", arch), "a+0(FP):1 $1");
            assert_eq!(show("func h() bool", arch), "ret+0(FP):1 $1");
        }
    }

    #[test]
    fn alignment_and_unnamed_names() {
        // Checked with go vet (asmdecl) on amd64: these are the offsets it demands.
        assert_eq!(
            show(
                "func f(a int8, b uint16, c int32, d uint32, e, f2, g, h int64, x float32, y float64) (int32, bool)",
                Arch::Amd64
            ),
            "a+0(FP):1 b+2(FP):2 c+4(FP):4 d+8(FP):4 e+16(FP):8 f2+24(FP):8 g+32(FP):8 \
             h+40(FP):8 x+48(FP):4 y+56(FP):8 ret+64(FP):4 ret1+68(FP):1 $69"
        );
        assert_eq!(
            show(
                "func g(int, bool, *byte, unsafe.Pointer) (float32, float64)",
                Arch::Amd64
            ),
            "arg+0(FP):8 arg1+8(FP):1 arg2+16(FP):8 arg3+24(FP):8 ret+32(FP):4 ret1+40(FP):8 $48"
        );
        assert_eq!(
            show(
                "func k(a bool, b int16, c bool, d float32) (lo, hi uint8)",
                Arch::Arm64
            ),
            "a+0(FP):1 b+2(FP):2 c+4(FP):1 d+8(FP):4 lo+16(FP):1 hi+17(FP):1 $18"
        );
    }

    #[test]
    fn classes() {
        let l = layout(
            &parse_signature("func f(a int8, b uint, c bool, d float32, p *int)").unwrap(),
            Arch::Amd64,
        );
        let classes: Vec<SlotClass> = l.params.iter().map(|s| s.class().unwrap()).collect();
        assert_eq!(
            classes,
            vec![
                SlotClass::Int {
                    signed: true,
                    bytes: 1
                },
                SlotClass::Int {
                    signed: false,
                    bytes: 8
                },
                SlotClass::Bool,
                SlotClass::Float { bytes: 4 },
                SlotClass::Pointer,
            ]
        );
        assert_eq!(l.slot("p").unwrap().offset, 24);
        assert!(l.slot("q").is_none());
    }

    #[test]
    fn register_names_are_rejected() {
        // Each of these failed `go build` as a parameter name (GOARCH=amd64 / arm64).
        for n in [
            "g", "AX", "SP", "FP", "SB", "PC", "R8", "X0", "Y0", "K0", "DI", "R14", "CX", "BP",
            "R15B", "AL", "F0", "TLS", "CR0", "DR0", "M0", "F1", "X15", "Z0", "FS", "GS", "CS",
        ] {
            assert!(is_register_name(n, Arch::Amd64), "amd64 {n}");
        }
        for n in [
            "g",
            "SP",
            "FP",
            "SB",
            "PC",
            "R8",
            "R14",
            "F0",
            "V0",
            "ZR",
            "RSP",
            "LR",
            "R0",
            "R18_PLATFORM",
            "F1",
            "R29",
            "R30",
        ] {
            assert!(is_register_name(n, Arch::Arm64), "arm64 {n}");
        }
        // And these assembled.
        for n in [
            "_", "R0", "V0", "ZR", "RSP", "LR", "R28", "ST0", "RARG", "x", "ret", "X01",
        ] {
            assert!(!is_register_name(n, Arch::Amd64), "amd64 {n}");
        }
        for n in [
            "_", "AX", "X0", "DI", "TLS", "CR0", "M0", "ST0", "RARG", "R32", "FS", "GS",
        ] {
            assert!(!is_register_name(n, Arch::Arm64), "arm64 {n}");
        }
    }

    #[test]
    fn names_checked() {
        let l = |s: &str| layout(&parse_signature(s).unwrap(), Arch::Amd64);
        assert!(check_names(&l("func f(a, g int64)")).is_ok());
        let e = check_names(&l("func f(_ int64, _ int32) (_ int8)")).unwrap_err();
        assert_eq!(e.span, Span::new(1, 17, 1));
        assert!(check_names(&l("func f(_ int64, a int32) (r int8)")).is_ok());
        assert!(check_names(&l("func f(int, bool) (int, int)")).is_ok());
    }
}
