"""Resolve: merge mentions across articles into one node per real-world entity."""

from kg.resolve.names import name_key, slug
from kg.resolve.resolver import resolve

__all__ = ["name_key", "resolve", "slug"]
