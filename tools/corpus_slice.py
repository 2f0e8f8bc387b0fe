#!/usr/bin/env python3
"""Cut a slice of a corpus file (tools/corpus.sh) for tests/corpus_slice.rs: the lines from
function FIRST's leading directives to the `.size` of function LAST (and clang's
`.cfi_endproc` after it), as the compiler wrote them, after the header a slice needs to
stand alone (the syntax directive, `.text`).
References to what lies outside the slice stay: calls become external calls, data the slice
does not define makes its users skipped, as in the whole file.

    corpus_slice.py CORPUS.s FIRST LAST OUT.s COMMAND...
"""
import re
import sys


def main():
    src, first, last, out = sys.argv[1:5]
    command = " ".join(sys.argv[5:])
    with open(src) as f:
        lines = f.read().split("\n")
    label = lambda name: next(i for i, l in enumerate(lines) if l.split("//")[0].split("#")[0].strip() == name + ":")
    start = label(first)
    # Back over the directives that open the function (.globl, .type, .p2align, .text).
    while start > 0 and re.match(r"\s+\.(globl|global|type|p2align|align|text|section\s+\.text)", lines[start - 1]):
        start -= 1
    end = label(last)
    size = re.compile(r"\s+\.size\s+" + re.escape(last) + r"\s*,")
    while not size.match(lines[end]):
        end += 1
    # clang closes the function's CFI after its `.size`.
    if lines[end + 1].strip() == ".cfi_endproc":
        end += 1
    intel = any(l.strip().startswith(".intel_syntax") for l in lines[:50])
    arm = any(re.match(r"\s+\.arch\s+armv", l) for l in lines[:50]) or "aarch64" in command
    comment = "//" if arm else "#"
    header = [
        f"{comment} A slice of the corpus file {src.rsplit('/', 1)[-1]}, lines {start + 1}-{end + 1}",
        f"{comment} (functions {first} .. {last}), made by tools/corpus.sh --slice with: {command}",
    ]
    if intel:
        header.append("\t.intel_syntax noprefix")
    header.append("\t.text")
    with open(out, "w") as f:
        f.write("\n".join(header + lines[start:end + 1]) + "\n")


if __name__ == "__main__":
    main()
