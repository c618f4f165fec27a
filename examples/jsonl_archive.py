"""A JSON Lines archive (one article per line) to a JSON Lines file of quotes, on several processes.

    python examples/jsonl_archive.py ARCHIVE.jsonl OUT.jsonl [--jobs N]

With no archive given, it builds a small one from the seeds first. Documents
stream through in order and in bounded memory (see ``quotex.batch``); a bad
line is reported and skipped, never silently dropped.
"""

import argparse
import json
import sys
from pathlib import Path

from quotex.batch import extract_documents
from quotex.documents import read_documents

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path, default=Path("quotes.jsonl"))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.archive is None:
        args.archive = Path("seeds.jsonl")
        with args.archive.open("w", encoding="utf-8") as handle:
            for path in sorted((ROOT / "seeds").glob("*.txt")):
                handle.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    documents = failed = quotes = 0
    with args.out.open("w", encoding="utf-8") as out:
        for result in extract_documents(read_documents([str(args.archive)], decode=False), jobs=args.jobs):  # workers decode the JSON
            documents += 1
            if result.error:
                failed += 1
                print(f"{result.id}: {result.error}", file=sys.stderr)
            for record in result.records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                quotes += 1
    print(f"{documents} documents, {failed} failed, {quotes} quotes written to {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
