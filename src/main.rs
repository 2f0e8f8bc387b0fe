//! The `native2goasm` command: a thin shell over the library.

use clap::{Parser, Subcommand, ValueEnum};
use native2goasm::convert::{convert_for, Options};
use native2goasm::diag::{decode, render_all, LineIndex};
use native2goasm::emit::stub;
use native2goasm::frame;
use native2goasm::ir::Arch;
use native2goasm::parse::Syntax;
use native2goasm::target::{with_target, ForTarget, Target};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

const EXAMPLE: &str = "\
Example:
  gcc -O2 -S -o add.s add.c
  native2goasm --sig 'func add(a, b int64) int64' add.s -o add_amd64.s
  # declare `func add(a, b int64) int64` in a .go file of the same package, then:
  go vet ./... && go test ./...";

#[derive(Parser)]
#[command(version, about = "Convert native assembly into Go (Plan 9) assembly", after_help = EXAMPLE)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Target architecture (default: detected from the input).
    #[arg(long, value_enum)]
    arch: Option<ArchArg>,
    /// Input syntax (default: auto, detected from the input).
    #[arg(long, value_enum, default_value_t = SyntaxArg::Auto)]
    syntax: SyntaxArg,
    /// Go signature of a native function, e.g. 'func add(a, b int64) int64'. Repeatable;
    /// matched to the input's functions by name.
    #[arg(long = "sig", value_name = "FUNC")]
    sigs: Vec<String>,
    /// Go file of the package to read declarations from: bodiless `func` declarations (used
    /// as signatures, --sig overrides one of the same name) and `type` declarations (named
    /// types in signatures). Repeatable.
    #[arg(long = "go", value_name = "FILE.go")]
    go_files: Vec<PathBuf>,
    /// Write the Go declarations of the --sig functions to this file (atomically), with the
    /// build constraint its name does not imply.
    #[arg(long, value_name = "FILE.go")]
    stub: Option<PathBuf>,
    /// Package of the stub (default: the package of the --go files).
    #[arg(long, value_name = "NAME")]
    package: Option<String>,
    /// Write the verification report (one JSON record per emitted instruction) to this file.
    #[arg(long, value_name = "FILE.json")]
    report: Option<PathBuf>,
    /// Keep a Go mnemonic whose encoding differs from the source's when both decode to the
    /// same instruction (class `equivalent`); by default such instructions are raw bytes.
    #[arg(long)]
    equivalent: bool,
    /// Goroutine stack reserved for native code whose depth has no static bound (recursion,
    /// alloca/VLAs, indirect or external calls), in bytes; `K`/`KiB`, `M`/`MiB` suffixes.
    /// Exceeding it crashes deliberately in `native2goasm_stack_budget_exceeded`.
    #[arg(long, value_name = "SIZE", default_value_t = frame::native::DEFAULT_BUDGET, value_parser = parse_size)]
    stack: u32,
    /// arm64: refuse x18 where no register is free to rename it to, instead of keeping it as
    /// Go's R18_PLATFORM (which Go leaves alone on Linux only: such output carries a
    /// `//go:build linux && !android` constraint).
    #[arg(long)]
    no_platform_register: bool,
    /// Threads to use (default: the processors available); the output is the same for
    /// any number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Output file (written atomically; default: standard output).
    #[arg(short, long, value_name = "OUT.s")]
    output: Option<PathBuf>,
    /// Input assembly file, or - for standard input.
    #[arg(value_name = "INPUT", default_value = "-")]
    input: String,
}

