"""Quotes across an archive: one key per source, statements carried by several outlets, a database and a report.

``quotex extract … -o ARCHIVE.duckdb`` builds one (``store``); ``quotex report`` shows it
(``report``). DuckDB, pyarrow and NumPy come with the extra ``quotex[archive]`` and are
imported only when an archive is opened or statements are linked.
"""

from quotex.archive.keys import merge_short_names, speaker_key
from quotex.archive.linking import QuoteRef, Statement, link_statements
from quotex.archive.report import render_report
from quotex.archive.store import ArchiveSummary, ArchiveWriter, MissingArchiveExtraError

__all__ = [
    "ArchiveSummary", "ArchiveWriter", "MissingArchiveExtraError", "QuoteRef", "Statement", "link_statements",
    "merge_short_names", "render_report", "speaker_key",
]
