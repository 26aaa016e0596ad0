"""Duplicate clusters: connected components of the candidate edges, and what each member becomes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit

REASON_KEPT, REASON_EXACT, REASON_NEAR = 0, 1, 2
REASONS = {REASON_EXACT: "exact_duplicate", REASON_NEAR: "near_duplicate"}


@njit(cache=True)
def _find(parent, node):
    root = node
    while parent[root] != root:
        root = parent[root]
    while parent[node] != root:  # path compression keeps later finds O(1)
        parent[node], node = root, parent[node]
    return root


@njit(cache=True)
def _union_find_kernel(num_nodes, first, second):
    parent = np.arange(num_nodes)
    for edge in range(first.shape[0]):
        a = _find(parent, first[edge])
        b = _find(parent, second[edge])
        if a != b:
            # The smaller node becomes the root, so labels do not depend on edge order.
            if a < b:
                parent[b] = a
            else:
                parent[a] = b
    for node in range(num_nodes):
        parent[node] = _find(parent, node)
    return parent


def connected_components(num_nodes: int, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Union-find over the edges: each node's component label, the smallest node in its component."""
    return _union_find_kernel(num_nodes, np.ascontiguousarray(first, np.int64), np.ascontiguousarray(second, np.int64))


@dataclass
class ClusterDecisions:
    """The fate of the documents in clusters (every other document is kept as a singleton)."""

    members: np.ndarray  # gidx of each clustered document, sorted
    kept: np.ndarray  # bool
    reason: np.ndarray  # REASON_* per member
    representative: np.ndarray  # gidx of the top-ranked member of the member's cluster
    cluster_size: np.ndarray  # members of this run in the cluster


def decide(
    members: np.ndarray,
    component: np.ndarray,
    rank: np.ndarray,
    exact_hash: np.ndarray,
    keep: str,
    in_index: np.ndarray,
    matched_index_exactly: np.ndarray,
) -> ClusterDecisions:
    """Keep one member per cluster (the best ranked), or none with ``keep="none"``.

    A member is an exact duplicate when a better-ranked member of its cluster has the same
    content hash (or it matched an indexed document's content); the others are near duplicates.
    Clusters that reach into the index (``in_index`` per member) keep nothing new: their
    representative was published by an earlier run.
    """
    order = np.lexsort((rank, component))
    members, component, exact_hash = members[order], component[order], exact_hash[order]
    in_index, matched_index_exactly = in_index[order], matched_index_exactly[order]
    count = len(members)
    first_of_cluster = np.ones(count, bool)
    first_of_cluster[1:] = component[1:] != component[:-1]
    starts = np.flatnonzero(first_of_cluster)
    sizes = np.diff(np.append(starts, count))
    cluster_of = np.cumsum(first_of_cluster) - 1

    by_content = np.lexsort((np.arange(count), exact_hash, component))
    first_copy = np.ones(count, bool)
    same = (component[by_content][1:] == component[by_content][:-1]) & (
        exact_hash[by_content][1:] == exact_hash[by_content][:-1]
    )
    first_copy[by_content[1:][same]] = False

    kept = first_of_cluster & ~in_index if keep != "none" else np.zeros(count, bool)
    reason = np.where(kept, REASON_KEPT, np.where(first_copy & ~matched_index_exactly, REASON_NEAR, REASON_EXACT))
    by_member = np.argsort(members)
    return ClusterDecisions(
        members=members[by_member],
        kept=kept[by_member],
        reason=reason.astype(np.int8)[by_member],
        representative=members[starts][cluster_of][by_member],
        cluster_size=sizes[cluster_of].astype(np.int64)[by_member],
    )


def size_histogram(sizes: np.ndarray) -> dict[str, int]:
    """Clusters by size in power-of-two bins: "2", "3-4", "5-8", ..."""
    sizes = np.asarray(sizes, np.int64)
    sizes = sizes[sizes >= 2]
    upper_bits = np.ceil(np.log2(sizes)).astype(np.int64)
    histogram: dict[str, int] = {}
    for bits, count in zip(*np.unique(upper_bits, return_counts=True)):
        upper, lower = 1 << int(bits), (1 << int(bits - 1)) + 1
        histogram[str(upper) if lower == upper else f"{lower}-{upper}"] = int(count)
    return histogram
