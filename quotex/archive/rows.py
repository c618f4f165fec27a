"""One document's rows of the archive tables, made where it is extracted (a worker process).

Plain tuples in the column order of :data:`DOCUMENT_COLUMNS` and :data:`QUOTE_COLUMNS`: they
cross the process boundary at a fraction of the cost of the records' dicts, and go into the
database as they are. ``run`` is filled in by the archive, which also joins a one-word
``speaker`` key to the longer key it stands for (:func:`quotex.archive.keys.merge_short_names`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from quotex.archive.keys import speaker_key
from quotex.archive.linking import compute_signatures
from quotex.documents import Document
from quotex.model import Extraction

__all__ = ["DOCUMENT_COLUMNS", "QUOTE_COLUMNS", "archive_rows"]

Rows = tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]  #: a document's row (without its run) and its quotes' rows

DOCUMENT_COLUMNS = ("doc_id", "publisher", "published", "chars", "quotes", "run")
QUOTE_COLUMNS = (
    "doc_id", "quote_index", "text", "start_char", "end_char", "kind", "confidence", "speaker_name", "speaker_role",
    "speaker", "cue", "outlet", "outlet_source", "signature",
)


def archive_rows(extracted: Sequence[tuple[Document, Extraction]]) -> list[Rows]:
    """The rows of each extracted document, in order.

    The signatures of all the documents' quotes are computed at once: one array operation
    for a batch costs a tenth of one per document.
    """
    signatures = iter(compute_signatures([q.text for _, extraction in extracted for q in extraction.quotes]))
    return [_rows(doc, extraction, signatures) for doc, extraction in extracted]


def _rows(doc: Document, extraction: Extraction, signatures: Iterator[bytes | None]) -> Rows:
    publisher = extraction.publisher.name if extraction.publisher is not None else None
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
