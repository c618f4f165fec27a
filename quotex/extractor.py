"""Backends: :class:`Extractor` runs the rules alone or the rules refined by a stanza parse.

The rules backend needs nothing but ``regex``. The stanza backend parses only the
attribution zones of each document (:func:`quotex.syntax.find_parse_zones`), in one
batched stanza call per :meth:`Extractor.extract_many`, and lets the rules keep
the final say. Its pipeline is loaded once, on first use, and shared by threads.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from quotex.model import Extraction
from quotex.pipeline import Draft, draft, finish

BACKENDS = ("rules", "stanza")


def require_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a ``TypeError`` that says what to pass."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"quotex expects text as str, got {type(text).__name__}; "
            "decode it first, e.g. extract(data.decode('utf-8'))"
        )
    raise TypeError(f"quotex expects text as str, got {type(text).__name__}; pass the article's text as a str")


class Extractor:
    """Extract quotes with one backend; reuse one per process to load stanza only once.

    ``Extractor()`` is the rules engine (no model). ``Extractor(backend="stanza",
    stanza_dir=…)`` checks the extra and the model directory at once (raising an error
    that names the command that fixes it) and loads the pipeline on first use.
    """

    def __init__(self, backend: str = "rules", stanza_dir: str | os.PathLike[str] | None = None):
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        if stanza_dir is not None and backend != "stanza":
            raise ValueError("stanza_dir is only used by backend='stanza'")
        self.backend = backend
        self._parser = None
        if backend == "stanza":
            from quotex.parse import StanzaParser  # imported only when the backend is chosen
            from quotex.stanza_models import import_stanza

            import_stanza()
            self._parser = StanzaParser(stanza_dir)

    @property
    def stanza_dir(self) -> Path | None:
        """The model directory of the stanza backend (``None`` for the rules)."""
        return self._parser.model_dir if self._parser is not None else None

    def __repr__(self) -> str:
        where = f", stanza_dir={str(self.stanza_dir)!r}" if self._parser is not None else ""
        return f"Extractor(backend={self.backend!r}{where})"

    def extract(self, text: str) -> Extraction:
        """Every quote of ``text``, as :func:`quotex.extract` gives it."""
        return self.extract_many([text])[0]

    def extract_many(self, texts: Iterable[str]) -> list[Extraction]:
        """Extractions of ``texts`` in order; the stanza backend parses all their zones in one call."""
        drafts: list[Draft | None] = [draft(t) if t else None for t in map(require_text, texts)]
        if self._parser is None:
            return [finish(d) if d is not None else Extraction() for d in drafts]
        from quotex.syntax import find_parse_zones, refine_with_parses

        zones = [find_parse_zones(d.text, d.candidates) if d is not None else [] for d in drafts]
        pieces = [d.text[z.start : z.end] for d, zs in zip(drafts, zones) if d is not None for z in zs]
        parsed = iter(self._parser.parse(pieces))
        out: list[Extraction] = []
        for d, zs in zip(drafts, zones):
            if d is None:
                out.append(Extraction())
                continue
            parses = [next(parsed) for _ in zs]
            out.append(finish(d, refine_with_parses(d.text, d.candidates, zs, parses)))
        return out


_SHARED: dict[tuple[str, str | None], Extractor] = {}
_SHARED_LOCK = threading.Lock()


def shared_extractor(backend: str, stanza_dir: str | os.PathLike[str] | None = None) -> Extractor:
    """One :class:`Extractor` per backend and model directory per process (what :func:`quotex.extract` uses)."""
    key = (backend, None if stanza_dir is None else str(Path(stanza_dir).resolve()))
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = Extractor(backend, stanza_dir)
        return _SHARED[key]
