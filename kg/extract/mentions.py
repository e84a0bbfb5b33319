"""Find the names in an article and gather evidence for each name's type.

spaCy's small model often mislabels news names ("Trump" as ORG, "Kyiv" as
PERSON). A mention's type is therefore a vote: the NER label is one weak cue
among stronger ones (an honorific or job title before it, an organisation word
at its end, a known place name, "-based", coordination with a place). The
resolver adds up the votes of all mentions of an entity.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.attrs import ENT_TYPE, IS_ALPHA, TAG
from spacy.tokens import Doc, Span, Token

from kg.extract.nlp import doc_text, doc_tokens, span_text
from kg.extract.page_noise import noise_tokens
from kg.model import ENTITY_TYPES, EntityType, Mention
from kg.text.lexicon import (
    COMPANY_WORDS,
    COUNTRIES,
    DEMONYMS,
    GENERIC_HEADS,
    HONORIFICS,
    ORG_HEADS,
    PARTY_ALIASES,
    PLACE_HEADS,
    PLACE_NAMES,
    PORTFOLIOS,
    SPEECH_VERBS,
    TITLE_PREDICATE,
    canonical_place,
)
from kg.text.personal_names import is_given_name, is_surname, person_name_shape

__all__ = ["Candidate", "find_candidates", "is_headline", "strip_name"]

_NER_TYPE: dict[str, EntityType | None] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": None,
}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_DASHES = re.compile(r"\s*[-–—]\s*")
_TITLE_WORDS = ({w for t in TITLE_PREDICATE for w in t.split()} - {"of", "staff"}) | {
    "vice",
    "deputy",
}
#: Words before a person's name that are not part of it, beyond job titles: ranks,
#: courts, religion, nobility, sport ("Justice Peter Were", "Sheikh Faisal", "Gen.").
_PERSON_TITLES = _TITLE_WORDS | {
    "justice", "judge", "magistrate", "prosecutor", "sheikh", "emir", "sultan", "prince",
    "princess", "crown", "archbishop", "bishop", "cardinal", "pope", "imam", "rabbi",
    "pastor", "reverend", "rev", "sen", "rep", "gov", "lt", "col", "gen", "maj", "capt",
    "sgt", "adm", "defender", "striker", "midfielder", "goalkeeper", "captain", "speaker",
    "councillor", "councilor", "spokesman", "activist",
}
#: Those of them that never begin an organisation's name: a name before them ends there.
_RANKS = {
    "sen", "rep", "gov", "speaker", "sheikh", "judge", "imam", "rabbi", "lt", "col", "gen",
    "maj", "capt", "sgt", "adm", "defender", "striker", "midfielder", "goalkeeper", "captain",
    "coach", "archbishop", "bishop", "emir", "sultan",
}
_SOURCE_CUES = {"according", "cited", "reported", "told", "via"}
_ORG_NOUNS = {
    "company",
    "firm",
    "bank",
    "group",
    "corporation",
    "giant",
    "producer",
    "maker",
    "carmaker",
    "operator",
    "carrier",
    "airline",
    "insurer",
    "lender",
    "broadcaster",
    "newspaper",
    "agency",
    "network",
    "outlet",
    "party",
    "ministry",
    "startup",
    "fund",
    "consultancy",
    "charity",
    "organisation",
    "organization",
    "channel",
    "website",
}
_OUTLET_NOUNS = {
    "reader",
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "website",
    "reporting",
    "coverage",
    "investigation",
    "podcast",
    "newsletter",
    "newsroom",
    "columnist",
    "audience",
    "subscriber",
    "editorial",
    "headline",
    "broadcast",
}
_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "da",
    "di",
    "du",
    "bin",
    "ibn",
    "al",
    "el",
    "le",
    "la",
    "dos",
    "das",
    "ter",
    "zu",
}


@dataclass
class Candidate:
    """A name found in the text, before resolution."""

    start: int  # token offsets in the Doc
    end: int
    votes: Counter[str] = field(default_factory=Counter)
    weak: bool = False  # from a headline: kept only if the name is confirmed elsewhere
    #: The name the mention stands for when it is not its text: what an acronym stands
    #: for where the article spells it out ("(ONPE)" after "National Office of Electoral
    #: Processes"), a name without the nickname inside it ('Marcus "Sunny" Delacroix').
    stands_for: str | None = None

    def to_mention(self, doc: Doc, article_id: str) -> Mention:
        text = span_text(doc, self.start, self.end)
        start = doc_tokens(doc)[self.start].idx
        kind = _best_type(self.votes)
        return Mention(
            article=article_id,
            start=start,
            end=start + len(text),
            text=text,
            type=kind,
            name=strip_name(self.stands_for or text, kind),
            votes=tuple(sorted((t, round(v, 3)) for t, v in self.votes.items() if v > 0)),
            confirmed=not self.weak,
        )


def _best_type(votes: Counter[str]) -> EntityType:
    if not votes:
        return "Organization"
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    return max(votes, key=lambda t: (votes[t], -order[t]))  # type: ignore[return-value]


_HONORIFICS_DOTTED = frozenset(h if h.endswith(".") else h + "." for h in HONORIFICS)


@functools.lru_cache(maxsize=65536)  # a name recurs in an article, and across articles
def strip_name(text: str, kind: str) -> str:
    """The name without a leading article, honorific or trailing possessive."""
    name = re.sub(r"[’']s?$", "", text.strip()).strip(' ,.;:-–—"“”‘’')
    name = re.sub(r"^(?:the|The)\s+", "", name)
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") + "." in _HONORIFICS_DOTTED:
        words = words[1:]
    name = " ".join(words)
    # "U.S." and "the United States" are one name whatever the tagger thought it was
    return PARTY_ALIASES.get(name) or canonical_place(name)


def is_headline(sent: Span) -> bool:
    """A title-cased line without final punctuation: NER is unreliable there.

    Names found only in headlines need confirmation in the body.
    """
    doc = sent.doc
    text = span_text(doc, sent.start, sent.end).strip()
    if not text or text[-1] in ".!?\"”'’:" or len(text) > 200:
        return False
    line_start = (
        sent.start_char == 0
        or "\n" in doc_text(doc)[max(0, sent.start_char - 2) : sent.start_char]
    )
    if not line_start:
        return False
    words = [t for t in doc_tokens(doc)[sent.start : sent.end] if t.is_alpha and len(t.text) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(t.text[0].isupper() for t in words)
    return capitalised / len(words) > 0.7


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, honorifics, titles and punctuation at the edges of a span."""
    tokens = doc_tokens(doc)
    while start < end and (
        tokens[start].lower_ in {"the", "a", "an"}
        or tokens[start].is_punct
        or tokens[start].is_space
        or tokens[start].lower_ in HONORIFICS
        or tokens[start].lower_ + "." in HONORIFICS
        or (tokens[start].lower_.rstrip(".") in _PERSON_TITLES and end - start > 2
            and person_name_shape(span_text(doc, start + 1, end).split()) >= 1)
    ):
        start += 1
    while end > start and (
        tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or tokens[end - 1].text in _POSSESSIVE
    ):
        end -= 1
    return start, end


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at possessives and dashes ("Trump's Ukraine", "U.S.–Russia")."""
    tokens = doc_tokens(doc)
    pieces, cursor = [], start
    for i in range(start, end):
        token = tokens[i]
        if token.text in _POSSESSIVE and not _plural_possessive_name(doc, i) or token.text in {
                "(", ")"} or (
            token.is_punct and _DASHES.fullmatch(token.text) and not _joins_name(doc, i)
        ):
            pieces.append((cursor, i))
            cursor = i + 1
    pieces.append((cursor, end))
    result = []
    for s, e in pieces:
        s, e = _trim(doc, s, e)
        if e > s:
            result.extend(_split_dashed_token(doc, s, e))
    return result


def _plural_possessive_name(doc: Doc, i: int) -> bool:
    """An apostrophe inside a name: "Workers' Party", "Farmers' Alliance"."""
    tokens = doc_tokens(doc)
    return (
        tokens[i].text in {"'", "’"}
        and 0 < i < len(doc) - 1
        and tokens[i - 1].text.endswith("s")
        and tokens[i - 1].is_title
        and tokens[i + 1].is_title
        and tokens[i + 1].lower_ in ORG_HEADS | COMPANY_WORDS
    )


def _joins_name(doc: Doc, i: int) -> bool:
    """A hyphen inside a name ("al-Sisi", "Ben-Gvir"), not between two places ("U.S.-Russia")."""
    tokens = doc_tokens(doc)
    if i == 0 or i + 1 >= len(doc) or tokens[i - 1].whitespace_ or tokens[i].whitespace_:
        return False
    left, right = tokens[i - 1].text, tokens[i + 1].text
    places = {canonical_place(w) for w in (left, right)}
    return not (places & PLACE_NAMES or left in DEMONYMS or right in DEMONYMS)


def _split_dashed_token(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    # "U.S.–Russia" is a relation between two places, not a place of its own.
    text = span_text(doc, start, end)
    if re.search(r"[\w.][–—-]\w", text):
        parts = _DASHES.split(text)
        if all(canonical_place(p) in PLACE_NAMES or p in DEMONYMS for p in parts):
            return []
    return [(start, end)]


COUNTRY_NAMES = COUNTRIES | {"United States", "United Kingdom"}
_NOT_NAMES = {"DATE", "TIME", "EVENT", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"}


def _name_tokens(doc: Doc) -> list[bool]:
    """Whether each token can be a word of a name: a capitalised alphabetic proper noun
    outside dates and numbers.

    Read from the Doc's arrays: making a Token object for each of its words to ask
    would cost more than the rest of the search for names.
    """
    tokens = doc_tokens(doc)
    strings = doc.vocab.strings
    tags = {strings[tag] for tag in ("NNP", "NNPS")}
    not_names = {strings[label] for label in _NOT_NAMES}
    flags = [False] * len(doc)
    for i, (tag, alpha, ent) in enumerate(doc.to_array([TAG, IS_ALPHA, ENT_TYPE]).tolist()):
        if tag in tags and alpha and ent not in not_names:
            flags[i] = tokens[i].text[:1].isupper()
    return flags


def _proper_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of proper nouns, joined by "of (the)" ("Servant of the People")."""
    tokens = doc_tokens(doc)
    runs: list[tuple[int, int]] = []
    is_name = _name_tokens(doc)
    i = 0
    while i < len(doc):
        if not is_name[i]:
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            if is_name[j]:
                j += 1
            elif (
                tokens[j].text == "-"
                and _joins_name(doc, j)
                and j + 1 < len(doc)
                and (is_name[j + 1] or tokens[j + 1].lower_ in _PARTICLES)
            ):
                j += 1  # "Ben-Gvir", "al-Sisi"
            elif _plural_possessive_name(doc, j):
                j += 1  # "Workers' Party"
            elif tokens[j].lower_ in _PARTICLES and tokens[j].text.islower():
                k = j
                while k < len(doc) and (
                    tokens[k].lower_ in _PARTICLES
                    and tokens[k].text.islower()
                    or tokens[k].text == "-"
                    and _joins_name(doc, k)
                ):
                    k += 1
                if k < len(doc) and is_name[k]:
                    j = k + 1  # "Ursula von der Leyen"
                else:
                    break
            elif tokens[j].lower_ == "of" and j + 1 < len(doc):
                k = j + 2 if tokens[j + 1].lower_ == "the" else j + 1
                if k < len(doc) and is_name[k] and not (
                        j - i == 1 and tokens[i].lower_ == "board"  # "Board of X": X's board
                        or _names_a_person(tokens[i:j])):
                    j = k + 1
                else:
                    break
            else:
                break
        if j < len(doc) and tokens[j].lower_ == "party" and tokens[j].text.islower():
            j += 1  # "Servant of the People party"
        # split runs at job titles: "Office Head Andriy Yermak"
        cursor = i
        for k in range(i, j):
            if (tokens[k].lower_ in _TITLE_WORDS or tokens[k].lower_ in HONORIFICS
                    or tokens[k].lower_.rstrip(".") in _RANKS
                    and (k == i or bool(tokens[k - 1].whitespace_))):  # not "Sharm el-Sheikh"
                if k > cursor:
                    runs.append((cursor, k))
                cursor = k + 1
        if j > cursor:
            runs.append((cursor, j))
        i = j
    return runs


