"""The held-out redaction set in tests/data/redact_heldout/: exactly what its generator writes, with well-formed spans.

The set is for evaluation only; these tests check the data, never a detector.
"""

from __future__ import annotations

import ast
import importlib.util
import ipaddress
import json
import re
import time
from collections import Counter
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "redact_heldout"
TAGS = {"EMAIL", "IP_ADDRESS", "KEY", "PASSWORD"}
RECORD_KEYS = {"id", "lang", "path", "content", "labels", "lookalikes"}
LABEL_KEYS = {"tag", "start", "end", "kind"}
RESERVED_MAIL_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*)")
NOT_PUBLIC_IP_KINDS = {
    "private_ip",
    "loopback_ip",
    "loopback_ipv6",
    "doc_ip",
    "link_local_ip",
    "link_local_ipv6",
    "cgnat_ip",
    "multicast_ip",
    "unspecified_ip",
    "netmask",
}
FOUR_NUMBERS = re.compile(r"\d{1,3}(\.\d{1,3}){3}")


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_heldout", HELDOUT / "make_heldout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return _load_generator()


@pytest.fixture(scope="module")
def generated(gen, tmp_path_factory):
    """Regenerate into a temporary folder: (documents in memory, seconds taken, folder)."""
    out = tmp_path_factory.mktemp("heldout")
    start = time.perf_counter()
    docs = gen.write(out)
    return docs, time.perf_counter() - start, out


