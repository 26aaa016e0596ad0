"""Fill-in-the-middle: split points in characters, PSM and SPM, and FIM output that decodes back to the file."""

import random
import sysconfig
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.engines import EngineOptions
from codelm.pipeline.packing import PackConfig, pack
from codelm.pipeline.packing.documents import ControlTokens, Document, encode_documents
from codelm.pipeline.packing.fim import PSM, SPM, FimTokens, choose_mode, document_rng, rearrange, split_points
from codelm.pipeline.stats import Stats
from codelm.pipeline.steps import RunOptions
from codelm.pipeline.tokenizer import TokenizerConfig, load_tokenizer, train_tokenizer
from codelm.trainer.data import TokenShards

STDLIB = Path(sysconfig.get_paths()["stdlib"])
FILES = sorted((STDLIB / "json").glob("*.py")) + sorted((STDLIB / "email").glob("*.py"))[:12]


def _write_corpus(folder: Path) -> list[dict]:
    rows = [
        {
            "id": f"file-{index}",
            "content": path.read_text(encoding="utf-8"),
            "repo_name": "python/cpython",
            "path": str(path.relative_to(STDLIB)),
            "lang": "Python",
        }
        for index, path in enumerate(FILES)
    ]
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), folder / "part-00000.parquet")
    return rows


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("fim")
    rows = _write_corpus(root / "corpus")
    train_tokenizer(root / "corpus", root / "tok", TokenizerConfig(vocab_size=1000, max_bytes=2 << 20))
    return root, rows


def _unfim(ids: list[int], tokenizer, fim: FimTokens) -> str:
    """The original text of a (possibly) FIM-rearranged span, from its ids alone."""

    def decode(part: list[int]) -> str:
        return tokenizer.decode(part, skip_special_tokens=False)

    if not ids or ids[0] != fim.prefix:
        return decode(ids)
    middle_at = ids.index(fim.middle)
    if ids[1] == fim.suffix:
        # SPM: <P><S> suffix <M> prefix middle  (also PSM with an empty prefix, which reads the same)
        return decode(ids[middle_at + 1 :]) + decode(ids[2:middle_at])
    suffix_at = ids.index(fim.suffix)
    return decode(ids[1:suffix_at]) + decode(ids[middle_at + 1 :]) + decode(ids[suffix_at + 1 : middle_at])


def test_split_points_cover_the_text_in_characters():
    rng = random.Random(0)
    text = "héllo wörld — ünïcode ✓ " * 5
    seen_inside_a_char = False
    for _ in range(300):
        prefix, middle, suffix = split_points(text, rng)
        assert prefix + middle + suffix == text
        seen_inside_a_char |= len(prefix.encode()) != len(prefix)
    assert seen_inside_a_char  # positions count characters, not bytes
    assert split_points("", rng) == ("", "", "")


def test_mode_rates_match_the_configured_shares():
    rng = random.Random(1)
    modes = [choose_mode(rng, 0.5, 0.25) for _ in range(20000)]
    assert abs(modes.count(None) / 20000 - 0.5) < 0.02
    assert abs(modes.count(SPM) / (20000 - modes.count(None)) - 0.25) < 0.02
    assert set(choose_mode(rng, 0.0, 0.5) for _ in range(100)) == {None}
    assert set(choose_mode(rng, 1.0, 0.0) for _ in range(100)) == {PSM}


def test_document_generators_are_seeded_by_the_document_only():
    assert document_rng(3, "fim", "abc").random() == document_rng(3, "fim", "abc").random()
    assert document_rng(3, "fim", "abc").random() != document_rng(4, "fim", "abc").random()


@pytest.mark.parametrize("mode", [PSM, SPM])
def test_fim_rearranged_real_files_decode_back_to_the_original(setup, mode):
    root, rows = setup
    tokenizer = load_tokenizer(root / "tok")
    tokenizer.encode_special_tokens = True
    tokens = ControlTokens.from_tokenizer(tokenizer)
    rng = random.Random(7)
    for row in rows:
        document = Document(pieces=rearrange("", row["content"], mode, rng, tokens.fim))
        (ids,) = encode_documents([document], tokenizer, Stats())
        ids = ids.tolist()
        assert ids[0] == tokens.fim.prefix
        if mode == SPM:
            assert ids[1] == tokens.fim.suffix
        assert _unfim(ids, tokenizer, tokens.fim) == row["content"]


def test_path_stays_at_the_front_of_the_prefix():
    tokens = FimTokens(prefix=1, middle=2, suffix=3)
    pieces = rearrange("pkg/mod.py\n", "abcdef", PSM, random.Random(0), tokens)
    assert pieces[0] == 1 and pieces[1].startswith("pkg/mod.py\n")
    pieces = rearrange("pkg/mod.py\n", "abcdef", SPM, random.Random(0), tokens)
    assert pieces[:2] == [1, 3] and pieces[4].startswith("pkg/mod.py\n")


def test_packed_fim_documents_decode_back_to_every_file(setup, tmp_path):
    root, rows = setup
    config = PackConfig(tokenizer=root / "tok", seq_len=64, context="file", fim_rate=1.0, meta_rate=0.0, shuffle=False)
    stats = pack(root / "corpus", tmp_path / "packed", config, RunOptions(engine=EngineOptions(workers=1)))
    assert stats["fim"]["psm"] > 0 and stats["fim"]["spm"] > 0 and "none" not in stats["fim"]
    tokenizer = load_tokenizer(root / "tok")
    tokens = ControlTokens.from_tokenizer(tokenizer)
    shards = TokenShards(tmp_path / "packed")
    stream = np.concatenate([shards.sequence(index)[0] for index in range(len(shards))]).tolist()
    documents, current = [], []
    for token in stream:
        if token == tokens.eos:
            documents.append(current)
            current = []
        else:
            current.append(token)
    # Every complete document is one file, in input order; only the last one may be cut at the tail.
    assert len(documents) >= len(rows) - 1
    for ids, row in zip(documents, rows):
        assert _unfim(ids, tokenizer, tokens.fim) == row["content"]
