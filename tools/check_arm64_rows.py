#!/usr/bin/env python3
"""Prove every row of mappings/arm64/instructions.tbl against the real tools.

For every row and shape this script generates concrete GNU instances (registers of each
kind, shifted and extended registers, every arrangement a vector kind allows, lanes,
register lists, pairs, the addressing modes, immediates of several sizes), keeps those
aarch64-linux-gnu-as accepts, and reads their words. Each instance is then converted by the
real converter (target/debug/native2goasm, one function per instance, so the row selection
and every handler run exactly as in use), and the Go text it produced is assembled with
`GOARCH=arm64 go tool asm -S`. A row is proven when every instance's Go words equal GNU
as's word. Rows emitted as raw `WORD`s are compared the same way (their encoder is the
converter's). Branches, calls, `adrp` and `:lo12:` rows are checked by name only: Go picks
branch forms and materialises addresses itself (DESIGN.md).

Writes tests/vectors/arm64/rows.txt (`gnu text | go text | hex`, or `| name`) and
known_gaps.txt; exit status 1 when a row has an instance that differs or fails.

Usage: tools/check_arm64_rows.py [--only MNEMONIC[,..]] [--no-write] [-v]
Needs: aarch64-linux-gnu-as/nm/objcopy, go, and a built converter (cargo build).
"""

import argparse
import collections
import itertools
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "mappings/arm64/instructions.tbl")
VECTORS = os.path.join(ROOT, "tests/vectors/arm64/rows.txt")
GAPS = os.path.join(ROOT, "tests/vectors/arm64/known_gaps.txt")
CONVERTER = os.environ.get("NATIVE2GOASM", os.path.join(ROOT, "target/debug/native2goasm"))

Row = collections.namedtuple("Row", "line mnemonic shape kinds go handler")

NAME_ONLY_HANDLERS = {"adrp", "lo12", "call", "tail_call", "ret"}
NAME_ONLY_KINDS = {"rel", "sym", "lo", "ml"}

# Forms left out of the table on purpose.
DROPPED = [
    ("ldrsb/ldrsh/ldursb/ldursh w (32-bit sign-extending loads) with writeback or from sp",
     "Go has no 32-bit sign-extending byte/halfword load (MOVB/MOVH extend to 64 bits); the"
     " other forms are raw WORD rows (@raw_roff, @raw_native)"),
    ("ldr/str q, h, b with a register offset", "Go's FMOVQ has no register-offset form and"
     " Go has no FMOVH/FMOVB: raw WORD rows (@raw_roff)"),
    ("ldnp/stnp, ldxp/stxp", "Go has no non-temporal or exclusive pair loads with GNU's spelling"),
    ("movi/mvni with msl, by-element multiplies, most scalar SIMD forms",
     "not in the table: Go has no spelling; add a @raw_* row with its encoder when needed"),
    ("mov xN, #0 / movz xN, #0", "Go rejects MOVZ $0 and spells MOVD $0 as ORR: emitted as a raw WORD"),
    ("ld1/st1 with a lane, post-index by register", "rejected by the parser"),
    ("adds/subs xzr, sp, ... and extends into xzr", "Go rejects or re-encodes them; compilers print"
     " cmn/cmp and never extend into the zero register: the rows take x0-x30 (`xr`, `wr`)"),
    ("add/sub/cmp/cmn with a negative immediate", "Go would build the constant in R27: the map"
     " stage flips the operation (`sub sp, sp, #-16` → `ADD $16, RSP, RSP`), as GNU as does"),
    (":got: / :got_lo12: relocations", "external symbols through the GOT: rejected"),
]


def table_lines(path):
    for n, line in enumerate(open(path), 1):
        line = line.split("#")[0].split()
        if line:
            yield n, line


def read_table():
    rows = []
    for line, f in table_lines(TABLE):
        handler = next((x[1:] for x in f[3:] if x.startswith("@")), None)
        for mn in f[0].split("|"):
            for shape in f[1].split("|"):
                kinds = [] if shape == "-" else shape.split(",")
                rows.append(Row(line, mn, shape, kinds, f[2], handler))
    return rows


ARR = ["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"]
VEC_MASK = {"t": 0xff, "t8b": 1, "t16b": 2, "t4h": 4, "t8h": 8, "t2s": 16, "t4s": 32,
            "t1d": 64, "t2d": 128, "tb": 3, "th": 12, "ts": 48, "td": 192, "tbhs": 63,
            "tsd": 0b10110000}
