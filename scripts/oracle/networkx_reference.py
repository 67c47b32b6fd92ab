#!/usr/bin/env python3
"""Independent reference values for trackmap's metrics, computed with NetworkX.

Usage (from the repository root):

    python3 scripts/oracle/networkx_reference.py                      # writes the JSON + roster
    python3 scripts/oracle/networkx_reference.py --check-graphology   # also compares with the
                                                                      # installed graphology-generators

Outputs:
  tests/reference/fixtures/networkx-values.json   per-node and graph-level reference values
  data-samples/southern-women/{people,events,attendance}.csv
                                                  Davis Southern Women two-mode roster

The TypeScript tests never run this script: they read the committed JSON. This file documents
where the numbers came from and lets anyone regenerate them.

Graph construction
------------------
The three classic graphs (karate, florentine, kite) are rebuilt here from the *same data* that
graphology-generators@0.11.2 embeds (social/karate-club.js, social/florentine-families.js,
small/krackhardt-kite.js), with the same node keys and the same node/edge insertion order, so
that the oracle and the TypeScript side compute on the identical graph. The script then checks
the edge sets against NetworkX's built-in versions and records any difference in "notes".

Conventions (the ones trackmap promises)
----------------------------------------
  degree       G.degree(v)                       (unweighted)
  strength     G.degree(v, weight="weight")
  betweenness  nx.betweenness_centrality(G, normalized=True)         (unweighted, hop-based)
  closeness    nx.closeness_centrality(G)                            (wf_improved=True)
  harmonic     nx.harmonic_centrality(G)                             (raw sum of 1/d)
  pagerank     nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
  eigenvector  nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12)   (unweighted)
  eigenvector_numpy  nx.eigenvector_centrality_numpy(G)                  (unweighted)
  constraint   nx.constraint(G)                  (unweighted; isolates -> null)
  clustering   nx.clustering(G)                  (unweighted)
  graph: density, average_clustering, degree_assortativity (null if nan), components,
         transitivity
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import subprocess
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT_JSON = ROOT / "tests" / "reference" / "fixtures" / "networkx-values.json"
ROSTER_DIR = ROOT / "data-samples" / "southern-women"
GENERATOR = "scripts/oracle/networkx_reference.py"

# ---------------------------------------------------------------------------------------------
# Data copied verbatim from graphology-generators@0.11.2
# ---------------------------------------------------------------------------------------------

# social/karate-club.js: adjacency matrix; only the upper triangle (column > row) is read.
KARATE_DATA = [
    "0111111110111100010101000000000100",
    "1011000100000100010101000000001000",
    "1101000111000100000000000001100010",
    "1110000100001100000000000000000000",
    "1000001000100000000000000000000000",
    "1000001000100000100000000000000000",
    "1000110000000000100000000000000000",
    "1111000000000000000000000000000000",
    "1010000000000000000000000000001011",
    "0010000000000000000000000000000001",
    "1000110000000000000000000000000000",
    "1000000000000000000000000000000000",
    "1001000000000000000000000000000000",
    "1111000000000000000000000000000001",
    "0000000000000000000000000000000011",
    "0000000000000000000000000000000011",
    "0000011000000000000000000000000000",
    "1100000000000000000000000000000000",
    "0000000000000000000000000000000011",
    "1100000000000000000000000000000001",
    "0000000000000000000000000000000011",
    "1100000000000000000000000000000000",
    "0000000000000000000000000000000011",
    "0000000000000000000000000101010011",
    "0000000000000000000000000101000100",
    "0000000000000000000000011000000100",
    "0000000000000000000000000000010001",
    "0010000000000000000000011000000001",
    "0010000000000000000000000000000101",
    "0000000000000000000000010010000011",
    "0100000010000000000000000000000011",
    "1000000000000000000000001100100011",
    "0010000010000011001010110000011101",
    "0000000011000111001110110011111110",
]
KARATE_CLUB1 = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21}  # 'Mr. Hi'

# social/florentine-families.js
FLORENTINE_EDGES = [
    ("Acciaiuoli", "Medici"),
    ("Castellani", "Peruzzi"),
    ("Castellani", "Strozzi"),
    ("Castellani", "Barbadori"),
    ("Medici", "Barbadori"),
    ("Medici", "Ridolfi"),
    ("Medici", "Tornabuoni"),
    ("Medici", "Albizzi"),
    ("Medici", "Salviati"),
    ("Salviati", "Pazzi"),
    ("Peruzzi", "Strozzi"),
    ("Peruzzi", "Bischeri"),
    ("Strozzi", "Ridolfi"),
    ("Strozzi", "Bischeri"),
    ("Ridolfi", "Tornabuoni"),
    ("Tornabuoni", "Guadagni"),
    ("Albizzi", "Ginori"),
    ("Albizzi", "Guadagni"),
    ("Bischeri", "Guadagni"),
    ("Guadagni", "Lamberteschi"),
]

# small/krackhardt-kite.js: each row is mergeStar(graph, [center, ...neighbours]).
KITE_ADJACENCY = [
    ["Andre", "Beverley", "Carol", "Diane", "Fernando"],
    ["Beverley", "Andre", "Ed", "Garth"],
    ["Carol", "Andre", "Diane", "Fernando"],
    ["Diane", "Andre", "Beverley", "Carol", "Ed", "Fernando", "Garth"],
    ["Ed", "Beverley", "Diane", "Garth"],
    ["Fernando", "Andre", "Carol", "Diane", "Garth", "Heather"],
    ["Garth", "Beverley", "Diane", "Ed", "Fernando", "Heather"],
    ["Heather", "Fernando", "Garth", "Ike"],
    ["Ike", "Heather", "Jane"],
    ["Jane", "Ike"],
]
# NetworkX's krackhardt_kite_graph() uses integers 0..9; the standard labelling is alphabetical.
KITE_NX_LABELS = ["Andre", "Beverley", "Carol", "Diane", "Ed",
                  "Fernando", "Garth", "Heather", "Ike", "Jane"]

# Davis Southern Women: event dates (month/day) as given by Davis, Gardner & Gardner (1941);
# the year is not part of the data.
DAVIS_EVENT_DAYS = {
    "E1": (6, 27), "E2": (3, 2), "E3": (4, 12), "E4": (9, 26), "E5": (2, 25),
    "E6": (5, 19), "E7": (3, 15), "E8": (9, 16), "E9": (4, 8), "E10": (6, 10),
    "E11": (2, 23), "E12": (4, 7), "E13": (11, 21), "E14": (8, 3),
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ---------------------------------------------------------------------------------------------
# Graph builders (graphology order)
# ---------------------------------------------------------------------------------------------

def _add_edge(G: nx.Graph, u: str, v: str, w: float = 1.0) -> None:
    """graphology mergeEdge semantics on an undirected graph: an existing edge is kept."""
    if not G.has_edge(u, v):
        G.add_edge(u, v, weight=w)


def karate_graph() -> nx.Graph:
    G = nx.Graph()
    for i in range(34):
        G.add_node(str(i), club="Mr. Hi" if i in KARATE_CLUB1 else "Officer")
    for row, line in enumerate(KARATE_DATA):
        for col in range(row + 1, len(line)):
            if line[col] == "1":
                _add_edge(G, str(row), str(col))
    return G


def florentine_graph() -> nx.Graph:
    G = nx.Graph()
    for u, v in FLORENTINE_EDGES:
        _add_edge(G, u, v)
    return G


def kite_graph() -> nx.Graph:
    G = nx.Graph()
    for star in KITE_ADJACENCY:
        center, *others = star
        G.add_node(center)
        for o in others:
            _add_edge(G, center, o)
    return G


def disconnected_graph() -> nx.Graph:
    """Hand-made weighted graph with 3 components, one of which is an isolate.

    component 1: triangle a-b-c with a one-edge tail c-d   (weights 1, 2, 0.5, 3)
    component 2: path of 3 nodes e-f-g                     (weights 2, 0.5)
    component 3: isolate z
    (A tail of one edge rather than two keeps the degree assortativity clearly non-zero,
    -1/3, instead of a floating-point ~0 that would be a weak test.)
    """
    G = nx.Graph()
    for n in ["a", "b", "c", "d", "e", "f", "g", "z"]:
        G.add_node(n)
    for u, v, w in [
        ("a", "b", 1.0),
        ("b", "c", 2.0),
        ("a", "c", 0.5),
        ("c", "d", 3.0),
        ("e", "f", 2.0),
        ("f", "g", 0.5),
    ]:
        G.add_edge(u, v, weight=w)
    return G


def slug(name: str) -> str:
    """'Evelyn Jefferson' -> 'evelyn' (first names are unique among the 18 women)."""
    return name.split()[0].lower()


def davis() -> tuple[nx.Graph, list[str], list[str], dict[str, str]]:
    B = nx.davis_southern_women_graph()
    women = list(B.graph["top"])
    events = list(B.graph["bottom"])
    slugs = {w: slug(w) for w in women}
    assert len(set(slugs.values())) == len(women), "first-name slugs are not unique"
    return B, women, events, slugs


def davis_projection() -> nx.Graph:
    B, women, _events, slugs = davis()
    P = nx.bipartite.weighted_projected_graph(B, women)
    G = nx.Graph()
    for w in women:
        G.add_node(slugs[w], name=w)
    # Deterministic edge order (the projection's own order depends on set iteration):
    # pairs in the women's order, u before v.
    order = {w: i for i, w in enumerate(women)}
    pairs = sorted(
        (tuple(sorted((u, v), key=order.get)) + (d["weight"],) for u, v, d in P.edges(data=True)),
        key=lambda t: (order[t[0]], order[t[1]]),
    )
    for u, v, w in pairs:
        G.add_edge(slugs[u], slugs[v], weight=float(w))
    return G


# ---------------------------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------------------------

def clean(x):
    """JSON-safe number: nan/inf -> None; numpy scalars -> Python float; ints stay ints."""
    if x is None:
        return None
    if isinstance(x, bool):
        return x
    if isinstance(x, int):
        return x
    try:
        f = float(x)
    except (TypeError, ValueError):
        return x
    if math.isnan(f) or math.isinf(f):
        return None
    return f


def per_node(G: nx.Graph, d: dict) -> dict:
    return {str(n): clean(d[n]) for n in G.nodes()}


def compute(G: nx.Graph, notes: list[str]) -> dict:
    connected = nx.is_connected(G)
    out: dict = {}
    out["degree"] = {str(n): int(G.degree(n)) for n in G.nodes()}
    out["strength"] = {str(n): float(G.degree(n, weight="weight")) for n in G.nodes()}
    out["betweenness"] = per_node(G, nx.betweenness_centrality(G, normalized=True))
    out["closeness"] = per_node(G, nx.closeness_centrality(G))
    out["harmonic"] = per_node(G, nx.harmonic_centrality(G))
    out["pagerank"] = per_node(
        G, nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    )

    # Eigenvector centrality, unweighted, two ways.
    try:
        ev = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12, weight=None)
        out["eigenvector"] = per_node(G, ev)
    except Exception as e:  # PowerIterationFailedConvergence etc.
        ev = None
        out["eigenvector"] = None
        notes.append(f"eigenvector (power iteration) failed: {type(e).__name__}: {e}")
    try:
        evn = nx.eigenvector_centrality_numpy(G, weight=None)
        out["eigenvector_numpy"] = per_node(G, evn)
    except Exception as e:
        evn = None
        out["eigenvector_numpy"] = None
        notes.append(f"eigenvector_numpy failed: {type(e).__name__}: {e}")
    if ev is not None and evn is not None:
        diff = max(abs(ev[n] - evn[n]) for n in G.nodes())
        if diff > 1e-8:
            notes.append(
                f"eigenvector and eigenvector_numpy differ (max abs diff {diff:.3g})"
                + ("" if connected else "; graph is disconnected, so the leading eigenvector "
                   "is not unique/positive on every component and the two methods are not "
                   "comparable")
            )
        else:
            notes.append(f"eigenvector and eigenvector_numpy agree (max abs diff {diff:.3g})")
    if not connected:
        comps = [sorted(map(str, c)) for c in nx.connected_components(G)]
        if ev is not None:
            tiny = [c for c in comps if max(ev[n] for n in c) < 1e-6]
            notes.append(
                "graph is disconnected: power iteration (NetworkX iterates x <- x + A x from "
                "the all-ones vector) still CONVERGES without error, but the result is the "
                "leading eigenvector of the component with the largest adjacency eigenvalue "
                f"(lambda_max = {max(nx.adjacency_spectrum(G, weight=None).real):.6g}); the other "
                f"components {tiny} decay towards 0 (values < 1e-6, exact size depends on the "
                "iteration count, so only compare them to 0 with an absolute tolerance)"
            )
        notes.append(
            "eigenvector centrality is ill-defined on a disconnected graph; "
            "eigenvector_numpy refuses it (AmbiguousSolution) and is recorded as null"
        )

    constraint = nx.constraint(G, weight=None)
    out["constraint"] = per_node(G, constraint)  # isolates give nan -> null
    isolates = [str(n) for n in nx.isolates(G)]
    if isolates:
        notes.append(f"constraint is null (NetworkX gives nan) for isolates: {isolates}")
    out["clustering"] = per_node(G, nx.clustering(G))
    out["effective_size"] = per_node(G, nx.effective_size(G, weight=None))  # isolates: nan -> null

    # Access to a designated set of decision-makers (fixed per graph in DECISION_MAKERS).
    dms = [n for n in G.nodes() if str(n) in DECISION_MAKERS[current_graph[0]]]
    sources = [n for n in G.nodes() if n not in dms]
    # NetworkX halves subset betweenness on undirected graphs even when sources and targets are
    # disjoint (each s-t pair is visited once); x2 gives sum over (s, t) of sigma_st(v)/sigma_st.
    sub = nx.betweenness_centrality_subset(G, sources, dms, normalized=False)
    out["transfer_betweenness_raw"] = per_node(G, {n: 2 * v for n, v in sub.items()})
    dist = {d: nx.single_source_shortest_path_length(G, d) for d in dms}
    out["access_score"] = per_node(G, {
        n: sum(0.5 ** dist[d][n] for d in dms if d != n and n in dist[d]) for n in G.nodes()
    })
    out["distance_to_track1"] = per_node(G, {
        n: (0 if n in dms else min((dist[d][n] for d in dms if n in dist[d]), default=None))
        for n in G.nodes()
    })
    out["track1_within_1"] = per_node(G, {n: sum(1 for d in dms if d != n and dist[d].get(n, 99) <= 1) for n in G.nodes()})
    out["track1_within_2"] = per_node(G, {n: sum(1 for d in dms if d != n and dist[d].get(n, 99) <= 2) for n in G.nodes()})
    notes.append(f"decision-makers for the access measures: {sorted(map(str, dms))}")
    return out


# Decision-makers designated for the access measures (the oracle graphs have no tracks).
DECISION_MAKERS = {
    "karate": {"0", "33"},
    "florentine": {"Medici", "Strozzi"},
    "kite": {"Andre", "Jane"},
    "disconnected": {"a", "e"},
    "davis": {"evelyn", "nora"},
}
current_graph = [""]


def graph_level(G: nx.Graph, notes: list[str]) -> dict:
    try:
        r = nx.degree_assortativity_coefficient(G)
    except Exception as e:
        r = float("nan")
        notes.append(f"degree_assortativity failed: {type(e).__name__}: {e}")
    if r is None or (isinstance(r, float) and math.isnan(r)):
        notes.append("degree_assortativity undefined (nan) -> null")
    return {
        "density": clean(nx.density(G)),
        "average_clustering": clean(nx.average_clustering(G)),
        "degree_assortativity": clean(r),
        "components": int(nx.number_connected_components(G)),
        "transitivity": clean(nx.transitivity(G)),
        "node_count": G.number_of_nodes(),
        "edge_count": G.number_of_edges(),
        "total_weight": clean(G.size(weight="weight")),
    }


def edge_set(edges) -> set[frozenset]:
    return {frozenset((str(u), str(v))) for u, v in edges}


def compare_with_networkx(name: str, G: nx.Graph, notes: list[str]) -> None:
    """Compare the graphology-derived graph with NetworkX's built-in generator."""
    if name == "karate":
        H = nx.karate_club_graph()
        ref = edge_set(H.edges())
        ref_nodes = {str(n) for n in H.nodes()}
        clubs_nx = {str(n): H.nodes[n]["club"] for n in H.nodes()}
        clubs_gy = {n: G.nodes[n]["club"] for n in G.nodes()}
        if clubs_nx != clubs_gy:
            diff = sorted(n for n in clubs_nx if clubs_nx[n] != clubs_gy.get(n))
            notes.append(f"karate 'club' attribute differs from NetworkX for nodes {diff}")
        else:
            notes.append("karate 'club' attribute identical to NetworkX")
        weights = sorted({d.get("weight") for _, _, d in H.edges(data=True)})
        notes.append(
            "NetworkX >= 2.8 karate_club_graph() carries edge weights (interaction counts "
            f"{weights}); graphology's has none. Oracle uses weight 1 on every edge."
        )
    elif name == "florentine":
        H = nx.florentine_families_graph()
        ref = edge_set(H.edges())
        ref_nodes = {str(n) for n in H.nodes()}
        notes.append(
            "Both NetworkX and graphology omit the isolated Pucci family (15 nodes, not 16)."
        )
    elif name == "kite":
        H = nx.krackhardt_kite_graph()
        ref = edge_set((KITE_NX_LABELS[u], KITE_NX_LABELS[v]) for u, v in H.edges())
        ref_nodes = {KITE_NX_LABELS[n] for n in H.nodes()}
        notes.append(
            "NetworkX krackhardt_kite_graph() uses integer nodes 0..9; mapped alphabetically "
            "0=Andre, 1=Beverley, 2=Carol, 3=Diane, 4=Ed, 5=Fernando, 6=Garth, 7=Heather, "
            "8=Ike, 9=Jane (graphology's keys). Note graphology's node insertion order puts "
            "Fernando before Ed."
        )
    else:
        return
    mine = edge_set(G.edges())
    nodes = {str(n) for n in G.nodes()}
    if mine == ref and nodes == ref_nodes:
        notes.append(
            f"edge set identical to NetworkX's built-in {name} graph "
            f"({len(nodes)} nodes, {len(mine)} edges)"
        )
    else:
        notes.append(
            f"DIFFERS from NetworkX's built-in {name}: only in graphology "
            f"{sorted(map(sorted, mine - ref))}, only in NetworkX {sorted(map(sorted, ref - mine))},"
            f" node difference {sorted(nodes ^ ref_nodes)}. Oracle uses graphology's edges."
        )


