#!/usr/bin/env bash
# Regenerates the example inputs in examples/amd64/ from the C sources in examples/amd64/c/,
# with the compilers the examples name (GCC 12 and clang 14 on Debian 12).
set -euo pipefail
cd "$(dirname "$0")/../examples/amd64"
gcc   -O2 -S -o add_gcc.s                      c/add.c
clang -O3 -masm=intel -S -o poly_clang_intel.s c/poly.c
gcc   -O2 -masm=intel -S -o lookup_gcc_intel.s c/lookup.c
clang -O2 -S -o lookup_clang.s                 c/lookup.c
clang -O3 -mavx2 -S -o sum_clang_avx2.s        c/sum.c
gcc   -O2 -S -o mul128_gcc.s                   c/mul128.c
# Compiler Explorer's filtered view: directives, comments and unused labels removed.
gcc -O2 -S -o - c/poly.c | grep -v -E '^\s*\.(file|text|globl|type|size|ident|section|p2align|align|cfi_)|^\.LF[BE][0-9]+:' > poly_godbolt.s
clang -O3 -mavx2 -masm=intel -S -o minmax_clang_avx2_intel.s c/minmax.c
gcc   -O2 -S -o text_gcc.s                     c/text.c
