//! Every class of Go signature, checked by the Go toolchain.
//!
//! For each signature in [`SIGS`] a native (AT&T) body is generated that reads every
//! argument where the System V ABI puts it (argument registers, or `N(%rsp)` loads of each
//! field of a stack-passed value, with the field's width) and sets every result (the result
//! registers, or a store through the hidden result pointer). All of them go into one input,
//! converted with one `--sig` each, `--go types.go` (the named types) and `--stub`; the
//! package must be clean under `go vet` and build for amd64. Then the stub is read back with
//! `--go` instead of `--sig`, and the `.s` output must be byte-identical.
//!
//! The same for arm64 (one package per architecture): native GNU bodies that read every
//! AAPCS64 argument register (X, S/D for scalars and HFA members, the address of a composite
//! passed by reference) and every stack-passed value field by field (`ldrh w11, [sp, #18]`),
//! and set every result register (X0/X1, F0–F3, or a store through X8); `GOARCH=arm64
//! go vet` must print nothing and `GOARCH=arm64 go build` must succeed.

mod common;

use common::{require_oracles, run, say, scratch_dir, write_file};
use native2goasm::frame::amd64::{plan, Passing, Returns};
use native2goasm::frame::arm64;
use native2goasm::frame::gosrc::{read, GoSource};
use native2goasm::frame::{layout, parse_signature_with, SlotClass};
use native2goasm::ir::Arch;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// The named types the signatures use (written as `types.go` into the package).
const TYPES_GO: &str = r#"package sigs

// Named types used by the signatures of tests/signatures.rs.

type Vec []float64

type P struct{ X, Y int32 }

type Mixed struct {
	A int8
	B float32
	C uint16
}

type Big struct {
	A, B, C int64
	D       float64
}

type Shape interface {
	Area() float64
}

type Celsius float32

type Grid [3][2]uint8

type Node struct {
	Next *Node
	V    int
}

type Pair [2]P

type Fn func(int) int

type Inner struct{ F float32 }

type Outer struct {
	I Inner
	N int16
	S string
}

type (
	ID    uint32
	Names []string
)
"#;

