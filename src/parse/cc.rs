//! C source in: runs a C compiler with `-S` and hands its assembly to the parsers, so that
//! `native2goasm kernel.c` is `cc -O2 -S kernel.c` and a conversion of the result.
//!
//! The compiler is `--cc` (a command line split at white space, e.g. `clang -O3 -mavx2`),
//! else `cc -O2` for the host's architecture and `aarch64-linux-gnu-gcc -O2` for arm64 on
//! another host. The architecture is `--arch`, else what the compiler's name or its
//! `--target` says, else the host's. On arm64 the compiler is told to leave x18 (the
//! platform register), x27 (Go's assembler scratch) and x28 (`g`) alone, which saves the
//! converter renaming them. Its errors are passed through as they are.

use crate::ir::Arch;
use std::process::{Command, Stdio};

/// The compiler and the architecture it compiles for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiler {
    /// Program and arguments.
    pub argv: Vec<String>,
    pub arch: Arch,
}

/// The flags given to every arm64 compilation (see the module doc).
const ARM64_FLAGS: &[&str] = &["-ffixed-x18", "-ffixed-x27", "-ffixed-x28"];

/// The architecture of this machine, when it is one of the two.
pub fn host_arch() -> Option<Arch> {
    match std::env::consts::ARCH {
        "x86_64" => Some(Arch::Amd64),
        "aarch64" => Some(Arch::Arm64),
        _ => None,
    }
}

/// The architecture a compiler command line names: an `aarch64`/`arm64` or `x86_64`
/// program name or `--target`/`-target`/`--target=` value.
fn named_arch(argv: &[String]) -> Option<Arch> {
    let program = argv.first().map(String::as_str).unwrap_or("");
    let target = argv
        .windows(2)
        .find(|w| w[0] == "-target" || w[0] == "--target")
        .map(|w| w[1].as_str())
        .or_else(|| argv.iter().find_map(|a| a.strip_prefix("--target=")));
    [target, Some(program)].into_iter().flatten().find_map(|t| {
        if t.contains("aarch64") || t.contains("arm64") {
            Some(Arch::Arm64)
        } else if t.contains("x86_64") || t.contains("amd64") {
            Some(Arch::Amd64)
        } else {
            None
        }
    })
}

impl Compiler {
    /// The compiler for `--cc` (if given) and `--arch` (if given).
    pub fn choose(cc: Option<&str>, arch: Option<Arch>) -> Result<Compiler, String> {
        let host = host_arch();
        let argv: Vec<String> = match cc {
            Some(cc) => cc.split_whitespace().map(str::to_string).collect(),
            None if arch.is_none() || arch == host => vec!["cc".into(), "-O2".into()],
            None => vec!["aarch64-linux-gnu-gcc".into(), "-O2".into()],
        };
        if argv.is_empty() {
            return Err("--cc is empty: give a compiler command such as 'clang -O3'".into());
        }
        let arch = arch
            .or_else(|| named_arch(&argv))
            .or(host)
            .ok_or("the host is neither amd64 nor arm64: give --arch")?;
        Ok(Compiler { argv, arch })
    }

    /// The whole command for `source`, writing assembly to standard output.
    pub fn command(&self, source: &str) -> Command {
        let mut cmd = Command::new(&self.argv[0]);
        cmd.args(&self.argv[1..]);
        if self.arch == Arch::Arm64 {
            cmd.args(ARM64_FLAGS);
        }
        cmd.args(["-S", "-o", "-", source]);
        cmd
    }

    /// Compiles `source` (a C file) to assembly text; the compiler's messages are written to
    /// standard error as it prints them, and a failure is an error naming the command.
    pub fn compile(&self, source: &str) -> Result<String, String> {
        let mut cmd = self.command(source);
        let shown = format!(
            "{} {}",
            self.argv[0],
            cmd.get_args()
                .map(|a| a.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ")
        );
        let out = cmd
            .stdin(Stdio::null())
            .stderr(Stdio::inherit())
            .output()
            .map_err(|e| format!("error: cannot run `{shown}`: {e}\n"))?;
        if !out.status.success() {
            return Err(format!(
                "error: the C compiler failed: `{shown}` ({})\n",
                out.status
            ));
        }
        String::from_utf8(out.stdout)
            .map_err(|_| format!("error: `{shown}` printed assembly that is not UTF-8\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn the_architecture_comes_from_the_option_the_compiler_or_the_host() {
        assert_eq!(
            named_arch(&argv("aarch64-linux-gnu-gcc -O2")),
            Some(Arch::Arm64)
        );
        assert_eq!(
            named_arch(&argv("clang --target=aarch64-linux-gnu -O3")),
            Some(Arch::Arm64)
        );
        assert_eq!(
            named_arch(&argv("clang -target x86_64-linux-gnu")),
            Some(Arch::Amd64)
        );
        assert_eq!(named_arch(&argv("gcc -O2")), None);
        let c = Compiler::choose(Some("clang -O3 -mavx2"), Some(Arch::Amd64)).unwrap();
        assert_eq!((c.argv.len(), c.arch), (3, Arch::Amd64));
        let c = Compiler::choose(None, Some(Arch::Arm64)).unwrap();
        assert_eq!(c.arch, Arch::Arm64);
        if host_arch() != Some(Arch::Arm64) {
            assert_eq!(c.argv[0], "aarch64-linux-gnu-gcc");
        }
        let args: Vec<String> = c
            .command("k.c")
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            args,
            argv("-O2 -ffixed-x18 -ffixed-x27 -ffixed-x28 -S -o - k.c")
        );
        assert!(Compiler::choose(Some("  "), None).is_err());
    }
}
