"""``codelm decontam``: remove files that contain benchmark prompts or solutions (BigCode-style)."""

from codelm.pipeline.decontam.benchmarks import BenchmarkItem, extract_docstring, humaneval_items, load_benchmarks
from codelm.pipeline.decontam.matching import Matcher, normalise
from codelm.pipeline.decontam.stage import DecontamConfig, decontaminate, index_summary

__all__ = [
    "BenchmarkItem",
    "DecontamConfig",
    "Matcher",
    "decontaminate",
    "extract_docstring",
    "humaneval_items",
    "index_summary",
    "load_benchmarks",
    "normalise",
]
