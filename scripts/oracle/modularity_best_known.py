#!/usr/bin/env python3
"""Best known modularity of the four community-detection test graphs, with NetworkX 3.6.1.

Usage (from the repository root):

    python3 scripts/oracle/modularity_best_known.py          # prints the values
    python3 scripts/oracle/modularity_best_known.py --write  # also writes
                                                             # tests/reference/fixtures/les-miserables.json

The TypeScript test (tests/reference/modularity-best-known.test.ts) never runs Python: it holds the
values printed here and reads the committed Les Misérables JSON. How each value was found:

  blondel16   Blondel et al. (2008), Fig. 1: 16 nodes, 28 edges, unweighted. Best of 1,000
              `louvain_communities(G, seed=s)` runs, s = 0..999: 0.392219 (two communities of 8),
              the value the issue quotes (0.392).
  petersen    `nx.petersen_graph()`: every one of the Bell(10) = 115,975 partitions of its 10 nodes
              enumerated: the maximum is exactly 1/6 (two 5-cycles).
  karate      `nx.karate_club_graph()` without its interaction weights (78 edges, weight 1): best of
              1,000 Louvain runs 0.419790, the optimum proved by exact methods (0.4198; Aloise et
              al. 2010, doi:10.1103/PhysRevE.82.046112).
  lesmis      `nx.les_miserables_graph()` (Knuth's Stanford GraphBase co-appearances, 77 nodes, 254
              edges): unweighted, best of 1,000 Louvain runs 0.560008; weighted by co-appearances
              (`weight`), best of 1,000 runs 0.566688.
"""

import json
import sys

import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity

BLONDEL16 = [(0, 2), (0, 3), (0, 4), (0, 5), (1, 2), (1, 4), (1, 7), (2, 4), (2, 5), (2, 6),
             (3, 7), (4, 10), (5, 7), (5, 11), (6, 7), (6, 11), (8, 9), (8, 10), (8, 11), (8, 14),
             (8, 15), (9, 12), (9, 14), (10, 11), (10, 12), (10, 13), (10, 14), (11, 13)]


def best_of_louvain(graph, runs=1000, weight=None):
    return max(modularity(graph, louvain_communities(graph, seed=s, weight=weight), weight=weight)
               for s in range(runs))


def partitions(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for p in partitions(rest):
        for i in range(len(p)):
            yield p[:i] + [[first] + p[i]] + p[i + 1:]
        yield [[first]] + p


def exhaustive(graph):
    return max(modularity(graph, [set(c) for c in p]) for p in partitions(list(graph.nodes())))


def main():
    karate = nx.Graph(nx.karate_club_graph().edges())
    lesmis = nx.les_miserables_graph()
    print("networkx", nx.__version__)
    print("blondel16", round(best_of_louvain(nx.Graph(BLONDEL16)), 6))
    print("petersen (exhaustive)", round(exhaustive(nx.petersen_graph()), 6))
    print("karate", round(best_of_louvain(karate), 6))
    print("lesmis unweighted", round(best_of_louvain(nx.Graph(lesmis.edges())), 6))
    print("lesmis weighted", round(best_of_louvain(lesmis, weight="weight"), 6))
    if "--write" in sys.argv:
        data = {
            "source": "networkx 3.6.1 les_miserables_graph(): Knuth, The Stanford GraphBase (1993), "
                      "co-appearances of characters in the chapters of Les Misérables",
            "nodes": list(lesmis.nodes()),
            "edges": [[u, v, d["weight"]] for u, v, d in lesmis.edges(data=True)],
        }
        with open("tests/reference/fixtures/les-miserables.json", "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=0)
            f.write("\n")


if __name__ == "__main__":
    main()
