"""Resolving only what a change can reach gives what resolving everything gives.

Random sequences of articles added, replaced and removed, over names chosen to
meet each other in every way the resolver joins names (suffixes, stems, lands,
fuller names, surnames, companies, institutions, acronyms, countries, parties,
republics, descriptions, headlines, plans): after each change, the
:class:`~kg.resolve.incremental.Resolver`'s resolution must equal
:func:`~kg.resolve.resolver.resolve_index` of the whole index, and the
difference it reports must hold everything that changed.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Article, Extraction, Mention
from kg.resolve.incremental import Difference, Resolver, links
from kg.resolve.resolver import NameIndex, Resolution, resolve_index
from kg.text.names import name_key

# Families of names the resolver may join, with the types a tagger may give them (the
# first the usual one).
PEOPLE = [
    ["Itamar Ben-Gvir", "Ben-Gvir", "Gvir"],
    ["John F. Whitcombe", "John Whitcombe", "Whitcombe"],
    ["Brian Kellerman", "Paula Kellerman", "Kellerman"],
    ["Jordan", "Jordan Peters", "Peters"],
    ["Mao Ning", "Mao"],
    ["Donald Trump Jr.", "Donald Trump", "Trump"],
    ["Mohammed bin Zayed Al Nahyan", "MBZ"],
    ["Chuck Renner", "Charles Renner", "Renner"],
    ["Ursula von der Leyen", "Von der Leyen", "Leyen"],
    ["Abdel Fattah el-Sisi", "Abdelfattah al-Sisi", "Sisi", "Abd al-Qadir Sisi"],
    ["J. D. Varnell", "JD Varnell", "Dmitriyev", "Oleg Dmitriev"],
    # an alias an article gives a name ("known as Kashta"), written text=name
    ["Kashta=Osman Idris Tahir", "Kashta", "Tahir", "Osman Tahir", "Lito=Kashta"],
    ["PODRI=Polar Drilling Research Institute", "PODRI", "Polar Drilling Research Institute"],
    ["Sakamaki Haruto", "Haruto Sakamaki", "Sakamaki", "Haruto"],
    ["Tomas Henry", "Henry Adeyemi", "Henry", "Adeyemi"],
    ["Youssef Karim Moussa", "Yousef Karim Musa", "Musa", "Faisal bin Nasser Al Tamimi",
     "Faisal Al Tamimi", "Al-Tamimi", "Lucía Ferreira Santos", "Lucia Ferreira"],
    ["Sunil Rao", "S. Rao", "Rao", "Pradeep Kumar Menon", "P. K. Menon", "Spokesperson Sunil Rao"],
    ["Halima Vestergaard", "Commissioner Halima Vestergaard", "Vestergaard"],
    ["Harlan T. Voss", "Harlan Voss", "Voss", "Ahmed al-Tamraa", "Ahmed al-Tamra", "Al-Tamraa"],
    ["Kofi Ampofo Mensah Boateng", "Kofi Mensah Boateng", "Mensah Kofi Boateng", "Boateng",
     "Kofi Boateng", "Boateng Kofi"],
    ["Rafael Souza Junior", "Rafael Souza Jr.", "Rafael", "Souza"],
]
BODIES = [
    ["Veltrix Inc", "Veltrix Group", "Veltrix"],
    ["Lotus Cargo Holdings", "Lotus Cargo", "Lotus"],
    ["Harbury United", "United", "Kestrel Racing Club", "Kestrel"],
    ["European Union", "EU"],
    ["AU", "African Union", "AU Commission", "African Union Commission"],
    ["UN Security Council", "UNSC", "Security Council", "Russia's Security Council"],
    ["U.S. Treasury", "Department of the Treasury", "Treasury Department", "Treasury"],
    ["Kenyan High Court", "High Court of Kenya", "High Court"],
    ["Constitutional Court", "Federal Constitutional Court", "Colombia's top court"],
    ["Green Party", "Greens", "Social Democratic Party", "Social Democrats"],
    ["Socialist Workers' Alliance", "Socialists", "Socialist Unity Party"],
    ["Federal Reserve", "Fed", "Federal Trade Commission", "Fedora Holdings"],
    ["Ukrainian National Security Council", "National Security and Defence Council of Ukraine"],
    ["House of Representatives", "House", "Brazil's Senate", "Senate", "U.S. Senate"],
    ["Sahel Liberation Front", "Coastal Unity Front", "Front", "KTV9 Networks", "KTV9"],
    ["National Anti-Smuggling Office", "NAO", "NASO"],
    ["Velmoria", "Velmorian Foreign Ministry", "Velmoria's Foreign Ministry",
     "Foreign Ministry of Velmoria", "Velmoria's foreign ministry", "Foreign Ministry"],
    ["Ukraine", "Ukraine's Security and Reform Council", "Security and Reform Council",
     "Chile's sovereign wealth fund", "Chilean Capital Investment Fund"],
    ["International Rowing Council", "Irish Rowing Council", "IRC", "N.T.A.",
     "Northern Trade Alliance", "Kestrel Energy Group", "Kestrel", "Harlan Party", "Harlan"],
    ["WQRT 4 News", "WQRT", "WQRT 4", "Harbour News", "Harbour"],
    ["Bank of Veldoria", "BoV", "BOV", "Department for Schools", "DfS", "Schools Dept."],
    ["General Staff of the Armed Forces", "General Staff", "Armed Forces",
     "Central Committee of the Velmorian Workers' Party", "Velmorian Workers' Party",
     "Central Committee", "High Court of Kenya"],
    ["Marlow Group", "Marlow Holding Group", "Marlow Holdings", "Marlow Bank", "Marlow"],
    ["Kestrava Munich", "Kestrava", "Munich"],
]
PLACES = [
    ["Gaza", "Gaza Strip", "Gaza City"],
    ["Iran", "Islamic Republic of Iran", "Congo", "Democratic Republic of Congo",
     "Kingdom of Thailand", "Thailand", "Sultanate of Oman", "Oman"],
    ["Republic of Türkiye", "Turkey", "Türkiye"],
    ["Ogun State", "Ogun", "Sinai", "Sinai Peninsula"],
    ["Islamic Republic", "Iran", "Pakistan", "People's Republic", "China", "Czech Republic"],
    ["United Arab Emirates", "Emirates", "Ark", "Arkansas", "Dorsand City", "Dorsand",
     "Dorsandi", "Dorsandi Foreign Ministry"],
]
PLANS = [["peace plan", "20-point plan", "Gaza peace plan", "budget bill"]]
FAMILIES: list[tuple[list[str], tuple[str, ...]]] = [
    *((f, ("Person", "Organization", "Place")) for f in PEOPLE),
    *((f, ("Organization", "Person", "Place")) for f in BODIES),
    *((f, ("Place", "Organization", "Person")) for f in PLACES),
    *((f, ("Plan",)) for f in PLANS),
]
NAMES = [(name, types) for family, types in FAMILIES for name in family]


def article(rng: random.Random, article_id: str,
            names: list[tuple[str, tuple[str, ...]]]) -> Extraction:
    """An article naming a few of ``names``, typed and confirmed at random."""
    mentions = []
    for i, (name, types) in enumerate(rng.sample(names, min(len(names), rng.randint(1, 6)))):
        kind = types[0] if rng.random() < 0.8 else rng.choice(types)
        votes = ((kind, rng.choice((0.5, 1.0, 2.0, 3.0))),)
        if rng.random() < 0.2:
            votes += ((rng.choice(types), 1.0),)
        text, _, named = name.partition("=")
        mentions.append(Mention(article_id, 10 * i, 10 * i + len(text), text, kind,  # type: ignore[arg-type]
                                named or text, votes, rng.random() > 0.15))
    return Extraction(Article(article_id, f"{article_id}.txt", "text"), tuple(mentions))


def check(rng: random.Random, steps: int) -> None:
    """Add, replace and remove random articles; compare after each change.

    Each sequence draws on a few families of names, leaving some of their names
    out, so that two names are often linked by one lookup only (a test of each
    lookup's tokens)."""
    names = [(name, types) for family, types in rng.sample(FAMILIES, rng.randint(1, 4))
             for name in family if rng.random() < 0.8]
    index, stored = NameIndex(), {}
    resolver = Resolver(index)
    for step in range(steps):
        choice = rng.random()
        if stored and choice < 0.3:
            changed = index.remove(stored.pop(rng.choice(sorted(stored))))
        elif stored and choice < 0.45:  # an article replaced by another version
            article_id = rng.choice(sorted(stored))
            changed = index.remove(stored[article_id])
            stored[article_id] = article(rng, article_id, names)
            changed |= index.add(stored[article_id])
        else:
            stored[f"a{step}"] = article(rng, f"a{step}", names)
            changed = index.add(stored[f"a{step}"])
        before = resolver.resolution
        difference = resolver.update(index, changed)
        whole = resolve_index(index)
        assert resolver.resolution == whole, f"step {step}"
        assert_within(before, whole, difference)


def assert_within(before: Resolution, after: Resolution, difference: Difference) -> None:
    for part in before.entity_of.keys() | after.entity_of.keys():
        if part not in difference.parts:
            assert before.entity_of.get(part) == after.entity_of.get(part), part
    for key in before.entities.keys() | after.entities.keys():
        if key not in difference.entities:
            assert before.entities.get(key) == after.entities.get(key), key


def test_random_changes_resolve_as_the_whole_index_does():
    for seed in range(40):
        check(random.Random(seed), 25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=40))
