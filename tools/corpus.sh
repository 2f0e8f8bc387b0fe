#!/usr/bin/env bash
# Corpus run (issue 10): SQLite 3.53.2 and zstd compiled into the ten corpus files, each
# converted whole with --keep-going --report, each output assembled with `go tool asm`, 200
# converted functions per file byte-checked against GNU as (tools/gnu_sample.py), and one
# table of results: functions converted, the exact share of non-branch instructions, the
# GNU as check, and the top skip reasons (numbers and names normalised).
#
#   tools/corpus.sh [--fetch-only | --compile-only] [FILE-NAME-FILTER]
#   tools/corpus.sh --slice   (re)writes tests/corpus/*.s, the excerpts tests/corpus_slice.rs
#                             converts (SLICES below)
#
# Sources come from package registries only (npm, PyPI) and are cached in $CORPUS_DIR
# (default ~/.cache/native2goasm-corpus); the converter is target/release/native2goasm
# (built first). Not part of `cargo test`: tests/corpus_slice.rs runs the same pipeline on a
# small committed excerpt. Outputs go to $CORPUS_DIR/out (or $CORPUS_OUT).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS_DIR=${CORPUS_DIR:-$HOME/.cache/native2goasm-corpus}
MODE=all
case "${1:-}" in
    --fetch-only) MODE=fetch; shift ;;
    --compile-only) MODE=compile; shift ;;
    --slice) MODE=slice; shift ;;
esac
FILTER=${1:-}
OUT=${CORPUS_OUT:-$CORPUS_DIR/out}
mkdir -p "$CORPUS_DIR/src" "$CORPUS_DIR/asm" "$OUT"
SRC=$CORPUS_DIR/src

# --- fetch -------------------------------------------------------------------------------
fetch_sqlite() {
    [ -f "$SRC/sqlite3.c" ] && return
    local tmp; tmp=$(mktemp -d)
    if command -v npm >/dev/null; then
        (cd "$tmp" && npm pack --silent better-sqlite3@12.11.1 >/dev/null)
    else
        curl -fsSL -o "$tmp/better-sqlite3-12.11.1.tgz" \
            https://registry.npmjs.org/better-sqlite3/-/better-sqlite3-12.11.1.tgz
    fi
    tar -xzf "$tmp"/better-sqlite3-12.11.1.tgz -C "$tmp" package/deps/sqlite3/sqlite3.c
    mv "$tmp/package/deps/sqlite3/sqlite3.c" "$SRC/sqlite3.c"
    rm -rf "$tmp"
}
fetch_zstd() {
    [ -f "$SRC/zstd.c" ] && return
    local tmp; tmp=$(mktemp -d)
    pip download --quiet --no-binary :all: --no-deps zstandard==0.25.0 -d "$tmp"
    tar -xzf "$tmp"/zstandard-0.25.0.tar.gz -C "$tmp" zstandard-0.25.0/zstd/zstd.c
    mv "$tmp/zstandard-0.25.0/zstd/zstd.c" "$SRC/zstd.c"
    rm -rf "$tmp"
}
fetch_sqlite
fetch_zstd
[ "$MODE" = fetch ] && exit 0

# --- compile: name, compiler and flags, source -------------------------------------------
X86V3="-O3 -march=x86-64-v3"
A64="--target=aarch64-linux-gnu"
CORPUS=(
    "sqlite_gcc_O2_att|gcc -O2|sqlite3.c"
    "sqlite_gcc_O2_intel|gcc -O2 -masm=intel|sqlite3.c"
    "sqlite_clang_O2_att|clang -O2|sqlite3.c"
    "sqlite_clang_O2_intel|clang -O2 -masm=intel|sqlite3.c"
    "sqlite_arm64_gcc_O2|aarch64-linux-gnu-gcc -O2|sqlite3.c"
    "sqlite_arm64_clang_O2|clang $A64 -O2|sqlite3.c"
    "zstd_gcc_O3_v3_att|gcc $X86V3|zstd.c"
    "zstd_gcc_O3_v3_intel|gcc $X86V3 -masm=intel|zstd.c"
    "zstd_clang_O3_v3_intel|clang $X86V3 -masm=intel|zstd.c"
    "zstd_arm64_gcc_O3|aarch64-linux-gnu-gcc -O3|zstd.c"
)
echo "compilers:"
for cc in gcc clang aarch64-linux-gnu-gcc; do
    printf '  %-22s %s\n' "$cc" "$($cc --version | head -1)"
