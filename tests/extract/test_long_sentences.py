"""A run of text without a sentence end is parsed in bounded sentences, offsets exact."""

from __future__ import annotations

import itertools

import pytest
import spacy

from kg.extract import extract_article
from kg.extract.nlp import MAX_SENTENCE_TOKENS, line_breaks, long_sentences
from kg.ingest import read_file

CLAUSES = (
    "Mara Velt the foreign minister of Dovrenia met Joran Pikk in Lestrand",
    "officials of the Harbour Union said the talks would go on",
    "Ilse Brandow the leader of the Northern Front spoke with Tavi Orsk in Kavel",
    "Dovrenia wants to join the Harbour Union",
    # No comma, conjunction or lower-case word in reach: the run is cut where it must be.
    " ".join(["Alder Birch Cedar Dogwood Elm Fir Gorse Hazel"] * 40),
)


def unpunctuated(chars: int) -> str:
    """``chars`` characters of news words with no sentence end, some joined by commas."""
    joints = itertools.cycle((" ", ", ", " and ", " while "))
    parts: list[str] = []
    length = 0
    for clause in itertools.cycle(CLAUSES):
        parts += [clause, next(joints)]
        length += len(clause) + len(parts[-1])
        if length > chars:
            return "".join(parts)[:chars].rstrip()
    raise AssertionError("unreachable")


def blank(text: str):
    return long_sentences(line_breaks(spacy.blank("en").make_doc(text)))


def test_a_short_text_is_left_to_the_parser():
    doc = blank("Mara Velt met Joran Pikk in Lestrand and they spoke")
    assert not any(token.is_sent_start for token in doc[1:])


def test_runs_are_cut_at_commas_and_conjunctions_before_anywhere_else():
    doc = blank(unpunctuated(20_000))
    starts = [token.i for token in doc if token.is_sent_start]
    assert starts, "a run of thousands of tokens was not cut"
    lengths = [b - a for a, b in itertools.pairwise([0, *starts, len(doc)])]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    trees = set(CLAUSES[-1].split())
    good = [i for i in starts
            if doc[i - 1].text == "," or doc[i].lower_ in ("and", "while") or doc[i].is_lower]
    assert good
    # Never inside a name: only in (or just after) the stretch of tree names, where nothing is
    # better, is a run cut between two capitalised words.
    for i in set(starts) - set(good):
        assert doc[i - 1].text in trees


def test_sentence_ends_and_line_breaks_reset_the_count():
    sentence = " ".join(["word"] * (MAX_SENTENCE_TOKENS - 10))
    doc = blank(f"{sentence}. {sentence}\n{sentence}! {sentence}")
    line_break = next(token.i for token in doc if token.text == "\n")
    assert [token.i for token in doc[1:] if token.is_sent_start] == [line_break + 1]


@pytest.mark.slow
def test_a_200k_character_line_without_a_sentence_end_is_parsed_in_bounded_sentences(
        nlp, tmp_path):
    text = unpunctuated(200_000)
    # HTML around the text: offsets go through a map back into the file.
    page = ("<html><head><title>Harbour talks</title></head><body><nav>Home | World</nav>"
            f"<article><p>{text}</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    assert article.text.strip() == text
    doc = nlp(article.text)
    lengths = [len(sentence) for sentence in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert len(lengths) >= len(doc) // MAX_SENTENCE_TOKENS
    extraction = extract_article(doc, article)
    assert len(extraction.relations) > 100 and len(extraction.mentions) > 1000
    for mention in extraction.mentions:
        if mention.end > mention.start:  # byline and publisher have no place in the text
            start = article.source_offset(mention.start)
            end = article.source_offset(mention.end - 1) + 1
            assert page[start:end] == mention.text
    for relation in extraction.relations:
        evidence = relation.evidence
        assert page[evidence.start:evidence.end].strip() == evidence.sentence
        assert len(evidence.sentence) < 20 * MAX_SENTENCE_TOKENS
