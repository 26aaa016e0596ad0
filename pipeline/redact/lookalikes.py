"""Strings that look like PII or secrets but are not: placeholders, environment look-ups,
documentation domains, hashes, versions. Detectors ask these before they report a finding.
"""

from __future__ import annotations

import math
import re

# Values that stand for a secret instead of being one. Exact (case-insensitive) matches only: a
# substring rule for "password" would also pass real passwords such as "Password2024!".
PLACEHOLDER_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "token",
        "apikey",
        "api_key",
        "key",
        "changeme",
        "changeit",
        "change_me",
        "none",
        "null",
        "nil",
        "true",
        "false",
        "undefined",
        "test",
        "testing",
        "example",
        "default",
        "redacted",
        "dummy",
        "fake",
        "sample",
        "foo",
        "bar",
        "foobar",
        "empty",
        "required",
        "optional",
        "string",
        "str",
        "value",
        "todo",
        "tbd",
    }
)
# Substrings that mark a template or documentation value ("your_api_key_here", "<REPLACE_ME>").
PLACEHOLDER_MARKERS = (
    "your",
    "example",
    "changeme",
    "change_me",
    "change-me",
    "placeholder",
    "dummy",
    "redacted",
    "insert",
    "replace",
    "fixme",
    "xxxx",
    "****",
    "....",
    "\u2026",
    "<",
    "${",
    "{{",
    "%(",
)
_TEMPLATE = re.compile(
    r"""^(?:
        \$\{[^}]*\}? | \$\(.*\)? | \$[A-Za-z_]\w* |   # shell / compose variables, command substitution
        \{\{.*\}\} | \{[\w.\[\]'"-]*\} |              # Jinja/mustache, str.format fields
        %\(?\w*\)?[sd] | %[A-Za-z_]\w*% |             # printf fields, Windows %VAR%
        @\w+@ | __\w+__ |                             # autoconf @VAR@, dunder sentinels
        (.)\1* |                                      # one character repeated: xxxxxx, ******, 000000
        [<\[].*[>\]]                                  # <YOUR_TOKEN>, [secret]
    )$""",
    re.VERBOSE,
)
# Code that reads a secret from elsewhere rather than holding it.
ENV_LOOKUP = re.compile(
    r"(?:os\.environ|os\.getenv|getenv|process\.env|ENV\[|System\.getenv|Environment\.GetEnvironmentVariable|"
    r"env\(|secrets\.|vault|keyring|config\[|settings\.|getpass)",
    re.IGNORECASE,
)

EXAMPLE_DOMAINS = frozenset({"example.com", "example.org", "example.net", "example.edu", "localhost"})
# RFC 2606/6761 reserved top-level names.
EXAMPLE_TLDS = frozenset({"example", "test", "invalid", "localhost", "local"})
# "name@2x.png" is an image, "pkg@1.2.js" a bundle: a file extension is not a mail domain's TLD.
FILE_EXTENSION_TLDS = frozenset(
    "png jpg jpeg gif svg webp ico bmp js mjs cjs ts tsx jsx css scss less py pyc java go rs rb php html htm "
    "json yaml yml toml txt md rst h hpp c cc cpp so dll dylib zip gz tgz tar bz2 xz map woff woff2 ttf otf eot "
    "min lock log csv xml wasm mp3 mp4 wav pdf".split()
)

# A version (or section) number's line names it: "version", "minVersion", "ver", "section", "RFC", a pip comparison.
_VERSION_CONTEXT = re.compile(
    r"version|release|section|§|rfc|(?<![a-z])(?:ver|rev)(?![a-z])|[=<>~!]=\s*['\"]?$", re.IGNORECASE
)
_HASH_WORDS = ("sha", "md5", "hash", "digest", "checksum", "commit", "byte", "crc", "fingerprint")


def is_placeholder(value: str) -> bool:
    """True for template fields, documentation values and masks rather than real secrets."""
    stripped = value.strip().strip("'\"`")
    if not stripped:
        return True
    lowered = stripped.lower()
    if lowered in PLACEHOLDER_WORDS or _TEMPLATE.match(stripped):
        return True
    return any(marker in lowered for marker in PLACEHOLDER_MARKERS)


def is_example_domain(domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    if domain in EXAMPLE_DOMAINS:
        return True
    if domain.rsplit(".", 1)[-1] in EXAMPLE_TLDS:
        return True
    return any(domain.endswith("." + parent) for parent in EXAMPLE_DOMAINS)


def looks_like_version_context(prefix: str) -> bool:
    """``prefix`` is the text just before a dotted number on the same line."""
    return bool(_VERSION_CONTEXT.search(prefix[-40:]))


def is_hash_context(line_before: str, value: str) -> bool:
    """BigCode's rule: a 32/40/64-character value on a line that talks about hashes is a hash."""
    if len(value) not in (32, 40, 64, 128):
        return False
    lowered = line_before.lower()
    return any(word in lowered for word in _HASH_WORDS)


def shannon_entropy(value: str) -> float:
    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for char in value:
        counts[char] = counts.get(char, 0) + 1
    total = len(value)
    return -sum(count / total * math.log2(count / total) for count in counts.values())


_WORDISH = re.compile(r"[A-Z]?[a-z]{3,}|[A-Z]{3,}(?![a-z])")
_VOWELS = set("aeiouyAEIOUY")


def is_gibberish(value: str) -> bool:
    """True when ``value`` reads as random characters, not words or identifiers.

    BigCode ran the gibberish-detector package (a character-bigram model trained on English) on
    top of detect-secrets' entropy plugins; this approximation needs no model file: the share of
    the string made of word-like runs (letters with vowels, one case pattern) must stay low.
    """
    wordish = sum(len(run) for run in _WORDISH.findall(value) if _VOWELS.intersection(run))
    return wordish / max(len(value), 1) < 0.6
