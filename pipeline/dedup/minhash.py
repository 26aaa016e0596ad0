"""MinHash signatures of code, straight from Arrow string buffers.

Shingles follow BigCode's near-dedup: tokens are the runs of ``[A-Za-z_0-9]`` (every other
character, non-ASCII included, separates them), a shingle is ``shingle_size`` consecutive tokens,
and a document with fewer tokens has one shingle of all of them. Working on UTF-8 bytes gives the
same tokens as the regex on text, since every byte of a non-ASCII character is >= 0x80.

The hot loop is compiled with numba: one pass over a batch's bytes tokenises, hashes each shingle
once (64-bit, then its top 32 bits) and updates all permutations. Measured during development on
the standard library (19 MB, 2.1 M shingles, one core), a vectorised-numpy version (prefix-sum
token hashes, then blocks of shingles × permutations) reached 5.3 MB/s because every product goes
through memory; this fused loop computes the same signatures at about 180 MB/s.

Permutations are ``(a·x + b) mod 2**32`` with odd ``a``: 32-bit lanes let the permutation loop
vectorise (AVX2 has no 64-bit multiply), and since ``x`` is already a well-mixed hash each
permutation is a bijection of uniform values, so the agreement rate estimates Jaccard without bias
(tests/pipeline/test_dedup_minhash.py checks the spread against the binomial one).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from numba import njit

_WORD_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
WORD_BYTES = np.zeros(256, np.bool_)
WORD_BYTES[np.frombuffer(_WORD_CHARS, np.uint8)] = True

# Odd 64-bit constants (golden ratio, murmur3 and xxhash primes): one per position in a shingle,
# so that the same tokens in another order hash differently.
_POSITION_CONSTANTS = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
        0xC4CEB9FE1A85EC53,
        0x27D4EB2F165667C5,
        0x94D049BB133111EB,
    ],
    np.uint64,
)
MAX_SHINGLE_SIZE = len(_POSITION_CONSTANTS)


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``a`` (odd) and ``b`` coefficients of the ``num_perm`` hash permutations."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 1 << 32, num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
    b = rng.integers(0, 1 << 32, num_perm, dtype=np.uint64).astype(np.uint32)
    return a, b


def string_buffers(column: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Zero-copy ``(bytes, offsets)`` of a string column; document ``i`` is ``bytes[offsets[i]:offsets[i+1]]``.

    Nulls read as empty documents.
    """
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if pa.types.is_large_string(column.type):
        offset_type = np.int64
    elif pa.types.is_string(column.type):
        offset_type = np.int32
    else:
        raise TypeError(f"expected a string column, got {column.type}")
    _, offsets_buffer, data_buffer = column.buffers()
    if len(column) == 0:
        return np.zeros(0, np.uint8), np.zeros(1, np.int64)
    offsets = np.frombuffer(offsets_buffer, offset_type)[column.offset : column.offset + len(column) + 1]
    data = np.frombuffer(data_buffer, np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
    return data, offsets.astype(np.int64)


@njit(inline="always")
def _mix64(x):
    # murmur3's 64-bit finaliser: every input bit affects every output bit.
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


@njit(inline="always")
def _token_hash(data, position, end, word):
    """FNV-1a over one token's bytes; returns (hash, position after the token)."""
    value = np.uint64(0xCBF29CE484222325)
    while position < end and word[data[position]]:
        value = (value ^ np.uint64(data[position])) * np.uint64(0x100000001B3)
        position += 1
    return _mix64(value), position


@njit(inline="always")
def _window_hash(ring, count, newest, size, constants):
    """Hash of the last ``count`` tokens (ring holds them, ``newest`` is the slot of the latest)."""
    total = np.uint64(count)
    for offset in range(count):
        slot = (newest - count + 1 + offset) % size
        total += ring[slot] * constants[offset]
    return _mix64(total)


@njit(cache=True)
def _signatures_kernel(data, offsets, word, a, b, shingle_size, constants, signatures, token_counts):
    num_perm = a.shape[0]
    running = np.empty(num_perm, np.uint32)
    ring = np.zeros(shingle_size, np.uint64)
    for doc in range(offsets.shape[0] - 1):
        running[:] = np.uint32(0xFFFFFFFF)
        position = offsets[doc]
        end = offsets[doc + 1]
        tokens = 0
        while position < end:
            if not word[data[position]]:
                position += 1
                continue
            token, position = _token_hash(data, position, end, word)
            newest = tokens % shingle_size
            ring[newest] = token
            tokens += 1
            if tokens >= shingle_size:
                x = np.uint32(_window_hash(ring, shingle_size, newest, shingle_size, constants) >> np.uint64(32))
                for k in range(num_perm):
                    running[k] = min(running[k], np.uint32(a[k] * x + b[k]))
        if tokens < shingle_size:
            # Fewer tokens than a shingle: one shingle of all of them (none: the empty shingle).
            x = np.uint32(
                _window_hash(ring, tokens, (tokens - 1) % shingle_size, shingle_size, constants) >> np.uint64(32)
            )
            for k in range(num_perm):
                running[k] = min(running[k], np.uint32(a[k] * x + b[k]))
        signatures[doc, :] = running
        token_counts[doc] = tokens


def signatures(
    data: np.ndarray, offsets: np.ndarray, a: np.ndarray, b: np.ndarray, shingle_size: int
) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures ``(docs, num_perm)`` uint32 and token counts of the documents in a string buffer."""
    _check_shingle_size(shingle_size)
    num_docs = len(offsets) - 1
    result = np.empty((num_docs, len(a)), np.uint32)
    token_counts = np.empty(num_docs, np.int64)
    _signatures_kernel(data, offsets, WORD_BYTES, a, b, shingle_size, _POSITION_CONSTANTS, result, token_counts)
    return result, token_counts


@njit(cache=True)
def _count_shingles_kernel(data, offsets, word, shingle_size, counts):
    for doc in range(offsets.shape[0] - 1):
        position = offsets[doc]
        end = offsets[doc + 1]
        tokens = 0
        while position < end:
            if not word[data[position]]:
                position += 1
                continue
            while position < end and word[data[position]]:
                position += 1
            tokens += 1
        counts[doc] = max(1, tokens - shingle_size + 1)


@njit(cache=True)
def _shingle_hashes_kernel(data, offsets, word, shingle_size, constants, starts, out):
    ring = np.zeros(shingle_size, np.uint64)
    for doc in range(offsets.shape[0] - 1):
        position = offsets[doc]
        end = offsets[doc + 1]
        tokens = 0
        cursor = starts[doc]
        while position < end:
            if not word[data[position]]:
                position += 1
                continue
            token, position = _token_hash(data, position, end, word)
            newest = tokens % shingle_size
            ring[newest] = token
            tokens += 1
            if tokens >= shingle_size:
                out[cursor] = _window_hash(ring, shingle_size, newest, shingle_size, constants)
                cursor += 1
        if tokens < shingle_size:
            out[cursor] = _window_hash(ring, tokens, (tokens - 1) % shingle_size, shingle_size, constants)


def shingle_sets(data: np.ndarray, offsets: np.ndarray, shingle_size: int) -> list[np.ndarray]:
    """Each document's set of 64-bit shingle hashes, sorted and unique (for exact Jaccard checks)."""
    _check_shingle_size(shingle_size)
    num_docs = len(offsets) - 1
    counts = np.empty(num_docs, np.int64)
    _count_shingles_kernel(data, offsets, WORD_BYTES, shingle_size, counts)
    starts = np.zeros(num_docs + 1, np.int64)
    np.cumsum(counts, out=starts[1:])
    hashes = np.empty(starts[-1], np.uint64)
    _shingle_hashes_kernel(data, offsets, WORD_BYTES, shingle_size, _POSITION_CONSTANTS, starts, hashes)
    return [np.unique(hashes[starts[doc] : starts[doc + 1]]) for doc in range(num_docs)]


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Jaccard similarity of two sorted unique hash arrays."""
    common = len(np.intersect1d(first, second, assume_unique=True))
    return common / (len(first) + len(second) - common)


def _check_shingle_size(shingle_size: int) -> None:
    if not 1 <= shingle_size <= MAX_SHINGLE_SIZE:
        raise ValueError(f"shingle size must be 1..{MAX_SHINGLE_SIZE}, got {shingle_size}")
