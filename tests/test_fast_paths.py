"""The speed-ups must not change a single answer: each fast path against the plain way.

The tokenizer splits at white space before it uses the token pattern; speaker phrases
are read from a few tokens first; the cue index finds cues once per document. Each test
compares the fast result with what the plain pattern or the full reading gives.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotex.speakers import names, phrase, tokens
from quotex.attribute import find_candidates
from quotex.cue_index import CueIndex
from quotex.normalize import fold_case
from strategies import news_text, noisy_news_text

#: Characters where the split-first tokenizer could go wrong: white space that the
#: pattern does not count as such, marks, joiners, digits that are not word characters.
TRICKY = " \t\n\x1c\x1f\x85\u00a0\u3000aZé9²_-'’.&/,()\"“”\u0301\u200d\u0663ǅⅫ!?;:‘«—…"
tricky_text = st.text(alphabet=TRICKY, max_size=40)
#: Words a speaker phrase is made of, with the brackets and commas its reader looks past.
PHRASE_WORDS = [
    "Presiden", "Rusia", "Vladimir", "Putin", "(", ")", "JCS", ",", ".", "kepala", "profesor", "di",
    "Universitas", "Seoul", "Korea", "Selatan", "itu", "yang", "dan", "media", "KCNA", "M", "Dr",
    "bin", "para", "analis", "Jakarta", "Senin", "sang", "juru", "bicara",
]
phrase_text = st.lists(st.sampled_from(PHRASE_WORDS), min_size=1, max_size=30).map(" ".join)


def _pattern_tokens(text: str, start: int, end: int, limit: int) -> list[tuple[str, int, int]]:
    found = []
    for match in tokens._TOKEN.finditer(text, start, end):
        found.append((match.group(), match.start(), match.end()))
        if len(found) >= limit:
            break
    return found


@settings(max_examples=400)  # generated news is slow to draw; the tricky alphabet is the point
@given(st.one_of(tricky_text, noisy_news_text), st.data())
def test_tokenize_gives_exactly_the_pattern_tokens(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    limit = data.draw(st.sampled_from([1, 2, 4, 10, 40]))
    got = [(t.text, t.start, t.end) for t in tokens.tokenize(text, start, end, limit)]
    assert got == _pattern_tokens(text, start, end, limit)


def test_tokenize_splits_punctuation_around_a_word_as_the_pattern_does():
    text = '"(Putin)," kata Dr. Kim-Jong, (12/5/2025) ² x² don\'t.'
    got = [(t.text, t.start, t.end) for t in tokens.tokenize(text, 0, len(text), 40)]
    assert got == _pattern_tokens(text, 0, len(text), 40)
    assert ["(", "Putin", ")", ","] == [t for t, _, _ in got[1:5]]


@given(phrase_text)
def test_speaker_read_in_steps_equals_the_reading_of_every_token(text):
    full, _ = phrase._speaker_from(text, tokens.tokenize(text, 0, len(text)))
    assert phrase.read_speaker(text, 0, len(text)) == full


@settings(max_examples=400)
@given(st.one_of(news_text, noisy_news_text))
def test_cue_index_holds_every_speech_verb_the_rules_match(text):
    from quotex.attribute import _SPEECH_VERB, _MENURUT, _CUE_AFTER_CLAUSE

    lowered = fold_case(text)
    cues = CueIndex(lowered)
    for pattern, positions in ((_SPEECH_VERB, cues.speech), (_MENURUT, cues.according_to), (_CUE_AFTER_CLAUSE, cues.after_comma)):
        for match in pattern.finditer(lowered):
            if "\n" not in match.group():
                assert match.start() in positions, (match.group(), text)


CUE_PIECES = ["kata", "mengatakan", "perkataan", "menurut", "dikatakan", "ujar", "é", "_", "\u0301", "2", " ", "-", ",", "\n"]


def _with_boundary(words):
    import regex

    from quotex.wordsets import alternation

    return regex.compile(r"\b(?:" + alternation(words) + ")")


@settings(max_examples=400)
@given(st.one_of(st.lists(st.sampled_from(CUE_PIECES), max_size=20).map("".join), news_text, tricky_text))
def test_cue_words_found_without_word_boundary_pattern_are_those_found_with_it(text):
    from quotex.cue_index import _ACCORDING_TO, _PASSIVE, _SPEECH

    lowered = fold_case(text)
    cues = CueIndex(lowered)
    expected = [m.start() for m in _with_boundary(_SPEECH | _PASSIVE | _ACCORDING_TO).finditer(lowered)]
    assert sorted(cues.speech + cues.passive + cues.according_to) == expected
    for kind in (cues.speech, cues.passive, cues.according_to):
        assert kind == sorted(kind)


GROUPED_WORDS = ["di", "dia", "diam", "kata", "katanya", "menurut", "menurutnya", "mengatakan", "me"]


@given(st.lists(st.sampled_from([*GROUPED_WORDS, " ", "x", "-", "é"]), max_size=20).map("".join))
def test_cue_word_patterns_by_first_letters_find_the_longest_listed_word_at_each_word_start(text):
    from quotex.cue_index import _starts_word
    from quotex.wordsets import prefix_led_patterns

    found = sorted(
        m.span() for pattern in prefix_led_patterns(GROUPED_WORDS) for m in pattern.finditer(text) if _starts_word(text, m.start())
    )
    assert found == [m.span() for m in _with_boundary(GROUPED_WORDS).finditer(text)]


@settings(max_examples=400)
@given(st.one_of(news_text, noisy_news_text, tricky_text))
def test_quote_marks_found_one_by_one_are_those_a_character_class_finds(text):
    import re

    from quotex.lang.id import quote_marks
    from quotex.quote_spans import find_quote_spans
    from quotex.segment import paragraph_bounds

    cues = CueIndex(fold_case(text))
    character_class = re.compile("[" + re.escape(quote_marks.ALL) + "]")
    assert cues.marks == [m.start() for m in character_class.finditer(text)]
    for start, end in paragraph_bounds(text):
        assert find_quote_spans(text, start, end, cues.marks_in(start, end)) == find_quote_spans(text, start, end)


@settings(max_examples=400)
@given(st.one_of(news_text, noisy_news_text))
def test_readable_paragraphs_are_those_holding_a_cue_or_a_quote_mark(text):
    from quotex.lang.id import quote_marks
    from quotex.segment import paragraph_bounds

    lowered = fold_case(text)
    cues = CueIndex(lowered)
    bounds = paragraph_bounds(text)
    expected = [any(start <= c < end for c in cues.cues) or any(ch in quote_marks.ALL for ch in text[start:end]) for start, end in bounds]
    assert cues.readable(bounds) == expected


def test_find_candidates_accepts_text_without_its_folded_copy():
    text = 'Hal itu penting.\n"Kami siap," kata Budi.'
    assert find_candidates(text) == find_candidates(text, fold_case(text))


NARRATIVE_WORDS = ["Usmanto", "Budi", "Santoso", "Ketua", "RT", "warga", "(35)", "(7)", "(2024)", "mengatakan", ".", "\n", "Dia", "pergi", "Nya"]
narrative_text = st.lists(st.sampled_from(NARRATIVE_WORDS), max_size=60).map(" ".join)


@settings(max_examples=400)
@given(st.one_of(narrative_text, news_text))
def test_person_in_narrative_is_the_last_name_a_full_scan_finds(text):
    from quotex.resolve import _NAME_OPENING_SENTENCE, _NAME_WITH_AGE, _NARRATIVE_WINDOW, _NOT_IN_NAMES, _Resolver

    def full_scan(before):  # every match of both patterns, the age pattern first; the latest name wins
        for pattern, min_words in ((_NAME_WITH_AGE, 1), (_NAME_OPENING_SENTENCE, 2)):
            found = []
            for match in pattern.finditer(text, max(0, before - _NARRATIVE_WINDOW), before):
                words = tokens.tokenize(text, match.start("name"), match.end("name"), limit=6)
                name_from, name_to = names.split_role_name(words)
                if name_to - name_from >= min_words and words[name_from].lower not in _NOT_IN_NAMES and not words[name_from].lower.endswith("nya"):
                    found.append((words[name_from].start, words[name_to - 1].end))
            if found:
                return max(found)
        return None

    resolver = _Resolver(text, fold_case(text))
    for before in {len(text), len(text) // 2}:
        found = resolver._person_in_narrative(before)
        assert (None if found is None else (found.start, found.end)) == full_scan(before)


ANCHOR_WORDS = ["dilansir", "dilaporkan", "lapor", "laporan", "laporannya", "melaporkan", "menulis", "kepada", "di", "dengan",
                "CNN", "Reuters", "situs.com", "Jakarta.", "mengutip", "me", "dikutipnya", ",", "\n"]


@given(st.lists(st.sampled_from(ANCHOR_WORDS), max_size=25).map(" ".join))
def test_outlet_anchor_trie_finds_what_the_plain_word_list_finds(text):
    import regex

    from quotex.lang.id import outlets as outlet_words
    from quotex.outlets import _ANCHOR, _CITING_WORDS

    spoke_to = _ANCHOR.pattern[_ANCHOR.pattern.index("|(?:kepada|dengan|di|dihubungi|diterima)") :]
    plain = regex.compile(r"\b(?:" + "|".join([*_CITING_WORDS, *outlet_words.REPORTING_AFTER]) + spoke_to)
    lowered = fold_case(text)
    assert [m.span() for m in _ANCHOR.finditer(lowered)] == [m.span() for m in plain.finditer(lowered)]


def test_cue_words_are_single_words_as_the_cue_scan_assumes():
    import regex

    from quotex.cue_index import _ACCORDING_TO, _PASSIVE, _SPEECH

    assert [w for w in _SPEECH | _PASSIVE | _ACCORDING_TO if not regex.fullmatch(r"\w+", w)] == []


def test_word_start_lookup_agrees_with_the_word_pattern_for_every_character():
    import sys

    import regex

    from quotex.cue_index import _starts_word

    word = regex.compile(r"\w")
    disagree = [c for c in map(chr, range(sys.maxunicode + 1)) if _starts_word(c + "x", 1) != (word.match(c) is None)]
    assert disagree == []


SHORT_WORD = st.text(alphabet="AZaz09&-_ÉéǅⅫ²\u0301 ", max_size=7)


@given(SHORT_WORD)
def test_acronym_check_agrees_with_the_acronym_pattern(word):
    assert tokens.is_acronym(word) == (tokens._ACRONYM.fullmatch(word) is not None)


NOT_SPEECH_PIECES = ["tanpa", "untuk", "agar", "enggan", "menolak", "sambil", "mengatakan", " ", "  ", "\n", "\x1c", "\u00a0", "x", ",", "é"]


def _reader_and_range(text, data):
    """A sentence reader over all of ``text`` (one sentence, no quotes), and a range of it drawn from ``data``."""
    from quotex.attribute import _SentenceReader
    from quotex.segment import Span

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    whole = Span(0, len(text))
    return _SentenceReader(text, whole, None, [], CueIndex(fold_case(text)), 0, whole), start, end


@given(st.lists(st.sampled_from(NOT_SPEECH_PIECES), max_size=8).map("".join), st.data())
def test_not_speech_check_agrees_with_its_pattern(text, data):
    from quotex.attribute import _NOT_SPEECH_BEFORE

    reader, start, end = _reader_and_range(text, data)
    assert reader._not_speech_before(start, end) == (_NOT_SPEECH_BEFORE.search(reader.lowered, start, end) is not None)


NAME_PIECES = ["Kim", "Jong-un", "Sri", "Mulyani", "O'Neil", " ", "  ", "\t", "\n", "\x1c", ".", ",", "‐", "é", "Ñ"]


@given(st.lists(st.sampled_from(NAME_PIECES), max_size=8).map("".join))
def test_name_words_split_without_the_pattern_as_with_it(name):
    from quotex.resolve import _SPLIT, _name_tokens

    assert _name_tokens(name) == tuple(t for t in _SPLIT.split(name.lower().strip(" .,")) if t)


@settings(max_examples=300)
@given(st.one_of(tricky_text, st.lists(st.sampled_from(NAME_PIECES + ["a", "b c", "mengatakan"]), max_size=10).map("".join)), st.data())
def test_three_word_and_capitalised_run_checks_agree_with_their_patterns(text, data):
    from quotex.attribute import _THREE_WORDS, _has_three_words
    from quotex.resolve import _RUN_AFTER, _run_after

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _has_three_words(text, start, end) == (_THREE_WORDS.match(text, start, end) is not None)
    plain = _RUN_AFTER.match(text, start, min(len(text), start + 80)) if text[start : start + 1] == " " else None
    fast = _run_after(text, start)
    assert (fast and fast.span()) == (plain and plain.span())


OPENING_PIECES = ["Budi", "Santoso", "Ketua", "dia", "pergi", ".", "!", "?", '"', "”", "’", " ", "  ", "\n", "(35)", "é"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(OPENING_PIECES), max_size=20).map("".join))
@example('dia. Budi pergi.\n“Ya.” Ketua Santoso pergi! Budi’ Santoso dia')
def test_sentence_opening_names_are_the_matches_of_a_full_scan_last_first(text):
    from quotex.resolve import _NAME_OPENING_SENTENCE, _sentence_opening_names

    for before in {len(text), len(text) // 2}:
        for floor in range(before + 1):  # every floor: a sentence mark just before it matters
            full = [m.span() for m in _NAME_OPENING_SENTENCE.finditer(text, floor, before)]
            assert [m.span() for m in _sentence_opening_names(text, floor, before)] == full[::-1]


@settings(max_examples=400)
@given(st.one_of(news_text, noisy_news_text, st.lists(st.sampled_from(OPENING_PIECES + ["…", "5", "a"]), max_size=12).map("".join)))
def test_a_paragraph_without_an_end_mark_before_its_last_character_has_no_sentence_end(text):
    from quotex.segment import _END_MARK, _SENTENCE_END, paragraph_bounds

    for start, end in paragraph_bounds(text):
        if _END_MARK.search(text, start, end - 1) is None:
            assert list(_SENTENCE_END.finditer(text, start, end)) == []


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=30) | tricky_text)
def test_same_length_check_finds_what_the_pattern_finds(text):
    from quotex.normalize import _NEEDS_SAME_LENGTH, _needs_same_length_fixes

    assert _needs_same_length_fixes(text) == (_NEEDS_SAME_LENGTH.search(text) is not None)


THAT_PIECES = ["bahwa", "kim", "menegaskan", "-", " ", ",", "\n", "x" * 120, "é"]


@given(st.lists(st.sampled_from(THAT_PIECES), max_size=8).map("".join), st.data())
def test_that_after_object_check_agrees_with_its_pattern(text, data):
    from quotex.attribute import _THAT_AFTER_OBJECT

    reader, start, end = _reader_and_range(text, data)
    fast = reader._that_after_object(start, end)
    plain = _THAT_AFTER_OBJECT.match(reader.lowered, start, end)
    assert (fast and fast.span()) == (plain and plain.span())
