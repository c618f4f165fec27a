"""The HTML view, loaded in a real headless Chromium: DOM checked, screenshot taken.

Skipped when no Chromium is installed, unless ``QUOTEX_REQUIRE_BROWSER=1``
(``.ci/run`` sets it after installing Debian's ``chromium``), where it fails.
"""

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotex
from conftest import SEEDS
from quotex.html import render_html

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]


def _chromium() -> str:
    found = os.environ.get("QUOTEX_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        if os.environ.get("QUOTEX_REQUIRE_BROWSER") == "1":
            pytest.fail("QUOTEX_REQUIRE_BROWSER=1 but no Chromium found (apt-get install chromium)")
        pytest.skip("no Chromium installed (apt-get install chromium)")
    return found


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120, check=True)


class _Dom(HTMLParser):
    """Quote marks (with their text) and legend entries of the rendered DOM."""

    def __init__(self):
        super().__init__()
        self.quotes: list[dict] = []
        self.legend: dict[str, str] = {}
        self._depth = 0  # inside a quote mark: nesting depth of elements

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._depth:
            self._depth += 1
        elif tag == "mark" and "quote" in (a.get("class") or "").split():
            self.quotes.append({**a, "text": ""})
            self._depth = 1
        if tag == "li" and a.get("data-colour"):
            self.legend[a["data-entity"]] = a["data-colour"]

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.quotes[-1]["text"] += data


@pytest.fixture(scope="module")
def seed_003():
    path = next(p for p in SEEDS if p.name.startswith("003"))
    return path.read_text(encoding="utf-8")


def test_every_quote_is_highlighted_in_its_speakers_colour(seed_003, tmp_path):
    page = tmp_path / "seed-003.html"
    page.write_text(render_html(seed_003, title="seed 003"), encoding="utf-8")
    dom = _Dom()
    dom.feed(_run_chromium(tmp_path, "--dump-dom", page.as_uri()).stdout)

    expected = quotex.extract(seed_003).quotes
    assert [q["text"] for q in dom.quotes] == [q.text for q in expected]
    assert len(dom.legend) == len({q.speaker.entity for q in expected if q.speaker})
    assert len(set(dom.legend.values())) == len(dom.legend), "two speakers share a colour"
    for mark, quote in zip(dom.quotes, expected):
        assert mark["data-entity"] == quote.speaker.entity
        assert mark["data-colour"] == dom.legend[quote.speaker.entity]
        assert f"--c:{mark['data-colour']}" in mark["style"]
        assert quote.kind.value in mark["data-details"] and quote.speaker.name in mark["data-details"]


def test_screenshot_at_phone_width_is_a_coloured_png(seed_003, tmp_path):
    image_module = pytest.importorskip("PIL.Image")
    page = tmp_path / "seed-003.html"
    page.write_text(render_html(seed_003, title="seed 003"), encoding="utf-8")
    shot = tmp_path / "seed-003.png"
    _run_chromium(tmp_path, "--window-size=390,1600", f"--screenshot={shot}", page.as_uri())
    with image_module.open(shot) as image:
        assert image.format == "PNG" and image.size == (390, 1600)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 50, "the screenshot is blank"
    first_colour = quotex.html.speaker_colour(0).lstrip("#")
    rgb = tuple(int(first_colour[i : i + 2], 16) for i in (0, 2, 4))
    assert any(c == rgb for _, c in colours), "the first speaker's highlight colour is not on screen"


def test_article_markup_is_shown_as_text_not_run(tmp_path):
    page = tmp_path / "x.html"
    page.write_text(render_html('<script>document.title="pwned"</script><img src=x onerror=alert(1)>\n"Ya," kata Budi.'), encoding="utf-8")
    dom_text = _run_chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "<title>quotex</title>" in dom_text
    assert "&lt;script&gt;" in dom_text and "<img" not in dom_text
