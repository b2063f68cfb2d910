"""What the tests share: the repository's CLI to compare against, its samples, generated
articles and hostile texts. Nothing here needs ../shared; the tests that use CoNLL-2003 skip
(saying so) when it is absent."""

import json
import os
import random
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "www" / "samples").glob("*.txt"))
CONLL = Path(os.environ.get("NEWSMARK_DATA", ROOT.parent / "shared" / "data")) / "conll2003"

# Text someone could paste or send: each must give a result (or, past the size limit, a
# ValueError), never a crash, and the same result as the CLI.
HOSTILE = [
    "",
    ".",
    "\x00",
    "\ufeffPresident Joe Biden spoke on 7 December 2021.",
    "President Joe Biden spoke on 7 December 2021.\r\n\r\nBiden left.\r",
    "\x01\x02\x1b[31mJoe Biden\x1b[0m \x7f\x85 said on 7 December 2021\x0b\x0c.",
    "الرئيس جو بايدن President Joe Biden \u200fspoke\u200e on 7 December 2021 \u202eevil\u202c.",
    "👩‍👩‍👧‍👦 Joe Biden 🇺🇸🇬🇧 met 🏳️‍🌈 Angela Merkel on 7 December 2021 😀, paid $4.5bn 😀.",
    "Jose\u0301 Bide\u0301n e\u0301\u0301\u0301 on 7 Decembe\u0301r 2021 in Pa\u0308ris",
    "\U0010ffff\uffff\ufffd \U0001d400\U0001d401 Joe Biden " * 1000,
    "a" * 300_000,
    "1" * 100_000,
    "(" * 50_000 + "Joe Biden" + ")" * 50_000,
    "Biden " * 50_000,
    "December 7 " * 20_000,
    "\n" * 100_000 + "Joe Biden",
    "$" + "9" * 5_000 + " billion",
    "7/" * 10_000,
    "President Joe Biden spoke on 7 December 2021 in Geneva. " * 50_000,
]


def cli_path():
    path = Path(os.environ.get("NEWSMARK_CLI", ROOT / "target" / "release" / "newsmark"))
    if not path.exists():
        pytest.fail(f"{path} is missing: cargo build --release --bin newsmark (scripts/test-python.sh does)")
    return path


def cli(*args, input=None):
    """The CLI's stdout for `args`; fails the test on a non-zero exit."""
    run = subprocess.run([cli_path(), *args], input=input, capture_output=True, check=False)
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout


def with_code_points(text, doc):
    """A CLI document (UTF-16 offsets) with start/end counted as Python counts."""
    data = text.encode()
    byte = chars = 0  # entities come sorted: one pass forward
    for e in doc["entities"]:
        for key in "start", "end":
            chars += len(data[byte : e[f"byte_{key}"]].decode())
            byte = e[f"byte_{key}"]
            e[key] = chars
    return doc


def sentences():
    """Sentences from the samples and the phrasing tables of tests/corpus/."""
    found = []
    for path in SAMPLES:
        found += [s for s in re.split(r"(?<=[.!?])\s+", path.read_text()) if s.strip()]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        for line in path.read_text().splitlines():
            if line and line[0] not in "#=" and not line.startswith("!"):
                found.append(line.replace("[", "").replace("]", ""))
    return found


def articles(count, seed=17):
    """`count` JSON Lines records of news-like articles: datelines, ids of several JSON types,
    reference dates given, absent or null, and now and then a hostile text."""
    rng = random.Random(seed)
    pool = sentences()
    places = ["LONDON", "NEW DELHI", "MOSCOW", "WASHINGTON", "GENEVA"]
    records = []
    for i in range(count):
        body = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 12)))
        if i % 3 == 0:
            body = f"{rng.choice(places)} 1996-08-{rng.randint(10, 31)}\n{body}"
        if i % 17 == 0:
            body = rng.choice(HOSTILE[:10]) + "\n" + body
        record = {"id": [i, f"doc-{i}", {"n": i}, 1.5 + i][i % 4], "text": body}
        if i % 4 == 1:
            record["reference_date"] = f"2021-12-{rng.randint(1, 31):02}"
        elif i % 4 == 2:
            record["reference_date"] = None
        records.append(json.dumps(record, ensure_ascii=i % 2 == 0))
    return records
