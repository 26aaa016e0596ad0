# Table of Contents Extension for Python-Markdown
# ===============================================

# See https://Python-Markdown.github.io/extensions/toc
# for documentation.

# Original code Copyright 2008 [Jack Miller](https://codezen.org/)

# All changes Copyright 2008-2024 The Python Markdown Project

# License: [BSD](https://opensource.org/licenses/bsd-license.php)

"""
Add table of contents support to Python-Markdown.

See the [documentation](https://Python-Markdown.github.io/extensions/toc)
for details.
"""

from __future__ import annotations

from . import Extension
from ..treeprocessors import Treeprocessor
from ..util import parseBoolValue, AMP_SUBSTITUTE, deprecated, HTML_PLACEHOLDER_RE, AtomicString
from ..treeprocessors import UnescapeTreeprocessor
from ..serializers import RE_AMP
from ..inlinepatterns import HTML_RE
import re
import html
import unicodedata
from copy import deepcopy
import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING, Any, Iterator, MutableSet

if TYPE_CHECKING:  # pragma: no cover
    from markdown import Markdown


def slugify(value: str, separator: str, unicode: bool = False) -> str:
    """ Slugify a string, to make it URL friendly. """
    if not unicode:
        # Replace Extended Latin characters with ASCII, i.e. `žlutý` => `zluty`
        value = unicodedata.normalize('NFKD', value)
        value = value.encode('ascii', 'ignore').decode('ascii')
    value = re.sub(r'[^\w\s-]', '', value).strip().lower()
    return re.sub(r'[{}\s]+'.format(separator), separator, value)


def slugify_unicode(value: str, separator: str) -> str:
    """ Slugify a string, to make it URL friendly while preserving Unicode characters. """
    return slugify(value, separator, unicode=True)


IDCOUNT_RE = re.compile(r'^(.*)_([0-9]+)$')


def unique(id: str, ids: MutableSet[str], counters: dict[str, int] | None = None) -> str:
    """ Ensure id is unique in set of ids. Append '_1', '_2'... if not

    `counters` is an optional cache which maps a base id to the highest `n` for which
    `base_1` through `base_n` are all known to be in `ids`. When the same cache is passed
    along with the same `ids` on every call, a repeated id skips past the suffixes which
    earlier calls already found to be taken rather than checking each of them again.
    """
    if id in ids or not id:
        m = IDCOUNT_RE.match(id)
        if m:
            base, count = m.group(1), int(m.group(2))
        else:
            base, count = id, 0
        skip = False
        if counters is not None:
            known = counters.get(base, 0)
            # Only skip ahead when this id falls within the run of suffixes known to be
            # taken, or is the next one after it, as any later suffix may still be free.
            if count <= known or id == f'{base}_{known + 1}':
                skip = True
                count = max(count, known)
        count += 1
        while f'{base}_{count}' in ids:
            count += 1
        id = f'{base}_{count}'
        if skip:
            # Every suffix from `base_1` through the new id is now known to be taken.
            counters[base] = count
    ids.add(id)
    return id


@deprecated('Use `render_inner_html` and `striptags` instead.')
def get_name(el: etree.Element) -> str:
    """Get title name."""

    text = []
    for c in el.itertext():
        if isinstance(c, AtomicString):
            text.append(html.unescape(c))
        else:
            text.append(c)
