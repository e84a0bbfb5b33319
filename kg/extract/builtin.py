"""Register the built-in extractors (importing their modules registers them)."""

from kg.extract import events, llm, quotes, roles  # noqa: F401

__all__: list[str] = []
