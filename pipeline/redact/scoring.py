"""Score a redactor against a labelled set with BigCode's matching rule (the independent oracle for ``--eval``).

A prediction matches a label when their spans overlap by at least 80% of *each* span's length (the rule of
BigCode's PII benchmark). Every label matches at most one prediction and vice versa, pairs taken greedily by
overlap. Scores are per tag, plus ``KEY+PASSWORD`` where the two tags stand in for each other (a token in a
``password =`` line is a key to one tool and a password to another; both redact it). A look-alike (hash, UUID,
version, placeholder...) counts as changed when any prediction touches it at all.

Only the standard library: the scorer is the oracle, so it shares nothing with the redactor it judges.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")
GROUPS = {tag: frozenset((tag,)) for tag in TAGS} | {"KEY+PASSWORD": frozenset(("KEY", "PASSWORD"))}
MIN_OVERLAP = (4, 5)  # 80%, kept as a fraction so the boundary is exact in integers

Prediction = tuple[str, int, int]


def load_labels(path: str | Path) -> list[dict]:
    """The records of a labels JSONL file (one ``{id, lang, path, content, labels, lookalikes}`` per line)."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            missing = {"content", "labels"} - record.keys()
            if missing:
                raise ValueError(f"{path}:{number}: record lacks {', '.join(sorted(missing))}")
            record.setdefault("lookalikes", [])
            records.append(record)
    return records


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def spans_match(label: tuple[int, int], prediction: tuple[int, int]) -> bool:
    """BigCode's rule: the overlap covers ≥ 80% of the label and ≥ 80% of the prediction."""
    shared = overlap(*label, *prediction)
    numerator, denominator = MIN_OVERLAP
    return (
        shared > 0
        and shared * denominator >= numerator * (label[1] - label[0])
        and shared * denominator >= numerator * (prediction[1] - prediction[0])
    )


