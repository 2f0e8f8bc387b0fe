//! The encoder's optab: the rows of mappings/arm64/go_forms.tbl (generated into
//! `GO_FORMS` by build.rs), the lookup by (mnemonic, operand classes) that picks a row, and
//! the dispatch from the row's family [`Fam`] to the function that encodes it.

use super::insn::{Insn, Layout, Link, MoveKind, ShiftKind};
use super::operands::{Arg, Reg};
use super::{arith, branch, fp, ldst, neon, system};
use crate::verify::EncodeError;

include!(concat!(env!("OUT_DIR"), "/arm64_go_forms.rs"));

/// One row of go_forms.tbl.
#[derive(Debug)]
pub(super) struct GoForm {
    pub fam: Fam,
    pub base: u32,
    /// Accepted operand lists: per position, a mask of [`class`] bits.
    pub shapes: &'static [&'static [u32]],
}

/// Encoding families (Go's optab "type", roughly): how a row's operands map to fields.
/// The table names them in snake case (`add_sub_imm`); each has one function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fam {
    AddSubImm(Layout),
    AddSubReg(Layout),
    LogicImm(Layout),
    LogicReg(Layout),
    Rrr(Layout),
    Rrrr,
    Rr,
    ShiftImm(ShiftKind),
    Csel,
    Cset,
    Cinc,
    Ccmp,
    Bfm,
    Bfi,
    Bfx,
    Extr,
    Movk,
    MovAddr,
    /// Access size log2, FP/SIMD data register?
    Load(u8, bool),
    Store(u8, bool),
    Mov(MoveKind),
    /// Scale log2, load?, FP/SIMD?
    Pair(u8, bool, bool),
    Branch26,
    BranchReg,
    Branch19,
    Cbz,
    Tbz,
    Ret,
    LdEx,
    StRel,
    StEx,
    LdExPair,
    StExPair,
    Atomic,
    Casp,
    Nullary,
    Imm16,
    Crm,
    Hint,
    Bti,
    Mrs,
    Msr,
    /// TLBI (true) or DC.
    SysOp(bool),
    Prfm,
    Sys,
    Rprfm,
    Adr,
    F3,
    F2,
    F4,
    Fcmp,
    Fccmp,
    Fcsel,
    /// To a general register (true) or from one.
    Fcvt(bool),
    /// Allowed element sizes (bit per size).
    V3(u8),
    V3Scalar,
    /// FP (true) or integer compare with zero.
    VCmpZero(bool),
    V2(u8),
    Vf3,
    Vf2,
    /// Left shift?
    VShImm(bool),
    /// The `2` form (upper half)?
    VShNarrow(bool),
    VShLong(bool),
    VNarrow(bool),
    VfNarrow(bool),
    VfLong(bool),
    /// The `2` form?, allowed element sizes.
    VLong3(bool, u8),
    VWide3(bool),
    VAcross,
    VfAcross,
    VExt,
    VTbl,
    VMovi,
    /// VDUP (true) or VMOV.
    VMov(bool),
    VSha4,
    VSha3,
    VXar,
    /// Structures, load?, replicate?
    VLdSt(u8, bool, bool),
    Crypto3,
    Crypto2,
}

impl Fam {
    /// Families that accept Go's `.P`/`.W` suffixes.
    fn takes_suffix(self) -> bool {
        matches!(
            self,
            Fam::MovAddr
                | Fam::Load(..)
                | Fam::Store(..)
                | Fam::Mov(_)
                | Fam::Pair(..)
                | Fam::VLdSt(..)
        )
    }
}

/// The rows of a Go mnemonic (without suffix), in table order.
pub(super) fn rows(mnemonic: &str) -> Option<&'static [GoForm]> {
    static M: std::sync::OnceLock<crate::isa::fx::FxMap<&'static str, (usize, usize)>> =
        std::sync::OnceLock::new();
    let m = M.get_or_init(|| {
        GO_FORM_RANGES
            .iter()
            .map(|(n, start, end)| (*n, (*start, *end)))
            .collect()
    });
    m.get(mnemonic).map(|(start, end)| &GO_FORMS[*start..*end])
}

/// Whether some row of `rows` takes `.suffix`.
pub(super) fn takes_suffix(rows: &[GoForm]) -> bool {
    rows.iter().any(|r| r.fam.takes_suffix())
}

/// The first row with a shape that accepts `args`.
pub(super) fn lookup<'r>(rows: &'r [GoForm], args: &[Arg]) -> Option<&'r GoForm> {
    rows.iter().find(|r| {
        r.shapes.iter().any(|shape| {
            shape.len() == args.len()
                && shape
                    .iter()
                    .zip(args)
                    .all(|(mask, a)| mask & class_of(a) != 0)
        })
    })
}

