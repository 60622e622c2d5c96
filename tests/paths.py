"""Where the tests' files are, for test modules at any depth under tests/."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent  # tests/: corpora, data, hostile mail, the servers
ROOT = TESTS.parent  # the checkout: config.example.toml, bench/, watcher/

# The corpora the rules are tuned on; every interview in them must reach the parser (tests/adapters).
TUNING_CORPORA = (
    "corpus",
    "corpus_holdout",
    "corpus_threads",
    "corpus_plain",
    "corpus_recall",
    "corpus_people",
    "corpus_people2",
    "corpus_products2",
    "corpus_products3",
    "corpus_archive",
    "corpus_human2",
    "corpus_human3",
    "corpus_human4",
    "corpus_human5",
)


def tuning_messages() -> list[Path]:
    """Every message of the tuning corpora, then the real-world samples of tests/data."""
    paths = [path for folder in TUNING_CORPORA for path in sorted((TESTS / folder).glob("*.eml"))]
    return paths + sorted((TESTS / "data" / "realworld").glob("*.eml"))