_LOWER_ORG_HEADS = {"administration", "government", "party"}


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a name over words that belong to it.

    "Trump administration", "Servant of the People party": a lower-case
    organisation word the name modifies, and "Capitalised of the Name".
    """
    tokens = doc_tokens(doc)
    if (
        end < len(doc)
        and tokens[end].lower_ in _LOWER_ORG_HEADS
        and tokens[end].text.islower()
        and tokens[end - 1].dep_ == "compound"
        and tokens[end - 1].head.i == end
    ):
        end += 1
    k = start
    if k > 0 and tokens[k - 1].lower_ == "the":
        k -= 1
    if (
        k >= 2
        and tokens[k - 1].lower_ == "of"
        and tokens[k - 2].is_title
        and not tokens[k - 2].is_sent_start
        and tokens[k - 2].is_alpha
        and tokens[k - 2].lower_ not in _TITLE_WORDS
        and tokens[k - 2].lower_ not in GENERIC_HEADS  # "the Board of X" is X's, not a name
        # a word ending a longer name is not a name's start: "Annelies Vroom of X"
        and not (k >= 3 and tokens[k - 3].tag_ == "NNP" and tokens[k - 3].is_title)
        and tokens[k - 2].ent_type_ not in _NOT_NAMES
    ):
        start = k - 2
    return start, end


def _is_portfolio(doc: Doc, start: int, end: int) -> bool:
    """A ministry's subject in a job title, not a name.

    "(Russian) Energy Minister", "Secretary of State", "Minister of Foreign Affairs".
    """
    tokens = doc_tokens(doc)
    first = tokens[start].lower_
    if (start >= 2 and tokens[start - 1].lower_ == "of"
            and tokens[start - 2].lower_ in _TITLE_WORDS):
        return first in PORTFOLIOS
    if end - start != 1 or end >= len(doc) or tokens[end].lower_ not in _TITLE_WORDS:
        return False
    before = tokens[start - 1] if start > 0 else None
    return (
        first in PORTFOLIOS
        or before is not None
        and (before.text in DEMONYMS or canonical_place(before.text) in PLACE_NAMES)
    )


def _name_shape(span: Span, name: str, last: str) -> float:
    """How much ``span`` looks like a person's name by its given name and surname.

    Words that are general knowledge of another kind (places, demonyms, titles,
    organisation words) make it no person's name: "Washington Post", "Kenya Airways".
    """
    if (last in ORG_HEADS or last in COMPANY_WORDS or last in PLACE_HEADS
            or name in PLACE_NAMES or span[0].ent_type_ in _NOT_NAMES):
        return 0.0
    words = name.split()
    if any(
        w in DEMONYMS or w in PLACE_NAMES or w.lower() in _TITLE_WORDS or w.lower() in HONORIFICS
        for w in words
    ):
        return 0.0
    return person_name_shape(words)


def _cues(doc: Doc, start: int, end: int, votes: Counter[str]) -> None:
    tokens = doc_tokens(doc)
    span = doc[start:end]
    text = span_text(doc, start, end)
    name = strip_name(text, "Place")
    last = tokens[end - 1].lower_
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(doc) else None
    if name in PLACE_NAMES or canonical_place(text) in PLACE_NAMES:
        votes["Place"] += 4
    if last in ORG_HEADS or (after is not None and after.lower_ in {"party"}):
        votes["Organization"] += 3
    elif last in PLACE_HEADS and len(span) > 1 and tokens[end - 1].is_title:
        votes["Place"] += 2  # "Red Sea", "Spratly Islands", "Ogun State"
    elif last in COMPANY_WORDS and len(span) > 1 and tokens[end - 1].is_title:
        votes["Organization"] += 3  # "Tata Ridge Motors"
    if before is not None:
        if before.lower_ in HONORIFICS or before.lower_ + "." in HONORIFICS:
            votes["Person"] += 5
        elif before.lower_ in _TITLE_WORDS and before.lower_ not in {"vice", "general"}:
            votes["Person"] += 3
        elif before.lower_ in {"in", "near", "from", "across"} and before.dep_ == "prep":
            votes["Place"] += 1
        if (
            before.lower_ in {"by", "to"}
            and start > 1
            and tokens[start - 2].lower_ in _SOURCE_CUES
            or before.lower_ in _SOURCE_CUES
        ):
            votes["Organization"] += 1
            votes["Person"] += 0.5
    if (
        after is not None
        and after.text.startswith("-based")
        or (
            after is not None
            and after.text in {"-", "–"}
            and end + 1 < len(doc)
            and tokens[end + 1].lower_ == "based"
        )
    ):
        votes["Place"] += 3
    words = [t for t in span if t.is_alpha]
    if (
        2 <= len(words) <= 3
        and len(words) == len(span)
        and all(t.is_title for t in words)
        and last not in ORG_HEADS
        and last not in COMPANY_WORDS
        and last not in PLACE_HEADS
        and name not in PLACE_NAMES
        and {t.ent_type_ for t in span} <= {"PERSON", "ORG", "LOC"}
        and any(is_given_name(t.text) or is_surname(t.text) for t in words)
    ):
        votes["Person"] += 0.8  # "Natalia Arno": given name and surname
    if shape := _name_shape(span, name, last):
        votes["Person"] += 1.2 * shape
    root = span.root
    # "oil companies Rosneft and Lukoil", "the carmaker Volkswagen"
    described = []
    for named in [root, root.head] if root.dep_ == "conj" else [root]:
        described += [named.head] if named.dep_ in {"appos", "compound"} else []
        described += [
            c for c in named.children if c.dep_ in {"appos", "compound"} and c.pos_ == "NOUN"
        ]
    if any(d.lemma_ in _ORG_NOUNS for d in described):
        votes["Organization"] += 3
    if root.dep_ == "poss" and root.head.lemma_ in _OUTLET_NOUNS:
        votes["Organization"] += 2  # "Meduza's readers", "the Post's reporting"
    if root.dep_ in {"nsubj"} and root.head.lemma_ in SPEECH_VERBS:
        votes["Person"] += 0.7
        votes["Organization"] += 0.3
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [c for c in root.children if c.dep_ == "conj"]
        if any(p.text in PLACE_NAMES for p in partners):
            votes["Place"] += 2
        for p in partners:  # "Gazprom Neft and Surgutneftegas": coordinated names share a type
            kind = _NER_TYPE.get(p.ent_type_)
            if kind and kind != "Place":
                votes[kind] += 0.6


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every name in ``doc`` with its type votes, in text order, without overlaps."""
    tokens = doc_tokens(doc)
    taken = [False] * len(doc)
    candidates: list[Candidate] = []
    # which sentences are headlines, worked out once (Token.sent is a scan)
    headline_at = [False] * len(doc)
    for sent in doc.sents:
        if is_headline(sent):
            headline_at[sent.start : sent.end] = [True] * len(sent)

    noise = noise_tokens(doc)

    def add(start: int, end: int, label: str | None) -> None:
        if end - start >= 3 and _leading_noun(tokens[start], tokens[start + 1]):
            start += 1  # "Defender Luka Marić" at the start of a sentence
        if end <= start or any(taken[start:end]) or any(noise[start:end]):
            return
        text = span_text(doc, start, end)
        if text in DEMONYMS or not any(ch.isalpha() for ch in text) or not text[:1].isupper():
            return
        if end - start == 1 and tokens[start].lower_ in _NOT_ALONE:
            return  # "the Board": which board is not in the name; "the PM", "Tuesday"
        votes: Counter[str] = Counter()
        kind = _NER_TYPE.get(label or "")
        if kind:
            weight = 1.0
            if kind == "Place" and strip_name(text, "Place") not in PLACE_NAMES:
                weight = 0.5
            votes[kind] += weight
        elif label == "NORP":
            votes["Organization"] += 0.5
        _cues(doc, start, end, votes)
        nickname = _NICKNAME.search(text)
        stands_for = None
        if nickname:  # 'Marcus "Sunny" Delacroix' is Marcus Delacroix
            stands_for = text[: nickname.start()] + " " + text[nickname.end():]
            votes["Person"] += 2  # only people have nicknames inside their names
        candidates.append(Candidate(start, end, votes, weak=headline_at[start],
                                    stands_for=stands_for))
        for i in range(start, end):
            taken[i] = True

    runs = [_extend(doc, s, e) for s, e in _proper_runs(doc)]
    # names with particles, which the tagger splits ("Ursula von der" + "Leyen")
    for s, e in runs:
        if any(
            t.lower_ in _PARTICLES and t.text.islower() or t.text == "-" for t in tokens[s:e]
        ):
            add(s, e, None)
    # organisation names the NER cuts short ("the People party", "Presidential Office")
    for s, e in runs:
        if tokens[e - 1].lower_ in ORG_HEADS and e - s > 1:
            for ps, pe in _split(doc, s, e):
                add(ps, pe, "ORG")
    run_end = {s: e for s, e in runs}
    for ent in doc.ents:
        if ent.label_ not in _NER_TYPE:
            continue
        if ent.label_ == "NORP" and ent.root.dep_ in {"amod", "compound"}:
            continue  # "Nordic countries": an adjective, not a name
        if _is_portfolio(doc, ent.start, ent.end):
            continue
        start = ent.start
        if tokens[start].lower_ in GENERIC_HEADS and ent.end - start > 2 and (
                tokens[start + 1].lower_ == "of"):
            start += 3 if tokens[start + 2].lower_ == "the" else 2  # "Board of X" → X
            ent = doc[start:ent.end]
        for s, e in _split(doc, ent.start, ent.end):
            s, e = _extend(doc, s, e)
            if ent.label_ == "PERSON" and _given_name_before(tokens, s):
                s -= 1  # "Anders Lindqvist" tagged from its surname only
            longer = run_end.get(s, e)
            if longer > e and person_name_shape(span_text(doc, s, longer).split()) >= 1:
                e = longer  # "Dragan Petrović" tagged from its given name only
            add(s, e, "ORG" if tokens[e - 1].lower_ in _LOWER_ORG_HEADS else ent.label_)
    # the words of longer names: a surname ("Stubb said"), or one written first ("Kou added")
    surnames = {t.text for c in candidates if c.end - c.start > 1
                for t in tokens[c.start:c.end] if t.is_title and t.lower_ not in ORG_HEADS}
    for s, e in runs:
        if _is_portfolio(doc, s, e) or (
            e - s == 1 and e < len(doc) and tokens[e].lower_ in _TITLE_WORDS
            and not tokens[s].ent_type_
        ):
            continue
        for ps, pe in _split(doc, s, e):
            # a capitalised first word is a name only if known as one ("Stubb said")
            if not tokens[ps].is_sent_start or pe - ps > 1 or tokens[ps].text in surnames:
                add(ps, pe, None)
    for s, e in _institutions(doc):
        if not any(taken[s:e]) and not any(noise[s:e]):
            votes: Counter[str] = Counter({"Organization": 3.0})
            candidates.append(Candidate(s, e, votes))
            for i in range(s, e):
                taken[i] = True
    candidates.sort(key=lambda c: c.start)
    _expand_acronyms(doc, candidates)
    return candidates


