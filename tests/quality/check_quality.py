#!/usr/bin/env python3
"""The extractor's quality bars, measured with the corpus scorer.

Runs ../shared/corpus/score.py (with --json) on the dev corpus, the other
genres, the PolNeAR development set and the seed article against the built
command-line tool, prints the figures, and fails when one falls below its
bar. The bars sit just under the figures reached (see CHANGELOG.md), so that
a change that costs accuracy anywhere fails here:

  dev          end-to-end F1 >= 0.91, attribution accuracy >= 0.96,
               about Jaccard >= 0.61, via accuracy >= 0.77, relations F1 >= 0.52
  dev-genres   end-to-end F1 >= 0.87, attribution accuracy >= 0.92,
               about Jaccard >= 0.35, via accuracy >= 0.80, relations F1 >= 0.37
  polnear-dev  end-to-end F1 >= 0.55, attribution accuracy >= 0.91
  seed         end-to-end F1 >= 0.96

(dev-genres has six claims with a channel: one lost is 0.667, under its bar.)

Where ../shared is absent (a checkout without the test data) it says so and
exits with 77, which ctest reports as skipped.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

SKIP = 77
BARS = {
    "dev": {"f1": 0.91, "accuracy": 0.96, "about": 0.61, "via": 0.77, "relations": 0.52},
    "dev-genres": {"f1": 0.87, "accuracy": 0.92, "about": 0.35, "via": 0.80, "relations": 0.37},
    "polnear-dev": {"f1": 0.55, "accuracy": 0.91},
    "seed": {"f1": 0.96},
}


def score(python, scorer, gold, cli):
    cmd = f"{shlex.quote(cli)} extract --format json {{}}"
    res = subprocess.run([python, scorer, gold, "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=900)
    if res.returncode != 0:
        raise RuntimeError(f"score.py failed ({res.returncode}): {res.stderr.strip()[:500]}")
    return json.loads(res.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="the whosaid executable")
    ap.add_argument("--shared", required=True, help="the shared test data folder (../shared)")
    a = ap.parse_args()

    scorer = os.path.join(a.shared, "corpus", "score.py")
    sets = {name: os.path.join(a.shared, "corpus", name) for name in ("dev", "dev-genres", "polnear-dev")}
    sets["seed"] = os.path.join(a.shared, "seed")
    if not os.path.isfile(scorer) or not all(os.path.isdir(p) for p in sets.values()):
        print(f"skipped: the test corpus is not present at {a.shared}")
        return SKIP

    ok = True
    for name, gold in sets.items():
        r = score(sys.executable, scorer, gold, a.cli)
        f1 = r["end_to_end"]["f1"]
        acc = r["attribution_accuracy"]
        print(f"{name}: articles {r['articles']}  gold {r['gold_claims']}  predicted {r['pred_claims']}  "
              f"detection F1 {r['detection']['f1']:.3f}  attribution {acc:.3f}  "
              f"end-to-end P {r['end_to_end']['precision']:.3f} R {r['end_to_end']['recall']:.3f} F1 {f1:.3f}  "
              f"failures {len(r['failures'])}")
        bar = BARS[name]
        if f1 < bar["f1"]:
            print(f"  FAIL: {name} end-to-end F1 {f1:.3f} < {bar['f1']}")
            ok = False
        if "accuracy" in bar and acc < bar["accuracy"]:
            print(f"  FAIL: {name} attribution accuracy {acc:.3f} < {bar['accuracy']}")
            ok = False
        edges = {"about": r.get("about_jaccard"), "via": r.get("via_accuracy"),
                 "relations": (r.get("relations") or {}).get("f1")}
        shown = "  ".join(f"{k} {v:.3f}" for k, v in edges.items() if v is not None)
        if shown:
            print(f"  {shown}")
        for k, v in edges.items():
            if k in bar and (v is None or v < bar[k]):
                print(f"  FAIL: {name} {k} {v if v is None else round(v, 3)} < {bar[k]}")
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