/// (type class, signature). Function names are unique.
const SIGS: &[(&str, &str)] = &[
    // integers of every size, grouped and unnamed
    ("int", "func i1(a int8, b int16, c int32, d int64) int64"),
    (
        "int",
        "func i2(a uint8, b uint16, c uint32, d uint64) uint64",
    ),
    ("int", "func i3(int, uint) int"),
    ("int", "func i4(a, b, c, d, e, f, g7, h8 int64) int64"),
    (
        "int",
        "func i5(a int8, b int8, c int8, d int8, e int8, f int8, g7 int8, h8 int16) (int8, int16)",
    ),
    ("int", "func i6(a uint32) (q, r uint32)"),
    ("bool", "func b1(a bool, b bool) bool"),
    (
        "bool",
        "func b2(a, b, c, d, e, f, g7 bool) (ok bool, n int32)",
    ),
    (
        "bool",
        "func b3(a int8, b bool, c uint16, d bool) (bool, bool)",
    ),
    ("float", "func f1(x float32, y float64) float64"),
    (
        "float",
        "func f2(a, b, c, d, e, f, g7, h8, i9, j10 float64) float64",
    ),
    ("float", "func f3(x float32) (float32, float32)"),
    (
        "float",
        "func f4(a, b, c, d, e, f, g7, h8, i9 float32) (lo, hi float32)",
    ),
    ("complex", "func c1(a complex64) complex64"),
    ("complex", "func c2(a, b complex128) complex128"),
    (
        "complex",
        "func c3(a, b, c, d complex128, e complex64) float64",
    ),
    (
        "complex",
        "func c4(x float64, c complex64) (complex64, float32)",
    ),
    (
        "pointer",
        "func p1(p *int, q *[4]float64, r **byte) uintptr",
    ),
    (
        "pointer",
        "func p2(u unsafe.Pointer, n uintptr) unsafe.Pointer",
    ),
    ("pointer", "func p3(n *Node) *Node"),
    ("string", "func s1(s string) int"),
    ("string", "func s2(a, b string) (n int, ok bool)"),
    ("string", "func s3(a, b, c, d string) string"),
    ("string", "func s4() (s string)"),
    ("slice", "func sl1(b []byte) int"),
    ("slice", "func sl2(x, y []float64) float64"),
    ("slice", "func sl3(a, b, c []int32) []int32"),
    ("slice", "func sl4(p *[]int, s []string) int"),
    ("array", "func a1(v [4]float32) float32"),
    ("array", "func a2(v [3]int16, w [2]uint8) [2]int32"),
    ("array", "func a3(v [5]int64) [5]int64"),
    ("array", "func a4(v [2]float64, w [1]complex64) float64"),
    ("array", "func a5(m [2][3]int8) int8"),
    ("struct", "func st1(v struct{ X, Y int32 }) int64"),
    (
        "struct",
        "func st2(v struct{ A int8; B float32; C uint16 }) float32",
    ),
    (
        "struct",
        "func st3(v struct{ F, G float64 }) struct{ F, G float64 }",
    ),
    (
        "struct",
        "func st4(v struct{ A, B, C int64; D float64 }, k int) struct{ A, B, C int64; D float64 }",
    ),
    (
        "struct",
        "func st5(a, b, c int64, v struct{ X, Y, Z int64 }, d int64) int64",
    ),
    (
        "struct",
        "func st6(v struct{ S string; N int }) (r struct{ B bool; F float32 })",
    ),
    (
        "struct",
        "func st7(v struct{ P *int; B []byte }, e struct{}) int",
    ),
    ("interface", "func if1(e error) bool"),
    ("interface", "func if2(a any, b interface{}) uintptr"),
    ("interface", "func if3(s Shape) float64"),
    ("interface", "func if4(x interface{ M() int }) error"),
    ("interface", "func if5(a, b, c, d any) any"),
    ("map/chan/func", "func m1(m map[string]int) int"),
    (
        "map/chan/func",
        "func m2(c chan int, r <-chan bool, s chan<- float64) int",
    ),
    ("map/chan/func", "func m3(f func(int) int, fn Fn) uintptr"),
    ("map/chan/func", "func m4() (map[int]int, chan struct{})"),
    ("named", "func n1(v Vec) float64"),
    ("named", "func n2(a, b P) P"),
    ("named", "func n3(m Mixed) Mixed"),
    ("named", "func n4(b Big, k int) Big"),
    ("named", "func n5(t Celsius) Celsius"),
    ("named", "func n6(gr Grid) Grid"),
    ("named", "func n7(p Pair) int32"),
    ("named", "func n8(o Outer) Outer"),
    ("named", "func n9(id ID, names Names) ID"),
    ("variadic", "func v1(xs ...int64) int64"),
    ("variadic", "func v2(prefix string, xs ...float64) float64"),
    ("variadic", "func v3(a, b, c, d, e int, xs ...byte) int"),
    ("results", "func r1() (a int64, x float64)"),
    ("results", "func r2() (a, b int32, x, y float32)"),
    ("results", "func r3() (a int8, b int16, c int32)"),
    ("results", "func r4() [3]float64"),
    ("results", "func r5(n int) (s []int)"),
    ("results", "func r6() (lo, hi uint64)"),
    // Several results over 16 bytes: C's struct of all results, through the hidden pointer.
    ("results in memory", "func rm1(a int64) (x, y, z int64)"),
    (
        "results in memory",
        "func rm2(a, b float64) (s string, n int, f float64)",
    ),
    (
        "results in memory",
        "func rm3() (p P, v []byte, ok bool, n int32)",
    ),
    // Names Go reads as registers: reached through an address register.
    (
        "register names",
        "func rn1(a, b, c, d, e, f, g, h int64) int64",
    ),
    (
        "register names",
        "func rn2(g, SP int64, AX float64) (R8, R9 int64)",
    ),
    (
        "register names",
        "func rn3(R0, R1, R2, R3, R4, R5, R6, R7, R8 int64, F0 float32, PC struct{ X, Y int32 }) (x, y, z int64)",
    ),
];

