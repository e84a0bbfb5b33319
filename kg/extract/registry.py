"""Extractors by versioned name; other packages add theirs through an entry point.

An extractor is any callable taking an :class:`ArticleContext` and yielding
relations or quotes. Built-ins register themselves here; a package can add
one with an entry point in the ``kg.extractors`` group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from kg.errors import ExtractionError
from kg.extract.context import ArticleContext
from kg.model import Quote, Relation

__all__ = ["Extractor", "Service", "register", "get_extractor", "available", "DEFAULT_EXTRACTORS"]


@runtime_checkable
class Extractor(Protocol):
    def __call__(self, context: ArticleContext) -> Iterable[Relation | Quote]: ...


@runtime_checkable
class Service(Protocol):
    """An extractor that calls something outside kg (a language model's endpoint).

    A build calls :meth:`start` before reading any article and :meth:`finish`
    at the end; the articles it left without results (it could not start, or
    its requests failed) are extracted again by the next build of the folder.
    """

    def start(self) -> str | None:
        """None when ready; the reason it cannot run, if the build may go on without it.

        Raises:
            KGError: it cannot run and the build must stop.
        """
        ...

    def finish(self) -> tuple[list[tuple[str, str]], list[str]]:
        """Notes for the build's report, and the ids of the articles left without results."""
        ...


_REGISTRY: dict[str, Extractor] = {}

DEFAULT_EXTRACTORS = ("kg.quotes.v1", "kg.roles.v1", "kg.events.v1", "kg.party_tags.v1")


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under a versioned name such as ``kg.roles.v1``."""

    def decorate(func: Extractor) -> Extractor:
        _REGISTRY[name] = func
        return func

    return decorate


def _load_plugins() -> None:
    for ep in entry_points(group="kg.extractors"):
        if ep.name not in _REGISTRY:
            _REGISTRY[ep.name] = ep.load()


def available() -> list[str]:
    import kg.extract.builtin  # noqa: F401  (registers the built-ins)

    _load_plugins()
    return sorted(_REGISTRY)


def get_extractor(name: str) -> Extractor:
    """The extractor registered as ``name``.

    Raises:
        ExtractionError: no such extractor; the message lists those that exist.
    """
    names = available()
    if name not in _REGISTRY:
        raise ExtractionError(f"unknown extractor {name!r}; available: {', '.join(names)}")
    return _REGISTRY[name]