def test_any_sequence_of_changes_resolves_as_the_whole_index_does(seed, steps):
    check(random.Random(seed), steps)


def test_a_change_resolves_only_the_names_it_can_reach():
    rng = random.Random(0)
    index = NameIndex()
    for i in range(40):
        index.add(article(rng, f"a{i}", NAMES))
    resolver = Resolver(index)
    lone = Extraction(Article("z", "z.txt", "text"), (
        Mention("z", 0, 14, "Quorra Vantelle", "Person", votes=(("Person", 3.0),)),))
    difference = resolver.update(index, index.add(lone))
    assert {key for key in difference.entities} == {"person/quorra-vantelle"}
    assert resolver.resolution == resolve_index(index)


def test_a_surname_reaches_the_full_names_ending_with_it():
    seeks, _ = links(("single", ("kellerman",)), [{}, {"Kellerman": 1}])
    _, offers = links(("full", ("paula", "kellerman")), [{}, {"Paula Kellerman": 1}])
    assert seeks & offers
    _, elsewhere = links(("full", ("paula", "vantelle")), [{}, {"Paula Vantelle": 1}])
    assert not seeks & elsewhere


def test_a_name_reaches_the_entity_an_article_gave_it_as_an_alias():
    seeks, _ = links(("single", ("kashta",)), [{}, {"Kashta": 1}])
    _, offers = links(("full", ("osman", "idris", "tahir")),
                      [{}, {"Osman Idris Tahir": 2, "Kashta": 1}])
    assert seeks & offers
    _, elsewhere = links(("full", ("osman", "idris", "tahir")), [{}, {"Osman Idris Tahir": 2}])
    assert not seeks & elsewhere
    index = NameIndex()
    index.add(Extraction(Article("a", "a.txt", "text"), (
        Mention("a", 0, 17, "Osman Idris Tahir", "Person", "Osman Idris Tahir"),
        Mention("a", 20, 26, "Kashta", "Person", "Osman Idris Tahir"))))
    resolver = Resolver(index)
    changed = index.add(Extraction(Article("b", "b.txt", "text"), (
        Mention("b", 0, 6, "Kashta", "Person", "Kashta", (("Person", 3.0),)),)))
    resolver.update(index, changed)
    assert resolver.resolution == resolve_index(index)
    assert len(resolver.resolution.entities) == 1


