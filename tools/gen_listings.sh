#!/bin/sh
# Writes the disassembly listings tests/decode_listings.rs converts: the runtime suite's C
# (tests/e2e/frames/corpus.c) compiled with gcc -O2 -c, then `objdump -d -r` (AT&T and
# -M intel on amd64) and `llvm-objdump -d -r` when present. Run from the crate root.
set -eu
src=tests/e2e/frames/corpus.c
out=tests/listings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
gcc -O2 -fno-asynchronous-unwind-tables -c -o "$tmp/amd64.o" "$src"
objdump -d -r "$tmp/amd64.o" | sed "s|^$tmp/||" > "$out/frames_amd64.objdump"
objdump -d -r -M intel "$tmp/amd64.o" | sed "s|^$tmp/||" > "$out/frames_amd64_intel.objdump"
aarch64-linux-gnu-gcc -O2 -fno-asynchronous-unwind-tables -c -o "$tmp/arm64.o" "$src"
aarch64-linux-gnu-objdump -d -r "$tmp/arm64.o" | sed "s|^$tmp/||" > "$out/frames_arm64.objdump"
if command -v llvm-objdump >/dev/null; then
    llvm-objdump -d -r "$tmp/amd64.o" | sed "s|^$tmp/||" > "$out/frames_amd64.llvm-objdump"
fi
