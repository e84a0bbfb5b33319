"""The ready-made SPARQL queries on ~1M quads: kg's Oxigraph store against rdflib's memory store.

The store holds a synthetic graph in kg's own RDF shape (made by
``kg.store.rdf.article_quads`` and ``entity_quads`` from generated articles,
entities, relations and quotes, with each entity and fact once, so no parsing
is needed to reach a million quads). Both stores
get the same quads in the same run; every query must give the same number
of rows on both. rdflib queries that exceed ``--timeout`` are stopped and
count at the timeout, so their speed-up is a lower bound. Prints the
smallest speed-up last.

    python bench/sparql.py            # ~1M quads
    python bench/sparql.py --quick    # ~100k quads
"""

from __future__ import annotations

import argparse
import itertools
import random
import signal
import sys
import time
from pathlib import Path

from common import ROOT, median, save

sys.path.insert(0, str(ROOT))

from rdflib import Dataset, Graph, URIRef  # noqa: E402

from kg.model import Article, Entity, Evidence, KnowledgeGraph, Mention, Quote, Relation  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.store.rdf import article_quads, entity_iri, entity_quads, extractor_quads  # noqa: E402
from kg.vocab import (  # noqa: E402
    CORROBORATION_GRAPH,
    KG,
    ONTOLOGY_FILE,
    ONTOLOGY_IRI,
)

PREDICATES = {  # predicate: (subject type, object type)
    "leaderOf": ("Person", "Organization"), "spokespersonOf": ("Person", "Organization"),
    "memberOf": ("Person", "Organization"), "advisorOf": ("Person", "Person"),
    "allyOf": ("Organization", "Organization"), "met": ("Person", "Person"),
    "supports": ("Person", "Plan"), "opposes": ("Organization", "Plan"),
    "sanctioned": ("Organization", "Organization"), "locatedIn": ("Organization", "Place"),
}


def _cast(rng: random.Random) -> dict[str, list[str]]:
    from corpus import CITIES, COUNTRIES, FIRST, LAST, ORG_ADJS, ORG_HEADS, ORG_TOPICS

    people = {"Nadia Kovalenko"}
    while len(people) < 3000:  # of the ~4,500 combinations
        people.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    orgs = {f"{a} {t} {h}" for a in ORG_ADJS for t in ORG_TOPICS for h in ORG_HEADS}
    return {"Person": ["Nadia Kovalenko"] + sorted(people - {"Nadia Kovalenko"}),
            "Organization": sorted(orgs)[:1500], "Place": CITIES + COUNTRIES,
            "Plan": [f"{n}-point peace plan" for n in range(1, 200)]}


def _pick(rng: random.Random, names: list[str]) -> str:
    # Zipf-like: a few names are in many articles, as in news
    return names[min(int(rng.paretovariate(1.1)) - 1, len(names) - 1)]


def synthetic_quads(target: int, seed: int = 0):  # type: ignore[no-untyped-def]
    """Quads in kg's shape, one named graph per article, until about ``target`` quads."""
    rng = random.Random(seed)
    cast = _cast(rng)
    for names in cast.values():
        rng.shuffle(names)
    cast["Person"].remove("Nadia Kovalenko")
    cast["Person"].insert(0, "Nadia Kovalenko")
    made = i = 0
    said: set[object] = set()  # entities and facts written: each is written once
    for quad in extractor_quads("kg.bench.v1"):
        made += 1
        yield quad
    while made < target:
        aid = f"{i:08x}"
        text = "x" * 4000
        article = Article(aid, f"synthetic/{i}.txt", text, title=f"Article {i}", date="2025-01-01")
        mentions: dict[tuple[str, str], Mention] = {}

        def mention(kind: str, aid: str = aid, mentions: dict = mentions) -> Mention:
            name = _pick(rng, cast[kind])
            if (kind, name) not in mentions:
                s = rng.randrange(3900)
                mentions[kind, name] = Mention(aid, s, s + len(name), name, kind)  # type: ignore[arg-type]
            return mentions[kind, name]

        def evidence(aid: str = aid) -> Evidence:
            s = rng.randrange(3800)
            sentence = f"Sentence {rng.randrange(10**6)} of article {aid}, with enough words in it."
            return Evidence(aid, sentence, s, s + 80, "kg.bench.v1", round(rng.random(), 2))

        relations = []
        for _ in range(rng.randint(4, 9)):
            predicate = rng.choice(list(PREDICATES))
            st, ot = PREDICATES[predicate]
            s, o = mention(st), mention(ot)
            if s != o:
                status = "asserted" if rng.random() < 0.85 else "hypothetical"
                relations.append(Relation(s, predicate, o, evidence(), status))
        quotes = [Quote(f"Quote {rng.randrange(10**6)}: we are ready to talk.",
                        mention("Person"), ev, ev.start, ev.start + 40)
                  for ev in (evidence() for _ in range(rng.randint(1, 4)))]
        entity_of = {m: f"{k[0].lower()}/{k[1].lower().replace(' ', '-')}"
                     for k, m in mentions.items()}
        entities = tuple(Entity(entity_of[m], m.type, m.name, (), (m,)) for m in mentions.values())
        kg = KnowledgeGraph((article,), entities, tuple(relations), tuple(quotes), entity_of)
        once = [q for e in entities if e.key not in said for q in entity_quads(e)]
        said.update(e.key for e in entities)
        for r in relations:
            fact = (entity_iri(entity_of[r.subject]), KG[r.predicate],
                    entity_iri(entity_of[r.object]))
            if r.status == "asserted" and fact not in said:
                said.add(fact)
                once.append((*fact, CORROBORATION_GRAPH))
        for quad in itertools.chain(article_quads(article, kg), once):
            made += 1
            yield quad
        i += 1


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise _Timeout


