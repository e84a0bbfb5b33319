"""`kg build --extractor`: which extractors run is the user's choice."""

from importlib.metadata import EntryPoint, EntryPoints

from click.testing import CliRunner

from kg.cli import cli
from kg.extract import available, registry
from kg.model import Relation
from kg.store import open_store

from .conftest import SEEDS

_EXTRACTORS = """SELECT DISTINCT ?name WHERE { GRAPH ?g { ?a prov:wasAttributedTo ?x }
  ?x rdfs:label ?name } ORDER BY ?name"""


def _extractors_in(out):
    with open_store(out) as store:
        return [str(row[0]) for row in store.rows(_EXTRACTORS)]


def test_chosen_extractors_alone_run(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS / "000_d1bc974baa719ff2.txt"), "-o", str(tmp_path),
              "--extractor", "kg.roles.v1", "--extractor", "kg.quotes.v1"])
    assert result.exit_code == 0, result.output
    assert _extractors_in(tmp_path) == ["kg.quotes.v1", "kg.roles.v1"]


def test_unknown_extractor_is_one_line_listing_the_others(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS), "-o", str(tmp_path), "--extractor", "kg.nothing.v1"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "kg.nothing.v1" in lines[0] and "kg.roles.v1" in lines[0]
    assert not (tmp_path / "store").exists()  # failed before any work


def neighbours_are_allies(context):
    """A plugin extractor: the first two names of a sentence (no plans) are allies."""
    for sent in context.doc.sents:
        named = [m for m in context.mentions
                 if m.type != "Plan" and sent.start_char <= m.start < sent.end_char]
        if len({m.name for m in named}) >= 2:
            other = next(m for m in named if m.name != named[0].name)
            yield Relation(named[0], "allyOf", other,
                           context.evidence(sent, "test.neighbours.v1", 0.5))


def test_an_entry_point_extractor_runs_in_a_build(tmp_path, monkeypatch):
    plugin = EntryPoint("test.neighbours.v1", f"{__name__}:neighbours_are_allies",
                        "kg.extractors")
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    monkeypatch.setattr(registry, "entry_points",
                        lambda group: EntryPoints([plugin] if group == "kg.extractors" else []))
    assert "test.neighbours.v1" in available()
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS / "000_d1bc974baa719ff2.txt"), "-o", str(tmp_path),
              "--extractor", "test.neighbours.v1", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert _extractors_in(tmp_path) == ["test.neighbours.v1"]
    with open_store(tmp_path) as store:
        allies = store.rows("SELECT ?a ?b WHERE { ?a kg:allyOf ?b }")
    assert allies and all(a != b for a, b in allies)


def test_other_extractors_extract_stored_articles_again(tmp_path):
    article = str(SEEDS / "000_d1bc974baa719ff2.txt")
    first = CliRunner().invoke(cli, ["build", article, "-o", str(tmp_path),
                                     "--extractor", "kg.quotes.v1"])
    assert first.exit_code == 0, first.output
    same = CliRunner().invoke(cli, ["build", article, "-o", str(tmp_path),
                                    "--extractor", "kg.quotes.v1"])
    assert "(0 new)" in same.output  # the same extractors: the stored article is skipped
    other = CliRunner().invoke(cli, ["build", article, "-o", str(tmp_path),
                                     "--extractor", "kg.roles.v1"])
    assert other.exit_code == 0, other.output
    assert "(0 new, 1 extracted again)" in other.output
    assert _extractors_in(tmp_path) == ["kg.roles.v1"]
    redone = CliRunner().invoke(cli, ["build", article, "-o", str(tmp_path),
                                      "--extractor", "kg.roles.v1", "--reextract"])
    assert redone.exit_code == 0, redone.output
    assert "(0 new, 1 extracted again)" in redone.output
    assert _extractors_in(tmp_path) == ["kg.roles.v1"]


def test_reextract_through_add_keeps_the_articles_not_given(tmp_path):
    one, two = map(str, sorted(SEEDS.glob("*.txt"))[:2])
    built = CliRunner().invoke(cli, ["build", one, two, "-o", str(tmp_path),
                                     "--extractor", "kg.quotes.v1", "--quiet"])
    assert built.exit_code == 0, built.output
    redone = CliRunner().invoke(cli, ["add", one, "--store", str(tmp_path / "store"),
                                      "--extractor", "kg.roles.v1", "--reextract",
                                      "--no-files"])
    assert redone.exit_code == 0, redone.output
    assert "(0 new, 1 extracted again)" in redone.output
    assert _extractors_in(tmp_path) == ["kg.quotes.v1", "kg.roles.v1"]
