"""Loads whosaid's GraphML with networkx and checks it against the JSON of
the same graph: one node per actor, one edge per claim target and relation,
attributes typed. Exits 77 (skip) when networkx is not importable."""
import json
import sys

try:
    import networkx
except ImportError:
    print("networkx is not importable by", sys.executable)
    sys.exit(77)

graphml, graph_json = sys.argv[1], sys.argv[2]
g = networkx.read_graphml(graphml)
doc = json.load(open(graph_json, encoding="utf-8"))

assert g.is_directed(), "the graph should be directed"
assert g.number_of_nodes() == len(doc["actors"]), (g.number_of_nodes(), len(doc["actors"]))
expected_edges = sum(len(c["about"]) for c in doc["claims"]) + len(doc["relations"])
assert g.number_of_edges() == expected_edges, (g.number_of_edges(), expected_edges)

for i, actor in enumerate(doc["actors"]):
    node = g.nodes["a%d" % i]
    assert node["name"] == actor["name"], (node, actor)
    assert node["kind"] == actor["kind"]
    assert node["anonymous"] is actor["anonymous"], node

claims = {c["id"]: c for c in doc["claims"]}
for u, v, data in g.edges(data=True):
    if data["type"] == "claim":
        c = claims[data["claim"]]
        assert isinstance(data["claim"], int)
        assert isinstance(data["span_begin"], int)
        assert data["content"] == c["content"], (data["content"], c["content"])
        assert [data["span_begin"], data["span_end"]] == c["span"]
        assert "a%d" % c["speaker"] == u
    else:
        assert data["type"] == "relation", data
        assert data["predicate"] in ("role", "member", "action", "other")

print("networkx read %d nodes and %d edges" % (g.number_of_nodes(), g.number_of_edges()))