ELEM_MASK = {"e": 15, "eb": 1, "eh": 2, "es": 4, "ed": 8}


def immediates(row, pos):
    mn = row.mnemonic
    if mn in ("ubfx", "sbfx", "ubfiz", "sbfiz", "bfi", "bfxil", "ubfm", "sbfm"):
        return [1, 3, 8] if pos == 2 else [4, 1, 8]
    if mn in ("lsl", "lsr", "asr", "ror", "shl", "ushr", "sshr", "usra", "ushll", "ushll2",
              "sshll", "sshll2"):
        return [1, 3, 7, 31, 63]
    if mn in ("tbz", "tbnz"):
        return [0, 5, 31, 63]
    if mn in ("ccmp", "ccmn", "fccmp"):
        return [0, 4, 15, 31]
    if mn == "ext":
        return [0, 1, 3, 7, 15]
    if mn in ("movk", "movz", "movn"):
        return [1, 0x1234, 0x10000, 0xffff0000, 0x12340000, 0x123400000000, 0]
    if mn == "mov":
        return [0, 1, 255, 65535, 0x10000, 0xffff0000, -1, -2, -65536, 0x5555555555555555,
                0xff, 0x7fffffff, -2147483648, 0x123400000000, 0xfffffffffffff0ff]
    if mn in ("movi", "mvni"):
        return [0, 1, 0x42, 0xff, 0x8000, 0x42000000, 0x800000, 0xff00ff00ff00ff00, 0xff]
    return [0, 1, 7, 255, 4095, 4096, 0x1000, 0x7000, 0xff, 0xff00, 0x5555555555555555,
            0xf0f0f0f0, 16, -1]


def candidates(row, kind, pos):
    """GNU texts for one operand slot."""
    r = lambda *names: list(names)
    if kind == "x":
        return r("x0", "x7", "x30", "xzr")
    if kind == "w":
        return r("w1", "w9", "w30", "wzr")
    if kind == "xr":
        return r("x0", "x7", "x30")
    if kind == "wr":
        return r("w1", "w9", "w30")
    if kind == "xsp":
        return r("x3", "sp")
    if kind == "wsp":
        return r("w4", "wsp")
    if kind == "xs":
        return r("x5", "x6, lsl #3", "x7, lsr #9", "x8, asr #2", "x9, ror #5", "x10, lsl #63")
    if kind == "ws":
        return r("w5", "w6, lsl #3", "w7, lsr #9", "w8, asr #2", "w9, ror #5")
    if kind == "xe":
        return r("w10, sxtw", "w11, uxtw #2", "x12, sxtx #1", "x13, lsl #3", "x14",
                 "w15, uxtb", "w16, sxth #4")
    if kind == "we":
        return r("w10, uxtb", "w11, sxth #2", "w12", "w13, uxtw #1")
    if kind == "i":
        return ["#%d" % v for v in immediates(row, pos)]
    if kind == "f":
        return r("#1.0", "#2.5", "#-0.125", "#0.0", "#31.0")
    if kind == "c":
        return r("eq", "ne", "hs", "lo", "mi", "hi", "ls", "ge", "lt", "gt", "le")
    if kind in ("b", "h", "s", "d", "q"):
        return ["%s%d" % (kind, n) for n in (0, 17, 31)]
    if kind in ("vb", "vh", "vs", "vd", "vq"):
        return ["%s%d" % (kind[1], n) for n in (1, 18)]
    if kind in VEC_MASK:
        regs = [pos * 5 % 32 + 1, pos * 3 + 20]
        return ["v%d.%s" % (regs[i % 2], a) for i, a in enumerate(ARR)
                if VEC_MASK[kind] >> i & 1]
    if kind in ELEM_MASK:
        out = []
        for s, (e, lanes) in enumerate([("b", (0, 15)), ("h", (1, 7)), ("s", (2, 3)),
                                        ("d", (0, 1))]):
            if ELEM_MASK[kind] >> s & 1:
                out += ["v%d.%s[%d]" % (pos + 3, e, l) for l in lanes]
        return out
    if kind == "l":
        return r("{v0.16b}", "{v1.4s, v2.4s}", "{v3.2d, v4.2d, v5.2d}", "{v4.8b-v7.8b}",
                 "{v30.8h, v31.8h}")
    if kind in ("px", "pw", "pd", "ps", "pq"):
        c = kind[1]
        return ["%s%d, %s%d" % (c, a, c, b) for a, b in ((0, 1), (29, 30), (5, 9))]
    if kind == "m":
        return r("[x1]", "[x2, #8]", "[sp, #16]", "[x3, #-8]", "[x4, #4088]", "[x5, #1]",
                 "[x6, #-256]", "[x7, #32760]", "[x8, #-512]", "[x9, #1008]")
    if kind == "mw":
        return r("[x1, #16]!", "[sp, #-16]!", "[x2, #-32]!", "[x3, #8]!")
    if kind == "mp":
        return r("[x1], #16", "[sp], #32", "[x3], #-8", "[x4], #1", "[x5], #64")
    if kind == "mr":
        return r("[x1, x2]", "[x3, x4, lsl #3]", "[x5, w6, sxtw]", "[x7, w8, uxtw #2]",
                 "[x9, w10, sxtw #3]", "[x11, x12, lsl #2]", "[x13, x14, lsl #1]",
                 "[x15, x16, lsl #4]", "[x17, w19, sxtw #1]", "[x20, w21, sxtw #4]",
                 "[x22, w23, uxtw #0]", "[x24, x25, sxtx #3]", "[x26, x27, lsl #0]")
    if kind == "ml":
        return r("[x1, #:lo12:.Ldata]")
    if kind == "sym":
        return r(".Ldata")
    if kind == "lo":
        return r(":lo12:.Ldata")
    if kind == "rel":
        return r("TARGET")
    raise SystemExit("unknown kind " + kind)


