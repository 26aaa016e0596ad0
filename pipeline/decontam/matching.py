"""Finding benchmark text inside documents without comparing every document with every item.

Substring mode (BigCode's decontamination): an item matches when its text, lower-cased with all
whitespace removed, occurs in the document normalised the same way; so re-indented, re-wrapped
or re-spaced copies still match. All items go into one Aho–Corasick automaton, and a document is
scanned once, whatever the number of items. Items shorter than ``min_chars`` (after
normalisation) are skipped: a one-line solution such as ``return a + b`` occurs in any corpus.

N-gram mode (optional): items and documents become sequences of word tokens; an item matches
when at least ``overlap`` of its distinct n-grams occur in the document, looked up in a hash
index of every item's n-grams.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from codelm.pipeline.decontam.benchmarks import BenchmarkItem
from codelm.pipeline.errors import require

_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    return "".join(text.lower().split())


@dataclass(frozen=True)
class Match:
    item: BenchmarkItem
    mode: str  # "substring" or "ngram"


def _ngrams(text: str, size: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[start : start + size]) for start in range(len(words) - size + 1)}


class SubstringIndex:
    """One automaton over the normalised texts of all items long enough to be telling."""

    def __init__(self, items: list[BenchmarkItem], min_chars: int):
        ahocorasick = require("ahocorasick", package="pyahocorasick", extra="filter", purpose="codelm decontam")
        self.automaton = ahocorasick.Automaton()
        by_pattern: dict[str, list[BenchmarkItem]] = {}
        self.skipped_trivial = 0
        for item in items:
            pattern = normalise(item.text)
            if len(pattern) < min_chars:
                self.skipped_trivial += 1
                continue
            by_pattern.setdefault(pattern, []).append(item)
        for pattern, owners in by_pattern.items():
            self.automaton.add_word(pattern, tuple(owners))
        self.num_patterns = len(by_pattern)
        if by_pattern:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[BenchmarkItem]:
        if not self.num_patterns:
            return []
        found: dict[BenchmarkItem, None] = {}
        for _, owners in self.automaton.iter(normalise(text)):
            found.update(dict.fromkeys(owners))
        return list(found)


class NgramIndex:
    """Hash index from word n-gram to the items holding it."""

    def __init__(self, items: list[BenchmarkItem], size: int, overlap: float):
        self.size = size
        self.overlap = overlap
        self.items: list[BenchmarkItem] = []
        self.totals: list[int] = []
        self.index: dict[tuple[str, ...], list[int]] = {}
        for item in items:
            grams = _ngrams(item.text, size)
            if not grams:
                continue
            position = len(self.items)
            self.items.append(item)
            self.totals.append(len(grams))
            for gram in grams:
                self.index.setdefault(gram, []).append(position)

    def find(self, text: str) -> list[BenchmarkItem]:
        shared: Counter[int] = Counter()
        for gram in _ngrams(text, self.size):
            for position in self.index.get(gram, ()):
                shared[position] += 1
        return [
            self.items[position]
            for position, count in sorted(shared.items())
            if count >= self.overlap * self.totals[position]
        ]


class Matcher:
    """Substring matching, plus n-gram matching when ``ngram_size`` > 0."""

    def __init__(self, items: list[BenchmarkItem], min_chars: int, ngram_size: int = 0, ngram_overlap: float = 0.5):
        self.substrings = SubstringIndex(items, min_chars)
        self.ngrams = NgramIndex(items, ngram_size, ngram_overlap) if ngram_size > 0 else None

    def find(self, text: str) -> list[Match]:
        matches = [Match(item, "substring") for item in self.substrings.find(text)]
        if self.ngrams is not None:
            by_substring = {match.item for match in matches}
            matches += [Match(item, "ngram") for item in self.ngrams.find(text) if item not in by_substring]
        return matches
