//! The embedded native arm64 encoder: the 32-bit word GNU `as` emits for a parsed arm64
//! instruction (source bytes for text input, so `.s` input is verified without GNU as).
//!
//! Operands are the typed ones of [`crate::ir::a64`]; registers, conditions, shifts and
//! the bit helpers come from [`crate::isa::arm64`]. The encoder is organised by encoding
//! family, as the Arm ARM groups them; each family is written once and
//! its members are rows of small tables (base opcode per mnemonic):
//!
//! - data processing, immediate: add/sub (12-bit, optionally `lsl #12`; GNU flips the
//!   operation for a negative immediate), logical (bitmask immediates, [`bitmask`]), move
//!   wide (`movz`/`movn`/`movk`, and `mov #imm` as GNU picks: MOVZ, MOVN, then ORR),
//!   bitfield (`ubfm` and its aliases `lsl`/`lsr`/`asr`/`ubfx`/`bfi`/`sxtw`...), extract;
//! - data processing, register: add/sub shifted and extended (the extended form when an
//!   extension is written or `sp` is an operand), logical shifted, with carry, conditional
//!   select and compare, 1-, 2- and 3-source;
//! - loads and stores: unsigned scaled offset (GNU falls back to the unscaled LDUR form for
//!   offsets the scaled one cannot take), unscaled, pre/post-index, register offset, pairs,
//!   NEON structure loads/stores (`ld1`/`st1`/`ld1r`);
//! - branches (immediate, conditional, compare, test, register), `adr`/`adrp`;
//! - FP data processing (1/2/3 sources, compare, conditional compare/select, conversions,
//!   `fmov` immediates) and the NEON forms of `mappings/arm64/instructions.tbl`.
//!
//! Rows of the table that the map stage already emits as raw words carry their base opcode
//! (`@raw_rrr`, `@unscaled`): those are encoded from the table's data, by the same word
//! builders the map stage uses ([`crate::isa::arm64::bits`]), so the table stays the single
//! description of them.
//!
//! Symbol references are encoded as in an unlinked object file: the field the linker fills
//! (adrp's page, a `:lo12:` immediate, a branch displacement) is zero, and [`Reloc`] says
//! which bits it covers. Held against GNU `as` by `tests/native_encoder_arm64.rs` (every
//! committed row vector, and the runtime corpus compiled by GCC and clang).

use crate::diag::Diagnostic;
use crate::ir::a64::{self, Addressing, Inst, Mem, OperandKind};
use crate::isa::arm64::{
    bitmask, condition, Arrangement, Extend, FloatImm, Handler, Modifier, Reg, Shift,
};

/// Which field of the word a relocation fills (written as zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixup {
    /// adrp's or adr's 21-bit immhi:immlo.
    Adr,
    /// `add xN, xN, :lo12:sym`, `ldr xN, [xM, :lo12:sym]`: the 12-bit immediate.
    Lo12,
    /// b, bl: imm26.
    Jump26,
    /// b.cond, cbz, cbnz: imm19.
    Branch19,
    /// tbz, tbnz: imm14.
    Test14,
}

impl Fixup {
    /// The bits of the word the field occupies.
    pub fn mask(self) -> u32 {
        match self {
            Fixup::Adr => 0x60ff_ffe0,
            Fixup::Lo12 => 0x003f_fc00,
            Fixup::Jump26 => 0x03ff_ffff,
            Fixup::Branch19 => 0x00ff_ffe0,
            Fixup::Test14 => 0x0007_ffe0,
        }
    }
}

/// A symbol reference left for the linker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloc {
    pub fixup: Fixup,
    /// The symbol or label (as written).
    pub symbol: String,
}

/// The encoding of one instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoding {
    pub word: u32,
    pub reloc: Option<Reloc>,
}

impl Encoding {
    /// Bits that do not depend on the linker.
    pub fn fixed_mask(&self) -> u32 {
        !self.reloc.as_ref().map_or(0, |r| r.fixup.mask())
    }
}

/// Encodes `inst` as GNU `as` would.
pub fn encode(inst: &Inst) -> Result<Encoding, Diagnostic> {
    Enc {
        inst,
        ops: inst.operands.iter().map(|o| &o.kind).collect(),
    }
    .encode()
}

/// Appends the little-endian word of `inst` to `out`.
pub fn encode_into(inst: &Inst, out: &mut Vec<u8>) -> Result<Encoding, Diagnostic> {
    let e = encode(inst)?;
    out.extend_from_slice(&e.word.to_le_bytes());
    Ok(e)
}

type R<T> = Result<T, Diagnostic>;

struct Enc<'a> {
    inst: &'a Inst,
    ops: Vec<&'a OperandKind>,
}

/// Q and size of an arrangement.
fn q_size(arr: Arrangement) -> (u32, u32) {
    (arr.q(), arr.size())
}

/// FP type field (bits 22–23): s 00, d 01, h 11.
fn ftype(size: u8) -> u32 {
    match size {
        3 => 1 << 22,
        1 => 3 << 22,
        _ => 0,
    }
}

