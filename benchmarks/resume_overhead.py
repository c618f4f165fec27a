"""What resumable output costs: ``quotex extract`` over the corpus with and without its manifest, side by side.

    python benchmarks/resume_overhead.py [--corpus ../shared/corpus/news.jsonl] [--rounds 3] [--jobs 2] [--format jsonl]

Three ways to write the same output, each run as a user would run the command line,
in alternating order every round (so drift in machine speed hits all alike):

- ``stdout``: ``quotex extract … > FILE``: no partial file, no manifest (nothing to resume);
- ``-o, no manifest``: ``-o FILE --checkpoint-every 0``: written as ``FILE.partial``, renamed when complete;
- ``-o, manifest``: ``-o FILE`` (the default): also a manifest every 10 s, synced to disk, for ``--resume``;
- ``-o, manifest 1 s``: the same with a checkpoint every second (``--checkpoint-every 1``), ten times the default's.

Prints each way's best and median wall time and the manifest's overhead against the
first two (goal: under 5 %), and checks the outputs are the same bytes.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import corpus_missing, corpus_parser


def _run(command: list[str], stdout_to: Path | None) -> float:
    start = time.perf_counter()
    if stdout_to is None:
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    else:
        with stdout_to.open("wb") as out:
            subprocess.run(command, check=True, stdout=out, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each way (default: 3)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--format", choices=("jsonl", "csv", "json", "parquet"), default="jsonl")
    args = parser.parse_args(argv)
    if corpus_missing(args.corpus):
        return 1
    base = [sys.executable, "-m", "quotex", "extract", str(args.corpus), "--jobs", str(args.jobs), "-q", "--format", args.format]
    with tempfile.TemporaryDirectory() as folder:
        ways = ("stdout", "-o, no manifest", "-o, manifest", "-o, manifest 1 s")
        outputs = {name: Path(folder) / f"{i}.{args.format}" for i, name in enumerate(ways)}
        commands = {
            "stdout": (base, outputs["stdout"]),
            "-o, no manifest": ([*base, "-o", str(outputs["-o, no manifest"]), "--checkpoint-every", "0"], None),
            "-o, manifest": ([*base, "-o", str(outputs["-o, manifest"])], None),
            "-o, manifest 1 s": ([*base, "-o", str(outputs["-o, manifest 1 s"]), "--checkpoint-every", "1"], None),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        names = list(commands)
        for round_ in range(args.rounds):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                command, stdout_to = commands[name]
                times[name].append(_run(command, stdout_to))
            print(f"round {round_ + 1}: " + "  ".join(f"{n} {times[n][-1]:.2f} s" for n in names), flush=True)
        same = len({p.read_bytes() for p in outputs.values()}) == 1
    print(f"corpus {args.corpus}, --jobs {args.jobs}, --format {args.format}, {args.rounds} rounds")
    for name in names:
        print(f"{name:17} best {min(times[name]):7.2f} s   median {statistics.median(times[name]):7.2f} s")
    for way in ("-o, manifest", "-o, manifest 1 s"):
        for other in ("stdout", "-o, no manifest"):
            print(f"{way:17} against {other:17} {100 * (min(times[way]) / min(times[other]) - 1):+6.1f} % (best of each; goal < 5 %)")
    print(f"outputs identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
