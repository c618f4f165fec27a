"""Throughput of quotex.extract against a bare word-regex pass, side by side.

    python benchmarks/throughput.py [--corpus ../shared/corpus/news.jsonl] [--limit N]

Prints chars/s for both passes over the same texts, their ratio (goals: >= 1/11
for the core, >= 1/6 for the archive-scale issue), documents and quotes found,
peak memory, and quality in the same run: the seed gold (tests/golden) and, when
``../shared/eval/score.py`` exists, its scores, so speed work cannot trade quality away.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import regex

import quotex
from corpus import corpus_missing, corpus_parser

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def print_quality() -> None:
    """Seed gold scores (own scorer), then the shared scorer's output when it is present."""
    sys.path.insert(0, str(ROOT / "tests"))
    from scoring import Scores, load_gold, score

    total = Scores(0, 0, 0, 0)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        total = total + score(text, load_gold(ROOT / "tests" / "golden" / f"{seed.stem}.json", text))
    print("quality, seeds (tests/golden, own scorer): detection P/R/F1 {:.3f}/{:.3f}/{:.3f}, end-to-end {:.3f}/{:.3f}/{:.3f}".format(
        *total.detection, *total.end_to_end))
    scorer = EVAL / "score.py"
    if not scorer.exists():
        print(f"quality, shared eval: not run ({scorer} not found)")
        return
    sets = [str(EVAL / name) for name in ("dev", "dev-news", "dev-pfsa") if (EVAL / name).exists()]
    subprocess.run([sys.executable, str(scorer), *sets], check=False)


def load(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--rounds", type=int, default=1, help="alternate both passes this many times; best round counts")
    args = parser.parse_args(argv)
    if corpus_missing(args.corpus):
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
    print(f"ratio quotex/words   {quotex_rate / words_rate:>12.3f}  (= 1/{words_rate / quotex_rate:.1f}; goals >= 1/11, then >= 1/6)")
    print(f"peak memory (RSS)    {peak_mib:>10.1f} MiB")
    print_quality()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
