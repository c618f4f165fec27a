"""quotex on Dask: quote records from bags and DataFrames of articles (extra ``quotex[dask]``).

Work happens per partition: each task receives its partition's documents and
calls the extractor of its own worker process, so nothing but text travels to
workers. A broken document (not a string, no text field) becomes an error
record for that document; the rest of the partition goes on.

The DataFrame form has a fixed schema, :data:`COLUMNS`: ``doc_id``, the
flattened fields of ``Quote.to_dict()`` (``speaker.name``, ``cue.start``, …)
and ``error`` (``None`` on quote rows; the reason on a failed document's row,
whose quote columns are then empty). Types are nullable pandas types, so
partitions concatenate and write to Parquet unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError("quotex.dask needs Dask: pip install 'quotex[dask]'") from error

from quotex.batch import DocumentResult, extract_batch
from quotex.documents import Document, DocumentError, document_from_record
from quotex.serialize import RECORD_COLUMNS, flatten

__all__ = [
    "COLUMNS", "STATEMENT_COLUMNS", "WORKER_CONFIG", "bag_to_dataframe", "empty_frame", "extract_bag", "extract_dataframe",
    "link_statements_dataframe", "records_frame",
]

#: Dask settings for workers that run quotex: ``with dask.config.set(WORKER_CONFIG): LocalCluster(…)``
#: (a nanny passes them on to its worker; on a cluster of your own, set them where the workers
#: start). Dask's statistical profiler samples each worker's stack every 10 ms; on quotex's
#: pure-Python tasks it took about a tenth of the workers' CPU time (see docs/scaling.md).
WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}

_DTYPES = {str: "string", int: "Int64", float: "Float64"}
#: Column name -> pandas dtype of the DataFrame :func:`extract_dataframe` returns.
COLUMNS: dict[str, str] = {name: _DTYPES[kind] for name, kind in RECORD_COLUMNS} | {"error": "string"}


def empty_frame() -> pd.DataFrame:
    """A DataFrame with no rows and exactly the columns and dtypes of :data:`COLUMNS` (Dask's ``meta``)."""
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in COLUMNS.items()})


def _as_document(item: Any, fallback_id: str, text_key: str, id_key: str) -> Document | DocumentError:
    if isinstance(item, (Document, DocumentError)):
        return item
    if isinstance(item, str):
        return Document(fallback_id, item)
    if isinstance(item, dict):
        return document_from_record(item, fallback_id, text_key, id_key)
    return DocumentError(fallback_id, f"got {type(item).__name__}, expected a str or a record with a {text_key!r} field")


