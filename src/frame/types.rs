//! Go types as the frame stage resolves them ([`GoType`]) and their size and alignment as the
//! gc compiler lays them out on the 64-bit architectures (go/types `gcSizes`).
//!
//! Below both [`signature`](super::signature) (which parses and resolves types, and refuses
//! values too large to pass) and [`layout`](mod@super::layout) (which places them in the
//! argument frame): neither needs the other for a type's size.

/// A Go type, resolved: everything the frame stage needs to lay it out.
///
/// `byte` and `rune` are aliases and resolve to [`GoType::Uint8`] and [`GoType::Int32`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoType {
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Bool,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    /// `*T` for any `T`: one pointer word. The pointee is kept as written.
    Pointer(String),
    /// `[]T`: base, len, cap. The element is kept as written.
    Slice(String),
    /// `[N]T`.
    Array(u64, Box<GoType>),
    /// `struct{…}`, fields in order.
    Struct(Vec<Field>),
    /// `interface{…}`, `any`, `error`: two words (type or itab, data).
    Interface {
        /// Empty interfaces (`any`, `interface{}`) have a type word (`_type`), others an
        /// itab (`_itable`).
        empty: bool,
        /// As written (`any`, `error`, `interface{ M() }`).
        spelling: String,
    },
    /// `map[K]V`: one pointer word. Kept as written.
    Map(String),
    /// `chan T`, `<-chan T`, `chan<- T`: one pointer word. Kept as written.
    Chan(String),
    /// `func(…) …`: one pointer word. Kept as written.
    Func(String),
    /// A declared type (`type Vec []float64`) with its resolved underlying type.
    Named {
        name: String,
        underlying: Box<GoType>,
    },
}

/// One struct field. Embedded fields are named after their type (`T` for `*pkg.T`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: GoType,
    pub embedded: bool,
}

impl GoType {
    /// The Go spelling (aliases resolved: `byte` prints as `uint8`; declared types by name;
    /// structs in a canonical one-line form).
    pub fn spelling(&self) -> String {
        match self {
            GoType::Pointer(t) => format!("*{t}"),
            GoType::Slice(t) => format!("[]{t}"),
            GoType::Array(n, t) => format!("[{n}]{}", t.spelling()),
            GoType::Struct(fields) if fields.is_empty() => "struct{}".to_string(),
            GoType::Struct(fields) => {
                let list: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        if f.embedded {
                            f.ty.spelling()
                        } else {
                            format!("{} {}", f.name, f.ty.spelling())
                        }
                    })
                    .collect();
                format!("struct{{ {} }}", list.join("; "))
            }
            GoType::Interface { spelling, .. }
            | GoType::Map(spelling)
            | GoType::Chan(spelling)
            | GoType::Func(spelling) => spelling.clone(),
            GoType::Named { name, .. } => name.clone(),
            other => other.predeclared_name().to_string(),
        }
    }

    /// The type without its declared name(s).
    pub fn underlying(&self) -> &GoType {
        match self {
            GoType::Named { underlying, .. } => underlying.underlying(),
            other => other,
        }
    }

    /// Whether a value of this type holds a Go pointer (decides `//go:noescape`).
    pub fn has_pointers(&self) -> bool {
        match self.underlying() {
            GoType::String
            | GoType::UnsafePointer
            | GoType::Pointer(_)
            | GoType::Slice(_)
            | GoType::Interface { .. }
            | GoType::Map(_)
            | GoType::Chan(_)
            | GoType::Func(_) => true,
            GoType::Array(n, t) => *n > 0 && t.has_pointers(),
            GoType::Struct(fields) => fields.iter().any(|f| f.ty.has_pointers()),
            _ => false,
        }
    }

    fn predeclared_name(&self) -> &'static str {
        match self {
            GoType::Int => "int",
            GoType::Int8 => "int8",
            GoType::Int16 => "int16",
            GoType::Int32 => "int32",
            GoType::Int64 => "int64",
            GoType::Uint => "uint",
            GoType::Uint8 => "uint8",
            GoType::Uint16 => "uint16",
            GoType::Uint32 => "uint32",
            GoType::Uint64 => "uint64",
            GoType::Uintptr => "uintptr",
            GoType::Bool => "bool",
            GoType::Float32 => "float32",
            GoType::Float64 => "float64",
            GoType::Complex64 => "complex64",
            GoType::Complex128 => "complex128",
            GoType::String => "string",
            GoType::UnsafePointer => "unsafe.Pointer",
            _ => "?",
        }
    }

    /// The predeclared types (and `unsafe.Pointer`, `any`, `error`).
    pub fn predeclared(name: &str) -> Option<GoType> {
        Some(match name {
            "int" => GoType::Int,
            "int8" => GoType::Int8,
            "int16" => GoType::Int16,
            "int32" | "rune" => GoType::Int32,
            "int64" => GoType::Int64,
            "uint" => GoType::Uint,
            "uint8" | "byte" => GoType::Uint8,
            "uint16" => GoType::Uint16,
            "uint32" => GoType::Uint32,
            "uint64" => GoType::Uint64,
            "uintptr" => GoType::Uintptr,
            "bool" => GoType::Bool,
            "float32" => GoType::Float32,
            "float64" => GoType::Float64,
            "complex64" => GoType::Complex64,
            "complex128" => GoType::Complex128,
            "string" => GoType::String,
            "unsafe.Pointer" => GoType::UnsafePointer,
            "any" => GoType::Interface {
                empty: true,
                spelling: "any".into(),
            },
            "error" => GoType::Interface {
                empty: false,
                spelling: "error".into(),
            },
            _ => return None,
        })
    }
}

