"""The ``quotex`` command line: ``extract`` for archives, ``render`` for one article, ``evaluate`` on gold files.

Exit status: 0 when every document was processed, 1 when some failed (each
reported on stderr with its id and reason), 2 for a usage error, 3 when the output
could not be written (a full disk, a file size limit, an unwritable path), 130 when
interrupted. ``extract -o FILE`` writes ``FILE`` only once it is complete; until then
the run is in ``FILE.partial``, and ``--resume`` continues it after an interruption.
"""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotex import __version__
from quotex.batch import DocumentResult, extract_documents
from quotex.documents import Document, DocumentError, JsonLine, read_documents
from quotex.extractor import BACKENDS
from quotex.partial import CHECKPOINT_SECONDS, PartialOutput, ResumeError
from quotex.stanza_models import ENV_VAR, PRESETS, ModelsMissingError, StanzaUnavailableError
from quotex.writers import FORMATS, MissingExtraError, open_writer, parquet_schema, rows_to_parquet

__all__ = ["main"]


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotex", description="Quoted speech in Indonesian news: who said what, through which outlet.")
    parser.add_argument("--version", action="version", version=f"quotex {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = commands.add_parser("extract", help="quotes of many articles as jsonl, json, csv, parquet or a table",
                             description="One output row per quote, with the document id and every field of Quote.to_dict().")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt files, folders of them, .jsonl files (one article per line), or - for stdin")
    ex.add_argument("-o", "--output", help="output file (default: stdout)")
    ex.add_argument("--format", choices=FORMATS, default=None, help="output format (default: from the -o suffix, else jsonl; table on a terminal)")
    ex.add_argument("--text-field", default="text", help="JSON field holding the article text (default: text)")
    ex.add_argument("--id-field", default="id", help="JSON field holding the document id (default: id; else FILE:LINE)")
    ex.add_argument("--date-field", default="date", help="JSON field holding the publication date, kept in an archive (default: date)")
    ex.add_argument("--stdin-format", choices=("text", "jsonl"), default="text", help="how to read '-' (default: one text document)")
    ex.add_argument("--jobs", type=_positive, default=1, help="worker processes (default: 1)")
    ex.add_argument("--backend", choices=BACKENDS, default="rules", help="extraction backend (default: rules; stanza needs quotex[stanza] and a model)")
    ex.add_argument("--stanza-dir", default=None, help=f"stanza model directory (default: ${ENV_VAR}, else stanza's own)")
    ex.add_argument("--strict", action="store_true", help="stop at the first document that fails")
    ex.add_argument("--resume", action="store_true", help="with -o: continue an interrupted run from its last checkpoint (FILE.partial.json)")
    ex.add_argument("--checkpoint-every", type=float, default=CHECKPOINT_SECONDS, metavar="SECONDS",
                    help=f"with -o: record the documents written this often, for --resume (default: {CHECKPOINT_SECONDS:g}; 0: keep no manifest)")
    ex.add_argument("--commit-every", type=_positive, default=2000, metavar="N",
                    help="with -o ARCHIVE.duckdb: documents added per transaction (default: 2000)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line (failures are still reported)")

    render = commands.add_parser("render", help="one article as a standalone HTML page with its quotes highlighted")
    render.add_argument("article", help="a UTF-8 .txt file, or - for stdin")
    render.add_argument("-o", "--output", help="HTML file to write (default: stdout)")
    render.add_argument("--title", help="page title (default: the file name)")

    report = commands.add_parser("report", help="an archive (extract -o X.duckdb) as a self-contained HTML report")
    report.add_argument("archive", help="an archive written by quotex extract -o ARCHIVE.duckdb")
    report.add_argument("-o", "--output", required=True, help="HTML file to write")
    report.add_argument("--title", help="page title (default: the archive's file name)")
    report.add_argument("--speakers", type=_positive, default=25, help="top speakers listed (default: 25)")
    report.add_argument("--statements", type=_positive, default=60, help="statements shown, most carried first (default: 60)")

    tables = commands.add_parser("tables", help="an archive's tables as Parquet files, for those who prefer files")
    tables.add_argument("archive", help="an archive written by quotex extract -o ARCHIVE.duckdb")
    tables.add_argument("--parquet", required=True, metavar="FOLDER", help="folder for documents.parquet, quotes.parquet, …")

    ev = commands.add_parser("evaluate", help="score quotex on gold files (GUIDELINES sections 5 and 6)",
                             description="Detection, end-to-end, attribution, outlets, roles and calibration against annotated articles.")
    ev.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or folders of them")
    ev.add_argument("--errors", action="store_true", help="also list every miss, spurious quote, wrong speaker and wrong outlet")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    ev.add_argument("--predictions", metavar="FILE.jsonl", help="score these predictions instead of running quotex")
    ev.add_argument("--backend", choices=BACKENDS, default="rules", help="extraction backend (default: rules)")
    ev.add_argument("--stanza-dir", default=None, help=f"stanza model directory (default: ${ENV_VAR}, else stanza's own)")

    models = commands.add_parser("models", help="get the Indonesian stanza models of the stanza backend")
    actions = models.add_subparsers(dest="action", required=True, metavar="ACTION")
    download = actions.add_parser("download", help="download stanza's official Indonesian models (needs the internet)")
    download.add_argument("--dir", default=None, help=f"where to put them (default: ${ENV_VAR}, else stanza's own)")
    build = actions.add_parser("build", help="train the models on Universal Dependencies treebanks, offline, on CPU")
    build.add_argument("--ud", nargs="+", required=True, metavar="PATH", help="UD_Indonesian-* folders or .conllu files (*-ud-dev files become the dev set)")
    build.add_argument("--out", required=True, help="model directory to write")
    build.add_argument("--preset", choices=tuple(PRESETS), default="small", help="model sizes and training length (default: small, about an hour; tiny: minutes)")
    build.add_argument("--work-dir", default=None, help="keep prepared data and training logs here (default: a temporary folder)")
    build.add_argument("--float32", action="store_true", help="keep float32 weights (default: store float16, half the size)")
    build.add_argument("--resume", action="store_true", help="with --work-dir: keep the processors an interrupted build finished")
    check = actions.add_parser("check", help="say whether a model directory is complete and loads")
    check.add_argument("--dir", default=None, help=f"model directory (default: ${ENV_VAR}, else stanza's own)")
    return parser


