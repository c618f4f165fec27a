"""The archive database (DuckDB): documents, quotes, speakers and statements, written in transactions.

Documents and their quotes go in a transaction per batch, so a killed run leaves every
batch whole or absent (DuckDB replays its write-ahead log on the next open); running again on the same or new input adds only the documents
whose id is not yet there (so a re-run is also a resume). Speakers and statements are
derived from all the quotes at the end of each run, in one transaction. The schema is
:data:`SCHEMA` (documented in ``docs/archive.md``).
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

import attrs

from quotex.archive.keys import merge_short_names
from quotex.archive.linking import QuoteRef, link_statements
from quotex.archive.rows import DOCUMENT_COLUMNS, QUOTE_COLUMNS
from quotex.batch import DocumentResult

__all__ = ["SCHEMA", "ArchiveSummary", "ArchiveWriter", "MissingArchiveExtraError", "connect", "export_parquet", "relink"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id     VARCHAR,              -- the input's id (JSON id field, or the .txt path); unique
    publisher  VARCHAR,              -- the outlet the dateline names (KOMPAS.com, TEMPO.CO), if any
    published  VARCHAR,              -- the input's date field, as written, if any
    chars      INTEGER,              -- length of the text
    quotes     INTEGER,              -- quotes found
    run        INTEGER               -- which run added it (1, 2, ...)
);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id        VARCHAR,   -- the document
    quote_index   INTEGER,   -- its place among the document's quotes (0, 1, ...)
    text          VARCHAR,
    start_char    INTEGER,   -- offsets in the document's text: text[start_char:end_char]
    end_char      INTEGER,
    kind          VARCHAR,   -- direct, indirect, mixed
    confidence    DOUBLE,
    speaker_name  VARCHAR,   -- as the article names the source, at its fullest
    speaker_role  VARCHAR,
    speaker       VARCHAR,   -- the source's key across the archive (speakers.speaker)
    cue           VARCHAR,
    outlet        VARCHAR,   -- the outlet named for this quote
    outlet_source VARCHAR,   -- cited (dilansir CNN, kepada Kompas.com) or publisher
    signature     BLOB       -- MinHash of its content words (NULL: too short to link)
    -- (doc_id, quote_index) is unique
);
CREATE TABLE IF NOT EXISTS speakers (
    speaker    VARCHAR PRIMARY KEY,  -- the key: case-folded, punctuation dropped, short names joined
    name       VARCHAR,              -- the name written most often for it, at its fullest
    roles      VARCHAR[],            -- roles seen, most frequent first
    quotes     INTEGER,
    documents  INTEGER,
    publishers VARCHAR[],            -- outlets that published its quotes
    cited      VARCHAR[]             -- outlets its quotes were cited through
);
CREATE TABLE IF NOT EXISTS statements (
    statement_id INTEGER PRIMARY KEY,  -- 1 = carried by the most quotes
    speaker      VARCHAR,
    text         VARCHAR,              -- its longest report
    quotes       INTEGER,
    documents    INTEGER,
    publishers   INTEGER               -- distinct outlets that carried it
);
CREATE TABLE IF NOT EXISTS statement_quotes (
    statement_id INTEGER,
    doc_id       VARCHAR,
    quote_index  INTEGER
);
"""

#: The write-ahead log a run may grow before DuckDB checkpoints it into the file.
_CHECKPOINT_THRESHOLD = "1GB"
_DERIVED = ("speakers", "statements", "statement_quotes")
_STATEMENT_COLUMNS = ("statement_id", "speaker", "text", "quotes", "documents", "publishers")


class MissingArchiveExtraError(ImportError):
    """DuckDB (or pyarrow, numpy) is not installed; the message names the extra."""