impl std::fmt::Display for GoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.spelling())
    }
}

/// Pointer and `int` size of the 64-bit architectures (amd64 and arm64 alike).
pub(super) const WORD: u64 = 8;

/// Size in bytes as the gc compiler lays out `ty` on amd64/arm64 (go/types `gcSizes`),
/// saturating instead of overflowing.
pub fn type_size(ty: &GoType) -> u64 {
    match ty.underlying() {
        GoType::Int8 | GoType::Uint8 | GoType::Bool => 1,
        GoType::Int16 | GoType::Uint16 => 2,
        GoType::Int32 | GoType::Uint32 | GoType::Float32 => 4,
        GoType::Int64 | GoType::Uint64 | GoType::Float64 | GoType::Complex64 => 8,
        GoType::Complex128 => 16,
        GoType::String | GoType::Interface { .. } => 2 * WORD,
        GoType::Slice(_) => 3 * WORD,
        GoType::Array(n, t) => n.saturating_mul(type_size(t)),
        GoType::Struct(fields) => {
            let (offsets, end) = field_offsets(fields);
            let mut size = end;
            // gc: the last field of a non-zero-sized struct may not have size 0.
            if let (Some(off), Some(last)) = (offsets.last(), fields.last()) {
                if *off > 0 && type_size(&last.ty) == 0 {
                    size = size.saturating_add(1);
                }
            }
            size.next_multiple_of(type_align(ty))
        }
        // int, uint, uintptr, pointers, maps, channels, funcs.
        _ => WORD,
    }
}

/// Alignment in bytes (go/types `gcSizes`: complex types align like their parts).
pub fn type_align(ty: &GoType) -> u64 {
    match ty.underlying() {
        GoType::Complex64 => 4,
        GoType::Complex128 => 8,
        GoType::Array(_, t) => type_align(t),
        GoType::Struct(fields) => fields.iter().map(|f| type_align(&f.ty)).max().unwrap_or(1),
        t => type_size(t).clamp(1, WORD),
    }
}

/// Field offsets and the end of the last field.
pub(super) fn field_offsets(fields: &[Field]) -> (Vec<u64>, u64) {
    let mut off = 0u64;
    let mut out = Vec::with_capacity(fields.len());
    for f in fields {
        off = off.next_multiple_of(type_align(&f.ty));
        out.push(off);
        off = off.saturating_add(type_size(&f.ty));
    }
    (out, off)
}
