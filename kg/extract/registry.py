"""Extractors by versioned name; other packages add theirs through an entry point.

An extractor is any callable taking an :class:`ArticleContext` and yielding
relations or quotes. The built-ins are listed in :mod:`kg.extract.registrations`;
a package adds one with an entry point in the ``kg.extractors`` group, and
:func:`register` adds one at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points

from kg.errors import ExtractionError
from kg.extract.protocols import Extractor, Service
from kg.extract.registrations import BUILTINS, DEFAULT_EXTRACTORS

__all__ = ["Extractor", "Service", "register", "get_extractor", "available", "DEFAULT_EXTRACTORS"]

_REGISTRY: dict[str, Extractor] = dict(BUILTINS)


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under a versioned name such as ``kg.roles.v1``."""

    def decorate(func: Extractor) -> Extractor:
        _REGISTRY[name] = func
        return func

    return decorate


def _load_plugins() -> None:
    # Read on each call, not once: a package installed since start-up is found too.
    for ep in entry_points(group="kg.extractors"):
        if ep.name not in _REGISTRY:
            _REGISTRY[ep.name] = ep.load()


def available() -> list[str]:
    """The names of every extractor: built-in, registered, or from an entry point."""
    _load_plugins()
    return sorted(_REGISTRY)


def get_extractor(name: str) -> Extractor:
    """The extractor registered as ``name``.

    Raises:
        ExtractionError: no such extractor; the message lists those that exist.
    """
    if name not in _REGISTRY:
        _load_plugins()  # reading the entry points costs ~70 ms: only for a name not known yet
    if name not in _REGISTRY:
        raise ExtractionError(f"unknown extractor {name!r}; available: {', '.join(available())}")
    return _REGISTRY[name]
