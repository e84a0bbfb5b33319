"""Text: what kg knows about English news prose, below extract and resolve.

Word lists of the news (titles, countries, demonyms, institutions), the keys that
make spellings of a name compare equal, and given names and surnames. Plain data
and string functions: no spaCy, so resolution and the store use them without a model.
"""

__all__: list[str] = []
