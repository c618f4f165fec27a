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

from quotex.extractor import shared_extractor
from quotex.documents import Document, DocumentError, JsonLine
from quotex.model import Extraction
from quotex.serialize import quote_record

__all__ = ["DocumentResult", "extract_batch", "extract_documents"]


@attrs.frozen
class DocumentResult:
    """The quote records of one document (``quote_record`` form), or why it failed.

    With ``extract_documents(..., for_archive=True)`` the document's archive rows instead
    of the records (:func:`quotex.archive.rows.archive_rows`: its ``documents`` row and its
    ``quotes`` rows with their statement signatures), computed where the quotes are found.
    """

    id: str
    records: tuple[dict[str, Any], ...] = ()
    error: str | None = None
    archive: tuple[Any, ...] | None = None


def _failed(doc: Document, error: Exception) -> DocumentResult:
    return DocumentResult(doc.id, error=f"extraction failed: {type(error).__name__}: {error}")


Item = Document | DocumentError | JsonLine  #: what the readers yield (:func:`quotex.documents.read_documents`)


def extract_document(doc: Item, backend: str = "rules", stanza_dir: str | None = None, for_archive: bool = False) -> DocumentResult:
    """One document's records; a read error or an unexpected failure becomes ``error``."""
    return extract_batch([doc], backend, stanza_dir, for_archive)[0]


def extract_batch(batch: list[Item], backend: str = "rules", stanza_dir: str | None = None, for_archive: bool = False) -> list[DocumentResult]:
    """Records of a batch; the stanza backend parses the whole batch's zones in one call."""
    extractor = shared_extractor(backend, stanza_dir)
    batch = [item.decode() if isinstance(item, JsonLine) else item for item in batch]
    docs = [doc for doc in batch if isinstance(doc, Document)]
    try:
        extracted_by_doc = dict(zip(map(id, docs), extractor.extract_many([d.text for d in docs])))
    except Exception:  # noqa: BLE001 - one bad document must not end a batch: retry them one by one
        extracted_by_doc = {}
    results: list[DocumentResult] = []
    for_rows: list[tuple[Document, Extraction]] = []  # for the archive: the rows of all are made at once
    places: list[int] = []
    for doc in batch:
        if isinstance(doc, DocumentError):
            results.append(DocumentResult(doc.id, error=doc.reason))
            continue
        try:
            extraction = extracted_by_doc.get(id(doc)) or extractor.extract(doc.text)
        except Exception as error:  # noqa: BLE001
            results.append(_failed(doc, error))
            continue
        if for_archive:
            places.append(len(results))
            for_rows.append((doc, extraction))
            results.append(DocumentResult(doc.id))
        else:
            results.append(DocumentResult(doc.id, tuple(quote_record(doc.id, q) for q in extraction.quotes)))
    if for_rows:
        from quotex.archive.rows import archive_rows

        for place, (doc, _), rows in zip(places, for_rows, archive_rows(for_rows)):
            results[place] = DocumentResult(doc.id, archive=rows)
    return results


def _extract_batch_in_worker(batch: list[Item], backend: str, stanza_dir: str | None, for_archive: bool,
                             permutations: Any = None) -> list[tuple[Any, ...]]:
    """:func:`extract_batch` as plain tuples, which cross the process boundary at half the cost.

    ``permutations``: those of the statement signatures, made once by the parent process.
    """
    if permutations is not None:
        from quotex.archive.linking import use_permutations

        use_permutations(permutations)
    return [attrs.astuple(r, recurse=False) for r in extract_batch(batch, backend, stanza_dir, for_archive)]


def _batches(docs: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(docs)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def extract_documents(
    docs: Iterable[Item],
    *,
    jobs: int = 1,
    batch_size: int = 16,
    in_flight_per_job: int = 4,
    subprocesses: bool | None = None,
    backend: str = "rules",
    stanza_dir: str | None = None,
    for_archive: bool = False,
) -> Iterator[DocumentResult]:
    """Results for ``docs`` in input order, using ``jobs`` worker processes.

    By default one job runs in this process; ``subprocesses=True`` puts even a
    single job in a worker process (as benchmarks do, to measure it alone).
    Workers are spawned, so a script using processes needs the usual
    ``if __name__ == "__main__":`` guard. JSON Lines read with ``decode=False``
    are decoded by the workers. ``backend="stanza"`` loads one
    pipeline per process and parses each batch's zones in one call.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    shared_extractor(backend, stanza_dir)  # a missing extra or model fails here, before any work
    if not (jobs > 1 if subprocesses is None else subprocesses):
        if backend == "rules":
            for doc in docs:
                yield extract_document(doc, for_archive=for_archive)
        else:
            for batch in _batches(docs, batch_size):
                yield from extract_batch(batch, backend, stanza_dir, for_archive)
        return
    pending: deque[Future[list[tuple[Any, ...]]]] = deque()
    permutations = None
    if for_archive:
        from quotex.archive.linking import hash_permutations

        permutations = hash_permutations()
    # spawn, not fork: workers start clean (a forked worker would carry the caller's heap and threads)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for batch in _batches(docs, batch_size):
            pending.append(pool.submit(_extract_batch_in_worker, batch, backend, stanza_dir, for_archive, permutations))
            if len(pending) >= jobs * in_flight_per_job:
                yield from itertools.starmap(DocumentResult, pending.popleft().result())
        while pending:
            yield from itertools.starmap(DocumentResult, pending.popleft().result())
