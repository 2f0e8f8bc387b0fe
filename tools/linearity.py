#!/usr/bin/env python3
"""Conversion time and memory against input size, with and without diagnostics.

    tools/linearity.py [--bin PATH] [--runs N] [--scale K]

Each workload is written at 1x and at K x (default 10) and converted `--runs` times (median
kept) with `--jobs 1`, so the CPU time is one core's work. Printed per workload: CPU seconds
(user + sys of the child) at both sizes and their ratio, peak RSS at both sizes, and GNU as's
CPU seconds on the same two files (it rejects the errors workload, after reading all of it). Linear
means a time ratio near K (issue 11 asks for at most 1.1 K); quadratic means K squared.

Workloads, each big enough at 1x that start-up does not hide the slope:
  functions   a real clang function (examples/amd64/lookup_clang.s), 2,500 renamed copies
  errors      100,000 lines that are errors (`frobq %rax`), with --keep-going
  warnings    100,000 functions without --sig (one warning each)
  expression  a 200,000-term data expression
  sqlite      SQLite gcc -O2 AT&T from the corpus (tools/corpus.sh), when it is there,
              copied with renamed symbols (tools/bench_corpus.py's `scaled`), --keep-going

Needs GNU time (/usr/bin/time). No timing is asserted anywhere; this prints numbers for
the closing notes.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from bench_corpus import scaled  # noqa: E402

CORPUS = os.environ.get("CORPUS_DIR", os.path.expanduser("~/.cache/native2goasm-corpus"))


def workloads(scale):
    src = open(os.path.join(ROOT, "examples/amd64/lookup_clang.s")).read()
    rename = re.compile(r"\b(lookup|\.LCPI0_\d+|\.LBB0_\d+|\.Lfunc_end0)\b")

    def functions(n):
        return "\n".join(rename.sub(lambda m, i=i: f"{m.group(1)}_{i}", src) for i in range(n))

    w = {
        "functions": (functions(2500 * scale), []),
        "errors": ("f:\n" + "\tfrobq\t%rax\n" * (100000 * scale) + "\tret\n", ["--keep-going"]),
        "warnings": ("".join(f"f{i}:\n\tret\n" for i in range(100000 * scale)), []),
        "expression": (
            "f:\n\tret\n\t.data\nd:\n\t.quad " + "+".join(["1"] * (200000 * scale)) + "\n",
            [],
        ),
    }
    sqlite = os.path.join(CORPUS, "asm", "sqlite_gcc_O2_att.s")
    if os.path.exists(sqlite):
        w["sqlite"] = (scaled(open(sqlite).read(), scale), ["--keep-going"])
    return w


def run(command):
    """CPU seconds and peak RSS (KB) of one command. GNU time reports the child's own
    rusage: a child forked from this interpreter would inherit its peak RSS."""
    timed = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    user, system, rss = timed.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), int(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "native2goasm"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=int, default=10)
    args = ap.parse_args()
    k = args.scale
    with tempfile.TemporaryDirectory() as d:
        sizes = {1: workloads(1), k: workloads(k)}
        out, obj = os.path.join(d, "out.s"), os.path.join(d, "out.o")
        print(f"{'workload':<12} {'cpu 1x':>8} {'cpu %dx' % k:>8} {'ratio':>6} "
              f"{'rss 1x MB':>10} {'rss %dx MB' % k:>10} {'as 1x':>7} {'as %dx' % k:>7} "
              f"{'ratio':>6}")
        for name in sizes[1]:
            row = {}
            for s in (1, k):
                text, flags = sizes[s][name]
                path = os.path.join(d, f"{name}_{s}.s")
                open(path, "w").write(text)
                ours = [run([args.bin, path, "-o", out, "--jobs", "1", *flags])
                        for _ in range(args.runs)]
                gnu = [run(["as", path, "-o", obj]) for _ in range(args.runs)]
                row[s] = (statistics.median(c for c, _ in ours), max(r for _, r in ours),
                          statistics.median(c for c, _ in gnu))
            (t1, m1, a1), (tk, mk, ak) = row[1], row[k]
            print(f"{name:<12} {t1:8.2f} {tk:8.2f} {tk / t1 if t1 else 0:6.1f} "
                  f"{m1 / 1024:10.0f} {mk / 1024:10.0f} {a1:7.2f} {ak:7.2f} "
                  f"{ak / a1 if a1 else 0:6.1f}")


if __name__ == "__main__":
    main()
