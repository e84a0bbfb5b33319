"""A small hand-made graph (with a hostile article) and a headless Chromium to look at it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, Entity, Evidence, KnowledgeGraph, Mention, Quote, Relation
from kg.store import GraphStore

OUTPUT = Path(__file__).parent / "output"

#: The hostile strings: each would run code if it reached the page as markup.
XSS_TITLE = "<script>window.__pwned = 'title'</script>Breaking"
XSS_NAME = 'Bob <img src=x onerror="window.__pwned=\'name\'"> O\'Neil \\ "Jr" drawGraph();'
XSS_SENTENCE = ("He said </script><script>window.__pwned='sentence'</script> and <!-- "
                "then\u2028left.")

# (key, type, label, other names)
ENTITIES = [
    ("trump", "Person", "Donald Trump", ("Trump",)),
    ("zelensky", "Person", "Volodymyr Zelensky", ("Zelenskiy", "Zelensky")),
    ("putin", "Person", "Vladimir Putin", ("Putin",)),
    ("witkoff", "Person", "Steve Witkoff", ("Witkoff",)),
    ("usa", "Place", "United States", ("US", "U.S.")),
    ("ukraine", "Place", "Ukraine", ()),
    ("russia", "Place", "Russia", ()),
    ("kremlin", "Organization", "Kremlin", ()),
    ("reuters", "Organization", "Reuters", ()),
    ("peace-plan", "Plan", "28-point peace plan", ("peace plan",)),
    ("bob", "Person", XSS_NAME, ()),
    ("nato", "Organization", "NATO", ()),  # named, but in no relation
]
# (article, subject, predicate, object, sentence)
RELATIONS = [
    ("a1", "trump", "leaderOf", "usa", "President Donald Trump of the United States spoke."),
    ("a2", "trump", "leaderOf", "usa", "Trump, the US president, said so."),
    ("a1", "zelensky", "leaderOf", "ukraine", "Ukrainian President Zelensky answered."),
    ("a1", "putin", "leaderOf", "russia", "Russian President Vladimir Putin was silent."),
    ("a2", "witkoff", "authorOf", "peace-plan", "Steve Witkoff drafted the 28-point peace plan."),
    ("a2", "zelensky", "opposes", "peace-plan", "Zelensky rejected the peace plan outright."),
    ("a3", "trump", "met", "putin", "Trump met Putin in Alaska in August."),
    ("a3", "trump", "supports", "peace-plan", "Trump backed the 28-point peace plan."),
    ("a3", "kremlin", "partOf", "russia", "The Kremlin, seat of Russia's government, declined."),
    ("a4", "bob", "memberOf", "reuters", XSS_SENTENCE),
]
# (article, subject, predicate, object, sentence, status): stated, but not as facts
STATEMENTS = [
    ("a2", "zelensky", "met", "putin", "Zelensky wants to meet Putin.", "desired"),
]
QUOTES = [
    ("a1", "zelensky", "We will not trade our land for peace.",
     'Zelensky said: "We will not trade our land for peace."'),
    ("a4", "bob", "<b>bold</b> & \\ 'quoted'", "Bob said something odd."),
    ("a3", None, "Nobody saw it coming.", '"Nobody saw it coming," an official said.'),
]
ARTICLES = [
    ("a1", "Leaders trade words over Ukraine", "2025-11-20", "Reuters"),
    ("a2", "US drafts peace plan", "2025-11-21", "Reuters"),
    ("a3", "Trump and Putin", "2025-11-22", None),
    ("a4", XSS_TITLE, "2025-11-23", "Reuters"),
]


def make_graph() -> KnowledgeGraph:
    """The test graph: 12 entities (one in no relation), 10 relations (one pair stated twice),
    a statement that is not a fact, 3 quotes (one without a named speaker), 4 articles."""
    kinds = {key: (kind, label, alts) for key, kind, label, alts in ENTITIES}
    mentions: dict[tuple[str, str], Mention] = {}

    def mention(article: str, key: str) -> Mention:
        if (article, key) not in mentions:
            kind, label, _ = kinds[key]
            start = 10 * len(mentions)
            mentions[article, key] = Mention(article, start, start + len(label), label, kind)
        return mentions[article, key]

    relations = []
    for article, s, p, o, sentence in RELATIONS:
        ev = Evidence(article, sentence, 0, len(sentence), "test.v1", 0.9)
        relations.append(Relation(mention(article, s), p, mention(article, o), ev))
    for article, s, p, o, sentence, status in STATEMENTS:
        ev = Evidence(article, sentence, 0, len(sentence), "test.v1", 0.7)
        relations.append(Relation(mention(article, s), p, mention(article, o), ev, status))
    quotes = []
    for article, speaker, text, sentence in QUOTES:
        ev = Evidence(article, sentence, 0, len(sentence), "test.v1", 0.8)
        speaking = mention(article, speaker) if speaker else None
        quotes.append(Quote(text, speaking, ev, 0, len(text)))
    mention("a1", "nato")
    for article, _, _, publisher in ARTICLES:
        mention(article, "reuters")
        if publisher:  # the publisher is a mention at offset 0 of its article
            mentions[article, "reuters#publisher"] = Mention(article, 0, 0, publisher,
                                                               "Organization")
    articles = tuple(Article(a, f"{a}.txt", f"text of {a}", title=title, date=date,
                             publisher=publisher) for a, title, date, publisher in ARTICLES)
    entities = []
    for key, kind, label, alts in ENTITIES:
        mine = tuple(m for (_, k), m in mentions.items() if k == key)
        entities.append(Entity(key, kind, label, alts, mine))  # type: ignore[arg-type]
    # altLabels in the store come from the names mentions use; give every name a mention.
    for key, _, _, alts in ENTITIES:
        for alt in alts:
            start = 1000 + 100 * len(mentions)
            m = Mention("a1", start, start + len(alt), alt, kinds[key][0])  # type: ignore[arg-type]
            mentions["a1", f"{key}#{alt}"] = m
    entity_of = {m: k.split("#")[0] for (_, k), m in mentions.items()}
    return KnowledgeGraph(articles, tuple(entities), tuple(relations), tuple(quotes), entity_of)


@pytest.fixture
def store():
    with GraphStore() as s:
        s.add(make_graph())
        yield s


class Opened:
    """A page opened from a file, with what it logged and tried to fetch."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def block(route):
            self.requests.append(route.request.url)
            route.abort()

        self.page.route("http*://**", block)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgTiming && window.kgTiming.stable !== null",
                                    timeout=60_000)

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser):
    pages: list[Opened] = []

    def run(path: Path) -> Opened:
        pages.append(Opened(browser, path))
        return pages[-1]

    yield run
    for page in pages:
        page.close()
