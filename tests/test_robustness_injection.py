"""Nothing run: article text never becomes live markup, SPARQL or a file path."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kg.cli import cli
from kg.model import Article, Entity, Evidence, KnowledgeGraph, Mention, Quote, Relation
from kg.render import render_html
from kg.store import GraphStore, open_store
from kg.vocab import SCHEMA

from .conftest import ROOT

# Each payload carries the marker "kgxss": the page's own code never contains it.
SCRIPT = '<script>alert("kgxss-label")</script>'
IMG = "<img src=x onerror=alert('kgxss-img')>"
BREAKOUT = "</script><script>alert('kgxss-breakout')</script><!--"
QUOTES = 'O\'Brien "the \\ Boss" \u2028 ${x} {{7*7}} `tick`'
SPARQL = '" } ; DROP ALL ; INSERT DATA { <x:a> <x:b> "c" } # \\'
HREF = '<a href="javascript:alert(/kgxss/)">link</a>'


def graph_with(person: str, org: str, sentence: str, quote: str) -> KnowledgeGraph:
    """A one-article graph whose names, evidence and quote are the given strings."""
    article = Article(id="a1", source="evil.txt", text=sentence, title=person)
    speaker = Mention("a1", 0, 3, person, "Person")
    group = Mention("a1", 4, 7, org, "Organization")
    evidence = Evidence("a1", sentence, 0, len(sentence), "test", 0.9)
    return KnowledgeGraph(
        articles=(article,),
        entities=(
            Entity("person/p", "Person", person, mentions=(speaker,)),
            Entity("organization/o", "Organization", org, mentions=(group,)),
        ),
        relations=(Relation(speaker, "leaderOf", group, evidence),),
        quotes=(Quote(quote, speaker, evidence, 0, len(quote)),),
        entity_of={speaker: "person/p", group: "organization/o"},
    )


def page_of(kg: KnowledgeGraph, title: str = "Knowledge graph") -> str:
    with GraphStore() as store:
        store.add(kg)
        return render_html(store, title=title)


def split_data(page: str) -> tuple[str, list]:
    """The page with its JSON data cut out, and those data.

    The data are the arguments of ``new vis.DataSet(...)`` (nodes, edges) and the
    side panel's ``<script type="application/json" id="kg-data">`` block.
    """
    decoder = json.JSONDecoder()
    code, data, position = [], [], 0
    for match in re.finditer(
        r'new vis\.DataSet\(|<script type="application/json" id="kg-data">', page
    ):
        start = match.end()
        if start < position:
            continue
        value, end = decoder.raw_decode(page, start)
        code.append(page[position:start])
        data.append(value)
        position = end
    code.append(page[position:])
    return "".join(code), data


BENIGN = graph_with("Eve Mallory", "Acme Corp", "Eve Mallory leads Acme Corp.", "We will win.")


@pytest.mark.parametrize(
    "person,org,sentence,quote",
    [
        (f"Eve {SCRIPT}", f"Acme {IMG}", f"Eve said {BREAKOUT} and {QUOTES}.", SCRIPT + IMG),
        (f"Eve {BREAKOUT}", f"Acme {QUOTES}", f"{IMG}{SCRIPT}", BREAKOUT),
        (f"Eve {SPARQL}", f"Acme {SCRIPT}", SPARQL, QUOTES),
    ],
)
def test_names_and_evidence_never_change_the_code_of_the_page(person, org, sentence, quote):
    benign_code, _ = split_data(page_of(BENIGN))
    page = page_of(graph_with(person, org, sentence, quote), title=f"Graph {SCRIPT}")
    code, data = split_data(page)
    # Same code, same markup, whatever the data: nothing in the data became live.
    code = code.replace(f"Graph {_escaped(SCRIPT)}", "Knowledge graph")
    assert code == benign_code
    assert "kgxss" not in code
    # ...and the data is all there, exactly, as data.
    panel, nodes = data[0], data[1]
    assert {node["label"] for node in nodes} == {person, org}
    assert [ev[1] for edge in panel["edges"] for ev in edge["ev"]] == [sentence]
    assert [q["text"] for q in panel["quotes"]] == [quote]


def test_a_name_containing_href_does_not_switch_tooltips_to_html():
    benign_code, _ = split_data(page_of(BENIGN))
    code, _ = split_data(page_of(graph_with(f"Eve {HREF}", "Acme", "Eve leads Acme.", "Hi.")))
    assert code == benign_code
    assert ".innerHTML = nodeData" not in code


def _escaped(text: str) -> str:
    import html

    return html.escape(text)


# --- the real path: hostile articles through a whole build ----------------------------------


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, nlp):
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("hostile")
    articles = folder / "in"
    articles.mkdir()
    (articles / "page.html").write_text(
        '<html><head><title>../../escape &lt;script&gt;kgxss()&lt;/script&gt; "quoted" \\ end'
        '</title><meta name="author" content="Eve &lt;img src=x onerror=kgxss()&gt; Mallory">'
        "</head><body><p>Olaf Scholz met Emmanuel Macron in Berlin on Tuesday, officials said "
        "&lt;script&gt;kgxss(&quot;body&quot;)&lt;/script&gt;.</p>"
        '<p>"We will not give in," Scholz said of the &lt;img src=x onerror=kgxss()&gt; plan.'
        "</p></body></html>",
        encoding="utf-8",
    )
    (articles / "feed.jsonl").write_text(
        json.dumps(
            {
                "title": "/tmp/absolute-title",
                "author": "</script><script>kgxss()</script>",
                "publisher": SPARQL,
                "text": "Keir Starmer met Rishi Sunak in London. " + SPARQL + " " + QUOTES,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = folder / "out"
    report = build([articles], out)
    return folder, out, report


def test_hostile_articles_are_built_without_live_markup(hostile_build):
    _, out, report = hostile_build
    assert report.articles == 2 and not report.skipped
    page = (out / "graph.html").read_text(encoding="utf-8")
    code, data = split_data(page)
    assert "kgxss" in page and "kgxss" not in code
    assert code.lower().count("<script") == page.lower().count("<script")
    labels = [node["label"] for node in data[1]]
    # the page's byline is read without its markup ("Eve Mallory"); the feed's author keeps it
    assert "Olaf Scholz" in labels and "Eve Mallory" in labels
    assert "</script><script>kgxss()</script>" in labels


def test_hostile_strings_round_trip_through_turtle_and_the_store(hostile_build):
    _, out, _ = hostile_build
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    headlines = {str(o) for o in graph.objects(None, SCHEMA.headline)}
    assert '../../escape <script>kgxss()</script> "quoted" \\ end' in headlines
    assert "/tmp/absolute-title" in headlines
    with open_store(out) as store:
        rows = list(
            store.query(
                "SELECT ?a ?h WHERE { ?a <https://schema.org/headline> ?h }",
                {"h": Literal("/tmp/absolute-title")},
            )
        )
    assert len(rows) == 1


def test_titles_and_names_never_become_paths(hostile_build):
    folder, out, _ = hostile_build
    assert sorted(p.name for p in out.iterdir()) == [
        "graph.html",
        "graph.trig",
        "graph.ttl",
        "store",
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["in", "out"]
    assert not Path("/tmp/absolute-title").exists()
    assert not (folder.parent / "escape").exists()


# --- SPARQL -----------------------------------------------------------------------------------


def test_values_reach_sparql_as_bindings_not_as_query_text():
    kg = graph_with(f"Eve {SPARQL}", "Acme", "Eve leads Acme.", "Hi.")
    with GraphStore() as store:
        store.add(kg)
        size = len(store)
        query = "SELECT ?e ?name WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
        rows = list(store.query(query, {"name": Literal(f"Eve {SPARQL}")}))
        assert [str(r[0]) for r in rows] == ["https://w3id.org/kg/resource/person/p"]
        # A literal escaped the rdflib way is a value too, never syntax.
        escaped = f"ASK {{ ?e <{RDFS.label}> {Literal(f'Eve {SPARQL}').n3()} }}"
        assert store.query(escaped).askAnswer is True
        assert len(store) == size
        assert store.query("ASK { <x:a> <x:b> ?c }").askAnswer is False


@pytest.mark.parametrize(
    "update",
    ["DROP ALL", "DELETE WHERE { ?s ?p ?o }", 'INSERT DATA { <x:a> <x:b> "c" }', "CLEAR DEFAULT"],
)
def test_kg_query_never_runs_an_update(seeds_build, update):
    out, _ = seeds_build
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = CliRunner().invoke(cli, ["query", "--store", str(out), "--format", "csv", count])
    result = CliRunner().invoke(cli, ["query", "--store", str(out), update])
    after = CliRunner().invoke(cli, ["query", "--store", str(out), "--format", "csv", count])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "runs queries, not updates" in result.output
    assert before.output == after.output and int(after.output.split()[1]) > 100


_SPARQL_WORDS = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|WHERE|FILTER|VALUES)\b")


def _sparql_words(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(_SPARQL_WORDS.search(node.value))
    )


def _constant_or_escaped(value: ast.AST) -> bool:
    """A module constant (``GRAPH``, ``KG.term``), or a term serialised by RDF's own escaping."""
    if isinstance(value, ast.Name):
        return value.id.isupper()
    if isinstance(value, ast.Attribute):
        return isinstance(value.value, ast.Name) and value.value.id.isupper()
    if isinstance(value, ast.Call):
        func = value.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in _ESCAPERS
    return False


