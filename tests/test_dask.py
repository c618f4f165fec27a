"""quotex.dask on a real two-process LocalCluster: same quotes as single-process extract."""

import json

import pytest

pytest.importorskip("distributed")
import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import quotex
from conftest import SEEDS
from quotex.dask import COLUMNS, WORKER_CONFIG, empty_frame, extract_bag, extract_dataframe
from quotex.serialize import flatten


@pytest.fixture(scope="module")
def client():
    with dask.config.set(WORKER_CONFIG):  # as the docs advise: set while the workers start
        cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    with cluster, Client(cluster) as c:
        yield c


def test_worker_config_reaches_the_workers_and_turns_their_profiler_off(client):
    """WORKER_CONFIG set around the cluster's start holds in each worker process: no profile samples after a task."""
    client.submit(sum, range(2_000_000), pure=False).result()  # long enough for the 10 ms sampler to fire
    enabled = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    samples = client.run(lambda dask_worker: dask_worker.profile_recent["count"])
    assert list(enabled.values()) == [False, False]
    assert list(samples.values()) == [0, 0]


@pytest.fixture(scope="module")
def articles():
    return [(p.stem, p.read_text(encoding="utf-8")) for p in SEEDS] * 2


def _expected(articles):
    return [{"doc_id": doc_id, **q.to_dict(), "error": None} for doc_id, text in articles for q in quotex.extract_quotes(text)]


def test_bag_of_records_equals_single_process_extract(client, articles):
    bag = db.from_sequence([{"id": i, "text": t} for i, t in articles], npartitions=4)
    assert extract_bag(bag).compute() == _expected(articles)


def test_bag_of_plain_strings_is_named_by_partition_and_index(client):
    texts = ['"Ya," kata Budi.', "Tidak ada kutipan.", '"Siap," ujar Siti.']
    records = extract_bag(db.from_sequence(texts, npartitions=2)).compute()
    assert [(r["doc_id"], r["speaker"]["name"]) for r in records] == [("0:0", "Budi"), ("1:0", "Siti")]


def test_broken_documents_give_error_records_not_a_dead_job(client):
    items = ['"Ya," kata Budi.', 42, {"id": "no-text"}, {"id": "n", "text": None}, '"Siap," ujar Siti.']
    records = extract_bag(db.from_sequence(items, npartitions=2)).compute()
    errors = {r["doc_id"]: r["error"] for r in records if r["error"]}
    assert errors == {
        "0:1": "got int, expected a str or a record with a 'text' field",
        "no-text": "no 'text' field (fields: id)",
        "n": "field 'text' is NoneType, not a string",
    }
    assert [r["speaker"]["name"] for r in records if not r["error"]] == ["Budi", "Siti"]
    json.dumps(records)  # every record stays JSON-ready


def test_dataframe_has_the_declared_schema_and_the_same_quotes(client, articles, tmp_path):
    frame = pd.DataFrame({"id": [i for i, _ in articles] + ["empty", "missing"], "text": [t for _, t in articles] + ["", None]})
    quotes = extract_dataframe(dd.from_pandas(frame, npartitions=3))
    assert dict(quotes.dtypes.astype(str)) == COLUMNS  # the declared meta
    result = quotes.compute()
    assert dict(result.dtypes.astype(str)) == COLUMNS  # and what the workers really return
    rows = result[result["error"].isna()].drop(columns="error").astype(object).where(lambda f: f.notna(), None)
    assert rows.to_dict("records") == [flatten(r) for r in _expected(articles)]
    failed = result[result["error"].notna()]
    assert failed["doc_id"].tolist() == ["missing"] and "'text' is missing" in failed["error"].iloc[0]

    quotes.to_parquet(tmp_path / "quotes", write_index=False)
    assert len(pd.read_parquet(tmp_path / "quotes")) == len(result)


def test_missing_column_fails_before_any_work(client):
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="column 'text' not in the DataFrame"):
        extract_dataframe(ddf)
    assert list(extract_dataframe(ddf, text_column="body", id_column=None).columns) == list(empty_frame().columns)


def test_stanza_backend_on_the_cluster_equals_one_process(client, articles):
    from conftest import TINY_MODEL, require_stanza

    model = str(require_stanza(TINY_MODEL))
    bag = db.from_sequence([{"id": i, "text": t} for i, t in articles[:5]], npartitions=2)
    extractor = quotex.Extractor(backend="stanza", stanza_dir=model)
    expected = [{"doc_id": i, **q.to_dict(), "error": None} for i, t in articles[:5] for q in extractor.extract(t).quotes]
    assert extract_bag(bag, backend="stanza", stanza_dir=model).compute() == expected


def test_statements_linked_on_the_cluster_equal_the_archive_s(client, tmp_path):
    """The seeds' statements from quotex.dask.link_statements_dataframe, as an archive finds them."""
    pytest.importorskip("datasketch")
    from quotex.archive import QuoteRef, link_statements, speaker_key
    from quotex.dask import STATEMENT_COLUMNS, link_statements_dataframe

    frame = pd.DataFrame({"id": [p.stem for p in SEEDS], "text": [p.read_text(encoding="utf-8") for p in SEEDS]})
    linked = link_statements_dataframe(extract_dataframe(dd.from_pandas(frame, npartitions=3)))
    assert list(linked.columns) == list(STATEMENT_COLUMNS)
    local = link_statements([
        QuoteRef(p.stem, i, q.text, q.kind.value, speaker_key(q.speaker.name) if q.speaker else None)
        for p in SEEDS for i, q in enumerate(quotex.extract_quotes(p.read_text(encoding="utf-8")))
    ])
    on_cluster = {frozenset(zip(g["doc_id"], g["quote_index"])) for _, g in linked.groupby("statement_id")}
    assert on_cluster == {frozenset(s.quotes) for s in local} and len(on_cluster) == 3
