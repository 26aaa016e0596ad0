"""The token-shard format ``pack`` writes and the trainer reads (docs/shard-folders.md, "Token shards").

Arrow IPC files ``part-NNNNN.arrow``, one row per training sequence:

- ``input_ids``: fixed-size list of ``seq_len`` token ids, uint16 when the vocabulary fits in
  16 bits, else uint32; memory-mapped, the ids are one contiguous buffer per record batch;
- ``document_starts``: list<int32>, the offsets in the row where positions restart: 0, and every
  offset right after an ``<|endoftext|>`` (documents end with it, and file contents are
  tokenised so that they cannot contain it).

The schema's metadata records ``seq_len``, ``eos_id`` and ``vocab_size``.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

INPUT_IDS = "input_ids"
DOCUMENT_STARTS = "document_starts"


def token_dtype(vocab_size: int) -> np.dtype:
    return np.dtype(np.uint16) if vocab_size <= 1 << 16 else np.dtype(np.uint32)


def token_schema(seq_len: int, vocab_size: int, eos_id: int) -> pa.Schema:
    value_type = pa.from_numpy_dtype(token_dtype(vocab_size))
    return pa.schema(
        [(INPUT_IDS, pa.list_(value_type, seq_len)), (DOCUMENT_STARTS, pa.list_(pa.int32()))],
        metadata={"seq_len": str(seq_len), "eos_id": str(eos_id), "vocab_size": str(vocab_size)},
    )


def document_starts(rows: np.ndarray, eos_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Offsets and values of the ``document_starts`` lists of ``rows`` (shape ``(n, seq_len)``)."""
    num_rows, seq_len = rows.shape
    row_of_eos, column_of_eos = np.nonzero(rows[:, : seq_len - 1] == eos_id)
    counts = np.bincount(row_of_eos, minlength=num_rows) + 1
    offsets = np.zeros(num_rows + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    values = np.empty(offsets[-1], dtype=np.int32)
    values[offsets[:-1]] = 0
    # np.nonzero returns row-major order, so each row's starts land after its 0, ascending.
    slots = offsets[row_of_eos] + 1 + (np.arange(len(row_of_eos)) - np.searchsorted(row_of_eos, row_of_eos))
    values[slots] = column_of_eos + 1
    return offsets, values


def sequences_table(rows: np.ndarray, schema: pa.Schema) -> pa.Table:
    """A table of ``rows`` (shape ``(n, seq_len)``) with their document starts, in ``schema``."""
    eos_id = int(schema.metadata[b"eos_id"])
    value_type = schema.field(INPUT_IDS).type.value_type
    ids = pa.FixedSizeListArray.from_arrays(
        pa.array(np.ascontiguousarray(rows).reshape(-1).astype(value_type.to_pandas_dtype())), rows.shape[1]
    )
    offsets, values = document_starts(rows, eos_id)
    starts = pa.ListArray.from_arrays(pa.array(offsets), pa.array(values))
    return pa.Table.from_arrays([ids, starts], schema=schema)
