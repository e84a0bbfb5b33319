"""The extraction ledger: each article's extraction results, kept inside the store.

Adding or removing an article re-resolves the entities of every article in
the store (see :mod:`kg.store.incremental`), so the store keeps what the
extractors found in each article — as one JSON literal per article in the
extractions graph — and never has to read or parse an article twice. Being
in the store, an entry is written in the same transaction as the article's
graph: the two cannot disagree.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.model import Article, Evidence, Extraction, Mention, Quote, Relation
from kg.store.ontology import EXTRACTIONS_GRAPH, KG
from kg.store.rdf import Quad, article_iri

__all__ = ["encode", "decode", "ledger_quad", "FORMAT"]

#: Bumped when the JSON layout changes incompatibly.
FORMAT = 1


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def encode(extraction: Extraction) -> str:
    """One extraction as compact, deterministic JSON."""
    return json.dumps({"format": FORMAT, **_plain(extraction)}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))


def _mention(data: dict[str, Any]) -> Mention:
    data = dict(data)
    data["votes"] = tuple((t, float(v)) for t, v in data.get("votes", ()))
    return Mention(**data)


def _evidence(data: dict[str, Any]) -> Evidence:
    return Evidence(**data)


def decode(text: str) -> Extraction:
    """The extraction :func:`encode` wrote.

    Raises:
        StoreError: the entry is not a ledger entry this version can read.
    """
    try:
        data = json.loads(text)
        if data.pop("format", None) != FORMAT:
            raise ValueError("unknown ledger format")
        article = Article(**{**data["article"],
                             "offsets": tuple(tuple(p) for p in data["article"]["offsets"])})
        relations = tuple(
            Relation(**{**r, "subject": _mention(r["subject"]), "object": _mention(r["object"]),
                        "evidence": _evidence(r["evidence"])})
            for r in data["relations"]
        )
        quotes = tuple(
            Quote(q["text"], _mention(q["speaker"]) if q["speaker"] else None,
                  _evidence(q["evidence"]))
            for q in data["quotes"]
        )
        return Extraction(article, tuple(_mention(m) for m in data["mentions"]), relations, quotes)
    except (ValueError, KeyError, TypeError) as err:
        raise StoreError(f"a stored extraction cannot be read ({err}); the store was written by "
                         "another version of kg: delete it and build again") from None


def ledger_quad(extraction: Extraction) -> Quad:
    """The quad that keeps ``extraction`` in the extractions graph."""
    node: URIRef = article_iri(extraction.article.id)
    return node, KG.extraction, Literal(encode(extraction)), EXTRACTIONS_GRAPH