def _expand_acronyms(doc: Doc, candidates: list[Candidate]) -> None:
    """Give every use of an acronym the name the article defines it as.

    "the National Office of Electoral Processes (ONPE) … ONPE said": both ONPE are
    that office. Acronyms made of the name's initials are left to the resolver, which
    keeps them as other names.
    """
    tokens = doc_tokens(doc)
    defined: dict[str, str] = {}
    for named, short in zip(candidates, candidates[1:], strict=False):
        before = tokens[named.start - 1] if named.start else None
        if before is not None and (before.is_title and before.pos_ == "PROPN"
                                   or before.lower_ in _JOINERS):
            continue  # "Ethics and [Anti-Corruption Commission] (EACC)": a piece of the name
        if (short.start == named.end + 1 and short.end == short.start + 1
                and tokens[named.end].text == "(" and short.end < len(doc)
                and tokens[short.end].text == ")"):
            acronym = tokens[short.start].text
            full = strip_name(span_text(doc, named.start, named.end), "Organization")
            if 2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha() and (
                    _initials(full) != acronym.lower()) and len(full.split()) > 1:
                defined.setdefault(acronym, full)
    if defined:
        for c in candidates:
            if c.end - c.start == 1 and tokens[c.start].text in defined:
                c.stands_for = defined[tokens[c.start].text]
                c.votes["Organization"] += 1


