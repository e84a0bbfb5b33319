"""Rules that read only the tokens with their words find what reading every token finds."""

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import extract_article
from kg.extract import nlp as kg_nlp
from kg.extract.nlp import forget_tokens, sentences_with, tokens_with
from kg.ingest import make_article

ROOT = Path(__file__).parent.parent.parent


def _doc() -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=["Ana", "Roe", "Lives", "in", "Dunmore", ".", "She", "was", "Born", "there", "."],
        lemmas=["Ana", "Roe", "live", "in", "Dunmore", ".", "she", "be", "Bear", "there", "."],
        pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "ADV",
             "PUNCT"],
        tags=["NNP", "NNP", "VBZ", "IN", "NNP", ".", "PRP", "VBD", "VBN", "RB", "."],
        sent_starts=[True, False, False, False, False, False, True, False, False, False, False],
    )


def _texts(doc: Doc, words: set[str]) -> list[str]:
    return [t.text for t in tokens_with(doc, words)]


def test_a_token_is_found_by_its_lower_case_form_its_lemma_and_its_lemma_lower_cased():
    doc = _doc()
    assert _texts(doc, {"lives"}) == ["Lives"]
    assert _texts(doc, {"live"}) == ["Lives"]
    assert _texts(doc, {"Bear"}) == ["Born"]
    assert _texts(doc, {"bear"}) == ["Born"]
    assert _texts(doc, {"born"}) == ["Born"]


def test_a_token_is_found_by_its_part_of_speech_and_its_tag():
    doc = _doc()
    assert _texts(doc, {"POS:VERB"}) == ["Lives", "Born"]
    assert _texts(doc, {"TAG:VBN", "TAG:VBD"}) == ["was", "Born"]


def test_tokens_come_in_text_order_each_once():
    doc = _doc()
    assert _texts(doc, {"there", "be", "was", "POS:AUX", "ana", "in"}) == ["Ana", "in", "was",
                                                                        "there"]


def test_no_token_has_words_the_text_lacks():
    doc = _doc()
    assert _texts(doc, {"zebra", "POS:NUM", "Lives", "LIVE"}) == []  # forms are lower-case
    assert tokens_with(doc, set()) == []


def test_sentences_with_a_word_come_in_order_each_once():
    doc = _doc()
    assert [s.text for s in sentences_with(doc, {"born"})] == ["She was Born there ."]
    assert [s.start for s in sentences_with(doc, {"there", "in", "she", "ana"})] == [0, 6]
    assert sentences_with(doc, {"zebra"}) == []


class _EveryWordEverywhere(dict):
    """A word index that puts every word at every token: each rule reads every token."""

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self.positions = list(range(len(doc)))

    def __contains__(self, word: object) -> bool:
        return True

    def __getitem__(self, word: str) -> list[int]:
        return self.positions


@pytest.mark.slow
def test_reading_only_the_tokens_with_a_rules_words_finds_what_every_token_gives(nlp,
                                                                                monkeypatch):
    """A rule that reads its tokens from ``tokens_with`` must name every word it starts from;
    a word left out makes it miss what this finds by reading every token."""
    paths = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/data/dev/tune").glob("*.txt"),
                    ROOT / "tests/data/golden/summit.txt"])
    articles = [make_article(p.name, p.read_text(encoding="utf-8")) for p in paths]
    docs = list(nlp.pipe([a.text for a in articles]))

    def extract_all() -> list:
        found = []
        for doc, article in zip(docs, articles, strict=True):
            found.append(extract_article(doc, article))
            forget_tokens(doc)
        return found

    indexed = extract_all()
    monkeypatch.setattr(kg_nlp, "_word_index", _EveryWordEverywhere)
    assert extract_all() == indexed
    assert sum(len(x.relations) for x in indexed) > 300


def test_objects_of_a_preposition_are_its_objects_only():
    words = ["director", "of", "Halden", "from", "Oslo"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 0, 3],
              deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    director = doc[0]
    assert [t.text for t in kg_nlp.objects_of(director, "of")] == ["Halden"]
    assert [t.text for t in kg_nlp.objects_of(director, "from")] == ["Oslo"]
    assert kg_nlp.objects_of(director, "in") == []
