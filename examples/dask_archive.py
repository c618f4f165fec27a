"""A JSON Lines archive to a Parquet dataset of quotes, on Dask.

    python examples/dask_archive.py ARCHIVE.jsonl OUT_DIR [--workers 2] [--scheduler tcp://HOST:8786]

Without ``--scheduler`` it starts a LocalCluster with ``--workers`` processes on
this machine; with it, the same code runs on an existing cluster (every worker
needs ``pip install 'quotex[dask]'`` and read access to ARCHIVE). With no
archive given it builds a small one from the seeds first.

The LocalCluster's workers run with ``quotex.dask.WORKER_CONFIG``: without Dask's
statistical profiler, which takes about a tenth of their CPU time on quotex's
pure-Python tasks. On a cluster of your own, set
``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False`` where the workers start.
"""

import argparse
import json
from pathlib import Path

import dask
import dask.bag as db
import dask.dataframe as dd
from distributed import Client, LocalCluster

from quotex.dask import WORKER_CONFIG, bag_to_dataframe, extract_bag
from quotex.documents import parse_jsonl_line

ROOT = Path(__file__).resolve().parent.parent


def _seed_archive(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            handle.write(json.dumps({"id": seed.stem, "text": seed.read_text(encoding="utf-8")}) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path, default=Path("quotes.parquet"))
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    parser.add_argument("--blocksize", default="16MiB", help="bytes of JSONL per partition")
    args = parser.parse_args()
    archive = args.archive or _seed_archive(Path("seeds.jsonl"))

    cluster = None
    if not args.scheduler:
        with dask.config.set(WORKER_CONFIG):  # the nannies pass it on to their workers
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        lines = db.read_text(str(archive), blocksize=args.blocksize)
        docs = lines.map(lambda line: parse_jsonl_line(line, "line")).filter(lambda doc: doc is not None)
        records = extract_bag(docs)
        frame = bag_to_dataframe(records)
        frame.to_parquet(str(args.out), write_index=False, overwrite=True)
        written = dd.read_parquet(str(args.out))
        failed = int(written["error"].notnull().sum().compute())
        print(f"{len(written) - failed} quotes, {failed} failed documents, written to {args.out} "
              f"({len(client.scheduler_info()['workers'])} workers)")
    if cluster is not None:
        cluster.close()


if __name__ == "__main__":
    main()
