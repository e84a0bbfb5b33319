"""Check a store against the SHACL shapes of ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.errors import OntologyError
from kg.store.base import Store
from kg.vocab import ONTOLOGY_FILE, SHAPES_FILE

__all__ = ["Validation", "validate"]


@dataclass(frozen=True)
class Validation:
    """The outcome of a SHACL validation."""

    conforms: bool
    violations: int
    text: str


def _load(path: object) -> Graph:
    try:
        return Graph().parse(path, format="turtle")  # type: ignore[arg-type]
    except (OSError, SyntaxError) as err:
        raise OntologyError(f"{path}: cannot read ({err})") from None


def validate(store: Store) -> Validation:
    """Validate the union of the store's graphs (the ontology supplies the class hierarchy)."""
    from pyshacl import validate as shacl

    conforms, report, text = shacl(
        store.union_graph(), shacl_graph=_load(SHAPES_FILE), ont_graph=_load(ONTOLOGY_FILE),
        inference="none", advanced=True, allow_warnings=False,
    )
    from rdflib.namespace import SH

    violations = len(set(report.subjects(predicate=SH.focusNode)))
    return Validation(bool(conforms), violations, str(text))
