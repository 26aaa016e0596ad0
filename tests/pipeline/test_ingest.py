"""`codelm ingest`: source trees and git checkouts, The Stack v1/v2, JSONL, saved datasets, bad bytes."""

import gzip
import json
import os
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codelm.pipeline.ingest.languages import EXTENSION_TO_LANGUAGE, language_of
from codelm.pipeline.ingest.licenses import detect_license
from codelm.pipeline.shards import iter_records, resolve_inputs

MIT = """MIT License

Copyright (c) 2024 Acme

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:
"""
APACHE = """
                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/
"""
LICENSE_TEXTS = {
    "MIT": MIT,
    "Apache-2.0": APACHE,
    "BSD-3-Clause": "Redistribution and use in source and binary forms, with or without\nmodification, are "
    "permitted provided that...\n3. Neither the name of the copyright holder nor the names of its contributors "
    "may be used to endorse or promote products derived from this software",
    "BSD-2-Clause": "Redistribution and use in source and binary forms, with or without modification, are "
    "permitted provided that the following conditions are met:\n1. Redistributions of source code must retain",
    "GPL-3.0": "                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007",
    "GPL-2.0": "                    GNU GENERAL PUBLIC LICENSE\n                       Version 2, June 1991",
    "LGPL-2.1": "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1, February 1999",
    "LGPL-3.0": "                   GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007",
    "MPL-2.0": "Mozilla Public License Version 2.0\n==================================",
    "ISC": "ISC License\n\nPermission to use, copy, modify, and/or distribute this software for any\npurpose with "
    "or without fee is hereby granted, provided that the above copyright notice",
    "Unlicense": "This is free and unencumbered software released into the public domain.\n\nAnyone is free",
}


@pytest.mark.parametrize("spdx_id", sorted(LICENSE_TEXTS))
def test_license_texts_map_to_spdx_ids(spdx_id):
    assert detect_license(LICENSE_TEXTS[spdx_id]) == spdx_id


def test_license_detection_on_the_real_python_license(stdlib_dir):
    assert detect_license((stdlib_dir / "LICENSE.txt").read_text()) == "PSF-2.0"


