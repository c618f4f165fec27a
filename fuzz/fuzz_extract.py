"""Coverage-guided fuzzing of quotex.extract with atheris.

    python fuzz/fuzz_extract.py -max_total_time=60 NEW_CORPUS_DIR seeds/

Each input is decoded into a str (lone surrogates and control characters
included) and must come back from ``extract`` with every promise of
``quotex.invariants`` kept. A crash is written to ``crash-*``; turn it into a
case in ``tests/test_regressions.py``.
"""

import sys

import atheris

with atheris.instrument_imports(include=["quotex"]):
    import quotex
    from quotex.invariants import find_violations


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():
        text = provider.ConsumeUnicode(len(data))  # may hold surrogates, NUL, controls
    else:
        text = data.decode("utf-8", errors="replace")  # seed files stay readable text
    problems = find_violations(text, quotex.extract(text))
    if problems:
        raise AssertionError(f"{problems[:3]} for {text[:200]!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
