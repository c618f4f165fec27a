"""Throughput of quotex.extract against a bare word-regex pass, side by side.

    python benchmarks/throughput.py [--corpus ../shared/corpus/news.jsonl] [--limit N]
    python benchmarks/throughput.py --backend stanza [--stanza-dir DIR] [--limit 200]

Prints chars/s for both passes over the same texts, their ratio (goal: >= 1/7, from the
issue on real news), documents and quotes found,
peak memory, and quality in the same run: the seed gold (tests/golden) and, when
``../shared/eval/`` exists, the goal figures of each dev set by ``quotex.evaluate`` (the same
as the shared ``score.py``), so speed work cannot trade quality away.

With ``--backend stanza`` it times, in one run over the same documents: the rules
backend, the stanza backend (which parses only attribution zones) and a plain
``stanza.Pipeline`` parsing the whole of every document (goal: the backend at least
5x faster than the plain parse), then the seed quality of both backends.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

import quotex
from corpus import corpus_missing, corpus_parser

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SHARED_MODEL = ROOT.parent / "shared" / "models" / "stanza-id"


def seed_scores(extract: Callable[[str], quotex.Extraction] = quotex.extract):  # noqa: ANN201 - tests/scoring.Scores
    """Seed gold scores (tests/golden, own scorer) of one extract function, summed over the seeds."""
    sys.path.insert(0, str(ROOT / "tests"))
    from scoring import Scores, load_gold, score

    total = Scores(0, 0, 0, 0)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        total = total + score(text, load_gold(ROOT / "tests" / "golden" / f"{seed.stem}.json", text), extract(text))
    return total


def print_quality() -> None:
    """Seed gold scores (own scorer), then the goal figures of each shared dev set when they are present."""
    total = seed_scores()
    print("quality, seeds (tests/golden, own scorer): detection P/R/F1 {:.3f}/{:.3f}/{:.3f}, end-to-end {:.3f}/{:.3f}/{:.3f}".format(
        *total.detection, *total.end_to_end))
    if not (EVAL / "dev").is_dir():
        print(f"quality, shared eval: not run ({EVAL} not found)")
        return
    from quality import SETS, headline
    from quotex.evaluation import evaluation_to_dict

    for name in SETS:
        figures = headline(evaluation_to_dict(quotex.evaluate([EVAL / name])))
        print(f"quality, {name:9} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items() if v is not None))


def load(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def _batches(texts: list[str], size: int) -> list[list[str]]:
    return [texts[i : i + size] for i in range(0, len(texts), size)]


def compare_stanza(texts: list[str], stanza_dir: Path, batch: int) -> int:
    """Rules, the stanza backend and a plain whole-text stanza parse over ``texts``, in one run."""
    from quotex.extractor import Extractor
    from quotex.parse import StanzaParser

    extractor = Extractor(backend="stanza", stanza_dir=stanza_dir)
    parser = StanzaParser(stanza_dir)  # same model and settings as the backend's own
    for warm in (extractor.extract, lambda t: parser.parse([t])):  # load both outside the clocks
        warm("Presiden mengatakan bahwa ia setuju.")
    chars = sum(map(len, texts))
    timings: dict[str, float] = {}
    start = time.perf_counter()
    rules_quotes = sum(len(quotex.extract(t).quotes) for t in texts)
    timings["rules backend"] = time.perf_counter() - start
    start = time.perf_counter()
    stanza_quotes = sum(len(e.quotes) for group in _batches(texts, batch) for e in extractor.extract_many(group))
    timings["stanza backend (zones)"] = time.perf_counter() - start
    start = time.perf_counter()
    words = sum(parser.parse_whole(group) for group in _batches(texts, batch))
    timings["stanza.Pipeline, whole text"] = time.perf_counter() - start
    print(f"documents {len(texts):,}, characters {chars:,}, words parsed by the whole-text pass {words:,}; batches of {batch}")
    print(f"{'pass':<30} {'seconds':>9} {'docs/s':>9} {'K chars/s':>10}")
    for name, seconds in timings.items():
        print(f"{name:<30} {seconds:>9.1f} {len(texts) / seconds:>9.2f} {chars / seconds / 1e3:>10.1f}")
    whole, zones = timings["stanza.Pipeline, whole text"], timings["stanza backend (zones)"]
    print(f"stanza backend vs whole-text parse: {whole / zones:.1f}x faster (goal >= 5x); quotes: rules {rules_quotes:,}, stanza {stanza_quotes:,}")
    for name, extract in (("rules", quotex.extract), ("stanza", extractor.extract)):
        total = seed_scores(extract)
        print("quality, seeds, {:<6} backend: detection P/R/F1 {:.3f}/{:.3f}/{:.3f}, end-to-end {:.3f}/{:.3f}/{:.3f}".format(
            name, *total.detection, *total.end_to_end))
    return 0


def side_by_side(texts: list[str], rounds: int, chunk: int = 250) -> tuple[float, float, int]:
    """Seconds for a ``\\w+`` pass and for ``quotex.extract`` over ``texts``, and the quotes found.

    Both passes run back to back on each chunk of documents, in alternating order,
    and each chunk keeps its best time of all rounds: on a shared machine whose speed
    drifts, both passes then see the same conditions and the ratio stays put. The word
    pass is short, so it runs three times per round: its best time is then as close
    to the machine's unhindered speed as quotex's is (it makes the ratio stricter).
    """
    word = regex.compile(r"\w+")
    chunks = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
    words_best = [float("inf")] * len(chunks)
    quotex_best = [float("inf")] * len(chunks)
    quotes = 0
    for round_ in range(rounds):
        quotes = 0
        for i, group in enumerate(chunks):
            for which in ((0, 1) if (i + round_) % 2 else (1, 0)):
                if which == 0:
                    for _ in range(3):
                        start = time.perf_counter()
                        for text in group:
                            word.findall(text)
                        words_best[i] = min(words_best[i], time.perf_counter() - start)
                else:
                    start = time.perf_counter()
                    for text in group:
                        quotes += len(quotex.extract(text).quotes)
                    quotex_best[i] = min(quotex_best[i], time.perf_counter() - start)
    return sum(words_best), sum(quotex_best), quotes


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (default: all; 200 with --backend stanza)")
    parser.add_argument("--rounds", type=int, default=3, help="alternate both passes chunk by chunk this many times; each chunk's best time counts")
    parser.add_argument("--backend", choices=("rules", "stanza"), default="rules", help="rules: against a \\w+ pass; stanza: against a whole-text parse")
    parser.add_argument("--stanza-dir", type=Path, default=Path(os.environ.get("QUOTEX_STANZA_DIR", SHARED_MODEL)),
                        help="stanza model directory (default: $QUOTEX_STANZA_DIR, else ../shared/models/stanza-id)")
    parser.add_argument("--batch", type=int, default=16, help="documents per stanza call (default: 16, as the CLI)")
    args = parser.parse_args(argv)
    if corpus_missing(args.corpus):
        return 2
    if args.backend == "stanza":
        return compare_stanza(load(args.corpus, args.limit or 200), args.stanza_dir, args.batch)
    texts = load(args.corpus, args.limit)
    chars = sum(map(len, texts))
    best_words, best_quotex, quotes = side_by_side(texts, args.rounds)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words_rate, quotex_rate = chars / best_words, chars / best_quotex
    print(f"documents            {len(texts):>12,}")
    print(f"characters           {chars:>12,}")
    print(f"quotes found         {quotes:>12,}")
    print(f"regex \\w+ pass       {words_rate / 1e6:>10.2f} M chars/s  ({best_words:.2f} s)")
    print(f"quotex.extract       {quotex_rate / 1e6:>10.2f} M chars/s  ({best_quotex:.2f} s)")
    print(f"ratio quotex/words   {quotex_rate / words_rate:>12.3f}  (= 1/{words_rate / quotex_rate:.1f}; goal >= 1/7)")
    print(f"peak memory (RSS)    {peak_mib:>10.1f} MiB")
    print_quality()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
