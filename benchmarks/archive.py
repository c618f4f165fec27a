"""What building an archive costs: extraction, statement linking and the DuckDB write, against extraction alone.

    python benchmarks/archive.py [--corpus ../shared/corpus/news.jsonl] [--jobs 2] [--repeat 1 4] [--rounds 2]

For each ``--repeat`` factor the corpus is repeated that many times (each copy's ids made
distinct, so the copies also stand for outlets carrying the same story), and in one run:

- ``extraction``: ``extract_documents`` over it, every record consumed (what ``quotex extract`` does);
- ``archive``: the same extraction with statement signatures, every document added to a new
  DuckDB archive in transactions, then speakers and statements derived (``quotex extract -o X.duckdb``).

Prints both times (best of ``--rounds``, alternating), their ratio (goal: archive <= 1.5x
extraction), the archive's time split (extraction loop, linking and the final write), peak
memory of this process and of the workers, and the archive's size and counts.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from corpus import corpus_missing, corpus_parser

from quotex.archive.store import ArchiveWriter
from quotex.batch import extract_documents
from quotex.documents import JsonLine


def _documents(corpus: Path, repeat: int) -> Iterator[JsonLine]:
    """The corpus's lines as undecoded documents, ``repeat`` times, ids suffixed by the copy."""
    for copy in range(repeat):
        with corpus.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if copy:
                    record = json.loads(line)
                    record["id"] = f"{record.get('id', number)}#{copy}"
                    line = json.dumps(record, ensure_ascii=False)
                yield JsonLine(f"{corpus}:{number}#{copy}", line)


def _extraction(corpus: Path, repeat: int, jobs: int) -> float:
    start = time.perf_counter()
    quotes = 0
    for result in extract_documents(_documents(corpus, repeat), jobs=jobs, subprocesses=True):
        quotes += len(result.records)
    return time.perf_counter() - start


def _archive(corpus: Path, repeat: int, jobs: int, folder: str) -> tuple[float, float, float, Path, object]:
    path = Path(folder) / f"archive-{time.monotonic_ns()}.duckdb"
    start = time.perf_counter()
    writer = ArchiveWriter(path)
    for result in extract_documents(_documents(corpus, repeat), jobs=jobs, subprocesses=True, for_archive=True, in_flight_per_job=16):
        writer.add(result)
    extracted = time.perf_counter()
    summary = writer.close()
    return extracted - start, time.perf_counter() - extracted, time.perf_counter() - start, path, summary


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--repeat", type=int, nargs="+", default=[1, 4], help="corpus repeat factors (default: 1 4)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each, alternating; the best counts (default: 2)")
    args = parser.parse_args(argv)
    if corpus_missing(args.corpus):
        return 1
    with tempfile.TemporaryDirectory() as folder:
        for repeat in args.repeat:
            plain, built = float("inf"), None
            for round_ in range(args.rounds):
                order = ("plain", "archive") if round_ % 2 == 0 else ("archive", "plain")
                for which in order:
                    if which == "plain":
                        plain = min(plain, _extraction(args.corpus, repeat, args.jobs))
                    else:
                        run = _archive(args.corpus, repeat, args.jobs, folder)
                        if built is None or run[2] < built[2]:
                            built = run
            assert built is not None
            loop, close, total, path, summary = built
            size = path.stat().st_size + (path.with_name(path.name + ".wal").stat().st_size if path.with_name(path.name + ".wal").exists() else 0)
            print(f"corpus x{repeat} (--jobs {args.jobs}, best of {args.rounds})")
            print(f"  extraction alone        {plain:8.2f} s")
            print(f"  archive                 {total:8.2f} s   = {total / plain:.2f}x extraction (goal <= 1.5x)")
            print(f"    extraction + signatures + inserts {loop:.2f} s, linking + speakers + final write {close:.2f} s")
            print(f"  archive: {summary.documents:,} documents, {summary.quotes:,} quotes, {summary.speakers:,} speakers, "
                  f"{summary.statements:,} statements of 2+ documents, {size / 2**20:.1f} MiB")
            sys.stdout.flush()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory (RSS): this process {own:.0f} MiB, largest worker {workers:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
