"""Fill-in-the-middle, as Megatron-LM's and BigCode's GPT data pipelines do it.

A file is chosen for FIM with probability ``rate``; two split points are drawn uniformly over its
characters (not tokens, so a split can fall inside what would have been one token) and the three
parts are tokenised separately. With probability ``spm_rate`` the SPM order is used instead of
PSM (Bavarian et al. 2022, "Efficient Training of Language Models to Fill in the Middle"):

- PSM: ``<fim_prefix> prefix <fim_suffix> suffix <fim_middle> middle``
- SPM: ``<fim_prefix> <fim_suffix> suffix <fim_middle> prefix middle`` (BigCode's SPM variant,
  where the prefix follows ``<fim_middle>`` so that the middle continues it directly)

A document is a list of pieces: text (``str``) to tokenise, or a token id (``int``) inserted as is.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import xxhash

PSM = "psm"
SPM = "spm"


@dataclass(frozen=True)
class FimTokens:
    prefix: int
    middle: int
    suffix: int


def document_rng(seed: int, *keys: str) -> random.Random:
    """A generator that depends only on the seed and the document, never on which worker handles it."""
    return random.Random(xxhash.xxh64_intdigest("\0".join(keys).encode("utf-8"), seed=seed))


def choose_mode(rng: random.Random, rate: float, spm_rate: float) -> str | None:
    """None (no FIM), PSM or SPM; draws the same numbers whatever the outcome, so later draws stay aligned."""
    use_fim, use_spm = rng.random(), rng.random()
    if use_fim >= rate:
        return None
    return SPM if use_spm < spm_rate else PSM


def split_points(text: str, rng: random.Random) -> tuple[str, str, str]:
    """Prefix, middle and suffix at two character positions drawn uniformly in ``[0, len(text)]``."""
    low, high = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
    return text[:low], text[low:high], text[high:]


def fim_pieces(prefix: str, middle: str, suffix: str, mode: str, tokens: FimTokens) -> list[str | int]:
    """The pieces of one FIM-rearranged span, in ``mode`` order."""
    if mode == PSM:
        return [tokens.prefix, prefix, tokens.suffix, suffix, tokens.middle, middle]
    return [tokens.prefix, tokens.suffix, suffix, tokens.middle, prefix, middle]


def rearrange(header: str, code: str, mode: str | None, rng: random.Random, tokens: FimTokens) -> list[str | int]:
    """``header + code`` as pieces: plain, or FIM-split inside ``code`` with the header kept in the prefix.

    StarCoder2 splits the file's code only; its path (the header) stays at the front of the prefix.
    """
    if mode is None:
        return [header + code]
    prefix, middle, suffix = split_points(code, rng)
    return fim_pieces(header + prefix, middle, suffix, mode, tokens)