def _duckdb() -> Any:
    """The ``duckdb`` module, once it is clear the archive extra (DuckDB, pyarrow, NumPy) is installed."""
    missing = [name for name in ("duckdb", "pyarrow", "numpy") if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingArchiveExtraError(f"an archive needs {', '.join(missing)}: pip install 'quotex[archive]'")
    import duckdb

    return duckdb


def connect(path: str | os.PathLike[str], *, read_only: bool = False) -> Any:
    """A DuckDB connection to the archive at ``path``, with its tables created when new."""
    duckdb = _duckdb()
    if read_only and not os.path.exists(path):
        raise FileNotFoundError(f"no archive at {path}")
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        con.execute(SCHEMA)
    return con


@attrs.frozen
class ArchiveSummary:
    """What a run did to an archive."""

    added: int  #: documents added
    already: int  #: documents skipped because their id was there
    failed: int  #: documents that could not be added (reported one by one)
    quotes: int  #: quotes added
    documents: int  #: documents in the archive now
    speakers: int  #: sources in the archive now
    statements: int  #: statements carried by two or more documents


class ArchiveWriter:
    """Adds documents' results to an archive in transactions of ``batch`` documents.

    :meth:`add` says for each document whether it was added, already there, or why it
    could not be (a duplicate id in this input, an id the input never gave).
    """

    def __init__(self, path: str | os.PathLike[str], *, batch: int = 2000):
        self.con = connect(path)
        # checkpoint when the run closes, not every 16 MB of log: each checkpoint rewrites what
        # has grown, so an archive of four corpora took 12 % longer
        self.con.execute(f"SET checkpoint_threshold = '{_CHECKPOINT_THRESHOLD}'")
        self._batch_size = batch
        self._known: set[str] = {row[0] for row in self.con.execute("SELECT doc_id FROM documents").fetchall()}
        self._empty = not self._known
        self._this_run: set[str] = set()
        self.run = (self.con.execute("SELECT coalesce(max(run), 0) FROM documents").fetchone() or (0,))[0] + 1
        self._documents: list[tuple[Any, ...]] = []
        self._quotes: list[tuple[Any, ...]] = []
        self.added = self.already = self.failed = self.quotes = 0

    @property
    def empty(self) -> bool:
        """Whether the archive held no document when this run started (nothing to skip)."""
        return self._empty

    def known(self, doc_id: str) -> bool:
        """Whether the archive already holds a document of this id (from an earlier run)."""
        return doc_id in self._known

    def add(self, result: DocumentResult) -> str | None:
        """Queue one document's results; ``None`` when it is added, else why not (``"already in the archive"`` included)."""
        if result.id in self._this_run:
            self.failed += 1
            return "duplicate id: an earlier document of this input has it (only the first is kept)"
        if result.id in self._known:
            self.already += 1
            return "already in the archive"
        if result.error is not None:
            self.failed += 1
            return result.error
        self._this_run.add(result.id)
        document, quotes = result.archive or ((result.id, None, None, 0, 0), ())
        self._documents.append((*document, self.run))
        self._quotes.extend(quotes)
        self.added += 1
        self.quotes += len(quotes)
        if len(self._documents) >= self._batch_size:
            self.flush()
        return None

    def flush(self) -> None:
        """Write the queued documents and quotes in one transaction."""
        if not self._documents:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            _insert_rows(self.con, "documents", DOCUMENT_COLUMNS, self._documents)
            if self._quotes:
                _insert_rows(self.con, "quotes", QUOTE_COLUMNS, self._quotes)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self._known.update(d[0] for d in self._documents)
        self._documents, self._quotes = [], []

    def close(self, *, link: bool = True) -> ArchiveSummary:
        """Write what is queued, derive speakers and statements from every quote, and close."""
        try:
            self.flush()
            if link:
                relink(self.con)
            documents, speakers, statements = (
                self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("documents", "speakers", "statements")
            )
        finally:
            self.con.close()
        return ArchiveSummary(self.added, self.already, self.failed, self.quotes, documents, speakers, statements)


def _insert_rows(con: Any, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]], *, create: str | None = None) -> None:
    """Insert many rows at once through an Arrow table (``executemany`` takes a second per 10,000 rows).

    ``create``: the columns of a temporary table to (re)create first.
    """
    import pyarrow as pa

    if create is not None:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} ({create})")

    arrow_types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BLOB": pa.binary(), "VARCHAR[]": pa.list_(pa.string())}
    declared = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]).fetchall())
    # typed arrays: a column that is all NULL in this batch still has the column's type;
    # zip(*rows) turns the rows into columns in one pass in C
    incoming = pa.table({name: pa.array(column, type=arrow_types.get(declared.get(name, ""))) for name, column in zip(columns, zip(*rows))})
    con.register("incoming_rows", incoming)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")


