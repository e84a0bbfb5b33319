from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.extract.nlp import DEFAULT_MODELS
from kg.extract.tag_rules import TagRules, speed_up
from tests.conftest import SEEDS

WORDS = ["Y'", "all", "gonna", "let", "'s", "see", "\n", "There", "'s", "a", "man", "."]
TAGS = ["PRP", "DT", "VBG", "VB", "PRP", "VB", "_SP", "EX", "VBZ", "DT", "NN", "."]
DEPS = ["nsubj", "det", "ROOT", "conj", "nsubj", "ccomp", "dep", "expl", "ROOT", "det", "attr",
        "punct"]
HEADS = [2, 0, 2, 2, 5, 3, 5, 8, 8, 10, 8, 8]


def _doc(vocab) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _ruler() -> AttributeRuler:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "DT"}], [{"TAG": "PRP"}]], {"POS": "DET"})
    ruler.add([[{"TAG": {"IN": ["VB", "VBZ", "VBG"]}}]], {"POS": "VERB", "MORPH": "VerbForm=Fin"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "MORPH": "_"})
    # a two-token exception on its second token, and one on its first by a regex
    ruler.add([[{"LOWER": "let"}, {"LOWER": "'s"}]], {"POS": "PRON"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    ruler.add([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "'s"]}}]], {"POS": "AUX"}, index=1)
    ruler.add([[{"TAG": {"NOT_IN": ["DT", "PRP", "_SP", "."]}, "LOWER": {"IN": ["man", "see"]}}]],
              {"POS": "NOUN"})
    # a later rule overrides an earlier one on the same token
    ruler.add([[{"ORTH": "a"}]], {"POS": "NUM"})
    return ruler


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_, t.ent_iob_,
             str(t.is_sent_start), str(t.head.i)) for t in doc]


def test_lookup_finds_what_the_matcher_finds_rule_for_rule():
    ruler = _ruler()
    doc = _doc(ruler.vocab)
    matches = TagRules.of(ruler).match(doc)
    assert matches == sorted(set(ruler.match(doc)))
    assert {rule for rule, *_ in matches} == set(range(len(ruler.attrs)))  # every kind of test


def test_a_sped_up_ruler_sets_the_same_attributes():
    stock, fast = _ruler(), _ruler()
    assert speed_up(fast)
    expected, got = stock(_doc(stock.vocab)), fast(_doc(fast.vocab))
    assert _attributes(got) == _attributes(expected)
    assert [t.pos_ for t in got][:6] == ["DET", "DET", "VERB", "VERB", "PRON", "NOUN"]
    assert got[9].pos_ == "NUM" and got[8].pos_ == "AUX" and got[0].lemma_ == "you"


@pytest.mark.parametrize("pattern", [
    [{"TAG": "DT", "OP": "?"}],  # operators
    [{"POS": "NOUN"}],  # tests on attributes the ruler itself may have set
    [{"_": {"flag": True}}],
    [{"LENGTH": 3}],
])
def test_a_ruler_with_patterns_it_cannot_index_is_left_to_the_matcher(pattern):
    ruler = _ruler()
    ruler.add([pattern], {"POS": "X"})
    assert not speed_up(ruler)
    assert "match" not in vars(ruler)


def test_the_model_tags_the_seeds_as_it_does_with_the_matcher(nlp):
    stock = spacy.load(next(m for m in DEFAULT_MODELS if spacy.util.is_package(m)))
    stock.add_pipe("kg_line_breaks", before="parser")
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))  # the model's ruler is sped up
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    assert len(texts) >= 5
    for expected, got in zip(stock.pipe(texts), nlp.pipe(texts), strict=True):
        assert _attributes(got) == _attributes(expected)


def test_a_ruler_testing_one_attribute():
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "DT"}, {}]], {"POS": "DET"})  # {}: any token
    doc = _doc(ruler.vocab)
    assert TagRules.of(ruler).match(doc) == sorted(ruler.match(doc)) != []
