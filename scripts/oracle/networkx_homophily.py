#!/usr/bin/env python3
"""Independent reference values for trackmap's homophily measures.

Usage (from the repository root):

    python3 scripts/oracle/networkx_homophily.py

Output:
  tests/reference/fixtures/networkx-homophily.json

The TypeScript tests (packages/core/test/metrics/homophily/*.test.ts) never run this script:
they read the committed JSON, rebuild each graph from its "nodes" and "edges", and compare.

What is computed, and how
-------------------------
  attribute_assortativity  nx.attribute_assortativity_coefficient(H, attr)
  numeric_assortativity    nx.numeric_assortativity_coefficient(H, attr)
      H is the subgraph induced by the nodes that HAVE the attribute: trackmap leaves out every
      link touching a node without a value, which is exactly that subgraph (NetworkX itself
      would pool missing categorical values into a `None` category, and raise KeyError for
      numeric ones; the pooled value is recorded in "notes" to show the difference).
      null when NetworkX returns nan (undefined).
  ei_index                 counted here directly (NetworkX has no E-I index), following
                           Krackhardt & Stern (1988) as UCINET computes it: whole network,
                           per group (link counts, E_g = one end in g, I_g = both), per person,
                           the expected value 1 - 2 sum n_g(n_g-1) / (N(N-1)) (computed as the
                           E-I of all possible pairs), and the bounds reachable with the same links.
                           Links touching a node without a value are excluded; self-loops ignored.
  ei_index_weighted        the same with E and I as sums of the edge "weight".
  exact_permutation        the exact permutation null of the whole-network E-I: every distinct
                           assignment of the existing values to the nodes that have one,
                           enumerated (each equally likely under a uniform random permutation).
                           mean, sd (population), P(EI >= observed), P(EI <= observed), without
                           the +1 smoothing trackmap's Monte Carlo p-values use.

Graphs
------
  karate      graphology-generators' karate club (data imported from networkx_reference.py, same
              node keys and order), categorical `club` (Mr. Hi / Officer, as NetworkX's
              karate_club_graph), numeric `index` = i/33 and `degree` (which makes
              numeric_assortativity equal degree_assortativity_coefficient: checked in notes).
  florentine  graphology-generators' Florentine families, with a MADE-UP fixed `faction`
              (medicean / oligarch / neutral; not historical data) and numeric `letters` = length
              of the family name.
  hand        12 people, `side` A/B/C with two people missing, `sector` complete, numeric
              `ideology` in [-1, 1] with one missing, weighted links, and one self-loop (c2-c2,
              which NetworkX's assortativity counts once and the E-I index ignores).

Regenerating may change the last digit or two (~1e-16) of a categorical coefficient: NetworkX
orders its mixing matrix by a set of strings, whose order depends on Python's hash seed. That is
far below the tests' tolerance (1e-9).
"""

from __future__ import annotations

import json
import math
import platform
import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import networkx_reference as ref  # noqa: E402  (same graph data as the main oracle)

ROOT = Path(__file__).resolve().parents[2]
OUT_JSON = ROOT / "tests" / "reference" / "fixtures" / "networkx-homophily.json"
GENERATOR = "scripts/oracle/networkx_homophily.py"

# ---------------------------------------------------------------------------------------------
# Graphs
# ---------------------------------------------------------------------------------------------

FLORENTINE_FACTION = {  # made up for testing: NOT a historical classification
    "Medici": "medicean", "Acciaiuoli": "medicean", "Barbadori": "medicean",
    "Ridolfi": "medicean", "Tornabuoni": "medicean", "Salviati": "medicean", "Ginori": "medicean",
    "Strozzi": "oligarch", "Peruzzi": "oligarch", "Castellani": "oligarch",
    "Bischeri": "oligarch", "Guadagni": "oligarch", "Albizzi": "oligarch",
    "Pazzi": "neutral", "Lamberteschi": "neutral",
}

# id: (side, sector, ideology); None = no value (the attribute is absent from the node)
HAND_PEOPLE = {
    "a1": ("A", "ngo", -0.8),
    "a2": ("A", "academia", -0.5),
    "a3": ("A", "ngo", -0.6),
    "a4": ("A", "government", -0.2),
    "b1": ("B", "government", 0.7),
    "b2": ("B", "academia", 0.9),
    "b3": ("B", "ngo", 0.4),
    "c1": ("C", "media", 0.0),
    "c2": ("C", "academia", 0.1),
    "c3": ("C", "media", None),
    "x1": (None, "ngo", 0.3),
    "x2": (None, "government", -0.1),
}
HAND_EDGES = [
    ("a1", "a2", 1.0), ("a1", "a3", 2.0), ("a2", "a3", 1.0), ("a3", "a4", 0.5),
    ("a4", "b1", 1.0), ("b1", "b2", 3.0), ("b2", "b3", 1.0), ("b1", "b3", 1.0),
    ("b3", "c1", 2.0), ("c1", "c2", 1.0), ("c2", "c3", 1.0), ("c1", "c3", 0.5),
    ("a2", "c2", 1.0), ("a4", "x1", 1.0), ("x1", "b2", 2.0), ("x2", "c1", 1.0),
    ("x1", "x2", 1.0), ("c2", "c2", 1.0),
]


