"""Merge as a reduce: the per-article graphs of a corpus merged in random
orders, one after another and as trees, give the graph of one run: the same
claims, each with a speaker of the same name and kind, and the same claims
grouped under one speaker. (Ids follow the order of merging, so the files
are compared by content, not byte for byte.)

Usage: merge_order.py WHOSAID PARTS.jsonl
"""
import json
import random
import subprocess
import sys

whosaid, parts_path = sys.argv[1], sys.argv[2]
parts = [line for line in open(parts_path, encoding="utf-8").read().splitlines() if line.strip()]


def merge(lines):
    out = subprocess.run([whosaid, "merge", "-q", "-"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return out


def tree(lines):
    """Merges halves recursively: ((a+b)+(c+d)) rather than (((a+b)+c)+d)."""
    if len(lines) <= 2:
        return merge(lines)
    half = len(lines) // 2
    return merge([tree(lines[:half]).strip(), tree(lines[half:]).strip()])


def summary(doc):
    g = json.loads(doc)
    keys = {a["id"]: a["key"] for a in g["articles"]}
    actors = {a["id"]: (a["name"], a["kind"]) for a in g["actors"]}
    claims = sorted((keys[c["article"]], tuple(c["span"]), actors[c["speaker"]]) for c in g["claims"])
    by_speaker = {}
    for c in g["claims"]:
        by_speaker.setdefault(c["speaker"], []).append((keys[c["article"]], tuple(c["span"])))
    groups = sorted(tuple(sorted(v)) for v in by_speaker.values())
    return claims, groups


one_run = summary(merge(parts))
rng = random.Random(20261203)
failures = 0
for trial in range(8):
    order = parts[:]
    rng.shuffle(order)
    how = "tree" if trial % 2 else "sequence"
    got = summary(tree(order) if trial % 2 else merge(order))
    for what, a, b in (("claims and their speakers", got[0], one_run[0]), ("claims per speaker", got[1], one_run[1])):
        if a != b:
            failures += 1
            diff = sorted(set(a) ^ set(b))[:5]
            print(f"order {trial} ({how}): {what} differ from one run, e.g. {diff}")
print(f"{len(parts)} article graphs, 8 orders, {len(one_run[0])} claims: {'no difference' if not failures else str(failures) + ' differences'}")
sys.exit(1 if failures else 0)
