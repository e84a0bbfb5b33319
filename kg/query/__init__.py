"""Query: SPARQL over the store, with readable and standard result formats."""

from kg.query.sparql import (
    FORMATS,
    format_result,
    read_query,
    refuse_updates,
    user_positions,
    with_prefixes,
)

__all__ = ["FORMATS", "format_result", "read_query", "refuse_updates", "user_positions",
           "with_prefixes"]
