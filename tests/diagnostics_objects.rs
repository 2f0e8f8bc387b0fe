//! Bad object files: truncated or corrupt ELF (cut and patched at run time from the
//! committed `tests/objects/kernels_amd64.o`, `tools/gen_objects.sh`) must exit with status
//! 1, name the file and the byte offset where reading failed, and leave no output file;
//! what the object's listing locates (a GOT load) is shown at its listing line.

mod common;

use common::bad_input::{check_built, scratch, Built, Case};
use std::process::Command;

fn object(file: &str) -> Vec<u8> {
    std::fs::read(common::crate_path(&format!("tests/objects/{file}"))).unwrap()
}

fn le64(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

const fn case(name: &'static str, message: &'static str, at: &'static str) -> Case {
    Case {
        name,
        input: "",
        args: &[],
        message,
        at,
        culprit: "",
        expected: "a relocatable ELF object",
    }
}

#[test]
fn truncated_and_corrupt_objects_are_located_by_byte_offset() {
    let good = object("kernels_amd64.o");
    let shoff = le64(&good, 0x28) as usize;
    // .text is section 1 (gcc's order); its sh_offset is 24 bytes into its header.
    let text_header = shoff + 64;
    let with = |at: usize, bytes: &[u8]| {
        let mut b = good.clone();
        b[at..at + bytes.len()].copy_from_slice(bytes);
        b
    };
    // The offsets are computed, so the cases leak their text (a test runs once).
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let cases = vec![
        Built::new(
            case(
                "object_cut_in_the_elf_header",
                "inside the 64-byte ELF header",
                "byte:10",
            ),
            good[..10].to_vec(),
        ),
        Built::new(
            case(
                "object_cut_in_the_section_headers",
                "section header table",
                leak(format!("byte:{shoff}")),
            ),
            good[..good.len() - 30].to_vec(),
        ),
        Built::new(
            case(
                "object_section_past_the_end",
                "contents (",
                leak(format!("byte:{text_header}")),
            ),
            with(text_header + 24, &0xffff_0000u64.to_le_bytes()),
        ),
        Built::new(
            case("object_of_another_machine", "machine 3", "byte:18"),
            with(18, &3u16.to_le_bytes()),
        ),
        Built::new(
            case(
                "object_that_is_an_executable",
                "not a relocatable",
                "byte:16",
            ),
            with(16, &2u16.to_le_bytes()),
        ),
        Built::new(
            case("object_of_32_bits", "not a 64-bit little-endian", "byte:4"),
            with(4, &[1]),
        ),
        Built::new(
            case("object_syntax_without_elf_magic", "no ELF magic", "byte:0"),
            "f:\n\tret\n",
        )
        .args(&["--syntax", "object"]),
    ];
    check_built("object", &cases);
}

/// GOT uses (gcc -fPIC -fno-plt): what is not provably an address load is refused at its
/// line of the object's listing, with the reason, and `--keep-going` leaves out only its
/// function; amd64's `mov counter@GOTPCREL(%rip), %rax` is relaxed to a lea and arm64's
/// `adrp :got:` + `ldr :got_lo12:` to `adrp` + `add :lo12:`, and both convert. arm64 reaches
/// the external `ext` as an address too, which is then refused as undefined.
#[test]
fn got_loads_are_relaxed_or_refused_at_their_listing_line() {
    let cases = [
        (
            "got_amd64.o",
            "got_amd64.o:16:11",
            "R_X86_64_GOTPCRELX ext",
            "1 of 3 functions left out",
            &[
                "TEXT ·twice_native(SB)",
                "\tLEAQ data<>(SB), AX\n\tMOVQ (AX), AX\n",
            ][..],
        ),
        (
            "got_arm64.o",
            "got_arm64.o:16:11",
            "`ext` is used but not defined",
            "1 of 3 functions left out",
            &[
                "TEXT ·twice_native(SB)",
                "\tMOVD $data<>(SB), R0\n\tMOVD (R0), R0\n",
            ][..],
        ),
    ];
    for (file, at, culprit, left_out, converted) in cases {
        let dir = scratch(file);
        let input = dir.join(file);
        std::fs::write(&input, object(file)).unwrap();
        let output = dir.join("out.s");
        let run = |extra: &[&str]| {
            Command::new(env!("CARGO_BIN_EXE_native2goasm"))
                .args(extra)
                .arg("-o")
                .arg(&output)
                .arg(&input)
                .current_dir(&dir)
                .output()
                .unwrap()
        };
        let r = run(&[]);
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{file}: {stderr}");
        assert!(!output.exists(), "{file}: output written");
        assert!(
            stderr.contains(at) && stderr.contains(culprit),
            "{file}: {stderr}"
        );
        let r = run(&["--keep-going"]);
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{file}: {stderr}");
        let out = std::fs::read_to_string(&output).unwrap_or_default();
        for want in converted {
            assert!(
                out.contains(want),
                "{file}: no {want:?} in\n{out}\n{stderr}"
            );
        }
        assert!(!out.contains("·call_ext"), "{file}: {out}");
        assert!(stderr.contains(left_out), "{file}: {stderr}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// `--arch` that is not the object's machine is refused before anything is converted.
#[test]
fn an_object_of_the_other_architecture_is_refused() {
    let dir = scratch("other_arch");
    let input = dir.join("k.o");
    std::fs::write(&input, object("kernels_amd64.o")).unwrap();
    let r = Command::new(env!("CARGO_BIN_EXE_native2goasm"))
        .args(["--arch", "arm64"])
        .arg(&input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is an amd64 object, not arm64"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
