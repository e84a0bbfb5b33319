"""Every relation and quote keeps its evidence; facts count their support."""

from pathlib import Path

import pytest

from kg.store.offsets import check_store, store_spans
from kg.store.rdf import extractor_version
from kg.vocab import KG, RES

from .conftest import filled

ROOT = Path(__file__).parents[2]


def _rows(store, query, **bindings):
    return [row.asdict() for row in store.query(query, bindings, prefixes=True)]


def test_each_assertion_and_quote_has_its_full_evidence(corpus):
    store = filled(corpus)
    rows = _rows(store, """
        SELECT ?node ?sentence ?start ?end ?source ?title ?publisher ?date ?extractor ?version
               ?confidence ?g WHERE {
          GRAPH ?g {
            ?node a ?kind ; kg:sentence ?sentence ; kg:startOffset ?start ; kg:endOffset ?end ;
                  kg:confidence ?confidence ; prov:wasDerivedFrom ?article ;
                  prov:wasAttributedTo ?x .
            ?article kg:sourceFile ?source ; schema:headline ?title ;
                     schema:datePublished ?date .
            OPTIONAL { ?article kg:publisherName ?publisher }
          }
          ?x rdfs:label ?extractor ; schema:softwareVersion ?version .
          VALUES ?kind { kg:Assertion kg:Quote }
          FILTER(?g = ?article)
        }""")
    expected = sum(len(x.relations) + len(x.quotes) for x in corpus)
    assert len(rows) == expected == 7
    # Offsets select, in the original file, the sentence (and a quote's words).
    assert len(store_spans(store)) == 7 + 2
    assert check_store(store) == []
    for row in rows:
        assert str(row["version"]) == extractor_version(str(row["extractor"]))
        assert 0 <= float(row["confidence"]) <= 1
    assert {str(r["publisher"]) for r in rows if "publisher" in r} == {"Reuters", "AP"}


def test_a_named_graph_holds_what_its_article_says(corpus):
    store = filled(corpus)
    leads = ("SELECT ?s ?o ?a WHERE { GRAPH ?a { ?x rdf:subject ?s ; rdf:predicate kg:leaderOf ; "
             "rdf:object ?o ; kg:status 'asserted' ; prov:wasDerivedFrom ?a } }")
    said = _rows(store, leads, a=RES["article/a4"])
    assert len(said) == 1 and str(said[0]["o"]).endswith("organization/state-department")
    nothing = _rows(store, leads, a=RES["article/a2"])
    assert nothing == []
    mentions = _rows(store, "SELECT ?e ?a WHERE { GRAPH ?a { ?a kg:mentions ?e } }",
                     a=RES["article/a4"])
    assert {str(r["e"]).rsplit("/", 1)[-1] for r in mentions} == {"marco-rubio",
                                                                  "state-department"}
    # The default graph is the union: the fact is there without naming a graph.
    assert store.query("ASK { ?s kg:leaderOf ?o }", prefixes=True).askAnswer


def test_each_fact_is_stated_once_in_the_union_of_the_graphs(corpus):
    store = filled(corpus)
    [(every, distinct)] = store.rows(
        "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT *) AS ?d) WHERE { ?s ?p ?o }")
    assert int(every) == int(distinct) > 0
    # Peskov is named in three articles and speaks for the Kremlin in three: each said once.
    peskov = RES["person/dmitry-peskov"]
    for pattern in ("?e a ?x", "?e rdfs:label ?x", "?e kg:spokespersonOf ?x"):
        rows = _rows(store, f"SELECT ?x ?e WHERE {{ {pattern} }}", e=peskov)
        assert len(rows) == 1, pattern
    names = _rows(store, "SELECT ?x ?e WHERE { ?e skos:altLabel ?x }", e=peskov)
    assert sorted(str(r["x"]) for r in names) == ["Peskov"]


def test_corroboration_counts_articles_publishers_and_combines_confidence(corpus):
    store = filled(corpus)
    query = (ROOT / "queries" / "corroboration.rq").read_text()
    rows = {(str(r["subject"]), str(r["predicate"]).rsplit("#")[-1], str(r["object"])): r
            for r in (row.asdict() for row in store.query(query))}
    spokes = rows[("Dmitry Peskov", "spokespersonOf", "Kremlin")]
    assert int(spokes["articles"]) == 3
    assert int(spokes["publishers"]) == 2  # Reuters twice, AP once
    # Reuters counts once with its best sentence (0.9), AP with 0.7: 1 - 0.1 * 0.3.
    assert float(spokes["confidence"]) == pytest.approx(0.97)
    met = rows[("Dmitry Peskov", "met", "Steve Witkoff")]
    assert (int(met["articles"]), int(met["publishers"]), float(met["confidence"])) == (1, 1, 0.6)
    rubio = rows[("Marco Rubio", "leaderOf", "State Department")]
    assert int(rubio["publishers"]) == 0  # no publisher known


def test_statements_that_are_not_facts_keep_evidence_but_no_triple(tmp_path):
    from .conftest import news

    wish = news(tmp_path, "w.txt", "Putin wants Peskov to lead the Kremlin.",
                relations=(("Peskov", "leaderOf", "Kremlin",
                            "Putin wants Peskov to lead the Kremlin.", 0.5),), status="desired")
    store = filled([wish])
    assert not store.query("ASK { ?s kg:leaderOf ?o }", prefixes=True).askAnswer
    assert not store.query("ASK { ?f a kg:Fact }", prefixes=True).askAnswer
    status = _rows(store, "SELECT ?st WHERE { ?a a kg:Assertion ; kg:status ?st }")
    assert [str(r["st"]) for r in status] == ["desired"]


def test_extractor_versions_come_from_their_names():
    assert extractor_version("kg.roles.v1") == "1"
    assert extractor_version("kg.quotes.v2.1") == "2.1"
    assert extractor_version("custom") == "1"
    assert KG.Fact.endswith("#Fact")
