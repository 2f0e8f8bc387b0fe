#!/bin/sh
# Runs fuzz targets, niced, JOBS at a time (default 2); writes the seed corpora first.
# Crashes land in artifacts/<target>/, logs in logs/<target>.log; the
# `stat::number_of_executed_units` line of each log is the executions done.
# Needs cargo-fuzz and a nightly toolchain.
#
#   fuzz/run.sh [SECONDS] [TARGET...]        each target for SECONDS (default 600)
#   fuzz/run.sh --runs N [TARGET...]         each target for N executions
#
# The targets are built without a sanitizer and with debug assertions (`-s none -a`):
# the crate is safe Rust, so AddressSanitizer finds nothing the bounds checks do not, and
# it cost a factor of 5–30 in executions per second; debug assertions keep integer
# overflow a crash.
set -eu
cd "$(dirname "$0")"
limit="-max_total_time=${1:-600}"
if [ "${1:-}" = "--runs" ]; then
    limit="-runs=$2"
    shift 2
elif [ $# -gt 0 ]; then
    shift
fi
targets=${*:-att intel arm64 sig gosrc go_amd64 go_arm64 decode pipeline}
jobs=${JOBS:-2}
for t in $targets; do
    cargo +nightly fuzz build -O -a -s none "$t"
done
# The seed writer is an ordinary program: built without the fuzzing instrumentation.
cargo +nightly run --quiet --release --bin seed -- ..
bin=target/x86_64-unknown-linux-gnu/release
mkdir -p logs
run() {
    mkdir -p "artifacts/$1"
    nice -n 10 "$bin/$1" "corpus/$1" -max_len=1024 -timeout=10 -rss_limit_mb=2048 \
        "$limit" -print_final_stats=1 -artifact_prefix="artifacts/$1/" \
        >"logs/$1.log" 2>&1 || echo "$1: stopped (see fuzz/logs/$1.log)"
    grep -E '^stat::number_of_executed_units' "logs/$1.log" | sed "s/^/$1 /" || true
}
set -- $targets
while [ $# -gt 0 ]; do
    n=0
    while [ $# -gt 0 ] && [ "$n" -lt "$jobs" ]; do
        run "$1" &
        shift
        n=$((n + 1))
    done
    wait
done
