"""Output files that appear under their name only when complete, and the manifest that resumes a run.

A run writes ``OUT.partial`` and, every few seconds, records in ``OUT.partial.json`` how
many documents (and bytes of output) are safely on disk. A finished run renames the
partial file to ``OUT`` and removes the manifest, so a file named ``OUT`` is always
whole. After a kill, a full disk or a reboot, :meth:`PartialOutput.open` with
``resume=True`` cuts the partial file back to the last checkpoint, and the caller skips
that many documents: the final file is the same, byte for byte, as an uninterrupted run's.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import attrs

__all__ = ["CHECKPOINT_SECONDS", "PartialOutput", "ResumeError", "RunState"]

#: How often, by default, the manifest records the documents written (seconds).
CHECKPOINT_SECONDS = 10.0
_MANIFEST_VERSION = 1


class ResumeError(ValueError):
    """An interrupted run cannot be resumed as asked: its manifest is unreadable or was made for other settings."""


@attrs.frozen
class RunState:
    """What a checkpoint says is on disk: documents done (in input order), quotes, failures, and output bytes."""

    documents: int = 0
    quotes: int = 0
    failed: int = 0
    bytes: int = 0
    last_id: str | None = None  #: the id of the last document done, to check the input is the same on resume


def partial_path(path: Path) -> Path:
    """Where the output is written until it is complete."""
    return path.with_name(path.name + ".partial")


def manifest_path(path: Path) -> Path:
    """The manifest of a run writing ``path``."""
    return path.with_name(path.name + ".partial.json")


class PartialOutput:
    """One output file written under a temporary name, with checkpoints of the documents written.

    ``settings`` (format, inputs, fields, backend) are kept in the manifest: a resumed run
    must have the same, or it would append different records to the same file.
    """

    def __init__(self, path: Path, handle: IO[bytes], settings: Mapping[str, Any], state: RunState, every: float | None):
        self.path = path
        self.partial = partial_path(path)
        self.manifest = manifest_path(path)
        self.settings = dict(settings)
        self.resumed_from = state  #: what the run started from (all zero for a new run)
        self._documents, self._quotes, self._failed, self._bytes, self._last_id = (
            state.documents, state.quotes, state.failed, state.bytes, state.last_id)
        self._binary = handle
        self.text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=False)
        self._every = every
        self._last_checkpoint = time.monotonic()

    @classmethod
    def open(cls, path: str | os.PathLike[str], settings: Mapping[str, Any], *, resume: bool = False,
             every: float | None = CHECKPOINT_SECONDS) -> PartialOutput:
        """Start writing ``path`` (as ``path.partial``), or continue an interrupted run of the same settings.

        ``every=None`` keeps no manifest: the run cannot be resumed, but its file still
        appears only when complete. Raises :class:`ResumeError` when ``resume`` finds a
        manifest made for other settings, and ``OSError`` when the file cannot be written.
        """
        path = Path(path)
        state = _read_manifest(manifest_path(path), settings, partial_path(path)) if resume else None
        if state is None:
            manifest_path(path).unlink(missing_ok=True)
            handle = open(partial_path(path), "wb")  # noqa: SIM115 - owned by the PartialOutput
            state = RunState()
        else:
            handle = open(partial_path(path), "r+b")  # noqa: SIM115
            handle.truncate(state.bytes)  # what was written after the last checkpoint is cut off, and written again
            handle.seek(state.bytes)
        output = cls(path, handle, settings, state, every)
        if every is not None and state.documents == 0:
            output.checkpoint()  # a manifest from the start: a run killed at once resumes from nothing
        return output

    @property
    def resumed(self) -> bool:
        """Whether this run continues an earlier one (records are already on disk)."""
        return self.resumed_from.documents > 0

    def done(self, doc_id: str, quotes: int, failed: bool) -> None:
        """Count one document whose records are all written; checkpoint when one is due (every 64 documents
        the clock is read: counting stays cheap on an archive of millions)."""
        self._documents += 1
        self._quotes += quotes
        self._failed += failed
        self._last_id = doc_id
        if self._every is not None and self._documents % 64 == 0 and time.monotonic() - self._last_checkpoint >= self._every:
            self.checkpoint()

    @property
    def state(self) -> RunState:
        """The documents, quotes and failures done so far, and the output bytes at the last checkpoint."""
        return RunState(self._documents, self._quotes, self._failed, self._bytes, self._last_id)

    def checkpoint(self) -> None:
        """Put everything written so far on disk, then record it in the manifest (atomically)."""
        self.text.flush()
        self._binary.flush()
        os.fsync(self._binary.fileno())
        self._bytes = self._binary.tell()
        if self._every is not None:
            record = {"version": _MANIFEST_VERSION, "settings": self.settings, **attrs.asdict(self.state)}
            _write_atomically(self.manifest, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        self._last_checkpoint = time.monotonic()

    def finish(self, convert: Any = None) -> None:
        """Close the partial file and give it its name; ``convert(partial, destination)`` writes another format from it."""
        self.checkpoint()
        self.text.close()
        if convert is None:
            os.replace(self.partial, self.path)
        else:
            converted = self.path.with_name(self.path.name + ".converting")
            convert(self.partial, converted)
            os.replace(converted, self.path)
            self.partial.unlink()
        _sync_directory(self.path.parent)
        self.manifest.unlink(missing_ok=True)

    def abandon(self) -> None:
        """Close the partial file without a checkpoint: the manifest still says what is whole on disk."""
        try:
            self.text.close()
        except OSError:  # the buffered text could not be flushed (a full disk): the checkpoint stands
            try:
                self._binary.close()
            except OSError:
                pass


def _read_manifest(manifest: Path, settings: Mapping[str, Any], partial: Path) -> RunState | None:
    """The state an earlier run recorded, or ``None`` when there is none to resume."""
    if not manifest.exists():
        return None
    try:
        record = json.loads(manifest.read_text(encoding="utf-8"))
        state = RunState(**{f.name: record[f.name] for f in attrs.fields(RunState)})
        recorded = record["settings"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ResumeError(f"cannot resume: {manifest} is not a quotex manifest ({error})") from error
    if record.get("version") != _MANIFEST_VERSION:
        raise ResumeError(f"cannot resume: {manifest} was written by another version of quotex")
    different = sorted(k for k in set(recorded) | set(settings) if recorded.get(k) != settings.get(k))
    if different:
        names = ", ".join(f"{k} (was {recorded.get(k)!r}, now {settings.get(k)!r})" for k in different)
        raise ResumeError(f"cannot resume: the interrupted run had other settings: {names}")
    if not partial.exists() or partial.stat().st_size < state.bytes:
        raise ResumeError(f"cannot resume: {partial} is missing or shorter than its manifest says")
    return state


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _sync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (where the platform allows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
