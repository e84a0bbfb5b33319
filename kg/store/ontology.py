"""The kg ontology as a closed rdflib namespace, and where its Turtle lives."""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["KG", "RES", "SCHEMA", "PROV", "ONTOLOGY_DIR", "ONTOLOGY_FILE", "PREFIXES", "PREDICATES"]

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"

RES = Namespace("https://w3id.org/kg/resource/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``; a misspelt term raises ``AttributeError``."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/ontology#")

    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Plan: URIRef
    Article: URIRef
    Quote: URIRef
    Assertion: URIRef
    Extractor: URIRef

    leaderOf: URIRef
    spokespersonOf: URIRef
    memberOf: URIRef
    advisorOf: URIRef
    allyOf: URIRef
    met: URIRef
    authorOf: URIRef
    supports: URIRef
    opposes: URIRef
    locatedIn: URIRef
    partOf: URIRef
    sanctioned: URIRef

    mentions: URIRef
    speaker: URIRef
    text: URIRef
    status: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    sourceFile: URIRef


#: The relation predicates, by local name.
PREDICATES: tuple[str, ...] = (
    "leaderOf", "spokespersonOf", "memberOf", "advisorOf", "allyOf", "met",
    "authorOf", "supports", "opposes", "locatedIn", "partOf", "sanctioned",
)
SYMMETRIC = frozenset({"met", "allyOf"})

PREFIXES = {
    "kg": str(KG._NS),
    "res": str(RES),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": str(SCHEMA),
    "prov": str(PROV),
}
# One prefix per kind of resource, so exports read `person:dmitry-peskov`.
for _kind in ("article", "person", "organization", "place", "plan", "quote", "assertion", "extractor"):
    PREFIXES[_kind] = f"{RES}{_kind}/"
