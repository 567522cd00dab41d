#!/usr/bin/env python3
"""Scores the extractor on every shared corpus and prints one table.

    tests/quality/score_all.py --cli build/tools/whosaid [--shared ../shared]
                               [--only dev,seed] [--json out.json] [--vs before.json]

Every rule change is judged by the whole table: a rule that helps one corpus
and costs another is not general. --json keeps the figures; --vs prints the
difference from figures kept earlier, so a change's before/after is one call.
The corpora are the folders of ../shared/corpus that hold annotated articles,
and the seed article; where ../shared is absent it says so and exits 77.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

SKIP = 77
ORDER = ["dev", "dev-genres", "polnear-dev", "polnear-train", "seed"]


def corpora(shared):
    root = os.path.join(shared, "corpus")
    found = {}
    if os.path.isdir(root):
        for name in sorted(os.listdir(root)):
            path = os.path.join(root, name)
            if os.path.isdir(path) and any(f.endswith(".json") for f in os.listdir(path)):
                found[name] = path
    seed = os.path.join(shared, "seed")
    if os.path.isdir(seed):
        found["seed"] = seed
    rank = {n: i for i, n in enumerate(ORDER)}
    return dict(sorted(found.items(), key=lambda kv: (rank.get(kv[0], len(ORDER)), kv[0])))


def score(scorer, gold, cli):
    cmd = f"{shlex.quote(cli)} extract --format json {{}}"
    res = subprocess.run([sys.executable, scorer, gold, "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=1800)
    if res.returncode != 0:
        raise RuntimeError(f"score.py on {gold} failed ({res.returncode}): {res.stderr.strip()[:500]}")
    r = json.loads(res.stdout)
    r.pop("failures", None)
    return r


def row(r):
    e = r["end_to_end"]
    return {
        "articles": r["articles"], "gold": r["gold_claims"], "pred": r["pred_claims"],
        "det_f1": r["detection"]["f1"], "attr": r["attribution_accuracy"],
        "e2e_p": e["precision"], "e2e_r": e["recall"], "e2e_f1": e["f1"],
        "via": r.get("via_accuracy"), "about": r.get("about_jaccard"),
        "rel_f1": (r.get("relations") or {}).get("f1"),
    }


COLUMNS = [("articles", "{:>5}"), ("gold", "{:>6}"), ("pred", "{:>6}"), ("det_f1", "{:>6.3f}"),
           ("attr", "{:>6.3f}"), ("e2e_p", "{:>6.3f}"), ("e2e_r", "{:>6.3f}"), ("e2e_f1", "{:>6.3f}"),
           ("via", "{:>6.3f}"), ("about", "{:>6.3f}"), ("rel_f1", "{:>6.3f}")]


def fmt(v, f):
    if v is None:
        return "{:>6}".format("-")
    return f.format(v)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="the whosaid executable")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"),
                    help="the shared test data folder (default: ../shared beside the checkout)")
    ap.add_argument("--only", help="comma-separated corpus names")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--vs", help="figures written earlier with --json: print the change")
    a = ap.parse_args()

    scorer = os.path.join(a.shared, "corpus", "score.py")
    sets = corpora(a.shared)
    if a.only:
        wanted = a.only.split(",")
        sets = {k: v for k, v in sets.items() if k in wanted}
    if not os.path.isfile(scorer) or not sets:
        print(f"skipped: the test corpus is not present at {a.shared}")
        return SKIP
    cli = os.path.abspath(a.cli)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(sets, pool.map(lambda g: row(score(scorer, g, cli)), sets.values())))
    before = {}
    if a.vs:
        with open(a.vs) as f:
            before = json.load(f)

    print("{:<14}".format("corpus") + " ".join("{:>6}".format(c[:6]) for c, _ in COLUMNS))
    for name, r in results.items():
        print("{:<14}".format(name) + " ".join(fmt(r[c], f) for c, f in COLUMNS))
        if name in before:
            b = before[name]
            d = []
            for c, f in COLUMNS:
                if isinstance(r[c], float) and isinstance(b.get(c), float):
                    d.append("{:>+6.3f}".format(r[c] - b[c]))
                elif isinstance(r[c], int) and isinstance(b.get(c), int):
                    d.append("{:>+6d}".format(r[c] - b[c]))
                else:
                    d.append("{:>6}".format(""))
            print("{:<14}".format("  change") + " ".join(d))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
