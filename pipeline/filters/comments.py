"""``comments``: the share of a file's characters that are comments (SantaCoder: keep 0.01–0.8).

Python is read with the standard ``tokenize`` module: ``#`` comments plus string statements
(docstrings, and bare strings used as block comments) count as comments, as BigCode counted
docstrings. Other languages use a pygments lexer; every ``Comment`` token counts except
preprocessor lines (``#include``) and ``#!`` lines, which are code. Comment characters are
counted as written (markers included), line breaks excluded; the ratio divides by the file's
length in characters, as BigCode's ``get_nl_ratio``.
"""

from __future__ import annotations

import io
import tokenize

import pyarrow as pa

from codelm.pipeline.errors import require
from codelm.pipeline.filters.base import CodeFilter, record_lang

MIN_COMMENT_RATIO = 0.01
MAX_COMMENT_RATIO = 0.8
# Languages without code to comment on: the ratio means nothing there.
NOT_CODE = frozenset(
    {"JSON", "YAML", "TOML", "INI", "XML", "HTML", "CSS", "SCSS", "Markdown", "Text", "reStructuredText", "TeX"}
    | {"Jupyter Notebook", "Ignore List", "SVG", "CSV"}
)
# The Stack's language names → pygments lexer aliases, where lower-casing the name is not enough.
_PYGMENTS_ALIASES = {
    "C#": "csharp",
    "C++": "cpp",
    "F#": "fsharp",
    "Shell": "bash",
    "Visual Basic": "vbnet",
    "Protocol Buffer": "protobuf",
    "Cuda": "cuda",
    "Objective-C": "objective-c",
    "Objective-C++": "objective-c++",
}
_SKIPPED_TOKEN_TYPES = {
    tokenize.NL,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.ENCODING,
}


def _visible_length(text: str) -> int:
    return len(text) - text.count("\n") - text.count("\r")


def python_comment_chars(text: str) -> int:
    """Characters of comments and string statements in Python source (raises on tokenize errors)."""
    count = 0
    at_line_start = True
    only_strings = False
    pending = 0
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        kind = token.type
        if kind == tokenize.COMMENT:
            count += _visible_length(token.string)
            continue
        if kind in _SKIPPED_TOKEN_TYPES:
            continue
        if kind in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if only_strings:
                count += pending
            at_line_start, only_strings, pending = True, False, 0
            continue
        if at_line_start:
            at_line_start, only_strings, pending = False, kind == tokenize.STRING, 0
        if only_strings:
            if kind == tokenize.STRING:
                pending += _visible_length(token.string)
            else:
                only_strings = False
    return count


def lexer_for(lang: str):
    """A pygments lexer for a The Stack language name, or None when pygments has none."""
    pygments_lexers = require("pygments.lexers", package="pygments", extra="filter", purpose="the comments filter")
    from pygments.util import ClassNotFound

    try:
        return pygments_lexers.get_lexer_by_name(_PYGMENTS_ALIASES.get(lang, lang.lower().replace(" ", "-")))
    except ClassNotFound:
        return None


def lexer_comment_chars(text: str, lexer) -> int:
    from pygments.token import Comment

    # pygments files preprocessor lines (`#include <stdio.h>`) and `#!` lines under Comment; they are code.
    code_types = (Comment.Preproc, Comment.PreprocFile, Comment.Hashbang)

    count = 0
    for token_type, value in lexer.get_tokens(text):
        if token_type in Comment and not any(token_type in code for code in code_types):
            count += _visible_length(value)
    return count


class CommentsFilter(CodeFilter):
    """Drop files with almost no comments (often generated or data) or almost nothing but comments."""

    name = "comments"
    # Languages decide what counts as a comment and which threshold applies; without them the filter would do nothing.
    required_columns = ("content", "lang")
    metric_types = {"comment_ratio": pa.float64()}

    def __init__(
        self,
        min_ratio: float = MIN_COMMENT_RATIO,
        max_ratio: float = MAX_COMMENT_RATIO,
        languages: tuple[str, ...] = (),
    ):
        self.min_ratio = min_ratio
        self.max_ratio = max_ratio
        self.languages = frozenset(languages)
        self._lexers: dict[str, object] = {}

    def __getstate__(self):
        # Lexers are rebuilt in each worker rather than pickled.
        return {**self.__dict__, "_lexers": {}}

    def _lexer(self, lang: str):
        if lang not in self._lexers:
            self._lexers[lang] = lexer_for(lang)
        return self._lexers[lang]

    def applies(self, record: dict) -> bool:
        lang = record_lang(record)
        if not lang or not record.get("content"):
            return False
        if self.languages:
            return lang in self.languages
        return lang not in NOT_CODE and (lang == "Python" or self._lexer(lang) is not None)

    def measure(self, record: dict) -> dict:
        text = record["content"]
        lang = record_lang(record)
        chars = None
        if lang == "Python":
            try:
                chars = python_comment_chars(text)
            except (tokenize.TokenError, SyntaxError):
                # Not valid Python (Python 2, templates): the lexer still finds its comments.
                chars = None
        if chars is None:
            lexer = self._lexer(lang)
            if lexer is None:
                return {"comment_ratio": None}
            chars = lexer_comment_chars(text, lexer)
        return {"comment_ratio": chars / len(text)}

    def judge(self, metrics: dict, record: dict) -> str | None:
        ratio = metrics["comment_ratio"]
        if ratio is None:
            return None
        if ratio < self.min_ratio:
            return "too_few_comments"
        if ratio > self.max_ratio:
            return "too_many_comments"
        return None
