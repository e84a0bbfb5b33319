"""The one error hierarchy of kg.

Every error a user can cause is a :class:`KGError`; its message names the input
(file, line, query, store) and says what to do. The CLI prints these without a
traceback. Anything else escaping the library is a bug.
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "IngestError",
    "ExtractionError",
    "OntologyError",
    "StoreError",
    "QueryError",
    "RenderError",
    "EvalError",
    "Interrupted",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class IngestError(KGError):
    """An article could not be read or decoded."""


class ExtractionError(KGError):
    """The NLP pipeline could not be loaded or run."""


class OntologyError(KGError):
    """A term or file of the ontology is missing or malformed."""


class StoreError(KGError):
    """The graph store could not be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""


class RenderError(KGError):
    """A graph could not be drawn or exported."""


class EvalError(KGError):
    """A gold file or graph to score is malformed."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, with what the interrupted command left behind (its message, for the user).

    Still a :class:`KeyboardInterrupt`, so whatever stops on Ctrl-C stops on it.
    """
