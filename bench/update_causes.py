"""Why a commit reads stored articles: each one's cause, from the resolutions before and after.

``watch()`` wraps the update stage's choice of affected articles
(``kg.update.incremental._affected``) and records, for each stored article it
picks, what changed for a name it uses:

- ``merged``: the name's entity is gone and the name now belongs to an entity
  that existed before (a surname joins the full name that turned up);
- ``renamed``: the entity's key changed and the new key is new (its label,
  hence its slug, or its number among namesakes changed);
- ``moved``: the name now belongs to another entity while its old one stays
  (a surname's second owner, in the articles naming both);
- ``retyped``: another type (type votes crossed; the type is part of the key);
- ``appeared`` / ``dropped``: the name had no entity before, or has none now
  (a lone surname below the evidence a person needs).

``take()`` returns the causes of the last commit: per cause, the
articles it drags in (an article can have several) and the entities behind
them, with the largest.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from typing import Any, cast

from kg.model import Mention
from kg.resolve.incremental import Difference
from kg.resolve.resolver import NameIndex, Part, Resolution
from kg.update import incremental

__all__ = ["forget", "take", "watch"]

_seen: list[tuple[Resolution, Resolution, NameIndex, set[str]]] = []


def _cause(old: Resolution, new: Resolution, before: tuple[str, str] | None,
           after: tuple[str, str] | None) -> tuple[str, str]:
    """The cause of one name's change in an article, and the entity it concerns."""
    if before is None:
        return "appeared", str(after and after[0])
    if after is None:
        return "dropped", before[0]
    if before[0] == after[0]:
        return "retyped", f"{before[0]} {before[1]} -> {after[1]}"
    if before[1] != after[1]:
        return "retyped", f"{before[0]} -> {after[0]}"
    if before[0] in new.entities:
        return "moved", f"{before[0]} -> {after[0]}"
    return ("merged" if after[0] in old.entities else "renamed"), f"{before[0]} -> {after[0]}"


def _explain(old: Resolution, new: Resolution, index: NameIndex,
             affected: set[str]) -> dict[str, set[tuple[str, str]]]:
    """Affected article → its (cause, entity) pairs."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def entity(resolution: Resolution, part: Hashable) -> tuple[str, str] | None:
        key = resolution.entity_of.get(part)
        return None if key is None else (key, resolution.entities[key].type)

    def either(resolution: Resolution, named: Part, article: str) -> tuple[str, str] | None:
        return entity(resolution, (named, "")) or entity(resolution, (named, article))

    for part in old.entity_of.keys() | new.entity_of.keys():
        if entity(old, part) == entity(new, part):
            continue
        if isinstance(part, Mention):
            if part.article in affected:
                found[part.article].add(_cause(old, new, entity(old, part), entity(new, part)))
            continue
        named, article = cast(tuple[Part, str], part)
        for a in ({article} if article else set(index.rows.get(named, {}))) & affected:
            before, after = either(old, named, a), either(new, named, a)
            if before != after:
                found[a].add(_cause(old, new, before, after))
    return found


def watch() -> None:
    """Record the causes of every later commit (in this process)."""
    affected = incremental._affected

    def recording(old: Resolution, new: Resolution, index: NameIndex,
                  difference: Difference) -> set[str]:
        found = affected(old, new, index, difference)
        # Explained in take(), outside the commit's time; only the latest commit is kept.
        _seen[:] = [(old, new, index, found)]
        return found

    incremental._affected = recording  # type: ignore[assignment]


def take(added: set[str]) -> list[dict[str, Any]]:
    """The causes of the last commit since the last call (one entry, or none), leaving out the
    articles in ``added`` (those the commits added)."""
    summaries = []
    for old, new, index, affected in _seen:
        found = _explain(old, new, index, affected)
        articles: dict[str, set[str]] = defaultdict(set)
        entities: dict[str, Counter[str]] = defaultdict(Counter)
        for article, causes in found.items():
            if article in added:
                continue
            for cause, what in causes:
                articles[cause].add(article)
                entities[cause][what] += 1
        summaries.append({
            "articles": len(found.keys() - added),
            "causes": {c: {"articles": len(a), "entities": len(entities[c]),
                           "largest": entities[c].most_common(3)}
                       for c, a in sorted(articles.items())}})
    _seen.clear()
    return summaries


def forget() -> None:
    """Drop what was recorded (the commits that built the store)."""
    _seen.clear()
