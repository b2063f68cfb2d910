"""The Python API against the CLI: the same entities, values and canonical entities on the
samples, generated articles and hostile texts, with offsets Python can slice by; errors as
exceptions that name the problem."""

import doctest
import gc
import importlib.metadata
import json
import threading

import pytest

import newsmark
from conftest import CONLL, HOSTILE, SAMPLES, articles, cli, with_code_points


def assert_offsets(text, doc):
    data = text.encode()
    for e in doc["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
        assert data[e["byte_start"] : e["byte_end"]].decode() == e["text"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_match_the_cli(path):
    text = path.read_text()
    expected = with_code_points(text, json.loads(cli("--reference-date", "2021-12-06", path)))
    doc = newsmark.extract(text, reference_date="2021-12-06")
    assert doc == expected
    assert any(e["label"] == "PERSON" for e in doc["entities"])
    assert_offsets(text, doc)


def test_the_readme_example():
    text = "US President Joe Biden will call on December 7."
    doc = newsmark.extract(text, reference_date="2021-12-06")
    found = [(e["label"], text[e["start"] : e["end"]], e.get("value")) for e in doc["entities"]]
    assert found == [
        ("GPE", "US", None),
        ("TITLE", "President", None),
        ("PERSON", "Joe Biden", None),
        ("DATE", "December 7", "2021-12-07"),
    ]
    assert doc["reference_date"] == {"date": "2021-12-06", "source": "options"}


def test_offsets_count_code_points_and_bytes():
    text = "😀 Joe Biden 🇺🇸 met Angela Merkel on 7 December 2021."
    doc = newsmark.extract(text)
    assert [e["text"] for e in doc["entities"]][:2] == ["Joe Biden", "Angela Merkel"]
    biden = doc["entities"][0]
    assert (biden["start"], biden["end"], biden["byte_start"], biden["byte_end"]) == (2, 11, 5, 14)
    assert_offsets(text, doc)


def test_hostile_texts_match_the_cli(tmp_path):
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(HOSTILE)]
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n")
    expected = cli("--jsonl", path).decode().splitlines()
    extractor = newsmark.Extractor()
    assert extractor.extract_jsonl(lines) == expected
    for text, line, doc in zip(HOSTILE, expected, extractor.extract_many(HOSTILE, threads=2)):
        cli_doc = json.loads(line)
        del cli_doc["id"]
        assert doc == with_code_points(text, cli_doc)
        assert_offsets(text, doc)


def test_generated_articles_match_the_cli_line_for_line(tmp_path):
    lines = articles(300)
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n")
    for args in [(), ("--labels", "PERSON,DATE", "--reference-date", "2020-02-29")]:
        expected = cli("--jsonl", *args, path).decode().splitlines()
        options = {"labels": ["PERSON", "DATE"], "reference_date": "2020-02-29"} if args else {}
        extractor = newsmark.Extractor(**options)
        assert extractor.extract_jsonl(lines, threads=1) == expected
        assert extractor.extract_jsonl(lines + ["", " \r"], threads=2) == expected


@pytest.mark.skipif(not (CONLL / "dev.jsonl").exists(), reason=f"no CoNLL-2003 at {CONLL}")
def test_conll_dev_matches_the_cli():
    path = CONLL / "dev.jsonl"
    expected = cli("--jsonl", path).decode().splitlines()
    assert newsmark.Extractor().extract_jsonl(path.read_text().splitlines()) == expected


def test_extract_many_keeps_order_on_any_number_of_threads():
    texts = [f"Joe Biden met {n} officials in Geneva on {n % 28 + 1} June 2021." for n in range(200)]
    extractor = newsmark.Extractor(reference_date="2021-12-06")
    one_by_one = [extractor.extract(t) for t in texts]
    for threads in [None, 1, 2, 7, 500]:
        assert extractor.extract_many(texts, threads=threads) == one_by_one
    assert extractor.extract_many(iter(texts[:3])) == one_by_one[:3]
    assert extractor.extract_many([]) == []


def test_extract_many_leaves_the_cycle_collector_as_it_was():
    extractor = newsmark.Extractor()
    extractor.extract_many(["Joe Biden"])
    assert gc.isenabled()
    gc.disable()
    try:
        extractor.extract_many(["Joe Biden"])
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        extractor.extract_many(["Joe Biden", "a" * (newsmark.MAX_INPUT_BYTES + 1)])
    assert gc.isenabled()


def test_one_extractor_shared_by_python_threads():
    extractor = newsmark.Extractor()
    text = SAMPLES[0].read_text()
    expected = extractor.extract(text)
    results = []

    def work():
        results.extend(extractor.extract(text) for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 20


def test_options_filter_and_add_entities():
    extractor = newsmark.Extractor(
        labels=["ORG", "PRODUCT"],
        entries=[{"text": "Acme Corp", "label": "ORG", "id": "acme"}],
        patterns=[{"pattern": r"\bINC-\d{4}\b", "label": "PRODUCT"}],
    )
    doc = extractor.extract("ACME CORP filed INC-2041.")
    assert [(e["text"], e["label"], e["rule"]) for e in doc["entities"]] == [
        ("ACME CORP", "ORG", "custom/entry:acme"),
        ("INC-2041", "PRODUCT", "custom/pattern"),
    ]
    assert newsmark.extract("12/06/2021", day_first=True)["entities"][0]["value"] == "2021-06-12"
    assert newsmark.extract("12/06/2021", day_first=False)["entities"][0]["value"] == "2021-12-06"
    assert set(newsmark.LABELS) >= {"PERSON", "GPE", "TITLE"} and len(newsmark.LABELS) == 19


@pytest.mark.parametrize(
    "options, message",
    [
        ({"refDate": "2021-12-06"}, "unknown field `refDate`"),
        ({"reference_date": "2021-02-29"}, 'invalid reference date "2021-02-29"'),
        ({"reference_date": 20211206}, "invalid options"),
        ({"labels": ["PEOPLE"]}, "unknown variant `PEOPLE`"),
        ({"labels": "PERSON"}, "labels must be a list"),
        ({"labels": 5}, "invalid options"),
        ({"day_first": "yes"}, "day_first must be True, False or None, not str"),
        ({"entries": [{"text": "Acme", "label": "ORG", "kind": 1}]}, "unknown field `kind`"),
        ({"entries": [{"text": " ", "label": "ORG"}]}, "invalid custom entry"),
        ({"patterns": [{"pattern": "(", "label": "ORG"}]}, 'invalid pattern patterns[0] "("'),
        ({"patterns": [{"pattern": "a{1000}{1000}", "label": "ORG"}]}, "patterns[0]"),
    ],
)
def test_bad_options_are_value_errors_naming_the_problem(options, message):
    for call in [lambda: newsmark.Extractor(**options), lambda: newsmark.extract("x", **options)]:
        with pytest.raises(ValueError) as error:
            call()
        assert message in str(error.value)


def test_bad_texts_are_exceptions_not_crashes():
    extractor = newsmark.Extractor()
    for text in [5, None, b"Joe Biden", ["Joe Biden"]]:
        with pytest.raises(TypeError, match="text must be str, not"):
            extractor.extract(text)
        with pytest.raises(TypeError, match="text must be str"):
            newsmark.extract(text)
    with pytest.raises(TypeError, match="texts must be an iterable of str, not a str"):
        extractor.extract_many("Joe Biden")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not bytes"):
        extractor.extract_many(["a", b"b"])
    with pytest.raises(TypeError):
        extractor.extract_many(5)
    with pytest.raises(ValueError, match="threads must be at least 1, not 0"):
        extractor.extract_many(["a"], threads=0)
    with pytest.raises(ValueError, match=r"lines\[1\]: bad JSON record: missing field `text`"):
        extractor.extract_jsonl(['{"id":1,"text":"x"}', '{"id":2}'])
    with pytest.raises(ValueError, match=r'lines\[0\]: invalid reference date "soon"'):
        extractor.extract_jsonl(['{"id":1,"text":"x","reference_date":"soon"}'])
    # A lone surrogate cannot be UTF-8: Python's own UnicodeEncodeError, a ValueError.
    with pytest.raises(ValueError, match="surrogates not allowed"):
        extractor.extract("Joe \ud800 Biden")
    assert extractor.extract("Joe Biden") == newsmark.extract("Joe Biden")


def test_text_over_the_limit_is_a_value_error():
    huge = "a" * (newsmark.MAX_INPUT_BYTES + 1)
    with pytest.raises(ValueError, match="larger than the limit of 67108864 bytes"):
        newsmark.extract(huge)
    with pytest.raises(ValueError, match=r"texts\[1\]: input of 67108865 bytes"):
        newsmark.Extractor().extract_many(["ok", huge])


def test_docs_and_version():
    examples = doctest.testmod(newsmark)  # the module docstring's
    assert examples.attempted >= 2 and examples.failed == 0
    assert newsmark.__version__ == importlib.metadata.version("newsmark")
    assert "code points" in newsmark.extract.__doc__
    assert "GIL" in newsmark.Extractor.extract_many.__doc__
    assert "newsmark --jsonl" in newsmark.Extractor.extract_jsonl.__doc__
