"""``codelm dedup``: exact and MinHash-LSH near-deduplication (BigCode's recipe), resumable and incremental.

The stages live in ``codelm.pipeline.dedup.stages`` and import numba; this package's top level
only holds the configuration, so that ``codelm --help`` stays fast.
"""

from codelm.pipeline.dedup.config import EXACT_MODES, KEEP_RULES, MinHashConfig

__all__ = ["EXACT_MODES", "KEEP_RULES", "MinHashConfig"]