done
for entry in "${CORPUS[@]}"; do
    IFS='|' read -r name cmd src <<<"$entry"
    [[ -n $FILTER && $name != *$FILTER* ]] && continue
    out=$CORPUS_DIR/asm/$name.s
    if [ ! -f "$out" ]; then
        # shellcheck disable=SC2086
        $cmd -S -w -o "$out.tmp" "$SRC/$src" && mv "$out.tmp" "$out"
    fi
done
[ "$MODE" = compile ] && exit 0

# --- slices for tests/corpus_slice.rs: corpus file, first and last function ----------------
SLICES=(
    "sqlite_gcc_O2_att|sqlite3LogEstToInt|memdbDeviceCharacteristics"
    "sqlite_gcc_O2_intel|sqlite3VtabOverloadFunction|sqlite3VtabOverloadFunction"
    "sqlite_arm64_gcc_O2|sqlite3VdbeFrameMemDel|sqlite3_db_handle"
    "zstd_clang_O3_v3_intel|ZSTD_createCStream|ZSTD_initCStream_usingCDict"
    "zstd_arm64_gcc_O3|FSE_buildCTable_rle|HIST_countFast_wksp"
)
if [ "$MODE" = slice ]; then
    for slice in "${SLICES[@]}"; do
        IFS='|' read -r name first last <<<"$slice"
        for entry in "${CORPUS[@]}"; do
            IFS='|' read -r n cmd src <<<"$entry"
            [ "$n" = "$name" ] || continue
            python3 "$ROOT/tools/corpus_slice.py" "$CORPUS_DIR/asm/$name.s" "$first" "$last" \
                "$ROOT/tests/corpus/$name.s" "$cmd -S -w $src ($($cmd --version | head -1))"
        done
    done
    exit 0
fi

# --- convert, assemble, tabulate ---------------------------------------------------------
# $N2G: another converter binary (e.g. an older build, for before/after numbers).
if [ -z "${N2G:-}" ]; then
    (cd "$ROOT" && cargo build --release --quiet)
    N2G=$ROOT/target/release/native2goasm
fi
GO=$(command -v go || true)
if [ -z "$GO" ]; then
    echo "note: go not found: outputs are not assembled" >&2
else
    INCLUDE=$("$GO" env GOROOT)/pkg/include
fi
for entry in "${CORPUS[@]}"; do
    IFS='|' read -r name cmd src <<<"$entry"
    [[ -n $FILTER && $name != *$FILTER* ]] && continue
    out=$OUT/$name
    arch=amd64
    [[ $name == *arm64* ]] && arch=arm64
    status=0
    "$N2G" --arch "$arch" --keep-going --report "$out.json" -o "$out.s" "$CORPUS_DIR/asm/$name.s" \
        2>"$out.log" || status=$?
    # 1: functions were left out (the output is written); anything else is a failure.
    if [ "$status" -gt 1 ] || [ ! -f "$out.s" ]; then
        echo "$name: conversion failed (status $status), see $out.log" >&2
        rm -f "$out.json" "$out.asm"
        continue
    fi
    if [ -n "$GO" ]; then
        if GOARCH=$arch "$GO" tool asm -p main -I "$INCLUDE" -o "$out.o" "$out.s" \
            >"$out.asm" 2>&1; then
            echo ok >"$out.asm"
        fi
    else
        echo "not assembled (no go)" >"$out.asm"
    fi
    # 200 converted functions, byte by byte against GNU as's object of the same file.
    python3 "$ROOT/tools/gnu_sample.py" "$arch" "$CORPUS_DIR/asm/$name.s" "$out.json" \
        >"$out.gnu" 2>&1 || true
done
names=()
for entry in "${CORPUS[@]}"; do
    name=${entry%%|*}
    [[ -n $FILTER && $name != *$FILTER* ]] && continue
    names+=("$name")
done
python3 "$ROOT/tools/corpus_table.py" "$OUT" "${names[@]}"