# Functions whose result is SPARQL-escaped: rdflib's n3(), the stores' term and quad writers.
_ESCAPERS = {"n3", "_n3", "_data", "n3_values", "_nt", "_nts"}


def _pastes_values(node: ast.AST) -> bool:
    """SPARQL text made by formatting or concatenating anything but constants or escaped terms."""
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
        return bool(_SPARQL_WORDS.search(text)) and not all(_constant_or_escaped(v) for v in values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _sparql_words(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return _sparql_words(node.left) or _sparql_words(node.right)
    return False


def _sparql_built_from_data(tree: ast.AST) -> list[int]:
    """Lines where SPARQL text is built by pasting values into it."""
    return [node.lineno for node in ast.walk(tree) if _pastes_values(node)]  # type: ignore[attr-defined]


def test_no_sparql_is_built_by_pasting_values_into_strings():
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "kg").rglob("*.py"))
        if (lines := _sparql_built_from_data(ast.parse(path.read_text("utf-8"))))
    }
    assert offenders == {}


def test_the_audit_allows_escaped_terms_only():
    assert not _sparql_built_from_data(ast.parse('q = f"SELECT ?x WHERE {{ ?x ?p {iri.n3()} }}"'))
    assert not _sparql_built_from_data(
        ast.parse('q = f"SELECT ?x WHERE {{ GRAPH <{KG.g}> {{}} }}"')
    )
    assert _sparql_built_from_data(ast.parse('q = f"SELECT ?x WHERE {{ ?x ?p <{iri}> }}"'))


def test_the_audit_catches_pasted_values():
    pasted = ast.parse('q = f"SELECT ?e WHERE {{ ?e rdfs:label \\"{name}\\" }}"')
    formatted = ast.parse('q = "SELECT ?e WHERE {{ ?e ?p {} }}".format(value)')
    joined = ast.parse('q = "SELECT ?e WHERE { ?e ?p " + value + " }"')
    constant = ast.parse('q = f"SELECT ?s WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?p ?o }} }}"')
    assert _sparql_built_from_data(pasted) and _sparql_built_from_data(formatted)
    assert _sparql_built_from_data(joined)
    assert not _sparql_built_from_data(constant)