def _pick_format(requested: str | None, output: str | None) -> str:
    if requested:
        return requested
    if output:
        suffix = Path(output).suffix.lower().lstrip(".")
        return {"ndjson": "jsonl", "txt": "table", "db": "duckdb"}.get(suffix, suffix if suffix in FORMATS else "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


def _count_documents(inputs: Sequence[str]) -> int | None:
    """About how many documents ``inputs`` hold (a line of JSON Lines each), for the time left; ``None`` for stdin."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in (".jsonl", ".ndjson"):
                total += _count_lines(file)
            elif file.suffix.lower() == ".txt" or file == path:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return lines + (last != b"\n")


def _item_id(item: Document | DocumentError | JsonLine) -> str:
    return item.decode().id if isinstance(item, JsonLine) else item.id


def _skip_done(docs: Iterator[Any], count: int, last_id: str | None) -> Iterator[Any]:
    """``docs`` after the ``count`` a resumed run has done; the last of them must be ``last_id`` (the same input)."""
    skipped, last = 0, None
    for last in itertools.islice(docs, count):
        skipped += 1
    if skipped < count:
        raise ResumeError(f"cannot resume: the input holds {skipped} documents, the interrupted run had done {count}")
    if count and _item_id(last) != last_id:
        raise ResumeError(f"cannot resume: document {count} of the input is {_item_id(last)!r}, the interrupted run's was {last_id!r}")
    return docs


def _settings(args: argparse.Namespace, fmt: str) -> dict[str, Any]:
    """What a resumed run must share with the interrupted one (``--jobs`` does not change the output)."""
    return {
        "format": fmt,
        "inputs": [name if name == "-" else os.path.abspath(name) for name in args.inputs],
        "text_field": args.text_field, "id_field": args.id_field, "stdin_format": args.stdin_format, "backend": args.backend,
    }


def _run_extract(args: argparse.Namespace) -> int:
    fmt = _pick_format(args.format, args.output)
    if fmt == "duckdb":
        return _run_archive(args)
    if args.resume and not args.output:
        print("quotex: --resume needs -o FILE (standard output cannot be resumed)", file=sys.stderr)
        return 2
    if args.checkpoint_every < 0:
        print("quotex: --checkpoint-every must be 0 or more seconds", file=sys.stderr)
        return 2
    output: PartialOutput | None = None
    try:
        if fmt == "parquet":
            parquet_schema()  # a missing extra fails before anything is written
        if args.output:
            if hasattr(signal, "SIGXFSZ"):
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a file size limit: an error to report, not a silent kill
            every = args.checkpoint_every or None
            output = PartialOutput.open(args.output, _settings(args, fmt), resume=args.resume, every=every)
            writer = open_writer(fmt, text_out=output.text, continuing=output.resumed, records_before=output.state.quotes)
        elif fmt == "parquet":
            writer = open_writer(fmt, binary_out=sys.stdout.buffer)
        else:
            writer = open_writer(fmt, text_out=sys.stdout)
    except (MissingExtraError, ResumeError) as error:
        print(f"quotex: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"quotex: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 3

    start = output.state if output is not None else None
    documents, quotes, failed = (start.documents, start.quotes, start.failed) if start else (0, 0, 0)
    docs: Iterator[Any] = read_documents(args.inputs, text_field=args.text_field, id_field=args.id_field,
                                         stdin_format=args.stdin_format, decode=False)
    try:
        docs = _skip_done(docs, documents, start.last_id if start else None)
    except ResumeError as error:
        if output is not None:
            output.abandon()
        print(f"quotex: {error}", file=sys.stderr)
        return 2
    progress = _progress_bar(args, documents)
    results = extract_documents(docs, jobs=args.jobs, backend=args.backend, stanza_dir=args.stanza_dir)
    stopped = False
    try:
        for result in results:
            documents += 1
            if result.error is not None:
                failed += 1
                progress.write(f"quotex: {result.id}: {result.error}", file=sys.stderr)
            for record in result.records:
                writer.write(record)
            quotes += len(result.records)
            if output is not None:
                output.done(result.id, len(result.records), result.error is not None)
            progress.update(1)
            if documents % 64 == 0:
                progress.set_postfix_str(f"{quotes:,} quotes, {failed:,} failed", refresh=False)
            if args.strict and result.error is not None:
                stopped = True
                break
        progress.set_postfix_str(f"{quotes:,} quotes, {failed:,} failed")
        if not stopped:
            writer.close()
            if output is not None:
                output.finish(rows_to_parquet if fmt == "parquet" else None)
    except OSError as error:
        progress.close()
        kept = f"{output.partial}" if output is not None else "the output"
        done = output.state.documents if output is not None else 0
        if output is not None:
            output.abandon()
        print(f"quotex: cannot write {kept}: {error.strerror or error}. Nothing is written under {args.output or 'its final name'}; "
              f"run the same command with --resume once there is room (it continues after document {done:,}).", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        progress.close()
        if output is not None:
            output.abandon()
            print(f"quotex: interrupted; run the same command with --resume to continue {output.partial}", file=sys.stderr)
        return 130
    finally:
        results.close()  # stops the worker processes when the loop ends early
        progress.close()
    summary = f"quotex: {documents:,} documents read, {failed:,} failed, {quotes:,} quotes written"
    if stopped:
        if output is not None:
            output.checkpoint()
            output.abandon()
        where = f"; the output so far is in {output.partial}, not {output.path}" if output is not None else ""
        print(f"{summary}; stopped at the first failure (--strict){where}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(summary, file=sys.stderr)
    return 1 if failed else 0


def _run_archive(args: argparse.Namespace) -> int:
    """``extract … -o ARCHIVE.duckdb``: add the documents not yet in the archive, then link statements."""
    from collections import deque

    from quotex.archive.store import ArchiveWriter, MissingArchiveExtraError

    if not args.output:
        print("quotex: --format duckdb needs -o ARCHIVE.duckdb", file=sys.stderr)
        return 2
    try:
        archive = ArchiveWriter(args.output, batch=args.commit_every)
    except MissingArchiveExtraError as error:
        print(f"quotex: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - OSError or duckdb's own IOException: the path cannot be written
        print(f"quotex: cannot write {args.output}: {error}", file=sys.stderr)
        return 3
    fallback_ids: deque[str | None] = deque()  # for each document sent, the id it gets when the input gives none

    def new_documents() -> Iterator[Any]:
        for item in read_documents(args.inputs, text_field=args.text_field, id_field=args.id_field,
                                   stdin_format=args.stdin_format, decode=False, date_field=args.date_field):
            if not archive.empty:
                doc_id = _item_id(item)  # decodes a JSON line: only on a re-run, where ids are needed before extracting
                if archive.known(doc_id):
                    archive.add(DocumentResult(doc_id))  # counted as already there, not extracted again
                    continue
            fallback_ids.append(item.fallback_id if isinstance(item, JsonLine) else None)
            yield item

    progress = _progress_bar(args, 0)
    # more batches in flight than for a file: workers go on while a transaction is written
    results = extract_documents(new_documents(), jobs=args.jobs, backend=args.backend, stanza_dir=args.stanza_dir,
                                for_archive=True, in_flight_per_job=16)
    try:
        for result in results:
            fallback = fallback_ids.popleft()
            if fallback is not None and result.id == fallback and result.error is None:
                result = attrs.evolve(result, error=f"no {args.id_field!r} field: an archive needs an id that stays the same between runs")
            problem = archive.add(result)
            if problem is not None and problem != "already in the archive":
                progress.write(f"quotex: {result.id}: {problem}", file=sys.stderr)
            progress.update(1)
        summary = archive.close()
    except KeyboardInterrupt:
        progress.close()
        print("quotex: interrupted; the documents added so far are in the archive, run again to add the rest", file=sys.stderr)
        return 130
    finally:
        results.close()
        progress.close()
    if not args.quiet:
        print(f"quotex: {summary.added:,} documents added ({summary.quotes:,} quotes), {summary.already:,} already in the archive, "
              f"{summary.failed:,} failed; the archive holds {summary.documents:,} documents, {summary.speakers:,} speakers, "
              f"{summary.statements:,} statements carried by two or more", file=sys.stderr)
    return 1 if summary.failed else 0


def _progress_bar(args: argparse.Namespace, done: int) -> Any:
    """A tqdm bar on stderr (documents, rate, time left) when stderr is a terminal and not ``--quiet``."""
    from tqdm import tqdm

    shown = sys.stderr.isatty() and not args.quiet
    total = _count_documents(args.inputs) if shown else None
    return tqdm(total=total, initial=done, unit=" docs", file=sys.stderr, disable=not shown, dynamic_ncols=True, mininterval=0.5)


def _run_report(args: argparse.Namespace) -> int:
    from quotex.archive.report import render_report
    from quotex.archive.store import MissingArchiveExtraError
    from quotex.partial import PartialOutput

    try:
        page = render_report(args.archive, title=args.title, speakers=args.speakers, statements=args.statements)
    except MissingArchiveExtraError as error:
        print(f"quotex: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - FileNotFoundError, or duckdb's error for a file that is no archive
        print(f"quotex: cannot read the archive {args.archive}: {error}", file=sys.stderr)
        return 2
    try:
        output = PartialOutput.open(args.output, {}, every=None)  # the page appears only once written whole
        output.text.write(page)
        output.finish()
    except OSError as error:
        print(f"quotex: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 3
    print(f"quotex: report written to {args.output}", file=sys.stderr)
    return 0


def _run_tables(args: argparse.Namespace) -> int:
    from quotex.archive.store import MissingArchiveExtraError, export_parquet

    try:
        written = export_parquet(args.archive, args.parquet)
    except MissingArchiveExtraError as error:
        print(f"quotex: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - a missing or unreadable archive, an unwritable folder
        print(f"quotex: cannot export {args.archive} to {args.parquet}: {error}", file=sys.stderr)
        return 3
    print(f"quotex: wrote {', '.join(written)}", file=sys.stderr)
    return 0


def _run_render(args: argparse.Namespace) -> int:
    from quotex.html import render_html

    if args.article == "-":
        text, name = sys.stdin.read(), "stdin"
    else:
        try:
            text = Path(args.article).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"quotex: cannot read {args.article}: {error}", file=sys.stderr)
            return 1
        name = Path(args.article).name
    page = render_html(text, title=args.title or name)
    if args.output:
        Path(args.output).write_text(page, encoding="utf-8")
    else:
        sys.stdout.write(page)
    return 0


def _run_evaluate(args: argparse.Namespace) -> int:
    import json

    from quotex.evaluation import GoldFormatError, evaluate, evaluation_to_dict, format_errors, format_summary
    from quotex.evaluation.metrics import read_predictions

    try:
        predictions = read_predictions(args.predictions) if args.predictions else None
        result = evaluate(args.gold, backend=args.backend, stanza_dir=args.stanza_dir, predictions=predictions)
    except (GoldFormatError, ValueError, OSError) as error:
        print(f"quotex: {error}", file=sys.stderr)
        return 2
    if args.errors:
        listed = format_errors(result)
        if listed:
            print(listed)
    print(json.dumps(evaluation_to_dict(result), ensure_ascii=False) if args.json else format_summary(result))
    return 0


def _run_models(args: argparse.Namespace) -> int:
    from quotex import stanza_models

    if args.action == "download":
        path = stanza_models.download_models(args.dir)
        print(f"quotex: Indonesian stanza models ready in {path}", file=sys.stderr)
    elif args.action == "build":
        log = lambda line: print(f"quotex: {line}", file=sys.stderr)  # noqa: E731
        try:
            path = stanza_models.build_models(args.ud, args.out, preset=args.preset, work_dir=args.work_dir,
                                              half=not args.float32, log=log, resume=args.resume)
        except (FileNotFoundError, ValueError) as error:
            print(f"quotex: {error}", file=sys.stderr)
            return 2
        except RuntimeError as error:  # a training step failed; the message names its log
            print(f"quotex: building the models failed: {error}", file=sys.stderr)
            return 1
        print(f"quotex: load it with --stanza-dir {path} (or set {ENV_VAR}={path})", file=sys.stderr)
    else:
        from quotex.parse import StanzaParser

        parser = StanzaParser(args.dir)
        words = sum(len(s) for doc in parser.parse(["Presiden itu mengatakan bahwa ia setuju."]) for s in doc)
        print(f"quotex: {parser.model_dir} is complete and parses ({words} words in the test sentence)", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _run_extract(args)
        if args.command == "models":
            return _run_models(args)
        if args.command == "evaluate":
            return _run_evaluate(args)
        if args.command == "report":
            return _run_report(args)
        if args.command == "tables":
            return _run_tables(args)
        return _run_render(args)
    except (StanzaUnavailableError, ModelsMissingError) as error:
        print(f"quotex: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
