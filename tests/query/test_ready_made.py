"""The ready-made queries in queries/ run on the seeds' graph and answer sensibly."""

from pathlib import Path

import pytest

from kg.query import format_result
from kg.store import open_store

QUERIES = Path(__file__).parents[2] / "queries"
pytestmark = pytest.mark.slow


def _rows(out: Path, name: str) -> list[tuple[str, ...]]:
    with open_store(out) as store:
        result = store.query((QUERIES / name).read_text())
        return [tuple(str(v) if v is not None else "" for v in row) for row in result]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_every_query_runs_and_returns_rows(seeds_build, path):
    out, _ = seeds_build
    with open_store(out) as store:
        result = store.query(path.read_text())
        table = format_result(result, "table")
    assert "(0 rows)" not in table
    assert table.splitlines()[0].split()  # a header


def test_roles(seeds_build):
    rows = _rows(seeds_build[0], "roles.rq")
    assert ("Dmitry Peskov", "spokesperson of", "Kremlin") in {r[:3] for r in rows}
    assert ("Steve Witkoff", "advisor of", "Donald Trump") in {r[:3] for r in rows}
    peskov = next(r for r in rows if r[:3] == ("Dmitry Peskov", "spokesperson of", "Kremlin"))
    assert int(peskov[3]) >= 2  # stated in two articles


def test_meetings_carry_their_sentence(seeds_build):
    rows = _rows(seeds_build[0], "meetings.rq")
    witkoff = [r for r in rows if {r[0], r[1]} == {"Steve Witkoff", "Rustem Umerov"}]
    assert witkoff and "Miami" in witkoff[0][2]
    assert witkoff[0][3].endswith("002_ebc3933f1a9890b8.txt")


def test_quotes_by_speaker(seeds_build):
    rows = _rows(seeds_build[0], "quotes.rq")
    by = {}
    for speaker, quote, *_ in rows:
        by.setdefault(speaker, []).append(quote)
    assert any(q.startswith("We are fully open to dialogue") for q in by["Dmitry Peskov"])
    assert any(q.startswith("I provided no assessments") for q in by["Rustem Umerov"])


def test_wishes_and_hypotheses_are_statements_not_facts(seeds_build):
    rows = _rows(seeds_build[0], "statements.rq")
    assert ("Volodymyr Zelensky", "met", "Donald Trump", "desired") in {r[:4] for r in rows}
    with open_store(seeds_build[0]) as store:
        ask = store.query("""PREFIX kg: <https://w3id.org/kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            ASK { ?z rdfs:label "Volodymyr Zelensky" . ?t rdfs:label "Donald Trump" .
                  { ?z kg:met ?t } UNION { ?t kg:met ?z } }""")
        assert ask.askAnswer is False


def test_statements_list_every_status_but_asserted():
    import re

    from kg.model import STATUSES

    text = (QUERIES / "statements.rq").read_text()
    listed = set(re.findall(r'"(\w+)"', re.search(r"VALUES \?status \{([^}]*)\}", text)[1]))
    assert listed == set(STATUSES) - {"asserted"}