def instances(row):
    cands = [candidates(row, k, i) for i, k in enumerate(row.kinds)]
    if not cands:
        return [row.mnemonic]
    vector = sum(k in VEC_MASK for k in row.kinds)
    # Register lists with every address: structure loads take only some of each.
    if vector >= 2 or "l" in row.kinds or (
        row.mnemonic in ("ubfx", "sbfx", "ubfiz", "sbfiz", "bfi", "bfxil")
    ):
        combos = itertools.product(*cands)
    else:
        n = max(len(c) for c in cands)
        combos = ([c[i % len(c)] for c in cands] for i in range(n))
    out = []
    for ops in combos:
        text = "%s\t%s" % (row.mnemonic, ", ".join(ops))
        # `add sp, sp, #n` at the start of a frameless Go function makes the Go assembler's
        # SP bookkeeping negative (it panics); sub sp (the same encoding class) is checked.
        if re.match(r"adds?\tw?sp,", text):
            continue
        # @raw_native refuses a base of sp (the frame stage cannot follow a raw word's
        # stack access): a located error, not a row.
        if row.handler == "raw_native" and "[sp" in text:
            continue
        if "lo" in row.kinds:
            text = "adrp\t%s, .Ldata; %s" % (ops[1], text)
        elif "ml" in row.kinds:
            text = "adrp\tx1, .Ldata; " + text
        out.append(text)
    return list(dict.fromkeys(out))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def gnu_assemble(texts, tmp):
    live = list(range(len(texts)))
    errors = {}
    while True:
        src = [".text"]
        line_of = {}
        for i in live:
            src.append("c%d:" % i)
            line_of[len(src) + 1] = i
            target = "g" if texts[i].startswith("bl\t") else ".Lt%d" % i
            src.append("\t" + texts[i].replace("TARGET", target))
            src.append(".Lt%d:" % i)
        # .Ldata is writable: the store rows (`str x, [x1, #:lo12:.Ldata]`) write it.
        src += ["cend:", "\tret", "g:", "\tret", ".data", ".Ldata:", "\t.xword 1"]
        path = os.path.join(tmp, "gnu.s")
        open(path, "w").write("\n".join(src) + "\n")
        r = run(["aarch64-linux-gnu-as", "-o", os.path.join(tmp, "gnu.o"), path])
        bad = set()
        for m in re.finditer(r"gnu\.s:(\d+): (Error|Warning): (.*)", r.stderr):
            i = line_of.get(int(m.group(1)))
            if i is not None:
                bad.add(i)
                errors[i] = m.group(3)
        if bad:
            live = [i for i in live if i not in bad]
            continue
        if r.returncode:
            raise SystemExit("as failed:\n" + r.stderr)
        break
    obj = os.path.join(tmp, "gnu.o")
    syms = {}
    for line in run(["aarch64-linux-gnu-nm", obj]).stdout.splitlines():
        a, _, name = line.split()
        syms[name] = int(a, 16)
    run(["aarch64-linux-gnu-objcopy", "-O", "binary", "-j", ".text", obj,
         os.path.join(tmp, "gnu.bin")])
    blob = open(os.path.join(tmp, "gnu.bin"), "rb").read()
    order = sorted(live, key=lambda i: syms["c%d" % i])
    out = {}
    for k, i in enumerate(order):
        hi = syms["c%d" % order[k + 1]] if k + 1 < len(order) else syms["cend"]
        out[i] = blob[syms["c%d" % i]:hi]
    return out, errors


