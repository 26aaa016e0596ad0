"""The trainer's token-shard reader: zero-copy rows, positions per document, shifted labels, ranks, resume."""

import sysconfig
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.packing import PackConfig, pack
from codelm.pipeline.packing.token_shards import sequences_table, token_schema
from codelm.pipeline.shards import ShardWriter
from codelm.pipeline.steps import RunOptions
from codelm.pipeline.tokenizer import TokenizerConfig, train_tokenizer
from codelm.trainer.data import IGNORE_INDEX, TokenShards, position_ids, shifted_labels

STDLIB = Path(sysconfig.get_paths()["stdlib"])
EOS = 0


def _write(folder: Path, rows: np.ndarray, vocab_size: int = 500, batch_rows: int = 3) -> Path:
    schema = token_schema(rows.shape[1], vocab_size, EOS)
    writer = ShardWriter(folder, "part", schema, "arrow", 1 << 30)
    for start in range(0, len(rows), batch_rows):
        writer.write_table(sequences_table(rows[start : start + batch_rows], schema))
    writer.close()
    return folder


def _positions_oracle(ids: list[int]) -> list[int]:
    positions, position = [], 0
    for token in ids:
        positions.append(position)
        position = 0 if token == EOS else position + 1
    return positions


def test_batches_hold_ids_shifted_labels_and_positions_restarting_per_document(tmp_path):
    rng = np.random.default_rng(0)
    rows = rng.integers(1, 500, size=(10, 16))
    rows[rng.random(rows.shape) < 0.15] = EOS
    shards = TokenShards(_write(tmp_path / "shards", rows))
    assert len(shards) == 10 and shards.seq_len == 16 and shards.vocab_size == 500
    batch = shards.get_batch(range(10))
    assert batch["input_ids"].dtype == np.int64 and np.array_equal(batch["input_ids"], rows)
    for row, ids in enumerate(rows.tolist()):
        assert batch["position_ids"][row].tolist() == _positions_oracle(ids)
        for t in range(16):
            expected = IGNORE_INDEX if t == 15 or ids[t] == EOS else ids[t + 1]
            assert batch["labels"][row, t] == expected


def test_rows_are_memory_mapped_views(tmp_path):
    rows = np.arange(4 * 8, dtype=np.int64).reshape(4, 8) + 1
    shards = TokenShards(_write(tmp_path / "shards", rows))
    ids, starts = shards.sequence(2)
    assert ids.dtype == np.uint16 and not ids.flags.writeable and not ids.flags.owndata
    assert ids.tolist() == rows[2].tolist() and starts == [0]


def test_epochs_ranks_and_resume(tmp_path):
    rows = np.arange(1, 26 * 4 + 1).reshape(26, 4)
    shards = TokenShards(_write(tmp_path / "shards", rows))

    def firsts(batches):
        return [tuple(batch["input_ids"][:, 0]) for batch in batches]

    epoch0 = firsts(shards.batches(4, seed=1, epoch=0))
    assert len(epoch0) == shards.num_batches(4) == 6
    assert epoch0 == firsts(shards.batches(4, seed=1, epoch=0))
    assert epoch0 != firsts(shards.batches(4, seed=1, epoch=1))
    assert firsts(shards.batches(4, seed=1, epoch=0, start=4)) == epoch0[4:]
    ranks = [firsts(shards.batches(3, seed=2, rank=rank, world_size=2)) for rank in (0, 1)]
    assert len(ranks[0]) == len(ranks[1]) == shards.num_batches(3, world_size=2) == 4
    seen = [value for rank in ranks for batch in rank for value in batch]
    assert len(seen) == len(set(seen))  # disjoint shares
    ordered = firsts(shards.batches(2, shuffle=False))
    assert [value for batch in ordered for value in batch] == rows[:, 0].tolist()


def test_torch_tensors_on_request(tmp_path):
    import torch

    rows = np.array([[5, 6, EOS, 7], [8, EOS, 9, 10]])
    shards = TokenShards(_write(tmp_path / "shards", rows))
    batch = next(shards.batches(2, shuffle=False, tensors="torch"))
    assert all(isinstance(value, torch.Tensor) and value.dtype == torch.int64 for value in batch.values())
    assert batch["position_ids"].tolist() == [[0, 1, 2, 0], [0, 1, 0, 1]]
    assert batch["labels"].tolist() == [[6, EOS, -100, -100], [EOS, -100, 10, -100]]


def test_helpers_agree_with_the_oracle():
    assert position_ids([[0, 3, 4]], 6).tolist() == [[0, 1, 2, 0, 0, 1]]
    ids = np.array([[1, 2, EOS, 3]])
    assert shifted_labels(ids, [[0, 3]]).tolist() == [[2, EOS, -100, -100]]


def test_reads_a_packed_folder_and_finds_its_tokenizer(tmp_path):
    rows = [{"content": path.read_text(encoding="utf-8")} for path in sorted((STDLIB / "json").glob("*.py"))]
    (tmp_path / "corpus").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "corpus" / "part-00000.parquet")
    train_tokenizer(tmp_path / "corpus", tmp_path / "tok", TokenizerConfig(vocab_size=800))
    config = PackConfig(tokenizer=tmp_path / "tok", seq_len=64, context="file")
    stats = pack(tmp_path / "corpus", tmp_path / "packed", config, RunOptions(engine=EngineOptions(workers=1)))
    shards = TokenShards(tmp_path / "packed")
    assert len(shards) == stats["sequences"] and shards.tokenizer_dir == tmp_path / "packed" / "tokenizer"
    for batch in shards.batches(4):
        for row in range(4):
            assert batch["position_ids"][row].tolist() == _positions_oracle(batch["input_ids"][row].tolist())


def test_refuses_what_is_not_a_finished_token_folder(tmp_path):
    from codelm.pipeline.errors import CodelmError

    (tmp_path / "empty").mkdir()
    with pytest.raises(CodelmError, match="no token shards"):
        TokenShards(tmp_path / "empty")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "manifest.json").write_text("{}")
    with pytest.raises(CodelmError, match="not a codelm folder"):
        TokenShards(tmp_path / "half")


def test_a_packed_folder_is_read_from_its_manifest(tmp_path, packed_dir):
    """A missing, truncated or extra shard is a one-line error naming the file, never a silently smaller set."""
    import shutil

    from codelm.pipeline.errors import CodelmError

    folder = tmp_path / "packed"
    shutil.copytree(packed_dir, folder)
    assert len(TokenShards(folder)) == len(TokenShards(packed_dir))
    shard = next(folder.glob("part-*.arrow"))
    shutil.copy(shard, folder / "part-99999.arrow")
    with pytest.raises(CodelmError, match="part-99999.arrow"):
        TokenShards(folder)
    (folder / "part-99999.arrow").unlink()
    shard.write_bytes(shard.read_bytes()[:-100])
    with pytest.raises(CodelmError, match=shard.name):
        TokenShards(folder)
