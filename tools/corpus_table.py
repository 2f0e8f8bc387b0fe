#!/usr/bin/env python3
"""The table of a corpus run (tools/corpus.sh): per file, functions total/converted/%,
the exact share of the converted functions' source instructions that are not branches
(exact / (exact + equivalent + raw), from the --report summary; branches and the
converter's own changes, `added` and `rewritten`, are counted apart), whether `go tool asm`
assembled the output, the GNU as byte check of 200 sampled functions (tools/gnu_sample.py);
then the top 10 reasons functions were left out, with names and numbers normalised, over
every file and per file.

    corpus_table.py OUT_DIR NAME...   (reads OUT_DIR/NAME.{json,asm,gnu})
"""
import collections
import json
import os
import re
import sys


def normalise(reason):
    """`calls \`foo\`, which…` → `calls \`_\`, which…`; numbers and registers → N, R."""
    r = re.sub(r"`[^`]*`", "`_`", reason)
    r = re.sub(r"\((?:Go|native): [0-9a-f]+\)", "(…)", r)
    r = re.sub(r"\b(?:[RXVWFQ]\d+|[A-D]X|[SD]I|[SB]P|R\d+[LWB]?)\b", "R", r)
    r = re.sub(r"\b\d+\b", "N", r)
    return r


def main():
    out, names = sys.argv[1], sys.argv[2:]
    total = collections.Counter()
    roots = collections.Counter()
    per_file = {}
    rows = []
    for name in names:
        path = os.path.join(out, name + ".json")
        if not os.path.exists(path):
            rows.append((name, "conversion failed", "", "", "", "", ""))
            continue
        with open(path) as f:
            report = json.load(f)
        functions = report["functions"]
        converted = sum(1 for f in functions if f["status"] == "converted")
        s = report["summary"]
        source = s["exact"] + s["equivalent"] + s["raw"]
        exact = 100.0 * s["exact"] / source if source else 0.0
        with open(os.path.join(out, name + ".asm")) as f:
            asm = f.read().strip().splitlines()
        asm = asm[0] if asm else "?"
        gnu = os.path.join(out, name + ".gnu")
        if os.path.exists(gnu):
            with open(gnu) as f:
                last = (f.read().strip().splitlines() or ["?"])[-1]
            m = re.search(r"(\d+) of \d+ converted functions sampled.*; (\d+) mismatches", last)
            gnu = f"{m.group(1)} fns, {m.group(2)} mismatches" if m else last[:40]
        else:
            gnu = "not run"
        share = 100.0 * converted / len(functions) if functions else 0.0
        rows.append((name, str(len(functions)), str(converted), f"{share:.1f}%",
                     f"{exact:.2f}%", asm[:40], gnu))
        mine = collections.Counter()
        for f in functions:
            if f["reason"]:
                r = normalise(f["reason"])
                mine[r] += 1
                total[r] += 1
                if not r.startswith("calls `_`, which is left out"):
                    roots[r] += 1
        per_file[name] = mine
    head = ("file", "functions", "converted", "%", "exact non-branch", "go tool asm",
            "GNU as sample")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    for r in [head] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    for title, counter in [("top skip reasons (all files)", total),
                           ("top root causes (functions that fail themselves, all files)", roots)]:
        print(f"\n{title}:")
        for reason, n in counter.most_common(10):
            print(f"  {n:6}  {reason}")
    for name, mine in per_file.items():
        if mine:
            print(f"\n{name}:")
            for reason, n in mine.most_common(10):
                print(f"  {n:6}  {reason}")


if __name__ == "__main__":
    main()
