"""Update: add and remove articles in a store, resolving entities again as the store changes.

Between resolution and the store: a change counts its articles into the name
index (:mod:`kg.update.ledger`), resolves, compares with what is stored, and
writes the difference in one commit (:mod:`kg.update.incremental`).
"""

from kg.update.incremental import Change, add_extractions, remove_articles, stored_articles

__all__ = ["Change", "add_extractions", "remove_articles", "stored_articles"]