impl Enc<'_> {
    fn err(&self, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.inst.span, msg.into())
    }

    fn shape(&self) -> Diagnostic {
        self.err(format!(
            "no native arm64 encoding for `{}` with these operands",
            self.inst.mnemonic
        ))
    }

    /// Operand `i` as a register, without its shift or extension.
    fn r(&self, i: usize) -> R<Reg> {
        match self.ops.get(i).and_then(|o| o.modified_reg()) {
            Some((r, _)) => Ok(r),
            None => Err(self.shape()),
        }
    }

    fn imm(&self, i: usize) -> R<i64> {
        self.ops
            .get(i)
            .and_then(|o| o.imm())
            .ok_or_else(|| self.shape())
    }

    fn cond(&self, i: usize) -> R<u32> {
        match self.ops.get(i) {
            Some(OperandKind::Cond(c)) => Ok(c.0 as u32),
            _ => Err(self.shape()),
        }
    }

    fn target(&self, i: usize) -> R<&str> {
        match self.ops.get(i) {
            Some(OperandKind::Target(t)) => Ok(t),
            _ => Err(self.shape()),
        }
    }

    fn plain(word: u32) -> R<Encoding> {
        Ok(Encoding { word, reloc: None })
    }

    fn with(&self, word: u32, fixup: Fixup, symbol: &str) -> R<Encoding> {
        Ok(Encoding {
            word,
            reloc: Some(Reloc {
                fixup,
                symbol: symbol.to_string(),
            }),
        })
    }

    fn encode(&self) -> R<Encoding> {
        let mn = self.inst.mnemonic.as_str();
        let n = self.ops.len();
        // Table rows carrying their encoding (raw rows of the map stage).
        if let Ok(form) = a64::select(self.inst) {
            match form.handler {
                Some(Handler::RawRrr) => return Self::plain(self.inst.rrr_word(form.opcode)),
                Some(Handler::RawMovi) => {
                    return self
                        .inst
                        .movi_word()
                        .map_or_else(|| Err(self.shape()), Self::plain)
                }
                Some(Handler::Unscaled) => return self.unscaled(form.opcode),
                _ => {}
            }
        }
        let vector = |o: Option<&&OperandKind>| {
            matches!(
                o,
                Some(
                    OperandKind::Reg(Reg::Vec { .. } | Reg::Elem { .. }) | OperandKind::List { .. }
                )
            )
        };
        let first_vec = vector(self.ops.first()) || vector(self.ops.get(1));
        let scalar_simd = matches!(mn, "add" | "sub")
            && matches!(self.ops.first(), Some(OperandKind::Reg(Reg::Fp { .. })));
        if first_vec || scalar_simd {
            return self.neon(mn);
        }
        match mn {
            "nop" => Self::plain(0xd503_201f),
            "ret" => Self::plain(0xd65f_0000 | if n == 1 { self.r(0)?.num() } else { 30 } << 5),
            "br" => Self::plain(0xd61f_0000 | self.r(0)?.num() << 5),
            "blr" => Self::plain(0xd63f_0000 | self.r(0)?.num() << 5),
            "b" | "bl" => {
                let t = self.target(0)?;
                let base = if mn == "b" { 0x1400_0000 } else { 0x9400_0000 };
                self.with(base, Fixup::Jump26, t)
            }
            "cbz" | "cbnz" => {
                let rt = self.r(0)?;
                let t = self.target(1)?;
                let base = if mn == "cbz" {
                    0x3400_0000
                } else {
                    0x3500_0000
                };
                self.with(
                    base | (rt.is_wide() as u32) << 31 | rt.num(),
                    Fixup::Branch19,
                    t,
                )
            }
            "tbz" | "tbnz" => {
                let rt = self.r(0)?;
                let bit = self.imm(1)? as u32;
                let t = self.target(2)?;
                let base = if mn == "tbz" {
                    0x3600_0000
                } else {
                    0x3700_0000
                };
                self.with(
                    base | (bit >> 5 & 1) << 31 | (bit & 31) << 19 | rt.num(),
                    Fixup::Test14,
                    t,
                )
            }
            "adrp" | "adr" => {
                let rd = self.r(0)?;
                let Some(OperandKind::Page { symbol, .. }) = self.ops.get(1) else {
                    return Err(self.shape());
                };
                let base = if mn == "adrp" {
                    0x9000_0000
                } else {
                    0x1000_0000
                };
                self.with(base | rd.num(), Fixup::Adr, symbol)
            }
            _ if mn.starts_with('b') && self.target(0).is_ok() => {
                let name = mn.strip_prefix("b.").unwrap_or(&mn[1..]);
                let c = condition(name).ok_or_else(|| self.shape())?;
                self.with(0x5400_0000 | c.0 as u32, Fixup::Branch19, self.target(0)?)
            }
            "add" | "sub" | "adds" | "subs" => {
                let op = matches!(mn, "sub" | "subs") as u32;
                let s = mn.ends_with('s') as u32;
                self.addsub(op, s, self.r(0)?, self.r(1)?, 2)
            }
            "cmp" | "cmn" => {
                let rn = self.r(0)?;
                let zr = Reg::Gpr {
                    num: 31,
                    wide: rn.is_wide(),
                };
                self.addsub((mn == "cmp") as u32, 1, zr, rn, 1)
            }
            "neg" | "negs" => {
                let rd = self.r(0)?;
                let zr = Reg::Gpr {
                    num: 31,
                    wide: rd.is_wide(),
                };
                self.addsub(1, (mn == "negs") as u32, rd, zr, 1)
            }
            "mov" => self.mov(),
            "movz" | "movn" | "movk" => self.move_wide(mn),
            "and" | "orr" | "eor" | "ands" | "bic" | "orn" | "eon" | "bics" => {
                self.logical(mn, self.r(0)?, self.r(1)?, 2)
            }
            "tst" => {
                let rn = self.r(0)?;
                let zr = Reg::Gpr {
                    num: 31,
                    wide: rn.is_wide(),
                };
                self.logical("ands", zr, rn, 1)
            }
            "mvn" => {
                let rd = self.r(0)?;
                let zr = Reg::Gpr {
                    num: 31,
                    wide: rd.is_wide(),
                };
                self.logical("orn", rd, zr, 1)
            }
            "adc" | "adcs" | "sbc" | "sbcs" | "ngc" | "ngcs" => {
                let base = match mn {
                    "adc" => 0x1a00_0000,
                    "adcs" => 0x3a00_0000,
                    "sbc" | "ngc" => 0x5a00_0000,
                    _ => 0x7a00_0000,
                };
                let rd = self.r(0)?;
                let (rn, rm) = if mn.starts_with("ngc") {
                    (31, self.r(1)?.num())
                } else {
                    (self.r(1)?.num(), self.r(2)?.num())
                };
                Self::plain(base | (rd.is_wide() as u32) << 31 | rm << 16 | rn << 5 | rd.num())
            }
            "lsl" | "lsr" | "asr" | "ror" => self.shift(mn),
            "ubfm" | "sbfm" | "bfm" | "ubfx" | "sbfx" | "bfxil" | "ubfiz" | "sbfiz" | "bfi" => {
                self.bitfield_alias(mn)
            }
            // GNU as writes `uxtw xd, wn` as `mov wd, wn` (ORR with wzr): writing a W register
            // zeroes the upper half.
            "uxtw" => {
                let (rd, rn) = (self.r(0)?, self.r(1)?);
                Self::plain(0x2a00_03e0 | rn.num() << 16 | rd.num())
            }
            "uxtb" | "uxth" | "sxtb" | "sxth" | "sxtw" => {
                let (rd, rn) = (self.r(0)?, self.r(1)?);
                let (base, imms) = match mn {
                    "uxtb" => (0x5300_0000, 7),
                    "uxth" => (0x5300_0000, 15),
                    "sxtb" => (0x1300_0000, 7),
                    "sxth" => (0x1300_0000, 15),
                    _ => (0x1300_0000, 31),
                };
                Self::plain(self.bitfield(base, &rd, &rn, 0, imms))
            }
            "extr" => {
                let (rd, rn, rm) = (self.r(0)?, self.r(1)?, self.r(2)?);
                let lsb = self.imm(3)? as u32;
                let w = rd.is_wide() as u32;
                Self::plain(
                    0x1380_0000
                        | w << 31
                        | w << 22
                        | rm.num() << 16
                        | lsb << 10
                        | rn.num() << 5
                        | rd.num(),
                )
            }
            "clz" | "cls" | "rbit" | "rev" | "rev16" | "rev32" => {
                let (rd, rn) = (self.r(0)?, self.r(1)?);
                let w = rd.is_wide();
                let opc = match mn {
                    "rbit" => 0,
                    "rev16" => 1,
                    "rev32" => 2,
                    "rev" if w => 3,
                    "rev" => 2,
                    "clz" => 4,
                    _ => 5,
                };
                Self::plain(0x5ac0_0000 | (w as u32) << 31 | opc << 10 | rn.num() << 5 | rd.num())
            }
            "udiv" | "sdiv" => {
                let opc = if mn == "udiv" { 2 } else { 3 };
                self.rrr(0x1ac0_0000 | opc << 10)
            }
            "madd" | "msub" | "smaddl" | "smsubl" | "umaddl" | "umsubl" | "mul" | "mneg"
            | "smull" | "umull" | "smulh" | "umulh" => {
                let base: u32 = match mn {
                    "madd" | "mul" => 0x1b00_0000,
                    "msub" | "mneg" => 0x1b00_8000,
                    "smaddl" | "smull" => 0x9b20_0000,
                    "smsubl" => 0x9b20_8000,
                    "umaddl" | "umull" => 0x9ba0_0000,
                    "umsubl" => 0x9ba0_8000,
                    "smulh" => 0x9b40_0000,
                    _ => 0x9bc0_0000,
                };
                let (rd, rn, rm) = (self.r(0)?, self.r(1)?, self.r(2)?);
                let ra = if n == 4 { self.r(3)?.num() } else { 31 };
                Self::plain(
                    base | (rd.is_wide() as u32) << 31
                        | rm.num() << 16
                        | ra << 10
                        | rn.num() << 5
                        | rd.num(),
                )
            }
            "csel" | "csinc" | "csinv" | "csneg" => {
                let base = cond_select_base(mn);
                let (rd, rn, rm) = (self.r(0)?, self.r(1)?, self.r(2)?);
                let c = self.cond(3)?;
                Self::plain(
                    base | (rd.is_wide() as u32) << 31
                        | rm.num() << 16
                        | c << 12
                        | rn.num() << 5
                        | rd.num(),
                )
            }
            "cset" | "csetm" => {
                let rd = self.r(0)?;
                let c = self.cond(1)? ^ 1;
                let base = cond_select_base(if mn == "cset" { "csinc" } else { "csinv" });
                Self::plain(
                    base | (rd.is_wide() as u32) << 31 | 31 << 16 | c << 12 | 31 << 5 | rd.num(),
                )
            }
            "cinc" | "cinv" | "cneg" => {
                let (rd, rn) = (self.r(0)?, self.r(1)?);
                let c = self.cond(2)? ^ 1;
                let base = cond_select_base(match mn {
                    "cinc" => "csinc",
                    "cinv" => "csinv",
                    _ => "csneg",
                });
                let rn = rn.num();
                Self::plain(
                    base | (rd.is_wide() as u32) << 31 | rn << 16 | c << 12 | rn << 5 | rd.num(),
                )
            }
            "ccmp" | "ccmn" => {
                let rn = self.r(0)?;
                let base: u32 = if mn == "ccmp" {
                    0x7a40_0000
                } else {
                    0x3a40_0000
                };
                let nzcv = self.imm(2)? as u32 & 15;
                let c = self.cond(3)?;
                let (field, imm) = match self.ops.get(1) {
                    Some(OperandKind::Reg(r)) => (r.num(), 0),
                    Some(o) if o.imm().is_some() => (o.imm().unwrap_or(0) as u32 & 31, 1u32),
                    _ => return Err(self.shape()),
                };
                Self::plain(
                    base | (rn.is_wide() as u32) << 31
                        | field << 16
                        | c << 12
                        | imm << 11
                        | rn.num() << 5
                        | nzcv,
                )
            }
            "dmb" | "dsb" => {
                let option = self.imm(0)?;
                if !(0..16).contains(&option) {
                    return Err(self.err("barrier option out of range"));
                }
                let op = if mn == "dmb" {
                    0xd503_30bf
                } else {
                    0xd503_309f
                };
                Self::plain(op | (option as u32) << 8)
            }
            "ldr" | "str" | "ldrb" | "strb" | "ldrh" | "strh" | "ldrsb" | "ldrsh" | "ldrsw"
            | "prfm" => self.load_store(mn),
            "ldur" | "stur" | "ldurb" | "sturb" | "ldurh" | "sturh" | "ldursb" | "ldursh"
            | "ldursw" => {
                let (size, v, opc) = self.ldst_class(mn)?;
                self.unscaled(size << 30 | 0x3800_0000 | v << 26 | opc << 22)
            }
            "ldp" | "stp" | "ldpsw" | "ldnp" | "stnp" => self.pair(mn),
            _ if mn.starts_with('f') || mn.starts_with("scvtf") || mn.starts_with("ucvtf") => {
                self.fp(mn)
            }
            _ => Err(self.shape()),
        }
    }

    /// Rd, Rn, Rm at bits 0, 5, 16 with sf from Rd.
    fn rrr(&self, base: u32) -> R<Encoding> {
        let (rd, rn, rm) = (self.r(0)?, self.r(1)?, self.r(2)?);
        Self::plain(base | (rd.is_wide() as u32) << 31 | rm.num() << 16 | rn.num() << 5 | rd.num())
    }

    /// add/sub with operand `i` as the third: immediate, `:lo12:`, shifted or extended.
    fn addsub(&self, op: u32, s: u32, rd: Reg, rn: Reg, i: usize) -> R<Encoding> {
        let sf = rd.is_wide() as u32;
        let head = sf << 31 | s << 29 | rn.num() << 5 | rd.num();
        let operand = self.ops.get(i);
        match operand {
            Some(o) if o.imm().is_some() => {
                let v = o.imm().unwrap_or(0);
                let (op, v) = if v < 0 {
                    (op ^ 1, v.wrapping_neg())
                } else {
                    (op, v)
                };
                let (sh, imm) = if v < 4096 {
                    (0, v)
                } else if v & 0xfff == 0 && v >> 12 < 4096 {
                    (1, v >> 12)
                } else {
                    return Err(self.err("add/sub immediate out of range"));
                };
                Self::plain(head | op << 30 | 0x1100_0000 | sh << 22 | (imm as u32) << 10)
            }
            Some(OperandKind::Lo12 { symbol, .. }) => {
                self.with(head | op << 30 | 0x1100_0000, Fixup::Lo12, symbol)
            }
            Some(o) if o.modified_reg().is_some() => {
                let (rm, md) = o.modified_reg().expect("a register");
                let rm = &rm;
                let extend = matches!(md, Some(Modifier::Extend(..)))
                    || (s == 0 && rd.is_sp())
                    || rn.is_sp();
                if extend {
                    let (option, amount) = match md {
                        Some(Modifier::Extend(e, a)) => (e.option(), a.unwrap_or(0) as u32),
                        Some(m) => (2 | sf, m.amount() as u32),
                        None => (2 | sf, 0),
                    };
                    Self::plain(
                        head | op << 30
                            | 0x0b20_0000
                            | rm.num() << 16
                            | option << 13
                            | amount << 10,
                    )
                } else {
                    let (shift, amount) = shift_fields(md);
                    if shift > 2 {
                        return Err(self.shape());
                    }
                    Self::plain(
                        head | op << 30 | 0x0b00_0000 | shift << 22 | rm.num() << 16 | amount << 10,
                    )
                }
            }
            _ => Err(self.shape()),
        }
    }

    fn logical(&self, mn: &str, rd: Reg, rn: Reg, i: usize) -> R<Encoding> {
        let sf = rd.is_wide() as u32;
        let head = sf << 31 | rn.num() << 5 | rd.num();
        let (opc, neg) = match mn {
            "and" => (0, 0),
            "bic" => (0, 1),
            "orr" => (1, 0),
            "orn" => (1, 1),
            "eor" => (2, 0),
            "eon" => (2, 1),
            "ands" => (3, 0),
            _ => (3, 1),
        };
        let operand = self.ops.get(i);
        match operand {
            Some(o) if neg == 0 && o.imm().is_some() => {
                let v = o.imm().unwrap_or(0);
                let bits = if sf == 1 { 64 } else { 32 };
                let f = bitmask(v as u64, bits)
                    .ok_or_else(|| self.err(format!("{v:#x} is not a bitmask immediate")))?;
                Self::plain(head | opc << 29 | 0x1200_0000 | f)
            }
            Some(o) if o.modified_reg().is_some() => {
                let (rm, md) = o.modified_reg().expect("a register");
                let rm = &rm;
                let (shift, amount) = shift_fields(md);
                if shift > 3 {
                    return Err(self.shape());
                }
                Self::plain(
                    head | opc << 29
                        | 0x0a00_0000
                        | shift << 22
                        | neg << 21
                        | rm.num() << 16
                        | amount << 10,
                )
            }
            _ => Err(self.shape()),
        }
    }

    fn mov(&self) -> R<Encoding> {
        let rd = self.r(0)?;
        let sf = rd.is_wide() as u32;
        match self.ops.get(1) {
            Some(OperandKind::Reg(rn @ (Reg::Gpr { .. } | Reg::Sp { .. }))) => {
                if rd.is_sp() || rn.is_sp() {
                    Self::plain(sf << 31 | 0x1100_0000 | rn.num() << 5 | rd.num())
                } else {
                    Self::plain(sf << 31 | 0x2a00_03e0 | rn.num() << 16 | rd.num())
                }
            }
            Some(o) if o.imm().is_some() => {
                let v = o.imm().unwrap_or(0);
                let bits = if sf == 1 { 64 } else { 32 };
                let mask = if sf == 1 { u64::MAX } else { 0xffff_ffff };
                let value = v as u64 & mask;
                let chunk = |x: u64| (0..bits / 16).find(|hw| x & !(0xffffu64 << (16 * hw)) == 0);
                let wide_mov = |opc: u32, x: u64, hw: u32| {
                    sf << 31 | opc | hw << 21 | ((x >> (16 * hw)) as u32 & 0xffff) << 5 | rd.num()
                };
                if let Some(hw) = chunk(value) {
                    Self::plain(wide_mov(0x5280_0000, value, hw))
                } else if let Some(hw) = chunk(!value & mask) {
                    Self::plain(wide_mov(0x1280_0000, !value & mask, hw))
                } else if let Some(f) =
                    bitmask(value, bits).filter(|_| rd.num() != 31 || rd.is_sp())
                {
                    // (ORR's destination 31 is sp: no bitmask `mov` into the zero register)
                    Self::plain(sf << 31 | 0x3200_03e0 | f | rd.num())
                } else {
                    Err(self.err("`mov` immediate has no single-instruction encoding"))
                }
            }
            _ => Err(self.shape()),
        }
    }

    /// movz/movn/movk: the immediate and its `lsl` as written (the shift picks `hw`).
    fn move_wide(&self, mn: &str) -> R<Encoding> {
        let rd = self.r(0)?;
        let sf = rd.is_wide() as u32;
        let opc = match mn {
            "movn" => 0x1280_0000,
            "movz" => 0x5280_0000,
            _ => 0x7280_0000,
        };
        let (imm, shift) = match (self.ops.get(1), self.ops.len()) {
            (Some(OperandKind::Imm(v)), 2) => (*v as u64, None),
            (Some(OperandKind::ShiftedImm { imm, lsl }), 2) => (*imm as u64, Some(*lsl as u32)),
            _ => return Err(self.shape()),
        };
        let (imm16, hw) = match shift {
            Some(s) => (imm, s / 16),
            None => {
                let hw = (0..4u32)
                    .find(|hw| imm & !(0xffffu64 << (16 * hw)) == 0)
                    .ok_or_else(|| self.err("move-wide immediate out of range"))?;
                (imm >> (16 * hw), hw)
            }
        };
        if imm16 > 0xffff {
            return Err(self.err("move-wide immediate out of range"));
        }
        Self::plain(sf << 31 | opc | hw << 21 | (imm16 as u32) << 5 | rd.num())
    }

    /// A bitfield move (base: SBFM 0x13000000, BFM 0x33000000, UBFM 0x53000000).
    fn bitfield(&self, base: u32, rd: &Reg, rn: &Reg, immr: u32, imms: u32) -> u32 {
        let w = rd.is_wide() as u32;
        base | w << 31 | w << 22 | (immr & 63) << 16 | (imms & 63) << 10 | rn.num() << 5 | rd.num()
    }

    fn shift(&self, mn: &str) -> R<Encoding> {
        let (rd, rn) = (self.r(0)?, self.r(1)?);
        let size: i64 = if rd.is_wide() { 64 } else { 32 };
        match self.ops.get(2) {
            Some(OperandKind::Reg(_)) => {
                let opc = match mn {
                    "lsl" => 8,
                    "lsr" => 9,
                    "asr" => 10,
                    _ => 11,
                };
                self.rrr(0x1ac0_0000 | opc << 10)
            }
            Some(o) if o.imm().is_some() => {
                let sh = o.imm().unwrap_or(0);
                if !(0..size).contains(&sh) {
                    return Err(self.err("shift amount out of range"));
                }
                let w = match mn {
                    "lsl" => self.bitfield(
                        0x5300_0000,
                        &rd,
                        &rn,
                        ((size - sh) % size) as u32,
                        (size - 1 - sh) as u32,
                    ),
                    "lsr" => self.bitfield(0x5300_0000, &rd, &rn, sh as u32, size as u32 - 1),
                    "asr" => self.bitfield(0x1300_0000, &rd, &rn, sh as u32, size as u32 - 1),
                    _ => {
                        let w = rd.is_wide() as u32;
                        0x1380_0000
                            | w << 31
                            | w << 22
                            | rn.num() << 16
                            | (sh as u32) << 10
                            | rn.num() << 5
                            | rd.num()
                    }
                };
                Self::plain(w)
            }
            _ => Err(self.shape()),
        }
    }

    fn bitfield_alias(&self, mn: &str) -> R<Encoding> {
        let (rd, rn) = (self.r(0)?, self.r(1)?);
        let (a, b) = (self.imm(2)?, self.imm(3)?);
        let size: i64 = if rd.is_wide() { 64 } else { 32 };
        let base = match mn.as_bytes()[0] {
            b's' => 0x1300_0000,
            b'u' => 0x5300_0000,
            _ => 0x3300_0000,
        };
        let (immr, imms) = match mn {
            "ubfm" | "sbfm" | "bfm" => (a, b),
            "ubfx" | "sbfx" | "bfxil" => (a, a + b - 1),
            _ => ((size - a) % size, b - 1),
        };
        if !(0..size).contains(&immr) || !(0..size).contains(&imms) {
            return Err(self.err("bitfield out of range"));
        }
        Self::plain(self.bitfield(base, &rd, &rn, immr as u32, imms as u32))
    }

    /// size, V, opc of a load/store mnemonic and its register.
    fn ldst_class(&self, mn: &str) -> R<(u32, u32, u32)> {
        let rt = self.r(0)?;
        let load = mn.starts_with("ld");
        let base = mn
            .trim_start_matches("ldu")
            .trim_start_matches("stu")
            .trim_start_matches("ld")
            .trim_start_matches("st");
        // base is now "r", "rb", "rh", "rsb", "rsh", "rsw" (ldr/ldur alike).
        let l = load as u32;
        Ok(match (base, rt) {
            ("r", Reg::Gpr { wide: true, .. }) => (3, 0, l),
            ("r", Reg::Gpr { wide: false, .. }) => (2, 0, l),
            ("r", Reg::Fp { size: 4, .. }) => (0, 1, 2 | l),
            ("r", Reg::Fp { size, .. }) => (size as u32, 1, l),
            ("rb", Reg::Gpr { wide: false, .. }) => (0, 0, l),
            ("rh", Reg::Gpr { wide: false, .. }) => (1, 0, l),
            ("rsb", Reg::Gpr { wide, .. }) if load => (0, 0, 3 - wide as u32),
            ("rsh", Reg::Gpr { wide, .. }) if load => (1, 0, 3 - wide as u32),
            ("rsw", Reg::Gpr { wide: true, .. }) if load => (2, 0, 2),
            _ => return Err(self.shape()),
        })
    }

    fn mem(&self, i: usize) -> R<&Mem> {
        match self.ops.get(i) {
            Some(OperandKind::Mem(m)) => Ok(m),
            _ => Err(self.shape()),
        }
    }

    /// The unscaled 9-bit form; `base` holds size, V and opc.
    fn unscaled(&self, base: u32) -> R<Encoding> {
        let rt = self.r(0)?;
        let m = self.mem(1)?;
        let Addressing::Offset(disp) = m.addressing else {
            return Err(self.err("unscaled offset out of range"));
        };
        if !(-256..256).contains(&disp) {
            return Err(self.err("unscaled offset out of range"));
        }
        Self::plain(base | (disp as u32 & 0x1ff) << 12 | m.base.num() << 5 | rt.num())
    }

    fn load_store(&self, mn: &str) -> R<Encoding> {
        // `prfm op, [..]`: a doubleword load's class, the operation in Rt.
        let (size, v, opc, rt) = if mn == "prfm" {
            match self.imm(0)? {
                op @ 0..32 => (3, 0, 2, op as u32),
                _ => return Err(self.err("prefetch operation out of range")),
            }
        } else {
            let (size, v, opc) = self.ldst_class(mn)?;
            (size, v, opc, self.r(0)?.num())
        };
        let scale = if v == 1 && opc >= 2 { 4 } else { size };
        let m = self.mem(1)?;
        let cls = size << 30 | v << 26 | opc << 22 | m.base.num() << 5 | rt;
        match &m.addressing {
            Addressing::Offset(disp) => {
                let disp = *disp;
                let bytes = 1i64 << scale;
                if disp >= 0 && disp % bytes == 0 && disp / bytes < 4096 {
                    Self::plain(0x3900_0000 | cls | ((disp / bytes) as u32) << 10)
                } else if (-256..256).contains(&disp) {
                    Self::plain(0x3800_0000 | cls | (disp as u32 & 0x1ff) << 12)
                } else {
                    Err(self.err("offset out of range"))
                }
            }
            Addressing::Lo12 { symbol, .. } => self.with(0x3900_0000 | cls, Fixup::Lo12, symbol),
            Addressing::PreIndex(disp) | Addressing::PostIndex(disp) => {
                if !(-256..256).contains(disp) {
                    return Err(self.err("offset out of range"));
                }
                let idx = if matches!(m.addressing, Addressing::PreIndex(_)) {
                    0xc00
                } else {
                    0x400
                };
                Self::plain(0x3800_0000 | cls | idx | (*disp as u32 & 0x1ff) << 12)
            }
            Addressing::Index { index, modifier } => {
                let (option, s) = match modifier {
                    None => (3, 0),
                    Some(md) => {
                        let (option, given) = match *md {
                            Modifier::Shift(Shift::Lsl, _) => (3, true),
                            Modifier::Extend(
                                e @ (Extend::Uxtw | Extend::Uxtx | Extend::Sxtw | Extend::Sxtx),
                                a,
                            ) => (e.option(), a.is_some()),
                            _ => return Err(self.shape()),
                        };
                        let s = given && (md.amount() != 0 || scale == 0);
                        (option, s as u32)
                    }
                };
                Self::plain(0x3820_0800 | cls | index.num() << 16 | option << 13 | s << 12)
            }
            Addressing::PostIndexReg(_) => Err(self.shape()),
        }
    }

    fn pair(&self, mn: &str) -> R<Encoding> {
        let Some(OperandKind::Pair(a, b)) = self.ops.first() else {
            return Err(self.shape());
        };
        let (opc, v, scale) = match (mn, a) {
            ("ldpsw", Reg::Gpr { wide: true, .. }) => (1, 0, 4),
            (_, Reg::Gpr { wide: true, .. }) => (2, 0, 8),
            (_, Reg::Gpr { wide: false, .. }) => (0, 0, 4),
            (_, Reg::Fp { size: 2, .. }) => (0, 1, 4),
            (_, Reg::Fp { size: 3, .. }) => (1, 1, 8),
            (_, Reg::Fp { size: 4, .. }) => (2, 1, 16),
            _ => return Err(self.shape()),
        };
        let m = self.mem(1)?;
        let (rn, disp) = (&m.base, m.disp());
        let kind = match (&m.addressing, mn) {
            (Addressing::Offset(_), "ldnp" | "stnp") => 0,
            (Addressing::PostIndex(_), _) => 1,
            (Addressing::Offset(_), _) => 2,
            (Addressing::PreIndex(_), _) => 3,
            _ => return Err(self.shape()),
        };
        if disp % scale != 0 || !(-64..64).contains(&(disp / scale)) {
            return Err(self.err("pair offset out of range"));
        }
        let l = mn.starts_with("ld") as u32;
        Self::plain(
            opc << 30
                | 0x2800_0000
                | v << 26
                | kind << 23
                | l << 22
                | ((disp / scale) as u32 & 0x7f) << 15
                | b.num() << 10
                | rn.num() << 5
                | a.num(),
        )
    }

    fn fp(&self, mn: &str) -> R<Encoding> {
        let rd = self.r(0)?;
        let n = self.ops.len();
        let fsize = |a: &Reg| match a {
            Reg::Fp { size, .. } => Some(*size),
            _ => None,
        };
        match mn {
            "fmov" => {
                if let (Reg::Fp { size, .. }, Some(OperandKind::Float(f))) = (rd, self.ops.get(1)) {
                    let FloatImm::Imm8(imm8) = f else {
                        return Err(self.shape());
                    };
                    return Self::plain(
                        0x1e20_1000 | ftype(size) | (*imm8 as u32) << 13 | rd.num(),
                    );
                }
                let src = self.r(1)?;
                let w = match (rd, src) {
                    (Reg::Fp { size, .. }, Reg::Fp { .. }) => 0x1e20_4000 | ftype(size),
                    (Reg::Fp { size: 3, .. }, Reg::Gpr { wide: true, .. }) => 0x9e67_0000,
                    (Reg::Gpr { wide: true, .. }, Reg::Fp { size: 3, .. }) => 0x9e66_0000,
                    (Reg::Fp { size: 2, .. }, Reg::Gpr { wide: false, .. }) => 0x1e27_0000,
                    (Reg::Gpr { wide: false, .. }, Reg::Fp { size: 2, .. }) => 0x1e26_0000,
                    _ => return Err(self.shape()),
                };
                Self::plain(w | src.num() << 5 | rd.num())
            }
            "fadd" | "fsub" | "fmul" | "fdiv" | "fmax" | "fmin" | "fmaxnm" | "fminnm" | "fnmul" => {
                let opc = match mn {
                    "fmul" => 0,
                    "fdiv" => 1,
                    "fadd" => 2,
                    "fsub" => 3,
                    "fmax" => 4,
                    "fmin" => 5,
                    "fmaxnm" => 6,
                    "fminnm" => 7,
                    _ => 8,
                };
                let (rn, rm) = (self.r(1)?, self.r(2)?);
                let t = ftype(fsize(&rd).ok_or_else(|| self.shape())?);
                Self::plain(0x1e20_0800 | t | rm.num() << 16 | opc << 12 | rn.num() << 5 | rd.num())
            }
            "fmadd" | "fmsub" | "fnmadd" | "fnmsub" => {
                let (o1, o0) = match mn {
                    "fmadd" => (0, 0),
                    "fmsub" => (0, 1),
                    "fnmadd" => (1, 0),
                    _ => (1, 1),
                };
                let (rn, rm, ra) = (self.r(1)?, self.r(2)?, self.r(3)?);
                let t = ftype(fsize(&rd).ok_or_else(|| self.shape())?);
                Self::plain(
                    0x1f00_0000
                        | t
                        | o1 << 21
                        | rm.num() << 16
                        | o0 << 15
                        | ra.num() << 10
                        | rn.num() << 5
                        | rd.num(),
                )
            }
            "fabs" | "fneg" | "fsqrt" | "frintn" | "frintp" | "frintm" | "frintz" | "frinta"
            | "frintx" | "fcvt" => {
                let rn = self.r(1)?;
                let (src, dst) = (
                    fsize(&rn).ok_or_else(|| self.shape())?,
                    fsize(&rd).ok_or_else(|| self.shape())?,
                );
                let opc = match mn {
                    "fabs" => 1,
                    "fneg" => 2,
                    "fsqrt" => 3,
                    "fcvt" => match dst {
                        2 => 4,
                        3 => 5,
                        _ => 7,
                    },
                    "frintn" => 8,
                    "frintp" => 9,
                    "frintm" => 10,
                    "frintz" => 11,
                    "frinta" => 12,
                    _ => 14,
                };
                Self::plain(0x1e20_4000 | ftype(src) | opc << 15 | rn.num() << 5 | rd.num())
            }
            "fcmp" | "fcmpe" => {
                let t = ftype(fsize(&rd).ok_or_else(|| self.shape())?);
                let e = (mn == "fcmpe") as u32;
                let (rm, zero) = match self.ops.get(1) {
                    Some(OperandKind::Float(FloatImm::Zero)) => (0, 1),
                    Some(OperandKind::Float(_)) => {
                        return Err(self.err("fcmp compares with #0.0 only"))
                    }
                    _ => (self.r(1)?.num(), 0),
                };
                Self::plain(0x1e20_2000 | t | rm << 16 | rd.num() << 5 | e << 4 | zero << 3)
            }
            "fccmp" | "fccmpe" => {
                let rm = self.r(1)?;
                let t = ftype(fsize(&rd).ok_or_else(|| self.shape())?);
                let nzcv = self.imm(2)? as u32 & 15;
                let c = self.cond(3)?;
                let e = (mn == "fccmpe") as u32;
                Self::plain(
                    0x1e20_0400 | t | rm.num() << 16 | c << 12 | rd.num() << 5 | e << 4 | nzcv,
                )
            }
            "fcsel" => {
                let (rn, rm) = (self.r(1)?, self.r(2)?);
                let t = ftype(fsize(&rd).ok_or_else(|| self.shape())?);
                let c = self.cond(3)?;
                Self::plain(0x1e20_0c00 | t | rm.num() << 16 | c << 12 | rn.num() << 5 | rd.num())
            }
            "fcvtzs" | "fcvtzu" | "scvtf" | "ucvtf" if n == 2 => {
                let rn = self.r(1)?;
                let (gpr, fpr) = if mn.starts_with('f') {
                    (rd, rn)
                } else {
                    (rn, rd)
                };
                let t = ftype(fsize(&fpr).ok_or_else(|| self.shape())?);
                let op = match mn {
                    "fcvtzs" => 0x1e38_0000,
                    "fcvtzu" => 0x1e39_0000,
                    "scvtf" => 0x1e22_0000,
                    _ => 0x1e23_0000,
                };
                Self::plain(op | (gpr.is_wide() as u32) << 31 | t | rn.num() << 5 | rd.num())
            }
            _ => Err(self.shape()),
        }
    }

    /// The NEON forms of the table.
    fn neon(&self, mn: &str) -> R<Encoding> {
        let n = self.ops.len();
        // A vector (count 0) or a register list: number, arrangement, count.
        let vec = |i: usize| -> R<(u32, Arrangement, u8)> {
            match self.ops.get(i) {
                Some(OperandKind::Reg(Reg::Vec { num, arr })) => Ok((*num as u32, *arr, 0)),
                Some(OperandKind::List {
                    first, arr, count, ..
                }) => Ok((*first as u32, *arr, *count)),
                _ => Err(self.shape()),
            }
        };
        let imm5 = |size: u32, lane: u32| (lane << (size + 1) | 1 << size) << 16;
        // Loads and stores of structures.
        if matches!(mn, "ld1" | "st1" | "ld1r" | "ld2" | "st2" | "ld4" | "st4") {
            let (rt, arr, count) = vec(0)?;
            let (q, size) = q_size(arr);
            let m = self.mem(1)?;
            let rn = &m.base;
            let post = match m.addressing {
                Addressing::Offset(_) => None,
                Addressing::PostIndex(_) => Some(31),
                Addressing::PostIndexReg(r) => Some(r.num()),
                _ => return Err(self.shape()),
            };
            let post_bits = post.map_or(0, |rm| 1 << 23 | rm << 16);
            let w = if mn == "ld1r" {
                0x0d40_c000
            } else {
                let opcode = match (&mn[2..], count) {
                    ("2", 2) => 0b1000,
                    ("4", 4) => 0b0000,
                    ("1", 1) => 0b0111,
                    ("1", 2) => 0b1010,
                    ("1", 3) => 0b0110,
                    ("1", 4) => 0b0010,
                    _ => return Err(self.shape()),
                };
                (if mn.starts_with("ld") {
                    0x0c40_0000
                } else {
                    0x0c00_0000
                }) | opcode << 12
            };
            return Self::plain(w | post_bits | q << 30 | size << 10 | rn.num() << 5 | rt);
        }
        match mn {
            "movi" | "mvni" => {
                return self
                    .inst
                    .movi_word()
                    .map_or_else(|| Err(self.shape()), Self::plain)
            }
            "mov" | "ins" | "umov" => {
                return match (self.r(0)?, self.r(1)?) {
                    (Reg::Vec { num: d, arr, .. }, Reg::Vec { num: s, .. }) => {
                        let (q, _) = q_size(arr);
                        Self::plain(
                            0x0ea0_1c00 | q << 30 | (s as u32) << 16 | (s as u32) << 5 | d as u32,
                        )
                    }
                    (Reg::Elem { num: d, size, lane }, Reg::Gpr { num: s, .. }) => Self::plain(
                        0x4e00_1c00 | imm5(size as u32, lane as u32) | (s as u32) << 5 | d as u32,
                    ),
                    (Reg::Gpr { num: d, .. }, Reg::Elem { num: s, size, lane }) => Self::plain(
                        0x0e00_3c00
                            | ((size == 3) as u32) << 30
                            | imm5(size as u32, lane as u32)
                            | (s as u32) << 5
                            | d as u32,
                    ),
                    (
                        Reg::Elem { num: d, size, lane },
                        Reg::Elem {
                            num: s, lane: sl, ..
                        },
                    ) => Self::plain(
                        0x6e00_0400
                            | imm5(size as u32, lane as u32)
                            | ((sl as u32) << size) << 11
                            | (s as u32) << 5
                            | d as u32,
                    ),
                    _ => Err(self.shape()),
                }
            }
            "dup" => {
                let (rd, arr, _) = vec(0)?;
                let (q, size) = q_size(arr);
                return match self.r(1)? {
                    Reg::Gpr { num: s, .. } => Self::plain(
                        0x0e00_0c00 | q << 30 | (1 << size) << 16 | (s as u32) << 5 | rd,
                    ),
                    Reg::Elem { num: s, size, lane } => Self::plain(
                        0x0e00_0400
                            | q << 30
                            | imm5(size as u32, lane as u32)
                            | (s as u32) << 5
                            | rd,
                    ),
                    _ => Err(self.shape()),
                };
            }
            _ => {}
        }
        // Scalar add/sub on d registers.
        if let (Some(OperandKind::Reg(Reg::Fp { size: 3, .. })), "add" | "sub") =
            (self.ops.first(), mn)
        {
            let (d, a, b) = (self.r(0)?.num(), self.r(1)?.num(), self.r(2)?.num());
            let base = if mn == "add" {
                0x5ee0_8400
            } else {
                0x7ee0_8400
            };
            return Self::plain(base | b << 16 | a << 5 | d);
        }
        // Across lanes: scalar destination, vector source.
        if let Some(base) = match mn {
            "addv" => Some(0x0e31_b800),
            "uaddlv" => Some(0x2e30_3800),
            "umaxv" => Some(0x2e30_a800),
            "uminv" => Some(0x2e31_a800),
            "smaxv" => Some(0x0e30_a800),
            "sminv" => Some(0x0e31_a800),
            _ => None,
        } {
            let rd = self.r(0)?.num();
            let (rn, arr, _) = vec(1)?;
            let (q, size) = q_size(arr);
            return Self::plain(base | q << 30 | size << 22 | rn << 5 | rd);
        }
        // Shifts by immediate (and the widening ones).
        if let Some(base) = match mn {
            "shl" => Some(0x0f00_5400),
            "ushr" => Some(0x2f00_0400),
            "sshr" => Some(0x0f00_0400),
            "usra" => Some(0x2f00_1400),
            "ushll" | "ushll2" | "uxtl" | "uxtl2" => Some(0x2f00_a400),
            "sshll" | "sshll2" | "sxtl" | "sxtl2" => Some(0x0f00_a400),
            "shrn" | "shrn2" => Some(0x0f00_8400),
            "sli" => Some(0x2f00_5400),
            "sri" => Some(0x2f00_4400),
            _ => None,
        } {
            let (rd, darr, _) = vec(0)?;
            let (rn, sarr, _) = vec(1)?;
            // Narrowing: Q and the element size are the destination's.
            let (q, size) = q_size(if mn.starts_with("shrn") { darr } else { sarr });
            let sh = if n == 3 { self.imm(2)? as u32 } else { 0 };
            let esize = 8u32 << size;
            let immhb = if matches!(mn, "ushr" | "sshr" | "usra" | "shrn" | "shrn2" | "sri") {
                2 * esize - sh
            } else {
                esize + sh
            };
            return Self::plain(base | q << 30 | immhb << 16 | rn << 5 | rd);
        }
        // Two-register miscellaneous; Q and size from the source (xtn: the destination).
        if let Some(base) = match mn {
            "not" => Some(0x2e20_5800),
            "cnt" => Some(0x0e20_5800),
            "rev64" => Some(0x0e20_0800),
            "rev32" => Some(0x2e20_0800),
            "rev16" => Some(0x0e20_1800),
            "clz" => Some(0x2e20_4800),
            "xtn" | "xtn2" => Some(0x0e21_2800),
            "fneg" => Some(0x2ea0_f800),
            "fabs" => Some(0x0ea0_f800),
            "fsqrt" => Some(0x2ea1_f800),
            _ => None,
        } {
            let (rd, darr, _) = vec(0)?;
            let (rn, sarr, _) = vec(1)?;
            let (q, size) = q_size(if mn.starts_with("xtn") { darr } else { sarr });
            let size = if mn.starts_with('f') {
                (size & 1) << 22
            } else {
                size << 22
            };
            return Self::plain(base | q << 30 | size | rn << 5 | rd);
        }
        if mn == "ext" {
            let (rd, arr, _) = vec(0)?;
            let (rn, rm) = (vec(1)?.0, vec(2)?.0);
            let (q, _) = q_size(arr);
            let idx = self.imm(3)? as u32 & 15;
            return Self::plain(0x2e00_0000 | q << 30 | rm << 16 | idx << 11 | rn << 5 | rd);
        }
        if mn == "tbl" {
            let (rd, arr, _) = vec(0)?;
            let (rn, _, count) = vec(1)?;
            let (rm, _, _) = vec(2)?;
            let (q, _) = q_size(arr);
            return Self::plain(
                0x0e00_0000 | q << 30 | rm << 16 | (count.max(1) as u32 - 1) << 13 | rn << 5 | rd,
            );
        }
        // Three registers: same arrangement, or widening (size and Q from the last operand).
        let base: u32 = match mn {
            "add" => 0x0e20_8400,
            "sub" => 0x2e20_8400,
            "and" => 0x0e20_1c00,
            "bic" => 0x0e60_1c00,
            "orr" => 0x0ea0_1c00,
            "orn" => 0x0ee0_1c00,
            "eor" => 0x2e20_1c00,
            "bsl" => 0x2e60_1c00,
            "bit" => 0x2ea0_1c00,
            "bif" => 0x2ee0_1c00,
            "cmeq" => 0x2e20_8c00,
            "cmtst" => 0x0e20_8c00,
            "cmhi" => 0x2e20_3400,
            "cmhs" => 0x2e20_3c00,
            "cmgt" => 0x0e20_3400,
            "cmge" => 0x0e20_3c00,
            "mul" => 0x0e20_9c00,
            "mla" => 0x0e20_9400,
            "mls" => 0x2e20_9400,
            "umax" => 0x2e20_6400,
            "umin" => 0x2e20_6c00,
            "smax" => 0x0e20_6400,
            "smin" => 0x0e20_6c00,
            "umaxp" => 0x2e20_a400,
            "uminp" => 0x2e20_ac00,
            "addp" => 0x0e20_bc00,
            "sabd" => 0x0e20_7400,
            "uabd" => 0x2e20_7400,
            "uzp1" => 0x0e00_1800,
            "trn1" => 0x0e00_2800,
            "zip1" => 0x0e00_3800,
            "uzp2" => 0x0e00_5800,
            "trn2" => 0x0e00_6800,
            "zip2" => 0x0e00_7800,
            "saddl" | "saddl2" => 0x0e20_0000,
            "uaddl" | "uaddl2" => 0x2e20_0000,
            "saddw" | "saddw2" => 0x0e20_1000,
            "uaddw" | "uaddw2" => 0x2e20_1000,
            "ssubw" | "ssubw2" => 0x0e20_3000,
            "usubw" | "usubw2" => 0x2e20_3000,
            "smlal" | "smlal2" => 0x0e20_8000,
            "umlal" | "umlal2" => 0x2e20_8000,
            "smull" | "smull2" => 0x0e20_c000,
            "umull" | "umull2" => 0x2e20_c000,
            "fadd" | "fsub" | "fmul" | "fdiv" | "fmla" | "fmls" | "fmax" | "fmin" | "faddp" => {
                let base = match mn {
                    "fadd" => 0x0e20_d400,
                    "fsub" => 0x0ea0_d400,
                    "fmul" => 0x2e20_dc00,
                    "fdiv" => 0x2e20_fc00,
                    "fmla" => 0x0e20_cc00,
                    "fmls" => 0x0ea0_cc00,
                    "fmax" => 0x0e20_f400,
                    "fmin" => 0x0ea0_f400,
                    _ => 0x2e20_d400,
                };
                let (rd, arr, _) = vec(0)?;
                let (q, size) = q_size(arr);
                let (rn, rm) = (vec(1)?.0, vec(2)?.0);
                return Self::plain(base | q << 30 | (size & 1) << 22 | rm << 16 | rn << 5 | rd);
            }
            _ => return Err(self.shape()),
        };
        if n != 3 {
            return Err(self.shape());
        }
        let (rd, _, _) = vec(0)?;
        let (rn, _, _) = vec(1)?;
        let (rm, arr, _) = vec(2)?;
        let (q, size) = q_size(arr);
        Self::plain(base | q << 30 | size << 22 | rm << 16 | rn << 5 | rd)
    }
}

/// The `shift` field and amount of a shifted-register operand (an extension has none: a
/// field no form accepts).
fn shift_fields(m: Option<Modifier>) -> (u32, u32) {
    match m {
        None => (0, 0),
        Some(Modifier::Shift(s, a)) => (s.field(), a as u32),
        Some(Modifier::Extend(..)) => (u32::MAX, 0),
    }
}

/// CSEL/CSINC/CSINV/CSNEG base opcodes (32-bit).
fn cond_select_base(mn: &str) -> u32 {
    match mn {
        "csel" => 0x1a80_0000,
        "csinc" => 0x1a80_0400,
        "csinv" => 0x5a80_0000,
        _ => 0x5a80_0400,
    }
}
