"""Build ``quotex/archive/minhash_permutations.json``: the MinHash permutations of statement signatures.

    pip install datasketch && python scripts/build_minhash_permutations.py

They are datasketch's (MIT licence): ``MinHash(num_perm=64, seed=1, scheme="legacy").permutations``,
two rows of 64 integers (``a`` and ``b`` of ``(a * hash + b) mod (2**61 - 1)``). quotex reads them
from this file rather than from datasketch at run time, because importing datasketch loads SciPy:
about a second of every archive run, a sixth of extracting the news corpus.
``tests/test_archive.py`` checks that the file still equals datasketch's permutations.
"""

from __future__ import annotations

import json
from pathlib import Path

from datasketch import MinHash

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotex" / "archive" / "minhash_permutations.json"


def main() -> int:
    from quotex.archive.linking import NUM_PERM, SEED

    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="legacy").permutations
    data = {
        "source": f'datasketch MinHash(num_perm={NUM_PERM}, seed={SEED}, scheme="legacy").permutations (MIT licence)',
        "a": [int(x) for x in a],
        "b": [int(x) for x in b],
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {NUM_PERM} permutations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
