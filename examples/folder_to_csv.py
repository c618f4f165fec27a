"""Every quote of a folder of .txt articles into one CSV file, one row per quote.

    python examples/folder_to_csv.py [FOLDER] [OUT.csv]

Defaults: the project's seeds/ folder, written to quotes.csv. The same as
``quotex extract FOLDER -o OUT.csv``, through the Python API.
"""

import csv
import sys
from pathlib import Path

import quotex
from quotex.serialize import RECORD_COLUMNS, flatten, quote_record

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("quotes.csv")
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[name for name, _ in RECORD_COLUMNS])
        writer.writeheader()
        for path in sorted(folder.glob("*.txt")):
            for quote in quotex.extract_quotes(path.read_text(encoding="utf-8")):
                writer.writerow(flatten(quote_record(path.name, quote)))
                rows += 1
    print(f"{rows} quotes from {folder} written to {out}")


if __name__ == "__main__":
    main()
