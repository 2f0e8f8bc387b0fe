//! Condition codes and compare predicates as GNU spells them into mnemonics (`cmovz`,
//! `setnae`, `cmpltsd`, `vcmpneq_oqpd`): each list once, for the mapper and the encoders.

/// GNU's condition-code synonyms and the spelling iced uses for them (`z` → `e`).
const CONDITION_SYNONYMS: [(&str, &str); 14] = [
    ("z", "e"),
    ("nz", "ne"),
    ("c", "b"),
    ("nae", "b"),
    ("nc", "ae"),
    ("nb", "ae"),
    ("na", "be"),
    ("nbe", "a"),
    ("pe", "p"),
    ("po", "np"),
    ("nge", "l"),
    ("nl", "ge"),
    ("ng", "le"),
    ("nle", "g"),
];

/// The iced spelling of a condition-code synonym (`nae` → `b`); `None` for a code that is
/// already spelled the iced way, or is no condition.
pub fn condition_synonym(cc: &str) -> Option<&'static str> {
    CONDITION_SYNONYMS
        .iter()
        .find(|(synonym, _)| *synonym == cc)
        .map(|(_, iced)| *iced)
}

/// The compare predicates of `cmpps`/`vcmpps` and friends, in immediate order (Intel SDM).
/// The legacy (non-VEX) forms take the first eight.
pub const CMP_PREDICATES: [&str; 32] = [
    "eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt", "false",
    "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq",
    "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq",
    "true_us",
];

/// GNU's other names of the first eight predicates.
const CMP_PREDICATE_SYNONYMS: [(&str, &str); 8] = [
    ("eq_oq", "eq"),
    ("lt_os", "lt"),
    ("le_os", "le"),
    ("unord_q", "unord"),
    ("neq_uq", "neq"),
    ("nlt_us", "nlt"),
    ("nle_us", "nle"),
    ("ord_q", "ord"),
];

/// The immediate of a compare predicate name (`lt` → 1), per [`CMP_PREDICATES`].
pub fn cmp_predicate(name: &str) -> Option<i64> {
    CMP_PREDICATES
        .iter()
        .position(|p| *p == name)
        .map(|i| i as i64)
}

/// The [`CMP_PREDICATES`] name of a predicate GNU also spells otherwise (`eq_oq` → `eq`).
pub fn cmp_predicate_synonym(name: &str) -> &str {
    CMP_PREDICATE_SYNONYMS
        .iter()
        .find(|(synonym, _)| *synonym == name)
        .map_or(name, |(_, base)| base)
}