def check_graphology(graphs: dict[str, nx.Graph]) -> list[str]:
    """Optional: run node on the installed graphology-generators and compare."""
    js = r"""
const { createRequire } = require('module');
const req = createRequire(process.argv[1] + '/package.json');
const Graph = req('graphology');
const gen = req('graphology-generators');
const out = {};
for (const [name, fn] of [['karate', gen.social.karateClub],
                          ['florentine', gen.social.florentineFamilies],
                          ['kite', gen.small.krackhardtKite]]) {
  const g = fn(Graph.UndirectedGraph);
  out[name] = { nodes: g.nodes(), edges: g.mapEdges((e, a, s, t) => [s, t]) };
}
process.stdout.write(JSON.stringify(out));
"""
    res = subprocess.run(
        ["node", "-e", js, str(ROOT / "tests")], capture_output=True, text=True, check=True
    )
    data = json.loads(res.stdout)
    msgs = []
    for name, d in data.items():
        G = graphs[name]
        same_nodes = d["nodes"] == [str(n) for n in G.nodes()]
        same_edges = edge_set(d["edges"]) == edge_set(G.edges())
        msgs.append(
            f"{name}: installed graphology-generators node order "
            f"{'identical' if same_nodes else 'DIFFERENT'}, edge set "
            f"{'identical' if same_edges else 'DIFFERENT'}"
        )
    return msgs