/// The AT&T name of a Go register.
fn att(reg: &str) -> String {
    match reg {
        "DI" => "%rdi".into(),
        "SI" => "%rsi".into(),
        "DX" => "%rdx".into(),
        "CX" => "%rcx".into(),
        r if r.starts_with('X') => format!("%xmm{}", &r[1..]),
        r => format!("%{}", r.to_ascii_lowercase()),
    }
}

/// A native body that reads every argument and sets every result of `sig`.
fn native_function(name: &str, sig: &str, env: &native2goasm::frame::TypeEnv) -> String {
    let sig = parse_signature_with(sig, env).unwrap_or_else(|d| panic!("{}", d.render("sig", sig)));
    let l = layout(&sig, Arch::Amd64);
    let p = plan(&l).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let mut body = vec![
        "\txorl\t%eax, %eax".to_string(),
        "\txorps\t%xmm8, %xmm8".to_string(),
    ];
    for (v, passing) in &p.args {
        match passing {
            Passing::Regs(regs) => {
                for (_, r) in regs.iter().flatten() {
                    if r.starts_with('X') {
                        body.push(format!("\taddsd\t{}, %xmm8", att(r)));
                    } else {
                        body.push(format!("\taddq\t{}, %rax", att(r)));
                    }
                }
            }
            Passing::Stack { native_offset } => {
                for (c, class) in &v.leaves {
                    let at = native_offset + (c.offset - v.offset) as i64;
                    let load = match (class, c.size) {
                        (SlotClass::Float { .. }, 4) => format!("\tmovss\t{at}(%rsp), %xmm9"),
                        (SlotClass::Float { .. }, _) => format!("\tmovsd\t{at}(%rsp), %xmm9"),
                        (_, 1) => format!("\tmovzbl\t{at}(%rsp), %ecx"),
                        (_, 2) => format!("\tmovzwl\t{at}(%rsp), %ecx"),
                        (_, 4) => format!("\tmovl\t{at}(%rsp), %ecx"),
                        _ => format!("\tmovq\t{at}(%rsp), %rcx"),
                    };
                    body.push(load);
                }
            }
            Passing::Nothing => {}
        }
    }
    match &p.returns {
        Returns::HiddenPointer { .. } => {
            body.push("\tmovq\t%rax, (%rdi)".into());
            body.push("\tmovq\t%rdi, %rax".into());
        }
        _ => {
            body.push("\tmovq\t%rax, %rdx".into());
            body.push("\tmovapd\t%xmm8, %xmm0".into());
            body.push("\tmovapd\t%xmm8, %xmm1".into());
        }
    }
    body.push("\tret".into());
    format!(
        "\t.p2align 4\n\t.globl\t{name}\n\t.type\t{name}, @function\n{name}:\n{}\n\t.size\t{name}, .-{name}\n",
        body.join("\n")
    )
}

