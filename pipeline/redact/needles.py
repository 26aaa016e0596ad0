"""Every literal the detectors look for, found in one Aho-Corasick pass over a text.

Token formats and detect-secrets' plugins each need a literal (``ghp_``, ``xox``, ``eyJ``...) before
their regexes can match; testing fifty literals with ``in`` one by one cost a third of the run time,
one automaton pass over the text costs a tenth of that.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def _automaton(needles: tuple[str, ...]):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for needle in needles:
        automaton.add_word(needle, needle)
    automaton.make_automaton()
    return automaton


def find_needles(text: str, needles: tuple[str, ...]) -> dict[str, list[int]]:
    """Start offsets of every occurrence of each needle present in ``text``, in order."""
    hits: dict[str, list[int]] = {}
    for last, needle in _automaton(needles).iter(text):
        hits.setdefault(needle, []).append(last - len(needle) + 1)
    return hits
