"""Adding and removing articles in an existing store."""

import itertools
import json
import random
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.compare import isomorphic, to_isomorphic

import kg.update.ledger
from kg.errors import StoreError
from kg.model import Article, Extraction, Mention
from kg.resolve import resolve
from kg.resolve.resolver import NameIndex
from kg.store import GraphStore
from kg.update.incremental import add_extractions, remove_articles, stored_articles
from kg.update.ledger import Ledger, _plain, decode, encode
from kg.vocab import ENTITIES_GRAPH, EXTRACTIONS_GRAPH, KG, RES

from .conftest import content, filled, news


def _graph(store) -> Graph:
    """The union of the article and fact graphs, for rdflib's isomorphism check."""
    graph = Graph()
    for s, p, o, _ in content(store):
        graph.add((s, p, o))
    return graph


def test_ledger_round_trips_every_extraction(corpus, seeds_extractions):
    for extraction in [*corpus, *seeds_extractions]:
        assert decode(encode(extraction)) == extraction


def test_ledger_entries_of_the_first_format_still_read(seeds_extractions):
    # Stores written before the compact format keep working without a rebuild.
    for extraction in seeds_extractions:
        first = json.dumps({"format": 1, **_plain(extraction)}, ensure_ascii=False)
        assert decode(first) == extraction


def test_a_decoded_relation_ends_on_the_articles_own_mentions(seeds_extractions):
    for extraction in map(decode, map(encode, seeds_extractions)):
        own = {id(m) for m in extraction.mentions}
        ends = [m for r in extraction.relations for m in (r.subject, r.object)
                if m in extraction.mentions]
        assert ends and all(id(m) in own for m in ends)


def test_a_corrupt_ledger_entry_is_a_store_error():
    with pytest.raises(StoreError, match="build again"):
        decode('{"format": 1, "article": {}}')


def test_re_adding_articles_changes_nothing(corpus):
    store = filled(corpus)
    before = len(store)
    change = add_extractions(store, corpus)
    assert change.added == [] and not change.changed
    assert len(store) == before


def test_seeds_one_by_one_in_any_order_equal_the_seeds_at_once(seeds_extractions):
    at_once = filled(seeds_extractions)
    expected = content(at_once)
    assert len(expected) > 300
    orders = list(itertools.permutations(seeds_extractions))
    for order in random.Random(7).sample(orders, 3):
        one_by_one = filled(order, one_by_one=True)
        got = content(one_by_one)
        assert got == expected, f"{len(got - expected)} extra, {len(expected - got)} missing"
        assert isomorphic(to_isomorphic(_graph(one_by_one)), to_isomorphic(_graph(at_once)))


def test_hand_made_articles_one_by_one_equal_all_at_once(corpus):
    assert content(filled(corpus, one_by_one=True)) == content(filled(list(reversed(corpus))))


def test_a_new_article_merges_into_existing_nodes(corpus):
    store = filled(corpus[:1])
    peskov = RES["person/dmitry-peskov"]
    assert store.query("ASK { ?e a kg:Person }", prefixes=True).askAnswer
    add_extractions(store, corpus[1:2])
    people = {str(r[0]) for r in store.query("SELECT ?e WHERE { ?e a kg:Person }", prefixes=True)}
    assert str(peskov) in people and len(people) == 2  # Peskov once, and Witkoff
    rows = store.rows("SELECT (COUNT(DISTINCT ?a) AS ?n) ?e WHERE { ?a kg:mentions ?e } "
                      "GROUP BY ?e", {"e": peskov}, prefixes=True)
    assert int(rows[0][0]) == 2


