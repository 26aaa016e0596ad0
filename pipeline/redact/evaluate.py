"""``codelm redact --eval``: the redactor's scores on labelled sets and on the real-code precision audit,
through the project's one scorer.

``scoring.py`` holds BigCode's matching rule (a prediction matches a label when their overlap is at
least 80% of each; one-to-one) and knows nothing of the redactor; this module only feeds it the
redactor's findings and turns bad input into usage errors.

An evaluation source is either a labelled set (JSONL of ``{content, labels, lookalikes}``) or a precision
audit: a folder holding ``sample.jsonl`` (sampled detections with their snippets) and, once a labeller has
judged them, ``labels.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.redact import scoring
from codelm.pipeline.redact.redactor import RedactConfig, Redactor


def load_labels(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise UsageProblem(f"labelled set {path} does not exist")
    try:
        return scoring.load_labels(path)
    except ValueError as err:
        raise UsageProblem(str(err)) from None


def evaluate(records: list[dict], config: RedactConfig | None = None) -> dict:
    """Per-tag ``{tp, fp, fn, precision, recall, f1}`` (EMAIL, IP_ADDRESS, KEY, PASSWORD, KEY+PASSWORD) and
    the look-alikes changed, for the redactor built from ``config``."""
    redactor = Redactor(config or RedactConfig())

    def predict(content: str, path: str) -> list[tuple[str, int, int]]:
        return [(finding.tag, finding.start, finding.end) for finding in redactor.find(content, path)]

    return scoring.score(records, predict, with_path=True)


format_report = scoring.format_table


AUDIT_SAMPLE, AUDIT_LABELS = "sample.jsonl", "labels.jsonl"


def is_audit(path: str | Path) -> bool:
    path = Path(path)
    return (path.is_dir() and (path / AUDIT_SAMPLE).is_file()) or (
        path.name == AUDIT_LABELS and (path.parent / AUDIT_SAMPLE).is_file()
    )


def evaluate_audit(path: str | Path, config: RedactConfig | None = None) -> dict:
    """Per-tag and per-detector precision on the audit at ``path`` (its folder, or its ``labels.jsonl``)."""
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    labels = folder / AUDIT_LABELS
    try:
        samples = scoring.load_audit(folder / AUDIT_SAMPLE, labels if labels.is_file() else None)
    except ValueError as err:
        raise UsageProblem(str(err)) from None
    redactor = Redactor(config or RedactConfig())

    def predict(snippet: str, path: str) -> list[tuple[str, int, int]]:
        return [(finding.tag, finding.start, finding.end) for finding in redactor.find(snippet, path)]

    return scoring.score_audit(samples, predict)


def evaluate_source(path: str | Path, config: RedactConfig | None = None) -> tuple[dict, str]:
    """The report and its printed table for one ``--eval`` source, a labelled set or an audit."""
    if is_audit(path):
        rows = evaluate_audit(path, config)
        return rows, scoring.format_audit_table(rows)
    report = evaluate(load_labels(path), config)
    return report, format_report(report)
