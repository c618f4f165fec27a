"""Run quotex.extract over every article of a corpus and check every promise on every result.

    python benchmarks/corpus_check.py [--corpus ../shared/corpus/news.jsonl] [--limit N]

Prints documents, quotes, exceptions and invariant violations (see
``quotex.invariants``), then the slowest documents by time per character
against the median. Goal: 0 exceptions, 0 violations, slowest <= 5x median.
The slowest candidates are re-timed (best of 5) so one scheduler hiccup on a
shared machine does not pass for a slow pattern.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import traceback

import quotex
from corpus import corpus_missing, corpus_parser
from quotex.invariants import find_violations

#: Documents shorter than this are timed but not ranked: fixed per-call cost dominates them.
MIN_RANKED_CHARS = 1000


def _time_extract(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        quotex.extract(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--show", type=int, default=10, help="how many of the slowest documents to list")
    args = parser.parse_args(argv)
    if corpus_missing(args.corpus):
        return 2

    documents = quotes = exceptions = violations = chars = 0
    timings: list[tuple[float, int, str]] = []  # (seconds per char, line number, text)
    with args.corpus.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if args.limit and documents >= args.limit:
                break
            text = json.loads(line)["text"]
            documents += 1
            chars += len(text)
            start = time.perf_counter()
            try:
                extraction = quotex.extract(text)
            except Exception:  # noqa: BLE001 - counting every failure is the point
                exceptions += 1
                print(f"line {number}: exception\n{traceback.format_exc()}", file=sys.stderr)
                continue
            elapsed = time.perf_counter() - start
            quotes += len(extraction.quotes)
            problems = find_violations(text, extraction)
            if problems:
                violations += len(problems)
                print(f"line {number}: " + "; ".join(problems[:5]), file=sys.stderr)
            if len(text) >= MIN_RANKED_CHARS:
                timings.append((elapsed / len(text), number, text))

    # Re-time the slowest candidates and 51 documents around the median the same way (best of 5).
    timings.sort(key=lambda t: t[0])
    mid = len(timings) // 2
    median = statistics.median(_time_extract(t, 5) / len(t) for _, _, t in timings[max(0, mid - 25) : mid + 26])
    retimed = sorted(((_time_extract(t, 5) / len(t), n, len(t)) for _, n, t in timings[-3 * args.show :]), reverse=True)
    first_pass_median = statistics.median(t[0] for t in timings)

    print(f"documents              {documents:>10,}")
    print(f"characters             {chars:>10,}")
    print(f"quotes                 {quotes:>10,}")
    print(f"exceptions             {exceptions:>10,}")
    print(f"invariant violations   {violations:>10,}")
    print(f"ranked documents       {len(timings):>10,}  (>= {MIN_RANKED_CHARS} chars)")
    print(f"median                 {1 / median / 1e6:>10.2f} M chars/s  (first pass {1 / first_pass_median / 1e6:.2f})")
    print("slowest documents (best of 5):")
    print("    line    chars   M chars/s   x median time/char")
    for per_char, number, length in retimed[: args.show]:
        print(f"  {number:>6} {length:>8,} {1 / per_char / 1e6:>11.2f} {per_char / median:>10.2f}")
    worst = retimed[0][0] / median
    print(f"slowest / median       {worst:>10.2f}x  (goal <= 5x)")
    return 1 if exceptions or violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
