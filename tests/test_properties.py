"""Properties that hold for every input string."""

import json

from hypothesis import given
from hypothesis import strategies as st

import quotex
from quotex.invariants import find_violations
from strategies import news_text, noisy_news_text, paragraph

any_text = st.one_of(news_text, noisy_news_text, st.text(max_size=400))


def _check_invariants(text: str) -> None:
    problems = find_violations(text, quotex.extract(text))
    assert problems == [], problems


@given(any_text)
def test_offsets_slice_the_input_and_quotes_never_overlap(text):
    _check_invariants(text)


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(["\ud800", "\x00", "\ufeff"]), max_size=300))
def test_no_string_raises(text):
    _check_invariants(text)


@given(any_text)
def test_output_is_deterministic(text):
    assert quotex.extract(text) == quotex.extract(text)


@given(noisy_news_text)
def test_to_dict_round_trips_through_json(text):
    for q in quotex.extract_quotes(text):
        d = q.to_dict()
        assert json.loads(json.dumps(d)) == d
        assert set(d) == {"text", "start", "end", "kind", "confidence", "speaker", "cue", "outlet"}


@given(news_text, st.lists(st.sampled_from(["Cuaca cerah hari ini.", "Harga cabai stabil di pasar.", "Advertisement", "Baca Juga"]), min_size=1, max_size=3), st.integers(min_value=1))
def test_unrelated_paragraphs_do_not_change_other_quotes(text, fillers, where):
    paragraphs = text.split("\n")
    cut = 1 + where % len(paragraphs)  # never before the first paragraph (it may hold the dateline)
    padded = "\n".join(paragraphs[:cut] + fillers + paragraphs[cut:])
    before = [(q.text, q.kind) for q in quotex.extract_quotes(text)]
    after = [(q.text, q.kind) for q in quotex.extract_quotes(padded)]
    assert before == after


@given(paragraph)
def test_prefix_offsets_shift_exactly(text):
    prefix = "Jakarta -\u00a0&amp; \u200b\n"
    base = quotex.extract_quotes(text)
    shifted = quotex.extract_quotes(prefix + text)
    assert [q.text for q in base] == [q.text for q in shifted]
    assert [q.start + len(prefix) for q in base] == [q.start for q in shifted]
