"""spaCy's attribute_ruler, its rules found by lookup instead of by the Matcher.

The English pipelines' attribute_ruler maps each tag to its part of speech and
morphology and corrects ~100 words ("'s", "gonna", "there is"): 179 rules of
one- and two-token patterns. spaCy's Matcher tries every pattern at every
token: 31 µs a token, a seventh of the whole parse with en_core_web_sm. Indexed
by the word, tag or dependency each pattern requires, the same rules are
found 8× faster, and spaCy's own ``set_annotations`` applies them as before:
the tokens come out the same (``tests/extract/test_tag_rules.py`` compares
every token attribute on the seed articles).

A ruler with a pattern this module does not understand (an operator, an
extension attribute, a part-of-speech test) is left to the Matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import DEP, IDS, LOWER, NORM, ORTH, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

__all__ = ["TagRules", "speed_up"]

#: The string attributes a pattern may test; ``doc.to_array`` gives their hashes.
_STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP}
#: Tests an index can serve, most selective first.
_ANCHOR_RANK = {attr: rank for rank, attr in enumerate((ORTH, LOWER, NORM, TAG, DEP))}

Match = tuple[int, int, int, int]  # as AttributeRuler.match gives them: rule, key, start, end


class Unsupported(ValueError):
    """A pattern this module cannot match exactly as the Matcher does."""


@dataclass(frozen=True)
class _Test:
    offset: int  # which token of the pattern
    attr: int
    values: frozenset[int] = frozenset()  # allowed values (hashes, or 0/1 for flags)
    negated: bool = False  # NOT_IN
    regex: re.Pattern[str] | None = None  # REGEX, on the attribute's string


@dataclass
class _Pattern:
    rule: int
    key: int  # the Matcher's match id of the rule
    length: int
    tests: list[_Test]


@dataclass
class TagRules:
    """The patterns of one AttributeRuler, indexed for lookup."""

    strings: StringStore
    attrs: list[int] = field(default_factory=list)  # every attribute a test reads
    #: attribute → value of one test of each pattern → (offset of that token, pattern)
    index: dict[int, dict[int, list[tuple[int, _Pattern]]]] = field(default_factory=dict)
    #: patterns with no equality test to index by, tried at every token
    everywhere: list[_Pattern] = field(default_factory=list)

    @classmethod
    def of(cls, ruler: AttributeRuler) -> TagRules:
        """Index the patterns of ``ruler``.

        Raises:
            Unsupported: a pattern uses what the Matcher would match differently.
        """
        rules = cls(ruler.vocab.strings)
        used: set[int] = set()
        for rule in range(len(ruler.attrs)):
            name = str(rule)
            key = ruler.vocab.strings[name]
            for spec in ruler.matcher.get(name)[1]:
                pattern = _Pattern(rule, key, len(spec), [
                    test for offset, token in enumerate(spec) for test in _tests(offset, token)
                ])
                used.update(test.attr for test in pattern.tests)
                rules._put(pattern)
        rules.attrs = sorted(used)
        return rules

    def _put(self, pattern: _Pattern) -> None:
        anchors = [t for t in pattern.tests if not t.negated and t.regex is None]
        if not anchors:
            self.everywhere.append(pattern)
            return
        anchor = min(anchors, key=lambda t: (_ANCHOR_RANK.get(t.attr, len(_ANCHOR_RANK)),
                                             len(t.values)))
        by_value = self.index.setdefault(anchor.attr, {})
        for value in anchor.values:
            by_value.setdefault(value, []).append((anchor.offset, pattern))

    def match(self, doc: Doc) -> list[Match]:
        """What ``AttributeRuler.match`` returns for ``doc``: rules in order, then positions."""
        n = len(doc)
        if not n:
            return []
        wanted: list[int | str] = list(self.attrs)
        table = doc.to_array(wanted).reshape(n, len(wanted))  # one attribute: 1-D
        rows: list[list[int]] = table.T.tolist()  # type: ignore[assignment]  # uint64, not float
        columns = dict(zip(self.attrs, rows, strict=True))
        found: set[Match] = set()

        def test(pattern: _Pattern, start: int) -> None:
            if start < 0 or start + pattern.length > n:
                return
            for t in pattern.tests:
                value = columns[t.attr][start + t.offset]
                if t.regex is not None:
                    ok = t.regex.search(self.strings[value]) is not None
                else:
                    ok = (value in t.values) != t.negated
                if not ok:
                    return
            found.add((pattern.rule, pattern.key, start, start + pattern.length))

        for attr, by_value in self.index.items():
            for i, value in enumerate(columns[attr]):
                for offset, pattern in by_value.get(value, ()):
                    test(pattern, i - offset)
        for pattern in self.everywhere:
            for i in range(n):
                test(pattern, i)
        return sorted(found)


def _tests(offset: int, token: dict[str, object]) -> list[_Test]:
    tests = []
    for name, wanted in token.items():
        if name in _STRING_ATTRS:
            attr = _STRING_ATTRS[name]
        elif name.startswith("IS_") and name in IDS and name != "IS_SENT_START":
            attr = IDS[name]
        else:
            raise Unsupported(f"token attribute {name}")
        if not isinstance(wanted, dict):
            tests.append(_Test(offset, attr, frozenset({_value(name, wanted)})))
            continue
        for op, value in wanted.items():
            if op in ("IN", "NOT_IN") and isinstance(value, list):
                values = frozenset(_value(name, v) for v in value)
                tests.append(_Test(offset, attr, values, negated=op == "NOT_IN"))
            elif op == "REGEX" and isinstance(value, str) and name in _STRING_ATTRS:
                tests.append(_Test(offset, attr, regex=re.compile(value)))
            else:
                raise Unsupported(f"{name} {op}")
    return tests


def _value(name: str, value: object) -> int:
    """The value ``doc.to_array`` gives a token that passes: a string's hash, or 0/1 for a flag."""
    if name.startswith("IS_") and isinstance(value, bool):
        return int(value)
    if not name.startswith("IS_") and isinstance(value, str):
        return int(get_string_id(value))
    raise Unsupported(f"{name} {value!r}")


def speed_up(ruler: AttributeRuler) -> bool:
    """Have ``ruler`` find its rules by lookup; False (and nothing changed) if it cannot."""
    try:
        rules = TagRules.of(ruler)
    except Unsupported:
        return False
    ruler.match = rules.match  # type: ignore[method-assign]
    return True
