"""The accuracy targets of issue 3, computed by bench/accuracy.py over the labelled corpora (speed is measured
by the benchmark itself, never here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import CORPUS, REALWORLD, TARGETS, evaluate_corpus, evaluate_realworld
from tests.paths import TESTS

HOLDOUT = TESTS / "corpus_holdout"
THREADS = TESTS / "corpus_threads"


@pytest.mark.parametrize("folder", [CORPUS, HOLDOUT, THREADS], ids=["corpus", "holdout", "threads"])
def test_accuracy_targets(folder: Path) -> None:
    report = evaluate_corpus(folder)
    figures = report.figures()
    missed = {k: round(figures[k], 3) for k, target in TARGETS.items() if figures[k] < target}
    assert not missed, (missed, report.failures)


def test_realworld_calendar_files_are_ordinary_events_with_their_own_times() -> None:
    count, failures = evaluate_realworld(REALWORLD)
    assert count == 40
    assert failures == []
