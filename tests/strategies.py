"""Hypothesis strategies for text that looks like Indonesian news."""

from hypothesis import strategies as st

NAMES = ["Budi Santoso", "Kim Jong Un", "Vladimir Putin", "Siti Aminah", "Kim Dong-yup", "Leif-Eric Easley", "Joko"]
ROLES = ["Presiden Rusia", "juru bicara Kremlin", "Kapolres Bogor AKBP", "profesor di Universitas Indonesia", "para analis", ""]
CUES = ["kata", "ujar", "ujarnya", "katanya", "tutur", "jelas", "beber", "imbuh", "terang", "sebut", "kata dia", "mengatakan", "menurut", "menegaskan"]
OUTLETS = ["CNN", "Reuters", "Kompas.com", "media pemerintah Rusia", "Radio NV Ukraina", "TEMPO.CO"]
WORDS = ["harga", "naik", "kami", "akan", "tidak", "bahwa", "pemerintah", "Korea", "Utara", "senjata", "itu", "ini", "dan", "yang", "Rabu", "(13/9)"]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", ",", ".", ":", " - ", "\u00a0", "\u200b", "&quot;", "\r\n", "\n"]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
speaker = st.builds(lambda r, n: f"{r} {n}".strip(), st.sampled_from(ROLES), st.sampled_from(NAMES))


@st.composite
def attributed_sentence(draw) -> str:
    """One sentence in one of the common attribution shapes."""
    body = draw(words)
    who = draw(speaker)
    cue = draw(st.sampled_from(CUES))
    open_, close = draw(st.sampled_from([('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("”", "”"), ('"', "")]))
    shape = draw(st.integers(0, 6))
    outlet = draw(st.sampled_from(OUTLETS))
    return [
        f"{open_}{body},{close} {cue} {who}.",
        f"{who} {cue}, {open_}{body}.{close}",
        f"{who} {cue} bahwa {body}.",
        f"Menurut {who}, {body}.",
        f"{body}, {cue} {who}, seperti dilansir {outlet}.",
        f"{who} {cue} ada {open_}{body}{close} untuk {draw(words)}.",
        f"{open_}{body}.{close}",
    ][shape]


paragraph = st.lists(st.one_of(attributed_sentence(), words.map(lambda w: w.capitalize() + ".")), min_size=1, max_size=4).map(" ".join)

news_text = st.lists(paragraph, min_size=1, max_size=6).map("\n".join)

#: News-like text with noise spliced in: stray marks, odd spaces, entities, CRLF.
noisy_news_text = st.builds(
    lambda text, noise: "".join(a + b for a, b in zip(text, noise + [""] * len(text))),
    news_text,
    st.lists(st.sampled_from(MARKS + [""] * 6), max_size=400),
)
