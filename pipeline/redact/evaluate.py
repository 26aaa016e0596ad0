"""Scores of the redactor on a labelled set, with BigCode's matching rule.

A labelled set is JSONL, one document per line: ``content``, optional ``path``, ``labels``
(``{"tag", "start", "end"}`` spans that must be redacted) and ``lookalikes`` (``{"kind",
"start", "end"}`` spans that must survive). A prediction matches a label when their overlap is
at least 80% of each (bigcode-dataset pii/utils/evaluation.py; there the comparison is strict,
here ``>=`` as the issue states it); each label matches at most one prediction.
"""

from __future__ import annotations

import json
from pathlib import Path

from codelm.pipeline.errors import UsageProblem
from codelm.pipeline.redact.detectors import EMAIL, IP_ADDRESS, KEY, NAME, PASSWORD, Finding
from codelm.pipeline.redact.redactor import RedactConfig, Redactor

OVERLAP = 0.8
# Keys and passwords are scored together too: a password caught as a KEY is still redacted.
SECRETS = "KEY+PASSWORD"
REPORTED_TAGS = (EMAIL, IP_ADDRESS, KEY, PASSWORD, SECRETS, NAME)


def overlaps(prediction: tuple[int, int], label: tuple[int, int], share: float = OVERLAP) -> bool:
    size = min(prediction[1], label[1]) - max(prediction[0], label[0])
    if size <= 0:
        return False
    return size / (label[1] - label[0]) >= share and size / (prediction[1] - prediction[0]) >= share


def match_counts(labels: list[tuple[int, int]], predictions: list[tuple[int, int]]) -> dict[str, int]:
    """True positives, false positives and false negatives, each label matched at most once."""
    unmatched = sorted(labels)
    true_positives = 0
    for prediction in sorted(predictions):
        for index, label in enumerate(unmatched):
            if overlaps(prediction, label):
                true_positives += 1
                del unmatched[index]
                break
    return {"tp": true_positives, "fp": len(predictions) - true_positives, "fn": len(unmatched)}


def _scores(counts: dict[str, int]) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {**counts, "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def load_labels(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise UsageProblem(f"labelled set {path} does not exist")
    documents = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
            except json.JSONDecodeError as err:
                raise UsageProblem(f"{path}:{number}: not JSON ({err.msg})") from None
            if not isinstance(document.get("content"), str):
                raise UsageProblem(f"{path}:{number}: no string `content`")
            documents.append(document)
    return documents


def evaluate(documents: list[dict], config: RedactConfig | None = None) -> dict:
    """Per-tag precision/recall/F1 and the share of look-alikes changed."""
    config = config or RedactConfig()
    redactor = Redactor(config)
    totals = {tag: {"tp": 0, "fp": 0, "fn": 0} for tag in REPORTED_TAGS}
    lookalikes: dict[str, dict[str, int]] = {}
    for document in documents:
        findings = redactor.find(document["content"], document.get("path") or "")
        labels = document.get("labels") or []
        for tag in REPORTED_TAGS:
            members = (KEY, PASSWORD) if tag == SECRETS else (tag,)
            counts = match_counts(
                [(label["start"], label["end"]) for label in labels if label["tag"] in members],
                [(finding.start, finding.end) for finding in findings if finding.tag in members],
            )
            for key, value in counts.items():
                totals[tag][key] += value
        for lookalike in document.get("lookalikes") or []:
            if lookalike.get("needs") == "keep_example_domains" and not config.keep_example_domains:
                continue
            kind = lookalikes.setdefault(lookalike["kind"], {"total": 0, "changed": 0})
            kind["total"] += 1
            kind["changed"] += any(_touches(finding, lookalike) for finding in findings)
    total = sum(kind["total"] for kind in lookalikes.values())
    changed = sum(kind["changed"] for kind in lookalikes.values())
    return {
        "documents": len(documents),
        "tags": {tag: _scores(counts) for tag, counts in totals.items() if counts["tp"] + counts["fn"] + counts["fp"]},
        "lookalikes": {
            "total": total,
            "changed": changed,
            "changed_share": round(changed / total, 4) if total else 0.0,
        },
        "lookalike_kinds": dict(sorted(lookalikes.items())),
    }


def _touches(finding: Finding, span: dict) -> bool:
    return finding.start < span["end"] and span["start"] < finding.end


def format_report(report: dict) -> str:
    lines = [f"{'tag':<14}{'precision':>10}{'recall':>8}{'f1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for tag, scores in report["tags"].items():
        lines.append(
            f"{tag:<14}{scores['precision']:>10.3f}{scores['recall']:>8.3f}{scores['f1']:>8.3f}"
            f"{scores['tp']:>6}{scores['fp']:>6}{scores['fn']:>6}"
        )
    lookalikes = report["lookalikes"]
    share = 100 * lookalikes["changed_share"]
    lines.append(f"look-alikes changed: {lookalikes['changed']}/{lookalikes['total']} ({share:.1f}%)")
    for kind, counts in report["lookalike_kinds"].items():
        if counts["changed"]:
            lines.append(f"  {kind}: {counts['changed']}/{counts['total']} changed")
    return "\n".join(lines)
