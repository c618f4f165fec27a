"""Turning results into JSON-ready dicts, kept apart from the model classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: the model imports this module to serialise itself, never the reverse at run time
    from quotex.model import Cue, Extraction, Mention, Outlet, Quote, Speaker


def _span_to_dict(span: Mention | Cue | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def outlet_to_dict(outlet: Outlet | None) -> dict[str, Any] | None:
    """``{"name", "source", "start", "end"}`` or ``None``."""
    if outlet is None:
        return None
    return {"name": outlet.name, "source": outlet.source, "start": outlet.start, "end": outlet.end}


def speaker_to_dict(speaker: Speaker | None) -> dict[str, Any] | None:
    """``{"name", "role", "entity", "mention"}`` or ``None``."""
    if speaker is None:
        return None
    return {
        "name": speaker.name,
        "role": speaker.role,
        "entity": speaker.entity,
        "mention": _span_to_dict(speaker.mention),
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """The documented JSON form of one quote, exactly these keys."""
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind.value,
        "confidence": round(float(quote.confidence), 4),
        "speaker": speaker_to_dict(quote.speaker),
        "cue": _span_to_dict(quote.cue),
        "outlet": outlet_to_dict(quote.outlet),
    }


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """A whole document's results as JSON-ready data."""
    return {
        "quotes": [quote_to_dict(q) for q in extraction.quotes],
        "publisher": outlet_to_dict(extraction.publisher),
        "speakers": [speaker_to_dict(s) for s in extraction.speakers],
    }


#: The flat columns of one quote record, in order, with their types. ``doc_id``
#: names the document; the rest are ``Quote.to_dict()`` with nested keys joined by dots.
#: A missing speaker, cue, outlet or mention leaves its columns ``None``.
RECORD_COLUMNS: tuple[tuple[str, type], ...] = (
    ("doc_id", str),
    ("text", str),
    ("start", int),
    ("end", int),
    ("kind", str),
    ("confidence", float),
    ("speaker.name", str),
    ("speaker.role", str),
    ("speaker.entity", str),
    ("speaker.mention.text", str),
    ("speaker.mention.start", int),
    ("speaker.mention.end", int),
    ("cue.text", str),
    ("cue.start", int),
    ("cue.end", int),
    ("outlet.name", str),
    ("outlet.source", str),
    ("outlet.start", int),
    ("outlet.end", int),
)


def quote_record(doc_id: str, quote: Quote) -> dict[str, Any]:
    """One output row: ``{"doc_id": …}`` followed by every key of ``quote.to_dict()``."""
    return {"doc_id": doc_id, **quote_to_dict(quote)}


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """A nested record as the flat columns of :data:`RECORD_COLUMNS` (dots join nested keys)."""
    flat: dict[str, Any] = {}
    for column, _ in RECORD_COLUMNS:
        value: Any = record
        for key in column.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        flat[column] = value
    return flat
