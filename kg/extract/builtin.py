"""Register the built-in extractors (importing their modules registers them)."""

from kg.extract import events, llm, party_tags, quotes, roles  # noqa: F401

__all__: list[str] = []
