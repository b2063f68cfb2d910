"""Types of the native module; `newsmark` re-exports everything here."""

from collections.abc import Iterable, Sequence
from typing import Literal, Union

from typing_extensions import NotRequired, TypedDict

__version__: str
LABELS: tuple[str, ...]
"""Every label name: OntoNotes' set plus TITLE."""
MAX_INPUT_BYTES: int
"""The largest text accepted, in UTF-8 bytes (64 MiB); a larger one is a ValueError."""

Label = Literal[
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "TITLE",
]

class Money(TypedDict):
    amount: float
    currency: str
    """ISO 4217 code, e.g. "USD"."""

class Quantity(TypedDict):
    amount: float
    unit: str
    """A unit of measure ("km") or the counted noun ("AK-203 assault rifles")."""

Value = Union[str, float, Money, Quantity]
"""DATE/TIME: a TimeML value ("2021-12-07"); CARDINAL/ORDINAL/PERCENT: a number;
MONEY: Money; QUANTITY: Quantity."""

class Entity(TypedDict):
    text: str
    """The mention as written: text[start:end]."""
    label: Label
    start: int
    """Start in code points (Python string index)."""
    end: int
    """End (exclusive) in code points."""
    byte_start: int
    """Start in UTF-8 bytes: text.encode()[byte_start:byte_end].decode() == entity text."""
    byte_end: int
    value: NotRequired[Value]
    """The normalised value, where the label has one."""
    timex_type: NotRequired[Literal["DATE", "TIME", "DURATION", "SET"]]
    """DATE and TIME entities: their TimeML TIMEX3 type."""
    points_to: NotRequired[str]
    """Lengths that point at a day ("three days later", value "P3D"): that day, "2021-12-09"."""
    confidence: NotRequired[float]
    """Names the tagger found: how likely the span and label are right (calibrated, 0 to 1)."""
    entity_id: int
    """Index into Document["canonical"]."""
    rule: str
    """Which rule or model found it, e.g. "date/day-month-year"."""

class Role(TypedDict):
    title: str
    of: NotRequired[str]

class CanonicalEntity(TypedDict):
    id: int
    label: Label
    name: str
    """The fullest name among the mentions."""
    mentions: list[int]
    """Indices into Document["entities"], in text order."""
    salience: float
    """How much the article is about it, 0 to 1 (mentions, headline, first paragraph)."""
    role: NotRequired[Role]

class ReferenceDate(TypedDict):
    date: str
    """YYYY-MM-DD."""
    source: Literal["options", "article"]

class Document(TypedDict):
    entities: list[Entity]
    """Sorted by position, never overlapping."""
    canonical: list[CanonicalEntity]
    reference_date: Union[ReferenceDate, None]

class Entry(TypedDict):
    text: str
    label: Label
    id: NotRequired[str]

class Pattern(TypedDict):
    pattern: str
    """Rust regex syntax as regex-lite reads it: ASCII classes, no look-around."""
    label: Label
    id: NotRequired[str]

def extract(
    text: str,
    *,
    reference_date: Union[str, None] = None,
    labels: Union[Sequence[Label], None] = None,
    day_first: Union[bool, None] = None,
    entries: Union[Sequence[Entry], None] = None,
    patterns: Union[Sequence[Pattern], None] = None,
    timeml: Union[bool, None] = None,
    min_confidence: Union[float, None] = None,
) -> Document:
    """Extracts the entities of `text`.

    reference_date: "YYYY-MM-DD" that relative dates ("Tuesday", "last week") are resolved
    against; without it, the article's own dateline, else unresolved ("XXXX-12-07").
    labels: only these labels. day_first: how to read numeric dates like 12/06/2021 (None:
    each text decides). entries, patterns: your own phrases and regexes, which win every overlap.
    timeml: mark dates and times as TimeML does (PRESENT_REF, SET, ...) instead of OntoNotes.
    min_confidence: drop names the tagger is less sure of (rule mentions are always kept).

    Raises ValueError for a bad option (unknown name, bad date or label, invalid pattern) or a
    text over MAX_INPUT_BYTES, TypeError when `text` is not a str.
    """

class Extractor:
    """Checked options, reused across calls and safe to share between threads."""

    def __init__(
        self,
        *,
        reference_date: Union[str, None] = None,
        labels: Union[Sequence[Label], None] = None,
        day_first: Union[bool, None] = None,
        entries: Union[Sequence[Entry], None] = None,
        patterns: Union[Sequence[Pattern], None] = None,
        timeml: Union[bool, None] = None,
        min_confidence: Union[float, None] = None,
    ) -> None:
        """The options of `extract`; a bad one is a ValueError here, not at each call."""

    def extract(self, text: str) -> Document:
        """The entities of `text`, as `newsmark.extract` gives them."""

    def extract_many(self, texts: Iterable[str], *, threads: Union[int, None] = None) -> list[Document]:
        """The entities of each text, in order, on `threads` threads (None: one per core),
        with the GIL released. A text over the limit is a ValueError naming its index."""

    def extract_jsonl(self, lines: Iterable[str], *, threads: Union[int, None] = None) -> list[str]:
        """What `newsmark --jsonl` prints for each JSON Lines record {"id", "text"[,
        "reference_date"]}, byte for byte, without the newline: offsets in UTF-16 units as in
        all JSON output, a record's own reference_date before the extractor's. Blank lines give
        nothing; a bad record is a ValueError naming its index."""
