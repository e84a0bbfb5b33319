import itertools
import random

from kg.model import Article, Extraction, Mention
from kg.resolve import resolve


def extraction(article: str, *names: tuple[str, str, float]) -> Extraction:
    """An article naming ``(name, type, weight of that type)`` once each, in that order."""
    mentions, offset = [], 0
    for name, kind, weight in names:
        mentions.append(Mention(article, offset, offset + len(name), name, kind,  # type: ignore[arg-type]
                                votes=((kind, weight),)))
        offset += len(name) + 2
    return Extraction(Article(article, f"{article}.txt", ", ".join(n for n, _, _ in names)),
                      tuple(mentions))


def groups(extractions: list[Extraction]) -> set[frozenset[tuple[str, int]]]:
    """Each entity as the set of (article, offset) of its mentions."""
    return {frozenset((m.article, m.start) for m in e.mentions)
            for e in resolve(extractions).entities}


def test_a_short_form_joins_the_long_name_its_articles_use():
    got = resolve([
        extraction("a", ("Itamar Ben-Gvir", "Person", 5), ("Ben-Gvir", "Person", 3)),
        extraction("b", ("Ben-Gvir", "Person", 3)),
    ])
    assert [(e.label, len(e.mentions)) for e in got.entities] == [("Itamar Ben-Gvir", 3)]


def test_a_long_name_read_once_in_error_does_not_swallow_the_name_it_ends_with():
    got = resolve([
        extraction("a", ("Arlo Castellan and Viktor Petrakis", "Person", 5)),
        *(extraction(f"b{i}", ("Viktor Petrakis", "Person", 5)) for i in range(3)),
    ])
    sizes = {e.label: len(e.mentions) for e in got.entities}
    assert sizes == {"Arlo Castellan and Viktor Petrakis": 1, "Viktor Petrakis": 3}


def test_the_result_does_not_depend_on_article_ids_or_order():
    # Which of the two short mentions sorts first used to decide whether both
    # joined the long name; now the name is decided as a whole.
    def articles(ids: tuple[str, str, str]) -> list[Extraction]:
        long, voted, unvoted = ids
        return [extraction(long, ("Arlo Castellan and Viktor Petrakis", "Person", 5)),
                extraction(voted, ("Viktor Petrakis", "Person", 3), ("Petrakis", "Person", 3)),
                extraction(unvoted, ("Viktor Petrakis", "Organization", 1))]

    def canonical(ids: tuple[str, str, str]) -> set[frozenset[tuple[str, int]]]:
        role = dict(zip(ids, "LVU", strict=True))
        xs = articles(ids)
        random.Random(ids[0]).shuffle(xs)
        return {frozenset((role[a], start) for a, start in g) for g in groups(xs)}

    results = [canonical(ids) for ids in itertools.permutations(("a", "m", "z"))]
    assert all(r == results[0] for r in results)
    assert frozenset({("V", 0), ("U", 0), ("V", 17)}) in results[0]


def test_the_name_index_holds_each_distinct_count_once():
    from kg.resolve.resolver import NameIndex

    # A build keeps the index of every article: the same counts repeat in most of them.
    index = NameIndex.of([extraction(f"a{i}", ("Dmitry Peskov", "Person", 5),
                                     ("Kremlin", "Organization", 3)) for i in range(50)]
                         + [extraction("b", ("Dmitry Peskov", "Person", 2))])
    rows = [row for by_article in index.rows.values() for row in by_article.values()]
    assert len(rows) == 101
    assert len({id(counts) for row in rows for counts in row}) == 5
    assert [len(by_article) for by_article in index.rows.values()] == [51, 50]


def test_a_merged_entity_counts_the_type_votes_of_all_its_mentions():
    # The full name alone leans Person; with the votes of the surname that joins it,
    # the mentions together say Organization.
    full = Mention("a", 0, 14, "Karl Lindqvist", "Person",
                   votes=(("Person", 1.0), ("Organization", 0.9)))
    short = [Mention(a, 16, 25, "Lindqvist", "Organization", votes=(("Organization", 0.3),))
             for a in ("a", "b")]
    got = resolve([Extraction(Article("a", "a.txt", "Karl Lindqvist, Lindqvist"), (full, short[0])),
                   Extraction(Article("b", "b.txt", "x" * 16 + "Lindqvist"), (short[1],))])
    assert [(e.label, e.type, len(e.mentions)) for e in got.entities] == [
        ("Karl Lindqvist", "Organization", 3)]


def _named(article: str, *names: tuple[str, str, bool]) -> Extraction:
    """An article naming ``(name, type, confirmed)`` once each, each with one vote."""
    mentions, offset = [], 0
    for name, kind, confirmed in names:
        mentions.append(Mention(article, offset, offset + len(name), name, kind,  # type: ignore[arg-type]
                                votes=((kind, 1.0),), confirmed=confirmed))
        offset += len(name) + 2
    return Extraction(Article(article, f"{article}.txt", ", ".join(n for n, _, _ in names)),
                      tuple(mentions))