@pytest.fixture(scope="module")
def records():
    with open(HELDOUT / "labels.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _text(record, span):
    return record[span.get("column", "content")]


def _spans(record):
    """(column, start, end, is_label) of every label and look-alike."""
    for span in record["labels"]:
        yield span.get("column", "content"), span["start"], span["end"], True
    for span in record["lookalikes"]:
        yield span.get("column", "content"), span["start"], span["end"], False


def test_generator_never_imports_codelm():
    tree = ast.parse((HELDOUT / "make_heldout.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert not any(alias.name.split(".")[0] == "codelm" for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] != "codelm"


def test_files_are_exactly_what_the_generator_writes(generated):
    _, seconds, out = generated
    for name in ("labels.jsonl", "README.md"):
        assert (out / name).read_bytes() == (HELDOUT / name).read_bytes(), (
            f"{name} is stale: run python tests/data/redact_heldout/make_heldout.py"
        )
    assert seconds < 20, f"generating took {seconds:.1f}s"


def test_record_format(records):
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert set(r) == RECORD_KEYS, r["id"]
        assert all(isinstance(r[key], str) for key in ("id", "lang", "path", "content"))
        assert r["lang"] and r["path"] and r["content"], r["id"]
        for label in r["labels"]:
            assert LABEL_KEYS <= set(label) <= LABEL_KEYS | {"suffix", "column"}, (r["id"], label)
            assert label["tag"] in TAGS and label["kind"], (r["id"], label)
            assert label.get("column", "path") == "path", (r["id"], label)
        for look in r["lookalikes"]:
            assert {"kind", "start", "end"} <= set(look) <= {"kind", "start", "end", "column"}, (r["id"], look)
            assert look["kind"] and look.get("column", "path") == "path", (r["id"], look)


def test_spans_are_well_formed_and_never_overlap(records):
    for r in records:
        spans = sorted(_spans(r))
        for column, start, end, _ in spans:
            assert isinstance(start, int) and isinstance(end, int), r["id"]
            assert 0 <= start < end <= len(r[column]), (r["id"], column, start, end)
            piece = r[column][start:end]
            assert piece == piece.strip(), (r["id"], piece)
        for (col_a, _, end_a, _), (col_b, start_b, _, _) in zip(spans, spans[1:]):
            if col_a == col_b:
                assert end_a <= start_b, (r["id"], col_a, end_a, start_b)


def test_labelled_text_is_what_was_planted(generated, records):
    docs, _, _ = generated
    assert [d.id for d in docs] == [r["id"] for r in records]
    for doc, r in zip(docs, records):
        planted = list(doc.planted())
        assert len(planted) == len(r["labels"]) + len(r["lookalikes"]), r["id"]
        for column, span, value, _ in planted:
            assert r[column][span["start"] : span["end"]] == value, (r["id"], span, value)


def test_labels_have_the_real_shapes(gen, records):
    for r in records:
        for label in r["labels"]:
            text = _text(r, label)
            value = text[label["start"] : label["end"]]
            after = text[label["end"] :]
            if label["tag"] == "EMAIL":
                m = EMAIL.fullmatch(value)
                assert m and not RESERVED_MAIL_DOMAIN.search(m.group(1).lower()), (r["id"], value)
            elif label["tag"] == "IP_ADDRESS":
                assert gen.is_public_ip(value), (r["id"], value)
                if "suffix" in label:
                    assert re.fullmatch(r"/\d{1,3}", label["suffix"]) and after.startswith(label["suffix"]), r["id"]
                    ipaddress.ip_interface(value + label["suffix"])
                else:
                    assert not re.match(r"/\d", after), (r["id"], value, after[:5])
            elif label["tag"] == "KEY" and value.startswith("-----BEGIN"):
                assert value.endswith("KEY-----") and "PRIVATE KEY-----" in value, (r["id"], value[:40])
            else:
                assert not re.search(r"\s", value) and len(value) >= 8, (r["id"], label, value)


def test_lookalikes_are_not_what_they_resemble(gen, records):
    for r in records:
        for look in r["lookalikes"]:
            value = _text(r, look)[look["start"] : look["end"]]
            if look["kind"] in NOT_PUBLIC_IP_KINDS:
                address = value.split("/")[0]
                assert not gen.is_public_ip(address), (r["id"], value)
            elif look["kind"] == "example_email":
                assert RESERVED_MAIL_DOMAIN.search(value.rsplit("@", 1)[1].lower()), (r["id"], value)
            elif look["kind"] in ("version_string", "oid"):
                assert FOUR_NUMBERS.fullmatch(value), (r["id"], value)


def test_sizes(records):
    labels = [label for r in records for label in r["labels"]]
    looks = [look for r in records for look in r["lookalikes"]]
    by_tag = Counter(label["tag"] for label in labels)
    assert len(records) >= 150
    assert len(labels) >= 800 and all(by_tag[tag] >= 120 for tag in TAGS), by_tag
    assert len(looks) >= 600 and len(looks) >= len(labels)
    untouched = [r for r in records if r["id"].startswith("real-") and not r["id"].startswith("real-planted-")]
    assert len(untouched) >= 15 and not any(r["labels"] or r["lookalikes"] for r in untouched)
    assert sum(label.get("column") == "path" for label in labels) >= 10


def test_real_files_are_verbatim_apart_from_the_inserted_snippets(generated, records):
    docs, _, _ = generated
    real = [(d, r) for d, r in zip(docs, records) if d.source]
    assert len(real) >= 60
    for doc, r in real:
        original = (HELDOUT / "sources" / doc.source).read_bytes().decode("utf-8")
        content = r["content"]
        if doc.untouched:
            assert content == original and not doc.inserts, r["id"]
            continue
        assert doc.inserts, r["id"]
        kept, pos = [], 0
        for start, end in doc.inserts:
            kept.append(content[pos:start])
            pos = end
        kept.append(content[pos:])
        assert "".join(kept) == original, r["id"]
        for column, start, end, _ in _spans(r):
            if column == "content":
                assert any(a <= start and end <= b for a, b in doc.inserts), (r["id"], start, end)


def test_documents_still_parse(records):
    yaml = pytest.importorskip("yaml")
    for r in records:
        path, content = r["path"], r["content"]
        if path.endswith(".py"):
            ast.parse(content)
        elif path.endswith((".json", ".ipynb")):
            json.loads(content)
        elif path.endswith((".yaml", ".yml")):
            list(yaml.safe_load_all(content))


def test_sources_are_stored_with_their_licenses(gen):
    listing = (HELDOUT / "sources" / "LICENSES.md").read_text(encoding="utf-8")
    for package, relpath in gen.UNTOUCHED + gen.PLANTED:
        assert (HELDOUT / "sources" / package / relpath).is_file(), relpath
        assert f"| {package} |" in listing and f"`{relpath}`" in listing, relpath
    for folder in (HELDOUT / "sources").iterdir():
        if folder.is_dir():
            assert any(re.match(r"(LICEN[CS]E|COPYING)", f.name) for f in folder.iterdir()), folder.name