/// A native arm64 (GNU) body that reads every argument and sets every result of `sig`.
fn native_function_arm64(name: &str, sig: &str, env: &native2goasm::frame::TypeEnv) -> String {
    let sig = parse_signature_with(sig, env).unwrap_or_else(|d| panic!("{}", d.render("sig", sig)));
    let l = layout(&sig, Arch::Arm64);
    let p = arm64::plan(&l).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let x = |r: &str| format!("x{}", &r[1..]);
    let f = |r: &str, class: SlotClass| match class {
        SlotClass::Float { bytes: 4 } => (format!("s{}", &r[1..]), "s16"),
        _ => (format!("d{}", &r[1..]), "d16"),
    };
    let mut body = Vec::new();
    for (v, passing) in &p.args {
        match passing {
            arm64::Passing::Scalar(r) if r.starts_with('F') => {
                let (reg, acc) = f(r, v.scalar.unwrap());
                body.push(format!("\tfadd\t{acc}, {acc}, {reg}"));
            }
            arm64::Passing::Scalar(r) | arm64::Passing::Reference(r) => {
                body.push(format!("\tadd\tx10, x10, {}", x(r)))
            }
            arm64::Passing::Words(regs) => {
                for r in regs {
                    body.push(format!("\tadd\tx10, x10, {}", x(r)));
                }
            }
            arm64::Passing::Hfa(regs) => {
                for ((_, class), r) in v.leaves.iter().zip(regs) {
                    let (reg, acc) = f(r, *class);
                    body.push(format!("\tfadd\t{acc}, {acc}, {reg}"));
                }
            }
            arm64::Passing::Stack {
                native_offset,
                by_reference: true,
            } => body.push(format!("\tldr\tx11, [sp, {native_offset}]")),
            arm64::Passing::Stack { native_offset, .. } => {
                for (c, class) in &v.leaves {
                    let at = native_offset + (c.offset - v.offset) as i64;
                    body.push(match (class, c.size) {
                        (SlotClass::Float { .. }, 4) => format!("\tldr\ts17, [sp, {at}]"),
                        (SlotClass::Float { .. }, _) => format!("\tldr\td17, [sp, {at}]"),
                        (SlotClass::Int { signed: true, .. }, 1) => {
                            format!("\tldrsb\tx11, [sp, {at}]")
                        }
                        (_, 1) => format!("\tldrb\tw11, [sp, {at}]"),
                        (SlotClass::Int { signed: true, .. }, 2) => {
                            format!("\tldrsh\tx11, [sp, {at}]")
                        }
                        (_, 2) => format!("\tldrh\tw11, [sp, {at}]"),
                        (SlotClass::Int { signed: true, .. }, 4) => {
                            format!("\tldrsw\tx11, [sp, {at}]")
                        }
                        (_, 4) => format!("\tldr\tw11, [sp, {at}]"),
                        _ => format!("\tldr\tx11, [sp, {at}]"),
                    });
                }
            }
            arm64::Passing::Nothing => {}
        }
    }
    match &p.returns {
        arm64::Returns::Nothing => {}
        arm64::Returns::Hfa(v, regs) => {
            for ((_, class), r) in v.leaves.iter().zip(regs) {
                let (reg, acc) = f(r, *class);
                body.push(format!("\tfmov\t{reg}, {acc}"));
            }
        }
        arm64::Returns::Words(_, regs) => {
            for r in regs {
                body.push(format!("\tmov\t{}, x10", x(r)));
            }
        }
        arm64::Returns::Indirect { .. } => body.push("\tstr\tx10, [x8]".into()),
    }
    body.push("\tret".into());
    format!(
        "\t.align\t2\n\t.global\t{name}\n\t.type\t{name}, %function\n{name}:\n{}\n\t.size\t{name}, .-{name}\n",
        body.join("\n")
    )
}

fn converter() -> Command {
    Command::new(env!("CARGO_BIN_EXE_native2goasm"))
}

fn go(dir: &Path, goarch: &str, args: &[&str]) -> common::RunResult {
    let mut cmd = Command::new("go");
    cmd.args(args)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOFLAGS", "")
        .env("GOARCH", goarch)
        .env("CGO_ENABLED", "0");
    run(&mut cmd, Duration::from_secs(300))
}

