"""The offset invariant: evidence offsets select exactly their sentence or quote in the source."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Literal

from kg.cli import cli
from kg.ingest import make_article, read_file
from kg.model import Article, Evidence, Extraction, Quote
from kg.store import GraphStore
from kg.store.offsets import check_extraction, check_store, source_text, store_spans
from kg.update.incremental import add_extractions
from kg.vocab import KG

from .conftest import news


def _quote(article: Article, words: str, sentence: str) -> Quote:
    """A quote of ``words`` in ``sentence``, with offsets mapped to the source as kg maps them."""
    s = article.text.index(sentence)
    w = article.text.index(words, s)
    evidence = Evidence(article.id, sentence, *article.source_span(s, s + len(sentence)),
                        "test.v1", 0.9)
    return Quote(words, None, evidence, *article.source_span(w, w + len(words)))


def test_a_boilerplate_gap_and_the_end_of_a_line_map_to_the_source(tmp_path):
    raw = ("Talks resume\nAdvertisement\nAnna Berg met Karl Lind. All rights reserved.\n"
           '"We will find a way," Berg said.\n')
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    article = make_article(str(path), raw)
    assert "Advertisement" not in article.text and "reserved" not in article.text
    quote = _quote(article, "We will find a way", '"We will find a way," Berg said.')
    sentence = "Anna Berg met Karl Lind."
    start = article.text.index(sentence)
    # The end of a span followed by text left out is where the span's text ends, not the gap's.
    assert raw[slice(*article.source_span(start, start + len(sentence)))] == sentence
    assert check_extraction(Extraction(article, quotes=(quote,))) == []


def test_html_character_references_map_to_the_whole_reference(tmp_path):
    page = ("<html><body><p>Anna Berg &amp; Karl Lind met.</p>"
            "<p>Berg said: &ldquo;We will find a way.&rdquo;</p></body></html>")
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    sentence = "Berg said: “We will find a way.”"
    start = article.text.index(sentence)
    s, e = article.source_span(start, start + len(sentence))
    assert page[s:e] == "Berg said: &ldquo;We will find a way.&rdquo;"
    # After a reference, the rest of the same text node is not shifted.
    met = article.text.index("Karl Lind met.")
    assert page[slice(*article.source_span(met, met + 14))] == "Karl Lind met."
    quote = _quote(article, "We will find a way.", sentence)
    assert check_extraction(Extraction(article, quotes=(quote,))) == []


def test_shifted_or_padded_offsets_are_violations(tmp_path):
    raw = 'Anna Berg met Karl Lind.\n"We will find a way," Berg said.\n'
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    article = make_article(str(path), raw)
    good = _quote(article, "We will find a way", '"We will find a way," Berg said.')
    ev = good.evidence
    padded = Quote(good.text, None, Evidence(ev.article, ev.sentence, ev.start, ev.end + 1,
                                             ev.extractor, 0.9), good.start, good.end)
    shifted = Quote(good.text, None, ev, good.start - 1, good.end - 1)
    on_comma = Quote(good.text, None, ev, good.start, good.end + 1)
    for bad in (padded, shifted, on_comma):
        (violation,) = check_extraction(Extraction(article, quotes=(bad,)))
        assert str(violation).startswith(f"{path}: ")


def test_a_split_quote_matches_its_parts_in_order(tmp_path):
    raw = '"We will find a way," Berg said. "Talks go on."\n'
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    article = make_article(str(path), raw)
    ev = Evidence(article.id, raw.strip(), 0, len(raw) - 1, "test.v1", 0.9)
    joined = Quote("We will find a way … Talks go on.", None, ev, 1, raw.index(".\"") + 1)
    assert check_extraction(Extraction(article, quotes=(joined,))) == []
    swapped = Quote("Talks go on. … We will find a way", None, ev, 1, raw.index(".\"") + 1)
    assert len(check_extraction(Extraction(article, quotes=(swapped,)))) == 1


def test_json_sources_point_into_their_text_field(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": "T", "text": "Anna Berg met Karl Lind."}) + "\n"
                    + json.dumps({"body": "Karl Lind left."}) + "\n", encoding="utf-8")
    assert source_text(f"{feed}:2") == "Karl Lind left."
    document = tmp_path / "docs.json"
    document.write_text(json.dumps([{"text": "One."}, {"content": "Two."}]), encoding="utf-8")
    assert source_text(f"{document}[1]") == "Two."


def test_validate_reports_each_offset_that_selects_the_wrong_text(tmp_path):
    said = "Dmitry Peskov speaks for the Kremlin."
    extraction = news(tmp_path, "a1.txt", f"Kremlin. {said}",
                      relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", said, 0.9),))
    with GraphStore(tmp_path / "out" / "store") as store:
        add_extractions(store, [extraction])
        assert check_store(store) == []
        (node, _, _, graph), = store.dataset.quads((None, KG.startOffset, None, None))
        store.dataset.remove((node, KG.startOffset, None, graph))
        store.dataset.add((node, KG.startOffset, Literal(3), graph))
        assert len(check_store(store)) == 1
    result = CliRunner().invoke(cli, ["validate", "--store", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "selects" in line]
    assert len(lines) == 1 and lines[0].startswith(str(tmp_path / "a1.txt"))
    assert "1 of 1 evidence offsets" in result.output


@pytest.mark.slow
def test_extracted_evidence_points_into_the_source_past_the_boilerplate_left_out(extract):
    raw = ("Advertisement\nSEE ALSO: Other news\n"
           "Foreign Minister Anna Berg met Karl Lind in Oslo on Monday. All rights reserved.\n"
           '"We will find a way to end this," Berg said.\n')
    extraction = extract(raw)  # the fixture checks every offset against ``raw`` too
    assert len(extraction.relations) >= 1 and len(extraction.quotes) == 1
    for relation in extraction.relations:
        ev = relation.evidence
        assert raw[ev.start:ev.end] == ev.sentence
        assert ev.start >= raw.index("Foreign")  # in the file, not the cleaned text
    quote = extraction.quotes[0]
    assert raw[quote.start:quote.end] == quote.text == "We will find a way to end this"
    sentence = raw[quote.evidence.start:quote.evidence.end]
    assert sentence == quote.evidence.sentence == '"We will find a way to end this," Berg said.'


_PAGE = """<!doctype html>
<html><head><title>Harbour talks resume | The Daily Lantern</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<header><p>Subscribe to our newsletter &amp; never miss a story</p></header>
<article>
<h1>Harbour talks resume in Veltmark</h1>
<p>Foreign Minister Anna Berg met Karl Lind in Veltmark on Monday, the ministry&rsquo;s office
said.</p>
<p>Berg said: &ldquo;We will find a way to end this dispute before the winter.&rdquo;</p>
<p>&ldquo;The harbour belongs to the fishermen &amp; their families,&rdquo; Lind told reporters
after the meeting.</p>
<p>The two ministers are due to meet again in Brenholm next month, a statement said.</p>
</article>
<aside><p>Most read: Lottery numbers</p></aside>
<footer><p>&copy; 2025 The Daily Lantern. All rights reserved.</p></footer>
</body></html>
"""
_TEXT = ("Talks resume\n\nPrime Minister Olga Sand met Piet Horn in Veltmark on Tuesday.\n\n"
         '"We agreed on a first step, and we\nwill keep talking," Sand said.\n\n'
         '"The harbour stays open.\n\n"Nobody will lose their job this year," Horn said.\n')


@pytest.mark.slow
def test_sources_named_from_the_folder_built_are_checked_against_its_parent(tmp_path,
                                                                             monkeypatch):
    from kg.pipeline import build
    from kg.store import open_store

    world = tmp_path / "home" / "news" / "world"
    world.mkdir(parents=True)
    (world / "a.txt").write_text(_TEXT, encoding="utf-8")
    (world / "b.html").write_text(_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # not the parent of news/: sources are not found from here
    build([tmp_path / "home" / "news"], tmp_path / "out")
    with open_store(tmp_path / "out", read_only=True) as store:
        spans = store_spans(store)
        # the page's main text (trafilatura) and a quote over a line break and two paragraphs
        quotes = {s.expected for s in spans if s.what == "quote"}
        assert {"We will find a way to end this dispute before the winter.",
                "The harbour belongs to the fishermen & their families",
                "We agreed on a first step, and we will keep talking",
                "The harbour stays open. Nobody will lose their job this year"} <= quotes
        assert {s.source for s in spans} == {"news/world/a.txt", "news/world/b.html"}
        assert check_store(store, base=[tmp_path / "elsewhere", tmp_path / "home"]) == []
        missing = {str(v) for v in check_store(store)}
    assert missing == {"news/world/a.txt: source file not found in .",
                       "news/world/b.html: source file not found in ."}
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", "--store", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if "not found" in line] == sorted(missing)
    assert "2 source file(s) could not be read" in result.output
    result = runner.invoke(cli, ["validate", "--store", str(tmp_path / "out"),
                                 "--sources", str(tmp_path / "home")])
    assert result.exit_code == 0, result.output
    assert f"all {len(spans)} evidence offsets select" in result.output


def test_a_page_read_through_its_main_text_maps_back_to_the_page(tmp_path):
    path = tmp_path / "b.html"
    path.write_text(_PAGE, encoding="utf-8")
    (article,) = read_file(path)
    assert "Subscribe" not in article.text and "Lottery" not in article.text  # main text only
    sentence = "Berg said: “We will find a way to end this dispute before the winter.”"
    quote = _quote(article, "The harbour belongs to the fishermen & their families",
                   "“The harbour belongs to the fishermen & their families,” Lind told reporters"
                   "\nafter the meeting.")
    start = article.text.index(sentence)
    s, e = article.source_span(start, start + len(sentence))
    assert _PAGE[s:e] == ("Berg said: &ldquo;We will find a way to end this dispute before the "
                          "winter.&rdquo;")
    assert check_extraction(Extraction(article, quotes=(quote,))) == []
