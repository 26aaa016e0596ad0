"""``codelm redact --eval``: the redactor's scores on a labelled set, through the project's one scorer.

``scoring.py`` holds BigCode's matching rule (a prediction matches a label when their overlap is at
least 80% of each; one-to-one) and knows nothing of the redactor; this module only feeds it the
redactor's findings and turns bad input into usage errors.
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