_JOINERS = {"and", "&", "-", "–", "'s", "’s", "of", "for", "on", "de", "del", "des", "du", "la"}


def _initials(name: str) -> str:
    return "".join(w[0].lower() for w in name.split() if w.lower() not in {"of", "the", "and",
                                                                          "for", "on", "in"})


#: Words that name nothing on their own when capitalised.
_NOT_ALONE = GENERIC_HEADS | _PERSON_TITLES | {"pm", "cfo", "coo", "cto", "mp", "mep"} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
}


def _names_a_person(words: list[Token]) -> bool:
    """Whether a run of names is a person's, so that "of" after it starts something else:
    "Annelies Kroon of Leiden University", but "Central Bank of Sri Lanka"."""
    while len(words) > 1 and (words[0].lower_.rstrip(".") in _PERSON_TITLES
                              or words[0].lower_ in HONORIFICS):
        words = words[1:]  # "Economist Annelies Vroom"
    last = words[-1].lower_
    if last in ORG_HEADS or last in COMPANY_WORDS or last in PLACE_HEADS or last in GENERIC_HEADS:
        return False
    return words[-1].ent_type_ == "PERSON" or person_name_shape([t.text for t in words]) > 0


def _leading_noun(first: Token, second: Token) -> bool:
    """A common noun capitalised at a sentence start before a given name ("Defender Luka")."""
    return (
        first.is_sent_start
        and not is_given_name(first.text)
        and not is_surname(first.text)
        and first.text not in PLACE_NAMES
        and first.text not in DEMONYMS
        and is_given_name(second.text)
    )


