#!/bin/sh
# Runs every fuzz target for SECONDS each (default 600), two at a time, niced; writes the
# seed corpora first. Crashes land in artifacts/<target>/, logs in logs/<target>.log; the
# last line of each log gives the executions done. Needs cargo-fuzz and a nightly toolchain.
# Usage: fuzz/run.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")"
secs=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-att intel arm64 sig gosrc go_amd64 go_arm64 decode pipeline}
cargo +nightly fuzz build -O
bin=target/x86_64-unknown-linux-gnu/release
"$bin/seed" ..
mkdir -p logs
run() {
    mkdir -p "artifacts/$1"
    nice -n 10 "$bin/$1" "corpus/$1" -max_len=1024 -timeout=10 -rss_limit_mb=2048 \
        -max_total_time="$secs" -print_final_stats=1 -artifact_prefix="artifacts/$1/" \
        >"logs/$1.log" 2>&1 || echo "$1: stopped (see fuzz/logs/$1.log)"
    grep -E '^stat::number_of_executed_units' "logs/$1.log" | sed "s/^/$1 /" || true
}
set -- $targets
while [ $# -gt 0 ]; do
    a=$1; shift
    if [ $# -gt 0 ]; then
        b=$1; shift
        run "$a" & run "$b"; wait
    else
        run "$a"
    fi
done
