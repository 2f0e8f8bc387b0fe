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

use super::signature::{GoType, Param, Signature};
use crate::diag::{Diagnostic, Span};
use crate::ir::Arch;

/// What a slot holds, which decides the moves that read or write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotClass {
    Int { signed: bool, bytes: u8 },
    Bool,
    Float { bytes: u8 },
    Pointer,
}

/// One named `name+offset(FP)` slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// The asmdecl name (`a`, `arg1`, `ret`).
    pub name: String,
    /// Offset from FP in bytes.
    pub offset: u32,
    pub size: u32,
    pub class: SlotClass,
    /// The Go type (for messages).
    pub ty: GoType,
    /// The parameter in the signature text.
    pub span: Span,
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
}

/// Size, alignment and class of a supported type on a 64-bit architecture.
pub fn type_info(ty: &GoType, arch: Arch) -> (u32, u32, SlotClass) {
    let word = match arch {
        Arch::Amd64 | Arch::Arm64 => 8,
    };
    let int = |signed, bytes: u8| (bytes as u32, bytes as u32, SlotClass::Int { signed, bytes });
    match ty {
        GoType::Int => int(true, word),
        GoType::Int8 => int(true, 1),
        GoType::Int16 => int(true, 2),
        GoType::Int32 => int(true, 4),
        GoType::Int64 => int(true, 8),
        GoType::Uint | GoType::Uintptr => int(false, word),
        GoType::Uint8 => int(false, 1),
        GoType::Uint16 => int(false, 2),
        GoType::Uint32 => int(false, 4),
        GoType::Uint64 => int(false, 8),
        GoType::Bool => (1, 1, SlotClass::Bool),
        GoType::Float32 => (4, 4, SlotClass::Float { bytes: 4 }),
        GoType::Float64 => (8, 8, SlotClass::Float { bytes: 8 }),
        GoType::UnsafePointer | GoType::Pointer(_) => {
            (word as u32, word as u32, SlotClass::Pointer)
        }
    }
}

/// Lays out `sig` for `arch` the way go vet's asmdecl does.
pub fn layout(sig: &Signature, arch: Arch) -> Layout {
    let max_align = match arch {
        Arch::Amd64 | Arch::Arm64 => 8,
    };
    let mut offset = 0u32;
    let params = slots(&sig.params, "arg", arch, &mut offset);
    if !sig.results.is_empty() {
        offset = offset.next_multiple_of(max_align);
    }
    let results = slots(&sig.results, "ret", arch, &mut offset);
    Layout {
        params,
        results,
        args_size: offset,
    }
}

fn slots(list: &[Param], unnamed: &str, arch: Arch, offset: &mut u32) -> Vec<Slot> {
    list.iter()
        .enumerate()
        .map(|(i, p)| {
            let (size, align, class) = type_info(&p.ty, arch);
            *offset = offset.next_multiple_of(align);
            let name = match &p.name {
                Some(n) => n.clone(),
                None if i == 0 => unnamed.to_string(),
                None => format!("{unnamed}{i}"),
            };
            let slot = Slot {
                name,
                offset: *offset,
                size,
                class,
                ty: p.ty.clone(),
                span: p.span,
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

/// Rejects slot names the Go toolchain cannot use: register names (see
/// [`is_register_name`]) and names that occur twice (Go allows several `_` parameters, but
/// asmdecl then knows only the last one). Errors are located in the signature text.
pub fn check_names(layout: &Layout, arch: Arch) -> Result<(), Diagnostic> {
    let all: Vec<&Slot> = layout.params.iter().chain(&layout.results).collect();
    for (i, s) in all.iter().enumerate() {
        if is_register_name(&s.name, arch) {
            return Err(Diagnostic::error(
                s.span,
                format!(
                    "`{}` is a register name in Go {} assembly: `{}+{}(FP)` does not assemble",
                    s.name,
                    arch.go_name(),
                    s.name,
                    s.offset
                ),
            )
            .expected("another parameter name (rename it in the Go declaration too)"));
        }
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
            // DESIGN.md §5.
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
        let classes: Vec<SlotClass> = l.params.iter().map(|s| s.class).collect();
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
        let e = check_names(&l("func f(a, g int64)"), Arch::Amd64).unwrap_err();
        assert_eq!(e.span, Span::new(1, 11, 1));
        assert_eq!(
            e.message,
            "`g` is a register name in Go amd64 assembly: `g+8(FP)` does not assemble"
        );
        let e = check_names(&l("func f(_ int64, _ int32) (_ int8)"), Arch::Amd64).unwrap_err();
        assert_eq!(e.span, Span::new(1, 17, 1));
        assert!(check_names(&l("func f(_ int64, a int32) (r int8)"), Arch::Amd64).is_ok());
        assert!(check_names(&l("func f(int, bool) (int, int)"), Arch::Amd64).is_ok());
    }
}
