//! Whole-file snapshots: every example input in `examples/<arch>/*.s`, converted with the
//! signatures in the `.sigs` file beside it, or the declarations of the `.go` file beside it
//! (as `--go` reads them), must match `snapshots/`. Review changes with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test snapshots`).

use native2goasm::convert::{convert, Options};
use native2goasm::frame::{gosrc, parse_signature};
use std::path::Path;

fn convert_example(path: &Path) -> String {
    let source = std::fs::read_to_string(path).unwrap();
    let sigs = std::fs::read_to_string(path.with_extension("sigs")).unwrap_or_default();
    let options = Options {
        signatures: sigs
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| parse_signature(l).unwrap_or_else(|d| panic!("{}", d.render("sigs", l))))
            .collect(),
        declarations: go_declarations(&path.with_extension("go")),
        source_name: path.file_name().unwrap().to_string_lossy().into_owned(),
        ..Options::default()
    };
    match convert(&source, &options) {
        Ok(c) => c.text,
        Err(d) => panic!("{}", d.render(&path.display().to_string(), &source)),
    }
}

/// The bodiless functions of a `.go` sidecar, resolved as `--go` resolves them.
fn go_declarations(path: &Path) -> Vec<native2goasm::frame::Signature> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let source = gosrc::GoSource {
        path: path.display().to_string(),
        text,
    };
    let declared = gosrc::read(std::slice::from_ref(&source))
        .unwrap_or_else(|e| panic!("{}", e.diag.render(&source.path, &source.text)));
    declared.functions.into_iter().map(|(sig, _)| sig).collect()
}

#[test]
fn examples() {
    let mut count = 0;
    for arch in ["amd64", "arm64"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(arch);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "s"))
            .collect();
        files.sort();
        for path in files {
            let name = format!("{arch}__{}", path.file_stem().unwrap().to_string_lossy());
            insta::with_settings!({
                snapshot_path => "../snapshots",
                prepend_module_to_snapshot => false,
                omit_expression => true,
            }, {
                insta::assert_snapshot!(name, convert_example(&path));
            });
            count += 1;
        }
    }
    assert!(count >= 6, "expected at least six examples, found {count}");
}