#[test]
fn signature_classes_are_counted() {
    let mut by_class: BTreeMap<&str, usize> = BTreeMap::new();
    for (class, _) in SIGS {
        *by_class.entry(class).or_default() += 1;
    }
    assert!(SIGS.len() >= 60, "{} signatures", SIGS.len());
    for class in [
        "int",
        "bool",
        "float",
        "complex",
        "pointer",
        "string",
        "slice",
        "array",
        "struct",
        "interface",
        "map/chan/func",
        "named",
        "variadic",
        "results",
        "results in memory",
        "register names",
    ] {
        assert!(by_class.get(class).copied().unwrap_or(0) >= 3, "{class}");
    }
}

#[test]
fn every_signature_class_vets_and_builds() {
    vets_and_builds("every_signature_class_vets_and_builds", Arch::Amd64);
}

#[test]
fn every_signature_class_vets_and_builds_arm64() {
    vets_and_builds("every_signature_class_vets_and_builds_arm64", Arch::Arm64);
}

/// One package per architecture: all signatures converted with `--sig` and `--stub`, the
/// stub read back with `--go` (byte-identical `.s`), then `go vet` and `go build`.
fn vets_and_builds(name: &str, arch: Arch) {
    let goarch = arch.go_name();
    let dir = scratch_dir(
        if arch == Arch::Amd64 {
            "signatures".to_string()
        } else {
            format!("signatures_{goarch}")
        }
        .as_str(),
    );
    let pkg = dir.join("sigs");
    write_file(&pkg.join("go.mod"), "module sigs\n\ngo 1.24\n");
    write_file(&pkg.join("types.go"), TYPES_GO);
    let env = read(&[GoSource {
        path: "types.go".into(),
        text: TYPES_GO.into(),
    }])
    .unwrap()
    .types;
    let mut input = String::from("\t.text\n");
    for (_, sig) in SIGS {
        let fname = sig[5..].split('(').next().unwrap();
        input.push_str(&match arch {
            Arch::Amd64 => native_function(fname, sig, &env),
            Arch::Arm64 => native_function_arm64(fname, sig, &env),
        });
    }
    let input_path = dir.join("in.s");
    write_file(&input_path, &input);

    // Convert with --sig, writing the stub.
    let out = pkg.join(format!("sigs_{goarch}.s"));
    let mut cmd = converter();
    cmd.args(["--arch", goarch, "--go"])
        .arg(pkg.join("types.go"));
    for (_, sig) in SIGS {
        cmd.args(["--sig", sig]);
    }
    cmd.arg("--stub").arg(pkg.join("sigs_stub.go"));
    cmd.arg(&input_path).arg("-o").arg(&out);
    let r = run(&mut cmd, Duration::from_secs(60));
    assert!(r.success, "conversion failed:\n{}", r.combined());
    let first = std::fs::read_to_string(&out).unwrap();
    let stub = std::fs::read_to_string(pkg.join("sigs_stub.go")).unwrap();
    assert!(stub.starts_with("// Code generated by native2goasm"));
    assert!(
        stub.contains(&format!("//go:build {goarch}\n\npackage sigs\n")),
        "{stub}"
    );
    assert_eq!(stub.matches("\nfunc ").count(), SIGS.len());

    // Round trip: the stub read back with --go gives the same .s, byte for byte.
    let again = dir.join("again.s");
    let mut cmd = converter();
    cmd.args(["--arch", goarch, "--go"])
        .arg(pkg.join("types.go"))
        .arg("--go")
        .arg(pkg.join("sigs_stub.go"))
        .arg(&input_path)
        .arg("-o")
        .arg(&again);
    let r = run(&mut cmd, Duration::from_secs(60));
    assert!(r.success, "conversion with --go failed:\n{}", r.combined());
    assert_eq!(
        first,
        std::fs::read_to_string(&again).unwrap(),
        "--go output differs"
    );

    if !require_oracles(name, &["go"]) {
        return;
    }
    let vet = go(&pkg, goarch, &["vet", "."]);
    assert!(
        vet.success && vet.combined().trim().is_empty(),
        "go vet on {}:\n{}",
        pkg.display(),
        vet.combined()
    );
    let build = go(&pkg, goarch, &["build", "."]);
    assert!(
        build.success,
        "go build on {}:\n{}",
        pkg.display(),
        build.combined()
    );
    say(format!(
        "signatures: {} signatures vet-clean and built for {goarch}",
        SIGS.len()
    ));
}

