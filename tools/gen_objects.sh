#!/bin/sh
# Writes the ELF objects tests/decode_objects.rs and tests/diagnostics_objects.rs read:
# the runtime suite's C (tests/e2e/frames/corpus.c) and tests/objects/kernels.c (one of
# each relocation kind) compiled with gcc -O2 -c for amd64 and arm64, and got.c with -fPIC -fno-plt
# (a GOT load, which the converter refuses). Run from the crate root.
set -eu
out=tests/objects
flags="-O2 -fno-asynchronous-unwind-tables -c"
for arch in amd64 arm64; do
    case $arch in
    amd64) cc=gcc ;;
    arm64) cc=aarch64-linux-gnu-gcc ;;
    esac
    $cc $flags -o "$out/frames_$arch.o" tests/e2e/frames/corpus.c
    $cc $flags -o "$out/kernels_$arch.o" "$out/kernels.c"
    $cc $flags -fPIC -fno-plt -o "$out/got_$arch.o" "$out/got.c"
done
