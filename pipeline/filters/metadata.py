"""Filters on a row's metadata and size: ``stars``, ``lang``, ``license`` and ``size``."""

from __future__ import annotations

import pyarrow as pa

from codelm.pipeline.filters.base import CodeFilter, record_lang
from codelm.pipeline.ingest.licenses import PERMISSIVE

MIN_STARS = 5
MIN_SIZE_BYTES = 1
MAX_SIZE_BYTES = 1_000_000


class StarsFilter(CodeFilter):
    """Keep files from repositories with at least ``min_stars`` stars (null counts as 0).

    SantaCoder's ablation found that keeping only repositories with 5+ stars made the model
    worse, so this filter is off unless selected.
    """

    name = "stars"
    required_columns = ("content", "stars")

    def __init__(self, min_stars: int = MIN_STARS):
        self.min_stars = min_stars

    def judge(self, metrics: dict, record: dict) -> str | None:
        return "too_few_stars" if (record.get("stars") or 0) < self.min_stars else None


class LangFilter(CodeFilter):
    """Keep only the languages of an allow list (The Stack's names, as in the ``lang`` column)."""

    name = "lang"
    required_columns = ("content", "lang")

    def __init__(self, languages: tuple[str, ...]):
        self.languages = frozenset(languages)

    def judge(self, metrics: dict, record: dict) -> str | None:
        return "not_allowed" if record_lang(record) not in self.languages else None


class LicenseFilter(CodeFilter):
    """Keep files whose repository licenses are all on the allow list (SPDX ids); unlicensed ones only if allowed."""

    name = "license"
    required_columns = ("content", "licenses")

    def __init__(self, allowed: tuple[str, ...] = tuple(sorted(PERMISSIVE)), allow_no_license: bool = False):
        self.allowed = frozenset(allowed)
        self.allow_no_license = allow_no_license

    def judge(self, metrics: dict, record: dict) -> str | None:
        licenses = record.get("licenses") or []
        if not licenses:
            return None if self.allow_no_license else "no_license"
        return None if all(spdx_id in self.allowed for spdx_id in licenses) else "not_permissive"


class SizeFilter(CodeFilter):
    """Keep files of ``min_bytes``..``max_bytes`` UTF-8 bytes (The Stack v1 dropped files over 1 MB)."""

    name = "size"
    metric_types = {"size_bytes": pa.int64()}

    def __init__(self, min_bytes: int = MIN_SIZE_BYTES, max_bytes: int = MAX_SIZE_BYTES):
        self.min_bytes = min_bytes
        self.max_bytes = max_bytes

    def measure(self, record: dict) -> dict:
        # Measured from the content, not the `size` column: redaction may have changed the text.
        return {"size_bytes": len((record.get("content") or "").encode("utf-8"))}

    def judge(self, metrics: dict, record: dict) -> str | None:
        if metrics["size_bytes"] < self.min_bytes:
            return "too_small"
        if metrics["size_bytes"] > self.max_bytes:
            return "too_large"
        return None
