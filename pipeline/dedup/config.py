"""The one configuration every dedup stage shares."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

KEEP_RULES = ("ranked", "first", "none")
EXACT_MODES = ("content", "whitespace", "off")


@dataclass
class MinHashConfig:
    """Exact and MinHash-LSH near-dedup settings; defaults are BigCode's (The Stack v1/v2, SantaCoder).

    ``bands``/``rows`` of 0 mean "choose them by minimising the weighted false-positive and
    false-negative areas for ``threshold``" (datasketch's rule, which BigCode used: 25×10 for 0.7/256).
    """

    num_perm: int = 256
    threshold: float = 0.7
    bands: int = 0
    rows: int = 0
    shingle_size: int = 5
    # BigCode's near-dedup script skips files under 10 tokens: their few shingles make Jaccard noise.
    min_tokens: int = 10
    seed: int = 0
    exact: str = "content"
    verify: bool = False
    keep: str = "ranked"
    clusters_dir: Path | None = None
    index_dir: Path | None = None
    # Weights of the two error areas when bands×rows are chosen (datasketch's defaults).
    false_positive_weight: float = 0.5
    false_negative_weight: float = 0.5

    def parameters(self) -> dict:
        """What identifies a run's output (the manifest's parameters); output paths are recorded by the run."""
        return {
            "num_perm": self.num_perm,
            "threshold": self.threshold,
            "bands": self.bands,
            "rows": self.rows,
            "shingle_size": self.shingle_size,
            "min_tokens": self.min_tokens,
            "seed": self.seed,
            "exact": self.exact,
            "verify": self.verify,
            "keep": self.keep,
        }