def _time(run, repeat: int, timeout: float) -> tuple[list[float], int | None]:  # type: ignore[no-untyped-def]
    times, rows = [], None
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(repeat):
        signal.setitimer(signal.ITIMER_REAL, timeout)
        started = time.perf_counter()
        try:
            rows = len(list(run()))
        except _Timeout:
            return [timeout], None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - started)
        if times[-1] > timeout / 4:  # slow enough that one more run adds nothing
            break
    return times, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=120.0, help="per rdflib query, seconds")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="~100k quads, 30 s timeout")
    parser.add_argument("--ready-made", action="store_true",
                        help="also run queries/*.rq (whole-graph reports: minutes at 1M quads)")
    parser.add_argument("--only", metavar="NAME", action="append",
                        help="run only the queries whose file name contains NAME (repeatable)")
    args = parser.parse_args()
    if args.quick:
        args.quads, args.timeout = 100_000, 30.0
    queries = sorted((ROOT / "bench" / "queries").glob("*.rq"))
    if args.ready_made:
        queries += sorted((ROOT / "queries").glob("*.rq"))
    if args.only:
        queries = [q for q in queries if any(name in q.name for name in args.only)]
        if not queries:
            raise SystemExit(f"no query file name contains {' or '.join(args.only)}")

    # The ontology's own graph too: ready-made queries read term labels from it.
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    quads = [(*t, URIRef(ONTOLOGY_IRI)) for t in ontology] + list(synthetic_quads(args.quads))
    started = time.perf_counter()
    ox = GraphStore()
    ox.add_quads(quads)
    ox_load = time.perf_counter() - started
    started = time.perf_counter()
    mem = Dataset(default_union=True)
    mem.addN(quads)  # type: ignore[arg-type]
    mem_load = time.perf_counter() - started
    n_quads = len(quads)
    print(f"{n_quads} quads; load: oxigraph {ox_load:.1f} s, rdflib memory {mem_load:.1f} s",
          flush=True)
    del quads

    runs, speedups = [], []
    for path in queries:
        text = Path(path).read_text(encoding="utf-8")
        ox_times, ox_rows = _time(lambda t=text: ox.query(t), args.repeat, args.timeout)
        mem_times, mem_rows = _time(lambda t=text: mem.query(t), args.repeat, args.timeout)
        timed_out = mem_rows is None
        if not timed_out and ox_rows != mem_rows:
            raise SystemExit(f"{path.name}: {ox_rows} rows on Oxigraph, {mem_rows} on rdflib")
        speedup = median(mem_times) / median(ox_times)
        speedups.append(speedup)
        runs.append({"query": path.name, "rows": ox_rows, "oxigraph_s": ox_times,
                     "rdflib_memory_s": mem_times, "rdflib_timed_out": timed_out,
                     "speedup": speedup})
        print(f"{path.name:24} {ox_rows:6} rows  oxigraph {median(ox_times) * 1000:9.1f} ms  "
              f"rdflib {median(mem_times) * 1000:10.1f} ms{' (timeout)' if timed_out else ''}  "
              f"{'>=' if timed_out else ''}{speedup:.0f}x", flush=True)
    worst = min(speedups)
    save("sparql", {"quads": n_quads, "load_s": {"oxigraph": ox_load, "rdflib_memory": mem_load},
                    "timeout_s": args.timeout, "queries": runs, "ratio": worst, "target": 10})
    print(f"ready-made queries on {args.quads} quads: Oxigraph store is {worst:.0f}x to "
          f"{max(speedups):.0f}x faster than rdflib's memory store: "
          f"ratio {worst:.0f} (target >= 10)")


if __name__ == "__main__":
    main()
