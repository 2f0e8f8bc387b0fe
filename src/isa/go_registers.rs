//! Go's registers as typed values ([`GoReg`]: a register file and a number, per
//! architecture) and Go's register names: the one table that turns a typed [`GoReg`] into Go's spelling (the
//! emitter) and Go's spelling back into a register (the `encode` command's text path,
//! `src/verify/go_amd64/text.rs`). The IR itself holds no names.
//!
//! Data format: per register file, either a list of names (index = register number) or a
//! prefix and a count (`X` and 32: `X0` … `X31`).

use std::collections::HashMap;
use std::sync::LazyLock;

/// A Go register of either architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GoReg {
    Amd64(Amd64Reg),
    Arm64(A64Reg),
}

/// An amd64 register as Go sees it: a register file and a number in it. Go's general
/// registers carry no width (`AX` is al, ax, eax or rax, as the instruction's size decides);
/// the byte registers are a file apart (`AL`, `SIB`, `R8B`), as are the high bytes (`AH`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Amd64Reg {
    pub file: Amd64File,
    pub num: u8,
}

/// The amd64 register files Go names, in the order of the name table below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Amd64File {
    /// `AX` … `R15` (numbered as in the instruction encoding).
    Gpr,
    /// `AL` … `R15B` (`SPB`, `BPB`, `SIB`, `DIB` for 4-7).
    Byte,
    /// `AH`, `CH`, `DH`, `BH`.
    HighByte,
    /// `X0` … `X31`.
    X,
    /// `Y0` … `Y31`.
    Y,
    /// `Z0` … `Z31`.
    Z,
    /// Opmask `K0` … `K7`.
    K,
    /// MMX `M0` … `M7`.
    Mmx,
    /// x87 `F0` … `F7`.
    X87,
    /// `ES`, `CS`, `SS`, `DS`, `FS`, `GS`.
    Segment,
    /// `CR0` … `CR15`.
    Control,
    /// `DR0` … `DR7`.
    Debug,
    /// `BND0` … `BND3`.
    Bound,
}

impl Amd64Reg {
    pub const fn new(file: Amd64File, num: u8) -> Amd64Reg {
        Amd64Reg { file, num }
    }
    /// A general register (`AX` = 0 … `R15` = 15).
    pub const fn gpr(num: u8) -> GoReg {
        GoReg::Amd64(Amd64Reg::new(Amd64File::Gpr, num))
    }
    /// `X0` … `X31`.
    pub const fn x(num: u8) -> GoReg {
        GoReg::Amd64(Amd64Reg::new(Amd64File::X, num))
    }
    /// Whether this is the stack pointer in any width (`SP`, `SPB`).
    pub fn is_sp(self) -> bool {
        self.num == 4 && matches!(self.file, Amd64File::Gpr | Amd64File::Byte)
    }
    /// Whether this is the frame pointer in any width (`BP`, `BPB`).
    pub fn is_bp(self) -> bool {
        self.num == 5 && matches!(self.file, Amd64File::Gpr | Amd64File::Byte)
    }
}

/// An arm64 register as Go names it (`R0`…`R30`, `RSP`, `ZR`, `F0`…`F31`, `V0`…`V31`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum A64Reg {
    R(u8),
    Rsp,
    Zr,
    F(u8),
    V(u8),
}

impl GoReg {
    /// Whether this is amd64's hardware stack pointer `SP`.
    pub fn is_amd64_sp(self) -> bool {
        matches!(self, GoReg::Amd64(r) if r.file == Amd64File::Gpr && r.num == 4)
    }
}

/// How one register file spells its registers.
enum Spelling {
    List(&'static [&'static str]),
    Numbered(&'static str, u8),
}

/// amd64, one row per [`Amd64File`] in declaration order.
const AMD64: [(Amd64File, Spelling); 13] = [
    (
        Amd64File::Gpr,
        Spelling::List(&[
            "AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI", "R8", "R9", "R10", "R11", "R12", "R13",
            "R14", "R15",
        ]),
    ),
    (
        Amd64File::Byte,
        Spelling::List(&[
            "AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB", "R8B", "R9B", "R10B", "R11B",
            "R12B", "R13B", "R14B", "R15B",
        ]),
    ),
    (
        Amd64File::HighByte,
        Spelling::List(&["AH", "CH", "DH", "BH"]),
    ),
    (Amd64File::X, Spelling::Numbered("X", 32)),
    (Amd64File::Y, Spelling::Numbered("Y", 32)),
    (Amd64File::Z, Spelling::Numbered("Z", 32)),
    (Amd64File::K, Spelling::Numbered("K", 8)),
    (Amd64File::Mmx, Spelling::Numbered("M", 8)),
    (Amd64File::X87, Spelling::Numbered("F", 8)),
    (
        Amd64File::Segment,
        Spelling::List(&["ES", "CS", "SS", "DS", "FS", "GS"]),
    ),
    (Amd64File::Control, Spelling::Numbered("CR", 16)),
    (Amd64File::Debug, Spelling::Numbered("DR", 8)),
    (Amd64File::Bound, Spelling::Numbered("BND", 4)),
];

