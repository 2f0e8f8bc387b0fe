#!/bin/sh
# Conversion time and memory against input size: each workload at 1x and 10x, with the
# ratio of wall time and of peak RSS (linear means about 10x; quadratic, 100x). Workloads:
# a real function repeated, 100,000 errors, one warning per function, a 200k-term
# expression. Needs /usr/bin/time (GNU). Usage: tools/linearity.sh [path/to/native2goasm]
set -eu
bin=${1:-target/release/native2goasm}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import re, sys
d = sys.argv[1]
src = open('examples/amd64/lookup_clang.s').read()
def functions(n):
    return '\n'.join(re.sub(r'\b(lookup|\.LCPI0_\d+|\.LBB0_\d+|\.Lfunc_end0)\b',
                            lambda m: m.group(1) + '_' + str(i), src) for i in range(n))
for scale, n in (('1x', 1), ('10x', 10)):
    w = {
        'functions': functions(250 * n),
        'errors': 'f:\n' + '\tfrobq\t%rax\n' * (10000 * n) + '\tret\n',
        'warnings': ''.join(f'f{i}:\n\tret\n' for i in range(10000 * n)),
        'expression': 'f:\n\tret\n\t.data\nd:\n\t.quad ' + '+'.join(['1'] * (20000 * n)) + '\n',
    }
    for name, text in w.items():
        open(f'{d}/{name}_{scale}.s', 'w').write(text)
PY
measure() { /usr/bin/time -f '%e %M' "$bin" "$1" -o "$dir/out.s" 2>&1 >/dev/null | tail -1; }
printf '%-12s %10s %10s %8s %10s %10s %8s\n' workload 't1x(s)' 't10x(s)' ratio 'rss1x(KB)' 'rss10x(KB)' ratio
for w in functions errors warnings expression; do
    set -- $(measure "$dir/${w}_1x.s") $(measure "$dir/${w}_10x.s")
    awk -v w="$w" -v t1="$1" -v m1="$2" -v t10="$3" -v m10="$4" 'BEGIN {
        printf "%-12s %10.2f %10.2f %8.1f %10d %10d %8.1f\n", w, t1, t10, (t1 > 0 ? t10 / t1 : 0), m1, m10, m10 / m1 }'
done
