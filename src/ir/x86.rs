//! The amd64 native IR: one instruction in Intel operand order, its operands and memory
//! references. Registers are indices into `mappings/amd64/registers.tbl` ([`Reg`]).

use super::{Edit, MachineCode, NativeInst, Reg};
use crate::diag::Span;

/// One native instruction in Intel operand order.
#[derive(Debug, Clone)]
pub struct Inst {
    /// Intel mnemonic, lower case, without prefixes (`mov`, `movzx`, `vpaddd`, `jne`).
    pub mnemonic: String,
    pub prefixes: Prefixes,
    /// Destination first.
    pub operands: Vec<Operand>,
    /// The whole instruction as written (prefixes, mnemonic, operands).
    pub span: Span,
    /// The bytes it was decoded from (machine-code input); `None` for assembly text.
    pub code: Option<Box<MachineCode>>,
    pub edit: Edit,
}

/// Instruction prefixes written in the source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prefixes {
    pub lock: bool,
    pub rep: bool,
    pub repne: bool,
}

#[derive(Debug, Clone)]
pub struct Operand {
    pub kind: OperandKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OperandKind {
    Reg(Reg),
    /// An immediate (`$5`, `5`), already evaluated.
    Imm(i64),
    /// An immediate that is a symbol address (`$sym`, `OFFSET FLAT:sym`).
    SymbolAddr {
        symbol: String,
        offset: i64,
    },
    Mem(Mem),
    /// A direct branch or call target (a label or function name).
    Target(String),
    /// An indirect branch target (`*%rax`, `*8(%rax)`): `jmp`/`call` through a register or memory.
    Indirect(Box<OperandKind>),
}

/// A memory operand. `size` is in bytes when the source states it (AT&T suffix, Intel `PTR`)
/// or it can be inferred from a register operand; `None` otherwise.
#[derive(Debug, Clone, PartialEq)]
pub struct Mem {
    pub size: Option<u16>,
    pub segment: Option<Reg>,
    pub base: Option<Reg>,
    pub index: Option<Reg>,
    pub scale: u8,
    pub disp: i64,
    /// A symbol in the displacement (`.LC0(%rip)`, `table(,%rax,8)`).
    pub symbol: Option<String>,
}

impl Default for Mem {
    /// No base, no index, scale 1, no displacement.
    fn default() -> Mem {
        Mem {
            size: None,
            segment: None,
            base: None,
            index: None,
            scale: 1,
            disp: 0,
            symbol: None,
        }
    }
}

impl NativeInst for Inst {
    fn span(&self) -> Span {
        self.span
    }
    fn machine_code(&self) -> Option<&MachineCode> {
        self.code.as_deref()
    }
    fn edit(&self) -> Edit {
        self.edit
    }
}

impl OperandKind {
    /// What the amd64 table's operand kinds can test of this operand.
    pub fn amd64_class(&self) -> crate::isa::amd64::OperandClass {
        use crate::isa::amd64::OperandClass as C;
        match self {
            OperandKind::Reg(r) => C::Reg(*r),
            OperandKind::Imm(_) => C::Imm,
            OperandKind::Mem(m) => C::Mem(m.size.map(|b| b * 8)),
            OperandKind::Target(_) => C::Target,
            OperandKind::SymbolAddr { .. } | OperandKind::Indirect(_) => C::Other,
        }
    }
}