/// arm64: `R0`…`R30`, `RSP`, `ZR`, `F0`…`F31`, `V0`…`V31`.
const ARM64_R: Spelling = Spelling::Numbered("R", 31);
const ARM64_F: Spelling = Spelling::Numbered("F", 32);
const ARM64_V: Spelling = Spelling::Numbered("V", 32);

/// Every name, expanded once: per amd64 file, then the arm64 R, F and V files.
struct Names {
    amd64: Vec<Vec<&'static str>>,
    arm64: [Vec<&'static str>; 3],
    by_amd64_name: HashMap<&'static str, Amd64Reg>,
}

fn expand(s: &Spelling) -> Vec<&'static str> {
    match s {
        Spelling::List(l) => l.to_vec(),
        Spelling::Numbered(prefix, n) => (0..*n)
            .map(|i| &*Box::leak(format!("{prefix}{i}").into_boxed_str()))
            .collect(),
    }
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let amd64: Vec<Vec<&'static str>> = AMD64.iter().map(|(_, s)| expand(s)).collect();
    let mut by_amd64_name = HashMap::with_capacity(256);
    for ((file, _), names) in AMD64.iter().zip(&amd64) {
        for (num, name) in names.iter().enumerate() {
            by_amd64_name.insert(*name, Amd64Reg::new(*file, num as u8));
        }
    }
    Names {
        amd64,
        arm64: [expand(&ARM64_R), expand(&ARM64_F), expand(&ARM64_V)],
        by_amd64_name,
    }
});

/// Go's name of a register.
pub fn name(r: GoReg) -> &'static str {
    let names = &*NAMES;
    match r {
        GoReg::Amd64(r) => names.amd64[r.file as usize][r.num as usize],
        // Go's assembler renames R18 so that it is not used by accident.
        GoReg::Arm64(A64Reg::R(18)) => "R18_PLATFORM",
        GoReg::Arm64(A64Reg::R(n)) => names.arm64[0][n as usize],
        GoReg::Arm64(A64Reg::Rsp) => "RSP",
        GoReg::Arm64(A64Reg::Zr) => "ZR",
        GoReg::Arm64(A64Reg::F(n)) => names.arm64[1][n as usize],
        GoReg::Arm64(A64Reg::V(n)) => names.arm64[2][n as usize],
    }
}

/// The amd64 register Go spells `name` (`AX`, `R8B`, `Z31`, `K1`), if any.
pub fn amd64(name: &str) -> Option<Amd64Reg> {
    NAMES.by_amd64_name.get(name).copied()
}

/// The arm64 register Go spells `name` (`R0`, `RSP`, `ZR`, `F3`, `V7`), if any.
pub fn arm64(name: &str) -> Option<A64Reg> {
    match name {
        "RSP" => return Some(A64Reg::Rsp),
        "ZR" => return Some(A64Reg::Zr),
        "R18_PLATFORM" => return Some(A64Reg::R(18)),
        "R18" => return None,
        _ => {}
    }
    let names = &*NAMES;
    let files: [fn(u8) -> A64Reg; 3] = [A64Reg::R, A64Reg::F, A64Reg::V];
    names
        .arm64
        .iter()
        .zip(files)
        .find_map(|(file, reg)| file.iter().position(|n| *n == name).map(|i| reg(i as u8)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_file_order_and_names_round_trip() {
        for (i, (file, _)) in AMD64.iter().enumerate() {
            assert_eq!(*file as usize, i, "{file:?}");
        }
        assert_eq!(
            NAMES.by_amd64_name.len(),
            16 + 16 + 4 + 3 * 32 + 3 * 8 + 6 + 16 + 8 + 4
        );
        for (n, r) in &NAMES.by_amd64_name {
            assert_eq!(name(GoReg::Amd64(*r)), *n);
        }
        assert_eq!(amd64("SIB"), Some(Amd64Reg::new(Amd64File::Byte, 6)));
        assert_eq!(amd64("X01"), None);
        assert_eq!(name(GoReg::Arm64(A64Reg::R(30))), "R30");
        assert_eq!(arm64("R30"), Some(A64Reg::R(30)));
        assert_eq!(arm64("F7"), Some(A64Reg::F(7)));
        assert_eq!(arm64("RSP"), Some(A64Reg::Rsp));
        assert_eq!(arm64("R31"), None);
    }
}
