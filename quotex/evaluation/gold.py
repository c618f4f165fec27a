"""Gold files (GUIDELINES section 5): one JSON article a file, read and checked here."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

__all__ = ["GoldDocument", "GoldFormatError", "GoldQuote", "load_gold"]


class GoldFormatError(ValueError):
    """A gold file that cannot be scored: not JSON, a missing field, or offsets that do not slice its text."""


@attrs.frozen
class GoldQuote:
    """One annotated quote: its span in the article, kind, source and outlet."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    cue: str | None = None
    outlets: tuple[str, ...] = ()  #: the outlets named for it; any one counts
    optional: bool = False


@attrs.frozen
class GoldDocument:
    """One annotated article. ``complete`` is false where only some quotes are annotated (PFSA-ID)."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    publisher: str | None = None
    scope: str | None = None  #: ``"direct"``: only quotes inside marks are annotated
    complete: bool = True
    set_name: str = ""


def _outlets(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _quote(raw: dict[str, Any], text: str, where: str) -> GoldQuote:
    try:
        start, end = int(raw["start"]), int(raw["end"])
        quote = GoldQuote(
            start, end, raw["text"], raw["kind"], raw.get("speaker"), tuple(raw.get("aliases") or ()),
            raw.get("role"), raw.get("cue"), _outlets(raw.get("outlet")), bool(raw.get("optional", False)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise GoldFormatError(f"{where}: a quote needs start, end, text and kind ({error!r})") from None
    if text[start:end] != quote.text:
        raise GoldFormatError(f"{where}: text[{start}:{end}] is {text[start:end][:40]!r}, not the quote's text {quote.text[:40]!r}")
    return quote


def read_gold_file(path: str | os.PathLike[str], set_name: str | None = None) -> GoldDocument:
    """One gold file as a :class:`GoldDocument`; :class:`GoldFormatError` says what is wrong with it."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldFormatError(f"{path}: cannot read a JSON gold file ({error})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not isinstance(raw.get("quotes"), list):
        raise GoldFormatError(f"{path}: a gold file is a JSON object with a 'text' string and a 'quotes' list")
    text = raw["text"]
    quotes = tuple(_quote(q, text, f"{path}, quote {i}") for i, q in enumerate(raw["quotes"]))
    return GoldDocument(
        str(raw.get("id") or path.stem), text, quotes, raw.get("publisher"), raw.get("scope"),
        bool(raw.get("complete", True)), set_name if set_name is not None else path.parent.name,
    )


def load_gold(paths: Iterable[str | os.PathLike[str]]) -> list[GoldDocument]:
    """Every gold document under ``paths`` (files, or folders of ``*.json``), folders in name order."""
    docs: list[GoldDocument] = []
    for entry in map(Path, paths):
        if entry.is_dir():
            docs.extend(read_gold_file(f, entry.name) for f in sorted(entry.glob("*.json")))
        elif entry.exists():
            docs.append(read_gold_file(entry))
        else:
            raise GoldFormatError(f"{entry}: no such gold file or folder")
    return docs
