"""`codelm pack`: fixed-length sequences, document boundaries, repo context across shards, determinism, contract."""

import json
import sysconfig
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.packing import PackConfig, pack
from codelm.pipeline.packing.stage import MIN_PARTITIONS
from codelm.pipeline.steps import RunOptions
from codelm.pipeline.tokenizer import TokenizerConfig, load_tokenizer, train_tokenizer

STDLIB = Path(sysconfig.get_paths()["stdlib"])
SEQ_LEN = 128


def _rows(folder: str, repo: str) -> list[dict]:
    return [
        {
            "id": f"{repo}:{path.name}",
            "content": path.read_text(encoding="utf-8"),
            "repo_name": repo,
            "path": path.name,
            "lang": "Python",
        }
        for path in sorted((STDLIB / folder).glob("*.py"))
    ]


def _write_shards(folder: Path, shards: list[list[dict]]) -> Path:
    folder.mkdir(parents=True)
    for index, rows in enumerate(shards):
        pq.write_table(pa.Table.from_pylist(rows), folder / f"part-{index:05d}.parquet", row_group_size=8)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Three repositories whose files are spread over three shards (and over row groups)."""
    root = tmp_path_factory.mktemp("pack")
    files = _rows("json", "python/json") + _rows("email", "python/email") + _rows("http", "python/http")
    files[3]["content"] = "x = '<|endoftext|>'  # a file that mentions the end-of-text token\n"
    files[4]["content"] = ""
    shards = [files[0::3], files[1::3], files[2::3]]
    _write_shards(root / "corpus", shards)
    train_tokenizer(root / "corpus", root / "tok", TokenizerConfig(vocab_size=1200, max_bytes=2 << 20))
    return root, files


def _options(workers: int = 1) -> RunOptions:
    return RunOptions(engine=EngineOptions(workers=workers), output_format="arrow", shard_bytes=64 << 10)


def _read(folder: Path) -> pa.Table:
    files = sorted(folder.glob("part-*.arrow"))
    return pa.concat_tables(pa.ipc.open_file(pa.memory_map(str(path))).read_all() for path in files)


def test_file_context_sequences_have_seq_len_tokens_and_boundaries_at_eos(corpus, tmp_path):
    root, files = corpus
    config = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, context="file")
    stats = pack(root / "corpus", tmp_path / "out", config, _options())
    table = _read(tmp_path / "out")
    assert table.schema.field("input_ids").type == pa.list_(pa.uint16(), SEQ_LEN)
    assert table.num_rows == stats["sequences"] > 1
    eos = load_tokenizer(root / "tok").token_to_id("<|endoftext|>")
    eos_seen = 0
    for row in table.to_pylist():
        ids = row["input_ids"]
        assert len(ids) == SEQ_LEN
        expected = [0] + [position + 1 for position, token in enumerate(ids[:-1]) if token == eos]
        assert row["document_starts"] == expected
        eos_seen += ids.count(eos)
    # Tokens are conserved: every document token is in a sequence or counted as dropped at the tail.
    assert stats["tokens"] == stats["sequences"] * SEQ_LEN + stats["tokens_dropped_tail"]
    assert stats["tokens_dropped_tail"] < SEQ_LEN
    assert stats["documents"] == stats["docs_out"] == len(files) - 1 and stats["dropped"] == {"empty": 1}
    # One EOS per document, none forged by the file that contains the text "<|endoftext|>".
    assert stats["documents"] - 1 <= eos_seen <= stats["documents"]
    assert stats["padding_tokens"] == 0 and stats["padded_layout"]["pad_tokens"] > 0
    assert stats["chars_per_token"]["Python"] > 1.5


def test_same_seed_gives_identical_shards_whatever_the_workers(corpus, tmp_path):
    root, _ = corpus
    config = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, seed=3, val_fraction=0.1)
    pack(root / "corpus", tmp_path / "a", config, _options(workers=1))
    pack(root / "corpus", tmp_path / "b", config, _options(workers=2))
    names = sorted(path.name for path in (tmp_path / "a").glob("part-*.arrow"))
    assert len(names) > 1  # several output shards
    assert names == sorted(path.name for path in (tmp_path / "b").glob("part-*.arrow"))
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert _read(tmp_path / "a-val").equals(_read(tmp_path / "b-val"))
    other = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, seed=4, val_fraction=0.1)
    pack(root / "corpus", tmp_path / "c", other, _options())
    assert not _read(tmp_path / "a").equals(_read(tmp_path / "c"))


def test_shuffle_permutes_sequences_and_val_split_goes_to_a_sibling_folder(corpus, tmp_path):
    root, _ = corpus
    plain = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, shuffle=False)
    pack(root / "corpus", tmp_path / "plain", plain, _options())
    split = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, val_fraction=0.2)
    stats = pack(root / "corpus", tmp_path / "split", split, _options())
    ordered = [tuple(row) for row in _read(tmp_path / "plain").column("input_ids").to_pylist()]
    train = [tuple(row) for row in _read(tmp_path / "split").column("input_ids").to_pylist()]
    val = [tuple(row) for row in _read(tmp_path / "split-val").column("input_ids").to_pylist()]
    assert sorted(train + val) == sorted(ordered) and train + val != ordered
    assert len(val) == stats["sequences_val"] == round(0.2 * len(ordered))
    for folder in ("split", "split-val"):
        manifest = json.loads((tmp_path / folder / "manifest.json").read_text())
        assert manifest["tokenizer"]["copy"] == "tokenizer" and manifest["tokens"]["seq_len"] == SEQ_LEN
        assert (tmp_path / folder / "tokenizer" / "tokenizer.json").exists()
        assert (tmp_path / folder / "_SUCCESS").exists()


def test_repo_context_groups_each_repository_across_shards_into_one_document(corpus, tmp_path):
    root, files = corpus
    config = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, context="repo", meta_rate=1.0, fim_rate=0.0)
    stats = pack(root / "corpus", tmp_path / "out", config, _options(workers=2))
    assert stats["repositories"] == stats["documents"] == 3
    assert stats["docs_in"] == len(files) and stats["docs_out"] == len(files) - 1
    tokenizer = load_tokenizer(root / "tok")
    text = tokenizer.decode(_read(tmp_path / "out").column("input_ids").combine_chunks().values.to_pylist(), False)
    for repo in ("python/json", "python/email", "python/http"):
        assert text.count(f"<repo_name>{repo}<file_sep>") <= 1


def test_repo_context_orders_a_repository_by_its_imports_with_the_readme_first(corpus, tmp_path):
    root, _ = corpus
    filler = (STDLIB / "textwrap.py").read_text(encoding="utf-8")
    repo = [
        {"content": "import b\n" + filler, "repo_name": "acme/demo", "path": "a.py", "lang": "Python"},
        {"content": "# Demo\n", "repo_name": "acme/demo", "path": "README.md", "lang": "Markdown"},
        {"content": "from c import f\n", "repo_name": "acme/demo", "path": "b.py", "lang": "Python"},
        {"content": "def f():\n    pass\n", "repo_name": "acme/demo", "path": "c.py", "lang": "Python"},
    ]
    corpus_dir = _write_shards(tmp_path / "corpus", [repo[:2], repo[2:]])
    config = PackConfig(
        tokenizer=root / "tok", seq_len=32, context="repo", order="deps", meta_rate=1.0, fim_rate=0.0, shuffle=False
    )
    pack(corpus_dir, tmp_path / "out", config, _options())
    tokenizer = load_tokenizer(root / "tok")
    text = tokenizer.decode(_read(tmp_path / "out").column("input_ids").combine_chunks().values.to_pylist(), False)
    assert text.startswith("<repo_name>acme/demo<file_sep>README.md\n# Demo\n<file_sep>c.py\ndef f():")
    assert text.index("<file_sep>c.py\n") < text.index("<file_sep>b.py\n") < text.index("<file_sep>a.py\nimport b\n")


def test_small_partitions_bound_memory_and_keep_repositories_whole(corpus, tmp_path):
    root, files = corpus
    default = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, context="repo")
    small = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, context="repo", partition_bytes=50_000)
    reference = pack(root / "corpus", tmp_path / "default", default, _options())
    stats = pack(root / "corpus", tmp_path / "small", small, _options())
    assert reference["partitions"] == MIN_PARTITIONS < stats["partitions"]
    assert stats["repositories"] == 3 and stats["docs_out"] == len(files) - 1
    # The same documents, however they were partitioned.
    assert stats["tokens"] == reference["tokens"] and stats["documents"] == reference["documents"]


def test_cli_contract_rerun_and_errors(corpus, tmp_path, run_cli, parse_stats):
    root, _ = corpus
    out = tmp_path / "packed"
    args = ["pack", root / "corpus", out, "--tokenizer", root / "tok", "--seq-len", "64", "--workers", "1"]
    stats = parse_stats(run_cli(*args).output)
    assert stats["sequences"] > 0
    assert {"manifest.json", "stats.json", "_SUCCESS", "tokenizer"} <= {path.name for path in out.iterdir()}
    assert "up to date" in run_cli(*args).output
    assert "other inputs or parameters" in run_cli(*args[:-2], "--seed", "9", expect=1).output
    bad = run_cli("pack", root / "corpus", tmp_path / "x", "--tokenizer", root / "corpus", expect=2)
    assert "tokenizer" in bad.output and "Traceback" not in bad.output
    bad = run_cli("pack", root / "corpus", tmp_path / "y", "--tokenizer", root / "tok", "--fim-rate", "2", expect=2)
    assert "--fim-rate" in bad.output


def test_an_interrupted_run_resumes_without_redoing_finished_phases(corpus, tmp_path, monkeypatch):
    from codelm.pipeline.packing import stage

    root, _ = corpus
    config = PackConfig(tokenizer=root / "tok", seq_len=SEQ_LEN, context="file")
    pack(root / "corpus", tmp_path / "ref", config, _options())
    write_shard = stage._write_shard
    calls = []

    def failing_write(task):
        calls.append(task.index)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return write_shard(task)

    monkeypatch.setattr(stage, "_write_shard", failing_write)
    with pytest.raises(KeyboardInterrupt):
        pack(root / "corpus", tmp_path / "out", config, _options())
    assert not (tmp_path / "out" / "_SUCCESS").exists()

    def no_tokenize(task):
        raise AssertionError("the tokenize phase had finished and must not run again")

    monkeypatch.setattr(stage, "_tokenize", no_tokenize)
    monkeypatch.setattr(stage, "_write_shard", write_shard)
    pack(root / "corpus", tmp_path / "out", config, _options())
    assert _read(tmp_path / "out").equals(_read(tmp_path / "ref"))
