"""StarCoder's filters for markup and data files: ``xml``, ``html`` and ``json_yaml``."""

from __future__ import annotations

from html.parser import HTMLParser

import pyarrow as pa

from codelm.pipeline.filters.base import CodeFilter, record_ext, record_lang

XML_PROLOG = "<?xml version="
XML_PROLOG_WINDOW = 100
MIN_VISIBLE_TEXT_RATIO = 0.2
MIN_VISIBLE_TEXT_CHARS = 100
MIN_JSON_YAML_CHARS = 50
MAX_JSON_YAML_CHARS = 5000
HTML_EXTENSIONS = frozenset({"html", "htm", "xhtml"})
JSON_YAML_LANGUAGES = frozenset({"JSON", "YAML"})
JSON_YAML_EXTENSIONS = frozenset({"json", "jsonc", "yaml", "yml"})


class XmlFilter(CodeFilter):
    """Drop XML documents: files with an XML prolog in their first 100 characters (StarCoder)."""

    name = "xml"
    metric_types = {"has_xml_prolog": pa.bool_()}

    def __init__(self, window: int = XML_PROLOG_WINDOW):
        self.window = window

    def measure(self, record: dict) -> dict:
        return {"has_xml_prolog": XML_PROLOG in (record.get("content") or "")[: self.window]}

    def judge(self, metrics: dict, record: dict) -> str | None:
        return "xml_prolog" if metrics["has_xml_prolog"] else None


class _VisibleText(HTMLParser):
    """Counts the characters a browser would show: text outside <script> and <style>, entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden_depth = 0
        self.chars = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden_depth += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.hidden_depth:
            self.hidden_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth:
            self.chars += len(data)


def visible_text_chars(html: str) -> int:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.chars


class HtmlFilter(CodeFilter):
    """Keep HTML files only when visible text is ≥ 20% of the file and ≥ 100 characters (StarCoder)."""

    name = "html"
    metric_types = {"visible_text_chars": pa.int64(), "visible_text_ratio": pa.float64()}

    def __init__(self, min_ratio: float = MIN_VISIBLE_TEXT_RATIO, min_chars: int = MIN_VISIBLE_TEXT_CHARS):
        self.min_ratio = min_ratio
        self.min_chars = min_chars

    def applies(self, record: dict) -> bool:
        return record_lang(record) == "HTML" or record_ext(record) in HTML_EXTENSIONS

    def measure(self, record: dict) -> dict:
        html = record.get("content") or ""
        chars = visible_text_chars(html)
        return {"visible_text_chars": chars, "visible_text_ratio": chars / len(html) if html else 0.0}

    def judge(self, metrics: dict, record: dict) -> str | None:
        if metrics["visible_text_ratio"] < self.min_ratio:
            return "visible_text_ratio"
        if metrics["visible_text_chars"] < self.min_chars:
            return "visible_text_chars"
        return None


class JsonYamlFilter(CodeFilter):
    """Keep JSON and YAML files of 50–5000 characters (StarCoder): tiny configs and huge data dumps go."""

    name = "json_yaml"
    metric_types = {"num_chars": pa.int64()}

    def __init__(self, min_chars: int = MIN_JSON_YAML_CHARS, max_chars: int = MAX_JSON_YAML_CHARS):
        self.min_chars = min_chars
        self.max_chars = max_chars

    def applies(self, record: dict) -> bool:
        return record_lang(record) in JSON_YAML_LANGUAGES or record_ext(record) in JSON_YAML_EXTENSIONS

    def measure(self, record: dict) -> dict:
        return {"num_chars": len(record.get("content") or "")}

    def judge(self, metrics: dict, record: dict) -> str | None:
        if metrics["num_chars"] < self.min_chars:
            return "too_small"
        if metrics["num_chars"] > self.max_chars:
            return "too_large"
        return None
