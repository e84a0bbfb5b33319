"""queries/evidence.rq returns evidence for every relation of a graph."""

from pathlib import Path

from kg.store import open_store

from .conftest import filled

EVIDENCE = (Path(__file__).parents[2] / "queries" / "evidence.rq").read_text()
RELATIONS = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { kg:leaderOf kg:spokespersonOf kg:memberOf kg:advisorOf kg:allyOf kg:met
              kg:authorOf kg:supports kg:opposes kg:locatedIn kg:partOf kg:sanctioned
              kg:livesIn kg:bornIn kg:killed }
  ?s ?p ?o }
"""


def _unexplained(store):
    relations = {tuple(row) for row in store.query(RELATIONS, prefixes=True)}
    evidence = {}
    for row in store.query(EVIDENCE):
        r = row.asdict()
        assert str(r["sentence"]).strip() and str(r["article"]).startswith("https://")
        evidence.setdefault((r["subject"], r["predicate"], r["object"]), []).append(r)
    return relations, {rel for rel in relations if not evidence.get(rel)}


def test_every_relation_of_the_seeds_has_a_sentence_and_its_article(seeds_build):
    out, _ = seeds_build
    with open_store(out) as store:
        relations, missing = _unexplained(store)
    assert relations, "the seeds should yield relations"
    assert missing == set(), f"{len(missing)} of {len(relations)} relations have no evidence"


def test_every_relation_of_a_hand_made_graph_has_evidence(corpus):
    relations, missing = _unexplained(filled(corpus))
    assert len(relations) == 3 and missing == set()
