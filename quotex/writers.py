"""Writing quote records as JSON Lines, JSON, CSV, Parquet or a terminal table.

Every writer streams: records go out as they come, so output size never
limits memory (Parquet buffers one row group at a time).
"""

from __future__ import annotations

import csv
import json
import shutil
from typing import IO, Any

from quotex.serialize import RECORD_COLUMNS, flatten

__all__ = ["FORMATS", "MissingExtraError", "open_writer", "rows_to_parquet"]

FORMATS = ("jsonl", "json", "csv", "parquet", "table", "duckdb")  # duckdb: an archive (quotex.archive.store)


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class _JsonLines:
    def __init__(self, out: IO[str], continuing: bool = False, records_before: int = 0):
        self.out = out

    def write(self, record: dict[str, Any]) -> None:
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


class _JsonArray:
    def __init__(self, out: IO[str], continuing: bool = False, records_before: int = 0):
        self.out, self.first = out, records_before == 0
        if not continuing:
            out.write("[")

    def write(self, record: dict[str, Any]) -> None:
        self.out.write(("\n" if self.first else ",\n") + json.dumps(record, ensure_ascii=False))
        self.first = False

    def close(self) -> None:
        self.out.write("]\n" if self.first else "\n]\n")
        self.out.flush()


class _Csv:
    def __init__(self, out: IO[str], continuing: bool = False, records_before: int = 0):
        self.writer = csv.DictWriter(out, fieldnames=[c for c, _ in RECORD_COLUMNS])
        if not continuing:
            self.writer.writeheader()
        self.out = out

    def write(self, record: dict[str, Any]) -> None:
        self.writer.writerow(flatten(record))

    def close(self) -> None:
        self.out.flush()


def parquet_schema() -> Any:
    """The Arrow schema of :data:`quotex.serialize.RECORD_COLUMNS` (needs ``quotex[parquet]``)."""
    pa = _import_pyarrow()
    types = {str: pa.string(), int: pa.int64(), float: pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in RECORD_COLUMNS])


def _import_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401 - the writer lives here
    except ImportError as error:
        raise MissingExtraError(
            "Parquet output needs pyarrow: pip install 'quotex[parquet]'"
        ) from error
    return pyarrow


class _Parquet:
    ROWS_PER_GROUP = 50_000

    def __init__(self, out: IO[bytes]):
        self.pa = _import_pyarrow()
        self.schema = parquet_schema()
        self.writer = self.pa.parquet.ParquetWriter(out, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self.rows.append(flatten(record))
        if len(self.rows) >= self.ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        if self.rows:
            self._flush()
        self.writer.close()


class _FlatRows(_JsonLines):
    """Parquet rows (:func:`quotex.serialize.flatten`) as JSON Lines, until :func:`rows_to_parquet` converts them.

    A Parquet file is readable only once its footer is written; rows kept as lines can be
    cut back to a checkpoint and continued after an interruption.
    """

    def write(self, record: dict[str, Any]) -> None:
        self.out.write(json.dumps(flatten(record), ensure_ascii=False) + "\n")


def rows_to_parquet(rows_path: Any, parquet_path: Any) -> None:
    """Write the :class:`_FlatRows` lines of ``rows_path`` as a Parquet file, a row group at a time."""
    with open(rows_path, encoding="utf-8") as rows, open(parquet_path, "wb") as out:
        writer = _Parquet(out)
        for line in rows:
            writer.rows.append(json.loads(line))
            if len(writer.rows) >= writer.ROWS_PER_GROUP:
                writer._flush()
        writer.close()


class _Table:
    """A readable table for a terminal: document, kind, speaker, outlet, text."""

    def __init__(self, out: IO[str], continuing: bool = False, records_before: int = 0):
        self.out = out
        width = shutil.get_terminal_size((120, 24)).columns
        self.widths = (18, 8, 24, 14)
        self.text_width = max(20, width - sum(self.widths) - 2 * len(self.widths))
        if not continuing:
            self._row(("document", "kind", "speaker", "outlet", "quote"))
            self._row(tuple("-" * w for w in (*self.widths, self.text_width)))

    @staticmethod
    def _cell(value: str, width: int) -> str:
        value = " ".join(str(value).split())
        return value if len(value) <= width else value[: width - 1] + "…"

    def _row(self, cells: tuple[str, ...]) -> None:
        widths = (*self.widths, self.text_width)
        self.out.write("  ".join(self._cell(c, w).ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n")

    def write(self, record: dict[str, Any]) -> None:
        flat = flatten(record)
        speaker = flat["speaker.name"] or "?"
        self._row((flat["doc_id"], flat["kind"], speaker, flat["outlet.name"] or "", flat["text"]))

    def close(self) -> None:
        self.out.flush()


def open_writer(fmt: str, text_out: IO[str] | None = None, binary_out: IO[bytes] | None = None, *,
                continuing: bool = False, records_before: int = 0) -> Any:
    """A writer with ``write(record)`` and ``close()``; Parquet takes ``binary_out``, the rest ``text_out``.

    ``continuing``: the stream already holds the start of this output (a resumed run), with
    ``records_before`` records: no header or opening bracket is written again. Parquet with
    ``text_out`` writes rows as lines for :func:`rows_to_parquet` (so a run can be resumed).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "duckdb":
        raise ValueError("duckdb output is an archive database, not a stream: use quotex.archive.store.ArchiveWriter")
    if fmt == "parquet" and text_out is None:
        if binary_out is None:
            raise ValueError("parquet output needs a binary stream")
        return _Parquet(binary_out)
    if text_out is None:
        raise ValueError(f"{fmt} output needs a text stream")
    if fmt == "parquet":
        _import_pyarrow()  # a missing extra fails before any work, not at the end
    kinds = {"jsonl": _JsonLines, "json": _JsonArray, "csv": _Csv, "table": _Table, "parquet": _FlatRows}
    return kinds[fmt](text_out, continuing, records_before)
