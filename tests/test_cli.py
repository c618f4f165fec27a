"""The command line, run in-process through ``quotex.cli.main`` and once as ``python -m quotex``."""

import csv
import io
import json
import subprocess
import sys

import pytest

import quotex
from conftest import SEEDS
from quotex.cli import main
from quotex.serialize import RECORD_COLUMNS


def _expected_records() -> list[dict]:
    return [{"doc_id": f"seeds/{p.name}", **q.to_dict()} for p in SEEDS for q in quotex.extract_quotes(p.read_text(encoding="utf-8"))]


@pytest.fixture()
def seeds_dir(tmp_path, monkeypatch):
    """The seeds folder, addressed by a relative path as a user would type it."""
    monkeypatch.chdir(SEEDS[0].parent.parent)
    return "seeds"


def test_jsonl_rows_are_doc_id_plus_to_dict(seeds_dir, tmp_path, capsys):
    out = tmp_path / "quotes.jsonl"
    assert main(["extract", seeds_dir, "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == _expected_records()
    assert f"5 documents read, 0 failed, {len(rows)} quotes written" in capsys.readouterr().err


def test_json_csv_and_table_carry_the_same_quotes(seeds_dir, tmp_path, capsys):
    expected = _expected_records()
    assert main(["extract", seeds_dir, "--format", "json", "-o", str(tmp_path / "q.json")]) == 0
    assert json.loads((tmp_path / "q.json").read_text(encoding="utf-8")) == expected

    assert main(["extract", seeds_dir, "-o", str(tmp_path / "q.csv")]) == 0
    with open(tmp_path / "q.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [c for c, _ in RECORD_COLUMNS]
    assert [(r["doc_id"], r["text"], int(r["start"]), r["speaker.name"]) for r in rows] == [
        (e["doc_id"], e["text"], e["start"], e["speaker"]["name"] if e["speaker"] else "") for e in expected
    ]

    capsys.readouterr()
    assert main(["extract", seeds_dir, "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:4] == ["document", "kind", "speaker", "outlet"]
    assert len(table.splitlines()) == 2 + len(expected)
    assert "Leif-Eric Easley" in table


def test_parquet_has_the_documented_schema(seeds_dir, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "q.parquet"
    assert main(["extract", seeds_dir, "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.schema.names == [c for c, _ in RECORD_COLUMNS]
    assert str(table.schema.field("start").type) == "int64"
    expected = _expected_records()
    assert table.column("text").to_pylist() == [e["text"] for e in expected]
    assert table.column("outlet.source").to_pylist() == [e["outlet"]["source"] if e["outlet"] else None for e in expected]


def test_parquet_without_pyarrow_names_the_extra(seeds_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    assert main(["extract", seeds_dir, "-o", str(tmp_path / "q.parquet")]) == 2
    assert "pip install 'quotex[parquet]'" in capsys.readouterr().err


def test_bad_documents_are_reported_and_the_rest_goes_on(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"Harga \xff naik.")
    (tmp_path / "good.txt").write_text('"Kami siap," kata Budi Santoso.', encoding="utf-8")
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"id": "x1", "text": "\\"Ya,\\" ujar Siti."}\n{"id": "x2", "body": "…"}\nnot json\n{"id": "x4", "text": 7}\n',
        encoding="utf-8",
    )
    out = tmp_path / "q.jsonl"
    status = main(["extract", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), str(archive), str(tmp_path / "missing.txt"), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert f"{tmp_path / 'bad.txt'}: not valid UTF-8" in err
    assert "x2: no 'text' field" in err
    assert f"{archive}:3: not valid JSON" in err
    assert "x4: field 'text' is int, not a string" in err
    assert "missing.txt: no such file or folder" in err
    assert "7 documents read, 5 failed, 2 quotes written" in err
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == [str(tmp_path / "good.txt"), "x1"]


def test_workers_decode_the_json_and_report_bad_lines_as_one_process_does(tmp_path, capsys):
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"id": "x1", "text": "\\"Ya,\\" ujar Siti."}\n\n{"id": "x2", "body": "…"}\nnot json\n{"text": "\\"Tidak,\\" kata Budi."}\n',
        encoding="utf-8",
    )
    reports = []
    for jobs in ("1", "2"):
        out = tmp_path / f"q{jobs}.jsonl"
        assert main(["extract", str(archive), "--jobs", jobs, "-o", str(out)]) == 1
        reports.append((capsys.readouterr().err, out.read_text()))
    assert reports[0] == reports[1]
    err, rows = reports[0]
    assert "x2: no 'text' field" in err and f"{archive}:4: not valid JSON" in err
    assert "4 documents read, 2 failed, 2 quotes written" in err  # the blank line is no document
    assert [json.loads(line)["doc_id"] for line in rows.splitlines()] == ["x1", f"{archive}:5"]


def test_strict_stops_at_the_first_failure(tmp_path, capsys):
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": 1}\n{"id": 2, "text": "\\"Ya,\\" ujar Siti."}\n', encoding="utf-8")
    assert main(["extract", str(archive), "--strict", "-o", str(tmp_path / "q.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "1 documents read, 1 failed, 0 quotes written; stopped at the first failure (--strict)" in err
    assert "q.jsonl.partial" in err and not (tmp_path / "q.jsonl").exists()


def test_text_and_id_fields_are_configurable(tmp_path, capsys):
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"key": "k9", "isi": "\\"Ya,\\" ujar Siti."}\n', encoding="utf-8")
    assert main(["extract", str(archive), "--text-field", "isi", "--id-field", "key", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["doc_id"] == "k9"


def test_jobs_keep_input_order_and_results(seeds_dir, tmp_path):
    archive = tmp_path / "many.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 8
    archive.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(archive), "-o", str(one)]) == 0
    assert main(["extract", str(archive), "--jobs", "2", "-o", str(two)]) == 0
    assert one.read_text() == two.read_text()
    ids = [json.loads(line)["doc_id"] for line in one.read_text().splitlines()]
    assert ids == sorted(ids, key=lambda d: int(d[1:]))


def test_stdin_as_text_and_as_jsonl(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('"Ya," kata Budi.'))
    assert main(["extract", "-", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["speaker"]["name"] == "Budi"
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "s", "text": "\\"Ya,\\" kata Budi."}\n'))
    assert main(["extract", "-", "--stdin-format", "jsonl", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["doc_id"] == "s"


def test_usage_errors_exit_2(capsys):
    for argv in (["extract"], ["extract", "x.txt", "--jobs", "0"], ["extract", "x.txt", "--format", "xml"], []):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2


def test_render_escapes_the_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('<script>alert(1)</script>\n"Kami siap," kata Budi Santoso.', encoding="utf-8")
    assert main(["render", str(article), "-o", str(tmp_path / "a.html")]) == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'class="quote"' in page and "Budi Santoso" in page


def test_python_dash_m_runs_the_same_command_line(seeds_dir):
    done = subprocess.run([sys.executable, "-m", "quotex", "extract", SEEDS[0].as_posix(), "--format", "jsonl"], capture_output=True, text=True, check=True)
    assert [json.loads(line)["text"] for line in done.stdout.splitlines()] == [q.text for q in quotex.extract_quotes(SEEDS[0].read_text(encoding="utf-8"))]


def test_a_jsonl_line_with_bad_utf8_fails_alone(tmp_path, capsys):
    archive = tmp_path / "a.jsonl"
    archive.write_bytes(b'{"id": "bad", "text": "harga \xff naik"}\n{"id": "ok", "text": "\\"Ya,\\" ujar Siti."}\n')
    assert main(["extract", str(archive), "-o", str(tmp_path / "q.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"{archive}:1: not valid UTF-8 (byte 29: b'\\xff')" in err
    assert "2 documents read, 1 failed, 1 quotes written" in err


def test_undecoded_lines_decode_to_the_documents_read_directly(tmp_path):
    from quotex.documents import JsonLine, read_documents

    archive = tmp_path / "a.jsonl"
    archive.write_bytes(b'{"id": 1, "text": "A"}\n\n  \n{"text": "B"}\n[1]\n{"id": "z", "text": 3}\nnope\n\xff\n')
    direct = list(read_documents([str(archive)]))
    lazy = list(read_documents([str(archive)], decode=False))
    assert [i.decode() if isinstance(i, JsonLine) else i for i in lazy] == direct
    assert sum(isinstance(i, JsonLine) for i in lazy) == 5  # the bad UTF-8 line fails while reading
