"""Generate a synthetic news corpus offline, for benchmarks.

Articles are recombined from sentence templates about invented people,
organisations, places and plans: headlines, role appositions ("X, the foreign
minister of Y"), meetings, negotiations, attributed quotes (both "..., X said."
and "X said: ..."), plans with numbers, background paragraphs. The same seed
always gives the same corpus.

    python bench/corpus.py 2000 -o /tmp/corpus-2000
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

__all__ = ["Pools", "generate", "write_corpus"]

FIRST = """Adrian Alina Anders Anika Arlo Beatrix Bogdan Camille Cyrus Dalia Dorian Elena Emeric
Farah Felix Galina Gideon Hana Hektor Ilse Ivo Jana Jasper Kasia Kiran Lenka Linus Maren Matteo
Nadia Nikolai Odile Oskar Petra Quentin Radka Rafael Sabina Soren Talia Tomas Ulla Viktor Wanda
Yannick Yelena Zora Marek Ines Aurel Dragan Esme Florin Greta Henrik Irena Jovan Klara Lev Mira
Nils Olga Pavel Rosa Stefan Teodor Vera Wilhelm Xenia""".split()
LAST = """Abelard Brannock Castellan Dubrovsky Ekholm Falkenrath Gorecki Halloran Ivanchuk Jessop
Kovalenko Lindqvist Marchetti Novak Oyelaran Petrakis Quist Rasmussen Szabo Tarkovsky Umarov
Valdane Weisskopf Yarrow Zielinski Balogun Cernik Delacroix Estrada Fenwick Grünfeld Holtz Iskander
Janacek Kaldera Lukashov Moravec Nordahl Orsini Pellegrin Rudnik Stavros Tamberg Vukovic Wendell
Achterberg Bellamy Corvin Drachev Ferrante Gallagher Hristov Kessler Lorimer Mendez Okafor Pryce
Rostami Sandoval Thorne Varga Whitlock""".split()
COUNTRIES = """Valdoria Kestrany Orlova Marendia Solvaria Treznia Almoravia Brevonia Caldera
Dunmarra Eskaland Fenwyr Galtria Hollovia Istrana Jorvald Karsania Lumeria""".split()
CITIES = """Port Azure|Velmora|Kastrograd|Orlin|Brask|Tessaly|Nova Kerrin|Dunholt|Melgrave|Sarvik
|Carrowmore|Istvanburg|Lake Doran|Palmeira|Redhaven|Stonemarch|Thessin|Ulvik|Varrow
|Zelin""".replace(
    "\n", "").split("|")
REGIONS = """the Ardent Valley|the Greyhollow region|the Sorrel coast|the Northern Marches|the Amber
Steppe|the Kesh Delta|the Iron Hills""".replace("\n", " ").split("|")
ORG_HEADS = """Council|Union|Alliance|Institute|Bank|Agency|Ministry|Commission|Front|Party
|Federation|Forum|Foundation|Guard|Company|Group""".replace("\n", "").split("|")
ORG_ADJS = """Northern|Continental|United|Atlantic|Free|National|Eastern|Royal|Federal|Democratic
|International|Western|Central|Pan-Caspian|Coastal""".replace("\n", "").split("|")
ORG_TOPICS = """Trade|Energy|Security|Grain|Development|Labour|Reconstruction|Shipping|Defence
|Peace|Water|Mining|Health|Press""".replace("\n", "").split("|")
OUTLETS = """The Meridian Herald|Harbour Daily|The Lantern|Continental Wire|Valdoria Today
|The Northern Ledger|Signal News Service""".replace("\n", "").split("|")
ROLES = """foreign minister|defence minister|prime minister|president|spokesman|spokeswoman
|chief negotiator|ambassador|finance minister|chief executive|secretary general|envoy
|chairman|deputy prime minister|interior minister|special representative
|commander|governor|mayor|senior adviser""".replace("\n", "").split("|")
PLAN_KINDS = """peace plan|ceasefire proposal|framework agreement|reconstruction plan
|security guarantee|roadmap|trade deal|grain corridor deal""".replace("\n", "").split("|")
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
TOPICS = """sanctions|the border dispute|prisoner exchanges|energy supplies|the grain corridor
|reconstruction funds|the ceasefire line|troop withdrawals|elections|the port blockade
|refugee returns|the nuclear plant""".replace("\n", "").split("|")
QUOTES = """We are ready to talk, but not at any price.
Nothing has been agreed until everything has been agreed.
This is a serious proposal and it deserves a serious answer.
Our position has not changed.
We will not accept any deal that is imposed on us.
The door to negotiations remains open.
We expect concrete steps, not more promises.
There is no military solution to this conflict.
Time is running out for a diplomatic settlement.
We have received the document and are studying it carefully.
The people of our country will decide their own future.
We need guarantees that will hold for decades, not months.
I do not believe the other side is negotiating in good faith.
This plan is a starting point, not a final text.
Any agreement must respect international law.
Our partners have been clear: the pressure will continue.
We are making progress, but slowly.
The humanitarian situation is getting worse every day.
I had a long and productive conversation with my counterpart.
Those reports are simply not true.""".replace(".\n", "\n").rstrip(".").splitlines()


@dataclass
class Pools:
    """The invented cast of a corpus: people with roles, organisations, places."""

    people: list[tuple[str, str, str]]  # (full name, role, country)
    orgs: list[str]
    rng: random.Random

    @classmethod
    def make(cls, rng: random.Random, people: int = 400, orgs: int = 120) -> Pools:
        names: set[str] = set()
        while len(names) < people:
            names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        cast = [(n, rng.choice(ROLES), rng.choice(COUNTRIES)) for n in sorted(names)]
        org_names: set[str] = set()
        while len(org_names) < orgs:
            adj, topic, head = rng.choice(ORG_ADJS), rng.choice(ORG_TOPICS), rng.choice(ORG_HEADS)
            org_names.add(f"{adj} {topic} {head}")
        return cls(cast, sorted(org_names), rng)


def _fill(rng: random.Random, pools: Pools, day: date) -> dict[str, str]:
    (a, ra, ca), (b, rb, cb), (c, rc, cc) = rng.sample(pools.people, 3)
    plan_points = rng.choice([5, 7, 10, 12, 14, 20, 28])
    return {
        "A": a, "A_last": a.split()[-1], "A_role": ra, "A_country": ca,
        "B": b, "B_last": b.split()[-1], "B_role": rb, "B_country": cb,
        "C": c, "C_last": c.split()[-1], "C_role": rc, "C_country": cc,
        "ORG": rng.choice(pools.orgs), "ORG2": rng.choice(pools.orgs),
        "CITY": rng.choice(CITIES), "CITY2": rng.choice(CITIES), "REGION": rng.choice(REGIONS),
        "DAY": rng.choice(DAYS), "TOPIC": rng.choice(TOPICS), "TOPIC2": rng.choice(TOPICS),
        "PLAN": f"{plan_points}-point {rng.choice(PLAN_KINDS)}", "N": str(rng.randint(2, 90)),
        "Q1": rng.choice(QUOTES), "Q2": rng.choice(QUOTES), "Q3": rng.choice(QUOTES),
        "DATE": f"{day:%B} {day.day}, {day.year}", "MONTH": f"{day:%B}",
    }


HEADLINES = [
    "{A_country} and {B_country} discuss {PLAN} in {CITY}",
    "{A} meets {B} as talks on {TOPIC} resume",
    "{ORG} backs {PLAN}, {A_last} says",
    "{B_country} rejects {PLAN} drafted by {A_country}",
    "Talks in {CITY} stall over {TOPIC}",
]
OPENINGS = [
    "{A}, the {A_role} of {A_country}, met {B}, the {B_role} of {B_country}, in {CITY} on {DAY} "
    "to discuss a {PLAN} that would end months of fighting in {REGION}.",
    "{A_country} has presented a {PLAN} to officials in {CITY}, according to people familiar with "
    "the talks, raising hopes of a settlement on {TOPIC}.",
    "The {ORG} said on {DAY} that it had received no official proposal from {B_country}, despite "
    "reports that officials from both sides had quietly drafted a {PLAN}.",
    "{B_country}'s {B_role}, {B}, said on {DAY} that his government was prepared for honest talks "
    "with {A_country} about {TOPIC}.",
]
BODY = [
    "“{Q1}.” {A_last} told reporters after the meeting.",
    "“{Q2},” said {B}, the {B_role} of {B_country}.",
    "{C_last} said: “{Q3}.”",
    "“{Q1}.” {B_last} added. “{Q2}.”",
    "Speaking in {CITY2}, {C}, a {C_role} at the {ORG2}, said: “{Q2}.”",
    "“{Q3},” {A_last} wrote on social media on {DAY}.",
    "{A_last} and {B_last} spoke by phone on {DAY}, their offices said.",
    "{A} is expected to travel to {CITY2} next week to meet {C}, the {C_role} of {C_country}.",
    "The plan would require {B_country} to withdraw troops from {REGION} and reduce the size of "
    "its armed forces, according to a copy seen by reporters.",
    "Under the proposal, {A_country} would lift sanctions on {B_country} in stages over {N} "
    "months.",
    "{B_last} has repeatedly rejected any deal that would cede territory in {REGION}.",
    "The {ORG} called the {PLAN} a serious basis for negotiations, while the {ORG2} said it "
    "favoured the side of {A_country}.",
    "Officials from {A_country} and {B_country} are due to meet again in {CITY} later this month.",
    "{C}, who chairs the {ORG}, said the talks on {TOPIC} had made progress but that {TOPIC2} "
    "remained unresolved.",
    "At least {N} people were killed in {REGION} on {DAY}, local officials said.",
    "{A_last} did not say when {A_country} would respond to the proposal.",
    "The {ORG2} warned that any agreement on {TOPIC} would need approval from parliament in "
    "{A_country}.",
    "{B}, who took office as {B_role} in {MONTH}, has made {TOPIC} the centre of his policy.",
    "Critics in {B_country} accuse {B_last} of conceding too much to {A_country}.",
    "A spokesman for the {ORG} declined to comment on the talks.",
    "{C_last}, the {C_role}, described the meeting with {A_last} as constructive.",
    "The {PLAN} was drafted by {A_country} together with the {ORG}, two officials said.",
    "{A} and {C} signed a memorandum on {TOPIC} in {CITY2} on {DAY}.",
    "{B_country} wants {A_country} to pay for reconstruction in {REGION}, a demand {A_last} "
    "has called unrealistic.",
    "Negotiators from {C_country} joined the talks for the first time on {DAY}.",
]
CLOSINGS = [
    "The next round of talks is scheduled for {MONTH}.",
    "Neither side has published the text of the {PLAN}.",
    "{A_last}'s office said more details would follow.",
    "Reporting by staff in {CITY}; additional reporting from {CITY2}.",
]


def _article(i: int, rng: random.Random, pools: Pools, start: date) -> dict[str, str]:
    day = start + timedelta(days=rng.randint(0, 700))
    slots = _fill(rng, pools, day)
    body = [rng.choice(OPENINGS)] + rng.sample(BODY, rng.randint(12, 22)) + [rng.choice(CLOSINGS)]
    # paragraphs of one to three sentences, as in wire copy
    paragraphs, k = [], 0
    while k < len(body):
        n = rng.choice([1, 1, 2, 2, 3])
        paragraphs.append(" ".join(s.format(**slots) for s in body[k:k + n]))
        k += n
    return {
        "title": rng.choice(HEADLINES).format(**slots),
        "date": day.isoformat(),
        "author": rng.choice(pools.people)[0] if rng.random() < 0.5 else "",
        "publisher": rng.choice(OUTLETS),
        "text": "\n\n".join(paragraphs),
    }


def generate(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield ``n`` articles as dicts (title, date, author, publisher, text).

    Args:
        n: How many articles.
        seed: Same seed, same corpus.
    """
    rng = random.Random(seed)
    pools = Pools.make(rng)
    for i in range(n):
        yield _article(i, rng, pools, date(2024, 1, 1))


def write_corpus(n: int, out: str | Path, *, seed: int = 0, fmt: str = "txt") -> Path:
    """Write ``n`` articles under ``out`` (a folder of .txt, or one .jsonl file).

    Returns:
        The folder (txt) or file (jsonl) to pass to ``kg build``.
    """
    out = Path(out)
    if fmt == "jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as f:
            for doc in generate(n, seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for i, doc in enumerate(generate(n, seed)):
        text = f"{doc['title']}\n\n{doc['text']}\n"
        (out / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("-o", "--out", required=True, help="folder (txt) or file (jsonl)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=["txt", "jsonl"], default="txt")
    args = parser.parse_args()
    path = write_corpus(args.n, args.out, seed=args.seed, fmt=args.format)
    print(f"wrote {args.n} articles to {path}")


if __name__ == "__main__":
    main()
