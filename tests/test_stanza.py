"""The stanza backend, with real stanza models: never mocked.

Most tests use the tiny model kept in ``tests/models/stanza-id-tiny`` (built by
``quotex models build --preset tiny``), so a fresh clone exercises loading and
parsing. Quality tests use a full-size model when one is around
(``QUOTEX_STANZA_DIR``, else ``../shared/models/stanza-id``). ``.ci/run`` sets
``QUOTEX_REQUIRE_STANZA=1``, which turns a missing stanza into a failure.
"""

import json
import re
import subprocess
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotex
from conftest import ROOT, TINY_MODEL, full_model_dir, require_stanza
from quotex.extractor import Extractor
from quotex.invariants import find_violations
from quotex.stanza_models import ModelsMissingError, check_model_dir, combine_treebanks
from quotex.speech_forms import SPEECH_FORMS
from quotex.syntax import find_parse_zones
from quotex.pipeline import draft
from strategies import news_text, noisy_news_text

REPORTED = "Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia siap membantu para korban."


@pytest.fixture(scope="module")
def tiny() -> Extractor:
    return Extractor(backend="stanza", stanza_dir=require_stanza(TINY_MODEL))


@pytest.fixture(scope="module")
def full() -> Extractor:
    return Extractor(backend="stanza", stanza_dir=require_stanza(full_model_dir()))


# -- the parse, as plain data ------------------------------------------------------------------

def test_tiny_model_parses_with_offsets_into_the_text(tiny):
    parser = tiny._parser
    [sentences] = parser.parse([REPORTED])
    words = [w for s in sentences for w in s]
    assert len(words) >= 10
    for w in words:
        assert REPORTED[w.start : w.end].lower().startswith(w.text.lower()[:1])
        assert 0 <= w.start < w.end <= len(REPORTED)
    for sentence in sentences:
        assert sum(w.head == -1 for w in sentence) == 1  # one root per sentence
        assert all(-1 <= w.head < len(sentence) for w in sentence)


@pytest.mark.parametrize("stem", [p.stem for p in sorted((ROOT / "seeds").glob("*.txt"))])
def test_stanza_backend_keeps_every_rule_quote_and_valid_offsets(tiny, seed_texts, stem):
    text = seed_texts[stem]
    rules = quotex.extract(text)
    refined = tiny.extract(text)
    assert find_violations(text, refined) == []
    spans = {(q.start, q.end) for q in refined.quotes}
    assert {(q.start, q.end) for q in rules.quotes} <= spans  # the rules keep the final say
    assert [set(q.to_dict()) for q in refined.quotes[:1]] == [set(q.to_dict()) for q in rules.quotes[:1]]


def test_extract_many_equals_one_by_one(tiny, seed_texts):
    texts = [*seed_texts.values(), "", "Tanpa kutipan sama sekali."]
    assert tiny.extract_many(texts) == [tiny.extract(t) for t in texts]


def test_public_extract_takes_the_backend(seed_texts):
    model = require_stanza(TINY_MODEL)
    text = seed_texts["003_4cf0f42be387b040"]
    via_api = quotex.extract(text, backend="stanza", stanza_dir=model)
    assert via_api == Extractor(backend="stanza", stanza_dir=model).extract(text)
    assert quotex.extract_quotes(text, backend="stanza", stanza_dir=model) == list(via_api.quotes)


def test_one_pipeline_shared_by_threads(seed_texts):
    model = require_stanza(TINY_MODEL)
    extractor = Extractor(backend="stanza", stanza_dir=model)
    text = seed_texts["001_f289a60c1eb80260"]
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(extractor.extract(text))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == results[0] for r in results)
    pipeline = extractor._parser._pipeline
    extractor.extract(text)
    assert extractor._parser._pipeline is pipeline  # loaded once, then reused


# -- what the parse adds (a full-size model) --------------------------------------------------

def test_parse_finds_reported_speech_the_rules_miss(full):
    # a short clause without "bahwa" after a verb that also takes objects: the rules stay cautious
    text = "Pelatih Fabio Capello menyebut skuadnya jauh lebih stabil."
    assert quotex.extract(text).quotes == ()
    [quote] = full.extract(text).quotes
    assert quote.kind.value == "indirect"
    assert quote.text == "skuadnya jauh lebih stabil"
    assert quote.cue.text == "menyebut"
    assert quote.speaker.name == "Fabio Capello"


