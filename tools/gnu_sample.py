#!/usr/bin/env python3
"""Byte-check a random sample of converted functions against GNU as (issue 10's corpus
acceptance): the source file is assembled by GNU as with DWARF line numbers, disassembled
with its relocations, and every source instruction of the sampled functions that
native2goasm's report gives bytes for (`exact`, `equivalent`, `raw` records: the bytes the
converter proved the emitted Go line produces) must be the bytes GNU as produced on that
line. Masked: relocated fields (the linker fills them) and the displacements of branches
and PC-relative operands within a section (they depend on GNU's layout, not on the
instruction). Branch records carry no bytes (the converter re-targets them to Go labels)
and are counted, not compared; so are `rewritten` records (an instruction whose x28 or x18
the converter renamed: its bytes are the renamed instruction's).

    gnu_sample.py [--sample N] [--seed S] ARCH SOURCE.s REPORT.json

ARCH is amd64 or arm64; REPORT.json is `native2goasm --keep-going --report` of SOURCE.s.
Prints one line per mismatch and a summary; exits 1 on any mismatch, when a record's line
has no instruction in GNU's output, or when GNU as fails.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

TOOLS = {
    "amd64": ("as", "objdump"),
    "arm64": ("aarch64-linux-gnu-as", "aarch64-linux-gnu-objdump"),
}

# arm64 relocations: the instruction bits the linker fills.
ARM64_RELOC_BITS = [
    (r"ADR_PREL_PG_HI21|ADR_PREL_LO21|ADR_GOT_PAGE|TLSIE_ADR_GOTTPREL_PAGE21", 0x60FFFFE0),
    (r"ADD_ABS_LO12_NC|LDST\d+_ABS_LO12_NC|LD64_GOT_LO12_NC|TLS\w*LO12\w*", 0x003FFC00),
    (r"CALL26|JUMP26", 0x03FFFFFF),
    (r"CONDBR19|LD_PREL_LO19", 0x00FFFFE0),
    (r"TSTBR14", 0x0007FFE0),
    (r"MOVW_\w+", 0x001FFFE0),
]
# arm64 PC-relative forms GNU resolves in place within a section: (mask, value, field).
ARM64_PCREL = [
    (0x7C000000, 0x14000000, 0x03FFFFFF),  # b, bl
    (0xFF000010, 0x54000000, 0x00FFFFE0),  # b.cond
    (0x7E000000, 0x34000000, 0x00FFFFE0),  # cbz, cbnz
    (0x7E000000, 0x36000000, 0x0007FFE0),  # tbz, tbnz
    (0x1F000000, 0x10000000, 0x60FFFFE0),  # adr, adrp
    (0x3B000000, 0x18000000, 0x00FFFFE0),  # ldr (literal)
]
# Lines blanked before GNU as reads the file (the line count stays): cpp line markers, and
# clang's address-significance table, which this binutils does not know (it only marks
# symbols for the linker's identical-code folding).
BLANKED = re.compile(r'^(?:#\s*\d+\s+"|\s*\.addrsig(?:_sym)?\b)')
X86_RELOC_SIZE = {"64": 8, "PC64": 8, "GOTOFF64": 8, "GOTPC64": 8, "16": 2, "PC16": 2, "8": 1,
                  "PC8": 1}


def gnu_lines(arch, source, work):
    """{source line: [(bytes, mask)]} for every instruction GNU as put on that line, in
    address order (mask: True where the byte is compared)."""
    gas, objdump = TOOLS[arch]
    obj = os.path.join(work, "gnu.o")
    # Inline-asm blocks carry cpp line markers (`# 19788 "zstd.c" 1`) that GNU as takes as
    # line directives; blanked (see BLANKED), the line numbers stay those of the file.
    copy = os.path.join(work, os.path.basename(source))
    with open(source) as src, open(copy, "w") as dst:
        for l in src:
            dst.write("\n" if BLANKED.match(l) else l)
    r = subprocess.run([gas, "--gdwarf-5", "-o", obj, copy], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{gas} failed on {source}:\n{r.stderr[:2000]}")
    dump = subprocess.run([objdump, "-d", "-l", "-r", "-z", "--insn-width=16", obj],
                          capture_output=True, text=True, check=True).stdout
    name = os.path.basename(source)
    lines = {}
    line = None
    last = None  # the latest instruction: (bytearray, mask list, address)
    insn = re.compile(r"^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*\t(.*)$")
    reloc = re.compile(r"^\s*([0-9a-f]+): (R_\w+)\s")
    where = re.compile(r"^\S.*:(\d+)(?: \(discriminator \d+\))?$")
    for l in dump.splitlines():
        m = where.match(l)
        if m and name in l:
            line = int(m.group(1))
            last = None
            continue
        m = insn.match(l)
        if m and line is not None:
            addr = int(m.group(1), 16)
            if arch == "arm64":
                # objdump prints each instruction word as a number.
                code = b"".join(int(w, 16).to_bytes(len(w) // 2, "little")
                                for w in m.group(2).split())
            else:
                code = bytes.fromhex(m.group(2).replace(" ", ""))
            mask = [True] * len(code)
            last = (code, mask, addr)
            lines.setdefault(line, []).append(last)
            if arch == "arm64" and len(code) == 4:
                word = int.from_bytes(code, "little")
                for pmask, value, field in ARM64_PCREL:
                    if word & pmask == value:
                        mask_bits(mask, field)
                        break
            elif arch == "amd64":
                mask_x86_pcrel(code, mask, addr, m.group(3))
            continue
        m = reloc.match(l)
        if m and last is not None:
            code, mask, addr = last
            at = int(m.group(1), 16) - addr
            if arch == "arm64":
                kind = m.group(2)
                field = next((b for p, b in ARM64_RELOC_BITS if re.search(p, kind)), 0xFFFFFFFF)
                mask_bits(mask, field)
            else:
                size = X86_RELOC_SIZE.get(m.group(2).removeprefix("R_X86_64_"), 4)
                for i in range(at, min(at + size, len(code))):
                    mask[i] = False
    return lines


def squeeze(line):
    """A source line as the report quotes it: no comment, spaces collapsed."""
    line = re.split(r"\s(?:#|//)|^(?:#|//)", line.strip(), maxsplit=1)[0]
    return " ".join(line.split())


def mask_bits(mask, field):
    """Leaves out of the comparison the bytes of a little-endian word that `field` touches."""
    for i in range(4):
        if (field >> (8 * i)) & 0xFF:
            mask[i] = False


def mask_x86_pcrel(code, mask, addr, text):
    """A relative branch's displacement, or a RIP-relative operand's resolved in place: the
    little-endian displacement whose target objdump prints is found in the bytes."""
    target = re.search(r"(?:^|\s)([0-9a-f]+) <[^>]*>", text)
    if not target:
        return
    end = addr + len(code)
    disp = int(target.group(1), 16) - end
    for size in (4, 1):
        want = (disp & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
        # The displacement is the last field but for an immediate after it (at most 4 bytes).
        for at in range(len(code) - size, max(len(code) - size - 5, -1), -1):
            if code[at:at + size] == want:
                for i in range(at, at + size):
                    mask[i] = False
                return


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("arch", choices=sorted(TOOLS))
    ap.add_argument("source")
    ap.add_argument("report")
    a = ap.parse_args()
    with open(a.report) as f:
        report = json.load(f)
    functions = sorted(report["functions"], key=lambda f: f["line"])
    starts = [f["line"] for f in functions]
    converted = [i for i, f in enumerate(functions) if f["status"] == "converted"]
    chosen = sorted(random.Random(a.seed).sample(converted, min(a.sample, len(converted))))
    ranges = [(starts[i], starts[i + 1] if i + 1 < len(starts) else 1 << 62) for i in chosen]
    with tempfile.TemporaryDirectory() as work:
        gnu = gnu_lines(a.arch, a.source, work)
    with open(a.source) as f:
        text = [""] + [squeeze(l) for l in f]
    compared = masked = branches = helpers = rewritten = 0
    problems = []
    records = sorted(report["records"], key=lambda r: r["line"])
    k = 0
    for lo, hi in ranges:
        while k < len(records) and records[k]["line"] < lo:
            k += 1
        j = k
        while j < len(records) and records[j]["line"] < hi:
            r = records[j]
            j += 1
            if r["class"] == "rewritten":
                rewritten += 1
                continue
            if r["class"] not in ("exact", "equivalent", "raw", "branch"):
                continue
            if r["line"] >= len(text) or text[r["line"]] != squeeze(r["source"]):
                # The converter's own helpers (memset, …) come with their own line numbers.
                helpers += 1
                continue
            if r["class"] == "branch" or not r["source_hex"]:
                branches += 1
                continue
            mine = bytes.fromhex(r["source_hex"])
            theirs = gnu.get(r["line"])
            where = f"{os.path.basename(a.source)}:{r['line']}: {r['source']!r}"
            if not theirs:
                problems.append(f"{where}: GNU as put no instruction on this line")
                continue
            # GNU's instructions on the line, as many as make up the converter's bytes
            # (alignment padding after them is attributed to the same line).
            code, mask = b"", []
            for c, m, _ in theirs:
                if len(code) >= len(mine):
                    break
                code += c
                mask += m
            ok = len(code) == len(mine) and all(
                not keep or x == y for x, y, keep in zip(code, mine, mask))
            compared += 1
            masked += mask.count(False) > 0
            if not ok:
                problems.append(f"{where}: native2goasm {mine.hex()}, GNU as {code.hex()}")
    for p in problems:
        print(p)
    print(f"{os.path.basename(a.source)}: {len(chosen)} of {len(converted)} converted functions "
          f"sampled (seed {a.seed}); {compared} instructions compared with GNU as "
          f"({masked} with relocated or PC-relative fields masked), {branches} branches "
          f"re-targeted, {rewritten} rewritten (registers Go reserves renamed); {len(problems)} mismatches ({helpers} records of the converter's "
          f"helpers, not of the source, skipped)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
