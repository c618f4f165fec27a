"""Archives: source keys, statement linking, the DuckDB database, its report in Chromium, the Dask path.

The golden statements of the seeds are written by hand from the seed texts: the same remark
reported (in different translations) by different outlets.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
import duckdb

from conftest import SEEDS
from quotex.archive import QuoteRef, link_statements, merge_short_names, speaker_key
from quotex.archive.linking import compute_signatures, miss_rate, quote_signature
from quotex.roots import root_of
from quotex.cli import main

# The statements the seeds share, by hand: (seed, words of the quote) for each report of it.
SEED_STATEMENTS = [
    # Kim Jong Un's support for Putin, seeds 001 and 004
    {("001", "Kami secara konsisten dan tanpa syarat menyatakan dukungan kami"), ("004", "Kami akan selalu mendukung keputusan Presiden Putin")},
    # Putin on North Korea's interest in rockets and space, seeds 001 (via Sputnik) and 003 (via CNN)
    {("001", "Pemimpin Korea Utara tertarik dengan pembangunan roket"), ("003", "Pemimpin Korea Utara menunjukkan minat yang besar terhadap angkasa luar")},
    # Putin on limits and what can be discussed, seeds 003 and 004
    {("003", "Namun, ada beberapa hal yang tentu saja bisa kita bicarakan"), ("004", "Ya, ada batasan-batasan tertentu. Rusia mengamati semua batasan ini")},
]


def _build(tmp_path: Path, *inputs: str, name: str = "a.duckdb", extra: tuple[str, ...] = ()) -> tuple[int, Path]:
    path = tmp_path / name
    return main(["extract", *inputs, "-o", str(path), "-q", *extra]), path


def _statements(path: Path) -> list[set[tuple[str, str]]]:
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT sq.statement_id, q.doc_id, q.text FROM statement_quotes sq JOIN quotes q USING (doc_id, quote_index) ORDER BY 1").fetchall()
    con.close()
    groups: dict[int, set[tuple[str, str]]] = {}
    for sid, doc_id, text in rows:
        groups.setdefault(sid, set()).add((Path(doc_id).name[:3], text))
    return list(groups.values())


@pytest.fixture(scope="module")
def seeds_archive(tmp_path_factory) -> Path:
    status, path = _build(tmp_path_factory.mktemp("seeds"), *(str(p) for p in SEEDS))
    assert status == 0
    return path


def test_the_seeds_share_exactly_the_statements_written_by_hand(seeds_archive):
    found = _statements(seeds_archive)
    expected = [{(seed, words) for seed, words in group} for group in SEED_STATEMENTS]
    assert len(found) == len(expected)
    for group in expected:
        match = [f for f in found if all(any(seed == s and text.startswith(words) for s, text in f) for seed, words in group)]
        assert len(match) == 1 and len(match[0]) == len(group), f"not found as one statement: {group}"


def test_one_key_per_source_across_articles(seeds_archive):
    con = duckdb.connect(str(seeds_archive), read_only=True)
    speakers = dict(con.execute("SELECT speaker, documents FROM speakers").fetchall())
    names = {row[0] for row in con.execute("SELECT DISTINCT speaker_name FROM quotes WHERE speaker = 'kim jong un'").fetchall()}
    con.close()
    assert speakers["vladimir putin"] == 5
    assert names == {"Kim Jong-un", "Kim Jong Un"}
    assert "kim dong yup" in speakers  # a different Kim, never merged


@pytest.mark.parametrize("name,key", [
    ("Kim Jong-un", "kim jong un"), ("Kim Jong Un", "kim jong un"), ("Abdul Mu’ti", "abdul muti"), ("  Para  Analis ", "para analis"),
])
def test_speaker_key(name, key):
    assert speaker_key(name) == key


def test_short_names_join_their_one_full_name_and_stay_apart_when_several_fit():
    merged = merge_short_names(["putin", "vladimir putin", "kim", "kim jong un", "kim dong yup", "budi"])
    assert merged == {"putin": "vladimir putin"}


@pytest.mark.parametrize("word,root", [
    ("pembatasan", "batas"), ("batasan", "batas"), ("membicarakan", "bicara"), ("mendukung", "dukung"), ("dukungan", "dukung"),
    ("peroketan", "roket"), ("rusia", "rusia"), ("xyzzy", "xyzzy"),
])
def test_roots(word, root):
    assert root_of(word) == root


def _refs(*quotes: tuple[str, str, str]) -> list[QuoteRef]:
    return [QuoteRef(doc, i, text, "direct", speaker) for i, (doc, speaker, text) in enumerate(quotes)]


SENTENCE = "Pemerintah akan menaikkan anggaran pendidikan dan kesehatan tahun depan untuk seluruh provinsi"


@pytest.mark.parametrize("other,linked", [
    (("b", "budi", SENTENCE), True),  # a copy in another article
    (("b", "budi", "Menurut saya, " + SENTENCE.lower() + " secepatnya"), True),  # the same words, a little more
    (("a", "budi", SENTENCE), False),  # the same article
    (("b", "siti", SENTENCE), False),  # another source
    (("b", "budi", SENTENCE.replace("tahun depan", "tahun 2030")), False),  # a number that is not in the first
    (("b", "budi", "Cuaca hari ini cerah dan pasar ramai dikunjungi warga sejak pagi"), False),  # another remark
])
def test_linking_pairs(other, linked):
    statements = link_statements(_refs(("a", "budi", SENTENCE), other))
    assert bool(statements) == linked


def test_quotes_too_short_or_without_source_are_never_linked():
    assert link_statements(_refs(("a", "budi", "Kami siap"), ("b", "budi", "Kami siap"))) == []
    assert link_statements(_refs(("a", None, SENTENCE), ("b", None, SENTENCE))) == []
    assert quote_signature("Kami siap") is None


def test_the_documented_miss_rates():
    assert miss_rate(0.5) < 0.001 and 0.04 < miss_rate(0.3) < 0.06


def test_signatures_are_datasketch_minhash():
    """The permutations file (scripts/build_minhash_permutations.py) still gives datasketch's MinHash."""
    MinHash = pytest.importorskip("datasketch").MinHash
    import numpy as np
    import zlib

    from quotex.archive.linking import NUM_PERM, content_words

    texts = [SENTENCE, "Kami siap", SENTENCE.upper() + " dan Bandung", "Harga beras naik lagi di pasar induk kota sejak Senin"]
    found = compute_signatures(texts)
    assert found[1] is None  # too few words
    for text, signature in zip(texts, found):
        if signature is None:
            continue
        minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, scheme="legacy")
        minhash.update_batch([w.encode() for w in sorted(content_words(text))])
        assert np.frombuffer(signature, dtype="<u4").tolist() == minhash.hashvalues.tolist()


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_sources_of_few_quotes_compare_every_pair_of_their_signatures():
    """Sources of every size up to SMALL_SOURCE, compared all at once per size: exactly the pairs that agree enough."""
    import numpy as np

    from quotex.archive.linking import MIN_AGREEING, NUM_PERM, SMALL_SOURCE, _candidate_pairs

    rng = np.random.default_rng(7)
    sizes = [1, 2, 2, 3, 5, 9, 17, SMALL_SOURCE]
    speaker_ids = rng.permutation(np.repeat(np.arange(len(sizes), dtype=np.uint64), sizes))
    # few distinct values, so that many pairs agree on about MIN_AGREEING of them
    matrix = rng.integers(0, 5, size=(len(speaker_ids), NUM_PERM)).astype("<u4")
    expected = {
        (a, b)
        for a in range(len(speaker_ids)) for b in range(a + 1, len(speaker_ids))
        if speaker_ids[a] == speaker_ids[b] and (matrix[a] == matrix[b]).sum() >= MIN_AGREEING
    }
    found = list(_candidate_pairs(matrix, speaker_ids))
    assert len(found) == len(set(found)) and set(found) == expected
    assert 0 < len(expected) < sum(n * (n - 1) // 2 for n in sizes)


def test_a_second_run_adds_only_new_documents(tmp_path, capsys):
    first = [str(p) for p in SEEDS[:3]]
    status, path = _build(tmp_path, *first)
    assert status == 0
    status, _ = _build(tmp_path, *(str(p) for p in SEEDS))
    assert status == 0
    con = duckdb.connect(str(path), read_only=True)
    documents, runs = con.execute("SELECT count(*), count(DISTINCT run) FROM documents").fetchone()
    quotes = con.execute("SELECT count(*) FROM quotes").fetchone()[0]
    con.close()
    status, whole = _build(tmp_path, *(str(p) for p in SEEDS), name="whole.duckdb")
    con = duckdb.connect(str(whole), read_only=True)
    assert (documents, runs, quotes) == (5, 2, con.execute("SELECT count(*) FROM quotes").fetchone()[0])
    con.close()
    assert _statements(path) == _statements(whole)


def test_bad_documents_are_reported_one_by_one_and_the_rest_is_written(tmp_path, capsys):
    good = SEEDS[0].read_text(encoding="utf-8")
    archive = _jsonl(tmp_path / "in.jsonl", [
        {"id": "ok-1", "text": good},
        {"text": good},  # no id
        {"id": "ok-1", "text": "another text"},  # the same id again
        {"id": "n", "text": 42},  # not text
        {"id": "ok-2", "text": '"Kami siap," kata Budi.'},
    ])
    path = tmp_path / "a.duckdb"
    assert main(["extract", str(archive), "-o", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{archive}:2: no 'id' field" in err
    assert "ok-1: duplicate id" in err
    assert "n: field 'text' is int, not a string" in err
    assert "2 documents added" in err and "3 failed" in err
    con = duckdb.connect(str(path), read_only=True)
    assert sorted(r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()) == ["ok-1", "ok-2"]
    con.close()


def test_a_killed_run_leaves_whole_transactions_and_a_rerun_completes_it(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    archive = _jsonl(tmp_path / "in.jsonl", [{"id": f"d{i}", "text": texts[i % 5] + f"\n“Nomor {i} sudah dicatat,” kata petugas {i}."} for i in range(1500)])
    path = tmp_path / "a.duckdb"
    command = [sys.executable, "-m", "quotex", "extract", str(archive), "-o", str(path), "--jobs", "2", "--commit-every", "100", "-q"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        if path.with_name(path.name + ".wal").exists() or (path.exists() and path.stat().st_size > 2_000_000):
            time.sleep(0.3)
            break
    assert process.poll() is None, "the run ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    con = duckdb.connect(str(path))  # opens: the log of unfinished work is dropped
    documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    mismatched = con.execute("SELECT count(*) FROM documents d WHERE quotes <> (SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id)").fetchone()[0]
    con.close()
    assert documents % 100 == 0 and documents < 1500 and mismatched == 0
    subprocess.run(command, check=True)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (1500, 1500)
    assert con.execute("SELECT count(*) FROM statements").fetchone()[0] > 0
    con.close()


def test_tables_as_parquet(seeds_archive, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["tables", str(seeds_archive), "--parquet", str(tmp_path / "t")]) == 0
    con = duckdb.connect(str(seeds_archive), read_only=True)
    for table in ("documents", "quotes", "speakers", "statements", "statement_quotes"):
        assert pq.read_table(tmp_path / "t" / f"{table}.parquet").num_rows == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.close()


def test_report_of_a_missing_archive_fails_clearly(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope.duckdb"), "-o", str(tmp_path / "r.html")]) == 2
    assert "cannot read the archive" in capsys.readouterr().err and not (tmp_path / "r.html").exists()


# --- the report, in a real browser -------------------------------------------------------------

from test_html_browser import _run_chromium  # noqa: E402 - the same headless Chromium as the article view


def _report(seeds_archive: Path, tmp_path: Path) -> Path:
    page = tmp_path / "report.html"
    assert main(["report", str(seeds_archive), "-o", str(page)]) == 0
    return page


def test_report_dom_shows_speakers_statements_and_citations(seeds_archive, tmp_path):
    dom = _run_chromium(tmp_path, "--dump-dom", _report(seeds_archive, tmp_path).as_uri()).stdout
    assert "Vladimir Putin" in dom and "Kim Jong Un" in dom
    assert dom.count('class="statement"') == 3
    assert "tanpa syarat menyatakan dukungan kami" in dom  # a statement shows its longest report
    assert "via CNN" in dom and "Liputan6.com" in dom  # a carrier and the outlet it cited
    assert "<svg" in dom and "Citation graph" in dom


def test_report_search_by_speaker_hides_the_others(seeds_archive, tmp_path):
    page = _report(seeds_archive, tmp_path)
    dom = _run_chromium(tmp_path, "--dump-dom", page.as_uri() + "#speaker=kim").stdout
    assert '<span id="shown">1</span>' in dom
    assert dom.count('class="statement hidden"') == 2


def test_report_screenshot_at_phone_width(seeds_archive, tmp_path):
    image_module = pytest.importorskip("PIL.Image")
    shot = tmp_path / "report.png"
    _run_chromium(tmp_path, "--window-size=390,1400", f"--screenshot={shot}", _report(seeds_archive, tmp_path).as_uri())
    with image_module.open(shot) as image:
        assert image.size == (390, 1400)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 50, "the screenshot is blank"
    accent = (0x2A, 0x6F, 0x97)
    assert any(c == accent for _, c in colours), "no statement card on screen"
