"""Which rules and model extracted an article, as one short string.

A store keeps each article's extraction so that it never parses an article
twice (:mod:`kg.update.ledger`). Once kg's rules, the extractors chosen or the
spaCy model change, what it keeps is what an older kg found: a build compares
the revision stored with each article against the one it would extract with
now, and extracts again the articles whose revision differs.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path

import spacy

from kg.extract.nlp import DEFAULT_MODELS
from kg.extract.registry import get_extractor

__all__ = ["extraction_revision"]

# The packages whose code decides what kg's own extractors find: the rules and the
# word lists they read.
_RULES = ("extract", "text")


def extraction_revision(extractors: Sequence[str], model: str | None = None) -> str:
    """A digest of what decides an extraction: each extractor's code and the model.

    Raises:
        ExtractionError: an extractor name is not registered.
    """
    parts = [_model_identity(model)]
    parts += [f"{name} {_code_identity(get_extractor(name))}" for name in sorted(extractors)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


@functools.cache
def _rules_digest() -> str:
    """A digest of the source of kg's rules (any edit, upgrade or downgrade changes it)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for package in _RULES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _code_identity(extractor: object) -> str:
    """kg's rules digest for a built-in; a plug-in's package and version otherwise."""
    module = getattr(extractor, "__module__", None) or type(extractor).__module__
    top = module.partition(".")[0]
    if top == "kg":
        return _rules_digest()
    dists = packages_distributions().get(top, [])
    versions = []
    for dist in dists:
        try:
            versions.append(f"{dist}=={version(dist)}")
        except PackageNotFoundError:
            continue
    return " ".join(versions) or module


def _model_identity(model: str | None) -> str:
    """The name and version of the spaCy model a build would load."""
    for name in (model,) if model else DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return f"{name} {version(name)}"
        meta = Path(name) / "meta.json"
        if meta.is_file():
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
                return f"{data.get('lang')}_{data.get('name')} {data.get('version')}"
            except (OSError, ValueError, AttributeError):
                return name
    return model or ""