#[derive(Subcommand)]
enum Command {
    /// Encode a Go assembly file with the embedded Go-asm encoder: prints `<hex>\t<line>`
    /// for every instruction line (bytes in memory order, as `go tool asm` emits them).
    Encode {
        /// Target architecture.
        #[arg(long, value_enum, default_value = "amd64")]
        arch: ArchArg,
        /// Go assembly file, or - for standard input.
        #[arg(value_name = "FILE.s")]
        file: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ArchArg {
    Amd64,
    Arm64,
}

impl From<ArchArg> for Arch {
    fn from(arch: ArchArg) -> Arch {
        match arch {
            ArchArg::Amd64 => Arch::Amd64,
            ArchArg::Arm64 => Arch::Arm64,
        }
    }
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum SyntaxArg {
    Att,
    Intel,
    Gnu,
    Auto,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(jobs) = cli.jobs {
        native2goasm::parse::parallel::set_jobs(jobs.into());
    }
    let result = match &cli.command {
        Some(Command::Encode { arch, file }) => with_target((*arch).into(), Encode { file }),
        None => run(&cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprint!("{message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> Result<(), String> {
    let mut sources = Vec::new();
    for path in [&cli.output, &cli.stub, &cli.report].into_iter().flatten() {
        check_writable(path)?;
    }
    for path in &cli.go_files {
        let (path, text) = read_input(&path.display().to_string())?;
        sources.push(frame::gosrc::GoSource { path, text });
    }
    let declared = frame::gosrc::read(&sources).map_err(|e| {
        let f = &sources[e.file];
        e.diag.render(&f.path, &f.text)
    })?;
    let (name, source) = read_input(&cli.input)?;
    // Signatures are checked by the target's calling convention, so settle the target first.
    let arch = cli
        .arch
        .map(Arch::from)
        .or_else(|| native2goasm::parse::detect(&source).ok().map(|(a, _)| a))
        .unwrap_or(Arch::Amd64);
    with_target(
        arch,
        Convert {
            cli,
            sources,
            declared,
            name,
            source,
        },
    )
}

/// What [`run`] has read when the target is settled.
struct Convert<'a> {
    cli: &'a Cli,
    sources: Vec<frame::gosrc::GoSource>,
    declared: frame::gosrc::Declarations,
    name: String,
    source: String,
}

impl ForTarget for Convert<'_> {
    type Output = Result<(), String>;
    fn run<T: Target>(self) -> Result<(), String> {
        convert::<T>(self)
    }
}

/// The conversion for target `T`: signatures checked, the input converted, the outputs
/// written.
fn convert<T: Target>(input: Convert) -> Result<(), String> {
    let Convert {
        cli,
        sources,
        declared,
        name,
        source,
    } = input;
    let mut signatures: Vec<frame::Signature> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    for text in &cli.sigs {
        let sig = frame::parse_signature_with(text, &declared.types)
            .and_then(|sig| T::check_signature(&sig).map(|()| sig))
            .map_err(|d| d.render("--sig", text))?;
        // The same signature twice is harmless; two different ones for a function are not.
        match signatures.iter().position(|s| s.name == sig.name) {
            Some(i) if signatures[i].declaration() == sig.declaration() => {}
            Some(i) => {
                return Err(frame::conflicting_signature(text, texts[i]).render("--sig", text))
            }
            None => {
                signatures.push(sig);
                texts.push(text);
            }
        }
    }
    let mut declarations = Vec::new();
    for (sig, file) in &declared.functions {
        if signatures
            .iter()
            .any(|s: &frame::Signature| s.name == sig.name)
        {
            continue; // --sig overrides the declaration
        }
        let f = &sources[*file];
        T::check_signature(sig).map_err(|d| d.render(&f.path, &f.text))?;
        declarations.push(sig.clone());
    }
    let package = cli.package.clone().or(declared.package.clone());
    if cli.stub.is_some() && package.is_none() {
        return Err(
            "error: --stub needs a package name: give --package NAME (or a --go file of the package)\n"
                .to_string(),
        );
    }
    let options = Options {
        arch: Some(T::ARCH),
        syntax: match cli.syntax {
            SyntaxArg::Att => Some(Syntax::Att),
            SyntaxArg::Intel => Some(Syntax::Intel),
            SyntaxArg::Gnu => Some(Syntax::Gnu),
            SyntaxArg::Auto => None,
        },
        signatures,
        declarations,
        stack_budget: cli.stack,
        platform_register: !cli.no_platform_register,
        source_name: Path::new(&name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(name.clone()),
    };
    let verify = native2goasm::verify::Options {
        equivalent: cli.equivalent,
    };
    let result = convert_for::<T>(&source, &options, &verify, cli.report.is_some())
        .map_err(|d| d.render(&name, &source))?;
    eprint!("{}", render_all(&result.warnings, &name, &source));
    eprintln!("{}", result.report.summary.line());
    if let Some(path) = &cli.report {
        write_atomically(path, result.report.to_json().as_bytes())?;
    }
    if let (Some(path), Some(package)) = (&cli.stub, &package) {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = stub::stub(
            &options.signatures,
            package,
            T::ARCH,
            &file_name,
            &options.source_name,
        )
        .map_err(|e| format!("error: {e}\n"))?;
        write_atomically(path, text.as_bytes())?;
    }
    match &cli.output {
        Some(path) => write_atomically(path, result.text.as_bytes()),
        None => std::io::stdout()
            .write_all(result.text.as_bytes())
            .map_err(|e| format!("error: writing standard output: {e}\n")),
    }
}

/// `native2goasm encode FILE`, run for the target of `--arch`.
struct Encode<'a> {
    file: &'a str,
}

impl ForTarget for Encode<'_> {
    type Output = Result<(), String>;
    fn run<T: Target>(self) -> Result<(), String> {
        encode::<T>(self.file)
    }
}

/// `native2goasm encode`: every line's bytes; located errors for the lines that fail.
fn encode<T: Target>(file: &str) -> Result<(), String> {
    let (name, source) = read_input(file)?;
    let (lines, diags): (Vec<(u32, bool, Vec<u8>)>, _) = {
        let (l, d) = T::listing(&source);
        (
            l.into_iter().map(|l| (l.line, l.code, l.bytes)).collect(),
            d,
        )
    };
    let mut out = String::with_capacity(source.len() * 2);
    let index = LineIndex::new(&source);
    let failed: std::collections::HashSet<u32> = diags.iter().map(|d| d.span.line).collect();
    for (line, _, bytes) in lines.iter().filter(|l| l.1 && !failed.contains(&l.0)) {
        for b in bytes {
            out.push_str(&format!("{b:02x}"));
        }
        out.push('\t');
        out.push_str(index.line(*line).map_or("", |l| l.text));
        out.push('\n');
    }
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(|e| format!("error: writing standard output: {e}\n"))?;
    if diags.is_empty() {
        Ok(())
    } else {
        Err(diags.iter().map(|d| d.render_with(&name, &index)).collect())
    }
}

/// The name and text of an input file, or of standard input for `-` (which must not be a
/// terminal: nothing would tell the user that the converter waits for input).
fn read_input(input: &str) -> Result<(String, String), String> {
    let (name, bytes) = if input == "-" {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            return Err(
                "error: no input: give an assembly file, or pipe one into standard input\n\n\
                 Usage: native2goasm [OPTIONS] [INPUT]\n\nFor more information, try '--help'.\n"
                    .to_string(),
            );
        }
        let mut bytes = Vec::new();
        stdin
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("error: reading standard input: {e}\n"))?;
        ("<stdin>".to_string(), bytes)
    } else {
        let bytes =
            std::fs::read(input).map_err(|e| format!("error: cannot read {input}: {e}\n"))?;
        (input.to_string(), bytes)
    };
    let text = decode(bytes).map_err(|(d, shown)| d.render(&name, &shown))?;
    Ok((name, text))
}

/// Refuses an output path that cannot be written before any work is done (a directory, a
/// missing directory), so that no output is written when another one would fail.
fn check_writable(path: &Path) -> Result<(), String> {
    let fail = |why: &str| Err(format!("error: cannot write {}: {why}\n", path.display()));
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => fail("it is a directory"),
        Ok(_) => Ok(()),
        Err(_) => match parent(path).metadata() {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => fail("its parent is not a directory"),
            Err(e) => fail(&format!("its directory {}: {e}", parent(path).display())),
        },
    }
}

