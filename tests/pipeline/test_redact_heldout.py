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


@pytest.fixture(scope="module")
def heldout_report() -> dict:
    return evaluate(load_labels(HELDOUT))


# Round 3 (2026-12-03), its aggregate counts read after each change to check for regressions, its files never opened:
# EMAIL P 1.000 R 1.000, IP_ADDRESS P 0.969 R 0.993, KEY P 1.000 R 0.992, PASSWORD P 0.972 R 0.939; 10 of 1,294
# look-alikes changed. Everything but PASSWORD recall meets the thresholds and is held to them. After round 5's
# precision rules (the third audit's false-detection classes): PASSWORD P 0.988, the rest unchanged.
def test_thresholds_on_the_heldout_set_but_password_recall(heldout_report):
    for tag in TAGS:
        assert heldout_report[tag]["precision"] >= 0.95, (tag, heldout_report[tag])
        if tag != "PASSWORD":
            assert heldout_report[tag]["recall"] >= 0.97, (tag, heldout_report[tag])


# Strict: once password recall reaches the threshold this test fails as XPASS and the marker must go.
@pytest.mark.xfail(strict=True, reason="held-out PASSWORD recall 0.939, below 0.97; see the figures above")
def test_password_recall_on_the_heldout_set(heldout_report):
    assert heldout_report["PASSWORD"]["recall"] >= 0.97, heldout_report["PASSWORD"]


HELDOUT_2 = DATA / "redact_heldout_2" / "labels.jsonl"
# The second held-out set, built by another independent hand after round 4 began and first scored after it ended
# (2026-12-03): EMAIL P 1.000 R 1.000, IP_ADDRESS P 0.988 R 0.997, KEY P 0.981 R 0.893 (0.891 once entropy findings
# needed a credential's name), PASSWORD P 0.939 R 0.915; 8 of 823 look-alikes changed. Round 5's precision rules (the
# third audit's false-detection classes; this set's files still never opened) brought PASSWORD P to 0.955, the rest
# unchanged; the fourth audit's classes, PASSWORD P 0.960 (6 of 823 look-alikes changed), the rest unchanged. What
# meets the thresholds is held to them; the rest are strict xfails below.
MISSED_ON_HELDOUT_2 = {("KEY", "recall"), ("PASSWORD", "recall")}


@pytest.fixture(scope="module")
def heldout_2_report() -> dict:
    return evaluate(load_labels(HELDOUT_2))


def test_thresholds_met_on_the_second_heldout_set(heldout_2_report):
    for tag in TAGS:
        for measure, threshold in (("recall", 0.97), ("precision", 0.95)):
            if (tag, measure) not in MISSED_ON_HELDOUT_2:
                assert heldout_2_report[tag][measure] >= threshold, (tag, heldout_2_report[tag])
    assert heldout_2_report["lookalikes"]["changed_rate"] <= 0.01, heldout_2_report["lookalikes"]


@pytest.mark.xfail(strict=True, reason="second held-out set: KEY recall 0.891, PASSWORD recall 0.915")
@pytest.mark.parametrize(("tag", "measure"), sorted(MISSED_ON_HELDOUT_2))
def test_thresholds_missed_on_the_second_heldout_set(heldout_2_report, tag, measure):
    assert heldout_2_report[tag][measure] >= (0.97 if measure == "recall" else 0.95), heldout_2_report[tag]
