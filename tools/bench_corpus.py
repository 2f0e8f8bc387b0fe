#!/usr/bin/env python3
"""Conversion speed on real compiler output, side by side with GNU as in the same run.

    tools/bench_corpus.py [--runs N] [--scales 1,4,16] [--bin PATH] [FILE.s ...]

Without files it takes the corpus that tools/corpus.sh builds ($CORPUS_DIR, default
~/.cache/native2goasm-corpus; fetched and compiled first when missing): SQLite gcc -O2 in
AT&T and Intel syntax and arm64 gcc -O2.
For each file and scale it makes an input of `scale` copies (every symbol the file defines
renamed per copy, so both tools accept it), then runs native2goasm (convert + verify,
output to /dev/null, warnings discarded) and GNU as (`as`, `aarch64-linux-gnu-as` for
arm64, object to /dev/null) in turn, A B A B, and prints per run medians: wall and cpu
seconds, instructions per second, peak memory (the child's own maxrss), the ratio of the
two tools, and how the time grows with the input. With a native2goasm that has --jobs, the
largest scale is also converted with --jobs 1 and --jobs 2 (the 2-core speed-up).

No timing is asserted anywhere: this prints numbers for the closing notes; the machines are
shared and noisy, which is why both tools run interleaved in one call.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDENT = re.compile(r"[A-Za-z_.$][\w.$]*")
DEFINES = re.compile(
    r"^\s*(?:([A-Za-z_.$][\w.$]*):|\.(?:comm|lcomm|set|equ)\s+([A-Za-z_.$][\w.$]*))",
    re.M,
)
DEFAULT_FILES = [
    "asm/sqlite_gcc_O2_att.s",
    "asm/sqlite_gcc_O2_intel.s",
    "asm/sqlite_arm64_gcc_O2.s",
]


def is_arm64(path, text):
    return "arm64" in os.path.basename(path) or "aarch64" in text[:4096] or "\tadrp\t" in text


def count_instructions(text):
    n = 0
    for line in text.splitlines():
        s = line.strip()
        if not s or s[0] in ".#/@;" or s.endswith(":"):
            continue
        n += 1
    return n


def scaled(text, scale):
    """`scale` copies of `text`, the symbols it defines renamed in every copy but the first."""
    defined = {a or b for a, b in DEFINES.findall(text)}
    copies = [text]
    for k in range(1, scale):
        copies.append(
            IDENT.sub(lambda m: m.group(0) + f"_{k}" if m.group(0) in defined else m.group(0), text)
        )
    return "\n".join(copies)


def run(cmd):
    """(wall s, cpu s, peak MiB, exit status) of one run of `cmd`."""
    start = time.monotonic()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def measure(commands, runs):
    """Runs every command in turn `runs` times; per command, medians of wall, cpu, peak."""
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(run(cmd))
    out = {}
    for name, rows in samples.items():
        statuses = {r[3] for r in rows}
        out[name] = (
            statistics.median(r[0] for r in rows),
            statistics.median(r[1] for r in rows),
            max(r[2] for r in rows),
            statuses,
        )
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scales", default="1,4,16")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "native2goasm"))
    args = ap.parse_args()
    corpus = os.environ.get("CORPUS_DIR", os.path.expanduser("~/.cache/native2goasm-corpus"))
    files = args.files or [os.path.join(corpus, f) for f in DEFAULT_FILES]
    if not args.files and not all(os.path.exists(f) for f in files):
        # Fetched from the package registries and compiled, as the corpus run does.
        subprocess.run(["bash", os.path.join(ROOT, "tools", "corpus.sh"), "--compile-only"],
                       check=True, env=dict(os.environ, CORPUS_DIR=corpus))
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: run tools/corpus.sh first, or name .s files")
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: cargo build --release first")
    help_text = subprocess.run([args.bin, "--help"], capture_output=True, text=True).stdout
    keep_going = ["--keep-going"] if "--keep-going" in help_text else []
    jobs = "--jobs" in help_text
    scales = [int(s) for s in args.scales.split(",")]

    print(f"{'file':34} {'x':>3} {'instrs':>9} {'tool':12} {'wall s':>8} {'cpu s':>8} "
          f"{'instr/s':>11} {'peak MiB':>9}  ratio")
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            text = open(path, encoding="utf-8", errors="surrogateescape").read()
            gnu_as = "aarch64-linux-gnu-as" if is_arm64(path, text) else "as"
            first_cpu = None
            for scale in scales:
                src = os.path.join(tmp, f"in{scale}.s")
                with open(src, "w", encoding="utf-8", errors="surrogateescape") as f:
                    f.write(scaled(text, scale))
                n = count_instructions(open(src, encoding="utf-8", errors="surrogateescape").read())
                commands = {
                    "native2goasm": [args.bin, *keep_going, "-o", os.devnull, src],
                    "GNU as": [gnu_as, "-o", os.devnull, src],
                }
                if jobs and scale == scales[-1]:
                    commands["n2g --jobs 1"] = [args.bin, *keep_going, "--jobs", "1", "-o", os.devnull, src]
                    commands["n2g --jobs 2"] = [args.bin, *keep_going, "--jobs", "2", "-o", os.devnull, src]
                m = measure(commands, args.runs)
                ours, theirs = m["native2goasm"], m["GNU as"]
                for name, (wall, cpu, peak, statuses) in m.items():
                    ratio = ""
                    if name == "native2goasm":
                        ratio = f"{theirs[0] / wall:.2f}x GNU as's speed"
                        if first_cpu is None:
                            first_cpu = (scale, cpu)
                        elif scale != first_cpu[0]:
                            growth = cpu / first_cpu[1]
                            ratio += f"; {scale // first_cpu[0]}x input: {growth:.1f}x cpu"
                    if name == "n2g --jobs 2":
                        ratio = f"speed-up {m['n2g --jobs 1'][0] / wall:.2f} over --jobs 1"
                    if statuses - {0, 1}:
                        ratio += f" (exit {sorted(statuses)})"
                    print(f"{os.path.basename(path)[:34]:34} {scale:>3} {n:>9} {name:12} {wall:8.3f} "
                          f"{cpu:8.3f} {n / wall:11.0f} {peak:9.1f}  {ratio}")
                print(f"{'':34} {'':>3} input {os.path.getsize(src) / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