def karate() -> nx.Graph:
    G = ref.karate_graph()  # club already set; weight 1 on every edge
    for i, n in enumerate(G.nodes()):
        G.nodes[n]["index"] = i / 33
        G.nodes[n]["degree"] = G.degree(n)
    return G


def florentine() -> nx.Graph:
    G = ref.florentine_graph()
    for n in G.nodes():
        G.nodes[n]["faction"] = FLORENTINE_FACTION[n]
        G.nodes[n]["letters"] = len(n)
    return G


def hand() -> nx.Graph:
    G = nx.Graph()
    for n, (side, sector, ideology) in HAND_PEOPLE.items():
        attrs = {"sector": sector}
        if side is not None:
            attrs["side"] = side
        if ideology is not None:
            attrs["ideology"] = ideology
        G.add_node(n, **attrs)
    for u, v, w in HAND_EDGES:
        G.add_edge(u, v, weight=w)
    return G


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------

def clean(x):
    if x is None:
        return None
    f = float(x)
    return None if math.isnan(f) or math.isinf(f) else f


def known(G: nx.Graph, attr: str) -> nx.Graph:
    """The subgraph induced by the nodes that have `attr` (trackmap's missing-value rule)."""
    return G.subgraph([n for n in G.nodes() if attr in G.nodes[n]])


def assortativity(G: nx.Graph, attr: str, numeric: bool):
    H = known(G, attr)
    f = nx.numeric_assortativity_coefficient if numeric else nx.attribute_assortativity_coefficient
    try:
        return clean(f(H, attr))
    except ZeroDivisionError:
        return None


def ratio(e: float, i: float):
    return None if e + i == 0 else (e - i) / (e + i)


def ei_index(G: nx.Graph, attr: str, weighted: bool) -> dict:
    """Direct count of E and I, written independently of the TypeScript code."""
    value = {n: G.nodes[n][attr] for n in G.nodes() if attr in G.nodes[n]}
    E = I = 0.0
    group_e: dict[str, float] = {}
    group_i: dict[str, float] = {}
    person_e = {n: 0.0 for n in value}
    person_i = {n: 0.0 for n in value}
    weights = []
    excluded = 0
    for u, v, d in G.edges(data=True):
        if u == v:
            continue  # self-loops ignored
        if u not in value or v not in value:
            excluded += 1
            continue
        w = d["weight"] if weighted else 1.0
        weights.append(w)
        if value[u] == value[v]:
            I += w
            group_i[value[u]] = group_i.get(value[u], 0.0) + w
            person_i[u] += w
            person_i[v] += w
        else:
            E += w
            for x in (u, v):
                group_e[value[x]] = group_e.get(value[x], 0.0) + w
                person_e[x] += w
    sizes: dict[str, int] = {}
    for n in G.nodes():  # first-appearance order
        if n in value:
            sizes[value[n]] = sizes.get(value[n], 0) + 1
    N = len(value)
    # Possible pairs, counted pair by pair (not by the closed formula the TypeScript uses).
    possible_i = possible_e = 0
    members = list(value)
    for a in range(N):
        for b in range(a + 1, N):
            if value[members[a]] == value[members[b]]:
                possible_i += 1
            else:
                possible_e += 1
    expected = ratio(possible_e, possible_i) if N >= 2 else None
    total = E + I
    if total > 0:
        heavy = sorted(weights, reverse=True)
        max_e = sum(heavy[: min(len(heavy), possible_e)])
        max_i = sum(heavy[: min(len(heavy), possible_i)])
        bounds = {"minimum": (total - 2 * max_i) / total, "maximum": (2 * max_e - total) / total}
    else:
        bounds = None
    return {
        "ei": ratio(E, I),
        "internal": I,
        "external": E,
        "expected": expected,
        "bounds": bounds,
        "groups": {
            g: {
                "size": sizes[g],
                "internal": group_i.get(g, 0.0),
                "external": group_e.get(g, 0.0),
                "ei": ratio(group_e.get(g, 0.0), group_i.get(g, 0.0)),
            }
            for g in sizes
        },
        "people": {n: (ratio(person_e[n], person_i[n]) if n in value else None) for n in G.nodes()},
        "missing": G.number_of_nodes() - N,
        "excluded_links": excluded,
    }


