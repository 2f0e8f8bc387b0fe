//! Writes the seed corpora: `seed [ROOT]` fills corpus/<target>/ (under the current
//! directory) with [`fuzz_checks::seeds`] of the repository at ROOT (default `..`), one file
//! per seed, named by its index.

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "..".into());
    let root = std::path::Path::new(&root);
    for name in fuzz_checks::TARGETS {
        let dir = std::path::Path::new("corpus").join(name);
        std::fs::create_dir_all(&dir).unwrap();
        let seeds = fuzz_checks::seeds(name, root);
        assert!(
            !seeds.is_empty(),
            "{name}: no seeds under {}",
            root.display()
        );
        for (i, s) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i:05}")), s).unwrap();
        }
        println!("{name}: {} seeds", seeds.len());
    }
}
