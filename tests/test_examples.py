"""Every script in examples/ runs on the seeds, so the examples never rot."""

import csv
import json
import subprocess
import sys

import quotex
from conftest import ROOT, SEEDS

SEED_QUOTES = sum(len(quotex.extract_quotes(p.read_text(encoding="utf-8"))) for p in SEEDS)


def _run(tmp_path, script, *args):
    return subprocess.run([sys.executable, str(ROOT / "examples" / script), *args], cwd=tmp_path, capture_output=True, text=True, check=True)


def test_quickstart_prints_the_seed_quotes(tmp_path):
    out = _run(tmp_path, "quickstart.py").stdout
    assert "quotes" in out and "Kim Jong Un" in out
    assert json.loads(out[out.index("{") :])["kind"] in ("direct", "indirect", "mixed")


def test_folder_to_csv_writes_one_row_per_quote(tmp_path):
    _run(tmp_path, "folder_to_csv.py", str(ROOT / "seeds"), "q.csv")
    with open(tmp_path / "q.csv", encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == SEED_QUOTES


def test_jsonl_archive_with_two_jobs(tmp_path):
    out = _run(tmp_path, "jsonl_archive.py", "--jobs", "2").stdout
    assert f"5 documents, 0 failed, {SEED_QUOTES} quotes" in out
    assert len((tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()) == SEED_QUOTES


def test_dask_archive_on_a_local_cluster(tmp_path):
    out = _run(tmp_path, "dask_archive.py", "--workers", "2").stdout
    assert f"{SEED_QUOTES} quotes, 0 failed documents" in out and "(2 workers)" in out
    pandas = __import__("pandas")
    assert len(pandas.read_parquet(tmp_path / "quotes.parquet")) == SEED_QUOTES