/// Runs the converter, which must fail without output; returns its stderr.
fn fails(args: &[&str], files: &[(&str, &str)]) -> String {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = scratch_dir(&format!("signature_errors_{n}"));
    write_file(&dir.join("in.s"), "f:\n\tret\n");
    for (name, text) in files {
        write_file(&dir.join(name), text);
    }
    let out = converter()
        .current_dir(&dir)
        .args(args)
        .arg("in.s")
        .arg("-o")
        .arg("out.s")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{args:?}");
    assert!(!dir.join("out.s").exists(), "partial output for {args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A bad-input case: command-line args, Go files to write (name, text), where the error
/// must be located, and part of its message.
type ErrorCase<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str, &'a str);

#[test]
fn errors_are_located() {
    let cases: &[ErrorCase] = &[
        (
            &["--sig", "func f(v struct{ a int; 1 })"],
            &[],
            "--sig:1:25",
            "unexpected `1` in Go signature",
        ),
        (
            &["--sig", "func f(v Vec)"],
            &[],
            "--sig:1:10",
            "unknown type `Vec`",
        ),
        (
            &["--go", "t.go", "--sig", "func f(v R)"],
            &[("t.go", "package p\n\ntype R struct {\n\ta int\n\tr R\n}\n")],
            "--sig:1:10",
            "invalid recursive type `R`: R contains R (declared at t.go:3:6)",
        ),
        (
            &["--go", "t.go"],
            &[("t.go", "package p\n\nfunc f(a int, b) int\n")],
            "t.go:3:15",
            "`b` has no type",
        ),
        (
            &["--go", "t.go"],
            &[("t.go", "package p\n\nfunc f(a [N]int)\n")],
            "t.go:3:11",
            "array length `N` is not an integer literal",
        ),
        (
            &["--go", "t.go"],
            &[(
                "t.go",
                "package p\n\ntype T struct {\n\tx int\n\ty Missing\n}\n\nfunc f(t T)\n",
            )],
            "t.go:8:10",
            "cannot lay out `T` (declared at t.go:3:6): unknown type `Missing`",
        ),
        (
            &["--go", "t.go"],
            &[("t.go", "package p\n\nfunc f() {\n\treturn \"x\n}\n")],
            "t.go:4:9",
            "unterminated string literal",
        ),
        (
            &["--go", "t.go"],
            &[("t.go", "package p\n\ntype T [4]int\ntype = int\n")],
            "t.go:4:6",
            "unexpected `=` in Go source",
        ),
        (
            &["--sig", "func f(x [20000]int64)"],
            &[],
            "--sig:1:8",
            "too large to pass by value",
        ),
        (
            &["--go", "t.go"],
            &[("t.go", "package p\n\nfunc f() (a, b, c int64, d bool)\n")],
            "t.go:3:26",
            "the results take 25 bytes in Go but their C struct takes 32",
        ),
        (
            &["--sig", "func f(v struct{ a int }, v_a int)"],
            &[],
            "--sig:1:27",
            "the name `v_a` denotes a part of `v` and of `v_a`",
        ),
        (
            &["--sig", "func f(a int)", "--stub", "s.go"],
            &[],
            "",
            "--stub needs a package name",
        ),
    ];
    for (args, files, at, message) in cases {
        let stderr = fails(args, files);
        assert!(
            stderr.contains(&format!("--> {at}")) || at.is_empty(),
            "{args:?}: no `{at}` in\n{stderr}"
        );
        assert!(
            stderr.contains(message),
            "{args:?}: no `{message}` in\n{stderr}"
        );
        if !at.is_empty() {
            assert!(stderr.contains('^'), "{args:?}: no caret in\n{stderr}");
        }
    }
}
