"""Ingest: read article files of many formats and clean them."""

from kg.ingest.clean import clean_text
from kg.ingest.readers import find_files, make_article, read_articles, read_file

__all__ = ["clean_text", "find_files", "make_article", "read_articles", "read_file"]
