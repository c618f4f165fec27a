"""Extracting many documents, in order, on one or several processes, in bounded memory.

Documents are grouped into small batches; with ``jobs > 1`` at most a few
batches per worker are in flight at once, so a stream larger than memory is
never read ahead, and results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import attrs

from quotex.api import extract
from quotex.documents import Document, DocumentError
from quotex.serialize import quote_record

__all__ = ["DocumentResult", "extract_documents"]


@attrs.frozen
class DocumentResult:
    """The quote records of one document (``quote_record`` form), or why it failed."""

    id: str
    records: tuple[dict[str, Any], ...] = ()
    error: str | None = None


def extract_document(doc: Document | DocumentError) -> DocumentResult:
    """One document's records; a read error or an unexpected failure becomes ``error``."""
    if isinstance(doc, DocumentError):
        return DocumentResult(doc.id, error=doc.reason)
    try:
        quotes = extract(doc.text).quotes
    except Exception as error:  # noqa: BLE001 - one bad document must not end a batch
        return DocumentResult(doc.id, error=f"extraction failed: {type(error).__name__}: {error}")
    return DocumentResult(doc.id, tuple(quote_record(doc.id, q) for q in quotes))


def _extract_batch(batch: list[Document | DocumentError]) -> list[DocumentResult]:
    return [extract_document(doc) for doc in batch]


def _batches(docs: Iterable[Document | DocumentError], size: int) -> Iterator[list[Document | DocumentError]]:
    iterator = iter(docs)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def extract_documents(
    docs: Iterable[Document | DocumentError],
    *,
    jobs: int = 1,
    batch_size: int = 16,
    in_flight_per_job: int = 4,
    subprocesses: bool | None = None,
) -> Iterator[DocumentResult]:
    """Results for ``docs`` in input order, using ``jobs`` worker processes.

    By default one job runs in this process; ``subprocesses=True`` puts even a
    single job in a worker process (as benchmarks do, to measure it alone).
    Workers are spawned, so a script using processes needs the usual
    ``if __name__ == "__main__":`` guard.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if not (jobs > 1 if subprocesses is None else subprocesses):
        for doc in docs:
            yield extract_document(doc)
        return
    pending: deque[Future[list[DocumentResult]]] = deque()
    # spawn, not fork: workers start clean (a forked worker would carry the caller's heap and threads)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for batch in _batches(docs, batch_size):
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) >= jobs * in_flight_per_job:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
