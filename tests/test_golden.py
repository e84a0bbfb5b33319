"""Golden graphs: a short article's facts compared with the expected Turtle by isomorphism."""

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from kg.pipeline import build

GOLDEN = Path(__file__).parent / "data" / "golden"
pytestmark = pytest.mark.slow

# Only the facts: entity types and labels, plain relation triples, quotes and speakers.
FACTS = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
CONSTRUCT {
  ?e a ?t ; rdfs:label ?l ; skos:altLabel ?alt . ?s ?p ?o . ?q kg:text ?x ; kg:speaker ?sp .
}
WHERE {
  { ?e a ?t ; rdfs:label ?l . VALUES ?t { kg:Person kg:Organization kg:Place kg:Plan }
    OPTIONAL { ?e skos:altLabel ?alt } }
  UNION { ?s ?p ?o . ?p a <http://www.w3.org/2002/07/owl#ObjectProperty> .
          FILTER(?p NOT IN (kg:mentions, kg:speaker))
          FILTER(STRSTARTS(STR(?s), "https://w3id.org/kg/resource/")) }
  UNION { ?q a kg:Quote ; kg:text ?x . OPTIONAL { ?q kg:speaker ?sp } }
}
"""


@pytest.mark.parametrize("name", [p.stem for p in GOLDEN.glob("*.txt")])
def test_golden_graph(tmp_path, name):
    from kg.store import open_store

    build([GOLDEN / f"{name}.txt"], tmp_path)
    with open_store(tmp_path) as store:
        got = Graph()
        for triple in store.query(FACTS).graph:
            got.add(triple)
    expected = Graph().parse(GOLDEN / f"{name}.ttl")
    if to_isomorphic(got) != to_isomorphic(expected):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(
            "graph differs from the golden file\n--- missing\n"
            + only_expected.serialize(format="nt")
            + "--- unexpected\n"
            + only_got.serialize(format="nt")
        )
