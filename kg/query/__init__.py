"""Query: SPARQL over the store, with readable and standard result formats."""

from kg.query.guard import check_query, check_update
from kg.query.sparql import FORMATS, format_result, read_query, with_prefixes

__all__ = ["check_query", "check_update", "FORMATS", "format_result", "read_query", "with_prefixes"]