def test_removing_an_article_removes_exactly_what_only_it_supported(corpus):
    store = filled(corpus)
    change = remove_articles(store, ["a1"])
    assert change.removed == ["a1"]
    assert stored_articles(store) == {"a2", "a3", "a4"}
    assert content(store) == content(filled(corpus[1:]))
    # Witkoff, the meeting and the quote came from a1 alone; Peskov's role has two more sources.
    assert not store.query("ASK { ?e rdfs:label \"Steve Witkoff\" }", prefixes=True).askAnswer
    assert not store.query("ASK { ?q a kg:Quote ; kg:speaker ?e }", prefixes=True).askAnswer
    row = next(iter(store.query(
        "SELECT ?n WHERE { ?f a kg:Fact ; rdf:predicate kg:spokespersonOf ; kg:articleCount ?n }",
        prefixes=True)))
    assert int(row[0]) == 2
    remove_articles(store, ["a2", "a3", "a4"])
    assert content(store) == set() and stored_articles(store) == set()


def test_removing_an_unknown_article_changes_nothing(corpus):
    store = filled(corpus)
    before = len(store)
    with pytest.raises(StoreError, match="no article 'nope'"):
        remove_articles(store, ["a2", "nope"])
    assert len(store) == before and "a2" in stored_articles(store)


def test_a_replaced_iri_redirects_to_its_successor(tmp_path):
    short = news(tmp_path, "p1.txt", "Putin spoke. Putin left. Putin returned.")
    full = news(tmp_path, "p2.txt", "Vladimir Putin arrived in Alaska.")
    store = filled([short])
    assert store.query("ASK { ?e rdfs:label \"Putin\" }", prefixes=True).askAnswer
    add_extractions(store, [full])
    assert _redirects(store) == [(RES["person/putin"], RES["person/vladimir-putin"])]
    # The graph itself is the same as if both had come at once.
    assert content(store) == content(filled([short, full]))
    remove_articles(store, ["p2"])
    # Back to one name: the old IRI is an entity again, and the dropped one leads to it.
    assert _redirects(store) == [(RES["person/vladimir-putin"], RES["person/putin"])]
    assert content(store) == content(filled([short]))


def _redirects(store):
    return [tuple(r) for r in store.query(
        "SELECT ?old ?new WHERE { ?old dcterms:isReplacedBy ?new }", prefixes=True)]


def test_a_store_without_extraction_records_is_refused(corpus):
    store = GraphStore()
    store.add(resolve(corpus[:1]))
    with pytest.raises(StoreError, match="delete the store and build again"):
        add_extractions(store, corpus[1:2])


def test_a_persistent_store_keeps_articles_across_reopening(corpus, tmp_path):
    with GraphStore(tmp_path / "store") as store:
        add_extractions(store, corpus[:2])
        size = len(store)
    with GraphStore(tmp_path / "store", create=False) as store:
        assert stored_articles(store) == {"a1", "a2"} and len(store) == size
        add_extractions(store, corpus[2:])
        assert content(store) == content(filled(corpus))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_history_of_adds_and_removes_ends_in_the_graph_of_what_remains(corpus, data):
    store = GraphStore()
    present: dict[str, object] = {}
    for _ in range(data.draw(st.integers(1, 6), label="steps")):
        extraction = data.draw(st.sampled_from(corpus), label="article")
        article_id = extraction.article.id
        if article_id in present and data.draw(st.booleans(), label="remove"):
            remove_articles(store, [article_id])
            del present[article_id]
        else:
            add_extractions(store, [extraction])
            present[article_id] = extraction
    assert stored_articles(store) == set(present)
    expected = content(filled([x for x in corpus if x.article.id in present])) if present else set()
    assert content(store) == expected
    # the name index kept in the store is the one of what remains, not of its history
    assert Ledger.read(store).index == NameIndex.of(present.values())  # type: ignore[arg-type]


def test_reopening_a_store_leaves_no_old_engine_logs(corpus, tmp_path):
    for _ in range(3):
        with GraphStore(tmp_path / "store") as store:
            add_extractions(store, corpus[:1])
    files = {p.name for p in (tmp_path / "store").iterdir()}
    assert "CURRENT" in files and not [f for f in files if f.startswith("LOG.old")]


