"""`codelm tokenizer train`: byte-level BPE round-trips real files, special tokens, digits, AutoTokenizer."""

import json
import sysconfig
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.tokenizer import (
    PLACEHOLDER_TOKENS,
    SPECIAL_TOKENS,
    STARCODER_SPECIAL_TOKENS,
    TokenizerConfig,
    load_tokenizer,
    train_tokenizer,
)

STDLIB = Path(sysconfig.get_paths()["stdlib"])
VOCAB = 1000
# Real files, ASCII and not (test_unicode-style data, C, Markdown-ish text).
SAMPLE_FILES = [
    "json/__init__.py",
    "json/decoder.py",
    "textwrap.py",
    "unicodedata.py",
    "email/_header_value_parser.py",
]


def _corpus(folder: Path) -> Path:
    rows = []
    for relative in ["json", "email", "http", "textwrap.py", "string.py", "calendar.py"]:
        path = STDLIB / relative
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            rows.append({"content": file.read_text(encoding="utf-8"), "path": str(file.relative_to(STDLIB))})
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), folder / "part-00000.parquet")
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, Path, dict]:
    root = tmp_path_factory.mktemp("tokenizer")
    corpus = _corpus(root / "corpus")
    stats = train_tokenizer(corpus, root / "tok", TokenizerConfig(vocab_size=VOCAB, max_bytes=4 << 20))
    return corpus, root / "tok", stats


def _real_texts() -> list[str]:
    texts = [(STDLIB / name).read_text(encoding="utf-8") for name in SAMPLE_FILES if (STDLIB / name).exists()]
    return texts + ["naïve café — 日本語のテキスト 🚀\n\tx = 0x1F\r\n", "  leading spaces\n\n\n  trailing  "]


def test_decode_encode_round_trips_real_files(trained):
    _, folder, _ = trained
    tokenizer = load_tokenizer(folder)
    for text in _real_texts():
        ids = tokenizer.encode(text, add_special_tokens=False).ids
        assert tokenizer.decode(ids, skip_special_tokens=False) == text
        assert len(ids) < len(text.encode("utf-8"))  # merges were learnt: fewer tokens than bytes


def test_special_tokens_are_single_ids_in_starcoder_order(trained):
    _, folder, stats = trained
    tokenizer = load_tokenizer(folder)
    assert stats["vocab_size"] == tokenizer.get_vocab_size() == VOCAB
    for expected_id, token in enumerate(STARCODER_SPECIAL_TOKENS):
        assert tokenizer.token_to_id(token) == expected_id
    for token in SPECIAL_TOKENS + PLACEHOLDER_TOKENS:
        assert len(tokenizer.encode(token, add_special_tokens=False).ids) == 1, token
    assert {"<repo_name>", "<file_sep>", "<pr>", "<reponame>", "<gh_stars>"} <= set(SPECIAL_TOKENS)


def test_control_tokens_cannot_be_forged_by_file_text_but_placeholders_stay_single(trained):
    _, folder, _ = trained
    tokenizer = load_tokenizer(folder)
    tokenizer.encode_special_tokens = True
    ids = tokenizer.encode("a <|endoftext|> b <EMAIL>", add_special_tokens=False).ids
    assert tokenizer.token_to_id("<|endoftext|>") not in ids
    assert tokenizer.token_to_id("<EMAIL>") in ids
    assert tokenizer.decode(ids, skip_special_tokens=False) == "a <|endoftext|> b <EMAIL>"


def test_digits_are_split_one_by_one(trained):
    _, folder, _ = trained
    tokenizer = load_tokenizer(folder)
    for text in ["1234567890", "x = 20241128", "version 3.11.7"]:
        tokens = tokenizer.encode(text, add_special_tokens=False).tokens
        digits_in_tokens = [token for token in tokens if any(ch.isdigit() for ch in token)]
        assert all(sum(ch.isdigit() for ch in token) == 1 for token in digits_in_tokens), tokens
        assert len(digits_in_tokens) == sum(ch.isdigit() for ch in text)


def test_auto_tokenizer_loads_the_folder_offline(trained, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from transformers import AutoTokenizer

    _, folder, _ = trained
    auto = AutoTokenizer.from_pretrained(str(folder))
    fast = load_tokenizer(folder)
    assert auto.eos_token == "<|endoftext|>" and auto.eos_token_id == 0
    assert len(auto) == VOCAB
    assert auto.convert_tokens_to_ids("<file_sep>") == fast.token_to_id("<file_sep>")
    for text in _real_texts():
        ids = auto(text, add_special_tokens=False)["input_ids"]
        assert ids == fast.encode(text, add_special_tokens=False).ids
        assert auto.decode(ids) == text


def test_sample_is_bounded_by_max_bytes(trained, tmp_path):
    corpus, _, full_stats = trained
    budget = 200_000
    stats = train_tokenizer(corpus, tmp_path / "small", TokenizerConfig(vocab_size=500, max_bytes=budget))
    largest = max(len(text.encode()) for text in pq.read_table(corpus).column("content").to_pylist())
    assert 0 < stats["sample"]["bytes"] <= budget + largest
    assert stats["sample"]["bytes"] < full_stats["sample"]["bytes"]


def test_cli_trains_writes_the_contract_and_reruns_as_a_no_op(trained, tmp_path, run_cli, parse_stats):
    corpus, _, _ = trained
    out = tmp_path / "tok"
    stats = parse_stats(run_cli("tokenizer", "train", corpus, out, "--vocab-size", "600", "--max-bytes", "1MB").output)
    assert stats["vocab_size"] == 600
    assert {"tokenizer.json", "tokenizer_config.json", "manifest.json", "stats.json", "_SUCCESS"} <= {
        path.name for path in out.iterdir()
    }
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["command"] == "tokenizer train" and manifest["parameters"]["vocab_size"] == 600
    assert (
        "up to date" in run_cli("tokenizer", "train", corpus, out, "--vocab-size", "600", "--max-bytes", "1MB").output
    )


def test_bad_calls_are_one_line_usage_errors(trained, tmp_path, run_cli):
    corpus, _, _ = trained
    result = run_cli("tokenizer", "train", corpus, tmp_path / "x", "--vocab-size", "100", expect=2)
    assert "at least" in result.output and "Traceback" not in result.output
    result = run_cli("tokenizer", "train", corpus, tmp_path / "y", "--column", "nope", expect=2)
    assert "nope" in result.output
