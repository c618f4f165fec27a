"""A self-contained HTML report of an archive: top speakers, statements and who carried them, the citation graph.

One file, no network: styles, a small search script and an SVG graph are inline, and
every piece of text from the archive goes through :func:`html.escape`. It reads well at
phone width: statements come first, as cards that stack; the speakers table keeps its
narrow columns (the outlet columns show from 40 rem up).
"""

from __future__ import annotations

import math
import os
from html import escape
from typing import Any

from quotex.archive.store import connect

__all__ = ["render_report"]

_CSS = """
:root { color-scheme: light; --ink: #1d1d1d; --muted: #5b5b5b; --line: #d8d8d8; --accent: #2a6f97; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink); margin: 0 auto; padding: 1rem; max-width: 64rem; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); }
.summary { color: var(--muted); margin: 0 0 1rem; }
.search { width: 100%; font: inherit; padding: .55rem .7rem; border: 1px solid #999; border-radius: 6px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.statement { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: .6rem .8rem; margin: .7rem 0; }
.statement blockquote { margin: .2rem 0 .5rem; font-family: Georgia, 'Times New Roman', serif; font-size: 1.02rem; }
.who { font-weight: 600; } .meta { color: var(--muted); font-size: .85rem; }
.carriers { list-style: none; padding: 0; margin: 0; font-size: .88rem; }
.carriers li { padding: .15rem 0; border-top: 1px dotted var(--line); overflow-wrap: anywhere; }
.outlet { font-weight: 600; } .via { color: var(--accent); }
svg { width: 100%; height: auto; } svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.hidden { display: none; }
@media (max-width: 40rem) { body { padding: .6rem; } th, td { padding: .3rem; } .wide { display: none; } }
"""

_SCRIPT = """
const box = document.getElementById('search');
function filter() {
  const q = box.value.trim().toLowerCase();
  let shown = 0;
  document.querySelectorAll('[data-speaker]').forEach(el => {
    const hit = !q || el.dataset.speaker.includes(q);
    el.classList.toggle('hidden', !hit);
    if (hit && el.classList.contains('statement')) shown++;
  });
  document.getElementById('shown').textContent = shown;
}
box.addEventListener('input', filter);
const asked = new URLSearchParams(location.hash.slice(1)).get('speaker');  // report.html#speaker=putin: a link to one source
if (asked) { box.value = asked; filter(); }
"""


