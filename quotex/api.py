"""The public entry points: :func:`extract` and :func:`extract_quotes`."""

from __future__ import annotations

from quotex.model import Extraction, Quote
from quotex.pipeline import run


def _require_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a ``TypeError`` that says what to pass."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"quotex expects text as str, got {type(text).__name__}; "
            "decode it first, e.g. extract(data.decode('utf-8'))"
        )
    raise TypeError(f"quotex expects text as str, got {type(text).__name__}; pass the article's text as a str")


def extract(text: str) -> Extraction:
    """Find every quote in ``text``, with its speaker, cue and outlet.

    Offsets index ``text`` itself: ``text[q.start:q.end] == q.text``.
    Raises ``TypeError`` for anything but a ``str``; never raises for a ``str``.
    """
    text = _require_text(text)
    if not text:
        return Extraction()
    return run(text)


def extract_quotes(text: str) -> list[Quote]:
    """The quotes of ``text`` as a list: ``list(extract(text).quotes)``."""
    return list(extract(text).quotes)
