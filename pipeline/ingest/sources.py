"""Source trees and git checkouts: discovering repositories and files, and reading them into rows."""

from __future__ import annotations

import configparser
import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.ingest.languages import is_binary_extension, language_of
from codelm.pipeline.ingest.licenses import repository_licenses
from codelm.pipeline.stats import Stats

# Version control, dependency and build output folders: not the repository's own code.
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "vendor",
        "third_party",
        "dist",
        "build",
        "__pycache__",
        ".venv",
        ".tox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "site-packages",
        ".eggs",
        ".idea",
    }
)
# A file is binary when its first bytes hold a NUL, or this share of control characters.
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.3
_CONTROL = bytes(set(range(32)) - {8, 9, 10, 12, 13, 27})
_REMOTE = re.compile(r"[:/]([^/:]+)/([^/]+?)(?:\.git)?/?$")


@dataclass
class Repository:
    root: str
    name: str
    licenses: list[str]
    stars: int = 0


def git_remote_name(root: Path) -> str | None:
    """``owner/name`` from the ``origin`` remote (or the first remote) of a git checkout."""
    git = root / ".git"
    if git.is_file():  # worktree or submodule: "gitdir: <path>"
        target = git.read_text(errors="replace").partition("gitdir:")[2].strip()
        git = (root / target).resolve()
        common = git / "commondir"
        if common.exists():
            git = (git / common.read_text().strip()).resolve()
    config_path = git / "config"
    if not config_path.is_file():
        return None
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        parser.read(config_path, encoding="utf-8")
    except configparser.Error:
        return None
    remotes = [section for section in parser.sections() if section.startswith('remote "')]
    remotes.sort(key=lambda section: section != 'remote "origin"')
    for section in remotes:
        match = _REMOTE.search(parser.get(section, "url", fallback="").strip())
        if match:
            return f"{match.group(1)}/{match.group(2)}"
    return None


def load_stars(path: Path | None) -> dict[str, int]:
    """Repository → stars from a JSON object or a CSV with (repo, stars) columns."""
    if path is None:
        return {}
    text = Path(path).read_text(encoding="utf-8")
    try:
        if Path(path).suffix.lower() == ".json":
            return {str(repo): int(count) for repo, count in json.loads(text).items()}
        rows = [row for row in csv.reader(text.splitlines()) if row]
        if rows and not rows[0][1].strip().lstrip("-").isdigit():
            rows = rows[1:]  # header
        return {row[0].strip(): int(row[1]) for row in rows}
    except (ValueError, IndexError, AttributeError) as err:
        raise UsageProblem(f"--stars {path}: expected a JSON object or CSV of repo,stars ({err})") from err


def find_repositories(roots: list[Path], repos_under: list[Path], stars: dict[str, int]) -> list[Repository]:
    folders = list(roots)
    for parent in repos_under:
        if not parent.is_dir():
            raise UsageProblem(f"--repos-under {parent}: not a folder")
        folders.extend(
            sorted(child for child in parent.iterdir() if child.is_dir() and not child.name.startswith("."))
        )
    repositories = []
    for folder in folders:
        name = git_remote_name(folder) or folder.resolve().name
        repositories.append(Repository(str(folder), name, repository_licenses(folder), stars.get(name, 0)))
    return repositories


def list_files(
    repository: Repository, max_file_size: int, keep_unknown: bool, stats: Stats
) -> list[tuple[str, int, int]]:
    """The repository's candidate files as ``(relative path, size, mtime_ns)``, counting every skip by reason.

    Skipped files count as ``docs_in`` and ``dropped.<reason>``; skipped folders (including
    folders that cannot be read) are counted under ``skipped_dirs`` and their contents never walked.
    """
    files: list[tuple[str, int, int]] = []
    pending = [("", repository.root)]
    while pending:
        prefix, directory = pending.pop()
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            if not prefix:
                raise
            stats.add("skipped_dirs.unreadable")
            continue
        subdirs = []
        for entry in entries:
            relative = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                if entry.name in SKIP_DIRS:
                    stats.add(("skipped_dirs", entry.name))
                elif os.path.exists(os.path.join(entry.path, "pyvenv.cfg")):
                    stats.add("skipped_dirs.virtualenv")
                else:
                    subdirs.append((relative + "/", entry.path))
                continue
            stats.add("docs_in")
            if entry.is_symlink() or not entry.is_file(follow_symlinks=False):
                reason = "not_regular_file"
            elif is_binary_extension(entry.name):
                reason = "binary"
            else:
                try:
                    status = entry.stat(follow_symlinks=False)
                except OSError:  # removed or made unreadable while the tree was listed
                    stats.add("dropped.unreadable")
                    continue
                if status.st_size > max_file_size:
                    reason = "too_large"
                elif not keep_unknown and not language_of(entry.name)[0]:
                    reason = "unknown_language"
                else:
                    files.append((relative, status.st_size, status.st_mtime_ns))
                    continue
            stats.add(("dropped", reason))
        pending.extend(reversed(subdirs))
    files.sort()
    return files


def git_blob_sha1(raw: bytes) -> str:
    """The id git (and The Stack's ``hexsha``) gives a file's bytes."""
    return hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest()


def looks_binary(raw: bytes) -> bool:
    head = raw[:BINARY_SNIFF_BYTES]
    if b"\0" in head:
        return True
    return bool(head) and len(head) - len(head.translate(None, _CONTROL)) > BINARY_CONTROL_SHARE * len(head)


def text_path(relative: str, stats: Stats) -> str:
    """A path for the ``path`` column: file names that are not UTF-8 get replacement characters (counted)."""
    try:
        relative.encode("utf-8")
        return relative
    except UnicodeEncodeError:
        stats.add("path_decoded_with_replacement")
        return os.fsencode(relative).decode("utf-8", errors="replace")


def read_source_file(repository: Repository, relative: str, stats: Stats) -> dict | None:
    """One canonical row for a file, or None (counted) when it turns out to be binary or cannot be read."""
    try:
        with open(os.path.join(repository.root, relative), "rb") as handle:
            raw = handle.read()
    except OSError:
        stats.add("dropped.unreadable")
        return None
    if looks_binary(raw):
        stats.add("dropped.binary")
        return None
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:
        content = raw.decode("utf-8", errors="replace")
        stats.add("decoded_with_replacement")
    path = text_path(relative, stats)
    lang, ext = language_of(path)
    return {
        "id": git_blob_sha1(raw),
        "content": content,
        "repo_name": repository.name,
        "path": path,
        "lang": lang,
        "ext": ext,
        "stars": repository.stars,
        "licenses": repository.licenses,
        "size": len(raw),
    }
