//! Data holding the address of a symbol the input does not define (SQLite's `aSyscall`:
//! `.quad close`, `.quad read`…): the symbol is another file's, reached by its native name
//! (`close_native`) like a call of it, and named in a warning; the package must define it.
//! Proven by linking two converted files, one holding a table of the other's functions, and
//! running it from Go (amd64). In a sectionless input (Compiler Explorer's filtered view) an
//! undefined name may be data whose definition was dropped: still refused there.

mod common;

use common::{go_vet_and_run, require_oracles, require_x86_64_host, scratch_dir, write_file};
use native2goasm::convert::{convert, Options};
use native2goasm::frame::parse_signature;
use native2goasm::ir::Arch;

/// `via_table(x, k)` calls `ops[k](x)`; `ops` holds two functions of another file.
const TABLE: &str = "\t.text
\t.globl\tvia_table
\t.type\tvia_table, @function
via_table:
\tsubq\t$8, %rsp
\tleaq\tops(%rip), %rax
\tmovq\t(%rax,%rsi,8), %rax
\tcall\t*%rax
\taddq\t$8, %rsp
\tret
\t.size\tvia_table, .-via_table
\t.section\t.data.rel.local,\"aw\"
\t.align 16
\t.type\tops, @object
\t.size\tops, 16
ops:
\t.quad\text_inc
\t.quad\text_dbl
";

/// The other file: the functions `ops` points to.
const FUNCTIONS: &str = "\t.text
\t.globl\text_inc
\t.type\text_inc, @function
ext_inc:
\tleaq\t1(%rdi), %rax
\tret
\t.size\text_inc, .-ext_inc
\t.globl\text_dbl
\t.type\text_dbl, @function
ext_dbl:
\tleaq\t(%rdi,%rdi), %rax
\tret
\t.size\text_dbl, .-ext_dbl
";

const GO: &str = r#"package main

import "fmt"

func via_table(x, k int64) int64

func main() {
	for x := int64(-3); x <= 3; x++ {
		fmt.Println(via_table(x, 0), via_table(x, 1))
	}
}
"#;

fn options(name: &str, sig: Option<&str>) -> Options {
    Options {
        arch: Some(Arch::Amd64),
        source_name: name.into(),
        signatures: sig
            .map(|s| parse_signature(s).unwrap())
            .into_iter()
            .collect(),
        ..Options::default()
    }
}

#[test]
fn a_table_of_another_files_functions_links_and_runs() {
    let sig = Some("func via_table(x, k int64) int64");
    let table = convert(TABLE, &options("table.s", sig))
        .unwrap_or_else(|d| panic!("{}", d.render("table.s", TABLE)));
    assert!(
        table.text.contains("$·ext_inc_native(SB)") && table.text.contains("$·ext_dbl_native(SB)"),
        "{}",
        table.text
    );
    let named = table.warnings.iter().any(|w| {
        w.message.contains("not defined in the input") && w.message.contains("ext_inc_native")
    });
    assert!(
        named,
        "no warning names the external symbols: {:?}",
        table.warnings
    );
    let functions = convert(FUNCTIONS, &options("functions.s", None))
        .unwrap_or_else(|d| panic!("{}", d.render("functions.s", FUNCTIONS)));

    const NAME: &str = "external_data";
    if !require_x86_64_host(NAME) || !require_oracles(NAME, &["go"]) {
        return;
    }
    let module = scratch_dir("external-data");
    write_file(&module.join("go.mod"), "module extdata\n\ngo 1.21\n");
    write_file(&module.join("main.go"), GO);
    write_file(&module.join("table_amd64.s"), &table.text);
    write_file(&module.join("functions_amd64.s"), &functions.text);
    let prog = go_vet_and_run(&module);
    assert!(prog.success, "go run:\n{}", prog.combined());
    let want: String = (-3i64..=3)
        .map(|x| format!("{} {}\n", x + 1, 2 * x))
        .collect();
    assert_eq!(prog.stdout, want);
}

#[test]
fn a_sectionless_input_still_refuses_an_undefined_name_in_data() {
    let source: String = TABLE
        .lines()
        .filter(|l| !l.contains(".section") && !l.contains(".text"))
        .map(|l| format!("{l}\n"))
        .collect();
    let sig = Some("func via_table(x, k int64) int64");
    match convert(&source, &options("table.s", sig)) {
        Ok(out) => panic!("converted:\n{}", out.text),
        Err(d) => {
            let text = d.render("table.s", &source);
            assert!(
                text.contains("`ops` holds symbol values (`ext_inc`)"),
                "{text}"
            );
        }
    }
}
