"""Score a graph against gold annotations (precision, recall, F1).

The rules are those of the gold file's README: entity nodes are resources typed
Person/Organization/Place/Plan, matched by any of their labels after
normalisation; relations by predicate local name and matched endpoints;
quotes by speaker and the first words of the quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.term import Node

from kg.errors import EvalError
from kg.model import ENTITY_TYPES

__all__ = ["Score", "Report", "evaluate", "load_graph", "normalise"]

_TYPES = frozenset(ENTITY_TYPES)
_LABELS = {"label", "prefLabel", "altLabel"}


def normalise(text: str) -> str:
    """NFKC, straight quotes and dashes, collapsed space, lower case, no leading "the"."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(
        str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "`": "'"})
    )
    text = " ".join(text.split()).lower()
    text = re.sub(r"^the\s+", "", text)
    return text.strip(" .,;:!?\"'()[]-")


def _local(node: Node) -> str:
    return re.split(r"[#/]", str(node))[-1]


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold_found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<10} P {self.precision:.3f} ({self.true_positives}/{self.predicted})  "
            f"R {self.recall:.3f} ({self.gold_found}/{self.gold})  F1 {self.f1:.3f}"
        )


@dataclass
class Report:
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    quotes: Score = field(default_factory=Score)
    duplicates: list[str] = field(default_factory=list)
    over_merged: list[tuple[str, list[str]]] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_entities: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_quotes: list[str] = field(default_factory=list)
    missed_quotes: list[str] = field(default_factory=list)

    def text(self, verbose: bool = False) -> str:
        lines = [
            self.entities.line("entities"),
            self.relations.line("relations"),
            self.quotes.line("quotes"),
            f"duplicates {len(self.duplicates)}  over-merged {len(self.over_merged)}  "
            f"negatives asserted {len(self.negatives)}",
        ]
        details = [
            ("duplicated", self.duplicates),
            ("over-merged", [f"{n}: {g}" for n, g in self.over_merged]),
            ("negative asserted", self.negatives),
        ]
        if verbose:
            details += [
                ("false entity", self.false_entities),
                ("missed entity", self.missed_entities),
                ("false relation", self.false_relations),
                ("missed relation", self.missed_relations),
                ("false quote", self.false_quotes),
                ("missed quote", self.missed_quotes),
            ]
        for name, items in details:
            lines.extend(f"  {name}: {item}" for item in items)
        return "\n".join(lines)


def load_graph(location: str | Path) -> Graph:
    """Read a graph file (any RDF format rdflib knows) or a store (:func:`kg.store.open_store`)."""
    from kg.store import is_endpoint, open_store

    if is_endpoint(location) or Path(location).is_dir():
        with open_store(location, read_only=True) as store:
            return store.union_graph()
    path = Path(location)
    if not path.exists():
        raise EvalError(f"{path}: no such graph file")
    try:
        if path.suffix in {".trig", ".nq", ".nquads"}:
            ds = Dataset(default_union=True)
            ds.parse(path)
            graph = Graph()
            for s, p, o, _ in ds.quads():
                graph.add((s, p, o))
            return graph
        return Graph().parse(path)
    except Exception as err:
        raise EvalError(f"{path}: cannot parse as RDF ({err})") from None


