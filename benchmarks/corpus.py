"""Where the benchmarks find the shared news corpus, and the ``--corpus`` option they share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: ``../shared/corpus/news.jsonl`` next to the project checkout (JSON Lines, a ``text`` field per article).
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news.jsonl"


def corpus_parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser with ``--corpus`` already added; the caller adds its own options."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines with a 'text' field")
    return parser


def corpus_missing(path: Path) -> bool:
    """Say so on stderr and return True when ``path`` does not exist."""
    if path.exists():
        return False
    print(f"corpus not found: {path} (pass --corpus)", file=sys.stderr)
    return True
