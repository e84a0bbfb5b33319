"""Extractor kg.quotes.v1."""

from kg.extract.registry import register


@register("kg.quotes.v1")
def extract(context):
    return []