def test_a_commit_reads_only_the_graphs_whose_entities_changed(corpus, monkeypatch):
    store = filled([corpus[0], corpus[2]])
    read: list[str] = []
    original = store.graph_triples
    monkeypatch.setattr(store, "graph_triples", lambda g: read.append(str(g)) or original(g))
    # a2 adds a third source to Peskov's role: the fact's counts change, no entity does
    change = add_extractions(store, [corpus[1]])
    assert change.added == ["a2"] and not any("/article/" in g for g in read)
    assert content(store) == content(filled(corpus[:3]))
    # a4 shares nothing with the others: nothing stored is deleted
    change = add_extractions(store, [corpus[3]])
    assert change.quads_deleted == 0 and change.quads_inserted > 0
    assert content(store) == content(filled(corpus))


def test_removing_an_article_with_plans_leaves_the_name_index_of_the_rest(seeds_extractions):
    with_plan = next(x for x in seeds_extractions if any(m.type == "Plan" for m in x.mentions))
    store = filled(seeds_extractions)
    remove_articles(store, [with_plan.article.id])
    rest = [x for x in seeds_extractions if x is not with_plan]
    assert Ledger.read(store).index == NameIndex.of(rest)
    assert content(store) == content(filled(rest))


def test_a_commit_decodes_only_the_extractions_of_articles_whose_entities_changed(
        corpus, monkeypatch):
    store = filled(corpus[:3])
    decoded: list[str] = []
    original = kg.update.ledger.decode
    monkeypatch.setattr(kg.update.ledger, "decode",
                        lambda text, shared=None: decoded.append(text) or original(text, shared))
    add_extractions(store, [corpus[3]])  # a4 shares no name with the others
    assert decoded == []
    assert content(store) == content(filled(corpus))


