"""Batches from the token shards ``codelm pack`` writes (the contract between pack and train).

Shards are memory-mapped: the ids of a record batch are one contiguous buffer viewed as a
``(rows, seq_len)`` numpy array without a copy, so opening a folder costs no reading and a batch
copies only its own rows. Each batch holds:

- ``input_ids`` ``(batch, seq_len)`` int64;
- ``labels`` ``(batch, seq_len)`` int64, already shifted: ``labels[:, t]`` is the token after
  ``t``, -100 at the last position and where the next token starts another document, so a
  label never crosses a document boundary;
- ``position_ids`` ``(batch, seq_len)`` int64, restarting at 0 at every document start.

Order is a seeded permutation per epoch; ``rank``/``world_size`` give each data-parallel process
a disjoint share, and ``start`` skips batches already consumed (exact resume).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa

from codelm.pipeline.errors import CodelmError, UsageProblem
from codelm.pipeline.packing.token_shards import DOCUMENT_STARTS, INPUT_IDS

IGNORE_INDEX = -100


class TokenShards:
    """A folder (or list of files) of token shards, memory-mapped."""

    def __init__(self, path: str | Path):
        path = Path(path)
        if path.is_dir():
            if (path / "manifest.json").exists() and not (path / "_SUCCESS").exists():
                raise UsageProblem(f"{path} is an unfinished `codelm pack` output (no _SUCCESS)")
            files = sorted(path.glob("part-*.arrow"))
        else:
            files = [path]
        if not files:
            raise UsageProblem(f"{path} holds no token shards (part-*.arrow); run `codelm pack`")
        self.path = path
        self._blocks: list[np.ndarray] = []  # (rows, seq_len) views, one per record batch
        self._starts: list[pa.ListArray] = []
        self.seq_len = 0
        self.eos_id = -1
        self.vocab_size = 0
        for file in files:
            reader = pa.ipc.open_file(pa.memory_map(str(file), "r"))
            metadata = reader.schema.metadata or {}
            if INPUT_IDS not in reader.schema.names or b"seq_len" not in metadata:
                raise CodelmError(f"{file} is not a token shard written by `codelm pack`")
            seq_len = int(metadata[b"seq_len"])
            if self.seq_len and seq_len != self.seq_len:
                raise CodelmError(f"{file} has sequences of {seq_len} tokens, other shards {self.seq_len}")
            self.seq_len, self.eos_id = seq_len, int(metadata[b"eos_id"])
            self.vocab_size = int(metadata[b"vocab_size"])
            for index in range(reader.num_record_batches):
                batch = reader.get_batch(index)
                if batch.num_rows == 0:
                    continue
                ids = batch.column(INPUT_IDS)
                values = ids.values.slice(ids.offset * seq_len, len(ids) * seq_len)
                self._blocks.append(values.to_numpy(zero_copy_only=True).reshape(len(ids), seq_len))
                self._starts.append(batch.column(DOCUMENT_STARTS))
        self._offsets = np.cumsum([0] + [len(block) for block in self._blocks])

    def __len__(self) -> int:
        return int(self._offsets[-1])

    @property
    def tokenizer_dir(self) -> Path | None:
        """The tokenizer copied next to the shards by ``pack``, if any."""
        folder = self.path if self.path.is_dir() else self.path.parent
        manifest = folder / "manifest.json"
        if manifest.exists():
            copy = json.loads(manifest.read_text()).get("tokenizer", {}).get("copy")
            if copy and (folder / copy).is_dir():
                return folder / copy
        return None

    def sequence(self, index: int) -> tuple[np.ndarray, list[int]]:
        """Token ids (a read-only view) and document starts of one sequence."""
        block = int(np.searchsorted(self._offsets, index, side="right")) - 1
        row = index - int(self._offsets[block])
        return self._blocks[block][row], self._starts[block][row].as_py()

    def get_batch(self, indices) -> dict[str, np.ndarray]:
        rows = [self.sequence(int(index)) for index in indices]
        input_ids = np.stack([ids for ids, _ in rows]).astype(np.int64)
        return {
            "input_ids": input_ids,
            "labels": shifted_labels(input_ids, [starts for _, starts in rows]),
            "position_ids": position_ids([starts for _, starts in rows], self.seq_len),
        }

    def batches(
        self,
        batch_size: int,
        seed: int = 0,
        epoch: int = 0,
        shuffle: bool = True,
        rank: int = 0,
        world_size: int = 1,
        start: int = 0,
        tensors: str = "numpy",
    ) -> Iterator[dict]:
        """One epoch of full batches for data-parallel ``rank``; ``tensors="torch"`` gives torch tensors.

        Every rank gets the same number of batches (the remainder of the epoch is left out).
        """
        if tensors not in ("numpy", "torch"):
            raise UsageProblem(f"tensors must be 'numpy' or 'torch', not {tensors!r}")
        if batch_size < 1 or not 0 <= rank < world_size:
            raise UsageProblem("batch_size must be positive and 0 <= rank < world_size")
        order = np.random.default_rng([seed, epoch]).permutation(len(self)) if shuffle else np.arange(len(self))
        per_rank = len(order) // world_size // batch_size
        mine = order[rank::world_size][: per_rank * batch_size]
        convert = _to_torch if tensors == "torch" else (lambda batch: batch)
        for number in range(start, per_rank):
            yield convert(self.get_batch(mine[number * batch_size : (number + 1) * batch_size]))

    def num_batches(self, batch_size: int, world_size: int = 1) -> int:
        return len(self) // world_size // batch_size


def position_ids(starts: list[list[int]], seq_len: int) -> np.ndarray:
    """``(rows, seq_len)`` positions that restart at 0 at each document start."""
    positions = np.empty((len(starts), seq_len), dtype=np.int64)
    index = np.arange(seq_len)
    for row, row_starts in enumerate(starts):
        reset = np.zeros(seq_len, dtype=np.int64)
        reset[row_starts] = row_starts
        positions[row] = index - np.maximum.accumulate(reset)
    return positions


def shifted_labels(input_ids: np.ndarray, starts: list[list[int]]) -> np.ndarray:
    """Next-token labels; -100 at the last position and before each document start."""
    labels = np.full_like(input_ids, IGNORE_INDEX)
    labels[:, :-1] = input_ids[:, 1:]
    for row, row_starts in enumerate(starts):
        boundaries = [start - 1 for start in row_starts if start > 0]
        labels[row, boundaries] = IGNORE_INDEX
    return labels


def _to_torch(batch: dict[str, np.ndarray]) -> dict:
    import torch

    return {name: torch.from_numpy(array) for name, array in batch.items()}
