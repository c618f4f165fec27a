"""Reading articles from files, folders, JSON Lines and stdin, one at a time.

Everything streams: a JSON Lines file larger than memory is read line by line.
A document that cannot be read is yielded as a :class:`DocumentError` with its
id and the reason, so callers can report it and go on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import attrs

__all__ = ["Document", "DocumentError", "JsonLine", "document_from_record", "parse_jsonl_line", "read_documents"]


@attrs.frozen
class Document:
    """One article to process: its id (path, or the JSON id field) and its text."""

    id: str
    text: str
    date: str | None = None  #: when the input says it was published (its ``date`` field), as written


@attrs.frozen
class DocumentError:
    """A document that could not be read, and why."""

    id: str
    reason: str


@attrs.frozen
class JsonLine:
    """A JSON Lines record read but not yet decoded (``read_documents(..., decode=False)``).

    Decoding the JSON of a whole archive costs as much as a tenth of extracting it;
    left to the worker processes, it no longer holds up the process that reads.
    """

    fallback_id: str  #: names the document when its record has no id (``FILE:LINE``)
    line: str
    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"

    def decode(self) -> Document | DocumentError:
        """The document this line holds, or why it holds none."""
        return parse_jsonl_line(self.line, self.fallback_id, self.text_field, self.id_field, self.date_field) or DocumentError(
            self.fallback_id, "blank line"
        )


def _not_utf8(doc_id: str, data: bytes, error: UnicodeDecodeError) -> DocumentError:
    return DocumentError(doc_id, f"not valid UTF-8 (byte {error.start}: {data[error.start:error.start + 1]!r})")


def _read_text_file(path: Path, doc_id: str) -> Document | DocumentError:
    try:
        data = path.read_bytes()
    except OSError as error:
        return DocumentError(doc_id, f"cannot read: {error.strerror or error}")
    try:
        return Document(doc_id, data.decode("utf-8"))
    except UnicodeDecodeError as error:
        return _not_utf8(doc_id, data, error)


def parse_jsonl_line(line: str, fallback_id: str, text_field: str = "text", id_field: str = "id",
                     date_field: str = "date") -> Document | DocumentError | None:
    """One JSON Lines record as a document (``None`` for a blank line); ``fallback_id`` names it when it has no id."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return DocumentError(fallback_id, f"not valid JSON ({error.msg} at column {error.colno})")
    return document_from_record(record, fallback_id, text_field, id_field, date_field)


def document_from_record(record: object, fallback_id: str, text_field: str = "text", id_field: str = "id",
                         date_field: str = "date") -> Document | DocumentError:
    """A mapping with a text field (and optionally an id field) as a document, or why it is not one."""
    if not isinstance(record, dict):
        return DocumentError(fallback_id, f"got {type(record).__name__}, expected an object with a {text_field!r} field")
    doc_id = record.get(id_field)
    doc_id = fallback_id if doc_id is None else str(doc_id)
    if text_field not in record:
        return DocumentError(doc_id, f"no {text_field!r} field (fields: {', '.join(map(str, record)) or 'none'})")
    if not isinstance(record[text_field], str):
        return DocumentError(doc_id, f"field {text_field!r} is {type(record[text_field]).__name__}, not a string")
    date = record.get(date_field)
    return Document(doc_id, record[text_field], None if date is None else str(date))


def _line_item(line: str, fallback_id: str, fields: tuple[str, str, str], decode: bool) -> Document | DocumentError | JsonLine | None:
    if not decode:
        return JsonLine(fallback_id, line, *fields) if line.strip() else None
    return parse_jsonl_line(line, fallback_id, *fields)


def _read_jsonl(handle: IO[str], name: str, fields: tuple[str, str, str], decode: bool) -> Iterator[Document | DocumentError | JsonLine]:
    for number, line in enumerate(handle, 1):
        item = _line_item(line, f"{name}:{number}", fields, decode)
        if item is not None:
            yield item


def _open_jsonl(path: Path, fields: tuple[str, str, str], decode: bool) -> Iterator[Document | DocumentError | JsonLine]:
    try:
        with path.open("rb") as handle:  # bytes: a line with bad UTF-8 fails alone, the file goes on
            for number, raw in enumerate(handle, 1):
                fallback_id = f"{path}:{number}"
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as error:
                    yield _not_utf8(fallback_id, raw, error)
                    continue
                item = _line_item(line, fallback_id, fields, decode)
                if item is not None:
                    yield item
    except OSError as error:
        yield DocumentError(str(path), f"cannot read: {error.strerror or error}")


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def read_documents(
    inputs: Iterable[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    stdin_format: str = "text",
    stdin: IO[str] | None = None,
    decode: bool = True,
    date_field: str = "date",
) -> Iterator[Document | DocumentError | JsonLine]:
    """Documents from each input, in order: ``.txt`` files, folders of them (sorted), ``.jsonl`` files, ``-``.

    ``-`` reads standard input as one text document, or as JSON Lines when
    ``stdin_format="jsonl"``. A path that does not exist is a :class:`DocumentError`.
    ``decode=False`` yields each JSON Lines record as a :class:`JsonLine` for
    :func:`quotex.batch.extract_documents` to decode in its workers.
    """
    fields = (text_field, id_field, date_field)
    for name in inputs:
        if name == "-":
            handle = stdin if stdin is not None else sys.stdin
            if stdin_format == "jsonl":
                yield from _read_jsonl(handle, "<stdin>", fields, decode)
            else:
                yield Document("<stdin>", handle.read())
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() == ".txt" or _is_jsonl(p)))
            for file in files:
                yield from _open_jsonl(file, fields, decode) if _is_jsonl(file) else [_read_text_file(file, str(file))]
        elif _is_jsonl(path):
            yield from _open_jsonl(path, fields, decode)
        elif path.exists():
            yield _read_text_file(path, str(path))
        else:
            yield DocumentError(str(path), "no such file or folder")
