#!/usr/bin/env python3
"""Edge-case sweeps against the real assemblers (issue 11): what GNU as and `go tool asm`
accept, and the bytes they produce, for every table row's form with edge immediates and
other register classes and widths.

Input side: every row of mappings/<arch>/instructions.tbl gives its instances (the ones of
tools/check_<arch>_rows.py) and, from them, edge instances: each immediate replaced by
0, 1, -1, the ends of every integer width and one past them (2^31, 2^32-1, 2^63...), every
general register replaced by the same register (`xchg eax, eax`) and by the other widths,
and (arm64) shift amounts, extends and index registers GNU as may refuse. Each line is
assembled with GNU as (amd64: Intel and AT&T spellings) and converted by the converter
(one function per line), whose Go text for the line is kept when it is marked `exact`.

Output side: every such Go line, and each of its `$n` immediates replaced by the edge
values, is assembled with `go tool asm` (many lines per file, rejected lines found from
Go's error line numbers).

Writes tests/vectors/<arch>/sweep_native_<syntax>.txt
    `native text | GNU hex or !error | converter's exact Go text or - | go tool asm hex or !error or -`
and tests/vectors/<arch>/sweep_go.txt
    `go text | go tool asm hex or !error`
which tests/sweep.rs checks without the tools.

Usage: tools/sweep.py [--arch amd64|arm64] [-v]
Needs: GNU as (x86-64 and aarch64-linux-gnu), go, and a built converter
(cargo build --release; NATIVE2GOASM=path overrides).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import check_amd64_rows as amd64
import check_arm64_rows as arm64

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONVERTER = os.environ.get("NATIVE2GOASM", os.path.join(ROOT, "target/release/native2goasm"))
COMMAND = "tools/sweep.py"

# Edge immediates: zero, one, minus one, and each end of every integer width with one past it.
EDGES = sorted({0, 1, -1, 2, 7, 8, 15, 16, 31, 32, 63, 64, 127, 128, 255, 256, -128, -129,
                32767, 32768, 65535, 65536, -32768, -32769, 4095, 4096,
                2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32,
                2**63 - 1, 2**63, -2**63, 2**64 - 1}, key=lambda v: (abs(v), v))
# Instances kept per row (evenly spaced over check_<arch>_rows.py's).
PER_ROW = 24
# Go lines given the edge values per Go mnemonic and operand shape.
PER_GO_SHAPE = 2
# Fewer values for the Go side (each Go line gets each of them per immediate).
GO_EDGES = [0, 1, -1, 31, 32, 63, 64, 127, 128, 255, 256, -129, 65536, 2**31, 2**32 - 1,
            2**32, -2**31 - 1, 2**63 - 1, -2**63]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


# ---------------------------------------------------------------------------------------
# amd64 instances: each row's instances, then its edge variants.

WIDTH_OF = {name: bits for bits, names in amd64.GPR.items() for name in names}


def att_text(mnemonic, ops, size):
    """The AT&T spelling of an instance: reversed operands, `%reg`, `$imm`,
    `disp(%base,%index,scale)`; a size suffix when no register names the size."""
    def op(o):
        if o["t"] == "reg":
            return "%" + o["name"]
        if o["t"] == "imm":
            return "$%d" % o["v"]
        if o["t"] == "label":
            return o["intel"]
        m = o
        inner = ("%" + m["base"]) if m["base"] else ""
        if m["index"]:
            inner += ",%%%s,%d" % (m["index"], int(m["inner"].split("*")[1].split("+")[0]
                                                   .split("-")[0].rstrip("]")))
        disp = re.search(r"([+-]\d+)\]$", m["inner"])
        return (disp.group(1).lstrip("+") if disp else "") + "(" + inner + ")"
    suffix = ""
    if size and not any(o["t"] == "reg" and o["name"] in WIDTH_OF for o in ops):
        suffix = {8: "b", 16: "w", 32: "l", 64: "q"}[size]
    parts = [op(o) for o in reversed(ops)]
    return mnemonic + suffix + (" " + ", ".join(parts) if parts else "")


def _unique(instances):
    seen, out = set(), []
    for size, ops in instances:
        key = (size, amd64.intel_text("", ops))
        if key not in seen:
            seen.add(key)
            out.append((size, ops))
    return out


def amd64_instances():
    """(intel, att) texts: the rows' instances and their edge variants."""
    out = []
    for row in amd64.read_table():
        if row.handler in amd64.ERROR_HANDLERS:
            continue
        insts = amd64.instances(row)
        base = insts[::len(insts) // PER_ROW + 1]
        variants = list(base)
        firsts = {size: (size, ops) for size, ops in reversed(insts)}  # one per size
        for size, ops in _unique(base[:2] + list(firsts.values())):
            if any(o["t"] == "imm" for o in ops):
                for v in EDGES:
                    variants.append((size, [amd64.imm(v) if o["t"] == "imm" else o for o in ops]))
            regs = [o for o in ops if o["t"] == "reg" and o["name"] in WIDTH_OF]
            if len(regs) >= 2:  # the same register twice: `xchg eax, eax`
                variants.append((size, [amd64.reg(regs[0]["name"]) if o in regs else o
                                        for o in ops]))
            for bits in (8, 16, 32, 64):  # every register at another width
                if regs and any(WIDTH_OF[r["name"]] != bits for r in regs):
                    def widen(o):
                        if o not in regs:
                            return o
                        names = amd64.GPR[WIDTH_OF[o["name"]]]
                        return amd64.reg(amd64.GPR[bits][names.index(o["name"])])
                    variants.append((size, [widen(o) for o in ops]))
        for size, ops in variants:
            out.append((amd64.intel_text(row.mnemonic, ops), att_text(row.mnemonic, ops, size)))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------
# arm64 instances: the rows' instances, edge immediates, other widths, refused modifiers.

ARM64_MODIFIERS = {  # kind -> extra operand texts GNU as may refuse
    "mr": ["[x1, x2, lsl #7]", "[x1, x2, sxtw]", "[x1, x2, uxtw #3]", "[x1, w2]",
           "[x1, w2, lsl #3]", "[x1, w2, sxtx]", "[x1, x2, lsl #1]", "[x1, x2, lsl #2]"],
    "xs": ["x6, lsl #64", "x6, ror #63", "x6, lsl #-1"],
    "ws": ["w6, lsl #32", "w6, asr #31", "w6, ror #31"],
    "xe": ["x10, sxtw", "w10, sxtx", "w10, uxtw #5", "x10, lsl #5"],
    "we": ["w10, sxtx", "x10, uxtb", "w10, lsl #5"],
    "m": ["[x1, #4096]", "[x1, #-257]", "[x1, #3]", "[x1, #32768]"],
    "mw": ["[x1, #256]!", "[x1, #-257]!"],
    "mp": ["[x1], #256", "[x1], #-257"],
    "c": ["al", "nv"],
}


def arm64_instances():
    out = []
    for row in arm64.read_table():
        insts = arm64.instances(row)
        out += insts[::len(insts) // PER_ROW + 1]  # the vector rows' products are large
        if any(k in arm64.NAME_ONLY_KINDS for k in row.kinds) \
                or row.handler in arm64.NAME_ONLY_HANDLERS:
            continue
        for text in insts[:2]:
            mn, _, ops = text.partition("\t")
            if "#" in ops:
                first = re.search(r"#(-?(?:0x)?[0-9a-f]+)\b", ops)
                if first and not ops[first.end():first.end() + 1] == ".":
                    for v in EDGES:
                        out.append("%s\t%s#%d%s" % (mn, ops[:first.start()], v, ops[first.end():]))
            if mn in ("movk", "movz", "movn"):
                for s in (13, 16, 32, 48, 64):
                    out.append("%s\t%s, lsl #%d" % (mn, ops, s))
            # every general register at the other width
            swap = re.sub(r"\b([xw])(\d+|zr)\b",
                          lambda m: ("w" if m.group(1) == "x" else "x") + m.group(2), ops)
            if swap != ops and "[" not in ops:
                out.append("%s\t%s" % (mn, swap))
        for k, extra in ARM64_MODIFIERS.items():
            if k in row.kinds and insts:
                pos = row.kinds.index(k)
                for e in extra:
                    ops = [arm64.candidates(row, kk, i)[0] for i, kk in enumerate(row.kinds)]
                    ops[pos] = e
                    out.append("%s\t%s" % (row.mnemonic, ", ".join(ops)))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------
# The converter: one function per line; the Go text of the line's exact record.

def convert(arch, syntax, header, texts, tmp):
    """index -> Go text of the line's `exact` record, or None (raw, branch, rejected)."""
    live = list(range(len(texts)))
    out = {}
    while live:
        src = list(header)
        line_of = {}
        for i in live:
            src.append("f%d:" % i)
            target = ".Lt%d" % i
            for part in texts[i].replace(".Ltarget", target).replace("TARGET", target) \
                    .split("; "):
                src.append("\t" + part)
                line_of[len(src)] = i
            src += [".Lt%d:" % i, "\tret"]
        path = os.path.join(tmp, "conv.s")
        report = os.path.join(tmp, "report.json")
        open(path, "w").write("\n".join(src) + "\n")
        r = run([CONVERTER, "--arch", arch, "--syntax", syntax, "--report", report, "-o",
                 os.path.join(tmp, "conv.out.s"), path])
        if r.returncode == 0:
            for rec in json.load(open(report))["records"]:
                i = line_of.get(rec["line"])
                if i is not None and rec["class"] == "exact":
                    out[i] = rec["go"]
            return out
        bad = set()
        for m in re.finditer(r"conv\.s:(\d+):\d+", r.stderr):
            i = line_of.get(int(m.group(1)))
            if i is not None:
                bad.add(i)
        if not bad:
            raise SystemExit("converter failed without a located error:\n" + r.stderr[:3000])
        live = [i for i in live if i not in bad]
    return out


def go_edge_variants(go):
    """`go` with each `$n` immediate replaced by the edge values."""
    out = []
    for m in re.finditer(r"\$(-?(?:0x[0-9a-f]+|\d+))\b(?![.(])", go):
        for v in GO_EDGES:
            out.append(go[:m.start()] + "$%d" % v + go[m.end():])
    return out


def cell(data, err):
    """Hex bytes, or `!` and the tool's message without its file, line and PC."""
    if data is not None:
        return data.hex()
    err = re.sub(r"\s*\(/[^)]*\)|main\.f\d*: |(?<=instruction): \d+|(?<=go: )\d{5} ", "", err)
    return "!" + " ".join(err.split())[:72]


def write(path, header, lines):
    with open(path, "w") as f:
        f.write("# Generated by %s; do not edit.\n" % COMMAND)
        for h in header:
            f.write("# %s\n" % h)
        f.write("\n".join(lines) + "\n")
    print("# wrote %d lines to %s" % (len(lines), os.path.relpath(path, ROOT)))


def sweep(arch, tmp):
    vec = os.path.join(ROOT, "tests/vectors", arch)
    go_lines = {}
    if arch == "amd64":
        pairs = amd64_instances()
        syntaxes = [("intel", [".intel_syntax noprefix", ".text"], [p[0] for p in pairs]),
                    ("att", [".att_syntax", ".text"], [p[1] for p in pairs])]
    else:
        syntaxes = [("gnu", [".text"], arm64_instances())]
    for syntax, header, texts in syntaxes:
        print("# %s %s: %d lines" % (arch, syntax, len(texts)))
        if arch == "amd64":
            gnu, gnu_err, _ = amd64.gnu_assemble(texts, tmp, header[0])
        else:
            gnu, gnu_err = arm64.gnu_assemble(texts, tmp)
        accepted = [i for i in range(len(texts)) if i in gnu]
        exact = convert(arch, syntax, header, [texts[i] for i in accepted], tmp)
        go_of = {accepted[k]: g for k, g in exact.items()}
        gtexts = sorted(set(go_of.values()))
        gb, gerr = amd64.go_assemble(gtexts, tmp, arch)
        go_res = {t: cell(gb.get(k), gerr.get(k, "no bytes")) for k, t in enumerate(gtexts)}
        lines = []
        for i, t in enumerate(texts):
            g = go_of.get(i)
            lines.append(" | ".join([
                t.replace("\t", " "),
                cell(gnu.get(i), gnu_err.get(i, "")),
                g.replace("\t", " ") if g else "-",
                go_res[g] if g else "-",
            ]))
        shapes = {}
        for g in gtexts:
            go_lines[g] = None
            mn, _, ops = g.partition(" ")
            shape = (mn, tuple(o.strip().startswith("$") for o in ops.split(",")))
            shapes[shape] = shapes.get(shape, 0) + 1
            if shapes[shape] <= PER_GO_SHAPE:
                for v in go_edge_variants(g):
                    go_lines.setdefault(v, None)
        write(os.path.join(vec, "sweep_native_%s.txt" % syntax),
              ["%s --arch %s  (GNU as %s, go %s)" % (COMMAND, arch, tool_version(arch),
                                                     go_version()),
               "native text | GNU as hex or !error | converter's exact Go text or - |"
               " go tool asm hex or !error or -"], lines)
    gtexts = sorted(go_lines)
    gb, gerr = amd64.go_assemble(gtexts, tmp, arch)
    write(os.path.join(vec, "sweep_go.txt"),
          ["%s --arch %s  (go %s)" % (COMMAND, arch, go_version()),
           "go text | go tool asm hex or !error"],
          ["%s | %s" % (t.replace("\t", " "), cell(gb.get(k), gerr.get(k, "no bytes")))
           for k, t in enumerate(gtexts)])


def tool_version(arch):
    exe = "as" if arch == "amd64" else "aarch64-linux-gnu-as"
    return run([exe, "--version"]).stdout.splitlines()[0].split()[-1]


def go_version():
    return run(["go", "env", "GOVERSION"]).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", choices=["amd64", "arm64"], action="append")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for arch in args.arch or ["amd64", "arm64"]:
            sweep(arch, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
