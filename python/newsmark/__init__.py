"""Entities in news articles: people, organisations, places, dates, amounts and more, with
normalised values and mentions grouped into entities, by the newsmark Rust core.

>>> import newsmark
>>> doc = newsmark.extract("US President Joe Biden will call on December 7.", reference_date="2021-12-06")
>>> [(e["label"], e["text"], e.get("value")) for e in doc["entities"]]
[('GPE', 'US', None), ('TITLE', 'President', None), ('PERSON', 'Joe Biden', None), ('DATE', 'December 7', '2021-12-07')]

Results are the CLI's JSON as dicts, with ``start``/``end`` counted in code points (Python's
string index) and ``byte_start``/``byte_end`` in UTF-8 bytes. ``Extractor`` keeps checked options
for many calls; ``Extractor.extract_many`` runs on every core with the GIL released.
"""

from typing import TYPE_CHECKING

from ._newsmark import LABELS, MAX_INPUT_BYTES, Extractor, __version__, extract

if TYPE_CHECKING:  # the result's shapes, for annotations only: they exist in the stubs alone
    from ._newsmark import CanonicalEntity as CanonicalEntity
    from ._newsmark import Document as Document
    from ._newsmark import Entity as Entity

__all__ = ["LABELS", "MAX_INPUT_BYTES", "Extractor", "__version__", "extract"]
