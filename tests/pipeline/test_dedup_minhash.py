"""The dedup building blocks against independent oracles: Python shingle sets, datasketch's bands×rows,
scipy's connected components, and the binomial spread of a MinHash estimate."""

import random
import re

import numpy as np
import pyarrow as pa
import pytest
import scipy.sparse as sp
from datasketch.lsh import _optimal_param
from scipy.sparse.csgraph import connected_components as scipy_components

from codelm.pipeline.dedup.clusters import connected_components, decide, size_histogram
from codelm.pipeline.dedup.lsh import band_hashes, optimal_bands_rows, resolve_bands_rows
from codelm.pipeline.dedup.minhash import jaccard, permutations, shingle_sets, signatures, string_buffers
from codelm.pipeline.dedup.ranking import keep_order, rank_keys
from codelm.pipeline.errors import UsageProblem

NON_WORD = re.compile(r"[^A-Za-z_0-9]")


def python_shingles(text: str, size: int = 5) -> set[str]:
    """BigCode's definition, written plainly: the oracle for the compiled tokenizer."""
    tokens = [token for token in NON_WORD.split(text) if token]
    return {" ".join(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1))}


def _real_files(stdlib_dir, count, seed=0):
    paths = sorted(p for p in (stdlib_dir / "email").rglob("*.py") if 2_000 < p.stat().st_size < 40_000)
    paths += sorted(p for p in (stdlib_dir / "json").rglob("*.py") if p.stat().st_size > 1_000)
    random.Random(seed).shuffle(paths)
    return [p.read_text(encoding="utf-8") for p in paths[:count]]


def _edited(text: str, rng: random.Random, fraction: float) -> str:
    lines = text.split("\n")
    for _ in range(max(1, int(len(lines) * fraction))):
        index = rng.randrange(len(lines))
        if rng.random() < 0.5:
            del lines[index]
        else:
            lines.insert(index, f"value_{rng.randrange(1000)} = compute(item_{rng.randrange(1000)})")
    return "\n".join(lines)


def test_tokens_and_shingles_match_the_regex_definition(stdlib_dir):
    texts = _real_files(stdlib_dir, 30)
    texts += ["", "   ", "one", "a b c d", "a b c d e", "a b c d e f", "naïve café déjà_vu x1 y2 z3", "x\u00e9y"]
    data, offsets = string_buffers(pa.array(texts))
    sets = shingle_sets(data, offsets, 5)
    a, b = permutations(16, 1)
    _, token_counts = signatures(data, offsets, a, b, 5)
    for text, hashed, tokens in zip(texts, sets, token_counts):
        assert len(hashed) == len(python_shingles(text))
        assert tokens == len([t for t in NON_WORD.split(text) if t])
    rng = random.Random(3)
    for text in texts[:20]:
        other = _edited(text, rng, 0.05)
        d2, o2 = string_buffers(pa.array([text, other]))
        first, second = shingle_sets(d2, o2, 5)
        expected = python_shingles(text)
        edited = python_shingles(other)
        assert jaccard(first, second) == pytest.approx(len(expected & edited) / len(expected | edited), abs=1e-12)


def test_string_buffers_of_a_sliced_column_with_nulls():
    column = pa.array(["skip", "alpha beta", None, "gamma"]).slice(1)
    data, offsets = string_buffers(column)
    texts = [bytes(data[offsets[i] : offsets[i + 1]]).decode() for i in range(3)]
    assert texts == ["alpha beta", "", "gamma"]


def test_minhash_agreement_estimates_jaccard_without_bias(stdlib_dir):
    texts = _real_files(stdlib_dir, 40, seed=1)
    rng = random.Random(5)
    pairs = [(text, _edited(text, rng, rng.uniform(0.02, 0.3))) for text in texts]
    flat = [t for pair in pairs for t in pair]
    data, offsets = string_buffers(pa.array(flat))
    a, b = permutations(256, 42)
    sig, _ = signatures(data, offsets, a, b, 5)
    sets = shingle_sets(data, offsets, 5)
    errors, spreads = [], []
    for i in range(len(pairs)):
        truth = jaccard(sets[2 * i], sets[2 * i + 1])
        estimate = float(np.mean(sig[2 * i] == sig[2 * i + 1]))
        errors.append(estimate - truth)
        spreads.append(np.sqrt(truth * (1 - truth) / 256))
    errors, spreads = np.array(errors), np.array(spreads)
    # The estimator is a binomial mean: no bias, and errors within 4 standard deviations.
    assert abs(errors.mean()) < 3 * np.sqrt(np.mean(spreads**2) / len(errors)) + 1e-3
    assert np.all(np.abs(errors) <= 4 * spreads + 1e-9)