#: The speakers table from the quotes (their keys set): names, roles and outlets most frequent first.
_SPEAKERS_SQL = """
INSERT INTO speakers
WITH named AS (
    SELECT q.speaker, q.speaker_name, q.speaker_role, q.doc_id, q.outlet, q.outlet_source, d.publisher
    FROM quotes q JOIN documents d USING (doc_id) WHERE q.speaker IS NOT NULL
),
names AS (SELECT speaker, speaker_name, count(*) AS n FROM named GROUP BY ALL),
top AS (SELECT speaker, arg_max(speaker_name, n * 1000 + length(speaker_name)) AS name FROM names GROUP BY speaker),
role_counts AS (SELECT speaker, speaker_role AS role, count(*) AS n FROM named WHERE speaker_role IS NOT NULL GROUP BY ALL),
roles AS (SELECT speaker, list(role ORDER BY n DESC, role)[1:5] AS roles FROM role_counts GROUP BY speaker),
publisher_counts AS (
    SELECT speaker, coalesce(publisher, CASE WHEN outlet_source = 'publisher' THEN outlet END) AS outlet, count(*) AS n
    FROM named GROUP BY ALL HAVING outlet IS NOT NULL
),
publishers AS (SELECT speaker, list(outlet ORDER BY n DESC, outlet) AS publishers FROM publisher_counts GROUP BY speaker),
cited_counts AS (SELECT speaker, outlet, count(*) AS n FROM named WHERE outlet_source = 'cited' AND outlet IS NOT NULL GROUP BY ALL),
cited AS (SELECT speaker, list(outlet ORDER BY n DESC, outlet) AS cited FROM cited_counts GROUP BY speaker),
counts AS (SELECT speaker, count(*) AS quotes, count(DISTINCT doc_id) AS documents FROM named GROUP BY speaker)
SELECT counts.speaker, top.name, coalesce(roles.roles, []), counts.quotes, counts.documents,
       coalesce(publishers.publishers, []), coalesce(cited.cited, [])
FROM counts JOIN top USING (speaker) LEFT JOIN roles USING (speaker)
     LEFT JOIN publishers USING (speaker) LEFT JOIN cited USING (speaker)
"""

#: Each statement's count of distinct outlets that carried it (the publisher, else the outlet a quote names as such).
_STATEMENT_OUTLETS_SQL = """
UPDATE statements SET publishers = c.n FROM (
    SELECT sq.statement_id, count(DISTINCT coalesce(d.publisher, CASE WHEN q.outlet_source = 'publisher' THEN q.outlet END)) AS n
    FROM statement_quotes sq JOIN quotes q USING (doc_id, quote_index) JOIN documents d USING (doc_id)
    GROUP BY sq.statement_id
) c WHERE statements.statement_id = c.statement_id
"""


def relink(con: Any) -> None:
    """Join short source keys to their full ones and recompute speakers and statements, in one transaction."""
    counts = con.execute("SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker").fetchall()
    joined = merge_short_names(key for key, _ in counts)
    con.execute("BEGIN TRANSACTION")
    try:
        if joined:
            _insert_rows(con, "key_merges", ("short_key", "full_key"), list(joined.items()), create="short_key VARCHAR, full_key VARCHAR")
            con.execute("UPDATE quotes SET speaker = m.full_key FROM key_merges m WHERE quotes.speaker = m.short_key")
        rows = con.execute(
            "SELECT q.doc_id, q.quote_index, q.text, q.kind, q.speaker, q.signature "
            "FROM quotes q JOIN documents d USING (doc_id) "
            "WHERE q.speaker IS NOT NULL AND q.signature IS NOT NULL "  # no other quote is ever linked
            "ORDER BY d.run, q.doc_id, q.quote_index"
        ).fetchall()
        statements = link_statements([QuoteRef(*r[:5]) for r in rows], [r[5] for r in rows])
        del rows
        for table in _DERIVED:
            con.execute(f"DELETE FROM {table}")
        con.execute(_SPEAKERS_SQL)
        if statements:
            _insert_rows(con, "statements", _STATEMENT_COLUMNS,
                         [(s.id, s.speaker_key, s.text, len(s.quotes), len(s.documents), 0) for s in statements])
            _insert_rows(con, "statement_quotes", ("statement_id", "doc_id", "quote_index"),
                         [(s.id, doc, index) for s in statements for doc, index in s.quotes])
            con.execute(_STATEMENT_OUTLETS_SQL)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def export_parquet(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> list[str]:
    """Write every table of the archive at ``path`` as ``folder/TABLE.parquet``; returns the files written."""
    con = connect(path, read_only=True)
    os.makedirs(folder, exist_ok=True)
    written = []
    try:
        for table in ("documents", "quotes", "speakers", "statements", "statement_quotes"):
            target = os.path.join(folder, f"{table}.parquet")
            temporary = target + ".partial"
            con.execute(f"COPY {table} TO '{_sql_string(temporary)}' (FORMAT parquet)")
            os.replace(temporary, target)
            written.append(target)
    finally:
        con.close()
    return written


def _sql_string(value: str) -> str:
    return value.replace("'", "''")