def match(labels: list[tuple[int, int]], predictions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (label index, prediction index) pairs: all matching pairs, largest overlap first."""
    candidates = [
        (overlap(*label, *prediction), label_index, prediction_index)
        for label_index, label in enumerate(labels)
        for prediction_index, prediction in enumerate(predictions)
        if spans_match(label, prediction)
    ]
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_labels, used_predictions, pairs = set(), set(), []
    for _, label_index, prediction_index in candidates:
        if label_index not in used_labels and prediction_index not in used_predictions:
            used_labels.add(label_index)
            used_predictions.add(prediction_index)
            pairs.append((label_index, prediction_index))
    return pairs


def _checked(predictions: Iterable, content: str, record_id: str) -> list[Prediction]:
    checked = []
    for prediction in predictions:
        tag, start, end = prediction
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(content)):
            raise ValueError(f"record {record_id}: prediction {tag} [{start}, {end}) is not a span of the content")
        checked.append((tag, start, end))
    return checked


def _ratios(tp: int, fp: int, fn: int) -> dict:
    # With nothing predicted (or nothing labelled) the ratio is 0.0, not undefined, so tables stay numeric.
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def score(records: list[dict], predict: Callable[..., Iterable[Prediction]], with_path: bool = False) -> dict:
    """Per-tag ``{tp, fp, fn, precision, recall, f1}`` for EMAIL, IP_ADDRESS, KEY, PASSWORD and KEY+PASSWORD,
    ``lookalikes`` ``{total, changed, changed_rate, by_kind}``, and ``label_kinds`` (``{kind: {total, found}}``,
    found in the label's own tag, or in KEY+PASSWORD for keys and passwords).

    ``predict(content)`` returns ``(tag, start, end)`` spans of the content; with ``with_path`` it is called as
    ``predict(content, path)``, for redactors that read config files differently from code, and also as
    ``predict(path, path)`` on the record's path, scored against the labels whose ``column`` is ``"path"``.
    Predictions with other tags (``NAME``) are not scored but do count when they touch a look-alike.
    """
    counts = {group: {"tp": 0, "fp": 0, "fn": 0} for group in GROUPS}
    looks = {"total": 0, "changed": 0, "by_kind": {}}
    label_kinds: dict[str, dict] = {}
    for record in records:
        record_id = str(record.get("id", ""))
        path = record.get("path") or ""
        # Labels name their column ("column": "path", offsets into the path); without one they are the content's.
        # With ``with_path`` the path itself is redacted and scored too, as codelm redact does.
        columns = {"content": record["content"]}
        if with_path and isinstance(path, str) and path:
            columns["path"] = path
        for column, text in columns.items():
            labels = [label for label in record["labels"] if label.get("column", "content") == column]
            lookalikes = [look for look in record["lookalikes"] if look.get("column", "content") == column]
            output = predict(text, text if column == "path" else path) if with_path else predict(text)
            predictions = _checked(output, text, f"{record_id} ({column})")
            _score_column(labels, lookalikes, predictions, counts, looks, label_kinds)
    scores = {group: _ratios(**totals) for group, totals in counts.items()}
    looks["changed_rate"] = looks["changed"] / looks["total"] if looks["total"] else 0.0
    looks["by_kind"] = dict(sorted(looks["by_kind"].items()))
    scores["lookalikes"] = looks
    scores["label_kinds"] = dict(sorted(label_kinds.items()))
    return scores


def _score_column(labels, lookalikes, predictions, counts, looks, label_kinds) -> None:
    for group, tags in GROUPS.items():
        label_indices = [index for index, label in enumerate(labels) if label["tag"] in tags]
        group_predictions = [prediction for prediction in predictions if prediction[0] in tags]
        pairs = match(
            [(labels[index]["start"], labels[index]["end"]) for index in label_indices],
            [(start, end) for _, start, end in group_predictions],
        )
        counts[group]["tp"] += len(pairs)
        counts[group]["fp"] += len(group_predictions) - len(pairs)
        counts[group]["fn"] += len(label_indices) - len(pairs)
        found = {label_indices[label_index] for label_index, _ in pairs}
        for index in label_indices:
            label = labels[index]
            if group == ("KEY+PASSWORD" if label["tag"] in GROUPS["KEY+PASSWORD"] else label["tag"]):
                entry = label_kinds.setdefault(f"{label['tag']}/{label.get('kind', '')}", {"total": 0, "found": 0})
                entry["total"] += 1
                entry["found"] += index in found
    for look in lookalikes:
        changed = any(overlap(look["start"], look["end"], start, end) for _, start, end in predictions)
        entry = looks["by_kind"].setdefault(look["kind"], {"total": 0, "changed": 0})
        entry["total"] += 1
        entry["changed"] += changed
        looks["total"] += 1
        looks["changed"] += changed


def format_table(scores: dict) -> str:
    """A plain-text table of ``score``'s result: the groups, the look-alikes by kind, and every label kind
    with misses."""
    lines = [f"{'tag':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>9}{'f1':>8}"]
    for group in GROUPS:
        row = scores[group]
        lines.append(
            f"{group:<14}{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
            f"{row['precision']:>11.3f}{row['recall']:>9.3f}{row['f1']:>8.3f}"
        )
    looks = scores["lookalikes"]
    lines.append(f"look-alikes changed: {looks['changed']}/{looks['total']} ({looks['changed_rate']:.1%})")
    for kind, entry in looks["by_kind"].items():
        lines.append(f"  {kind:<22}{entry['changed']:>5}/{entry['total']}")
    missed = {kind: entry for kind, entry in scores.get("label_kinds", {}).items() if entry["found"] < entry["total"]}
    if missed:
        lines.append("label kinds with misses (found/total):")
        for kind, entry in missed.items():
            lines.append(f"  {kind:<36}{entry['found']:>5}/{entry['total']}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ precision audit on real code
AUDIT_TAG_GROUPS = {"KEY": "KEY+PASSWORD", "PASSWORD": "KEY+PASSWORD"}


def load_audit(sample_path: str | Path, labels_path: str | Path | None) -> list[dict]:
    """The audit's sampled detections (``sample.jsonl``: id, tag, detector, path, snippet, start, end...), each
    with ``credential`` from ``labels.jsonl`` (``{id, credential: true|false}``) when it has been labelled.

    A detection whose snippet is withheld (null: an unlabelled email address an audit chose not to keep) counts in
    the audit's population only and is left out here."""
    records = _read_jsonl(sample_path, ("id", "tag", "detector", "snippet", "start", "end"))
    samples = [record for record in records if record["snippet"] is not None]
    by_id = {sample["id"]: sample for sample in samples}
    if labels_path is not None:
        for number, label in enumerate(_read_jsonl(labels_path, ("id", "credential")), start=1):
            if label["id"] not in by_id:
                raise ValueError(f"{labels_path}:{number}: id {label['id']!r} is not in {sample_path}")
            if not isinstance(label["credential"], bool):
                raise ValueError(f"{labels_path}:{number}: credential must be true or false")
            by_id[label["id"]]["credential"] = label["credential"]
    return samples


def _read_jsonl(path: str | Path, required: tuple[str, ...]) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            missing = set(required) - record.keys()
            if missing:
                raise ValueError(f"{path}:{number}: record lacks {', '.join(sorted(missing))}")
            records.append(record)
    return records


def score_audit(samples: list[dict], predict: Callable[[str, str], Iterable[Prediction]]) -> dict:
    """Precision per detector and per tag on sampled real-code detections.

    ``predict(snippet, path)`` is the redactor under test. A sample counts only while it is still detected
    (a prediction of its tag, or of KEY/PASSWORD for either, matching its span by the 80% rule), so the audit
    stays meaningful after the detectors change: a dropped false positive raises precision, a dropped true one
    shows as ``dropped_credentials``. Precision is over the labelled samples still detected.
    """
    rows: dict[str, dict] = {}
    for sample in samples:
        tags = GROUPS.get(AUDIT_TAG_GROUPS.get(sample["tag"], sample["tag"]), frozenset((sample["tag"],)))
        predictions = _checked(predict(sample["snippet"], sample.get("path", "")), sample["snippet"], sample["id"])
        detected = any(
            tag in tags and spans_match((sample["start"], sample["end"]), (start, end))
            for tag, start, end in predictions
        )
        for key in (f"tag/{sample['tag']}", f"detector/{sample['tag']}/{sample['detector']}"):
            row = rows.setdefault(
                key, {"sampled": 0, "detected": 0, "labelled": 0, "credential": 0, "dropped_credentials": 0}
            )
            row["sampled"] += 1
            row["detected"] += detected
            if "credential" in sample:
                if detected:
                    row["labelled"] += 1
                    row["credential"] += sample["credential"]
                else:
                    row["dropped_credentials"] += sample["credential"]
    for row in rows.values():
        row["precision"] = row["credential"] / row["labelled"] if row["labelled"] else None
    return dict(sorted(rows.items()))


def format_audit_table(rows: dict) -> str:
    """Per tag and detector: samples, those still detected, labelled among them, precision, and ``dropped``: the
    labelled credentials no longer detected (what a change to the detectors cost in recall)."""
    lines = [f"{'tag / detector':<58}{'sampled':>8}{'detected':>9}{'labelled':>9}{'precision':>10}{'dropped':>9}"]
    for key, row in rows.items():
        precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        lines.append(
            f"{key:<58}{row['sampled']:>8}{row['detected']:>9}{row['labelled']:>9}{precision:>10}"
            f"{row['dropped_credentials']:>9}"
        )
    unlabelled = sum(row["detected"] - row["labelled"] for key, row in rows.items() if key.startswith("tag/"))
    if unlabelled:
        lines.append(f"{unlabelled} detected samples have no label yet (labels.jsonl)")
    return "\n".join(lines)
