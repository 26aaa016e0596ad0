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
from codelm.pipeline.shard_folder import listed_shards

IGNORE_INDEX = -100


class TokenShards:
    """A folder (or list of files) of token shards, memory-mapped."""

    def __init__(self, path: str | Path):
        path = Path(path)
        if not path.exists():
            raise UsageProblem(f"{path} does not exist; token shards come from `codelm pack`")
        if path.is_dir() and (path / "manifest.json").exists():
            # A folder `codelm pack` wrote: exactly the shards its manifest lists, each checked present and whole.
            files = [file for file in listed_shards(path) if file.suffix == ".arrow"]
        elif path.is_dir():
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
        return rows_to_batch([self.sequence(int(index)) for index in indices], self.seq_len)

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


class MixtureSampler:
    """The sequences of a run, in order: sample ``g`` of the run is a seeded, stateless function of ``g``.

    Each sample first picks a source with probability proportional to its weight (blocks of
    ``BLOCK`` choices, each drawn from its own seeded generator), then takes that source's next
    sequence in a per-epoch permutation. Because nothing depends on history except through ``g``,
    a resumed run (or one with a different number of ranks) continues on exactly the sequences a
    straight run would have read next.
    """

    BLOCK = 1 << 20

    def __init__(self, sources: list[TokenShards], weights: list[float], seed: int):
        if len(sources) != len(weights) or not sources:
            raise UsageProblem("a mixture needs one weight per source")
        first = sources[0]
        for source in sources[1:]:
            if (source.seq_len, source.vocab_size, source.eos_id) != (first.seq_len, first.vocab_size, first.eos_id):
                raise UsageProblem(
                    f"{source.path} has seq_len/vocab/eos {source.seq_len}/{source.vocab_size}/{source.eos_id}, "
                    f"but {first.path} has {first.seq_len}/{first.vocab_size}/{first.eos_id}: pack both the same way"
                )
        for source in sources:
            if len(source) == 0:
                raise UsageProblem(f"{source.path} holds no sequences")
        self.sources = sources
        total = float(sum(weights))
        self.probabilities = np.array([weight / total for weight in weights])
        self.seed = seed
        self._block_counts: list[np.ndarray] = [np.zeros(len(sources), dtype=np.int64)]  # counts before block b
        self._block_cache: tuple[int, np.ndarray, np.ndarray] | None = None
        self._permutations: dict[tuple[int, int], np.ndarray] = {}

    def _block(self, block: int) -> tuple[np.ndarray, np.ndarray]:
        """Sources of the block's samples and each sample's ordinal within its source."""
        if self._block_cache is not None and self._block_cache[0] == block:
            return self._block_cache[1], self._block_cache[2]
        while len(self._block_counts) <= block:
            earlier = len(self._block_counts) - 1
            choices = self._choices(earlier)
            self._block_counts.append(self._block_counts[-1] + np.bincount(choices, minlength=len(self.sources)))
        choices = self._choices(block)
        ordinals = np.empty(self.BLOCK, dtype=np.int64)
        for source in range(len(self.sources)):
            where = choices == source
            ordinals[where] = self._block_counts[block][source] + np.arange(int(where.sum()))
        self._block_cache = (block, choices, ordinals)
        return choices, ordinals

    def _choices(self, block: int) -> np.ndarray:
        if len(self.sources) == 1:
            return np.zeros(self.BLOCK, dtype=np.int64)
        generator = np.random.default_rng([self.seed, 1, block])
        return generator.choice(len(self.sources), size=self.BLOCK, p=self.probabilities)

    def _sequence_index(self, source: int, ordinal: int) -> int:
        size = len(self.sources[source])
        epoch, offset = divmod(ordinal, size)
        key = (source, epoch)
        if key not in self._permutations:
            if len(self._permutations) > 2 * len(self.sources):
                self._permutations.clear()
            self._permutations[key] = np.random.default_rng([self.seed, 2, source, epoch]).permutation(size)
        return int(self._permutations[key][offset])

    def locate(self, sample: int) -> tuple[int, int, int]:
        """(source, sequence index, epoch of that source) of the run's ``sample``-th sequence."""
        block, offset = divmod(sample, self.BLOCK)
        choices, ordinals = self._block(block)
        source, ordinal = int(choices[offset]), int(ordinals[offset])
        return source, self._sequence_index(source, ordinal), ordinal // len(self.sources[source])

    def batch(self, start: int, count: int, tensors: str = "torch") -> dict:
        """Samples ``start .. start + count - 1`` of the run as one batch."""
        rows = []
        for sample in range(start, start + count):
            source, index, _ = self.locate(sample)
            rows.append(self.sources[source].sequence(index))
        return rows_to_batch(rows, self.sources[0].seq_len, tensors)


def rows_to_batch(rows: list[tuple[np.ndarray, list[int]]], seq_len: int, tensors: str = "numpy") -> dict:
    input_ids = np.stack([ids for ids, _ in rows]).astype(np.int64)
    starts = [row_starts for _, row_starts in rows]
    batch = {
        "input_ids": input_ids,
        "labels": shifted_labels(input_ids, starts),
        "position_ids": position_ids(starts, seq_len),
    }
    return _to_torch(batch) if tensors == "torch" else batch


def unigram_entropy(shards: TokenShards, max_sequences: int = 4096) -> float:
    """Entropy (nats/token) of the token frequencies in up to ``max_sequences`` sequences spread over ``shards``.

    A model that learned only how often each token occurs reaches this loss; one that uses context
    goes below it.
    """
    picks = np.unique(np.linspace(0, len(shards) - 1, num=min(len(shards), max_sequences)).astype(np.int64))
    counts = np.zeros(max(shards.vocab_size, 1), dtype=np.int64)
    for index in picks:
        ids, _ = shards.sequence(int(index))
        counts += np.bincount(ids, minlength=len(counts))[: len(counts)]
    probabilities = counts[counts > 0] / counts.sum()
    return float(-(probabilities * np.log(probabilities)).sum())