def multiset_permutations(items: list[str]):
    """Every distinct ordering of a multiset, each once."""
    counts: dict[str, int] = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    keys = sorted(counts)
    out: list[str] = []

    def rec():
        if len(out) == len(items):
            yield list(out)
            return
        for k in keys:
            if counts[k]:
                counts[k] -= 1
                out.append(k)
                yield from rec()
                out.pop()
                counts[k] += 1

    yield from rec()


def exact_permutation(G: nx.Graph, attr: str, weighted: bool) -> dict:
    nodes = [n for n in G.nodes() if attr in G.nodes[n]]
    index = {n: i for i, n in enumerate(nodes)}
    links = [
        (index[u], index[v], d["weight"] if weighted else 1.0)
        for u, v, d in G.edges(data=True)
        if u != v and u in index and v in index
    ]
    total = sum(w for _, _, w in links)
    observed = ei_index(G, attr, weighted)["ei"]
    values = []
    for labels in multiset_permutations([G.nodes[n][attr] for n in nodes]):
        inside = sum(w for i, j, w in links if labels[i] == labels[j])
        values.append((total - 2 * inside) / total)
    count = len(values)
    mean = sum(values) / count
    sd = math.sqrt(sum((x - mean) ** 2 for x in values) / count)
    eps = 1e-12
    return {
        "assignments": count,
        "observed": observed,
        "mean": mean,
        "sd": sd,
        "min": min(values),
        "max": max(values),
        "p_greater_or_equal": sum(1 for x in values if x >= observed - eps) / count,
        "p_less_or_equal": sum(1 for x in values if x <= observed + eps) / count,
    }


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def export_graph(G: nx.Graph) -> dict:
    return {
        "nodes": [[str(n), dict(G.nodes[n])] for n in G.nodes()],
        "edges": [[str(u), str(v), float(d.get("weight", 1.0))] for u, v, d in G.edges(data=True)],
    }


def main() -> None:
    notes: list[str] = []
    specs = {
        "karate": (karate(), ["club"], ["index", "degree"], False),
        "florentine": (florentine(), ["faction"], ["letters"], False),
        "hand": (hand(), ["side", "sector"], ["ideology"], True),
    }
    graphs = {}
    for name, (G, categorical, numeric, extras) in specs.items():
        entry = export_graph(G)
        entry["attribute_assortativity"] = {a: assortativity(G, a, False) for a in categorical}
        entry["numeric_assortativity"] = {a: assortativity(G, a, True) for a in numeric}
        entry["ei_index"] = {a: ei_index(G, a, False) for a in categorical}
        if extras:
            entry["ei_index_weighted"] = {a: ei_index(G, a, True) for a in categorical}
            entry["exact_permutation"] = {a: exact_permutation(G, a, False) for a in categorical}
            entry["exact_permutation_weighted"] = {a: exact_permutation(G, a, True) for a in categorical}
        graphs[name] = entry

    K = specs["karate"][0]
    nx_karate = nx.karate_club_graph()
    same_clubs = all(K.nodes[str(n)]["club"] == nx_karate.nodes[n]["club"] for n in nx_karate.nodes())
    notes.append(f"karate: club labels identical to nx.karate_club_graph(): {same_clubs}")
    deg = nx.degree_assortativity_coefficient(K)
    diff = abs(deg - graphs["karate"]["numeric_assortativity"]["degree"])
    notes.append(
        f"karate: numeric_assortativity(degree) - degree_assortativity_coefficient = {diff:.3g}"
    )
    H = specs["hand"][0]
    pooled = nx.attribute_assortativity_coefficient(H, "side")
    notes.append(
        "hand: NetworkX on the FULL graph pools the two nodes without `side` into a None category "
        f"(node_attribute_xy uses .get) and gives {pooled!r}; trackmap excludes their links and "
        f"gives {graphs['hand']['attribute_assortativity']['side']!r}"
    )
    try:
        nx.numeric_assortativity_coefficient(H, "ideology")
        notes.append("hand: NetworkX numeric_assortativity on the full graph did not raise")
    except KeyError as e:
        notes.append(f"hand: NetworkX numeric_assortativity on the full graph raises KeyError({e})")
    for n in notes:
        print(n)

    out = {
        "generator": GENERATOR,
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "notes": notes,
        "graphs": graphs,
    }
    OUT_JSON.write_text(json.dumps(out, indent=1) + "\n", encoding="utf8")
    print(f"wrote {OUT_JSON.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
