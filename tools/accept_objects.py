#!/usr/bin/env python3
"""Real machine code acceptance (issue 13): object files of zlib and of a Rust crate,
converted function by function, every output assembled and checked by `go tool asm`.

Objects (each `ld -r`-merged into one relocatable object per library, so that calls and
data between its files are resolved inside it):
  zlib-<arch>      zlib's C (vendored by the libz-sys crate, fetched with `cargo fetch` in a
                   scratch crate) compiled with gcc -O2 -c: amd64 and arm64 (cross gcc)
  libz.a-debian    the static library of Debian's zlib1g-dev (`apt-get download`), amd64
  rust-amd64       tools/accept/kernels.rs, `rustc --emit=obj -C opt-level=2` (only the
                   host's target has a `core` here)

Each is converted with `native2goasm --keep-going --check-with-go --report`: `--keep-going`
leaves out the functions that cannot be converted (their first reasons are tallied),
`--check-with-go` assembles the output with `go tool asm` and requires every exact line's
bytes to equal Go's. The share printed is exact / (exact + equivalent + raw) over the
functions converted (branches, PC-relative by nature, and the converter's own changes —
`added`, and `rewritten` instructions whose x28 or x18 it renamed — are counted apart),
the design's "non-PC-relative instructions lifted exactly".

    cargo build --release && tools/accept_objects.py [--work DIR] [--bin CONVERTER]

Needs gcc, aarch64-linux-gnu-gcc, ld, aarch64-linux-gnu-ld, rustc, go, cargo (and apt-get
for the Debian library; skipped when the download fails). Exit status 1 when an object fails
to convert or assemble identically, or a share is below its goal. `tests/accept_objects.rs`
runs it in `cargo test` (with the oracles; it fetches zlib's source from crates.io).
"""

import argparse
import collections
import glob
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "native2goasm")
CC = {"amd64": "gcc", "arm64": "aarch64-linux-gnu-gcc"}
LD = {"amd64": "ld", "arm64": "aarch64-linux-gnu-ld"}


def sh(*cmd, cwd=None, check=True):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if check and r.returncode != 0:
        sys.exit(f"$ {' '.join(cmd)}\n{r.stdout}{r.stderr}")
    return r


def zlib_source(work):
    """The zlib C sources the libz-sys crate vendors (fetched from crates.io)."""
    crate = os.path.join(work, "zsrc")
    os.makedirs(os.path.join(crate, "src"), exist_ok=True)
    with open(os.path.join(crate, "Cargo.toml"), "w") as f:
        f.write('[package]\nname = "zsrc"\nversion = "0.0.0"\nedition = "2021"\n\n'
                '[dependencies]\nlibz-sys = { version = "1", features = ["static"] }\n')
    with open(os.path.join(crate, "src", "lib.rs"), "w") as f:
        f.write("")
    sh("cargo", "fetch", "--quiet", cwd=crate)
    meta = json.loads(sh("cargo", "metadata", "--format-version", "1", cwd=crate).stdout)
    pkg = next(p for p in meta["packages"] if p["name"] == "libz-sys")
    return os.path.join(os.path.dirname(pkg["manifest_path"]), "src", "zlib")


def merge(arch, objects, out):
    sh(LD[arch], "-r", "-o", out, *objects)
    return out


def zlib_object(work, arch, src):
    d = os.path.join(work, f"zlib-{arch}")
    os.makedirs(d, exist_ok=True)
    objects = []
    for c in sorted(glob.glob(os.path.join(src, "*.c"))):
        o = os.path.join(d, os.path.basename(c)[:-2] + ".o")
        sh(CC[arch], "-O2", "-c", "-I", src, "-o", o, c)
        objects.append(o)
    return merge(arch, objects, os.path.join(work, f"zlib-{arch}.o"))


def debian_object(work):
    d = os.path.join(work, "debian")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    r = sh("apt-get", "download", "zlib1g-dev", cwd=d, check=False)
    debs = glob.glob(os.path.join(d, "*.deb"))
    if r.returncode != 0 or not debs:
        print(f"libz.a-debian: skipped (apt-get download zlib1g-dev failed: {r.stderr.strip()})")
        return None
    sh("dpkg-deb", "-x", debs[0], os.path.join(d, "x"))
    lib = glob.glob(os.path.join(d, "x", "usr", "lib", "*", "libz.a"))[0]
    members = os.path.join(d, "o")
    os.makedirs(members)
    sh("ar", "x", lib, cwd=members)
    objects = sorted(glob.glob(os.path.join(members, "*.o")))
    return merge("amd64", objects, os.path.join(work, "libz.a-debian.o"))


