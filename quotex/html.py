"""A self-contained HTML view of one article: who said what, one colour per speaker.

Quotes are ``<mark class="quote">`` elements coloured by speaker entity, with
cue, speaker mention and outlet marked inside the text and the details of each
quote shown on hover or keyboard focus. No scripts, no network; every piece of
article text goes through :func:`html.escape`.
"""

from __future__ import annotations

import colorsys
from bisect import bisect_left
from html import escape

from quotex.api import extract
from quotex.model import Extraction, Quote

__all__ = ["render_html", "speaker_colour"]

#: Distinct, readable highlight colours; more speakers than this get generated hues.
_PALETTE = (
    "#ffd166", "#8ecae6", "#b5e48c", "#f4a3c4", "#cdb4db", "#ffb4a2",
    "#90e0ef", "#e9c46a", "#a0c4ff", "#caffbf", "#fdffb6", "#ffc6ff",
)
_NO_SPEAKER = "#dddddd"

_CSS = """
:root { color-scheme: light; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; margin: 0 auto; padding: 1rem; max-width: 46rem; color: #1d1d1d; }
h1 { font: 600 1.1rem system-ui, sans-serif; margin: 0 0 .75rem; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark.quote { background: var(--c); border-radius: 3px; padding: 0 1px; position: relative; color: inherit; }
mark.quote:focus { outline: 2px solid #333; }
mark.quote:hover::after, mark.quote:focus::after {
  content: attr(data-details); position: absolute; left: 0; top: 100%; z-index: 2; width: max-content; max-width: min(22rem, 85vw);
  white-space: pre-wrap; font: 13px/1.4 system-ui, sans-serif; background: #222; color: #fff; padding: .4rem .55rem; border-radius: 4px;
}
.cue { font-weight: bold; text-decoration: underline dotted; }
.speaker { border-bottom: 3px solid var(--c, #888); }
.outlet { font-variant: small-caps; outline: 1px dashed #555; outline-offset: 1px; }
.legend { font: 14px/1.5 system-ui, sans-serif; border-top: 1px solid #ccc; margin-top: 1.5rem; padding-top: .5rem; }
.legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .35rem 1rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; background: var(--c); vertical-align: -0.1em; margin-right: .3em; }
.role { color: #555; }
"""


def speaker_colour(index: int) -> str:
    """The highlight colour of the ``index``-th speaker entity (0-based)."""
    if index < len(_PALETTE):
        return _PALETTE[index]
    hue = (index * 0.618033988749895) % 1.0  # golden-ratio steps keep hues apart
    r, g, b = colorsys.hls_to_rgb(hue, 0.8, 0.65)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _details(q: Quote) -> str:
    lines = [f"kind: {q.kind.value}"]
    if q.speaker:
        role = f" ({q.speaker.role})" if q.speaker.role else ""
        lines.append(f"speaker: {q.speaker.name}{role} [{q.speaker.entity}]")
    else:
        lines.append("speaker: unknown")
    lines.append(f"cue: {q.cue.text}" if q.cue else "cue: none")
    if q.outlet:
        lines.append(f"outlet: {q.outlet.name} ({q.outlet.source})")
    lines.append(f"confidence: {q.confidence:.2f}")
    return "\n".join(lines)