def _given_name_before(tokens: list[Token], start: int) -> bool:
    if start == 0:
        return False
    before = tokens[start - 1]
    return (
        before.tag_ == "NNP"
        and not before.ent_type_
        and before.is_alpha
        and before.is_title
        and before.lower_ not in _PERSON_TITLES
        and before.lower_ not in HONORIFICS
        and before.text not in PLACE_NAMES
        and is_given_name(before.text)
    )


# A nickname in quotes between a given name and a surname.
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘'][^\"”’'\n]{1,30}[\"”’']\s+(?=\w)")

_INSTITUTIONS = {
    "office",
    "council",
    "ministry",
    "fund",
    "committee",
    "commission",
    "agency",
    "service",
    "parliament",
    "bank",
    "department",
    "court",
    "directorate",
}


def _country_word(token: Token) -> bool:
    return token.text in DEMONYMS or canonical_place(token.text) in COUNTRY_NAMES


def _institutions(doc: Doc) -> list[tuple[int, int]]:
    """Institutions named in lower case and anchored to a country.

    "the Ukrainian presidential office", "Russia's sovereign wealth fund", "the
    national security and defence council of Ukraine". A bare "the Russian
    government" is too generic to be a name; a modifier must say which body.
    """
    spans = []
    for head in doc_tokens(doc):
        if head.lemma_ not in _INSTITUTIONS or head.pos_ != "NOUN" or not head.text.islower():
            continue
        left = [t for t in head.subtree if t.i < head.i]
        anchor = [t for t in left if _country_word(t) and t.dep_ in {"amod", "poss", "compound"}]
        of_country = [
            p
            for p in head.children
            if p.dep_ == "prep"
            and p.lower_ == "of"
            and any(c.dep_ == "pobj" and _country_word(c) for c in p.children)
        ]
        describing = [
            t
            for t in left
            if t.pos_ in {"ADJ", "NOUN"}
            and t.text.islower()
            and t.dep_ in {"amod", "compound", "conj"}
        ]
        if not (anchor or of_country) or not describing:
            continue
        start = min(t.i for t in anchor + describing)
        end = head.i + 1
        if of_country:
            end = max(t.i for t in of_country[0].subtree) + 1
        spans.append((start, end))
    return spans
