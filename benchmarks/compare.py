"""Two versions of quotex side by side: which is faster, on the same chunks, in one run.

    python benchmarks/compare.py REV [--corpus ../shared/corpus/news.jsonl] [--rounds 3] [--limit N]

REV is a git revision of this repository (``HEAD~3``, a tag, a commit) or the path of
another source tree that holds a ``quotex/`` folder. Each version runs in its own worker
process; the parent asks them in turn to extract the same chunk of 250 articles, never
both at once, in alternating order, and keeps each chunk's best time of all rounds.

The ratio of two quotex versions timed this way is far steadier on a shared machine
than the ratio to a ``\\w+`` pass (``throughput.py``), whose speed swings more with the
machine's load. It also reports whether both versions found the same number of quotes
on every chunk.

Both workers run on one CPU (``--cpu``, default: the first this process may use). They
never run at once, so they do not slow each other; on a virtual machine whose cores run
at different speeds, one worker per core would otherwise time the cores, not the code
(one change read 1.08x unpinned and 1.035x pinned here).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import corpus_missing, corpus_parser

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 250

#: The worker: reads the corpus once, then times one chunk per line it is sent.
WORKER = r"""
import json, sys, time
import quotex
corpus, limit, chunk = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
texts = []
with open(corpus, encoding="utf-8") as handle:
    for line in handle:
        texts.append(json.loads(line)["text"])
        if limit and len(texts) >= limit:
            break
chunks = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
print(len(chunks), flush=True)
for request in sys.stdin:
    group = chunks[int(request)]
    start = time.perf_counter()
    quotes = sum(len(quotex.extract(text).quotes) for text in group)
    print(time.perf_counter() - start, quotes, flush=True)
"""


class Version:
    """One quotex source tree, extracting in its own process on request."""

    def __init__(self, name: str, tree: Path, corpus: Path, limit: int):
        self.name = name
        env = {**os.environ, "PYTHONPATH": str(tree)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(corpus), str(limit), str(CHUNK)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=tempfile.gettempdir(),
        )
        self.chunks = int(self._reply())

    def _reply(self) -> str:
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"{self.name}: the worker stopped (exit status {self.process.wait()})")
        return line

    def time(self, chunk: int) -> tuple[float, int]:
        self.process.stdin.write(f"{chunk}\n")
        self.process.stdin.flush()
        seconds, quotes = self._reply().split()
        return float(seconds), int(quotes)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def _tree(rev: str, scratch: Path) -> Path:
    """A source tree for ``rev``: the path itself, or a worktree of that revision in ``scratch``."""
    if (Path(rev) / "quotex").is_dir():
        return Path(rev).resolve()
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(scratch), rev], check=True)
    return scratch


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("rev", help="a git revision of this repository, or another source tree")
    parser.add_argument("--rounds", type=int, default=3, help="time every chunk this many times per version; the best counts")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents (default: all)")
    parser.add_argument("--cpu", type=int, default=None, help="the CPU both workers run on (default: the first allowed; -1: not pinned)")
    args = parser.parse_args(argv)
    cpu = args.cpu
    if cpu is None and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
    if cpu is not None and (cpu < 0 or not hasattr(os, "sched_setaffinity")):
        cpu = None
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})  # the workers inherit it; this process only waits on them
    if corpus_missing(args.corpus):
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="quotex-compare-")) / "tree"
    other_tree = _tree(args.rev, scratch)
    try:
        versions = [Version(args.rev, other_tree, args.corpus, args.limit), Version("this tree", ROOT, args.corpus, args.limit)]
        best = [[float("inf")] * versions[0].chunks for _ in versions]
        quotes = [[0] * versions[0].chunks for _ in versions]
        for round_ in range(args.rounds):
            for chunk in range(versions[0].chunks):
                order = (0, 1) if (chunk + round_) % 2 else (1, 0)
                for v in order:
                    seconds, found = versions[v].time(chunk)
                    best[v][chunk] = min(best[v][chunk], seconds)
                    quotes[v][chunk] = found
        for version in versions:
            version.close()
    finally:
        if scratch.exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(scratch)], check=False)
        shutil.rmtree(scratch.parent, ignore_errors=True)
    old, new = sum(best[0]), sum(best[1])
    differing = sum(a != b for a, b in zip(*quotes))
    print(f"{args.rev:<20} {old:8.2f} s  ({sum(quotes[0]):,} quotes)")
    print(f"{'this tree':<20} {new:8.2f} s  ({sum(quotes[1]):,} quotes)")
    print(f"speed-up of this tree: {old / new:.3f}x  (time ratio {new / old:.3f}; best of {args.rounds} per chunk of {CHUNK})")
    print(f"chunks with a different quote count: {differing} of {len(best[0])}; workers {'on CPU ' + str(cpu) if cpu is not None else 'not pinned'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