def convert(texts, live, tmp):
    """Go text lines per instance, via the converter (one function per instance)."""
    live = list(live)
    errors = {}
    while live:
        src = []
        line_of = {}
        prefixed = set()
        for i in live:
            src.append("f%d:" % i)
            if re.search(r"\b[xw]29\b", texts[i]):
                # go vet's framepointer rule: a $0 function may not write x29 before it
                # mentions it; read it first (the line is dropped from the row's Go text).
                src.append("\tmov\tx9, x29")
                prefixed.add(i)
            target = "g" if texts[i].startswith("bl\t") else ".Lt%d" % i
            for part in texts[i].replace("TARGET", target).split("; "):
                src.append("\t" + part)
                line_of[len(src)] = i
            src += [".Lt%d:" % i, "\tret"]
        src += ["g:", "\tret", "\t.data", ".Ldata:", "\t.xword 1"]
        path = os.path.join(tmp, "conv.s")
        open(path, "w").write("\n".join(src) + "\n")
        r = run([CONVERTER, "--arch", "arm64", path])
        if r.returncode == 0:
            break
        bad = {}
        for block in r.stderr.split("\nerror")[0:]:
            m = re.search(r"conv\.s:(\d+):", block)
            if m and "warning" not in block.split("\n")[0]:
                i = line_of.get(int(m.group(1)))
                if i is not None:
                    bad[i] = block.strip().splitlines()[0]
        if not bad:
            raise SystemExit("converter failed:\n" + r.stderr[:3000])
        errors.update(bad)
        live = [i for i in live if i not in bad]
    out = {}
    cur = None
    for line in r.stdout.splitlines():
        m = re.match(r"TEXT ·f(\d+)(?:_native)?\(SB\)", line)
        if m:
            cur = int(m.group(1))
            out[cur] = []
            continue
        if line.startswith("TEXT"):
            cur = None
            continue
        if cur is None or not line.startswith("\t"):
            if line.startswith("Lt"):
                cur_done = cur
                out[cur_done].append("<label>")
            continue
        if "// stack check" in line or "// stack budget" in line:
            continue  # the frame stage's stack checks, not the row's mapping
        out[cur].append(line.strip().split(" //")[0].strip())
    res = {}
    for i, lines in out.items():
        body = lines[:lines.index("<label>")] if "<label>" in lines else lines[:-1]
        res[i] = body[1:] if i in prefixed else body
    return res, errors