def test_a_name_of_initials_reaches_the_names_ending_with_its_surname():
    seeks, _ = links(("full", ("s", "rao")), [{}, {"S. Rao": 1}])
    _, offers = links(("full", ("sunil", "rao")), [{}, {"Sunil Rao": 1}])
    assert seeks & offers


def test_a_name_reaches_its_words_turned_round_and_its_other_transliterations():
    seeks, _ = links(("full", ("sakamaki", "haruto")), [{}, {"Sakamaki Haruto": 1}])
    _, offers = links(("full", ("haruto", "sakamaki")), [{}, {"Haruto Sakamaki": 1}])
    assert seeks & offers
    seeks, _ = links(("full", ("yusuf", "moussa")), [{}, {"Youssef Moussa": 1}])
    _, offers = links(("full", ("yusuf", "musa")), [{}, {"Yusuf Musa": 1}])
    assert seeks & offers


def test_a_short_name_reaches_the_longer_names_it_opens():
    seeks, _ = links(("full", ("general", "staff")), [{}, {"General Staff": 1}])
    _, offers = links(("full", ("general", "staff", "of", "the", "army")),
                      [{}, {"General Staff of the Army": 1}])
    assert seeks & offers
    seeks, _ = links(("full", ("islamic", "republic")), [{}, {"Islamic Republic": 1}])
    _, offers = links(("full", ("iran",)), [{}, {"Iran": 1}])
    assert seeks & offers


def test_a_body_reaches_the_place_its_name_says_it_is_of_and_a_state_its_abbreviation():
    seeks, _ = links(("full", ("velmorian", "foreign", "ministry")),
                     [{}, {"Velmorian Foreign Ministry": 1}])
    _, offers = links(("full", ("velmoria",)), [{}, {"Velmoria": 1}])
    assert seeks & offers
    seeks, _ = links(("single", ("ark",)), [{}, {"Ark": 1}])
    _, offers = links(("full", ("arkansas",)), [{}, {"Arkansas": 1}])
    assert seeks & offers


def test_a_short_form_opening_with_a_familiar_name_reaches_the_long_name():
    key = name_key("Ben Gal")
    seeks, _ = links(("full", key), [{}, {"Ben Gal": 1}])
    _, offers = links(("full", name_key("Itai Ben Gal")), [{}, {"Itai Ben Gal": 1}])
    assert seeks & offers