def test_a_fact_stated_again_is_counted_with_its_stored_support(tmp_path, monkeypatch):
    said = "Dmitry Peskov speaks for the Kremlin."
    articles = [news(tmp_path, f"b{i}.txt", f"Day {i}. {said}", publisher=publisher,
                     relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", said, confidence),))
                for i, (publisher, confidence) in enumerate(
                    [("Reuters", 0.61234), ("AP", 0.70049), (None, 0.55551)])]
    store = filled(articles[:2])
    decoded: list[str] = []
    original = kg.update.ledger.decode
    monkeypatch.setattr(kg.update.ledger, "decode",
                        lambda text, shared=None: decoded.append(text) or original(text, shared))
    add_extractions(store, articles[2:])  # a third source for a fact two stored articles state
    assert decoded == []
    facts = [q for q in content(store) if q[3] == RES["graph/corroboration"]]
    assert (Literal(3), Literal(2)) == tuple(
        next(q[2] for q in facts if q[1] == p) for p in (KG.articleCount, KG.publisherCount))
    # 1 - (1 - .612)(1 - .700)(1 - .556), from the confidences as the assertions store them
    assert next(q[2] for q in facts if q[1] == KG.confidence).toPython() == Decimal("0.948")
    assert content(store) == content(filled(articles))


def _without_name_index(store: GraphStore) -> None:
    store.apply([q for q in store.quads() if q[1] == KG.nameRows and q[3] == EXTRACTIONS_GRAPH],
                [])


def test_a_store_without_a_name_index_gets_one_and_the_same_graph(corpus):
    store = filled(corpus[:2])
    _without_name_index(store)
    ledger = Ledger.read(store)
    assert ledger.rebuilt and ledger.index == NameIndex.of(corpus[:2])
    add_extractions(store, corpus[2:])
    assert content(store) == content(filled(corpus))
    stored = Ledger.read(store)
    assert not stored.rebuilt and stored.index == NameIndex.of(corpus)


def _as_written_when_each_article_described_its_entities(store: GraphStore) -> None:
    """Entity descriptions copied into the article graphs that name them, the entities
    graph dropped, and fingerprints of another layout."""
    quads = list(store.quads())
    described = [q for q in quads if q[3] == ENTITIES_GRAPH]
    copies = [(s, p, o, a) for s, p, o, _ in described for _, mentions, e, a in quads
              if mentions == KG.mentions and e == s]
    digests = [q for q in quads if q[1] == KG.graphDigest]
    store.apply([*described, *digests],
                [*copies, *((s, p, Literal("layout 1"), g) for s, p, _, g in digests)])


def test_a_store_written_when_each_article_described_its_entities_is_rewritten(corpus):
    store = filled(corpus[:2])
    _as_written_when_each_article_described_its_entities(store)
    assert Ledger.read(store).rebuilt
    add_extractions(store, corpus[2:])
    assert content(store) == content(filled(corpus))
    assert not Ledger.read(store).rebuilt


def test_a_store_resolved_by_another_version_checks_every_graph(corpus, monkeypatch):
    store = filled(corpus[:2])
    monkeypatch.setattr(kg.update.ledger, "RESOLUTION", -1)
    assert Ledger.read(store).rebuilt


def test_build_commits_batches_of_one_size_however_large_the_store(tmp_path, nlp, monkeypatch):
    import kg.update.incremental
    from kg.pipeline import build

    # A commit's memory follows its batch: batches must not grow with the store.
    sizes: list[int] = []
    add = kg.update.incremental.add_extractions

    def counted(store, batch, *args, **kwargs):
        sizes.append(len(batch))
        return add(store, batch, *args, **kwargs)

    monkeypatch.setattr(kg.update.incremental, "add_extractions", counted)
    for i in range(9):
        (tmp_path / f"{i}.txt").write_text(f"Minister Ana Lind{i} met envoys in Oslo on day {i}.\n")
    first = [tmp_path / f"{i}.txt" for i in range(4)]
    build(first, tmp_path / "out", commit_every=2, files=False)
    build([tmp_path / f"{i}.txt" for i in range(9)], tmp_path / "out", commit_every=2,
          files=False)
    assert sizes == [2, 2, 2, 2, 1]


def test_build_gives_freed_memory_back_after_each_parse_commit_and_write(tmp_path, nlp,
                                                                         monkeypatch):
    import threading

    import kg.pipeline
    import kg.store.store
    import kg.update.incremental
    from kg.pipeline import build

    # Freed memory kept for good piles up in the arenas of two threads (see kg.heap).
    events: list[str] = []
    add = kg.update.incremental.add_extractions

    def commit(*args, **kwargs):
        events.append("commit")
        return add(*args, **kwargs)

    def trim():
        if threading.current_thread() is not threading.main_thread():
            events.append("trim after write")
        elif sys._getframe(1).f_code.co_name == "_extract_chunk":
            events.append("trim after parse")
        else:
            events.append("trim")

    monkeypatch.setattr(kg.update.incremental, "add_extractions", commit)
    monkeypatch.setattr(kg.pipeline, "give_back_freed_memory", trim)
    monkeypatch.setattr(kg.store.store, "give_back_freed_memory", trim)
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Minister Ana Lind{i} met envoys in Oslo on day {i}.\n")
    build([tmp_path], tmp_path / "out", commit_every=2, files=False)
    main = [e for e in events if e != "trim after write"]
    # The five articles are parsed in one chunk, before the first commit.
    assert main == ["trim", "trim after parse", "commit", "trim", "commit", "trim", "commit",
                    "trim", "trim"]
    assert events.count("trim after write") == 3  # one per background write


def _index_entries(inserts) -> list[dict]:
    return [json.loads(o) for _, p, o, g in inserts if p == KG.nameRows and g == EXTRACTIONS_GRAPH]


def _rows_in(entry: dict) -> set[str]:
    return set(entry["plans"] if entry["kind"] == "plans" else entry["rows"])


def test_a_commit_rewrites_only_the_index_pages_its_articles_are_on(
        corpus, seeds_extractions, monkeypatch):
    monkeypatch.setattr(kg.update.ledger, "PAGE_ROWS", 2)
    articles = [*seeds_extractions, *corpus]
    store = GraphStore()
    written: list[list[dict]] = []
    apply = store.apply
    monkeypatch.setattr(store, "apply", lambda delete, insert, **kw: apply(
        delete, insert := list(insert), **kw) or written.append(_index_entries(insert)))
    for x in articles:
        add_extractions(store, [x])
        new = x.article.id
        # each entry written holds at most a page of rows, and is the page the new article is on
        assert all(len(_rows_in(e)) <= 2 and new in _rows_in(e) for e in written[-1]
                   if e["kind"] != "plans" or e["plans"])
    assert Ledger.read(store).index == NameIndex.of(articles)
    # several pages of a part named in most articles: "Peskov" (the corpus and the seeds)
    assert max(e["page"] for entries in written for e in entries) >= 2
    # removing an article rewrites the pages that held it, and only those
    gone = corpus[1].article.id
    remove_articles(store, [gone])
    assert written[-1] and all(gone not in _rows_in(e) for e in written[-1])
    rest = [x for x in articles if x.article.id != gone]
    assert Ledger.read(store).index == NameIndex.of(rest)
    add_extractions(store, [corpus[1]])
    assert Ledger.read(store).index == NameIndex.of(articles)
    assert content(store) == content(filled(articles))


def test_a_name_index_written_before_pages_still_reads(corpus, seeds_extractions):
    from kg.resolve.resolver import PLANS, RESOLUTION
    from kg.update.ledger import _index_iri, _mention_row

    store = filled(seeds_extractions)
    index = NameIndex.of(seeds_extractions)
    # the earlier layout: one entry per part with all its rows and their total
    # the earlier layout: one entry per part (where its first page is now), all its rows
    old = {part: json.dumps({"kind": part[0], "key": list(part[1]),
                             "total": index.totals[part], "rows": rows})
           for part, rows in index.rows.items()}
    old[PLANS] = json.dumps({"kind": PLANS[0], "resolution": RESOLUTION, "plans": {
        a: [_mention_row(m, a) for m in ms] for a, ms in index.plans.items()}})
    _without_name_index(store)
    store.apply([], [(_index_iri(part, 0), KG.nameRows, Literal(text), EXTRACTIONS_GRAPH)
                     for part, text in old.items()])
    ledger = Ledger.read(store)
    assert not ledger.rebuilt and ledger.index == index
    add_extractions(store, corpus)
    remove_articles(store, [seeds_extractions[0].article.id])
    rest = [*seeds_extractions[1:], *corpus]
    assert Ledger.read(store).index == NameIndex.of(rest)
    assert content(store) == content(filled(rest))


def _people(article_id: str, *names: str) -> Extraction:
    """An article in which each name speaks once (one sentence each), all of them people."""
    text = " ".join(f"{name} spoke." for name in names)
    article = Article(article_id, f"{article_id}.txt", text, title=names[0])
    mentions, start = [], 0
    for name in names:
        mentions.append(Mention(article_id, start, start + len(name), name, "Person", name,
                                (("Person", 1.0),)))
        start += len(name) + len(" spoke. ")
    return Extraction(article, tuple(mentions))


def test_a_surname_that_gains_a_second_owner_reads_only_the_articles_it_moves():
    # "Kellerman" alone is Brian Kellerman's in every stored article; once a Paula
    # Kellerman is named, it is resolved article by article, and stays his where he is.
    # (Two articles of his: too few for the surname to stay his where neither is named.)
    brian = [_people(f"b{i}", "Brian Kellerman", "Kellerman") for i in range(2)]
    paula = _people("p", "Paula Kellerman", "Kellerman")
    alone = _people("k", "Kellerman")  # neither of them: names no one once both exist
    store = filled([*brian, alone])
    change = add_extractions(store, [paula])
    assert change.articles_read == 1 and change.graphs_rewritten == 1  # "k" only
    assert content(store) == content(filled([*brian, alone, paula]))
    change = remove_articles(store, ["p"])
    assert change.articles_read == 1 and change.graphs_rewritten == 1
    assert content(store) == content(filled([*brian, alone]))


def test_a_surname_whose_first_owner_dominates_stays_his_when_a_second_appears():
    # Named in twelve articles to her one, Brian keeps the bare surname where neither is
    # named: adding Paula moves nothing, and the store is what a full rebuild makes.
    brian = [_people(f"b{i}", "Brian Kellerman", "Kellerman") for i in range(12)]
    paula = _people("p", "Paula Kellerman", "Kellerman")
    alone = _people("k", "Kellerman")
    store = filled([*brian, alone])
    change = add_extractions(store, [paula])
    assert change.articles_read == 0 and change.graphs_rewritten == 0
    assert content(store) == content(filled([*brian, alone, paula]))


def _mentions(article_id: str, *names: tuple[str, str, bool]) -> Extraction:
    """An article naming ``(name, type, confirmed)``, one sentence each."""
    text = " ".join(f"{name} spoke." for name, _, _ in names)
    article = Article(article_id, f"{article_id}.txt", text)
    mentions, start = [], 0
    for name, kind, confirmed in names:
        mentions.append(Mention(article_id, start, start + len(name), name, kind, name,  # type: ignore[arg-type]
                                ((kind, 1.0),), confirmed))
        start += len(name) + len(" spoke. ")
    return Extraction(article, tuple(mentions))


def test_a_person_sharing_a_places_name_rewrites_none_of_the_places_articles():
    places = [_mentions(f"v{i}", ("Varfen", "Place", True)) for i in range(12)]
    klara = _mentions("k", ("Klara Varfen", "Person", True), ("Varfen", "Person", True))
    store = filled(places)
    change = add_extractions(store, [klara])
    assert change.articles_read == 0 and change.graphs_rewritten == 0
    assert content(store) == content(filled([*places, klara]))


def test_a_surname_that_gains_a_second_owner_leaves_the_headlines_of_the_first():
    # Each of Brian's articles names him by surname in its headline.
    brian = [_mentions(f"b{i}", ("Kellerman", "Person", False),
                       ("Brian Kellerman", "Person", True), ("Kellerman", "Person", True))
             for i in range(2)]
    paula = _mentions("p", ("Kellerman", "Person", False), ("Paula Kellerman", "Person", True),
                      ("Kellerman", "Person", True))
    # Named three times, enough for a node of its own once "Kellerman" names no one else.
    alone = _mentions("k", *[("Kellerman", "Person", True)] * 3)
    store = filled([*brian, alone])
    change = add_extractions(store, [paula])
    assert change.articles_read == 1 and change.graphs_rewritten == 1  # "k" only
    assert content(store) == content(filled([*brian, alone, paula]))


def _peskov_said(tmp_path, count: int, start: int = 0) -> list:
    said = "Dmitry Peskov speaks for the Kremlin."
    outlets = ["Reuters", "AP", None]
    return [news(tmp_path, f"s{i}.txt", f"Day {i}. {said}", publisher=outlets[i % 3],
                 relations=(("Dmitry Peskov", "spokespersonOf", "Kremlin", said,
                             0.5 + i % 7 / 20),))
            for i in range(start, start + count)]


def test_a_fact_stated_again_reads_none_of_the_articles_that_stated_it(tmp_path):
    # Its tally holds their support: the cost of a commit does not grow with the fact.
    stored = _peskov_said(tmp_path, 30)
    store = filled(stored)
    new = _peskov_said(tmp_path, 2, start=30)
    change = add_extractions(store, new)
    assert change.assertions_read == 0 and change.articles_read == 0
    assert content(store) == content(filled([*stored, *new]))
    change = remove_articles(store, ["s3", "s31"])
    assert change.assertions_read == 0
    rest = [x for x in [*stored, *new] if x.article.id not in {"s3", "s31"}]
    assert content(store) == content(filled(rest))


def test_a_store_written_before_tallies_reads_a_facts_assertions_once(tmp_path):
    stored = _peskov_said(tmp_path, 12)
    store = filled(stored)
    store.apply([q for q in store.quads() if q[1] == KG.supportTally], [])
    first, second = _peskov_said(tmp_path, 2, start=12)
    assert add_extractions(store, [first]).assertions_read == 12
    assert add_extractions(store, [second]).assertions_read == 0
    assert content(store) == content(filled([*stored, first, second]))
