"""The public API contract: types, JSON form, bad input, offsets after cleaning."""

import json

import attrs
import pytest

import quotex

SAMPLE = 'TEMPO.CO, Jakarta - Ada kabar.\n"Kami siap," kata Presiden Rusia Vladimir Putin, seperti dilansir CNN.'


def test_all_exports_the_public_types():
    for name in ("Extraction", "Quote", "Speaker", "Cue", "Outlet", "QuoteKind", "extract", "extract_quotes"):
        assert name in quotex.__all__ and hasattr(quotex, name)


def test_results_are_frozen():
    q = quotex.extract_quotes(SAMPLE)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]


def test_extract_quotes_equals_extract():
    assert quotex.extract_quotes(SAMPLE) == list(quotex.extract(SAMPLE).quotes)


def test_to_dict_has_exactly_the_documented_keys():
    d = quotex.extract_quotes(SAMPLE)[0].to_dict()
    assert set(d) == {"text", "start", "end", "kind", "confidence", "speaker", "cue", "outlet"}
    assert set(d["speaker"]) == {"name", "role", "entity", "mention"}
    assert set(d["speaker"]["mention"]) == {"text", "start", "end"}
    assert set(d["cue"]) == {"text", "start", "end"}
    assert set(d["outlet"]) == {"name", "source", "start", "end"}
    assert d["speaker"]["name"] == "Vladimir Putin" and d["speaker"]["role"] == "Presiden Rusia"
    assert d["outlet"] == {"name": "CNN", "source": "cited", "start": SAMPLE.index("CNN"), "end": SAMPLE.index("CNN") + 3}
    assert json.loads(json.dumps(d)) == d


@pytest.mark.parametrize(
    "make",
    [
        lambda: quotex.Quote("x", 0, 1, quotex.QuoteKind.DIRECT, confidence=1.5),
        lambda: quotex.Quote("x", 0, 1, quotex.QuoteKind.DIRECT, confidence=-0.1),
        lambda: quotex.Quote("x", 0, 1, quotex.QuoteKind.DIRECT, confidence=float("nan")),
        lambda: quotex.Quote("x", -1, 1, quotex.QuoteKind.DIRECT),
        lambda: quotex.Cue("x", 5, 4),
        lambda: quotex.Outlet("CNN", "quoted", 0, 3),
    ],
)
def test_result_types_refuse_impossible_values(make):
    with pytest.raises(ValueError):
        make()


def test_result_types_accept_the_bounds():
    assert quotex.Quote("", 0, 0, quotex.QuoteKind.DIRECT, confidence=0.0).confidence == 0.0
    assert quotex.Outlet("CNN", "publisher", 0, 3).source == "publisher"


def test_quote_kind_is_a_str_enum():
    assert quotex.QuoteKind.DIRECT == "direct" and str(quotex.QuoteKind.MIXED) == "mixed"


def test_speakers_lists_each_source_once():
    ex = quotex.extract('"A satu dua," kata Budi Santoso.\n"B tiga empat," kata Budi.\n"C lima enam," kata Siti Aminah.')
    assert [s.name for s in ex.speakers] == ["Budi Santoso", "Siti Aminah"]
    assert len({s.entity for s in ex.speakers}) == 2


@pytest.mark.parametrize("bad", [b'"Ya," kata Budi.', bytearray(b"x"), None, 42, ["teks"]])
def test_non_str_raises_helpful_type_error(bad):
    with pytest.raises(TypeError) as info:
        quotex.extract(bad)
    message = str(info.value)
    assert type(bad).__name__ in message and "str" in message
    if isinstance(bad, (bytes, bytearray)):
        assert "decode" in message


def test_empty_string_gives_empty_result():
    ex = quotex.extract("")
    assert ex.quotes == () and ex.publisher is None and ex.speakers == ()


@pytest.mark.parametrize(
    "text",
    [
        '"Kami\u00a0siap\u00a0bertanding," kata\u00a0Budi Santoso.',
        '\r\n"Kami siap bertanding," kata Budi Santoso.\r\n',
        '&quot;Kami siap bertanding,&quot; kata Budi Santoso.',
        '"Kami si\u200bap bertanding," kata Budi\u200b Santoso.',
        '&ldquo;Kami siap bertanding,&rdquo; kata Budi &amp; Santoso.',
    ],
    ids=["nbsp", "crlf", "entities", "zero-width", "named-entities"],
)
def test_offsets_index_the_callers_string_after_cleaning(text):
    quotes = quotex.extract_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.start : q.end] == q.text
    assert "Kami" in q.text and "bertanding" in q.text
    assert q.speaker is not None and "Budi" in q.speaker.name
    m = q.speaker.mention
    assert text[m.start : m.end] == m.text
    assert text[q.cue.start : q.cue.end] == q.cue.text == "kata"


def test_unclosed_quote_runs_to_paragraph_end_and_keeps_the_rest():
    text = 'Kim Jong Un menuturkan, "Saya akan selalu mendukung Rusia\nDalam isu lain, "Ini penting sekali bagi kami," kata Putin.'
    quotes = quotex.extract_quotes(text)
    assert [q.text for q in quotes] == ["Saya akan selalu mendukung Rusia", "Ini penting sekali bagi kami"]
    assert [q.speaker.name for q in quotes] == ["Kim Jong Un", "Putin"]
