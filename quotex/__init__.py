"""quotex: quoted speech in Indonesian news — what was said, who said it, through which outlet.

>>> import quotex
>>> [q.speaker.name for q in quotex.extract_quotes('"Kami siap," kata Budi Santoso.')]
['Budi Santoso']
"""

from quotex.api import extract, extract_quotes
from quotex.evaluation import Evaluation, GoldFormatError, evaluate
from quotex.extractor import Extractor
from quotex.html import render_html
from quotex.model import Cue, Extraction, Mention, Outlet, Quote, QuoteKind, Speaker
from quotex.stanza_models import ModelsMissingError, StanzaUnavailableError

__version__ = "0.1.0"

__all__ = [
    "Cue",
    "Evaluation",
    "Extraction",
    "Extractor",
    "GoldFormatError",
    "Mention",
    "ModelsMissingError",
    "Outlet",
    "Quote",
    "QuoteKind",
    "Speaker",
    "StanzaUnavailableError",
    "__version__",
    "evaluate",
    "extract",
    "extract_quotes",
    "render_html",
]
