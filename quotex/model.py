"""The public result types: frozen, typed, and free of extraction logic."""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["QuoteKind", "Mention", "Cue", "Outlet", "Speaker", "Quote", "Extraction"]


class QuoteKind(str, enum.Enum):
    """How a quote reports speech."""

    DIRECT = "direct"  #: the words inside quote marks
    INDIRECT = "indirect"  #: reported speech without quote marks
    MIXED = "mixed"  #: reported speech that quotes some words verbatim

    def __str__(self) -> str:
        return self.value


def _check_span(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _check_end(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"{type(instance).__name__}.end ({value}) is before start ({instance.start})")


def _check_confidence(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    # one plain function, not and_(ge, le): a large archive makes millions of quotes
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{type(instance).__name__}.confidence must be within [0, 1], got {value}")


_OUTLET_SOURCES = ("cited", "publisher")


def _check_source(instance: Any, attribute: attrs.Attribute, value: str) -> None:
    if value not in _OUTLET_SOURCES:
        raise ValueError(f"{type(instance).__name__}.source must be one of {_OUTLET_SOURCES}, got {value!r}")


@attrs.frozen
class Mention:
    """Where a speaker is named in the text: ``text == source[start:end]``."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_end)


@attrs.frozen
class Cue:
    """The word or words that attribute a quote (``kata``, ``ujarnya``, ``menurut``)."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_end)


@attrs.frozen
class Outlet:
    """A news outlet: the one a quote was cited through, or the article's publisher."""

    name: str
    source: str = attrs.field(validator=_check_source)
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_end)


@attrs.frozen
class Speaker:
    """The source of a quote, resolved across the document.

    ``name`` is the fullest name of this source in the document, without titles;
    ``entity`` is shared by every quote from the same source; ``mention`` is where
    this quote names it (``None`` for ``ujarnya`` or an uncued continuation).
    """

    name: str
    role: str | None
    entity: str
    mention: Mention | None = None
    kind: str = "person"  #: ``person``, ``organisation`` or ``group``


@attrs.frozen
class Quote:
    """One quote: its span in the caller's string, kind, speaker, cue and outlet."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_end)
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Cue | None = None
    outlet: Outlet | None = None
    confidence: float = attrs.field(default=1.0, validator=_check_confidence)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data in the documented form (see ``docs/json.md``)."""
        from quotex.serialize import quote_to_dict

        return quote_to_dict(self)


@attrs.frozen
class Extraction:
    """Everything found in one document."""

    quotes: tuple[Quote, ...] = ()
    publisher: Outlet | None = None
    speakers: tuple[Speaker, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``{"quotes": [...], "publisher": ..., "speakers": [...]}``."""
        from quotex.serialize import extraction_to_dict

        return extraction_to_dict(self)
