"""igraph on the same graph as trackmap (benchmarks/run.ts writes the edge list).

Usage: python3 benchmarks/igraph_bench.py <work dir> [--sample k]

Reads <work dir>/edges.txt (first line n, then "i j weight" per link) and decision-makers.txt,
and prints one JSON line: for each step its CPU time (time.process_time()) and wall time, in ms.
With --sample k, closeness and harmonic run from k sampled vertices and BFS from k decision-makers,
and are extrapolated (labelled so); betweenness has no source subset in python-igraph 0.10, so
run.ts extrapolates it from M. Install: apt-get install -y python3-igraph (Debian/Ubuntu).
"""
import json
import random
import sys
import time

import igraph

work = sys.argv[1]
sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else None
skip_betweenness = "--skip-betweenness" in sys.argv

with open(f"{work}/edges.txt") as f:
    n = int(f.readline())
    pairs, weights = [], []
    for line in f:
        if line.strip():
            a, b, w = line.split()
            pairs.append((int(a), int(b)))
            weights.append(float(w))
with open(f"{work}/decision-makers.txt") as f:
    dms = [int(x) for x in f.read().split()]

rows = []


def step(name, fn, factor=1.0, note=None):
    c0, w0 = time.process_time(), time.perf_counter()
    out = fn()
    cpu, wall = (time.process_time() - c0) * 1000 * factor, (time.perf_counter() - w0) * 1000 * factor
    row = {"name": name, "cpuMs": cpu, "ms": wall}
    if note:
        row["note"] = note
    rows.append(row)
    return out


g = step("graph from an edge list", lambda: igraph.Graph(n=n, edges=pairs, directed=False, edge_attrs={"weight": weights}))
rng = random.Random(42)
if sample is None or not skip_betweenness:
    if not skip_betweenness:
        step("betweenness", lambda: g.betweenness(directed=False))
if sample is None:
    step("closeness", lambda: g.closeness())
    step("harmonic", lambda: g.harmonic_centrality())
    step("access (BFS from every decision-maker)", lambda: [g.bfs(d) for d in dms])
else:
    vs = rng.sample(range(n), min(sample, n))
    note = f"extrapolated from {len(vs)} sources"
    step("closeness", lambda: g.closeness(vertices=vs), n / len(vs), note)
    step("harmonic", lambda: g.harmonic_centrality(vertices=vs), n / len(vs), note)
    ds = rng.sample(dms, min(sample, len(dms)))
    step("access (BFS from every decision-maker)", lambda: [g.bfs(d) for d in ds], len(dms) / max(1, len(ds)), f"extrapolated from {len(ds)} decision-makers")
step("pagerank", lambda: g.pagerank(weights="weight", directed=False))
step("eigenvector", lambda: g.eigenvector_centrality(directed=False))
step("constraint", lambda: g.constraint())
step("louvain", lambda: g.community_multilevel(weights="weight"))
print(json.dumps({"igraph": igraph.__version__, "n": n, "m": len(pairs), "rows": rows}))