def _inline_marks(extraction: Extraction, colours: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """(start, end, class, colour) of every cue, speaker mention and cited outlet."""
    marks = set()
    for q in extraction.quotes:
        colour = colours.get(q.speaker.entity, _NO_SPEAKER) if q.speaker else _NO_SPEAKER
        if q.cue and q.cue.end > q.cue.start:
            marks.add((q.cue.start, q.cue.end, "cue", ""))
        if q.speaker and q.speaker.mention and q.speaker.mention.end > q.speaker.mention.start:
            marks.add((q.speaker.mention.start, q.speaker.mention.end, "speaker", colour))
        if q.outlet and q.outlet.end > q.outlet.start:
            marks.add((q.outlet.start, q.outlet.end, "outlet", ""))
    if extraction.publisher and extraction.publisher.end > extraction.publisher.start:
        marks.add((extraction.publisher.start, extraction.publisher.end, "outlet", ""))
    return sorted(marks)


def _render_text(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """``text[start:end]`` escaped, each piece wrapped in the classes of the marks covering it."""
    cuts = {start, end}
    for m_start, m_end, _, _ in marks:
        if m_start < end and m_end > start:
            cuts.update((max(start, m_start), min(end, m_end)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(sorted({m[2] for m in covering}))
        colour = next((m[3] for m in covering if m[3]), "")
        style = f' style="--c:{colour}"' if colour else ""
        out.append(f'<span class="{classes}"{style}>{piece}</span>')
    return "".join(out)


def render_html(text: str, extraction: Extraction | None = None, *, title: str = "quotex") -> str:
    """The article ``text`` as a standalone HTML page with its quotes highlighted.

    Pass ``extraction`` to reuse a result; otherwise ``extract(text)`` runs here.
    """
    if extraction is None:
        extraction = extract(text)
    entities = list(dict.fromkeys(q.speaker.entity for q in extraction.quotes if q.speaker))
    colours = {entity: speaker_colour(i) for i, entity in enumerate(entities)}
    marks = _inline_marks(extraction, colours)
    starts = [m[0] for m in marks]
    longest = max((m[1] - m[0] for m in marks), default=0)

    def marks_in(start: int, end: int) -> list[tuple[int, int, str, str]]:
        # a mark overlapping [start, end) starts at most `longest` before it: a binary search, not a scan
        window = marks[bisect_left(starts, start - longest) : bisect_left(starts, end)]
        return [m for m in window if m[1] > start]

    body, pos = [], 0
    for i, q in enumerate(extraction.quotes):
        body.append(_render_text(text, pos, q.start, marks_in(pos, q.start)))
        entity = q.speaker.entity if q.speaker else ""
        colour = colours.get(entity, _NO_SPEAKER)
        inner = _render_text(text, q.start, q.end, marks_in(q.start, q.end))
        body.append(
            f'<mark class="quote" id="q{i + 1}" tabindex="0" style="--c:{colour}" data-colour="{colour}"'
            f' data-entity="{escape(entity)}" data-kind="{q.kind.value}" data-details="{escape(_details(q))}">{inner}</mark>'
        )
        pos = q.end
    body.append(_render_text(text, pos, len(text), marks_in(pos, len(text))))

    counts: dict[str, int] = {}
    for q in extraction.quotes:
        if q.speaker:
            counts[q.speaker.entity] = counts.get(q.speaker.entity, 0) + 1
    legend = []
    for speaker in extraction.speakers:
        if speaker.entity not in colours:
            continue
        role = f' <span class="role">{escape(speaker.role)}</span>' if speaker.role else ""
        n = counts.get(speaker.entity, 0)
        legend.append(
            f'<li data-entity="{escape(speaker.entity)}" data-colour="{colours[speaker.entity]}" style="--c:{colours[speaker.entity]}">'
            f'<span class="swatch"></span>{escape(speaker.name)}{role} · {n} quote{"s" if n != 1 else ""}</li>'
        )
    unattributed = sum(1 for q in extraction.quotes if q.speaker is None)
    if unattributed:
        legend.append(f'<li data-entity="" style="--c:{_NO_SPEAKER}"><span class="swatch"></span>unknown speaker · {unattributed}</li>')
    publisher = f"<p>Publisher: {escape(extraction.publisher.name)}</p>" if extraction.publisher else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)} — {len(extraction.quotes)} quotes, {len(entities)} speakers</h1>\n"
        f'<div class="article">{"".join(body)}</div>\n'
        f'<section class="legend"><h2 style="font-size:1rem">Speakers</h2>{publisher}<ul>{"".join(legend)}</ul></section>\n'
        "</body>\n</html>\n"
    )
