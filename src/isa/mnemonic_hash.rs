/// The home slot of mnemonic `name` in a generated table of `slots` entries (a power of
/// two): shared by build.rs, which fills the table, and the generated `forms` lookups.
pub fn mnemonic_slot(name: &str, slots: usize) -> usize {
    let mut h = name.len() as u64;
    for &b in name.as_bytes() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    (h >> 32) as usize & (slots - 1)
}
