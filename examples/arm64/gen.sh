#!/usr/bin/env bash
# Regenerates the arm64 example inputs from the C sources in c/, with the compilers the
# examples name (aarch64-linux-gnu-gcc 12 and clang 14 on Debian 12). Snapshots of their
# conversions are in snapshots/arm64__*.snap (tests/snapshots.rs).
set -euo pipefail
cd "$(dirname "$0")"
gcc=aarch64-linux-gnu-gcc
clang="clang --target=aarch64-linux-gnu"
$gcc   -O2 -S -o call1_gcc.s                                   c/call1.c   # br x16 tail call
$clang -O2 -fno-optimize-sibling-calls -S -o call1_clang_frame.s c/call1.c # frame record + blr
$gcc   -O2 -S -o add_gcc.s                                     c/add.c
$gcc   -O2 -S -o poly_gcc.s                                    c/poly.c    # adrp + ldr :lo12:
$gcc   -O2 -S -o lookup_gcc.s                                  c/lookup.c  # .LANCHOR0 section anchor
$clang -O3 -S -o sum_clang.s                                   c/sum.c     # NEON
# Compiler Explorer's filtered view: directives, comments and unused labels removed.
$gcc -O2 -S -o - c/poly.c | grep -v -E '^\s*\.(file|text|globl|global|type|size|ident|section|p2align|align|cfi_|arch)|^\.LF[BE][0-9]+:' > poly_godbolt.s
