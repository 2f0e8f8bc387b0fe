//! The forms iced-x86 (the back end of both encoders in `verify/`) has for each Intel
//! mnemonic.

use std::collections::HashMap;

use iced_x86::{Code, EncodingKind, OpCodeInfo};

/// Intel mnemonic (lower case, iced spelling) → the iced `Code`s that carry it in 64-bit
/// mode and that `keep` accepts, in `Code` (opcode) order. MVEX forms and the Knights Corner
/// forms are never included: KNC's VEX forms reuse opcodes of common instructions (`lzcnt`).
pub fn mnemonic_index(keep: impl Fn(&OpCodeInfo) -> bool) -> HashMap<String, Vec<Code>> {
    let mut index: HashMap<String, Vec<Code>> = HashMap::with_capacity(2048);
    for code in Code::values() {
        let info = code.op_code();
        if !info.is_instruction()
            || !info.mode64()
            || info.encoding() == EncodingKind::MVEX
            || format!("{code:?}").contains("_KNC_")
            || !keep(info)
        {
            continue;
        }
        let name = format!("{:?}", info.mnemonic()).to_ascii_lowercase();
        index.entry(name).or_default().push(code);
    }
    index
}
