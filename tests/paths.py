"""Where the tests' files are, for test modules at any depth under tests/."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent  # tests/: corpora, data, hostile mail, the servers
ROOT = TESTS.parent  # the checkout: config.example.toml, bench/, watcher/
