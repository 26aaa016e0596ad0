"""Training documents in StarCoder2's formats, and their batch tokenisation.

File context (one file, one document)::

    <repo_name>NAME<file_sep>PATH\\nCODE<|endoftext|>      with metadata
    CODE<|endoftext|>                                      without

Repository context (all files of a repository, one document)::

    <repo_name>NAME<file_sep>PATH\\nCODE<file_sep>PATH\\nCODE...<|endoftext|>   with metadata
    <file_sep>CODE<file_sep>CODE...<|endoftext|>                                without

Metadata is included per document with probability ``meta_rate``, FIM applied per file with
probability ``fim_rate`` (inside repository documents too, the path staying in the prefix), each
drawn from a generator seeded by the document itself so that output does not depend on workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain

import numpy as np
import xxhash

from codelm.pipeline.errors import CodelmError
from codelm.pipeline.packing.fim import FimTokens, choose_mode, document_rng, rearrange
from codelm.pipeline.packing.import_graph import order_files
from codelm.pipeline.stats import Stats
from codelm.pipeline.tokenizer import EOS

UNKNOWN_LANGUAGE = "unknown"


@dataclass(frozen=True)
class ControlTokens:
    eos: int
    repo_name: int
    file_sep: int
    fim: FimTokens

    @classmethod
    def from_tokenizer(cls, tokenizer) -> "ControlTokens":
        names = [EOS, "<repo_name>", "<file_sep>", "<fim_prefix>", "<fim_middle>", "<fim_suffix>"]
        ids = [tokenizer.token_to_id(name) for name in names]
        missing = [name for name, token_id in zip(names, ids) if token_id is None]
        if missing:
            raise CodelmError(f"the tokenizer lacks {', '.join(missing)}; train one with `codelm tokenizer train`")
        eos, repo_name, file_sep, prefix, middle, suffix = ids
        return cls(eos, repo_name, file_sep, FimTokens(prefix=prefix, middle=middle, suffix=suffix))


@dataclass(frozen=True)
class FormatOptions:
    fim_rate: float = 0.5  # Bavarian et al. 2022; StarCoder, StarCoder2
    fim_spm_rate: float = 0.5  # StarCoder: half of FIM samples in SPM order
    meta_rate: float = 0.5  # StarCoder2: repository metadata with probability 0.5
    seed: int = 0


@dataclass
class Document:
    """Pieces (text to tokenise, or token ids) and, per file, ``(lang, first_piece, end_piece)``."""

    pieces: list[str | int] = field(default_factory=list)
    files: list[tuple[str, int, int]] = field(default_factory=list)


def file_key(record: dict) -> str:
    """What seeds a file's FIM draw: its id, or a hash of its text when there is no id."""
    return record.get("id") or xxhash.xxh64_hexdigest((record.get("content") or "").encode("utf-8"))


def _file_pieces(document: Document, record: dict, header: str, options: FormatOptions, tokens: ControlTokens, stats):
    rng = document_rng(options.seed, "fim", file_key(record))
    mode = choose_mode(rng, options.fim_rate, options.fim_spm_rate)
    stats.add(("fim", mode or "none"))
    start = len(document.pieces)
    document.pieces.extend(rearrange(header, record["content"], mode, rng, tokens.fim))
    document.files.append((record.get("lang") or UNKNOWN_LANGUAGE, start, len(document.pieces)))


def file_document(record: dict, options: FormatOptions, tokens: ControlTokens, stats: Stats) -> Document:
    document = Document()
    with_meta = document_rng(options.seed, "meta", file_key(record)).random() < options.meta_rate
    stats.add(("metadata", "with" if with_meta else "without"))
    if with_meta:
        document.pieces.extend([tokens.repo_name, record.get("repo_name") or "", tokens.file_sep])
    _file_pieces(document, record, f"{record.get('path') or ''}\n" if with_meta else "", options, tokens, stats)
    document.pieces.append(tokens.eos)
    return document


def repo_document(
    repo_name: str, records: list[dict], order: str, options: FormatOptions, tokens: ControlTokens, stats: Stats
) -> Document:
    """One document for the files of one repository, in ``order``."""
    document = Document()
    rng = document_rng(options.seed, "repo", repo_name)
    with_meta = rng.random() < options.meta_rate
    stats.add(("metadata", "with" if with_meta else "without"))
    if with_meta:
        document.pieces.extend([tokens.repo_name, repo_name])
    paths = [record.get("path") or "" for record in records]
    for index in order_files(paths, [record["content"] for record in records], order, rng):
        document.pieces.append(tokens.file_sep)
        _file_pieces(document, records[index], f"{paths[index]}\n" if with_meta else "", options, tokens, stats)
    document.pieces.append(tokens.eos)
    return document


def encode_documents(documents: list[Document], tokenizer, stats: Stats) -> list[np.ndarray]:
    """Token ids of each document, its text pieces tokenised in one batch call."""
    texts = [piece for document in documents for piece in document.pieces if isinstance(piece, str) and piece]
    encoded = iter(tokenizer.encode_batch_fast(texts, add_special_tokens=False))
    result = []
    for document in documents:
        parts = [
            [piece] if isinstance(piece, int) else (next(encoded).ids if piece else []) for piece in document.pieces
        ]
        for lang, start, end in document.files:
            stats.add(("languages", lang, "files"))
            texts_of_file = [(piece, part) for piece, part in zip(document.pieces[start:end], parts[start:end])]
            stats.add(
                ("languages", lang, "chars"), sum(len(piece) for piece, _ in texts_of_file if isinstance(piece, str))
            )
            stats.add(
                ("languages", lang, "tokens"),
                sum(len(part) for piece, part in texts_of_file if isinstance(piece, str)),
            )
        result.append(np.fromiter(chain.from_iterable(parts), dtype=np.uint32))
    return result
