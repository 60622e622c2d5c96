"""Figures a robustness test measured (catch-up times, kill counts, peak memory), printed after the run.

They are reported, not asserted on: correctness is asserted with generous deadlines, and performance goals
live in bench/. `record(request, "...")` keeps a line; conftest's terminal summary prints them all.
"""

from __future__ import annotations

import pytest

FIGURES = pytest.StashKey[list[str]]()


def record(request: pytest.FixtureRequest, text: str) -> None:
    request.config.stash.setdefault(FIGURES, []).append(f"{request.node.name}: {text}")


def summary(config: pytest.Config) -> list[str]:
    return config.stash.get(FIGURES, [])
