"""What an extractor is, and the optional abilities one may have (as spaCy's ``ty``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from kg.extract.context import ArticleContext
from kg.model import Quote, Relation

__all__ = ["Extractor", "Service"]


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
