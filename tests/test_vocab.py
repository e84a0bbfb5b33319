"""The vocabulary is read from ontology/kg.ttl, and no other module spells it out."""

import re
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph

import kg
from kg.errors import OntologyError
from kg.vocab import (
    BASE,
    DOMAIN,
    KG,
    ONTOLOGY_FILE,
    PREDICATES,
    RANGE,
    SYMMETRIC,
    _load,
    fit,
)

ROOT = Path(kg.__file__).parent


def test_the_closed_namespace_has_every_term_of_the_file_and_no_other():
    ontology = Graph().parse(ONTOLOGY_FILE)
    declared = {str(s).removeprefix(str(KG._NS)) for s in ontology.subjects(RDF.type, None)
                if str(s).startswith(str(KG._NS))}
    assert declared == set(KG.__annotations__)
    with pytest.raises(AttributeError):
        KG.leaderof  # noqa: B018


def test_relations_keep_the_order_and_symmetry_the_file_gives_them():
    text = ONTOLOGY_FILE.read_text("utf-8")
    in_file = re.findall(r"^kg:(\w+) a owl:ObjectProperty", text, re.MULTILINE)
    assert list(PREDICATES) == [p for p in in_file if p in PREDICATES]
    assert "mentions" in in_file and "mentions" not in PREDICATES  # articles name entities
    symmetric = set(re.findall(r"^kg:(\w+) a owl:ObjectProperty, owl:SymmetricProperty", text,
                               re.MULTILINE))
    assert symmetric == SYMMETRIC and SYMMETRIC


def test_domains_and_ranges_are_the_classes_listed_else_the_declared_one():
    assert RANGE["advisorOf"] == {"Person"}
    assert RANGE["leaderOf"] == {"Organization", "Place", "Plan"}
    assert DOMAIN["met"] == RANGE["met"] == {"Person", "Organization", "Place"}
    assert DOMAIN["supports"] == {"Person", "Organization", "Place", "Plan"}


@pytest.mark.parametrize(("predicate", "subject", "obj", "fitted"), [
    ("memberOf", "Person", "Person", "advisorOf"),  # an envoy of a person advises them
    ("advisorOf", "Person", "Organization", "memberOf"),
    ("advisorOf", "Person", "Person", "advisorOf"),
    ("leaderOf", "Person", "Person", None),
    ("leaderOf", "Organization", "Place", None),
    ("locatedIn", "Person", "Place", None),
    ("locatedIn", "Organization", "Place", "locatedIn"),
    ("livesIn", "Person", "Place", "livesIn"),
    ("livesIn", "Organization", "Place", None),  # an organisation is based, not living
    ("bornIn", "Person", "Organization", None),
    ("killed", "Person", "Person", "killed"),
    ("killed", "Organization", "Person", None),
    ("authorOf", "Person", "Organization", None),
    ("met", "Person", "Plan", None),
    ("supports", "Person", "Plan", "supports"),
    ("leaderOf", None, "Person", None),  # an unknown end is not checked, a known one is
    ("advisorOf", None, "Place", "memberOf"),
    ("madeUp", "Plan", "Plan", "madeUp"),  # not a relation of the ontology: left alone
])
def test_fit_applies_the_ontology(predicate, subject, obj, fitted):
    assert fit(predicate, subject, obj) == fitted


def test_an_unreadable_ontology_names_its_file(tmp_path):
    broken = tmp_path / "kg.ttl"
    broken.write_text("kg:Person a .", "utf-8")
    with pytest.raises(OntologyError, match="kg.ttl"):
        _load(broken)


def test_no_module_but_the_vocabulary_spells_out_iris_or_entity_types():
    spelled = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.name == "vocab.py":
            continue
        text = path.read_text("utf-8")
        if re.search(r"https?://(www\.w3\.org|schema\.org|purl\.org)|" + re.escape(BASE), text):
            spelled.append(f"{path.relative_to(ROOT)}: an IRI")
        if re.search(r"kg:Person\s+kg:Organization", text):
            spelled.append(f"{path.relative_to(ROOT)}: the entity classes")
    assert not spelled


def test_the_ontology_has_no_blank_nodes():
    """Stores hold a copy of it, and a SPARQL server renames blank nodes on the way back."""
    ontology = Graph().parse(ONTOLOGY_FILE)
    assert not [t for t in ontology if any(isinstance(x, BNode) for x in t)]
