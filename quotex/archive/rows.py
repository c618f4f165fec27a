"""One document's rows of the archive tables, made where it is extracted (a worker process).

Plain tuples in the column order of :data:`DOCUMENT_COLUMNS` and :data:`QUOTE_COLUMNS`: they
cross the process boundary at a fraction of the cost of the records' dicts, and go into the
database as they are. ``run`` is filled in by the archive, which also joins a one-word
``speaker`` key to the longer key it stands for (:func:`quotex.archive.keys.merge_short_names`).
"""

from __future__ import annotations

from typing import Any

from quotex.archive.keys import speaker_key
from quotex.archive.linking import compute_signatures
from quotex.documents import Document
from quotex.model import Extraction

__all__ = ["DOCUMENT_COLUMNS", "QUOTE_COLUMNS", "archive_rows"]

DOCUMENT_COLUMNS = ("doc_id", "publisher", "published", "chars", "quotes", "run")
QUOTE_COLUMNS = (
    "doc_id", "quote_index", "text", "start_char", "end_char", "kind", "confidence", "speaker_name", "speaker_role",
    "speaker", "cue", "outlet", "outlet_source", "signature",
)


def archive_rows(doc: Document, extraction: Extraction) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]:
    """``(documents row without its run, quotes rows)`` of one extracted document."""
    publisher = extraction.publisher.name if extraction.publisher is not None else None
    signatures = compute_signatures([q.text for q in extraction.quotes])
    quotes = tuple(
        (
            doc.id, index, q.text, q.start, q.end, q.kind.value, round(float(q.confidence), 4),
            q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None,
            speaker_key(q.speaker.name) if q.speaker else None,
            q.cue.text if q.cue else None, q.outlet.name if q.outlet else None, q.outlet.source if q.outlet else None,
            signature,
        )
        for index, (q, signature) in enumerate(zip(extraction.quotes, signatures))
    )
    return (doc.id, publisher, doc.date, len(doc.text), len(quotes)), quotes