def test_parse_does_not_report_a_passive_subject(full):
    text = "Rusia dilaporkan membutuhkan pasokan amunisi dan peluru baru untuk perang."
    assert full.extract(text).quotes == ()


def test_full_model_seed_quality_no_worse_than_rules(full, seed_texts):
    sys.path.insert(0, str(ROOT / "tests"))
    from scoring import Scores, load_gold, score

    rules = stanza = Scores(0, 0, 0, 0)
    for stem, text in seed_texts.items():
        gold = load_gold(ROOT / "tests" / "golden" / f"{stem}.json", text)
        rules = rules + score(text, gold, quotex.extract(text))
        stanza = stanza + score(text, gold, full.extract(text))
    assert stanza.end_to_end[2] >= rules.end_to_end[2] - 0.01
    assert stanza.detected >= rules.detected


# -- what gets parsed --------------------------------------------------------------------------

def test_only_attribution_zones_are_parsed(seed_texts):
    parsed = total = 0
    for text in seed_texts.values():
        found = draft(text)
        zones = find_parse_zones(found.text, found.candidates)
        total += len(found.text)
        parsed += sum(z.end - z.start for z in zones)
        for z in zones:
            assert any(w.lower() in SPEECH_FORMS for w in re.findall(r"\w+", found.text[z.start : z.end])) or any(
                c.inherits == "previous" and c.zone == z for c in found.candidates)
    assert 0 < parsed < 0.25 * total


@pytest.mark.parametrize("form", ["mengatakan", "mengatakannya", "berkata", "menegaskan", "menyebutkan", "memaparkan", "meyakini"])
def test_affixed_speech_forms_are_zone_words(form):
    assert form in SPEECH_FORMS


@pytest.mark.parametrize("word", ["tersebut", "utara", "sampai", "kata", "dikatakan", "benar"])
def test_common_non_speech_words_are_not_zone_words(word):
    assert word not in SPEECH_FORMS


# -- errors that say how to fix them -----------------------------------------------------------

def test_missing_model_names_the_commands(tmp_path):
    with pytest.raises(ModelsMissingError, match="quotex models download") as caught:
        check_model_dir(tmp_path / "nowhere")
    assert "quotex models build" in str(caught.value)
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "resources.json").write_text("{}")
    with pytest.raises(ModelsMissingError, match="lacks Indonesian tokenize"):
        check_model_dir(tmp_path / "half")


