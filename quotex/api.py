"""The public entry points: :func:`extract` and :func:`extract_quotes`."""

from __future__ import annotations

import os

from quotex.extractor import require_text, shared_extractor
from quotex.model import Extraction, Quote
from quotex.pipeline import run


def extract(text: str, *, backend: str = "rules", stanza_dir: str | os.PathLike[str] | None = None) -> Extraction:
    """Find every quote in ``text``, with its speaker, cue and outlet.

    Offsets index ``text`` itself: ``text[q.start:q.end] == q.text``.
    ``backend="stanza"`` refines the rules with a dependency parse (extra ``quotex[stanza]``
    and a model directory: ``stanza_dir``, ``$QUOTEX_STANZA_DIR`` or stanza's default).
    Raises ``TypeError`` for anything but a ``str``; never raises for a ``str``.
    """
    text = require_text(text)
    if backend == "rules" and stanza_dir is None:
        return run(text) if text else Extraction()
    return shared_extractor(backend, stanza_dir).extract(text)


def extract_quotes(text: str, *, backend: str = "rules", stanza_dir: str | os.PathLike[str] | None = None) -> list[Quote]:
    """The quotes of ``text`` as a list: ``list(extract(text).quotes)``."""
    return list(extract(text, backend=backend, stanza_dir=stanza_dir).quotes)