def _records(results: Iterable[DocumentResult]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for result in results:
        if result.error is not None:
            out.append({"doc_id": result.id, "error": result.error})
        else:
            out.extend(dict(record, error=None) for record in result.records)
    return out


def _extract_partition(docs: list[Document | DocumentError], backend: str, stanza_dir: str | None) -> list[dict[str, Any]]:
    """Records of one partition, in batches of 16 (the stanza backend parses each batch in one call)."""
    out: list[dict[str, Any]] = []
    for i in range(0, len(docs), _BATCH):
        out.extend(_records(extract_batch(docs[i : i + _BATCH], backend, stanza_dir)))
    return out


_BATCH = 16


def _bag_partition(items: Iterable[Any], partition: int, text_key: str, id_key: str, backend: str = "rules",
                   stanza_dir: str | None = None) -> list[dict[str, Any]]:
    docs = [_as_document(item, f"{partition}:{index}", text_key, id_key) for index, item in enumerate(items)]
    return _extract_partition(docs, backend, stanza_dir)


def extract_bag(bag: db.Bag, *, text_key: str = "text", id_key: str = "id", backend: str = "rules",
                stanza_dir: str | None = None) -> db.Bag:
    """A bag of quote records from a bag of texts, records (dicts) or :class:`~quotex.documents.Document`.

    ``backend="stanza"`` loads one stanza pipeline per worker process; ``stanza_dir``
    must then name a model directory the workers can read.

    Each record is ``{"doc_id", **Quote.to_dict(), "error": None}``; a document that
    cannot be processed gives one ``{"doc_id", "error": reason}`` record instead.
    A ``str`` item (or a record without ``id_key``) is named ``"PARTITION:INDEX"``.
    """
    parts = [
        dask.delayed(_bag_partition, pure=True)(part, i, text_key, id_key, backend, stanza_dir)
        for i, part in enumerate(bag.to_delayed(optimize_graph=False))
    ]
    return db.from_delayed(parts)


def records_frame(records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Quote records (the :func:`extract_bag` form) as a pandas DataFrame with the :data:`COLUMNS` schema."""
    rows = [{**flatten(record), "error": record.get("error")} for record in records]
    if not rows:
        return empty_frame()
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(COLUMNS)


def bag_to_dataframe(records: db.Bag) -> dd.DataFrame:
    """A bag from :func:`extract_bag` as a Dask DataFrame with the :data:`COLUMNS` schema."""
    parts = [dask.delayed(records_frame, pure=True)(part) for part in records.to_delayed(optimize_graph=False)]
    return dd.from_delayed(parts, meta=empty_frame(), verify_meta=False)


def _frame_partition(frame: pd.DataFrame, text_column: str, id_column: str | None, backend: str = "rules",
                     stanza_dir: str | None = None, partition_info: dict | None = None) -> pd.DataFrame:
    partition = partition_info["number"] if partition_info else 0
    docs: list[Document | DocumentError] = []
    ids = frame[id_column] if id_column else None
    for index, text in enumerate(frame[text_column].tolist()):
        doc_id = f"{partition}:{index}"
        if ids is not None:
            value = ids.iloc[index]
            doc_id = doc_id if pd.isna(value) else str(value)
        if isinstance(text, str):
            doc: Document | DocumentError = Document(doc_id, text)
        else:
            doc = DocumentError(doc_id, f"{text_column!r} is {'missing' if text is None or pd.isna(text) else type(text).__name__}, not a string")
        docs.append(doc)
    return records_frame(_extract_partition(docs, backend, stanza_dir))


def extract_dataframe(ddf: dd.DataFrame, text_column: str = "text", id_column: str | None = "id", *,
                      backend: str = "rules", stanza_dir: str | None = None) -> dd.DataFrame:
    """A Dask DataFrame of quotes, one row per quote, with the schema of :data:`COLUMNS`.

    ``id_column`` names each document (``None``, or a missing value, gives
    ``"PARTITION:INDEX"``). A row whose text is missing or not a string gives one
    row with ``error`` set. Raises ``KeyError`` at once if a named column is absent.
    """
    for column in (text_column, id_column):
        if column is not None and column not in ddf.columns:
            raise KeyError(f"column {column!r} not in the DataFrame (columns: {', '.join(map(str, ddf.columns))})")
    return ddf.map_partitions(_frame_partition, text_column, id_column, backend, stanza_dir, meta=empty_frame(), align_dataframes=False)


#: The columns of :func:`link_statements_dataframe`'s result: one row per quote of a statement.
STATEMENT_COLUMNS: dict[str, str] = {
    "statement_id": "Int64", "speaker": "string", "doc_id": "string", "quote_index": "Int64", "text": "string",
}


def _keyed_partition(frame: pd.DataFrame) -> pd.DataFrame:
    """Quote rows with their place in the document, source key and statement signature (computed on the worker)."""
    from quotex.archive.keys import speaker_key
    from quotex.archive.linking import compute_signatures

    rows = frame[frame["error"].isna() & frame["text"].notna()] if "error" in frame else frame
    names = rows["speaker.name"].tolist()
    return pd.DataFrame({
        "doc_id": rows["doc_id"].astype("string").to_numpy(),
        "quote_index": rows.groupby("doc_id", sort=False).cumcount().astype("Int64").to_numpy(),
        "text": rows["text"].astype("string").to_numpy(),
        "kind": rows["kind"].astype("string").to_numpy(),
        "speaker": pd.array([speaker_key(n) if isinstance(n, str) else None for n in names], dtype="string"),
        "signature": pd.Series(compute_signatures(rows["text"].tolist()), dtype=object).to_numpy(),
    })


_KEYED_META = pd.DataFrame({"doc_id": pd.Series([], dtype="string"), "quote_index": pd.Series([], dtype="Int64"),
                            "text": pd.Series([], dtype="string"), "kind": pd.Series([], dtype="string"),
                            "speaker": pd.Series([], dtype="string"), "signature": pd.Series([], dtype=object)})


def _link_partition(frame: pd.DataFrame, merged: dict[str, str]) -> pd.DataFrame:
    """The statements among one partition's quotes (after the shuffle, all quotes of a source are in one)."""
    from quotex.archive.linking import QuoteRef, link_statements

    keys = [None if pd.isna(k) else merged.get(k, k) for k in frame["speaker"].tolist()]
    quotes = [QuoteRef(d, int(i), t, k_, key) for d, i, t, k_, key in
              zip(frame["doc_id"].tolist(), frame["quote_index"].tolist(), frame["text"].tolist(), frame["kind"].tolist(), keys)]
    statements = link_statements(quotes, frame["signature"].tolist())
    texts = {(q.doc_id, q.index): q.text for q in quotes}
    rows = [(s.id, s.speaker_key, doc, index, texts[doc, index]) for s in statements for doc, index in s.quotes]
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS)).astype(STATEMENT_COLUMNS)


def link_statements_dataframe(quotes: dd.DataFrame) -> pd.DataFrame:
    """Statements across the documents of a quote DataFrame (:func:`extract_dataframe`'s), linked on the cluster.

    Signatures are computed where the quotes are; short source keys are joined to their
    full ones (:func:`quotex.archive.keys.merge_short_names`); a shuffle puts every source's
    quotes in one partition, where :func:`quotex.archive.linking.link_statements` runs. The
    result (small: only quotes that belong to a statement) comes back as one pandas
    DataFrame with :data:`STATEMENT_COLUMNS`, statements numbered by size as in an archive.
    """
    from quotex.archive.keys import merge_short_names

    keyed = quotes.map_partitions(_keyed_partition, meta=_KEYED_META)
    keys = keyed["speaker"].dropna().unique().compute().tolist()
    merged = dict(merge_short_names(keys))
    meta = pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in STATEMENT_COLUMNS.items()})
    linked = keyed.shuffle(on="speaker").map_partitions(_link_partition, merged, meta=meta).compute()
    if linked.empty:
        return meta
    # number statements across partitions: most quotes first, then by their first quote
    sizes = linked.groupby(["speaker", "statement_id"], sort=False).agg(n=("doc_id", "size"), first=("doc_id", "min"))
    order = sizes.sort_values(["n", "first"], ascending=[False, True]).reset_index()
    order["new_id"] = range(1, len(order) + 1)
    linked = linked.merge(order[["speaker", "statement_id", "new_id"]], on=["speaker", "statement_id"])
    linked["statement_id"] = linked.pop("new_id").astype("Int64")
    return linked.sort_values(["statement_id", "doc_id", "quote_index"]).reset_index(drop=True)[list(STATEMENT_COLUMNS)]
