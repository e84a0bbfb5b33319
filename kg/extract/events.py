"""Extractor kg.events.v1."""

from kg.extract.registry import register


@register("kg.events.v1")
def extract(context):
    return []