# ---------------------------------------------------------------------------------------------
# Southern Women roster
# ---------------------------------------------------------------------------------------------

def write_roster() -> dict:
    B, women, events, slugs = davis()
    ROSTER_DIR.mkdir(parents=True, exist_ok=True)
    with open(ROSTER_DIR / "people.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "track"])
        for p in women:
            w.writerow([slugs[p], p, "2"])
    with open(ROSTER_DIR / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "date"])
        for e in events:
            m, d = DAVIS_EVENT_DAYS[e]
            # The year is not recorded in the data, so `date` stays empty (trackmap only
            # accepts ISO 8601 YYYY[-MM[-DD]]); the day and month go into the name.
            w.writerow([e, f"Event {e[1:]} ({d} {MONTHS[m - 1]})", ""])
    rows = 0
    with open(ROSTER_DIR / "attendance.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["person", "event"])
        for p in women:
            for e in events:  # event order E1..E14 within each person
                if B.has_edge(p, e):
                    w.writerow([slugs[p], e])
                    rows += 1
    P = davis_projection()
    return {
        "people": len(women),
        "events": len(events),
        "attendance_rows": rows,
        "projected_links": P.number_of_edges(),
        "projected_density": nx.density(P),
        "projected_total_weight": P.size(weight="weight"),
        "slugs": slugs,
    }


# ---------------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-graphology", action="store_true",
                    help="also compare with the installed graphology-generators (needs node)")
    args = ap.parse_args()

    builders = {
        "karate": karate_graph,
        "florentine": florentine_graph,
        "kite": kite_graph,
        "disconnected": disconnected_graph,
        "davis": davis_projection,
    }
    built = {name: b() for name, b in builders.items()}

    top_notes = [
        "karate/florentine/kite are built from the data embedded in "
        "graphology-generators@0.11.2 (same node keys, same insertion order), weight 1 on "
        "every edge; their edge sets are compared with NetworkX's built-ins below.",
        "davis = nx.bipartite.weighted_projected_graph(davis_southern_women_graph(), women), "
        "weight = number of shared events, node ids = first-name slugs as in "
        "data-samples/southern-women/people.csv.",
        "eigenvector values are unweighted (weight=None); 'eigenvector' is power iteration "
        "(max_iter=10000, tol=1e-12), 'eigenvector_numpy' is the ARPACK/numpy solver.",
        "null means NaN/undefined in NetworkX (constraint of an isolate, undefined "
        "assortativity) or a failed computation (see the graph's notes).",
    ]
    if args.check_graphology:
        top_notes.extend(check_graphology(built))

    graphs_json = {}
    for name, G in built.items():
        notes: list[str] = []
        compare_with_networkx(name, G, notes)
        current_graph[0] = name
        per = compute(G, notes)
        glob = graph_level(G, notes)
        graphs_json[name] = {
            "nodes": [str(n) for n in G.nodes()],
            "edges": [[str(u), str(v), float(d.get("weight", 1.0))]
                      for u, v, d in G.edges(data=True)],
            "perNode": per,
            "decisionMakers": sorted(DECISION_MAKERS[name]),
            "graph": glob,
            "notes": notes,
        }

    roster = write_roster()
    graphs_json["davis"]["notes"].append(
        "node id -> NetworkX name: "
        + ", ".join(f"{s}={n}" for n, s in roster["slugs"].items())
    )

    doc = {
        "generator": GENERATOR,
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "notes": top_notes,
        "graphs": graphs_json,
    }
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_JSON, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, allow_nan=False)
        f.write("\n")

    print(f"wrote {OUT_JSON.relative_to(ROOT)}")
    print(f"wrote {ROSTER_DIR.relative_to(ROOT)}/{{people,events,attendance}}.csv")
    print("southern-women summary:",
          {k: v for k, v in roster.items() if k != "slugs"})
    for name, g in graphs_json.items():
        print(f"[{name}] {g['graph']}")
        for n in g["notes"]:
            print(f"   - {n}")
    for n in top_notes:
        print(f"* {n}")


if __name__ == "__main__":
    sys.exit(main())
