"""Hypothesis strategies for text that looks like Indonesian news.

One place for every generator the property tests use: paragraphs built from the
attribution shapes Indonesian reporting uses, quote marks of every style, cue
words, capitalised names, outlets and datelines, plus noise spliced in.
"""

from hypothesis import strategies as st

NAMES = ["Budi Santoso", "Kim Jong Un", "Vladimir Putin", "Siti Aminah", "Kim Dong-yup", "Leif-Eric Easley", "Joko", "Sri Mulyani Indrawati", "Dmitry Peskov"]
ROLES = ["Presiden Rusia", "juru bicara Kremlin", "Kapolres Bogor AKBP", "profesor di Universitas Indonesia", "para analis", "Menteri Keuangan", "Ketua DPR", ""]
CUES = ["kata", "ujar", "ujarnya", "katanya", "tutur", "jelas", "beber", "imbuh", "terang", "sebut", "kata dia", "mengatakan", "menurut", "menegaskan", "menuturkan", "ungkapnya", "tegasnya", "jelasnya"]
PRONOUN_CUES = ["ujarnya", "katanya", "kata dia", "tuturnya", "imbuhnya"]
OUTLETS = ["CNN", "Reuters", "Kompas.com", "media pemerintah Rusia", "Radio NV Ukraina", "TEMPO.CO", "Sputnik International", "AFP", "BBC"]
PUBLISHERS = ["TEMPO.CO, Jakarta -", "Liputan6.com, Moskow -", "KLIKPOSITIF –", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --"]
WORDS = ["harga", "naik", "kami", "akan", "tidak", "bahwa", "pemerintah", "Korea", "Utara", "senjata", "itu", "ini", "dan", "yang", "Rabu", "(13/9)", "rakyat", "perang", "sudah", "siap"]
QUOTE_PAIRS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("”", "”"), ("„", "“"), ('"', "")]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", ",", ".", ":", " - ", "\u00a0", "\u200b", "\u202f", "&quot;", "&amp;", "\r\n", "\n", "\t"]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
speaker = st.builds(lambda r, n: f"{r} {n}".strip(), st.sampled_from(ROLES), st.sampled_from(NAMES))
quote_pair = st.sampled_from(QUOTE_PAIRS)


@st.composite
def attributed_sentence(draw) -> str:
    """One sentence in one of the common attribution shapes."""
    body = draw(words)
    who = draw(speaker)
    cue = draw(st.sampled_from(CUES))
    open_, close = draw(quote_pair)
    outlet = draw(st.sampled_from(OUTLETS))
    shapes = [
        lambda: f"{open_}{body},{close} {cue} {who}.",
        lambda: f"{who} {cue}, {open_}{body}.{close}",
        lambda: f"{who} {cue} bahwa {body}.",
        lambda: f"Menurut {who}, {body}.",
        lambda: f"{body}, {cue} {who}, seperti dilansir {outlet}.",
        lambda: f"{who} {cue} ada {open_}{body}{close} untuk {draw(words)}.",
        lambda: f"{open_}{body}.{close}",
        lambda: f"{open_}{body},{close} {draw(st.sampled_from(PRONOUN_CUES))}.",
        lambda: f"{open_}{body},{close} {cue} {who}. {open_}{draw(words)}.{close}",
        lambda: f"{who} mengatakan kepada {outlet}: {open_}{body}.{close}",
        lambda: f"{open_}{body},{close} kata {who} kepada wartawan, dikutip dari {outlet}.",
    ]
    return draw(st.sampled_from(shapes))()


paragraph = st.lists(st.one_of(attributed_sentence(), words.map(lambda w: w.capitalize() + ".")), min_size=1, max_size=4).map(" ".join)


@st.composite
def multi_paragraph_quote(draw) -> str:
    """A quote over several paragraphs: each opens with a mark, only the last one closes."""
    open_, close = draw(quote_pair)
    parts = draw(st.lists(words, min_size=2, max_size=4))
    who = draw(speaker)
    lines = [f"{open_}{p}." for p in parts[:-1]]
    lines.append(f"{open_}{parts[-1]},{close} kata {who}.")
    return "\n".join(lines)


@st.composite
def news_text(draw) -> str:
    """An article: optional dateline, then paragraphs, some quotes spanning paragraphs."""
    blocks = draw(st.lists(st.one_of(paragraph, paragraph, multi_paragraph_quote()), min_size=1, max_size=6))
    if draw(st.booleans()):
        blocks[0] = f"{draw(st.sampled_from(PUBLISHERS))} {blocks[0]}"
    return "\n".join(blocks)


news_text = news_text()

#: News-like text with noise spliced in: stray marks, odd spaces, entities, CRLF.
noisy_news_text = st.builds(
    lambda text, noise: "".join(a + b for a, b in zip(text, noise + [""] * len(text))),
    news_text,
    st.lists(st.sampled_from(MARKS + [""] * 6), max_size=400),
)