/// The family function of `fam` on `i`.
pub(super) fn dispatch(fam: Fam, i: &Insn, out: &mut Vec<u32>) -> Result<Link, EncodeError> {
    use Fam::*;
    match fam {
        AddSubImm(l) => arith::add_sub_imm(i, l, out),
        AddSubReg(l) => arith::add_sub_reg(i, l, out),
        LogicImm(l) => arith::logic_imm(i, l, out),
        LogicReg(l) => arith::logic_reg(i, l, out),
        Rrr(l) => arith::rrr(i, l, out),
        Rrrr => arith::rrrr(i, out),
        Rr => arith::rr(i, out),
        ShiftImm(k) => arith::shift_imm(i, k, out),
        Csel => arith::csel(i, out),
        Cset => arith::cset(i, out),
        Cinc => arith::cinc(i, out),
        Ccmp => arith::ccmp(i, out),
        Bfm => arith::bfm(i, out),
        Bfi => arith::bfi(i, out),
        Bfx => arith::bfx(i, out),
        Extr => arith::extr(i, out),
        Movk => arith::movk(i, out),
        MovAddr => ldst::mov_addr(i, out),
        Load(scale, fp) => ldst::load(i, scale, fp, out),
        Store(scale, fp) => ldst::store(i, scale, fp, out),
        Mov(k) => ldst::mov(i, k, out),
        Pair(scale, load, fp) => ldst::pair(i, scale, load, fp, out),
        Branch26 => branch::branch26(i, out),
        BranchReg => branch::branch_reg(i, out),
        Branch19 => branch::branch19(i, out),
        Cbz => branch::cbz(i, out),
        Tbz => branch::tbz(i, out),
        Ret => branch::ret(i, out),
        Adr => branch::adr(i, out),
        LdEx => ldst::ld_ex(i, out),
        StRel => ldst::st_rel(i, out),
        StEx => ldst::st_ex(i, out),
        LdExPair => ldst::ld_ex_pair(i, out),
        StExPair => ldst::st_ex_pair(i, out),
        Atomic => ldst::atomic(i, out),
        Casp => ldst::casp(i, out),
        Prfm => ldst::prfm(i, out),
        Rprfm => ldst::rprfm(i, out),
        Nullary => system::nullary(i, out),
        Imm16 => system::imm16(i, out),
        Crm => system::crm(i, out),
        Hint => system::hint(i, out),
        Bti => system::bti(i, out),
        Mrs => system::mrs(i, out),
        Msr => system::msr(i, out),
        SysOp(tlbi) => system::sys_op(i, tlbi, out),
        Sys => system::sys(i, out),
        F3 => fp::f3(i, out),
        F2 => fp::f2(i, out),
        F4 => fp::f4(i, out),
        Fcmp => fp::fcmp(i, out),
        Fccmp => fp::fccmp(i, out),
        Fcsel => fp::fcsel(i, out),
        Fcvt(to_gpr) => fp::fcvt(i, to_gpr, out),
        V3(sizes) => neon::v3(i, sizes, out),
        V3Scalar => neon::v3_scalar(i, out),
        VCmpZero(fp) => neon::v_cmp_zero(i, fp, out),
        V2(sizes) => neon::v2(i, sizes, out),
        Vf3 => neon::vf3(i, out),
        Vf2 => neon::vf2(i, out),
        VShImm(left) => neon::v_sh_imm(i, left, out),
        VShNarrow(two) => neon::v_sh_narrow(i, two, out),
        VShLong(two) => neon::v_sh_long(i, two, out),
        VNarrow(two) => neon::v_narrow(i, two, out),
        VfNarrow(two) => neon::vf_narrow(i, two, out),
        VfLong(two) => neon::vf_long(i, two, out),
        VLong3(two, sizes) => neon::v_long3(i, two, sizes, out),
        VWide3(two) => neon::v_wide3(i, two, out),
        VAcross => neon::v_across(i, out),
        VfAcross => neon::vf_across(i, out),
        VExt => neon::v_ext(i, out),
        VTbl => neon::v_tbl(i, out),
        VMovi => neon::v_movi(i, out),
        VMov(dup) => neon::v_mov(i, dup, out),
        VSha4 => neon::v_sha4(i, out),
        VSha3 => neon::v_sha3(i, out),
        VXar => neon::v_xar(i, out),
        VLdSt(k, load, rep) => neon::v_ld_st(i, k, load, rep, out),
        Crypto3 => neon::crypto3(i, out),
        Crypto2 => neon::crypto2(i, out),
    }
}

/// The operand class of `a` (a bit of mappings/arm64/go_forms.tbl's shapes).
fn class_of(a: &Arg) -> u32 {
    match a {
        Arg::Reg(Reg::R(_) | Reg::Zr | Reg::Sp) => class::REG,
        Arg::Reg(Reg::F(_)) => class::FREG,
        Arg::Reg(Reg::V(_)) => class::VREG,
        Arg::Shift(..) => class::SHIFT,
        Arg::Ext(..) => class::EXT,
        Arg::Imm(_) => class::IMM,
        Arg::FImm(_) => class::FIMM,
        Arg::Mem(..) => class::MEM,
        Arg::MemIdx(..) => class::MEMIDX,
        Arg::Pair(..) => class::PAIR,
        Arg::Vec(..) => class::VEC,
        Arg::Elem(..) => class::ELEM,
        Arg::List(..) => class::LIST,
        Arg::Name(_) => class::NAME,
        Arg::Pc(_) => class::PC,
        Arg::RegAddr(..) => class::REGADDR,
        Arg::Sym(_) => class::SYM,
        Arg::Addr(_) => class::ADDR,
    }
}
