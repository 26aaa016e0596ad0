"""Locality-sensitive hashing over MinHash signatures: the bands×rows choice and the band hashes."""

from __future__ import annotations

import numpy as np

from codelm.pipeline.errors import UsageProblem

# Points of the Simpson rule on each side of the threshold: the areas are smooth, so 201
# points match scipy.integrate.quad (datasketch) to well below the gap between neighbouring (b, r).
_INTEGRATION_POINTS = 201


def _simpson(values: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Composite Simpson integral of ``values`` (..., points) over the evenly spaced ``x`` (odd point count)."""
    step = (x[-1] - x[0]) / (len(x) - 1)
    weights = np.ones(len(x))
    weights[1:-1:2] = 4
    weights[2:-1:2] = 2
    return values @ weights * step / 3


def optimal_bands_rows(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> tuple[int, int]:
    """The (bands, rows) with bands·rows <= num_perm minimising the weighted false-positive and
    false-negative areas under the S-curve ``1 - (1 - s**rows)**bands`` (BigCode's and datasketch's rule).
    """
    if not 0 < threshold < 1:
        raise UsageProblem(f"--threshold must be between 0 and 1, got {threshold}")
    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], np.float64)
    bands, rows = pairs[:, :1], pairs[:, 1:]
    below = np.linspace(0.0, threshold, _INTEGRATION_POINTS)
    above = np.linspace(threshold, 1.0, _INTEGRATION_POINTS)
    false_positive = _simpson(1 - (1 - below[None, :] ** rows) ** bands, below)
    false_negative = _simpson((1 - above[None, :] ** rows) ** bands, above)
    error = false_positive_weight * false_positive + false_negative_weight * false_negative
    best = int(np.argmin(error))  # first minimum: the smallest band count, as datasketch's loop order
    return int(pairs[best, 0]), int(pairs[best, 1])


def resolve_bands_rows(
    threshold: float, num_perm: int, bands: int, rows: int, fp_weight: float = 0.5, fn_weight: float = 0.5
) -> tuple[int, int]:
    """Given --bands/--rows (0 = choose), the pair to use; refuses pairs that need more permutations than exist."""
    if num_perm < 1:
        raise UsageProblem(f"--num-perm must be at least 1, got {num_perm}")
    if bands == 0 and rows == 0:
        return optimal_bands_rows(threshold, num_perm, fp_weight, fn_weight)
    if bands < 1 or rows < 1:
        raise UsageProblem("give both --bands and --rows (each at least 1), or neither")
    if bands * rows > num_perm:
        raise UsageProblem(
            f"--bands {bands} × --rows {rows} needs {bands * rows} permutations; --num-perm is {num_perm}"
        )
    return bands, rows


def band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(docs, bands)`` uint64: one hash per band of ``rows`` signature values."""
    used = signatures[:, : bands * rows].reshape(len(signatures), bands, rows).astype(np.uint64)
    # A random odd multiplier per row position: the row order inside a band matters.
    multipliers = np.random.default_rng(0x5EED).integers(0, 1 << 63, rows, dtype=np.uint64) * np.uint64(2) + np.uint64(
        1
    )
    with np.errstate(over="ignore"):
        combined = (used * multipliers).sum(axis=2, dtype=np.uint64)
        combined ^= combined >> np.uint64(33)
        combined *= np.uint64(0xFF51AFD7ED558CCD)
        combined ^= combined >> np.uint64(33)
        combined *= np.uint64(0xC4CEB9FE1A85EC53)
        combined ^= combined >> np.uint64(33)
    return combined
