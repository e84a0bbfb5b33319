"""Resolve: merge mentions across articles into one node per real-world entity."""

from kg.resolve.resolver import resolve

__all__ = ["resolve"]