def _where(graph, article: str, start: int) -> tuple[str, str] | None:
    """(label, type) of the entity the mention at ``start`` in ``article`` names."""
    for m, key in graph.entity_of.items():
        if (m.article, m.start) == (article, start):
            e = next(e for e in graph.entities if e.key == key)
            return e.label, e.type
    return None


def test_a_place_sharing_one_persons_surname_stays_a_place_where_the_person_is_not_named():
    places = [_named(f"v{i}", ("Varfen", "Place", True)) for i in range(3)]
    klara = _named("k", ("Klara Varfen", "Person", True), ("Varfen", "Person", True))
    got = resolve([*places, klara])
    assert _where(got, "v0", 0) == ("Varfen", "Place")
    assert _where(got, "k", 0) == _where(got, "k", 14) == ("Klara Varfen", "Person")


def test_a_headline_surname_joins_the_person_its_article_names():
    brian = _named("b", ("Kellerman", "Person", False), ("Brian Kellerman", "Person", True),
                   ("Kellerman", "Person", True))
    assert _where(resolve([brian]), "b", 0) == ("Brian Kellerman", "Person")
    # With a second Kellerman, each headline is the one its own article names.
    paula = _named("p", ("Kellerman", "Person", False), ("Paula Kellerman", "Person", True),
                   ("Kellerman", "Person", True))
    got = resolve([brian, paula])
    assert _where(got, "b", 0) == ("Brian Kellerman", "Person")
    assert _where(got, "p", 0) == ("Paula Kellerman", "Person")


def test_a_place_and_a_surname_two_people_share_stay_apart_where_neither_is_named():
    places = [_named(f"v{i}", ("Varfen", "Place", True)) for i in range(3)]
    people = [_named(f"{given[0]}", (f"{given} Varfen", "Person", True), ("Varfen", "Person", True))
              for given in ("Klara", "Otto")]
    alone = _named("m", *[("Varfen", "Person", True)] * 3)  # neither of them, nor the place
    got = resolve([*places, *people, alone])
    assert _where(got, "v0", 0) == ("Varfen", "Place")
    assert _where(got, "m", 0) == ("Varfen", "Person")
    assert _where(got, "K", 14) == ("Klara Varfen", "Person")


def test_a_surname_the_tagger_alone_reads_as_a_place_joins_the_person_of_other_articles():
    got = resolve([
        extraction("a", ("Rigadi Wanyoike", "Person", 5), ("Wanyoike", "Person", 3)),
        extraction("b", ("Wanyoike", "Place", 0.5), ("Wanyoike", "Place", 0.5)),
    ])
    assert [(e.label, e.type, len(e.mentions)) for e in got.entities] == [
        ("Rigadi Wanyoike", "Person", 4)]


def test_a_surname_an_article_reads_as_a_place_with_its_own_evidence_stays_the_place():
    got = resolve([
        extraction("a", ("Tomas Lindqvale", "Person", 5), ("Lindqvale", "Person", 3)),
        extraction("b", ("Lindqvale", "Place", 1.5), ("Lindqvale", "Place", 0.5)),
    ])
    assert sorted((e.label, e.type) for e in got.entities) == [
        ("Lindqvale", "Place"), ("Tomas Lindqvale", "Person")]


def test_a_country_goes_by_every_name_the_lexicon_knows_it_by():
    got = resolve([
        extraction("a", ("United Kingdom", "Place", 5), ("Netherlands", "Place", 5),
                   ("United States", "Place", 5)),
        extraction("b", ("Georgia Holland", "Person", 5)),
    ])
    names = {e.label: set(e.alt_labels) for e in got.entities}
    # found by "Britain" or "Holland" whichever name the articles used
    assert {"Britain", "Great Britain", "UK", "U.K."} <= names["United Kingdom"]
    assert "the UK" not in names["United Kingdom"]
    assert names["Netherlands"] == {"Holland"}
    assert {"US", "USA"} <= names["United States"] and "America" not in names["United States"]
    assert names["Georgia Holland"] == set()  # a person's name gains none of a place's


def test_a_short_form_opening_with_a_familiar_given_name_joins_the_long_name():
    # "Ben" opens "Ben Gal" as a surname's first word, not as a short "Benjamin"
    got = resolve([
        extraction("a", ("Itai Ben Gal", "Person", 5), ("Ben Gal", "Person", 3)),
    ])
    assert [(e.label, len(e.mentions)) for e in got.entities] == [("Itai Ben Gal", 2)]


def test_a_familiar_given_name_with_a_surname_no_long_name_ends_with_stays_apart():
    got = resolve([
        extraction("a", ("Itai Ben Gal", "Person", 5), ("Ben Carter", "Person", 3)),
    ])
    assert len(got.entities) == 2