/// The directory `path` is in.
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Writes an output file. A regular file (or a new one) is written to a temporary file beside
/// it, then renamed over it: never half-written. Anything else (`/dev/null`, a pipe,
/// `/dev/stdout`) is written in place: renaming over it would replace a device node.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("error: cannot write {}: {e}\n", path.display());
    // A symbolic link is followed, so that the file it names is replaced, not the link.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let special = [path, &target]
        .iter()
        .any(|p| p.starts_with("/dev") || p.starts_with("/proc"));
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => return Err(fail(std::io::Error::other("it is a directory"))),
        Ok(m) if !m.is_file() || special => {
            return std::fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .and_then(|mut f| f.write_all(bytes))
                .map_err(fail)
        }
        _ => {}
    }
    let tmp = parent(&target).join(format!(
        ".{}.{}.tmp",
        target
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, &target));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

/// `65536`, `64K`, `64KiB`, `1M`, `1MiB`.
fn parse_size(text: &str) -> Result<u32, String> {
    let t = text.trim();
    let (digits, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let scale: u64 = match unit.trim() {
        "" | "B" => 1,
        "K" | "KiB" | "k" => 1024,
        "M" | "MiB" => 1024 * 1024,
        other => {
            return Err(format!(
                "unknown size unit `{other}` (use K, KiB, M or MiB)"
            ))
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a size (e.g. 65536, 64KiB, 1MiB)"))?;
    let bytes = n * scale;
    if bytes > 1 << 30 {
        return Err(format!(
            "{text} is more than Go's 1 GiB goroutine stack limit"
        ));
    }
    Ok(bytes as u32)
}
