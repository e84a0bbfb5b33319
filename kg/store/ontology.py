"""The kg ontology as a closed rdflib namespace, and where its Turtle lives."""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "KG",
    "RES",
    "SCHEMA",
    "PROV",
    "ONTOLOGY_DIR",
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "ONTOLOGY_IRI",
    "CORROBORATION_GRAPH",
    "ENTITIES_GRAPH",
    "EXTRACTIONS_GRAPH",
    "REDIRECTS_GRAPH",
    "SYSTEM_GRAPHS",
    "PREFIXES",
    "with_prefixes",
    "PREDICATES",
]

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

RES = Namespace("https://w3id.org/kg/resource/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

#: The graph holding the ontology itself, so queries can read term labels.
ONTOLOGY_IRI = URIRef("https://w3id.org/kg/ontology")
#: Derived from the article graphs: each asserted relation once, as a plain triple, and
#: one ``kg:Fact`` per relation, with its support.
CORROBORATION_GRAPH = URIRef(f"{RES}graph/corroboration")
#: Derived from the article graphs: each entity's type and names, and each extractor's
#: version, once (an article's graph says which entities it mentions).
ENTITIES_GRAPH = URIRef(f"{RES}graph/entities")
#: Entity IRIs that a later article replaced, each ``dcterms:isReplacedBy`` its successor.
REDIRECTS_GRAPH = URIRef(f"{RES}graph/redirects")
#: Each article's extraction results, kept so the store can re-resolve without re-reading text.
EXTRACTIONS_GRAPH = URIRef(f"{RES}graph/extractions")
#: Graphs that hold no statements of the news: left out of exports and validation.
SYSTEM_GRAPHS = frozenset({ONTOLOGY_IRI, EXTRACTIONS_GRAPH})


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
    Fact: URIRef

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
    sentenceStartOffset: URIRef
    sentenceEndOffset: URIRef
    confidence: URIRef
    sourceFile: URIRef
    publisherName: URIRef
    articleCount: URIRef
    publisherCount: URIRef
    extraction: URIRef
    graphDigest: URIRef
    nameRows: URIRef
    supportTally: URIRef


#: The relation predicates, by local name.
PREDICATES: tuple[str, ...] = (
    "leaderOf",
    "spokespersonOf",
    "memberOf",
    "advisorOf",
    "allyOf",
    "met",
    "authorOf",
    "supports",
    "opposes",
    "locatedIn",
    "partOf",
    "sanctioned",
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
    "dcterms": "http://purl.org/dc/terms/",
}
# One prefix per kind of resource, so exports read `person:dmitry-peskov`.
for _kind in (
    "article",
    "person",
    "organization",
    "place",
    "plan",
    "quote",
    "assertion",
    "extractor",
    "fact",
):
    PREFIXES[_kind] = f"{RES}{_kind}/"


def with_prefixes(query: str) -> str:
    """Prepend the kg prefixes the query uses but does not declare."""
    declared = {
        line.split()[1].rstrip(":").lower()
        for line in query.splitlines()
        if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1
    }
    missing = [
        f"PREFIX {p}: <{iri}>"
        for p, iri in PREFIXES.items()
        if p not in declared and f"{p}:" in query
    ]
    return "\n".join(missing + [query]) if missing else query