def test_missing_extra_names_the_install_command():
    code = (
        "import sys; sys.modules['stanza'] = None\n"  # as if the extra were not installed
        "import quotex\n"
        "try:\n    quotex.extract('x', backend='stanza')\n"
        "except ImportError as e:\n    print(type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("StanzaUnavailableError") and 'pip install "quotex[stanza]"' in out


def test_unknown_backend_is_a_value_error():
    with pytest.raises(ValueError, match="rules, stanza"):
        quotex.extract("x", backend="spacy")
    with pytest.raises(ValueError, match="stanza_dir"):
        Extractor(backend="rules", stanza_dir=".")


# -- the command line --------------------------------------------------------------------------

def test_cli_extract_with_stanza_backend(tmp_path):
    model = require_stanza(TINY_MODEL)
    out = tmp_path / "quotes.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "quotex", "extract", str(ROOT / "seeds"), "--backend", "stanza", "--stanza-dir", str(model), "-o", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rules = sum(len(quotex.extract(p.read_text(encoding="utf-8")).quotes) for p in (ROOT / "seeds").glob("*.txt"))
    assert len(records) >= rules


def test_cli_models_check(tmp_path):
    model = require_stanza(TINY_MODEL)
    ok = subprocess.run([sys.executable, "-m", "quotex", "models", "check", "--dir", str(model)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and "parses" in ok.stderr
    bad = subprocess.run([sys.executable, "-m", "quotex", "models", "check", "--dir", str(tmp_path)], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "quotex models build" in bad.stderr


def test_tiny_fixture_was_built_by_quotex_and_is_small():
    card = (TINY_MODEL / "README.md").read_text(encoding="utf-8")
    assert "quotex models build" in card and "preset `tiny`" in card
    size = sum(p.stat().st_size for p in TINY_MODEL.rglob("*") if p.is_file())
    assert size < 8_000_000


# -- building: the treebank preparation, on a small real CoNLL-U sample --------------------------

def test_combine_treebanks_splits_dev_and_drops_xpos(tmp_path):
    sentence = "# text = Ia berkata.\n1\tIa\tia\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tberkata\tkata\tVERB\tVSA\t_\t0\troot\t_\t_\n"
    train = tmp_path / "x-ud-train.conllu"
    train.write_text((sentence + "\n") * 20, encoding="utf-8")
    counts = combine_treebanks([train], tmp_path / "ud")
    assert counts == {"train": 18, "dev": 2}
    written = (tmp_path / "ud" / "UD_Indonesian-Quotex" / "id_quotex-ud-train.conllu").read_text(encoding="utf-8")
    assert "\tPRP\t" not in written and written.count("# text") == 18


def test_rules_never_import_stanza_or_torch():
    code = "import sys, quotex; quotex.extract('\"Siap,\" kata Budi.'); print('stanza' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# -- properties: the stanza backend keeps every promise the rules keep ---------------------------

HOSTILE = [
    "", " ", "\n\n\n", '"', '""""""', "“" * 50, "kata " * 40, "Ia mengatakan", "mengatakan bahwa",
    "Budi mengatakan bahwa " + "x" * 5000, "\x00\ud800\ufeff Ia mengatakan bahwa ia siap.",
    "Presiden mengatakan 🙂🙂 bahwa 中文 ada di sini dan semuanya baik.", "Dia berkata: " + "«" * 30,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_stanza_backend_on_hostile_strings(tiny, text):
    assert find_violations(text, tiny.extract(text)) == []


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.one_of(news_text, noisy_news_text))
def test_stanza_backend_offsets_and_rule_quotes_hold_on_generated_news(text):
    refined = quotex.extract(text, backend="stanza", stanza_dir=require_stanza(TINY_MODEL))  # one shared pipeline
    assert find_violations(text, refined) == []
    assert {(q.start, q.end) for q in quotex.extract(text).quotes} <= {(q.start, q.end) for q in refined.quotes}


def test_parse_picks_the_subject_next_to_the_verb_and_gives_pronouns_a_name(full):
    text = (
        "KOMPAS.com- Pemain bulu tangkis ganda putra Indonesia, Leo Rolly Carnando menyebutkan dirinya masih "
        "tertarik untuk bermain di dua nomor pertandingan.\n"
        '"Pastinya saya akan persiapan dulu. Nanti pasti dibicarakan dulu juga," katanya.'
    )
    # the rules find the same since they read clauses after object-taking verbs and narrated subjects
    assert [(q.kind.value, q.speaker.name) for q in quotex.extract(text).quotes] == [("indirect", "Leo Rolly Carnando"), ("direct", "Leo Rolly Carnando")]
    first, second = full.extract(text).quotes
    assert first.kind.value == "indirect" and first.speaker.name == "Leo Rolly Carnando"
    assert second.speaker.name == "Leo Rolly Carnando" and second.speaker.entity == first.speaker.entity


def test_cli_models_build_rejects_a_missing_treebank(tmp_path):
    require_stanza(TINY_MODEL)
    done = subprocess.run([sys.executable, "-m", "quotex", "models", "build", "--ud", str(tmp_path / "UD_nowhere"), "--out", str(tmp_path / "m")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "no treebank at" in done.stderr and not (tmp_path / "m").exists()


def test_cli_models_build_resume_needs_the_work_dir(tmp_path):
    require_stanza(TINY_MODEL)
    ud = tmp_path / "UD_Indonesian-X"
    ud.mkdir()
    (ud / "x-ud-train.conllu").write_text("1\tIa\tia\tPRON\t_\t_\t0\troot\t_\t_\n\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "quotex", "models", "build", "--ud", str(ud), "--out", str(tmp_path / "m"), "--resume"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "resume needs the work_dir" in done.stderr
