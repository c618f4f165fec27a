"""Quotes across an archive: one key per source, statements carried by several outlets, a database and a report."""

from quotex.archive.keys import merge_short_names, speaker_key
from quotex.archive.linking import QuoteRef, Statement, link_statements

__all__ = ["QuoteRef", "Statement", "link_statements", "merge_short_names", "speaker_key"]