def go_assemble(go_lines, tmp):
    inc = os.path.join(run(["go", "env", "GOROOT"]).stdout.strip(), "pkg/include")
    src = ['#include "textflag.h"']
    for i, lines in go_lines.items():
        src.append("TEXT ·f%d(SB), NOSPLIT|NOFRAME, $0" % i)
        src += ["\t" + l for l in lines]
        src += ["Lt%d:" % i, "\tRET"]
    src += ["TEXT ·g(SB), NOSPLIT|NOFRAME, $0", "\tRET",
            "DATA Ldata<>+0(SB)/8, $1", "GLOBL Ldata<>(SB), NOPTR, $8"]
    path = os.path.join(tmp, "go.s")
    open(path, "w").write("\n".join(src) + "\n")
    env = dict(os.environ, GOARCH="arm64")
    r = run(["go", "tool", "asm", "-S", "-p", "main", "-I", inc, "-o",
             os.path.join(tmp, "go.o"), path], env=env)
    if r.returncode:
        # Find the functions the errors are in, drop them and retry.
        starts = sorted((n + 1, int(m.group(1))) for n, l in enumerate(src)
                        for m in [re.match(r"TEXT ·f(\d+)", l)] if m)
        bad = {}
        for m in re.finditer(r"go\.s:(\d+)\)?:?\s*(.*)", r.stderr):
            line = int(m.group(1))
            owner = [i for s, i in starts if s <= line]
            if owner:
                bad.setdefault(owner[-1], "go: " + m.group(2)[:120])
        if not bad:
            return None, r.stderr
        rest = {i: l for i, l in go_lines.items() if i not in bad}
        out, errs = go_assemble(rest, tmp)
        if out is None:
            return None, errs
        errs.update(bad)
        return out, errs
    out, sizes = {}, {}
    cur = None
    for line in r.stdout.splitlines():
        m = re.match(r"main\.f(\d+) STEXT.* size=(\d+)", line)
        if m:
            cur = int(m.group(1))
            out[cur] = bytearray()
            sizes[cur] = int(m.group(2))
            continue
        if re.match(r"\S", line):
            cur = None
            continue
        m = re.match(r"\t0x([0-9a-f]+) \d+ \(.*\)\tRET", line)
        if m and cur is not None:
            sizes[cur] = int(m.group(1), 16) + 4
            continue
        m = re.match(r"\t0x[0-9a-f]{4} ((?:[0-9a-f]{2} )+)", line)
        if m and cur is not None:
            out[cur].extend(bytes.fromhex(m.group(1).replace(" ", "")))
    return {i: bytes(b[:sizes[i] - 4]) for i, b in out.items()}, {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    rows = [r for r in read_table() if not only or r.mnemonic in only]
    cases = []
    for row in rows:
        for text in instances(row):
            cases.append((row, text))
    texts = [c[1] for c in cases]
    with tempfile.TemporaryDirectory() as tmp:
        gnu, gnu_err = gnu_assemble(texts, tmp)
        go_text, conv_err = convert(texts, sorted(gnu), tmp)
        go_bytes, go_err = go_assemble(go_text, tmp)
        if go_bytes is None:
            print(go_err[:3000])
            return 1
    per_row = collections.defaultdict(collections.Counter)
    problems = collections.defaultdict(list)
    vectors = []
    for i, (row, text) in enumerate(cases):
        key = (row.line, row.mnemonic, row.shape)
        if i not in gnu:
            per_row[key]["native-invalid"] += 1
            if args.v:
                print("skip  %-40s %s" % (text, gnu_err.get(i)))
            continue
        if i in go_err:
            per_row[key]["go-error"] += 1
            problems[key].append("%s => %s: %s" % (text, "; ".join(go_text.get(i, [])), go_err[i]))
            continue
        if i in conv_err:
            per_row[key]["convert-error"] += 1
            problems[key].append("%s: %s" % (text, conv_err[i]))
            continue
        go = "; ".join(go_text.get(i, []))
        name_only = row.handler in NAME_ONLY_HANDLERS or any(
            k in NAME_ONLY_KINDS for k in row.kinds)
        shown = text.replace("TARGET", "target").replace("\t", " ")
        if name_only:
            per_row[key]["name"] += 1
            vectors.append("%s | %s | name" % (shown, go.replace("Lt%d" % i, "target")))
            continue
        g, n = go_bytes.get(i), gnu[i]
        if g == n:
            per_row[key]["ok"] += 1
            vectors.append("%s | %s | %s" % (shown, go, n.hex()))
        else:
            per_row[key]["differ"] += 1
            problems[key].append("%s => %s: gnu %s go %s" % (text, go, n.hex(),
                                                              g.hex() if g else "-"))
    bad = 0
    stats = collections.Counter()
    for key in sorted(per_row):
        c = per_row[key]
        stats.update(c)
        if c["ok"] + c["name"] == 0 or problems[key]:
            bad += 1
            print("ROW %s:%d %s %s  %s" % (os.path.relpath(TABLE, ROOT), key[0], key[1],
                                           key[2], dict(c)))
            for p in problems[key][:5]:
                print("    " + p)
    print("# %d shapes, %d instances: %s; %d rows with problems" % (
        len(per_row), len(cases), dict(stats), bad))
    if not args.no_write and not only:
        os.makedirs(os.path.dirname(VECTORS), exist_ok=True)
        with open(VECTORS, "w") as f:
            f.write("# Generated by tools/check_arm64_rows.py; do not edit.\n"
                    "# gnu text | go text (the converter's) | hex (aarch64-linux-gnu-as =="
                    " GOARCH=arm64 go tool asm), or `name` (checked by name only)\n")
            f.write("\n".join(vectors) + "\n")
        with open(GAPS, "w") as f:
            f.write("# Generated by tools/check_arm64_rows.py; do not edit (edit DROPPED"
                    " there).\n# Forms Go cannot spell byte-identically and that the table"
                    " leaves out or emits as raw WORDs:\n")
            for form, why in DROPPED:
                f.write("dropped | %s | %s\n" % (form, why))
        print("# wrote %d vectors to %s" % (len(vectors), os.path.relpath(VECTORS, ROOT)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
