//! The `native2goasm` command: a thin shell over the library.

use clap::{Parser, Subcommand, ValueEnum};
use native2goasm::convert::{convert_for, Conversion, Options};
use native2goasm::diag::{decode, render_all, LineIndex};
use native2goasm::emit::stub;
use native2goasm::frame;
use native2goasm::ir::Arch;
use native2goasm::parse::cc::Compiler;
use native2goasm::parse::decode::object;
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
    /// Input syntax (default: auto, detected from the input). `hex`: machine code as hex
    /// bytes (needs --arch); `objdump`: a disassembly listing (`objdump -d [-r]`,
    /// `llvm-objdump -d`), decoded from its bytes column (detected when not given);
    /// `object`: an ELF relocatable object (`cc -c`; detected by its magic).
    #[arg(long, value_enum, default_value_t = SyntaxArg::Auto)]
    syntax: SyntaxArg,
    /// C source in (an INPUT ending in `.c`): the compiler to run with `-S` (default `cc -O2`;
    /// `aarch64-linux-gnu-gcc -O2` for --arch arm64 on another host), e.g. 'clang -O3 -mavx2'.
    #[arg(long, value_name = "CMD")]
    cc: Option<String>,
    /// The name of the function a hex input holds (default: the --sig function's, else `f`).
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
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
    /// After converting, assemble the output with `go tool asm` (Go must be installed) and
    /// require the bytes of every `exact` line to equal the embedded encoder's; a
    /// disagreement or a line Go rejects is an error naming the output and the input line.
    #[arg(long)]
    check_with_go: bool,
    /// Convert every function that can be: one that cannot is reported (its errors, naming
    /// it) and left out of the output and the stub, with the functions that call it or use
    /// data holding its address. The output is still written; the exit status is 1 if any
    /// function was left out. Without it, any error stops the conversion and nothing is
    /// written.
    #[arg(long)]
    keep_going: bool,
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
    /// Decode machine code and print each instruction in Go syntax with its verification
    /// class: `48 89 f8  MOVQ DI, AX  exact` (the quickest answer to "how do I write this in
    /// Go assembly?").
    Decode {
        /// Target architecture.
        #[arg(long, value_enum)]
        arch: ArchArg,
        /// Hex bytes (`48 89 f8`, `4889f8`, `0x48,0x89`; arm64 also words `d65f03c0`).
        #[arg(value_name = "HEX", required = true)]
        hex: Vec<String>,
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
    Hex,
    Objdump,
    Object,
    Auto,
}

