"""How quotex scales on one machine: one process, --jobs 2, Dask LocalCluster with 1 and 2 workers.

    python benchmarks/scaling.py [--corpus ../shared/corpus/news.jsonl] [--repeats 1,4] [--plot docs/scaling.png]

Every mode streams the same JSON Lines file (the corpus, or the corpus written
N times over for ``--repeats N``) and extracts every document. Prints the seconds
a Dask cluster took to start and close ("start s", paid once per job), the seconds
of work between, documents/s and chars/s over that work, speed-up over one worker,
and the peak memory of the largest worker process (VmRSS, sampled from /proc).
Goals: 2 workers >= 1.7x one worker; per-worker memory flat as the corpus grows.
Writes a PNG of documents/s against workers when matplotlib is installed. The Dask
workers run with ``quotex.dask.WORKER_CONFIG``, so without Dask's statistical
profiler (``--dask-profiler`` keeps it).

A last mode, "2 independent", is the machine's own ceiling: two processes that
each read the file and extract every other document, with nothing shared or sent
between them. No engine can scale better than that on the same cores.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import quotex

from corpus import corpus_missing, corpus_parser
from quotex.batch import extract_documents
from quotex.documents import parse_jsonl_line, read_documents

ROOT = Path(__file__).resolve().parent.parent


class ChildMemory:
    """Samples the resident memory (VmRSS) of every descendant process while a run goes on.

    VmRSS, not VmHWM: a forked worker inherits its parent's high-water mark.
    """

    def __init__(self, interval: float = 0.25):
        self.interval, self.peaks = interval, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    @staticmethod
    def _descendants(root: int) -> list[int]:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                        parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        found, frontier = [], [root]
        while frontier:
            pid = frontier.pop()
            children = [c for c, p in parents.items() if p == pid]
            found += children
            frontier += children
        return found

    def _loop(self) -> None:
        while not self._stop.is_set():
            for pid in self._descendants(os.getpid()):
                try:
                    with open(f"/proc/{pid}/status", encoding="ascii") as status:
                        for line in status:
                            if line.startswith("VmRSS:"):
                                self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]) / 1024)
                except OSError:
                    continue
            self._stop.wait(self.interval)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def largest(self) -> float:
        return max(self.peaks.values(), default=0.0)


def _repeated_corpus(corpus: Path, times: int, folder: Path) -> Path:
    if times == 1:
        return corpus
    out = folder / f"corpus-x{times}.jsonl"
    with out.open("wb") as handle:
        for _ in range(times):
            with corpus.open("rb") as source:
                shutil.copyfileobj(source, handle)  # streamed: the parent stays small
    return out


def _count(path: Path) -> tuple[int, int]:
    docs = chars = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            docs += 1
            chars += len(json.loads(line)["text"])
    return docs, chars


def run_processes(path: Path, jobs: int) -> tuple[int, float]:
    """The CLI's engine: stream the file through ``jobs`` worker processes; returns quotes found.

    Starting the processes is part of the work here (about 0.3 s): the CLI starts them lazily.
    """
    results = extract_documents(read_documents([str(path)], decode=False), jobs=jobs, subprocesses=True)
    return sum(len(r.records) for r in results), 0.0


def _extract_share(path: str, share: int, shares: int) -> int:
    quotes = 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % shares == share:
                quotes += len(quotex.extract(json.loads(line)["text"]).quotes)
    return quotes


def run_independent(path: Path, workers: int) -> tuple[int, float]:
    """The ceiling: ``workers`` processes each extracting their share of the file, no coordination."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return sum(pool.map(_extract_share, [str(path)] * workers, range(workers), [workers] * workers)), 0.0


def _parse(line: str):
    return parse_jsonl_line(line, "line")


#: The size of the blocks Dask reads the file in, one partition each (``--blocksize``). Small
#: blocks keep two workers busy to the end: with 8 MiB the 1x corpus made four partitions.
BLOCKSIZE = "2MiB"


def run_dask(path: Path, workers: int, blocksize: str = BLOCKSIZE, profiler: bool = False) -> tuple[int, float]:
    """A LocalCluster with ``workers`` single-threaded processes reading the file in blocks.

    Returns the quotes found and the seconds spent starting and closing the cluster, which
    the table shows apart ("start s"): an archive job pays them once, whatever its size.
    """
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    from quotex.dask import WORKER_CONFIG, extract_bag

    start = time.perf_counter()
    with (dask.config.set({} if profiler else WORKER_CONFIG),
          LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster)):
        work = time.perf_counter()
        docs = db.read_text(str(path), blocksize=blocksize).map(_parse).filter(lambda d: d is not None)
        quotes = extract_bag(docs).count().compute()
        work = time.perf_counter() - work
    return quotes, time.perf_counter() - start - work