def rust_object(work):
    out = os.path.join(work, "rust-amd64.o")
    sh("rustc", "--emit=obj", "-C", "opt-level=2", "-C", "panic=abort", "--crate-type=lib",
       "-o", out, os.path.join(ROOT, "tools", "accept", "kernels.rs"))
    return out


SUMMARY = re.compile(r"(\d+) instructions: (\d+) exact, (\d+) equivalent, (\d+) raw, "
                     r"(\d+) branches, (\d+) rewritten, (\d+) added")
LEFT_OUT = re.compile(r"error: (\d+) of (\d+) functions left out")
CHECKED = re.compile(r"--check-with-go: (\d+) exact lines agree")
REASON = re.compile(r"^error: (.*) \(in function `[^`]*`\)$")


def reason_kind(message):
    """A reason with its names and numbers taken out, for the tally."""
    m = re.sub(r"`[^`]*`", "`…`", message)
    return re.sub(r"0x[0-9a-f]+|\d+", "N", m)


def convert(work, name, obj, totals):
    out = os.path.join(work, f"{name}.s")
    report = os.path.join(work, f"{name}.json")
    r = sh(BIN, "--keep-going", "--check-with-go", "--report", report, obj, "-o", out,
           check=False)
    summary = SUMMARY.search(r.stderr)
    checked = CHECKED.search(r.stderr)
    if summary is None or checked is None:
        print(f"{name}: FAILED (exit {r.returncode})\n{r.stderr[-3000:]}")
        totals["failed"] += 1
        return
    _, exact, equivalent, raw, branches, rewritten, added = map(int, summary.groups())
    left = LEFT_OUT.search(r.stderr)
    left_out, functions = (int(left.group(1)), int(left.group(2))) if left else (0, None)
    if functions is None:
        functions = len(json.load(open(report)).get("functions", [])) if os.path.exists(report) else 0
    reasons = collections.Counter()
    seen = set()
    for line in r.stderr.splitlines():
        m = REASON.match(line)
        f = re.search(r"\(in function `([^`]*)`\)$", line)
        if m and f and f.group(1) not in seen:
            seen.add(f.group(1))
            reasons[reason_kind(m.group(1))] += 1
    share = exact / max(1, exact + equivalent + raw)
    print(f"{name}: functions {functions - left_out}/{functions} converted; "
          f"{exact} exact, {equivalent} equivalent, {raw} raw, {branches} branches, "
          f"{rewritten} rewritten, {added} added: {100 * share:.2f}% of non-PC-relative instructions exact; "
          f"go tool asm agrees on all {checked.group(1)} exact lines")
    for reason, n in reasons.most_common(8):
        print(f"    left out {n:4}: {reason}")
    arch = "arm64" if "arm64" in name else "amd64"
    t = totals[arch]
    for k, v in (("exact", exact), ("equivalent", equivalent), ("raw", raw),
                 ("rewritten", rewritten)):
        t[k] = t.get(k, 0) + v


def main():
    global BIN
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "tmp", "accept_objects"))
    ap.add_argument("--bin", default=BIN, help="the converter (default: the release build)")
    args = ap.parse_args()
    BIN = os.path.abspath(args.bin)
    if not os.path.exists(BIN):
        sys.exit(f"{BIN} is missing: cargo build --release first")
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    src = zlib_source(work)
    objects = [
        ("zlib-amd64", zlib_object(work, "amd64", src)),
        ("zlib-arm64", zlib_object(work, "arm64", src)),
        ("libz.a-debian-amd64", debian_object(work)),
        ("rust-amd64", rust_object(work)),
    ]
    totals = collections.defaultdict(dict)
    totals["failed"] = 0
    for name, obj in objects:
        if obj is not None:
            convert(work, name, obj, totals)
    below = []
    for arch, goal in (("amd64", 0.99), ("arm64", 0.97)):
        t = totals[arch]
        n = sum(t.get(k, 0) for k in ("exact", "equivalent", "raw"))
        share = t.get("exact", 0) / max(1, n)
        print(f"{arch} total: {t.get('exact', 0)}/{n} = {100 * share:.2f}% exact "
              f"(goal {100 * goal:.0f}%)")
        if n == 0 or share < goal:
            below.append(arch)
    if totals["failed"]:
        sys.exit(f"{totals['failed']} objects failed to convert or to assemble identically")
    if below:
        sys.exit(f"below the goal: {', '.join(below)}")


if __name__ == "__main__":
    main()
