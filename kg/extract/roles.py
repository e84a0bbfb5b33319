"""Extractor kg.roles.v1."""

from kg.extract.registry import register


@register("kg.roles.v1")
def extract(context):
    return []
