"""GraphStore.apply writes any term exactly, through an update text that is pure ASCII."""

from rdflib import RDFS, Literal, URIRef

from kg.store import GraphStore
from kg.vocab import RES

TRICKY = [
    "Zelenskyy’s “plan”",          # past Latin-1
    "café",                          # Latin-1
    "emoji 😀 outside the BMP",
    "a backslash then a letter \\é",
    "the six characters \\u00E9 are not an escape",
    'quotes " and \' and a new\nline',
]


def _quads(graph: URIRef) -> list[tuple]:
    quads = [(RES[f"x/{i}"], RDFS.label, Literal(text), graph) for i, text in enumerate(TRICKY)]
    quads.append((URIRef("https://example.org/Kyiv’s/é"), RDFS.label, Literal("iri"), graph))
    quads.append((RES["x/lang"], RDFS.label, Literal("Kyjiw – Kiew", lang="de"), graph))
    return quads


def test_apply_writes_and_deletes_non_ascii_terms_exactly(tmp_path, monkeypatch):
    texts: list[str] = []
    update = GraphStore._update
    monkeypatch.setattr(GraphStore, "_update",
                        lambda self, ox, text: (texts.append(text), update(self, ox, text))[1])
    graph = RES["article/a"]
    quads = _quads(graph)
    with GraphStore(tmp_path / "store") as store:
        store.apply([], quads, forget=[(URIRef("https://example.org/ø"), graph)])
        assert set(store.graph_triples(graph)) == {(s, p, o) for s, p, o, _ in quads}
        # Deleting needs the very same terms back: any change in the escaping misses them.
        store.apply(quads[:-1], [], forget=[(quads[-1][0], graph)])
        assert set(store.graph_triples(graph)) == set()
    assert texts and all(text.isascii() for text in texts)