def _load_gold(path: str | Path) -> dict[str, Any]:
    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise EvalError(f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    except (OSError, yaml.YAMLError) as err:
        raise EvalError(f"{path}: cannot read gold annotations ({err})") from None
    if not isinstance(gold, dict) or "entities" not in gold:
        raise EvalError(f"{path}: not a gold file (no 'entities')")
    return gold


def evaluate(graph: Graph, gold_path: str | Path) -> Report:
    """Score ``graph`` against the gold annotations at ``gold_path``."""
    gold = _load_gold(gold_path)
    report = Report()
    entities = {e["id"]: e for e in gold["entities"]}
    names = {
        eid: {normalise(n) for n in [e["name"], *e.get("aliases", [])]}
        for eid, e in entities.items()
    }
    allowed = {frozenset(pair) for pair in gold.get("allowed_merges", [])}
    symmetric = set(gold.get("symmetric", []))
    predicates = set(gold.get("predicates", []))

    # --- entities
    node_type: dict[Node, str] = {}
    for s, o in graph.subject_objects(RDF.type):
        if _local(o) in _TYPES and isinstance(s, URIRef):
            node_type[s] = _local(o)
    node_labels: dict[Node, set[str]] = defaultdict(set)
    for s, p, o in graph:
        if s in node_type and _local(p) in _LABELS:
            node_labels[s].add(normalise(str(o)))
    matches: dict[Node, set[str]] = {}  # node -> gold ids of the same type it matches
    any_match: dict[Node, set[str]] = {}
    for node, kind in node_type.items():
        labels = node_labels[node]
        any_match[node] = {eid for eid in entities if labels & names[eid]}
        matches[node] = {eid for eid in any_match[node] if entities[eid]["type"] == kind}
    nodes_of: dict[str, list[Node]] = defaultdict(list)
    for node, ids in matches.items():
        for eid in ids:
            nodes_of[eid].append(node)
    for node, ids in matches.items():
        required = {i for i in ids if not entities[i].get("optional")}
        if (
            not required
            and any_match[node]
            and all(entities[i].get("optional") for i in any_match[node])
        ):
            continue  # matches only optional entities
        report.entities.predicted += 1
        if required:
            report.entities.true_positives += 1
        else:
            report.false_entities.append(f"{sorted(node_labels[node])} ({node_type[node]})")
        wrong = sorted(ids)
        if len(wrong) > 1 and not all(
            frozenset((a, b)) in allowed for a in wrong for b in wrong if a != b
        ):
            report.over_merged.append((str(node), wrong))
    for eid, e in entities.items():
        if e.get("optional"):
            continue
        report.entities.gold += 1
        if nodes_of.get(eid):
            report.entities.gold_found += 1
        else:
            report.missed_entities.append(f"{e['name']} ({e['type']})")
        if len(nodes_of.get(eid, [])) > 1:
            report.duplicates.append(f"{eid} x{len(nodes_of[eid])}")

    # --- relations
    def matches_ids(node: Node, ids: str | list[str]) -> bool:
        wanted = {ids} if isinstance(ids, str) else set(ids)
        return bool(matches.get(node, set()) & wanted)

    def fits(rel: dict[str, Any], s: Node, p: str, o: Node) -> bool:
        if rel["p"] != p:
            return False
        if matches_ids(s, rel["s"]) and matches_ids(o, rel["o"]):
            return True
        return p in symmetric and matches_ids(o, rel["s"]) and matches_ids(s, rel["o"])

    triples = [(s, _local(p), o) for s, p, o in graph if _local(p) in predicates]
    gold_relations = gold.get("relations", [])
    for s, p, o in triples:
        for neg in gold.get("negatives", []):
            if fits(neg, s, p, o):
                report.negatives.append(f"{neg['s']} {neg['p']} {neg['o']}")
    _tally(
        report.relations,
        gold_relations,
        (
            (
                [i for i, rel in enumerate(gold_relations) if fits(rel, s, p, o)],
                f"{_first(node_labels[s])} {p} {_first(node_labels[o])}",
            )
            for s, p, o in triples
        ),
        report.false_relations,
        report.missed_relations,
        lambda rel: f"{rel['s']} {rel['p']} {rel['o']} ({rel.get('evidence', '')})",
    )

    # --- quotes
    quotes = []
    for q in {s for s, o in graph.subject_objects(RDF.type) if _local(o) == "Quote"}:
        text = next(
            (normalise(str(o)) for p, o in graph.predicate_objects(q) if _local(p) == "text"), ""
        )
        speaker = next((o for p, o in graph.predicate_objects(q) if _local(p) == "speaker"), None)
        quotes.append((text, speaker))
    gold_quotes = gold.get("quotes", [])

    def said(gq: dict[str, Any], text: str, speaker: Node | None) -> bool:
        return normalise(gq["starts"]) in text and (
            gq["speaker"] is None or (speaker is not None and matches_ids(speaker, gq["speaker"]))
        )

    _tally(
        report.quotes,
        gold_quotes,
        (
            (
                [i for i, gq in enumerate(gold_quotes) if said(gq, text, speaker)],
                f"{_first(node_labels.get(speaker, set())) if speaker is not None else 'nobody'}"
                f": {text[:60]}",
            )
            for text, speaker in quotes
        ),
        report.false_quotes,
        report.missed_quotes,
        lambda gq: f"{gq['speaker']}: {gq['starts']}",
    )
    return report


def _tally(
    score: Score,
    gold_items: list[dict[str, Any]],
    predictions: Iterable[tuple[list[int], str]],
    false: list[str],
    missed: list[str],
    describe_missed: Callable[[dict[str, Any]], str],
) -> None:
    """Count predictions against gold items by the scoring rules.

    Each prediction comes with the indexes of the gold items it matches and a
    description for the list of false ones. A prediction matching only
    optional items counts neither way; recall is over required items.
    """
    found = [False] * len(gold_items)
    for hits, description in predictions:
        for i in hits:
            found[i] = True
        if hits and all(gold_items[i].get("optional") for i in hits):
            continue
        score.predicted += 1
        if hits:
            score.true_positives += 1
        else:
            false.append(description)
    for i, item in enumerate(gold_items):
        if item.get("optional"):
            continue
        score.gold += 1
        if found[i]:
            score.gold_found += 1
        else:
            missed.append(describe_missed(item))


def _first(labels: set[str]) -> str:
    """The longest label, the first in order of those as long (a set's order changes by run)."""
    return min(labels, key=lambda label: (-len(label), label)) if labels else "?"