def _fetch(con: Any, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return con.execute(sql, list(params)).fetchall()


def render_report(path: str | os.PathLike[str], *, title: str | None = None, speakers: int = 25, statements: int = 60) -> str:
    """The report of the archive at ``path`` as one HTML page (a string)."""
    con = connect(path, read_only=True)
    try:
        return _page(con, title or f"quotex archive: {os.path.basename(path)}", speakers, statements)
    finally:
        con.close()


def _page(con: Any, title: str, speaker_limit: int, statement_limit: int) -> str:
    documents, quotes, speakers, statements = _fetch(
        con, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers), "
        "(SELECT count(*) FROM statements)")[0]
    parts = [
        "<!doctype html>", '<html lang="id">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>", "</head>", "<body>", f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{documents:,} articles · {quotes:,} quotes · {speakers:,} sources · '
        f"{statements:,} statements carried by two or more articles</p>",
        '<input id="search" class="search" type="search" placeholder="Search a speaker (e.g. Prabowo)" aria-label="Search a speaker">',
    ]
    parts += _statements_section(con, statement_limit)
    parts += _speakers_section(con, speaker_limit)
    parts += _graph_section(con)
    parts += [f"<script>{_SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _speakers_section(con: Any, limit: int) -> list[str]:
    rows = _fetch(con, "SELECT speaker, name, roles, quotes, documents, publishers, cited FROM speakers "
                       "ORDER BY documents DESC, quotes DESC, speaker LIMIT ?", limit)
    out = ['<h2 id="speakers">Top speakers</h2>', '<div class="scroll"><table>',
           "<thead><tr><th>Speaker</th><th>Role</th><th>Quotes</th><th>Articles</th>"
           '<th class="wide">Published by</th><th class="wide">Cited through</th></tr></thead><tbody>']
    for key, name, roles, quotes, documents, publishers, cited in rows:
        out.append(
            f'<tr data-speaker="{escape(key)} {escape(name.lower())}"><td class="who">{escape(name)}</td>'
            f"<td>{escape(roles[0]) if roles else ''}</td><td class=\"n\">{quotes:,}</td><td class=\"n\">{documents:,}</td>"
            f'<td class="wide">{escape(", ".join(publishers[:3]))}</td><td class="wide">{escape(", ".join(cited[:3]))}</td></tr>'
        )
    out.append("</tbody></table></div>")
    return out


def _statements_section(con: Any, limit: int) -> list[str]:
    rows = _fetch(con, "SELECT s.statement_id, s.speaker, coalesce(p.name, s.speaker), s.text, s.documents, s.publishers "
                       "FROM statements s LEFT JOIN speakers p USING (speaker) "
                       "ORDER BY s.documents DESC, s.publishers DESC, s.statement_id LIMIT ?", limit)
    carriers: dict[int, list[tuple[Any, ...]]] = {}
    if rows:
        for sid, doc_id, publisher, published, outlet, source, kind in _fetch(
            con,
            "SELECT sq.statement_id, sq.doc_id, d.publisher, d.published, q.outlet, q.outlet_source, q.kind "
            "FROM statement_quotes sq JOIN quotes q USING (doc_id, quote_index) JOIN documents d USING (doc_id) "
            "WHERE list_contains(?, sq.statement_id) ORDER BY sq.statement_id, d.published NULLS LAST, d.run, sq.doc_id",
            [r[0] for r in rows],
        ):
            carriers.setdefault(sid, []).append((doc_id, publisher, published, outlet, source, kind))
    out = ['<h2 id="statements">Statements carried by several articles '
           f'(<span id="shown">{len(rows)}</span> shown)</h2>']
    for sid, key, name, text, documents, publishers in rows:
        out.append(f'<article class="statement" data-speaker="{escape(key)} {escape(name.lower())}">')
        out.append(f'<div class="who">{escape(name)}</div><blockquote>{escape(text)}</blockquote>')
        out.append(f'<div class="meta">{_count(documents, "article")} · {_count(publishers, "outlet")}, in order of publication</div>')
        out.append('<ul class="carriers">')
        for doc_id, publisher, published, outlet, source, kind in carriers.get(sid, []):
            shown = escape(publisher or (outlet if source == "publisher" else None) or "unknown outlet")
            via = f' <span class="via">via {escape(outlet)}</span>' if source == "cited" and outlet else ""
            when = f"{escape(published)} · " if published else ""
            out.append(f'<li>{when}<span class="outlet">{shown}</span>{via} <span class="meta">({escape(kind)}; {escape(doc_id)})</span></li>')
        out.append("</ul></article>")
    return out


def _graph_section(con: Any, limit: int = 12) -> list[str]:
    """Which outlets published quotes cited through which outlets: a two-column SVG, line width by count."""
    edges = _fetch(
        con,
        "SELECT coalesce(d.publisher, '(unknown)') AS publisher, q.outlet, count(*) AS n FROM quotes q JOIN documents d USING (doc_id) "
        "WHERE q.outlet_source = 'cited' AND q.outlet IS NOT NULL GROUP BY ALL ORDER BY n DESC, publisher, q.outlet LIMIT 60",
    )
    out = ['<h2 id="citations">Citation graph</h2>',
           '<p class="meta">Left: outlets that published a quote; right: the outlet they cited for it (kepada, dilansir, dikutip dari …).</p>']
    if not edges:
        return [*out, '<p class="meta">No quote in the archive cites another outlet.</p>']
    left = _top_names(edges, 0, limit)
    right = _top_names(edges, 1, limit)
    edges = [e for e in edges if e[0] in left and e[1] in right]
    row, width = 26, 640
    height = row * max(len(left), len(right)) + 20
    y = {("L", name): 20 + i * row for i, name in enumerate(left)} | {("R", name): 20 + i * row for i, name in enumerate(right)}
    most = max(n for _, _, n in edges)
    svg = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Citation graph">']
    for publisher, cited, n in edges:
        stroke = 1 + 5 * math.log1p(n) / math.log1p(most)
        svg.append(f'<line x1="200" y1="{y["L", publisher] - 4}" x2="440" y2="{y["R", cited] - 4}" stroke="#2a6f97" '
                   f'stroke-opacity=".55" stroke-width="{stroke:.1f}"><title>{escape(publisher)} → {escape(cited)}: {n}</title></line>')
    for name in left:
        svg.append(f'<text x="194" y="{y["L", name]}" text-anchor="end">{escape(_short(name))}</text>')
    for name in right:
        svg.append(f'<text x="446" y="{y["R", name]}">{escape(_short(name))}</text>')
    svg.append("</svg>")
    return [*out, *svg]


def _top_names(edges: list[tuple[str, str, int]], side: int, limit: int) -> list[str]:
    totals: dict[str, int] = {}
    for edge in edges:
        totals[edge[side]] = totals.get(edge[side], 0) + edge[2]
    return [name for name, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def _short(name: str, size: int = 28) -> str:
    return name if len(name) <= size else name[: size - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
