"""Throughput of quotex.extract against a bare word-regex pass, side by side.

    python benchmarks/throughput.py [--corpus ../shared/corpus/news.jsonl] [--limit N]

Prints chars/s for both passes over the same texts, their ratio (the goal is
quotex >= 1/11 of the word pass), documents and quotes found, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import regex

import quotex

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news.jsonl"


def load(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines with a 'text' field")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--rounds", type=int, default=1, help="alternate both passes this many times; best round counts")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    texts = load(args.corpus, args.limit)
    chars = sum(map(len, texts))
    word = regex.compile(r"\w+")
    best_words = best_quotex = float("inf")
    quotes = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for text in texts:
            word.findall(text)
        best_words = min(best_words, time.perf_counter() - start)
        start = time.perf_counter()
        quotes = 0
        for text in texts:
            quotes += len(quotex.extract(text).quotes)
        best_quotex = min(best_quotex, time.perf_counter() - start)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words_rate, quotex_rate = chars / best_words, chars / best_quotex
    print(f"documents            {len(texts):>12,}")
    print(f"characters           {chars:>12,}")
    print(f"quotes found         {quotes:>12,}")
    print(f"regex \\w+ pass       {words_rate / 1e6:>10.2f} M chars/s  ({best_words:.2f} s)")
    print(f"quotex.extract       {quotex_rate / 1e6:>10.2f} M chars/s  ({best_quotex:.2f} s)")
    print(f"ratio quotex/words   {quotex_rate / words_rate:>12.3f}  (= 1/{words_rate / quotex_rate:.1f}; goal >= 1/11)")
    print(f"peak memory (RSS)    {peak_mib:>10.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