def test_language_table_covers_forty_languages():
    assert len(set(EXTENSION_TO_LANGUAGE.values())) >= 40
    assert language_of("src/Makefile") == ("Makefile", "")
    assert language_of("Dockerfile") == ("Dockerfile", "")
    assert language_of("CMakeLists.txt") == ("CMake", "txt")
    assert language_of("a/b/c.PY") == ("Python", "py")
    assert language_of("x.tsx") == ("TypeScript", "tsx")
    assert language_of("data.unknownext") == ("", "unknownext")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def git_repo(tmp_path, stdlib_dir) -> Path:
    repo = tmp_path / "checkout"
    (repo / "src").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "remote", "add", "origin", "git@github.com:acme/widgets.git")
    (repo / "LICENSE").write_text(MIT)
    (repo / "COPYING").write_text(APACHE)
    (repo / "src" / "json_decoder.py").write_bytes((stdlib_dir / "json" / "decoder.py").read_bytes())
    (repo / "src" / "app.js").write_text("export const answer = () => 42;\n")
    (repo / "Makefile").write_text("all:\n\techo hi\n")
    (repo / "Dockerfile").write_text("FROM python:3.11\n")
    (repo / "latin1.py").write_bytes("# caf\xe9\nname = 'Jos\xe9'\n".encode("latin-1"))
    (repo / "big.py").write_text("x = 1\n" * 200_000)
    (repo / "blob.py").write_bytes(b"\x00\x01\x02binary pretending to be python")
    (repo / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (repo / "notes.xyz").write_text("what language is this")
    for skipped in ("node_modules/lodash", "build", "vendor/pkg", "__pycache__"):
        (repo / skipped).mkdir(parents=True)
        (repo / skipped / "ignored.js").write_text("var ignored = true;\n")
    os.symlink(repo / "src" / "app.js", repo / "link.js")
    return repo


def test_ingest_git_checkout(run_cli, parse_stats, git_repo, tmp_path):
    out = tmp_path / "out"
    stats = parse_stats(run_cli("ingest", git_repo, out, "--workers", "1").output)
    rows = {row["path"]: row for path in resolve_inputs(out) for row in iter_records(path)}
    assert sorted(rows) == [
        "COPYING",
        "Dockerfile",
        "LICENSE",
        "Makefile",
        "latin1.py",
        "src/app.js",
        "src/json_decoder.py",
    ]
    decoder = rows["src/json_decoder.py"]
    assert decoder["repo_name"] == "acme/widgets"
    assert decoder["licenses"] == ["Apache-2.0", "MIT"]
    assert (decoder["lang"], decoder["ext"], decoder["stars"]) == ("Python", "py", 0)
    assert decoder["size"] == (git_repo / "src" / "json_decoder.py").stat().st_size
    for path, row in rows.items():  # git itself is the oracle for ids
        assert row["id"] == _git(git_repo, "hash-object", path).strip()
    assert rows["src/app.js"]["lang"] == "JavaScript"
    assert rows["Makefile"]["lang"] == "Makefile" and rows["Dockerfile"]["lang"] == "Dockerfile"
    assert rows["latin1.py"]["content"] == "# caf\ufffd\nname = 'Jos\ufffd'\n"
    assert stats["decoded_with_replacement"] == 1
    assert stats["dropped"] == {
        "binary": 2,
        "too_large": 1,
        "unknown_language": 1,
        "not_regular_file": 1,
    }
    assert stats["skipped_dirs"] == {".git": 1, "__pycache__": 1, "build": 1, "node_modules": 1, "vendor": 1}
    assert stats["docs_in"] == stats["docs_out"] + sum(stats["dropped"].values()) == 12


def test_repos_under_with_stars_and_folder_names(run_cli, git_repo, tmp_path):
    parent = tmp_path / "checkouts"
    parent.mkdir()
    git_repo.rename(parent / "widgets")
    (parent / "plain").mkdir()
    (parent / "plain" / "main.go").write_text("package main\n")
    stars = tmp_path / "stars.csv"
    stars.write_text("repo,stars\nacme/widgets,120\nplain,7\n")
    run_cli("ingest", "--repos-under", parent, tmp_path / "out", "--stars", stars, "--workers", "1")
    rows = [row for path in resolve_inputs(tmp_path / "out") for row in iter_records(path)]
    by_repo = {row["repo_name"]: row["stars"] for row in rows}
    assert by_repo == {"acme/widgets": 120, "plain": 7}
    json_stars = tmp_path / "stars.json"
    json_stars.write_text(json.dumps({"plain": 3}))
    run_cli("ingest", "--repos-under", parent, tmp_path / "out2", "--stars", json_stars, "--workers", "1")
    rows = [row for path in resolve_inputs(tmp_path / "out2") for row in iter_records(path)]
    assert {row["repo_name"]: row["stars"] for row in rows} == {"acme/widgets": 0, "plain": 3}


STACK_V1_ROWS = [
    {
        "hexsha": "a" * 40, "size": 12, "ext": "py", "lang": "Python",
        "max_stars_repo_path": "pkg/mod.py", "max_stars_repo_name": "octo/cat", "max_stars_repo_head_hexsha": "f" * 40,
        "max_stars_repo_licenses": ["MIT"], "max_stars_count": None, "max_issues_repo_name": "octo/cat",
        "max_forks_count": 3, "content": "print('hi')\n", "avg_line_length": 12.0, "alphanum_fraction": 0.5,
    },
    {
        "hexsha": "b" * 40, "size": 8, "ext": "js", "lang": "JavaScript",
        "max_stars_repo_path": "index.js", "max_stars_repo_name": "octo/dog", "max_stars_repo_head_hexsha": "e" * 40,
        "max_stars_repo_licenses": [], "max_stars_count": 42, "max_issues_repo_name": None,
        "max_forks_count": None, "content": "f(1);\n\n", "avg_line_length": 3.5, "alphanum_fraction": 0.4,
    },
]  # fmt: skip

STACK_V2_ROW = {
    "blob_id": "c" * 40, "directory_id": "d" * 40, "path": "/src/lib.rs", "content_id": "e" * 40,
    "detected_licenses": ["Apache-2.0", "MIT"], "license_type": "permissive", "repo_name": "rust/crate",
    "snapshot_id": "s" * 40, "revision_id": "r" * 40, "branch_name": "refs/heads/main", "star_events_count": 9,
    "fork_events_count": 2, "gha_license_id": "MIT", "src_encoding": "UTF-8", "language": "Rust",
    "is_vendor": False, "is_generated": False, "length_bytes": 15, "extension": "rs", "content": "fn main() {}\n",
}  # fmt: skip


def test_stack_v1_columns_map_to_canonical(run_cli, tmp_path):
    source = tmp_path / "stack-v1.parquet"
    pq.write_table(pa.Table.from_pylist(STACK_V1_ROWS), source)
    run_cli("ingest", source, tmp_path / "out", "--workers", "1")
    rows = [row for path in resolve_inputs(tmp_path / "out") for row in iter_records(path)]
    assert rows[0] | {} == {
        "id": "a" * 40, "content": "print('hi')\n", "repo_name": "octo/cat", "path": "pkg/mod.py", "lang": "Python",
        "ext": "py", "stars": 0, "licenses": ["MIT"], "size": 12,
        "max_stars_repo_head_hexsha": "f" * 40, "max_issues_repo_name": "octo/cat", "max_forks_count": 3,
        "avg_line_length": 12.0, "alphanum_fraction": 0.5,
    }  # fmt: skip
    assert (rows[1]["stars"], rows[1]["licenses"], rows[1]["repo_name"]) == (42, [], "octo/dog")
    schema = pq.read_schema(resolve_inputs(tmp_path / "out")[0])
    assert schema.names[:9] == ["id", "content", "repo_name", "path", "lang", "ext", "stars", "licenses", "size"]
    assert schema.field("stars").type == pa.int64() and schema.field("licenses").type == pa.list_(pa.string())


def test_stack_v2_columns_map_to_canonical(run_cli, tmp_path):
    source = tmp_path / "v2"
    source.mkdir()
    pq.write_table(pa.Table.from_pylist([STACK_V2_ROW]), source / "train-00000.parquet")
    run_cli("ingest", source, tmp_path / "out", "--format", "stack-v2", "--workers", "1")
    (row,) = [row for path in resolve_inputs(tmp_path / "out") for row in iter_records(path)]
    canonical = {key: row[key] for key in ("id", "repo_name", "path", "lang", "ext", "stars", "licenses", "size")}
    assert canonical == {
        "id": "c" * 40, "repo_name": "rust/crate", "path": "/src/lib.rs", "lang": "Rust", "ext": "rs", "stars": 9,
        "licenses": ["Apache-2.0", "MIT"], "size": 15,
    }  # fmt: skip
    assert row["fork_events_count"] == 2 and row["gha_license_id"] == "MIT"
    assert "blob_id" not in row and "language" not in row


def test_stack_v2_without_contents_is_explained(run_cli, tmp_path):
    source = tmp_path / "ids.parquet"
    pq.write_table(pa.Table.from_pylist([{k: v for k, v in STACK_V2_ROW.items() if k != "content"}]), source)
    result = run_cli("ingest", source, tmp_path / "out", "--workers", "1", expect=1)
    assert "without contents" in result.output


def test_jsonl_gz_with_undecodable_bytes_and_a_broken_line(run_cli, parse_stats, tmp_path):
    source = tmp_path / "docs.jsonl.gz"
    lines = [
        json.dumps({"text": "def f():\n    return 1\n", "path": "f.py", "meta": 1}).encode(),
        b'{"text": "caf\xe9 = 1", "path": "g.py", "meta": 2}',
        b"{not json",
        json.dumps({"text": "SELECT 1;", "path": "q.sql", "meta": 3}).encode(),
    ]
    source.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    stats = parse_stats(run_cli("ingest", source, tmp_path / "out", "--workers", "1").output)
    rows = [row for path in resolve_inputs(tmp_path / "out") for row in iter_records(path)]
    assert [row["content"] for row in rows] == ["def f():\n    return 1\n", "caf\ufffd = 1", "SELECT 1;"]
    assert [(row["lang"], row["meta"]) for row in rows] == [("Python", 1), ("Python", 2), ("SQL", 3)]
    assert (
        rows[0]["id"]
        == subprocess.run(
            ["git", "hash-object", "--stdin"], input=rows[0]["content"].encode(), capture_output=True, check=True
        )
        .stdout.decode()
        .strip()
    )
    assert rows[0]["size"] == len(rows[0]["content"].encode())
    assert stats["dropped"] == {"invalid_json": 1} and stats["docs_in"] == 4 and stats["docs_out"] == 3


def test_saved_hugging_face_dataset(run_cli, tmp_path):
    datasets = pytest.importorskip("datasets")
    saved = tmp_path / "saved"
    datasets.Dataset.from_list(
        [
            {"content": "x = 1\n", "path": "a.py", "repo_name": "r/a"},
            {"content": "y = 2\n", "path": "b.rb", "repo_name": "r/b"},
        ]
    ).save_to_disk(str(saved))
    run_cli("ingest", saved, tmp_path / "out", "--workers", "1")
    rows = [row for path in resolve_inputs(tmp_path / "out") for row in iter_records(path)]
    assert [(row["path"], row["lang"], row["repo_name"]) for row in rows] == [
        ("a.py", "Python", "r/a"),
        ("b.rb", "Ruby", "r/b"),
    ]


def test_arrow_output_feeds_the_next_stage(run_cli, stdlib_dir, tmp_path):
    run_cli("ingest", stdlib_dir / "json", tmp_path / "arrow", "--output-format", "arrow", "--workers", "1")
    assert [path.name for path in resolve_inputs(tmp_path / "arrow")] == ["part-00000.arrow"]
    run_cli("ingest", tmp_path / "arrow", tmp_path / "again", "--workers", "1")
    first = [row for path in resolve_inputs(tmp_path / "arrow") for row in iter_records(path)]
    second = [row for path in resolve_inputs(tmp_path / "again") for row in iter_records(path)]
    assert first == second and len(first) == len(list((stdlib_dir / "json").glob("*.py")))


def test_empty_tree_gives_an_empty_finished_folder_that_the_next_stage_reads(run_cli, parse_stats, tmp_path):
    (tmp_path / "empty").mkdir()
    stats = parse_stats(run_cli("ingest", tmp_path / "empty", tmp_path / "out", "--format", "source").output)
    assert stats["docs_in"] == 0 and stats["docs_out"] == 0
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["outputs"] == []
    stats = parse_stats(run_cli("ingest", tmp_path / "out", tmp_path / "again").output)
    assert stats.get("docs_out", 0) == 0 and (tmp_path / "again" / "_SUCCESS").exists()


def test_output_inside_the_source_tree_is_refused(run_cli, git_repo):
    result = run_cli("ingest", git_repo, git_repo / "out", "--workers", "1", expect=2)
    assert "sits inside the input" in result.output
    assert not (git_repo / "out").exists()
