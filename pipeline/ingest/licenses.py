"""License detection from a repository's LICENSE/COPYING files, as SPDX identifiers."""

from __future__ import annotations

import re
from pathlib import Path

LICENSE_FILE = re.compile(r"^(licen[cs]e|copying|unlicense)([-._].*)?$", re.IGNORECASE)
_SPDX_TAG = re.compile(r"SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+)")

# Phrases that identify a license text, checked on lower-cased, whitespace-collapsed text. When
# several match, the one named earliest wins: a license's title comes first, and texts such as
# Python's mention other licenses further down. On a tie, the first listed wins, so LGPL and
# AGPL (whose titles contain "general public license") come before the GPL.
_SIGNATURES: list[tuple[str, tuple[str, ...]]] = [
    ("AGPL-3.0", ("gnu affero general public license",)),
    ("LGPL-3.0", ("gnu lesser general public license", "version 3")),
    ("LGPL-2.1", ("gnu lesser general public license", "version 2.1")),
    ("LGPL-2.0", ("gnu library general public license",)),
    ("GPL-3.0", ("gnu general public license", "version 3")),
    ("GPL-2.0", ("gnu general public license", "version 2")),
    ("Apache-2.0", ("apache license", "version 2.0")),
    ("MPL-2.0", ("mozilla public license", "2.0")),
    ("EPL-2.0", ("eclipse public license", "2.0")),
    ("EPL-1.0", ("eclipse public license", "1.0")),
    ("BSL-1.0", ("boost software license",)),
    ("Unlicense", ("this is free and unencumbered software released into the public domain",)),
    ("CC0-1.0", ("cc0 1.0 universal",)),
    ("PSF-2.0", ("python software foundation license",)),
    ("MIT", ("permission is hereby granted, free of charge",)),
    ("ISC", ("permission to use, copy, modify, and/or distribute this software for any purpose",)),
    ("Zlib", ("this software is provided 'as-is'", "permission is granted to anyone to use this software")),
    ("WTFPL", ("do what the fuck you want to",)),
]
_BSD_REDISTRIBUTION = "redistribution and use in source and binary forms"
_BSD_ENDORSE = "endorse or promote products"

PERMISSIVE = frozenset(
    {
        "MIT",
        "Apache-2.0",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "ISC",
        "Unlicense",
        "CC0-1.0",
        "BSL-1.0",
        "Zlib",
        "PSF-2.0",
        "WTFPL",
        "0BSD",
    }
)


def detect_license(text: str) -> str | None:
    """The SPDX id of one license text, or None when unrecognised."""
    tag = _SPDX_TAG.search(text[:2000])
    if tag:
        return tag.group(1)
    normalised = " ".join(text.lower().split())
    candidates = [
        (normalised.find(phrases[0]), rank, spdx_id)
        for rank, (spdx_id, phrases) in enumerate(_SIGNATURES)
        if all(phrase in normalised for phrase in phrases)
    ]
    if _BSD_REDISTRIBUTION in normalised:
        bsd = "BSD-3-Clause" if _BSD_ENDORSE in normalised else "BSD-2-Clause"
        candidates.append((normalised.find(_BSD_REDISTRIBUTION), len(_SIGNATURES), bsd))
    return min(candidates)[2] if candidates else None


def repository_licenses(root: Path, max_bytes: int = 1 << 20) -> list[str]:
    """Sorted SPDX ids of the license files at the top of a repository."""
    found = set()
    for entry in sorted(root.iterdir()):
        if entry.is_file() and not entry.is_symlink() and LICENSE_FILE.match(entry.name):
            try:
                with open(entry, "rb") as handle:
                    spdx_id = detect_license(handle.read(max_bytes).decode("utf-8", errors="replace"))
            except OSError:  # an unreadable license file tells nothing; its repository is still ingested
                continue
            if spdx_id:
                found.add(spdx_id)
    return sorted(found)
