"""Hostile inputs at growing sizes: is quotex.extract linear on each of them?

    python benchmarks/adversarial.py [--sizes 10K,100K,1M,10M] [--family NAME] [--memory 1,10,100]

For each family of adversarial text, generated at each size, prints seconds per
MB. Goal: every family within 1.5x of linear (s/MB at the largest size <= 1.5x
s/MB at 100 KB). Then, in fresh processes, peak memory for one news-like
document of 1, 10 and 100 MB, which should grow in proportion to the size.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import quotex
from quotex.invariants import find_violations

SIZES = {"10K": 10_000, "100K": 100_000, "1M": 1_000_000, "10M": 10_000_000}
SEED = Path(__file__).resolve().parent.parent / "seeds"


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _cycle(units: list[str], size: int) -> str:
    out, n = [], 0
    for unit in itertools.cycle(units):
        if n >= size:
            break
        out.append(unit)
        n += len(unit)
    return "".join(out)[:size]


#: A short article of the usual shapes (cue after, before, pronoun, outlet, indirect), for repeating.
NEWS_UNIT = (
    "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan bahwa harga beras akan turun bulan depan.\n"
    "\u201cKami sudah menyiapkan cadangan,\u201d kata Sri Mulyani di Jakarta, Senin (3/2/2025).\n"
    "Ia menambahkan, \"Tidak ada alasan untuk panik.\" Menurut para analis, stok cukup hingga Lebaran.\n"
    "\"Kami pantau setiap hari,\" ujarnya seperti dilansir Antara. Hal itu disampaikan Budi Santoso kepada wartawan.\n"
)


def _seed_articles(size: int) -> str:
    """The seed articles repeated: realistic text with quotes every few lines."""
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt")))
    return _fill(seeds + "\n", size)


#: name -> generator(size) -> text
FAMILIES: dict[str, Callable[[int], str]] = {
    "quote marks in a row": lambda n: _fill('"', n),
    "alternating mark styles": lambda n: _fill('“”"«»‘’\'„”“', n),
    "alternating marks with words": lambda n: _cycle(['“a ', '» ', '"b, ', 'kata X ', "‘c’ ", '”d" '], n),
    "unclosed mark, no newline": lambda n: '"' + _fill("kata mereka bahwa harga naik lagi, ", n - 1),
    "no spaces at all": lambda n: _fill("KatanyaHargaNaik\"Budi'", n),
    "cue words, no quotes": lambda n: _fill("kata ", n),
    "cue words mixed": lambda n: _cycle(["kata ", "ujarnya ", "menurut ", "Menurut ", "mengatakan bahwa ", "dilansir ", ", ", "kepada "], n),
    "opening marks before words": lambda n: _fill('“kata "ujar ', n),
    "deeply nested quotes": lambda n: _fill('“‘«"', n // 2) + _fill('"»’”', n - n // 2),
    "capitalised run before a cue": lambda n: _cycle([_fill("Budi Santoso Agus Wijaya ", 20_000) + ', kata Rudi. "Ya," kata Ani.\n'], n),
    "capitalised run, no breaks": lambda n: _fill("Presiden Menteri Budi Kim Jong ", n - 30) + ' mengatakan "ya" kata Budi.',
    "case-folding bait (ff, ß, ﬀ)": lambda n: _cycle(['"Ya," kata Budi, lapor media pemer', "f" * 200, "ﬀ" * 20, "ß" * 20, "intah Rusia, kepada CNN. "], n),
    "mixed scripts and emoji": lambda n: _fill('Путин сказал «да» 😀 "北京" ‘مرحبا’ kata Budi, "हाँ" 🇮🇩\u200d ', n),
    "surrogates and controls": lambda n: _fill('\ud800"\x00kata\x07\ud83d\x1b[0m“\x0c\u2028\u2029\x85 ', n),
    "back-references": lambda n: _fill('"Ya," kata Budi. Hal itu disampaikan Siti.\n', n),
    "news-like": lambda n: _fill(NEWS_UNIT, n),
}


def _seconds_per_mb(text: str) -> tuple[float, int]:
    """Best of 3 runs below 1 MB, of 2 from 1 MB up: one busy moment on a shared machine
    must not make a linear family look quadratic."""
    elapsed = float("inf")
    for _ in range(3 if len(text) < 1_000_000 else 2):
        start = time.perf_counter()
        extraction = quotex.extract(text)
        elapsed = min(elapsed, time.perf_counter() - start)
    problems = find_violations(text, extraction)
    if problems:
        raise SystemExit(f"invariant broken: {problems[:3]}")
    return elapsed / (len(text) / 1e6), len(extraction.quotes)


def _rss_mib(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process in MiB, from /proc (reset by exec, unlike ru_maxrss)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_child(megabytes: int) -> None:
    text = _seed_articles(megabytes * 1_000_000)
    before = _rss_mib("VmRSS")
    start = time.perf_counter()
    quotes = len(quotex.extract(text).quotes)
    elapsed = time.perf_counter() - start
    peak = _rss_mib("VmHWM")
    print(json.dumps({"mb": megabytes, "before": before, "peak": peak, "seconds": elapsed, "quotes": quotes}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10K,100K,1M,10M", help="comma-separated from " + ",".join(SIZES))
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--memory", default="1,10,100", help="MB sizes for the memory check ('' to skip)")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        _memory_child(args.memory_child)
        return 0

    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    families = {k: v for k, v in FAMILIES.items() if not args.family or k in args.family}
    header = f"{'family':<32}" + "".join(f"{s + ' s/MB':>12}" for s in sizes) + f"{'ratio':>8}  verdict"
    print(header)
    print("-" * len(header))
    failures = 0
    for name, generate in families.items():
        cells = [_seconds_per_mb(generate(SIZES[s]))[0] for s in sizes]
        line = f"{name:<32}" + "".join(f"{c:>12.3f}" for c in cells)
        if "100K" in sizes and len(sizes) > sizes.index("100K") + 1:
            ratio = cells[-1] / cells[sizes.index("100K")]
            ok = ratio <= 1.5
            failures += not ok
            line += f"{ratio:>8.2f}  {'linear' if ok else 'NOT LINEAR'}"
        print(line, flush=True)

    if args.memory:
        print()
        print("peak memory for one news-like document (seed articles repeated), each in a fresh process;")
        print("'over input' = peak RSS minus RSS with the input string already built")
        print(f"{'document':>10} {'peak RSS MiB':>14} {'over input':>14} {'MiB per MB':>11} {'seconds':>9} {'quotes':>9}")
        for mb in (int(x) for x in args.memory.split(",")):
            out = subprocess.run([sys.executable, __file__, "--memory-child", str(mb)], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            grown = r["peak"] - r["before"]
            print(f"{mb:>7} MB {r['peak']:>14.1f} {grown:>14.1f} {grown / mb:>11.1f} {r['seconds']:>9.1f} {r['quotes']:>9,}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
