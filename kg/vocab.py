"""The kg vocabulary, read once from ``ontology/kg.ttl``: every stage names terms from here.

Namespaces and graph names, the closed :class:`KG` namespace (a misspelt term
raises), and what the Turtle declares: the entity classes, the relation
predicates in the order the file gives them, which of them are symmetric, their
domains and ranges (:func:`fit` applies them), and each term's description.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from rdflib.term import Node

from kg.errors import OntologyError
from kg.model import ENTITY_TYPES

__all__ = [
    "BASE",
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
    "sparql_prefixes",
    "ENTITY_CLASSES",
    "ENTITY_TYPE_VALUES",
    "PREDICATES",
    "SYMMETRIC",
    "DOMAIN",
    "RANGE",
    "DESCRIPTIONS",
    "fit",
]

# In a checkout, kg/ontology is a link to the top-level ontology/ folder; a wheel holds a copy.
ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

#: Every IRI kg makes starts here: the ontology's terms, and the resources of the graph.
BASE = "https://w3id.org/kg/"
RES = Namespace(f"{BASE}resource/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

#: The graph holding the ontology itself, so queries can read term labels.
ONTOLOGY_IRI = URIRef(f"{BASE}ontology")
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
    _NS = Namespace(f"{BASE}ontology#")

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
    livesIn: URIRef
    bornIn: URIRef
    killed: URIRef

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
    extractedWith: URIRef
    nameRows: URIRef
    supportTally: URIRef


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


def sparql_prefixes(*names: str) -> str:
    """``PREFIX`` lines for the prefixes ``names`` (all of them if none is named)."""
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in names or PREFIXES)


def _load(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as err:
        raise OntologyError(f"{path}: cannot read the ontology ({err})") from None


_ONTOLOGY = _load(ONTOLOGY_FILE)


def _local(term: Node) -> str:
    return str(term).removeprefix(str(KG._NS))


def _declared(kind: URIRef) -> list[str]:
    """Local names of the kg terms of type ``kind``, in the order the file declares them
    (rdflib's in-memory graph keeps the order of the parser's triples)."""
    return [_local(t) for t in _ONTOLOGY.subjects(RDF.type, kind) if str(t).startswith(KG._NS)]


def _classes(term: Node | None) -> frozenset[str]:
    """The entity types a class admits: itself, or every one for kg:Entity."""
    if term == KG.Entity:
        return frozenset(ENTITY_TYPES)
    return frozenset({_local(term)}) & frozenset(ENTITY_TYPES) if term else frozenset()


def _admitted(predicate: str, includes: URIRef, declared: URIRef) -> frozenset[str]:
    """The entity types a relation admits at one end: those ``schema:domainIncludes`` or
    ``schema:rangeIncludes`` lists if it lists any, else its ``rdfs:domain`` or ``rdfs:range``."""
    listed = list(_ONTOLOGY.objects(KG[predicate], includes))
    if listed:
        return frozenset().union(*map(_classes, listed))
    return _classes(_ONTOLOGY.value(KG[predicate], declared))


def _entity_classes() -> list[str]:
    """The subclasses of kg:Entity, checked against :data:`kg.model.ENTITY_TYPES`."""
    declared = [c for c in _declared(OWL.Class) if (KG[c], RDFS.subClassOf, KG.Entity) in _ONTOLOGY]
    if declared != list(ENTITY_TYPES):
        raise OntologyError(f"{ONTOLOGY_FILE}: entity classes {declared} are not kg.model's "
                            f"{list(ENTITY_TYPES)}")
    return declared


ENTITY_CLASSES = _entity_classes()
_CLASS_TERMS = " ".join(KG[c].n3() for c in ENTITY_CLASSES)
#: A SPARQL ``VALUES`` clause binding ``?type`` to each entity class.
ENTITY_TYPE_VALUES = f"VALUES ?type {{ {_CLASS_TERMS} }}"
_ENDS = {p: (_admitted(p, SCHEMA.domainIncludes, RDFS.domain),
             _admitted(p, SCHEMA.rangeIncludes, RDFS.range))
         for p in _declared(OWL.ObjectProperty)}
#: The relations between entities, by local name, in the order of the ontology.
PREDICATES: tuple[str, ...] = tuple(p for p, (domain, range_) in _ENDS.items() if domain and range_)
#: Relations whose direction carries no meaning (``owl:SymmetricProperty``).
SYMMETRIC = frozenset(_declared(OWL.SymmetricProperty)) & frozenset(PREDICATES)
#: The entity types each relation's subject may have, and its object.
DOMAIN = {p: _ENDS[p][0] for p in PREDICATES}
RANGE = {p: _ENDS[p][1] for p in PREDICATES}
#: What each relation means (its ``rdfs:comment``).
DESCRIPTIONS = {p: str(_ONTOLOGY.value(KG[p], RDFS.comment)) for p in PREDICATES}

# One role, two predicates: what is membership of a body is advising a person (see the
# note above kg:memberOf in the Turtle); the object's type says which one holds.
_SAME_ROLE = {"memberOf": "advisorOf", "advisorOf": "memberOf"}


def fit(predicate: str, subject: str | None, obj: str | None) -> str | None:
    """The predicate a relation between entities of these types takes, or None if none fits.

    Args:
        predicate: A relation's local name (any other name is returned as it is).
        subject: The subject's entity type, or None where it is not known yet.
        obj: The object's entity type, or None where it is not known yet.

    Returns:
        ``predicate`` when the types are in its domain and range; the predicate of
        the same role whose range holds ``obj`` (a member of a person is their
        adviser); None when neither fits.
    """
    for candidate in (predicate, _SAME_ROLE.get(predicate)):
        if candidate is None or candidate not in DOMAIN:
            continue
        if subject is not None and subject not in DOMAIN[candidate]:
            continue
        if obj is not None and obj not in RANGE[candidate]:
            continue
        return candidate
    return None if predicate in DOMAIN else predicate
