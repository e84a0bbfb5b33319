"""The built-in extractors by versioned name: the one place they are registered.

Extractor modules know nothing of the registry; this table names them, and
:mod:`kg.extract.registry` reads it, so no extractor imports the registry back.
"""

from __future__ import annotations

from kg.extract.employment import NAME as EMPLOYMENT_NAME
from kg.extract.employment import extract_employment
from kg.extract.events import extract_events
from kg.extract.killings import NAME as KILLINGS_NAME
from kg.extract.killings import extract_killings
from kg.extract.llm import NAME as LLM_NAME
from kg.extract.llm import extractor as llm_extractor
from kg.extract.party_tags import party_memberships
from kg.extract.protocols import Extractor
from kg.extract.quotes import extract_quotes
from kg.extract.residence import NAME as RESIDENCE_NAME
from kg.extract.residence import extract_residence
from kg.extract.roles import extract_roles

__all__ = ["BUILTINS", "DEFAULT_EXTRACTORS"]

BUILTINS: dict[str, Extractor] = {
    "kg.quotes.v1": extract_quotes,
    "kg.roles.v1": extract_roles,
    "kg.events.v1": extract_events,
    "kg.party_tags.v1": party_memberships,
    KILLINGS_NAME: extract_killings,
    RESIDENCE_NAME: extract_residence,
    EMPLOYMENT_NAME: extract_employment,
    LLM_NAME: llm_extractor,
}

#: What a build runs unless told otherwise: the rule extractors (kg.llm.v1 needs an endpoint).
DEFAULT_EXTRACTORS = (
    "kg.quotes.v1", "kg.roles.v1", "kg.events.v1", "kg.party_tags.v1", KILLINGS_NAME,
    RESIDENCE_NAME, EMPLOYMENT_NAME,
)