def _measure(run: Callable[[Path, int], tuple[int, float]], path: Path, workers: int) -> dict:
    """Seconds of work (a cluster's start and close taken off and kept apart), quotes, peak worker memory."""
    with ChildMemory() as memory:
        start = time.perf_counter()
        quotes, startup = run(path, workers)
        seconds = time.perf_counter() - start - startup
    return {"seconds": seconds, "startup": startup, "quotes": quotes, "memory": memory.largest()}


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--repeats", default="1,4", help="corpus sizes as multiples of the corpus")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "scaling.png")
    parser.add_argument("--blocksize", default=BLOCKSIZE, help="Dask's read block, one partition each (default: %(default)s)")
    parser.add_argument("--dask-profiler", action="store_true", help="leave Dask's statistical profiler on in the workers")
    args = parser.parse_args(argv)
    if corpus_missing(args.corpus):
        return 2
    dask_run = functools.partial(run_dask, blocksize=args.blocksize, profiler=args.dask_profiler)
    modes = [
        ("1 process", run_processes, 1),
        ("--jobs 2", run_processes, 2),
        ("Dask, 1 worker", dask_run, 1),
        ("Dask, 2 workers", dask_run, 2),
        ("2 independent", run_independent, 2),
    ]
    base_docs, base_chars = _count(args.corpus)
    rows = []
    print(f"{'corpus':>8} {'mode':<16} {'workers':>7} {'docs':>8} {'start s':>7} {'seconds':>8} {'docs/s':>8} {'M chars/s':>10} {'speed-up':>9} {'peak MiB/worker':>16}")
    with tempfile.TemporaryDirectory() as folder:
        for times in (int(x) for x in args.repeats.split(",")):
            path = _repeated_corpus(args.corpus, times, Path(folder))
            docs, chars = base_docs * times, base_chars * times
            single: dict[str, float] = {}
            for name, run, workers in modes:
                r = _measure(run, path, workers)
                family = "Dask" if name.startswith("Dask") else "1 process"  # --jobs 2 and the ceiling: against 1 process
                if workers == 1:
                    single[family] = r["seconds"]
                speedup = single[family] / r["seconds"]
                rows.append({"times": times, "mode": name, "workers": workers, "docs_per_s": docs / r["seconds"], **r})
                print(f"{'x' + str(times):>8} {name:<16} {workers:>7} {docs:>8,} {r['startup']:>7.1f} {r['seconds']:>8.1f} {docs / r['seconds']:>8.0f} "
                      f"{chars / r['seconds'] / 1e6:>10.2f} {speedup:>8.2f}x {r['memory']:>16.0f}", flush=True)
            if times > 1 and Path(path) != args.corpus:
                os.unlink(path)
    _plot(rows, args.plot)
    return 0


def _plot(rows: list[dict], out: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no plot written")
        return
    fig, ax = plt.subplots(figsize=(6, 4), dpi=110)
    for times in sorted({r["times"] for r in rows}):
        for engine, marker in (("process", "o"), ("Dask", "s")):
            points = [(r["workers"], r["docs_per_s"]) for r in rows if r["times"] == times and (engine in r["mode"] or (engine == "process" and "jobs" in r["mode"]))]
            if points:
                xs, ys = zip(*sorted(points))
                label = f"{'processes (CLI --jobs)' if engine == 'process' else 'Dask LocalCluster'}, corpus x{times}"
                ax.plot(xs, ys, marker=marker, label=label)
        ceiling = [r["docs_per_s"] for r in rows if r["times"] == times and r["mode"] == "2 independent"]
        if ceiling:
            ax.plot([2], ceiling, marker="x", linestyle="none", markersize=9, label=f"ceiling: 2 independent processes, x{times}")
    ax.set_xlabel("workers")
    ax.set_ylabel("documents / s")
    ax.set_xticks([1, 2])
    ax.set_ylim(bottom=0)
    ax.set_title("quotex throughput on 2 cores (news.jsonl, 12,411 articles)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out)
    print(f"plot written to {out}")


if __name__ == "__main__":
    raise SystemExit(main())