impl SyntaxArg {
    fn syntax(self) -> Option<Syntax> {
        match self {
            SyntaxArg::Att => Some(Syntax::Att),
            SyntaxArg::Intel => Some(Syntax::Intel),
            SyntaxArg::Gnu => Some(Syntax::Gnu),
            SyntaxArg::Hex => Some(Syntax::Hex),
            SyntaxArg::Objdump | SyntaxArg::Object => Some(Syntax::Objdump),
            SyntaxArg::Auto => None,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(jobs) = cli.jobs {
        native2goasm::parse::parallel::set_jobs(jobs.into());
    }
    let result = match &cli.command {
        Some(Command::Encode { arch, file }) => with_target((*arch).into(), Encode { file }),
        Some(Command::Decode { arch, hex }) => decode_hex((*arch).into(), hex),
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
    let (name, source, known) = read_source(cli)?;
    if cli.syntax == SyntaxArg::Hex && cli.arch.is_none() {
        return Err("error: --syntax hex needs --arch amd64 or --arch arm64\n".to_string());
    }
    // Signatures are checked by the target's calling convention, so settle the target first.
    let arch = known
        .or(cli.arch.map(Arch::from))
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

/// The input as text: an assembly file or listing as it is, an object file as its listing
/// (`parse::decode::object`), a C file as its compiler's assembly (`parse::cc`); with the
/// architecture the last two settle.
fn read_source(cli: &Cli) -> Result<(String, String, Option<Arch>), String> {
    let given = cli.arch.map(Arch::from);
    if cli.cc.is_some() || cli.input.ends_with(".c") {
        let compiler =
            Compiler::choose(cli.cc.as_deref(), given).map_err(|e| format!("error: {e}\n"))?;
        let text = compiler.compile(&cli.input)?;
        let name = format!("{} ({} -S)", cli.input, compiler.argv[0]);
        return Ok((name, text, Some(compiler.arch)));
    }
    let (name, bytes) = read_bytes(&cli.input)?;
    if cli.syntax == SyntaxArg::Object || object::is_elf(&bytes) {
        let listing = object::listing(&bytes).map_err(|e| e.render(&name))?;
        if given.is_some_and(|a| a != listing.arch) {
            return Err(format!(
                "error: {name} is an {} object, not {}\n",
                listing.arch.go_name(),
                given.map_or("", Arch::go_name)
            ));
        }
        return Ok((name, listing.text, Some(listing.arch)));
    }
    let text = decode(bytes).map_err(|(d, shown)| d.render(&name, &shown))?;
    Ok((name, text, None))
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
        syntax: cli.syntax.syntax(),
        function_name: cli.name.clone(),
        signatures,
        declarations,
        stack_budget: cli.stack,
        platform_register: !cli.no_platform_register,
        keep_going: cli.keep_going,
        source_name: Path::new(&name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(name.clone()),
    };
    let verify = native2goasm::verify::Options {
        equivalent: cli.equivalent,
    };
    let records = cli.report.is_some() || cli.check_with_go;
    let result = convert_for::<T>(&source, &options, &verify, records)
        .map_err(|d| d.render(&name, &source))?;
    if cli.check_with_go {
        let output_name = cli
            .output
            .as_ref()
            .map_or("<stdout>".to_string(), |p| p.display().to_string());
        let lines = native2goasm::verify::live::check_with_go(
            &result.text,
            &output_name,
            &name,
            T::ARCH.go_name(),
            T::listing,
            &result.report.records,
            // arm64 Go pads each function to 16 bytes with zero words.
            T::ARCH == Arch::Arm64,
        )?;
        eprintln!("--check-with-go: {lines} exact lines agree with go tool asm");
    }
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
        // Functions left out (--keep-going) get no declaration: it would have no body.
        let converted: Vec<frame::Signature> = options
            .signatures
            .iter()
            .filter(|s| {
                result
                    .report
                    .functions
                    .iter()
                    .any(|f| f.name == s.name && f.reason.is_none())
            })
            .cloned()
            .collect();
        let text = stub::stub(
            &converted,
            package,
            T::ARCH,
            &file_name,
            &options.source_name,
        )
        .map_err(|e| format!("error: {e}\n"))?;
        write_atomically(path, text.as_bytes())?;
    }
    match &cli.output {
        Some(path) => write_atomically(path, result.text.as_bytes())?,
        None => std::io::stdout()
            .write_all(result.text.as_bytes())
            .map_err(|e| format!("error: writing standard output: {e}\n"))?,
    }
    left_out(&result, &name, &source)
}

/// `--keep-going`: the errors of the functions left out and how many there were (an error:
/// the exit status is 1), or nothing.
fn left_out(result: &Conversion, name: &str, source: &str) -> Result<(), String> {
    let skipped: Vec<&str> = result
        .report
        .functions
        .iter()
        .filter(|f| f.reason.is_some())
        .map(|f| f.name.as_str())
        .collect();
    if skipped.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}error: {} of {} functions left out (--keep-going; the output has the others): {}\n",
        render_all(&result.skipped, name, source),
        skipped.len(),
        result.report.functions.len(),
        skipped.join(", ")
    ))
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

/// `native2goasm decode`: the hex arguments (one line each) converted as one function, and
/// each instruction printed with its Go text and class.
fn decode_hex(arch: Arch, hex: &[String]) -> Result<(), String> {
    let source = hex.join("\n") + "\n";
    let options = Options {
        arch: Some(arch),
        syntax: Some(Syntax::Hex),
        ..Options::default()
    };
    let verify = native2goasm::verify::Options::default();
    let result = native2goasm::convert::convert_verified(&source, &options, &verify, true)
        .map_err(|d| d.render("<hex>", &source))?;
    let rows: Vec<_> = result
        .report
        .records
        .iter()
        .filter(|r| r.class != native2goasm::verify::report::Class::Added)
        .collect();
    let width = rows.iter().map(|r| r.source.len()).max().unwrap_or(0);
    let go_width = rows.iter().map(|r| r.go.len()).max().unwrap_or(0);
    let mut out = String::new();
    for r in rows {
        out.push_str(&format!(
            "{:width$}  {:go_width$}  {}\n",
            r.source,
            r.go,
            r.class.name()
        ));
    }
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(|e| format!("error: writing standard output: {e}\n"))
}

/// The name and text of an input file, or of standard input for `-` (which must not be a
/// terminal: nothing would tell the user that the converter waits for input).
fn read_input(input: &str) -> Result<(String, String), String> {
    let (name, bytes) = read_bytes(input)?;
    let text = decode(bytes).map_err(|(d, shown)| d.render(&name, &shown))?;
    Ok((name, text))
}

/// The name and bytes of an input file, or of standard input for `-` (not a terminal).
fn read_bytes(input: &str) -> Result<(String, Vec<u8>), String> {
    Ok(if input == "-" {
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
    })
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
