"""The lemmatizer remembers each word's lemma: the lemmas are those spaCy's own rules give."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.nlp import DEFAULT_MODELS, lemmatize_once
from tests.conftest import SEEDS


def _stock():
    return spacy.load(next(m for m in DEFAULT_MODELS if spacy.util.is_package(m)))


def _doc(vocab, words, tags, pos, morphs, lemmas=None) -> Doc:
    return Doc(vocab, words=words, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas)


WORDS = ["The", "ships", "ships", "sailed", "and", "the", "men", "were", "saying"]
TAGS = ["DT", "NNS", "VBZ", "VBD", "CC", "DT", "NNS", "VBD", "VBG"]
POS = ["DET", "NOUN", "VERB", "VERB", "CCONJ", "DET", "NOUN", "AUX", "VERB"]
MORPHS = ["Definite=Def|PronType=Art", "Number=Plur",
          "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Fin", "",
          "Definite=Def|PronType=Art", "Number=Plur", "Mood=Ind|Tense=Past|VerbForm=Fin",
          "Aspect=Prog|Tense=Pres|VerbForm=Part"]


def test_the_same_word_gets_the_lemma_of_its_part_of_speech_and_form():
    stock, fast = _stock(), _stock()
    assert lemmatize_once(fast.get_pipe("lemmatizer"))
    docs = [_doc(nlp.vocab, WORDS, TAGS, POS, MORPHS) for nlp in (stock, fast)]
    expected = list(stock.get_pipe("lemmatizer").pipe([docs[0]]))[0]
    # twice: the first Doc is lemmatized by the rules, the second from what they gave
    fast_lemmatizer = fast.get_pipe("lemmatizer")
    list(fast_lemmatizer.pipe([_doc(fast.vocab, WORDS, TAGS, POS, MORPHS)]))
    got = list(fast_lemmatizer.pipe([docs[1]]))[0]
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
    assert [t.lemma_ for t in got][1:4] == ["ship", "ship", "sail"]
    assert got[6].lemma_ == "man"


def test_a_lemma_set_before_is_kept():
    nlp = _stock()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatize_once(lemmatizer)
    lemmas = ["the", "vessel", "", "", "", "", "", "", ""]  # set by an earlier component
    for _ in range(2):
        doc = list(lemmatizer.pipe([_doc(nlp.vocab, WORDS, TAGS, POS, MORPHS, lemmas)]))[0]
        assert doc[1].lemma_ == "vessel" and doc[2].lemma_ == "ship"


def test_the_model_lemmatizes_the_seeds_as_spacy_does(nlp):
    stock = _stock()
    stock.add_pipe("kg_line_breaks", before="parser")
    assert "pipe" in vars(nlp.get_pipe("lemmatizer"))  # the model's lemmatizer remembers
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    for expected, got in zip(stock.pipe(texts), nlp.pipe(texts), strict=True):
        assert [(t.lemma_, t.pos_) for t in got] == [(t.lemma_, t.pos_) for t in expected]
