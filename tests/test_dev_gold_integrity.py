"""The dev set's gold files agree with the articles they annotate.

A typo in an entity id or a quote that is not in its article would make
`kg eval` quietly count a miss; these checks catch such slips when gold is edited.
"""

import re
from pathlib import Path

import pytest
import yaml

from kg.evaluate import normalise

DEV = Path(__file__).parent / "data" / "dev"
GOLD_FILES = sorted(DEV.glob("gold_*.yaml"))
TYPES = {"Person", "Organization", "Place", "Plan"}


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _folder(path: Path) -> Path:
    return DEV / ("heldout" if "heldout" in path.stem else "tune")


def _ids(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_document_is_an_article_in_its_folder(path):
    gold = _load(path)
    missing = [d for d in gold["documents"] if not (_folder(path) / f"{d}.txt").is_file()]
    assert not missing


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_reference_names_a_defined_entity(path):
    gold = _load(path)
    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids)), "an entity id is defined twice"
    assert {e["type"] for e in gold["entities"]} <= TYPES
    known, docs = set(ids), set(gold["documents"])
    predicates = set(gold["predicates"])
    relations, negatives = gold.get("relations", []), gold.get("negatives", [])
    for item in relations + negatives:
        assert item["p"] in predicates, item
        assert set(_ids(item["s"])) | set(_ids(item["o"])) <= known, item
    # A relation names its article; a negative may (the seeds' gold leaves it out).
    for item in relations + [n for n in negatives if "doc" in n]:
        assert item["doc"] in docs, item
    for quote in gold.get("quotes", []):
        assert quote["speaker"] is None or set(_ids(quote["speaker"])) <= known, quote
        assert quote["doc"] in docs, quote
    for pair in gold.get("allowed_merges", []):
        assert set(pair) <= known, pair


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_quote_start_is_in_its_article(path):
    gold = _load(path)
    texts = {
        d: normalise((_folder(path) / f"{d}.txt").read_text(encoding="utf-8"))
        for d in gold["documents"]
    }
    absent = [q["starts"] for q in gold.get("quotes", [])
              if normalise(q["starts"]) not in texts[q["doc"]]]
    assert not absent


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_no_surface_form_names_two_entities(path):
    # One label matching two gold entities makes any node carrying it "over-merged".
    owner: dict[str, str] = {}
    clashes = []
    for entity in _load(path)["entities"]:
        for name in {normalise(n) for n in [entity["name"], *entity.get("aliases", [])]}:
            if owner.setdefault(name, entity["id"]) != entity["id"]:
                clashes.append((name, owner[name], entity["id"]))
    assert not clashes


def test_no_article_is_both_tuned_on_and_held_out():
    tune = {p.name for p in (DEV / "tune").glob("*.txt")}
    heldout = {p.name for p in (DEV / "heldout").glob("*.txt")}
    assert not tune & heldout


@pytest.mark.parametrize("folder", ["tune", "heldout"])
def test_every_article_is_annotated_in_its_parts_gold(folder):
    # bench/devset.py scores the "c*" articles of heldout/ against gold_heldout_c.yaml:
    # an article its part's gold does not list would be built but never scored.
    unannotated = []
    for article in sorted((DEV / folder).glob("*.txt")):
        part = re.match(r"[a-z]+", article.stem).group()
        gold = DEV / f"gold_{folder}_{part}.yaml"
        if not gold.is_file() or article.stem not in _load(gold)["documents"]:
            unannotated.append(article.name)
    assert not unannotated