def test_bands_rows_minimise_weighted_error_as_datasketch():
    assert optimal_bands_rows(0.7, 256) == (25, 10)
    for threshold in (0.5, 0.75, 0.85, 0.9):
        for num_perm in (64, 128, 250):
            assert optimal_bands_rows(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)
    assert optimal_bands_rows(0.7, 256, 0.2, 0.8) == _optimal_param(0.7, 256, 0.2, 0.8)
    assert resolve_bands_rows(0.7, 256, 16, 16) == (16, 16)
    with pytest.raises(UsageProblem, match="needs 272 permutations"):
        resolve_bands_rows(0.7, 256, 17, 16)
    with pytest.raises(UsageProblem, match="both --bands and --rows"):
        resolve_bands_rows(0.7, 256, 20, 0)


def test_band_hashes_agree_exactly_on_equal_bands():
    rng = np.random.default_rng(0)
    sig = rng.integers(0, 1 << 32, (3, 20), dtype=np.uint64).astype(np.uint32)
    sig[1, :10] = sig[0, :10]  # same first band only
    sig[2, 10:] = sig[0, 10:][::-1]  # same values, other order
    hashes = band_hashes(sig, 2, 10)
    assert hashes[0, 0] == hashes[1, 0]
    assert hashes[0, 1] != hashes[1, 1]
    assert hashes[0, 1] != hashes[2, 1]


def test_union_find_matches_scipy_components():
    rng = np.random.default_rng(7)
    nodes = 500
    first = rng.integers(0, nodes, 300)
    second = rng.integers(0, nodes, 300)
    ours = connected_components(nodes, first, second)
    _, theirs = scipy_components(sp.coo_matrix((np.ones(300), (first, second)), shape=(nodes, nodes)), directed=False)
    # Same partition; our label is the smallest node of each component.
    for label in np.unique(theirs):
        group = np.flatnonzero(theirs == label)
        assert np.all(ours[group] == group.min())


def test_ranked_keep_order_follows_the_stack_v2():
    batch = pa.RecordBatch.from_pylist(
        [
            {"id": "gpl", "licenses": ["GPL-3.0"], "stars": 900, "forks": 0},
            {"id": "none", "licenses": [], "stars": 5, "forks": 0},
            {"id": "mit-few", "licenses": ["MIT"], "stars": 1, "forks": 0},
            {"id": "mit-many", "licenses": ["MIT", "Apache-2.0"], "stars": 50, "forks": 0},
            {"id": "mit-many-forked", "licenses": ["MIT"], "stars": 50, "forks": 3},
            {"id": "b-tie", "licenses": None, "stars": 5, "forks": 0},
        ]
    )
    keys = rank_keys(batch, 0)
    ranks = keep_order(keys, np.arange(6), "ranked")
    ordered = [keys.column("id")[int(i)].as_py() for i in np.argsort(ranks)]
    assert ordered == ["mit-many-forked", "mit-many", "mit-few", "b-tie", "none", "gpl"]
    assert list(keep_order(keys, np.arange(6), "first")) == list(range(6))


def test_decide_keeps_one_per_cluster_and_names_exact_copies():
    members = np.array([0, 1, 2, 5, 7])
    component = np.array([0, 0, 0, 5, 5])
    rank = np.array([2, 0, 1, 1, 0])
    exact = np.array([11, 11, 12, 13, 14], np.uint64)
    no = np.zeros(5, bool)
    ranked = decide(members, component, rank, exact, "ranked", no, no)
    assert list(ranked.kept) == [False, True, False, False, True]
    assert list(ranked.representative) == [1, 1, 1, 7, 7]
    assert list(ranked.reason) == [1, 0, 2, 2, 0]  # doc 0 copies the kept doc 1
    assert list(ranked.cluster_size) == [3, 3, 3, 2, 2]
    none = decide(members, component, rank, exact, "none", no, no)
    assert not none.kept.any() and list(none.reason) == [1, 2, 2, 2, 2]
    in_index = np.array([False, False, False, True, True])
    indexed = decide(members, component, rank, exact, "first", in_index, no)
    assert list(indexed.kept) == [False, True, False, False, False]
    assert size_histogram(np.array([1, 2, 2, 3, 4, 5, 9])) == {"2": 2, "3-4": 2, "5-8": 1, "9-16": 1}
